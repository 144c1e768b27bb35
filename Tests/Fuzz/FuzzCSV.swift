// libFuzzer target for the stream of cases read as CSV (`--input-format csv`). Built by
// Tests/Fuzz/run.sh with swiftc -sanitize=fuzzer,address, with StreamChecks.swift; not part of
// the package build.
//
// The input's first byte chooses: when even, the rest of the input follows a fixed valid
// header naming every column a case has (so the fuzzer works on rows); when odd, the rest is
// read as it is (so the fuzzer works on headers too). Either way the bytes must pass every
// check in StreamChecks.swift: one answer or error record a row in summary and JSON, the same
// output however the input is chunked, the parallel reader's output byte for byte the
// sequential reader's, CSV output that parses back as RFC 4180 with the same number of columns
// in every row, and no raw control characters in text, Markdown or HTML.
import ThresholdCore

/// The header prepended to half the inputs.
let validHeader = Array("id,authority,age,unborn,indicators,functions,senHours\n".utf8)

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let selector = bytes.first else {
    checkStream([], inputFormat: .csv)
    return 0
  }
  let rest = Array(bytes.dropFirst())
  checkStream(selector % 2 == 0 ? validHeader + rest : rest, inputFormat: .csv)
  return 0
}
