/// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), as published,
/// over lower-case ASCII words: bruise, bruises, bruised and bruising all become "bruis";
/// neglect, neglected and neglectful become "neglect". Words with other letters are returned
/// unchanged. A few derivations the algorithm keeps apart (exclusion and exclude) are joined
/// by ``SearchText/derivations``.
enum PorterStemmer {
  /// The stem of a word.
  ///
  /// - Parameter word: A lower-case word.
  /// - Returns: Its stem.
  static func stem(_ word: String) -> String {
    var letters = Array(word.utf8)
    guard letters.count > 2, letters.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) else {
      return word
    }
    step1a(&letters)
    step1b(&letters)
    step1c(&letters)
    step2(&letters)
    step3(&letters)
    step4(&letters)
    step5(&letters)
    return String(decoding: letters, as: UTF8.self)
  }

  // MARK: Measures

  private static func isConsonant(_ word: [UInt8], _ index: Int) -> Bool {
    switch word[index] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      return false
    case UInt8(ascii: "y"):
      return index == 0 ? true : !isConsonant(word, index - 1)
    default:
      return true
    }
  }

  /// The number of vowel-consonant sequences in `word[0..<end]`.
  private static func measure(_ word: [UInt8], _ end: Int) -> Int {
    var count = 0
    var index = 0
    while index < end && isConsonant(word, index) { index += 1 }
    while index < end {
      while index < end && !isConsonant(word, index) { index += 1 }
      guard index < end else { break }
      count += 1
      while index < end && isConsonant(word, index) { index += 1 }
    }
    return count
  }

  private static func hasVowel(_ word: [UInt8], _ end: Int) -> Bool {
    (0..<end).contains { !isConsonant(word, $0) }
  }

  private static func endsWithDoubleConsonant(_ word: [UInt8], _ end: Int) -> Bool {
    end >= 2 && word[end - 1] == word[end - 2] && isConsonant(word, end - 1)
  }

  /// Whether `word[0..<end]` ends consonant-vowel-consonant, the last not w, x or y.
  private static func endsCVC(_ word: [UInt8], _ end: Int) -> Bool {
    guard end >= 3, isConsonant(word, end - 1), !isConsonant(word, end - 2),
      isConsonant(word, end - 3)
    else { return false }
    let last = word[end - 1]
    return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
  }

  private static func ends(_ word: [UInt8], _ suffix: String) -> Bool {
    let suffix = Array(suffix.utf8)
    return word.count >= suffix.count && Array(word.suffix(suffix.count)) == suffix
  }

  /// Replaces `suffix` with `replacement` when the stem before it has a measure above `minimum`.
  @discardableResult
  private static func replace(
    _ word: inout [UInt8], _ suffix: String, _ replacement: String, measureAbove minimum: Int
  ) -> Bool {
    guard ends(word, suffix) else { return false }
    let stemEnd = word.count - suffix.utf8.count
    if measure(word, stemEnd) > minimum {
      word.removeLast(suffix.utf8.count)
      word.append(contentsOf: replacement.utf8)
    }
    return true
  }

  // MARK: Steps

  private static func step1a(_ word: inout [UInt8]) {
    if ends(word, "sses") {
      word.removeLast(2)
    } else if ends(word, "ies") {
      word.removeLast(2)
    } else if ends(word, "ss") {
      return
    } else if ends(word, "s") {
      word.removeLast()
    }
  }

  private static func step1b(_ word: inout [UInt8]) {
    if ends(word, "eed") {
      if measure(word, word.count - 3) > 0 { word.removeLast() }
      return
    }
    var removed = false
    for suffix in ["ed", "ing"] where ends(word, suffix) {
      let stemEnd = word.count - suffix.utf8.count
      if hasVowel(word, stemEnd) {
        word.removeLast(suffix.utf8.count)
        removed = true
      }
      break
    }
    guard removed else { return }
    if ends(word, "at") || ends(word, "bl") || ends(word, "iz") {
      word.append(UInt8(ascii: "e"))
    } else if endsWithDoubleConsonant(word, word.count),
      let last = word.last,
      last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z")
    {
      word.removeLast()
    } else if measure(word, word.count) == 1 && endsCVC(word, word.count) {
      word.append(UInt8(ascii: "e"))
    }
  }

  private static func step1c(_ word: inout [UInt8]) {
    if ends(word, "y"), hasVowel(word, word.count - 1) {
      word[word.count - 1] = UInt8(ascii: "i")
    }
  }

  private static let step2Suffixes: [(String, String)] = [
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
  ]

  private static func step2(_ word: inout [UInt8]) {
    for (suffix, replacement) in step2Suffixes {
      if replace(&word, suffix, replacement, measureAbove: 0) { return }
    }
  }

  private static let step3Suffixes: [(String, String)] = [
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
    ("ness", ""),
  ]

  private static func step3(_ word: inout [UInt8]) {
    for (suffix, replacement) in step3Suffixes {
      if replace(&word, suffix, replacement, measureAbove: 0) { return }
    }
  }

  private static let step4Suffixes = [
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
  ]

  private static func step4(_ word: inout [UInt8]) {
    for suffix in step4Suffixes where ends(word, suffix) {
      let stemEnd = word.count - suffix.utf8.count
      if suffix == "ion" {
        guard stemEnd > 0,
          word[stemEnd - 1] == UInt8(ascii: "s") || word[stemEnd - 1] == UInt8(ascii: "t")
        else { return }
      }
      if measure(word, stemEnd) > 1 { word.removeLast(suffix.utf8.count) }
      return
    }
  }

  private static func step5(_ word: inout [UInt8]) {
    if ends(word, "e") {
      let stemEnd = word.count - 1
      let measured = measure(word, stemEnd)
      if measured > 1 || (measured == 1 && !endsCVC(word, stemEnd)) { word.removeLast() }
    }
    if measure(word, word.count) > 1, endsWithDoubleConsonant(word, word.count),
      word.last == UInt8(ascii: "l")
    {
      word.removeLast()
    }
  }
}
