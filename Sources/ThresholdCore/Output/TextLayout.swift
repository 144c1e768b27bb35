/// Lays out text for a terminal: word-wrapped to a width, with optional bold and colour, and
/// every control character neutralised.
///
/// Everything a text writer prints goes through ``wrap(_:indent:firstIndent:)`` or
/// ``line(_:)``, which show C0 controls, DEL and C1 controls in text as `\u001B` (so a case id
/// holding an escape sequence cannot redraw the screen). Emphasis is marked with
/// ``bold(_:)``, ``dim(_:)`` and ``alert(_:)``, and only turned into terminal codes after the
/// text is neutralised, when colour is on.
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

  // Emphasis markers: private-use characters that stand for a style until the text is laid out.
  private static let boldMark: Unicode.Scalar = "\u{E000}"
  private static let dimMark: Unicode.Scalar = "\u{E001}"
  private static let alertMark: Unicode.Scalar = "\u{E002}"
  private static let endMark: Unicode.Scalar = "\u{E003}"

  /// Text in bold, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, marked for emphasis.
  public func bold(_ text: String) -> String {
    "\(Self.boldMark)\(text)\(Self.endMark)"
  }

  /// Text in bold red, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, marked as an alert.
  public func alert(_ text: String) -> String {
    "\(Self.alertMark)\(text)\(Self.endMark)"
  }

  /// Text dimmed, when colour is on.
  ///
  /// - Parameter text: The text.
  /// - Returns: The text, marked to be dimmed.
  public func dim(_ text: String) -> String {
    "\(Self.dimMark)\(text)\(Self.endMark)"
  }

  /// Text with every control character shown as `\uXXXX`: C0 (U+0000 to U+001F, newline and
  /// tab included), DEL and C1 (U+0080 to U+009F).
  ///
  /// - Parameter text: Any text, such as a value from a case.
  /// - Returns: Text safe to print on a terminal.
  public static func neutralised(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// One line, not wrapped, neutralised, ending in a newline.
  ///
  /// - Parameter text: The text.
  /// - Returns: The line.
  public func line(_ text: String) -> String {
    styled(Self.neutralised(text)) + "\n"
  }

  /// Wraps text to the width, each line ending in a newline; control characters in the text
  /// are neutralised first.
  ///
  /// Words are runs between spaces, and a word's width is its number of Unicode scalars.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - indent: Spaces before every line after the first.
  ///   - firstIndent: What starts the first line (such as "  - "); defaults to `indent` spaces.
  /// - Returns: The wrapped lines.
  public func wrap(_ text: String, indent: Int, firstIndent: String? = nil) -> String {
    var first = firstIndent ?? String(repeating: " ", count: indent)
    var neutral = Self.neutralised(text)
    // Laid out as bytes: words are split at space bytes, and a word's width is counted from
    // its UTF-8 (Characters and String appends are far slower, and this is every text record).
    var out: [UInt8] = []
    out.reserveCapacity(neutral.utf8.count + first.utf8.count + 16)
    var lineWidth = first.withUTF8 { bytes in
      out.append(contentsOf: bytes)
      return Self.visibleWidth(bytes)
    }
    var lineHasWord = false
    neutral.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: " ") {
          index += 1
          continue
        }
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
        let wordWidth = Self.visibleWidth(word)
        if lineHasWord && lineWidth + 1 + wordWidth > width {
          out.append(UInt8(ascii: "\n"))
          out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
          lineWidth = indent
          lineHasWord = false
        }
        if lineHasWord {
          out.append(UInt8(ascii: " "))
          lineWidth += 1
        }
        out.append(contentsOf: word)
        lineWidth += wordWidth
        lineHasWord = true
        index = end
      }
    }
    out.append(UInt8(ascii: "\n"))
    // Styling maps each marker on its own, so styling the lines together is styling each.
    return styled(String(decoding: out, as: UTF8.self))
  }

  /// Wraps rule text that may hold line breaks between its items (a level's printed list): each
  /// line of it is wrapped on its own; every other control character is neutralised.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - indent: Spaces before every line after the first.
  ///   - firstIndent: What starts the first line.
  /// - Returns: The wrapped lines.
  public func wrapParagraphs(_ text: String, indent: Int, firstIndent: String? = nil) -> String {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard paragraphs.count > 1 else { return wrap(text, indent: indent, firstIndent: firstIndent) }
    var result = ""
    for (index, paragraph) in paragraphs.enumerated() {
      result += wrap(String(paragraph), indent: indent, firstIndent: index == 0 ? firstIndent : nil)
    }
    return result
  }

  /// Text cut to fit one line of the width after `used` characters, ending in "…" when cut.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - used: Characters already on the line.
  /// - Returns: The text, whole or cut at a word.
  public func fitted(_ text: String, after used: Int) -> String {
    let room = width - used
    guard Self.visibleWidth(text) > room, room > 1 else { return text }
    // Leading spaces (an indent) are kept.
    let indent = text.prefix { $0 == " " }
    var result = String(indent)
    var resultWidth = indent.count
    var hasWord = false
    for word in text.dropFirst(indent.count).split(separator: " ") {
      let wordWidth = Self.visibleWidth(word)
      if resultWidth + (hasWord ? 1 : 0) + wordWidth > room - 1 { break }
      defer { hasWord = true }
      if hasWord {
        result += " "
        resultWidth += 1
      }
      result += word
      resultWidth += wordWidth
    }
    return result + "…"
  }

  /// Turns emphasis markers into terminal codes, or removes them when colour is off. Styles are
  /// closed and reopened around line breaks by wrapping each line separately.
  private func styled(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xE000...0xE003).contains($0.value) }) else {
      return text
    }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case Self.boldMark: if usesColour { result += "\u{1B}[1m" }
      case Self.dimMark: if usesColour { result += "\u{1B}[2m" }
      case Self.alertMark: if usesColour { result += "\u{1B}[1;31m" }
      case Self.endMark: if usesColour { result += "\u{1B}[0m" }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The number of Unicode scalars a terminal shows in valid UTF-8 (emphasis markers, U+E000
  /// to U+E003, take no room).
  static func visibleWidth(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    var width = 0
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      // A marker is EE 80 80 to EE 80 83.
      if byte == 0xEE, index + 2 < utf8.count, utf8[index + 1] == 0x80,
        utf8[index + 2] & 0xFC == 0x80
      {
        index += 3
        continue
      }
      if byte & 0xC0 != 0x80 { width += 1 }
      index += 1
    }
    return width
  }

  /// The number of Unicode scalars a terminal shows (emphasis markers take no room).
  static func visibleWidth(_ text: some StringProtocol) -> Int {
    var text = String(text)
    return text.withUTF8 { visibleWidth($0) }
  }
}
