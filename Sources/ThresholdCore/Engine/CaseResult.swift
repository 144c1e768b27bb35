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
  /// Which positions are in `indicators`.
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
    indicators.removeAll()
    seen.removeAll()
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
    let levels = tables.levels
    // Read in place: iterating the scratch array would copy it, and with it a reference.
    let highest = indicators.withUnsafeBufferPointer { indicators in
      var highest = 1
      for position in indicators { highest = max(highest, levels[position]) }
      return highest
    }
    indicatorLevel = highest
    applied.removeAll()
    advice.removeAll()
    routeRule = -1
    // Read through the tables, without retaining the compiled rule set.
    let kinds = tables.kinds.baseAddress.unsafelyUnwrapped
    let rules = tables.rules(forArea: area)
    var finalLevel = highest
    indicators.withUnsafeBufferPointer { indicators in
      scores.withUnsafeBufferPointer { scores in
        var context = RuleContext(
          tables: tables, indicators: indicators, scores: scores, indicatorLevel: highest,
          level: highest, supportHours: supportHours, age: age)
        for rule in rules {
          context.startRule()
          let before = context.level
          kinds[rule].evaluate(&context)
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
        finalLevel = context.level
      }
    }
    level = finalLevel
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
