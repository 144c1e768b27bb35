/// A kind of combination rule, as SwiftLint keeps a rule: its parameters, how it evaluates a
/// case, the words for what it did, how it is written to and read from a rule-set file, what
/// makes its parameters wrong, and its own examples, all in one file.
///
/// Adding a kind means adding one file with a type that conforms to this protocol and listing
/// the type in ``RuleKinds/all``. The engine knows nothing about any kind: it calls
/// ``evaluate(_:)`` for each rule in order and records what the rule reported through its
/// ``RuleContext``.
public protocol RuleKind: Sendable {
  /// The kind's name in rule-set files (`"kind": "require-count"`).
  static var name: String { get }
  /// One sentence on what rules of this kind do, for the rule-set file reference.
  static var summary: String { get }
  /// The parameters a rule-set file gives, with what each means, for the file reference.
  static var parameters: [(name: String, meaning: String)] { get }
  /// Examples of the kind at work, run by the generic example test.
  static var examples: [RuleKindExample] { get }

  /// Reads the parameters from a rule-set file's `effect` object; problems are recorded on
  /// the object, never thrown, so that a check reports every one.
  ///
  /// - Parameter effect: The `effect` object.
  init(reading effect: inout RuleFileObject)

  /// Writes the parameters as members of the `effect` object, after its `kind`.
  ///
  /// - Parameter writer: Where to write.
  func write(into writer: inout JSONWriter)

  /// What is wrong with the parameters in a rule set, such as a level that does not exist.
  ///
  /// - Parameter ruleSet: The rule set the rule belongs to.
  /// - Returns: One message per problem; empty when the rule is sound.
  func problems(in ruleSet: RuleSet) -> [String]

  /// Evaluates the rule for one case: reads the case through `context` and reports there
  /// whether it applied, a new level, a route of its own, or advice.
  ///
  /// - Parameter context: The case and the assessment so far.
  func evaluate(_ context: inout RuleContext)

  /// What the rule did, in a sentence for the reader.
  ///
  /// - Parameter outcome: The numbers the rule reported when it applied.
  /// - Returns: The sentence.
  func effect(of outcome: RuleOutcome) -> String

  /// The advice the rule gave, in words, when it reported advice.
  ///
  /// - Parameter outcome: The numbers the rule reported with its advice.
  /// - Returns: The advice, and whether the words are the document's (`false`: the tool's).
  func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool)

  /// The rule ready to evaluate in a rule set: identifiers it names looked up as positions.
  ///
  /// - Parameter ruleSet: The rule set it belongs to.
  /// - Returns: The prepared rule (by default, the rule itself).
  func prepared(for ruleSet: RuleSet) -> any RuleKind

  /// The route the rule sends a case on when it replaces the level's route, if it can.
  var route: Route? { get }
  /// The functional needs matrix the rule scores, if it scores one.
  var matrix: FunctionalNeedsMatrix? { get }
  /// Whether the rule reads the hours of learning support a case gives.
  var readsSupportHours: Bool { get }
}

extension RuleKind {
  /// By default a rule needs no preparing.
  public func prepared(for ruleSet: RuleSet) -> any RuleKind { self }
  /// By default a kind has no route of its own.
  public var route: Route? { nil }
  /// By default a kind scores no matrix.
  public var matrix: FunctionalNeedsMatrix? { nil }
  /// By default a kind does not read hours of support.
  public var readsSupportHours: Bool { false }
  /// By default a kind gives no advice.
  public func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool) {
    ("", false)
  }
  /// By default there is nothing to check beyond what reading the file checks.
  public func problems(in ruleSet: RuleSet) -> [String] { [] }

  /// A problem message when `rank` is not one of the rule set's levels.
  ///
  /// - Parameters:
  ///   - rank: The level rank a parameter names.
  ///   - parameter: The parameter's name.
  ///   - ruleSet: The rule set.
  /// - Returns: The messages (empty when the level exists).
  public func levelProblems(_ rank: Int, _ parameter: String, in ruleSet: RuleSet) -> [String] {
    ruleSet.level(rank: rank) == nil
      ? ["'\(parameter)' names level \(rank), which the rule set does not have."] : []
  }

  /// A problem message when a count is below 1.
  ///
  /// - Parameters:
  ///   - count: The count.
  ///   - parameter: The parameter's name.
  /// - Returns: The messages (empty when the count is 1 or more).
  public func countProblems(_ count: Int, _ parameter: String) -> [String] {
    count < 1 ? ["'\(parameter)' must be 1 or more (it is \(count))."] : []
  }
}

/// The numbers a rule reports about one case, which its kind turns into words when the result
/// is written. Plain numbers, so that assessing a case builds no strings.
///
/// Each kind gives the four numbers its own meaning, in its own file.
public struct RuleOutcome: Sendable, Hashable {
  /// The first number.
  public var first: Int
  /// The second number.
  public var second: Int
  /// The third number.
  public var third: Int
  /// The fourth number.
  public var fourth: Int

  /// Creates an outcome.
  ///
  /// - Parameters:
  ///   - first: The first number.
  ///   - second: The second number.
  ///   - third: The third number.
  ///   - fourth: The fourth number.
  public init(_ first: Int = 0, _ second: Int = 0, _ third: Int = 0, _ fourth: Int = 0) {
    self.first = first
    self.second = second
    self.third = third
    self.fourth = fourth
  }
}

/// What a rule sees of one case, and how it reports what it did.
///
/// The engine sets a context up for each rule in turn: ``level`` is the level as the rules
/// before this one left it.
public struct RuleContext {
  /// The tables of the rule set (numbers only).
  let tables: TablesReference
  /// The selected indicators' positions in the rule set.
  let indicators: UnsafeBufferPointer<Int>
  /// Functional needs scores: function positions and scores (`nil` for not tested).
  let scoreList: UnsafeBufferPointer<FunctionScoreEntry>

  /// The highest level among the selected indicators (1 when there are none).
  public let indicatorLevel: Int
  /// The suggested level so far.
  public private(set) var level: Int
  /// The hours a week of learning support the case gives, if any.
  public let supportHours: Double?
  /// The child's age, if given.
  public let age: ChildAge?

  /// What this rule reported: whether it applied, and its numbers.
  private(set) var applied: RuleOutcome?
  /// Whether this rule replaced the level's route with its own.
  private(set) var replacesRoute = false
  /// Advice this rule gave, with its numbers.
  private(set) var advice: RuleOutcome?

  init(
    tables: TablesReference, indicators: UnsafeBufferPointer<Int>,
    scores: UnsafeBufferPointer<FunctionScoreEntry>, indicatorLevel: Int, level: Int,
    supportHours: Double?, age: ChildAge?
  ) {
    self.tables = tables
    self.indicators = indicators
    self.scoreList = scores
    self.indicatorLevel = indicatorLevel
    self.level = level
    self.supportHours = supportHours
    self.age = age
  }

  /// Starts the next rule: the level stays as the last rule left it.
  mutating func startRule() {
    applied = nil
    replacesRoute = false
    advice = nil
  }

  /// How many indicators the case selects.
  public var indicatorCount: Int { indicators.count }

  /// The level rank of the `index`th selected indicator.
  ///
  /// - Parameter index: From 0 to ``indicatorCount`` - 1.
  /// - Returns: Its level rank.
  @inline(__always)
  public func levelOfIndicator(_ index: Int) -> Int { tables.levels[indicators[index]] }

  /// The domain of the `index`th selected indicator, as its position in the rule set's domains.
  ///
  /// - Parameter index: From 0 to ``indicatorCount`` - 1.
  /// - Returns: The domain's position.
  @inline(__always)
  public func domainOfIndicator(_ index: Int) -> Int { tables.domains[indicators[index]] }

  /// How many selected indicators are at a level rank.
  ///
  /// - Parameter rank: The level rank.
  /// - Returns: The count.
  public func indicatorCount(atLevel rank: Int) -> Int {
    var count = 0
    for position in indicators where tables.levels[position] == rank { count += 1 }
    return count
  }

  /// How many selected indicators are above a level rank.
  ///
  /// - Parameter rank: The level rank.
  /// - Returns: The count.
  public func indicatorCount(above rank: Int) -> Int {
    var count = 0
    for position in indicators where tables.levels[position] > rank { count += 1 }
    return count
  }

  /// The functional needs scores given: how many, and each score (`nil`: not tested).
  public var scores: [Int?] { scoreList.map(\.score) }

  /// Whether any functional needs scores were given.
  public var hasScores: Bool { !scoreList.isEmpty }

  /// How many scores satisfy a test.
  ///
  /// - Parameter test: The test, given a score (`nil`: not tested).
  /// - Returns: The count.
  public func scoreCount(where test: (Int?) -> Bool) -> Int {
    var count = 0
    for entry in scoreList where test(entry.score) { count += 1 }
    return count
  }

  /// Reports that the rule applied, with its numbers.
  ///
  /// - Parameter outcome: The numbers its kind turns into words.
  public mutating func apply(_ outcome: RuleOutcome) {
    applied = outcome
  }

  /// Sets the suggested level (only a rule whose document's sentence says so may).
  ///
  /// - Parameter rank: The new level rank.
  public mutating func setLevel(_ rank: Int) {
    level = rank
  }

  /// Reports that the rule's own route replaces the level's route.
  public mutating func replaceRoute() {
    replacesRoute = true
  }

  /// Reports advice, with its numbers.
  ///
  /// - Parameter outcome: The numbers its kind turns into words.
  public mutating func advise(_ outcome: RuleOutcome) {
    advice = outcome
  }
}

/// One functional needs score of a resolved case: the function's position in the matrix and
/// its score (`nil` for not tested).
struct FunctionScoreEntry: Sendable, Hashable {
  let function: Int
  let score: Int?
}

/// Every kind of combination rule the tool knows, in one list: reading a rule-set file finds a
/// kind here by its name, and the file reference lists them in this order.
public enum RuleKinds {
  /// The kinds.
  public static let all: [any RuleKind.Type] = [
    HighestIndicator.self,
    RequireCount.self,
    FunctionalNeeds.self,
    UnmetNeedsReferral.self,
    ClusterAdvisory.self,
    SupportHours.self,
    RequiredAssessment.self,
  ]

  /// The kind with a name.
  ///
  /// - Parameter name: The name, as a rule-set file gives it.
  /// - Returns: The kind, or `nil`.
  public static func kind(named name: String) -> (any RuleKind.Type)? {
    all.first { $0.name == name }
  }
}

/// An example of a kind of rule at work: a rule with its parameters, a case described by the
/// levels (and domains) of its indicators, scores and hours, and what must happen.
///
/// The generic example test builds a small rule set around the rule (four levels, three
/// domains, one indicator per entry of `indicators`) and assesses the case.
public struct RuleKindExample: Sendable {
  /// What the example shows.
  public let name: String
  /// The rule's parameters.
  public let rule: any RuleKind
  /// The level rank and domain position (0 to 2) of each selected indicator.
  public let indicators: [(level: Int, domain: Int)]
  /// Functional needs scores, in matrix order from the first function (`nil`: not tested).
  public let scores: [Int?]
  /// Hours a week of learning support.
  public let supportHours: Double?
  /// The child's age.
  public let age: ChildAge?
  /// The level the case must be given.
  public let level: Int
  /// Whether the rule must apply.
  public let applies: Bool
  /// Whether the rule's own route must replace the level's.
  public let replacesRoute: Bool
  /// Text that must appear in what the rule says (its effect or its advice); empty for none.
  public let says: [String]
  /// The file the example is written in.
  public let file: StaticString
  /// The line it starts on.
  public let line: Int

  /// Creates an example.
  ///
  /// - Parameters:
  ///   - name: What it shows.
  ///   - rule: The rule's parameters.
  ///   - indicators: Level and domain of each selected indicator.
  ///   - scores: Functional needs scores.
  ///   - supportHours: Hours of learning support.
  ///   - age: The child's age.
  ///   - level: The expected level.
  ///   - applies: Whether the rule must apply.
  ///   - replacesRoute: Whether its route must replace the level's.
  ///   - says: Text its effect or advice must contain.
  ///   - file: Filled in by the compiler.
  ///   - line: Filled in by the compiler.
  public init(
    _ name: String, _ rule: any RuleKind, indicators: [(level: Int, domain: Int)],
    scores: [Int?] = [], supportHours: Double? = nil, age: ChildAge? = .years(9), level: Int,
    applies: Bool, replacesRoute: Bool = false, says: [String] = [],
    file: StaticString = #filePath, line: UInt = #line
  ) {
    self.name = name
    self.rule = rule
    self.indicators = indicators
    self.scores = scores
    self.supportHours = supportHours
    self.age = age
    self.level = level
    self.applies = applies
    self.replacesRoute = replacesRoute
    self.says = says
    self.file = file
    self.line = Int(line)
  }
}

extension RuleKinds {
  /// The reference for every kind, in Markdown, as `Rules/README.md` holds it (a test checks
  /// the file against this): each kind's name, what it does, and its parameters.
  public static var reference: String {
    var text = ""
    for kind in all {
      text += "#### `\(kind.name)`\n\n\(kind.summary)\n\n"
      if kind.parameters.isEmpty {
        text += "No parameters.\n\n"
      } else {
        text += "| Parameter | Meaning |\n|---|---|\n"
        for (name, meaning) in kind.parameters { text += "| `\(name)` | \(meaning) |\n" }
        text += "\n"
      }
    }
    return text
  }
}
