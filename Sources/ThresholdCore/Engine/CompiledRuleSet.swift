/// A rule set with the look-ups an assessment needs, built once.
final class CompiledRuleSet: Sendable {
  /// The rule set.
  let ruleSet: RuleSet
  /// Its position in ``RuleSets/all``.
  let position: Int
  /// Indicator identifier → position in `ruleSet.indicators`.
  let indicatorPositions: [String: Int]
  /// Indicator identifiers as bytes, for the streaming reader.
  let indicatorTable: ByteKeyTable
  /// The functional needs rule's matrix, if the rule set has one.
  let matrix: FunctionalNeedsMatrix?
  /// Whether any indicator carries an age qualifier.
  let hasAgeQualifiers: Bool
  /// Each area's identifier as bytes, by area position.
  let areaIDBytes: [[UInt8]]

  init(_ ruleSet: RuleSet, position: Int) {
    self.ruleSet = ruleSet
    self.position = position
    var positions: [String: Int] = [:]
    positions.reserveCapacity(ruleSet.indicators.count)
    for (index, indicator) in ruleSet.indicators.enumerated() {
      positions[indicator.id] = index
    }
    self.indicatorPositions = positions
    self.indicatorTable = ByteKeyTable(keys: ruleSet.indicators.map(\.id))
    self.matrix =
      ruleSet.rules.lazy.compactMap {
        if case .functionalNeeds(let matrix, _, _, _, _) = $0.effect { return matrix }
        return nil
      }.first
    self.hasAgeQualifiers = ruleSet.indicators.contains { $0.age != nil }
    self.areaIDBytes = ruleSet.areas.map { Array($0.id.utf8) }
  }

  /// Every rule set, compiled on first use.
  static let all: [CompiledRuleSet] = RuleSets.all.enumerated().map {
    CompiledRuleSet($0.element, position: $0.offset)
  }

  /// The compiled rule set holding an area, and the area's position in it.
  ///
  /// - Parameter areaID: The area identifier.
  /// - Returns: The rule set and the area's position.
  static func area(_ areaID: String) -> (ruleSet: CompiledRuleSet, area: Int)? {
    for compiled in all {
      if let index = compiled.ruleSet.areas.firstIndex(where: { $0.id == areaID }) {
        return (compiled, index)
      }
    }
    return nil
  }

  /// The error for an authority that is not an area.
  ///
  /// - Parameter name: What the user gave.
  /// - Returns: The error, with a suggestion where one is close.
  static func unknownAuthority(_ name: String) -> AssessmentError {
    if let shared = RuleSets.ruleSet(id: name) {
      return .ruleSetIsNotAnArea(name, areas: shared.areas.map(\.id))
    }
    let areaIDs = RuleSets.all.flatMap { $0.areas.map(\.id) }
    return .unknownAuthority(
      name, suggestion: TextSearch.suggestion(for: name.lowercased(), among: areaIDs))
  }

  /// The error for an indicator identifier this rule set does not hold.
  ///
  /// - Parameters:
  ///   - id: The identifier.
  ///   - areaID: The case's area.
  /// - Returns: The error: from another rule set, or unknown with a suggestion.
  func missingIndicator(_ id: String, areaID: String) -> AssessmentError {
    for other in Self.all where other !== self {
      if other.indicatorPositions[id] != nil {
        return .indicatorFromOtherRuleSet(id, ruleSet: other.ruleSet.title, area: areaID)
      }
    }
    return .unknownIndicator(
      id,
      suggestion: TextSearch.suggestion(
        for: id.lowercased(), among: ruleSet.indicators.lazy.map(\.id)))
  }

  /// Checks an indicator's printed ages against the child's age.
  ///
  /// - Parameters:
  ///   - position: The indicator's position.
  ///   - age: The child's age, if given.
  /// - Throws: ``AssessmentError/ageDoesNotFit(indicator:band:printed:age:)``.
  func checkAge(ofIndicatorAt position: Int, for age: ChildAge?) throws(AssessmentError) {
    let indicator = ruleSet.indicators[position]
    guard let age, let qualifier = indicator.age, !qualifier.admits(age) else { return }
    throw .ageDoesNotFit(
      indicator: indicator.id, band: qualifier.band, printed: qualifier.printed, age: age)
  }
}
