/// Assesses cases against the encoded documents.
///
/// The suggested level is the highest level among the selected indicators (level 1 when there
/// are none); then the rule set's combination rules apply in order, each recorded with its
/// source sentence. The same case always gives the same assessment.
public struct Assessor: Sendable {
  /// Creates an assessor over every registered rule set.
  public init() {}

  /// Assesses one case.
  ///
  /// - Parameter input: The case.
  /// - Returns: The assessment: level, reasons, route, consent and immediate-danger advice.
  /// - Throws: ``AssessmentError`` when the case names an unknown area, indicator or function,
  ///   or gives an impossible age, an age an indicator does not fit, or a score out of range.
  public func assess(_ input: Case) throws(AssessmentError) -> Assessment {
    let resolved = try resolve(input)
    let evaluation = evaluate(resolved)
    return makeAssessment(resolved, evaluation)
  }

  /// Checks a case and looks up everything it names.
  ///
  /// - Parameter input: The case.
  /// - Returns: The case resolved against its rule set.
  /// - Throws: ``AssessmentError`` for anything the case names that does not exist or fit.
  func resolve(_ input: Case) throws(AssessmentError) -> ResolvedCase {
    guard let (compiled, areaIndex) = CompiledRuleSet.area(input.authority) else {
      throw CompiledRuleSet.unknownAuthority(input.authority)
    }
    var resolved = ResolvedCase(
      compiled: compiled, areaIndex: areaIndex, caseID: input.id, age: input.age)
    if case .years(let years) = input.age, !ChildAge.supportedYears.contains(years) {
      throw .ageOutOfRange(years)
    }
    for id in input.indicators {
      guard let position = compiled.indicatorPositions[id] else {
        throw compiled.missingIndicator(id, areaID: input.authority)
      }
      try resolved.addIndicator(at: position)
    }
    for entry in input.functionalNeeds {
      try resolved.addScore(entry.score, forFunctionNamed: entry.function)
    }
    if let hours = input.senSupportHours {
      try resolved.setSupportHours(hours, text: Assessment.formatHours(hours))
    }
    resolved.ignoredKeys = input.ignoredKeys
    return resolved
  }

  /// Applies the highest-indicator rule and then the rule set's combination rules.
  ///
  /// - Parameter resolved: A resolved case.
  /// - Returns: The level, the rules that applied, advisories and any route override.
  func evaluate(_ resolved: ResolvedCase) -> Evaluation {
    let ruleSet = resolved.compiled.ruleSet
    let indicators = ruleSet.indicators
    let areaID = ruleSet.areas[resolved.areaIndex].id
    var indicatorLevel = 1
    for position in resolved.indicators {
      indicatorLevel = max(indicatorLevel, indicators[position].level)
    }
    var evaluation = Evaluation(indicatorLevel: indicatorLevel, level: indicatorLevel)
    for (ruleIndex, rule) in ruleSet.rules.enumerated() where rule.applies(in: areaID) {
      switch rule.effect {
      case .highestIndicator:
        evaluation.apply(ruleIndex, .levelFollowsHighestIndicator(level: evaluation.level))

      case .requireCount(let level, let count, let otherwise):
        guard evaluation.level == level, indicatorLevel == level else { continue }
        let found = resolved.indicators.count { indicators[$0].level == level }
        guard found > 0, found < count else { continue }
        evaluation.level = otherwise
        evaluation.apply(
          ruleIndex,
          .tooFewAtLevel(level: level, found: found, required: count, newLevel: otherwise))

      case .functionalNeeds(_, let moderateNeeded, let severeNeeded, let raiseTo, let route):
        guard !resolved.scores.isEmpty else { continue }
        let moderate = resolved.scores.count { $0.score == 2 }
        let severe = resolved.scores.count { ($0.score ?? 0) >= 3 }
        if moderate >= moderateNeeded || severe >= severeNeeded {
          let from = evaluation.level
          evaluation.level = max(evaluation.level, raiseTo)
          if from < raiseTo, let route { evaluation.routeOverride = route }
          evaluation.apply(
            ruleIndex,
            .functionalNeedsMet(
              moderate: moderate, severe: severe, from: from, to: evaluation.level))
        } else {
          evaluation.advisories.append(
            Advisory(
              text: "The functional needs scores (\(moderate) moderate, \(severe) severe or "
                + "profound) do not meet the threshold for a child in need due to disability: "
                + "at least \(moderateNeeded) moderate or \(severeNeeded) severe or profound.",
              source: rule.source, ruleID: rule.id))
        }

      case .unmetNeedsReferral(let count, let aboveLevel, let upToLevel, let route):
        guard evaluation.level <= upToLevel else { continue }
        let unmet = resolved.indicators.count { indicators[$0].level > aboveLevel }
        guard unmet >= count else { continue }
        evaluation.routeOverride = route
        evaluation.apply(ruleIndex, .routeChanged(unmetNeeds: unmet))

      case .clusterAdvisory(let level, let count, let domainCount, let advice):
        guard evaluation.level == level else { continue }
        var domains: [String] = []
        var found = 0
        for position in resolved.indicators where indicators[position].level == level {
          found += 1
          if !domains.contains(indicators[position].domain) {
            domains.append(indicators[position].domain)
          }
        }
        guard found >= count, domains.count >= domainCount else { continue }
        evaluation.apply(ruleIndex, .clusterFound(count: found, domains: domains.count))
        evaluation.advisories.append(
          Advisory(text: advice, source: rule.source, ruleID: rule.id))

      case .supportHours(let threshold, let below, let above, let atThreshold):
        guard let hours = resolved.supportHours else { continue }
        let band: SupportHoursBand =
          hours < Double(threshold) ? .below : hours > Double(threshold) ? .above : .atThreshold
        evaluation.apply(ruleIndex, .supportHours(hours: hours, band: band))
        let text =
          switch band {
          case .below: below
          case .above: above
          case .atThreshold: atThreshold
          }
        evaluation.advisories.append(Advisory(text: text, source: rule.source, ruleID: rule.id))
      }
    }
    return evaluation
  }

  /// Builds the full assessment from a resolved case and its evaluation.
  ///
  /// - Parameters:
  ///   - resolved: The resolved case.
  ///   - evaluation: Its evaluation.
  /// - Returns: The assessment.
  func makeAssessment(_ resolved: ResolvedCase, _ evaluation: Evaluation) -> Assessment {
    let compiled = resolved.compiled
    let ruleSet = compiled.ruleSet
    let area = ruleSet.areas[resolved.areaIndex]
    let matched = resolved.indicators.map { ruleSet.indicators[$0] }
    let applied = evaluation.applied.map {
      AppliedRule(rule: ruleSet.rules[$0.rule], outcome: $0.outcome)
    }
    let level = ruleSet.level(rank: evaluation.level) ?? ruleSet.levels[0]
    let route =
      evaluation.routeOverride ?? area.route(forLevel: evaluation.level) ?? area.routes[0]

    // Agencies as first printed; "Social care" and "Social Care" are one agency.
    var agencies: [String] = []
    var agencyKeys: Set<String> = []
    for indicator in matched {
      for agency in indicator.agencies
      where agencyKeys.insert(TextSearch.normalised(agency)).inserted {
        agencies.append(agency)
      }
    }
    let matchedIDs = Set(matched.map(\.id))
    let appliedIDs = Set(applied.map(\.rule.id))
    let special = area.specialRoutes.filter { route in
      route.triggers.contains { trigger in
        switch trigger {
        case .indicator(let id): matchedIDs.contains(id)
        case .unborn: resolved.age == .unborn
        case .rule(let id): appliedIDs.contains(id)
        case .levelAtLeast(let rank): evaluation.level >= rank
        }
      }
    }
    let consent = area.consent.filter { guidance in
      guard let ages = guidance.ages, let age = resolved.age else { return true }
      return ages.admits(age)
    }

    var warnings: [String] = []
    if matched.isEmpty && resolved.scores.isEmpty && resolved.supportHours == nil {
      warnings.append(Self.noIndicatorsWarning)
    }
    if resolved.age == nil {
      if compiled.hasAgeQualifiers || area.consent.contains(where: { $0.ages != nil }) {
        warnings.append(Self.noAgeWarning)
      }
    } else if area.consent.contains(where: { $0.ages != nil }),
      !consent.contains(where: { $0.ages != nil })
    {
      warnings.append(Self.noConsentForAgeWarning)
    }
    for id in resolved.repeatedIndicators {
      warnings.append("The indicator '\(id)' was given more than once; it counts once.")
    }
    for key in resolved.ignoredKeys {
      warnings.append("The key '\(key)' is not part of a case and was ignored.")
    }
    if resolved.supportHours != nil, !ruleSet.rules.contains(where: Self.isSupportHoursRule) {
      warnings.append(Self.supportHoursUnusedWarning)
    }

    let matrix = compiled.matrix
    return Assessment(
      caseID: resolved.caseID,
      ruleSet: ruleSet,
      area: area,
      age: resolved.age,
      level: level,
      indicatorLevel: evaluation.indicatorLevel,
      matched: matched,
      functionalNeeds: resolved.scores.compactMap { entry in
        matrix.map { (function: $0.functions[entry.function], score: entry.score) }
      },
      senSupportHours: resolved.supportHours,
      rules: applied,
      advisories: evaluation.advisories,
      route: route,
      respondingAgencies: agencies,
      specialRoutes: special,
      consent: consent,
      immediateDanger: area.immediateDanger ?? .general,
      warnings: warnings)
  }

  private static func isSupportHoursRule(_ rule: CombinationRule) -> Bool {
    if case .supportHours = rule.effect { return true }
    return false
  }

  /// Shown when a case selects nothing.
  static let noIndicatorsWarning =
    "No indicators were selected, so the level is 1 (universal). Select the indicators you see "
    + "to get a suggestion."
  /// Shown when a case gives no age.
  static let noAgeWarning =
    "No age was given: age-banded indicators were not checked against the child's age, and "
    + "consent guidance for every age is shown."
  /// Shown when the document's consent guidance by age does not cover the child's age.
  static let noConsentForAgeWarning =
    "The document gives no consent guidance for a child of this age; its general guidance is shown."
  /// Shown when hours of support were given but the document has no rule for them.
  static let supportHoursUnusedWarning =
    "This document has no rule about hours of learning support; the hours given were not used."
}

/// A case checked against its rule set, with everything it names looked up.
struct ResolvedCase {
  let compiled: CompiledRuleSet
  let areaIndex: Int
  var caseID: String?
  var age: ChildAge?
  /// Indicator positions, in the order given, without repeats.
  var indicators: [Int] = []
  var repeatedIndicators: [String] = []
  /// Function positions in the matrix and their scores (`nil`: not tested), in matrix order.
  var scores: [(function: Int, score: Int?)] = []
  var supportHours: Double?
  var ignoredKeys: [String] = []

  init(compiled: CompiledRuleSet, areaIndex: Int, caseID: String?, age: ChildAge?) {
    self.compiled = compiled
    self.areaIndex = areaIndex
    self.caseID = caseID
    self.age = age
  }

  /// Adds an indicator, checking its age qualifier; a repeat is noted and counted once.
  mutating func addIndicator(at position: Int) throws(AssessmentError) {
    if indicators.contains(position) {
      let id = compiled.ruleSet.indicators[position].id
      if !repeatedIndicators.contains(id) { repeatedIndicators.append(id) }
      return
    }
    try compiled.checkAge(ofIndicatorAt: position, for: age)
    indicators.append(position)
  }

  /// Adds a functional needs score.
  mutating func addScore(_ score: Int?, forFunctionNamed name: String) throws(AssessmentError) {
    guard let matrix = compiled.matrix else {
      throw .noFunctionalNeedsMatrix(ruleSet: compiled.ruleSet.id)
    }
    guard let index = matrix.functions.firstIndex(where: { $0 == matrix.function(named: name) })
    else {
      let names = matrix.functions.filter(\.isInUse).map(\.id)
      throw .unknownFunction(
        name, suggestion: TextSearch.suggestion(for: TextSearch.normalised(name), among: names))
    }
    let function = matrix.functions[index]
    guard function.isInUse else {
      throw .functionNotInUse(function.id, note: function.note ?? "not in use")
    }
    if let score, !(0...matrix.maximumScore).contains(score) {
      throw .scoreOutOfRange(function: function.id, score: score, maximum: matrix.maximumScore)
    }
    if scores.contains(where: { $0.function == index }) {
      throw .functionScoredTwice(function.id)
    }
    let insertAt = scores.firstIndex { $0.function > index } ?? scores.endIndex
    scores.insert((function: index, score: score), at: insertAt)
  }

  /// Sets the hours of learning support.
  mutating func setSupportHours(_ hours: Double, text: String) throws(AssessmentError) {
    guard hours.isFinite, hours >= 0 else { throw .invalidSupportHours(text) }
    supportHours = hours
  }
}

/// The outcome of the rules for one case, before it is dressed as an ``Assessment``.
struct Evaluation {
  var indicatorLevel: Int
  var level: Int
  var applied: [(rule: Int, outcome: RuleOutcome)] = []
  var advisories: [Advisory] = []
  var routeOverride: Route?

  mutating func apply(_ rule: Int, _ outcome: RuleOutcome) {
    applied.append((rule: rule, outcome: outcome))
  }
}
