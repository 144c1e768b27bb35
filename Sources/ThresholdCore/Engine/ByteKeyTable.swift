/// A read-only hash table from UTF-8 keys to their positions, looked up by raw bytes so the
/// streaming reader resolves identifiers without making a `String` for each.
struct ByteKeyTable: Sendable {
  /// All keys' bytes, one after another.
  private let storage: [UInt8]
  /// Each key's start and end in `storage`, by position.
  private let ranges: [Range<Int>]
  /// Open-addressed slots holding position + 1 (0 is empty).
  private let slots: [Int32]
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
    self.storage = storage
    self.ranges = ranges
    self.slots = slots
    self.mask = mask
  }

  /// FNV-1a over the bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  /// The position of a key given as bytes.
  ///
  /// - Parameter key: The key's UTF-8 bytes.
  /// - Returns: Its position, or `nil` if it is not a key.
  func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = Self.hash(key) & mask
    return storage.withUnsafeBufferPointer { bytes in
      while true {
        let entry = Int(slots[slot])
        if entry == 0 { return nil }
        let range = ranges[entry - 1]
        if range.count == key.count,
          memoryEqual(bytes.baseAddress.map { $0 + range.lowerBound }, key.baseAddress, key.count)
        {
          return entry - 1
        }
        slot = (slot + 1) & mask
      }
    }
  }

  @inline(__always)
  private func memoryEqual(
    _ lhs: UnsafePointer<UInt8>?, _ rhs: UnsafePointer<UInt8>?, _ count: Int
  ) -> Bool {
    guard count > 0 else { return true }
    guard let lhs, let rhs else { return false }
    for offset in 0..<count where lhs[offset] != rhs[offset] {
      return false
    }
    return true
  }
}
