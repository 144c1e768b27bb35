/// A read-only hash table from UTF-8 keys to their positions, looked up by raw bytes so the
/// streaming reader resolves identifiers without making a `String` for each.
///
/// Tables are built once per rule set or registry and live as long as it does: their storage is
/// allocated once and freed by its owner (``deallocate()``), so lookups touch no reference
/// counts.
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
    self.records = tableCopy(of: records)
    self.slots = tableCopy(of: slots)
    self.mask = mask
  }

  /// Frees the table's storage (its owner's `deinit`); nothing may look it up afterwards.
  func deallocate() {
    deallocateTable(records)
    deallocateTable(slots)
  }

  /// A multiply-xor hash of a key's first, middle and last eight bytes and its length
  /// (``KeyHash``), which a reader can also compute from a string it has just scanned.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return KeyHash.short(0, count: 0) }
    if bytes.count >= 8 { return KeyHash.long(UnsafeRawPointer(base), count: bytes.count) }
    var word: UInt64 = 0
    for index in 0..<bytes.count { word |= UInt64(base[index]) << UInt64(8 * index) }
    return KeyHash.short(word, count: bytes.count)
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
  /// The position of the key closest to `word` by edit distance, if one is fewer than `limit`
  /// edits away; of keys equally close, the first. The keys are read in place, in position
  /// order, and a key whose length alone puts it `limit` or more edits away costs a comparison
  /// of lengths: this is the "did you mean" of an error record, which a stream with many
  /// mistyped identifiers writes for every one of them.
  ///
  /// - Parameters:
  ///   - word: The mistyped word's UTF-8 bytes.
  ///   - limit: One more than the most edits allowed.
  ///   - rows: Scratch space for ``TextSearch/editDistance(_:_:limit:rows:)``.
  /// - Returns: The key's position, or `nil`.
  func closestKey(to word: UnsafeBufferPointer<UInt8>, limit: Int, rows: inout [Int]) -> Int? {
    guard let base = records.baseAddress else { return nil }
    var best: Int?
    var bound = limit
    var offset = 0
    while offset < records.count {
      let record = UnsafeRawPointer(base + offset)
      let length = Int(
        UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 4, as: UInt16.self)))
      let position = Int(UInt32(littleEndian: record.loadUnaligned(as: UInt32.self)))
      if abs(length - word.count) < bound {
        let key = UnsafeBufferPointer(start: base + offset + 6, count: length)
        let distance = TextSearch.editDistance(word, key, limit: bound, rows: &rows)
        if distance < bound {
          best = position
          bound = distance
        }
      }
      offset += 6 + length
    }
    return best
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

/// ``ByteKeyTable``'s hash. A key of eight bytes or more is hashed from three loads: its first,
/// middle and last eight bytes (overlapping for keys under 24 bytes), multiplied independently
/// so the processor works on them at once, with its length; a shorter key from its bytes in the
/// low bytes of a zero word. Keys that share those bytes and their length only share a slot
/// chain: the table compares every byte before it answers, so the hash decides speed, never a
/// result. No two identifiers of a built-in document share them (KeyHashTests checks this).
enum KeyHash {
  private static let first: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let middle: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let last: UInt64 = 0x1656_67B1_9E37_79F9
  private static let length: UInt64 = 0x27D4_EB2F_1656_67C5

  /// The hash of a key of at least eight bytes at `base`.
  @inline(__always)
  static func long(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
    let head = base.loadUnaligned(as: UInt64.self)
    let centre = base.loadUnaligned(fromByteOffset: count / 2 - 4, as: UInt64.self)
    let tail = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    return finish(
      (head &* first) ^ ((centre &* middle) >> 7 | (centre &* middle) << 57) ^ (tail &* last),
      count: count)
  }

  /// The hash of a key shorter than eight bytes, given as its bytes in the low bytes of a word.
  @inline(__always)
  static func short(_ word: UInt64, count: Int) -> UInt64 {
    finish(word &* first, count: count)
  }

  @inline(__always)
  private static func finish(_ mixed: UInt64, count: Int) -> UInt64 {
    var hash = mixed ^ (UInt64(truncatingIfNeeded: count) &* length)
    hash ^= hash >> 31
    hash = hash &* first
    hash ^= hash >> 32
    return hash
  }
}

/// Copies an array into memory read without reference counting, which its owner frees with
/// ``deallocateTable(_:)`` when it goes (a compiled rule set, a registry, a summary writer).
///
/// - Parameter array: The elements.
/// - Returns: A buffer holding a copy, whose base address is never `nil`.
func tableCopy<Element>(of array: [Element]) -> UnsafeBufferPointer<Element> {
  let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
  _ = memory.initialize(from: array)
  return UnsafeBufferPointer(rebasing: memory[0..<array.count])
}

/// Frees a buffer made by ``tableCopy(of:)``.
///
/// - Parameter table: The buffer; nothing may read it afterwards.
func deallocateTable<Element>(_ table: UnsafeBufferPointer<Element>) {
  guard let base = table.baseAddress else { return }
  let memory = UnsafeMutablePointer(mutating: base)
  memory.deinitialize(count: table.count)
  memory.deallocate()
}
