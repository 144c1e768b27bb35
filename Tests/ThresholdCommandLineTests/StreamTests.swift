import Foundation
import Testing

@testable import ThresholdCommandLine
@testable import ThresholdCore

/// Runs a stream in memory and returns the output lines and totals.
func runStream(
  _ input: [UInt8], format: OutputFormat = .json, chunk: Int = .max, readSize: Int = 1 << 20,
  mayBlock: Bool = false, caseLimit: Int = AssessmentStream.maximumCaseBytes,
  inputFormat: AssessmentStream.InputFormat = .json
) throws -> (lines: [String], totals: AssessmentStream.Totals) {
  var source = MemorySource(input, chunk: chunk, mayBlock: mayBlock)
  var sink = MemorySink()
  var stream = AssessmentStream(
    options: OutputOptions(format: format, showsCaseNumbers: true), inputFormat: inputFormat,
    readSize: readSize, caseLimit: caseLimit)
  let totals = try stream.run(from: &source, to: &sink)
  // Split on bytes: "\r\n" is one Character, so a String split at "\n" would not cut it.
  let lines = sink.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
  return (lines.map { String(decoding: $0, as: UTF8.self) }, totals)
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

let goodCase =
  #"{"id": "ok", "authority": "camden", "age": 9, "indicators": ["camden-young-carers"]}"#

struct StreamCase: CustomTestStringConvertible, Sendable {
  let name: String
  let input: [UInt8]
  /// What each output line must contain, in order (one entry per expected line).
  let lines: [String]
  var testDescription: String { name }
}

@Suite("Streams of cases: every case gets exactly one answer, in order")
struct StreamTests {
  static let cases: [StreamCase] = [
    StreamCase(name: "empty input", input: [], lines: []),
    StreamCase(name: "whitespace only", input: bytes(" \n\t\r\n  \n"), lines: []),
    StreamCase(
      name: "a UTF-8 byte-order mark", input: [0xEF, 0xBB, 0xBF] + bytes(goodCase),
      lines: [#""id":"ok""#]),
    StreamCase(
      name: "invalid UTF-8 in a string",
      input: bytes(#"{"id": "a"#) + [0xC3, 0x28] + bytes(#"", "authority": "camden"}"#)
        + bytes("\n" + goodCase),
      lines: [#""message":"The input is not valid UTF-8."#, #""id":"ok""#]),
    StreamCase(
      name: "NUL bytes",
      input: [0] + bytes("\n" + goodCase + "\n") + bytes(#"{"id": "x"#) + [0] + bytes(#""}"#),
      lines: ["NUL byte", #""id":"ok""#, "control character"]),
    StreamCase(
      name: "nesting 100,000 deep is capped",
      input: bytes(
        #"{"authority": "camden", "x": "# + String(repeating: "[", count: 100_000) + "\n" + goodCase
      ),
      lines: ["nested more than 512 deep", #""id":"ok""#]),
    StreamCase(
      name: "an age of 1e999", input: bytes(#"{"authority": "camden", "age": 1e999}"#),
      lines: ["Number out of range"]),
    StreamCase(
      name: "an age of -0 is 0", input: bytes(#"{"authority": "camden", "age": -0}"#),
      lines: [#""age":0,"#]),
    StreamCase(
      name: "an age of 9.5", input: bytes(#"{"authority": "camden", "age": 9.5}"#),
      lines: ["The age '9.5' is not a whole number of years"]),
    StreamCase(
      name: "negative and impossible ages",
      input: bytes(
        #"{"authority": "camden", "age": -1}"# + "\n" + #"{"authority": "camden", "age": 130}"#),
      lines: ["The age -1 is not possible here", "The age 130 is not possible here"]),
    StreamCase(
      name: "duplicate keys", input: bytes(#"{"authority": "camden", "age": 3, "age": 4}"#),
      lines: [#"The key \"age\" appears more than once"#]),
    StreamCase(
      name: "unknown keys are ignored and said so",
      input: bytes(
        #"{"authority": "camden", "age": 3, "indicator": ["camden-young-carers"], "x": {"y": [1]}}"#
      ),
      lines: [#"The key 'indicator' is not part of a case and was ignored."#]),
    StreamCase(
      name: "wrong types",
      input: bytes(
        #"{"authority": 5}"# + "\n"
          + #"{"authority": "camden", "indicators": "camden-young-carers"}"# + "\n"
          + #"{"authority": "camden", "indicators": [1]}"# + "\n"
          + #"{"authority": "camden", "unborn": "yes"}"# + "\n"
          + #"[1, 2]"# + "\n" + #""camden""#),
      lines: [
        #"\"authority\" must be a string"#,
        #"\"indicators\" must be an array of indicator identifiers"#,
        #"\"indicators\" must be an array of strings"#, #"\"unborn\" must be true or false"#,
        "A case must be a JSON object", "A case must be a JSON object",
        "A case must be a JSON object",
      ]),
    StreamCase(
      name: "a JSON array of cases, and commas between cases",
      input: bytes("[" + goodCase + ",\n" + goodCase + "]\n" + #"{"authority":"camden"},"#),
      lines: [#""id":"ok""#, #""id":"ok""#, #""authority":"camden""#]),
    StreamCase(
      name: "after a truncated line, cases indented with spaces or tabs are still read",
      input: bytes(
        #"{"id":"A","authority":"camden","# + "\n " + goodCase + "\n" + #"{"id":"B","# + "\n\t"
          + goodCase + "\n   \t " + goodCase),
      lines: [#""case":1"#, #""id":"ok""#, #""case":3"#, #""id":"ok""#, #""id":"ok""#]),
    StreamCase(
      name: "numbers as JSON defines them",
      input: bytes(
        #"{"authority": "camden", "senSupportHours": 1e-400}"# + "\n"
          + #"{"authority": "camden", "senSupportHours": 200}"#),
      lines: ["too small to represent", "from 0 to 168"]),
    StreamCase(
      name: "the same indicator twice counts once",
      input: bytes(
        #"{"authority": "camden", "age": 9, "indicators": ["camden-young-carers", "camden-young-carers"]}"#
      ),
      lines: [#""level":{"rank":1"#]),
    StreamCase(
      name: "an indicator from another area's rule set",
      input: bytes(#"{"authority": "rutland", "age": 9, "indicators": ["camden-young-carers"]}"#),
      lines: ["belongs to the Multi-agency thresholds and assessment guidance 2017 document"]),
    StreamCase(
      name: "a truncated final line",
      input: bytes(goodCase + "\n" + #"{"authority": "camden", "indicators": ["camden-yo"#),
      lines: [#""id":"ok""#, #""case":2,"line":2,"#]),
    StreamCase(
      name: "an unclosed case does not swallow the next",
      input: bytes(
        #"{"id": "a", "authority": "camden""# + "\n" + goodCase + "\n" + "garbage\n" + goodCase),
      lines: [
        #""error":{"case":1,"line":2,"column":1"#, #""id":"ok""#, #""error":{"case":3,"line":3"#,
        #""id":"ok""#,
      ]),
    StreamCase(
      name: "concatenated values without newlines",
      input: bytes(goodCase + goodCase + " " + goodCase),
      lines: [#""id":"ok""#, #""id":"ok""#, #""id":"ok""#]),
    StreamCase(
      name: "a pretty-printed case with an error is one error record",
      input: bytes("{\n  \"authority\": \"camden\",\n  \"age\": tru\n}\n" + goodCase),
      lines: ["Unexpected character 't'", #""id":"ok""#]),
    StreamCase(
      name: "numbers at the end of a read",
      input: bytes(#"{"authority": "camden", "age": 12}"# + "\n" + "12345"),
      lines: [#""age":12,"#, "A case must be a JSON object"]),
  ]

  @Test("Each input gives exactly the expected records", arguments: cases)
  func records(_ item: StreamCase) throws {
    for (chunk, readSize) in [(Int.max, 1 << 20), (1, 16), (7, 64), (4096, 4096)] {
      let (lines, totals) = try runStream(item.input, chunk: chunk, readSize: readSize)
      #expect(lines.count == item.lines.count, "chunk \(chunk): \(lines)")
      #expect(totals.cases == item.lines.count)
      for (line, fragment) in zip(lines, item.lines) {
        #expect(line.contains(fragment), "chunk \(chunk): \(line) lacks \(fragment)")
        #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
      }
    }
  }

  /// Inputs the fuzzer found (Tests/Fuzz), kept as regression cases.
  static let fuzzFindings: [[UInt8]] = [
    // A \u escape with a high surrogate whose pair was cut by a read boundary gave "unexpected
    // end of input" instead of reading on.
    [0xEF, 0xBB] + bytes("nt]}") + [0xA2]
      + bytes(#"{"authority": "camden", "xS":t-family-relationships"]}"#)
      + bytes("\n" + #"{"id": 1, "arihutoty": "ru00e9\ud83d\uconsistent-family-relationships"]}"#)
      + bytes("\n" + #"{"id": 1, "arihutoty": "rutlandde00\n"}]}"# + "\n"),
    bytes(#"{"authority": "camden", "x": "\ud83d\ude00", "y": "\ud83d"}"#),
  ]

  @Test(
    "Output does not depend on how the input is read",
    arguments: fuzzFindings + [
      bytes(goodCase + "\n" + #"{"authority": "camden", "x": "\u00e9\ud83d\ude00\n", "age": 1e1}"#)
    ])
  func independentOfReads(_ input: [UInt8]) throws {
    let (expected, totals) = try runStream(input)
    #expect(expected.count == totals.cases)
    for (chunk, readSize) in [(1, 16), (2, 16), (3, 32), (5, 64), (9, 16), (13, 128)] {
      let (lines, other) = try runStream(input, chunk: chunk, readSize: readSize)
      #expect(lines == expected, "chunk \(chunk), read size \(readSize)")
      #expect(other == totals)
    }
  }

  @Test("A thousand indicators in one case")
  func thousandIndicators() throws {
    let ids = RuleSet.camden.indicators.filter { $0.age == nil }.map(\.id)
    let list = (0..<1000).map { "\"\(ids[$0 % ids.count])\"" }.joined(separator: ",")
    let (lines, totals) = try runStream(
      bytes(#"{"authority": "camden", "age": 9, "indicators": [\#(list)]}"#))
    #expect(lines.count == 1 && totals.rejected == 0)
    #expect(lines[0].contains(#""level":{"rank":4"#))
  }

  @Test("A 100 MB single line is refused without holding it, and the next case is answered")
  func hundredMegabyteLine() throws {
    var input = bytes(#"{"authority": "camden", "id": ""#)
    input += [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
    input += bytes("\"}\n" + goodCase)
    let (lines, totals) = try runStream(input, format: .summary, chunk: 1 << 16)
    #expect(lines.count == 2)
    #expect(lines[0].contains("larger than 16 MiB"))
    #expect(lines[1].contains(#""id":"ok""#))
    #expect(totals == AssessmentStream.Totals(cases: 2, rejected: 1))
  }

  @Test("Output lines equal input cases over a mixed stream, in order")
  func linesEqualCases() throws {
    let bad = [
      #"{"authority": "camden", "age": 9, "indicators": ["camden-young-carers"]"#, "not json",
      #"{"authority": "camden", "age": 25}"#, #"{"authority": "nowhere"}"#, "[]", "{}",
      #"{"authority": "camden", "age": 3, "indicators": ["camden-14-18-neet"]}"#,
    ]
    var lines: [String] = []
    for index in 0..<2000 {
      if index % 7 == 3 {
        lines.append(bad[index % bad.count])
      } else {
        lines.append(#"{"id": \#(index), "authority": "medway", "age": \#(index % 19)}"#)
      }
    }
    let input = bytes(lines.joined(separator: "\n"))
    for format in [OutputFormat.json, .summary] {
      let (output, totals) = try runStream(input, format: format, chunk: 333, readSize: 512)
      #expect(output.count == lines.count)
      #expect(totals.cases == lines.count)
      for (index, line) in output.enumerated() where index % 7 != 3 {
        #expect(line.hasPrefix(#"{"id":\#(index),"#), "line \(index): \(line)")
      }
      for (index, line) in output.enumerated() where index % 7 == 3 {
        #expect(
          line.hasPrefix(#"{"error":{"case":\#(index + 1),"line":\#(index + 1),"#),
          "line \(index): \(line)")
      }
    }
  }

  @Test("The stream's full output equals the library's assessment of each example case")
  func streamMatchesLibrary() throws {
    for ruleSet in RuleSetRegistry.builtIn.ruleSets {
      for example in ruleSet.examples {
        guard case .level = example.expectation else { continue }
        var writer = JSONWriter()
        RuleSetWriter.writeCase(example.input, into: &writer)
        let (lines, _) = try runStream(writer.bytes)
        let expected = try Assessor().assess(example.input).rendered(OutputOptions(format: .json))
        #expect(lines == [String(expected.dropLast())], "\(example.name)")
      }
    }
  }

  @Test("Unknown keys are warned about in every format, summary and csv included")
  func warningsEverywhere() throws {
    let input = bytes(#"{"authority": "camden", "age": 9, "indicator": ["camden-young-carers"]}"#)
    for format in OutputFormat.allCases {
      let (lines, _) = try runStream(input, format: format)
      #expect(lines.joined(separator: "\n").contains("indicator"), "\(format)")
      #expect(lines.joined(separator: "\n").contains("not part of a case"), "\(format)")
    }
  }

  @Test("Case data cannot redraw a terminal: text shows control characters escaped")
  func noSpoofing() throws {
    let input = bytes(
      #"{"id": "\u001b[2J\u001b[HLevel 1: Universal", "authority": "camden", "age": 9, "indicators": ["camden-physical-abuse-high-frequency-of-injuries"], "\u001b[31mx": 1}"#
    )
    for format in [OutputFormat.text, .markdown, .html, .csv] {
      let (lines, _) = try runStream(input, format: format)
      let text = lines.joined(separator: "\n")
      #expect(!text.unicodeScalars.contains("\u{1B}"), "\(format)")
      #expect(text.contains("u001B"), "\(format)")
    }
  }

  @Test("An answer is written as soon as its case is complete when the input may wait")
  func answersAsCasesArrive() throws {
    // A source that checks, before each read after the first, that every case it has sent has
    // its answer: as a co-process that writes one case and waits for its answer.
    final class Shared {
      var sent = 0
      var answered: () -> Int = { 0 }
      var late: [Int] = []
    }
    struct CoProcess: ByteSource {
      let cases: [[UInt8]]
      let shared: Shared
      var mayBlock: Bool { true }
      func hasDataReady() -> Bool { false }
      mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int {
        if shared.sent > 0, shared.answered() < shared.sent { shared.late.append(shared.sent) }
        guard shared.sent < cases.count else { return 0 }
        let next = cases[shared.sent]
        for (index, byte) in next.enumerated() { buffer[index] = byte }
        shared.sent += 1
        return next.count
      }
    }
    final class Output {
      var bytes: [UInt8] = []
    }
    struct CountingSink: ByteSink {
      let output: Output
      mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure) {
        output.bytes.append(contentsOf: bytes)
      }
    }
    let shared = Shared()
    let output = Output()
    shared.answered = { output.bytes.count { $0 == UInt8(ascii: "\n") } }
    let cases = (0..<20).map { bytes(#"{"id": \#($0), "authority": "medway", "age": 9}"# + "\n") }
    for format in [OutputFormat.summary, .json] {
      shared.sent = 0
      shared.late = []
      output.bytes = []
      var source = CoProcess(cases: cases, shared: shared)
      var sink = CountingSink(output: output)
      var stream = AssessmentStream(options: OutputOptions(format: format))
      let worker = WorkerThread()
      _ = try AssessmentStream.runInParallel(
        &stream, from: &source, to: &sink, runBoth: worker.runBoth)
      worker.stop()
      #expect(shared.late.isEmpty, "\(format): cases \(shared.late) waited for their answers")
      #expect(shared.answered() == cases.count)
    }
  }

  @Test(
    "The size limit depends only on the bytes: from a file, a pipe in one write, or small writes")
  func limitIndependentOfReads() throws {
    let limit = 4096
    var cases: [String] = []
    for size in [limit - 200, limit - 60, limit - 1, limit, limit + 1, limit + 50, 3 * limit] {
      let padding = max(size - 60, 0)
      cases.append(
        #"{"id": \#(size), "authority": "camden", "x": "\#(String(repeating: "y", count: padding))"}"#
      )
    }
    cases.append(
      #"{"id": "broken", "authority": "camden", "x": "\#(String(repeating: "z", count: 2 * limit))"#
    )
    cases.append(goodCase)
    let input = bytes(cases.joined(separator: "\n"))
    let (expected, totals) = try runStream(input, format: .summary, caseLimit: limit)
    #expect(expected.count == cases.count)
    #expect(expected.contains { $0.contains("larger than") })
    for (chunk, readSize, mayBlock) in [
      (input.count, 1 << 20, true), (1, 16, true), (7, 64, true), (1000, 512, false),
      (3, 4096, false),
    ] {
      let (lines, other) = try runStream(
        input, format: .summary, chunk: chunk, readSize: readSize, mayBlock: mayBlock,
        caseLimit: limit)
      #expect(lines == expected, "chunk \(chunk), read size \(readSize)")
      #expect(other == totals)
    }
  }

  @Test("The size limit in CSV depends only on the bytes, for rows and quotes that reach it")
  func csvLimitIndependentOfReads() throws {
    let limit = 256
    var rows = ["id,authority,age,notes"]
    for size in [limit - 40, limit - 12, limit - 11, limit - 10, limit, limit + 1, limit + 40] {
      let padding = String(repeating: "x", count: max(size - 20, 0))
      rows.append("R\(size),camden,9,\(padding)")
      rows.append("Q\(size),camden,9,\"\(padding)\"")
      rows.append("Q\(size)-crlf,camden,9,\"\(padding)\"\r")
    }
    // A quoted field left open runs on past the limit, over the rows that follow.
    rows.append("open,camden,9,\"" + String(repeating: "y", count: limit / 2))
    rows.append(contentsOf: (0..<8).map { "A\($0),camden,9," })
    rows.append("after,camden,9,")
    for input in [bytes(rows.joined(separator: "\n")), bytes(rows.joined(separator: "\n") + "\n")] {
      let (expected, totals) = try runStream(
        input, format: .summary, caseLimit: limit, inputFormat: .csv)
      #expect(expected.contains { $0.contains("larger than") })
      for (chunk, readSize, mayBlock) in [
        (input.count, 1 << 20, true), (1, 16, true), (3, 32, true), (7, 64, false),
        (limit + 1, 4096, false), (limit, 512, true), (1000, 512, false),
      ] {
        let (lines, other) = try runStream(
          input, format: .summary, chunk: chunk, readSize: readSize, mayBlock: mayBlock,
          caseLimit: limit, inputFormat: .csv)
        #expect(lines == expected, "chunk \(chunk), read size \(readSize), pipe \(mayBlock)")
        #expect(other == totals, "chunk \(chunk), read size \(readSize), pipe \(mayBlock)")
      }
    }
  }

  @Test("CSV in: a header, rows answered in order, problems named by row and column")
  func csvInput() throws {
    let input = bytes(
      "id,authority,age,indicators,functions,senHours,notes\r\n"
        + "A1,camden,9,camden-young-carers;camden-5-13-inconsistent-family-relationships,,,hello\r\n"
        + "A2,camden,7,,hearing=3,,\r\n"
        + "\"A,3\",rutland,nine,,,,\r\n"
        + "A4,camden,9,camden-no-such,,,\r\n"
        + "A5,medway,,,,,\"multi\nline note\"\r\n"
        + "A6,camden,9\r\n")
    let (lines, totals) = try runStream(input, format: .summary, inputFormat: .csv)
    #expect(totals == AssessmentStream.Totals(cases: 6, rejected: 3))
    try #require(lines.count == 6, "\(lines)")
    #expect(lines[0].hasPrefix(#"{"id":"A1","authority":"camden","level":{"rank":2"#))
    #expect(lines[0].contains("The column 'notes' is not part of a case"))
    #expect(lines[1].contains(#""rank":3"#))
    #expect(lines[2].contains(#""id":"A,3""#) && lines[2].contains(#""csvColumn":"age""#))
    #expect(
      lines[3].contains("Unknown indicator 'camden-no-such'") && lines[3].contains(#""line":5"#))
    #expect(lines[4].contains(#""id":"A5""#))
    #expect(lines[5].contains("The row has 3 fields but the header has 7"))
  }

  @Test("CSV in: unknown columns beyond eight are counted, not each kept", arguments: [8, 9, 2000])
  func csvUnknownColumnsAreCounted(columns: Int) throws {
    let extra = (0..<columns).map { "note\($0)" }
    let input = bytes(
      (["id", "authority", "age"] + extra).joined(separator: ",") + "\n"
        + (["R1", "camden", "9"] + extra.map { _ in "x" }).joined(separator: ",") + "\n")
    let (lines, totals) = try runStream(input, format: .summary, inputFormat: .csv)
    #expect(totals == AssessmentStream.Totals(cases: 1, rejected: 0))
    try #require(lines.count == 1)
    for index in 0..<min(columns, 8) {
      #expect(lines[0].contains("The column 'note\(index)' is not part of a case"))
    }
    #expect(!lines[0].contains("The column 'note8'"))
    #expect(lines[0].contains("more columns not part of a case were ignored") == (columns > 8))
    if columns > 8 { #expect(lines[0].contains("\(columns - 8) more columns")) }
  }

  @Test("CSV out: a header row, then one row per case in input order")
  func csvOutput() throws {
    let input = bytes(goodCase + "\n" + #"{"id": "=1+1", "authority": "nowhere"}"#)
    let (lines, _) = try runStream(input, format: .csv)
    try #require(lines.count == 3, "\(lines)")
    #expect(
      lines[0]
        == "id,authority,age,level_rank,level_label,category,route,contact,indicators,rules,warnings,error\r"
    )
    #expect(lines[1].hasPrefix("ok,camden,9,1,Level 1,universal,"))
    #expect(lines[2].hasPrefix("'=1+1,,,,,,,,,,,"))
    #expect(lines[2].contains("Unknown authority 'nowhere'"))
  }

  @Test(
    "JSON that is really CSV is recognised, with nothing written, however its bytes arrive",
    arguments: [OutputFormat.json, .csv, .html, .text])
  func csvReadAsJSON(format: OutputFormat) throws {
    for (chunk, mayBlock) in [(Int.max, false), (1, true), (5, true), (17, false)] {
      var source = MemorySource(
        bytes("\nid,authority,age\nA,camden,9\n"), chunk: chunk, mayBlock: mayBlock)
      var sink = MemorySink()
      var stream = AssessmentStream(options: OutputOptions(format: format), readSize: 16)
      let totals = try stream.run(from: &source, to: &sink)
      #expect(stream.looksLikeCSV, "chunk \(chunk)")
      #expect(
        totals.cases == 0 && sink.bytes.isEmpty,
        "chunk \(chunk), pipe \(mayBlock): \(String(decoding: sink.bytes, as: UTF8.self))")
    }
  }
}

@Suite("Parallel streams give the sequential reader's output, byte for byte")
struct ParallelStreamTests {
  static func sequential(
    _ input: [UInt8], _ format: OutputFormat,
    inputFormat: AssessmentStream.InputFormat = .json
  ) throws -> ([UInt8], AssessmentStream.Totals) {
    var source = MemorySource(input)
    var sink = MemorySink()
    var stream = AssessmentStream(options: OutputOptions(format: format), inputFormat: inputFormat)
    let totals = try stream.run(from: &source, to: &sink)
    return (sink.bytes, totals)
  }

  static func parallel(
    _ input: [UInt8], _ format: OutputFormat, segment: Int, threads: Bool, chunk: Int = 997,
    pipe: Bool = false, inputFormat: AssessmentStream.InputFormat = .json
  ) throws -> ([UInt8], AssessmentStream.Totals) {
    var source = MemorySource(input, chunk: chunk, mayBlock: pipe)
    var sink = MemorySink()
    var stream = AssessmentStream(options: OutputOptions(format: format), inputFormat: inputFormat)
    // One worker thread for every round of the run, as the tool uses it.
    let worker = WorkerThread()
    defer { worker.stop() }
    let totals = try AssessmentStream.runInParallel(
      &stream, from: &source, to: &sink,
      runBoth: threads
        ? worker.runBoth
        : { first, second in
          first()
          second()
        }, segmentSize: segment)
    return (sink.bytes, totals)
  }

  static let inputs: [(name: String, bytes: [UInt8])] = {
    var mixed: [String] = []
    for index in 0..<600 {
      switch index % 11 {
      case 3:
        mixed.append(
          #"{"id": \#(index), "authority": "camden", "age": 9, "indicators": ["camden-young-carers""#
        )
      case 5: mixed.append("garbage \(index)")
      case 7:
        mixed.append(
          #"{"id": \#(index), "authority": "camden", "age": 3, "indicators": ["camden-14-18-neet"]}"#
        )
      case 9:
        mixed.append(
          #"{"id": \#(index), "authority": "rutland", "age": 9, "indicators": ["llr-overcrowding", "llr-low-warmth-high-criticism", "llr-missed-appointments-level-2"], "extra": 1}"#
        )
      default: mixed.append(#"{"id": "c\#(index)", "authority": "medway", "age": \#(index % 19)}"#)
      }
    }
    let pretty = (0..<80).map {
      "{\n  \"id\": \($0),\n  \"authority\": \"kent\",\n  \"age\": \($0 % 19)\n}"
    }.joined(separator: "\n")
    let prettyWithErrors = (0..<80).map {
      $0 % 9 == 4
        ? "{\n  \"id\": \($0),\n  \"authority\": \"kent\",\n  \"age\": tru\n}"
        : "{\n  \"id\": \($0),\n  \"authority\": \"kent\"\n}"
    }.joined(separator: "\n")
    let concatenated = (0..<200).map { #"{"id": \#($0), "authority": "camden"}"# }.joined()
    let flushLeftInner = (0..<60).map {
      "{\"id\": \($0), \"authority\":\n\"camden\", \"x\": [\n{\"y\": 1}]}"
    }
    .joined(separator: "\n")
    return [
      ("JSON Lines with errors", Array(mixed.joined(separator: "\n").utf8)),
      (
        "JSON Lines with a BOM and CRLF",
        [0xEF, 0xBB, 0xBF] + Array(mixed.prefix(100).joined(separator: "\r\n").utf8)
      ),
      ("pretty-printed values", Array(pretty.utf8)),
      ("pretty-printed values with errors", Array(prettyWithErrors.utf8)),
      ("concatenated values on one line", Array(concatenated.utf8)),
      ("inner lines that start with {", Array(flushLeftInner.utf8)),
      (
        "a truncated final case",
        Array((mixed.prefix(50).joined(separator: "\n") + "\n{\"authority\": \"cam").utf8)
      ),
      ("empty", []),
      (
        "indented after a truncated line",
        Array(
          ("{\"authority\": \"camden\",\n  {\"id\": 1, \"authority\": \"kent\"}\n"
            + mixed.prefix(40).joined(separator: "\n")).utf8)
      ),
      ("whitespace only", Array(String(repeating: " \n\t", count: 5000).utf8)),
      // Found by the fuzz target: a case that runs past the first read from a pipe.
      ("a broken case cut by a pipe's read", Array(#"{"id":-{"id": "a"#.utf8)),
      ("a case longer than the first reads", Array(mixed.prefix(30).joined().utf8)),
      // Found by the fuzz target: an array whose first value is not a case, on a line that
      // looks like a CSV header, which the sequential reader refuses as CSV; the parallel
      // reader took the array for cases.
      (
        "an array opening a line that looks like CSV",
        Array("[\t\t\t\t}\t\r".utf8) + Array(repeating: 0, count: 32)
          + Array("id,authority,age\n".utf8) + Array(repeating: 0, count: 32)
          + Array("\t1\t\t".utf8)
      ),
      ("spaces, then a CSV header", Array(("   \n\n  \n" + "id,authority\nx,camden\n").utf8)),
    ]
  }()

  @Test(
    "From a pipe whose reads end inside a case, the sequential reader's bytes: one start",
    arguments: [1, 3, 64])
  func matchesSequentialFromAPipe(chunk: Int) throws {
    for (name, input) in Self.inputs {
      for format in [OutputFormat.summary, .csv, .html] {
        let expected = try Self.sequential(input, format)
        let actual = try Self.parallel(
          input, format, segment: 64, threads: false, chunk: chunk, pipe: true)
        #expect(actual.1 == expected.1, "\(name), chunk \(chunk)")
        #expect(
          actual.0 == expected.0,
          "\(name), \(format), chunk \(chunk): \(String(decoding: actual.0.prefix(400), as: UTF8.self))"
        )
      }
    }
  }

  @Test(
    "CSV with whitespace before fields and lines: the parallel reader's bytes, however read",
    arguments: [1, 6, 997])
  func csvWhitespaceMatchesSequential(chunk: Int) throws {
    let header = "id,authority,age,indicators\n"
    let row = "r,camden,9,camden-young-carers\n"
    let inputs: [(String, [UInt8])] = [
      // Found by the fuzz target: carriage returns before the header's first field, which the
      // parallel reader dropped as if they were a blank line.
      (
        "carriage returns before the header",
        Array(repeating: 0x0D, count: 61) + Array("\u{2},d\u{4}ywmae,16,false\n".utf8)
          + Array("d\u{4}ywmae,16,false\n\r\u{1A}\n\n\r\n,\r\u{1A}\n\n\r\n,c".utf8)
      ),
      ("spaces before the header", Array(("   \r\n \t" + header + row + row).utf8)),
      (
        "spaces before rows and blank lines between",
        Array((header + String(repeating: "  " + row + " \t\r\n" + "\r" + row, count: 40)).utf8)
      ),
    ]
    for (name, input) in inputs {
      for format in [OutputFormat.summary, .csv] {
        let expected = try Self.sequential(input, format, inputFormat: .csv)
        for pipe in [false, true] {
          let actual = try Self.parallel(
            input, format, segment: 64, threads: false, chunk: chunk, pipe: pipe,
            inputFormat: .csv)
          #expect(actual.1 == expected.1, "\(name), chunk \(chunk), pipe \(pipe)")
          #expect(
            actual.0 == expected.0,
            "\(name), \(format), chunk \(chunk), pipe \(pipe): \(String(decoding: actual.0.prefix(300), as: UTF8.self))"
          )
        }
      }
    }
  }

  @Test("Same bytes and totals as the sequential reader", arguments: [64, 257, 4096])
  func matchesSequential(segment: Int) throws {
    for (name, input) in Self.inputs {
      for format in [OutputFormat.summary, .json, .csv, .markdown, .html] {
        let expected = try Self.sequential(input, format)
        for threads in [false, true] {
          let actual = try Self.parallel(input, format, segment: segment, threads: threads)
          #expect(actual.1 == expected.1, "\(name), segment \(segment)")
          #expect(
            actual.0 == expected.0,
            "\(name), segment \(segment), threads \(threads): \(String(decoding: actual.0.prefix(400), as: UTF8.self))"
          )
        }
      }
    }
  }
}
