import Foundation
import Testing

/// The repository's `Rules/` directory.
let rulesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

/// The hand-written example rule set that Rules/README.md's guide starts from.
let exampleRules = rulesDirectory.appendingPathComponent("examples/example-borough.json")

/// A JSON object read from a file, to be edited.
private func jsonObject(_ url: URL) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
}

/// Writes a JSON object, laid out over lines so that problems have lines and columns.
private func write(_ object: [String: Any], to url: URL) throws {
  try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    .write(to: url)
}

/// Edits one part of a JSON object by a path of keys and indices.
private func edited(_ value: Any, at path: ArraySlice<Any>, _ change: (inout Any) -> Void) -> Any {
  guard let first = path.first else {
    var value = value
    change(&value)
    return value
  }
  if let key = first as? String, var object = value as? [String: Any] {
    object[key] = edited(object[key] as Any, at: path.dropFirst(), change)
    return object
  }
  if let index = first as? Int, var array = value as? [Any] {
    array[index] = edited(array[index], at: path.dropFirst(), change)
    return array
  }
  return value
}

/// A broken copy of the example and what `rules check` must say of it.
struct BrokenRuleSet: CustomTestStringConvertible, Sendable {
  let name: String
  let path: [String]
  let message: String
  let edit: @Sendable ([String: Any]) -> [String: Any]
  var testDescription: String { name }

  static func at(_ keys: Any..., change: @escaping @Sendable (inout Any) -> Void)
    -> @Sendable ([String: Any]) -> [String: Any]
  {
    let path = keys.map { "\($0)" }
    return { object in
      // Keys that are digits are array indices.
      let typed: [Any] = path.map { Int($0).map { $0 as Any } ?? $0 as Any }
      return edited(object, at: typed[...], change) as? [String: Any] ?? object
    }
  }

  static let all: [BrokenRuleSet] = [
    BrokenRuleSet(
      name: "an unknown key", path: ["$.levels[0].colour"],
      message: "is not part of the rule-set format",
      edit: at("levels", 0) { value in
        var level = value as? [String: Any] ?? [:]
        level["colour"] = "red"
        value = level
      }),
    BrokenRuleSet(
      name: "a missing citation", path: ["$.indicators[2].source"],
      message: "\"source\" is missing",
      edit: at("indicators", 2) { value in
        var indicator = value as? [String: Any] ?? [:]
        indicator["source"] = nil
        value = indicator
      }),
    BrokenRuleSet(
      name: "an empty citation", path: ["$.indicators[2].source"], message: "'source' is empty",
      edit: at("indicators", 2, "source") { $0 = "" }),
    BrokenRuleSet(
      name: "a duplicate identifier", path: ["$.indicators[3].id"], message: "is defined twice",
      edit: at("indicators", 3, "id") { $0 = "example-poor-school-attendance" }),
    BrokenRuleSet(
      name: "a malformed identifier", path: ["$.indicators[3].id"],
      message: "is not a well-formed identifier",
      edit: at("indicators", 3, "id") { $0 = "Example Bad" }),
    BrokenRuleSet(
      name: "a level without a route in an area", path: ["$.areas[0].routes"],
      message: "has no route for Level 3",
      edit: at("areas", 0, "routes") { value in
        value = (value as? [[String: Any]] ?? []).filter { $0["level"] as? Int != 3 }
      }),
    BrokenRuleSet(
      name: "ages that can never hold", path: ["$.indicators[2].ages"], message: "can never hold",
      edit: at("indicators", 2, "ages") { value in
        value = ["printed": "10-5", "youngest": 10, "oldest": 5, "includesUnborn": false]
      }),
    BrokenRuleSet(
      name: "a rule that names an unknown level", path: ["$.rules[0].effect"],
      message: "names level 7, which the rule set does not have",
      edit: at("rules", 0, "effect", "level") { $0 = 7 }),
    BrokenRuleSet(
      name: "an unknown kind of rule", path: ["$.rules[0].effect"], message: "kind",
      edit: at("rules", 0, "effect", "kind") { $0 = "majority-vote" }),
    BrokenRuleSet(
      name: "another format version", path: ["$.formatVersion"], message: "reads formatVersion 1",
      edit: at("formatVersion") { $0 = 2 }),
    BrokenRuleSet(
      name: "an indicator of another rule set", path: ["$.indicators[0].id"],
      message: "start with the rule set's ('example-')",
      edit: at("indicators", 0, "id") { $0 = "camden-young-carers" }),
    BrokenRuleSet(
      name: "a special route triggered by an unknown indicator",
      path: ["$.areas[0].specialRoutes[0]"],
      message: "example-nothing",
      edit: at("areas", 0, "specialRoutes", 0, "triggers") {
        $0 = [["indicator": "example-nothing"]]
      }),
  ]
}

@Suite("Rule sets from files: check, test, assess, diff")
struct RulesCommandTests {
  @Test("The hand-written example loads, checks, tests and assesses")
  func example() throws {
    let check = try Binary.run(["rules", "check", exampleRules.path])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(
      check.stdout.contains("no problems (rule set 'example': 4 levels, 10 indicators, 2 rules"))
    let test = try Binary.run(["rules", "test", exampleRules.path])
    #expect(test.status == 0, "\(test.stdout)")
    #expect(test.stdout.contains("8 passed, 0 failed"))
    #expect(test.stdoutLines.filter { $0.hasPrefix("PASS  ") }.count == 8)
    let card = try Binary.run([
      "assess", "--rules", exampleRules.path, "--authority", "example-borough", "--age", "3",
      "--indicator", "example-unexplained-injury",
    ])
    #expect(card.status == 0, "\(card.stderr)")
    for fragment in [
      "Level 4: Child protection", "rules read from", "example-borough.json", "01632 960200",
      "01632 960999", "If a child is in immediate danger, call 999.",
      "[possible indicator]",
    ] {
      #expect(folded(card.stdout).contains(fragment), "\(fragment)")
    }
    let summary = try Binary.run([
      "assess", "--rules", exampleRules.path, "--authority", "Example-Borough", "--age", "8",
      "--indicator", "example-missed-health-appointments", "--summary",
    ])
    #expect(summary.stdout.contains(#""level":{"rank":1,"label":"Level 1""#))
    #expect(summary.stdout.contains(#""loadedFrom":""#))
    #expect(
      summary.stdout.contains(
        #""rules":["example-two-needs-for-early-help","example-highest-need"]"#))
    // The loaded areas are areas like any other, for every command.
    let search = try Binary.run([
      "search", "not", "brought", "to", "appointments", "--rules", exampleRules.path,
      "--authority", "example-borough",
    ])
    #expect(search.stdoutLines.first?.contains("Not brought to some health appointments") == true)
    let authorities = try Binary.run(["authorities", "--rules", exampleRules.path])
    #expect(authorities.stdout.contains("example-borough"))
    let practice = try Binary.run([
      "assess", "--rules", exampleRules.path, "--authority", "example-borough", "--age", "9",
      "--indicator", "example-listen-to-the-child",
    ])
    #expect(practice.status == 64)
    #expect(practice.stderr.contains("Choose the need you see"))
  }

  @Test(
    "rules check names each problem with its JSON path, line and column, and exits 65",
    arguments: BrokenRuleSet.all)
  func broken(_ item: BrokenRuleSet) throws {
    try withScratchDirectory { directory in
      let file = directory.appendingPathComponent("broken.json")
      try write(item.edit(try jsonObject(exampleRules)), to: file)
      let result = try Binary.run(["rules", "check", file.path])
      #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
      let report = result.stdout + result.stderr
      #expect(report.contains(item.message), "\(report)")
      for path in item.path {
        // file:line:column: path: message
        let pattern = try Regex(
          "broken\\.json:[0-9]+:[0-9]+: " + NSRegularExpression.escapedPattern(for: path))
        #expect(report.contains(pattern), "\(report)")
      }
      // The same file given to a command is refused with the same report, before any case.
      let assess = try Binary.run([
        "assess", "--rules", file.path, "--authority", "camden", "--age", "9",
      ])
      #expect(assess.status == 65)
      #expect(assess.stdout.isEmpty)
    }
  }

  @Test("A file that is not JSON gets its line and column")
  func notJSON() throws {
    try withScratchDirectory { directory in
      let file = directory.appendingPathComponent("cut.json")
      let text = try String(contentsOf: exampleRules, encoding: .utf8)
      try Data(text.prefix(5000).utf8).write(to: file)
      let result = try Binary.run(["rules", "check", file.path])
      #expect(result.status == 65)
      #expect(
        result.stdout.contains(try Regex(#"cut\.json:[0-9]+:[0-9]+: \$: Unexpected end of input"#)))
    }
  }

  @Test("rules test prints FAIL with the example's place in the file, and exits 1")
  func failingExample() throws {
    try withScratchDirectory { directory in
      let file = directory.appendingPathComponent("failing.json")
      try write(
        try BrokenRuleSet.at("examples", 0, "level") { $0 = 3 }(jsonObject(exampleRules)), to: file)
      let result = try Binary.run(["rules", "test", file.path])
      #expect(result.status == 1)
      #expect(
        result.stdout.contains(
          try Regex(
            #"FAIL  One Level 2 need is not enough for early help  .*failing\.json:[0-9]+:[0-9]+ \$\.examples\[0\]"#
          )))
      #expect(result.stdout.contains("expected level 3, got Level 1: Universal"))
      #expect(result.stdout.contains("7 passed, 1 failed"))
    }
  }

  @Test("The built-in rule sets' own examples pass under rules test")
  func builtInExamples() throws {
    for area in ["camden", "hertfordshire", "herefordshire", "leicester", "medway"] {
      let result = try Binary.run(["rules", "test", "--authority", area])
      #expect(result.status == 0, "\(area): \(result.stdout)")
      #expect(result.stdout.contains(" 0 failed"), "\(area)")
    }
  }

  @Test(
    "A rule set with a built-in's identifier is refused unless it says it replaces it; then results name its file"
  )
  func replaces() throws {
    try withScratchDirectory { directory in
      var medway = try jsonObject(rulesDirectory.appendingPathComponent("medway.json"))
      let clash = directory.appendingPathComponent("medway-copy.json")
      try write(medway, to: clash)
      let refused = try Binary.run([
        "assess", "--rules", clash.path, "--authority", "medway", "--age", "5",
      ])
      #expect(refused.status == 65)
      #expect(refused.stderr.contains(#"give "replaces": "medway" in the file"#))
      medway["replaces"] = "medway"
      let replacing = directory.appendingPathComponent("medway-new.json")
      try write(medway, to: replacing)
      let arguments = [
        "--authority", "kent", "--age", "5", "--indicator",
        "medway-suspected-inflicted-or-unexplained-injuries",
      ]
      let summary = try Binary.run(["assess", "--rules", replacing.path, "--summary"] + arguments)
      #expect(summary.status == 0, "\(summary.stderr)")
      #expect(
        summary.stdout.contains(#""loadedFrom":""#) && summary.stdout.contains("medway-new.json"))
      let builtIn = try Binary.run(["assess", "--summary"] + arguments)
      #expect(
        summary.stdout.replacing(/,"loadedFrom":"[^"]*"/, with: "") == builtIn.stdout,
        "the same data gives the same answer")
      let card = try Binary.run(["assess", "--rules", replacing.path] + arguments)
      #expect(folded(card.stdout).contains("rules read from"))
    }
  }

  @Test(
    "rules diff shows each change between the built-in Medway rules and an edited copy, as text and JSON"
  )
  func diff() throws {
    try withScratchDirectory { directory in
      var medway = try jsonObject(rulesDirectory.appendingPathComponent("medway.json"))
      medway["replaces"] = "medway"
      var indicators = try #require(medway["indicators"] as? [[String: Any]])
      let reworded = try #require(indicators[0]["id"] as? String)
      indicators[0]["text"] = "Parents/carers able to provide care for the child's needs"
      let moved = try #require(indicators[1]["id"] as? String)
      indicators[1]["level"] = 2
      let removed = try #require(indicators[2]["id"] as? String)
      indicators.remove(at: 2)
      let movedDomain = try #require(indicators[3]["id"] as? String)
      indicators[3]["domain"] = "parents-carers-capacity"
      indicators[3]["subdomain"] = "basic-care-safety-protection"
      var added = indicators[0]
      added["id"] = "medway-a-new-indicator"
      added["text"] = "A new indicator"
      indicators.append(added)
      medway["indicators"] = indicators
      medway = BrokenRuleSet.at("areas", 0, "routes", 3, "contacts", 0, "value") {
        $0 = "01634 999999"
      }(medway)
      medway = BrokenRuleSet.at("rules", 3, "effect", "count") { $0 = 4 }(medway)
      medway = BrokenRuleSet.at("document", "date") { $0 = "December 2026" }(medway)
      let file = directory.appendingPathComponent("medway-2026.json")
      try write(medway, to: file)
      #expect(try Binary.run(["rules", "check", file.path]).status == 0)

      let text = try Binary.run(["rules", "diff", "medway", file.path])
      #expect(text.status == 0, "\(text.stderr)")
      let report = folded(text.stdout)
      for fragment in [
        "reworded: \(reworded)", "the child's needs",
        "moved-level: \(moved) — moved from level 1 to 2",
        "removed: \(removed)", "moved-domain: \(movedDomain)", "added: medway-a-new-indicator",
        "01634 999999", "01634 334466", "medway-tier-2-cluster", "December 2026",
      ] {
        #expect(report.contains(fragment), "\(fragment)")
      }
      let json = try Binary.run(["rules", "diff", "medway", file.path, "--format", "json"])
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      let changes = try #require(object["changes"] as? [[String: Any]])
      let kinds = Set(changes.compactMap { "\($0["part"] ?? ""):\($0["change"] ?? "")" })
      #expect(
        kinds == [
          "document:changed", "indicator:added", "indicator:reworded", "indicator:moved-level",
          "indicator:removed", "indicator:moved-domain", "rule:changed", "contact:added",
          "contact:removed",
        ])
      // No change: nothing to report.
      let same = try Binary.run([
        "rules", "diff", "medway", rulesDirectory.appendingPathComponent("medway.json").path,
      ])
      #expect(same.status == 0)
      #expect(same.stdout.contains("No changes"), "\(same.stdout)")
    }
  }
}
