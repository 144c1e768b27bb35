import ThresholdCore

extension CommandContext {
  // MARK: authorities

  func authorities() -> String {
    let encoder = AssessmentEncoder()
    if isJSON {
      var writer = JSONWriter()
      writer.beginObject()
      writer.key("authorities")
      writer.beginArray()
      for (area, ruleSet) in RuleSets.areas {
        writer.beginObject()
        writer.member("id", area.id)
        writer.member("name", area.name)
        writer.key("document")
        encoder.writeDocument(ruleSet, into: &writer)
        writer.member("sharesDocumentWith", ruleSet.areas.map(\.id).filter { $0 != area.id })
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
      return writer.text + "\n"
    }
    var text = ""
    for (area, ruleSet) in RuleSets.areas {
      let shared =
        ruleSet.areas.count > 1
        ? " (shared by \(ruleSet.areas.map(\.name).joined(separator: ", ")))" : ""
      // The padded identifier is written as it is: wrapping would fold its spaces.
      text += layout.bold(area.id.padded(to: 16)) + area.name + "\n"
      text += layout.wrap(
        ruleSet.citation + shared, indent: 16, firstIndent: String(repeating: " ", count: 16))
    }
    return text
  }

  // MARK: levels and domains

  func levels() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    let encoder = AssessmentEncoder()
    if isJSON {
      return areaList(area, ruleSet, key: "levels") { writer in
        for level in ruleSet.levels { encoder.writeLevelInFull(level, into: &writer) }
      }
    }
    var text = layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0) + "\n"
    for level in ruleSet.levels {
      let categories = level.categories.map(\.displayName).joined(separator: " or ")
      text += layout.bold("\(level.title) — \(categories)") + "\n"
      text += layout.wrap(level.description, indent: 2)
      text += layout.wrap(layout.dim(level.source.location), indent: 2) + "\n"
    }
    return text
  }

  func domains() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    let encoder = AssessmentEncoder()
    if isJSON {
      return areaList(area, ruleSet, key: "domains") { writer in
        for domain in ruleSet.domains {
          encoder.writeDomain(
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

  /// One area's list as JSON: the authority, rule set and document, then `key` and the items
  /// `writeItems` writes.
  func areaList(
    _ area: Area, _ ruleSet: RuleSet, key: String, capacity: Int = 1024,
    writeItems: (inout JSONWriter) -> Void
  ) -> String {
    var writer = JSONWriter(capacity: capacity)
    writer.beginObject()
    writer.member("authority", area.id)
    writer.member("ruleSet", ruleSet.id)
    writer.key("document")
    AssessmentEncoder().writeDocument(ruleSet, into: &writer)
    writer.key(key)
    writer.beginArray()
    writeItems(&writer)
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  // MARK: indicators

  func indicators() throws(CommandFailure) -> String {
    let (area, ruleSet) = try area()
    var filter = IndicatorFilter(age: try age())
    if let text = invocation.value("--domain") {
      guard let (domain, subdomain) = ruleSet.findDomain(text) else {
        let option = invocation.command.option(named: "--domain") ?? Grammar.help
        let names = ruleSet.domains.map(\.id) + ruleSet.domains.flatMap { $0.subdomains.map(\.id) }
        let suggestion = TextSearch.suggestion(for: TextSearch.normalised(text), among: names)
        throw .usage(
          .invalidValue(
            text, option: option,
            reason: (suggestion.map { "did you mean '\($0)'? " } ?? "")
              + "run 'thresholds domains --authority \(area.id)' to list them."))
      }
      filter.domain = domain.id
      filter.subdomain = subdomain?.id
    }
    if let text = invocation.value("--level") {
      let ranks = ruleSet.levels.map(\.rank)
      guard let rank = Int(text), ranks.contains(rank) else {
        let option = invocation.command.option(named: "--level") ?? Grammar.help
        let names = ruleSet.levels.map { "\($0.rank) (\($0.label))" }.joined(separator: ", ")
        throw .usage(
          .invalidValue(text, option: option, reason: "\(area.name)'s levels are \(names)."))
      }
      filter.level = rank
    }
    let list = ruleSet.indicators(matching: filter)
    switch invocation.value("--format") {
    case "json":
      let encoder = AssessmentEncoder()
      return areaList(area, ruleSet, key: "indicators", capacity: 1 << 16) { writer in
        for indicator in list { encoder.writeIndicator(indicator, in: ruleSet, into: &writer) }
      }
    case "csv":
      var text = "id,level,level_label,domain,subdomain,age_band,text,source\r\n"
      for indicator in list {
        let fields = [
          indicator.id, String(indicator.level),
          ruleSet.level(rank: indicator.level)?.label ?? "", indicator.domain,
          indicator.subdomain ?? "", indicator.age?.band ?? "", indicator.text,
          indicator.source.location,
        ]
        text += fields.map(csvField).joined(separator: ",") + "\r\n"
      }
      return text
    default:
      var text = layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0)
      text += "\(list.count) indicator\(list.count == 1 ? "" : "s")\n"
      var lastHeading = ""
      for indicator in list {
        let heading = ruleSet.domainPath(of: indicator)
        let level = ruleSet.level(rank: indicator.level).map(\.title) ?? ""
        if heading + level != lastHeading {
          text += "\n" + layout.bold("\(heading) — \(level)") + "\n"
          lastHeading = heading + level
        }
        let ages = indicator.age.map { " [ages \($0.band)]" } ?? ""
        text += layout.wrap(indicator.text + ages, indent: 4, firstIndent: "  - ")
        text += layout.wrap(layout.dim(indicator.id), indent: 4)
      }
      return text
    }
  }

  private func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  // MARK: search and show

  func search() throws(CommandFailure) -> String {
    let query = invocation.arguments.joined(separator: " ")
    let limit = try positiveInteger("--limit", default: 20)
    var ruleSets = RuleSets.all
    var areaID: String?
    if invocation.value("--authority") != nil {
      let (area, ruleSet) = try area()
      ruleSets = [ruleSet]
      areaID = area.id
    }
    let results = IndicatorSearch.search(query, in: ruleSets, limit: limit)
    if isJSON {
      var writer = JSONWriter()
      let encoder = AssessmentEncoder()
      writer.beginObject()
      writer.member("query", query)
      writer.member("authority", areaID)
      writer.key("results")
      writer.beginArray()
      for result in results {
        writer.beginObject()
        writer.member("ruleSet", result.ruleSet.id)
        writer.member("areas", result.ruleSet.areas.map(\.id))
        writer.member("wordsMatched", result.wordsMatched)
        writer.key("indicator")
        encoder.writeIndicator(result.indicator, in: result.ruleSet, into: &writer)
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
      return writer.text + "\n"
    }
    guard !results.isEmpty else {
      return "No indicators match '\(query)'. Try fewer or shorter words.\n"
    }
    var text = ""
    for result in results {
      let level = result.ruleSet.level(rank: result.indicator.level)?.title ?? ""
      let ages = result.indicator.age.map { ", ages \($0.band)" } ?? ""
      text += layout.wrap(layout.bold(result.indicator.id), indent: 4, firstIndent: "")
      text += layout.wrap(result.indicator.text, indent: 4)
      text += layout.wrap(
        layout.dim("\(result.ruleSet.id) · \(level)\(ages)"), indent: 4)
    }
    return text
  }

  func show() throws(CommandFailure) -> String {
    let id = invocation.arguments.first ?? ""
    guard let (indicator, ruleSet) = RuleSets.indicator(id: id) else {
      let all = RuleSets.all.flatMap { $0.indicators.map(\.id) }
      let suggestion = TextSearch.suggestion(for: id.lowercased(), among: all)
      throw .usage(
        .invalidCase(AssessmentError.unknownIndicator(id, suggestion: suggestion).message))
    }
    let level = ruleSet.level(rank: indicator.level)
    if isJSON {
      var writer = JSONWriter()
      let encoder = AssessmentEncoder()
      writer.beginObject()
      writer.member("ruleSet", ruleSet.id)
      writer.member("areas", ruleSet.areas.map(\.id))
      writer.key("indicator")
      encoder.writeIndicator(indicator, in: ruleSet, into: &writer)
      if let level {
        writer.key("level")
        encoder.writeLevel(level, into: &writer)
      }
      writer.key("document")
      encoder.writeDocument(ruleSet, into: &writer)
      writer.endObject()
      return writer.text + "\n"
    }
    var text = layout.bold(indicator.id) + "\n"
    text += layout.wrap(indicator.text, indent: 2)
    text += "\n"
    text += layout.wrap(
      "Level: " + (level.map(\.title) ?? "\(indicator.level)"), indent: 4, firstIndent: "  ")
    text += layout.wrap(
      "Domain: " + ruleSet.domainPath(of: indicator),
      indent: 4, firstIndent: "  ")
    if let age = indicator.age {
      text += layout.wrap(
        "Ages: \(age.band) (printed: \(age.printed))", indent: 4, firstIndent: "  ")
    }
    if !indicator.agencies.isEmpty {
      text += layout.wrap(
        "Responding agencies: " + indicator.agencies.joined(separator: ", "), indent: 4,
        firstIndent: "  ")
    }
    text += layout.wrap("Source: \(indicator.source.location)", indent: 4, firstIndent: "  ")
    if let note = indicator.source.note {
      text += layout.wrap("Reading note: \(note)", indent: 4, firstIndent: "  ")
    }
    text += layout.wrap(
      "Document: \(ruleSet.citation), used by "
        + ruleSet.areas.map(\.name).joined(separator: ", "), indent: 4, firstIndent: "  ")
    return text
  }

  // MARK: rules export

  func exportRules() throws(CommandFailure) -> String {
    let value = invocation.value("--authority") ?? ""
    let ruleSet: RuleSet
    if let shared = RuleSets.ruleSet(id: value.lowercased()) {
      ruleSet = shared
    } else {
      ruleSet = try area(value).ruleSet
    }
    var writer = JSONWriter(pretty: true, capacity: 1 << 20)
    AssessmentEncoder().writeRuleSet(ruleSet, into: &writer)
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
}
