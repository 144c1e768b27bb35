import Testing

@testable import ThresholdCore

/// One example written beside a rule set's data.
struct ExampleCase: CustomTestStringConvertible, Sendable {
  let ruleSet: String
  let example: Example

  var testDescription: String { "\(ruleSet): \(example.name)" }

  var sourceLocation: SourceLocation {
    SourceLocation(
      fileID: "ThresholdCore/\(example.file.split(separator: "/").last ?? "")",
      filePath: example.file, line: example.line, column: 1)
  }

  static let all: [ExampleCase] = RuleSets.all.flatMap { ruleSet in
    ruleSet.examples.map { ExampleCase(ruleSet: ruleSet.id, example: $0) }
  }
}

/// Every string an assessment shows a reader, for "mentions" checks.
func readableText(of assessment: Assessment) -> String {
  var parts: [String] = [assessment.level.title, assessment.level.description]
  parts += routeText(assessment.route)
  for applied in assessment.rules {
    parts += [applied.rule.name, applied.rule.sentence, applied.effect]
    parts += applied.rule.interpretation.map { [$0] } ?? []
  }
  parts += assessment.advisories.map(\.text)
  for route in assessment.specialRoutes {
    parts += [route.name] + route.guidance + route.contacts.map(\.value)
  }
  parts += assessment.consent.map(\.text)
  parts += [assessment.immediateDanger.text] + assessment.immediateDanger.contacts.map(\.value)
  parts += assessment.respondingAgencies + assessment.warnings
  parts += assessment.area.notes.map(\.text) + assessment.area.supportContacts.map(\.value)
  return parts.joined(separator: "\n")
}

func routeText(_ route: Route) -> [String] {
  [route.name, route.service] + route.actions + route.contacts.map { "\($0.service) \($0.value)" }
    + [route.form, route.timescale, route.consent].compactMap { $0 }
}

@Suite("Examples beside the data")
struct ExamplesTests {
  @Test("Every rule set has examples", arguments: RuleSets.all.map(\.id))
  func everyRuleSetHasExamples(id: String) throws {
    let ruleSet = try #require(RuleSets.ruleSet(id: id))
    #expect(!ruleSet.examples.isEmpty)
    for level in ruleSet.levels {
      #expect(
        ruleSet.examples.contains { $0.expectation == .level(level.rank) },
        "no example reaches \(level.title)")
    }
  }

  @Test("Example", arguments: ExampleCase.all)
  func example(_ item: ExampleCase) {
    let example = item.example
    let location = item.sourceLocation
    switch example.expectation {
    case .rejected(let fragment):
      do {
        let assessment = try Assessor().assess(example.input)
        Issue.record(
          "expected a rejection containing '\(fragment)', got \(assessment.level.title)",
          sourceLocation: location)
      } catch {
        #expect(
          error.message.localizedLowercase.contains(fragment.localizedLowercase),
          "message was: \(error.message)", sourceLocation: location)
      }
    case .level(let rank):
      let assessment: Assessment
      do {
        assessment = try Assessor().assess(example.input)
      } catch {
        Issue.record("rejected: \(error.message)", sourceLocation: location)
        return
      }
      #expect(assessment.level.rank == rank, sourceLocation: location)
      let route = routeText(assessment.route).joined(separator: "\n").localizedLowercase
      for fragment in example.routeContains {
        #expect(
          route.contains(fragment.localizedLowercase),
          "route does not mention '\(fragment)': \(assessment.route.name)",
          sourceLocation: location)
      }
      let applied = assessment.rules.map(\.rule.id)
      for rule in example.rules {
        #expect(applied.contains(rule), "rule \(rule) did not apply", sourceLocation: location)
      }
      let text = readableText(of: assessment).localizedLowercase
      for fragment in example.mentions {
        #expect(
          text.contains(fragment.localizedLowercase), "assessment does not mention '\(fragment)'",
          sourceLocation: location)
      }
    }
  }
}

extension String {
  fileprivate var localizedLowercase: String { TextSearch.normalised(self) }
}
