/// The document gives no counting rule: the level is the highest level among the selected
/// indicators. Recorded so that the assessment can quote the document's own sentence (such as
/// "neither exhaustive nor weighted").
///
/// Outcome numbers: `first` is the level.
public struct HighestIndicator: RuleKind {
  /// `highest-indicator`.
  public static let name = "highest-indicator"
  /// What rules of this kind do.
  public static let summary =
    "The document gives no counting rule: the level is the highest selected indicator's. "
    + "Applies whenever an indicator is selected, so the assessment quotes the sentence."
  /// It has no parameters.
  public static let parameters: [(name: String, meaning: String)] = []

  /// Creates the rule.
  public init() {}

  /// Reads the (empty) parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {}

  /// Writes nothing: the kind has no parameters.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {}

  /// Applies when at least one indicator is selected.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard context.indicatorCount > 0 else { return }
    context.apply(RuleOutcome(context.level))
  }

  /// "The document gives no counting rule: the level is the highest indicator's (level 3)."
  ///
  /// - Parameter outcome: The level.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    "The document gives no counting rule: the level is the highest indicator's "
      + "(level \(outcome.first))."
  }

  /// Examples.
  public static let examples: [RuleKindExample] = [
    RuleKindExample(
      "The highest of a level 2 and a level 3 indicator", HighestIndicator(),
      indicators: [(2, 0), (3, 1)], level: 3, applies: true, says: ["level 3"]),
    RuleKindExample(
      "Nothing selected: the rule has nothing to say", HighestIndicator(), indicators: [],
      level: 1, applies: false),
  ]
}

extension RuleKind where Self == HighestIndicator {
  /// A rule that the level is the highest indicator's.
  public static var highestIndicator: HighestIndicator { HighestIndicator() }
}
