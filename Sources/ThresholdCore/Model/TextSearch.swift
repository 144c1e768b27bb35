/// Word matching and "did you mean" suggestions over names, identifiers and indicator text.
public enum TextSearch {
  /// Lower-cases text and folds typographic quotes and dashes to their plain forms.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The text in a form to compare.
  public static func normalised(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201B}", "`": result.unicodeScalars.append("'")
      case "\u{201C}", "\u{201D}": result.unicodeScalars.append("\"")
      case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}":
        result.unicodeScalars.append("-")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Splits text into lower-case words of letters and digits.
  ///
  /// - Parameter text: Any text.
  /// - Returns: Its words, in order.
  public static func words(_ text: some StringProtocol) -> [String] {
    var words: [String] = []
    var current = ""
    for scalar in normalised(text).unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The edit distance between two strings (insertions, deletions, substitutions).
  ///
  /// - Parameters:
  ///   - lhs: One string.
  ///   - rhs: The other.
  /// - Returns: The number of single-character edits between them.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// The closest candidate to a mistyped word, as swift-argument-parser suggests it: the
  /// nearest by edit distance, if it is closer than 4 edits.
  ///
  /// - Parameters:
  ///   - word: What the user typed.
  ///   - candidates: The valid words.
  /// - Returns: The suggestion, or `nil` if nothing is close.
  public static func suggestion(for word: String, among candidates: some Sequence<String>)
    -> String?
  {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word, candidate)
      if distance < 4, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
