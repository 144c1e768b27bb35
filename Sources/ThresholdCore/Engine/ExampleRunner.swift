/// What running one example gave.
public struct ExampleOutcome: Sendable {
  /// The example.
  public let example: Example
  /// What did not hold; empty when the example passed.
  public let failures: [String]

  /// Whether the example passed.
  public var passed: Bool { failures.isEmpty }
}

/// Runs the examples written beside a rule set's data (or in a rule-set file), and checks that
/// they prove something: each expectation could fail, and each rule is shown both applying
/// and not applying.
public enum ExampleRunner {
  /// Runs one example.
  ///
  /// - Parameters:
  ///   - example: The example.
  ///   - registry: The rule sets (holding the example's rule set).
  /// - Returns: What did not hold.
  public static func run(_ example: Example, registry: RuleSetRegistry) -> ExampleOutcome {
    var failures: [String] = []
    let assessor = Assessor(registry: registry)
    switch example.expectation {
    case .rejected(let fragment):
      do throws(AssessmentError) {
        let assessment = try assessor.assess(example.input)
        failures.append(
          "expected a rejection containing '\(fragment)', got \(assessment.level.title)")
      } catch {
        if !normalised(error.message).contains(normalised(fragment)) {
          failures.append(
            "rejected, but the message does not contain '\(fragment)': \(error.message)")
        }
      }
    case .level(let rank):
      let assessment: Assessment
      do throws(AssessmentError) {
        assessment = try assessor.assess(example.input)
      } catch {
        return ExampleOutcome(example: example, failures: ["rejected: \(error.message)"])
      }
      if assessment.level.rank != rank {
        failures.append("expected level \(rank), got \(assessment.level.title)")
      }
      let route = normalised(routeText(assessment.route).joined(separator: "\n"))
      for fragment in example.routeContains where !route.contains(normalised(fragment)) {
        failures.append("the route does not mention '\(fragment)' (it is \(assessment.route.name))")
      }
      let applied = assessment.rules.map(\.rule.id)
      for rule in example.rules where !applied.contains(rule) {
        failures.append("the rule \(rule) did not apply")
      }
      for rule in example.notRules where applied.contains(rule) {
        failures.append("the rule \(rule) applied")
      }
      let text = normalised(readableText(of: assessment))
      for fragment in example.mentions where !text.contains(normalised(fragment)) {
        failures.append("the assessment does not mention '\(fragment)'")
      }
      let special = assessment.specialRoutes.map(\.id)
      for id in example.specialRoutes where !special.contains(id) {
        failures.append("the special route \(id) is not shown")
      }
      for id in example.notSpecialRoutes where special.contains(id) {
        failures.append("the special route \(id) is shown")
      }
    }
    return ExampleOutcome(example: example, failures: failures)
  }

  /// Expectations of an example that could never fail: an empty fragment, a rule that does
  /// not exist or cannot apply in the example's area, or text every assessment of the area
  /// shows.
  ///
  /// - Parameters:
  ///   - example: The example.
  ///   - ruleSet: Its rule set.
  ///   - registry: The rule sets.
  /// - Returns: One message per expectation that proves nothing.
  public static func vacuousExpectations(
    _ example: Example, in ruleSet: RuleSet, registry: RuleSetRegistry
  ) -> [String] {
    var problems: [String] = []
    if case .rejected(let fragment) = example.expectation, fragment.trimmingSpaces.isEmpty {
      problems.append("the rejection's message fragment is empty, so any rejection passes")
    }
    for fragment in example.routeContains + example.mentions where fragment.trimmingSpaces.isEmpty {
      problems.append("an expected fragment is empty, so it is always found")
    }
    let area = example.input.authority.lowercasedASCII
    for id in example.notRules {
      guard let rule = ruleSet.rules.first(where: { $0.id == id }) else {
        problems.append("'\(id)' is not a rule of \(ruleSet.id), so it can never apply")
        continue
      }
      if !rule.applies(in: area) {
        problems.append(
          "the rule \(id) does not apply in \(area) at all, so 'not applied' proves nothing")
      }
    }
    // Text that every assessment of the area shows proves nothing about this case.
    if !example.mentions.isEmpty,
      let empty = try? Assessor(registry: registry).assess(
        Case(authority: example.input.authority, age: example.input.age))
    {
      let constant = normalised(constantText(of: empty))
      for fragment in example.mentions where constant.contains(normalised(fragment)) {
        problems.append(
          "'\(fragment)' is in every assessment of \(area), so mentioning it proves nothing")
      }
    }
    return problems
  }

  /// Rules of a rule set that its examples do not show both applying and not applying.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: One message per rule lacking an example.
  public static func coverageProblems(in ruleSet: RuleSet) -> [String] {
    let examples = ruleSet.examples
    var problems: [String] = []
    for rule in ruleSet.rules {
      if !examples.contains(where: { $0.rules.contains(rule.id) }) {
        problems.append("no example shows the rule \(rule.id) applying")
      }
      if !examples.contains(where: {
        $0.notRules.contains(rule.id) && rule.applies(in: $0.input.authority.lowercasedASCII)
      }) {
        problems.append("no example shows the rule \(rule.id) not applying")
      }
    }
    return problems
  }

  /// Every string an assessment shows a reader, for "mentions" checks.
  static func readableText(of assessment: Assessment) -> String {
    var parts: [String] = [assessment.level.title, assessment.level.description]
    for indicator in assessment.matched {
      parts.append(indicator.text)
      parts += TextWords.kind(indicator.kind).map { [$0] } ?? []
    }
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
    parts += assessment.respondingAgencies + assessment.warnings.map(\.message)
    parts += assessment.area.notes.map(\.text) + assessment.area.supportContacts.map(\.value)
    return parts.joined(separator: "\n")
  }

  /// What every assessment of an area shows, whatever the case.
  private static func constantText(of assessment: Assessment) -> String {
    var parts = [assessment.immediateDanger.text] + assessment.immediateDanger.contacts.map(\.value)
    parts += assessment.area.notes.map(\.text) + assessment.area.supportContacts.map(\.value)
    parts += [Assessment.judgementReminder, Assessment.contactsCaution]
    return parts.joined(separator: "\n")
  }

  /// A route's text, for "route" checks.
  static func routeText(_ route: Route) -> [String] {
    [route.name, route.service] + route.actions + route.contacts.map { "\($0.service) \($0.value)" }
      + [route.form, route.timescale, route.consent].compactMap { $0 }
  }

  private static func normalised(_ text: String) -> String { TextSearch.normalised(text) }
}
