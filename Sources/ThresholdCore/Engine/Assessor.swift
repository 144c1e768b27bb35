/// Assesses cases against a registry of rule sets.
///
/// The suggested level is the highest level among the selected indicators (level 1 when there
/// are none); then the area's combination rules apply in order, each recorded with its source
/// sentence. The same case always gives the same assessment.
public struct Assessor: Sendable {
  /// The rule sets cases are assessed against.
  public let registry: RuleSetRegistry

  /// Creates an assessor.
  ///
  /// - Parameter registry: The rule sets (by default, the built-in documents).
  public init(registry: RuleSetRegistry = .builtIn) {
    self.registry = registry
  }

  /// Assesses one case built in code.
  ///
  /// - Parameter input: The case.
  /// - Returns: The assessment: level, reasons, route, consent and immediate-danger advice.
  /// - Throws: ``AssessmentError`` when the case names an unknown area, indicator or function,
  ///   or gives an impossible age, an age an indicator does not fit, or a score out of range.
  public func assess(_ input: Case) throws(AssessmentError) -> Assessment {
    do throws(CaseError) {
      return try CaseFields.with(input) { fields throws(CaseError) in
        try assess(&fields, id: input.id)
      }
    } catch {
      throw error.error
    }
  }

  /// Assesses one case written as text (options, a CSV row, the guided dialogue), checked by
  /// the same validator as any other.
  ///
  /// - Parameter input: The case.
  /// - Returns: The assessment.
  /// - Throws: ``AssessmentError`` for anything that does not exist, fit or read as a number.
  public func assess(_ input: CaseText) throws(AssessmentError) -> Assessment {
    do throws(CaseError) {
      return try CaseFields.with(input) { fields throws(CaseError) in
        try assess(&fields, id: input.id)
      }
    } catch {
      throw error.error
    }
  }

  func assess(_ fields: inout CaseFields, id: CaseID?) throws(CaseError) -> Assessment {
    var result = CaseResult()
    var cache = CompiledCache()
    try CaseValidator.resolve(&fields, in: registry, into: &result, cache: &cache)
    result.evaluate()
    return Assessment(result: result, compiled: result.compiled, caseID: id)
  }
}

/// What a combination rule did to an assessment.
public struct AppliedRule: Sendable {
  /// The rule, with its source sentence.
  public let rule: CombinationRule
  /// The numbers it reported.
  public let outcome: RuleOutcome
  /// The level before the rule.
  public let levelBefore: Int
  /// The level after it.
  public let levelAfter: Int
  /// Whether its own route replaced the level's.
  public let replacedRoute: Bool

  /// What the rule did, in a sentence for the reader.
  public var effect: String { rule.kind.effect(of: outcome) }

  /// Whether the rule changed the suggested level.
  public var changedLevel: Bool { levelBefore != levelAfter }
}

/// A piece of advice an assessment adds beside the level.
public struct Advisory: Sendable, Hashable {
  /// The advice.
  public let text: String
  /// Where the document's rule is printed.
  public let source: Citation?
  /// The rule that raised it.
  public let ruleID: String?
  /// Whether the words are the document's own (`false`: the tool's note on the rule).
  public let isDocuments: Bool
}

/// A note about the input or about what the document covers, shown beside the result.
public enum AssessmentWarning: Sendable, Hashable {
  /// Nothing was selected.
  case noIndicators
  /// No age was given where the document has age bands or consent by age.
  case noAge
  /// The document gives no consent guidance for this age.
  case noConsentForAge
  /// An indicator was given more than once.
  case repeatedIndicator(String)
  /// A key or column was not part of a case.
  case ignoredField(String, isColumn: Bool)
  /// More keys or columns were ignored than are named.
  case moreIgnoredFields(Int, isColumn: Bool)
  /// Hours of learning support were given, but no rule of the document reads them.
  case supportHoursUnused

  /// The warning in words.
  public var message: String {
    switch self {
    case .noIndicators:
      return "No indicators were selected, so the level is 1 (universal). Select the indicators "
        + "you see to get a suggestion."
    case .noAge:
      return "No age was given: age-banded indicators were not checked against the child's "
        + "age, and consent guidance for every age is shown."
    case .noConsentForAge:
      return "The document gives no consent guidance for a child of this age; its general "
        + "guidance is shown."
    case .repeatedIndicator(let id):
      return "The indicator '\(id)' was given more than once; it counts once."
    case .ignoredField(let name, let isColumn):
      return isColumn
        ? "The column '\(name)' is not part of a case and was ignored."
        : "The key '\(name)' is not part of a case and was ignored."
    case .moreIgnoredFields(let count, let isColumn):
      return "\(count) more \(isColumn ? "columns" : "keys") not part of a case were ignored."
    case .supportHoursUnused:
      return "This document has no rule about hours of learning support; the hours given were "
        + "not used."
    }
  }
}

extension CaseResult {
  /// The area's special routes that the case triggers, by position.
  func specialRoutes() -> [Int] {
    compiled.specialTriggers[area].indices.filter { triggersSpecialRoute($0) }
  }

  /// Whether the case triggers the area's special route at a position (one of
  /// ``specialRoutes()``, without building the list).
  func triggersSpecialRoute(_ index: Int) -> Bool {
    compiled.specialTriggers[area][index].withUnsafeBufferPointer { triggers in
      for trigger in triggers where holds(trigger) { return true }
      return false
    }
  }

  private func holds(_ trigger: ResolvedTrigger) -> Bool {
    switch trigger {
    case .indicator(let position): return position >= 0 && seen.contains(position)
    case .unborn: return age == .unborn
    case .rule(let rule): return applied.contains { $0.rule == rule }
    case .levelAtLeast(let rank): return level >= rank
    case .levelAtMost(let rank): return level <= rank
    case .ageNotGiven: return age == nil
    case .age(let range): return age.map(range.admits) ?? false
    case .all(let triggers):
      // A loop, not `allSatisfy(holds)`: a method passed as a closure holds a copy of the result.
      for trigger in triggers where !holds(trigger) { return false }
      return true
    }
  }

  /// The positions of the area's consent guidance that fits the child's age (all of it when
  /// no age was given).
  func consent() -> [Int] {
    Self.consent(in: compiled, area: area, age: age)
  }

  /// The positions of an area's consent guidance that fits an age (all of it for no age).
  static func consent(in compiled: CompiledRuleSet, area: Int, age: ChildAge?) -> [Int] {
    let guidance = compiled.ruleSet.areas[area].consent
    return guidance.indices.filter { index in
      guard let ages = guidance[index].ages, let age else { return true }
      return ages.admits(age)
    }
  }

  /// The route: a rule's own, or the level's.
  func route() -> Route {
    Self.route(in: compiled, area: area, level: level, routeRule: routeRule)
  }

  /// The route of a case in an area at a level: the rule's own (for a rule position of 0 or
  /// more whose rule has one), or the level's.
  static func route(in compiled: CompiledRuleSet, area: Int, level: Int, routeRule: Int) -> Route {
    if routeRule >= 0, let route = compiled.kinds[routeRule].route { return route }
    let area = compiled.ruleSet.areas[area]
    return area.route(forLevel: level) ?? area.routes[0]
  }

  /// Whether the case has anything to warn about, without building the warnings.
  var hasWarnings: Bool {
    if indicators.isEmpty && scores.isEmpty && supportHours == nil { return true }
    if !repeated.isEmpty || !ignored.isEmpty { return true }
    if supportHours != nil, !tables.readsSupportHours { return true }
    return tables.ageWarns(area: area, ageKey: CompiledRuleSet.ageKey(age))
  }

  /// Notes about the input and about what the document covers.
  func warnings() -> [AssessmentWarning] {
    let compiled = compiled
    var warnings: [AssessmentWarning] = []
    if indicators.isEmpty && scores.isEmpty && supportHours == nil {
      warnings.append(.noIndicators)
    }
    if let warning = compiled.ageWarnings[self.area][CompiledRuleSet.ageKey(age)] {
      warnings.append(warning)
    }
    for position in repeated {
      warnings.append(.repeatedIndicator(compiled.ruleSet.indicators[position].id))
    }
    for name in ignored.names { warnings.append(.ignoredField(name, isColumn: ignored.areColumns)) }
    if ignored.count > ignored.names.count {
      warnings.append(
        .moreIgnoredFields(ignored.count - ignored.names.count, isColumn: ignored.areColumns))
    }
    if supportHours != nil, !compiled.readsSupportHours { warnings.append(.supportHoursUnused) }
    return warnings
  }

  /// The responding agencies the matched indicators name, once each ("Social care" and
  /// "Social Care" are one), in order of first mention.
  func respondingAgencies() -> [String] {
    var agencies: [String] = []
    var keys: [String] = []
    let all = compiled.ruleSet.indicators
    for position in indicators {
      for agency in all[position].agencies {
        let key = TextSearch.normalised(agency)
        if !keys.contains(key) {
          keys.append(key)
          agencies.append(agency)
        }
      }
    }
    return agencies
  }
}
