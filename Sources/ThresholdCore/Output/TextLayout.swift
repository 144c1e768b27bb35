/// Lays out text for a terminal: word-wrapped to a width, with optional bold and colour.
public struct TextLayout: Sendable {
  /// The width to wrap at, in characters.
  public let width: Int
  /// Whether to use ANSI bold and colour.
  public let usesColour: Bool

  /// Creates a layout.
  ///
  /// - Parameters:
  ///   - width: The width to wrap at (at least 40 is used).
  ///   - usesColour: Whether to use ANSI bold and colour.
  public init(width: Int = 80, usesColour: Bool = false) {
    self.width = max(width, 40)
    self.usesColour = usesColour
  }

  /// Text in bold, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, emphasised if colour is on.
  public func bold(_ text: String) -> String {
    usesColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  /// Text in bold red, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, highlighted if colour is on.
  public func alert(_ text: String) -> String {
    usesColour ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text
  }

  /// Text dimmed, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, dimmed if colour is on.
  public func dim(_ text: String) -> String {
    usesColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text
  }

  /// Wraps text to the width, each line ending in a newline.
  ///
  /// Works on UTF-8 bytes: words are runs between spaces and newlines, and a word's width is
  /// its number of Unicode scalars.
  ///
  /// - Parameters:
  ///   - text: The text (newlines are treated as spaces).
  ///   - indent: Spaces before every line after the first.
  ///   - firstIndent: What starts the first line (such as "  - "); defaults to `indent` spaces.
  /// - Returns: The wrapped lines.
  public func wrap(_ text: String, indent: Int, firstIndent: String? = nil) -> String {
    let first = Array((firstIndent ?? String(repeating: " ", count: indent)).utf8)
    let rest = [UInt8](repeating: UInt8(ascii: " "), count: indent)
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + text.utf8.count / 8 + first.count + 2)
    output.append(contentsOf: first)
    var lineWidth = Self.scalarCount(first[...])
    var lineHasWord = false
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
        let start = index
        while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
        guard index > start else { break }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
        let wordWidth = Self.scalarCount(word)
        if lineHasWord && lineWidth + 1 + wordWidth > width {
          output.append(0x0A)
          output.append(contentsOf: rest)
          lineWidth = rest.count
          lineHasWord = false
        }
        if lineHasWord {
          output.append(0x20)
          lineWidth += 1
        }
        output.append(contentsOf: word)
        lineWidth += wordWidth
        lineHasWord = true
      }
    }
    output.append(0x0A)
    return String(decoding: output, as: UTF8.self)
  }

  /// The number of Unicode scalars in UTF-8 bytes (bytes that do not continue a sequence).
  private static func scalarCount(_ bytes: some Collection<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
