/// Writes JSON into a byte buffer, compact (one line) or pretty (two-space indents), with keys
/// in the order they are written so output is byte-for-byte repeatable.
///
/// The bytes are written in place into an array whose spare room is already there
/// (`storage[0..<length]` is written, the rest is room), and which containers are still empty
/// is kept in a word of bits: a piece costs one bounds check and a copy, not an array append's
/// generic path and uniqueness checks for each piece and each comma.
public struct JSONWriter {
  /// The written bytes, then spare room.
  private var storage: [UInt8]
  /// How many bytes have been written.
  private var length = 0
  /// Whether to break lines and indent.
  public let isPretty: Bool
  /// How many containers are open.
  private var depth = 0
  /// Bit `i`: whether the open container at depth `i + 1` has no members yet (the first 64).
  private var emptyBits: UInt64 = 0
  /// The same for containers deeper than 64.
  private var deeperEmpty: [Bool] = []
  /// Whether the next value follows a key (so needs no comma or indent of its own).
  private var afterKey = false

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - pretty: Whether to break lines and indent by two spaces.
  ///   - capacity: Bytes to reserve.
  public init(pretty: Bool = false, capacity: Int = 1024) {
    self.isPretty = pretty
    self.storage = [UInt8](repeating: 0, count: max(capacity, 16))
  }

  /// The bytes written so far (a copy; ``withBytes(_:)`` reads them in place).
  public var bytes: [UInt8] { Array(storage[0..<length]) }

  /// How many bytes have been written.
  public var count: Int { length }

  /// The bytes written so far, for the duration of `body`.
  ///
  /// - Parameter body: Reads the bytes.
  /// - Returns: What `body` returns.
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
  }

  /// Empties the buffer, keeping its capacity.
  public mutating func reset() {
    length = 0
    restart()
  }

  /// Starts a new document after what the buffer holds (a stream's next record), keeping the
  /// bytes.
  mutating func restart() {
    depth = 0
    emptyBits = 0
    deeperEmpty.removeAll(keepingCapacity: true)
    afterKey = false
  }

  /// Exchanges this writer's bytes with a stream's output, so that a record is written in
  /// place after what the output holds (and handed back by a second exchange).
  mutating func exchangeBytes(with output: inout ByteOutput) {
    output.exchange(&storage, &length)
  }

  /// Ends the record with a newline and appends it to a stream's output.
  mutating func writeLine(into output: inout ByteOutput) {
    put(UInt8(ascii: "\n"))
    withBytes { output.append($0) }
  }

  // MARK: Writing bytes in place

  /// Makes room for `count` more bytes.
  @inline(__always)
  private mutating func reserve(_ count: Int) {
    if storage.count - length < count { grow(count) }
  }

  @inline(never)
  private mutating func grow(_ count: Int) {
    // Geometric: at least double, as an array's own appends would.
    storage.append(contentsOf: repeatElement(0, count: max(count, storage.count)))
  }

  /// Appends bytes.
  @inline(__always)
  mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
    let count = source.count
    guard count > 0, let from = source.baseAddress else { return }
    reserve(count)
    let at = length
    storage.withUnsafeMutableBufferPointer { room in
      (room.baseAddress.unsafelyUnwrapped + at).update(from: from, count: count)
    }
    length = at + count
  }

  /// Appends one byte.
  @inline(__always)
  mutating func put(_ byte: UInt8) {
    reserve(1)
    storage[length] = byte
    length += 1
  }

  /// Appends a static string's bytes.
  @inline(__always)
  private mutating func put(_ text: StaticString) {
    put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a string's UTF-8 bytes.
  private mutating func put(string text: String) {
    var text = text
    text.withUTF8 { put($0) }
  }

  // MARK: Containers

  /// Writes what goes before a value: nothing after a key, else a comma unless the value is
  /// its container's first (and in pretty output a line break and indent).
  @inline(__always)
  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if !markInnermostUsed() { put(UInt8(ascii: ",")) }
    if isPretty { newline(depth: depth) }
  }

  /// Marks the innermost open container as having a member, and returns whether it had none.
  @inline(__always)
  private mutating func markInnermostUsed() -> Bool {
    guard depth <= 64 else { return markDeepUsed(pops: false) }
    let bit = UInt64(1) &<< UInt64(depth - 1)
    defer { emptyBits &= ~bit }
    return emptyBits & bit != 0
  }

  /// ``markInnermostUsed()`` for a container deeper than 64 (`pops`: and forget it).
  @inline(never)
  private mutating func markDeepUsed(pops: Bool) -> Bool {
    defer { if !pops { deeperEmpty[depth - 65] = false } }
    return pops ? deeperEmpty.removeLast() : deeperEmpty[depth - 65]
  }

  private mutating func newline(depth: Int) {
    put(UInt8(ascii: "\n"))
    for _ in 0..<(depth * 2) { put(UInt8(ascii: " ")) }
  }

  private mutating func open(_ byte: UInt8) {
    beforeValue()
    put(byte)
    depth += 1
    if depth <= 64 {
      emptyBits |= UInt64(1) &<< UInt64(depth - 1)
    } else {
      deeperEmpty.append(true)
    }
  }

  /// Opens an object.
  public mutating func beginObject() { open(UInt8(ascii: "{")) }

  /// Closes the innermost object.
  public mutating func endObject() { end(UInt8(ascii: "}")) }

  /// Opens an array.
  public mutating func beginArray() { open(UInt8(ascii: "[")) }

  /// Closes the innermost array.
  public mutating func endArray() { end(UInt8(ascii: "]")) }

  private mutating func end(_ byte: UInt8) {
    precondition(depth > 0, "a container closed that was not open")
    let wasEmpty = depth <= 64 ? markInnermostUsed() : markDeepUsed(pops: true)
    depth -= 1
    if isPretty && !wasEmpty { newline(depth: depth) }
    put(byte)
  }

  /// Writes an object member's key; the next value written is its value.
  ///
  /// - Parameter key: The key.
  public mutating func key(_ key: String) {
    beforeValue()
    appendQuoted(key)
    put(UInt8(ascii: ":"))
    if isPretty { put(UInt8(ascii: " ")) }
    afterKey = true
  }

  /// Writes an object member's key given as a literal that needs no escaping (letters only,
  /// as every key of the tool's records is), without looking for characters to escape.
  ///
  /// - Parameter key: The key.
  mutating func literalKey(_ key: StaticString) {
    beforeValue()
    let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    assert(utf8.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 }, "a key that is not letters")
    let count = utf8.count
    reserve(count + 4)
    let at = length
    storage.withUnsafeMutableBufferPointer { room in
      let target = room.baseAddress.unsafelyUnwrapped + at
      target.pointee = UInt8(ascii: "\"")
      (target + 1).update(from: utf8.baseAddress.unsafelyUnwrapped, count: count)
      target[count + 1] = UInt8(ascii: "\"")
      target[count + 2] = UInt8(ascii: ":")
      target[count + 3] = UInt8(ascii: " ")
    }
    length = at + count + (isPretty ? 4 : 3)
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
    put(string: NumberText.hours(value))
  }

  /// Writes a Boolean.
  ///
  /// - Parameter value: The Boolean.
  public mutating func bool(_ value: Bool) {
    beforeValue()
    if value { put("true" as StaticString) } else { put("false" as StaticString) }
  }

  /// Writes `null`.
  public mutating func null() {
    beforeValue()
    put("null" as StaticString)
  }

  /// Writes bytes that are already valid JSON for one value (such as a cached fragment).
  ///
  /// - Parameter json: One complete JSON value.
  public mutating func raw(_ json: [UInt8]) {
    beforeValue()
    json.withUnsafeBufferPointer { put($0) }
  }

  /// Writes bytes that are already valid JSON for one value.
  ///
  /// - Parameter json: One complete JSON value.
  public mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
    beforeValue()
    put(json)
  }

  /// Writes bytes that are already valid JSON for one or more members of the open object
  /// (`"a":1,"b":2`, compact).
  ///
  /// - Parameter json: The members.
  public mutating func rawMembers(_ json: UnsafeBufferPointer<UInt8>) {
    guard !json.isEmpty else { return }
    beforeValue()
    put(json)
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

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func appendDecimal(_ value: Int) {
    // At most 20 digits and a sign, written from the end.
    reserve(21)
    var digits = 1
    var rest = value.magnitude
    while rest >= 10 {
      digits += 1
      rest /= 10
    }
    let sign = value < 0 ? 1 : 0
    let at = length
    storage.withUnsafeMutableBufferPointer { room in
      let target = room.baseAddress.unsafelyUnwrapped + at
      if sign == 1 { target.pointee = UInt8(ascii: "-") }
      var rest = value.magnitude
      var index = sign + digits
      repeat {
        index -= 1
        target[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
      } while rest > 0
    }
    length = at + sign + digits
  }

  /// Appends a string in quotes, escaping what JSON requires.
  ///
  /// - Parameter value: The string.
  public mutating func appendQuoted(_ value: String) {
    put(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in appendEscaped(utf8) }
    put(UInt8(ascii: "\""))
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
      put(UnsafeBufferPointer(start: base + start, count: index - start))
      put(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""): put(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"))
      case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
      case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
      case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
      case 0x08: put(UInt8(ascii: "b"))
      case 0x0C: put(UInt8(ascii: "f"))
      default:
        let value = isC1 ? base[index + 1] : byte
        put("u00" as StaticString)
        put(Self.hexDigits[Int(value >> 4)])
        put(Self.hexDigits[Int(value & 0xF)])
      }
      index += isC1 ? 2 : 1
      start = index
    }
    put(UnsafeBufferPointer(start: base + start, count: count - start))
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
