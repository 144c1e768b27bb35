import Testing

@testable import ThresholdCore

@Suite("Suggestions and edit distance")
struct TextSearchTests {
  /// The textbook edit distance over the whole matrix, capped at `limit` afterwards.
  static func referenceDistance(_ left: [UInt8], _ right: [UInt8], limit: Int) -> Int {
    var previous = Array(0...right.count)
    for i in 1...max(left.count, 1) where !left.isEmpty {
      var current = [i] + [Int](repeating: 0, count: right.count)
      for j in stride(from: 1, through: right.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1,
          previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return min(previous[right.count], limit)
  }

  static func distance(_ left: [UInt8], _ right: [UInt8], limit: Int) -> Int {
    var rows: [Int] = []
    return left.withUnsafeBufferPointer { left in
      right.withUnsafeBufferPointer { right in
        TextSearch.editDistance(left, right, limit: limit, rows: &rows)
      }
    }
  }

  @Test(
    "Known distances, capped at the limit",
    arguments: [
      ("kitten", "sitting", 4, 3), ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, 2),
      ("", "", 4, 0), ("", "abc", 4, 3), ("abcdef", "", 4, 4), ("flaw", "lawn", 4, 2),
      ("camden-young-carer", "camden-young-carers", 4, 1), ("abc", "abc", 1, 0),
      ("abcd", "dcba", 4, 4), ("abcdefgh", "badcfehg", 9, 5),
    ])
  func knownDistances(left: String, right: String, limit: Int, expected: Int) {
    #expect(Self.distance(Array(left.utf8), Array(right.utf8), limit: limit) == expected)
  }

  @Test("The banded distance equals the full matrix's, capped, on generated pairs")
  func bandMatchesFullMatrix() {
    var generator = DocumentGenerator(state: 20_261_123)
    var rows: [Int] = []
    for _ in 0..<3_000 {
      // A small alphabet so that near and equal strings are common.
      let left = (0..<generator.below(14)).map { _ in UInt8(ascii: "a") + UInt8(generator.below(4))
      }
      var right = left
      for _ in 0..<generator.below(7) {
        let edit = generator.below(3)
        let letter = UInt8(ascii: "a") + UInt8(generator.below(4))
        if edit == 0 || right.isEmpty {
          right.insert(letter, at: generator.below(right.count + 1))
        } else if edit == 1 {
          right.remove(at: generator.below(right.count))
        } else {
          right[generator.below(right.count)] = letter
        }
      }
      let limit = 1 + generator.below(6)
      let banded = left.withUnsafeBufferPointer { left in
        right.withUnsafeBufferPointer { right in
          TextSearch.editDistance(left, right, limit: limit, rows: &rows)
        }
      }
      #expect(
        banded == Self.referenceDistance(left, right, limit: limit),
        "\(left) \(right) limit \(limit)")
    }
  }

  @Test(
    "Suggestions: the nearest candidate within 3 edits, else none",
    arguments: [
      ("camden-young-carer", "camden-young-carers"), ("no-such-indicator", nil),
      ("camden-14-18-neat", "camden-14-18-neet"), ("", nil),
    ] as [(String, String?)])
  func suggestions(word: String, expected: String?) throws {
    let ids = try #require(builtIn.ruleSets.first).indicators.map(\.id)
    #expect(TextSearch.suggestion(for: word, among: ids) == expected)
  }

  @Test("A table's suggestion, read from its bytes, is the list's, for every rule set")
  func tableSuggestionMatchesList() {
    var generator = DocumentGenerator(state: 20_261_204)
    let registry = RuleSetRegistry.builtIn
    var compared = 0
    for position in 0..<registry.ruleSetCount {
      let compiled = registry.compiledRuleSet(at: position)
      let ids = compiled.indicatorIDs
      for _ in 0..<300 {
        // An identifier with up to four edits, or made up: near, equally near and far words.
        var word = Array(ids[generator.below(ids.count)].utf8)
        for _ in 0..<generator.below(5) {
          let letter = UInt8(ascii: "a") + UInt8(generator.below(26))
          switch generator.below(3) {
          case 0: word.insert(letter, at: generator.below(word.count + 1))
          case 1 where !word.isEmpty: word.remove(at: generator.below(word.count))
          default: if !word.isEmpty { word[generator.below(word.count)] = letter }
          }
        }
        let text = String(decoding: word, as: UTF8.self)
        #expect(
          TextSearch.suggestion(for: text, in: compiled.indicatorTable, keys: ids)
            == TextSearch.suggestion(for: text, among: ids), "\(text)")
        compared += 1
      }
    }
    for name in ["camdem", "medwya", "hertfordshir", "nowhere", "", "leicester", "rutlnd"] {
      #expect(
        TextSearch.suggestion(for: name, in: registry.areaTable, keys: registry.areaIDs)
          == TextSearch.suggestion(for: name, among: registry.areaIDs), "\(name)")
    }
    #expect(compared == 300 * registry.ruleSetCount)
  }
}
