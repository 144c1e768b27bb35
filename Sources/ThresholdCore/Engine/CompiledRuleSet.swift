/// An indicator's printed ages, packed for the hot path (no strings).
struct PackedAge {
  /// Whether the indicator has an age qualifier at all.
  let isQualified: Bool
  let includesUnborn: Bool
  /// -1 when the qualifier does not cover born children.
  let youngest: Int
  /// `Int.max` when there is no upper bound.
  let oldest: Int

  init(_ qualifier: AgeQualifier?) {
    isQualified = qualifier != nil
    includesUnborn = qualifier?.includesUnborn ?? true
    youngest = qualifier.map { $0.youngest ?? -1 } ?? 0
    oldest = qualifier?.oldest ?? Int.max
  }

  @inline(__always)
  func admits(_ age: ChildAge) -> Bool {
    guard isQualified else { return true }
    switch age {
    case .unborn: return includesUnborn
    case .years(let years): return youngest >= 0 && years >= youngest && years <= oldest
    }
  }
}

/// A combination rule's effect with only the numbers the engine tests per case.
enum PackedEffect {
  case highestIndicator
  case requireCount(level: Int, count: Int, otherwise: Int)
  case functionalNeeds(moderate: Int, severe: Int, raiseTo: Int)
  case unmetNeedsReferral(count: Int, aboveLevel: Int, upToLevel: Int)
  case clusterAdvisory(level: Int, count: Int, domains: Int)
  case supportHours(threshold: Int)

  init(_ effect: CombinationRule.Effect) {
    switch effect {
    case .highestIndicator: self = .highestIndicator
    case .requireCount(let level, let count, let otherwise):
      self = .requireCount(level: level, count: count, otherwise: otherwise)
    case .functionalNeeds(_, let moderate, let severe, let raiseTo, _):
      self = .functionalNeeds(moderate: moderate, severe: severe, raiseTo: raiseTo)
    case .unmetNeedsReferral(let count, let aboveLevel, let upToLevel, _):
      self = .unmetNeedsReferral(count: count, aboveLevel: aboveLevel, upToLevel: upToLevel)
    case .clusterAdvisory(let level, let count, let domains, _):
      self = .clusterAdvisory(level: level, count: count, domains: domains)
    case .supportHours(let threshold, _, _, _):
      self = .supportHours(threshold: threshold)
    }
  }
}

/// The look-up tables an assessment reads for every case: numbers and immortal buffers only.
///
/// Each lives as long as the process (its compiled rule set is a `static let`), so the hot path
/// holds it through ``TablesReference`` without reference counting: two threads assessing cases
/// against the same rule set never contend for a shared cache line.
final class PackedRuleSet: @unchecked Sendable {
  /// The rule set's position in the registry (-1 for the empty placeholder).
  let position: Int
  /// Each indicator's level rank, by position.
  let levels: UnsafeBufferPointer<Int>
  /// Each indicator's domain, as a position in the rule set's domains, by indicator position.
  let domains: UnsafeBufferPointer<Int>
  /// Each indicator's printed ages, by position.
  let ages: UnsafeBufferPointer<PackedAge>
  /// Each rule's effect, packed, by rule position.
  let effects: UnsafeBufferPointer<PackedEffect>
  /// Area `i`'s rules are `areaRules[areaRuleStarts[i]..<areaRuleStarts[i + 1]]`.
  let areaRuleStarts: UnsafeBufferPointer<Int>
  /// The positions of the rules that apply in each area, area after area, in order.
  let areaRules: UnsafeBufferPointer<Int>

  /// The positions of the rules that apply in an area, in order.
  @inline(__always)
  func rules(forArea area: Int) -> UnsafeBufferPointer<Int> {
    UnsafeBufferPointer(rebasing: areaRules[areaRuleStarts[area]..<areaRuleStarts[area + 1]])
  }

  /// The compiled rule set these tables belong to (for the paths that need words, not numbers).
  var compiled: CompiledRuleSet { RuleSets.registry[position].compiled() }

  /// Tables with nothing in them, for storage that has not held a case yet.
  static let empty = CompiledRuleSet.placeholder.packed

  init(
    position: Int, levels: UnsafeBufferPointer<Int>,
    domains: UnsafeBufferPointer<Int>, ages: UnsafeBufferPointer<PackedAge>,
    effects: UnsafeBufferPointer<PackedEffect>, areaRuleStarts: UnsafeBufferPointer<Int>,
    areaRules: UnsafeBufferPointer<Int>
  ) {
    self.position = position
    self.levels = levels
    self.domains = domains
    self.ages = ages
    self.effects = effects
    self.areaRuleStarts = areaRuleStarts
    self.areaRules = areaRules
  }
}

/// A reference to immortal tables that does no reference counting (the tables are never
/// freed): each accessor reads through a guaranteed reference, so not even a local binding
/// retains the shared object.
struct TablesReference {
  private let tables: Unmanaged<PackedRuleSet>

  init(_ tables: PackedRuleSet) {
    self.tables = Unmanaged.passUnretained(tables)
  }

  /// The rule set's position in the registry.
  @inline(__always) var position: Int { tables._withUnsafeGuaranteedRef { $0.position } }
  /// Indicator identifiers → positions.
  /// Each indicator's level rank.
  @inline(__always) var levels: UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.levels }
  }
  /// Each indicator's domain position.
  @inline(__always) var domains: UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.domains }
  }
  /// Each indicator's printed ages.
  @inline(__always) var ages: UnsafeBufferPointer<PackedAge> {
    tables._withUnsafeGuaranteedRef { $0.ages }
  }
  /// Each rule's packed effect.
  @inline(__always) var effects: UnsafeBufferPointer<PackedEffect> {
    tables._withUnsafeGuaranteedRef { $0.effects }
  }
  /// The positions of the rules that apply in an area.
  @inline(__always) func rules(forArea area: Int) -> UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.rules(forArea: area) }
  }
  /// The compiled rule set (for the paths that need words, not numbers).
  var compiled: CompiledRuleSet { tables.takeUnretainedValue().compiled }
}

/// A rule set with the look-ups an assessment needs, built once and kept for the life of the
/// process.
final class CompiledRuleSet: @unchecked Sendable {
  /// The rule set.
  let ruleSet: RuleSet
  /// Its position in the registry.
  let position: Int
  /// The tables the hot path reads.
  let packed: PackedRuleSet
  /// The position of an indicator, by identifier (a scan: a single assessment looks up a
  /// few; streams use the registry's byte-keyed table).
  ///
  /// - Parameter id: The indicator identifier.
  /// - Returns: Its position, or `nil`.
  func position(ofIndicator id: String) -> Int? {
    indicatorIDs.firstIndex(of: id)
  }
  /// Every indicator's identifier, by position (the candidates for a "did you mean").
  let indicatorIDs: [String]
  /// The functional needs rule's matrix, if the rule set has one.
  let matrix: FunctionalNeedsMatrix?
  /// Each function's identifier, number and normalised printed name, by matrix position.
  let functionNames: [(id: String, number: String, name: String)]
  /// Whether any indicator carries an age qualifier.
  let hasAgeQualifiers: Bool

  init(_ ruleSet: RuleSet, position: Int) {
    self.ruleSet = ruleSet
    self.position = position
    self.indicatorIDs = ruleSet.indicators.map(\.id)
    let domainIDs = ruleSet.domains.map(\.id)
    var starts = [0]
    var rules: [Int] = []
    for area in ruleSet.areas {
      rules += ruleSet.rules.indices.filter { ruleSet.rules[$0].applies(in: area.id) }
      starts.append(rules.count)
    }
    // One pass over the indicators, reading fields in place rather than copying each one.
    var levels: [Int] = []
    var domains: [Int] = []
    var ages: [PackedAge] = []
    levels.reserveCapacity(ruleSet.indicators.count)
    domains.reserveCapacity(ruleSet.indicators.count)
    ages.reserveCapacity(ruleSet.indicators.count)
    ruleSet.indicators.withUnsafeBufferPointer { indicators in
      for index in indicators.indices {
        levels.append(indicators[index].level)
        domains.append(domainIDs.firstIndex(of: indicators[index].domain) ?? -1)
        ages.append(PackedAge(indicators[index].age))
      }
    }
    self.packed = PackedRuleSet(
      position: position,
      levels: immortalCopy(of: levels),
      domains: immortalCopy(of: domains),
      ages: immortalCopy(of: ages),
      effects: immortalCopy(of: ruleSet.rules.map { PackedEffect($0.effect) }),
      areaRuleStarts: immortalCopy(of: starts),
      areaRules: immortalCopy(of: rules))
    let matrix = ruleSet.rules.lazy.compactMap {
      if case .functionalNeeds(let matrix, _, _, _, _) = $0.effect { return matrix }
      return nil
    }.first
    self.matrix = matrix
    self.functionNames = (matrix?.functions ?? []).map {
      ($0.id, String($0.number), TextSearch.normalised($0.name))
    }
    self.hasAgeQualifiers = ruleSet.indicators.contains { $0.age != nil }
  }

  /// The compiled rule set holding an area, and the area's position in it; only that rule
  /// set is built.
  ///
  /// - Parameter areaID: The area identifier.
  /// - Returns: The rule set and the area's position.
  static func area(_ areaID: String) -> (ruleSet: CompiledRuleSet, area: Int)? {
    guard let entry = RuleSets.registry.first(where: { $0.areas.contains(areaID) }) else {
      return nil
    }
    let compiled = entry.compiled()
    guard let index = compiled.ruleSet.areas.firstIndex(where: { $0.id == areaID }) else {
      return nil
    }
    return (compiled, index)
  }

  /// The compiled rule set whose identifier prefixes an indicator identifier.
  ///
  /// - Parameter id: An indicator identifier ("camden-young-carers").
  /// - Returns: The rule set it would belong to, or `nil`.
  static func owner(ofIndicator id: String) -> CompiledRuleSet? {
    RuleSets.registry.first { id.hasPrefix($0.id + "-") }?.compiled()
  }

  /// Area identifiers → a position in `areaEntries`, looked up by bytes.
  static let areaTable = ByteKeyTable(keys: RuleSets.areaIDs)

  /// For each area, in `RuleSets.areaIDs` order: its registry entry and its position among
  /// that entry's areas (the registry lists areas in the data's order).
  /// (Immutable memory that is never freed, so sharing it between threads is safe.)
  nonisolated(unsafe) static let areaEntries: UnsafeBufferPointer<(entry: Int, area: Int)> =
    immortalCopy(
      of: RuleSets.registry.enumerated()
        .flatMap { entry in entry.element.areas.indices.map { (entry.offset, $0) } })

  /// A compiled rule set with nothing in it, for storage that has not held a case yet.
  static let placeholder = CompiledRuleSet(
    RuleSet(
      id: "", title: "", publisher: "", version: nil, date: "", sourceFile: "", levels: [],
      domains: [], indicators: [], rules: [], areas: [], examples: []),
    position: -1)

  /// The error for an authority that is not an area.
  ///
  /// - Parameter name: What the user gave.
  /// - Returns: The error, with a suggestion where one is close.
  static func unknownAuthority(_ name: String) -> AssessmentError {
    if let shared = RuleSets.registry.first(where: { $0.id == name }), shared.areas.count > 1 {
      return .ruleSetIsNotAnArea(name, areas: shared.areas)
    }
    return .unknownAuthority(
      name, suggestion: TextSearch.suggestion(for: name.lowercased(), among: RuleSets.areaIDs))
  }

  /// The error for an indicator identifier this rule set does not hold.
  ///
  /// - Parameters:
  ///   - id: The identifier.
  ///   - areaID: The case's area.
  /// - Returns: The error: from another rule set, or unknown with a suggestion.
  func missingIndicator(_ id: String, areaID: String) -> AssessmentError {
    if let other = Self.owner(ofIndicator: id), other !== self,
      other.position(ofIndicator: id) != nil
    {
      return .indicatorFromOtherRuleSet(id, ruleSet: other.ruleSet.title, area: areaID)
    }
    return .unknownIndicator(
      id,
      suggestion: TextSearch.suggestion(for: id.lowercased(), among: indicatorIDs))
  }

  /// Checks an indicator's printed ages against the child's age.
  ///
  /// - Parameters:
  ///   - position: The indicator's position.
  ///   - age: The child's age, if given.
  /// - Throws: ``AssessmentError/ageDoesNotFit(indicator:band:printed:age:)``.
  func checkAge(ofIndicatorAt position: Int, for age: ChildAge?) throws(AssessmentError) {
    guard let age, !packed.ages[position].admits(age) else { return }
    let indicator = ruleSet.indicators[position]
    let qualifier = indicator.age ?? AgeQualifier("", youngest: 0, oldest: nil)
    throw .ageDoesNotFit(
      indicator: indicator.id, band: qualifier.band, printed: qualifier.printed, age: age)
  }
}
