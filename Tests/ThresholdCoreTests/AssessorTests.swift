import Testing

@testable import ThresholdCore

/// The full JSON record of an assessment, as a stream writes it.
func jsonRecord(_ assessment: Assessment, reusingFragments: Bool = true) -> String {
  var writer = JSONRecordWriter(
    options: OutputOptions(format: .json), reusesFragments: reusingFragments)
  var output = ByteOutput(capacity: 4096)
  var id = RecordID()
  id.text = assessment.caseID?.text
  if case .number = assessment.caseID { id.isNumber = true }
  writer.write(assessment.result, id: id, caseNumber: 1, into: &output)
  return output.text
}

@Suite("Assessor behaviour beyond the examples")
struct AssessorTests {
  @Test("Responding agencies are listed once each, as first printed, whatever their case")
  func agenciesDeduplicated() throws {
    let assessment = try Assessor().assess(
      Case(
        authority: "hertfordshire", age: .years(3),
        indicators: [
          "hertfordshire-unexplained-injury", "hertfordshire-young-child-abandoned-or-home-alone",
          "hertfordshire-homeless-or-imminently-so",
        ]))
    #expect(assessment.respondingAgencies == ["Police", "Social Care", "Housing"])
  }

  @Test("The same case assesses to the same result every time")
  func deterministic() throws {
    let input = Case(
      authority: "camden", age: .years(10), indicators: ["camden-young-carers"],
      functionalNeeds: [FunctionScore(function: "vision", score: 2)], senSupportHours: 21)
    #expect(jsonRecord(try Assessor().assess(input)) == jsonRecord(try Assessor().assess(input)))
  }

  @Test(
    "An id given as text is written as JSON in summary and full records, a number as written",
    arguments: [
      (CaseID.string("A \"1\""), #""id":"A \"1\"""#),
      (CaseID.number("12"), #""id":12"#), (CaseID.number("-1.5e3"), #""id":-1.5e3"#),
      // Not numbers JSON can hold (only the library can make these): written as strings.
      (CaseID.number(""), #""id":"""#), (CaseID.number("12abc"), #""id":"12abc""#),
      (CaseID.number("0x10"), #""id":"0x10""#),
      (nil, nil),
    ] as [(CaseID?, String?)])
  func recordIDs(id: CaseID?, written: String?) throws {
    let assessment = try Assessor().assess(
      Case(id: id, authority: "camden", age: .years(9), indicators: ["camden-young-carers"]))
    // Both records start with the id, when there is one, then the area.
    for format in [OutputFormat.summary, .json] {
      let line = assessment.rendered(OutputOptions(format: format))
      #expect((try? JSONValue.parse(Array(line.utf8))) != nil, "\(format): \(line)")
      let start = "{" + (written.map { $0 + "," } ?? "") + #""authority":"camden","#
      #expect(line.hasPrefix(start), "\(format): \(line.prefix(80))")
      #expect(line.hasSuffix("}\n"))
    }
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let input: CaseText
    let error: AssessmentError
    var testDescription: String { "\(error)" }
  }

  @Test(
    "Bad cases are rejected with exact, typed errors, whatever their case",
    arguments: [
      ErrorCase(input: CaseText(authority: ""), error: .unknownAuthority("", suggestion: nil)),
      ErrorCase(
        input: CaseText(authority: "camdn"), error: .unknownAuthority("camdn", suggestion: "camden")
      ),
      ErrorCase(
        input: CaseText(authority: "llr"),
        error: .ruleSetIsNotAnArea("llr", areas: ["leicester", "leicestershire", "rutland"])),
      ErrorCase(input: CaseText(authority: "camden", age: "-1"), error: .ageOutOfRange(-1)),
      ErrorCase(input: CaseText(authority: "camden", age: "9.5"), error: .ageNotWholeYears("9.5")),
      ErrorCase(
        input: CaseText(authority: "camden", age: "0x10"),
        error: .invalidNumber(field: "age", text: "0x10", problem: .notANumber)),
      ErrorCase(
        input: CaseText(authority: "camden", age: "09"),
        error: .invalidNumber(field: "age", text: "09", problem: .notANumber)),
      ErrorCase(
        input: CaseText(authority: "camden", age: "1e999"),
        error: .invalidNumber(field: "age", text: "1e999", problem: .overflow)),
      ErrorCase(
        input: CaseText(authority: "camden", age: "9", isUnborn: true), error: .ageAndUnborn(9)),
      ErrorCase(
        input: CaseText(authority: "camden", indicators: ["camden-young-carer"]),
        error: .unknownIndicator("camden-young-carer", suggestion: "camden-young-carers")),
      ErrorCase(
        input: CaseText(authority: "kent", indicators: ["camden-young-carers"]),
        error: .indicatorFromOtherRuleSet(
          "camden-young-carers", ruleSet: "Multi-agency thresholds and assessment guidance 2017",
          area: "kent")),
      ErrorCase(
        input: CaseText(authority: "camden", age: "3", indicators: ["camden-14-18-neet"]),
        error: .ageDoesNotFit(
          indicator: "camden-14-18-neet", band: "14-18", printed: "14-18", age: .years(3))),
      ErrorCase(
        input: CaseText(
          authority: "medway", functions: [CaseText.Score(name: "hearing", score: "2")]),
        error: .noFunctionalNeedsMatrix(ruleSet: "medway")),
      ErrorCase(
        input: CaseText(
          authority: "camden",
          functions: [
            CaseText.Score(name: "hearing", score: "2"), CaseText.Score(name: "5", score: "1"),
          ]),
        error: .functionScoredTwice("hearing")),
      ErrorCase(
        input: CaseText(
          authority: "camden", functions: [CaseText.Score(name: "hearing", score: "2.5")]),
        error: .invalidScore(function: "hearing", text: "2.5")),
      ErrorCase(
        input: CaseText(authority: "camden", senSupportHours: "-1"),
        error: .invalidSupportHours("-1")),
      ErrorCase(
        input: CaseText(authority: "camden", senSupportHours: "169"),
        error: .invalidSupportHours("169")),
      ErrorCase(
        input: CaseText(authority: "camden", senSupportHours: "0x10"),
        error: .invalidNumber(
          field: "hours of learning support", text: "0x10", problem: .notANumber)),
      ErrorCase(
        input: CaseText(authority: "camden", senSupportHours: "1e-400"),
        error: .invalidNumber(
          field: "hours of learning support", text: "1e-400", problem: .underflow)),
    ])
  func rejects(_ item: ErrorCase) {
    #expect(throws: item.error) { try Assessor().assess(item.input) }
  }

  @Test("Area and indicator identifiers are matched ignoring ASCII case")
  func caseFolding() throws {
    let assessment = try Assessor().assess(
      CaseText(authority: "Camden", age: "9", indicators: ["CAMDEN-YOUNG-CARERS"]))
    #expect(assessment.area.id == "camden")
    #expect(assessment.matched.map(\.id) == ["camden-young-carers"])
  }

  @Test("A case with a million unknown keys keeps eight names and a count")
  func unknownKeysAreCounted() throws {
    let input = CaseText(
      authority: "camden", age: "9",
      ignored: (0..<100_000).map {
        "key\($0)" + String(repeating: "x", count: $0 % 3 == 0 ? 100 : 0)
      })
    let warnings = try Assessor().assess(input).warnings
    #expect(warnings.count { if case .ignoredField = $0 { true } else { false } } == 8)
    #expect(warnings.contains(.moreIgnoredFields(99_992, isColumn: false)))
    #expect(
      warnings.contains {
        if case .ignoredField(let name, _) = $0 { name.count <= 65 } else { false }
      })
  }

  @Test(
    "A JSON case keeps at most eight unknown keys and counts the rest, by every path",
    arguments: [0, 1, 8, 9, 50_000])
  func unknownJSONKeysAreCountedNotStored(keys: Int) throws {
    let members = (0..<keys).map { #""k\#($0 % 3)": \#($0)"# }
    let line =
      #"{"id": "x", "authority": "camden", "age": 9, "#
      + (members + [#""indicators": ["camden-young-carers"]"#]).joined(separator: ", ") + "}"
    let bytes = Array(line.utf8)
    // The decoder holds eight tokens at most, whatever the number of keys.
    var decoder = CaseDecoder()
    let held = try bytes.withUnsafeBufferPointer { buffer throws(CaseError) in
      var scanner = JSONScanner(buffer)
      try decoder.decode(&scanner)
      let tokens = decoder.raw.ignoredKeys.kept.count
      return try decoder.withFields(scanner) { fields throws(CaseError) in
        (tokens, fields.ignored.kept.count, fields.ignored.more)
      }
    }
    #expect(held.0 == min(keys, 8))
    #expect(held.1 == min(keys, 8))
    #expect(held.2 == max(keys - 8, 0))
    // The stream, the string path and a `Case` read from JSON all say the same.
    let expected = (0..<min(keys, 8)).map { "The key 'k\($0 % 3)' is not part of a case" }
    let text = try CaseText(json: bytes)
    let fromCase = try Assessor().assess(Case(json: bytes))
    for warnings in [try Assessor().assess(text).warnings, fromCase.warnings] {
      let named = warnings.compactMap { warning -> String? in
        if case .ignoredField = warning { warning.message } else { nil }
      }
      #expect(named.count == expected.count)
      for (message, prefix) in zip(named, expected) { #expect(message.hasPrefix(prefix)) }
      #expect(
        warnings.contains(.moreIgnoredFields(keys - 8, isColumn: false)) == (keys > 8))
    }
    let records = try streamRecords([line])
    #expect(records == [stringPathRecord(line)])
    if keys > 8, case .assessed(let record) = records.first {
      #expect(record.contains("\(keys - 8) more keys not part of a case were ignored."))
    }
  }

  @Test("Reused encoded parts give exactly the bytes of encoding every part afresh")
  func fragmentsMatchDirectEncoding() throws {
    for ruleSet in builtIn.ruleSets {
      for example in ruleSet.examples {
        guard let assessment = try? Assessor().assess(example.input) else { continue }
        #expect(
          jsonRecord(assessment) == jsonRecord(assessment, reusingFragments: false),
          "\(ruleSet.id): \(example.name)")
      }
    }
  }

  @Test(
    "Cards whose parts a stream keeps give exactly the text of laying each card out afresh",
    arguments: [40, 80, 123])
  func keptCardPartsMatchRendering(width: Int) throws {
    let options = OutputOptions(format: .text, layout: TextLayout(width: width, usesColour: true))
    var writer = ActionCardWriter(options: options)
    var assessments: [(String, Assessment)] = []
    for ruleSet in builtIn.ruleSets {
      for example in ruleSet.examples {
        guard let assessment = try? Assessor().assess(example.input) else { continue }
        assessments.append(("\(ruleSet.id): \(example.name)", assessment))
      }
    }
    #expect(assessments.count > 20)
    // Twice over, so that the second pass reads only kept parts.
    for (name, assessment) in assessments + assessments {
      var output = ByteOutput(capacity: 4096)
      writer.write(assessment.result, id: RecordID(), caseNumber: 1, into: &output)
      #expect(output.text == ActionCard.render(assessment, options: options), "\(name)")
    }
  }

  @Test("A case read from JSON equals the same case built in code")
  func caseFromJSON() throws {
    let json =
      #"{"id": 7, "authority": "camden", "age": 9, "indicators": ["camden-young-carers"], "functionalNeeds": {"hearing": "N", "vision": 2}, "senSupportHours": 12.5, "extra": true}"#
    let input = try Case(json: Array(json.utf8))
    #expect(
      input
        == Case(
          id: .number("7"), authority: "camden", age: .years(9),
          indicators: ["camden-young-carers"],
          functionalNeeds: [
            FunctionScore(function: "hearing", score: nil),
            FunctionScore(function: "vision", score: 2),
          ], senSupportHours: 12.5, ignoredKeys: ["extra"]))
    #expect(throws: CaseReadError.self) { try Case(json: Array(#"{"authority": "camden",}"#.utf8)) }
  }
}
