/// The one reader of numbers for every way a case arrives (JSON, options, CSV): a number must
/// be written as JSON writes numbers (RFC 8259: an optional minus, digits without a leading
/// zero, an optional fraction and exponent), so `0x10`, `+5`, `.5`, `1,5`, `inf` and `nan`
/// are not numbers, and a value too large or too small for a double is an error, not infinity
/// or zero.
public enum NumberText {
  /// Why text is not a number the tool reads.
  public enum Problem: Error, Sendable, Hashable {
    /// The text does not follow JSON's number grammar.
    case notANumber
    /// The value is too large for a double (such as 1e999).
    case overflow
    /// The value is not zero but too small for a double to hold (such as 1e-400).
    case underflow
  }

  /// Reads a number.
  ///
  /// - Parameter bytes: The text, as UTF-8.
  /// - Returns: Its value, or why it is not a number.
  public static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, Problem> {
    // Quickest path: one digit, or two without a leading zero (an age, a score), which the
    // grammar below accepts and reads as the same value.
    if bytes.count == 1 || bytes.count == 2, let base = bytes.baseAddress {
      let first = base[0] &- UInt8(ascii: "0")
      if bytes.count == 1, first < 10 { return .success(Double(first)) }
      let second = base[bytes.count - 1] &- UInt8(ascii: "0")
      if bytes.count == 2, first &- 1 < 9, second < 10 {
        return .success(Double(Int(first) * 10 + Int(second)))
      }
    }
    guard let grammar = grammar(bytes) else { return .failure(.notANumber) }
    // Fast path: up to 15 plain digits are exact in a double.
    if !grammar.hasFraction, !grammar.hasExponent, bytes.count <= 15 {
      var value = 0
      var index = grammar.isNegative ? 1 : 0
      while index < bytes.count {
        value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
        index += 1
      }
      return .success(Double(grammar.isNegative ? -value : value))
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let value = Double(text) else { return .failure(.notANumber) }
    if !value.isFinite { return .failure(.overflow) }
    if grammar.hasNonZeroDigit && (value == 0 || value.magnitude < Double.leastNormalMagnitude) {
      return .failure(.underflow)
    }
    return .success(value)
  }

  /// Reads a number from a string.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its value, or why it is not a number.
  public static func read(_ text: String) -> Result<Double, Problem> {
    var text = text
    return text.withUTF8 { read($0) }
  }

  /// The value as a whole number, when it is one that an `Int` holds (`9`, `9.0`, `1e1`).
  ///
  /// - Parameter value: A value read by ``read(_:)-(UnsafeBufferPointer<UInt8>)``.
  /// - Returns: The whole number, or `nil`.
  public static func wholeNumber(_ value: Double) -> Int? {
    guard value.magnitude < 1e15 else { return nil }
    let whole = Int(value)
    return Double(whole) == value ? whole : nil
  }

  /// Hours in words, without a trailing ".0" ("12", "12.5").
  ///
  /// - Parameter hours: Hours.
  /// - Returns: The text.
  public static func hours(_ hours: Double) -> String {
    if let whole = wholeNumber(hours) { return String(whole) }
    return String(hours)
  }

  /// Whether text is a number as JSON writes one (so it can be written into JSON as it is).
  ///
  /// - Parameter text: The text.
  /// - Returns: Whether it follows JSON's number grammar.
  static func isJSONNumber(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { grammar($0) != nil }
  }

  private struct Grammar {
    var isNegative = false
    var hasFraction = false
    var hasExponent = false
    var hasNonZeroDigit = false
  }

  /// Checks the grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private static func grammar(_ bytes: UnsafeBufferPointer<UInt8>) -> Grammar? {
    var result = Grammar()
    var index = 0
    func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] &- UInt8(ascii: "0") < 10 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
      result.isNegative = true
      index += 1
    }
    guard isDigit(index) else { return nil }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while isDigit(index) {
        result.hasNonZeroDigit = true
        index += 1
      }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      result.hasFraction = true
      index += 1
      guard isDigit(index) else { return nil }
      while isDigit(index) {
        if bytes[index] != UInt8(ascii: "0") { result.hasNonZeroDigit = true }
        index += 1
      }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      result.hasExponent = true
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard isDigit(index) else { return nil }
      while isDigit(index) { index += 1 }
    }
    return index == bytes.count ? result : nil
  }
}

/// The range of hours a week of learning support a case may give.
public enum SupportHoursRange {
  /// From 0 to the 168 hours of a week.
  public static let hours: ClosedRange<Double> = 0...168
}
