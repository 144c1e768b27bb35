/// A rule set with the tables an assessment reads, built once when its registry is made.
///
/// The tables the hot path reads for every case are numbers in memory that lives as long as
/// the compiled rule set (``PackedRuleSet``), reached without reference counting, so two threads
/// assessing cases of the same rule set never contend for a shared cache line.
final class CompiledRuleSet: @unchecked Sendable {
  /// The rule set.
  let ruleSet: RuleSet
  /// Its position in its registry.
  let position: Int
  /// The tables the hot path reads.
  let packed: PackedRuleSet
  /// Each rule's kind, prepared for this rule set (identifiers it names looked up), by rule
  /// position; kept in memory read in place (held by the packed tables, which the hot path
  /// reads without reference counting, and freed with them).
  var kinds: UnsafeBufferPointer<any RuleKind> { packed.kinds }
  /// Indicator identifiers → positions.
  let indicatorTable: ByteKeyTable
  /// Every indicator's identifier, by position (the candidates for a "did you mean").
  let indicatorIDs: [String]
  /// The functional needs matrix, if a rule scores one.
  let matrix: FunctionalNeedsMatrix?
  /// Each function's identifier, number and normalised printed name, by matrix position.
  let functionNames: [(id: String, number: String, name: String)]
  /// Whether any indicator carries an age qualifier.
  let hasAgeQualifiers: Bool
  /// Whether any rule reads hours of learning support.
  let readsSupportHours: Bool
  /// Each area's special routes' triggers, resolved to positions.
  let specialTriggers: [[[ResolvedTrigger]]]
  /// For each area and age key (``ageKey(_:)``), the warning the age gives about consent and
  /// age bands, if any.
  let ageWarnings: [[AssessmentWarning?]]

  init(_ ruleSet: RuleSet, position: Int) {
    self.ruleSet = ruleSet
    self.position = position
    let ids = ruleSet.indicators.map(\.id)
    self.indicatorIDs = ids
    self.indicatorTable = ByteKeyTable(keys: ids)
    let domainIDs = ruleSet.domains.map(\.id)
    var starts = [0]
    var areaRules: [Int] = []
    for area in ruleSet.areas {
      areaRules += ruleSet.rules.indices.filter { ruleSet.rules[$0].applies(in: area.id) }
      starts.append(areaRules.count)
    }
    var levels: [Int] = []
    var domains: [Int] = []
    var admissions: [IndicatorAdmission] = []
    var setsLevel: [Bool] = []
    levels.reserveCapacity(ruleSet.indicators.count)
    domains.reserveCapacity(ruleSet.indicators.count)
    admissions.reserveCapacity(ruleSet.indicators.count)
    setsLevel.reserveCapacity(ruleSet.indicators.count)
    ruleSet.indicators.withUnsafeBufferPointer { indicators in
      for index in indicators.indices {
        let domain = domainIDs.firstIndex(of: indicators[index].domain)
        levels.append(indicators[index].level)
        domains.append(domain ?? -1)
        admissions.append(
          IndicatorAdmission(indicators[index], domain: domain.map { ruleSet.domains[$0] }))
        setsLevel.append(indicators[index].kind.setsLevel)
      }
    }
    let kinds = ruleSet.rules.map { $0.kind.prepared(for: ruleSet) }
    self.packed = PackedRuleSet(
      levels: tableCopy(of: levels), domains: tableCopy(of: domains),
      admissions: tableCopy(of: admissions), setsLevel: tableCopy(of: setsLevel),
      areaRuleStarts: tableCopy(of: starts), areaRules: tableCopy(of: areaRules),
      indicatorCount: ids.count, kinds: tableCopy(of: kinds),
      evaluators: kinds.map(RuleEvaluator.make), position: position)
    let matrix = kinds.lazy.compactMap(\.matrix).first
    self.matrix = matrix
    self.functionNames = (matrix?.functions ?? []).map {
      ($0.id, String($0.number), TextSearch.normalised($0.name))
    }
    self.hasAgeQualifiers = ruleSet.indicators.contains { $0.age != nil }
    self.readsSupportHours = kinds.contains(where: \.readsSupportHours)
    let ruleIDs = ruleSet.rules.map(\.id)
    self.specialTriggers = ruleSet.areas.map { area in
      area.specialRoutes.map { route in
        route.triggers.map { ResolvedTrigger($0, indicators: ids, rules: ruleIDs) }
      }
    }
    let hasAgeQualifiers = self.hasAgeQualifiers
    self.ageWarnings = ruleSet.areas.map { area in
      let byAge = area.consent.filter { $0.ages != nil }
      return (0..<Self.ageKeyCount).map { key -> AssessmentWarning? in
        guard let age = Self.age(forKey: key) else {
          return hasAgeQualifiers || !byAge.isEmpty ? .noAge : nil
        }
        guard !byAge.isEmpty else { return nil }
        return byAge.contains { $0.ages?.admits(age) ?? false } ? nil : .noConsentForAge
      }
    }
    packed.setOwner(self)
    packed.setWarnings(
      ageWarned: tableCopy(of: ageWarnings.flatMap { $0.map { $0 != nil } }),
      readsSupportHours: readsSupportHours)
  }

  deinit {
    indicatorTable.deallocate()
  }

  /// How many age keys there are: each whole year the documents cover, unborn, and not given.
  static let ageKeyCount = ChildAge.supportedYears.count + 2

  /// An age as a small number: its years, then unborn, then not given.
  @inline(__always)
  static func ageKey(_ age: ChildAge?) -> Int {
    switch age {
    case .years(let years): years - ChildAge.supportedYears.lowerBound
    case .unborn: ChildAge.supportedYears.count
    case nil: ChildAge.supportedYears.count + 1
    }
  }

  private static func age(forKey key: Int) -> ChildAge? {
    if key < ChildAge.supportedYears.count {
      return .years(ChildAge.supportedYears.lowerBound + key)
    }
    return key == ChildAge.supportedYears.count ? .unborn : nil
  }

  /// The position of an indicator, by identifier (exact).
  ///
  /// - Parameter id: The indicator identifier.
  /// - Returns: Its position, or `nil`.
  func position(ofIndicator id: String) -> Int? {
    var id = id
    return id.withUTF8 { indicatorTable.position(of: $0) }
  }

  /// The level with a rank (levels run from 1 with no gaps), or the first level.
  func level(rank: Int) -> Level {
    let levels = ruleSet.levels
    return levels.indices.contains(rank - 1) ? levels[rank - 1] : levels[0]
  }
}

/// A special route's trigger with its identifiers looked up as positions.
enum ResolvedTrigger: Sendable {
  case indicator(Int)
  case unborn
  case rule(Int)
  case levelAtLeast(Int)
  case levelAtMost(Int)
  case ageNotGiven
  case age(AgeRange)
  case all([ResolvedTrigger])

  init(_ trigger: RouteTrigger, indicators: [String], rules: [String]) {
    switch trigger {
    case .indicator(let id): self = .indicator(indicators.firstIndex(of: id) ?? -1)
    case .unborn: self = .unborn
    case .rule(let id): self = .rule(rules.firstIndex(of: id) ?? -1)
    case .levelAtLeast(let rank): self = .levelAtLeast(rank)
    case .levelAtMost(let rank): self = .levelAtMost(rank)
    case .ageNotGiven: self = .ageNotGiven
    case .age(let ages): self = .age(ages.range)
    case .all(let triggers):
      self = .all(triggers.map { ResolvedTrigger($0, indicators: indicators, rules: rules) })
    }
  }
}

/// The look-up tables an assessment reads for every case: numbers and buffers only, which the
/// tables free when they go (with their compiled rule set).
final class PackedRuleSet: @unchecked Sendable {
  /// Each indicator's level rank, by position.
  let levels: UnsafeBufferPointer<Int>
  /// Each indicator's domain, as a position in the rule set's domains.
  let domains: UnsafeBufferPointer<Int>
  /// Which children each indicator can be selected for.
  let admissions: UnsafeBufferPointer<IndicatorAdmission>
  /// Whether selecting each indicator may set a level (a practice statement may not).
  let setsLevel: UnsafeBufferPointer<Bool>
  /// Area `i`'s rules are `areaRules[areaRuleStarts[i]..<areaRuleStarts[i + 1]]`.
  let areaRuleStarts: UnsafeBufferPointer<Int>
  /// The positions of the rules that apply in each area, area after area.
  let areaRules: UnsafeBufferPointer<Int>
  /// How many indicators the rule set has.
  let indicatorCount: Int
  /// Each rule's kind, by rule position (``CompiledRuleSet/kinds``).
  let kinds: UnsafeBufferPointer<any RuleKind>
  /// Each rule's kind behind a class reference, by rule position, for evaluating cases: held
  /// unretained, for reading without reference counting, and owned by `evaluatorObjects`.
  let evaluators: UnsafeBufferPointer<Unmanaged<RuleEvaluator>>
  private let evaluatorObjects: [RuleEvaluator]
  /// The rule set's position in its registry (``CompiledRuleSet/position``).
  let position: Int
  /// The compiled rule set these tables belong to (which owns them, and sets this as soon as
  /// it has built them).
  private var owner: Unmanaged<CompiledRuleSet>?
  /// For each area and age key, area after area, whether the age gives a warning (see
  /// ``CompiledRuleSet/ageWarnings``); set with the owner.
  private(set) var ageWarned = UnsafeBufferPointer<Bool>(start: nil, count: 0)
  /// Whether any rule reads hours of learning support; set with the owner.
  private(set) var readsSupportHours = false

  /// The compiled rule set these tables belong to.
  var compiled: CompiledRuleSet { owner.unsafelyUnwrapped.takeUnretainedValue() }

  /// Records which ages give warnings (once, while the owner is being built).
  func setWarnings(ageWarned: UnsafeBufferPointer<Bool>, readsSupportHours: Bool) {
    self.ageWarned = ageWarned
    self.readsSupportHours = readsSupportHours
  }

  /// Records the owner (once, while it is being built).
  func setOwner(_ compiled: CompiledRuleSet) {
    owner = Unmanaged.passUnretained(compiled)
  }

  init(
    levels: UnsafeBufferPointer<Int>, domains: UnsafeBufferPointer<Int>,
    admissions: UnsafeBufferPointer<IndicatorAdmission>, setsLevel: UnsafeBufferPointer<Bool>,
    areaRuleStarts: UnsafeBufferPointer<Int>, areaRules: UnsafeBufferPointer<Int>,
    indicatorCount: Int, kinds: UnsafeBufferPointer<any RuleKind>,
    evaluators: [RuleEvaluator], position: Int
  ) {
    self.kinds = kinds
    self.evaluatorObjects = evaluators
    self.evaluators = tableCopy(of: evaluators.map { Unmanaged.passUnretained($0) })
    self.position = position
    self.levels = levels
    self.domains = domains
    self.admissions = admissions
    self.setsLevel = setsLevel
    self.areaRuleStarts = areaRuleStarts
    self.areaRules = areaRules
    self.indicatorCount = indicatorCount
  }

  deinit {
    deallocateTable(levels)
    deallocateTable(domains)
    deallocateTable(admissions)
    deallocateTable(setsLevel)
    deallocateTable(areaRuleStarts)
    deallocateTable(areaRules)
    deallocateTable(kinds)
    deallocateTable(evaluators)
    deallocateTable(ageWarned)
  }

  /// The positions of the rules that apply in an area, in order.
  @inline(__always)
  func rules(forArea area: Int) -> UnsafeBufferPointer<Int> {
    UnsafeBufferPointer(rebasing: areaRules[areaRuleStarts[area]..<areaRuleStarts[area + 1]])
  }
}

extension CompiledRuleSet {
  /// A compiled rule set with nothing in it, for storage that has not held a case yet.
  static let placeholder = CompiledRuleSet(
    RuleSet(
      id: "", title: "", publisher: "", version: nil, date: "", sourceFile: "",
      levels: [
        Level(
          rank: 1, label: "", name: "", categories: [.universal], description: "",
          source: Citation(""))
      ], domains: [], indicators: [], rules: [], areas: [], examples: []),
    position: -1)
}

/// A reference to packed tables that does no reference counting (the tables live as long as
/// their registry, which the caller keeps): each accessor reads through a guaranteed
/// reference, so not even a local binding retains the shared object.
struct TablesReference {
  private let tables: Unmanaged<PackedRuleSet>

  init(_ tables: PackedRuleSet) {
    self.tables = Unmanaged.passUnretained(tables)
  }

  /// Each indicator's level rank.
  @inline(__always) var levels: UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.levels }
  }
  /// Each indicator's domain position.
  @inline(__always) var domains: UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.domains }
  }
  /// Which children each indicator can be selected for.
  @inline(__always) var admissions: UnsafeBufferPointer<IndicatorAdmission> {
    tables._withUnsafeGuaranteedRef { $0.admissions }
  }
  /// Whether each indicator may set a level.
  @inline(__always) var setsLevel: UnsafeBufferPointer<Bool> {
    tables._withUnsafeGuaranteedRef { $0.setsLevel }
  }
  /// Where the tables are: the same address is the same rule set, for as long as it lives.
  @inline(__always) var address: UnsafeMutableRawPointer { tables.toOpaque() }
  /// The rule set's position in its registry.
  @inline(__always) var position: Int {
    tables._withUnsafeGuaranteedRef { $0.position }
  }
  /// Each rule's kind, by rule position.
  @inline(__always) var kinds: UnsafeBufferPointer<any RuleKind> {
    tables._withUnsafeGuaranteedRef { $0.kinds }
  }
  /// Each rule's evaluator, by rule position.
  @inline(__always) var evaluators: UnsafeBufferPointer<Unmanaged<RuleEvaluator>> {
    tables._withUnsafeGuaranteedRef { $0.evaluators }
  }
  /// How many indicators the rule set has.
  @inline(__always) var indicatorCount: Int {
    tables._withUnsafeGuaranteedRef { $0.indicatorCount }
  }
  /// The positions of the rules that apply in an area.
  @inline(__always) func rules(forArea area: Int) -> UnsafeBufferPointer<Int> {
    tables._withUnsafeGuaranteedRef { $0.rules(forArea: area) }
  }
  /// Whether an age gives a warning in an area.
  @inline(__always) func ageWarns(area: Int, ageKey: Int) -> Bool {
    tables._withUnsafeGuaranteedRef { $0.ageWarned[area * CompiledRuleSet.ageKeyCount + ageKey] }
  }
  /// Whether any rule reads hours of learning support.
  @inline(__always) var readsSupportHours: Bool {
    tables._withUnsafeGuaranteedRef { $0.readsSupportHours }
  }
  /// The compiled rule set (for the paths that need words, not numbers).
  var compiled: CompiledRuleSet {
    tables._withUnsafeGuaranteedRef { $0.compiled }
  }
}

/// A rule's kind behind a class reference, so that evaluating it for a case reads the kind in
/// place. Calling `evaluate` on an `any RuleKind` held in memory copied the existential (and,
/// for a kind too large for the existential's inline buffer, retained and released its box)
/// for every rule of every case; a class's stored `let` is borrowed where it is.
///
/// Evaluators are made once per compiled rule set; its packed tables own them. They hold only
/// an immutable kind (and kinds are `Sendable`), so sharing them between threads is safe.
class RuleEvaluator: @unchecked Sendable {
  /// Only ``KindEvaluator`` is made (by ``make(_:)``); this base is never used on its own.
  fileprivate init() {}

  /// Applies the rule to a case (``KindEvaluator`` overrides this with the kind's own).
  func evaluate(_ context: inout RuleContext) {}

  /// An evaluator for a kind.
  static func make(_ kind: any RuleKind) -> RuleEvaluator {
    func make<Kind: RuleKind>(_ kind: Kind) -> RuleEvaluator { KindEvaluator(kind) }
    return make(kind)
  }
}

/// The evaluator for one kind of rule: it calls the kind's own ``RuleKind/evaluate(_:)``.
private final class KindEvaluator<Kind: RuleKind>: RuleEvaluator, @unchecked Sendable {
  let kind: Kind

  init(_ kind: Kind) {
    self.kind = kind
    super.init()
  }

  override func evaluate(_ context: inout RuleContext) { kind.evaluate(&context) }
}
