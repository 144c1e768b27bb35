/// A part of the assessment framework a document groups its indicators under.
public struct Domain: Sendable, Hashable {
  /// A stable, lower-case identifier, unique within its rule set ("parenting-capacity").
  public let id: String
  /// The document's own heading.
  public let name: String
  /// The headings inside the domain, in document order; empty where the document has none.
  public let subdomains: [Subdomain]
  /// Where the domain's table or heading is printed.
  public let source: Citation

  /// Creates a domain.
  ///
  /// - Parameters:
  ///   - id: A stable lower-case identifier.
  ///   - name: The document's heading.
  ///   - subdomains: The headings inside it.
  ///   - source: Where it is printed.
  public init(id: String, name: String, subdomains: [Subdomain] = [], source: Citation) {
    self.id = id
    self.name = name
    self.subdomains = subdomains
    self.source = source
  }
}

/// A heading inside a domain, such as "Basic care, safety and protection".
public struct Subdomain: Sendable, Hashable {
  /// A stable, lower-case identifier, unique within its domain.
  public let id: String
  /// The document's own heading.
  public let name: String

  /// Creates a subdomain.
  ///
  /// - Parameters:
  ///   - id: A stable lower-case identifier.
  ///   - name: The document's heading.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}

/// The age of the child a case is about.
public enum ChildAge: Sendable, Hashable {
  /// An unborn child (a pre-birth concern).
  case unborn
  /// A child of this many whole years.
  case years(Int)

  /// The youngest and oldest ages, in whole years, that the documents cover.
  public static let supportedYears: ClosedRange<Int> = 0...18

  /// The age in words, such as "unborn" or "9".
  public var description: String {
    switch self {
    case .unborn: "unborn"
    case .years(let years): String(years)
    }
  }
}

/// The ages an indicator is printed for, such as Camden's "0-4 years" or "under 13 yrs".
public struct AgeQualifier: Sendable, Hashable {
  /// The qualifier as the document prints it.
  public let printed: String
  /// Whether the indicator applies to an unborn child.
  public let includesUnborn: Bool
  /// The youngest age in years it applies to, or `nil` if it applies only before birth.
  public let youngest: Int?
  /// The oldest age in years it applies to, or `nil` if the document gives no upper bound.
  public let oldest: Int?

  /// Creates an age qualifier for born children, optionally including the unborn.
  ///
  /// - Parameters:
  ///   - printed: The qualifier as printed.
  ///   - youngest: The youngest age in whole years.
  ///   - oldest: The oldest age in whole years, or `nil` for no upper bound ("15+").
  ///   - includesUnborn: Whether it applies before birth too.
  public init(_ printed: String, youngest: Int, oldest: Int?, includesUnborn: Bool = false) {
    self.printed = printed
    self.youngest = youngest
    self.oldest = oldest
    self.includesUnborn = includesUnborn
  }

  private init(unbornOnly printed: String) {
    self.printed = printed
    self.youngest = nil
    self.oldest = nil
    self.includesUnborn = true
  }

  /// An indicator that applies only before birth ("unborn babies", "pre-birth").
  ///
  /// - Parameter printed: The qualifier as printed.
  /// - Returns: A qualifier admitting only unborn children.
  public static func unborn(_ printed: String) -> AgeQualifier {
    AgeQualifier(unbornOnly: printed)
  }

  /// The band as scripts read it: "0-4", "15+", or "unborn".
  public var band: String {
    guard let youngest else { return "unborn" }
    guard let oldest else { return "\(youngest)+" }
    return "\(youngest)-\(oldest)"
  }

  /// Whether a child of this age falls inside the qualifier.
  ///
  /// - Parameter age: The child's age.
  /// - Returns: `true` when the indicator can apply to a child of that age.
  public func admits(_ age: ChildAge) -> Bool {
    switch age {
    case .unborn:
      return includesUnborn
    case .years(let years):
      guard let youngest, years >= youngest else { return false }
      if let oldest, years > oldest { return false }
      return true
    }
  }
}

/// One example indicator of need, verbatim from a document, at the level it is printed in.
public struct Indicator: Sendable, Hashable {
  /// A stable identifier: lower-case ASCII, unique across all rule sets, never reused.
  public let id: String
  /// The indicator's words, verbatim (words split across lines re-joined, nothing else).
  public let text: String
  /// The rank of the level it is printed at.
  public let level: Int
  /// The identifier of its domain.
  public let domain: String
  /// The identifier of its subdomain, or `nil` where the document has no heading for it.
  public let subdomain: String?
  /// The ages it is printed for, or `nil` for any age.
  public let age: AgeQualifier?
  /// The responding agencies the document prints beside it, such as "Police" and "Social Care".
  public let agencies: [String]
  /// Where it is printed.
  public let source: Citation

  /// Creates an indicator.
  ///
  /// - Parameters:
  ///   - id: A stable identifier, prefixed with its rule set's identifier.
  ///   - text: The indicator's words, verbatim.
  ///   - level: The rank of the level it is printed at.
  ///   - domain: The identifier of its domain.
  ///   - subdomain: The identifier of its subdomain, if any.
  ///   - age: The ages it is printed for, if qualified.
  ///   - agencies: The responding agencies printed beside it.
  ///   - source: Where it is printed.
  public init(
    id: String, text: String, level: Int, domain: String, subdomain: String? = nil,
    age: AgeQualifier? = nil, agencies: [String] = [], source: Citation
  ) {
    self.id = id
    self.text = text
    self.level = level
    self.domain = domain
    self.subdomain = subdomain
    self.age = age
    self.agencies = agencies
    self.source = source
  }
}

extension Indicator {
  /// The indicators of one printed cell or list: phrases that share a citation, level, domain,
  /// age qualifier and agencies, in printed order.
  ///
  /// - Parameters:
  ///   - source: Where the cell is printed.
  ///   - level: The rank of the level column.
  ///   - domain: The domain identifier.
  ///   - subdomain: The subdomain identifier, if any.
  ///   - age: The age qualifier of the whole cell, if any.
  ///   - agencies: The responding agencies printed for the whole cell.
  ///   - entries: Each phrase's identifier and verbatim text.
  /// - Returns: One indicator per entry.
  public static func group(
    _ source: Citation, level: Int, domain: String, subdomain: String? = nil,
    age: AgeQualifier? = nil, agencies: [String] = [], _ entries: [(id: String, text: String)]
  ) -> [Indicator] {
    entries.map {
      Indicator(
        id: $0.id, text: $0.text, level: level, domain: domain, subdomain: subdomain, age: age,
        agencies: agencies, source: source)
    }
  }
}
