import Foundation
import Testing

/// Memory a stream or a registry makes for itself is given back when it ends, so that a process
/// that runs many streams or makes many registries (a case system using the library, one stream
/// a request) does not grow with each one. Checked by valgrind's memcheck on the built binary: at exit, nothing a stream
/// allocated may be unreachable ("definitely lost").
@Suite("Streams give back what they allocate")
struct LeakTests {
  /// A case in every area (each writes its own shared parts), one at a higher level, and one
  /// error record.
  static let input = Data(
    ([
      "camden", "hertfordshire", "herefordshire", "leicester", "leicestershire", "rutland",
      "medway",
    ].enumerated().map { index, area in
      #"{"id":"\#(index)","authority":"\#(area)","age":\#(index + 3),"indicators":[]}"#
    } + [
      #"{"id":"a","authority":"camden","age":9,"indicators":["camden-young-carers"]}"#,
      #"{"id":"b","authority":"medway","age":4,"indicators":["no-such-indicator"]}"#,
    ]).map { $0 + "\n" }.joined().utf8)

  /// The command lines checked, with `CASES` and `RULES` for the files the test writes, and
  /// the exit status each should have.
  static let commands: [(arguments: String, status: Int32)] = [
    // 65: the unknown indicator's error record.
    ("assess --input CASES --format summary", 65),
    ("assess --input CASES --format json", 65),
    ("assess --input CASES --format csv", 65),
    ("assess --input CASES --format text", 65),
    ("assess --input CASES --format summary --rules RULES", 65),
    ("rules check RULES", 0),
    ("rules test RULES", 0),
  ]

  // The summary writer's shared parts were once kept for the life of the process, unreachable
  // once its writer had gone (10 blocks, 1,426 bytes, definitely lost at exit for these cases),
  // and so were the tables of every rule set compiled for a registry that went (57 blocks,
  // 136,831 bytes, for `rules check`).
  @Test(
    "Nothing definitely lost at exit", .timeLimit(.minutes(5)),
    .enabled(
      if: isInstalled("valgrind"),
      "valgrind is not installed: this test needs its memcheck (apt-get install valgrind)"),
    arguments: commands.indices)
  func nothingLost(command: Int) throws {
    let (arguments, status) = Self.commands[command]
    try withScratchDirectory { directory in
      let cases = directory.appendingPathComponent("cases.jsonl")
      try Self.input.write(to: cases)
      // Medway's file, read in its place, so that a registry is made with it.
      let rules = directory.appendingPathComponent("medway.json")
      let medway = try String(
        contentsOf: rulesDirectory.appendingPathComponent("medway.json"), encoding: .utf8)
      try medway.replacing("{", with: #"{"replaces":"medway","#, maxReplacements: 1)
        .write(to: rules, atomically: true, encoding: .utf8)
      let line = arguments.replacing("CASES", with: cases.path)
        .replacing("RULES", with: rules.path)
      // 99: valgrind found a leak or a memory error. Its report goes to a file (a pipe that
      // is not read while the command runs would fill and stop it).
      let report = directory.appendingPathComponent("valgrind.txt")
      let output = try runBash(
        "valgrind -q --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite"
          + " --error-exitcode=99 --log-file=\(report.path) thresholds \(line) > /dev/null 2>&1")
      let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
      #expect(output.status == status, "\(arguments): \(text.suffix(4000))")
      #expect(!text.contains("definitely lost"), "\(arguments): \(text.suffix(4000))")
    }
  }
}
