/// What a combination rule did to one assessment.
public enum RuleOutcome: Sendable, Hashable {
  /// The document gives no counting rule; the level is the highest indicator's.
  case levelFollowsHighestIndicator(level: Int)
  /// Too few indicators of a level were present, so the level fell to `newLevel`.
  case tooFewAtLevel(level: Int, found: Int, required: Int, newLevel: Int)
  /// Functional needs scores met the threshold; the level went from `from` to `to`
  /// (equal when a higher level already stood).
  case functionalNeedsMet(moderate: Int, severe: Int, from: Int, to: Int)
  /// Enough unmet needs were present to change the route.
  case routeChanged(unmetNeeds: Int)
  /// A cluster of indicators at one level, across domains, added an advisory.
  case clusterFound(count: Int, domains: Int)
  /// Hours of learning support selected a route within the rule.
  case supportHours(hours: Double, band: SupportHoursBand)

  /// Whether the outcome changed the suggested level.
  public var changedLevel: Bool {
    switch self {
    case .tooFewAtLevel: true
    case .functionalNeedsMet(_, _, let from, let to): from != to
    default: false
    }
  }
}

/// Where a number of hours falls against a rule's threshold.
public enum SupportHoursBand: String, Sendable, Hashable {
  /// Under the threshold.
  case below
  /// Exactly the threshold.
  case atThreshold = "at-threshold"
  /// Over the threshold.
  case above
}

/// A combination rule that applied to an assessment, with what it did.
public struct AppliedRule: Sendable, Hashable {
  /// The rule, with its source sentence.
  public let rule: CombinationRule
  /// What it did.
  public let outcome: RuleOutcome

  /// Creates an applied rule.
  ///
  /// - Parameters:
  ///   - rule: The rule.
  ///   - outcome: What it did.
  public init(rule: CombinationRule, outcome: RuleOutcome) {
    self.rule = rule
    self.outcome = outcome
  }

  /// What the rule did, in a sentence for the reader.
  public var effect: String {
    switch outcome {
    case .levelFollowsHighestIndicator(let level):
      return "The document gives no counting rule: the level is the highest indicator's "
        + "(level \(level))."
    case .tooFewAtLevel(let level, let found, let required, let newLevel):
      let count =
        found == 1 ? "one level \(level) indicator was" : "\(found) level \(level) indicators were"
      return "Only \(count) selected and \(required) or more are needed, so the level is "
        + "\(newLevel), not \(level)."
    case .functionalNeedsMet(let moderate, let severe, let from, let to):
      let scores =
        "\(moderate) moderate and \(severe) severe or profound score"
        + (moderate + severe == 1 ? "" : "s")
      return from == to
        ? "The functional needs scores (\(scores)) meet the threshold; the level was already "
          + "\(to)."
        : "The functional needs scores (\(scores)) meet the threshold, so the level rises "
          + "from \(from) to \(to)."
    case .routeChanged(let unmetNeeds):
      return "\(unmetNeeds) unmet needs (indicators above the lowest level) are selected, so the "
        + "route changes."
    case .clusterFound(let count, let domains):
      return "\(count) indicators at this level across \(domains) domains: see the advisory. "
        + "The level is not changed."
    case .supportHours(let hours, let band):
      let words =
        switch band {
        case .below: "under"
        case .atThreshold: "exactly at"
        case .above: "over"
        }
      return "\(Assessment.formatHours(hours)) hours a week is \(words) the threshold; the level "
        + "is not changed."
    }
  }
}

/// A piece of advice an assessment adds beside the level: a rule's advisory, a note about the
/// input, or guidance for the case's circumstances.
public struct Advisory: Sendable, Hashable {
  /// The advice.
  public let text: String
  /// Where the document says it, or `nil` for the tool's own note.
  public let source: Citation?
  /// The rule that raised it, if any.
  public let ruleID: String?

  /// Creates an advisory.
  ///
  /// - Parameters:
  ///   - text: The advice.
  ///   - source: Where the document says it.
  ///   - ruleID: The rule that raised it.
  public init(text: String, source: Citation?, ruleID: String? = nil) {
    self.text = text
    self.source = source
    self.ruleID = ruleID
  }
}

/// The result of assessing one case: the suggested level, why, and what to do.
///
/// It supports and never replaces professional judgement; ``Assessment/judgementReminder``
/// says so and every rendering shows it.
public struct Assessment: Sendable {
  /// The identifier the case gave, echoed back.
  public let caseID: String?
  /// The document the assessment follows.
  public let ruleSet: RuleSet
  /// The area whose routes apply.
  public let area: Area
  /// The child's age, if given.
  public let age: ChildAge?
  /// The suggested level.
  public let level: Level
  /// The highest level among the selected indicators (1 if none), before any rule applied.
  public let indicatorLevel: Int
  /// The selected indicators, in the order given, without repeats.
  public let matched: [Indicator]
  /// The functional needs scores given, with their functions, in matrix order.
  public let functionalNeeds: [(function: FunctionalNeedsMatrix.Function, score: Int?)]
  /// The hours of learning support given.
  public let senSupportHours: Double?
  /// The combination rules that applied, in order.
  public let rules: [AppliedRule]
  /// Advisories from rules and notes about the input.
  public let advisories: [Advisory]
  /// The response route: what to do and whom to contact.
  public let route: Route
  /// The responding agencies the matched indicators name, in order of first mention.
  public let respondingAgencies: [String]
  /// Special routes and notes relevant to the case.
  public let specialRoutes: [SpecialRoute]
  /// Consent guidance that fits the child's age (all of it when no age was given).
  public let consent: [ConsentGuidance]
  /// What to do if the child is in immediate danger.
  public let immediateDanger: ImmediateDangerAdvice
  /// Notes about the input: repeats removed, unknown keys ignored, no age given.
  public let warnings: [String]
  /// Where the parts come from in the registry, so an encoder can reuse their encoding;
  /// `nil` for an assessment built outside it.
  let identity: AssessmentIdentity?

  /// The reminder every result carries.
  public static let judgementReminder =
    "This suggestion supports and does not replace professional judgement. If you are unsure, "
    + "talk to your safeguarding lead or the service named in the route."

  /// The caution about contact details.
  public static let contactsCaution =
    "Contact details are as printed in the document and may have changed since it was published."

  /// Formats hours without a trailing ".0" ("12", "12.5").
  ///
  /// - Parameter hours: Hours a week.
  /// - Returns: The hours in words.
  public static func formatHours(_ hours: Double) -> String {
    // Whole numbers print without ".0"; the core avoids libm, so no rounded().
    if hours.isFinite, abs(hours) < 1e15, hours == Double(Int(hours)) {
      return String(Int(hours))
    }
    return String(hours)
  }
}

/// Where an assessment's parts come from, by position, so that parts which are the same for
/// every case (a level, an indicator, a route, consent for an age) are encoded once.
struct AssessmentIdentity: Sendable {
  /// The rule set's position in the registry.
  let ruleSet: Int
  /// The area's position in its rule set.
  let area: Int
  /// The matched indicators' positions, in `matched` order.
  let indicators: [Int]
  /// The special routes' positions in the area, in `specialRoutes` order.
  let specialRoutes: [Int]
  /// The applied rules' positions in the rule set, in `rules` order.
  let rules: [Int]
  /// Whether a rule replaced the level's route.
  let routeIsOverride: Bool
  /// The age, as a number: years, -1 for unborn, -2 when not given.
  let ageKey: Int
}
