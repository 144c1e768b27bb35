/// A problem with one case in JSON input: a syntax error, or valid JSON that is not a valid
/// case. `offset` is a byte offset into the input.
struct CaseProblem: Error {
  let message: String
  let offset: Int
  /// Whether the JSON itself was malformed (the reader must find where the next case starts).
  let isSyntax: Bool
}

/// One case as read from JSON: where each field's bytes are, before anything is looked up.
/// Reused from case to case so reading allocates nothing once warm.
struct RawCase {
  /// The `id` value's JSON text, echoed back as written (a string or a number).
  var idJSON: Range<Int>?
  var idString: StringToken?
  var authority: StringToken?
  var authorityOffset = 0
  var age: Range<Int>?
  var unborn: Bool?
  var unbornOffset = 0
  var indicators = ScratchArray<(token: StringToken, offset: Int)>()
  var scores = ScratchArray<(name: StringToken, score: Range<Int>?, offset: Int)>()
  var hours: Range<Int>?
  var ignoredKeys: [StringToken] = []
  var start = 0

  mutating func reset(at start: Int) {
    idJSON = nil
    idString = nil
    authority = nil
    age = nil
    unborn = nil
    indicators.removeAll()
    scores.removeAll()
    hours = nil
    if !ignoredKeys.isEmpty { ignoredKeys.removeAll(keepingCapacity: true) }
    self.start = start
  }
}

/// Reads case objects from bytes into a ``RawCase``.
struct CaseDecoder {
  /// Decoded bytes of strings that had escapes.
  var scratch: [UInt8] = []
  var raw = RawCase()
  /// The tables of each rule set this reader has met, by registry position.
  var tablesByEntry = [ReaderTables?](repeating: nil, count: RuleSets.registry.count)

  private enum Key: UInt8, CaseIterable {
    case id, authority, age, unborn, indicators, functionalNeeds, senSupportHours

    var name: String {
      switch self {
      case .id: "id"
      case .authority: "authority"
      case .age: "age"
      case .unborn: "unborn"
      case .indicators: "indicators"
      case .functionalNeeds: "functionalNeeds"
      case .senSupportHours: "senSupportHours"
      }
    }

    static let utf8: [(key: Key, bytes: [UInt8])] = allCases.map { ($0, Array($0.name.utf8)) }
  }

  /// Messages for cases that are valid JSON but not valid cases.
  enum Message {
    static let notAnObject =
      "A case must be a JSON object such as {\"authority\": \"camden\", \"age\": 9, "
      + "\"indicators\": [\"…\"]}; to send several cases, write one object per line."
    static let missingAuthority =
      "The case has no \"authority\": name the area, such as \"camden\"."
    static func duplicateKey(_ key: String) -> String {
      "The key \"\(key)\" appears more than once in the case; give it once."
    }
    static func wrongType(_ key: String, _ expected: String) -> String {
      "\"\(key)\" must be \(expected)."
    }
    static func invalidScore(_ function: String) -> String {
      "The score for '\(function)' must be a whole number from 0 to 4, or \"N\" for not tested."
    }
  }

  /// Decodes one case starting at the scanner's position (after whitespace).
  ///
  /// On success the scanner is just past the value. A syntax error is thrown as soon as it is
  /// found; any other problem is thrown only after the whole value has been read, so the
  /// scanner is past it.
  mutating func decode(_ scanner: inout JSONScanner) throws(CaseProblem) {
    scratch.removeAll(keepingCapacity: true)
    scanner.skipWhitespace()
    raw.reset(at: scanner.position)
    var problem: CaseProblem?
    do throws(JSONSyntaxError) {
      let first = try scanner.peekAfterWhitespace()
      if first != UInt8(ascii: "{") {
        try scanner.skipValue(depth: 0)
        problem = CaseProblem(message: Message.notAnObject, offset: raw.start, isSyntax: false)
      } else {
        try decodeMembers(&scanner, &problem)
      }
    } catch {
      throw CaseProblem(message: error.message, offset: error.offset, isSyntax: true)
    }
    if let problem { throw problem }
    if raw.authority == nil {
      throw CaseProblem(message: Message.missingAuthority, offset: raw.start, isSyntax: false)
    }
  }

  private mutating func decodeMembers(_ scanner: inout JSONScanner, _ problem: inout CaseProblem?)
    throws(JSONSyntaxError)
  {
    do {
      scanner.position += 1
      var seen: UInt8 = 0
      if try scanner.peekAfterWhitespace() == UInt8(ascii: "}") {
        scanner.position += 1
      } else {
        repeat {
          let keyToken = try scanner.scanString(scratch: &scratch)
          try scanner.expect(UInt8(ascii: ":"), "':' after an object key")
          let valueOffset = scanner.position
          let key = knownKey(keyToken, scanner)
          if let key {
            let bit: UInt8 = 1 << key.rawValue
            if seen & bit == 0 {
              seen |= bit
              if let found = try decodeValue(for: key, &scanner), problem == nil {
                problem = found
              }
              continue
            }
            if problem == nil {
              problem = CaseProblem(
                message: Message.duplicateKey(key.name), offset: valueOffset, isSyntax: false)
            }
          } else {
            raw.ignoredKeys.append(keyToken)
          }
          try scanner.skipValue(depth: 1)
        } while try scanner.continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
      }
    }
  }

  private func knownKey(_ token: StringToken, _ scanner: JSONScanner) -> Key? {
    guard case .input(let range) = token, let base = scanner.bytes.baseAddress else {
      // A key with escapes: compare the slow way.
      for (key, bytes) in Key.utf8 where equals(token, bytes, scanner) { return key }
      return nil
    }
    let bytes = base + range.lowerBound
    // Dispatch on length, then compare the bytes once.
    let candidate: (Key, StaticString)
    switch range.count {
    case 2: candidate = (.id, "id")
    case 3: candidate = (.age, "age")
    case 6: candidate = (.unborn, "unborn")
    case 9: candidate = (.authority, "authority")
    case 10: candidate = (.indicators, "indicators")
    case 15:
      candidate =
        bytes[0] == UInt8(ascii: "f")
        ? (.functionalNeeds, "functionalNeeds") : (.senSupportHours, "senSupportHours")
    default: return nil
    }
    return memoryEqual(bytes, candidate.1.utf8Start, range.count) ? candidate.0 : nil
  }

  /// Whether a scanned string's bytes equal `bytes`.
  @inline(__always)
  func equals(_ token: StringToken, _ bytes: [UInt8], _ scanner: JSONScanner) -> Bool {
    switch token {
    case .input(let range):
      guard range.count == bytes.count, let base = scanner.bytes.baseAddress else { return false }
      return bytes.withUnsafeBufferPointer { expected in
        guard let other = expected.baseAddress else { return range.isEmpty }
        return memoryEqual(base + range.lowerBound, other, range.count)
      }
    case .scratch(let range):
      guard range.count == bytes.count else { return false }
      return scratch[range].elementsEqual(bytes)
    }
  }

  /// Decodes a known key's value, returning a problem with its type if there is one (the
  /// value has then been skipped).
  private mutating func decodeValue(for key: Key, _ scanner: inout JSONScanner)
    throws(JSONSyntaxError) -> CaseProblem?
  {
    let next = try scanner.peekAfterWhitespace()
    let offset = scanner.position
    func wrongType(_ expected: String) throws(JSONSyntaxError) -> CaseProblem {
      try scanner.skipValue(depth: 1)
      return CaseProblem(
        message: Message.wrongType(key.name, expected), offset: offset, isSyntax: false)
    }
    let isNull = next == UInt8(ascii: "n")
    switch key {
    case .id:
      if next == UInt8(ascii: "\"") {
        raw.idString = try scanner.scanString(scratch: &scratch)
        raw.idJSON = offset..<scanner.position
      } else if next == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      {
        raw.idJSON = try scanner.scanNumber()
      } else if isNull {
        _ = try scanner.scanLiteral()
      } else {
        return try wrongType("a string or a number")
      }
    case .authority:
      guard next == UInt8(ascii: "\"") else { return try wrongType("a string, such as \"camden\"") }
      raw.authority = try scanner.scanString(scratch: &scratch)
      raw.authorityOffset = offset
    case .age:
      if isNull {
        _ = try scanner.scanLiteral()
      } else if next == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      {
        raw.age = try scanner.scanNumber()
      } else {
        return try wrongType("a whole number of years, such as 9")
      }
    case .unborn:
      if next == UInt8(ascii: "t") || next == UInt8(ascii: "f") || isNull {
        let value = try scanner.scanLiteral()
        raw.unbornOffset = offset
        if case .bool(let flag) = value { raw.unborn = flag }
      } else {
        return try wrongType("true or false")
      }
    case .indicators:
      if isNull {
        _ = try scanner.scanLiteral()
        return nil
      }
      guard next == UInt8(ascii: "[") else {
        return try wrongType("an array of indicator identifiers")
      }
      scanner.position += 1
      if try scanner.peekAfterWhitespace() == UInt8(ascii: "]") {
        scanner.position += 1
        return nil
      }
      var problem: CaseProblem?
      repeat {
        let elementOffset = scanner.position
        if try scanner.peekAfterWhitespace() == UInt8(ascii: "\"") {
          let token = try scanner.scanString(scratch: &scratch)
          raw.indicators.append((token, elementOffset))
        } else {
          try scanner.skipValue(depth: 2)
          if problem == nil {
            problem = CaseProblem(
              message: Message.wrongType(
                "indicators", "an array of strings (indicator identifiers)"),
              offset: elementOffset, isSyntax: false)
          }
        }
      } while try scanner.continues(closingWith: UInt8(ascii: "]"), "',' or ']' in an array")
      return problem
    case .functionalNeeds:
      if isNull {
        _ = try scanner.scanLiteral()
        return nil
      }
      guard next == UInt8(ascii: "{") else {
        return try wrongType("an object of function scores, such as {\"hearing\": 3}")
      }
      scanner.position += 1
      if try scanner.peekAfterWhitespace() == UInt8(ascii: "}") {
        scanner.position += 1
        return nil
      }
      var problem: CaseProblem?
      repeat {
        let name = try scanner.scanString(scratch: &scratch)
        try scanner.expect(UInt8(ascii: ":"), "':' after an object key")
        let scoreOffset = scanner.position
        let value = try scanner.peekAfterWhitespace()
        if value == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value) {
          raw.scores.append((name, try scanner.scanNumber(), scoreOffset))
        } else if value == UInt8(ascii: "n") {
          _ = try scanner.scanLiteral()
          raw.scores.append((name, nil, scoreOffset))
        } else if value == UInt8(ascii: "\"") {
          let token = try scanner.scanString(scratch: &scratch)
          if equals(token, Self.notTested, scanner) || equals(token, Self.notTestedLower, scanner) {
            raw.scores.append((name, nil, scoreOffset))
          } else if problem == nil {
            problem = CaseProblem(
              message: Message.invalidScore(text(name, scanner)), offset: scoreOffset,
              isSyntax: false)
          }
        } else {
          try scanner.skipValue(depth: 2)
          if problem == nil {
            problem = CaseProblem(
              message: Message.invalidScore(text(name, scanner)), offset: scoreOffset,
              isSyntax: false)
          }
        }
      } while try scanner.continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
      return problem
    case .senSupportHours:
      if isNull {
        _ = try scanner.scanLiteral()
      } else if next == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      {
        raw.hours = try scanner.scanNumber()
      } else {
        return try wrongType("a number of hours a week")
      }
    }
    return nil
  }

  private static let notTested = Array("N".utf8)
  private static let notTestedLower = Array("n".utf8)

  /// The text of a scanned string.
  func text(_ token: StringToken, _ scanner: JSONScanner) -> String {
    scanner.string(token, scratch: scratch)
  }

  /// The text of a number's bytes.
  func numberText(_ range: Range<Int>, _ scanner: JSONScanner) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[range]), as: UTF8.self)
  }

  /// A number's value as a whole number, if it is one that fits.
  func wholeNumber(_ range: Range<Int>, _ scanner: JSONScanner) -> Int? {
    // Fast path: up to 9 plain digits.
    if range.count <= 9 {
      var value = 0
      var isPlain = true
      for byte in scanner.bytes[range] {
        let digit = byte &- UInt8(ascii: "0")
        if digit > 9 {
          isPlain = false
          break
        }
        value = value * 10 + Int(digit)
      }
      if isPlain { return value }
    }
    guard let double = Double(numberText(range, scanner)), double.isFinite,
      double.magnitude < 1e15
    else { return nil }
    let whole = Int(double)
    return Double(whole) == double ? whole : nil
  }

  /// A number's value, if finite.
  func finiteNumber(_ range: Range<Int>, _ scanner: JSONScanner) -> Double? {
    if let whole = wholeNumber(range, scanner) { return Double(whole) }
    guard let double = Double(numberText(range, scanner)), double.isFinite else { return nil }
    return double
  }
}

/// Whether two byte runs are equal.
@inline(__always)
func memoryEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  guard count >= 8 else {
    for offset in 0..<count where lhs[offset] != rhs[offset] { return false }
    return true
  }
  var offset = 0
  while offset + 8 < count {
    if UnsafeRawPointer(lhs + offset).loadUnaligned(as: UInt64.self)
      != UnsafeRawPointer(rhs + offset).loadUnaligned(as: UInt64.self)
    {
      return false
    }
    offset += 8
  }
  // The last eight bytes, overlapping what was compared already.
  return UnsafeRawPointer(lhs + count - 8).loadUnaligned(as: UInt64.self)
    == UnsafeRawPointer(rhs + count - 8).loadUnaligned(as: UInt64.self)
}

/// What a reader looks a rule set's cases up in: its packed tables and its indicator table.
struct ReaderTables {
  let tables: TablesReference
  let indicators: ByteKeyTable
}
