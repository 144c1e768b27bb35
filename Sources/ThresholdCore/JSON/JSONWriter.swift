/// Writes JSON into a byte buffer, compact (one line) or pretty (two-space indents), with keys
/// in the order they are written so output is byte-for-byte repeatable.
public struct JSONWriter {
  /// The bytes written so far.
  public var bytes: [UInt8]
  /// Whether to break lines and indent.
  public let isPretty: Bool
  /// For each open container, whether it has no members yet.
  private var isEmpty: [Bool] = []
  /// Whether the next value follows a key (so needs no comma or indent of its own).
  private var afterKey = false

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - pretty: Whether to break lines and indent by two spaces.
  ///   - capacity: Bytes to reserve.
  public init(pretty: Bool = false, capacity: Int = 1024) {
    self.isPretty = pretty
    self.bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Empties the buffer, keeping its capacity.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    isEmpty.removeAll(keepingCapacity: true)
    afterKey = false
  }

  /// Starts a new document after what the buffer holds (a stream's next record), keeping the
  /// bytes.
  mutating func restart() {
    isEmpty.removeAll(keepingCapacity: true)
    afterKey = false
  }

  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = isEmpty.last else { return }
    if !last { bytes.append(UInt8(ascii: ",")) }
    isEmpty[isEmpty.count - 1] = false
    if isPretty { newline(depth: isEmpty.count) }
  }

  private mutating func newline(depth: Int) {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
  }

  /// Opens an object.
  public mutating func beginObject() {
    beforeValue()
    bytes.append(UInt8(ascii: "{"))
    isEmpty.append(true)
  }

  /// Closes the innermost object.
  public mutating func endObject() { end(UInt8(ascii: "}")) }

  /// Opens an array.
  public mutating func beginArray() {
    beforeValue()
    bytes.append(UInt8(ascii: "["))
    isEmpty.append(true)
  }

  /// Closes the innermost array.
  public mutating func endArray() { end(UInt8(ascii: "]")) }

  private mutating func end(_ byte: UInt8) {
    let wasEmpty = isEmpty.removeLast()
    if isPretty && !wasEmpty { newline(depth: isEmpty.count) }
    bytes.append(byte)
  }

  /// Writes an object member's key; the next value written is its value.
  ///
  /// - Parameter key: The key.
  public mutating func key(_ key: String) {
    beforeValue()
    appendQuoted(key)
    bytes.append(UInt8(ascii: ":"))
    if isPretty { bytes.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  /// Writes an object member's key given as a literal that needs no escaping (letters only,
  /// as every key of the tool's records is), without looking for characters to escape.
  ///
  /// - Parameter key: The key.
  mutating func literalKey(_ key: StaticString) {
    beforeValue()
    bytes.append(UInt8(ascii: "\""))
    let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    assert(utf8.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 }, "a key that is not letters")
    bytes.append(contentsOf: utf8)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    if isPretty { bytes.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  /// Writes a string.
  ///
  /// - Parameter value: The string.
  public mutating func string(_ value: String) {
    beforeValue()
    appendQuoted(value)
  }

  /// Writes a string, or `null` for `nil`.
  ///
  /// - Parameter value: The string.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes an integer.
  ///
  /// - Parameter value: The integer.
  public mutating func number(_ value: Int) {
    beforeValue()
    appendDecimal(value)
  }

  /// Writes a finite number; whole numbers are written without a fraction.
  ///
  /// - Parameter value: The number.
  public mutating func number(_ value: Double) {
    beforeValue()
    bytes.append(contentsOf: NumberText.hours(value).utf8)
  }

  /// Writes a Boolean.
  ///
  /// - Parameter value: The Boolean.
  public mutating func bool(_ value: Bool) {
    beforeValue()
    bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
  }

  /// Writes `null`.
  public mutating func null() {
    beforeValue()
    bytes.append(contentsOf: Self.nullBytes)
  }

  /// Writes bytes that are already valid JSON for one value (such as a cached fragment).
  ///
  /// - Parameter json: One complete JSON value.
  public mutating func raw(_ json: [UInt8]) {
    beforeValue()
    bytes.append(contentsOf: json)
  }

  /// Writes bytes that are already valid JSON for one value.
  ///
  /// - Parameter json: One complete JSON value.
  public mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
    beforeValue()
    bytes.append(contentsOf: json)
  }

  /// Writes bytes that are already valid JSON for one or more members of the open object
  /// (`"a":1,"b":2`, compact).
  ///
  /// - Parameter json: The members.
  public mutating func rawMembers(_ json: UnsafeBufferPointer<UInt8>) {
    guard !json.isEmpty else { return }
    beforeValue()
    bytes.append(contentsOf: json)
  }

  /// Writes an array of strings.
  ///
  /// - Parameter values: The strings.
  public mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Writes an object member: its key, then its string value.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The string.
  public mutating func member(_ key: String, _ value: String) {
    self.key(key)
    string(value)
  }

  /// Writes an object member: its key, then its string value or `null` for `nil`.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The string.
  public mutating func member(_ key: String, _ value: String?) {
    self.key(key)
    string(value)
  }

  /// Writes an object member: its key, then its integer value.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The integer.
  public mutating func member(_ key: String, _ value: Int) {
    self.key(key)
    number(value)
  }

  /// Writes an object member: its key, then its finite number value.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The number.
  public mutating func member(_ key: String, _ value: Double) {
    self.key(key)
    number(value)
  }

  /// Writes an object member: its key, then its Boolean value.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - value: The Boolean.
  public mutating func member(_ key: String, _ value: Bool) {
    self.key(key)
    bool(value)
  }

  /// Writes an object member: its key, then its array of strings.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - values: The strings.
  public mutating func member(_ key: String, _ values: [String]) {
    self.key(key)
    strings(values)
  }

  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)
  private static let nullBytes = Array("null".utf8)
  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func appendDecimal(_ value: Int) {
    // An Int's decimal form is at most 20 bytes and fits a small (unallocated) String.
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Appends a string in quotes, escaping what JSON requires.
  ///
  /// - Parameter value: The string.
  public mutating func appendQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in appendEscaped(utf8) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends UTF-8 bytes with JSON's escapes, without quotes. Besides what JSON requires
  /// (quote, backslash, C0 controls), DEL and the C1 controls (U+007F to U+009F) are escaped
  /// too, so that JSON shown in a terminal cannot carry a control sequence.
  ///
  /// - Parameter utf8: Valid UTF-8.
  public mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let base = utf8.baseAddress else { return }
    let count = utf8.count
    var start = 0
    var index = 0
    while index < count {
      // Eight bytes at a time while none of them needs a look (most text is plain ASCII).
      if index + 8 <= count,
        !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = base[index]
      let isC1 = byte == 0xC2 && index + 1 < count && base[index + 1] &- 0x80 < 0x20
      guard
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
          || isC1
      else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
      case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
      case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      default:
        let value = isC1 ? base[index + 1] : byte
        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(Self.hexDigits[Int(value >> 4)])
        bytes.append(Self.hexDigits[Int(value & 0xF)])
      }
      index += isC1 ? 2 : 1
      start = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
  }

  /// Whether any of eight bytes may need escaping: a C0 control, a quote, a backslash, DEL, or
  /// any byte of 0x80 or more (which the byte-at-a-time check then looks at for C1 controls).
  /// Exact for "none": a word with none of them always gives `false`.
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    // The scanner's test (quote, backslash, below 0x20, 0x80 and above), and DEL.
    SWAR.specialStringBytes(word) | SWAR.zeroBytes(word ^ (SWAR.ones &* 0x7F)) != 0
  }
}
