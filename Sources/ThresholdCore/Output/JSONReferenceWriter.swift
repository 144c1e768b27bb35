/// Writes the full result without repeating what is the same for every case: indicators, rules
/// and special routes by identifier, the route as a reference into the rule set, consent
/// guidance by position, and no document text; `rules export` writes everything referred to
/// once (`--format json --routes-by-reference`).
///
/// `{"id", "authority", "age", "ruleSet", "level": {"rank", "label", "name", "category"},
/// "indicatorLevel", "matched": [id…], "functionalNeeds", "senSupportHours", "rules": [{"id",
/// "effect", "changedLevel", "replacedRoute"}], "advisories": [{"rule", "text", "isDocuments"}],
/// "route": {"area", "level"} or {"rule"}, "respondingAgencies", "specialRoutes": [id…],
/// "consent": {"informationSharing": [position…]}, "warnings"}`
struct JSONReferenceWriter: RecordWriter {
  let options: OutputOptions
  private var writer = JSONWriter(capacity: 4096)

  init(options: OutputOptions) {
    self.options = options
  }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    writer.reset()
    let compiled = result.compiled
    let ruleSet = compiled.ruleSet
    let area = ruleSet.areas[result.area]
    writer.beginObject()
    JSONRecordWriter.writeID(id, into: &writer)
    writer.member("authority", area.id)
    writer.key("age")
    JSONRecordWriter.writeAge(result.age, into: &writer)
    writer.member("ruleSet", ruleSet.id)
    writer.key("level")
    writer.beginObject()
    RuleSetWriter.writeLevelIdentity(compiled.level(rank: result.level), into: &writer)
    writer.endObject()
    writer.member("indicatorLevel", result.indicatorLevel)
    writer.member("matched", result.indicators.map { ruleSet.indicators[$0].id })
    if !result.scores.isEmpty, let matrix = compiled.matrix {
      writer.key("functionalNeeds")
      writer.beginObject()
      for entry in result.scores {
        writer.key(matrix.functions[entry.function].id)
        if let score = entry.score { writer.number(score) } else { writer.string("N") }
      }
      writer.endObject()
    }
    if let hours = result.supportHours { writer.member("senSupportHours", hours) }
    writer.key("rules")
    writer.beginArray()
    for record in result.applied {
      writer.beginObject()
      writer.member("id", ruleSet.rules[record.rule].id)
      writer.member("effect", compiled.kinds[record.rule].effect(of: record.outcome))
      writer.member("changedLevel", record.levelBefore != record.levelAfter)
      writer.member("replacedRoute", record.replacedRoute)
      writer.endObject()
    }
    writer.endArray()
    writer.key("advisories")
    writer.beginArray()
    for record in result.advice {
      let (text, isDocuments) = compiled.kinds[record.rule].advice(for: record.outcome)
      writer.beginObject()
      writer.member("rule", ruleSet.rules[record.rule].id)
      writer.member("text", text)
      writer.member("isDocuments", isDocuments)
      writer.endObject()
    }
    writer.endArray()
    writer.key("route")
    writer.beginObject()
    if result.routeRule >= 0 {
      writer.member("rule", ruleSet.rules[result.routeRule].id)
    } else {
      writer.member("area", area.id)
      writer.member("level", result.level)
    }
    writer.endObject()
    writer.member("respondingAgencies", result.respondingAgencies())
    writer.member("specialRoutes", result.specialRoutes().map { area.specialRoutes[$0].id })
    writer.key("consent")
    writer.beginObject()
    writer.key("informationSharing")
    writer.beginArray()
    for index in result.consent() { writer.number(index) }
    writer.endArray()
    writer.endObject()
    writer.member("warnings", result.hasWarnings ? result.warnings().map(\.message) : [])
    writer.endObject()
    writer.writeLine(into: &output)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    writer.reset()
    JSONRecordWriter.writeFailure(failure, id: id, options: options, into: &writer)
    writer.writeLine(into: &output)
  }
}
