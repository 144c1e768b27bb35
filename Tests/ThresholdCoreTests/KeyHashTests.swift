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
        // The fast path reads sixteen bytes at a time from the opening quote's next byte, so
        // it takes a string whose closing quote is in a whole sixteen inside the input.
        let length = key.utf8.count
        if 1 + 16 * (length / 16 + 1) <= text.count, key.utf8.allSatisfy({ $0 < 0x80 }) {
          #expect(hash != nil, "\(key)")
        }
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

  @Test("No two identifiers of a document share the bytes the hash reads, and its length")
  func builtInIdentifiersHashApart() {
    for ruleSet in RuleSet.builtIn {
      var seen: [String: String] = [:]
      for indicator in ruleSet.indicators {
        let bytes = Array(indicator.id.utf8)
        let count = bytes.count
        let read =
          count >= 8
          ? bytes[0..<8] + bytes[(count / 2 - 4)..<(count / 2 + 4)] + bytes[(count - 8)...]
          : bytes[...]
        let signature = "\(count):" + read.map { String($0) }.joined(separator: ",")
        #expect(seen[signature] == nil, "\(indicator.id) and \(seen[signature] ?? "")")
        seen[signature] = indicator.id
      }
    }
  }

  @Test("Keys that hash alike are still told apart, and an unknown one is not found")
  func collidingKeysAreComparedInFull() {
    // Forty bytes whose first, middle and last eight are the same in every key: only the
    // bytes between differ, so every key has the same hash.
    func key(_ between: String) -> String {
      "aaaaaaaa" + between + "bbbbbbbb" + between + "cccccccc"
    }
    let keys = (0..<20).map { number in
      let digits = String(number)
      return key(String(repeating: "0", count: 8 - digits.count) + digits)
    }
    let table = ByteKeyTable(keys: keys)
    let hashes = Set(
      keys.map { key in
        var key = key
        return key.withUTF8 { ByteKeyTable.hash($0) }
      })
    #expect(hashes.count == 1)
    for (position, key) in keys.enumerated() {
      var key = key
      #expect(key.withUTF8 { table.position(of: $0) } == position)
    }
    var unknown = key("99999999")
    #expect(unknown.withUTF8 { table.position(of: $0) } == nil)
  }

  /// The bytes that end a string's fast path: a quote, a backslash, a control byte, non-ASCII.
  static func isSpecial(_ byte: UInt8) -> Bool {
    byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80
  }

  /// Calls `check` with every byte value at every place of `width` plain bytes, and again with
  /// `next` (another special byte) just after it.
  static func forEachByteAtEachPlace(width: Int, next: UInt8, _ check: ([UInt8]) -> Void) {
    for value in 0...255 {
      for place in 0..<width {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: width)
        bytes[place] = UInt8(value)
        check(bytes)
        if place < width - 1 {
          bytes[place + 1] = next
          check(bytes)
        }
      }
    }
  }

  @Test("Sixteen bytes' special lanes: exactly the special ones, and the first found")
  func simdSpecialBytesAreExact() {
    Self.forEachByteAtEachPlace(width: 16, next: 0x22) { bytes in
      let chunk = bytes.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
      let lanes = SIMDBytes.specialStringBytes(chunk)
      let marked = withUnsafeBytes(of: lanes) { Array($0) }
      #expect(marked == bytes.map { Self.isSpecial($0) ? 0xFF : 0 }, "\(bytes)")
      if let first = bytes.firstIndex(where: Self.isSpecial) {
        #expect(SIMDBytes.firstIndex(lanes) == first, "\(bytes)")
      } else {
        #expect(lanes[0] | lanes[1] == 0, "\(bytes)")
      }
    }
  }

  @Test("A scanned string ends at its closing quote wherever that falls in sixteen bytes")
  func stringsEndAtEachLane() throws {
    // Each length from 0 to 48 (the quote at every lane of the first three loads), with a
    // backslash escape, a control character or a non-ASCII byte at each place instead: the
    // fast path must hand each of those to the slow one, which decodes or rejects them.
    for length in 0...48 {
      let plain = String(repeating: "k", count: length)
      var variants: [(text: String, expected: String?)] = [(plain, plain)]
      for place in 0..<length {
        var scalars = Array(plain.unicodeScalars)
        scalars[place] = "\u{E9}"
        variants.append(
          (String(String.UnicodeScalarView(scalars)), String(String.UnicodeScalarView(scalars))))
        let before = String(repeating: "k", count: place)
        let after = String(repeating: "k", count: length - place - 1)
        variants.append((before + "\\n" + after, before + "\n" + after))
        variants.append((before + "\u{1F}" + after, nil))
      }
      for (text, expected) in variants {
        let bytes = Array(
          ("\"" + text + "\", \"indicators\": []}" + String(repeating: " ", count: 20)).utf8)
        bytes.withUnsafeBufferPointer { buffer in
          var scanner = JSONScanner(buffer)
          var scratch: [UInt8] = []
          do {
            let (token, hash) = try scanner.scanHashedString(scratch: &scratch)
            let read = scanner.string(token, scratch: scratch)
            #expect(read == expected, "\(length) \(Array(text.utf8))")
            #expect(buffer[scanner.position - 1] == UInt8(ascii: "\""))
            #expect(buffer[scanner.position] == UInt8(ascii: ","))
            var decoded = read
            if let hash { #expect(hash == decoded.withUTF8 { ByteKeyTable.hash($0) }) }
          } catch {
            #expect(expected == nil, "\(length) \(Array(text.utf8)): \(error)")
          }
        }
      }
    }
  }

  @Test("Byte runs compare equal only when every byte is, at each length and place")
  func memoryEqualAtEachLength() {
    for length in 0...48 {
      let left = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
      for place in -1..<length {
        var right = left
        if place >= 0 { right[place] ^= 0x20 }
        let equal = left.withUnsafeBufferPointer { lhs in
          right.withUnsafeBufferPointer { rhs in
            memoryEqual(
              lhs.baseAddress ?? UnsafePointer(bitPattern: 1)!,
              rhs.baseAddress ?? UnsafePointer(bitPattern: 1)!, length)
          }
        }
        #expect(equal == (place < 0), "length \(length), difference at \(place)")
      }
    }
  }

  @Test("A word's special bytes: the lowest marked is the first special one, none when none")
  func specialBytesLowestIsExact() {
    func check(_ bytes: [UInt8]) {
      let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      let marks = SWAR.specialStringBytes(word)
      if let first = bytes.firstIndex(where: Self.isSpecial) {
        #expect(marks.trailingZeroBitCount >> 3 == first, "\(bytes)")
      } else {
        #expect(marks == 0, "\(bytes)")
      }
    }
    Self.forEachByteAtEachPlace(width: 8, next: 0x00, check)
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
