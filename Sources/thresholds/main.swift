import ThresholdCommandLine

// The thin executable: everything happens in ThresholdCommandLine; this is the one exit path.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

FatalSignals.install()
FileDescriptorSink.ignoreBrokenPipeSignal()
var input = FileDescriptorSource.standardInput
var output = FileDescriptorSink.standardOutput
var errors = FileDescriptorSink.standardError
let code = ThresholdsTool(environment: .current).run(
  arguments: Array(CommandLine.arguments.dropFirst()), input: &input, output: &output,
  errors: &errors)
exit(code.rawValue)
