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
}
