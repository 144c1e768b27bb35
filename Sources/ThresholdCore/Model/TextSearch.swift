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

  /// The edit distance between two byte strings, or `limit` if it is at least `limit`.
  ///
  /// Only the diagonal band of cells within `limit - 1` of the main diagonal is computed (a cell
  /// further out is at least `limit` away, so it is held at `limit`), and the scan stops at the
  /// first row whose band is all at `limit`: a distant candidate costs a few rows, and a near
  /// one about `2 × limit` cells a row. `rows` is scratch space, reused across calls.
  static func editDistance(
    _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, limit: Int,
    rows: inout [Int]
  ) -> Int {
    guard limit > 0 else { return 0 }
    if abs(left.count - right.count) >= limit { return limit }
    if left.isEmpty { return min(right.count, limit) }
    if right.isEmpty { return min(left.count, limit) }
    let width = right.count + 1
    if rows.count < 2 * width { rows = [Int](repeating: 0, count: 2 * width) }
    let band = limit - 1
    return rows.withUnsafeMutableBufferPointer { rows in
      var previous = 0
      var current = width
      for j in 0...right.count { rows[previous + j] = min(j, limit) }
      for i in 1...left.count {
        let low = max(1, i - band)
        let high = min(right.count, i + band)
        // The cell left of the band: the first column, or out of the band (held at `limit`).
        rows[current + low - 1] = low == 1 ? min(i, limit) : limit
        var rowMinimum = limit
        var j = low
        while j <= high {
          let substitution = rows[previous + j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
          let value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, substitution, limit)
          rows[current + j] = value
          rowMinimum = min(rowMinimum, value)
          j += 1
        }
        // The cell right of the band, which the next row reads from above.
        if high < right.count { rows[current + high + 1] = limit }
        if rowMinimum >= limit { return limit }
        swap(&previous, &current)
      }
      return min(rows[previous + right.count], limit)
    }
  }

  /// Whether two byte strings differ by exactly one slip of the keyboard: a byte added, dropped
  /// or changed, or two neighbouring bytes swapped ("canabis" and "cannabis", "brusie" and
  /// "bruise").
  static func isOneSlip(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard left != right, abs(left.count - right.count) <= 1 else { return false }
    // The first and last places where they differ decide it.
    var start = 0
    while start < left.count, start < right.count, left[start] == right[start] { start += 1 }
    var leftEnd = left.count
    var rightEnd = right.count
    while leftEnd > start, rightEnd > start, left[leftEnd - 1] == right[rightEnd - 1] {
      leftEnd -= 1
      rightEnd -= 1
    }
    let leftRun = leftEnd - start
    let rightRun = rightEnd - start
    if leftRun <= 1 && rightRun <= 1 { return true }
    return leftRun == 2 && rightRun == 2 && left[start] == right[start + 1]
      && left[start + 1] == right[start]
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
    var target = word
    var rows: [Int] = []
    var best: (candidate: String, distance: Int)?
    target.withUTF8 { target in
      for candidate in candidates {
        let limit = min(best?.distance ?? 4, 4)
        var candidate = candidate
        let distance = candidate.withUTF8 {
          editDistance(target, $0, limit: limit, rows: &rows)
        }
        if distance < limit { best = (candidate, distance) }
      }
    }
    return best?.candidate
  }

  /// ``suggestion(for:among:)`` over the keys of a table built from `keys` (the same answer,
  /// read from the table's bytes in place: see ``ByteKeyTable/closestKey(to:limit:rows:)``).
  static func suggestion(for word: String, in table: ByteKeyTable, keys: [String]) -> String? {
    var word = word
    var rows: [Int] = []
    let position = word.withUTF8 { table.closestKey(to: $0, limit: 4, rows: &rows) }
    return position.map { keys[$0] }
  }
}
