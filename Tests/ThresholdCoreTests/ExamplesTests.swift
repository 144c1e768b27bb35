import Testing

@testable import ThresholdCore

/// One example written beside a rule set's data.
struct ExampleCase: CustomTestStringConvertible, Sendable {
  let ruleSet: String
  let example: Example

  var testDescription: String { "\(ruleSet): \(example.name)" }

  var sourceLocation: SourceLocation {
    SourceLocation(
      fileID: "ThresholdCore/\(example.location.file.split(separator: "/").last ?? "")",
      filePath: example.location.file, line: example.location.line, column: 1)
  }

  static let all: [ExampleCase] = builtIn.ruleSets.flatMap { ruleSet in
    ruleSet.examples.map { ExampleCase(ruleSet: ruleSet.id, example: $0) }
  }
}

@Suite("Examples beside the data")
struct ExamplesTests {
  @Test("Every rule set has examples reaching every level", arguments: ruleSetIDs)
  func everyLevelIsReached(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    for level in ruleSet.levels {
      #expect(
        ruleSet.examples.contains { $0.expectation == .level(level.rank) },
        "no example reaches \(level.title)")
    }
  }

  @Test("Every rule of every rule set is shown applying and not applying", arguments: ruleSetIDs)
  func everyRuleIsShownBothWays(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    let problems = ExampleRunner.coverageProblems(in: ruleSet)
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test("Example", arguments: ExampleCase.all)
  func example(_ item: ExampleCase) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: item.ruleSet))
    let outcome = ExampleRunner.run(item.example, registry: builtIn)
    for failure in outcome.failures {
      Issue.record(Comment(rawValue: failure), sourceLocation: item.sourceLocation)
    }
    for vacuous in ExampleRunner.vacuousExpectations(item.example, in: ruleSet, registry: builtIn) {
      Issue.record(
        Comment(rawValue: "an expectation that cannot fail: \(vacuous)"),
        sourceLocation: item.sourceLocation)
    }
  }
}

/// One example of a kind of rule.
struct KindExample: CustomTestStringConvertible, Sendable {
  let kind: String
  let example: RuleKindExample

  var testDescription: String { "\(kind): \(example.name)" }

  static let all: [KindExample] = RuleKinds.all.flatMap { kind in
    kind.examples.map { KindExample(kind: kind.name, example: $0) }
  }
}

@Suite("Kinds of rule, each with its own examples")
struct RuleKindTests {
  /// A small rule set around one rule: four levels, three domains, one indicator per entry.
  static func ruleSet(for example: RuleKindExample) -> RuleSet {
    let levels = (1...4).map {
      Level(
        rank: $0, label: "Level \($0)", name: "Level \($0)",
        categories: [[.universal, .earlyHelp, .childInNeed, .childProtection][$0 - 1]],
        description: "Level \($0)", source: Citation("Example"))
    }
    let domains = (0..<3).map {
      Domain(id: "domain-\($0)", name: "Domain \($0)", source: Citation("Example"))
    }
    let indicators = example.indicators.enumerated().map { index, entry in
      Indicator(
        id: "example-\(index)", text: "Indicator \(index)", level: entry.level,
        domain: "domain-\(entry.domain)", source: Citation("Example"))
    }
    let routes = (1...4).map {
      Route(
        level: $0, name: "Route \($0)", actions: ["Act."], service: "Service",
        source: Citation("Example"))
    }
    let rule = CombinationRule(
      id: "example-rule", name: "The rule", sentence: "The document's sentence.",
      source: Citation("Example"), interpretation: nil, areas: nil, kind: example.rule)
    return RuleSet(
      id: "example", title: "Example", publisher: "Example", version: nil, date: "", sourceFile: "",
      levels: levels, domains: domains, indicators: indicators, rules: [rule],
      areas: [Area(id: "example", name: "Example", routes: routes, immediateDanger: nil)],
      examples: [])
  }

  @Test("Example", arguments: KindExample.all)
  func example(_ item: KindExample) throws {
    let example = item.example
    let location = SourceLocation(
      fileID: "ThresholdCore/\(example.file)", filePath: "\(example.file)", line: example.line,
      column: 1)
    let registry = try RuleSetRegistry(ruleSets: [Self.ruleSet(for: example)])
    let scoreNames = example.rule.matrix?.functions.map(\.id) ?? []
    var input = Case(
      authority: "example", age: example.age,
      indicators: example.indicators.indices.map { "example-\($0)" },
      functionalNeeds: example.scores.enumerated().map {
        FunctionScore(function: scoreNames[$0.offset], score: $0.element)
      },
      senSupportHours: example.supportHours)
    input.id = nil
    let assessment = try Assessor(registry: registry).assess(input)
    #expect(assessment.level.rank == example.level, sourceLocation: location)
    let applied = assessment.rules.first
    #expect(
      (applied != nil) == example.applies, "applied: \(applied != nil)", sourceLocation: location)
    #expect((applied?.replacedRoute ?? false) == example.replacesRoute, sourceLocation: location)
    let said = (assessment.rules.map(\.effect) + assessment.advisories.map(\.text)).joined(
      separator: "\n")
    for fragment in example.says {
      #expect(said.contains(fragment), "'\(fragment)' not in: \(said)", sourceLocation: location)
    }
  }

  @Test(
    "Every kind has examples where it applies and where it does not",
    arguments: RuleKinds.all.map { $0.name })
  func everyKindIsShownBothWays(name: String) throws {
    let kind = try #require(RuleKinds.kind(named: name))
    #expect(kind.examples.contains { $0.applies })
    #expect(kind.examples.contains { !$0.applies })
  }

  @Test("Every kind writes and reads back its own parameters", arguments: KindExample.all)
  func roundTrip(_ item: KindExample) throws {
    var writer = JSONWriter()
    writer.beginObject()
    item.example.rule.write(into: &writer)
    writer.endObject()
    let node = try writer.bytes.withUnsafeBufferPointer { try JSONNode.parse($0) }
    let problems = RuleFileProblems(file: "test")
    var object = RuleFileObject(node, path: "$", problems: problems)
    let kind = try #require(RuleKinds.kind(named: item.kind))
    let read = kind.init(reading: &object)
    object.finish()
    #expect(writer.bytes.withUnsafeBufferPointer { problems.problems(in: $0) }.isEmpty)
    var again = JSONWriter()
    again.beginObject()
    read.write(into: &again)
    again.endObject()
    #expect(again.bytes == writer.bytes)
  }
}
