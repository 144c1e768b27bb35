/// The common meaning of a level across documents, in the terms of the Children Act 1989.
public enum LevelCategory: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Needs met by universal services.
  case universal
  /// Early help: additional needs met by targeted services, with consent.
  case earlyHelp = "early-help"
  /// A child in need under section 17 of the Children Act 1989.
  case childInNeed = "child-in-need-s17"
  /// Child protection: reasonable cause to suspect significant harm, section 47.
  case childProtection = "child-protection-s47"

  /// The category in words, for people.
  public var displayName: String {
    switch self {
    case .universal: "universal"
    case .earlyHelp: "early help"
    case .childInNeed: "child in need (section 17)"
    case .childProtection: "child protection (section 47)"
    }
  }

  private var order: Int {
    switch self {
    case .universal: 0
    case .earlyHelp: 1
    case .childInNeed: 2
    case .childProtection: 3
    }
  }

  /// Orders categories from universal to child protection.
  public static func < (lhs: LevelCategory, rhs: LevelCategory) -> Bool {
    lhs.order < rhs.order
  }
}

/// One level of need (or tier) as a document defines it.
public struct Level: Sendable, Hashable {
  /// The level's position in its document, from 1 (universal) upwards, with no gaps.
  public let rank: Int
  /// The document's own label, such as "Level 3", "Tier 4" or "Levels 3 & 4".
  public let label: String
  /// The document's own name for the level, such as "Complex needs".
  public let name: String
  /// The common categories the level covers; more than one where a document merges levels.
  public let categories: [LevelCategory]
  /// The document's description of the level, verbatim.
  public let description: String
  /// Further printed text about the level: features, assessment process, exit strategy.
  public let details: [LabelledText]
  /// Where the level is defined.
  public let source: Citation

  /// Creates a level.
  ///
  /// - Parameters:
  ///   - rank: Position from 1 upwards.
  ///   - label: The document's label ("Level 3").
  ///   - name: The document's name ("Complex needs").
  ///   - categories: The common categories it covers, lowest first.
  ///   - description: The document's description, verbatim.
  ///   - details: Further printed text about the level.
  ///   - source: Where the level is defined.
  public init(
    rank: Int, label: String, name: String, categories: [LevelCategory], description: String,
    details: [LabelledText] = [], source: Citation
  ) {
    self.rank = rank
    self.label = label
    self.name = name
    self.categories = categories
    self.description = description
    self.details = details
    self.source = source
  }

  /// The categories joined with "+", as scripts read them ("child-in-need-s17+child-protection-s47").
  public var categoryKey: String {
    categories.map(\.rawValue).joined(separator: "+")
  }

  /// The label and name together, such as "Level 3: Complex needs".
  public var title: String {
    "\(label): \(name)"
  }
}
