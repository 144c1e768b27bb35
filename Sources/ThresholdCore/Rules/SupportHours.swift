/// Hours a week of support with learning: under the threshold gives one route, over it another
/// (Camden, Section 3.7). The level is unchanged. Where the document says nothing about exactly
/// the threshold, `atThreshold` is the tool's note saying so.
///
/// Outcome numbers: `first` is the band (0 under, 1 exactly at, 2 over), `second` the hours as
/// the bits of a `Double`.
public struct SupportHours: RuleKind {
  /// `support-hours`.
  public static let name = "support-hours"
  /// What rules of this kind do.
  public static let summary =
    "Hours a week of learning support: under `threshold` adds `below`, over it `above`, exactly "
    + "at it `atThreshold` (the tool's note where the document is silent); the level is unchanged."
  /// The parameters.
  public static let parameters = [
    (name: "threshold", meaning: "the hours a week the document divides at"),
    (name: "below", meaning: "what the document says under the threshold, verbatim"),
    (name: "above", meaning: "what the document says over the threshold, verbatim"),
    (name: "atThreshold", meaning: "the tool's note for exactly the threshold"),
  ]

  /// The hours a week the document divides at.
  public let threshold: Int
  /// Under the threshold, in the document's words.
  public let below: String
  /// Over the threshold, in the document's words.
  public let above: String
  /// Exactly at the threshold: the tool's note.
  public let atThreshold: String

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - threshold: The hours a week.
  ///   - below: The document's words under it.
  ///   - above: The document's words over it.
  ///   - atThreshold: The tool's note for exactly the threshold.
  public init(threshold: Int, below: String, above: String, atThreshold: String) {
    self.threshold = threshold
    self.below = below
    self.above = above
    self.atThreshold = atThreshold
  }

  /// The rule reads the hours a case gives.
  public var readsSupportHours: Bool { true }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    threshold = effect.int("threshold")
    below = effect.string("below")
    above = effect.string("above")
    atThreshold = effect.string("atThreshold")
  }

  /// Writes `threshold`, `below`, `above` and `atThreshold`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("threshold", threshold)
    writer.member("below", below)
    writer.member("above", above)
    writer.member("atThreshold", atThreshold)
  }

  /// The threshold must be within a week's hours.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    SupportHoursRange.hours.contains(Double(threshold))
      ? []
      : ["'threshold' must be from 0 to \(Int(SupportHoursRange.hours.upperBound)) hours a week."]
  }

  /// Applies, and advises, whenever hours are given.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard let hours = context.supportHours else { return }
    let band = hours < Double(threshold) ? 0 : hours > Double(threshold) ? 2 : 1
    let outcome = RuleOutcome(band, Int(truncatingIfNeeded: hours.bitPattern))
    context.apply(outcome)
    context.advise(outcome)
  }

  /// "12 hours a week is under the threshold; the level is not changed."
  ///
  /// - Parameter outcome: The band and hours.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    let hours = Double(bitPattern: UInt64(truncatingIfNeeded: outcome.second))
    let words = ["under", "exactly at", "over"][min(max(outcome.first, 0), 2)]
    return "\(NumberText.hours(hours)) hours a week is \(words) the threshold of \(threshold); "
      + "the level is not changed."
  }

  /// The document's words for the band (or the tool's note at the threshold).
  ///
  /// - Parameter outcome: The band and hours.
  /// - Returns: The advice.
  public func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool) {
    switch outcome.first {
    case 0: (below, true)
    case 2: (above, true)
    default: (atThreshold, false)
    }
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let rule = SupportHours(
      threshold: 20, below: "Under: the school's offer.", above: "Over: the SEN service.",
      atThreshold: "Exactly 20: the document does not say.")
    return [
      RuleKindExample(
        "Under the threshold", rule, indicators: [], supportHours: 12, level: 1, applies: true,
        says: ["12 hours a week is under", "the school's offer"]),
      RuleKindExample(
        "Over the threshold", rule, indicators: [], supportHours: 25.5, level: 1, applies: true,
        says: ["25.5 hours", "the SEN service"]),
      RuleKindExample(
        "Exactly at the threshold: the tool's note", rule, indicators: [], supportHours: 20,
        level: 1, applies: true, says: ["the document does not say"]),
      RuleKindExample(
        "No hours given", rule, indicators: [(2, 0)], level: 2, applies: false),
    ]
  }()
}

extension RuleKind where Self == SupportHours {
  /// A rule on hours of learning support.
  ///
  /// - Parameters:
  ///   - threshold: The hours a week.
  ///   - below: The document's words under it.
  ///   - above: The document's words over it.
  ///   - atThreshold: The tool's note for exactly the threshold.
  /// - Returns: The rule.
  public static func supportHours(
    threshold: Int, below: String, above: String, atThreshold: String
  ) -> SupportHours {
    SupportHours(threshold: threshold, below: below, above: above, atThreshold: atThreshold)
  }
}
