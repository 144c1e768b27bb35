// libFuzzer target for the argument parser and the whole tool run in memory. Built by
// Tests/Fuzz/run.sh with swiftc -sanitize=fuzzer,address, with the command line's sources
// compiled into the target's own module; not part of the package build.
//
// The input is split into arguments at NUL bytes and newlines and run through
// ThresholdsTool.run with standard input, output and error in memory and a file system in
// memory (no real file is read or written: `--input FILE` cannot be opened; `--rules` and
// `rules check|test|diff` can read example.json, a small valid rule set, broken.json, a
// broken copy, and medway.json, the built-in Medway rule set exported). Every run must end
// with one of the documented exit codes (0, 1, 64, 65); a usage error (64) must leave
// standard output empty; and neither standard output nor standard error may hold a raw
// control character (messages quote what was typed; CSV's CRLF is allowed).
import ThresholdCore

/// Files in memory: whole files can be read; none can be opened as a stream.
struct MemoryFileSystem: FileSystem {
  let files: [String: [UInt8]]

  func contents(of path: String, limit: Int) throws(IOFailure) -> [UInt8] {
    guard let bytes = files[path] else {
      throw IOFailure(message: "Cannot read '\(path)': No such file or directory.")
    }
    guard bytes.count <= limit else {
      throw IOFailure(message: "Cannot read '\(path)': it is larger than \(limit >> 20) MiB.")
    }
    return bytes
  }

  func open(_ path: String) throws(IOFailure) -> FileDescriptorSource {
    throw IOFailure(message: "Cannot read '\(path)': no files are opened while fuzzing.")
  }
}

/// A small valid rule set (a trimmed copy of Rules/examples/example-borough.json; the same as
/// Tests/Fuzz/corpus/rules/example-trimmed.json).
let exampleRuleSet = #"""
  {
    "formatVersion": 1,
    "document": {
      "ruleSet": "example",
      "title": "Example Borough Threshold Guidance (invented)",
      "publisher": "Example Borough Safeguarding Partnership (invented)",
      "version": null,
      "date": "December 2026",
      "file": "example-borough.txt"
    },
    "notes": [{"heading": "Not a real document", "text": "Invented to show the format.", "source": "This file"}],
    "levels": [
      {"rank": 1, "label": "Level 1", "name": "Universal", "categories": ["universal"], "description": "Needs met by universal services.", "details": [], "source": "Section 2"},
      {"rank": 2, "label": "Level 2", "name": "Early help", "categories": ["early-help"], "description": "Additional needs.", "details": [], "source": "Section 2"},
      {"rank": 3, "label": "Level 3", "name": "Child in need", "categories": ["child-in-need-s17"], "description": "Complex needs.", "details": [], "source": "Section 2"},
      {"rank": 4, "label": "Level 4", "name": "Child protection", "categories": ["child-protection-s47"], "description": "Significant harm.", "details": [], "source": "Section 2"}
    ],
    "domains": [
      {"id": "child-development", "name": "The child's development", "subdomains": [{"id": "health", "name": "Health"}], "appliesBeforeBirth": false, "source": "Appendix A"},
      {"id": "parenting", "name": "Parenting capacity", "subdomains": [], "source": "Appendix A"}
    ],
    "indicators": [
      {"id": "example-missed-health-appointments", "text": "Not brought to some health appointments", "level": 2, "domain": "child-development", "subdomain": "health", "ages": null, "kind": "need", "source": "Appendix A"},
      {"id": "example-poor-school-attendance", "text": "School attendance below 90%", "level": 2, "domain": "child-development", "subdomain": "health", "ages": {"printed": "5-16 years", "youngest": 5, "oldest": 16, "includesUnborn": false}, "kind": "need", "source": "Appendix A"},
      {"id": "example-concerns-about-unborn-baby", "text": "Concerns about the care an unborn baby will receive", "level": 3, "domain": "parenting", "subdomain": null, "ages": {"printed": "unborn", "youngest": null, "oldest": null, "includesUnborn": true}, "kind": "need", "beforeBirth": "applies", "source": "Appendix A"},
      {"id": "example-unexplained-injury", "text": "An injury with no explanation", "level": 4, "domain": "child-development", "subdomain": "health", "ages": null, "kind": "possible-indicator", "kindHeading": "Signs that may indicate abuse", "source": "Appendix A"},
      {"id": "example-listen-to-the-child", "text": "The child's views are sought", "level": 1, "domain": "parenting", "subdomain": null, "ages": null, "kind": "practice-statement", "instead": "Choose the need you see.", "source": "Appendix A"}
    ],
    "rules": [
      {"id": "example-two-needs-for-early-help", "name": "Two needs for early help", "sentence": "Early help where two Level 2 needs are present.", "source": "Section 3", "interpretation": null, "areas": null, "effect": {"kind": "require-count", "level": 2, "count": 2, "otherwise": 1}},
      {"id": "example-highest-need", "name": "The highest need decides", "sentence": "A single need at Level 3 or 4 is enough.", "source": "Section 3", "interpretation": null, "areas": null, "effect": {"kind": "highest-indicator"}}
    ],
    "areas": [
      {
        "id": "example-borough",
        "name": "Example Borough",
        "routes": [
          {"level": 1, "name": "Universal services", "actions": ["No referral is needed."], "service": "Universal services", "contacts": [], "form": null, "timescale": null, "consent": null, "source": "Section 4"},
          {"level": 2, "name": "Early help", "actions": ["Complete an early help assessment."], "service": "Early Help Hub", "contacts": [{"service": "Early Help Hub", "kind": "phone", "value": "01632 960100"}], "form": "Early help assessment", "timescale": "Within 10 working days.", "consent": "Needs the family's consent.", "source": "Section 4"},
          {"level": 3, "name": "Child in need", "actions": ["Telephone the front door."], "service": "Children's Front Door", "contacts": [{"service": "Referral form", "kind": "web", "value": "https://example.org/referral"}], "form": "Referral form", "timescale": "One working day.", "consent": "Seek consent unless unsafe.", "source": "Section 4"},
          {"level": 4, "name": "Child protection", "actions": ["Telephone the front door at once."], "service": "Children's Front Door", "contacts": [{"service": "Emergency Duty Team", "kind": "phone", "value": "01632 960999"}], "form": "Referral form", "timescale": "At once.", "consent": "Consent is not needed.", "source": "Section 4"}
        ],
        "immediateDanger": {"text": "Call 999.", "contacts": [{"service": "Police", "kind": "phone", "value": "999"}], "isGeneralAdvice": false, "source": "Section 1"},
        "consent": [{"ages": {"printed": "under 13", "youngest": 0, "oldest": 12, "includesUnborn": true}, "text": "Ask a parent.", "source": "Section 5"}],
        "specialRoutes": [{"id": "before-birth", "name": "Before birth", "guidance": ["Refer early."], "contacts": [], "triggers": [{"unborn": true}], "source": "Section 6"}],
        "supportContacts": [],
        "notes": []
      }
    ],
    "examples": [
      {"name": "Two Level 2 needs: early help", "case": {"authority": "example-borough", "age": 8, "indicators": ["example-poor-school-attendance", "example-missed-health-appointments"]}, "level": 2, "route": ["01632 960100"], "notRules": ["example-two-needs-for-early-help"]},
      {"name": "An unborn baby", "case": {"authority": "example-borough", "unborn": true, "indicators": ["example-concerns-about-unborn-baby"]}, "level": 3, "specialRoutes": ["before-birth"]},
      {"name": "Attendance is for ages 5 to 16", "case": {"authority": "example-borough", "age": 3, "indicators": ["example-poor-school-attendance"]}, "rejectedBecause": "5-16 years"}
    ]
  }
  """#

let files: MemoryFileSystem = {
  let example = Array(exampleRuleSet.utf8)
  var broken = example
  broken.removeLast(example.count / 3)
  var medway = JSONWriter(pretty: true, capacity: 1 << 20)
  if let ruleSet = RuleSetRegistry.builtIn.ruleSet(id: "medway") {
    RuleSetWriter.writeRuleSet(ruleSet, into: &medway)
  }
  return MemoryFileSystem(files: [
    "example.json": example, "broken.json": broken, "medway.json": medway.bytes,
  ])
}()

/// Standard input: two cases (one JSON Lines stream, or two lines of a guided dialogue).
let standardInput = Array(
  (#"{"id": 1, "authority": "camden", "age": 3}"# + "\n"
    + #"{"id": 2, "authority": "example-borough", "age": 9, "indicators": ["example-poor-school-attendance"]}"#
    + "\n").utf8)

/// The offset of the first raw control character (as StreamChecks.swift defines them).
func firstRawControl(_ bytes: [UInt8]) -> Int? {
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    if byte < 0x20 && byte != 0x0A
      && !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A)
    {
      return index
    }
    if byte == 0x7F { return index }
    if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
      return index
    }
    index += 1
  }
  return nil
}

/// libFuzzer calls this with each input: the bytes split into arguments at NUL bytes and
/// newlines, run through the whole tool in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let arguments = bytes.split(
    omittingEmptySubsequences: false, whereSeparator: { $0 == 0 || $0 == UInt8(ascii: "\n") }
  ).map { String(decoding: $0, as: UTF8.self) }
  _ = try? ArgumentParser.parse(arguments)
  var input = MemorySource(standardInput)
  var output = MemorySink()
  var errors = MemorySink()
  let code = ThresholdsTool(environment: Environment(columns: 40 + size % 80)).run(
    arguments: arguments, input: &input, output: &output, errors: &errors, files: files)
  func show(_ bytes: [UInt8]) -> String { String(decoding: bytes.prefix(1500), as: UTF8.self) }
  if ![0, 1, 64, 65].contains(code.rawValue) {
    fatalError("exit code \(code.rawValue) for \(arguments)")
  }
  if code == .usage && !output.bytes.isEmpty {
    fatalError("a usage error wrote to standard output for \(arguments):\n\(show(output.bytes))")
  }
  for (name, sink) in [("standard output", output), ("standard error", errors)] {
    if let index = firstRawControl(sink.bytes) {
      fatalError(
        "\(name) holds a raw control character (byte \(index), "
          + "0x\(String(sink.bytes[index], radix: 16))) for \(arguments):\n\(show(sink.bytes))")
    }
  }
  return 0
}
