/// One case as read from JSON: where each field's bytes are, before anything is looked up.
/// Reused from case to case so reading allocates nothing once warm.
///
/// The indicators are not here: the decoder appends them to ``CaseFields/indicators`` as it
/// scans them (there can be many, and copying each from here into the fields cost more than
/// reading it), and records here only those that had escapes, whose bytes are in the scratch
/// buffer and so can be pointed at only once it can no longer grow.
struct RawCase {
  /// The `id` value's JSON text, echoed back as written (a string or a number).
  var idJSON: Range<Int>?
  var idString: StringToken?
  var authority: StringToken?
  /// The authority's ``ByteKeyTable/hash(_:)``, when the scanner worked it out.
  var authorityHash: UInt64?
  var authorityOffset = 0
  var age: Range<Int>?
  var unborn: Bool?
  var unbornOffset = 0
  /// Indicators with escapes: their position in ``CaseFields/indicators``, and where their
  /// decoded bytes are in the scratch buffer.
  var escapedIndicators = ScratchArray<(index: Int, range: Range<Int>)>()
  var scores = ScratchArray<(name: StringToken, score: RawScore, offset: Int)>()
  var hours: Range<Int>?
  /// Keys that are not part of a case: the first few kept, the rest only counted, so memory
  /// does not grow with them.
  var ignoredKeys = FirstFew<StringToken>(limit: CaseValidator.namedIgnoredKeys)
  var start = 0

  mutating func reset(at start: Int) {
    idJSON = nil
    idString = nil
    authority = nil
    age = nil
    unborn = nil
    escapedIndicators.removeAll()
    scores.removeAll()
    hours = nil
    ignoredKeys.removeAll()
    self.start = start
  }
}

/// A functional needs score as JSON gave it.
enum RawScore {
  /// A number's text.
  case number(Range<Int>)
  /// `null`, or the string "N" or "n": not tested.
  case notTested
  /// Some other string, or a value of another type, as its JSON text.
  case other(StringToken)
}

/// Reads case objects from bytes into a ``RawCase``, and hands the validator its fields.
struct CaseDecoder {
  /// Decoded bytes of strings that had escapes.
  var scratch: [UInt8] = []
  var raw = RawCase()
  var fields = CaseFields()

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

  /// Decodes one case starting at the scanner's position (after whitespace).
  ///
  /// On success the scanner is just past the value. A syntax error is thrown as soon as it is
  /// found; any other problem is thrown only after the whole value has been read, so the
  /// scanner is past it.
  mutating func decode(_ scanner: inout JSONScanner) throws(CaseError) {
    scratch.removeAll(keepingCapacity: true)
    scanner.skipWhitespace()
    raw.reset(at: scanner.position)
    fields.reset(at: scanner.position)
    var problem: CaseError?
    do throws(JSONSyntaxError) {
      let first = try scanner.peekAfterWhitespace()
      if first != UInt8(ascii: "{") {
        try scanner.skipValue(depth: 0)
        problem = CaseError(.notAnObject, at: raw.start)
      } else {
        try decodeMembers(&scanner, &problem)
      }
    } catch {
      throw CaseError(.malformedJSON(error.kind), at: error.offset)
    }
    if let problem { throw problem }
  }

  private mutating func decodeMembers(_ scanner: inout JSONScanner, _ problem: inout CaseError?)
    throws(JSONSyntaxError)
  {
    scanner.position += 1
    var seen: UInt8 = 0
    if try scanner.peekAfterWhitespace() == UInt8(ascii: "}") {
      scanner.position += 1
      return
    }
    repeat {
      let keyToken = try scanner.scanString(scratch: &scratch)
      try scanner.expect(UInt8(ascii: ":"), "':' after an object key")
      let valueOffset = scanner.position
      let key =
        if case .input(let range) = keyToken {
          Self.knownKey(range, scanner)
        } else {
          Self.knownEscapedKey(keyToken, scanner, scratch: scratch)
        }
      if let key {
        let bit: UInt8 = 1 << key.rawValue
        if seen & bit == 0 {
          seen |= bit
          try decodeValue(for: key, &scanner, &problem)
          continue
        }
        if problem == nil { problem = CaseError(.duplicateKey(key.name), at: valueOffset) }
      } else {
        raw.ignoredKeys.add(keyToken)
      }
      try scanner.skipValue(depth: 1)
    } while try scanner.continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
  }

  // The helpers that read are static and take what they read, rather than methods: calling a
  // method of the decoder from one of its mutating methods copied the whole decoder (some 400
  // bytes and six references) for each call.
  private static func knownKey(_ range: Range<Int>, _ scanner: JSONScanner) -> Key? {
    guard let base = scanner.bytes.baseAddress else { return nil }
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

  /// A key with escapes: compared the slow way.
  @inline(never)
  private static func knownEscapedKey(
    _ token: StringToken, _ scanner: JSONScanner, scratch: [UInt8]
  ) -> Key? {
    for (key, bytes) in Key.utf8 where equals(token, bytes, scanner, scratch: scratch) {
      return key
    }
    return nil
  }

  /// Whether a scanned string's bytes equal `bytes`.
  @inline(__always)
  static func equals(
    _ token: StringToken, _ bytes: [UInt8], _ scanner: JSONScanner, scratch: [UInt8]
  ) -> Bool {
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

  /// Decodes a known key's value, keeping a problem with its type (the value has then been
  /// skipped) in `problem` unless it already holds an earlier one. (The problem is filled in
  /// place: returning an optional error copied it for every key of every case.)
  private mutating func decodeValue(
    for key: Key, _ scanner: inout JSONScanner, _ problem: inout CaseError?
  ) throws(JSONSyntaxError) {
    let next = try scanner.peekAfterWhitespace()
    let offset = scanner.position
    func wrongType(_ expected: String) throws(JSONSyntaxError) {
      try scanner.skipValue(depth: 1)
      if problem == nil {
        problem = CaseError(.wrongType(key: key.name, expected: expected), at: offset)
      }
    }
    let isNull = next == UInt8(ascii: "n")
    let isNumber = next == UInt8(ascii: "-") || next &- UInt8(ascii: "0") < 10
    switch key {
    case .id:
      if next == UInt8(ascii: "\"") {
        raw.idString = try scanner.scanString(scratch: &scratch)
        raw.idJSON = offset..<scanner.position
      } else if isNumber {
        raw.idJSON = try scanner.scanNumber()
      } else if isNull {
        _ = try scanner.scanLiteral()
      } else {
        return try wrongType("a string or a number")
      }
    case .authority:
      guard next == UInt8(ascii: "\"") else { return try wrongType("a string, such as \"camden\"") }
      (raw.authority, raw.authorityHash) = try scanner.scanHashedString(scratch: &scratch)
      raw.authorityOffset = offset
    case .age:
      if isNull {
        _ = try scanner.scanLiteral()
      } else if isNumber {
        raw.age = try scanner.scanNumber()
      } else {
        return try wrongType("a whole number of years, such as 9")
      }
    case .unborn:
      guard next == UInt8(ascii: "t") || next == UInt8(ascii: "f") || isNull else {
        return try wrongType("true or false")
      }
      let value = try scanner.scanLiteral()
      raw.unbornOffset = offset
      if case .bool(let flag) = value { raw.unborn = flag }
    case .indicators:
      if isNull {
        _ = try scanner.scanLiteral()
        return
      }
      guard next == UInt8(ascii: "[") else {
        return try wrongType("an array of indicator identifiers")
      }
      scanner.position += 1
      if try scanner.peekAfterWhitespace() == UInt8(ascii: "]") {
        scanner.position += 1
        return
      }
      repeat {
        let elementOffset = scanner.position
        if try scanner.peekAfterWhitespace() == UInt8(ascii: "\"") {
          let (token, hash) = try scanner.scanHashedString(scratch: &scratch)
          switch token {
          case .input(let range):
            fields.indicators.append(
              TextField(
                bytes: UnsafeBufferPointer(rebasing: scanner.bytes[range]), offset: elementOffset,
                hash: hash))
          case .scratch(let range):
            // Pointed at its bytes by `withFields`, when the scratch buffer no longer moves.
            raw.escapedIndicators.append((fields.indicators.count, range))
            fields.indicators.append(
              TextField(
                bytes: UnsafeBufferPointer(start: nil, count: 0), offset: elementOffset,
                hash: hash))
          }
        } else {
          try scanner.skipValue(depth: 2)
          if problem == nil {
            problem = CaseError(
              .wrongType(
                key: "indicators", expected: "an array of strings (indicator identifiers)"),
              at: elementOffset)
          }
        }
      } while try scanner.continues(closingWith: UInt8(ascii: "]"), "',' or ']' in an array")
    case .functionalNeeds:
      if isNull {
        _ = try scanner.scanLiteral()
        return
      }
      guard next == UInt8(ascii: "{") else {
        return try wrongType("an object of function scores, such as {\"hearing\": 3}")
      }
      scanner.position += 1
      if try scanner.peekAfterWhitespace() == UInt8(ascii: "}") {
        scanner.position += 1
        return
      }
      repeat {
        let name = try scanner.scanString(scratch: &scratch)
        try scanner.expect(UInt8(ascii: ":"), "':' after an object key")
        let value = try scanner.peekAfterWhitespace()
        let scoreOffset = scanner.position
        if value == UInt8(ascii: "-") || value &- UInt8(ascii: "0") < 10 {
          raw.scores.append((name, .number(try scanner.scanNumber()), scoreOffset))
        } else if value == UInt8(ascii: "n") {
          _ = try scanner.scanLiteral()
          raw.scores.append((name, .notTested, scoreOffset))
        } else if value == UInt8(ascii: "\"") {
          let token = try scanner.scanString(scratch: &scratch)
          let isNotTested =
            Self.equals(token, Self.notTested, scanner, scratch: scratch)
            || Self.equals(token, Self.notTestedLower, scanner, scratch: scratch)
          raw.scores.append((name, isNotTested ? .notTested : .other(token), scoreOffset))
        } else {
          try scanner.skipValue(depth: 2)
          raw.scores.append((name, .other(.input(scoreOffset..<scanner.position)), scoreOffset))
        }
      } while try scanner.continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
    case .senSupportHours:
      if isNull {
        _ = try scanner.scanLiteral()
      } else if isNumber {
        raw.hours = try scanner.scanNumber()
      } else {
        return try wrongType("a number of hours a week")
      }
    }
  }

  private static let notTested = Array("N".utf8)
  private static let notTestedLower = Array("n".utf8)

  /// The text of a scanned string.
  func text(_ token: StringToken, _ scanner: JSONScanner) -> String {
    scanner.string(token, scratch: scratch)
  }

  /// Hands the validator this case's fields (pointing into the input and the scratch buffer)
  /// for the duration of `body`.
  mutating func withFields<Result>(
    _ scanner: JSONScanner, _ body: (inout CaseFields) throws(CaseError) -> Result
  ) throws(CaseError) -> Result {
    try Self.withFields(scanner, raw: raw, scratch: scratch, fields: &fields, body)
  }

  // Static, with the recorded case and the scratch bytes borrowed beside the fields being
  // filled: as a method reading them inside a closure that also fills the fields, the
  // compiler copied the scratch bytes (a retain and a release) for every case.
  private static func withFields<Result>(
    _ scanner: JSONScanner, raw: borrowing RawCase, scratch: borrowing [UInt8],
    fields: inout CaseFields, _ body: (inout CaseFields) throws(CaseError) -> Result
  ) throws(CaseError) -> Result {
    let input = scanner.bytes
    let outcome: Swift.Result<Result, CaseError> = scratch.withUnsafeBufferPointer {
      scratch in
      func bytes(_ token: StringToken) -> UnsafeBufferPointer<UInt8> {
        switch token {
        case .input(let range): UnsafeBufferPointer(rebasing: input[range])
        case .scratch(let range): UnsafeBufferPointer(rebasing: scratch[range])
        }
      }
      // The indicators are in the fields already (``decode(_:)`` reset the fields and appended
      // them); those with escapes now point at their decoded bytes.
      for (index, range) in raw.escapedIndicators {
        fields.indicators[index].bytes = UnsafeBufferPointer(rebasing: scratch[range])
      }
      fields.authority = raw.authority.map {
        TextField(bytes: bytes($0), offset: raw.authorityOffset, hash: raw.authorityHash)
      }
      fields.age = raw.age.map { (.text(UnsafeBufferPointer(rebasing: input[$0])), $0.lowerBound) }
      fields.unborn = raw.unborn.map { ($0, raw.unbornOffset) }
      fields.scores.removeAll()
      for (name, score, offset) in raw.scores {
        let field: ScoreField =
          switch score {
          case .number(let range): .number(.text(UnsafeBufferPointer(rebasing: input[range])))
          case .notTested: .notTested
          case .other(let token): .text(bytes(token))
          }
        fields.scores.append(
          ScoreEntry(name: TextField(bytes: bytes(name)), score: field, offset: offset))
      }
      fields.hours = raw.hours.map {
        (.text(UnsafeBufferPointer(rebasing: input[$0])), $0.lowerBound)
      }
      fields.ignored.removeAll()
      for token in raw.ignoredKeys.kept { fields.ignored.add(TextField(bytes: bytes(token))) }
      fields.ignored.addCount(raw.ignoredKeys.more)
      fields.ignoredAreColumns = false
      do throws(CaseError) {
        return .success(try body(&fields))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  /// The case's id as a record gives it: its JSON text, and its text when asked for.
  ///
  /// - Parameters:
  ///   - json: The id value's JSON text (`raw.idJSON`).
  ///   - string: The id as a scanned string, if it was one (`raw.idString`).
  ///   - scanner: The scanner over the case's bytes.
  ///   - scratch: The decoder's scratch bytes.
  ///   - needsText: Whether the record needs the id's text.
  /// - Returns: The id, or ``RecordID/none`` when the case gave none.
  static func recordID(
    json: Range<Int>?, string: StringToken?, _ scanner: JSONScanner, scratch: [UInt8],
    needsText: Bool
  ) -> RecordID {
    guard let range = json else { return .none }
    var id = RecordID(json: UnsafeBufferPointer(rebasing: scanner.bytes[range]))
    id.isNumber = string == nil
    if needsText {
      id.text = string.map { scanner.string($0, scratch: scratch) } ?? numberText(range, scanner)
    }
    return id
  }

  /// The text of a number's bytes.
  static func numberText(_ range: Range<Int>, _ scanner: JSONScanner) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[range]), as: UTF8.self)
  }

  /// The case as text, losing nothing the validator reads (the string path).
  func caseText(_ scanner: JSONScanner) -> CaseText {
    var input = CaseText(authority: raw.authority.map { text($0, scanner) })
    if let range = raw.idJSON {
      input.id =
        raw.idString.map { .string(text($0, scanner)) } ?? .number(Self.numberText(range, scanner))
    }
    input.age = raw.age.map { Self.numberText($0, scanner) }
    input.isUnborn = raw.unborn ?? false
    var escaped: [Int: Range<Int>] = [:]
    for (index, range) in raw.escapedIndicators { escaped[index] = range }
    input.indicators = fields.indicators.indices.map { index in
      escaped[index].map { text(.scratch($0), scanner) } ?? fields.indicators[index].string
    }
    input.functions = raw.scores.map { name, score, _ in
      let written: String =
        switch score {
        case .number(let range): Self.numberText(range, scanner)
        case .notTested: "N"
        case .other(let token): text(token, scanner)
        }
      return CaseText.Score(name: text(name, scanner), score: written)
    }
    input.senSupportHours = raw.hours.map { Self.numberText($0, scanner) }
    input.ignored = raw.ignoredKeys.kept.map { text($0, scanner) }
    input.moreIgnoredCount = raw.ignoredKeys.more
    return input
  }
}

/// Whether two byte runs are equal: sixteen bytes at a time, then the last sixteen (or eight,
/// four, two) overlapping what was compared already, so no byte is compared one at a time
/// unless the runs are a single byte.
@inline(__always)
func memoryEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  let left = UnsafeRawPointer(lhs)
  let right = UnsafeRawPointer(rhs)
  if count >= 16 {
    var offset = 0
    while offset &+ 16 < count {
      let difference =
        left.loadUnaligned(fromByteOffset: offset, as: SIMD2<UInt64>.self)
        ^ right.loadUnaligned(fromByteOffset: offset, as: SIMD2<UInt64>.self)
      if difference[0] | difference[1] != 0 { return false }
      offset &+= 16
    }
    let difference =
      left.loadUnaligned(fromByteOffset: count &- 16, as: SIMD2<UInt64>.self)
      ^ right.loadUnaligned(fromByteOffset: count &- 16, as: SIMD2<UInt64>.self)
    return difference[0] | difference[1] == 0
  }
  if count >= 8 {
    return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
      && left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
  }
  if count >= 4 {
    return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
      && left.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
        == right.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
  }
  if count >= 2 {
    return left.loadUnaligned(as: UInt16.self) == right.loadUnaligned(as: UInt16.self)
      && left.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)
        == right.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)
  }
  return count == 0 || lhs.pointee == rhs.pointee
}

extension CaseText {
  /// Reads one case from JSON, losing nothing the validator checks: numbers as written, scores
  /// as written, both an age and "unborn" if both are given. JSON syntax and types are checked
  /// here (by the same reader a stream uses); values are checked when the case is assessed.
  ///
  /// - Parameter json: The JSON text, as UTF-8.
  /// - Throws: ``CaseReadError`` naming the line and column of the problem.
  public init(json: some Collection<UInt8>) throws(CaseReadError) {
    self = try readOneCase(json) { decoder, scanner in decoder.caseText(scanner) }
  }
}

extension Case {
  /// Reads one case from JSON, such as
  /// `{"authority": "camden", "age": 9, "indicators": ["camden-young-carers"]}`, with its
  /// numbers read as a case built in code holds them (ages in whole years, scores 0 or more).
  ///
  /// Unknown keys are ignored and listed in ``ignoredKeys``.
  ///
  /// - Parameter json: The JSON text, as UTF-8.
  /// - Throws: ``CaseReadError`` naming the line and column of the problem.
  public init(json: some Collection<UInt8>) throws(CaseReadError) {
    let text = try CaseText(json: json)
    var input = Case(authority: text.authority ?? "", id: text.id, ignoredKeys: text.ignored)
    input.moreIgnoredKeyCount = text.moreIgnoredCount
    func failure(_ error: AssessmentError) -> CaseReadError {
      CaseReadError(error, caseNumber: 1, line: 1, column: 1)
    }
    if let age = text.age {
      guard case .success(let value) = NumberText.read(age) else {
        throw failure(.invalidNumber(field: "age", text: age, problem: .notANumber))
      }
      guard let years = NumberText.wholeNumber(value) else { throw failure(.ageNotWholeYears(age)) }
      input.age = .years(years)
    }
    if text.isUnborn {
      if case .years(let years) = input.age { throw failure(.ageAndUnborn(years)) }
      input.age = .unborn
    }
    input.indicators = text.indicators
    for score in text.functions {
      if score.score == "N" {
        input.functionalNeeds.append(FunctionScore(function: score.name, score: nil))
        continue
      }
      guard case .success(let value) = NumberText.read(score.score),
        let whole = NumberText.wholeNumber(value)
      else {
        throw failure(.invalidScore(function: score.name, text: score.score))
      }
      input.functionalNeeds.append(FunctionScore(function: score.name, score: whole))
    }
    if let hours = text.senSupportHours {
      guard case .success(let value) = NumberText.read(hours) else {
        throw failure(.invalidSupportHours(hours))
      }
      input.senSupportHours = value
    }
    self = input
  }

  private init(authority: String, id: CaseID?, ignoredKeys: [String]) {
    self.init(id: id, authority: authority, ignoredKeys: ignoredKeys)
  }
}

/// Reads exactly one case from a JSON text and makes something of its decoded form.
private func readOneCase<Result>(
  _ json: some Collection<UInt8>, _ make: (CaseDecoder, JSONScanner) -> Result
) throws(CaseReadError) -> Result {
  let bytes = Array(json)
  let outcome: Swift.Result<Result, CaseReadError> = bytes.withUnsafeBufferPointer { buffer in
    var scanner = JSONScanner(buffer, position: hasByteOrderMark(buffer) ? 3 : 0)
    var decoder = CaseDecoder()
    do throws(CaseError) {
      try decoder.decode(&scanner)
      scanner.skipWhitespace()
      if !scanner.isAtEnd { throw CaseError(.contentAfterCase, at: scanner.position) }
      return .success(make(decoder, scanner))
    } catch {
      let (line, column) = TextPosition.lineAndColumn(of: error.offset ?? 0, in: buffer)
      return .failure(CaseReadError(error.error, caseNumber: 1, line: line, column: column))
    }
  }
  return try outcome.get()
}

/// Line and column arithmetic over bytes.
enum TextPosition {
  /// The 1-based line and byte column of an offset.
  static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
