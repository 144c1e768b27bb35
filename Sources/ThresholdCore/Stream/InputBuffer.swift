/// Where a stream's input buffer gets its memory, so that a run can turn a failed allocation
/// for an oversized case into an error record instead of a crash. The standard library cannot
/// report a failed allocation; a command line passes one that can (`malloc`).
public struct MemoryProvider: Sendable {
  /// Allocates `count` bytes, or returns `nil` when it cannot.
  public let allocate: @Sendable (Int) -> UnsafeMutableRawPointer?
  /// Frees memory `allocate` gave.
  public let free: @Sendable (UnsafeMutableRawPointer) -> Void

  /// Creates a provider.
  ///
  /// - Parameters:
  ///   - allocate: Allocates bytes, or returns `nil`.
  ///   - free: Frees them.
  public init(
    allocate: @escaping @Sendable (Int) -> UnsafeMutableRawPointer?,
    free: @escaping @Sendable (UnsafeMutableRawPointer) -> Void
  ) {
    self.allocate = allocate
    self.free = free
  }

  /// The standard library's allocator (which stops the process if memory runs out).
  public static let standard = MemoryProvider(
    allocate: { UnsafeMutableRawPointer.allocate(byteCount: max($0, 1), alignment: 16) },
    free: { $0.deallocate() })
}

/// A growable byte buffer for input: `bytes[0..<count]` is held, the rest is room.
final class InputBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  var count = 0
  let memory: MemoryProvider

  init?(capacity: Int, memory: MemoryProvider) {
    guard let raw = memory.allocate(capacity) else { return nil }
    self.base = raw.bindMemory(to: UInt8.self, capacity: capacity)
    self.capacity = capacity
    self.memory = memory
  }

  deinit {
    memory.free(UnsafeMutableRawPointer(base))
  }

  /// The held bytes.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The room after the held bytes.
  var room: UnsafeMutableBufferPointer<UInt8> {
    UnsafeMutableBufferPointer(start: base + count, count: capacity - count)
  }

  /// Makes room for at least `needed` more bytes, keeping what is held.
  ///
  /// - Returns: `false` when the memory could not be had (the buffer is unchanged).
  func reserve(_ needed: Int) -> Bool {
    guard capacity - count < needed else { return true }
    let newCapacity = max(capacity * 2, count + needed)
    guard let raw = memory.allocate(newCapacity) else { return false }
    let grown = raw.bindMemory(to: UInt8.self, capacity: newCapacity)
    grown.update(from: base, count: count)
    memory.free(UnsafeMutableRawPointer(base))
    base = grown
    capacity = newCapacity
    return true
  }

  /// Drops the first `count` held bytes, moving the rest to the front.
  func removeFirst(_ dropped: Int) {
    guard dropped > 0 else { return }
    let kept = count - dropped
    if kept > 0 { base.update(from: base + dropped, count: kept) }
    count = kept
  }

  /// Shrinks the buffer back to `size` when it holds little and has grown far beyond it (after
  /// one large case), so memory follows the largest case only while it is being read.
  func shrink(to size: Int) {
    guard capacity > 4 * size, count <= size, let raw = memory.allocate(size) else { return }
    let smaller = raw.bindMemory(to: UInt8.self, capacity: size)
    smaller.update(from: base, count: count)
    memory.free(UnsafeMutableRawPointer(base))
    base = smaller
    capacity = size
  }
}
