/// A read-only hash table from UTF-8 keys to their positions, looked up by raw bytes so the
/// streaming reader resolves identifiers without making a `String` for each.
///
/// Tables are built once per rule set and live as long as the process, so their storage is
/// allocated once and never freed: lookups then touch no reference counts.
struct ByteKeyTable: @unchecked Sendable {
  /// One record per key: its position (4 bytes, little-endian), its length (2 bytes), then
  /// its bytes; so checking a candidate and reading its position touch one place in memory.
  private let records: UnsafeBufferPointer<UInt8>
  /// Open-addressed slots: 0 is empty; otherwise the high 32 bits are the key's hash's high
  /// 32 bits (compared before the record is read) and the low 32 bits are its record's offset
  /// in `records` + 1.
  private let slots: UnsafeBufferPointer<UInt64>
  private let mask: Int

  /// Builds the table.
  ///
  /// - Parameter keys: The keys, unique, each shorter than 64 KiB; each key's position is its
  ///   index.
  init(keys: [String]) {
    var records: [UInt8] = []
    var offsets: [Int] = []
    offsets.reserveCapacity(keys.count)
    for (position, key) in keys.enumerated() {
      precondition(key.utf8.count < 1 << 16, "a key is too long for the table")
      offsets.append(records.count)
      withUnsafeBytes(of: UInt32(position).littleEndian) { records.append(contentsOf: $0) }
      withUnsafeBytes(of: UInt16(key.utf8.count).littleEndian) { records.append(contentsOf: $0) }
      records.append(contentsOf: key.utf8)
    }
    precondition(records.count < Int(UInt32.max), "too many keys for the table")
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    var slots = [UInt64](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (key, offset) in zip(keys, offsets) {
      var key = key
      let hash = key.withUTF8 { Self.hash($0) }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(offset + 1)
    }
    self.records = immortalCopy(of: records)
    self.slots = immortalCopy(of: slots)
    self.mask = mask
  }

  /// A multiply-xor hash over the bytes, eight at a time (``KeyHash``, which a reader can also
  /// compute while it scans a string, so that looking the string up reads it only to compare).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = KeyHash()
    guard let base = bytes.baseAddress else { return hash.finish(tail: 0, count: 0) }
    var offset = 0
    while offset + 8 < bytes.count {
      hash.add(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
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
    return hash.finish(tail: tail, count: bytes.count)
  }

  /// The position of a key given as bytes.
  ///
  /// - Parameter key: The key's UTF-8 bytes.
  /// - Returns: Its position, or `nil` if it is not a key.
  @inline(__always)
  func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    position(of: key, hash: Self.hash(key))
  }

  /// The position of a key given as bytes and their ``hash(_:)``.
  @inline(__always)
  func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    guard let keyBase = key.baseAddress, let base = records.baseAddress else { return nil }
    let fingerprint = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == fingerprint {
        let record = UnsafeRawPointer(base + Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1)
        let length = Int(
          UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 4, as: UInt16.self)))
        if length == key.count,
          memoryEqual(record.assumingMemoryBound(to: UInt8.self) + 6, keyBase, length)
        {
          return Int(UInt32(littleEndian: record.loadUnaligned(as: UInt32.self)))
        }
      }
      slot = (slot + 1) & mask
    }
  }
}

extension ByteKeyTable {
  /// The position of a key given as bytes, matched ignoring ASCII case (the keys themselves are
  /// lower case): the exact bytes first, then, only if they hold capitals, folded.
  ///
  /// - Parameters:
  ///   - key: The key's UTF-8 bytes.
  ///   - hash: Their ``ByteKeyTable/hash(_:)``, if the reader worked it out while it scanned
  ///     them.
  /// - Returns: Its position, or `nil`.
  @inline(__always)
  func position(ofFolded key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int? {
    if let found = position(of: key, hash: hash ?? Self.hash(key)) { return found }
    guard key.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { return nil }
    let folded = key.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
    return folded.withUnsafeBufferPointer { position(of: $0) }
  }
}

/// ``ByteKeyTable``'s hash, a word at a time: every word of a key but the last (up to) eight
/// bytes goes through ``add(_:)``; then ``finish(tail:count:)`` takes those last bytes (a load
/// that overlaps the words before it, or, for a key shorter than a word, its bytes in the low
/// bytes of a zero word) and the key's length. The length comes last so that a scanner, which
/// knows it only at the closing quote, can hash as it goes.
struct KeyHash {
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  private var state: UInt64 = 0x243F_6A88_85A3_08D3

  /// Mixes in one whole word of the key (not its last).
  @inline(__always)
  mutating func add(_ word: UInt64) {
    state = (state ^ word) &* Self.multiplier
    state ^= state >> 29
  }

  /// The hash, from the key's last (up to) eight bytes and its length.
  @inline(__always)
  func finish(tail: UInt64, count: Int) -> UInt64 {
    var hash = (state ^ tail) &* Self.multiplier
    hash ^= UInt64(truncatingIfNeeded: count) &* 0xC2B2_AE3D_27D4_EB4F
    hash ^= hash >> 32
    return hash
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
