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
    writer.member("format", "thresholds-rules/1")
    writer.key("document")
    writeDocument(ruleSet, into: &writer)
    writer.member("areas", ruleSet.areas.map(\.id))
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
    Self.writeLevelIdentity(level, into: &writer)
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
  ///   - writer: Where to write.
  public func writeDomain(
    _ domain: Domain, counts: ((String?) -> Int)? = nil, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.member("id", domain.id)
    writer.member("name", domain.name)
    if let counts {
      writer.member("indicators", counts(nil))
    }
    writer.key("subdomains")
    writer.beginArray()
    for subdomain in domain.subdomains {
      writer.beginObject()
      writer.member("id", subdomain.id)
      writer.member("name", subdomain.name)
      if let counts {
        writer.member("indicators", counts(subdomain.id))
      }
      writer.endObject()
    }
    writer.endArray()
    writeCitation(domain.source, into: &writer)
    writer.endObject()
  }

  private func writeRule(_ rule: CombinationRule, into writer: inout JSONWriter) {
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
    switch rule.effect {
    case .highestIndicator:
      writer.member("kind", "highest-indicator")
    case .requireCount(let level, let count, let otherwise):
      writer.member("kind", "require-count")
      writer.member("level", level)
      writer.member("count", count)
      writer.member("otherwise", otherwise)
    case .functionalNeeds(let matrix, let moderate, let severe, let raiseTo, let route):
      writer.member("kind", "functional-needs")
      writer.member("moderate", moderate)
      writer.member("severe", severe)
      writer.member("raiseTo", raiseTo)
      writer.key("route")
      if let route { writeRoute(route, into: &writer) } else { writer.null() }
      writer.key("matrix")
      writeMatrix(matrix, into: &writer)
    case .unmetNeedsReferral(let count, let aboveLevel, let upToLevel, let route):
      writer.member("kind", "unmet-needs-referral")
      writer.member("count", count)
      writer.member("aboveLevel", aboveLevel)
      writer.member("upToLevel", upToLevel)
      writer.key("route")
      writeRoute(route, into: &writer)
    case .clusterAdvisory(let level, let count, let domains, let advice):
      writer.member("kind", "cluster-advisory")
      writer.member("level", level)
      writer.member("count", count)
      writer.member("domains", domains)
      writer.member("advice", advice)
    case .supportHours(let threshold, let below, let above, let atThreshold):
      writer.member("kind", "support-hours")
      writer.member("threshold", threshold)
      writer.member("below", below)
      writer.member("above", above)
      writer.member("atThreshold", atThreshold)
    }
    writer.endObject()
    writer.endObject()
  }

  private func writeMatrix(_ matrix: FunctionalNeedsMatrix, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("scores", matrix.scoreNames)
    writer.key("functions")
    writer.beginArray()
    for function in matrix.functions {
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
    writeCitation(matrix.source, into: &writer)
    writer.endObject()
  }

  private func writeArea(_ area: Area, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("area", area.id)
    writer.member("name", area.name)
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
