import ThresholdCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The system calls, under names that do not clash with the methods below.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) {
  _ = close(descriptor)
}

/// How the program ends: the exit status, as documented in `--help` and README.
public enum ExitCode: Int32, Sendable {
  /// Success.
  case success = 0
  /// Anything else that failed at run time (such as a file that cannot be read), or an example
  /// of a rule set that failed.
  case failure = 1
  /// A usage error: an unknown option, a missing value, an invalid value.
  case usage = 64
  /// Bad input data: a case that could not be read or assessed, a rule-set file with problems.
  case dataError = 65
}

/// What the program knows about where it runs.
public struct Environment: Sendable {
  /// The terminal width: the terminal's own when output is a terminal, else `COLUMNS`.
  public var columns: Int?
  /// Whether `NO_COLOR` is set, or `TERM` is `dumb`.
  public var noColour: Bool
  /// Whether standard output is a terminal.
  public var outputIsTerminal: Bool
  /// Whether standard input is a terminal.
  public var inputIsTerminal: Bool

  /// Creates an environment.
  ///
  /// - Parameters:
  ///   - columns: The terminal width, if known.
  ///   - noColour: Whether colour is turned off.
  ///   - outputIsTerminal: Whether standard output is a terminal.
  ///   - inputIsTerminal: Whether standard input is a terminal.
  public init(
    columns: Int? = nil, noColour: Bool = false, outputIsTerminal: Bool = false,
    inputIsTerminal: Bool = false
  ) {
    self.columns = columns
    self.noColour = noColour
    self.outputIsTerminal = outputIsTerminal
    self.inputIsTerminal = inputIsTerminal
  }

  /// The environment of this process: the terminal's width (`TIOCGWINSZ`) when standard
  /// output is a terminal, else `COLUMNS`; colour off with `NO_COLOR` or `TERM=dumb`.
  public static var current: Environment {
    let isTerminal = isatty(1) == 1
    var terminalColumns: Int?
    if isTerminal {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        terminalColumns = Int(size.ws_col)
      }
    }
    var variables: [String: String] = [:]
    for name in ["COLUMNS", "NO_COLOR", "TERM"] {
      if let value = getenv(name) { variables[name] = String(cString: value) }
    }
    return reading(
      variables: variables, outputIsTerminal: isTerminal, inputIsTerminal: isatty(0) == 1,
      terminalColumns: terminalColumns)
  }

  /// The environment described by variables and what the terminal says.
  ///
  /// - Parameters:
  ///   - variables: `COLUMNS`, `NO_COLOR` and `TERM`, where set.
  ///   - outputIsTerminal: Whether standard output is a terminal.
  ///   - inputIsTerminal: Whether standard input is a terminal.
  ///   - terminalColumns: The terminal's own width, when it reports one.
  /// - Returns: The environment.
  public static func reading(
    variables: [String: String], outputIsTerminal: Bool, inputIsTerminal: Bool,
    terminalColumns: Int?
  ) -> Environment {
    Environment(
      columns: terminalColumns ?? variables["COLUMNS"].flatMap { Int($0) },
      noColour: variables["NO_COLOR"] != nil || variables["TERM"] == "dumb",
      outputIsTerminal: outputIsTerminal, inputIsTerminal: inputIsTerminal)
  }

  /// The width to wrap text at: the terminal's, else 80 (at least 40).
  public var width: Int { max(columns ?? 80, 40) }

  /// Whether to use colour: only on a terminal, and only when colour is not turned off.
  public var usesColour: Bool { outputIsTerminal && !noColour }
}

/// Reads from a file descriptor.
public struct FileDescriptorSource: ByteSource, Sendable {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// Whether reads may wait for a writer (a pipe, socket or terminal).
  public let mayBlock: Bool

  /// Standard input.
  public static var standardInput: FileDescriptorSource {
    FileDescriptorSource(descriptor: 0, ownsDescriptor: false)
  }

  private init(descriptor: Int32, ownsDescriptor: Bool) {
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
    var status = stat()
    self.mayBlock = fstat(descriptor, &status) != 0 || (status.st_mode & S_IFMT) != S_IFREG
  }

  /// Opens a file for reading.
  ///
  /// - Parameter path: The file's path.
  /// - Throws: ``IOFailure`` naming the file and why it cannot be opened.
  public init(path: String) throws(IOFailure) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw IOFailure(message: "Cannot read '\(path)': \(String(cString: strerror(errno))).")
    }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      systemClose(descriptor)
      throw IOFailure(message: "Cannot read '\(path)': it is a directory.")
    }
    self.init(descriptor: descriptor, ownsDescriptor: true)
  }

  /// Closes the file, if this source opened it.
  public func closeFile() {
    if ownsDescriptor { systemClose(descriptor) }
  }

  /// The device and inode of what is read, for a regular file.
  var fileIdentity: FileIdentity? { FileIdentity(descriptor: descriptor) }

  /// Whether a read would return at once.
  public func hasDataReady() -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) != 0
  }

  /// Reads up to `buffer.count` bytes, retrying after interruptions.
  public mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure)
    -> Int
  {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw IOFailure(message: "Cannot read the input: \(String(cString: strerror(errno))).")
    }
  }
}

/// A regular file's device and inode, to tell whether input and output are the same file.
struct FileIdentity: Equatable {
  let device: UInt64
  let inode: UInt64

  init?(descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}

/// Writes to a file descriptor, reporting a closed pipe so the program can end quietly.
public struct FileDescriptorSink: ByteSink, Sendable {
  private let descriptor: Int32

  /// Standard output.
  public static let standardOutput = FileDescriptorSink(descriptor: 1)
  /// Standard error.
  public static let standardError = FileDescriptorSink(descriptor: 2)

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// The device and inode written to, for a regular file.
  var fileIdentity: FileIdentity? { FileIdentity(descriptor: descriptor) }

  /// Writes all the bytes, retrying after interruptions and short writes.
  public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure) {
    var offset = 0
    while offset < bytes.count {
      let count = systemWrite(
        descriptor, bytes.baseAddress.map { UnsafeRawPointer($0 + offset) }, bytes.count - offset)
      if count > 0 {
        offset += count
      } else if count < 0 && errno == EINTR {
        continue
      } else if count < 0 && errno == EPIPE {
        throw IOFailure(message: "The output was closed.", isClosedPipe: true)
      } else {
        throw IOFailure(message: "Cannot write the output: \(String(cString: strerror(errno))).")
      }
    }
  }

  /// Ignores `SIGPIPE`, so that writing to a closed pipe reports `EPIPE` instead of killing the
  /// process; the program then ends quietly.
  public static func ignoreBrokenPipeSignal() {
    signal(SIGPIPE, SIG_IGN)
  }
}

/// Where the program reads files from: the local disk, or (in tests) memory.
public protocol FileSystem {
  /// A file's whole contents, up to a limit.
  ///
  /// - Parameters:
  ///   - path: The path.
  ///   - limit: The most bytes to accept.
  /// - Returns: The bytes.
  /// - Throws: ``IOFailure`` when it cannot be read or is larger than the limit.
  func contents(of path: String, limit: Int) throws(IOFailure) -> [UInt8]

  /// Opens a file to read as a stream.
  ///
  /// - Parameter path: The path.
  /// - Returns: The source.
  /// - Throws: ``IOFailure`` when it cannot be opened.
  func open(_ path: String) throws(IOFailure) -> FileDescriptorSource
}

/// The local disk.
public struct LocalFileSystem: FileSystem {
  /// Creates the file system.
  public init() {}

  /// Reads a whole file, up to a limit.
  public func contents(of path: String, limit: Int) throws(IOFailure) -> [UInt8] {
    var source = try FileDescriptorSource(path: path)
    defer { source.closeFile() }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { buffer throws(IOFailure) in
        try source.read(into: buffer)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw IOFailure(message: "Cannot read '\(path)': it is larger than \(limit >> 20) MiB.")
      }
    }
  }

  /// Opens a file.
  public func open(_ path: String) throws(IOFailure) -> FileDescriptorSource {
    try FileDescriptorSource(path: path)
  }
}

/// Memory from `malloc`, which reports failure: a stream then answers an oversized case with an
/// error record instead of stopping.
public let mallocMemory = MemoryProvider(
  allocate: { malloc(max($0, 1)) }, free: { free($0) })
