import Testing

@testable import ThresholdCore

@Suite("Rule sets exported and read back assess exactly as the built-in ones")
struct RoundTripTests {
  /// Every built-in rule set, exported and read back by the rule-set reader.
  static func readBack() throws -> RuleSetRegistry {
    var loaded: [RuleSet] = []
    for ruleSet in builtIn.ruleSets {
      var writer = JSONWriter(pretty: true, capacity: 1 << 20)
      RuleSetWriter.writeRuleSet(ruleSet, into: &writer)
      switch RuleSetReader.read(writer.bytes, file: "\(ruleSet.id).json") {
      case .success(let read): loaded.append(read)
      case .failure(let failure):
        Issue.record("\(ruleSet.id): \(failure.problems.prefix(3).map(\.description))")
      }
    }
    return try RuleSetRegistry(ruleSets: loaded)
  }

  static func run(_ input: [UInt8], _ registry: RuleSetRegistry, _ options: OutputOptions) throws
    -> String
  {
    var stream = AssessmentStream(registry: registry, options: options)
    var source = MemorySource(input)
    var sink = MemorySink()
    _ = try stream.run(from: &source, to: &sink)
    return sink.text
  }

  @Test("Byte-identical results for a large generated stream, in every format")
  func identicalResults() throws {
    let loaded = try Self.readBack()
    let input = Array(generatedCases(count: 4000, seed: 7).joined(separator: "\n").utf8)
    for format in [OutputFormat.summary, .csv, .text, .markdown, .html] {
      let options = OutputOptions(format: format, isFull: format == .text, showsCaseNumbers: true)
      let original = try Self.run(input, builtIn, options)
      // Records name the file a loaded rule set was read from; nothing else may differ.
      let again = try Self.run(input, loaded, options)
        .replacing(/;\s+rules\s+read\s+from\s+[a-z]+\.json/, with: "")
        .replacing(/,"loadedFrom":"[a-z]+\.json"/, with: "")
        .replacing(#/\s+Rules\s+read\s+from\s+[a-z]+\.json\./#, with: "")
      #expect(original == again, "\(format)")
    }
    let reference = OutputOptions(format: .json, routesByReference: true)
    #expect(try Self.run(input, builtIn, reference) == Self.run(input, loaded, reference))
    // The full record names the file a loaded rule set was read from; nothing else differs.
    let full = try Self.run(input, loaded, OutputOptions(format: .json))
    let stripped = full.replacing(/,"loadedFrom":"[a-z]+\.json"/, with: "")
    #expect(try Self.run(input, builtIn, OutputOptions(format: .json)) == stripped)
  }

  @Test("Exported, read back and exported again: the same bytes", arguments: ruleSetIDs)
  func exportIsStable(id: String) throws {
    let ruleSet = try #require(builtIn.ruleSet(id: id))
    var first = JSONWriter(pretty: true, capacity: 1 << 20)
    RuleSetWriter.writeRuleSet(ruleSet, into: &first)
    guard case .success(let read) = RuleSetReader.read(first.bytes, file: "\(id).json") else {
      Issue.record("could not read back")
      return
    }
    var second = JSONWriter(pretty: true, capacity: 1 << 20)
    RuleSetWriter.writeRuleSet(read, into: &second)
    let strippedSecond = String(decoding: second.bytes, as: UTF8.self)
      .replacing("\n    \"loadedFrom\": \"\(id).json\",", with: "")
      .replacing(",\n    \"loadedFrom\": \"\(id).json\"", with: "")
    #expect(String(decoding: first.bytes, as: UTF8.self) == strippedSecond)
  }
}
