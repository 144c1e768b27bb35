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

  /// The edit distance between two strings (insertions, deletions, substitutions of bytes).
  ///
  /// - Parameters:
  ///   - lhs: One string.
  ///   - rhs: The other.
  /// - Returns: The number of single-byte edits between them.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    editDistance(Array(lhs.utf8), Array(rhs.utf8), limit: Int.max)
  }

  /// The edit distance between two byte strings, or `limit` if it is at least `limit`
  /// (computed in a band, so distant candidates cost little).
  static func editDistance(_ left: [UInt8], _ right: [UInt8], limit: Int) -> Int {
    if abs(left.count - right.count) >= limit { return limit }
    if left.isEmpty { return min(right.count, limit) }
    if right.isEmpty { return min(left.count, limit) }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum >= limit { return limit }
      swap(&previous, &current)
    }
    return min(previous[right.count], limit)
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
    let target = Array(word.utf8)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let limit = min(best?.distance ?? 4, 4)
      let distance = editDistance(target, Array(candidate.utf8), limit: limit)
      if distance < limit {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
