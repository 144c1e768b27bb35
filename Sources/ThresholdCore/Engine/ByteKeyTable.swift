/// A read-only hash table from UTF-8 keys to their positions, looked up by raw bytes so the
/// streaming reader resolves identifiers without making a `String` for each.
///
/// Tables are built once per rule set and live as long as the process, so their storage is
/// allocated once and never freed: lookups then touch no reference counts.
struct ByteKeyTable: @unchecked Sendable {
  /// All keys' bytes, one after another.
  private let storage: UnsafeBufferPointer<UInt8>
  /// Each key's start and end in `storage`, by position.
  private let ranges: UnsafeBufferPointer<Range<Int>>
  /// Open-addressed slots holding position + 1 (0 is empty).
  private let slots: UnsafeBufferPointer<Int32>
  private let mask: Int

  /// Builds the table.
  ///
  /// - Parameter keys: The keys, unique; each key's position is its index.
  init(keys: [String]) {
    var storage: [UInt8] = []
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(keys.count)
    for key in keys {
      let start = storage.count
      storage.append(contentsOf: key.utf8)
      ranges.append(start..<storage.count)
    }
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    var slots = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    storage.withUnsafeBufferPointer { bytes in
      for (position, range) in ranges.enumerated() {
        var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[range])) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position + 1)
      }
    }
    self.storage = immortalCopy(of: storage)
    self.ranges = immortalCopy(of: ranges)
    self.slots = immortalCopy(of: slots)
    self.mask = mask
  }

  /// A multiply-xor hash over the bytes, eight at a time.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(bytes.count) &* multiplier
    guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash) }
    var offset = 0
    while offset + 8 < bytes.count {
      let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
      offset += 8
    }
    // The last (up to) eight bytes: one load overlapping the words above when the key is long
    // enough, byte by byte when it is shorter than a word.
    var tail: UInt64 = 0
    if bytes.count >= 8 {
      tail = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
    } else {
      for index in 0..<bytes.count { tail |= UInt64(base[index]) << UInt64(8 * index) }
    }
    hash = (hash ^ tail) &* multiplier
    hash ^= hash >> 32
    return Int(truncatingIfNeeded: hash)
  }

  /// The position of a key given as bytes.
  ///
  /// - Parameter key: The key's UTF-8 bytes.
  /// - Returns: Its position, or `nil` if it is not a key.
  @inline(__always)
  func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let keyBase = key.baseAddress, let base = storage.baseAddress else { return nil }
    var slot = Self.hash(key) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let range = ranges[entry - 1]
      if range.count == key.count, memoryEqual(base + range.lowerBound, keyBase, key.count) {
        return entry - 1
      }
      slot = (slot + 1) & mask
    }
  }
}

/// Copies an array into memory that is never freed, for tables that live as long as the process.
///
/// - Parameter array: The elements (of a trivial type).
/// - Returns: A buffer holding a copy.
func immortalCopy<Element>(of array: [Element]) -> UnsafeBufferPointer<Element> {
  let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
  _ = memory.initialize(from: array)
  return UnsafeBufferPointer(rebasing: memory[0..<array.count])
}
