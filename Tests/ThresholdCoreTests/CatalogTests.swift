import Testing

@testable import ThresholdCore

@Suite("Catalog of every rule set")
struct CatalogTests {
  @Test("Every built-in rule set passes the rule-set checker", arguments: ruleSetIDs)
  func checkerFindsNothing(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    let problems = RuleSetChecker.problems(in: ruleSet)
    #expect(problems.isEmpty, "\(problems.map { "\($0.path): \($0.message)" })")
  }

  @Test("Identifiers are unique across the built-in rule sets (the registry checks them)")
  func identifiersAreUnique() throws {
    _ = try RuleSetRegistry(ruleSets: RuleSet.builtIn)
    let indicators = builtIn.ruleSets.flatMap { $0.indicators.map(\.id) }
    #expect(Set(indicators).count == indicators.count)
    let rules = builtIn.ruleSets.flatMap { $0.rules.map(\.id) }
    #expect(Set(rules).count == rules.count)
    for ruleSet in builtIn.ruleSets {
      for rule in ruleSet.rules { #expect(rule.id.hasPrefix(ruleSet.id + "-"), "\(rule.id)") }
    }
  }

  @Test("Indicator texts have no loose spaces, and levels are ordered", arguments: ruleSetIDs)
  func indicatorsAreTidy(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    for indicator in ruleSet.indicators {
      #expect(indicator.text == String(indicator.text.trimmingSpaces), "\(indicator.id)")
    }
    for level in ruleSet.levels {
      #expect(level.categories == level.categories.sorted())
      #expect(!level.description.isEmpty)
    }
    #expect(ruleSet.levels.first?.categories == [.universal])
    for area in ruleSet.areas {
      #expect(area.routes.map(\.level) == ruleSet.levels.map(\.rank), "\(area.id)'s routes")
      for route in area.routes { #expect(!route.actions.isEmpty, "\(area.id) \(route.level)") }
    }
  }
}

@Suite("Registry")
struct RegistryTests {
  @Test("The registry is the one list of built-in rule sets, compiled from it in order")
  func registryFollowsTheList() throws {
    #expect(
      builtIn.ruleSets.map(\.id) == ["camden", "hertfordshire", "herefordshire", "llr", "medway"])
    // The built-in list is not checked when the tool starts (it compiles a document only when
    // one is needed): checked here instead, as any list of rule sets is.
    _ = try RuleSetRegistry(ruleSets: RuleSet.builtIn)
    for (position, compiled) in builtIn.compiled.enumerated() {
      #expect(compiled.position == position)
      #expect(compiled.packed.indicatorCount == compiled.ruleSet.indicators.count)
    }
    #expect(builtIn.areaIDs == RuleSet.builtIn.flatMap { $0.areas.map(\.id) })
  }

  @Test("Areas are found ignoring ASCII case; a shared rule set is not an area")
  func areaLookup() throws {
    let (area, ruleSet) = try #require(builtIn.area(id: "Rutland"))
    #expect(area.id == "rutland" && ruleSet.id == "llr")
    #expect(builtIn.area(id: "RUTLAND")?.area.id == "rutland")
    #expect(builtIn.area(id: "llr") == nil)
    #expect(
      builtIn.unknownAreaError("llr")
        == .ruleSetIsNotAnArea("llr", areas: ["leicester", "leicestershire", "rutland"]))
    #expect(builtIn.indicator(id: "camden-young-carers")?.ruleSet.id == "camden")
    #expect(builtIn.indicator(id: "camden-no-such") == nil)
  }

  @Test("A rule set may replace a built-in only when it says so")
  func replacing() throws {
    let medway = try #require(builtIn.ruleSet(id: "medway"))
    #expect(throws: RegistryError.duplicateRuleSet("medway", origin: nil)) {
      try builtIn.adding([medway])
    }
    let replacement = RuleSet(
      id: "medway", title: "Edited", publisher: medway.publisher, version: medway.version,
      date: medway.date, sourceFile: medway.sourceFile, levels: medway.levels,
      domains: medway.domains, indicators: medway.indicators, rules: medway.rules,
      areas: medway.areas, replaces: "medway", origin: "edited.json", examples: [])
    let registry = try builtIn.adding([replacement])
    #expect(registry.ruleSet(id: "medway")?.title == "Edited")
    #expect(registry.ruleSets.map(\.id) == builtIn.ruleSets.map(\.id))
    #expect(throws: RegistryError.replacesUnknown("nowhere", by: "nowhere")) {
      try builtIn.adding([
        RuleSet(
          id: "nowhere", title: "", publisher: "", version: nil, date: "", sourceFile: "",
          levels: [], domains: [], indicators: [], rules: [], areas: [], replaces: "nowhere",
          examples: [])
      ])
    }
  }
}

@Suite("Byte-keyed look-up tables")
struct ByteKeyTableTests {
  static func position(_ table: ByteKeyTable, _ key: String) -> Int? {
    var key = key
    return key.withUTF8 { table.position(of: $0) }
  }

  @Test(
    "Every indicator identifier finds its own position, and near misses find nothing",
    arguments: builtIn.compiled.indices)
  func indicatorTables(entry: Int) {
    let compiled = builtIn.compiled[entry]
    let table = compiled.indicatorTable
    let ids = compiled.indicatorIDs
    let all = Set(builtIn.compiled.flatMap(\.indicatorIDs))
    for (position, id) in ids.enumerated() {
      #expect(Self.position(table, id) == position, "\(id)")
      for miss in [id + "x", String(id.dropLast()), String(id.dropLast()) + "#", id.uppercased()]
      where !ids.contains(miss) {
        #expect(Self.position(table, miss) == nil, "\(miss)")
      }
      // Folding ASCII case is a separate, explicit look-up.
      var upper = id.uppercased()
      #expect(upper.withUTF8 { table.position(ofFolded: $0) } == position)
    }
    for other in all.subtracting(ids).prefix(200) {
      #expect(Self.position(table, other) == nil, "\(other)")
    }
    #expect(Self.position(table, "") == nil)
  }

  @Test("Keys of every length from 0 to 40 bytes, with shared prefixes")
  func lengths() {
    let keys = (0...40).map { String(repeating: "a", count: $0) } + ["ab", "ba", "aab"]
    let table = ByteKeyTable(keys: keys)
    for (position, key) in keys.enumerated() {
      #expect(Self.position(table, key) == position, "\(key.count) bytes")
    }
    #expect(Self.position(table, String(repeating: "a", count: 41)) == nil)
    #expect(Self.position(table, "abc") == nil)
  }
}
