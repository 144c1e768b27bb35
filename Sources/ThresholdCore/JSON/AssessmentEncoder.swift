/// Writes assessments, error records, indicator lists and whole rule sets as JSON, in the shapes
/// README.md documents for scripts. Keys are always written in the same order.
public struct AssessmentEncoder {
  /// Parts that are the same case after case, encoded once and kept for the encoder's life.
  private let fragments = FragmentCache()
  /// Summary fragments by (rule set, area, level) slot, and quoted rule identifiers by (rule
  /// set, rule) slot; their memory belongs to `fragments`.
  private var summaryFragments: [UnsafeBufferPointer<UInt8>?] = []
  private var ruleIDFragments: [UnsafeBufferPointer<UInt8>?] = []

  /// Whether to reuse encoded parts (tests turn it off to compare with direct encoding).
  private let reusesFragments: Bool

  /// Creates an encoder.
  public init() {
    self.reusesFragments = true
  }

  /// Creates an encoder that encodes every part every time (for tests).
  init(reusingFragments: Bool) {
    self.reusesFragments = reusingFragments
  }

  // MARK: Assessments

  /// Writes a full assessment as one JSON object.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - idJSON: The case's `id` exactly as it was written in the input, if it came from JSON;
  ///     otherwise the assessment's `caseID` is written as a string.
  ///   - writer: Where to write.
  public func write(
    _ assessment: Assessment, idJSON: Slice<UnsafeBufferPointer<UInt8>>? = nil,
    into writer: inout JSONWriter
  ) {
    writer.beginObject()
    if let idJSON {
      writer.key("id")
      writer.raw(UnsafeBufferPointer(rebasing: idJSON))
    } else if let id = assessment.caseID {
      writer.member("id", id)
    }
    writer.member("authority", assessment.area.id)
    writer.key("age")
    if let age = assessment.age {
      switch age {
      case .unborn: writer.string("unborn")
      case .years(let years): writer.number(years)
      }
    } else {
      writer.null()
    }
    let identity = assessment.identity
    writer.key("level")
    part(identity.map { .level($0.ruleSet, assessment.level.rank) }, into: &writer) {
      writeLevel(assessment.level, into: &$0)
    }
    writer.member("indicatorLevel", assessment.indicatorLevel)
    writer.key("matched")
    writer.beginArray()
    for (index, indicator) in assessment.matched.enumerated() {
      part(identity.map { .indicator($0.ruleSet, $0.indicators[index]) }, into: &writer) {
        writeIndicator(indicator, in: assessment.ruleSet, into: &$0)
      }
    }
    writer.endArray()
    if !assessment.functionalNeeds.isEmpty {
      writer.key("functionalNeeds")
      writer.beginArray()
      for (function, score) in assessment.functionalNeeds {
        writer.beginObject()
        writer.member("function", function.id)
        writer.member("number", function.number)
        writer.member("name", function.name)
        writer.key("score")
        if let score { writer.number(score) } else { writer.string("N") }
        writer.endObject()
      }
      writer.endArray()
    }
    if let hours = assessment.senSupportHours {
      writer.member("senSupportHours", hours)
    }
    writer.key("rules")
    writer.beginArray()
    for (index, applied) in assessment.rules.enumerated() {
      writer.beginObject()
      writer.member("id", applied.rule.id)
      writer.member("name", applied.rule.name)
      writer.member("effect", applied.effect)
      writer.member("changedLevel", applied.outcome.changedLevel)
      // The sentence, citation and reading are the same every time the rule applies.
      members(identity.map { .ruleParts($0.ruleSet, $0.rules[index]) }, into: &writer) {
        $0.member("sentence", applied.rule.sentence)
        writeCitation(applied.rule.source, into: &$0)
        if let interpretation = applied.rule.interpretation {
          $0.member("interpretation", interpretation)
        }
      }
      writer.endObject()
    }
    writer.endArray()
    writer.key("advisories")
    writer.beginArray()
    for advisory in assessment.advisories {
      writer.beginObject()
      writer.member("text", advisory.text)
      if let source = advisory.source { writeCitation(source, into: &writer) }
      if let rule = advisory.ruleID {
        writer.member("rule", rule)
      }
      writer.endObject()
    }
    writer.endArray()
    // The level's own route is the same for every case at the level; a route a rule chose is not.
    let route = identity.flatMap { $0.routeIsOverride ? nil : $0 }
    writer.key("route")
    part(route.map { .route($0.ruleSet, $0.area, assessment.route.level) }, into: &writer) {
      writeRoute(assessment.route, into: &$0)
    }
    writer.member("respondingAgencies", assessment.respondingAgencies)
    writer.key("specialRoutes")
    writer.beginArray()
    for (index, special) in assessment.specialRoutes.enumerated() {
      part(
        identity.map { .specialRoute($0.ruleSet, $0.area, $0.specialRoutes[index]) }, into: &writer
      ) {
        writeSpecialRoute(special, into: &$0)
      }
    }
    writer.endArray()
    writer.key("consent")
    writer.beginObject()
    writer.key("referral")
    part(route.map { .referral($0.ruleSet, $0.area, assessment.route.level) }, into: &writer) {
      $0.string(assessment.route.consent)
    }
    writer.key("informationSharing")
    part(identity.map { .informationSharing($0.ruleSet, $0.area, $0.ageKey) }, into: &writer) {
      $0.beginArray()
      for guidance in assessment.consent { writeConsentGuidance(guidance, into: &$0) }
      $0.endArray()
    }
    writer.endObject()
    // Immediate danger, notes and support contacts are the same for every case in an area.
    members(identity.map { .areaParts($0.ruleSet, $0.area) }, into: &writer) {
      $0.key("immediateDanger")
      writeImmediateDanger(assessment.immediateDanger, into: &$0)
      $0.key("notes")
      $0.beginArray()
      for note in assessment.area.notes { writeLabelledText(note, into: &$0) }
      $0.endArray()
      $0.key("supportContacts")
      writeContacts(assessment.area.supportContacts, into: &$0)
    }
    writer.member("warnings", assessment.warnings)
    members(identity.map { .documentParts($0.ruleSet) }, into: &writer) {
      $0.key("source")
      writeDocument(assessment.ruleSet, into: &$0)
      $0.member("caution", Assessment.contactsCaution)
      $0.member("reminder", Assessment.judgementReminder)
    }
    writer.endObject()
  }

  /// Appends the summary line of an assessment: `{"id", "authority", "level": {"rank",
  /// "label", "name", "category"}, "route", "rules"}` and a newline. Every part that is the
  /// same for all cases at a level is encoded once; the line is then copied together in place.
  mutating func writeSummary(
    _ resolved: ResolvedCase, _ evaluation: Evaluation,
    idJSON: Slice<UnsafeBufferPointer<UInt8>>?, into output: inout ByteOutput
  ) {
    let packed = resolved.tables
    if let routeOverride = evaluation.routeOverride {
      let fragment = Self.makeSummaryFragment(
        packed.compiled, area: resolved.areaIndex, level: evaluation.level,
        routeName: routeOverride.name)
      fragment.withUnsafeBufferPointer {
        writeSummaryLine(packed, evaluation, idJSON: idJSON, fragment: $0, into: &output)
      }
    } else {
      let fragment = summaryFragment(packed, area: resolved.areaIndex, level: evaluation.level)
      writeSummaryLine(packed, evaluation, idJSON: idJSON, fragment: fragment, into: &output)
    }
  }

  /// Writes `{"id":…` and the fragment `,"authority":…,"rules":[` (without an id, the
  /// fragment's comma becomes the opening brace), the rules' identifiers, and `]}` and a newline.
  @inline(__always)
  private mutating func writeSummaryLine(
    _ packed: TablesReference, _ evaluation: Evaluation,
    idJSON: Slice<UnsafeBufferPointer<UInt8>>?, fragment: UnsafeBufferPointer<UInt8>,
    into output: inout ByteOutput
  ) {
    var length = 7 + (idJSON?.count ?? 0) + fragment.count + 3
    for applied in evaluation.applied { length += ruleID(packed, applied.rule).count + 1 }
    output.write(atMost: length) { start in
      var end = start
      if let idJSON {
        end = put(#"{"id":"#, at: end)
        end = put(UnsafeBufferPointer(rebasing: idJSON), at: end)
        end = put(fragment, at: end)
      } else {
        end.pointee = UInt8(ascii: "{")
        end = put(UnsafeBufferPointer(rebasing: fragment.dropFirst()), at: end + 1)
      }
      for (index, applied) in evaluation.applied.enumerated() {
        if index > 0 {
          end.pointee = UInt8(ascii: ",")
          end += 1
        }
        end = put(ruleID(packed, applied.rule), at: end)
      }
      end = put("]}\n", at: end)
      return end - start
    }
  }

  /// The cached `,"authority":"area","level":{…},"route":"…","rules":[` run for a level.
  private mutating func summaryFragment(
    _ packed: TablesReference, area: Int, level: Int
  ) -> UnsafeBufferPointer<UInt8> {
    // At most 16 areas and 16 levels a rule set.
    Self.cachedFragment(
      in: &summaryFragments, slot: (packed.position << 8) | (area << 4) | level,
      keptBy: fragments
    ) {
      let compiled = packed.compiled
      let routeName = compiled.ruleSet.areas[area].route(forLevel: level)?.name ?? ""
      return Self.makeSummaryFragment(compiled, area: area, level: level, routeName: routeName)
    }
  }

  private static func makeSummaryFragment(
    _ compiled: CompiledRuleSet, area: Int, level: Int, routeName: String
  ) -> [UInt8] {
    var writer = JSONWriter(capacity: 256)
    writer.beginObject()
    writer.member("a", compiled.ruleSet.areas[area].id)
    writer.key("level")
    writer.beginObject()
    if let level = compiled.ruleSet.level(rank: level) {
      writeLevelIdentity(level, into: &writer)
    }
    writer.endObject()
    writer.member("route", routeName)
    writer.key("rules")
    writer.beginArray()
    // `{"a":…,"rules":[` → `,"authority":…,"rules":[`: the caller adds the id before it and the
    // rule identifiers after it.
    return Array(#","authority":"#.utf8) + Array(writer.bytes.dropFirst(5))
  }

  /// A rule's quoted identifier, encoded the first time it is asked for.
  @inline(__always)
  private mutating func ruleID(_ packed: TablesReference, _ rule: Int) -> UnsafeBufferPointer<UInt8>
  {
    Self.cachedFragment(
      in: &ruleIDFragments, slot: (packed.position << 8) | rule, keptBy: fragments
    ) {
      var writer = JSONWriter(capacity: 64)
      writer.string(packed.compiled.ruleSet.rules[rule].id)
      return writer.bytes
    }
  }

  /// The fragment in a slot of a table, encoded by `make` (and kept by `fragments`) the first
  /// time. The tables are this value's own, so a look-up touches no shared state.
  @inline(__always)
  private static func cachedFragment(
    in table: inout [UnsafeBufferPointer<UInt8>?], slot: Int, keptBy fragments: FragmentCache,
    _ make: () -> [UInt8]
  ) -> UnsafeBufferPointer<UInt8> {
    if slot < table.count, let fragment = table[slot] { return fragment }
    if slot >= table.count {
      table.append(contentsOf: repeatElement(nil, count: slot + 1 - table.count))
    }
    let fragment = fragments.keep(make())
    table[slot] = fragment
    return fragment
  }

  /// Writes an error record: `{"error": {"case", "line", "column", "message"}, "id": …}`.
  ///
  /// - Parameters:
  ///   - error: The error.
  ///   - idJSON: The case's `id` as written, if it could be read.
  ///   - writer: Where to write.
  public func writeError(_ error: CaseReadError, idJSON: [UInt8]?, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("error")
    writer.beginObject()
    writer.member("case", error.caseNumber)
    writer.member("line", error.line)
    writer.member("column", error.column)
    writer.member("message", error.message)
    writer.endObject()
    if let idJSON {
      writer.key("id")
      writer.raw(idJSON)
    }
    writer.endObject()
  }

  /// Writes a part of an assessment that is the same for every case with the same key: from
  /// the cache when the assessment carries its identity and the output is compact, encoded
  /// by `encode` otherwise (and the first time).
  private func part(
    _ key: FragmentKey?, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    guard let key, reusesFragments, !writer.isPretty else {
      encode(&writer)
      return
    }
    writer.raw(
      fragments.keyed(key) {
        var fragment = JSONWriter(capacity: 512)
        encode(&fragment)
        return fragment.bytes
      })
  }

  /// Like `part`, for a run of object members (`"a": …, "b": …`) rather than one value.
  private func members(
    _ key: FragmentKey?, into writer: inout JSONWriter, _ encode: (inout JSONWriter) -> Void
  ) {
    guard let key, reusesFragments, !writer.isPretty else {
      encode(&writer)
      return
    }
    writer.rawMembers(
      fragments.keyed(key) {
        var fragment = JSONWriter(capacity: 1024)
        fragment.beginObject()
        encode(&fragment)
        fragment.endObject()
        return Array(fragment.bytes.dropFirst().dropLast())
      })
  }

  // MARK: Parts

  /// Writes a level: rank, label, name, category and categories.
  ///
  /// - Parameters:
  ///   - level: The level.
  ///   - writer: Where to write.
  public func writeLevel(_ level: Level, into writer: inout JSONWriter) {
    writer.beginObject()
    Self.writeLevelIdentity(level, into: &writer)
    writer.member("categories", level.categories.map(\.rawValue))
    writer.endObject()
  }

  /// Writes the members every level object starts with: rank, label, name and category.
  static func writeLevelIdentity(_ level: Level, into writer: inout JSONWriter) {
    writer.member("rank", level.rank)
    writer.member("label", level.label)
    writer.member("name", level.name)
    writer.member("category", level.categoryKey)
  }

  /// Writes an indicator as the `indicators` command's JSON contract gives it.
  ///
  /// - Parameters:
  ///   - indicator: The indicator.
  ///   - ruleSet: Its rule set (for domain names).
  ///   - writer: Where to write.
  public func writeIndicator(
    _ indicator: Indicator, in ruleSet: RuleSet, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", indicator.id)
    writer.member("text", indicator.text)
    writer.member("level", indicator.level)
    writer.member("domain", indicator.domain)
    writer.member("subdomain", indicator.subdomain)
    writer.member("ageBand", indicator.age?.band)
    if let age = indicator.age {
      writer.member("agePrinted", age.printed)
    }
    if !indicator.agencies.isEmpty {
      writer.member("agencies", indicator.agencies)
    }
    writeCitation(indicator.source, into: &writer)
    writer.endObject()
  }

  /// Writes a citation as `"source"` (and `"sourceNote"` where there is a note) members of the
  /// object being written.
  ///
  /// - Parameters:
  ///   - citation: The citation.
  ///   - writer: Where to write.
  public func writeCitation(_ citation: Citation, into writer: inout JSONWriter) {
    writer.member("source", citation.location)
    if let note = citation.note {
      writer.member("sourceNote", note)
    }
  }

  /// Writes a route.
  ///
  /// - Parameters:
  ///   - route: The route.
  ///   - writer: Where to write.
  public func writeRoute(_ route: Route, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("level", route.level)
    writer.member("name", route.name)
    writer.member("actions", route.actions)
    writer.member("service", route.service)
    writer.key("contacts")
    writeContacts(route.contacts, into: &writer)
    writer.member("form", route.form)
    writer.member("timescale", route.timescale)
    writer.member("consent", route.consent)
    writeCitation(route.source, into: &writer)
    writer.endObject()
  }

  /// Writes contacts as an array of `{"service", "kind", "value"}`.
  ///
  /// - Parameters:
  ///   - contacts: The contacts.
  ///   - writer: Where to write.
  public func writeContacts(_ contacts: [Contact], into writer: inout JSONWriter) {
    writer.beginArray()
    for contact in contacts {
      writer.beginObject()
      writer.member("service", contact.service)
      writer.member("kind", contact.kind.rawValue)
      writer.member("value", contact.value)
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes a special route.
  ///
  /// - Parameters:
  ///   - route: The special route.
  ///   - withTriggers: Whether to list what makes it relevant (as the rule set export does).
  ///   - writer: Where to write.
  public func writeSpecialRoute(
    _ route: SpecialRoute, withTriggers: Bool = false, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", route.id)
    writer.member("name", route.name)
    writer.member("guidance", route.guidance)
    writer.key("contacts")
    writeContacts(route.contacts, into: &writer)
    if withTriggers {
      writer.member("triggers", route.triggers.map(Self.describe))
    }
    writeCitation(route.source, into: &writer)
    writer.endObject()
  }

  static func describe(_ trigger: RouteTrigger) -> String {
    switch trigger {
    case .indicator(let id): "indicator:\(id)"
    case .unborn: "unborn"
    case .rule(let id): "rule:\(id)"
    case .levelAtLeast(let rank): "level-at-least:\(rank)"
    }
  }

  /// Writes one piece of consent guidance.
  ///
  /// - Parameters:
  ///   - guidance: The guidance.
  ///   - writer: Where to write.
  public func writeConsentGuidance(_ guidance: ConsentGuidance, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("ages", guidance.ages?.band)
    writer.member("text", guidance.text)
    writeCitation(guidance.source, into: &writer)
    writer.endObject()
  }

  /// Writes immediate-danger advice, saying whether it is the document's or general advice.
  ///
  /// - Parameters:
  ///   - advice: The advice.
  ///   - writer: Where to write.
  public func writeImmediateDanger(_ advice: ImmediateDangerAdvice, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("text", advice.text)
    writer.key("contacts")
    writeContacts(advice.contacts, into: &writer)
    writer.member("isGeneralAdvice", advice.isGeneralAdvice)
    if let source = advice.source {
      writeCitation(source, into: &writer)
    } else {
      writer.member("source", "General advice from thresholds, not printed in the document")
    }
    writer.endObject()
  }

  /// Writes a heading and text with its citation.
  ///
  /// - Parameters:
  ///   - text: The labelled text.
  ///   - writer: Where to write.
  public func writeLabelledText(_ text: LabelledText, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("heading", text.heading)
    writer.member("text", text.text)
    writeCitation(text.source, into: &writer)
    writer.endObject()
  }

  /// Writes the document a rule set encodes: id, title, publisher, version, date and file.
  ///
  /// - Parameters:
  ///   - ruleSet: The rule set.
  ///   - writer: Where to write.
  public func writeDocument(_ ruleSet: RuleSet, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("ruleSet", ruleSet.id)
    writer.member("title", ruleSet.title)
    writer.member("publisher", ruleSet.publisher)
    writer.member("version", ruleSet.version)
    writer.member("date", ruleSet.date)
    writer.member("file", ruleSet.sourceFile)
    writer.endObject()
  }
}

/// A part of an assessment that is the same for every case with the same key.
enum FragmentKey: Hashable {
  case level(Int, Int)
  case indicator(Int, Int)
  case route(Int, Int, Int)
  case specialRoute(Int, Int, Int)
  case referral(Int, Int, Int)
  case informationSharing(Int, Int, Int)
  case areaParts(Int, Int)
  case ruleParts(Int, Int)
  case documentParts(Int)
}

/// Byte strings an encoder writes again and again, encoded once. They live in memory the cache
/// owns (and frees when the encoder goes), so copying one into the output touches no reference
/// counts. An encoder, and so its cache, is used by one thread at a time.
final class FragmentCache {
  private var kept: [UnsafeMutableBufferPointer<UInt8>] = []
  private var keyed: [FragmentKey: UnsafeMutableBufferPointer<UInt8>] = [:]

  /// The fragment for a key, encoded by `make` the first time.
  func keyed(_ key: FragmentKey, _ make: () -> [UInt8]) -> UnsafeBufferPointer<UInt8> {
    if let fragment = keyed[key] { return UnsafeBufferPointer(fragment) }
    let fragment = Self.copy(make())
    keyed[key] = fragment
    return UnsafeBufferPointer(fragment)
  }

  /// Keeps a copy of bytes for as long as the cache lives.
  func keep(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
    let fragment = Self.copy(bytes)
    kept.append(fragment)
    return UnsafeBufferPointer(fragment)
  }

  private static func copy(_ bytes: [UInt8]) -> UnsafeMutableBufferPointer<UInt8> {
    let fragment = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = fragment.initialize(from: bytes)
    return UnsafeMutableBufferPointer(rebasing: fragment[0..<bytes.count])
  }

  deinit {
    for fragment in kept { fragment.deallocate() }
    for fragment in keyed.values { fragment.deallocate() }
  }
}
