/// Indicators of one level count only when enough of them are present: fewer, with nothing
/// higher, gives a lower level (Camden: "Two or more of the indicators listed here need to be
/// present").
///
/// Outcome numbers: `first` is how many indicators of the level were found, `second` how many
/// are needed.
public struct RequireCount: RuleKind {
  /// `require-count`.
  public static let name = "require-count"
  /// What rules of this kind do.
  public static let summary =
    "Indicators of `level` count only when at least `count` are present; fewer, with nothing "
    + "higher, gives level `otherwise`."
  /// The parameters.
  public static let parameters = [
    (name: "level", meaning: "the level rank whose indicators are counted"),
    (name: "count", meaning: "how many of them must be present (2 or more)"),
    (name: "otherwise", meaning: "the level rank given when fewer are present (lower than level)"),
  ]

  /// The level whose indicators are counted.
  public let level: Int
  /// How many must be present.
  public let count: Int
  /// The level when fewer are present.
  public let otherwise: Int

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - level: The level counted.
  ///   - count: How many are needed.
  ///   - otherwise: The level when fewer are present.
  public init(level: Int, count: Int, otherwise: Int) {
    self.level = level
    self.count = count
    self.otherwise = otherwise
  }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    level = effect.int("level")
    count = effect.int("count")
    otherwise = effect.int("otherwise")
  }

  /// Writes `level`, `count` and `otherwise`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("level", level)
    writer.member("count", count)
    writer.member("otherwise", otherwise)
  }

  /// The levels must exist, `otherwise` must be lower, and at least two must be needed.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    var problems =
      levelProblems(level, "level", in: ruleSet)
      + levelProblems(otherwise, "otherwise", in: ruleSet)
    if otherwise >= level {
      problems.append(
        "'otherwise' (\(otherwise)) must be lower than 'level' (\(level)): the rule can only "
          + "hold a level back, never raise one.")
    }
    if count < 2 { problems.append("'count' must be 2 or more (it is \(count)).") }
    return problems
  }

  /// Applies when the level so far is `level`, no indicator is higher, and fewer than `count`
  /// of its indicators are present.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard context.level == level, context.indicatorLevel == level else { return }
    let found = context.indicatorCount(atLevel: level)
    guard found > 0, found < count else { return }
    context.setLevel(otherwise)
    context.apply(RuleOutcome(found, count))
  }

  /// "Only one level 2 indicator was selected and 2 or more are needed, so the level is 1, not 2."
  ///
  /// - Parameter outcome: Found and needed.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    let found = outcome.first
    let counted =
      found == 1 ? "one level \(level) indicator was" : "\(found) level \(level) indicators were"
    return "Only \(counted) selected and \(outcome.second) or more are needed, so the level is "
      + "\(otherwise), not \(level)."
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let rule = RequireCount(level: 2, count: 2, otherwise: 1)
    return [
      RuleKindExample(
        "One level 2 indicator alone gives level 1", rule, indicators: [(2, 0)], level: 1,
        applies: true, says: ["Only one level 2 indicator was selected", "the level is 1, not 2"]),
      RuleKindExample(
        "Two level 2 indicators give level 2", rule, indicators: [(2, 0), (2, 1)], level: 2,
        applies: false),
      RuleKindExample(
        "A higher indicator stands whatever the count", rule, indicators: [(2, 0), (3, 1)],
        level: 3, applies: false),
    ]
  }()
}

extension RuleKind where Self == RequireCount {
  /// A rule that indicators of `level` count only when at least `count` are present.
  ///
  /// - Parameters:
  ///   - level: The level counted.
  ///   - count: How many are needed.
  ///   - otherwise: The level when fewer are present.
  /// - Returns: The rule.
  public static func requireCount(level: Int, count: Int, otherwise: Int) -> RequireCount {
    RequireCount(level: level, count: count, otherwise: otherwise)
  }
}
