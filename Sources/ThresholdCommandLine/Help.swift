import ThresholdCore

/// Writes help and usage text from the ``Grammar``, laid out as swift-argument-parser does:
/// sections OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS; rows indented 2 with labels
/// padded to column 26; wrapped to the terminal's width.
public struct HelpGenerator: Sendable {
  static let indent = 2
  static let labelColumnWidth = 26

  /// The width to wrap at.
  public let width: Int

  /// Creates a help generator.
  ///
  /// - Parameter width: The width to wrap at.
  public init(width: Int) {
    self.width = width
  }

  /// The full help for a command.
  ///
  /// - Parameter path: The command path, from the root.
  /// - Returns: The help text, ending in a newline.
  public func help(for path: [CommandSpec]) -> String {
    guard let command = path.last else { return "" }
    var sections: [String] = []
    var overview = wrap("OVERVIEW: " + command.abstract, indent: 0)
    if let discussion = command.discussion {
      for paragraph in discussion.split(separator: "\n\n", omittingEmptySubsequences: true) {
        overview += "\n" + wrap(String(paragraph), indent: 0)
      }
    }
    sections.append(overview)
    sections.append(wrap("USAGE: " + usage(for: path), indent: Self.indent))
    if !command.arguments.isEmpty {
      sections.append(
        "ARGUMENTS:\n" + command.arguments.map { row($0.listing, $0.help) }.joined())
    }
    sections.append("OPTIONS:\n" + command.options.map { row($0.label, optionHelp($0)) }.joined())
    if !command.subcommands.isEmpty {
      var text = "SUBCOMMANDS:\n" + command.subcommands.map { row($0.name, $0.abstract) }.joined()
      let prefix = path.map(\.name).dropFirst().map { $0 + " " }.joined()
      text += "\n  See '\(Grammar.root.name) help \(prefix)<subcommand>' for detailed help.\n"
      sections.append(text)
    }
    return sections.joined(separator: "\n")
  }

  /// The usage line for a command, without the "USAGE: " prefix.
  ///
  /// - Parameter path: The command path, from the root.
  /// - Returns: The usage line, such as `thresholds levels --authority <authority> [--format <format>]`.
  public func usage(for path: [CommandSpec]) -> String {
    guard let command = path.last else { return "" }
    var parts = [path.map(\.name).joined(separator: " ")]
    if !command.subcommands.isEmpty {
      parts.append("<subcommand>")
      return parts.joined(separator: " ")
    }
    for option in command.options where option != Grammar.help {
      var text = option.synopsis
      if option.isRepeatable { text += " ..." }
      parts.append(command.requiredOptions.contains(option.name) ? text : "[\(text)]")
    }
    parts += command.arguments.map(\.synopsis)
    return parts.joined(separator: " ")
  }

  /// The message printed for a usage error, ending in a newline.
  ///
  /// - Parameter failure: The failure.
  /// - Returns: `Error: …`, the usage line and a pointer to the help.
  public func message(for failure: UsageFailure) -> String {
    let path = failure.path.map(\.name).joined(separator: " ")
    // As swift-argument-parser does, error and usage lines are not wrapped: the terminal wraps
    // them, and scripts can match them whole.
    return "Error: \(failure.error.message)\n" + "Usage: \(usage(for: failure.path))\n"
      + "  See '\(path) --help' for more information.\n"
  }

  private func optionHelp(_ option: OptionSpec) -> String {
    let values = option.allowedValues.joined(separator: ", ")
    switch (option.allowedValues.isEmpty, option.defaultValue) {
    case (false, let defaultValue?):
      return "\(option.help) (values: \(values); default: \(defaultValue))"
    case (false, nil): return "\(option.help) (values: \(values))"
    case (true, let defaultValue?): return "\(option.help) (default: \(defaultValue))"
    case (true, nil): return option.help
    }
  }

  private func row(_ label: String, _ text: String) -> String {
    let padded = String(repeating: " ", count: Self.indent) + label
    let wrapped = wrap(text, indent: Self.labelColumnWidth, firstIndent: Self.labelColumnWidth)
    if padded.count < Self.labelColumnWidth {
      return padded + wrapped.dropFirst(padded.count)
    }
    return padded + "\n" + wrapped
  }

  /// Wraps text at the width; continuation lines are indented by `indent`.
  private func wrap(_ text: String, indent: Int, firstIndent: Int = 0) -> String {
    TextLayout(width: width, usesColour: false).wrap(
      text, indent: indent, firstIndent: String(repeating: " ", count: firstIndent))
  }
}
