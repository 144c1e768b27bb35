#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs two closures at once on two threads (POSIX threads): the second on a new thread, the
/// first on this one. Returns when both are done. If a thread cannot be started, runs them one
/// after the other.
///
/// - Parameters:
///   - first: Work for this thread.
///   - second: Work for a new thread; it must touch no state that `first` touches.
public func runBoth(_ first: () -> Void, _ second: () -> Void) {
  withoutActuallyEscaping(second) { second in
    let work = Unmanaged.passRetained(ThreadWork(second))
    var thread = pthread_t()
    let started =
      pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          let work = Unmanaged<ThreadWork>.fromOpaque(context).takeUnretainedValue()
          work.body()
          return nil
        }, work.toOpaque()) == 0
    first()
    if started {
      pthread_join(thread, nil)
    } else {
      second()
    }
    work.release()
  }
}

/// A closure handed to another thread. The caller guarantees it shares no mutable state with
/// the work on the calling thread, and waits for it before going on.
private final class ThreadWork: @unchecked Sendable {
  let body: () -> Void
  init(_ body: @escaping () -> Void) { self.body = body }
}
