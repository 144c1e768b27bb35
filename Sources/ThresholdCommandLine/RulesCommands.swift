import ThresholdCore

extension CommandContext {
  // MARK: rules check

  /// `thresholds rules check FILE…`: every problem of every file, as `file:line:column:
  /// path: message`; exit 65 when any is found.
  mutating func checkRules(output: inout some ByteSink) throws(CommandFailure) -> ExitCode {
    guard !invocation.arguments.isEmpty else {
      throw .usage(.missingArgument(Grammar.rulesCheck.arguments[0]))
    }
    var found = false
    for path in invocation.arguments {
      let bytes: [UInt8]
      do throws(IOFailure) {
        bytes = try files.contents(of: path, limit: JSONNode.maximumBytes)
      } catch {
        throw .failure(error.message)
      }
      switch RuleSetReader.read(bytes, file: path) {
      case .success(let ruleSet):
        var problems: [String] = []
        do throws(RegistryError) {
          _ = try RuleSetRegistry.builtIn.adding([ruleSet])
        } catch {
          problems.append("\(path): \(error.message)")
        }
        if problems.isEmpty {
          try emit(
            "\(path): no problems (rule set '\(ruleSet.id)': \(ruleSet.levels.count) levels, "
              + "\(ruleSet.indicators.count) indicators, \(ruleSet.rules.count) rules, areas "
              + ruleSet.areas.map(\.id).joined(separator: ", ") + ")\n", to: &output)
        } else {
          found = true
          try emit(problems.joined(separator: "\n") + "\n", to: &output)
        }
      case .failure(let failure):
        found = true
        try emit(
          failure.problems.map { ThresholdsTool.safe($0.description) + "\n" }.joined(), to: &output)
        try emit(
          "\(path): \(failure.problems.count) problem\(failure.problems.count == 1 ? "" : "s")\n",
          to: &output)
      }
    }
    return found ? .dataError : .success
  }

  // MARK: rules test

  /// `thresholds rules test FILE…` (or `--authority A`): each example's result.
  mutating func testRules(output: inout some ByteSink) throws(CommandFailure) -> ExitCode {
    var ruleSets: [RuleSet] = []
    for path in invocation.arguments { ruleSets.append(try readRuleSet(path)) }
    let authority = Grammar.rulesTest.options[0]
    if let name = invocation.value(authority) {
      let registry = try registry()
      if let ruleSet = registry.ruleSet(id: name) {
        ruleSets.append(ruleSet)
      } else {
        ruleSets.append(try area(name).ruleSet)
      }
    }
    guard !ruleSets.isEmpty else {
      throw .usage(.invalidCase("Give a rule-set file, or --authority for a built-in rule set."))
    }
    var registry = try registry()
    let loaded = ruleSets.filter { $0.origin != nil }
    if !loaded.isEmpty {
      do throws(RegistryError) {
        registry = try registry.adding(
          loaded.filter { registry.ruleSet(id: $0.id)?.origin != $0.origin })
      } catch {
        throw .data("Error: \(error.message)")
      }
    }
    var failed = 0
    var passed = 0
    for ruleSet in ruleSets {
      let examples = ruleSet.examples
      try emit(layout.line(layout.bold("\(ruleSet.id): \(examples.count) examples")), to: &output)
      for example in examples {
        let outcome = ExampleRunner.run(example, registry: registry)
        let place = Self.place(example.location)
        if outcome.passed {
          passed += 1
          try emit(layout.line("PASS  \(example.name)  \(layout.dim(place))"), to: &output)
        } else {
          failed += 1
          try emit(layout.line("FAIL  \(example.name)  \(place)"), to: &output)
          for failure in outcome.failures {
            try emit(layout.wrap(failure, indent: 6, firstIndent: "      "), to: &output)
          }
        }
      }
      for problem in ExampleRunner.coverageProblems(in: ruleSet) {
        try emit(layout.wrap("note: \(problem)", indent: 6, firstIndent: "      "), to: &output)
      }
    }
    try emit("\(passed) passed, \(failed) failed\n", to: &output)
    return failed > 0 ? .failure : .success
  }

  /// Where an example is written, as `file:line` (and its JSON path in a rule-set file).
  static func place(_ location: ExampleLocation) -> String {
    switch location {
    case .source(_, let line):
      let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
      return "\(file):\(line)"
    case .ruleFile(let path, let line, let column, let jsonPath):
      return "\(path):\(line):\(column) \(jsonPath)"
    }
  }

  // MARK: rules diff

  /// `thresholds rules diff OLD NEW`: what changed between two editions.
  mutating func diffRules() throws(CommandFailure) -> String {
    guard invocation.arguments.count == 2 else {
      throw .usage(.missingArgument(Grammar.rulesDiff.arguments[invocation.arguments.count]))
    }
    let old = try edition(invocation.arguments[0])
    let new = try edition(invocation.arguments[1])
    let diff = RuleSetDiff(from: old, to: new)
    if (invocation.choice(Grammar.diffFormat) ?? .text) == .json {
      var writer = JSONWriter(capacity: 1 << 14)
      writer.beginObject()
      writer.member("old", invocation.arguments[0])
      writer.member("new", invocation.arguments[1])
      writer.key("changes")
      writer.beginArray()
      for change in diff.changes {
        writer.beginObject()
        writer.member("part", change.part)
        writer.member("change", change.change)
        writer.member("id", change.identifier)
        writer.member("summary", change.summary)
        writer.member("old", change.old)
        writer.member("new", change.new)
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
      return writer.text + "\n"
    }
    guard !diff.changes.isEmpty else {
      return "No changes between \(invocation.arguments[0]) and \(invocation.arguments[1]).\n"
    }
    var text = layout.wrap(
      "\(diff.changes.count) change\(diff.changes.count == 1 ? "" : "s") from \(invocation.arguments[0]) "
        + "to \(invocation.arguments[1]):", indent: 0)
    var lastPart = ""
    for change in diff.changes {
      if change.part != lastPart {
        text += "\n" + layout.line(layout.bold(change.part.uppercased()))
        lastPart = change.part
      }
      text += layout.wrap(
        "\(change.change): \(change.identifier) — \(change.summary)", indent: 4, firstIndent: "  ")
      if let old = change.old {
        text += layout.wrapParagraphs("- " + old, indent: 8, firstIndent: "      ")
      }
      if let new = change.new {
        text += layout.wrapParagraphs("+ " + new, indent: 8, firstIndent: "      ")
      }
    }
    return text
  }

  /// An edition named on the command line: a rule-set file, or a built-in rule set's id.
  private mutating func edition(_ name: String) throws(CommandFailure) -> RuleSet {
    if let builtIn = try registry().ruleSet(id: name), !name.hasSuffix(".json") { return builtIn }
    return try readRuleSet(name)
  }
}
