import Foundation
import Testing

@testable import ThresholdCommandLine

struct HelpPath: CustomTestStringConvertible, Sendable {
  let path: [CommandSpec]
  var name: String { path.map(\.name).joined(separator: "-") }
  var testDescription: String { path.map(\.name).joined(separator: " ") }

  static let all: [HelpPath] = {
    var paths: [[CommandSpec]] = []
    func visit(_ path: [CommandSpec]) {
      paths.append(path)
      for subcommand in path.last?.subcommands ?? [] { visit(path + [subcommand]) }
    }
    visit([Grammar.root])
    return paths.map(HelpPath.init)
  }()
}

/// Help text is golden: each command's help at 80 columns is kept in `Golden/`, re-recorded with
/// `THRESHOLDS_RECORD=1 swift test`.
@Suite("Help text")
struct HelpTests {
  @Test("Help matches its golden file", arguments: HelpPath.all)
  func golden(_ item: HelpPath) throws {
    let text = HelpGenerator(width: 80).help(for: item.path)
    let file = goldenDirectory.appendingPathComponent("\(item.name).txt")
    if isRecording { try Data(text.utf8).write(to: file) }
    #expect(text == (try String(contentsOf: file, encoding: .utf8)))
  }

  @Test("Help follows swift-argument-parser's layout", arguments: HelpPath.all)
  func layout(_ item: HelpPath) {
    let text = HelpGenerator(width: 80).help(for: item.path)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 80 }, "a line is wider than 80 columns")
    let headings = lines.filter { $0.first?.isUppercase == true && $0.contains(":") }
      .compactMap { $0.split(separator: ":").first.map(String.init) }
      .filter { ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS"].contains($0) }
    #expect(headings == headings.sorted { order($0) < order($1) })
    #expect(headings.first == "OVERVIEW" && headings.contains("USAGE"))
    #expect(text.contains("  -h, --help              Show help information.\n"))
    for option in item.path.last?.options ?? [] where option.label.count + 2 < 26 {
      #expect(text.contains("  " + option.label.padding(toLength: 24, withPad: " ", startingAt: 0)))
    }
    if item.path.last?.subcommands.isEmpty == false {
      #expect(text.hasSuffix("for detailed help.\n"))
    }
  }

  private func order(_ heading: String) -> Int {
    ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS"].firstIndex(of: heading) ?? 9
  }

  @Test("The binary prints the same help, for --help, -h anywhere and 'help <subcommand>'")
  func binaryHelp() throws {
    for (arguments, name) in [
      (["--help"], "thresholds"), (["-h"], "thresholds"),
      (["help", "assess"], "thresholds-assess"),
      (["assess", "--authority", "camden", "-h"], "thresholds-assess"),
      (["rules", "export", "--help"], "thresholds-rules-export"), ([], "thresholds"),
    ] {
      let result = try Binary.run(arguments)
      let golden = try String(
        contentsOf: goldenDirectory.appendingPathComponent("\(name).txt"), encoding: .utf8)
      #expect(result.status == 0)
      #expect(result.stdout == golden, "\(arguments)")
      #expect(result.stderr.isEmpty)
    }
  }

  @Test("Help wraps at $COLUMNS")
  func wrapsAtColumns() throws {
    let result = try Binary.run(["help", "assess"], environment: ["COLUMNS": "60"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(result.stdout != (try Binary.run(["help", "assess"]).stdout))
  }
}
