/// Per-case scratch storage that a stream reuses case after case: clearing it only resets the
/// count, keeping the elements' storage (an `Array`'s `removeAll(keepingCapacity:)` costs a
/// few hundred instructions, which adds up over millions of cases).
struct ScratchArray<Element>: RandomAccessCollection {
  private var storage: [Element] = []
  /// The number of elements in use.
  private(set) var count = 0

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Element { storage[position] }

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

  /// Removes every element, keeping the storage.
  @inline(__always)
  mutating func removeAll() {
    count = 0
  }
}
