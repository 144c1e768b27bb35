/// The registry of every encoded document: the one list the tool reads.
///
/// Each document is built and compiled the first time something needs it, so assessing a
/// Camden case never builds the other four. The registry repeats each document's area
/// identifiers for that reason; a catalog test checks they match the data.
public enum RuleSets {
  /// One registered document.
  struct Entry: Sendable {
    /// The rule set's identifier, which prefixes all its indicator identifiers.
    let id: String
    /// Its areas' identifiers, as the data lists them.
    let areas: [String]
    /// The compiled rule set, built on first use.
    let compiled: @Sendable () -> CompiledRuleSet
    /// Its indicator identifiers as a byte-keyed table, built on first use (only streams need it).
    let indicatorTable: @Sendable () -> ByteKeyTable
  }

  /// Every document, in the order the tool lists them.
  static let registry: [Entry] = [
    Entry(
      id: "camden", areas: ["camden"], compiled: { Compiled.camden },
      indicatorTable: { Tables.camden }),
    Entry(
      id: "hertfordshire", areas: ["hertfordshire"], compiled: { Compiled.hertfordshire },
      indicatorTable: { Tables.hertfordshire }),
    Entry(
      id: "herefordshire", areas: ["herefordshire"], compiled: { Compiled.herefordshire },
      indicatorTable: { Tables.herefordshire }),
    Entry(
      id: "llr", areas: ["leicester", "leicestershire", "rutland"], compiled: { Compiled.llr },
      indicatorTable: { Tables.llr }),
    Entry(
      id: "medway", areas: ["medway", "kent"], compiled: { Compiled.medway },
      indicatorTable: { Tables.medway }),
  ]

  /// Each document compiled once, on first use (a `static let` is initialised lazily and
  /// safely); the position is the document's place in `registry`.
  private enum Compiled {
    static let camden = CompiledRuleSet(.camden, position: 0)
    static let hertfordshire = CompiledRuleSet(.hertfordshire, position: 1)
    static let herefordshire = CompiledRuleSet(.herefordshire, position: 2)
    static let llr = CompiledRuleSet(.llr, position: 3)
    static let medway = CompiledRuleSet(.medway, position: 4)
  }

  /// Each document's indicator table, built once, on first use.
  private enum Tables {
    static let camden = ByteKeyTable(keys: Compiled.camden.indicatorIDs)
    static let hertfordshire = ByteKeyTable(keys: Compiled.hertfordshire.indicatorIDs)
    static let herefordshire = ByteKeyTable(keys: Compiled.herefordshire.indicatorIDs)
    static let llr = ByteKeyTable(keys: Compiled.llr.indicatorIDs)
    static let medway = ByteKeyTable(keys: Compiled.medway.indicatorIDs)
  }

  /// Every rule set, in the order the tool lists them.
  public static var all: [RuleSet] { registry.map { $0.compiled().ruleSet } }

  /// Every area identifier, in the order the tool lists them.
  public static var areaIDs: [String] { registry.flatMap(\.areas) }

  /// Every area of every rule set, in the order the tool lists them.
  public static var areas: [(area: Area, ruleSet: RuleSet)] {
    all.flatMap { ruleSet in ruleSet.areas.map { (area: $0, ruleSet: ruleSet) } }
  }

  /// The rule set with an identifier.
  ///
  /// - Parameter id: The rule set identifier ("llr").
  /// - Returns: The rule set, or `nil`.
  public static func ruleSet(id: String) -> RuleSet? {
    registry.first { $0.id == id }?.compiled().ruleSet
  }

  /// The area with an identifier and the rule set it uses.
  ///
  /// - Parameter id: The area identifier ("rutland").
  /// - Returns: The area and its rule set, or `nil`.
  public static func area(id: String) -> (area: Area, ruleSet: RuleSet)? {
    guard let (compiled, index) = CompiledRuleSet.area(id) else { return nil }
    return (compiled.ruleSet.areas[index], compiled.ruleSet)
  }

  /// The rule set that holds an indicator, and the indicator.
  ///
  /// - Parameter id: The indicator identifier.
  /// - Returns: The indicator and its rule set, or `nil`.
  public static func indicator(id: String) -> (indicator: Indicator, ruleSet: RuleSet)? {
    guard let compiled = CompiledRuleSet.owner(ofIndicator: id),
      let position = compiled.position(ofIndicator: id)
    else { return nil }
    return (compiled.ruleSet.indicators[position], compiled.ruleSet)
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
