/// Writes rule data as JSON: the parts every output shares (levels, indicators, routes,
/// contacts, citations) and whole rule sets in the rule-set file format (`formatVersion` 1,
/// described in `Rules/README.md`), which ``RuleSetReader`` reads back.
public enum RuleSetWriter {
  /// The version of the rule-set file format this tool writes and reads.
  public static let formatVersion = 1

  // MARK: Whole rule sets

  /// Writes a whole rule set in the rule-set file format: the document, notes, levels,
  /// domains, indicators, combination rules, areas with their routes, and examples.
  ///
  /// - Parameters:
  ///   - ruleSet: The rule set.
  ///   - writer: Where to write (pretty, for readable diffs).
  public static func writeRuleSet(_ ruleSet: RuleSet, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("formatVersion", formatVersion)
    if let replaces = ruleSet.replaces { writer.member("replaces", replaces) }
    writer.key("document")
    writeDocument(ruleSet, into: &writer)
    writer.key("notes")
    writer.beginArray()
    for note in ruleSet.notes { writeLabelledText(note, into: &writer) }
    writer.endArray()
    writer.key("levels")
    writer.beginArray()
    for level in ruleSet.levels { writeLevelInFull(level, into: &writer) }
    writer.endArray()
    writer.key("domains")
    writer.beginArray()
    for domain in ruleSet.domains { writeDomain(domain, inRuleFile: true, into: &writer) }
    writer.endArray()
    writer.key("indicators")
    writer.beginArray()
    for indicator in ruleSet.indicators {
      writeIndicator(indicator, inRuleFile: true, into: &writer)
    }
    writer.endArray()
    writer.key("rules")
    writer.beginArray()
    for rule in ruleSet.rules { writeRule(rule, into: &writer) }
    writer.endArray()
    writer.key("areas")
    writer.beginArray()
    for area in ruleSet.areas { writeArea(area, into: &writer) }
    writer.endArray()
    writer.key("examples")
    writer.beginArray()
    for example in ruleSet.examples { writeExample(example, into: &writer) }
    writer.endArray()
    writer.endObject()
  }

  /// Writes a combination rule: its identity, sentence, reading, areas and `effect` (its kind
  /// and the kind's parameters).
  ///
  /// - Parameters:
  ///   - rule: The rule.
  ///   - writer: Where to write.
  public static func writeRule(_ rule: CombinationRule, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("id", rule.id)
    writer.member("name", rule.name)
    writer.member("sentence", rule.sentence)
    writeCitation(rule.source, into: &writer)
    writer.member("interpretation", rule.interpretation)
    writer.key("areas")
    if let areas = rule.areas { writer.strings(areas) } else { writer.null() }
    writer.key("effect")
    writer.beginObject()
    writer.member("kind", rule.kindName)
    rule.kind.write(into: &writer)
    writer.endObject()
    writer.endObject()
  }

  /// Writes an area: its routes for every level, immediate-danger advice, consent guidance,
  /// special routes, support contacts and notes.
  ///
  /// - Parameters:
  ///   - area: The area.
  ///   - writer: Where to write.
  public static func writeArea(_ area: Area, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("id", area.id)
    writer.member("name", area.name)
    writer.key("routes")
    writer.beginArray()
    for route in area.routes { writeRoute(route, into: &writer) }
    writer.endArray()
    writer.key("immediateDanger")
    if let advice = area.immediateDanger {
      writeImmediateDanger(advice, into: &writer)
    } else {
      writer.null()
    }
    writer.key("consent")
    writer.beginArray()
    for guidance in area.consent { writeConsentGuidance(guidance, inRuleFile: true, into: &writer) }
    writer.endArray()
    writer.key("specialRoutes")
    writer.beginArray()
    for route in area.specialRoutes { writeSpecialRoute(route, withTriggers: true, into: &writer) }
    writer.endArray()
    writer.key("supportContacts")
    writeContacts(area.supportContacts, into: &writer)
    writer.key("notes")
    writer.beginArray()
    for note in area.notes { writeLabelledText(note, into: &writer) }
    writer.endArray()
    writer.endObject()
  }

  /// Writes an example: its name, its case (as a JSON case), and what it expects.
  ///
  /// - Parameters:
  ///   - example: The example.
  ///   - writer: Where to write.
  public static func writeExample(_ example: Example, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("name", example.name)
    writer.key("case")
    writeCase(example.input, into: &writer)
    switch example.expectation {
    case .level(let rank): writer.member("level", rank)
    case .rejected(let fragment): writer.member("rejectedBecause", fragment)
    }
    if !example.routeContains.isEmpty { writer.member("route", example.routeContains) }
    if !example.rules.isEmpty { writer.member("rules", example.rules) }
    if !example.notRules.isEmpty { writer.member("notRules", example.notRules) }
    if !example.mentions.isEmpty { writer.member("mentions", example.mentions) }
    if !example.specialRoutes.isEmpty { writer.member("specialRoutes", example.specialRoutes) }
    if !example.notSpecialRoutes.isEmpty {
      writer.member("notSpecialRoutes", example.notSpecialRoutes)
    }
    writer.endObject()
  }

  /// Writes a case as a JSON case (the input format of `assess --input`).
  ///
  /// - Parameters:
  ///   - input: The case.
  ///   - writer: Where to write.
  public static func writeCase(_ input: Case, into writer: inout JSONWriter) {
    writer.beginObject()
    switch input.id {
    case .string(let id): writer.member("id", id)
    case .number(let id):
      writer.key("id")
      writer.raw(Array(id.utf8))
    case nil: break
    }
    writer.member("authority", input.authority)
    switch input.age {
    case .years(let years): writer.member("age", years)
    case .unborn: writer.member("unborn", true)
    case nil: break
    }
    writer.member("indicators", input.indicators)
    if !input.functionalNeeds.isEmpty {
      writer.key("functionalNeeds")
      writer.beginObject()
      for score in input.functionalNeeds {
        writer.key(score.function)
        if let value = score.score { writer.number(value) } else { writer.string("N") }
      }
      writer.endObject()
    }
    if let hours = input.senSupportHours { writer.member("senSupportHours", hours) }
    writer.endObject()
  }

  // MARK: Parts

  /// Writes the document a rule set encodes: id, title, publisher, version, date and source
  /// file, and the rule-set file it was read from when it was.
  ///
  /// - Parameters:
  ///   - ruleSet: The rule set.
  ///   - writer: Where to write.
  public static func writeDocument(_ ruleSet: RuleSet, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("ruleSet", ruleSet.id)
    writer.member("title", ruleSet.title)
    writer.member("publisher", ruleSet.publisher)
    writer.member("version", ruleSet.version)
    writer.member("date", ruleSet.date)
    writer.member("file", ruleSet.sourceFile)
    if let origin = ruleSet.origin { writer.member("loadedFrom", origin) }
    writer.endObject()
  }

  /// Writes a level: rank, label, name, category and categories.
  ///
  /// - Parameters:
  ///   - level: The level.
  ///   - writer: Where to write.
  public static func writeLevel(_ level: Level, into writer: inout JSONWriter) {
    writer.beginObject()
    writeLevelIdentity(level, into: &writer)
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

  /// Writes a level with everything the document says about it.
  ///
  /// - Parameters:
  ///   - level: The level.
  ///   - writer: Where to write.
  public static func writeLevelInFull(_ level: Level, into writer: inout JSONWriter) {
    writer.beginObject()
    writeLevelIdentity(level, into: &writer)
    writer.member("categories", level.categories.map(\.rawValue))
    writer.member("description", level.description)
    writer.key("details")
    writer.beginArray()
    for detail in level.details { writeLabelledText(detail, into: &writer) }
    writer.endArray()
    writeCitation(level.source, into: &writer)
    writer.endObject()
  }

  /// Writes a domain and its subdomains, with how many indicators each holds when `counts` is
  /// given.
  ///
  /// - Parameters:
  ///   - domain: The domain.
  ///   - counts: The number of indicators in the domain (subdomain `nil`) or a subdomain.
  ///   - inRuleFile: Whether to write it as a rule-set file does (with its before-birth rule).
  ///   - writer: Where to write.
  public static func writeDomain(
    _ domain: Domain, counts: ((String?) -> Int)? = nil, inRuleFile: Bool = false,
    into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", domain.id)
    writer.member("name", domain.name)
    if let counts { writer.member("indicators", counts(nil)) }
    writer.key("subdomains")
    writer.beginArray()
    for subdomain in domain.subdomains {
      writer.beginObject()
      writer.member("id", subdomain.id)
      writer.member("name", subdomain.name)
      if let counts { writer.member("indicators", counts(subdomain.id)) }
      writer.endObject()
    }
    writer.endArray()
    if inRuleFile || !domain.appliesBeforeBirth {
      writer.member("appliesBeforeBirth", domain.appliesBeforeBirth)
    }
    writeCitation(domain.source, into: &writer)
    writer.endObject()
  }

  /// Writes an indicator as the `indicators` command's JSON contract gives it (or, in a
  /// rule-set file, with its ages as numbers).
  ///
  /// - Parameters:
  ///   - indicator: The indicator.
  ///   - inRuleFile: Whether to write it as a rule-set file does.
  ///   - writer: Where to write.
  public static func writeIndicator(
    _ indicator: Indicator, inRuleFile: Bool = false, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", indicator.id)
    writer.member("text", indicator.text)
    writer.member("level", indicator.level)
    writer.member("domain", indicator.domain)
    writer.member("subdomain", indicator.subdomain)
    if inRuleFile {
      writer.key("ages")
      if let age = indicator.age { writeAges(age, into: &writer) } else { writer.null() }
    } else {
      writer.member("ageBand", indicator.age?.band)
      if let age = indicator.age { writer.member("agePrinted", age.printed) }
    }
    if !indicator.agencies.isEmpty { writer.member("agencies", indicator.agencies) }
    if inRuleFile || indicator.kind != .need { writeKind(indicator.kind, into: &writer) }
    if let cell = indicator.printedCell { writer.member("printedCell", cell) }
    if let beforeBirth = indicator.beforeBirth {
      writer.member("beforeBirth", beforeBirth.rawValue)
    }
    writeCitation(indicator.source, into: &writer)
    writer.endObject()
  }

  /// Writes an indicator's kind as members: `kind`, and `kindHeading` or `instead`.
  static func writeKind(_ kind: IndicatorKind, into writer: inout JSONWriter) {
    writer.member("kind", kind.key)
    switch kind {
    case .need: break
    case .possibleIndicator(let heading): writer.member("kindHeading", heading)
    case .practiceStatement(let instead): writer.member("instead", instead)
    }
  }

  /// Writes ages as an object: `printed`, `youngest`, `oldest`, `includesUnborn`.
  ///
  /// - Parameters:
  ///   - ages: The ages.
  ///   - writer: Where to write.
  public static func writeAges(_ ages: AgeQualifier, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("printed", ages.printed)
    writer.key("youngest")
    if let youngest = ages.youngest { writer.number(youngest) } else { writer.null() }
    writer.key("oldest")
    if let oldest = ages.oldest { writer.number(oldest) } else { writer.null() }
    writer.member("includesUnborn", ages.includesUnborn)
    writer.endObject()
  }

  /// Writes a citation as `"source"` (and `"sourceNote"` where there is a note) members of the
  /// object being written.
  ///
  /// - Parameters:
  ///   - citation: The citation.
  ///   - writer: Where to write.
  public static func writeCitation(_ citation: Citation, into writer: inout JSONWriter) {
    writer.member("source", citation.location)
    if let note = citation.note { writer.member("sourceNote", note) }
  }

  /// Writes a route.
  ///
  /// - Parameters:
  ///   - route: The route.
  ///   - writer: Where to write.
  public static func writeRoute(_ route: Route, into writer: inout JSONWriter) {
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
  public static func writeContacts(_ contacts: [Contact], into writer: inout JSONWriter) {
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
  ///   - withTriggers: Whether to list what makes it relevant (as a rule-set file does).
  ///   - writer: Where to write.
  public static func writeSpecialRoute(
    _ route: SpecialRoute, withTriggers: Bool = false, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", route.id)
    writer.member("name", route.name)
    writer.member("guidance", route.guidance)
    writer.key("contacts")
    writeContacts(route.contacts, into: &writer)
    if withTriggers {
      writer.key("triggers")
      writer.beginArray()
      for trigger in route.triggers { writeTrigger(trigger, into: &writer) }
      writer.endArray()
    }
    writeCitation(route.source, into: &writer)
    writer.endObject()
  }

  /// Writes a trigger as a one-member object: `{"indicator": …}`, `{"unborn": true}`,
  /// `{"rule": …}`, `{"levelAtLeast": …}`, `{"levelAtMost": …}`, `{"ageNotGiven": true}`,
  /// `{"ages": …}` or `{"all": […]}`.
  static func writeTrigger(_ trigger: RouteTrigger, into writer: inout JSONWriter) {
    writer.beginObject()
    switch trigger {
    case .indicator(let id): writer.member("indicator", id)
    case .unborn: writer.member("unborn", true)
    case .rule(let id): writer.member("rule", id)
    case .levelAtLeast(let rank): writer.member("levelAtLeast", rank)
    case .levelAtMost(let rank): writer.member("levelAtMost", rank)
    case .ageNotGiven: writer.member("ageNotGiven", true)
    case .age(let ages):
      writer.key("ages")
      writeAges(ages, into: &writer)
    case .all(let triggers):
      writer.key("all")
      writer.beginArray()
      for trigger in triggers { writeTrigger(trigger, into: &writer) }
      writer.endArray()
    }
    writer.endObject()
  }

  /// Writes one piece of consent guidance.
  ///
  /// - Parameters:
  ///   - guidance: The guidance.
  ///   - inRuleFile: Whether to write its ages as numbers (as a rule-set file does).
  ///   - writer: Where to write.
  public static func writeConsentGuidance(
    _ guidance: ConsentGuidance, inRuleFile: Bool = false, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    if inRuleFile {
      writer.key("ages")
      if let ages = guidance.ages { writeAges(ages, into: &writer) } else { writer.null() }
    } else {
      writer.member("ages", guidance.ages?.band)
    }
    writer.member("text", guidance.text)
    writeCitation(guidance.source, into: &writer)
    writer.endObject()
  }

  /// Writes immediate-danger advice, saying whether it is the document's or general advice.
  ///
  /// - Parameters:
  ///   - advice: The advice.
  ///   - writer: Where to write.
  public static func writeImmediateDanger(
    _ advice: ImmediateDangerAdvice, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("text", advice.text)
    writer.key("contacts")
    writeContacts(advice.contacts, into: &writer)
    writer.member("isGeneralAdvice", advice.isGeneralAdvice)
    if let source = advice.source {
      writeCitation(source, into: &writer)
    } else {
      writer.member("source", ImmediateDangerAdvice.generalSource)
    }
    writer.endObject()
  }

  /// Writes a heading and text with its citation.
  ///
  /// - Parameters:
  ///   - text: The labelled text.
  ///   - writer: Where to write.
  public static func writeLabelledText(_ text: LabelledText, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("heading", text.heading)
    writer.member("text", text.text)
    writeCitation(text.source, into: &writer)
    writer.endObject()
  }
}

extension ImmediateDangerAdvice {
  /// How JSON names the source of the tool's general advice.
  public static let generalSource = "General advice from thresholds, not printed in the document"
}
