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
      tables: TablesReference(compiled.packed), areaIndex: areaIndex, caseID: input.id,
      age: input.age)
    if case .years(let years) = input.age, !ChildAge.supportedYears.contains(years) {
      throw .ageOutOfRange(years)
    }
    for id in input.indicators {
      guard let position = compiled.position(ofIndicator: id) else {
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
  /// This is the hot path of a stream: it reads only the compiled rule set's packed arrays.
  ///
  /// - Parameter resolved: A resolved case.
  /// - Returns: The level, the rules that applied, advisories and any route override.
  func evaluate(_ resolved: ResolvedCase) -> Evaluation {
    var evaluation = Evaluation(indicatorLevel: 1, level: 1)
    evaluate(resolved, into: &evaluation)
    return evaluation
  }

  /// Evaluates into existing storage, keeping its arrays' capacity (a stream reuses one).
  ///
  /// - Parameters:
  ///   - resolved: A resolved case.
  ///   - evaluation: Storage for the result.
  func evaluate(_ resolved: ResolvedCase, into evaluation: inout Evaluation) {
    let packed = resolved.tables
    let levels = packed.levels
    var indicatorLevel = 1
    for position in resolved.indicators {
      indicatorLevel = max(indicatorLevel, levels[position])
    }
    evaluation.reset(indicatorLevel: indicatorLevel)
    for ruleIndex in packed.rules(forArea: resolved.areaIndex) {
      switch packed.effects[ruleIndex] {
      case .highestIndicator:
        evaluation.apply(ruleIndex, .levelFollowsHighestIndicator(level: evaluation.level))

      case .requireCount(let level, let count, let otherwise):
        guard evaluation.level == level, indicatorLevel == level else { continue }
        let found = resolved.indicators.count { levels[$0] == level }
        guard found > 0, found < count else { continue }
        evaluation.level = otherwise
        evaluation.apply(
          ruleIndex,
          .tooFewAtLevel(level: level, found: found, required: count, newLevel: otherwise))

      case .functionalNeeds(let moderateNeeded, let severeNeeded, let raiseTo):
        guard !resolved.scores.isEmpty else { continue }
        let moderate = resolved.scores.count { $0.score == 2 }
        let severe = resolved.scores.count { ($0.score ?? 0) >= 3 }
        if moderate >= moderateNeeded || severe >= severeNeeded {
          let from = evaluation.level
          evaluation.level = max(evaluation.level, raiseTo)
          if from < raiseTo,
            case .functionalNeeds(_, _, _, _, let route?) =
              packed.compiled.ruleSet.rules[ruleIndex].effect
          {
            evaluation.routeOverride = route
          }
          evaluation.apply(
            ruleIndex,
            .functionalNeedsMet(
              moderate: moderate, severe: severe, from: from, to: evaluation.level))
        } else {
          evaluation.advisories.append(
            .functionalNeedsNotMet(
              rule: ruleIndex, moderate: moderate, severe: severe, moderateNeeded: moderateNeeded,
              severeNeeded: severeNeeded))
        }

      case .unmetNeedsReferral(let count, let aboveLevel, let upToLevel):
        guard evaluation.level <= upToLevel else { continue }
        let unmet = resolved.indicators.count { levels[$0] > aboveLevel }
        guard unmet >= count else { continue }
        if case .unmetNeedsReferral(_, _, _, let route) =
          packed.compiled.ruleSet.rules[ruleIndex].effect
        {
          evaluation.routeOverride = route
        }
        evaluation.apply(ruleIndex, .routeChanged(unmetNeeds: unmet))

      case .clusterAdvisory(let level, let count, let domainCount):
        guard evaluation.level == level else { continue }
        var domains: UInt64 = 0
        var found = 0
        for position in resolved.indicators where levels[position] == level {
          found += 1
          domains |= 1 << UInt64(packed.domains[position] & 63)
        }
        let domainsFound = domains.nonzeroBitCount
        guard found >= count, domainsFound >= domainCount else { continue }
        evaluation.apply(ruleIndex, .clusterFound(count: found, domains: domainsFound))
        evaluation.advisories.append(.ruleAdvice(rule: ruleIndex, band: nil))

      case .supportHours(let threshold):
        guard let hours = resolved.supportHours else { continue }
        let band: SupportHoursBand =
          hours < Double(threshold) ? .below : hours > Double(threshold) ? .above : .atThreshold
        evaluation.apply(ruleIndex, .supportHours(hours: hours, band: band))
        evaluation.advisories.append(.ruleAdvice(rule: ruleIndex, band: band))
      }
    }
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
    // (Arrays, not sets: these hold a handful of items, and a single-case run starts faster
    // without instantiating more generic types.)
    var agencyKeys: [String] = []
    for indicator in matched {
      for agency in indicator.agencies {
        let key = TextSearch.normalised(agency)
        if !agencyKeys.contains(key) {
          agencyKeys.append(key)
          agencies.append(agency)
        }
      }
    }
    let matchedIDs = matched.map(\.id)
    let appliedIDs = applied.map(\.rule.id)
    let specialPositions = area.specialRoutes.indices.filter { index in
      area.specialRoutes[index].triggers.contains { trigger in
        switch trigger {
        case .indicator(let id): matchedIDs.contains(id)
        case .unborn: resolved.age == .unborn
        case .rule(let id): appliedIDs.contains(id)
        case .levelAtLeast(let rank): evaluation.level >= rank
        }
      }
    }
    let special = specialPositions.map { area.specialRoutes[$0] }
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
      advisories: evaluation.advisories.map { $0.advisory(in: ruleSet) },
      route: route,
      respondingAgencies: agencies,
      specialRoutes: special,
      consent: consent,
      immediateDanger: area.immediateDanger ?? .general,
      warnings: warnings,
      identity: compiled.position < 0
        ? nil
        : AssessmentIdentity(
          ruleSet: compiled.position, area: resolved.areaIndex,
          indicators: Array(resolved.indicators), specialRoutes: specialPositions,
          rules: evaluation.applied.map(\.rule),
          routeIsOverride: evaluation.routeOverride != nil,
          ageKey: resolved.age.map { age in
            switch age {
            case .unborn: -1
            case .years(let years): years
            }
          } ?? -2))
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
  /// The rule set's tables (numbers only, held without reference counting).
  private(set) var tables: TablesReference
  private(set) var areaIndex: Int
  var caseID: String?
  var age: ChildAge?
  /// Indicator positions, in the order given, without repeats.
  var indicators = ScratchArray<Int>()
  var repeatedIndicators: [String] = []
  /// Function positions in the matrix and their scores (`nil`: not tested), in matrix order.
  var scores: [(function: Int, score: Int?)] = []
  var supportHours: Double?
  var ignoredKeys: [String] = []

  /// The compiled rule set, for the paths that need words.
  var compiled: CompiledRuleSet { tables.compiled }

  init(tables: TablesReference, areaIndex: Int, caseID: String?, age: ChildAge?) {
    self.tables = tables
    self.areaIndex = areaIndex
    self.caseID = caseID
    self.age = age
  }

  /// Starts a new case in this storage, keeping the arrays' capacity (a stream reuses one).
  mutating func reset(
    tables: TablesReference, areaIndex: Int, caseID: String?, age: ChildAge?
  ) {
    self.tables = tables
    self.areaIndex = areaIndex
    self.caseID = caseID
    self.age = age
    indicators.removeAll()
    if !repeatedIndicators.isEmpty { repeatedIndicators.removeAll() }
    if !scores.isEmpty { scores.removeAll(keepingCapacity: true) }
    supportHours = nil
    if !ignoredKeys.isEmpty { ignoredKeys.removeAll() }
  }

  /// Adds an indicator, checking its age qualifier; a repeat is noted and counted once.
  mutating func addIndicator(at position: Int) throws(AssessmentError) {
    if indicators.contains(position) {
      let id = compiled.ruleSet.indicators[position].id
      if !repeatedIndicators.contains(id) { repeatedIndicators.append(id) }
      return
    }
    if let age, !tables.ages[position].admits(age) {
      try compiled.checkAge(ofIndicatorAt: position, for: age)
    }
    indicators.append(position)
  }

  /// Adds a functional needs score.
  mutating func addScore(_ score: Int?, forFunctionNamed name: String) throws(AssessmentError) {
    guard let matrix = compiled.matrix else {
      throw .noFunctionalNeedsMatrix(ruleSet: compiled.ruleSet.id)
    }
    let names = compiled.functionNames
    let key =
      names.contains { $0.id == name || $0.number == name } ? name : TextSearch.normalised(name)
    guard
      let index = names.firstIndex(where: { $0.id == key || $0.number == key || $0.name == key })
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
  var applied = ScratchArray<(rule: Int, outcome: RuleOutcome)>()
  /// Advisories, kept as numbers until an assessment is written out.
  var advisories = ScratchArray<PendingAdvisory>()
  var routeOverride: Route?

  mutating func apply(_ rule: Int, _ outcome: RuleOutcome) {
    applied.append((rule: rule, outcome: outcome))
  }

  mutating func reset(indicatorLevel: Int) {
    self.indicatorLevel = indicatorLevel
    level = indicatorLevel
    applied.removeAll()
    advisories.removeAll()
    routeOverride = nil
  }
}

/// An advisory an evaluation raised, as numbers; its words are looked up only when written.
enum PendingAdvisory {
  /// A rule's own advice (a cluster's advice, or the support-hours band's text).
  case ruleAdvice(rule: Int, band: SupportHoursBand?)
  /// Functional needs scores were given but did not meet the threshold.
  case functionalNeedsNotMet(
    rule: Int, moderate: Int, severe: Int, moderateNeeded: Int, severeNeeded: Int)

  func advisory(in ruleSet: RuleSet) -> Advisory {
    switch self {
    case .ruleAdvice(let index, let band):
      let rule = ruleSet.rules[index]
      let text: String
      switch (rule.effect, band) {
      case (.clusterAdvisory(_, _, _, let advice), _): text = advice
      case (.supportHours(_, let below, _, _), .below?): text = below
      case (.supportHours(_, _, let above, _), .above?): text = above
      case (.supportHours(_, _, _, let atThreshold), _): text = atThreshold
      default: text = rule.sentence
      }
      return Advisory(text: text, source: rule.source, ruleID: rule.id)
    case .functionalNeedsNotMet(
      let index, let moderate, let severe, let moderateNeeded, let severeNeeded):
      let rule = ruleSet.rules[index]
      return Advisory(
        text: "The functional needs scores (\(moderate) moderate, \(severe) severe or profound) do "
          + "not meet the threshold for a child in need due to disability: at least "
          + "\(moderateNeeded) moderate or \(severeNeeded) severe or profound.",
        source: rule.source, ruleID: rule.id)
    }
  }
}
