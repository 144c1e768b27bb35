import ThresholdCore

/// A mistake in the command line. Each case carries the offending token, so tests compare
/// errors exactly; ``message`` words it as swift-argument-parser does.
public enum UsageError: Error, Equatable, Sendable {
  /// An option the command does not have.
  case unknownOption(String, suggestion: String?)
  /// A subcommand that does not exist.
  case unknownSubcommand(String, suggestion: String?)
  /// An argument the command does not take.
  case unexpectedArgument(String)
  /// An option given without its value.
  case missingValue(OptionSpec)
  /// A required option left out.
  case missingOption(OptionSpec)
  /// A required argument left out.
  case missingArgument(ArgumentSpec)
  /// A value the option does not accept; `reason` says what it does accept.
  case invalidValue(String, option: OptionSpec, reason: String?)
  /// A value given to a flag (`--unborn=yes`).
  case valueForFlag(String, option: OptionSpec)
  /// An option that may be given once, given twice.
  case repeatedOption(OptionSpec)
  /// Two options that cannot be used together.
  case conflictingOptions(String, String)
  /// A case built from the options that cannot be assessed (unknown indicator, age band).
  case invalidCase(String)
  /// Words given to `--indicator` that are not an identifier, with the best matches.
  case notAnIndicator(String, matches: [IndicatorChoice])

  /// The message, without the "Error: " prefix.
  public var message: String {
    switch self {
    case .unknownOption(let name, let suggestion):
      return "Unknown option '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    case .unknownSubcommand(let name, let suggestion):
      return "Unknown subcommand '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    case .unexpectedArgument(let argument):
      return "Unexpected argument '\(argument)'"
    case .missingValue(let option):
      return "Missing value for '\(option.synopsis)'"
    case .missingOption(let option):
      return "Missing expected argument '\(option.synopsis)'"
    case .missingArgument(let argument):
      return "Missing expected argument '\(argument.listing)'"
    case .invalidValue(let value, let option, let reason):
      let base = "The value '\(value)' is invalid for '\(option.synopsis)'"
      if let reason { return base + ": " + reason }
      let quoted = option.allowedValues.map { "'\($0)'" }
      let list =
        quoted.count > 1
        ? quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        : quoted.joined()
      return base + ". Please provide one of \(list)."
    case .valueForFlag(let value, let option):
      return "The flag '\(option.name)' does not take a value (got '\(value)')."
    case .repeatedOption(let option):
      return "The option '\(option.synopsis)' was given more than once; give it once."
    case .conflictingOptions(let first, let second):
      return "Give either '\(first)' or '\(second)', not both."
    case .invalidCase(let message):
      return message
    case .notAnIndicator(let text, let matches):
      let choices = matches.map { "  \($0.id)  \($0.text)" }.joined(separator: "\n")
      return "'\(text)' is not an indicator identifier."
        + (matches.isEmpty
          ? " No indicator matches those words; try 'thresholds search WORDS --authority AREA'."
          : " Did you mean one of these?\n" + choices)
    }
  }
}

/// An indicator offered as a choice: its identifier and text.
public struct IndicatorChoice: Equatable, Sendable {
  /// The identifier.
  public let id: String
  /// The text, cut to fit a line.
  public let text: String
}

/// A usage error and the command it happened in (for the usage line).
public struct UsageFailure: Error, Equatable, Sendable {
  /// The error.
  public let error: UsageError
  /// The command path, from the root.
  public let path: [CommandSpec]
}

/// A parsed command line: which command, its option values and arguments.
public struct Invocation: Equatable, Sendable {
  /// The command path, from the root to the command to run.
  public var path: [CommandSpec]
  /// Option values by long name, in the order given (flags have an empty string).
  public var values: [String: [String]] = [:]
  /// Positional arguments.
  public var arguments: [String] = []
  /// Whether help was asked for.
  public var wantsHelp = false

  /// The command to run.
  public var command: CommandSpec { path.last ?? Grammar.root }

  /// An option's last value.
  ///
  /// - Parameter name: The long name.
  /// - Returns: The value, if given.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Whether a flag was given.
  ///
  /// - Parameter name: The long name.
  /// - Returns: `true` if given.
  public func flag(_ name: String) -> Bool { values[name] != nil }

  /// An option's last value, read back by the option the grammar declares.
  ///
  /// - Parameter option: The option.
  /// - Returns: The value, if given.
  public func value(_ option: OptionSpec) -> String? { values[option.name]?.last }

  /// Every value of a repeatable option, in the order given.
  ///
  /// - Parameter option: The option.
  /// - Returns: The values.
  public func values(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }

  /// Whether a flag was given.
  ///
  /// - Parameter option: The flag.
  /// - Returns: `true` if given.
  public func flag(_ option: OptionSpec) -> Bool { values[option.name] != nil }

  /// A choice option's value as its type (the parser has already checked it is one of them),
  /// or its default.
  func choice<Value>(_ option: Choice<Value>) -> Value? {
    value(option.spec).flatMap(Value.init(rawValue:)) ?? option.defaultValue
  }
}

/// The parser: one loop over the arguments, driven by the ``Grammar``.
public enum ArgumentParser {
  /// Parses arguments (without the program name).
  ///
  /// - Parameter arguments: The arguments.
  /// - Returns: The invocation.
  /// - Throws: ``UsageFailure``.
  public static func parse(_ arguments: [String]) throws(UsageFailure) -> Invocation {
    var invocation = Invocation(path: [Grammar.root])
    if let helpPath = try helpRequest(arguments) {
      invocation.path = helpPath
      invocation.wantsHelp = true
      return invocation
    }
    var index = 0
    var endOfOptions = false
    func fail(_ error: UsageError) -> UsageFailure {
      UsageFailure(error: error, path: invocation.path)
    }
    while index < arguments.count {
      let token = arguments[index]
      index += 1
      let command = invocation.command
      if !endOfOptions && token == "--" {
        endOfOptions = true
        continue
      }
      if !endOfOptions && token.hasPrefix("-") && token.count > 1 && !isNegativeNumber(token) {
        var name = token
        var inlineValue: String?
        if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
          name = String(token[..<equals])
          inlineValue = String(token[token.index(after: equals)...])
        }
        guard let option = command.option(named: name) else {
          let names = command.options.flatMap(\.names)
          throw fail(
            .unknownOption(name, suggestion: TextSearch.suggestion(for: name, among: names)))
        }
        if option.name == Grammar.version.name {
          invocation.values[option.name, default: []].append("")
          continue
        }
        let value: String
        if option.valueName == nil {
          if let inlineValue { throw fail(.valueForFlag(inlineValue, option: option)) }
          value = ""
        } else if let inlineValue {
          value = inlineValue
        } else if index < arguments.count, !looksLikeOption(arguments[index], in: command) {
          value = arguments[index]
          index += 1
        } else {
          throw fail(.missingValue(option))
        }
        if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
          throw fail(.invalidValue(value, option: option, reason: nil))
        }
        if invocation.values[option.name] != nil && !option.isRepeatable {
          throw fail(.repeatedOption(option))
        }
        invocation.values[option.name, default: []].append(value)
        continue
      }
      if !command.subcommands.isEmpty && invocation.values.isEmpty {
        guard let subcommand = command.subcommand(named: token) else {
          throw fail(
            .unknownSubcommand(
              token,
              suggestion: TextSearch.suggestion(for: token, among: command.subcommands.map(\.name)))
          )
        }
        invocation.path.append(subcommand)
        continue
      }
      guard let argument = command.arguments.last,
        argument.isVariadic || invocation.arguments.count < command.arguments.count
      else {
        throw fail(.unexpectedArgument(token))
      }
      invocation.arguments.append(token)
    }
    try validate(invocation)
    return invocation
  }

  /// Finds `-h`/`--help` anywhere before `--`, or `help <subcommand>...`, and returns the path
  /// of the command to show help for.
  private static func helpRequest(_ arguments: [String]) throws(UsageFailure) -> [CommandSpec]? {
    var path = [Grammar.root]
    if arguments.first == Grammar.helpCommand.name {
      for name in arguments.dropFirst() {
        guard let next = path.last?.subcommand(named: name) else {
          let names = path.last?.subcommands.map(\.name) ?? []
          throw UsageFailure(
            error: .unknownSubcommand(
              name, suggestion: TextSearch.suggestion(for: name, among: names)),
            path: path)
        }
        path.append(next)
      }
      return path
    }
    var wantsHelp = false
    for token in arguments {
      if token == "--" { break }
      if Grammar.help.names.contains(token) {
        wantsHelp = true
      } else if let next = path.last?.subcommand(named: token) {
        path.append(next)
      }
    }
    return wantsHelp ? path : nil
  }

  private static func validate(_ invocation: Invocation) throws(UsageFailure) {
    let command = invocation.command
    if invocation.flag(Grammar.version.name) { return }
    if !command.subcommands.isEmpty { return }
    for name in command.requiredOptions where invocation.values[name] == nil {
      if let option = command.option(named: name) {
        throw UsageFailure(error: .missingOption(option), path: invocation.path)
      }
    }
    if let argument = command.arguments.first, invocation.arguments.isEmpty,
      !argument.isOptional, command.name != Grammar.helpCommand.name
    {
      throw UsageFailure(error: .missingArgument(argument), path: invocation.path)
    }
  }

  /// A value such as `-1` for `--age` is a value, not an option.
  private static func isNegativeNumber(_ token: String) -> Bool {
    token.dropFirst().allSatisfy { $0.isNumber || $0 == "." } && token.count > 1
  }

  private static func looksLikeOption(_ token: String, in command: CommandSpec) -> Bool {
    guard token.hasPrefix("-"), token.count > 1, !isNegativeNumber(token) else { return false }
    let name = token.split(separator: "=", maxSplits: 1).first.map(String.init) ?? token
    return command.option(named: name) != nil || token.hasPrefix("--")
  }
}
