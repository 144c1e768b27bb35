import Foundation
import Testing

@testable import ThresholdCore

/// The repository's README.md.
private let readme = rulesDirectory.deletingLastPathComponent().appendingPathComponent("README.md")

/// A fenced block of README.md: its language and lines.
private struct Fence {
  let language: String
  let lines: [String]
}

private func fences(in text: String) -> [Fence] {
  var result: [Fence] = []
  var current: (String, [String])?
  for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
    if line.hasPrefix("```") {
      if let (language, lines) = current {
        result.append(Fence(language: language, lines: lines))
        current = nil
      } else {
        current = (String(line.dropFirst(3)), [])
      }
    } else if current != nil {
      current?.1.append(line)
    }
  }
  return result
}

/// Runs a command line in bash at the repository's root, with the built binary first on PATH.
private func shell(_ command: String) throws -> Binary.Output {
  try runBash(command, in: rulesDirectory.deletingLastPathComponent())
}

/// README.md is kept true to the code: its commands run, its example output is what the tool
/// prints (`console` blocks: `$ command` then its standard output, rewritten by
/// `THRESHOLDS_RECORD=1 swift test`), and its table of rules is generated from the data.
@Suite("README.md tells the truth")
struct ReadmeTests {
  @Test("Every thresholds command in a sh block runs and succeeds")
  func shellBlocks() throws {
    let text = try String(contentsOf: readme, encoding: .utf8)
    var commands: [String] = []
    for fence in fences(in: text) where fence.language == "sh" {
      for line in fence.lines {
        let command = line.replacing("swift run thresholds", with: "thresholds")
        guard command.hasPrefix("thresholds "), !command.contains("| source") else { continue }
        commands.append(command.replacing(/\s+#.*$/, with: ""))
      }
    }
    #expect(commands.count >= 12, "the README's commands were found")
    for command in commands {
      let result = try shell(command)
      #expect(result.status == 0, "\(command)\n\(result.stderr)")
    }
  }

  @Test("Every console block shows what the command prints")
  func consoleBlocks() throws {
    var text = try String(contentsOf: readme, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    var inConsole = false
    var checked = 0
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("```") {
        inConsole = !inConsole && line == "```console"
        index += 1
        continue
      }
      guard inConsole, line.hasPrefix("$ ") else {
        index += 1
        continue
      }
      // The recorded output runs to the next command or the end of the block.
      var end = index + 1
      while end < lines.count, !lines[end].hasPrefix("$ "), !lines[end].hasPrefix("```") {
        end += 1
      }
      let recorded = lines[(index + 1)..<end].joined(separator: "\n")
      let command = String(line.dropFirst(2))
      let output = try shell(command).stdout
      let printed = output.hasSuffix("\n") ? String(output.dropLast()) : output
      if isRecording {
        let replacement =
          printed.isEmpty
          ? []
          : printed.split(
            separator: "\n", omittingEmptySubsequences: false
          ).map(String.init)
        lines.replaceSubrange((index + 1)..<end, with: replacement)
        end = index + 1 + replacement.count
      } else {
        #expect(printed == recorded, "README's output for '\(command)' is out of date")
      }
      checked += 1
      index = end
    }
    #expect(checked >= 4)
    if isRecording {
      text = lines.joined(separator: "\n")
      try text.write(to: readme, atomically: true, encoding: .utf8)
    }
  }

  @Test("The table of rules is generated from the data")
  func rulesTable() throws {
    var text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: "<!-- rules -->\n"))
    let end = try #require(text.range(of: "<!-- /rules -->"))
    let generated = Self.rulesTable(RuleSetRegistry.builtIn.ruleSets)
    if isRecording {
      text.replaceSubrange(start.upperBound..<end.lowerBound, with: generated)
      try text.write(to: readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(text[start.upperBound..<end.lowerBound]) == generated,
      "README's table of rules is out of date: run THRESHOLDS_RECORD=1 swift test")
  }

  /// A Markdown table: each rule of each rule set, its kind, its areas and its sentence.
  static func rulesTable(_ ruleSets: [RuleSet]) -> String {
    var table =
      "| Rule set | Rule | Kind | Areas | The document's sentence |\n|---|---|---|---|---|\n"
    for ruleSet in ruleSets {
      for rule in ruleSet.rules {
        let kind = type(of: rule.kind).name
        let areas = rule.areas.map { $0.joined(separator: ", ") } ?? "all"
        let sentence = shortened(rule.sentence.replacing("\n", with: " "), to: 220)
        table +=
          "| `\(ruleSet.id)` | \(cell(rule.name)) (`\(rule.id)`) | [`\(kind)`](Rules/README.md#\(kind)) "
          + "| \(areas) | “\(cell(sentence))” (\(cell(rule.source.location))) |\n"
      }
    }
    return table
  }

  private static func cell(_ text: String) -> String { text.replacing("|", with: "\\|") }

  private static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    var result = ""
    for word in text.split(separator: " ") {
      if result.count + word.count + 1 > limit { break }
      result += (result.isEmpty ? "" : " ") + word
    }
    return result + " …"
  }
}
