/// The result of assessing one case: the suggested level, why, and what to do.
///
/// It supports and never replaces professional judgement; ``Assessment/judgementReminder``
/// says so and every rendering shows it. It is a view of what the engine worked out: each
/// property is looked up from the rule set when read.
public struct Assessment: Sendable {
  /// What the engine worked out, by position.
  let result: CaseResult
  /// The rule set, kept alive for as long as the assessment is.
  let compiled: CompiledRuleSet
  /// The identifier the case gave, echoed back.
  public let caseID: CaseID?

  init(result: CaseResult, compiled: CompiledRuleSet, caseID: CaseID?) {
    self.result = result
    self.compiled = compiled
    self.caseID = caseID
  }

  /// The document the assessment follows.
  public var ruleSet: RuleSet { compiled.ruleSet }
  /// The area whose routes apply.
  public var area: Area { compiled.ruleSet.areas[result.area] }
  /// The child's age, if given.
  public var age: ChildAge? { result.age }
  /// The suggested level.
  public var level: Level { compiled.level(rank: result.level) }
  /// The highest level among the selected indicators (1 if none), before any rule applied.
  public var indicatorLevel: Int { result.indicatorLevel }
  /// The selected indicators, in the order given, without repeats.
  public var matched: [Indicator] { result.indicators.map { ruleSet.indicators[$0] } }
  /// The functional needs scores given, with their functions, in matrix order.
  public var functionalNeeds: [(function: FunctionalNeedsMatrix.Function, score: Int?)] {
    guard let matrix = compiled.matrix else { return [] }
    return result.scores.map { (matrix.functions[$0.function], $0.score) }
  }
  /// The hours of learning support given.
  public var senSupportHours: Double? { result.supportHours }
  /// The combination rules that applied, in order.
  public var rules: [AppliedRule] {
    result.applied.map {
      AppliedRule(
        rule: ruleSet.rules[$0.rule], outcome: $0.outcome, levelBefore: $0.levelBefore,
        levelAfter: $0.levelAfter, replacedRoute: $0.replacedRoute)
    }
  }
  /// Advice from the rules.
  public var advisories: [Advisory] {
    result.advice.map { record in
      let rule = ruleSet.rules[record.rule]
      let (text, isDocuments) = compiled.kinds[record.rule].advice(for: record.outcome)
      return Advisory(text: text, source: rule.source, ruleID: rule.id, isDocuments: isDocuments)
    }
  }
  /// The advice that is not already the sentence of the rule that gives it: a rendering that
  /// shows each applied rule with its sentence shows these beside it, so nothing is said twice.
  public var advisoriesBesideRules: [Advisory] {
    let sentences = Dictionary(
      rules.map { ($0.rule.id, $0.rule.sentence) }, uniquingKeysWith: { first, _ in first })
    return advisories.filter { advisory in
      guard let rule = advisory.ruleID, let sentence = sentences[rule] else { return true }
      return advisory.text != sentence
    }
  }
  /// The response route: what to do and whom to contact.
  public var route: Route { result.route() }
  /// The responding agencies the matched indicators name, in order of first mention.
  public var respondingAgencies: [String] { result.respondingAgencies() }
  /// Special routes and notes relevant to the case.
  public var specialRoutes: [SpecialRoute] {
    result.specialRoutes().map { area.specialRoutes[$0] }
  }
  /// Consent guidance that fits the child's age (all of it when no age was given).
  public var consent: [ConsentGuidance] { result.consent().map { area.consent[$0] } }
  /// What to do if the child is in immediate danger: the document's advice, or general advice.
  public var immediateDanger: ImmediateDangerAdvice { area.immediateDanger ?? .general }
  /// Notes about the input: nothing selected, no age, repeats, ignored keys.
  public var warnings: [AssessmentWarning] { result.warnings() }

  /// The reminder every result carries.
  public static let judgementReminder =
    "This suggestion supports and does not replace professional judgement. If you are unsure, "
    + "talk to your safeguarding lead or the service named in the route."

  /// The caution about contact details.
  public static let contactsCaution =
    "Contact details are as printed in the document and may have changed since it was published."
}

extension Assessment {
  /// The assessment written in a format, through the same writer a stream uses: a single case
  /// is a stream of one (a CSV header, then its row; an HTML file holding its record).
  ///
  /// - Parameter options: The format and how to lay it out.
  /// - Returns: The text.
  public func rendered(_ options: OutputOptions) -> String {
    var writer = options.makeWriter()
    var output = ByteOutput(capacity: 1 << 14)
    writer.writeStart(into: &output)
    var id = RecordID()
    id.text = caseID?.text
    if case .number = caseID { id.isNumber = true }
    writer.write(result, id: id, caseNumber: 1, into: &output)
    writer.writeEnd(into: &output)
    return output.text
  }
}
