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
  /// Anything else that failed at run time (such as a file that cannot be read).
  case failure = 1
  /// A usage error: an unknown option, a missing value, an invalid value.
  case usage = 64
  /// Bad input data: a JSON case that could not be read or assessed.
  case dataError = 65
}

/// What the program knows about where it runs.
public struct Environment: Sendable {
  /// The terminal width from `COLUMNS`, if set.
  public var columns: Int?
  /// Whether `NO_COLOR` is set.
  public var noColour: Bool
  /// Whether standard output is a terminal.
  public var outputIsTerminal: Bool

  /// Creates an environment.
  ///
  /// - Parameters:
  ///   - columns: The terminal width, if known.
  ///   - noColour: Whether `NO_COLOR` is set.
  ///   - outputIsTerminal: Whether standard output is a terminal.
  public init(columns: Int? = nil, noColour: Bool = false, outputIsTerminal: Bool = false) {
    self.columns = columns
    self.noColour = noColour
    self.outputIsTerminal = outputIsTerminal
  }

  /// The environment of this process.
  public static var current: Environment {
    let columns = getenv("COLUMNS").flatMap { Int(String(cString: $0)) }
    return Environment(
      columns: columns, noColour: getenv("NO_COLOR") != nil, outputIsTerminal: isatty(1) == 1)
  }

  /// The width to wrap text at: `COLUMNS`, else 80.
  public var width: Int { max(columns ?? 80, 40) }

  /// Whether to use colour: only on a terminal, and only without `NO_COLOR`.
  public var usesColour: Bool { outputIsTerminal && !noColour }
}

/// Reads from a file descriptor.
public struct FileDescriptorSource: ByteSource, Sendable {
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Standard input.
  public static var standardInput: FileDescriptorSource {
    FileDescriptorSource(descriptor: 0, ownsDescriptor: false)
  }

  private init(descriptor: Int32, ownsDescriptor: Bool) {
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
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
    self.descriptor = descriptor
    self.ownsDescriptor = true
  }

  /// Closes the file, if this source opened it.
  public func closeFile() {
    if ownsDescriptor { systemClose(descriptor) }
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

/// Collects output in memory (for tests and in-process use).
public struct MemorySink: ByteSink {
  /// The bytes written.
  public var bytes: [UInt8] = []

  /// Creates an empty sink.
  public init() {}

  /// Appends the bytes.
  public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure) {
    self.bytes.append(contentsOf: bytes)
  }

  /// The bytes as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Reads from bytes in memory (for tests and in-process use).
public struct MemorySource: ByteSource {
  private let bytes: [UInt8]
  private var offset = 0
  private let chunk: Int

  /// Creates a source.
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - chunk: At most this many bytes per read, to exercise reads that split values.
  public init(_ bytes: [UInt8], chunk: Int = .max) {
    self.bytes = bytes
    self.chunk = max(chunk, 1)
  }

  /// Copies the next bytes.
  public mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure)
    -> Int
  {
    let count = min(buffer.count, bytes.count - offset, chunk)
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}
