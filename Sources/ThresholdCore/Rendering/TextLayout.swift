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
  /// - Parameters:
  ///   - text: The text (single spaces between words are kept; newlines are treated as spaces).
  ///   - indent: Spaces before every line after the first.
  ///   - firstIndent: What starts the first line (such as "  - "); defaults to `indent` spaces.
  /// - Returns: The wrapped lines.
  public func wrap(_ text: String, indent: Int, firstIndent: String? = nil) -> String {
    let first = firstIndent ?? String(repeating: " ", count: indent)
    let rest = String(repeating: " ", count: indent)
    var output = ""
    var line = first
    var lineLength = first.count
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let length = word.count
      if lineHasWord && lineLength + 1 + length > width {
        output += line + "\n"
        line = rest
        lineLength = rest.count
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineLength += 1
      }
      line += word
      lineLength += length
      lineHasWord = true
    }
    return output + line + "\n"
  }
}
