import ThresholdCore

extension CommandContext {
  /// The options that describe one case, which `--input` replaces.
  static let caseOptions: [OptionSpec] = [
    Grammar.assess.option(named: "--authority") ?? Grammar.authority, Grammar.age,
    Grammar.unborn, Grammar.indicator, Grammar.function, Grammar.senHours,
  ]

  /// `thresholds assess`: one case from options, step by step, or a stream with `--input`.
  mutating func assess(
    input: inout some ByteSource, output: inout some ByteSink, errors: inout some ByteSink
  ) throws(CommandFailure) -> ExitCode {
    let isStream = invocation.value(Grammar.input) != nil
    let options = try outputOptions(isStream: isStream)
    if let path = invocation.value(Grammar.input) {
      for option in Self.caseOptions where invocation.values[option.name] != nil {
        throw .usage(.conflictingOptions("--input", option.name))
      }
      if invocation.flag(Grammar.guided) {
        throw .usage(.conflictingOptions("--input", "--guided"))
      }
      return try assessStream(
        path: path, options: options, input: &input, output: &output, errors: &errors)
    }
    let wantsGuided =
      invocation.flag(Grammar.guided)
      || (tool.environment.inputIsTerminal && tool.environment.outputIsTerminal
        && !Self.caseOptions.dropFirst(3).contains { invocation.values[$0.name] != nil }
        && offersGuided(input: &input, errors: &errors))
    if wantsGuided {
      return try guided(options: options, input: &input, output: &output, errors: &errors)
    }
    let text = try caseText()
    let assessor = Assessor(registry: try registry())
    let assessment: Assessment
    do throws(AssessmentError) {
      assessment = try assessor.assess(text)
    } catch {
      throw .usage(.invalidCase(CommandLineHints.message(for: error)))
    }
    try emit(assessment.rendered(options), to: &output)
    return .success
  }

  /// How results are written, from `--format`, `--summary`, `--full`, `--date` and
  /// `--routes-by-reference`.
  func outputOptions(isStream: Bool) throws(CommandFailure) -> OutputOptions {
    var format = invocation.choice(Grammar.outputFormat) ?? .text
    if invocation.flag(Grammar.summary) {
      if let given = invocation.value(Grammar.outputFormat.spec),
        given != OutputFormat.summary.rawValue
      {
        throw .usage(.conflictingOptions("--summary", "--format \(given)"))
      }
      format = .summary
    }
    let byReference = invocation.flag(Grammar.routesByReference)
    if byReference && format != .json {
      throw .usage(.conflictingOptions("--routes-by-reference", "--format \(format.rawValue)"))
    }
    return OutputOptions(
      format: format, isFull: invocation.flag(Grammar.full), layout: layout,
      showsCaseNumbers: isStream, date: invocation.value(Grammar.date),
      routesByReference: byReference, hint: CommandLineHints.hint(for:),
      cardFooter: "All of it: add --full.")
  }

  /// The case the options describe, as text for the engine's validator. Indicators may be
  /// given by an unambiguous start of their identifier; words that are not an identifier are
  /// a usage error listing the best matches (the tool never chooses for you).
  mutating func caseText() throws(CommandFailure) -> CaseText {
    let (area, ruleSet) = try area()
    var text = CaseText(authority: area.id)
    text.age = invocation.value(Grammar.age)
    text.isUnborn = invocation.flag(Grammar.unborn)
    let age = try? filterAge()
    for value in invocation.values(Grammar.indicator) {
      for token in value.split(separator: ",") {
        let trimmed = token.trimmingCharacters(" ")
        if !trimmed.isEmpty {
          text.indicators.append(try resolveIndicator(trimmed, in: ruleSet, age: age ?? nil))
        }
      }
    }
    for value in invocation.values(Grammar.function) {
      do throws(AssessmentError) {
        text.functions.append(try CaseText.Score(parsing: value))
      } catch {
        throw .usage(
          .invalidValue(
            value, option: Grammar.function, reason: "give NAME=SCORE, such as hearing=3."))
      }
    }
    text.senSupportHours = invocation.value(Grammar.senHours)
    return text
  }

  /// An identifier as given, the one identifier it is the start of, or a usage error with the
  /// indicators the words match best.
  func resolveIndicator(_ token: String, in ruleSet: RuleSet, age: ChildAge?) throws(CommandFailure)
    -> String
  {
    let key = token.lowercased()
    let ids = ruleSet.indicators.map(\.id)
    if ids.contains(key) { return key }
    let looksLikeIdentifier = !key.contains(" ") && key.contains("-")
    if looksLikeIdentifier {
      let prefixed = ids.filter { $0.hasPrefix(key) }
      if prefixed.count == 1 { return prefixed[0] }
      if prefixed.count > 1 {
        throw .usage(
          .notAnIndicator(
            token,
            matches: prefixed.prefix(8).map { id in
              choice(ruleSet.indicators.first { $0.id == id }, ruleSet)
            }))
      }
      // An identifier that does not exist: the validator names it, with a suggestion.
      return token
    }
    let results = IndicatorSearch.search(
      token, in: [ruleSet], filter: SearchFilter(age: age), limit: 5)
    throw .usage(.notAnIndicator(token, matches: results.map { choice($0.indicator, ruleSet) }))
  }

  private func choice(_ indicator: Indicator?, _ ruleSet: RuleSet) -> IndicatorChoice {
    guard let indicator else { return IndicatorChoice(id: "", text: "") }
    let level = ruleSet.level(rank: indicator.level)?.label ?? ""
    return IndicatorChoice(
      id: indicator.id,
      text: layout.fitted("(\(level)) \(indicator.text)", after: indicator.id.count + 4))
  }

  /// Assesses a stream of cases from a file or standard input.
  mutating func assessStream(
    path: String, options: OutputOptions, input: inout some ByteSource,
    output: inout some ByteSink, errors: inout some ByteSink
  ) throws(CommandFailure) -> ExitCode {
    let inputFormat =
      invocation.choice(Grammar.inputFormat)
      ?? (path.lowercased().hasSuffix(".csv") ? .csv : .json)
    var stream = AssessmentStream(
      registry: try registry(), options: options, inputFormat: inputFormat, memory: mallocMemory)
    let totals: AssessmentStream.Totals
    do throws(IOFailure) {
      if path == "-" {
        try refuseSameFile(
          FileDescriptorSource.standardInput.fileIdentity, name: "standard input", output: output)
        totals = try assess(&stream, from: &input, to: &output)
      } else {
        var file = try files.open(path)
        defer { file.closeFile() }
        try refuseSameFile(file.fileIdentity, name: "'\(path)'", output: output)
        totals = try assess(&stream, from: &file, to: &output)
      }
    } catch {
      if stream.totals.rejected > 0 { exitCode = .dataError }
      throw .io(error)
    }
    if stream.looksLikeCSV {
      throw .data(
        "Error: The input looks like CSV (its first line is a header naming 'authority'); read "
          + "it with --input-format csv.")
    }
    if totals.cases == 0 {
      tool.write("thresholds: the input holds no cases.\n", to: &errors)
    }
    if totals.rejected > 0 {
      exitCode = .dataError
      let noun = totals.cases == 1 ? "case" : "cases"
      tool.write(
        "Error: \(totals.rejected) of \(totals.cases) \(noun) could not be assessed; each has an "
          + "error record in its place.\n", to: &errors)
    }
    return exitCode
  }

  /// Refuses to read the file the output is written to (as `cat` does), which would otherwise
  /// read its own answers without end.
  func refuseSameFile(_ inputIdentity: FileIdentity?, name: String, output: some ByteSink)
    throws(IOFailure)
  {
    guard let inputIdentity, let sink = output as? FileDescriptorSink,
      sink.fileIdentity == inputIdentity
    else { return }
    throw IOFailure(
      message: "The input \(name) is the output file; write the results somewhere else.")
  }

  /// Assesses a stream: formats without case numbers on two threads where two processors are
  /// available, the rest (and everything on one processor) on one.
  func assess(
    _ stream: inout AssessmentStream, from source: inout some ByteSource,
    to sink: inout some ByteSink
  ) throws(IOFailure) -> AssessmentStream.Totals {
    if WorkerThread.availableProcessors < 2 { return try stream.run(from: &source, to: &sink) }
    // One worker thread for the whole run, stopped however the run ends.
    let worker = WorkerThread()
    defer { worker.stop() }
    return try AssessmentStream.runInParallel(
      &stream, from: &source, to: &sink, runBoth: worker.runBoth)
  }
}
