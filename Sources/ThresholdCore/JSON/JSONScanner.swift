/// A JSON syntax error, at a byte offset into the text being read.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  /// What was wrong.
  public enum Kind: Hashable, Sendable {
    /// The text ended inside a value.
    case unexpectedEnd
    /// A byte that cannot start or continue a value here.
    case unexpectedCharacter(UInt8, expected: String)
    /// A backslash escape JSON does not define.
    case invalidEscape
    /// A `\u` escape that is not four hex digits or not a valid code point.
    case invalidUnicodeEscape
    /// A control character (below U+0020) inside a string.
    case controlCharacterInString
    /// Bytes that are not UTF-8.
    case invalidUTF8
    /// Arrays and objects nested deeper than the limit.
    case tooDeep(limit: Int)
    /// A number that does not follow JSON's grammar.
    case invalidNumber
    /// A number too large for a double (such as 1e999).
    case numberOutOfRange
  }

  /// What was wrong.
  public let kind: Kind
  /// The byte offset where it was found (for an unexpected end, always the end of the input,
  /// which is how a stream knows to read on).
  public let offset: Int

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: What was wrong.
  ///   - offset: Where.
  public init(_ kind: Kind, at offset: Int) {
    self.kind = kind
    self.offset = offset
  }

  /// The message for the user.
  public var message: String {
    switch kind {
    case .unexpectedEnd:
      return "Unexpected end of input: the JSON value is not complete."
    case .unexpectedCharacter(let byte, let expected):
      return "Unexpected \(Self.describe(byte)); expected \(expected)."
    case .invalidEscape:
      return "Invalid escape in a string: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX."
    case .invalidUnicodeEscape:
      return
        "Invalid \\u escape in a string: it must be four hex digits naming a Unicode character."
    case .controlCharacterInString:
      return "A control character (such as a newline or NUL) inside a string must be escaped."
    case .invalidUTF8:
      return "The input is not valid UTF-8."
    case .tooDeep(let limit):
      return "Arrays and objects are nested more than \(limit) deep; the reader stops there."
    case .invalidNumber:
      return "Invalid number: JSON numbers look like -12, 0.5 or 1e3."
    case .numberOutOfRange:
      return "Number out of range: it is too large to represent."
    }
  }

  private static func describe(_ byte: UInt8) -> String {
    switch byte {
    case 0: "NUL byte"
    case 0x20..<0x7F: "character '\(Character(Unicode.Scalar(byte)))'"
    case 0xEF: "byte 0xEF (a byte-order mark is allowed only at the start)"
    default: "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
  }
}

/// Where a decoded string's bytes are: in the input itself (no escapes) or in scratch storage.
enum StringToken: Equatable {
  /// The bytes are this range of the input.
  case input(Range<Int>)
  /// The bytes are this range of the scratch buffer (the string had escapes).
  case scratch(Range<Int>)
}

/// Reads JSON tokens from bytes. Every method validates fully: a value the scanner accepts
/// is valid JSON (RFC 8259), and its strings are valid UTF-8.
struct JSONScanner {
  /// The deepest nesting of arrays and objects the reader accepts.
  static let maximumDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  /// Newlines skipped so far (raw newlines can only be whitespace in valid JSON).
  var newlines = 0
  /// The offset of the last newline skipped, or -1.
  var lastNewline = -1

  init(_ bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  var isAtEnd: Bool { position >= bytes.count }

  /// Skips whitespace, counting newlines. The common cases (none, or one space, as after `": "`
  /// and `", "`) are inlined at each call; runs of whitespace go to ``skipMoreWhitespace()``.
  @inline(__always)
  mutating func skipWhitespace() {
    guard position < bytes.count, bytes[position] <= 0x20 else { return }
    if bytes[position] == 0x20 {
      position += 1
      guard position < bytes.count, bytes[position] <= 0x20 else { return }
    }
    skipMoreWhitespace()
  }

  /// ``skipWhitespace()`` for a run of it.
  @inline(never)
  mutating func skipMoreWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0D, 0x09: position += 1
      case 0x0A:
        newlines += 1
        lastNewline = position
        position += 1
      default: return
      }
    }
  }

  /// The next byte after whitespace, without consuming it.
  @inline(__always)
  mutating func peekAfterWhitespace() throws(JSONSyntaxError) -> UInt8 {
    skipWhitespace()
    guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
    return bytes[position]
  }

  /// Consumes one expected byte after whitespace.
  @inline(__always)
  mutating func expect(_ byte: UInt8, _ expected: String) throws(JSONSyntaxError) {
    let next = try peekAfterWhitespace()
    guard next == byte else {
      throw JSONSyntaxError(.unexpectedCharacter(next, expected: expected), at: position)
    }
    position += 1
  }

  /// After a member or element: consumes "," and returns true, or the closing byte and
  /// returns false.
  @inline(__always)
  mutating func continues(closingWith close: UInt8, _ expected: String) throws(JSONSyntaxError)
    -> Bool
  {
    let next = try peekAfterWhitespace()
    position += 1
    if next == UInt8(ascii: ",") { return true }
    if next == close { return false }
    position -= 1
    throw JSONSyntaxError(.unexpectedCharacter(next, expected: expected), at: position)
  }

  /// Scans a string starting at its opening quote. Strings without escapes are returned as a
  /// range of the input; strings with escapes are decoded into `scratch`.
  ///
  /// The common case (plain ASCII, sixteen bytes at a time, closed at least sixteen bytes
  /// before the end of the input) is inlined at each call; everything else goes to
  /// ``scanStringSlowly(scratch:)``.
  @inline(__always)
  mutating func scanString(scratch: inout [UInt8]) throws(JSONSyntaxError) -> StringToken {
    try scanString(scratch: &scratch, hashing: false).token
  }

  /// ``scanString(scratch:)`` that also works out the string's ``ByteKeyTable/hash(_:)`` from
  /// the bytes it has just scanned (still in cache), for a string that is looked up (an
  /// indicator, an area). The hash is `nil` when the string took the slow path (the lookup
  /// then hashes it itself).
  @inline(__always)
  mutating func scanHashedString(scratch: inout [UInt8]) throws(JSONSyntaxError) -> (
    token: StringToken, hash: UInt64?
  ) {
    try scanString(scratch: &scratch, hashing: true)
  }

  /// The one fast path of both: `hashing` is a constant at each (inlined) call, so a string
  /// that is not looked up costs no hashing. It tests sixteen bytes at a time for the end of
  /// a plain string, then hashes the string's bytes, now in cache (``KeyHash``).
  @inline(__always)
  private mutating func scanString(scratch: inout [UInt8], hashing: Bool)
    throws(JSONSyntaxError) -> (token: StringToken, hash: UInt64?)
  {
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "\""), let base = bytes.baseAddress {
      let start = position + 1
      var cursor = start
      while cursor &+ 16 <= bytes.count {
        let chunk = UnsafeRawPointer(base + cursor).loadUnaligned(as: SIMD16<UInt8>.self)
        let special = SIMDBytes.specialStringBytes(chunk)
        if special[0] | special[1] != 0 {
          cursor &+= SIMDBytes.firstIndex(special)
          guard base[cursor] == UInt8(ascii: "\"") else { break }
          position = cursor + 1
          guard hashing else { return (.input(start..<cursor), nil) }
          let count = cursor - start
          if count >= 8 {
            return (
              .input(start..<cursor), KeyHash.long(UnsafeRawPointer(base + start), count: count)
            )
          }
          // Shorter than a word: its bytes, the rest zero. The load stays inside the sixteen
          // bytes just tested, so inside the input.
          let word =
            count == 0
            ? 0
            : UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
              & (UInt64.max >> UInt64(64 - 8 * count))
          return (.input(start..<cursor), KeyHash.short(word, count: count))
        }
        cursor &+= 16
      }
    }
    return (try scanStringSlowly(scratch: &scratch), nil)
  }

  /// ``scanString(scratch:)`` for whitespace before the quote, escapes, non-ASCII bytes, errors
  /// and strings that run to the end of the input.
  @inline(never)
  mutating func scanStringSlowly(scratch: inout [UInt8]) throws(JSONSyntaxError) -> StringToken {
    let quote = try peekAfterWhitespace()
    guard quote == UInt8(ascii: "\"") else {
      throw JSONSyntaxError(.unexpectedCharacter(quote, expected: "a string"), at: position)
    }
    position += 1
    let start = position
    // Fastest path: skip eight plain ASCII bytes at a time (no quote, backslash, control
    // character or non-ASCII byte among them).
    if let base = bytes.baseAddress {
      while position + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        let special = SWAR.specialStringBytes(word)
        if special != 0 {
          // The lowest flagged byte is exact: jump to it; if it closes the string, done.
          position += special.trailingZeroBitCount >> 3
          if base[position] == UInt8(ascii: "\"") {
            position += 1
            return .input(start..<(position - 1))
          }
          break
        }
        position += 8
      }
    }
    // Fast path: plain ASCII and valid UTF-8 up to the closing quote.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return .input(start..<(position - 1))
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw JSONSyntaxError(.controlCharacterInString, at: position) }
      if byte < 0x80 {
        position += 1
      } else {
        try skipUTF8Sequence()
      }
    }
    guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
    // Slow path: the string has escapes; decode it into scratch.
    let scratchStart = scratch.count
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return .scratch(scratchStart..<scratch.count)
      case UInt8(ascii: "\\"):
        try scanEscape(into: &scratch)
      case 0..<0x20:
        throw JSONSyntaxError(.controlCharacterInString, at: position)
      case 0x80...:
        let sequenceStart = position
        try skipUTF8Sequence()
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<position]))
      default:
        scratch.append(byte)
        position += 1
      }
    }
    throw JSONSyntaxError(.unexpectedEnd, at: position)
  }

  private mutating func scanEscape(into scratch: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = position
    position += 1
    guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try scanHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        // A high surrogate must be followed by an escaped low surrogate.
        // (The end of the input is always reported at the end, so a stream reads on.)
        guard position + 1 < bytes.count else {
          throw JSONSyntaxError(.unexpectedEnd, at: bytes.count)
        }
        guard bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
        else { throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart) }
        position += 2
        let low = try scanHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
      }
      guard let unicode = Unicode.Scalar(scalar) else {
        throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
      }
      scratch.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
    default:
      throw JSONSyntaxError(.invalidEscape, at: escapeStart)
    }
  }

  private mutating func scanHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw JSONSyntaxError(.invalidUnicodeEscape, at: position)
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  /// Skips one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and values
  /// beyond U+10FFFF.
  @inline(__always)
  private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    let lead = bytes[position]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: throw JSONSyntaxError(.invalidUTF8, at: position)
    }
    for index in 1..<length {
      guard position + index < bytes.count else {
        throw JSONSyntaxError(.unexpectedEnd, at: bytes.count)
      }
      let byte = bytes[position + index]
      let (low, high) = index == 1 ? (lower, upper) : (0x80, 0xBF)
      guard byte >= low, byte <= high else {
        throw JSONSyntaxError(.invalidUTF8, at: position)
      }
    }
    position += length
  }

  /// Scans a number, returning the range of its text.
  mutating func scanNumber() throws(JSONSyntaxError) -> Range<Int> {
    let start = position
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else if isDigit(bytes[position]) {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    } else {
      throw JSONSyntaxError(.invalidNumber, at: start)
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      try scanDigits(start)
    }
    var hasExponent = false
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      hasExponent = true
      position += 1
      if position < bytes.count,
        bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      try scanDigits(start)
    }
    // Only an exponent or a very long number can overflow a double; check those.
    if hasExponent || position - start > 300 {
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      if Double(text)?.isFinite != true {
        throw JSONSyntaxError(.numberOutOfRange, at: start)
      }
    }
    return start..<position
  }

  private mutating func scanDigits(_ start: Int) throws(JSONSyntaxError) {
    guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
    guard isDigit(bytes[position]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// Scans `true`, `false` or `null`, returning which.
  mutating func scanLiteral() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    let (literal, value): ([UInt8], JSONValue) =
      switch bytes[position] {
      case UInt8(ascii: "t"): (Self.trueLiteral, .bool(true))
      case UInt8(ascii: "f"): (Self.falseLiteral, .bool(false))
      default: (Self.nullLiteral, .null)
      }
    for byte in literal {
      guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
      guard bytes[position] == byte else {
        throw JSONSyntaxError(
          .unexpectedCharacter(bytes[start], expected: "a JSON value"), at: start)
      }
      position += 1
    }
    return value
  }

  private static let trueLiteral = Array("true".utf8)
  private static let falseLiteral = Array("false".utf8)
  private static let nullLiteral = Array("null".utf8)

  /// Skips one complete value, validating it.
  mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
    var scratch: [UInt8] = []
    _ = try parseValue(depth: depth, scratch: &scratch, keep: false)
  }

  /// Parses one value. With `keep` false it validates without building the value.
  mutating func parseValue(depth: Int, scratch: inout [UInt8], keep: Bool = true)
    throws(JSONSyntaxError) -> JSONValue
  {
    let next = try peekAfterWhitespace()
    switch next {
    case UInt8(ascii: "{"):
      guard depth < Self.maximumDepth else {
        throw JSONSyntaxError(.tooDeep(limit: Self.maximumDepth), at: position)
      }
      position += 1
      var members: [JSONValue.Member] = []
      if try peekAfterWhitespace() == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      }
      repeat {
        let keyToken = try scanString(scratch: &scratch)
        let key = keep ? string(keyToken, scratch: scratch) : ""
        try expect(UInt8(ascii: ":"), "':' after an object key")
        let value = try parseValue(depth: depth + 1, scratch: &scratch, keep: keep)
        if keep { members.append(JSONValue.Member(key: key, value: value)) }
        scratch.removeAll(keepingCapacity: true)
      } while try continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
      return .object(members)
    case UInt8(ascii: "["):
      guard depth < Self.maximumDepth else {
        throw JSONSyntaxError(.tooDeep(limit: Self.maximumDepth), at: position)
      }
      position += 1
      var elements: [JSONValue] = []
      if try peekAfterWhitespace() == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      }
      repeat {
        let element = try parseValue(depth: depth + 1, scratch: &scratch, keep: keep)
        if keep { elements.append(element) }
      } while try continues(closingWith: UInt8(ascii: "]"), "',' or ']' in an array")
      return .array(elements)
    case UInt8(ascii: "\""):
      let token = try scanString(scratch: &scratch)
      return keep ? .string(string(token, scratch: scratch)) : .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let range = try scanNumber()
      return keep
        ? .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        : .null
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      return try scanLiteral()
    default:
      throw JSONSyntaxError(.unexpectedCharacter(next, expected: "a JSON value"), at: position)
    }
  }

  /// The text of a scanned string.
  func string(_ token: StringToken, scratch: [UInt8]) -> String {
    switch token {
    case .input(let range):
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    case .scratch(let range):
      String(decoding: scratch[range], as: UTF8.self)
    }
  }
}

/// A JSON value, with object members in their written order (repeated keys kept).
public enum JSONValue: Equatable, Sendable {
  /// An object member.
  public struct Member: Equatable, Sendable {
    /// The key.
    public let key: String
    /// The value.
    public let value: JSONValue
  }

  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as written.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([Member])

  /// Parses one JSON text: a value with optional whitespace around it (and an optional
  /// UTF-8 byte-order mark before it).
  ///
  /// - Parameter bytes: The text, as UTF-8.
  /// - Returns: The value.
  /// - Throws: ``JSONSyntaxError`` at the first byte that is not valid JSON.
  public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    let array = Array(bytes)
    let result: Result<JSONValue, JSONSyntaxError> = array.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer, position: hasByteOrderMark(buffer) ? 3 : 0)
      var scratch: [UInt8] = []
      do throws(JSONSyntaxError) {
        let value = try scanner.parseValue(depth: 0, scratch: &scratch)
        scanner.skipWhitespace()
        if !scanner.isAtEnd {
          throw JSONSyntaxError(
            .unexpectedCharacter(buffer[scanner.position], expected: "the end of the input"),
            at: scanner.position)
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The number's value, if this is a number.
  public var doubleValue: Double? {
    if case .number(let text) = self { return Double(text) }
    return nil
  }
}

/// Whether bytes start with the UTF-8 byte-order mark.
func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
}

/// Sixteen-byte tests for the scanner's string loop, in the standard library's SIMD types
/// (which the compiler lowers to vector compares on x86-64 and arm64). The constants are typed
/// and the casts are bit casts: inferred or converting forms compile to loops over the lanes.
enum SIMDBytes {
  /// The lanes of `chunk` that are a quote, a backslash, below 0x20, or 0x80 and above (every
  /// byte that ends the fast path of a string), as two words: each marked lane is 0xFF, each
  /// other lane 0, in the words' memory order.
  @inline(__always)
  static func specialStringBytes(_ chunk: SIMD16<UInt8>) -> SIMD2<UInt64> {
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let backslash = SIMD16<UInt8>(repeating: 0x5C)
    let space = SIMD16<Int8>(repeating: 0x20)
    // As signed bytes, those below 0x20 and those from 0x80 (negative) are both below 0x20.
    let marks =
      (chunk .== quote) .| (chunk .== backslash)
      .| (unsafeBitCast(chunk, to: SIMD16<Int8>.self) .< space)
    return unsafeBitCast(marks, to: SIMD2<UInt64>.self)
  }

  /// The index of the first marked lane of ``specialStringBytes(_:)``, which has one.
  @inline(__always)
  static func firstIndex(_ lanes: SIMD2<UInt64>) -> Int {
    // Without a branch (whether the lane is in the first or second half is a coin toss): an
    // empty first half gives 8, and only then is the second half's index added.
    let low = UInt64(littleEndian: lanes[0]).trailingZeroBitCount >> 3
    let high = UInt64(littleEndian: lanes[1]).trailingZeroBitCount >> 3
    return low &+ (high & (0 &- (low >> 3)))
  }
}

/// Word-at-a-time byte tests (SIMD within a register) for the scanner's hot loops.
enum SWAR {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080
  static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// High bit set in exactly the bytes of `word` that are zero.
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    ~(((word & lows) &+ lows) | word | lows)
  }

  /// High bits marking the bytes that are a quote, a backslash, below 0x20, or 0x80 and
  /// above; the lowest marked byte is always exact (later ones may be marked falsely), and the
  /// result is zero exactly when no byte is one of these.
  @inline(__always)
  static func specialStringBytes(_ word: UInt64) -> UInt64 {
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    // A zero byte borrows into its high bit when one is subtracted from it, as a byte below
    // 0x20 does when 0x20 is; the borrow may then mark bytes above it, never those below.
    let marks =
      ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
      | ((word &- ones &* 0x20) & ~word) | word
    return marks & highs
  }

  /// Whether any of the eight bytes is a newline.
  @inline(__always)
  static func hasNewline(_ word: UInt64) -> Bool {
    zeroBytes(word ^ (ones &* 0x0A)) != 0
  }

  /// Whether any of the thirty-two bytes at `bytes` is a newline.
  @inline(__always)
  static func hasNewline(in32 bytes: UnsafeRawPointer) -> Bool {
    let newlines = ones &* 0x0A
    let first = zeroBytes(bytes.loadUnaligned(as: UInt64.self) ^ newlines)
    let second = zeroBytes(bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ newlines)
    let third = zeroBytes(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ newlines)
    let fourth = zeroBytes(bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self) ^ newlines)
    return first | second | third | fourth != 0
  }
}
