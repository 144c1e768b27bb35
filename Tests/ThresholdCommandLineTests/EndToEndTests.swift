import Foundation
import Testing

/// One run of the built binary and what it must print.
struct CLICase: CustomTestStringConvertible, Sendable {
  let arguments: [String]
  var stdin = ""
  var status: Int32 = 0
  var stdout: [String] = []
  var stderr: [String] = []
  var stdoutIsEmpty = false
  var stderrIsEmpty = true

  var testDescription: String { "thresholds " + arguments.joined(separator: " ") }
}

/// Text with each line break and the indent after it folded to one space.
func folded(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false)
    .map { $0.drop { $0 == " " } }
    .joined(separator: " ")
}

@Suite("The thresholds binary, end to end")
struct EndToEndTests {
  static let twoLowCamden = [
    "assess", "--authority", "camden", "--age", "9", "--indicator",
    "camden-young-carers,camden-5-13-inconsistent-family-relationships",
  ]

  static let cases: [CLICase] = [
    CLICase(
      arguments: twoLowCamden,
      stdout: [
        "Level 2: Low level needs or vulnerable to poor outcomes — early help",
        "IMMEDIATE DANGER", "999", "WHAT TO DO", "Early Help CAF team", "WHOM TO CONTACT",
        "CONSENT", "Parents should be aware of and consent to the referral.", "TIMESCALE",
        "WHY", "Young carers", "to support professional judgement, never to replace it",
      ]),
    CLICase(
      arguments: twoLowCamden + ["--full"],
      stdout: [
        "WHAT TO DO: Early help",
        "Professionals should talk to the family about carrying out a CAF",
        "SOURCE", "does not replace professional judgement",
      ]),
    CLICase(
      arguments: [
        "assess", "--authority", "camden", "--age", "12", "--indicator", "camden-young-carers",
      ],
      stdout: [
        "Level 1: Universal", "Two or more of the indicators listed here need to be present.",
        "so the level is 1, not 2", "children aged 12 and under cannot give consent",
      ]),
    CLICase(
      arguments: [
        "assess", "--authority", "camden", "--age", "7", "--function", "hearing=3", "--function",
        "vision=N",
      ],
      stdout: ["Level 3: Complex needs", "CYPDS", "rises from 1 to 3"]),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "8", "--sen-hours", "20"],
      stdout: ["the document does not say which route applies"]),
    CLICase(
      arguments: twoLowCamden + ["--format", "json"],
      stdout: [
        #""level":{"rank":2,"label":"Level 2","name":"Low level needs or vulnerable to poor outcomes","category":"early-help""#,
        #""matched":[{"id":"camden-young-carers""#, #""route":{"level":2"#,
        #""consent":{"referral":"#,
        #""immediateDanger":{"#, #""reminder":"#,
      ]),
    CLICase(
      arguments: twoLowCamden + ["--summary"],
      stdout: [#"{"authority":"camden","level":{"rank":2,"label":"Level 2""#]),
    CLICase(
      arguments: twoLowCamden + ["--format", "csv"],
      stdout: ["id,authority,age,level_rank,", ",camden,9,2,Level 2,early-help,"]),
    // The contact cell: the number as printed, or plainly that none is printed, and whom to call.
    CLICase(
      arguments: [
        "assess", "--authority", "medway", "--age", "9", "--indicator",
        "medway-young-people-experiencing-current-harm", "--format", "csv",
      ],
      stdout: ["(CADS),01634 334466,medway-young-people"]),
    CLICase(
      arguments: [
        "assess", "--authority", "camden", "--age", "9", "--indicator",
        "camden-young-carers,camden-domestic-violence", "--format", "csv",
      ],
      stdout: [
        #"MASH team,"No contact details printed: Children and Families Contact Service (MASH team), for Children's Safeguarding and Social Work (CSSW)",camden-young-carers;"#
      ]),
    CLICase(
      arguments: twoLowCamden + ["--summary", "--format", "json"], status: 64,
      stderr: ["Give either '--summary' or '--format json', not both."], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: [
        "assess", "--authority", "hertfordshire", "--age", "10", "--indicator",
        "hertfordshire-mental-health-crisis",
      ],
      stdout: [
        "Levels 3 & 4: Specialist",
        "Agencies the document names beside these indicators: Specialist CAMHS",
        "0300 123 4043", "If a child or young person is at risk of immediate harm, call 999.",
      ]),
    CLICase(arguments: ["--version"], stdout: ["0.2.0"]),
    CLICase(
      arguments: ["authorities"],
      stdout: [
        "camden", "hertfordshire", "herefordshire", "leicester", "leicestershire", "rutland",
        "medway", "kent",
      ]),
    CLICase(arguments: ["levels", "--authority", "medway"], stdout: ["Tier 4"]),
    CLICase(
      arguments: ["domains", "--authority", "camden"], stdout: ["parenting-capacity", "neglect"]),
    CLICase(
      arguments: ["indicators", "--authority", "camden", "--level", "4", "--age", "16"],
      stdout: ["camden-14-18-neet-level-4", "Child protection"]),
    CLICase(
      arguments: ["indicators", "--authority", "camden", "--domain", "neglect", "--format", "csv"],
      stdout: [
        "id,level,level_label,domain,subdomain,age_band,kind,text,source\r\n", "camden-neglect-",
      ]),
    CLICase(
      arguments: ["indicators", "--authority", "camden", "--domain", "neglect", "--format", "ids"],
      stdout: ["camden-neglect-"]),
    CLICase(
      arguments: ["search", "young", "carers", "--authority", "camden"],
      stdout: ["camden-young-carers"]),
    CLICase(
      arguments: ["search", "hungry", "--authority", "medway"],
      stdout: ["food", "Matched: hungry →"]),
    // Nothing matched (Medway's document has no FGM indicator): still whom to call.
    CLICase(
      arguments: ["search", "going", "abroad", "to", "be", "cut", "--authority", "medway"],
      stdout: [
        "No indicators match", "do not wait for a match",
        "IMMEDIATE DANGER  Call the police on 999",
        "CHILD PROTECTION  Child protection: a phone call to the Children's Advice and Duty",
        "01634 334466 · Children's Advice and Duty Service (CADS)",
      ]),
    CLICase(
      arguments: ["search", "zzzzqqq"],
      stdout: ["No indicators match", "IMMEDIATE DANGER  Call the police on 999"]),
    CLICase(arguments: ["show", "camden-young-carers"], stdout: ["Young carers", "Appendix 1"]),
    CLICase(
      arguments: ["compare", "parental", "alcohol", "misuse"],
      stdout: [
        "CAMDEN", "HERTFORDSHIRE", "HEREFORDSHIRE", "LEICESTER", "LEICESTERSHIRE", "RUTLAND",
        "MEDWAY", "KENT", "Route at that level",
      ]),
    CLICase(
      arguments: [
        "compare", "domestic", "violence", "--format", "markdown", "--authority", "camden,medway",
      ],
      stdout: [
        "| Area | Level (as the document names it) | Indicator | Route at that level |",
        "| Camden |", "| Medway |",
      ]),
    // Usage errors: stderr, exit 64, nothing on stdout.
    CLICase(
      arguments: ["assess", "--authorty", "camden"], status: 64,
      stderr: [
        "Error: Unknown option '--authorty'. Did you mean '--authority'?\nUsage: thresholds assess",
        "  See 'thresholds assess --help' for more information.\n",
      ], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["asess"], status: 64,
      stderr: ["Error: Unknown subcommand 'asess'. Did you mean 'assess'?"], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camdn", "--age", "9"], status: 64,
      stderr: ["did you mean 'camden'?"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: [
        "assess", "--authority", "Camden", "--age", "9", "--indicator", "camden-young-carers",
      ],
      stdout: ["Camden, age 9"]),
    CLICase(
      arguments: [
        "assess", "--authority", "camden", "--age", "9", "--indicator", "camden-young-car",
      ],
      stdout: ["Young carers"]),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "9", "--indicator", "dad drinks"],
      status: 64,
      stderr: [
        "'dad drinks' is not an indicator identifier.", "Did you mean one of these?", "camden-",
      ],
      stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "9", "--indicator", "camden-5-13"],
      status: 64, stderr: ["'camden-5-13' is not an indicator identifier.", "camden-5-13-"],
      stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "llr"], status: 64,
      stderr: ["'llr' is a document shared by several areas", "'rutland'"], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--indicator", "camden-yuong-carers"],
      status: 64, stderr: ["Did you mean 'camden-young-carers'?"], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--indicator", "medway-tier-4-x"], status: 64,
      stderr: ["Unknown indicator 'medway-tier-4-x'"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: [
        "assess", "--authority", "rutland", "--indicator", "camden-young-carers",
      ], status: 64, stderr: ["belongs to the Multi-agency thresholds"], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: [
        "assess", "--authority", "camden", "--age", "9", "--indicator", "camden-14-18-neet",
      ],
      status: 64, stderr: ["printed for ages 14-18"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "-1"], status: 64,
      stderr: ["The age -1 is not possible here"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--sen-hours", "0x10"], status: 64,
      stderr: ["is not a number as JSON writes numbers"], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "9.5"], status: 64,
      stderr: ["whole number of years"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--age", "3", "--unborn"], status: 64,
      stderr: ["The case gives both an age (3) and 'unborn'; give one."], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--function", "hearing=5"], status: 64,
      stderr: ["outside the matrix"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--function", "hearin=3"], status: 64,
      stderr: ["Did you mean 'hearing'?"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--authority", "camden", "--function", "8=2"], status: 64,
      stderr: ["not in use"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--input", "-", "--indicator", "x"], status: 64,
      stderr: ["Give either '--input' or '--indicator', not both."], stdoutIsEmpty: true,
      stderrIsEmpty: false),
    CLICase(
      arguments: ["levels", "--authority", "camden", "--format", "xml"], status: 64,
      stderr: ["Please provide one of 'text' or 'json'."], stdoutIsEmpty: true, stderrIsEmpty: false
    ),
    // JSON input: one answer per case, in order; bad data exits 65.
    CLICase(
      arguments: ["assess", "--input", "-", "--summary"],
      stdin: #"""
        {"id": "a", "authority": "camden", "age": 9, "indicators": ["camden-young-carers"]}
        {"id": 2, "authority": "rutland", "age": 9, "indicators": []}
        """#,
      stdout: [
        #"{"id":"a","authority":"camden","level":{"rank":1,"label":"Level 1","name":"Universal","category":"universal"},"route":"Universal services","rules":["camden-two-or-more-at-level-2""#,
        #"{"id":2,"authority":"rutland","level":{"rank":1"#,
        #""warnings":["No indicators were selected"#,
      ]),
    CLICase(
      arguments: ["assess", "--input", "-", "--format", "json"],
      stdin:
        "{\"id\": \"x\", \"authority\": \"camden\", \"indicators\": [\"nope\"]}\n{\"authority\": \"camden\"}\n",
      status: 65,
      stdout: [
        #"{"error":{"case":1,"line":1,"column":51,"message":"Unknown indicator 'nope'."#,
        #""id":"x"}"#, #"{"authority":"camden","age":null,"level":{"rank":1"#,
      ],
      stderr: ["Error: 1 of 2 cases could not be assessed"], stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--input", "/nonexistent/cases.jsonl"], status: 1,
      stderr: ["Error: Cannot read '/nonexistent/cases.jsonl': No such file or directory."],
      stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--input", "-"], stdin: "",
      stderr: ["the input holds no cases"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--input", "-"], stdin: "id,authority,age\nA,camden,9\n", status: 65,
      stderr: ["looks like CSV", "--input-format csv"], stdoutIsEmpty: true, stderrIsEmpty: false),
    CLICase(
      arguments: ["assess", "--input", "-", "--input-format", "csv", "--summary"],
      stdin: "id,authority,age,indicators\nA,camden,9,camden-young-carers\n",
      stdout: [#"{"id":"A","authority":"camden","level":{"rank":1"#]),
    CLICase(
      arguments: ["completions", "bash"], stdout: ["complete -F _thresholds thresholds"]),
    CLICase(arguments: ["completions", "fish"], stdout: ["complete -c thresholds"]),
    CLICase(arguments: ["completions", "zsh"], stdout: ["#compdef thresholds", "bashcompinit"]),
  ]

  @Test("Runs", arguments: cases)
  func runs(_ item: CLICase) throws {
    let result = try Binary.run(item.arguments, stdin: Data(item.stdin.utf8))
    #expect(result.status == item.status, "stderr: \(result.stderr)")
    // Text is wrapped to the terminal: compare with line breaks and indents folded to spaces.
    let stdout =
      item.arguments.contains("json") || item.arguments.contains("--summary")
        || item.arguments.contains("csv") || item.arguments.contains("markdown")
      ? result.stdout : folded(result.stdout)
    for fragment in item.stdout {
      #expect(stdout.contains(fragment), "stdout lacks \(fragment)\n\(result.stdout)")
    }
    for fragment in item.stderr {
      #expect(result.stderr.contains(fragment), "stderr lacks \(fragment)\n\(result.stderr)")
    }
    if item.stdoutIsEmpty { #expect(result.stdout.isEmpty) }
    if item.stderrIsEmpty { #expect(result.stderr.isEmpty, "stderr: \(result.stderr)") }
  }

  @Test("indicators --format json lists every indicator of each document, with the contract's keys")
  func indicatorsJSON() throws {
    for authority in ["camden", "hertfordshire", "herefordshire", "leicester", "medway"] {
      let result = try Binary.run(["indicators", "--authority", authority, "--format", "json"])
      #expect(result.status == 0)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      #expect(object["authority"] as? String == authority)
      #expect(object["ruleSet"] is String)
      let indicators = try #require(object["indicators"] as? [[String: Any]])
      #expect(indicators.count > 100)
      for indicator in indicators {
        for key in ["id", "text", "level", "domain", "subdomain", "ageBand", "source"] {
          #expect(indicator.keys.contains(key), "\(indicator["id"] ?? "?") lacks \(key)")
        }
        #expect(indicator["level"] is Int)
      }
    }
  }

  @Test("The same case gives byte-identical output")
  func deterministic() throws {
    let first = try Binary.run(Self.twoLowCamden + ["--format", "json"])
    let second = try Binary.run(Self.twoLowCamden + ["--format", "json"])
    #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
  }

  @Test(
    "Search ranks the same in every process (each process seeds its hashing differently)",
    arguments: [
      ["no", "food", "in", "the", "house", "--authority", "camden", "--age", "9"],
      ["dad", "drinks", "--authority", "medway"],
      ["young", "carer", "--authority", "rutland"],
      ["shouting", "at", "home", "--authority", "herefordshire", "--age", "7"],
    ])
  func searchIsDeterministic(words: [String]) throws {
    let runs = try (0..<4).map { _ in try Binary.run(["search"] + words + ["--format", "json"]) }
    #expect(!runs[0].stdout.isEmpty)
    #expect(runs.allSatisfy { $0.stdout == runs[0].stdout })
  }

  @Test("A stream writes nothing to disk: the working directory stays empty")
  func writesNothing() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("thresholds-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let cases = (0..<200).map { #"{"id": \#($0), "authority": "medway", "age": 4}"# }
      .joined(separator: "\n")
    let result = try Binary.run(
      ["assess", "--input", "-", "--format", "json"], stdin: Data(cases.utf8), directory: directory)
    #expect(result.status == 0)
    #expect(result.stdoutLines.count == 200)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test("Output to a closed pipe ends quietly")
  func closedPipe() throws {
    let cases = String(
      repeating: #"{"authority": "camden", "age": 9, "indicators": ["camden-young-carers"]}"#
        + "\n",
      count: 20_000)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("thresholds-pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("cases.jsonl")
    try Data(cases.utf8).write(to: file)
    let script =
      "'\(Binary.url.path)' assess --input '\(file.path)' --format json | head -1; echo \"status ${PIPESTATUS[0]}\" >&2"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    let errors = Pipe()
    let output = Pipe()
    process.standardError = errors
    process.standardOutput = output
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(String(decoding: stdout, as: UTF8.self).hasPrefix("{\"authority\":\"camden\""))
    #expect(stderr == "status 0\n", "the program printed: \(stderr)")
  }
}
