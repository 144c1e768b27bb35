import Testing

@testable import ThresholdCore

@Suite("Catalog of every rule set")
struct CatalogTests {
  static let ids = RuleSets.all.map(\.id)

  @Test("Indicator identifiers are unique across all rule sets and well formed")
  func identifiersAreUnique() {
    var seen: [String: String] = [:]
    for ruleSet in RuleSets.all {
      for indicator in ruleSet.indicators {
        #expect(seen[indicator.id] == nil, "\(indicator.id) is in \(seen[indicator.id] ?? "") too")
        seen[indicator.id] = ruleSet.id
        #expect(
          indicator.id.hasPrefix(ruleSet.id + "-"),
          "\(indicator.id) lacks the prefix \(ruleSet.id)-")
        #expect(
          indicator.id.utf8.allSatisfy {
            ("a"..."z").contains(Character(UnicodeScalar($0)))
              || ("0"..."9").contains(Character(UnicodeScalar($0))) || $0 == UInt8(ascii: "-")
          },
          "\(indicator.id) is not lower-case ASCII")
      }
    }
  }

  @Test("Rule, area and rule set identifiers are unique")
  func otherIdentifiersAreUnique() {
    let rules = RuleSets.all.flatMap { $0.rules.map(\.id) }
    #expect(Set(rules).count == rules.count)
    let areas = RuleSets.all.flatMap { $0.areas.map(\.id) }
    #expect(Set(areas).count == areas.count)
    #expect(Set(Self.ids).count == Self.ids.count)
  }

  @Test("Every indicator has text, a level, a domain and a citation", arguments: ids)
  func indicatorsAreComplete(id: String) throws {
    let ruleSet = try #require(RuleSets.ruleSet(id: id))
    #expect(!ruleSet.indicators.isEmpty)
    let ranks = Set(ruleSet.levels.map(\.rank))
    for indicator in ruleSet.indicators {
      #expect(!indicator.text.isEmpty, "\(indicator.id) has no text")
      #expect(indicator.text == indicator.text.trimmingSpaces, "\(indicator.id) has loose spaces")
      #expect(ranks.contains(indicator.level), "\(indicator.id) has an unknown level")
      let domain = ruleSet.domain(id: indicator.domain)
      #expect(domain != nil, "\(indicator.id) has an unknown domain \(indicator.domain)")
      if let subdomain = indicator.subdomain {
        #expect(
          domain?.subdomains.contains { $0.id == subdomain } == true,
          "\(indicator.id) has an unknown subdomain \(subdomain)")
      }
      #expect(!indicator.source.location.isEmpty, "\(indicator.id) has no citation")
    }
  }

  @Test("Levels run from 1 with no gaps, each with a category and a citation", arguments: ids)
  func levelsAreOrdered(id: String) throws {
    let ruleSet = try #require(RuleSets.ruleSet(id: id))
    #expect(ruleSet.levels.map(\.rank) == Array(1...ruleSet.levels.count))
    for level in ruleSet.levels {
      #expect(!level.categories.isEmpty)
      #expect(level.categories == level.categories.sorted())
      #expect(!level.description.isEmpty && !level.source.location.isEmpty)
    }
    #expect(ruleSet.levels.first?.categories == [.universal])
  }

  @Test("Every area has a route for every level", arguments: ids)
  func everyAreaHasEveryRoute(id: String) throws {
    let ruleSet = try #require(RuleSets.ruleSet(id: id))
    #expect(!ruleSet.areas.isEmpty)
    for area in ruleSet.areas {
      #expect(area.routes.map(\.level) == ruleSet.levels.map(\.rank), "\(area.id)'s routes")
      for route in area.routes {
        #expect(!route.actions.isEmpty && !route.service.isEmpty && !route.name.isEmpty)
        #expect(!route.source.location.isEmpty)
      }
    }
  }

  @Test("Rules cite a sentence, and triggers name things that exist", arguments: ids)
  func rulesAndTriggersResolve(id: String) throws {
    let ruleSet = try #require(RuleSets.ruleSet(id: id))
    let indicatorIDs = Set(ruleSet.indicators.map(\.id))
    let ruleIDs = Set(ruleSet.rules.map(\.id))
    let areaIDs = Set(ruleSet.areas.map(\.id))
    for rule in ruleSet.rules {
      #expect(!rule.sentence.isEmpty && !rule.source.location.isEmpty, "\(rule.id)")
      #expect(rule.id.hasPrefix(ruleSet.id + "-"), "\(rule.id) lacks the prefix")
      for area in rule.areas ?? [] {
        #expect(areaIDs.contains(area), "\(rule.id) names an unknown area \(area)")
      }
    }
    for area in ruleSet.areas {
      for special in area.specialRoutes {
        #expect(!special.triggers.isEmpty, "\(special.id) can never show")
        for trigger in special.triggers {
          switch trigger {
          case .indicator(let id):
            #expect(indicatorIDs.contains(id), "\(special.id) names unknown indicator \(id)")
          case .rule(let id):
            #expect(ruleIDs.contains(id), "\(special.id) names unknown rule \(id)")
          case .levelAtLeast(let rank):
            #expect(ruleSet.level(rank: rank) != nil)
          case .unborn:
            break
          }
        }
      }
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}

@Suite("Registry")
struct RegistryTests {
  @Test("The registry's area identifiers and order match the data")
  func registryMatchesData() {
    for (position, entry) in RuleSets.registry.enumerated() {
      let compiled = entry.compiled()
      #expect(compiled.ruleSet.id == entry.id)
      #expect(compiled.position == position)
      #expect(compiled.ruleSet.areas.map(\.id) == entry.areas)
    }
  }

  @Test("Looking up an area builds only its own document")
  func areaLookupResolves() throws {
    let (area, ruleSet) = try #require(RuleSets.area(id: "rutland"))
    #expect(area.name == "Rutland" && ruleSet.id == "llr")
    #expect(RuleSets.area(id: "llr") == nil)
    #expect(RuleSets.indicator(id: "camden-young-carers")?.ruleSet.id == "camden")
    #expect(RuleSets.indicator(id: "camden-no-such") == nil)
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
    arguments: RuleSets.registry.indices)
  func indicatorTables(entry: Int) {
    let table = RuleSets.registry[entry].indicatorTable()
    let ids = RuleSets.registry[entry].compiled().indicatorIDs
    let all = Set(RuleSets.registry.flatMap { $0.compiled().indicatorIDs })
    for (position, id) in ids.enumerated() {
      #expect(Self.position(table, id) == position, "\(id)")
      // One byte more, one fewer, one changed, and the key upper-cased: none is a key here
      // (unless it happens to be another identifier of the same rule set).
      for miss in [id + "x", String(id.dropLast()), String(id.dropLast()) + "#", id.uppercased()]
      where !ids.contains(miss) {
        #expect(Self.position(table, miss) == nil, "\(miss)")
      }
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
