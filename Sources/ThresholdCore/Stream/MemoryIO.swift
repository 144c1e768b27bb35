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
  /// Whether to behave like a pipe (reads may wait), for tests of when answers are written.
  public let mayBlock: Bool

  /// Creates a source.
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - chunk: At most this many bytes per read, to exercise reads that split values.
  ///   - mayBlock: Whether to behave like a pipe.
  public init(_ bytes: [UInt8], chunk: Int = .max, mayBlock: Bool = false) {
    self.bytes = bytes
    self.chunk = max(chunk, 1)
    self.mayBlock = mayBlock
  }

  /// Like a pipe fed in chunks: data is ready only between chunks' ends.
  public func hasDataReady() -> Bool { !mayBlock || offset % chunk != 0 || offset == bytes.count }

  /// Copies the next bytes.
  public mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure)
    -> Int
  {
    let count = min(buffer.count, bytes.count - offset, chunk - offset % chunk)
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}
