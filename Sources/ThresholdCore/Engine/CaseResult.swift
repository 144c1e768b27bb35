/// Everything the engine worked out for one case, by position in its rule set: the resolved
/// case and its evaluation. Writers read it directly (a stream reuses one, so a warm stream
/// allocates nothing per case); ``Assessment`` wraps a copy for library users.
struct CaseResult: @unchecked Sendable {
  /// The rule set's tables.
  private(set) var tables: TablesReference
  /// The area's position in its rule set.
  private(set) var area = 0
  /// The child's age.
  private(set) var age: ChildAge?
  /// Indicator positions, in the order given, without repeats.
  var indicators = ScratchArray<Int>()
  /// Which positions are in `indicators` (cleared from `indicators` itself, so every insert
  /// must go with an append there).
  var seen = ScratchBits()
  /// Indicators given more than once (counted once), by position.
  var repeated = ScratchArray<Int>()
  /// Functional needs scores, in matrix order.
  var scores = ScratchArray<FunctionScoreEntry>()
  /// Hours a week of learning support.
  var supportHours: Double?
  /// Keys or columns the case gave that are not part of a case.
  var ignored = IgnoredFields()

  /// The highest level among the indicators (1 if none).
  private(set) var indicatorLevel = 1
  /// The suggested level.
  private(set) var level = 1
  /// The rules that applied, in order.
  private(set) var applied = ScratchArray<AppliedRecord>()
  /// Advice the rules gave, in order.
  private(set) var advice = ScratchArray<AdviceRecord>()
  /// The rule whose own route replaced the level's, or -1.
  private(set) var routeRule = -1

  init() {
    tables = TablesReference(CompiledRuleSet.placeholder.packed)
  }

  /// The compiled rule set (for the paths that need words).
  var compiled: CompiledRuleSet { tables.compiled }

  /// Starts a new case in this storage, keeping capacity.
  mutating func reset(tables: TablesReference, area: Int, age: ChildAge?) {
    self.tables = tables
    self.area = area
    self.age = age
    seen.removeAll(inserted: indicators)
    indicators.removeAll()
    repeated.removeAll()
    scores.removeAll()
    supportHours = nil
    ignored.removeAll()
    applied.removeAll()
    advice.removeAll()
    routeRule = -1
  }

  /// Applies the highest-indicator rule and then the area's combination rules, in order. This
  /// is the hot path of a stream: it reads only numbers.
  mutating func evaluate() {
    applied.removeAll()
    advice.removeAll()
    // The indicators and scores are passed as borrowed arguments beside the records being
    // written, rather than read inside closures that also append to this storage: that overlap
    // made the compiler copy both scratch arrays (a retain and a release each) for every case.
    let outcome = Self.evaluate(
      tables: tables, area: area, indicators: indicators, scores: scores,
      supportHours: supportHours, age: age, applied: &applied, advice: &advice)
    indicatorLevel = outcome.indicatorLevel
    level = outcome.level
    routeRule = outcome.routeRule
  }

  private static func evaluate(
    tables: TablesReference, area: Int, indicators: borrowing ScratchArray<Int>,
    scores: borrowing ScratchArray<FunctionScoreEntry>, supportHours: Double?, age: ChildAge?,
    applied: inout ScratchArray<AppliedRecord>, advice: inout ScratchArray<AdviceRecord>
  ) -> (indicatorLevel: Int, level: Int, routeRule: Int) {
    let levels = tables.levels
    // Read through the tables, without retaining the compiled rule set; each rule is evaluated
    // through its evaluator, which reads the kind in place (see ``RuleEvaluator``).
    let evaluators = tables.evaluators.baseAddress.unsafelyUnwrapped
    let rules = tables.rules(forArea: area)
    return indicators.withUnsafeBufferPointer { indicators in
      var highest = 1
      for position in indicators { highest = max(highest, levels[position]) }
      return scores.withUnsafeBufferPointer { scores in
        var context = RuleContext(
          tables: tables, indicators: indicators, scores: scores, indicatorLevel: highest,
          level: highest, supportHours: supportHours, age: age)
        var routeRule = -1
        for rule in rules {
          context.startRule()
          let before = context.level
          evaluators[rule]._withUnsafeGuaranteedRef { $0.evaluate(&context) }
          if let outcome = context.applied {
            applied.append(
              AppliedRecord(
                rule: rule, outcome: outcome, levelBefore: before, levelAfter: context.level,
                replacedRoute: context.replacesRoute))
          }
          if context.replacesRoute { routeRule = rule }
          if let outcome = context.advice {
            advice.append(AdviceRecord(rule: rule, outcome: outcome))
          }
        }
        return (highest, context.level, routeRule)
      }
    }
  }
}

/// A rule that applied to a case, as numbers.
struct AppliedRecord: Sendable, Hashable {
  let rule: Int
  let outcome: RuleOutcome
  let levelBefore: Int
  let levelAfter: Int
  let replacedRoute: Bool
}

/// Advice a rule gave, as numbers.
struct AdviceRecord: Sendable, Hashable {
  let rule: Int
  let outcome: RuleOutcome
}
