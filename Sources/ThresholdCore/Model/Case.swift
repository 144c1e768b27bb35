/// A score given to one function of a functional needs matrix.
public struct FunctionScore: Sendable, Hashable {
  /// The function as the user named it: an identifier, a number or the printed name.
  public let function: String
  /// The score, or `nil` for "not tested".
  public let score: Int?

  /// Creates a function score.
  ///
  /// - Parameters:
  ///   - function: The function's name or number.
  ///   - score: The score, or `nil` for not tested.
  public init(function: String, score: Int?) {
    self.function = function
    self.score = score
  }
}

/// The identifier a caller gave a case, echoed back exactly: a string, or a number as written.
public enum CaseID: Sendable, Hashable, ExpressibleByStringLiteral {
  /// A string identifier.
  case string(String)
  /// A number, exactly as written in the input ("12", "1e3").
  case number(String)

  /// Creates a string identifier.
  ///
  /// - Parameter value: The identifier.
  public init(stringLiteral value: String) {
    self = .string(value)
  }

  /// The identifier as text.
  public var text: String {
    switch self {
    case .string(let text), .number(let text): text
    }
  }
}

/// What a practitioner knows about a child: the input to an assessment.
///
/// A case is checked only when it is assessed, by the one validator every way a case arrives
/// goes through (options, JSON, CSV, the guided dialogue): an impossible age or an unknown
/// indicator here is reported then, with the same error whichever way the case came.
public struct Case: Sendable, Hashable {
  /// An identifier the caller chose, echoed back in the result; never interpreted.
  public var id: CaseID?
  /// The area's identifier ("camden", "rutland"); case is ignored ("Camden" is camden).
  public var authority: String
  /// The child's age, or `nil` if not given.
  public var age: ChildAge?
  /// The indicator identifiers the practitioner sees, in the order given.
  public var indicators: [String]
  /// Functional needs scores, in the order given.
  public var functionalNeeds: [FunctionScore]
  /// Hours a week of support with learning the child needs, if known.
  public var senSupportHours: Double?
  /// Keys of a JSON case (or columns of a CSV file) the reader did not recognise and ignored
  /// (a reader names the first few, and counts the rest in ``moreIgnoredKeyCount``).
  public var ignoredKeys: [String]
  /// How many more keys were ignored, beyond those `ignoredKeys` names.
  public var moreIgnoredKeyCount = 0

  /// Creates a case.
  ///
  /// - Parameters:
  ///   - id: An identifier to echo back.
  ///   - authority: The area identifier.
  ///   - age: The child's age.
  ///   - indicators: Indicator identifiers.
  ///   - functionalNeeds: Functional needs scores.
  ///   - senSupportHours: Hours a week of learning support.
  ///   - ignoredKeys: JSON keys that were ignored.
  public init(
    id: CaseID? = nil, authority: String, age: ChildAge? = nil, indicators: [String] = [],
    functionalNeeds: [FunctionScore] = [], senSupportHours: Double? = nil,
    ignoredKeys: [String] = []
  ) {
    self.id = id
    self.authority = authority
    self.age = age
    self.indicators = indicators
    self.functionalNeeds = functionalNeeds
    self.senSupportHours = senSupportHours
    self.ignoredKeys = ignoredKeys
  }
}

/// An example case written beside a rule set's data, with what its assessment must show.
///
/// The tests run every example of every rule set; a failure is reported at the example's
/// own line in the data file (or its place in a rule-set file).
public struct Example: Sendable {
  /// What the assessment must give.
  public enum Expectation: Sendable, Hashable {
    /// The suggested level's rank.
    case level(Int)
    /// The case must be rejected with a message containing this text.
    case rejected(String)
  }

  /// What the example shows.
  public let name: String
  /// The case.
  public let input: Case
  /// The expected outcome.
  public let expectation: Expectation
  /// Text the route must contain (its name, actions, service, contacts, form, timescale or consent).
  public let routeContains: [String]
  /// Identifiers of combination rules that must apply.
  public let rules: [String]
  /// Identifiers of combination rules that must not apply.
  public let notRules: [String]
  /// Text that must appear somewhere in the assessment (consent, advisories, special routes).
  public let mentions: [String]
  /// Identifiers of special routes that must be shown.
  public let specialRoutes: [String]
  /// Identifiers of special routes that must not be shown.
  public let notSpecialRoutes: [String]
  /// Where the example is written.
  public let location: ExampleLocation

  /// Creates an example that must be assessed at a level.
  ///
  /// - Parameters:
  ///   - name: What the example shows.
  ///   - input: The case.
  ///   - level: The expected level rank.
  ///   - route: Text the route must contain.
  ///   - rules: Combination rules that must apply.
  ///   - notRules: Combination rules that must not apply.
  ///   - mentions: Text that must appear in the assessment.
  ///   - specialRoutes: Special routes that must be shown.
  ///   - notSpecialRoutes: Special routes that must not be shown.
  ///   - file: The file, filled in by the compiler.
  ///   - line: The line, filled in by the compiler.
  public init(
    _ name: String, _ input: Case, level: Int, route: [String], rules: [String] = [],
    notRules: [String] = [], mentions: [String] = [], specialRoutes: [String] = [],
    notSpecialRoutes: [String] = [], file: StaticString = #filePath, line: UInt = #line
  ) {
    self.init(
      name, input, expectation: .level(level), route: route, rules: rules, notRules: notRules,
      mentions: mentions, specialRoutes: specialRoutes, notSpecialRoutes: notSpecialRoutes,
      location: .source(file: file, line: Int(line)))
  }

  /// Creates an example that must be rejected.
  ///
  /// - Parameters:
  ///   - name: What the example shows.
  ///   - input: The case.
  ///   - message: Text the error message must contain.
  ///   - file: The file, filled in by the compiler.
  ///   - line: The line, filled in by the compiler.
  public init(
    _ name: String, _ input: Case, rejectedBecause message: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    self.init(
      name, input, expectation: .rejected(message), location: .source(file: file, line: Int(line)))
  }

  /// Creates an example with every part given (as a rule-set file does).
  ///
  /// - Parameters:
  ///   - name: What the example shows.
  ///   - input: The case.
  ///   - expectation: The expected outcome.
  ///   - route: Text the route must contain.
  ///   - rules: Rules that must apply.
  ///   - notRules: Rules that must not apply.
  ///   - mentions: Text that must appear.
  ///   - specialRoutes: Special routes that must be shown.
  ///   - notSpecialRoutes: Special routes that must not be shown.
  ///   - location: Where it is written.
  public init(
    _ name: String, _ input: Case, expectation: Expectation, route: [String] = [],
    rules: [String] = [], notRules: [String] = [], mentions: [String] = [],
    specialRoutes: [String] = [], notSpecialRoutes: [String] = [], location: ExampleLocation
  ) {
    self.notSpecialRoutes = notSpecialRoutes
    self.name = name
    self.input = input
    self.expectation = expectation
    self.routeContains = route
    self.rules = rules
    self.notRules = notRules
    self.mentions = mentions
    self.specialRoutes = specialRoutes
    self.location = location
  }
}

/// Where an example is written: a line of a Swift data file, or a place in a rule-set file.
public enum ExampleLocation: Sendable, Hashable {
  /// A Swift source file and line, as the compiler recorded them.
  case source(file: StaticString, line: Int)
  /// A rule-set file, its line and column, and the example's JSON path.
  case ruleFile(path: String, line: Int, column: Int, jsonPath: String)

  /// The file.
  public var file: String {
    switch self {
    case .source(let file, _): file.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    case .ruleFile(let path, _, _, _): path
    }
  }

  /// The line, from 1.
  public var line: Int {
    switch self {
    case .source(_, let line), .ruleFile(_, let line, _, _): line
    }
  }

  /// Compares locations.
  public static func == (lhs: ExampleLocation, rhs: ExampleLocation) -> Bool {
    lhs.file == rhs.file && lhs.line == rhs.line
  }

  /// Hashes a location.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(line)
  }
}
