#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A second thread that stays up for a whole run and takes one piece of work at a time, so a
/// stream assessed in many rounds starts one thread, not one a round.
///
/// Not for use from more than one thread at a time: one caller hands work over with
/// ``runBoth(_:_:)`` and ends the thread with ``stop()``.
public final class WorkerThread: @unchecked Sendable {
  // The mutex and condition guard `work`, `isDone` and `isStopping`.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var work: (() -> Void)?
  private var isDone = true
  private var isStopping = false
  private var thread = pthread_t()
  private var isRunning = false

  /// Starts the thread (if it cannot be started, work runs on the caller's thread).
  public init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
    let context = Unmanaged.passUnretained(self).toOpaque()
    isRunning =
      pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<WorkerThread>.fromOpaque(context).takeUnretainedValue().serve()
          return nil
        }, context) == 0
  }

  /// Runs `first` on this thread and `second` on the worker at once, and returns when both
  /// are done.
  ///
  /// - Parameters:
  ///   - first: Work for this thread.
  ///   - second: Work for the worker; it must touch no state that `first` touches.
  public func runBoth(_ first: () -> Void, _ second: () -> Void) {
    guard isRunning else {
      first()
      second()
      return
    }
    withoutActuallyEscaping(second) { second in
      pthread_mutex_lock(mutex)
      work = second
      isDone = false
      pthread_cond_broadcast(condition)
      pthread_mutex_unlock(mutex)
      first()
      pthread_mutex_lock(mutex)
      while !isDone { pthread_cond_wait(condition, mutex) }
      pthread_mutex_unlock(mutex)
    }
  }

  /// How many processors this process may run on (its CPU affinity, as `taskset` sets it), or
  /// 2 where that cannot be read. On one processor a second thread only takes turns with the
  /// first, so a run there reads sequentially.
  public static var availableProcessors: Int {
    #if os(Linux)
      // `sched_getaffinity` is not in the Glibc module; the kernel prints the same mask in
      // /proc/self/status as "Cpus_allowed:\t3" (hexadecimal, in comma-separated words).
      let file = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
      guard file >= 0 else { return 2 }
      defer { close(file) }
      var text: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4096)
      while text.count < 1 << 16 {
        let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        text += chunk[0..<count]
      }
      return allowedProcessors(inStatus: text) ?? 2
    #else
      return max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
    #endif
  }

  /// The number of processors in the `Cpus_allowed:` line of a /proc/PID/status text (a
  /// hexadecimal mask in comma-separated words), or `nil` if there is none, it allows none or
  /// it is not a mask.
  static func allowedProcessors(inStatus text: [UInt8]) -> Int? {
    let key = "Cpus_allowed:"
    for line in String(decoding: text, as: UTF8.self).split(separator: "\n")
    where line.hasPrefix(key) {
      var processors = 0
      for word in line.dropFirst(key.count).split(separator: ",") {
        guard let bits = UInt64(word.filter { !$0.isWhitespace }, radix: 16) else { return nil }
        processors += bits.nonzeroBitCount
      }
      return processors > 0 ? processors : nil
    }
    return nil
  }

  /// Ends the thread and waits for it.
  public func stop() {
    guard isRunning else { return }
    pthread_mutex_lock(mutex)
    isStopping = true
    pthread_cond_broadcast(condition)
    pthread_mutex_unlock(mutex)
    pthread_join(thread, nil)
    isRunning = false
  }

  private func serve() {
    pthread_mutex_lock(mutex)
    while true {
      while work == nil && !isStopping { pthread_cond_wait(condition, mutex) }
      guard let next = work else { break }
      pthread_mutex_unlock(mutex)
      next()
      pthread_mutex_lock(mutex)
      work = nil
      isDone = true
      pthread_cond_broadcast(condition)
    }
    pthread_mutex_unlock(mutex)
  }

  deinit {
    stop()
    pthread_cond_destroy(condition)
    pthread_mutex_destroy(mutex)
    condition.deallocate()
    mutex.deallocate()
  }
}
