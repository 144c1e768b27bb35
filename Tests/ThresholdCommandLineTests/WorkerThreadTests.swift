import Foundation
import Testing

@testable import ThresholdCommandLine

@Suite("The worker thread behind parallel streams")
struct WorkerThreadTests {
  @Test("Each round runs both pieces of work, and returns only when both are done")
  func rounds() {
    let worker = WorkerThread()
    var firsts = 0
    var seconds = [Int](repeating: 0, count: 1000)
    for round in 0..<1000 {
      var second = 0
      worker.runBoth({ firsts += 1 }, { second = round + 1 })
      // The worker's write is visible once runBoth returns.
      seconds[round] = second
    }
    worker.stop()
    worker.stop()
    #expect(firsts == 1000)
    #expect(seconds == Array(1...1000))
  }

  @Test("After stop, work still runs, on the caller's thread")
  func afterStop() {
    let worker = WorkerThread()
    worker.stop()
    var order: [String] = []
    worker.runBoth({ order.append("first") }, { order.append("second") })
    #expect(order == ["first", "second"])
  }

  @Test("A worker used for one round runs both, then stops")
  func oneRound() {
    var first = false
    var second = false
    let worker = WorkerThread()
    worker.runBoth({ first = true }, { second = true })
    worker.stop()
    #expect(first && second)
  }

  @Test(
    "The processors a process may use are read from its status's Cpus_allowed mask",
    arguments: [
      ("Name:\tthresholds\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n", 2),
      ("Cpus_allowed:\t1\nCpus_allowed_list:\t0\n", 1),
      ("Cpus_allowed:\tff,ffffffff\n", 40),
      ("Cpus_allowed:\t00000000,00000004", 1),
      ("Cpus_allowed_list:\t0-1\n", nil),
      ("Cpus_allowed:\t0\n", nil),
      ("", nil),
    ] as [(String, Int?)])
  func allowedProcessors(status: String, expected: Int?) {
    #expect(WorkerThread.allowedProcessors(inStatus: Array(status.utf8)) == expected)
  }

  @Test("On one processor (taskset -c 0) a stream is read sequentially, to the same bytes")
  func oneProcessorSameBytes() throws {
    guard isInstalled("taskset") else {
      print("Skipped: taskset is not installed (util-linux); Tests/Benchmarks/run.sh uses it too.")
      return
    }
    let pinned = try runBash("taskset -c 0 sh -c 'grep Cpus_allowed: /proc/self/status'")
    #expect(pinned.stdout.contains("Cpus_allowed:\t1"), "taskset pins to one processor")
    var lines: [String] = []
    for index in 0..<3000 {
      lines.append(
        index % 11 == 5
          ? #"{"id": \#(index), "authority": "camden", "age": 30}"#
          : #"{"id": \#(index), "authority": "medway", "age": \#(index % 19)}"#)
    }
    try withScratchDirectory { directory in
      let input = directory.appendingPathComponent("cases.jsonl")
      try Data(lines.joined(separator: "\n").utf8).write(to: input)
      for format in ["json", "summary", "csv"] {
        let command = "thresholds assess --input '\(input.path)' --format \(format)"
        let two = try runBash(command)
        let one = try runBash("taskset -c 0 " + command)
        #expect(one.stdout == two.stdout, "\(format)")
        #expect(one.status == two.status && one.status == 65, "\(format)")
        #expect(
          one.stdout.utf8.split(separator: UInt8(ascii: "\n")).count == lines.count
            + (format == "csv" ? 1 : 0))
      }
    }
  }
}
