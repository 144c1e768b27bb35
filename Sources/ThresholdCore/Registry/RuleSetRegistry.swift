extension RuleSet {
  /// The documents compiled into the tool, in the order it lists them (building this builds
  /// every one; an assessment builds only the one it needs).
  public static var builtIn: [RuleSet] { RuleSetRegistry.builtIn.ruleSets }
}

/// The documents compiled into the tool, in the order it lists them: the one list the built-in
/// registry is made from. Adding a document means adding its file, its line in `entries` (with
/// its areas' identifiers, which the registry tests check against the document's areas) and its
/// compiled form below (with its position in `entries`).
///
/// Each document is compiled the first time something needs it (a global, which Swift
/// initialises once, safely across threads), so that one assessment builds one document, not
/// five.
enum BuiltInRuleSets {
  /// A document's area identifiers, and its compiled form.
  struct Entry: Sendable {
    let areaIDs: [String]
    let compiled: @Sendable () -> CompiledRuleSet
  }

  static let entries: [Entry] = [
    Entry(areaIDs: ["camden"]) { camden },
    Entry(areaIDs: ["hertfordshire"]) { hertfordshire },
    Entry(areaIDs: ["herefordshire"]) { herefordshire },
    Entry(areaIDs: ["leicester", "leicestershire", "rutland"]) { llr },
    Entry(areaIDs: ["medway", "kent"]) { medway },
  ]

  static let camden = CompiledRuleSet(.camden, position: 0)
  static let hertfordshire = CompiledRuleSet(.hertfordshire, position: 1)
  static let herefordshire = CompiledRuleSet(.herefordshire, position: 2)
  static let llr = CompiledRuleSet(.llr, position: 3)
  static let medway = CompiledRuleSet(.medway, position: 4)
}

/// Why rule sets cannot be used together.
public enum RegistryError: Error, Hashable, Sendable {
  /// Two rule sets have the same identifier, and the later does not say it replaces the other.
  case duplicateRuleSet(String, origin: String?)
  /// A rule set says it replaces one that is not there.
  case replacesUnknown(String, by: String)
  /// A rule set replaces another but has a different identifier.
  case replacementNamedDifferently(replaces: String, id: String)
  /// An identifier is defined in two rule sets.
  case duplicateIdentifier(kind: String, id: String, first: String, second: String)

  /// The message for the user.
  public var message: String {
    switch self {
    case .duplicateRuleSet(let id, let origin):
      return "The rule set '\(id)'" + (origin.map { " (from \($0))" } ?? "")
        + " is already defined; to use it instead, give \"replaces\": \"\(id)\" in the file."
    case .replacesUnknown(let id, let by):
      return "The rule set '\(by)' says it replaces '\(id)', but no rule set '\(id)' is defined."
    case .replacementNamedDifferently(let replaces, let id):
      return "The rule set '\(id)' replaces '\(replaces)', so its identifier must be "
        + "'\(replaces)' too."
    case .duplicateIdentifier(let kind, let id, let first, let second):
      return "The \(kind) '\(id)' is defined in both '\(first)' and '\(second)'; identifiers "
        + "must be unique across rule sets."
    }
  }
}

/// The rule sets an assessment can use, with the tables each needs compiled once.
///
/// ``builtIn`` holds the documents compiled into the tool; a registry with rule sets read from
/// files (``adding(_:)``) adds to or replaces them. Area identifiers are matched ignoring ASCII
/// case everywhere ("Camden" is camden).
public final class RuleSetRegistry: Sendable {
  /// The built-in documents, each compiled the first time something needs it.
  public static let builtIn = RuleSetRegistry(builtIn: BuiltInRuleSets.entries)

  /// Each rule set's compiled form, in order: already built (a registry of rule sets given to
  /// it), or built on first use (the built-in documents).
  private let sources: [@Sendable () -> CompiledRuleSet]
  /// The compiled rule sets, in order (building any not built yet).
  var compiled: [CompiledRuleSet] { sources.map { $0() } }
  /// How many rule sets there are (``compiledRuleSet(at:)`` takes positions below it).
  var ruleSetCount: Int { sources.count }
  /// Area identifiers → a position in `areaEntries`.
  let areaTable: ByteKeyTable
  /// For each area, in `areaIDs` order: its rule set's position and its position there.
  let areaEntries: [(ruleSet: Int, area: Int)]
  /// Every area identifier, in order.
  public let areaIDs: [String]

  /// Creates a registry of rule sets.
  ///
  /// - Parameter ruleSets: The rule sets, in the order to list them.
  /// - Throws: ``RegistryError`` when identifiers clash.
  public convenience init(ruleSets: [RuleSet]) throws(RegistryError) {
    try Self.checkUnique(ruleSets)
    self.init(checked: ruleSets)
  }

  private init(checked ruleSets: [RuleSet]) {
    var compiled: [CompiledRuleSet] = []
    compiled.reserveCapacity(ruleSets.count)
    for (position, ruleSet) in ruleSets.enumerated() {
      compiled.append(CompiledRuleSet(ruleSet, position: position))
    }
    self.sources = compiled.map { rules in { rules } }
    var entries: [(ruleSet: Int, area: Int)] = []
    var ids: [String] = []
    for (position, ruleSet) in ruleSets.enumerated() {
      for (index, area) in ruleSet.areas.enumerated() {
        entries.append((position, index))
        ids.append(area.id)
      }
    }
    self.areaEntries = entries
    self.areaIDs = ids
    self.areaTable = ByteKeyTable(keys: ids)
  }

  private init(builtIn entries: [BuiltInRuleSets.Entry]) {
    sources = entries.map(\.compiled)
    var areaEntries: [(ruleSet: Int, area: Int)] = []
    var ids: [String] = []
    for (position, entry) in entries.enumerated() {
      for (index, id) in entry.areaIDs.enumerated() {
        areaEntries.append((position, index))
        ids.append(id)
      }
    }
    self.areaEntries = areaEntries
    self.areaIDs = ids
    self.areaTable = ByteKeyTable(keys: ids)
  }

  deinit {
    areaTable.deallocate()
  }

  /// This registry with rule sets added: each is new, or replaces the rule set it names in
  /// `replaces` (taking its place in the order).
  ///
  /// - Parameter ruleSets: The rule sets to add, such as ones read from files.
  /// - Returns: The new registry.
  /// - Throws: ``RegistryError`` when an identifier clashes or a replacement names nothing.
  public func adding(_ ruleSets: [RuleSet]) throws(RegistryError) -> RuleSetRegistry {
    var list = self.ruleSets
    for ruleSet in ruleSets {
      if let replaced = ruleSet.replaces {
        guard replaced == ruleSet.id else {
          throw .replacementNamedDifferently(replaces: replaced, id: ruleSet.id)
        }
        guard let index = list.firstIndex(where: { $0.id == replaced }) else {
          throw .replacesUnknown(replaced, by: ruleSet.id)
        }
        list[index] = ruleSet
      } else {
        if list.contains(where: { $0.id == ruleSet.id }) {
          throw .duplicateRuleSet(ruleSet.id, origin: ruleSet.origin)
        }
        list.append(ruleSet)
      }
    }
    return try RuleSetRegistry(ruleSets: list)
  }

  private static func checkUnique(_ ruleSets: [RuleSet]) throws(RegistryError) {
    var ruleSetIDs: [String: String] = [:]
    var owners: [String: [String: String]] = [:]
    func claim(_ kind: String, _ id: String, by owner: String) throws(RegistryError) {
      if let first = owners[kind]?[id], first != owner {
        throw .duplicateIdentifier(kind: kind, id: id, first: first, second: owner)
      }
      owners[kind, default: [:]][id] = owner
    }
    for ruleSet in ruleSets {
      if ruleSetIDs[ruleSet.id] != nil {
        throw .duplicateRuleSet(ruleSet.id, origin: ruleSet.origin)
      }
      ruleSetIDs[ruleSet.id] = ruleSet.id
      for area in ruleSet.areas { try claim("area", area.id, by: ruleSet.id) }
      for indicator in ruleSet.indicators { try claim("indicator", indicator.id, by: ruleSet.id) }
      for rule in ruleSet.rules { try claim("rule", rule.id, by: ruleSet.id) }
    }
    for ruleSet in ruleSets {
      for area in ruleSet.areas where ruleSetIDs[area.id] != nil && area.id != ruleSet.id {
        throw .duplicateIdentifier(
          kind: "area or rule set", id: area.id, first: area.id, second: ruleSet.id)
      }
    }
  }

  /// Every rule set, in order.
  public var ruleSets: [RuleSet] { compiled.map(\.ruleSet) }

  /// Every area with its rule set, in order.
  public var areas: [(area: Area, ruleSet: RuleSet)] {
    areaEntries.map { entry in
      let ruleSet = compiledRuleSet(at: entry.ruleSet).ruleSet
      return (ruleSet.areas[entry.area], ruleSet)
    }
  }

  /// The rule set with an identifier (ignoring ASCII case).
  ///
  /// - Parameter id: The rule set identifier ("llr").
  /// - Returns: The rule set, or `nil`.
  public func ruleSet(id: String) -> RuleSet? {
    let key = id.lowercasedASCII
    return compiled.first { $0.ruleSet.id == key }?.ruleSet
  }

  /// The area with an identifier (ignoring ASCII case) and the rule set it uses.
  ///
  /// - Parameter id: The area identifier ("rutland").
  /// - Returns: The area and its rule set, or `nil`.
  public func area(id: String) -> (area: Area, ruleSet: RuleSet)? {
    guard let (compiled, index) = compiledArea(id) else { return nil }
    return (compiled.ruleSet.areas[index], compiled.ruleSet)
  }

  /// The compiled rule set holding an area (matched ignoring ASCII case), and the area's
  /// position in it.
  func compiledArea(_ id: String) -> (CompiledRuleSet, Int)? {
    var id = id
    return id.withUTF8 { compiledArea(bytes: $0) }
  }

  /// The compiled rule set holding an area given as bytes (matched ignoring ASCII case), with
  /// their ``ByteKeyTable/hash(_:)`` if the reader worked it out.
  func compiledArea(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil)
    -> (CompiledRuleSet, Int)?
  {
    guard let entry = areaEntry(bytes: bytes, hash: hash) else { return nil }
    return (compiledRuleSet(at: entry.ruleSet), entry.area)
  }

  /// Where the area given as bytes is (matched ignoring ASCII case): its rule set's position
  /// and its position there, with the bytes' ``ByteKeyTable/hash(_:)`` if the reader worked it
  /// out.
  func areaEntry(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64?) -> (ruleSet: Int, area: Int)? {
    guard let found = areaTable.position(ofFolded: bytes, hash: hash) else { return nil }
    return areaEntries[found]
  }

  /// The compiled rule set at a position (built the first time for a built-in document).
  func compiledRuleSet(at position: Int) -> CompiledRuleSet {
    sources[position]()
  }

  /// The indicator with an identifier, and its rule set.
  ///
  /// - Parameter id: The indicator identifier.
  /// - Returns: The indicator and its rule set, or `nil`.
  public func indicator(id: String) -> (indicator: Indicator, ruleSet: RuleSet)? {
    for compiled in compiled {
      if let position = compiled.position(ofIndicator: id) {
        return (compiled.ruleSet.indicators[position], compiled.ruleSet)
      }
    }
    return nil
  }

  /// The error for a name that is not an area: a rule set shared by several areas, or an
  /// unknown name with the closest area as a suggestion.
  ///
  /// - Parameter name: What the user gave.
  /// - Returns: The error.
  public func unknownAreaError(_ name: String) -> AssessmentError {
    let key = name.lowercasedASCII
    for position in 0..<ruleSetCount {
      let shared = compiledRuleSet(at: position).ruleSet
      if shared.id == key, shared.areas.count > 1 {
        return .ruleSetIsNotAnArea(name, areas: shared.areas.map(\.id))
      }
    }
    return .unknownAuthority(
      name, suggestion: TextSearch.suggestion(for: key, in: areaTable, keys: areaIDs))
  }
}

extension String {
  /// The string with ASCII capitals made small, as identifiers are compared.
  var lowercasedASCII: String {
    guard utf8.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { return self }
    return String(
      decoding: utf8.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
  }
}
