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

/// What a practitioner knows about a child: the input to an assessment.
public struct Case: Sendable, Hashable {
  /// An identifier the caller chose, echoed back in the result; never interpreted.
  public var id: String?
  /// The area identifier ("camden", "rutland").
  public var authority: String
  /// The child's age, or `nil` if not given.
  public var age: ChildAge?
  /// The indicator identifiers the practitioner sees, in the order given.
  public var indicators: [String]
  /// Functional needs scores, in the order given.
  public var functionalNeeds: [FunctionScore]
  /// Hours a week of support with learning the child needs, if known.
  public var senSupportHours: Double?
  /// Keys of a JSON case the reader did not recognise and ignored.
  public var ignoredKeys: [String]

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
    id: String? = nil, authority: String, age: ChildAge? = nil, indicators: [String] = [],
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
/// own line in the data file.
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
  /// The data file the example is written in, as the compiler recorded it.
  public let filePath: StaticString
  /// The line the example starts on.
  public let line: Int

  /// The data file the example is written in.
  public var file: String {
    filePath.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
  }

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
  ///   - file: The file, filled in by the compiler.
  ///   - line: The line, filled in by the compiler.
  public init(
    _ name: String, _ input: Case, level: Int, route: [String], rules: [String] = [],
    notRules: [String] = [], mentions: [String] = [], file: StaticString = #filePath,
    line: UInt = #line
  ) {
    self.name = name
    self.input = input
    self.expectation = .level(level)
    self.routeContains = route
    self.rules = rules
    self.notRules = notRules
    self.mentions = mentions
    self.filePath = file
    self.line = Int(line)
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
    self.name = name
    self.input = input
    self.expectation = .rejected(message)
    self.routeContains = []
    self.rules = []
    self.notRules = []
    self.mentions = []
    self.filePath = file
    self.line = Int(line)
  }
}
