/// From a number of unmet needs (indicators above a level), the route becomes the rule's own,
/// but only while the suggested level is at most `upToLevel` (a higher level keeps its own
/// route); the level is unchanged (Rutland: "Where there is a third unmet need identified, this
/// triggers a referral to CAF").
///
/// Outcome numbers: `first` is how many unmet needs were found.
public struct UnmetNeedsReferral: RuleKind {
  /// `unmet-needs-referral`.
  public static let name = "unmet-needs-referral"
  /// What rules of this kind do.
  public static let summary =
    "From `count` indicators above level `aboveLevel`, the route becomes `route`, while the "
    + "suggested level is at most `upToLevel`; the level is unchanged."
  /// The parameters.
  public static let parameters = [
    (name: "count", meaning: "how many unmet needs trigger the referral"),
    (name: "aboveLevel", meaning: "indicators above this level rank are unmet needs"),
    (name: "upToLevel", meaning: "the highest suggested level at which the route changes"),
    (name: "route", meaning: "the route taken"),
  ]

  /// How many unmet needs trigger the referral.
  public let count: Int
  /// Indicators above this level are unmet needs.
  public let aboveLevel: Int
  /// The highest level at which the route changes.
  public let upToLevel: Int
  /// The route taken.
  public let referral: Route

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - count: Unmet needs that trigger it.
  ///   - aboveLevel: The level above which indicators are unmet needs.
  ///   - upToLevel: The highest level at which it changes the route.
  ///   - route: The route.
  public init(count: Int, aboveLevel: Int, upToLevel: Int, route: Route) {
    self.count = count
    self.aboveLevel = aboveLevel
    self.upToLevel = upToLevel
    self.referral = route
  }

  /// The route taken.
  public var route: Route? { referral }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    count = effect.int("count")
    aboveLevel = effect.int("aboveLevel")
    upToLevel = effect.int("upToLevel")
    referral = effect.route("route")
  }

  /// Writes `count`, `aboveLevel`, `upToLevel` and `route`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("count", count)
    writer.member("aboveLevel", aboveLevel)
    writer.member("upToLevel", upToLevel)
    writer.key("route")
    RuleSetWriter.writeRoute(referral, into: &writer)
  }

  /// The levels must exist and the count be 1 or more.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    levelProblems(aboveLevel, "aboveLevel", in: ruleSet)
      + levelProblems(upToLevel, "upToLevel", in: ruleSet) + countProblems(count, "count")
  }

  /// Applies when enough unmet needs are present at a level no higher than `upToLevel`.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard context.level <= upToLevel else { return }
    let unmet = context.indicatorCount(above: aboveLevel)
    guard unmet >= count else { return }
    context.replaceRoute()
    context.apply(RuleOutcome(unmet))
  }

  /// "3 unmet needs (indicators above the lowest level) are selected, so the route changes."
  ///
  /// - Parameter outcome: The count.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    "\(outcome.first) unmet needs (indicators above level \(aboveLevel)) are selected, so the "
      + "route changes."
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let rule = UnmetNeedsReferral(
      count: 3, aboveLevel: 1, upToLevel: 2,
      route: Route(
        level: 2, name: "Referral to CAF", actions: ["Refer to CAF."], service: "CAF",
        source: Citation("Example route")))
    return [
      RuleKindExample(
        "A third unmet need changes the route", rule, indicators: [(2, 0), (2, 1), (2, 2)],
        level: 2, applies: true, replacesRoute: true, says: ["3 unmet needs"]),
      RuleKindExample(
        "Two unmet needs do not", rule, indicators: [(2, 0), (2, 1)], level: 2, applies: false),
      RuleKindExample(
        "Above upToLevel the level's own route stands", rule,
        indicators: [(2, 0), (2, 1), (3, 2)], level: 3, applies: false),
    ]
  }()
}

extension RuleKind where Self == UnmetNeedsReferral {
  /// A referral rule triggered by a number of unmet needs.
  ///
  /// - Parameters:
  ///   - count: Unmet needs that trigger it.
  ///   - aboveLevel: The level above which indicators are unmet needs.
  ///   - upToLevel: The highest level at which it changes the route.
  ///   - route: The route.
  /// - Returns: The rule.
  public static func unmetNeedsReferral(count: Int, aboveLevel: Int, upToLevel: Int, route: Route)
    -> UnmetNeedsReferral
  {
    UnmetNeedsReferral(count: count, aboveLevel: aboveLevel, upToLevel: upToLevel, route: route)
  }
}
