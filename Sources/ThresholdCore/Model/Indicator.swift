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
  /// Whether its indicators can be selected for an unborn child, unless an indicator says
  /// otherwise: `false` for a domain about the child's own development, health or schooling.
  public let appliesBeforeBirth: Bool

  /// Creates a domain.
  ///
  /// - Parameters:
  ///   - id: A stable lower-case identifier.
  ///   - name: The document's heading.
  ///   - subdomains: The headings inside it.
  ///   - source: Where it is printed.
  ///   - appliesBeforeBirth: Whether its indicators can apply to an unborn child.
  public init(
    id: String, name: String, subdomains: [Subdomain] = [], source: Citation,
    appliesBeforeBirth: Bool = true
  ) {
    self.id = id
    self.name = name
    self.subdomains = subdomains
    self.source = source
    self.appliesBeforeBirth = appliesBeforeBirth
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
  /// The ages, as numbers.
  public let range: AgeRange

  /// Whether the indicator applies to an unborn child.
  public var includesUnborn: Bool { range.includesUnborn }
  /// The youngest age in years it applies to, or `nil` if it applies only before birth.
  public var youngest: Int? { range.youngest }
  /// The oldest age in years it applies to, or `nil` if the document gives no upper bound.
  public var oldest: Int? { range.oldest }

  /// Creates an age qualifier for born children, optionally including the unborn.
  ///
  /// - Parameters:
  ///   - printed: The qualifier as printed.
  ///   - youngest: The youngest age in whole years.
  ///   - oldest: The oldest age in whole years, or `nil` for no upper bound ("15+").
  ///   - includesUnborn: Whether it applies before birth too.
  public init(_ printed: String, youngest: Int, oldest: Int?, includesUnborn: Bool = false) {
    self.printed = printed
    self.range = AgeRange(youngest: youngest, oldest: oldest, includesUnborn: includesUnborn)
  }

  /// Creates a qualifier from its parts (as a rule-set file gives them).
  ///
  /// - Parameters:
  ///   - printed: The qualifier as printed.
  ///   - range: The ages.
  public init(printed: String, range: AgeRange) {
    self.printed = printed
    self.range = range
  }

  /// An indicator that applies only before birth ("unborn babies", "pre-birth").
  ///
  /// - Parameter printed: The qualifier as printed.
  /// - Returns: A qualifier admitting only unborn children.
  public static func unborn(_ printed: String) -> AgeQualifier {
    AgeQualifier(
      printed: printed, range: AgeRange(youngest: nil, oldest: nil, includesUnborn: true))
  }

  /// The band as scripts read it: "0-4", "15+", or "unborn".
  public var band: String { range.band }

  /// Whether a child of this age falls inside the qualifier.
  ///
  /// - Parameter age: The child's age.
  /// - Returns: `true` when the indicator can apply to a child of that age.
  public func admits(_ age: ChildAge) -> Bool { range.admits(age) }
}

/// Ages as numbers: the one test of whether a child's age is inside a printed band.
public struct AgeRange: Sendable, Hashable {
  /// The youngest age in years, or `nil` when the range covers only the unborn.
  public let youngest: Int?
  /// The oldest age in years, or `nil` for no upper bound.
  public let oldest: Int?
  /// Whether an unborn child is inside the range.
  public let includesUnborn: Bool

  /// Creates a range.
  ///
  /// - Parameters:
  ///   - youngest: The youngest age, or `nil` for unborn only.
  ///   - oldest: The oldest age, or `nil` for no upper bound.
  ///   - includesUnborn: Whether the unborn are inside it.
  public init(youngest: Int?, oldest: Int?, includesUnborn: Bool) {
    self.youngest = youngest
    self.oldest = oldest
    self.includesUnborn = includesUnborn
  }

  /// The band as scripts read it: "0-4", "15+", or "unborn".
  public var band: String {
    guard let youngest else { return "unborn" }
    guard let oldest else { return "\(youngest)+" }
    return "\(youngest)-\(oldest)"
  }

  /// Whether the range can ever hold: a born range whose oldest age is below its youngest, or
  /// one outside the ages the documents cover, holds nobody.
  public var isPossible: Bool {
    guard let youngest else { return includesUnborn && oldest == nil }
    if youngest < ChildAge.supportedYears.lowerBound
      || youngest > ChildAge.supportedYears.upperBound
    {
      return false
    }
    if let oldest, oldest < youngest { return false }
    return true
  }

  /// Whether a child of this age is inside the range.
  ///
  /// - Parameter age: The child's age.
  /// - Returns: `true` when inside.
  @inline(__always)
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

/// Which children an indicator can be selected for: its printed ages and, for an unborn child,
/// whether it is about the pregnancy, the parents and the family (it can be) or about the
/// child's own development, health or schooling (it cannot). The one rule every way a case
/// arrives is checked by, and the one `indicators --unborn` and `search --unborn` filter by.
public struct IndicatorAdmission: Sendable, Hashable {
  /// The printed ages, if any.
  public let ages: AgeRange?
  /// Whether an unborn child may have it (the ages aside).
  public let appliesBeforeBirth: Bool

  /// The admission of an indicator in its rule set: an indicator printed only for the unborn
  /// applies before birth; otherwise its own before-birth rule, or its domain's, decides.
  ///
  /// - Parameters:
  ///   - indicator: The indicator.
  ///   - domain: Its domain, if the rule set has it.
  public init(_ indicator: Indicator, domain: Domain?) {
    ages = indicator.age?.range
    if let ages = indicator.age?.range, ages.youngest == nil {
      appliesBeforeBirth = true
    } else if let rule = indicator.beforeBirth {
      appliesBeforeBirth = rule == .applies
    } else {
      appliesBeforeBirth = domain?.appliesBeforeBirth ?? true
    }
  }

  /// Whether the indicator can be selected for a child of this age.
  ///
  /// - Parameter age: The child's age.
  /// - Returns: `true` when it can.
  @inline(__always)
  public func admits(_ age: ChildAge) -> Bool {
    if case .unborn = age, !appliesBeforeBirth { return false }
    guard let ages else { return true }
    return ages.admits(age)
  }
}

/// What an indicator is, where a document marks it as something other than an example of need
/// at its level.
public enum IndicatorKind: Sendable, Hashable {
  /// An example indicator of need at the level it is printed in.
  case need
  /// A possible sign of abuse or neglect, printed under a heading such as Camden's "Possible
  /// indicators of abuse and neglect": its level applies where it leads the practitioner to
  /// suspect significant harm.
  case possibleIndicator(heading: String)
  /// A statement printed in an indicator table about how professionals should work (such as
  /// "Cultural and Racial identity and language are taken into account"), not a need: it is
  /// listed, but never sets a level. `instead` says what to pick instead.
  case practiceStatement(instead: String)

  /// The kind's identifier in JSON: `need`, `possible-indicator` or `practice-statement`.
  public var key: String {
    switch self {
    case .need: "need"
    case .possibleIndicator: "possible-indicator"
    case .practiceStatement: "practice-statement"
    }
  }

  /// Whether selecting the indicator may set a level.
  public var setsLevel: Bool {
    if case .practiceStatement = self { return false }
    return true
  }
}

/// Whether an indicator can be selected for an unborn child.
public enum BeforeBirth: String, Sendable, Hashable {
  /// It is about the pregnancy, the parents or the family, so it can apply before birth.
  case applies
  /// It is about the child's own development, health or schooling, so it cannot.
  case doesNotApply = "does-not-apply"
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
  /// What it is: a need (the usual), a possible indicator of abuse or neglect, or a statement
  /// about practice that never sets a level.
  public let kind: IndicatorKind
  /// The whole printed cell or paragraph this indicator was cut from, verbatim, where the
  /// indicator is one phrase of it; `nil` where the indicator is the whole cell.
  public let printedCell: String?
  /// Whether it can be selected for an unborn child; `nil` takes its domain's rule.
  public let beforeBirth: BeforeBirth?

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
  ///   - kind: What it is, where the document marks it.
  ///   - printedCell: The whole printed cell it was cut from, if it is one phrase of it.
  ///   - beforeBirth: Whether it can apply before birth, where its domain's rule does not hold.
  public init(
    id: String, text: String, level: Int, domain: String, subdomain: String? = nil,
    age: AgeQualifier? = nil, agencies: [String] = [], source: Citation,
    kind: IndicatorKind = .need, printedCell: String? = nil, beforeBirth: BeforeBirth? = nil
  ) {
    self.id = id
    self.text = text
    self.level = level
    self.domain = domain
    self.subdomain = subdomain
    self.age = age
    self.agencies = agencies
    self.source = source
    self.kind = kind
    self.printedCell = printedCell
    self.beforeBirth = beforeBirth
  }

  /// A copy with some properties replaced (for data that marks a group of indicators).
  ///
  /// - Parameters:
  ///   - kind: The kind, if it changes.
  ///   - printedCell: The printed cell, if it changes.
  ///   - beforeBirth: The before-birth rule, if it changes.
  /// - Returns: The changed indicator.
  public func with(
    kind: IndicatorKind? = nil, printedCell: String? = nil, beforeBirth: BeforeBirth? = nil
  ) -> Indicator {
    Indicator(
      id: id, text: text, level: level, domain: domain, subdomain: subdomain, age: age,
      agencies: agencies, source: source, kind: kind ?? self.kind,
      printedCell: printedCell ?? self.printedCell, beforeBirth: beforeBirth ?? self.beforeBirth)
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
  ///   - kind: What the cell's indicators are, where the document marks it.
  ///   - cell: The whole cell as printed, where each entry is one phrase of it.
  ///   - entries: Each phrase's identifier and verbatim text.
  /// - Returns: One indicator per entry.
  public static func group(
    _ source: Citation, level: Int, domain: String, subdomain: String? = nil,
    age: AgeQualifier? = nil, agencies: [String] = [], kind: IndicatorKind = .need,
    cell: String? = nil, _ entries: [(id: String, text: String)]
  ) -> [Indicator] {
    entries.map {
      Indicator(
        id: $0.id, text: $0.text, level: level, domain: domain, subdomain: subdomain, age: age,
        agencies: agencies, source: source, kind: kind,
        printedCell: entries.count > 1 ? cell : nil)
    }
  }
}
