import ThresholdCore

extension CommandContext {
  /// The options that describe a case, which `--input` replaces.
  static let caseOptions = [
    "--authority", "--age", "--unborn", "--indicator", "--function", "--sen-hours",
  ]

  /// Assesses the case given by options.
  func assessOne() throws(CommandFailure) -> String {
    let (area, _) = try area()
    var input = Case(authority: area.id, age: try age())
    for value in invocation.values["--indicator"] ?? [] {
      for id in value.split(separator: ",") {
        let trimmed = id.trimmingCharacters(in: " ")
        if !trimmed.isEmpty { input.indicators.append(trimmed) }
      }
    }
    for value in invocation.values["--function"] ?? [] {
      input.functionalNeeds.append(try functionScore(value))
    }
    if let text = invocation.value("--sen-hours") {
      guard let hours = Double(text), hours.isFinite, hours >= 0 else {
        let option = invocation.command.option(named: "--sen-hours") ?? Grammar.help
        throw .usage(
          .invalidValue(text, option: option, reason: "give a number of hours a week, 0 or more."))
      }
      input.senSupportHours = hours
    }
    let assessment: Assessment
    do throws(AssessmentError) {
      assessment = try Assessor().assess(input)
    } catch {
      throw .usage(.invalidCase(error.message))
    }
    if isJSON {
      var writer = JSONWriter(capacity: 1 << 14)
      AssessmentEncoder().write(assessment, into: &writer)
      return writer.text + "\n"
    }
    if invocation.flag("--summary") {
      return summaryLine(assessment)
    }
    return AssessmentTextRenderer(layout: layout).render(assessment)
  }

  func summaryLine(_ assessment: Assessment) -> String {
    let rules = assessment.rules.map(\.rule.id).joined(separator: ", ")
    return "\(assessment.level.title) (\(assessment.level.categoryKey)) — \(assessment.route.name)"
      + (rules.isEmpty ? "" : " [rules: \(rules)]") + "\n"
  }

  /// Parses `NAME=SCORE`.
  func functionScore(_ value: String) throws(CommandFailure) -> FunctionScore {
    let option = invocation.command.option(named: "--function") ?? Grammar.help
    let parts = value.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: " ")
    }
    guard parts.count == 2, !parts[0].isEmpty else {
      throw .usage(
        .invalidValue(value, option: option, reason: "give NAME=SCORE, such as hearing=3."))
    }
    if parts[1].uppercased() == "N" { return FunctionScore(function: parts[0], score: nil) }
    guard let score = Int(parts[1]) else {
      throw .usage(
        .invalidValue(
          value, option: option, reason: "the score must be a whole number from 0 to 4, or N."))
    }
    return FunctionScore(function: parts[0], score: score)
  }

  /// Assesses a stream of JSON cases from a file or standard input.
  mutating func assessStream(
    path: String, input: inout some ByteSource, output: inout some ByteSink,
    errors: inout some ByteSink, openFile: (String) throws(IOFailure) -> FileDescriptorSource
  ) throws(CommandFailure) -> ExitCode {
    for name in Self.caseOptions where invocation.values[name] != nil {
      throw .usage(.conflictingOptions("--input", name))
    }
    let format: AssessmentStream.Format =
      invocation.flag("--summary") ? .summary : isJSON ? .json : .text
    let totals: AssessmentStream.Totals
    do throws(IOFailure) {
      if path == "-" {
        totals = try assess(format: format, from: &input, to: &output)
      } else {
        var file = try openFile(path)
        defer { file.closeFile() }
        totals = try assess(format: format, from: &file, to: &output)
      }
    } catch {
      throw .io(error)
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
}

extension CommandContext {
  /// Assesses a stream: JSON output on two threads, text on one.
  func assess(
    format: AssessmentStream.Format, from source: inout some ByteSource,
    to sink: inout some ByteSink
  ) throws(IOFailure) -> AssessmentStream.Totals {
    if format == .text {
      var stream = AssessmentStream(
        format: format, textRenderer: AssessmentTextRenderer(layout: layout))
      return try stream.run(from: &source, to: &sink)
    }
    // One worker thread for the whole run, stopped however the run ends.
    let worker = WorkerThread()
    defer { worker.stop() }
    return try AssessmentStream.runInParallel(
      format: format, from: &source, to: &sink, runBoth: worker.runBoth)
  }
}

extension Substring {
  func trimmingCharacters(in set: Character) -> String {
    var text = self
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
