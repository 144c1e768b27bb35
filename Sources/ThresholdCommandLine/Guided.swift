import ThresholdCore

/// Reads lines from a byte source, one at a time (for the guided dialogue).
struct LineReader<Source: ByteSource> {
  var source: Source
  private var pending: [UInt8] = []
  private var isAtEnd = false

  init(_ source: Source) {
    self.source = source
  }

  /// The next line without its newline, or `nil` at the end of the input.
  mutating func readLine() throws(IOFailure) -> String? {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        let line = pending[..<newline]
        pending.removeSubrange(...newline)
        return String(decoding: line, as: UTF8.self).trimmingCharacters(" \r\t")
      }
      if isAtEnd {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self).trimmingCharacters(" \r\t")
      }
      let count = try chunk.withUnsafeMutableBufferPointer { buffer throws(IOFailure) in
        try source.read(into: buffer)
      }
      if count == 0 { isAtEnd = true } else { pending.append(contentsOf: chunk[0..<count]) }
    }
  }
}

/// The guided dialogue: a line-oriented conversation (so screen readers, slow links and
/// scripts work) that finds indicators in the practitioner's own words, shows the running
/// level, and ends with the same action card the equivalent options give. The dialogue is
/// written to standard error; the card alone to standard output.
struct GuidedDialogue {
  /// What a number typed at the prompt picks from.
  enum Shortlist {
    case none
    case indicators([Indicator])
    case domains([Domain])
    case levels(Domain, [Level])
  }

  let ruleSet: RuleSet
  let area: Area
  let age: ChildAge?
  let index: SearchIndex
  let registry: RuleSetRegistry
  let layout: TextLayout
  var selected: [String] = []
  var shortlist = Shortlist.none

  /// How to use the dialogue, laid out for the terminal's width.
  static func help(_ layout: TextLayout) -> String {
    layout.wrap(
      "Type what you see or were told, in your own words (such as: dad drinks, head lice, "
        + "missed appointments), and choose from the numbered list by typing numbers (1 or 1 3).",
      indent: 0)
      + [
        ("b", "browse the document's domains, level by level"), ("u", "undo the last choice"),
        ("s", "show what is selected"), ("?", "show this help"),
      ].map { layout.wrap($0.1, indent: 6, firstIndent: "  \($0.0)   ") }.joined()
      + layout.wrap(
        "An empty line (or the end of the input) finishes and shows what to do.", indent: 0)
  }

  /// The case so far.
  var caseText: CaseText {
    var text = CaseText(authority: area.id)
    switch age {
    case .years(let years): text.age = String(years)
    case .unborn: text.isUnborn = true
    case nil: break
    }
    text.indicators = selected
    return text
  }

  /// Handles one line; returns what to print and whether the dialogue is over.
  mutating func handle(_ line: String) -> (text: String, isDone: Bool) {
    let trimmed = line.trimmingCharacters(" ")
    switch trimmed.lowercased() {
    case "": return ("", true)
    case "?", "help": return (Self.help(layout), false)
    case "u", "undo":
      guard let last = selected.popLast() else { return ("Nothing to undo.\n", false) }
      return ("Removed: \(last)\n" + running(), false)
    case "s":
      return (selectedText(), false)
    case "b", "browse":
      shortlist = .domains(ruleSet.domains)
      var text = layout.line("Domains of the document:")
      for (number, domain) in ruleSet.domains.enumerated() {
        text += layout.wrap(domain.name, indent: 6, firstIndent: "  \(number + 1).".padded(to: 6))
      }
      return (text + layout.line("Type a number to see that domain's levels."), false)
    default:
      break
    }
    let numbers = trimmed.split { $0 == " " || $0 == "," }.compactMap { Int($0) }
    if !numbers.isEmpty,
      numbers.count == trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).count
    {
      return (choose(numbers), false)
    }
    return (searchText(trimmed), false)
  }

  private mutating func searchText(_ words: String) -> String {
    let results = index.search(words, filter: SearchFilter(age: age), limit: 8)
      .filter { $0.indicator.kind.setsLevel }
    guard !results.isEmpty else {
      shortlist = .none
      return layout.wrap(
        "Nothing in the document matches '\(words)'. Try other words, or type b to browse.",
        indent: 0) + NothingMatchedAdvice.text(area: area, ruleSet: ruleSet, layout: layout)
    }
    shortlist = .indicators(results.map(\.indicator))
    var text = ""
    for (number, result) in results.enumerated() {
      let level = ruleSet.level(rank: result.indicator.level)?.label ?? ""
      let chosen = selected.contains(result.indicator.id) ? " (selected)" : ""
      text += layout.wrap(
        "\(level): \(result.indicator.text)\(chosen)", indent: 6,
        firstIndent: "  \(number + 1).".padded(to: 6))
      if !result.reasons.isEmpty {
        text += layout.wrap(
          layout.dim("matched: " + result.reasons.joined(separator: "; ")), indent: 6)
      }
    }
    return text + layout.line("Type the numbers of those you see, or more words.")
  }

  private mutating func choose(_ numbers: [Int]) -> String {
    switch shortlist {
    case .none:
      return "There is no list to choose from yet: type some words first, or b to browse.\n"
    case .domains(let domains):
      guard numbers.count == 1, domains.indices.contains(numbers[0] - 1) else {
        return "Type one number from 1 to \(domains.count).\n"
      }
      let domain = domains[numbers[0] - 1]
      let levels = ruleSet.levels.filter { level in
        ruleSet.indicators.contains { $0.domain == domain.id && $0.level == level.rank }
      }
      shortlist = .levels(domain, levels)
      var text = layout.line("\(domain.name): levels")
      for (number, level) in levels.enumerated() {
        let count = ruleSet.indicators.count {
          $0.domain == domain.id && $0.level == level.rank && admits($0)
        }
        text += layout.wrap(
          "\(level.title) (\(count))", indent: 6, firstIndent: "  \(number + 1).".padded(to: 6))
      }
      return text + layout.line("Type a number to see that level's indicators.")
    case .levels(let domain, let levels):
      guard numbers.count == 1, levels.indices.contains(numbers[0] - 1) else {
        return "Type one number from 1 to \(levels.count).\n"
      }
      let level = levels[numbers[0] - 1]
      let list = ruleSet.indicators.filter {
        $0.domain == domain.id && $0.level == level.rank && admits($0) && $0.kind.setsLevel
      }
      shortlist = .indicators(list)
      var text = layout.line("\(domain.name), \(level.title):")
      for (number, indicator) in list.enumerated() {
        text += layout.wrap(
          indicator.text, indent: 6, firstIndent: "  \(number + 1).".padded(to: 6))
      }
      return text + layout.line("Type the numbers of those you see.")
    case .indicators(let list):
      var text = ""
      for number in numbers {
        guard list.indices.contains(number - 1) else {
          text += "There is no \(number) in the list (1 to \(list.count)).\n"
          continue
        }
        let indicator = list[number - 1]
        if selected.contains(indicator.id) {
          text += "Already selected: \(indicator.id)\n"
          continue
        }
        var trial = caseText
        trial.indicators.append(indicator.id)
        do throws(AssessmentError) {
          _ = try Assessor(registry: registry).assess(trial)
          selected.append(indicator.id)
          text += layout.wrap("Added: \(indicator.text)", indent: 4, firstIndent: "  ")
        } catch {
          text += layout.wrap("Not added: \(error.message)", indent: 4, firstIndent: "  ")
        }
      }
      return text + running()
    }
  }

  private func admits(_ indicator: Indicator) -> Bool {
    guard let age else { return true }
    return ruleSet.admission(of: indicator).admits(age)
  }

  /// The level so far, and any rule that changed it.
  func running() -> String {
    guard let assessment = try? Assessor(registry: registry).assess(caseText) else { return "" }
    let count = selected.count
    var text = layout.wrap(
      layout.bold("Now: \(assessment.level.title)")
        + " — \(count) indicator\(count == 1 ? "" : "s") selected", indent: 2, firstIndent: "")
    for applied in assessment.rules where applied.changedLevel || applied.replacedRoute {
      text += layout.wrap(
        "\(applied.effect) (“\(applied.rule.sentence)”)", indent: 4, firstIndent: "  ")
    }
    return text
  }

  private func selectedText() -> String {
    guard !selected.isEmpty else { return "Nothing is selected yet.\n" }
    var text = ""
    for id in selected {
      let indicator = ruleSet.indicators.first { $0.id == id }
      text += layout.wrap(indicator?.text ?? id, indent: 4, firstIndent: "  - ")
    }
    return text + running()
  }
}

extension CommandContext {
  /// On a terminal, with no case options, offers the guided dialogue.
  func offersGuided(input: inout some ByteSource, errors: inout some ByteSink) -> Bool {
    tool.write(
      "No indicators given. Find them step by step, in your own words? [Y/n] ", to: &errors)
    var reader = LineReader(input)
    let answer = (try? reader.readLine()) ?? nil
    input = reader.source
    guard let answer else { return false }
    return answer.isEmpty || answer.lowercased().hasPrefix("y")
  }

  /// `thresholds assess --guided`.
  mutating func guided(
    options: OutputOptions, input: inout some ByteSource, output: inout some ByteSink,
    errors: inout some ByteSink
  ) throws(CommandFailure) -> ExitCode {
    var reader = LineReader(input)
    defer { input = reader.source }
    let registry = try registry()
    func ask(_ prompt: String) throws(CommandFailure) -> String? {
      tool.write(prompt, to: &errors)
      do throws(IOFailure) {
        return try reader.readLine()
      } catch {
        throw .io(error)
      }
    }
    // The area.
    var found: (area: Area, ruleSet: RuleSet)?
    if invocation.value(Grammar.assess.option(named: "--authority") ?? Grammar.authority) != nil {
      found = try area()
    }
    while found == nil {
      guard let answer = try ask("Which area? (\(registry.areaIDs.joined(separator: ", "))): ")
      else {
        throw .usage(.missingOption(Grammar.authority))
      }
      if let match = registry.area(id: answer) {
        found = match
      } else {
        tool.write(
          CommandLineHints.message(for: registry.unknownAreaError(answer)) + "\n", to: &errors)
      }
    }
    guard let (area, ruleSet) = found else { return .usage }
    // The age.
    var age: ChildAge?
    var ageKnown = invocation.value(Grammar.age) != nil || invocation.flag(Grammar.unborn)
    if ageKnown {
      var probe = CaseText(
        authority: area.id, age: invocation.value(Grammar.age),
        isUnborn: invocation.flag(Grammar.unborn))
      probe.indicators = []
      do throws(AssessmentError) {
        age = try Assessor(registry: registry).assess(probe).age
      } catch {
        throw .usage(.invalidCase(error.message))
      }
    }
    while !ageKnown {
      guard
        let answer = try ask(
          "The child's age in years (0 to 18), 'unborn', or empty if not known: ")
      else { break }
      if answer.isEmpty { break }
      let probe = CaseText(authority: area.id, age: answer)
      do throws(AssessmentError) {
        age = try Assessor(registry: registry).assess(probe).age
        ageKnown = true
      } catch {
        tool.write(error.message + "\n", to: &errors)
      }
    }
    var dialogue = GuidedDialogue(
      ruleSet: ruleSet, area: area, age: age, index: SearchIndex([ruleSet]), registry: registry,
      layout: TextLayout(width: layout.width, usesColour: false))
    tool.write(
      dialogue.layout.wrap("\(area.name) · \(ruleSet.citation)", indent: 0)
        + GuidedDialogue.help(dialogue.layout), to: &errors)
    while true {
      guard let line = try ask("> ") else { break }
      let (text, isDone) = dialogue.handle(line)
      if isDone { break }
      tool.write(text, to: &errors)
    }
    let text = dialogue.caseText
    let assessment: Assessment
    do throws(AssessmentError) {
      assessment = try Assessor(registry: registry).assess(text)
    } catch {
      throw .usage(.invalidCase(CommandLineHints.message(for: error)))
    }
    var equivalent = "thresholds assess --authority \(area.id)"
    if let age { equivalent += age == .unborn ? " --unborn" : " --age \(age.description)" }
    if !dialogue.selected.isEmpty {
      equivalent += " --indicator " + dialogue.selected.joined(separator: ",")
    }
    tool.write("\nThe same with options: \(equivalent)\n\n", to: &errors)
    try emit(assessment.rendered(options), to: &output)
    return .success
  }
}
