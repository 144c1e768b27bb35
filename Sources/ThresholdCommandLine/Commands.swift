import ThresholdCore

extension CommandContext {
  var listFormat: ListFormat { invocation.choice(Grammar.format) ?? .text }
  var isJSON: Bool { listFormat == .json }

  // MARK: authorities

  mutating func authorities() throws(CommandFailure) -> String {
    let registry = try registry()
    if isJSON {
      var writer = JSONWriter()
      writer.beginObject()
      writer.key("authorities")
      writer.beginArray()
      for (area, ruleSet) in registry.areas {
        writer.beginObject()
        writer.member("id", area.id)
        writer.member("name", area.name)
        writer.key("document")
        RuleSetWriter.writeDocument(ruleSet, into: &writer)
        writer.member("sharesDocumentWith", ruleSet.areas.map(\.id).filter { $0 != area.id })
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
      return writer.text + "\n"
    }
    var text = ""
    for (area, ruleSet) in registry.areas {
      let shared =
        ruleSet.areas.count > 1
        ? " (shared by \(ruleSet.areas.map(\.name).joined(separator: ", ")))" : ""
      let origin = ruleSet.origin.map { " [from \($0)]" } ?? ""
      text += layout.line(layout.bold(area.id.padded(to: 16)) + area.name)
      text += layout.wrap(
        ruleSet.citation + shared + origin, indent: 16,
        firstIndent: String(repeating: " ", count: 16))
    }
    return text
  }

  // MARK: levels and domains

  mutating func levels() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    if isJSON {
      return areaList(area, ruleSet, key: "levels") { writer in
        for level in ruleSet.levels { RuleSetWriter.writeLevelInFull(level, into: &writer) }
      }
    }
    var text = layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0) + "\n"
    for level in ruleSet.levels {
      let categories = level.categories.map(\.displayName).joined(separator: " or ")
      text += layout.line(layout.bold("\(level.title) — \(categories)"))
      text += layout.wrapParagraphs(level.description, indent: 2)
      text += layout.wrap(layout.dim(level.source.location), indent: 2) + "\n"
    }
    return text
  }

  mutating func domains() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    if isJSON {
      return areaList(area, ruleSet, key: "domains") { writer in
        for domain in ruleSet.domains {
          RuleSetWriter.writeDomain(
            domain,
            counts: { subdomain in
              ruleSet.indicators.count {
                $0.domain == domain.id && (subdomain == nil || $0.subdomain == subdomain)
              }
            }, into: &writer)
        }
      }
    }
    var text = layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0) + "\n"
    for domain in ruleSet.domains {
      let count = ruleSet.indicators.count { $0.domain == domain.id }
      text += layout.wrap(
        layout.bold(domain.id) + "  \(domain.name) (\(count) indicators)", indent: 4,
        firstIndent: "")
      for subdomain in domain.subdomains {
        text += layout.wrap("\(subdomain.id)  \(subdomain.name)", indent: 6, firstIndent: "  - ")
      }
    }
    return text
  }

  /// One area's list as JSON: the authority, rule set and document, then `key` and the items.
  func areaList(
    _ area: Area, _ ruleSet: RuleSet, key: String, capacity: Int = 1024,
    writeItems: (inout JSONWriter) -> Void
  ) -> String {
    var writer = JSONWriter(capacity: capacity)
    writer.beginObject()
    writer.member("authority", area.id)
    writer.member("ruleSet", ruleSet.id)
    writer.key("document")
    RuleSetWriter.writeDocument(ruleSet, into: &writer)
    writer.key(key)
    writer.beginArray()
    writeItems(&writer)
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  // MARK: indicators

  mutating func indicators() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    var filter = IndicatorFilter(age: try filterAge())
    if let text = invocation.value(Grammar.domain) {
      guard let (domain, subdomain) = ruleSet.findDomain(text) else {
        let names = ruleSet.domains.map(\.id) + ruleSet.domains.flatMap { $0.subdomains.map(\.id) }
        let suggestion = TextSearch.suggestion(for: TextSearch.normalised(text), among: names)
        throw .usage(
          .invalidValue(
            text, option: Grammar.domain,
            reason: (suggestion.map { "did you mean '\($0)'? " } ?? "")
              + "run 'thresholds domains --authority \(area.id)' to list them."))
      }
      filter.domain = domain.id
      filter.subdomain = subdomain?.id
    }
    if let text = invocation.value(Grammar.level) {
      filter.level = try levelRank(text, ruleSet, area)
    }
    let list = ruleSet.indicators(matching: filter)
    switch invocation.choice(Grammar.indicatorFormat) ?? .text {
    case .json:
      return areaList(area, ruleSet, key: "indicators", capacity: 1 << 16) { writer in
        for indicator in list { RuleSetWriter.writeIndicator(indicator, into: &writer) }
      }
    case .csv:
      var text = CSVField.row([
        "id", "level", "level_label", "domain", "subdomain", "age_band", "kind", "text", "source",
      ])
      for indicator in list {
        text += CSVField.row([
          indicator.id, String(indicator.level),
          ruleSet.level(rank: indicator.level)?.label ?? "", indicator.domain,
          indicator.subdomain ?? "", indicator.age?.band ?? "", indicator.kind.key, indicator.text,
          indicator.source.location,
        ])
      }
      return text
    case .ids:
      return list.map { $0.id + "\n" }.joined()
    case .text:
      var text = layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0)
      text += "\(list.count) indicator\(list.count == 1 ? "" : "s")\n"
      var lastHeading = ""
      for indicator in list {
        let heading = ruleSet.domainPath(of: indicator)
        let level = ruleSet.level(rank: indicator.level).map(\.title) ?? ""
        if heading + level != lastHeading {
          text += "\n" + layout.line(layout.bold("\(heading) — \(level)"))
          lastHeading = heading + level
        }
        let ages = indicator.age.map { " [ages \($0.band)]" } ?? ""
        let kind = indicator.kind == .need ? "" : " [\(indicator.kind.key)]"
        text += layout.wrap(indicator.text + ages + kind, indent: 4, firstIndent: "  - ")
        text += layout.wrap(layout.dim(indicator.id), indent: 4)
      }
      return text
    }
  }

  /// A level rank given as an option, checked against the rule set.
  func levelRank(_ text: String, _ ruleSet: RuleSet, _ area: Area) throws(CommandFailure) -> Int {
    let ranks = ruleSet.levels.map(\.rank)
    if case .success(let value) = NumberText.read(text), let rank = NumberText.wholeNumber(value),
      ranks.contains(rank)
    {
      return rank
    }
    let names = ruleSet.levels.map { "\($0.rank) (\($0.label))" }.joined(separator: ", ")
    throw .usage(
      .invalidValue(text, option: Grammar.level, reason: "\(area.name)'s levels are \(names)."))
  }

  // MARK: search

  mutating func search() throws(CommandFailure) -> String {
    let query = invocation.arguments.joined(separator: " ")
    let limit = try positiveInteger(Grammar.limit)
    var ruleSets = try registry().ruleSets
    var searched: (area: Area, ruleSet: RuleSet)?
    var filter = SearchFilter(age: try filterAge())
    if invocation.value(Grammar.searchAuthority) != nil {
      let (area, ruleSet) = try area()
      ruleSets = [ruleSet]
      searched = (area, ruleSet)
      if let text = invocation.value(Grammar.level) {
        filter.level = try levelRank(text, ruleSet, area)
      }
    } else if invocation.value(Grammar.level) != nil {
      throw .usage(
        .invalidValue(
          invocation.value(Grammar.level) ?? "", option: Grammar.level,
          reason: "levels differ between documents: give --authority too."))
    }
    let results = IndicatorSearch.search(query, in: ruleSets, filter: filter, limit: limit)
    if isJSON {
      var writer = JSONWriter()
      writer.beginObject()
      writer.member("query", query)
      writer.member("authority", searched?.area.id)
      writer.key("results")
      writer.beginArray()
      for result in results {
        writer.beginObject()
        writer.member("ruleSet", result.ruleSet.id)
        writer.member("areas", result.ruleSet.areas.map(\.id))
        writer.member("wordsMatched", result.wordsMatched)
        writer.member("coverage", result.coverage)
        writer.member("why", result.reasons)
        writer.key("level")
        if let level = result.ruleSet.level(rank: result.indicator.level) {
          RuleSetWriter.writeLevel(level, into: &writer)
        } else {
          writer.null()
        }
        writer.key("indicator")
        RuleSetWriter.writeIndicator(result.indicator, into: &writer)
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
      return writer.text + "\n"
    }
    guard !results.isEmpty else {
      return layout.wrap(
        "No indicators match '\(query)'. Try other words for what you saw, or browse with "
          + "'thresholds indicators --authority AREA'.", indent: 0)
        + NothingMatchedAdvice.text(
          area: searched?.area, ruleSet: searched?.ruleSet, layout: layout)
    }
    var text = ""
    for (index, result) in results.enumerated() {
      text += searchResultText(result, number: index + 1)
    }
    return text
  }

  /// One search result: its number, level and text, then its identifier, document, kind and
  /// why it matched.
  func searchResultText(_ result: SearchResult, number: Int) -> String {
    let indicator = result.indicator
    let level = result.ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
    var text = layout.wrap(
      layout.bold("\(level):") + " " + indicator.text, indent: 5,
      firstIndent: "\(number).".padded(to: 5))
    var details = [indicator.id, result.ruleSet.id, result.ruleSet.domainPath(of: indicator)]
    if let age = indicator.age { details.append("ages \(age.band)") }
    text += layout.wrap(layout.dim(details.joined(separator: " · ")), indent: 5)
    switch indicator.kind {
    case .need: break
    case .possibleIndicator(let heading):
      text += layout.wrap("A possible indicator of abuse or neglect (“\(heading)”)", indent: 5)
    case .practiceStatement:
      text += layout.wrap("A statement about practice, not a need: it sets no level", indent: 5)
    }
    if !result.reasons.isEmpty {
      text += layout.wrap(
        layout.dim("Matched: " + result.reasons.joined(separator: "; ")), indent: 5)
    }
    return text
  }

  // MARK: show

  mutating func show() throws(CommandFailure) -> String {
    let id = invocation.arguments.first ?? ""
    let registry = try registry()
    guard let (indicator, ruleSet) = registry.indicator(id: id.lowercased()) else {
      let all = registry.ruleSets.flatMap { $0.indicators.map(\.id) }
      let suggestion = TextSearch.suggestion(for: id.lowercased(), among: all)
      throw .usage(
        .invalidCase(CommandLineHints.message(for: .unknownIndicator(id, suggestion: suggestion))))
    }
    let level = ruleSet.level(rank: indicator.level)
    let related = relatedIndicators(indicator, in: ruleSet)
    if isJSON {
      var writer = JSONWriter()
      writer.beginObject()
      writer.member("ruleSet", ruleSet.id)
      writer.member("areas", ruleSet.areas.map(\.id))
      writer.key("indicator")
      RuleSetWriter.writeIndicator(indicator, into: &writer)
      if let level {
        writer.key("level")
        RuleSetWriter.writeLevel(level, into: &writer)
      }
      writer.key("related")
      writer.beginArray()
      for other in related { RuleSetWriter.writeIndicator(other, into: &writer) }
      writer.endArray()
      writer.key("document")
      RuleSetWriter.writeDocument(ruleSet, into: &writer)
      writer.endObject()
      return writer.text + "\n"
    }
    var text = layout.line(layout.bold(indicator.id))
    text += layout.wrap(indicator.text, indent: 2)
    text += "\n"
    func row(_ label: String, _ value: String) -> String {
      layout.wrap("\(label): \(value)", indent: 4, firstIndent: "  ")
    }
    text += row("Level", level.map(\.title) ?? "\(indicator.level)")
    text += row("Domain", ruleSet.domainPath(of: indicator))
    switch indicator.kind {
    case .need: break
    case .possibleIndicator(let heading):
      text += row(
        "Kind",
        "printed under “\(heading)”: a possible indicator of abuse or neglect; level "
          + "\(indicator.level) applies where it leads you to suspect significant harm")
    case .practiceStatement(let instead):
      text += row(
        "Kind",
        "a statement of how professionals should work, not a need; it never sets a level. \(instead)"
      )
    }
    if let age = indicator.age { text += row("Ages", "\(age.band) (printed: \(age.printed))") }
    if !ruleSet.admission(of: indicator).appliesBeforeBirth {
      text += row(
        "Before birth",
        "not for an unborn child (it is about the child's own development, health or schooling)")
    }
    if !indicator.agencies.isEmpty {
      text += row("Responding agencies", indicator.agencies.joined(separator: ", "))
    }
    if let cell = indicator.printedCell {
      text += row("Printed as part of", "“\(cell)”")
    }
    text += row("Source", indicator.source.location)
    if let note = indicator.source.note { text += row("Reading note", note) }
    text += row(
      "Document",
      "\(ruleSet.citation), used by " + ruleSet.areas.map(\.name).joined(separator: ", "))
    if !related.isEmpty {
      text += "\n" + layout.line(layout.bold("In the same domain at other levels"))
      for other in related {
        let label = ruleSet.level(rank: other.level)?.label ?? "Level \(other.level)"
        text += layout.wrap("\(label): \(other.text)", indent: 4, firstIndent: "  - ")
        text += layout.wrap(layout.dim(other.id), indent: 4)
      }
    }
    return text
  }

  /// Indicators of the same domain (and subdomain) at other levels that are most like this one,
  /// to calibrate against.
  func relatedIndicators(_ indicator: Indicator, in ruleSet: RuleSet) -> [Indicator] {
    let index = SearchIndex([ruleSet])
    return index.search(indicator.text, limit: 60).map(\.indicator).filter {
      $0.domain == indicator.domain && $0.subdomain == indicator.subdomain
        && $0.level != indicator.level && $0.id != indicator.id
    }.prefix(5).map { $0 }
  }

  // MARK: rules export

  mutating func exportRules() throws(CommandFailure) -> String {
    let value = invocation.value(Grammar.rulesExport.options[0]) ?? ""
    let registry = try registry()
    let ruleSet: RuleSet
    if let shared = registry.ruleSet(id: value) {
      ruleSet = shared
    } else {
      ruleSet = try area(value).ruleSet
    }
    var writer = JSONWriter(pretty: true, capacity: 1 << 20)
    RuleSetWriter.writeRuleSet(ruleSet, into: &writer)
    return writer.text + "\n"
  }
}

extension JSONWriter {
  /// The bytes written, as text.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }

  func trimmingCharacters(_ characters: String) -> String {
    var text = self[...]
    while let first = text.first, characters.contains(first) { text.removeFirst() }
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return String(text)
  }
}

extension Substring {
  func trimmingCharacters(_ characters: String) -> String {
    String(self).trimmingCharacters(characters)
  }
}
