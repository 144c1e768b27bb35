import Foundation
import Testing

@testable import ThresholdCommandLine
@testable import ThresholdCore

/// Runs a stream in memory and returns the output lines and totals.
func runStream(
  _ input: [UInt8], format: AssessmentStream.Format = .json, chunk: Int = .max,
  readSize: Int = 1 << 20
) throws -> (lines: [String], totals: AssessmentStream.Totals) {
  var source = MemorySource(input, chunk: chunk)
  var sink = MemorySink()
  var stream = AssessmentStream(format: format, readSize: readSize)
  let totals = try stream.run(from: &source, to: &sink)
  let lines = sink.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  return (lines.map(String.init), totals)
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
      ]),
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
    let (lines, totals) = try runStream(input, format: .summary)
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
    for format in [AssessmentStream.Format.json, .summary] {
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
    for ruleSet in RuleSets.all {
      for example in ruleSet.examples {
        guard case .level = example.expectation else { continue }
        let input = example.input
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("authority", input.authority)
        switch input.age {
        case .unborn: writer.member("unborn", true)
        case .years(let years): writer.member("age", years)
        case nil: break
        }
        writer.member("indicators", input.indicators)
        if !input.functionalNeeds.isEmpty {
          writer.key("functionalNeeds")
          writer.beginObject()
          for score in input.functionalNeeds {
            writer.key(score.function)
            if let value = score.score { writer.number(value) } else { writer.string("N") }
          }
          writer.endObject()
        }
        if let hours = input.senSupportHours {
          writer.member("senSupportHours", hours)
        }
        writer.endObject()
        let (lines, _) = try runStream(writer.bytes)
        var expected = JSONWriter()
        AssessmentEncoder().write(try Assessor().assess(input), into: &expected)
        #expect(lines == [String(decoding: expected.bytes, as: UTF8.self)], "\(example.name)")
      }
    }
  }
}

@Suite("Parallel streams give the sequential reader's output, byte for byte")
struct ParallelStreamTests {
  static func sequential(_ input: [UInt8], _ format: AssessmentStream.Format) throws
    -> ([UInt8], AssessmentStream.Totals)
  {
    var source = MemorySource(input)
    var sink = MemorySink()
    var stream = AssessmentStream(format: format)
    let totals = try stream.run(from: &source, to: &sink)
    return (sink.bytes, totals)
  }

  static func parallel(
    _ input: [UInt8], _ format: AssessmentStream.Format, segment: Int, threads: Bool
  ) throws -> ([UInt8], AssessmentStream.Totals) {
    var source = MemorySource(input, chunk: 997)
    var sink = MemorySink()
    // One worker thread for every round of the run, as the tool uses it.
    let worker = WorkerThread()
    defer { worker.stop() }
    let totals = try AssessmentStream.runInParallel(
      format: format, from: &source, to: &sink,
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
    ]
  }()

  @Test("Same bytes and totals as the sequential reader", arguments: [64, 257, 4096])
  func matchesSequential(segment: Int) throws {
    for (name, input) in Self.inputs {
      for format in [AssessmentStream.Format.summary, .json] {
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
