// Writes a deterministic synthetic stream of cases, as JSON Lines, from the real catalog in
// Rules/*.json: every area, ages 0-18 and unborn, 1-8 indicators that fit the age, functional
// needs scores for Camden, and about 1% invalid cases (bad JSON, unknown indicators, impossible
// ages, wrong types). With --valid-json, the invalid cases are all well-formed JSON (so that jq
// can read the same file); they are still cases thresholds must reject.
// Usage: generate <rules-directory> <count> [seed] [--valid-json]
import Foundation

struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

struct Entry {
  let id: String
  let youngest: Int?
  let oldest: Int?
  let includesUnborn: Bool
  let qualified: Bool
  let beforeBirth: Bool
  let selectable: Bool

  func admits(age: Int?) -> Bool {
    guard selectable else { return false }
    guard let age else { return beforeBirth && (!qualified || includesUnborn) }
    guard qualified else { return true }
    guard let youngest, age >= youngest else { return false }
    if let oldest, age > oldest { return false }
    return true
  }
}

let validJSON = CommandLine.arguments.contains("--valid-json")
let arguments = CommandLine.arguments.filter { $0 != "--valid-json" }
guard arguments.count >= 3, let count = Int(arguments[2]) else {
  FileHandle.standardError.write(
    Data("usage: generate <rules-directory> <count> [seed] [--valid-json]\n".utf8))
  exit(64)
}
var random = SplitMix64(state: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)
let directory = URL(fileURLWithPath: arguments[1])
var areas: [(id: String, entries: [Entry], hasMatrix: Bool)] = []
for name in ["camden", "hertfordshire", "herefordshire", "llr", "medway"] {
  let data = try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
  guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
    let indicators = object["indicators"] as? [[String: Any]],
    let areaObjects = object["areas"] as? [[String: Any]],
    let domains = object["domains"] as? [[String: Any]]
  else { fatalError("cannot read \(name).json") }
  var domainBeforeBirth: [String: Bool] = [:]
  for domain in domains {
    domainBeforeBirth[domain["id"] as? String ?? ""] = domain["appliesBeforeBirth"] as? Bool ?? true
  }
  let entries = indicators.map { indicator -> Entry in
    let ages = indicator["ages"] as? [String: Any]
    let override = indicator["beforeBirth"] as? String
    let beforeBirth =
      override.map { $0 == "applies" }
      ?? domainBeforeBirth[indicator["domain"] as? String ?? ""] ?? true
    return Entry(
      id: indicator["id"] as? String ?? "", youngest: ages?["youngest"] as? Int,
      oldest: ages?["oldest"] as? Int, includesUnborn: ages?["includesUnborn"] as? Bool ?? false,
      qualified: ages != nil, beforeBirth: beforeBirth,
      selectable: indicator["kind"] as? String != "practice-statement")
  }
  let hasMatrix = (object["rules"] as? [[String: Any]] ?? []).contains {
    ($0["effect"] as? [String: Any])?["kind"] as? String == "functional-needs"
  }
  for area in areaObjects { areas.append((area["id"] as? String ?? "", entries, hasMatrix)) }
}

let functions = ["hearing", "vision", "gross-motor", "fine-motor", "self-help", "physical-health"]
let wellFormedInvalid = [
  #"{"id": "too-old", "authority": "camden", "age": 25, "indicators": []}"#,
  #"{"id": "unknown", "authority": "camden", "age": 9, "indicators": ["no-such-indicator"]}"#,
  #"{"id": "nowhere", "authority": "nowhere", "age": 9, "indicators": []}"#,
  #"{"id": "wrong-type", "authority": "camden", "age": "nine", "indicators": []}"#,
]
let invalid =
  validJSON
  ? wellFormedInvalid
  : wellFormedInvalid + [
    #"{"id": "bad-json", "authority": "camden", "age": 9, "indicators": ["camden-young-carers"]"#,
    #"not json at all"#,
  ]
var output = ""
output.reserveCapacity(1 << 20)
let stdout = FileHandle.standardOutput
for number in 0..<count {
  if random.below(100) == 0 {
    output += invalid[random.below(invalid.count)] + "\n"
  } else {
    let area = areas[random.below(areas.count)]
    let age: Int? = random.below(20) == 0 ? nil : random.below(19)
    let fitting = area.entries.filter { $0.admits(age: age) }
    var chosen: [String] = []
    for _ in 0..<(1 + random.below(8)) {
      let id = fitting[random.below(fitting.count)].id
      if !chosen.contains(id) { chosen.append(id) }
    }
    var line = #"{"id": "case-\#(number)", "authority": "\#(area.id)", "#
    line += age.map { #""age": \#($0), "# } ?? #""unborn": true, "#
    line += #""indicators": ["# + chosen.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    if area.hasMatrix && random.below(10) == 0 {
      line +=
        #", "functionalNeeds": {"\#(functions[random.below(functions.count)])": \#(random.below(5))}"#
    }
    output += line + "}\n"
  }
  if output.utf8.count > 1 << 20 {
    stdout.write(Data(output.utf8))
    output.removeAll(keepingCapacity: true)
  }
}
stdout.write(Data(output.utf8))
