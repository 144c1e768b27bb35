import Testing

@testable import ThresholdCore

/// Writes what a stream gives for each case: the full JSON record, or the typed error.
struct CapturingWriter: RecordWriter {
  enum Record: Equatable {
    case assessed(String)
    case rejected(AssessmentError)
  }

  final class Box {
    var records: [Record] = []
  }

  let box: Box
  var json = JSONRecordWriter(options: OutputOptions(format: .json))

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    var line = ByteOutput(capacity: 4096)
    var plain = RecordID()
    plain.text = id.text
    plain.isNumber = id.isNumber
    json.write(result, id: plain, caseNumber: caseNumber, into: &line)
    box.records.append(.assessed(line.text))
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    box.records.append(.rejected(failure.error))
  }

  var needsIDText: Bool { true }
}

/// The stream's records for JSON Lines input, read in chunks.
func streamRecords(_ lines: [String], registry: RuleSetRegistry = builtIn, chunk: Int = .max)
  throws -> [CapturingWriter.Record]
{
  let box = CapturingWriter.Box()
  var stream = AssessmentStream(
    registry: registry, options: OutputOptions(format: .json), writer: CapturingWriter(box: box))
  var source = MemorySource(Array(lines.joined(separator: "\n").utf8), chunk: chunk)
  var sink = MemorySink()
  _ = try stream.run(from: &source, to: &sink)
  return box.records
}

/// The string path's record for one JSON case: read as text, then assessed.
func stringPathRecord(_ line: String, registry: RuleSetRegistry = builtIn) -> CapturingWriter.Record
{
  let text: CaseText
  do throws(CaseReadError) {
    text = try CaseText(json: Array(line.utf8))
  } catch {
    return .rejected(error.error)
  }
  do throws(AssessmentError) {
    return .assessed(jsonRecord(try Assessor(registry: registry).assess(text)))
  } catch {
    return .rejected(error)
  }
}

@Suite("One path for a case: the byte path and the string path agree")
struct PathsAgreeTests {
  @Test(
    "Identical records and identical typed errors over generated and mutated cases",
    arguments: [1, 2, 3] as [UInt64])
  func pathsAgree(seed: UInt64) throws {
    let lines = generatedCases(count: 3000, seed: seed)
    let fast = try streamRecords(lines, chunk: seed == 2 ? 97 : .max)
    #expect(fast.count == lines.count)
    var rejected = 0
    for (index, line) in lines.enumerated() where index < fast.count {
      let slow = stringPathRecord(line)
      if case .rejected = slow { rejected += 1 }
      if fast[index] != slow {
        Issue.record(
          "case \(index + 1) differs: \(line)\n fast: \(String(describing: fast[index]).prefix(300))\n slow: \(String(describing: slow).prefix(300))"
        )
      }
    }
    // The generator's mutations must really exercise the error path.
    #expect(rejected > lines.count / 20)
  }

  /// Cases whose identifiers are written with JSON escapes, and the same cases written plainly.
  static let escaped: [(escaped: String, plain: String)] = [
    (
      #"{"id":"a","authority":"camden","age":9,"indicators":["camden\u002dyoung-carers"]}"#,
      #"{"id":"a","authority":"camden","age":9,"indicators":["camden-young-carers"]}"#
    ),
    (
      #"{"authority":"camden","age":9,"indicators":["camden-5-13-inconsistent-family-relationships","\u0063amden-young-carers","camden-young-carers"]}"#,
      #"{"authority":"camden","age":9,"indicators":["camden-5-13-inconsistent-family-relationships","camden-young-carers","camden-young-carers"]}"#
    ),
    (
      #"{"authority":"c\u0061mden","age":9,"indicators":["CAMDEN\u002DYOUNG-CARERS","camden-14-18-neet"]}"#,
      #"{"authority":"camden","age":9,"indicators":["CAMDEN-YOUNG-CARERS","camden-14-18-neet"]}"#
    ),
    (
      #"{"authority":"kent","age":6,"indicators":["medway\u002dx","medway-suspected-inflicted-or-unexplained-injuries"]}"#,
      #"{"authority":"kent","age":6,"indicators":["medway-x","medway-suspected-inflicted-or-unexplained-injuries"]}"#
    ),
  ]

  @Test("An identifier written with escapes is the same identifier, in a stream and as text")
  func escapedIdentifiers() throws {
    let escaped = try streamRecords(Self.escaped.map(\.escaped), chunk: 7)
    let plain = try streamRecords(Self.escaped.map(\.plain))
    #expect(escaped.count == Self.escaped.count)
    #expect(escaped == plain)
    for (index, pair) in Self.escaped.enumerated() {
      #expect(stringPathRecord(pair.escaped) == stringPathRecord(pair.plain), "case \(index + 1)")
      #expect(stringPathRecord(pair.escaped) == plain[index], "case \(index + 1)")
    }
    // The last case names the unknown identifier as decoded.
    guard case .rejected(let error) = plain[3] else {
      Issue.record("expected an error for an unknown indicator")
      return
    }
    #expect(error.message.contains("'medway-x'"))
  }
}
