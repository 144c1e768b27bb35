import Testing

@testable import ThresholdCore

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
    var first = JSONWriter()
    var second = JSONWriter()
    AssessmentEncoder().write(try Assessor().assess(input), into: &first)
    AssessmentEncoder().write(try Assessor().assess(input), into: &second)
    #expect(first.bytes == second.bytes)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let input: Case
    let error: AssessmentError
    var testDescription: String { "\(error)" }
  }

  @Test(
    "Bad cases are rejected with exact, typed errors",
    arguments: [
      ErrorCase(
        input: Case(authority: "camdn"), error: .unknownAuthority("camdn", suggestion: "camden")),
      ErrorCase(
        input: Case(authority: "llr"),
        error: .ruleSetIsNotAnArea("llr", areas: ["leicester", "leicestershire", "rutland"])),
      ErrorCase(input: Case(authority: "camden", age: .years(-1)), error: .ageOutOfRange(-1)),
      ErrorCase(
        input: Case(authority: "camden", indicators: ["camden-young-carer"]),
        error: .unknownIndicator("camden-young-carer", suggestion: "camden-young-carers")),
      ErrorCase(
        input: Case(authority: "kent", indicators: ["camden-young-carers"]),
        error: .indicatorFromOtherRuleSet(
          "camden-young-carers", ruleSet: "Multi-agency thresholds and assessment guidance 2017",
          area: "kent")),
      ErrorCase(
        input: Case(authority: "camden", age: .years(3), indicators: ["camden-14-18-neet"]),
        error: .ageDoesNotFit(
          indicator: "camden-14-18-neet", band: "14-18", printed: "14-18", age: .years(3))),
      ErrorCase(
        input: Case(
          authority: "medway", functionalNeeds: [FunctionScore(function: "hearing", score: 2)]),
        error: .noFunctionalNeedsMatrix(ruleSet: "medway")),
      ErrorCase(
        input: Case(
          authority: "camden",
          functionalNeeds: [
            FunctionScore(function: "hearing", score: 2), FunctionScore(function: "5", score: 1),
          ]),
        error: .functionScoredTwice("hearing")),
      ErrorCase(
        input: Case(authority: "camden", senSupportHours: -1), error: .invalidSupportHours("-1")),
    ])
  func rejects(_ item: ErrorCase) {
    #expect(throws: item.error) { try Assessor().assess(item.input) }
  }

  @Test("Reused encoded parts give exactly the bytes of encoding every part afresh")
  func fragmentsMatchDirectEncoding() throws {
    let cached = AssessmentEncoder()
    let direct = AssessmentEncoder(reusingFragments: false)
    for ruleSet in RuleSets.all {
      // Twice over, so the second round is written entirely from the cache.
      for _ in 0..<2 {
        for example in ruleSet.examples {
          guard let assessment = try? Assessor().assess(example.input) else { continue }
          var fromCache = JSONWriter()
          var afresh = JSONWriter()
          cached.write(assessment, into: &fromCache)
          direct.write(assessment, into: &afresh)
          #expect(fromCache.bytes == afresh.bytes, "\(ruleSet.id): \(example.name)")
        }
      }
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
          id: "7", authority: "camden", age: .years(9), indicators: ["camden-young-carers"],
          functionalNeeds: [
            FunctionScore(function: "hearing", score: nil),
            FunctionScore(function: "vision", score: 2),
          ], senSupportHours: 12.5, ignoredKeys: ["extra"]))
    #expect(throws: CaseReadError.self) { try Case(json: Array(#"{"authority": "camden",}"#.utf8)) }
  }
}
