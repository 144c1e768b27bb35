import ThresholdCore

/// Why a command stopped early.
enum CommandFailure: Error {
  /// A usage error in the command line.
  case usage(UsageError)
  /// Reading or writing failed.
  case io(IOFailure)
}

/// The `thresholds` program: parses arguments, runs one command, and maps every outcome to
/// standard output, standard error and an exit code in one place.
public struct ThresholdsTool {
  /// The program's version.
  public static let version = "0.1.0"

  let environment: Environment
  let help: HelpGenerator
  let layout: TextLayout

  /// Creates the program for an environment.
  ///
  /// - Parameter environment: Terminal width, colour and whether output is a terminal.
  public init(environment: Environment) {
    self.environment = environment
    self.help = HelpGenerator(width: environment.width)
    self.layout = TextLayout(width: environment.width, usesColour: environment.usesColour)
  }

  /// Runs the program: the one place that turns outcomes into output and an exit code.
  ///
  /// - Parameters:
  ///   - arguments: The arguments, without the program name.
  ///   - input: Standard input.
  ///   - output: Standard output.
  ///   - errors: Standard error.
  ///   - openFile: Opens a file named by `--input`.
  /// - Returns: The exit code.
  public func run(
    arguments: [String], input: inout some ByteSource, output: inout some ByteSink,
    errors: inout some ByteSink,
    openFile: (String) throws(IOFailure) -> FileDescriptorSource = FileDescriptorSource.init(path:)
  ) -> ExitCode {
    let invocation: Invocation
    do throws(UsageFailure) {
      invocation = try ArgumentParser.parse(arguments)
    } catch {
      write(help.message(for: error), to: &errors)
      return .usage
    }
    var context = CommandContext(tool: self, invocation: invocation)
    do throws(CommandFailure) {
      let code = try context.run(
        input: &input, output: &output, errors: &errors, openFile: openFile)
      return code
    } catch {
      switch error {
      case .usage(let usage):
        write(help.message(for: UsageFailure(error: usage, path: invocation.path)), to: &errors)
        return .usage
      case .io(let failure):
        if failure.isClosedPipe { return context.exitCode }
        write("Error: \(failure.message)\n", to: &errors)
        return .failure
      }
    }
  }

  func write(_ text: String, to sink: inout some ByteSink) {
    var text = text
    text.withUTF8 { bytes in try? sink.write(bytes) }
  }
}

/// One run of one command.
struct CommandContext {
  let tool: ThresholdsTool
  let invocation: Invocation
  /// The exit code so far (a stream that rejected cases ends with 65).
  var exitCode = ExitCode.success

  init(tool: ThresholdsTool, invocation: Invocation) {
    self.tool = tool
    self.invocation = invocation
  }

  var isJSON: Bool { invocation.value("--format") == "json" }
  var layout: TextLayout { tool.layout }

  mutating func run(
    input: inout some ByteSource, output: inout some ByteSink, errors: inout some ByteSink,
    openFile: (String) throws(IOFailure) -> FileDescriptorSource
  ) throws(CommandFailure) -> ExitCode {
    let command = invocation.command
    if invocation.wantsHelp || (!command.subcommands.isEmpty && !invocation.flag("--version")) {
      try emit(tool.help.help(for: invocation.path), to: &output)
      return .success
    }
    if invocation.flag("--version") {
      try emit("\(ThresholdsTool.version)\n", to: &output)
      return .success
    }
    let text: String
    switch command {
    case Grammar.authorities: text = authorities()
    case Grammar.levels: text = try levels()
    case Grammar.domains: text = try domains()
    case Grammar.indicators: text = try indicators()
    case Grammar.search: text = try search()
    case Grammar.show: text = try show()
    case Grammar.rulesExport: text = try exportRules()
    case Grammar.assess:
      if let path = invocation.value("--input") {
        return try assessStream(
          path: path, input: &input, output: &output, errors: &errors, openFile: openFile)
      }
      text = try assessOne()
    default:
      text = tool.help.help(for: invocation.path)
    }
    try emit(text, to: &output)
    return exitCode
  }

  func emit(_ text: String, to sink: inout some ByteSink) throws(CommandFailure) {
    var text = text
    // withUTF8 rethrows untyped errors, so carry the typed one out in a Result.
    let result = text.withUTF8 { bytes -> Result<Void, IOFailure> in
      do throws(IOFailure) {
        try sink.write(bytes)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    if case .failure(let error) = result { throw .io(error) }
  }

  // MARK: Option values

  func area(_ name: String? = nil) throws(CommandFailure) -> (area: Area, ruleSet: RuleSet) {
    let option = invocation.command.option(named: "--authority") ?? Grammar.authority
    guard let value = name ?? invocation.value("--authority") else {
      throw .usage(.missingOption(option))
    }
    if let found = RuleSets.area(id: value.lowercased()) { return found }
    throw .usage(.invalidValue(value, option: option, reason: authorityReason(value)))
  }

  func authorityReason(_ value: String) -> String {
    let error = RuleSets.unknownAreaError(value)
    if case .ruleSetIsNotAnArea = error { return error.message }
    let ids = RuleSets.areas.map(\.area.id)
    let suggestion = TextSearch.suggestion(for: value.lowercased(), among: ids)
    return (suggestion.map { "did you mean '\($0)'? " } ?? "") + "give one of "
      + ids.joined(separator: ", ") + "."
  }

  func age() throws(CommandFailure) -> ChildAge? {
    let unborn = invocation.flag("--unborn")
    guard let text = invocation.value("--age") else { return unborn ? .unborn : nil }
    let option = invocation.command.option(named: "--age") ?? Grammar.age
    if unborn { throw .usage(.conflictingOptions("--age", "--unborn")) }
    let range = ChildAge.supportedYears
    guard let years = Int(text), range.contains(years) else {
      throw .usage(
        .invalidValue(
          text, option: option,
          reason: "give a whole number of years from \(range.lowerBound) to \(range.upperBound), "
            + "or use --unborn."))
    }
    return .years(years)
  }

  func positiveInteger(_ name: String, default fallback: Int) throws(CommandFailure) -> Int {
    guard let text = invocation.value(name) else { return fallback }
    guard let value = Int(text), value > 0 else {
      let option = invocation.command.option(named: name) ?? Grammar.help
      throw .usage(.invalidValue(text, option: option, reason: "give a whole number, 1 or more."))
    }
    return value
  }
}
