import Foundation
import Testing

@testable import ThresholdCore

/// The committed `Rules/*.json` files must be exactly what `thresholds rules export` writes, so
/// every change to rule data shows up as a readable diff. Set `THRESHOLDS_RECORD=1` to rewrite
/// them after an intended change.
@Suite("Rules/ files match the code")
struct RulesFilesTests {
  static let rulesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Rules")

  static func exported(_ ruleSet: RuleSet) -> [UInt8] {
    var writer = JSONWriter(pretty: true, capacity: 1 << 20)
    RuleSetWriter.writeRuleSet(ruleSet, into: &writer)
    return writer.bytes + [UInt8(ascii: "\n")]
  }

  @Test("Rules/<id>.json is what the code exports", arguments: ruleSetIDs)
  func committedFileMatches(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    let exported = Self.exported(ruleSet)
    let url = Self.rulesDirectory.appendingPathComponent("\(id).json")
    if ProcessInfo.processInfo.environment["THRESHOLDS_RECORD"] == "1" {
      try Data(exported).write(to: url)
    }
    let committed = try Data(contentsOf: url)
    guard Array(committed) != exported else { return }
    let old = String(decoding: committed, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let new = String(decoding: exported, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(old.count, new.count)
    Issue.record(
      """
      Rules/\(id).json differs from the export at line \(line + 1):
        committed: \(line < old.count ? String(old[line]) : "(end of file)")
        exported:  \(line < new.count ? String(new[line]) : "(end of file)")
      Run THRESHOLDS_RECORD=1 swift test to update it after an intended change.
      """)
  }

  @Test("The export is valid JSON that Foundation reads, with every indicator")
  func exportIsValidJSON() throws {
    for ruleSet in builtIn.ruleSets {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(Self.exported(ruleSet))) as? [String: Any])
      let indicators = try #require(object["indicators"] as? [[String: Any]])
      #expect(indicators.map { $0["id"] as? String } == ruleSet.indicators.map(\.id))
      #expect(object["formatVersion"] as? Int == 1)
    }
  }

  @Test("Every rule set has a committed file, and nothing else is there")
  func noStrayFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files == builtIn.ruleSets.map { "\($0.id).json" }.sorted())
  }

  @Test("The committed files read back without a problem, examples and all", arguments: ruleSetIDs)
  func committedFilesRead(id: String) throws {
    let bytes = try Data(contentsOf: Self.rulesDirectory.appendingPathComponent("\(id).json"))
    switch RuleSetReader.read(Array(bytes), file: "Rules/\(id).json") {
    case .success(let ruleSet):
      #expect(ruleSet.examples.count == builtIn.ruleSet(id: id)?.examples.count)
    case .failure(let failure):
      Issue.record("\(failure.problems.prefix(5).map(\.description))")
    }
  }
}

@Suite("Rules/README.md tells the truth about the kinds of rule")
struct RulesReadmeTests {
  @Test("The kinds section is what the kinds say of themselves")
  func kindsSection() throws {
    let url = RulesFilesTests.rulesDirectory.appendingPathComponent("README.md")
    var text = try String(contentsOf: url, encoding: .utf8)
    let start = try #require(text.range(of: "<!-- kinds -->\n"))
    let end = try #require(text.range(of: "<!-- /kinds -->"))
    let generated = RuleKinds.reference
    if ProcessInfo.processInfo.environment["THRESHOLDS_RECORD"] == "1" {
      text.replaceSubrange(start.upperBound..<end.lowerBound, with: generated)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(text[start.upperBound..<end.lowerBound]) == generated,
      "Rules/README.md's kinds section is out of date: run THRESHOLDS_RECORD=1 swift test")
  }
}
