// libFuzzer target for the argument parser and the whole tool run in memory. Built by
// Tests/Fuzz/run.sh with swiftc -sanitize=fuzzer,address; not part of the package build.
//
// The input is split into arguments at NUL bytes and newlines. Every run must end with one of
// the documented exit codes, and a usage error must leave standard output empty.
import ThresholdCore

/// libFuzzer calls this with each input: the bytes split into arguments at NUL bytes and
/// newlines, run through the whole tool in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let arguments = bytes.split(
    omittingEmptySubsequences: false, whereSeparator: { $0 == 0 || $0 == UInt8(ascii: "\n") }
  ).map { String(decoding: $0, as: UTF8.self) }
  _ = try? ArgumentParser.parse(arguments)
  var input = MemorySource(Array("{\"authority\": \"camden\", \"age\": 3}\n".utf8))
  var output = MemorySink()
  var errors = MemorySink()
  let code = ThresholdsTool(environment: Environment(columns: 80)).run(
    arguments: arguments, input: &input, output: &output, errors: &errors,
    openFile: { path throws(IOFailure) in
      throw IOFailure(message: "no files while fuzzing: \(path)")
    })
  precondition([.success, .failure, .usage, .dataError].contains(code))
  if code == .usage { precondition(output.bytes.isEmpty, "a usage error wrote to stdout") }
  return 0
}
