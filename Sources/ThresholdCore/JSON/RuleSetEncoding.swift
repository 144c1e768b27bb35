extension AssessmentEncoder {
  /// Writes a whole rule set, the format of the files in `Rules/` (described in
  /// `Rules/README.md`): the document, its levels, domains, indicators, combination rules, areas
  /// with their routes, and the notes on reading choices. Examples are left out: they are tests.
  ///
  /// - Parameters:
  ///   - ruleSet: The rule set.
  ///   - writer: Where to write (pretty, for readable diffs).
  public func writeRuleSet(_ ruleSet: RuleSet, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("format")
    writer.string("thresholds-rules/1")
    writer.key("document")
    writeDocument(ruleSet, into: &writer)
    writer.key("areas")
    writer.strings(ruleSet.areas.map(\.id))
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
    for domain in ruleSet.domains { writeDomain(domain, into: &writer) }
    writer.endArray()
    writer.key("indicators")
    writer.beginArray()
    for indicator in ruleSet.indicators {
      writeIndicator(indicator, in: ruleSet, into: &writer)
    }
    writer.endArray()
    writer.key("rules")
    writer.beginArray()
    for rule in ruleSet.rules { writeRule(rule, into: &writer) }
    writer.endArray()
    writer.key("routes")
    writer.beginArray()
    for area in ruleSet.areas { writeArea(area, into: &writer) }
    writer.endArray()
    writer.endObject()
  }

  /// Writes a level with everything the document says about it: rank, label, name, category,
  /// categories, description, details and citation.
  ///
  /// - Parameters:
  ///   - level: The level.
  ///   - writer: Where to write.
  public func writeLevelInFull(_ level: Level, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("rank")
    writer.number(level.rank)
    writer.key("label")
    writer.string(level.label)
    writer.key("name")
    writer.string(level.name)
    writer.key("category")
    writer.string(level.categoryKey)
    writer.key("categories")
    writer.strings(level.categories.map(\.rawValue))
    writer.key("description")
    writer.string(level.description)
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
  ///   - writer: Where to write.
  public func writeDomain(
    _ domain: Domain, counts: ((String?) -> Int)? = nil, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.key("id")
    writer.string(domain.id)
    writer.key("name")
    writer.string(domain.name)
    if let counts {
      writer.key("indicators")
      writer.number(counts(nil))
    }
    writer.key("subdomains")
    writer.beginArray()
    for subdomain in domain.subdomains {
      writer.beginObject()
      writer.key("id")
      writer.string(subdomain.id)
      writer.key("name")
      writer.string(subdomain.name)
      if let counts {
        writer.key("indicators")
        writer.number(counts(subdomain.id))
      }
      writer.endObject()
    }
    writer.endArray()
    writeCitation(domain.source, into: &writer)
    writer.endObject()
  }

  private func writeRule(_ rule: CombinationRule, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("id")
    writer.string(rule.id)
    writer.key("name")
    writer.string(rule.name)
    writer.key("sentence")
    writer.string(rule.sentence)
    writeCitation(rule.source, into: &writer)
    writer.key("interpretation")
    writer.string(rule.interpretation)
    writer.key("areas")
    if let areas = rule.areas { writer.strings(areas) } else { writer.null() }
    writer.key("effect")
    writer.beginObject()
    switch rule.effect {
    case .highestIndicator:
      writer.key("kind")
      writer.string("highest-indicator")
    case .requireCount(let level, let count, let otherwise):
      writer.key("kind")
      writer.string("require-count")
      writer.key("level")
      writer.number(level)
      writer.key("count")
      writer.number(count)
      writer.key("otherwise")
      writer.number(otherwise)
    case .functionalNeeds(let matrix, let moderate, let severe, let raiseTo, let route):
      writer.key("kind")
      writer.string("functional-needs")
      writer.key("moderate")
      writer.number(moderate)
      writer.key("severe")
      writer.number(severe)
      writer.key("raiseTo")
      writer.number(raiseTo)
      writer.key("route")
      if let route { writeRoute(route, into: &writer) } else { writer.null() }
      writer.key("matrix")
      writeMatrix(matrix, into: &writer)
    case .unmetNeedsReferral(let count, let aboveLevel, let upToLevel, let route):
      writer.key("kind")
      writer.string("unmet-needs-referral")
      writer.key("count")
      writer.number(count)
      writer.key("aboveLevel")
      writer.number(aboveLevel)
      writer.key("upToLevel")
      writer.number(upToLevel)
      writer.key("route")
      writeRoute(route, into: &writer)
    case .clusterAdvisory(let level, let count, let domains, let advice):
      writer.key("kind")
      writer.string("cluster-advisory")
      writer.key("level")
      writer.number(level)
      writer.key("count")
      writer.number(count)
      writer.key("domains")
      writer.number(domains)
      writer.key("advice")
      writer.string(advice)
    case .supportHours(let threshold, let below, let above, let atThreshold):
      writer.key("kind")
      writer.string("support-hours")
      writer.key("threshold")
      writer.number(threshold)
      writer.key("below")
      writer.string(below)
      writer.key("above")
      writer.string(above)
      writer.key("atThreshold")
      writer.string(atThreshold)
    }
    writer.endObject()
    writer.endObject()
  }

  private func writeMatrix(_ matrix: FunctionalNeedsMatrix, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("scores")
    writer.strings(matrix.scoreNames)
    writer.key("functions")
    writer.beginArray()
    for function in matrix.functions {
      writer.beginObject()
      writer.key("number")
      writer.number(function.number)
      writer.key("id")
      writer.string(function.id)
      writer.key("name")
      writer.string(function.name)
      writer.key("inUse")
      writer.bool(function.isInUse)
      writer.key("descriptors")
      writer.beginArray()
      for descriptors in function.descriptors { writer.strings(descriptors) }
      writer.endArray()
      writer.key("note")
      writer.string(function.note)
      writer.endObject()
    }
    writer.endArray()
    writeCitation(matrix.source, into: &writer)
    writer.endObject()
  }

  private func writeArea(_ area: Area, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("area")
    writer.string(area.id)
    writer.key("name")
    writer.string(area.name)
    writer.key("levels")
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
    for guidance in area.consent { writeConsentGuidance(guidance, into: &writer) }
    writer.endArray()
    writer.key("specialRoutes")
    writer.beginArray()
    for route in area.specialRoutes {
      writeSpecialRoute(route, withTriggers: true, into: &writer)
    }
    writer.endArray()
    writer.key("supportContacts")
    writeContacts(area.supportContacts, into: &writer)
    writer.key("notes")
    writer.beginArray()
    for note in area.notes { writeLabelledText(note, into: &writer) }
    writer.endArray()
    writer.endObject()
  }

}
