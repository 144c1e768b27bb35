@testable import ThresholdCore

/// The built-in rule sets.
let builtIn = RuleSetRegistry.builtIn
/// The built-in rule sets' identifiers.
let ruleSetIDs = builtIn.ruleSets.map(\.id)

/// A deterministic generator (SplitMix64), so generated cases are the same every run.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// JSON cases generated from the real catalogue: every area, ages 0 to 18, unborn and none,
/// indicators that fit and that do not, scores, hours, unknown keys, and a share of mutations
/// that must be rejected (wrong types, bad numbers, unknown names).
func generatedCases(count: Int, seed: UInt64 = 1) -> [String] {
  var random = SplitMix64(state: seed)
  let areas = builtIn.areas
  var lines: [String] = []
  for index in 0..<count {
    let (area, ruleSet) = random.pick(areas)
    var members: [String] = []
    if random.chance(80) {
      members.append(random.chance(20) ? #""id": \#(index)"# : #""id": "C\#(index)""#)
    }
    let authority =
      random.chance(3) ? area.id.uppercased() : random.chance(2) ? area.id + "x" : area.id
    if !random.chance(1) { members.append(#""authority": "\#(authority)""#) }
    switch random.below(10) {
    case 0: members.append(#""unborn": true"#)
    case 1: break
    case 2:
      members.append(
        #""age": \#(random.pick(["-1", "19", "9.5", "1e-400", "1e999", "7.0", "\"9\"", "0"]))"#)
    case 3: members.append(#""age": \#(random.below(19)), "unborn": true"#)
    default: members.append(#""age": \#(random.below(19))"#)
    }
    var ids: [String] = []
    for _ in 0..<random.below(6) {
      let indicator = random.pick(ruleSet.indicators)
      switch random.below(40) {
      case 0: ids.append(indicator.id + "z")
      case 1: ids.append(random.pick(builtIn.ruleSets).indicators.first?.id ?? "")
      case 2: ids.append(indicator.id.uppercased())
      // Written with escapes (decoded by the reader, so still the same identifier).
      case 3: ids.append(indicator.id.replacing("-", with: "\\u002d", maxReplacements: 1))
      case 4:
        let first = String(indicator.id.utf8.first ?? 0x61, radix: 16)
        ids.append("\\u00" + first + indicator.id.dropFirst())
      default: ids.append(indicator.id)
      }
    }
    if random.chance(95) {
      members.append(#""indicators": [\#(ids.map { "\"\($0)\"" }.joined(separator: ", "))]"#)
    } else {
      members.append(#""indicators": "\#(ids.first ?? "")""#)
    }
    if ruleSet.id == "camden" && random.chance(30) {
      let functions = [
        "hearing", "vision", "5", "self-help", "social-environmental", "hearingz",
        "PHYSICAL HEALTH",
      ]
      let scores = ["0", "2", "3", "4", "5", "\"N\"", "null", "\"x\"", "2.5", "true"]
      var pairs: [String] = []
      for _ in 0..<(1 + random.below(3)) {
        pairs.append("\"\(random.pick(functions))\": \(random.pick(scores))")
      }
      members.append(#""functionalNeeds": {\#(pairs.joined(separator: ", "))}"#)
    }
    if random.chance(10) {
      members.append(
        #""senSupportHours": \#(random.pick(["12", "20", "25.5", "-1", "200", "0x10", "1e-400"]))"#)
    }
    if random.chance(5) { members.append(#""extra\#(random.below(3))": [1, {"a": null}]"#) }
    if random.chance(2) { members.append(#""age": 3"#) }
    lines.append("{" + members.joined(separator: ", ") + "}")
  }
  return lines
}
