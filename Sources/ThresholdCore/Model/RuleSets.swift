/// The registry of every encoded document: the one list the tool reads.
public enum RuleSets {
  /// Every rule set, in the order the tool lists them.
  public static let all: [RuleSet] = [.camden, .hertfordshire, .herefordshire, .llr, .medway]

  /// Every area of every rule set, in the order the tool lists them.
  public static var areas: [(area: Area, ruleSet: RuleSet)] {
    all.flatMap { ruleSet in ruleSet.areas.map { (area: $0, ruleSet: ruleSet) } }
  }

  /// The rule set with an identifier.
  ///
  /// - Parameter id: The rule set identifier ("llr").
  /// - Returns: The rule set, or `nil`.
  public static func ruleSet(id: String) -> RuleSet? {
    all.first { $0.id == id }
  }

  /// The area with an identifier and the rule set it uses.
  ///
  /// - Parameter id: The area identifier ("rutland").
  /// - Returns: The area and its rule set, or `nil`.
  public static func area(id: String) -> (area: Area, ruleSet: RuleSet)? {
    for ruleSet in all {
      if let area = ruleSet.area(id: id) { return (area, ruleSet) }
    }
    return nil
  }

  /// The rule set that holds an indicator, and the indicator.
  ///
  /// - Parameter id: The indicator identifier.
  /// - Returns: The indicator and its rule set, or `nil`.
  public static func indicator(id: String) -> (indicator: Indicator, ruleSet: RuleSet)? {
    for ruleSet in all {
      if let indicator = ruleSet.indicators.first(where: { $0.id == id }) {
        return (indicator, ruleSet)
      }
    }
    return nil
  }

  /// The error for a name that is not an area: a rule set shared by several areas, or an
  /// unknown name with the closest area as a suggestion.
  ///
  /// - Parameter name: What the user gave.
  /// - Returns: The error.
  public static func unknownAreaError(_ name: String) -> AssessmentError {
    CompiledRuleSet.unknownAuthority(name)
  }
}
