/// Per-case scratch storage that a stream reuses case after case: clearing it only resets the
/// count, keeping the elements' storage (an `Array`'s `removeAll(keepingCapacity:)` costs a
/// few hundred instructions, which adds up over millions of cases).
struct ScratchArray<Element>: RandomAccessCollection {
  private var storage: [Element] = []
  /// The number of elements in use.
  private(set) var count = 0

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Element {
    get { storage[position] }
    set { storage[position] = newValue }
  }

  /// Appends an element, reusing storage left from earlier cases.
  @inline(__always)
  mutating func append(_ element: Element) {
    if count < storage.count {
      storage[count] = element
    } else {
      storage.append(element)
    }
    count += 1
  }

  /// Inserts an element before the first that should come after it.
  mutating func insertSorted(_ element: Element, by areInOrder: (Element, Element) -> Bool) {
    append(element)
    var index = count - 1
    while index > 0, areInOrder(storage[index], storage[index - 1]) {
      storage.swapAt(index, index - 1)
      index -= 1
    }
  }

  /// Removes every element, keeping the storage.
  @inline(__always)
  mutating func removeAll() {
    count = 0
  }

  /// The elements in use, for the duration of `body`.
  @inline(__always)
  func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
    storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
  }

  /// The elements in use, as an array.
  var array: [Element] { Array(storage[0..<count]) }
}

/// The first few of a run of elements, kept, and how many more there were, only counted: its
/// storage is bounded however many are added (a case's unknown keys, kept as many as the
/// warnings name, ``CaseValidator/namedIgnoredKeys``, and counted beyond).
struct FirstFew<Element> {
  /// How many are kept.
  let limit: Int
  /// The first `limit` elements, in order.
  private(set) var kept = ScratchArray<Element>()
  /// How many more were added, beyond those kept.
  private(set) var more = 0

  init(limit: Int) {
    self.limit = limit
  }

  /// Keeps an element while fewer than `limit` are kept; otherwise counts it.
  @inline(__always)
  mutating func add(_ element: Element) {
    if kept.count < limit {
      kept.append(element)
    } else {
      more += 1
    }
  }

  /// Counts elements beyond those kept, without keeping them.
  mutating func addCount(_ extra: Int) {
    more += extra
  }

  /// Removes every element and the count, keeping the storage.
  @inline(__always)
  mutating func removeAll() {
    kept.removeAll()
    more = 0
  }
}

/// A set of small non-negative integers (indicator positions), cleared by removing only what
/// was inserted. It does not keep its own list of what was inserted: its owner keeps one anyway
/// (``CaseResult/indicators``) and hands it back to ``removeAll(inserted:)``, which saves an
/// append, with its uniqueness check, for every indicator of every case.
struct ScratchBits {
  private var words: [UInt64] = []

  @inline(__always)
  func contains(_ value: Int) -> Bool {
    let word = value >> 6
    return word < words.count && words[word] & (1 << UInt64(value & 63)) != 0
  }

  /// Inserts a value; the owner must record it to pass to ``removeAll(inserted:)``.
  @inline(__always)
  mutating func insert(_ value: Int) {
    let word = value >> 6
    if word >= words.count {
      words.append(contentsOf: repeatElement(0, count: word + 1 - words.count))
    }
    words[word] |= 1 << UInt64(value & 63)
  }

  /// Removes every value, given every value inserted since the last call (in any order, with
  /// repeats allowed), in one access to the words.
  @inline(__always)
  mutating func removeAll(inserted: borrowing ScratchArray<Int>) {
    guard !inserted.isEmpty else { return }
    words.withUnsafeMutableBufferPointer { words in
      inserted.withUnsafeBufferPointer { inserted in
        for value in inserted { words[value >> 6] = 0 }
      }
    }
  }
}
