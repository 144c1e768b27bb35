import ThresholdCore

/// Why a command stopped early.
enum CommandFailure: Error {
  /// A usage error in the command line (exit 64).
  case usage(UsageError)
  /// Reading or writing failed (exit 1, or quietly for a closed pipe).
  case io(IOFailure)
  /// Bad input data, such as a rule-set file with problems (exit 65); the message is printed.
  case data(String)
  /// Anything else that failed at run time (exit 1); the message is printed.
  case failure(String)
}

/// The `thresholds` program: parses arguments, runs one command, and maps every outcome to
/// standard output, standard error and an exit code in one place.
public struct ThresholdsTool {
  /// The program's version.
  public static let version = "0.2.0"

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
  ///   - files: Opens files named on the command line.
  /// - Returns: The exit code.
  public func run(
    arguments: [String], input: inout some ByteSource, output: inout some ByteSink,
    errors: inout some ByteSink, files: some FileSystem = LocalFileSystem()
  ) -> ExitCode {
    let invocation: Invocation
    do throws(UsageFailure) {
      invocation = try ArgumentParser.parse(arguments)
    } catch {
      write(help.message(for: error), to: &errors)
      return .usage
    }
    var context = CommandContext(tool: self, invocation: invocation, files: files)
    do throws(CommandFailure) {
      return try context.run(input: &input, output: &output, errors: &errors)
    } catch {
      switch error {
      case .usage(let usage):
        write(help.message(for: UsageFailure(error: usage, path: invocation.path)), to: &errors)
        return .usage
      case .io(let failure):
        if failure.isClosedPipe { return context.exitCode }
        write("Error: \(failure.message)\n", to: &errors)
        return .failure
      case .data(let message):
        write(message.hasSuffix("\n") ? message : message + "\n", to: &errors)
        return .dataError
      case .failure(let message):
        write("Error: \(message)\n", to: &errors)
        return .failure
      }
    }
  }

  /// Writes text, with control characters neutralised (messages can quote what was typed).
  func write(_ text: String, to sink: inout some ByteSink) {
    var text = Self.safe(text)
    text.withUTF8 { bytes in try? sink.write(bytes) }
  }

  /// Text with every control character but line breaks neutralised.
  static func safe(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextLayout.neutralised(String($0)) }.joined(separator: "\n")
  }
}

/// Words the command line adds to an error's message: where to look for what is valid. The
/// engine's messages never name commands of the tool.
enum CommandLineHints {
  /// The hint for an error, if there is one.
  static func hint(for error: AssessmentError) -> String? {
    switch error {
    case .unknownAuthority: "Run 'thresholds authorities' to list them."
    case .unknownIndicator:
      "Find indicators with 'thresholds search WORDS --authority AREA'."
    case .indicatorFromOtherRuleSet(_, _, let area):
      "List them with 'thresholds indicators --authority \(area)'."
    case .ageDoesNotFit, .notBeforeBirth:
      "Find indicators for this child with 'thresholds search WORDS --authority AREA --age N' "
        + "(or --unborn)."
    case .practiceStatement: "Find the need with 'thresholds search WORDS --authority AREA'."
    default: nil
    }
  }

  /// The message of an error with its hint.
  static func message(for error: AssessmentError) -> String {
    error.message + (hint(for: error).map { " " + $0 } ?? "")
  }
}

/// One run of one command.
struct CommandContext {
  let tool: ThresholdsTool
  let invocation: Invocation
  let files: any FileSystem
  /// The exit code so far (a stream that rejected cases ends with 65).
  var exitCode = ExitCode.success
  /// The rule sets: the built-in documents and any given with `--rules`, read on first use.
  private var loadedRegistry: RuleSetRegistry?

  init(tool: ThresholdsTool, invocation: Invocation, files: any FileSystem) {
    self.tool = tool
    self.invocation = invocation
    self.files = files
  }

  var layout: TextLayout { tool.layout }

  mutating func run(
    input: inout some ByteSource, output: inout some ByteSink, errors: inout some ByteSink
  ) throws(CommandFailure) -> ExitCode {
    let command = invocation.command
    if invocation.wantsHelp || (!command.subcommands.isEmpty && !invocation.flag(Grammar.version)) {
      try emit(tool.help.help(for: invocation.path), to: &output)
      return .success
    }
    if invocation.flag(Grammar.version) {
      try emit("\(ThresholdsTool.version)\n", to: &output)
      return .success
    }
    let text: String
    switch command {
    case Grammar.authorities: text = try authorities()
    case Grammar.levels: text = try levels()
    case Grammar.domains: text = try domains()
    case Grammar.indicators: text = try indicators()
    case Grammar.search: text = try search()
    case Grammar.show: text = try show()
    case Grammar.compare: text = try compare()
    case Grammar.rulesExport: text = try exportRules()
    case Grammar.rulesCheck: return try checkRules(output: &output)
    case Grammar.rulesTest: return try testRules(output: &output)
    case Grammar.rulesDiff: text = try diffRules()
    case Grammar.completions: text = try completions()
    case Grammar.assess:
      return try assess(input: &input, output: &output, errors: &errors)
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

  // MARK: Rule sets

  /// The registry: the built-in documents, with any `--rules` files added.
  mutating func registry() throws(CommandFailure) -> RuleSetRegistry {
    if let loadedRegistry { return loadedRegistry }
    let paths = invocation.values(Grammar.rules)
    guard !paths.isEmpty else {
      loadedRegistry = .builtIn
      return .builtIn
    }
    var loaded: [RuleSet] = []
    for path in paths { loaded.append(try readRuleSet(path)) }
    do throws(RegistryError) {
      let registry = try RuleSetRegistry.builtIn.adding(loaded)
      loadedRegistry = registry
      return registry
    } catch {
      throw .data("Error: \(error.message)")
    }
  }

  /// Reads and checks one rule-set file.
  func readRuleSet(_ path: String) throws(CommandFailure) -> RuleSet {
    let bytes: [UInt8]
    do throws(IOFailure) {
      bytes = try files.contents(of: path, limit: JSONNode.maximumBytes)
    } catch {
      throw .failure(error.message)
    }
    switch RuleSetReader.read(bytes, file: path) {
    case .success(let ruleSet): return ruleSet
    case .failure(let failure):
      throw .data(
        "Error: the rule-set file '\(path)' has \(failure.problems.count) "
          + "problem\(failure.problems.count == 1 ? "" : "s"); check it with 'thresholds rules check':\n"
          + failure.problems.map { $0.description + "\n" }.joined())
    }
  }

  // MARK: Option values

  /// The area `--authority` names (ignoring ASCII case).
  mutating func area(_ name: String? = nil) throws(CommandFailure) -> (area: Area, ruleSet: RuleSet)
  {
    let option = invocation.command.option(named: "--authority") ?? Grammar.authority
    guard let value = name ?? invocation.value(option) else {
      throw .usage(.missingOption(option))
    }
    let registry = try registry()
    if let found = registry.area(id: value) { return found }
    throw .usage(.invalidValue(value, option: option, reason: authorityReason(value, registry)))
  }

  func authorityReason(_ value: String, _ registry: RuleSetRegistry) -> String {
    let error = registry.unknownAreaError(value)
    if case .ruleSetIsNotAnArea = error { return error.message }
    var reason = ""
    if case .unknownAuthority(_, let suggestion?) = error {
      reason = "did you mean '\(suggestion)'? "
    }
    return reason + "give one of " + registry.areaIDs.joined(separator: ", ") + "."
  }

  /// The age a filter gives (`--age` or `--unborn`), checked by the engine's own reader.
  func filterAge() throws(CommandFailure) -> ChildAge? {
    let option = invocation.command.option(named: "--age") ?? Grammar.ageFilter
    let unborn = invocation.flag("--unborn")
    guard let text = invocation.value(option) else { return unborn ? .unborn : nil }
    if unborn { throw .usage(.conflictingOptions("--age", "--unborn")) }
    switch NumberText.read(text) {
    case .success(let value):
      if let years = NumberText.wholeNumber(value), ChildAge.supportedYears.contains(years) {
        return .years(years)
      }
    case .failure: break
    }
    let range = ChildAge.supportedYears
    throw .usage(
      .invalidValue(
        text, option: option,
        reason: "give a whole number of years from \(range.lowerBound) to \(range.upperBound), "
          + "or use --unborn."))
  }

  func positiveInteger(_ option: OptionSpec) throws(CommandFailure) -> Int {
    let fallback = option.defaultValue.flatMap { Int($0) } ?? 1
    guard let text = invocation.value(option) else { return fallback }
    guard case .success(let value) = NumberText.read(text),
      let whole = NumberText.wholeNumber(value),
      whole > 0
    else {
      throw .usage(.invalidValue(text, option: option, reason: "give a whole number, 1 or more."))
    }
    return whole
  }
}
