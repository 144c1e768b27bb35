/// The one validator: every way a case arrives (a ``Case`` built in code, a ``CaseText`` from
/// options, CSV or the guided dialogue, and JSON read from bytes) is reduced to
/// ``CaseFields`` and checked here, so each gives the same result and the same typed error,
/// with the offending value's position where the input has one.
///
/// Checks, in order: the area (matched ignoring ASCII case); the age (a number as JSON writes
/// numbers, whole, from 0 to 18, not also unborn); each indicator (in the area's document,
/// exact or ignoring ASCII case; not a practice statement; printed for the child's age and,
/// for an unborn child, about the pregnancy, parents or family); each functional needs score
/// (a function of the matrix that is in use, scored once, from 0 to its maximum or N); the
/// hours of learning support (a number from 0 to 168).
enum CaseValidator {
  /// How many ignored keys are named in a result; beyond this they are counted.
  static let namedIgnoredKeys = 8
  /// How many bytes of an ignored key's name are kept.
  static let ignoredKeyNameLength = 64

  /// Checks a case and looks up everything it names, into existing storage (a stream reuses
  /// one).
  ///
  /// - Parameters:
  ///   - fields: The case's fields.
  ///   - registry: The rule sets.
  ///   - result: Where the resolved case goes.
  ///   - cache: The reader's compiled rule sets, found once (a stream keeps one).
  /// - Throws: ``CaseError`` at the first problem.
  static func resolve(
    _ fields: inout CaseFields, in registry: RuleSetRegistry, into result: inout CaseResult,
    cache: inout CompiledCache
  ) throws(CaseError) {
    guard let authority = fields.authority else {
      throw CaseError(.missingAuthority, at: fields.caseOffset)
    }
    guard let entry = registry.areaEntry(bytes: authority.bytes, hash: authority.hash) else {
      throw CaseError(registry.unknownAreaError(authority.string), at: authority.offset)
    }
    // The rule set is used unretained: the cache keeps the registry, which keeps it.
    let problem: CaseError? = cache.compiled(entry.ruleSet, in: registry)
      ._withUnsafeGuaranteedRef { compiled in
        do throws(CaseError) {
          try resolve(
            &fields, compiled: compiled, area: entry.area, registry: registry, into: &result)
          return nil
        } catch {
          return error
        }
      }
    if let problem { throw problem }
  }

  /// ``resolve(_:in:into:cache:)`` once the area is found.
  @inline(__always)
  private static func resolve(
    _ fields: inout CaseFields, compiled: CompiledRuleSet, area areaIndex: Int,
    registry: RuleSetRegistry, into result: inout CaseResult
  ) throws(CaseError) {
    let age = try childAge(fields.age, unborn: fields.unborn)
    result.reset(tables: TablesReference(compiled.packed), area: areaIndex, age: age)
    for index in fields.indicators.indices {
      let field = fields.indicators[index]
      guard
        let position = compiled.indicatorTable.position(ofFolded: field.bytes, hash: field.hash)
      else {
        throw CaseError(
          missingIndicator(field.string, in: compiled, area: areaIndex, registry: registry),
          at: field.offset)
      }
      do throws(AssessmentError) {
        try add(position, age: age, compiled: compiled, to: &result)
      } catch {
        throw CaseError(error, at: field.offset)
      }
    }
    for index in fields.scores.indices {
      let entry = fields.scores[index]
      do throws(AssessmentError) {
        try addScore(entry, compiled: compiled, to: &result)
      } catch {
        throw CaseError(error, at: entry.offset)
      }
    }
    if let (value, offset) = fields.hours {
      result.supportHours = try supportHours(value, at: offset)
    }
    for index in fields.ignored.kept.indices {
      result.ignored.add(fields.ignored.kept[index].bytes, isColumn: fields.ignoredAreColumns)
    }
    result.ignored.addUnnamed(fields.ignored.more, isColumn: fields.ignoredAreColumns)
  }

  // MARK: The age

  private static func childAge(
    _ given: (value: NumberField, offset: Int?)?, unborn: (value: Bool, offset: Int?)?
  ) throws(CaseError) -> ChildAge? {
    var age: ChildAge?
    if let (value, offset) = given {
      let number: Double
      switch value.read() {
      case .success(let read): number = read
      case .failure(let problem):
        throw CaseError(
          .invalidNumber(field: "age", text: value.text, problem: problem), at: offset)
      }
      guard let years = NumberText.wholeNumber(number) else {
        throw CaseError(.ageNotWholeYears(value.text), at: offset)
      }
      guard ChildAge.supportedYears.contains(years) else {
        throw CaseError(.ageOutOfRange(years), at: offset)
      }
      age = .years(years)
    }
    if let (isUnborn, offset) = unborn, isUnborn {
      if case .years(let years) = age { throw CaseError(.ageAndUnborn(years), at: offset) }
      age = .unborn
    }
    return age
  }

  // MARK: Indicators

  private static func add(
    _ position: Int, age: ChildAge?, compiled: CompiledRuleSet, to result: inout CaseResult
  ) throws(AssessmentError) {
    if result.seen.contains(position) {
      if !result.repeated.contains(position) { result.repeated.append(position) }
      return
    }
    let tables = result.tables
    guard tables.setsLevel[position] else {
      let indicator = compiled.ruleSet.indicators[position]
      var instead = ""
      if case .practiceStatement(let text) = indicator.kind { instead = text }
      throw .practiceStatement(indicator: indicator.id, instead: instead)
    }
    if let age, !tables.admissions[position].admits(age) {
      let indicator = compiled.ruleSet.indicators[position]
      if case .unborn = age, !tables.admissions[position].appliesBeforeBirth {
        throw .notBeforeBirth(indicator: indicator.id)
      }
      let qualifier = indicator.age ?? AgeQualifier("", youngest: 0, oldest: nil)
      throw .ageDoesNotFit(
        indicator: indicator.id, band: qualifier.band, printed: qualifier.printed, age: age)
    }
    result.seen.insert(position)
    result.indicators.append(position)
  }

  /// The error for an indicator identifier an area's rule set does not hold: from another
  /// rule set, or unknown with the closest identifier as a suggestion.
  static func missingIndicator(
    _ id: String, in compiled: CompiledRuleSet, area: Int, registry: RuleSetRegistry
  ) -> AssessmentError {
    let key = id.lowercasedASCII
    for position in 0..<registry.ruleSetCount {
      let other = registry.compiledRuleSet(at: position)
      if other !== compiled, other.position(ofIndicator: key) != nil {
        return .indicatorFromOtherRuleSet(
          id, ruleSet: other.ruleSet.title, area: compiled.ruleSet.areas[area].id)
      }
    }
    return .unknownIndicator(
      id,
      suggestion: TextSearch.suggestion(
        for: key, in: compiled.indicatorTable, keys: compiled.indicatorIDs))
  }

  // MARK: Functional needs

  private static func addScore(
    _ entry: ScoreEntry, compiled: CompiledRuleSet, to result: inout CaseResult
  ) throws(AssessmentError) {
    guard let matrix = compiled.matrix else {
      throw .noFunctionalNeedsMatrix(ruleSet: compiled.ruleSet.id)
    }
    let name = entry.name.string
    let names = compiled.functionNames
    let key =
      names.contains { $0.id == name || $0.number == name } ? name : TextSearch.normalised(name)
    guard
      let index = names.firstIndex(where: { $0.id == key || $0.number == key || $0.name == key })
    else {
      let ids = matrix.functions.filter(\.isInUse).map(\.id)
      throw .unknownFunction(
        name, suggestion: TextSearch.suggestion(for: TextSearch.normalised(name), among: ids))
    }
    let function = matrix.functions[index]
    guard function.isInUse else {
      throw .functionNotInUse(function.id, note: function.note ?? "not in use")
    }
    let score: Int?
    switch entry.score {
    case .notTested:
      score = nil
    case .text(let bytes):
      throw .invalidScore(function: function.id, text: String(decoding: bytes, as: UTF8.self))
    case .number(let number):
      guard case .success(let value) = number.read(), let whole = NumberText.wholeNumber(value)
      else {
        throw .invalidScore(function: function.id, text: number.text)
      }
      guard (0...matrix.maximumScore).contains(whole) else {
        throw .scoreOutOfRange(function: function.id, score: whole, maximum: matrix.maximumScore)
      }
      score = whole
    }
    if result.scores.contains(where: { $0.function == index }) {
      throw .functionScoredTwice(function.id)
    }
    // Scores are kept in matrix order, whatever order they were given in.
    result.scores.insertSorted(FunctionScoreEntry(function: index, score: score)) {
      $0.function < $1.function
    }
  }

  // MARK: Hours

  private static func supportHours(_ value: NumberField, at offset: Int?) throws(CaseError)
    -> Double
  {
    switch value.read() {
    case .failure(let problem):
      throw CaseError(
        .invalidNumber(field: "hours of learning support", text: value.text, problem: problem),
        at: offset)
    case .success(let hours):
      guard SupportHoursRange.hours.contains(hours) else {
        throw CaseError(.invalidSupportHours(value.text), at: offset)
      }
      return hours
    }
  }
}

/// Keys or columns a case gave that are not part of a case: the first few named (each name cut
/// to a bounded length), the rest counted, so a case with a million unknown keys costs no more
/// memory than one with eight.
struct IgnoredFields: Sendable, Hashable {
  /// The first names, in order.
  private(set) var names: [String] = []
  /// How many there were in all.
  private(set) var count = 0
  /// Whether they are CSV columns rather than JSON keys.
  private(set) var areColumns = false

  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, isColumn: Bool) {
    count += 1
    areColumns = isColumn
    guard names.count < CaseValidator.namedIgnoredKeys else { return }
    let limit = CaseValidator.ignoredKeyNameLength
    if bytes.count <= limit {
      names.append(String(decoding: bytes, as: UTF8.self))
    } else {
      // Cut at a character boundary, and say it was cut.
      var end = limit
      while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
      names.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) + "…")
    }
  }

  /// Counts keys or columns without naming them (those beyond the named few).
  mutating func addUnnamed(_ extra: Int, isColumn: Bool) {
    guard extra > 0 else { return }
    count += extra
    areColumns = isColumn
  }

  mutating func removeAll() {
    if count > 0 {
      names.removeAll(keepingCapacity: true)
      count = 0
    }
  }

  var isEmpty: Bool { count == 0 }
}

/// A reader's references to the compiled rule sets it has used, by position in the registry,
/// held unretained so that finding a case's rule set touches no reference count. It keeps the
/// registry they came from (which keeps them), and starts again for another registry.
struct CompiledCache {
  private var registry: RuleSetRegistry?
  private var entries: [Unmanaged<CompiledRuleSet>?] = []

  /// The compiled rule set at a position of a registry.
  @inline(__always)
  mutating func compiled(_ position: Int, in registry: RuleSetRegistry) -> Unmanaged<
    CompiledRuleSet
  > {
    if self.registry === registry, position < entries.count, let found = entries[position] {
      return found
    }
    return fill(position, in: registry)
  }

  @inline(never)
  private mutating func fill(_ position: Int, in registry: RuleSetRegistry) -> Unmanaged<
    CompiledRuleSet
  > {
    if self.registry !== registry {
      self.registry = registry
      entries = []
    }
    if position >= entries.count {
      entries.append(contentsOf: repeatElement(nil, count: position + 1 - entries.count))
    }
    let found = Unmanaged.passUnretained(registry.compiledRuleSet(at: position))
    entries[position] = found
    return found
  }
}
