import Foundation
import Testing

@testable import ThresholdCommandLine
@testable import ThresholdCore

/// Whether a program is installed (a test that needs it is skipped, with a message, if not).
func isInstalled(_ program: String) -> Bool {
  ["/usr/bin", "/bin", "/usr/local/bin"].contains {
    FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
  }
}

/// Runs a bash script with the built binary on the PATH as `thresholds`.
func runBash(_ script: String, in directory: URL? = nil) throws -> Binary.Output {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/bash")
  process.arguments = ["-c", script]
  var environment = [
    "PATH": Binary.url.deletingLastPathComponent().path + ":/usr/bin:/bin", "LANG": "C.UTF-8",
  ]
  environment["HOME"] = FileManager.default.temporaryDirectory.path
  process.environment = environment
  if let directory { process.currentDirectoryURL = directory }
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let out = output.fileHandleForReading.readDataToEndOfFile()
  let err = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Binary.Output(
    stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
    status: process.terminationStatus)
}

/// A scratch directory, removed afterwards.
func withScratchDirectory<T>(_ body: (URL) throws -> T) throws -> T {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("thresholds-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  return try body(directory)
}

@Suite("The guided dialogue")
struct GuidedTests {
  @Test(
    "A guided assessment piped from a script of answers gives the card the equivalent options give")
  func pipedAnswers() throws {
    let script = ["dad drinks", "1", "hungry", "1 2", "u", "b", "1", "1", "1", ""].joined(
      separator: "\n")
    let guided = try Binary.run(
      ["assess", "--authority", "medway", "--age", "9", "--guided"], stdin: Data(script.utf8))
    #expect(guided.status == 0, "\(guided.stderr)")
    // The dialogue goes to standard error and ends by naming the equivalent options.
    let marker = "The same with options: thresholds "
    let line = try #require(guided.stderr.split(separator: "\n").first { $0.hasPrefix(marker) })
    let arguments = line.dropFirst(marker.count).split(separator: " ").map(String.init)
    #expect(arguments.contains("--indicator"))
    let flags = try Binary.run(arguments)
    #expect(flags.status == 0)
    #expect(guided.stdout == flags.stdout)
    #expect(guided.stdout.contains("WHAT TO DO"))
    #expect(guided.stderr.contains("Now: Tier"))
  }

  @Test("Asked for the area and age when the options do not give them; bad answers are asked again")
  func asks() throws {
    let script = ["camdn", "camden", "nine", "9", "zzzzqqq", "young carer", "1", ""].joined(
      separator: "\n")
    let guided = try Binary.run(["assess", "--guided"], stdin: Data(script.utf8))
    #expect(guided.status == 0, "\(guided.stderr)")
    #expect(guided.stderr.contains("Unknown authority 'camdn'. Did you mean 'camden'?"))
    #expect(guided.stderr.contains("is not a number as JSON writes numbers"))
    #expect(guided.stdout.contains("Camden, age 9"))
    // Words that find nothing still leave whom to call.
    #expect(guided.stderr.contains("Nothing in the document matches 'zzzzqqq'"))
    #expect(guided.stderr.contains("CHILD PROTECTION  Child protection: referral to CSSW"))
  }

  @Test(
    "Driven in a terminal with tmux, it reaches the same card",
    .enabled(
      if: isInstalled("tmux"), "tmux is not installed: Tests/Interactive/guided-tmux.sh needs it"))
  func tmux() throws {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Interactive/guided-tmux.sh")
    let result = try runBash("'\(script.path)' '\(Binary.url.path)'")
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
  }
}

@Suite("Completion scripts")
struct CompletionTests {
  @Test(
    "bash completes subcommands, option values and an indicator identifier of the area on the line")
  func bash() throws {
    func complete(_ words: [String]) throws -> [String] {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let result = try runBash(
        """
        source <(thresholds completions bash)
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        _thresholds
        printf '%s\\n' "${COMPREPLY[@]}"
        """)
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout.split(separator: "\n").map(String.init)
    }
    #expect(try complete(["thresholds", "ass"]) == ["assess"])
    #expect(try complete(["thresholds", "assess", "--auth"]) == ["--authority"])
    #expect(try complete(["thresholds", "assess", "--authority", "ru"]) == ["rutland"])
    #expect(try complete(["thresholds", "assess", "--format", "c"]) == ["csv"])
    #expect(
      try complete([
        "thresholds", "assess", "--authority", "camden", "--indicator", "camden-young-c",
      ]) == ["camden-young-carers"])
    #expect(
      try complete([
        "thresholds", "assess", "--authority", "camden", "--indicator",
        "camden-young-carers,camden-young-c",
      ]) == ["camden-young-carers,camden-young-carers"])
    #expect(try complete(["thresholds", "assess", "--function", "hear"]) == ["hearing="])
    #expect(try complete(["thresholds", "rules", "d"]) == ["diff"])
    #expect(try complete(["thresholds", "completions", "f"]) == ["fish"])
  }

  @Test(
    "zsh and fish load their scripts and complete an indicator identifier",
    .enabled(
      if: isInstalled("zsh") || isInstalled("fish"),
      "neither zsh nor fish is installed: Tests/Completions/check.sh needs them"))
  func otherShells() throws {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Completions/check.sh")
    let result = try runBash("'\(script.path)' '\(Binary.url.path)'")
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
  }
}

@Suite("Streams from the command line")
struct CommandLineStreamTests {
  @Test("CSV in and out: 50,000 rows with 1% bad rows, every row answered in order")
  func csvRoundTrip() throws {
    try withScratchDirectory { directory in
      let areas = [
        "camden", "medway", "rutland", "kent", "herefordshire", "hertfordshire", "leicester",
      ]
      var rows = ["id,authority,age,indicators,functions,senHours"]
      var bad: Set<Int> = []
      for index in 0..<50_000 {
        if index % 100 == 37 {
          bad.insert(index)
          rows.append(index % 200 == 37 ? "R\(index),nowhere,9,," : "R\(index),camden,x,,,")
        } else {
          rows.append("R\(index),\(areas[index % areas.count]),\(index % 19),,,")
        }
      }
      let input = directory.appendingPathComponent("cases.csv")
      try Data(rows.joined(separator: "\r\n").utf8).write(to: input)
      let result = try Binary.run(["assess", "--input", input.path, "--format", "csv"])
      #expect(result.status == 65)
      let lines = result.stdout.split(separator: "\r\n", omittingEmptySubsequences: false)
        .dropLast()
      try #require(lines.count == 50_001)
      #expect(
        lines[0]
          == "id,authority,age,level_rank,level_label,category,route,contact,indicators,rules,warnings,error"
      )
      for (index, line) in lines.dropFirst().enumerated() {
        guard line.hasPrefix("R\(index),") else {
          Issue.record("row \(index + 1) is out of order: \(line.prefix(80))")
          break
        }
        let hasError = !line.hasSuffix(",")
        #expect(hasError == bad.contains(index), "row \(index + 1): \(line.prefix(120))")
      }
      #expect(result.stderr.contains("500 of 50000 cases could not be assessed"))
    }
  }

  @Test("The input and the output are the same file: refused, as cat refuses")
  func sameFile() throws {
    try withScratchDirectory { directory in
      let file = directory.appendingPathComponent("cases.jsonl")
      try Data(#"{"authority": "camden", "age": 9}"#.utf8 + [0x0A]).write(to: file)
      let result = try runBash(
        "thresholds assess --input cases.jsonl --summary >> cases.jsonl", in: directory)
      #expect(result.status == 1)
      #expect(result.stderr.contains("is the output file"))
      #expect(try Data(contentsOf: file).count == 34)
      let stdin = try runBash(
        "thresholds assess --input - --summary < cases.jsonl >> cases.jsonl", in: directory)
      #expect(stdin.status == 1)
    }
  }

  @Test("Output closed after error records: the exit status still says cases were rejected")
  func closedPipeAfterErrors() throws {
    try withScratchDirectory { directory in
      var lines = [#"{"authority": "nowhere"}"#]
      lines += Array(repeating: #"{"authority": "camden", "age": 9}"#, count: 50_000)
      try Data(lines.joined(separator: "\n").utf8).write(
        to: directory.appendingPathComponent("cases.jsonl"))
      let result = try runBash(
        "thresholds assess --input cases.jsonl --format json | head -1 > /dev/null; echo \"status ${PIPESTATUS[0]}\"",
        in: directory)
      #expect(result.stdout == "status 65\n", "\(result.stderr)")
    }
  }

  @Test(
    "A fatal signal mid-stream prints one fixed line and no memory, and ends with the signal",
    arguments: ["QUIT", "SEGV", "BUS", "ABRT"])
  func fatalSignals(signal name: String) throws {
    // The runtime's backtracer is asked for, and must still not run.
    let result = try withScratchDirectory { directory in
      try runBash(
        """
        coproc T { export SWIFT_BACKTRACE=enable=yes; exec thresholds assess --input - --summary 2>errors.txt; }
        pid=$T_PID  # bash unsets T_PID once the co-process has ended
        echo '{"id": "secret-child-name", "authority": "camden", "age": 9}' >&"${T[1]}"
        read -t 10 -r answer <&"${T[0]}" || { echo "no answer"; exit 1; }
        kill -\(name) "$pid"
        wait "$pid"; echo "status $?"
        cat errors.txt
        """, in: directory)
    }
    let expected: [String: Int32] = [
      "QUIT": SIGQUIT, "SEGV": SIGSEGV, "BUS": SIGBUS, "ABRT": SIGABRT,
    ]
    let number = try #require(expected[name])
    #expect(
      result.stdout
        == "status \(128 + number)\nthresholds: stopped by an internal error; nothing about the cases is shown here.\n",
      "\(result.stderr)")
    #expect(!result.stdout.contains("secret"))
  }

  @Test("A co-process that writes one case and waits gets its answer at once")
  func coProcess() throws {
    let result = try runBash(
      """
      coproc T { exec thresholds assess --input - --format json; }
      pid=$T_PID  # bash unsets T_PID once the co-process has ended
      for i in 0 1 2 3 4; do
        echo "{\\"id\\": $i, \\"authority\\": \\"kent\\", \\"age\\": 9}" >&"${T[1]}"
        read -t 5 -r line <&"${T[0]}" || { echo "no answer to case $i within 5 seconds"; exit 1; }
        case "$line" in "{\\"id\\":$i,"*) ;; *) echo "wrong answer to case $i: ${line:0:40}"; exit 1 ;; esac
      done
      eval "exec ${T[1]}>&-"
      wait "$pid"; echo "status $?"
      """)
    #expect(result.stdout == "status 0\n", "\(result.stderr)")
  }
}

@Suite("Memory that cannot be had")
struct MemoryTests {
  @Test(
    "An oversized case whose memory cannot be had gets an error record, and the next case is answered"
  )
  func allocationFailure() throws {
    let limited = MemoryProvider(
      allocate: {
        $0 > 1 << 20 ? nil : UnsafeMutableRawPointer.allocate(byteCount: max($0, 1), alignment: 16)
      },
      free: { $0.deallocate() })
    let big = #"{"authority": "camden", "x": ""# + String(repeating: "y", count: 3 << 20) + "\"}"
    let input = Array((big + "\n" + #"{"id": "next", "authority": "camden", "age": 9}"#).utf8)
    var source = MemorySource(input, chunk: 1 << 16)
    var sink = MemorySink()
    var stream = AssessmentStream(
      options: OutputOptions(format: .summary), readSize: 1 << 16, memory: limited)
    let totals = try stream.run(from: &source, to: &sink)
    let lines = sink.text.split(separator: "\n")
    #expect(totals == AssessmentStream.Totals(cases: 2, rejected: 1))
    #expect(lines.first?.contains("could not be held in memory") == true)
    #expect(lines.last?.hasPrefix(#"{"id":"next""#) == true)
  }
}

@Suite("The environment")
struct EnvironmentTests {
  @Test("TERM=dumb and NO_COLOR turn colour off; the terminal's width wins over COLUMNS")
  func colour() {
    #expect(
      !Environment.reading(
        variables: ["TERM": "dumb"], outputIsTerminal: true, inputIsTerminal: true,
        terminalColumns: nil
      ).usesColour)
    #expect(
      !Environment.reading(
        variables: ["NO_COLOR": ""], outputIsTerminal: true, inputIsTerminal: true,
        terminalColumns: nil
      ).usesColour)
    #expect(
      Environment.reading(
        variables: ["TERM": "xterm"], outputIsTerminal: true, inputIsTerminal: true,
        terminalColumns: nil
      ).usesColour)
    #expect(
      !Environment.reading(
        variables: [:], outputIsTerminal: false, inputIsTerminal: false, terminalColumns: nil
      ).usesColour)
    #expect(
      Environment.reading(
        variables: ["COLUMNS": "100"], outputIsTerminal: true, inputIsTerminal: true,
        terminalColumns: 132
      ).width == 132)
    #expect(
      Environment.reading(
        variables: ["COLUMNS": "100"], outputIsTerminal: false, inputIsTerminal: false,
        terminalColumns: nil
      ).width == 100)
    #expect(
      Environment.reading(
        variables: [:], outputIsTerminal: false, inputIsTerminal: false, terminalColumns: nil
      ).width == 80)
  }
}
