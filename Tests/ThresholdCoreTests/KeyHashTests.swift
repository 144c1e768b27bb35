import Testing

@testable import ThresholdCore

/// The hash a reader works out while it scans an identifier must be the one the tables were
/// built with, or an indicator that is there would be reported unknown.
@Suite("Identifiers hashed while they are scanned")
struct KeyHashTests {
  /// Identifiers of every length from 0 to 40 (so the closing quote falls at each place in a
  /// word, and on a word's boundary), real ones from each document, and ones with capitals.
  static let keys: [String] = {
    let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-")
    var keys = (0...40).map { length in String((0..<length).map { letters[$0 % letters.count] }) }
    for ruleSet in RuleSet.builtIn { keys += ruleSet.indicators.prefix(40).map(\.id) }
    keys += ["Camden", "MEDWAY-Young-Carers", "camden-14-18-NEET"]
    return keys
  }()

  @Test("The scanner's hash equals the table's, whatever follows the string", arguments: keys)
  func scannedHashMatches(key: String) throws {
    // After the string: a comma and more (the usual case), or only the closing bracket (the
    // word load then reaches the end of the input, or cannot be made).
    for after in [#", "next-indicator"]}"#, "]"] {
      let text = Array(("\"" + key + "\"" + after).utf8)
      try text.withUnsafeBufferPointer { bytes in
        var scanner = JSONScanner(bytes)
        var scratch: [UInt8] = []
        let (token, hash) = try scanner.scanHashedString(scratch: &scratch)
        #expect(token == .input(1..<(1 + key.utf8.count)))
        #expect(scanner.position == key.utf8.count + 2)
        var key = key
        let expected = key.withUTF8 { ByteKeyTable.hash($0) }
        // A string that ran to the slow path gives no hash; one that did not gives the table's.
        if let hash { #expect(hash == expected, "\(key) before \(after)") }
        if key.utf8.count + 2 + 8 <= text.count { #expect(hash != nil, "\(key)") }
      }
    }
  }

  @Test("A string with escapes is decoded and given no hash, so the lookup hashes it")
  func escapedStringHasNoHash() throws {
    let text = Array(#""camden\u002Dyoung-carers", 1"#.utf8)
    try text.withUnsafeBufferPointer { bytes in
      var scanner = JSONScanner(bytes)
      var scratch: [UInt8] = []
      let (token, hash) = try scanner.scanHashedString(scratch: &scratch)
      #expect(hash == nil)
      #expect(scanner.string(token, scratch: scratch) == "camden-young-carers")
    }
  }

  @Test("Every built-in indicator is found by its hashed bytes, and in capitals")
  func tablesFindHashedKeys() {
    for compiled in RuleSetRegistry.builtIn.compiled {
      for (position, indicator) in compiled.ruleSet.indicators.enumerated() {
        var id = indicator.id
        let found = id.withUTF8 {
          compiled.indicatorTable.position(ofFolded: $0, hash: ByteKeyTable.hash($0))
        }
        #expect(found == position, "\(indicator.id)")
        var upper = indicator.id.uppercased()
        let foundUpper = upper.withUTF8 {
          compiled.indicatorTable.position(ofFolded: $0, hash: ByteKeyTable.hash($0))
        }
        #expect(foundUpper == position, "\(upper)")
      }
    }
  }

  @Test("A word's special bytes: the lowest marked is the first special one, none when none")
  func specialBytesLowestIsExact() {
    func isSpecial(_ byte: UInt8) -> Bool {
      byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80
    }
    func check(_ bytes: [UInt8]) {
      let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      let marks = SWAR.specialStringBytes(word)
      if let first = bytes.firstIndex(where: isSpecial) {
        #expect(marks.trailingZeroBitCount >> 3 == first, "\(bytes)")
      } else {
        #expect(marks == 0, "\(bytes)")
      }
    }
    // Every byte value at every place, among plain bytes and after a special one.
    for value in 0...255 {
      for place in 0..<8 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[place] = UInt8(value)
        check(bytes)
        if place < 7 {
          bytes[place + 1] = 0x00
          check(bytes)
        }
      }
    }
    // Words of bytes from a fixed pseudo-random sequence, weighted towards the edges.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80]
    for _ in 0..<20000 {
      var bytes: [UInt8] = []
      for _ in 0..<8 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        let pick = Int(state % 64)
        bytes.append(pick < edges.count ? edges[pick] : UInt8(0x24 + pick))
      }
      check(bytes)
    }
  }
}
