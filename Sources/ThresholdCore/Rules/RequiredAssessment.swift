/// A group of children the document says **must** be assessed (Camden, Section 3.3: "the
/// following children must be assessed: …"): whenever a selected indicator (or the child's age)
/// puts the child in the group, the assessment says so and quotes the sentence, whatever level
/// the rules give. The level and route are unchanged.
///
/// Outcome numbers: `first` is the position in `indicators` of the first selected one that
/// puts the child in the group, or -1 where the age alone does, -2 functional needs scores,
/// -3 hours of learning support.
public struct RequiredAssessment: RuleKind {
  /// `required-assessment`.
  public static let name = "required-assessment"
  /// What rules of this kind do.
  public static let summary =
    "When a selected indicator from `indicators` (or, if `whenScored`, functional needs "
    + "scores; if `whenSupportHours`, hours of learning support above 0), with the child's age "
    + "inside `ages` if it is given, puts the child in a group the document says must be "
    + "assessed, adds `advice`, whatever the level; the level and route are unchanged."
  /// The parameters.
  public static let parameters = [
    (name: "indicators", meaning: "identifiers of indicators that put a child in the group"),
    (name: "ages", meaning: "the ages of the group (`youngest`, `oldest`, `printed`), or null"),
    (name: "whenScored", meaning: "whether functional needs scores put a child in the group"),
    (name: "whenSupportHours", meaning: "whether hours of learning support above 0 do"),
    (name: "advice", meaning: "what the document says must happen, verbatim"),
  ]

  /// Identifiers of the indicators that put a child in the group.
  public let indicators: [String]
  /// The ages of the group, or `nil` for any age.
  public let ages: AgeQualifier?
  /// What the document says must happen, verbatim.
  public let text: String
  /// Whether functional needs scores put a child in the group (a child assessed for disability).
  public let whenScored: Bool
  /// Whether hours of learning support above 0 put a child in the group.
  public let whenSupportHours: Bool
  /// The indicators' positions in the rule set (filled in when the rule set is compiled).
  let positions: [Int]

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - indicators: Indicators that put a child in the group.
  ///   - ages: The group's ages, if it is defined by age.
  ///   - whenScored: Whether functional needs scores put a child in the group.
  ///   - whenSupportHours: Whether hours of learning support above 0 do.
  ///   - advice: What must happen, verbatim.
  public init(
    indicators: [String], ages: AgeQualifier? = nil, whenScored: Bool = false,
    whenSupportHours: Bool = false, advice: String
  ) {
    self.init(
      indicators: indicators, ages: ages, whenScored: whenScored,
      whenSupportHours: whenSupportHours, advice: advice, positions: [])
  }

  private init(
    indicators: [String], ages: AgeQualifier?, whenScored: Bool, whenSupportHours: Bool,
    advice: String, positions: [Int]
  ) {
    self.indicators = indicators
    self.ages = ages
    self.text = advice
    self.whenScored = whenScored
    self.whenSupportHours = whenSupportHours
    self.positions = positions
  }

  /// The rule reads hours of learning support when they put a child in the group.
  public var readsSupportHours: Bool { whenSupportHours }

  /// The rule with its indicators' positions in the rule set looked up.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The prepared rule.
  public func prepared(for ruleSet: RuleSet) -> any RuleKind {
    let ids = ruleSet.indicators.map(\.id)
    return RequiredAssessment(
      indicators: indicators, ages: ages, whenScored: whenScored,
      whenSupportHours: whenSupportHours, advice: text,
      positions: indicators.map { ids.firstIndex(of: $0) ?? -1 })
  }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    self.init(
      indicators: effect.strings("indicators"), ages: effect.optionalAges("ages"),
      whenScored: effect.bool("whenScored"), whenSupportHours: effect.bool("whenSupportHours"),
      advice: effect.string("advice"))
  }

  /// Writes `indicators`, `ages` and `advice`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("indicators", indicators)
    writer.key("ages")
    if let ages { RuleSetWriter.writeAges(ages, into: &writer) } else { writer.null() }
    writer.member("whenScored", whenScored)
    writer.member("whenSupportHours", whenSupportHours)
    writer.member("advice", text)
  }

  /// Every indicator must exist, and the group must be defined somehow.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    var problems: [String] = []
    let ids = ruleSet.indicators.map(\.id)
    for id in indicators where !ids.contains(id) {
      problems.append("'indicators' names '\(id)', which the rule set does not have.")
    }
    if indicators.isEmpty && ages == nil && !whenScored && !whenSupportHours {
      problems.append(
        "The group needs 'indicators', 'ages', 'whenScored' or 'whenSupportHours'; with none it "
          + "names nobody.")
    }
    if text.isEmpty { problems.append("'advice' is empty.") }
    return problems
  }

  /// Applies, and advises, when the child is in the group.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    if let ages {
      guard let age = context.age, ages.admits(age) else { return }
    }
    var reason = -1
    let namesSomething = !indicators.isEmpty || whenScored || whenSupportHours
    if namesSomething {
      reason = Int.min
      for index in 0..<context.indicatorCount {
        if let found = positions.firstIndex(of: context.indicators[index]) {
          reason = found
          break
        }
      }
      if reason == Int.min, whenScored, context.hasScores { reason = -2 }
      if reason == Int.min, whenSupportHours, (context.supportHours ?? 0) > 0 { reason = -3 }
      guard reason != Int.min else { return }
    }
    context.apply(RuleOutcome(reason))
    context.advise(RuleOutcome(reason))
  }

  /// "The indicator 'camden-young-carers' puts the child in a group the document says must be
  /// assessed; the level is not changed."
  ///
  /// - Parameter outcome: The indicator found.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    let reason =
      switch outcome.first {
      case let index where indicators.indices.contains(index):
        "The indicator '\(indicators[index])' puts"
      case -2: "Functional needs scores put"
      case -3: "Hours of learning support put"
      default: "The child's age (\(ages?.printed ?? "")) puts"
      }
    return reason + " the child in a group the document says must be assessed; the level is "
      + "not changed."
  }

  /// The document's words.
  ///
  /// - Parameter outcome: The indicator found.
  /// - Returns: The advice.
  public func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool) {
    (text, true)
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let rule = RequiredAssessment(
      indicators: ["example-0"], advice: "These children must be assessed for early help.")
    let byAge = RequiredAssessment(
      indicators: [], ages: AgeQualifier("aged 14 to 18", youngest: 14, oldest: 18),
      advice: "Young people aged 14 to 18 must be assessed.")
    return [
      RuleKindExample(
        "A listed indicator, whatever the level", rule, indicators: [(4, 0)], level: 4,
        applies: true, says: ["'example-0'", "must be assessed for early help"]),
      RuleKindExample(
        "No listed indicator", RequiredAssessment(indicators: ["example-1"], advice: "Assess."),
        indicators: [(2, 0)], level: 2, applies: false),
      RuleKindExample(
        "By age: a 15-year-old", byAge, indicators: [], age: .years(15), level: 1, applies: true,
        says: ["aged 14 to 18"]),
      RuleKindExample(
        "By age: a 9-year-old is not in the group", byAge, indicators: [(2, 0)], level: 2,
        applies: false),
      RuleKindExample(
        "Hours of learning support put a child in the group",
        RequiredAssessment(indicators: [], whenSupportHours: true, advice: "Assess."),
        indicators: [], supportHours: 5, level: 1, applies: true,
        says: ["Hours of learning support"]),
      RuleKindExample(
        "No hours, no scores, no listed indicator",
        RequiredAssessment(
          indicators: ["example-1"], whenScored: true, whenSupportHours: true, advice: "Assess."),
        indicators: [(3, 0)], level: 3, applies: false),
    ]
  }()
}

extension RuleKind where Self == RequiredAssessment {
  /// A group of children who must be assessed.
  ///
  /// - Parameters:
  ///   - indicators: Indicators that put a child in the group.
  ///   - ages: The group's ages, if defined by age.
  ///   - whenScored: Whether functional needs scores put a child in the group.
  ///   - whenSupportHours: Whether hours of learning support above 0 do.
  ///   - advice: What must happen, verbatim.
  /// - Returns: The rule.
  public static func requiredAssessment(
    indicators: [String], ages: AgeQualifier? = nil, whenScored: Bool = false,
    whenSupportHours: Bool = false, advice: String
  ) -> RequiredAssessment {
    RequiredAssessment(
      indicators: indicators, ages: ages, whenScored: whenScored,
      whenSupportHours: whenSupportHours, advice: advice)
  }
}
