import ThresholdCore

extension CommandContext {
  /// One area's answer in a comparison.
  struct AreaComparison {
    let area: Area
    let ruleSet: RuleSet
    let results: [SearchResult]
    /// The route at the best match's level.
    let route: Route?
  }

  /// `thresholds compare`: for each area, the indicators that best match the words, their
  /// level as that document names it, and the route at that level.
  mutating func compare() throws(CommandFailure) -> String {
    let query = invocation.arguments.joined(separator: " ")
    let limitOption = Grammar.compare.option(named: "--limit") ?? Grammar.limit
    let limit = try positiveInteger(limitOption)
    let registry = try registry()
    var areas = registry.areas
    let chosen = invocation.values(Grammar.compareAuthority).flatMap { $0.split(separator: ",") }
      .map { $0.trimmingCharacters(" ") }.filter { !$0.isEmpty }
    if !chosen.isEmpty {
      var selected: [(area: Area, ruleSet: RuleSet)] = []
      for name in chosen { selected.append(try area(name)) }
      areas = selected
    }
    let filter = SearchFilter(age: try filterAge())
    var indexes: [String: SearchIndex] = [:]
    var comparisons: [AreaComparison] = []
    for (area, ruleSet) in areas {
      let index = indexes[ruleSet.id] ?? SearchIndex([ruleSet])
      indexes[ruleSet.id] = index
      let results = index.search(query, filter: filter, limit: limit)
      let route = results.first.flatMap { area.route(forLevel: $0.indicator.level) }
      comparisons.append(
        AreaComparison(area: area, ruleSet: ruleSet, results: results, route: route))
    }
    switch invocation.choice(Grammar.compareFormat) ?? .text {
    case .json: return compareJSON(query, comparisons)
    case .markdown: return compareMarkdown(query, comparisons)
    case .text: return compareText(query, comparisons)
    }
  }

  private func compareText(_ query: String, _ comparisons: [AreaComparison]) -> String {
    var text = layout.wrap(
      "How each area's document treats “\(query)”: each document's own words, best matches "
        + "first. The documents differ; these are not the same indicators.", indent: 0)
    for comparison in comparisons {
      text +=
        "\n"
        + layout.wrap(
          layout.bold(comparison.area.name.uppercased()) + " · " + comparison.ruleSet.citation,
          indent: 2, firstIndent: "")
      if comparison.results.isEmpty {
        text += layout.wrap(
          "No indicator of this document matches these words.", indent: 4, firstIndent: "  ")
        continue
      }
      for result in comparison.results {
        let level = comparison.ruleSet.level(rank: result.indicator.level)
        text += layout.wrap(
          "\(level?.title ?? "Level \(result.indicator.level)"): \(result.indicator.text)",
          indent: 4, firstIndent: "  - ")
        let why =
          result.reasons.isEmpty ? "" : " · matched: " + result.reasons.joined(separator: "; ")
        text += layout.wrap(layout.dim(result.indicator.id + why), indent: 4)
      }
      if let route = comparison.route {
        let contact = route.contacts.first.map { " · \($0.value)" } ?? ""
        text += layout.wrap(
          "Route at that level: \(route.name)\(contact)", indent: 4, firstIndent: "  ")
      }
    }
    return text
  }

  private func compareJSON(_ query: String, _ comparisons: [AreaComparison]) -> String {
    var writer = JSONWriter(capacity: 1 << 14)
    writer.beginObject()
    writer.member("query", query)
    writer.key("areas")
    writer.beginArray()
    for comparison in comparisons {
      writer.beginObject()
      writer.member("authority", comparison.area.id)
      writer.member("name", comparison.area.name)
      writer.key("document")
      RuleSetWriter.writeDocument(comparison.ruleSet, into: &writer)
      writer.key("matches")
      writer.beginArray()
      for result in comparison.results {
        writer.beginObject()
        writer.key("level")
        if let level = comparison.ruleSet.level(rank: result.indicator.level) {
          RuleSetWriter.writeLevel(level, into: &writer)
        } else {
          writer.null()
        }
        writer.member("why", result.reasons)
        writer.key("indicator")
        RuleSetWriter.writeIndicator(result.indicator, into: &writer)
        writer.endObject()
      }
      writer.endArray()
      writer.key("route")
      if let route = comparison.route {
        RuleSetWriter.writeRoute(route, into: &writer)
      } else {
        writer.null()
      }
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  private func compareMarkdown(_ query: String, _ comparisons: [AreaComparison]) -> String {
    func cell(_ text: String) -> String {
      TextLayout.neutralised(text).replacing("|", with: "\\|").replacing("\n", with: " ")
    }
    var text = "# How each area's document treats “\(cell(query))”\n\n"
    text += "Each document's own words, best matches first; the documents differ, so these are "
    text += "not the same indicators.\n\n"
    text += "| Area | Level (as the document names it) | Indicator | Route at that level |\n"
    text += "|---|---|---|---|\n"
    for comparison in comparisons {
      if comparison.results.isEmpty {
        text += "| \(cell(comparison.area.name)) | — | No indicator matches | — |\n"
        continue
      }
      for (index, result) in comparison.results.enumerated() {
        let level = comparison.ruleSet.level(rank: result.indicator.level)?.title ?? ""
        let route = index == 0 ? comparison.route.map { cell($0.name) } ?? "" : ""
        text += "| \(index == 0 ? cell(comparison.area.name) : "") | \(cell(level)) | "
        text += "\(cell(result.indicator.text)) (`\(result.indicator.id)`) | \(route) |\n"
      }
    }
    return text
  }
}
