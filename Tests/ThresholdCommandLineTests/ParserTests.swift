import Testing

@testable import ThresholdCommandLine

struct ParseCase: CustomTestStringConvertible, Sendable {
  let arguments: [String]
  let expected: Result<Expected, UsageError>

  enum Expected: Equatable, Sendable {
    case command([String], values: [String: [String]] = [:], arguments: [String] = [])
    case help([String])
  }

  var testDescription: String {
    arguments.isEmpty ? "(no arguments)" : arguments.joined(separator: " ")
  }

  init(_ arguments: [String], _ expected: Expected) {
    self.arguments = arguments
    self.expected = .success(expected)
  }

  init(_ arguments: [String], fails error: UsageError) {
    self.arguments = arguments
    self.expected = .failure(error)
  }
}

let age = Grammar.age
let format = Grammar.format.spec
let authorityOption = Grammar.authority

@Suite("Argument parser")
struct ParserTests {
  static let cases: [ParseCase] = [
    ParseCase([], .command(["thresholds"])),
    ParseCase(["--version"], .command(["thresholds"], values: ["--version": [""]])),
    ParseCase(["authorities"], .command(["thresholds", "authorities"])),
    ParseCase(
      ["levels", "--authority", "camden"],
      .command(["thresholds", "levels"], values: ["--authority": ["camden"]])),
    ParseCase(
      ["levels", "--authority=camden", "--format=json"],
      .command(
        ["thresholds", "levels"], values: ["--authority": ["camden"], "--format": ["json"]])),
    ParseCase(
      ["assess", "--authority", "camden", "--indicator", "a,b", "--indicator", "c"],
      .command(
        ["thresholds", "assess"], values: ["--authority": ["camden"], "--indicator": ["a,b", "c"]])),
    ParseCase(
      ["assess", "--age", "-1"], .command(["thresholds", "assess"], values: ["--age": ["-1"]])),
    ParseCase(
      ["search", "domestic", "violence", "--authority", "camden"],
      .command(
        ["thresholds", "search"], values: ["--authority": ["camden"]],
        arguments: ["domestic", "violence"])),
    ParseCase(
      ["search", "--", "--authority"],
      .command(["thresholds", "search"], arguments: ["--authority"])),
    ParseCase(
      ["rules", "export", "--authority", "llr"],
      .command(["thresholds", "rules", "export"], values: ["--authority": ["llr"]])),
    ParseCase(["--help"], .help(["thresholds"])),
    ParseCase(["assess", "-h", "--bogus"], .help(["thresholds", "assess"])),
    ParseCase(["help", "rules", "export"], .help(["thresholds", "rules", "export"])),
    ParseCase(["rules", "export", "--help"], .help(["thresholds", "rules", "export"])),
    ParseCase(
      ["assess", "--authorty", "camden"],
      fails: .unknownOption("--authorty", suggestion: "--authority")),
    ParseCase(["assess", "--zzzzzzzz"], fails: .unknownOption("--zzzzzzzz", suggestion: nil)),
    ParseCase(["asess"], fails: .unknownSubcommand("asess", suggestion: "assess")),
    ParseCase(["help", "asess"], fails: .unknownSubcommand("asess", suggestion: "assess")),
    ParseCase(["assess", "--age"], fails: .missingValue(age)),
    ParseCase(["assess", "--age", "--unborn"], fails: .missingValue(age)),
    ParseCase(["levels"], fails: .missingOption(authorityOption)),
    ParseCase(
      ["levels", "--authority", "camden", "--format", "xml"],
      fails: .invalidValue("xml", option: format, reason: nil)),
    ParseCase(["search"], fails: .missingArgument(Grammar.search.arguments[0])),
    ParseCase(["show", "a", "b"], fails: .unexpectedArgument("b")),
    ParseCase(
      ["assess", "--unborn=yes"],
      fails: .valueForFlag("yes", option: Grammar.unborn)),
    ParseCase(["assess", "--age", "9", "--age", "10"], fails: .repeatedOption(age)),
    ParseCase(["authorities", "extra"], fails: .unexpectedArgument("extra")),
  ]

  @Test("Parses", arguments: cases)
  func parses(_ item: ParseCase) {
    let result: Result<Invocation, UsageFailure>
    do throws(UsageFailure) {
      result = .success(try ArgumentParser.parse(item.arguments))
    } catch {
      result = .failure(error)
    }
    switch (result, item.expected) {
    case (.success(let invocation), .success(.command(let path, let values, let arguments))):
      #expect(invocation.path.map(\.name) == path)
      #expect(invocation.values == values)
      #expect(invocation.arguments == arguments)
      #expect(!invocation.wantsHelp)
    case (.success(let invocation), .success(.help(let path))):
      #expect(invocation.wantsHelp)
      #expect(invocation.path.map(\.name) == path)
    case (.failure(let failure), .failure(let error)):
      #expect(failure.error == error)
    case (.success(let invocation), .failure(let error)):
      Issue.record("expected \(error), parsed \(invocation.path.map(\.name))")
    case (.failure(let failure), .success(let expected)):
      Issue.record("expected \(expected), failed with \(failure.error)")
    }
  }

  struct MessageCase: CustomTestStringConvertible, Sendable {
    let error: UsageError
    let message: String
    var testDescription: String { message }
  }

  @Test(
    "Messages read as swift-argument-parser's",
    arguments: [
      MessageCase(
        error: .unknownOption("--authorty", suggestion: "--authority"),
        message: "Unknown option '--authorty'. Did you mean '--authority'?"),
      MessageCase(error: .missingValue(age), message: "Missing value for '--age <age>'"),
      MessageCase(error: .unexpectedArgument("x"), message: "Unexpected argument 'x'"),
      MessageCase(
        error: .invalidValue("xml", option: format, reason: nil),
        message:
          "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' or 'json'."
      ),
      MessageCase(
        error: .invalidValue("xml", option: Grammar.indicatorFormat.spec, reason: nil),
        message:
          "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'csv' or 'ids'."
      ),
      MessageCase(
        error: .missingOption(authorityOption),
        message: "Missing expected argument '--authority <authority>'"),
    ])
  func messages(_ item: MessageCase) {
    #expect(item.error.message == item.message)
  }

  @Test("A usage error prints the error, the usage line and where to find help")
  func usageErrorLayout() throws {
    let failure = UsageFailure(
      error: .unknownOption("--authorty", suggestion: "--authority"),
      path: [Grammar.root, Grammar.levels])
    #expect(
      HelpGenerator(width: 80).message(for: failure) == """
        Error: Unknown option '--authorty'. Did you mean '--authority'?
        Usage: thresholds levels --authority <authority> [--format <format>] [--rules <file> ...]
          See 'thresholds levels --help' for more information.

        """)
  }
}
