// libFuzzer target for the JSON reader and the stream of cases. Built by Tests/Fuzz/run.sh
// with swiftc -sanitize=fuzzer,address; not part of the package build.
//
// For every input: the generic parser and Case(json:) must not crash; the stream must answer
// every case with exactly one line; and the two-segment reader must write exactly what the
// sequential reader writes.
import ThresholdCore

struct FuzzSource: ByteSource {
  let bytes: [UInt8]
  var offset = 0
  let chunk: Int

  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int {
    let count = min(buffer.count, bytes.count - offset, chunk)
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}

struct FuzzSink: ByteSink {
  var bytes: [UInt8] = []
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure) {
    self.bytes.append(contentsOf: bytes)
  }
}

/// libFuzzer calls this with each input: the bytes read as JSON, as a case and as a stream.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? JSONValue.parse(input)
  _ = try? Case(json: input)
  for format in [AssessmentStream.Format.summary, .json] {
    var source = FuzzSource(bytes: input, chunk: 1 + size % 13)
    var sink = FuzzSink()
    var stream = AssessmentStream(format: format, readSize: 16)
    guard let totals = try? stream.run(from: &source, to: &sink) else {
      fatalError("reading memory failed")
    }
    let lines = sink.bytes.count { $0 == UInt8(ascii: "\n") }
    precondition(lines == totals.cases, "\(totals.cases) cases but \(lines) lines")
    var parallelSource = FuzzSource(bytes: input, chunk: 64)
    var parallelSink = FuzzSink()
    guard
      let parallelTotals = try? AssessmentStream.runInParallel(
        format: format, from: &parallelSource, to: &parallelSink,
        runBoth: { first, second in
          first()
          second()
        }, segmentSize: 64)
    else { fatalError("reading memory failed") }
    precondition(parallelTotals == totals, "parallel totals differ")
    precondition(parallelSink.bytes == sink.bytes, "parallel output differs")
  }
  return 0
}
