/// Scores on a functional needs matrix (Camden's Appendix 6): at least `moderate` scores of 2,
/// or at least `severe` scores of 3 or 4, raise the level to at least `raiseTo`. When it is the
/// scores that raise the level, the route becomes the rule's own (if it has one); where the
/// indicators already reach that level, the level's own route stands. Scores that fall short
/// give advice saying so.
///
/// Outcome numbers: `first` moderate scores, `second` severe or profound scores, `third` the
/// level before, `fourth` the level after (equal when a higher level already stood).
public struct FunctionalNeeds: RuleKind {
  /// `functional-needs`.
  public static let name = "functional-needs"
  /// What rules of this kind do.
  public static let summary =
    "At least `moderate` scores of 2, or `severe` scores of 3 or 4, on the `matrix` raise the "
    + "level to at least `raiseTo`; when the scores are what raise it, the route becomes "
    + "`route` (if not null). Scores that fall short add advice saying so."
  /// The parameters.
  public static let parameters = [
    (name: "moderate", meaning: "how many scores of 2 qualify"),
    (name: "severe", meaning: "how many scores of 3 or 4 qualify"),
    (name: "raiseTo", meaning: "the level rank a qualifying child reaches at least"),
    (name: "route", meaning: "the route when the scores raise the level, or null"),
    (
      name: "matrix",
      meaning:
        "`scores` (the printed name of each score, from 0), `functions` (`number`, `id`, "
        + "`name`, `inUse`, `descriptors` by score, `note`), `source`, `sourceNote`"
    ),
  ]

  /// The matrix the scores are given on.
  public let functions: FunctionalNeedsMatrix
  /// How many moderate scores qualify.
  public let moderate: Int
  /// How many severe or profound scores qualify.
  public let severe: Int
  /// The level a qualifying child reaches at least.
  public let raiseTo: Int
  /// The route when the scores raise the level.
  public let ownRoute: Route?

  /// Creates the rule.
  ///
  /// - Parameters:
  ///   - matrix: The matrix.
  ///   - moderate: Moderate scores that qualify.
  ///   - severe: Severe or profound scores that qualify.
  ///   - raiseTo: The level reached.
  ///   - route: The route when the scores raise the level.
  public init(
    _ matrix: FunctionalNeedsMatrix, moderate: Int, severe: Int, raiseTo: Int, route: Route?
  ) {
    self.functions = matrix
    self.moderate = moderate
    self.severe = severe
    self.raiseTo = raiseTo
    self.ownRoute = route
  }

  /// The route when the scores raise the level.
  public var route: Route? { ownRoute }
  /// The matrix.
  public var matrix: FunctionalNeedsMatrix? { functions }

  /// Reads the parameters.
  ///
  /// - Parameter effect: The `effect` object.
  public init(reading effect: inout RuleFileObject) {
    moderate = effect.int("moderate")
    severe = effect.int("severe")
    raiseTo = effect.int("raiseTo")
    ownRoute = effect.optionalRoute("route")
    functions =
      effect.object("matrix") { matrix in
        let scoreNames = matrix.strings("scores")
        let functions = matrix.objects("functions") { function in
          FunctionalNeedsMatrix.Function(
            number: function.int("number"), id: function.identifier("id"),
            name: function.string("name"), isInUse: function.bool("inUse"),
            descriptors: function.arrays("descriptors") { $0.strings() },
            note: function.optionalString("note"))
        }
        return FunctionalNeedsMatrix(
          scoreNames: scoreNames, functions: functions, source: matrix.citation())
      } ?? FunctionalNeedsMatrix(scoreNames: [], functions: [], source: Citation(""))
  }

  /// Writes `moderate`, `severe`, `raiseTo`, `route` and `matrix`.
  ///
  /// - Parameter writer: Where to write.
  public func write(into writer: inout JSONWriter) {
    writer.member("moderate", moderate)
    writer.member("severe", severe)
    writer.member("raiseTo", raiseTo)
    writer.key("route")
    if let ownRoute { RuleSetWriter.writeRoute(ownRoute, into: &writer) } else { writer.null() }
    writer.key("matrix")
    writer.beginObject()
    writer.member("scores", functions.scoreNames)
    writer.key("functions")
    writer.beginArray()
    for function in functions.functions {
      writer.beginObject()
      writer.member("number", function.number)
      writer.member("id", function.id)
      writer.member("name", function.name)
      writer.member("inUse", function.isInUse)
      writer.key("descriptors")
      writer.beginArray()
      for descriptors in function.descriptors { writer.strings(descriptors) }
      writer.endArray()
      writer.member("note", function.note)
      writer.endObject()
    }
    writer.endArray()
    RuleSetWriter.writeCitation(functions.source, into: &writer)
    writer.endObject()
  }

  /// The level must exist, counts must be 1 or more, scores and functions must be sound.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems.
  public func problems(in ruleSet: RuleSet) -> [String] {
    var problems = levelProblems(raiseTo, "raiseTo", in: ruleSet)
    problems += countProblems(moderate, "moderate") + countProblems(severe, "severe")
    if functions.scoreNames.count < 4 {
      problems.append(
        "The matrix must name scores 0 to 3 at least (2 is moderate, 3 and up severe).")
    }
    var seen: [String] = []
    for function in functions.functions {
      if seen.contains(function.id) {
        problems.append("The matrix lists the function '\(function.id)' twice.")
      }
      seen.append(function.id)
      if function.descriptors.count != functions.scoreNames.count {
        problems.append(
          "The function '\(function.id)' has descriptors for \(function.descriptors.count) "
            + "scores, not \(functions.scoreNames.count).")
      }
    }
    if let ownRoute, ownRoute.level != raiseTo {
      problems.append(
        "The rule's route is for level \(ownRoute.level), but the rule raises to \(raiseTo).")
    }
    return problems
  }

  /// Applies when the scores qualify; advises when scores were given and fall short.
  ///
  /// - Parameter context: The case.
  public func evaluate(_ context: inout RuleContext) {
    guard context.hasScores else { return }
    let moderateFound = context.scoreCount { $0 == 2 }
    let severeFound = context.scoreCount { ($0 ?? 0) >= 3 }
    guard moderateFound >= moderate || severeFound >= severe else {
      context.advise(RuleOutcome(moderateFound, severeFound))
      return
    }
    let from = context.level
    let to = max(from, raiseTo)
    context.setLevel(to)
    if from < raiseTo, ownRoute != nil { context.replaceRoute() }
    context.apply(RuleOutcome(moderateFound, severeFound, from, to))
  }

  /// "The functional needs scores (0 moderate and 1 severe or profound score) meet the
  /// threshold, so the level rises from 1 to 3."
  ///
  /// - Parameter outcome: The counts and levels.
  /// - Returns: The sentence.
  public func effect(of outcome: RuleOutcome) -> String {
    let scores =
      "\(outcome.first) moderate and \(outcome.second) severe or profound score"
      + (outcome.first + outcome.second == 1 ? "" : "s")
    return outcome.third == outcome.fourth
      ? "The functional needs scores (\(scores)) meet the threshold; the level was already "
        + "\(outcome.fourth)."
      : "The functional needs scores (\(scores)) meet the threshold, so the level rises "
        + "from \(outcome.third) to \(outcome.fourth)."
  }

  /// The tool's note that the scores fall short.
  ///
  /// - Parameter outcome: The counts.
  /// - Returns: The note, in the tool's words.
  public func advice(for outcome: RuleOutcome) -> (text: String, isDocuments: Bool) {
    (
      "The functional needs scores (\(outcome.first) moderate, \(outcome.second) severe or "
        + "profound) do not meet the threshold for a child in need due to disability: at least "
        + "\(moderate) moderate or \(severe) severe or profound.", false
    )
  }

  /// Examples.
  public static let examples: [RuleKindExample] = {
    let matrix = FunctionalNeedsMatrix(
      scoreNames: ["0", "1", "2", "3", "4"],
      functions: (1...3).map {
        FunctionalNeedsMatrix.Function(
          number: $0, id: "function-\($0)", name: "Function \($0)",
          descriptors: [["none"], ["mild"], ["moderate"], ["severe"], ["profound"]])
      }, source: Citation("Example matrix"))
    let route = Route(
      level: 3, name: "Disability service", actions: ["Refer to the disability service."],
      service: "Disability service", source: Citation("Example route"))
    let rule = FunctionalNeeds(matrix, moderate: 2, severe: 1, raiseTo: 3, route: route)
    return [
      RuleKindExample(
        "One severe score raises the level, and the rule's route is taken", rule,
        indicators: [], scores: [3], level: 3, applies: true, replacesRoute: true,
        says: ["rises from 1 to 3"]),
      RuleKindExample(
        "Two moderate scores qualify too", rule, indicators: [(2, 0)], scores: [2, 2],
        level: 3, applies: true, replacesRoute: true, says: ["2 moderate"]),
      RuleKindExample(
        "A level already reached keeps its own route", rule, indicators: [(4, 1)], scores: [4],
        level: 4, applies: true, replacesRoute: false, says: ["the level was already 4"]),
      RuleKindExample(
        "One moderate score falls short, and the tool says so", rule, indicators: [],
        scores: [2, 1, nil], level: 1, applies: false, says: ["do not meet the threshold"]),
      RuleKindExample(
        "No scores: nothing to say", rule, indicators: [(2, 0)], level: 2, applies: false),
    ]
  }()
}

extension RuleKind where Self == FunctionalNeeds {
  /// A functional needs rule.
  ///
  /// - Parameters:
  ///   - matrix: The matrix.
  ///   - moderate: Moderate scores that qualify.
  ///   - severe: Severe or profound scores that qualify.
  ///   - raiseTo: The level reached.
  ///   - route: The route when the scores raise the level.
  /// - Returns: The rule.
  public static func functionalNeeds(
    _ matrix: FunctionalNeedsMatrix, moderate: Int, severe: Int, raiseTo: Int, route: Route?
  ) -> FunctionalNeeds {
    FunctionalNeeds(matrix, moderate: moderate, severe: severe, raiseTo: raiseTo, route: route)
  }
}
