import Foundation

/// Runs the built `thresholds` binary, as a user's shell would.
enum Binary {
  /// The executable, which SwiftPM builds beside the test bundle.
  static let url: URL = {
    let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return testExecutable.deletingLastPathComponent().appendingPathComponent("thresholds")
  }()

  struct Output {
    let stdout: String
    let stderr: String
    let status: Int32
    var stdoutLines: [String] {
      stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
  }

  /// Runs the binary with arguments, standard input and environment, in a directory.
  static func run(
    _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
    directory: URL? = nil
  ) throws -> Output {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("thresholds-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let input = scratch.appendingPathComponent("stdin")
    let output = scratch.appendingPathComponent("stdout")
    let errors = scratch.appendingPathComponent("stderr")
    try stdin.write(to: input)
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    env.merge(environment) { $1 }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: input)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// The golden files' directory.
let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Golden")

/// Whether to rewrite golden files instead of comparing (`THRESHOLDS_RECORD=1`).
let isRecording = ProcessInfo.processInfo.environment["THRESHOLDS_RECORD"] == "1"
