// libFuzzer target for the JSON reader and the stream of cases read as JSON. Built by
// Tests/Fuzz/run.sh with swiftc -sanitize=fuzzer,address, with StreamChecks.swift; not part of
// the package build.
//
// For every input: the generic parser, CaseText(json:) and Case(json:) must not crash; and the
// bytes read as a stream of JSON cases must pass every check in StreamChecks.swift: one line a
// case in summary and JSON, the same output however the input is chunked, the parallel
// reader's output byte for byte the sequential reader's, CSV output that parses back, and no
// raw control characters in text, Markdown or HTML.
import ThresholdCore

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? JSONValue.parse(input)
  _ = try? CaseText(json: input)
  _ = try? Case(json: input)
  checkStream(input, inputFormat: .json)
  return 0
}
