/// One published threshold document, encoded as data: its levels, domains, indicators,
/// combination rules, the areas that use it, and example cases that prove the encoding.
public struct RuleSet: Sendable {
  /// A stable lower-case identifier ("camden", "llr").
  public let id: String
  /// The document's title, as printed.
  public let title: String
  /// Who publishes it, as printed.
  public let publisher: String
  /// The version as printed, or `nil` if it prints none.
  public let version: String?
  /// The date as printed ("2017", "March 2014").
  public let date: String
  /// The file under `shared/sources` the data was read from.
  public let sourceFile: String
  /// The levels, in rank order from 1.
  public let levels: [Level]
  /// The domains, in document order.
  public let domains: [Domain]
  /// Every indicator, in document order.
  public let indicators: [Indicator]
  /// The combination rules, in the order they apply.
  public let rules: [CombinationRule]
  /// The areas that use the document.
  public let areas: [Area]
  /// Choices made where the document was unclear, and other notes on the encoding.
  public let notes: [LabelledText]
  /// The identifier of the rule set this one replaces (a newer edition read from a file), if any.
  public let replaces: String?
  /// The file the rule set was read from, or `nil` for a document compiled into the tool.
  public let origin: String?
  /// Example cases with their expected results, run by the tests (built when asked for, so
  /// an assessment never builds them).
  public var examples: [Example] { makeExamples() }
  private let makeExamples: @Sendable () -> [Example]

  /// Creates a rule set.
  ///
  /// - Parameters:
  ///   - id: A stable identifier.
  ///   - title: The document's title.
  ///   - publisher: Its publisher.
  ///   - version: Its version, if printed.
  ///   - date: Its date, as printed.
  ///   - sourceFile: The source text's file name.
  ///   - levels: The levels in rank order.
  ///   - domains: The domains.
  ///   - indicators: The indicators.
  ///   - rules: The combination rules.
  ///   - areas: The areas that use it.
  ///   - notes: Notes on the encoding.
  ///   - replaces: The rule set this one replaces, if any.
  ///   - origin: The file it was read from, if any.
  ///   - examples: Example cases.
  public init(
    id: String, title: String, publisher: String, version: String?, date: String,
    sourceFile: String, levels: [Level], domains: [Domain], indicators: [Indicator],
    rules: [CombinationRule], areas: [Area], notes: [LabelledText] = [],
    replaces: String? = nil, origin: String? = nil,
    examples: @autoclosure @escaping @Sendable () -> [Example]
  ) {
    self.replaces = replaces
    self.origin = origin
    self.id = id
    self.title = title
    self.publisher = publisher
    self.version = version
    self.date = date
    self.sourceFile = sourceFile
    self.levels = levels
    self.domains = domains
    self.indicators = indicators
    self.rules = rules
    self.areas = areas
    self.notes = notes
    self.makeExamples = examples
  }

  /// The level with a rank, if there is one.
  ///
  /// - Parameter rank: The rank.
  /// - Returns: The level.
  public func level(rank: Int) -> Level? {
    levels.first { $0.rank == rank }
  }

  /// The domain with an identifier, if there is one.
  ///
  /// - Parameter id: The domain identifier.
  /// - Returns: The domain.
  public func domain(id: String) -> Domain? {
    domains.first { $0.id == id }
  }

  /// The area with an identifier, if it uses this rule set.
  ///
  /// - Parameter id: The area identifier.
  /// - Returns: The area.
  public func area(id: String) -> Area? {
    areas.first { $0.id == id }
  }

  /// The document's title, version and date in one line, as a reader cites it.
  public var citation: String {
    let version = version.map { ", \($0)" } ?? ""
    return "\(title) (\(publisher)\(version), \(date))"
  }
}
