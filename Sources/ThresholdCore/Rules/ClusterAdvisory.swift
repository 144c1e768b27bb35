/// A cluster of indicators at one level, across several domains, adds the document's advice;
/// the level is unchanged (Medway: "a cluster of indicators in Tier 2 when considered together
/// may indicate the need for a Tier 3 assessment").
///
/// Outcome numbers: `first` is how many indicators of the level were found, `second` across
/// how many domains.
public struct ClusterAdvisory: RuleKind {
  /// `cluster-advisory`.
  public static let name = "cluster-advisory"
  /// What rules of this kind do.
  public static let summary =
    "At least `count` indicators of level `level`, across at least `domains` domains, while "
    + "the suggested level is `level`, add `advice`; the level is unchanged."
  /// The parameters.
  public static let parameters = [
    (name: "level", meaning: "the level rank whose indicators are counted"),
    (name: "count", meaning: "how many indicators make a cluster"),
    (name: "domains", meaning: "across how many domains at least"),
    (name: "advice", meaning: "the advice to add, verbatim"),
  ]

  /// The level counted.
  public let level: Int
  /// How many make a cluster.
  public let count: Int
  /// Across how many domains.
  public let domains: Int
  /// The advice, verbatim.
  public let text: String

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - level: The level counted.
  ///   - count: How many make a cluster.
  ///   - domains: Across how many domains.
  ///   - advice: The advice, verbatim.
  public init(level: Int, count: Int, domains: Int, advice: String) {
    self.level = level
    self.count = count
    self.domains = domains
    self.text = advice
  }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    level = effect.int("level")
    count = effect.int("count")
    domains = effect.int("domains")
    text = effect.string("advice")
  }

  /// Writes `level`, `count`, `domains` and `advice`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("level", level)
    writer.member("count", count)
    writer.member("domains", domains)
    writer.member("advice", text)
  }

  /// The level must exist, the counts be 1 or more, and the domains no more than there are.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    var problems =
      levelProblems(level, "level", in: ruleSet) + countProblems(count, "count")
      + countProblems(domains, "domains")
    if domains > ruleSet.domains.count {
      problems.append(
        "'domains' is \(domains), but the rule set has only \(ruleSet.domains.count) domains: "
          + "the rule could never apply.")
    }
    if text.isEmpty { problems.append("'advice' is empty.") }
    return problems
  }

  /// Applies, and advises, when the cluster is found at the suggested level.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard context.level == level else { return }
    var found = 0
    var domainsFound = 0
    for index in 0..<context.indicatorCount where context.levelOfIndicator(index) == level {
      found += 1
      let domain = context.domainOfIndicator(index)
      // A domain counts the first time an indicator of the level is met in it (a case selects
      // each indicator once, so this is at most the rule set's size squared).
      let isNew = !(0..<index).contains {
        context.levelOfIndicator($0) == level && context.domainOfIndicator($0) == domain
      }
      if isNew { domainsFound += 1 }
    }
    guard found >= count, domainsFound >= domains else { return }
    context.apply(RuleOutcome(found, domainsFound))
    context.advise(RuleOutcome(found, domainsFound))
  }

  /// "3 indicators at this level across 2 domains: see the advice. The level is not changed."
  ///
  /// - Parameter outcome: Found and domains.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    "\(outcome.first) indicators at level \(level) across \(outcome.second) domains: see the "
      + "advice. The level is not changed."
  }

  /// The document's advice.
  ///
  /// - Parameter outcome: Found and domains.
  /// - Returns: The advice, in the document's words.
  public func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool) {
    (text, true)
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let rule = ClusterAdvisory(
      level: 2, count: 3, domains: 2, advice: "A cluster may indicate the need for an assessment.")
    return [
      RuleKindExample(
        "Three level 2 indicators across two domains", rule,
        indicators: [(2, 0), (2, 0), (2, 1)], level: 2, applies: true,
        says: ["3 indicators at level 2 across 2 domains", "A cluster may indicate"]),
      RuleKindExample(
        "Three in one domain are not a cluster across domains", rule,
        indicators: [(2, 0), (2, 0), (2, 0)], level: 2, applies: false),
      RuleKindExample(
        "A higher level has no need of the advice", rule,
        indicators: [(2, 0), (2, 1), (2, 2), (3, 0)], level: 3, applies: false),
    ]
  }()
}

extension RuleKind where Self == ClusterAdvisory {
  /// A cluster advisory.
  ///
  /// - Parameters:
  ///   - level: The level counted.
  ///   - count: How many make a cluster.
  ///   - domains: Across how many domains.
  ///   - advice: The advice, verbatim.
  /// - Returns: The rule.
  public static func clusterAdvisory(level: Int, count: Int, domains: Int, advice: String)
    -> ClusterAdvisory
  {
    ClusterAdvisory(level: level, count: count, domains: domains, advice: advice)
  }
}
