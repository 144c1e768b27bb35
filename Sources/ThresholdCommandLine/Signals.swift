#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Keeps case data out of crash reports: a case is sensitive personal data about a child, and
/// the Swift runtime's crash report (its backtracer) prints registers and memory, which can
/// hold it.
///
/// ``install()`` replaces the runtime's handlers for the fatal signals with one that writes a
/// single fixed line to standard error and ends the process with the signal's status; it also
/// turns core dumps off (a zero core-file limit), so no file holding case data is written.
public enum FatalSignals {
  /// The line written when the program stops on a fatal signal.
  public static let message: StaticString =
    "thresholds: stopped by an internal error; nothing about the cases is shown here.\n"

  /// The signals handled.
  static let signals: [Int32] = [
    SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT, SIGQUIT, SIGSYS,
  ]

  /// Installs the handlers and turns core dumps off. Call it first thing in `main`.
  public static func install() {
    var limit = rlimit(rlim_cur: 0, rlim_max: 0)
    _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
    // A blocked signal would never reach the handler (a mask is inherited from whoever started
    // the program), so unblock them first.
    var mask = sigset_t()
    sigemptyset(&mask)
    for number in signals { sigaddset(&mask, number) }
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    for number in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        // Only async-signal-safe calls: write, then the default action for the signal.
        _ = write(2, FatalSignals.message.utf8Start, FatalSignals.message.utf8CodeUnitCount)
        signal(number, SIG_DFL)
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
  }
}
