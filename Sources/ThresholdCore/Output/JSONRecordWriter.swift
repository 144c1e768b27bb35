/// Writes the full assessment, one JSON object per line, in the shape README.md documents;
/// keys always in the same order. Parts that are the same for every case with the same
/// position in the rule set (a level, an indicator, a level's route, an area's constant parts)
/// are encoded once per writer and copied.
struct JSONRecordWriter: RecordWriter {
  let options: OutputOptions
  private var writer = JSONWriter(capacity: 1 << 14)
  private var fragments = Fragments()
  /// Whether to reuse encoded parts (tests turn it off to compare with direct encoding).
  let reusesFragments: Bool

  init(options: OutputOptions, reusesFragments: Bool = true) {
    self.options = options
    self.reusesFragments = reusesFragments
  }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    // The record is encoded straight into the output, not copied there.
    writer.exchangeBytes(with: &output)
    writer.restart()
    encode(result, id: id)
    writer.put(UInt8(ascii: "\n"))
    writer.exchangeBytes(with: &output)
  }

  private mutating func encode(_ result: borrowing CaseResult, id: RecordID) {
    // The closures below encode a part the first time it is needed. They capture only these
    // small values, never the result: a closure that captured it would copy it each time.
    let compiled = result.compiled
    let areaIndex = result.area
    let level = result.level
    let routeRule = result.routeRule
    let age = result.age
    var parts = fragments.parts(for: compiled, reusing: reusesFragments)
    writer.beginObject()
    Self.writeID(id, into: &writer)
    writer.literalKey("authority")
    parts.value(.authority(areaIndex), into: &writer) {
      $0.string(compiled.ruleSet.areas[areaIndex].id)
    }
    writer.literalKey("age")
    Self.writeAge(age, into: &writer)
    writer.literalKey("level")
    parts.value(.level(level), into: &writer) {
      RuleSetWriter.writeLevel(compiled.level(rank: level), into: &$0)
    }
    writer.literalKey("indicatorLevel")
    writer.number(result.indicatorLevel)
    writer.literalKey("matched")
    writer.beginArray()
    for position in result.indicators {
      parts.value(.indicator(position), into: &writer) {
        RuleSetWriter.writeIndicator(compiled.ruleSet.indicators[position], into: &$0)
      }
    }
    writer.endArray()
    if !result.scores.isEmpty, let matrix = compiled.matrix {
      writer.literalKey("functionalNeeds")
      writer.beginArray()
      for entry in result.scores {
        let function = matrix.functions[entry.function]
        writer.beginObject()
        writer.member("function", function.id)
        writer.member("number", function.number)
        writer.member("name", function.name)
        writer.literalKey("score")
        if let score = entry.score { writer.number(score) } else { writer.string("N") }
        writer.endObject()
      }
      writer.endArray()
    }
    if let hours = result.supportHours { writer.member("senSupportHours", hours) }
    writer.literalKey("rules")
    writer.beginArray()
    for record in result.applied {
      // A rule's record depends only on the rule and its numbers: encoded once for each.
      parts.value(record, into: &writer) {
        let rule = compiled.ruleSet.rules[record.rule]
        $0.beginObject()
        $0.member("id", rule.id)
        $0.member("name", rule.name)
        $0.member("effect", compiled.kinds[record.rule].effect(of: record.outcome))
        $0.member("changedLevel", record.levelBefore != record.levelAfter)
        $0.member("replacedRoute", record.replacedRoute)
        $0.member("sentence", rule.sentence)
        RuleSetWriter.writeCitation(rule.source, into: &$0)
        if let interpretation = rule.interpretation { $0.member("interpretation", interpretation) }
        $0.endObject()
      }
    }
    writer.endArray()
    writer.literalKey("advisories")
    writer.beginArray()
    for record in result.advice {
      parts.value(record, into: &writer) {
        let rule = compiled.ruleSet.rules[record.rule]
        let (text, isDocuments) = compiled.kinds[record.rule].advice(for: record.outcome)
        $0.beginObject()
        $0.member("text", text)
        $0.member("isDocuments", isDocuments)
        RuleSetWriter.writeCitation(rule.source, into: &$0)
        $0.member("rule", rule.id)
        $0.endObject()
      }
    }
    writer.endArray()
    // The level's own route is the same for every case at the level; a rule's route is the
    // same for every case it applies to. So is the route's consent.
    let byRule = routeRule >= 0
    writer.literalKey("route")
    parts.value(byRule ? .ruleRoute(routeRule) : .route(areaIndex, level), into: &writer) {
      RuleSetWriter.writeRoute(
        CaseResult.route(in: compiled, area: areaIndex, level: level, routeRule: routeRule),
        into: &$0)
    }
    writer.literalKey("respondingAgencies")
    if result.indicators.contains(where: { parts.namesAgencies[$0] }) {
      writer.strings(result.respondingAgencies())
    } else {
      writer.raw(Self.emptyArray)
    }
    writer.literalKey("specialRoutes")
    writer.beginArray()
    for index in compiled.specialTriggers[areaIndex].indices
    where result.triggersSpecialRoute(index) {
      parts.value(.specialRoute(areaIndex, index), into: &writer) {
        RuleSetWriter.writeSpecialRoute(
          compiled.ruleSet.areas[areaIndex].specialRoutes[index], into: &$0)
      }
    }
    writer.endArray()
    writer.literalKey("consent")
    writer.beginObject()
    writer.literalKey("referral")
    parts.value(
      byRule ? .ruleRouteConsent(routeRule) : .routeConsent(areaIndex, level), into: &writer
    ) {
      $0.string(
        CaseResult.route(in: compiled, area: areaIndex, level: level, routeRule: routeRule).consent
      )
    }
    writer.literalKey("informationSharing")
    parts.value(.informationSharing(areaIndex, CompiledRuleSet.ageKey(age)), into: &writer) {
      let area = compiled.ruleSet.areas[areaIndex]
      $0.beginArray()
      for index in CaseResult.consent(in: compiled, area: areaIndex, age: age) {
        RuleSetWriter.writeConsentGuidance(area.consent[index], into: &$0)
      }
      $0.endArray()
    }
    writer.endObject()
    parts.members(.areaParts(areaIndex), into: &writer) {
      let area = compiled.ruleSet.areas[areaIndex]
      $0.key("immediateDanger")
      RuleSetWriter.writeImmediateDanger(area.immediateDanger ?? .general, into: &$0)
      $0.key("notes")
      $0.beginArray()
      for note in area.notes { RuleSetWriter.writeLabelledText(note, into: &$0) }
      $0.endArray()
      $0.key("supportContacts")
      RuleSetWriter.writeContacts(area.supportContacts, into: &$0)
    }
    writer.literalKey("warnings")
    if result.hasWarnings {
      writer.strings(result.warnings().map(\.message))
    } else {
      writer.raw(Self.emptyArray)
    }
    parts.members(.document, into: &writer) {
      $0.key("source")
      RuleSetWriter.writeDocument(compiled.ruleSet, into: &$0)
      $0.member("caution", Assessment.contactsCaution)
      $0.member("reminder", Assessment.judgementReminder)
    }
    writer.endObject()
    fragments.keep(consume parts)
  }

  private static let emptyArray: [UInt8] = Array("[]".utf8)

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    writer.exchangeBytes(with: &output)
    writer.restart()
    Self.writeFailure(failure, id: id, options: options, into: &writer)
    writer.put(UInt8(ascii: "\n"))
    writer.exchangeBytes(with: &output)
  }

  /// Writes an error record: `{"error": {"case", "line", "column", "message"}, "id": …}`.
  static func writeFailure(
    _ failure: CaseReadError, id: RecordID, options: OutputOptions, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.key("error")
    writer.beginObject()
    writer.member("case", failure.caseNumber)
    writer.member("line", failure.line)
    writer.member("column", failure.column)
    if let column = failure.csvColumn { writer.member("csvColumn", column) }
    writer.member("message", options.message(for: failure.error))
    writer.endObject()
    writeID(id, into: &writer)
    writer.endObject()
  }

  /// Writes `"id": …` as the input gave it, if it gave one.
  static func writeID(_ id: RecordID, into writer: inout JSONWriter) {
    if let json = id.json {
      writer.literalKey("id")
      writer.raw(json)
    } else if let text = id.text {
      writer.key("id")
      // A number id is written as it was given; text that is not a JSON number (possible
      // only through the library's ``CaseID/number(_:)``) is written as a string.
      if id.isNumber, NumberText.isJSONNumber(text) {
        writer.raw(Array(text.utf8))
      } else {
        writer.string(text)
      }
    }
  }

  /// Writes an age: a number, "unborn", or null.
  static func writeAge(_ age: ChildAge?, into writer: inout JSONWriter) {
    switch age {
    case .unborn: writer.string("unborn")
    case .years(let years): writer.number(years)
    case nil: writer.null()
    }
  }

}

/// A part of an assessment that is the same for every case with the same key, by position in
/// its rule set.
enum FragmentKey {
  case authority(Int)
  case level(Int)
  case indicator(Int)
  case route(Int, Int)
  case ruleRoute(Int)
  case routeConsent(Int, Int)
  case ruleRouteConsent(Int)
  case specialRoute(Int, Int)
  case informationSharing(Int, Int)
  case areaParts(Int)
  case document
}

/// Encoded parts, in integer-indexed tables sized from each rule set (no fixed limits), kept
/// per compiled rule set for the writer's life.
struct Fragments {
  private var byRuleSet: [RuleSetFragments?] = []

  /// The tables for a compiled rule set (made on first use, or anew if the position now holds
  /// a different rule set).
  mutating func parts(for compiled: CompiledRuleSet, reusing: Bool) -> RuleSetFragments {
    let position = max(compiled.position, 0)
    if position >= byRuleSet.count {
      byRuleSet.append(contentsOf: repeatElement(nil, count: position + 1 - byRuleSet.count))
    }
    if byRuleSet[position]?.compiled === compiled {
      // Taken out, not copied: the tables stay uniquely referenced while they are filled.
      var taken: RuleSetFragments?
      swap(&taken, &byRuleSet[position])
      return taken.unsafelyUnwrapped
    }
    return RuleSetFragments(compiled, reusing: reusing)
  }

  /// Puts the tables back after a record.
  mutating func keep(_ parts: consuming RuleSetFragments) {
    let position = max(parts.compiled.position, 0)
    byRuleSet[position] = consume parts
  }
}

/// One rule set's encoded parts: one table with a stretch for each kind of part, each sized
/// exactly from the rule set.
struct RuleSetFragments {
  let compiled: CompiledRuleSet
  let reusing: Bool
  private let levels: Int
  private let areaSpecialRoutes: Int
  private static let ages = CompiledRuleSet.ageKeyCount
  /// Where each kind of part's stretch starts, in `FragmentKey` order, and where the table ends.
  private let bases: [Int]
  /// For each slot, where its encoded bytes are in `arena` (a start of -1: none yet): an array
  /// of numbers and one of bytes, so that writing a kept part touches no reference count.
  private var spans: [(start: Int, count: Int)]
  private var arena: [UInt8] = []
  /// Rules' records and advice, by the rule and its numbers (at most ``keptRecords`` of each).
  private var appliedRecords: [AppliedRecord: [UInt8]] = [:]
  private var adviceRecords: [AdviceRecord: [UInt8]] = [:]
  /// Whether each indicator names responding agencies (most name none).
  let namesAgencies: [Bool]
  /// How many records of each kind are kept; past this they are encoded each time, so memory
  /// stays bounded whatever numbers the rules report.
  static let keptRecords = 4096

  init(_ compiled: CompiledRuleSet, reusing: Bool) {
    self.compiled = compiled
    self.reusing = reusing
    let ruleSet = compiled.ruleSet
    let levels = ruleSet.levels.count + 1
    let areas = ruleSet.areas.count
    let rules = ruleSet.rules.count
    let specialRoutes = ruleSet.areas.map(\.specialRoutes.count).max() ?? 0
    self.levels = levels
    self.areaSpecialRoutes = specialRoutes
    let sizes = [
      areas, levels, ruleSet.indicators.count, areas * levels, rules, areas * levels, rules,
      areas * specialRoutes, areas * Self.ages, areas, 1,
    ]
    var bases = [0]
    for size in sizes { bases.append(bases[bases.count - 1] + size) }
    self.bases = bases
    self.spans = Array(repeating: (-1, 0), count: bases[bases.count - 1])
    self.namesAgencies = ruleSet.indicators.map { !$0.agencies.isEmpty }
  }

  /// The slot of a key.
  private func slot(_ key: FragmentKey) -> Int {
    let slot: Int
    switch key {
    case .authority(let area): slot = bases[0] + area
    case .level(let rank): slot = bases[1] + rank
    case .indicator(let position): slot = bases[2] + position
    case .route(let area, let rank): slot = bases[3] + area * levels + rank
    case .ruleRoute(let rule): slot = bases[4] + rule
    case .routeConsent(let area, let rank): slot = bases[5] + area * levels + rank
    case .ruleRouteConsent(let rule): slot = bases[6] + rule
    case .specialRoute(let area, let index): slot = bases[7] + area * areaSpecialRoutes + index
    case .informationSharing(let area, let age): slot = bases[8] + area * Self.ages + age
    case .areaParts(let area): slot = bases[9] + area
    case .document: slot = bases[10]
    }
    precondition(slot >= 0 && slot < spans.count, "a fragment's slot is outside its table")
    return slot
  }

  /// Writes one value: from the table, or encoded by `encode` (and kept) the first time.
  @inline(__always)
  mutating func value(
    _ key: FragmentKey, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    if reusing, !writer.isPretty, writeKept(slot(key), into: &writer, members: false) { return }
    encodeAndKeep(key, members: false, into: &writer, encode)
  }

  /// Writes a run of members of the open object (`"a": …, "b": …`): from the table, or
  /// encoded the first time.
  @inline(__always)
  mutating func members(
    _ key: FragmentKey, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    if reusing, !writer.isPretty, writeKept(slot(key), into: &writer, members: true) { return }
    encodeAndKeep(key, members: true, into: &writer, encode)
  }

  /// Writes a slot's kept bytes, if it has them: as a value, or as members of the open object.
  @inline(__always)
  private func writeKept(_ slot: Int, into writer: inout JSONWriter, members: Bool) -> Bool {
    let (start, count) = spans[slot]
    guard start >= 0 else { return false }
    arena.withUnsafeBufferPointer { arena in
      let bytes = UnsafeBufferPointer(rebasing: arena[start..<start + count])
      if members { writer.rawMembers(bytes) } else { writer.raw(bytes) }
    }
    return true
  }

  /// Encodes a part the first time it is needed, keeps it and writes it (or, in pretty output
  /// or when parts are not reused, encodes it straight into the writer).
  @inline(never)
  private mutating func encodeAndKeep(
    _ key: FragmentKey, members: Bool, into writer: inout JSONWriter,
    _ encode: (inout JSONWriter) -> Void
  ) {
    guard reusing, !writer.isPretty else {
      encode(&writer)
      return
    }
    // Members are encoded inside an object of their own, kept without its braces.
    var fragment = JSONWriter(capacity: 1024)
    if members { fragment.beginObject() }
    encode(&fragment)
    if members { fragment.endObject() }
    let slot = slot(key)
    fragment.withBytes { bytes in
      let kept = members ? UnsafeBufferPointer(rebasing: bytes.dropFirst().dropLast()) : bytes
      spans[slot] = (arena.count, kept.count)
      arena.append(contentsOf: kept)
    }
    _ = writeKept(slot, into: &writer, members: members)
  }

  /// Writes a rule's record: from the table, or encoded by `encode` (and kept) the first time.
  mutating func value(
    _ record: AppliedRecord, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    Self.cached(record, in: &appliedRecords, reusing: reusing, into: &writer, encode)
  }

  /// Writes a rule's advice: from the table, or encoded by `encode` (and kept) the first time.
  mutating func value(
    _ record: AdviceRecord, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    Self.cached(record, in: &adviceRecords, reusing: reusing, into: &writer, encode)
  }

  private static func cached<Key: Hashable>(
    _ key: Key, in table: inout [Key: [UInt8]], reusing: Bool, into writer: inout JSONWriter,
    _ encode: (inout JSONWriter) -> Void
  ) {
    guard reusing, !writer.isPretty else {
      encode(&writer)
      return
    }
    if let bytes = table[key] {
      bytes.withUnsafeBufferPointer { writer.raw($0) }
      return
    }
    var fragment = JSONWriter(capacity: 1024)
    encode(&fragment)
    fragment.withBytes { writer.raw($0) }
    if table.count < keptRecords { table[key] = fragment.bytes }
  }
}
