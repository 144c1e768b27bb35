/// Output bytes written in place, for the hot path of a stream: `storage[0..<count]` has been
/// written and the rest is room. A line is written with one bounds check and one uniqueness
/// check, rather than one `append(contentsOf:)` (and its checks) per piece.
struct ByteOutput {
  /// The written bytes, then spare room.
  private(set) var storage: [UInt8]
  /// How many bytes have been written.
  private(set) var count = 0

  /// Creates output with room for `capacity` bytes (it grows when a write needs more).
  init(capacity: Int) {
    storage = [UInt8](repeating: 0, count: max(capacity, 16))
  }

  /// Whether nothing has been written since the last reset.
  var isEmpty: Bool { count == 0 }

  /// Writes up to `maximum` bytes in place.
  ///
  /// - Parameters:
  ///   - maximum: The most bytes `body` may write.
  ///   - body: Writes from the pointer it is given and returns how many bytes it wrote.
  @inline(__always)
  mutating func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if storage.count - count < maximum {
      // The array's own growth is geometric; the room added is zeroed, so add only what is
      // needed (or 64 KiB, whichever is more).
      storage.append(contentsOf: repeatElement(0, count: max(maximum, 1 << 16)))
    }
    let start = count
    let written = storage.withUnsafeMutableBufferPointer { room in
      // The storage is never empty, so it has an address.
      body(room.baseAddress.unsafelyUnwrapped + start)
    }
    precondition(written <= maximum, "wrote more than the room asked for")
    count += written
  }

  /// Exchanges the storage and count with another buffer of the same kind (written bytes,
  /// then room, never empty), such as a JSON writer's: the record is then written in place.
  mutating func exchange(_ other: inout [UInt8], _ otherCount: inout Int) {
    precondition(!other.isEmpty && otherCount <= other.count, "a buffer without room")
    swap(&storage, &other)
    swap(&count, &otherCount)
  }

  /// Appends bytes.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    write(atMost: bytes.count) { target in
      if let source = bytes.baseAddress { target.update(from: source, count: bytes.count) }
      return bytes.count
    }
  }

  /// The written bytes, for the duration of `body`.
  func withBytes<Result, Failure: Error>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let count = count
    let result: Swift.Result<Result, Failure> = storage.withUnsafeBufferPointer { all in
      do throws(Failure) {
        return .success(try body(UnsafeBufferPointer(rebasing: all[0..<count])))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Forgets what was written, keeping the storage.
  mutating func reset() {
    count = 0
  }
}

/// Copies bytes to `target` and returns the pointer just past them.
@inline(__always)
func put(_ bytes: UnsafeBufferPointer<UInt8>, at target: UnsafeMutablePointer<UInt8>)
  -> UnsafeMutablePointer<UInt8>
{
  if let source = bytes.baseAddress { target.update(from: source, count: bytes.count) }
  return target + bytes.count
}

/// Copies a static string's bytes to `target` and returns the pointer just past them.
@inline(__always)
func put(_ text: StaticString, at target: UnsafeMutablePointer<UInt8>)
  -> UnsafeMutablePointer<UInt8>
{
  put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), at: target)
}

extension ByteOutput {
  /// Appends a string's UTF-8 bytes.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// The written bytes as text.
  var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }
}
