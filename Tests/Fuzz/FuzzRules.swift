// libFuzzer target for rule-set files (`--rules`, `rules check`, `rules test`): the bytes read
// by RuleSetReader. Built by Tests/Fuzz/run.sh with swiftc -sanitize=fuzzer,address, with
// StreamChecks.swift; not part of the package build.
//
// For every input the reader must not crash, and a failure must name at least one problem.
// When the file reads:
// - the rule-set checker runs on what was read and finds nothing (the reader ran it already);
// - the rule set exported (RuleSetWriter, as `rules export` writes it) reads back, the two
//   differ in nothing (RuleSetDiff), and exporting what was read back gives identical bytes;
// - when the registry accepts it beside the built-in rule sets (as `--rules` adds it), its
//   examples run, and cases made from its areas and indicators pass the stream checks of
//   StreamChecks.swift in the summary, JSON, CSV and full text formats.
import ThresholdCore

/// The name problems give the file.
let fileName = "fuzz.json"

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let ruleSet: RuleSet
  switch RuleSetReader.read(input, file: fileName) {
  case .failure(let failure):
    check(!failure.problems.isEmpty, "the file was refused with no problem named")
    for problem in failure.problems { _ = problem.description }
    return 0
  case .success(let read):
    ruleSet = read
  }
  let problems = RuleSetChecker.problems(in: ruleSet)
  check(
    problems.isEmpty,
    "the reader accepted a rule set the checker finds problems in: "
      + problems.prefix(3).map { "\($0.path): \($0.message)" }.joined(separator: "; "))

  var first = JSONWriter(pretty: true, capacity: 1 << 16)
  RuleSetWriter.writeRuleSet(ruleSet, into: &first)
  let again: RuleSet
  switch RuleSetReader.read(first.bytes, file: fileName) {
  case .failure(let failure):
    fatalError(
      "the export of a rule set that read does not read back: "
        + failure.problems.prefix(3).map(\.description).joined(separator: "; ")
        + "\nexport:\n\(escaped(first.bytes.prefix(4000)))")
  case .success(let read):
    again = read
  }
  let changes = RuleSetDiff(from: ruleSet, to: again).changes
  check(
    changes.isEmpty,
    "the export read back differs: "
      + changes.prefix(3).map { "\($0.part) \($0.identifier): \($0.summary)" }.joined(
        separator: "; "))
  var second = JSONWriter(pretty: true, capacity: 1 << 16)
  RuleSetWriter.writeRuleSet(again, into: &second)
  check(
    second.bytes == first.bytes,
    "exported, read back and exported again, the bytes differ:\nfirst:\n"
      + escaped(first.bytes.prefix(4000)) + "\nsecond:\n" + escaped(second.bytes.prefix(4000)))

  // As `--rules` adds it: the registry may refuse it (a clash with a built-in rule set), which
  // is an answer, not a failure.
  guard let registry = try? RuleSetRegistry.builtIn.adding([ruleSet]) else { return 0 }
  for example in ruleSet.examples.prefix(16) {
    _ = ExampleRunner.run(example, registry: registry)
  }
  _ = ExampleRunner.coverageProblems(in: ruleSet)
  checkStream(
    cases(for: ruleSet), inputFormat: .json, registry: registry,
    formats: [.summary, .json, .csv, .fullText])
  return 0
}

/// Cases for each of a rule set's areas: no indicators, every indicator (born and unborn),
/// each level's indicators, and each indicator alone at an age its ages allow.
func cases(for ruleSet: RuleSet) -> [UInt8] {
  var lines: [UInt8] = []
  var number = 0
  func add(_ area: String, age: Int?, unborn: Bool = false, _ indicators: [String]) {
    number += 1
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("id", number)
    writer.member("authority", area)
    if let age { writer.member("age", age) }
    if unborn { writer.member("unborn", true) }
    writer.member("indicators", indicators)
    writer.member("senSupportHours", 20)
    writer.endObject()
    lines += writer.bytes + [0x0A]
  }
  let indicators = ruleSet.indicators.prefix(24)
  for area in ruleSet.areas.prefix(3) {
    add(area.id, age: nil, [])
    add(area.id, age: 9, indicators.map(\.id))
    add(area.id, age: nil, unborn: true, indicators.map(\.id))
    for level in ruleSet.levels.prefix(6) {
      add(area.id, age: 12, indicators.filter { $0.level == level.rank }.map(\.id))
    }
    for indicator in indicators.prefix(12) {
      if indicator.age?.includesUnborn == true && indicator.age?.youngest == nil {
        add(area.id, age: nil, unborn: true, [indicator.id])
      } else {
        add(area.id, age: indicator.age?.youngest ?? indicator.age?.oldest ?? 7, [indicator.id])
      }
    }
  }
  return lines
}
