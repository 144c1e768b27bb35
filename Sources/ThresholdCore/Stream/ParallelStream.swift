/// Runs two pieces of work at once and returns when both are done. The work items touch
/// disjoint state; the caller supplies the threads (the core itself uses none).
public typealias ConcurrentRunner = (_ first: () -> Void, _ second: () -> Void) -> Void

extension AssessmentStream {
  /// Reads a stream of cases and writes one record per case, in input order, assessing two
  /// segments of the input at once: the same output, byte for byte, as ``run(from:to:)``.
  ///
  /// Each round reads a bounded amount of input and cuts it where a line starts with `{` (a
  /// JSON case; any line, for CSV). The first segment is read from a known boundary; only if it
  /// ends exactly at the cut is the cut a real boundary and the second segment's results used
  /// (its error records' case and line numbers are settled then). Otherwise the first
  /// segment's results stand and the rest is read again in the next round. Input with no such
  /// cuts (one enormous case, or cases that never start a line) is read by the sequential
  /// reader. When the source may wait for a writer, a round starts as soon as no more input is
  /// ready, so each answer is written as soon as its case is complete.
  ///
  /// Formats whose records show case numbers (text) are read sequentially.
  ///
  /// - Parameters:
  ///   - stream: The stream's configuration (and, after the run, its totals so far).
  ///   - source: The input.
  ///   - sink: The output.
  ///   - runBoth: Runs two work items at once.
  ///   - segmentSize: Input bytes per segment.
  /// - Returns: How many cases were read and how many were rejected.
  /// - Throws: ``IOFailure`` if reading or writing fails (`stream.totals` then holds the
  ///   counts so far).
  public static func runInParallel(
    _ stream: inout AssessmentStream, from source: inout some ByteSource,
    to sink: inout some ByteSink, runBoth: ConcurrentRunner, segmentSize: Int? = nil
  ) throws(IOFailure) -> Totals {
    if stream.writer.showsCaseNumbers {
      return try stream.run(from: &source, to: &sink)
    }
    var coordinator = ParallelRun(
      stream: stream, segmentSize: segmentSize ?? defaultSegmentSize(for: stream.options))
    defer { stream.totals = coordinator.totals }
    return try coordinator.run(from: &source, to: &sink, runBoth: runBoth, stream: &stream)
  }

  /// Input bytes per segment: enough cases that handing segments between threads costs little,
  /// few enough that what a segment writes stays in the processor's cache until it is handed
  /// on (full JSON writes some 48 bytes for each byte it reads; a summary about one).
  static func defaultSegmentSize(for options: OutputOptions) -> Int {
    switch options.format {
    case .summary: 1 << 18
    case .json where !options.routesByReference: 1 << 14
    default: 1 << 17
    }
  }
}

/// The state of one parallel run.
private struct ParallelRun {
  var totals = AssessmentStream.Totals()
  let segmentSize: Int
  let first: ReaderBox
  let second: ReaderBox
  /// The coordinator's own reader, for the format's start and end and anything read
  /// sequentially.
  var coordinator: AssessmentStream

  init(stream: AssessmentStream, segmentSize: Int) {
    self.segmentSize = max(segmentSize, 64)
    self.coordinator = stream
    self.first = ReaderBox(AssessmentStream(segmentReaderFor: stream))
    self.second = ReaderBox(AssessmentStream(segmentReaderFor: stream))
  }

  mutating func run(
    from source: inout some ByteSource, to sink: inout some ByteSink, runBoth: ConcurrentRunner,
    stream: inout AssessmentStream
  ) throws(IOFailure) -> AssessmentStream.Totals {
    guard
      let pending = InputBuffer(capacity: 2 * segmentSize + (1 << 16), memory: coordinator.memory)
    else {
      return try coordinator.run(from: &source, to: &sink)
    }
    var isAtEOF = false
    var want = 2 * segmentSize
    var position = (nextCase: 1, line: 1, columnOffset: 0, isStart: true)
    var splits = true
    var wroteStart = false
    while true {
      // Read a round's worth, or what is ready when the source may wait.
      while pending.count < want && !isAtEOF {
        guard pending.reserve(1 << 16) else { break }
        let room = pending.room
        let count = try source.read(
          into: UnsafeMutableBufferPointer(rebasing: room[0..<min(room.count, 1 << 20)]))
        if count == 0 { isAtEOF = true } else { pending.count += count }
        if source.mayBlock, pending.count > 0, !source.hasDataReady() { break }
      }
      if !wroteStart {
        // The first bytes decide the format's start: a CSV header, or JSON that is really CSV.
        wroteStart = true
        if try !startSequentiallyIfNeeded(pending, isAtEOF: isAtEOF, position: &position) {
          return try sequentialRest(
            pending, source: &source, sink: &sink, position: position, wroteStart: false,
            stream: &stream)
        }
        var start = ByteOutput(capacity: 4096)
        coordinator.writer.writeStart(into: &start)
        try start.withBytes { bytes throws(IOFailure) in try sink.write(bytes) }
      }
      // Whitespace with no case in it is dropped as it is read, counting its lines.
      dropLeadingWhitespace(pending, position: &position)
      if pending.count == 0 {
        if isAtEOF { break }
        continue
      }
      let roundEnd =
        isAtEOF ? pending.count : Self.lastBoundary(in: pending.bytes, before: pending.count)
      if roundEnd == 0 {
        // No cut in sight: one large case, or cases that never start a line.
        if pending.count > coordinator.caseLimit || source.mayBlock {
          return try sequentialRest(
            pending, source: &source, sink: &sink, position: position, wroteStart: true,
            stream: &stream)
        }
        want = pending.count * 2
        continue
      }
      let isFinal = isAtEOF && roundEnd == pending.count
      var firstResult = AssessmentStream.SegmentResult()
      var secondResult = AssessmentStream.SegmentResult()
      let all = pending.bytes
      let cut =
        splits
        ? Self.lastBoundary(
          in: UnsafeBufferPointer(rebasing: all[0..<roundEnd]), before: roundEnd / 2)
        : 0
      let head = UnsafeBufferPointer(rebasing: all[0..<cut])
      let tail = UnsafeBufferPointer(rebasing: all[cut..<roundEnd])
      let start = position
      let first = first
      let second = second
      if cut > 0 {
        runBoth(
          {
            firstResult = first.reader.assess(
              segment: head, isFinal: false, isStart: start.isStart, firstCase: start.nextCase,
              firstLine: start.line, columnOffset: start.columnOffset, defersErrors: false)
          },
          {
            secondResult = second.reader.assess(
              segment: tail, isFinal: isFinal, isStart: false, firstCase: 1, firstLine: 1,
              columnOffset: 0, defersErrors: true)
          })
      } else {
        firstResult = first.reader.assess(
          segment: tail, isFinal: isFinal, isStart: start.isStart, firstCase: start.nextCase,
          firstLine: start.line, columnOffset: start.columnOffset, defersErrors: false)
      }
      var consumed = firstResult.consumed
      // Counted before the output is handed on, so a closed output still reports them.
      totals.cases += firstResult.totals.cases
      totals.rejected += firstResult.totals.rejected
      try first.reader.writeSegment(firstResult, caseOffset: 0, lineOffset: 0, to: &sink)
      position.nextCase += firstResult.totals.cases
      position.line = firstResult.endLine
      position.columnOffset = firstResult.endColumnOffset
      splits = true
      if cut > 0 && firstResult.consumed < cut {
        // The cut was inside a case: keep the first segment's answers, read on from there
        // next round, without splitting.
        splits = false
      } else if cut > 0 {
        // The cut was a boundary: the second segment's answers follow, numbered now.
        totals.cases += secondResult.totals.cases
        totals.rejected += secondResult.totals.rejected
        try second.reader.writeSegment(
          secondResult, caseOffset: position.nextCase - 1, lineOffset: position.line - 1,
          to: &sink)
        position.nextCase += secondResult.totals.cases
        position.line += secondResult.endLine - 1
        position.columnOffset =
          secondResult.endLine == 1
          ? position.columnOffset + secondResult.endColumnOffset : secondResult.endColumnOffset
        consumed = cut + secondResult.consumed
      }
      if consumed > 0 {
        position.isStart = false
        pending.removeFirst(consumed)
      }
      if consumed == 0 && !isAtEOF {
        // The round's last case runs past what has been read: read more.
        want = max(want, pending.count * 2)
        if pending.count > coordinator.caseLimit {
          return try sequentialRest(
            pending, source: &source, sink: &sink, position: position, wroteStart: true,
            stream: &stream)
        }
      } else {
        want = 2 * segmentSize
        if pending.count < segmentSize { pending.shrink(to: 2 * segmentSize + (1 << 16)) }
      }
      if isAtEOF && pending.count == 0 { break }
    }
    var ending = ByteOutput(capacity: 4096)
    coordinator.writer.writeEnd(into: &ending)
    try ending.withBytes { bytes throws(IOFailure) in try sink.write(bytes) }
    return totals
  }

  /// Whether the input can be read in parallel: JSON whose first value (after what separates
  /// cases) starts a case or a string, or input with nothing in it. Anything else, CSV
  /// included, is left to the sequential reader, which also recognises JSON that is really CSV.
  ///
  /// - Returns: `false` when the rest must be read sequentially.
  private func startSequentiallyIfNeeded(
    _ pending: InputBuffer, isAtEOF: Bool,
    position: inout (nextCase: Int, line: Int, columnOffset: Int, isStart: Bool)
  ) throws(IOFailure) -> Bool {
    let bytes = pending.bytes
    let isJSON = coordinator.inputFormat == .json
    var index = hasByteOrderMark(bytes) ? 3 : 0
    // Skip what the sequential reader skips before the first case: whitespace, and for JSON
    // the brackets and commas of an array of cases.
    func isSeparator(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x20, 0x0A, 0x0D, 0x09: true
      case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","): isJSON
      default: false
      }
    }
    while index < bytes.count, isSeparator(bytes[index]) { index += 1 }
    // Nothing but separators yet: what comes next decides, so unless the input has ended the
    // sequential reader reads on.
    guard index < bytes.count else { return isAtEOF }
    guard isJSON else { return false }
    // The sequential reader takes a first value that starts otherwise for a CSV header if its
    // line looks like one; a case (or a string) never is.
    return bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "\"")
  }

  /// Drops whitespace before the first case of the pending input, counting its newlines.
  private func dropLeadingWhitespace(
    _ pending: InputBuffer,
    position: inout (nextCase: Int, line: Int, columnOffset: Int, isStart: Bool)
  ) {
    let bytes = pending.bytes
    if position.isStart, hasByteOrderMark(bytes) { return }
    // For CSV only whole blank lines go: spaces before a field are part of it, as the
    // sequential reader reads them.
    let keepsLine = coordinator.inputFormat == .csv
    let startColumn = position.columnOffset
    var index = 0
    var lineBegin = 0
    while index < bytes.count {
      switch bytes[index] {
      case 0x0A:
        position.line += 1
        position.columnOffset = 0
        lineBegin = index + 1
      case 0x20, 0x0D, 0x09:
        position.columnOffset += 1
      default:
        drop(keepsLine ? lineBegin : index)
        return
      }
      index += 1
    }
    drop(keepsLine ? lineBegin : index)

    func drop(_ count: Int) {
      if keepsLine { position.columnOffset = lineBegin == 0 ? startColumn : 0 }
      guard count > 0 else { return }
      pending.removeFirst(count)
      position.isStart = false
    }
  }

  /// The offset just after the last newline before `limit` that is followed by `{`, or 0.
  static func lastBoundary(in bytes: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int {
    var index = min(limit, bytes.count) - 1
    while index > 0 {
      if bytes[index - 1] == 0x0A && bytes[index] == UInt8(ascii: "{") { return index }
      index -= 1
    }
    return 0
  }

  /// Reads the rest of the input sequentially, starting with what is pending. When the
  /// format's start (a CSV header, an HTML head) has been written (`wroteStart`), the sequential
  /// reader writes neither it nor the end, which is written here; when not, it writes both.
  private mutating func sequentialRest(
    _ pending: InputBuffer, source: inout some ByteSource, sink: inout some ByteSink,
    position: (nextCase: Int, line: Int, columnOffset: Int, isStart: Bool), wroteStart: Bool,
    stream: inout AssessmentStream
  ) throws(IOFailure) -> AssessmentStream.Totals {
    var rest = coordinator
    rest.firstCase = position.nextCase
    rest.setPosition(line: position.line, columnOffset: position.columnOffset)
    rest.allowsByteOrderMark = position.isStart
    rest.writesFrame = !wroteStart
    var joined = JoinedSource(first: pending, rest: source)
    let before = totals
    defer {
      totals.cases = before.cases + rest.totals.cases
      totals.rejected = before.rejected + rest.totals.rejected
      stream.looksLikeCSV = rest.looksLikeCSV
    }
    let restTotals = try rest.run(from: &joined, to: &sink)
    source = joined.rest
    if !rest.writesFrame {
      var ending = ByteOutput(capacity: 4096)
      coordinator.writer.writeEnd(into: &ending)
      try ending.withBytes { bytes throws(IOFailure) in try sink.write(bytes) }
    }
    return AssessmentStream.Totals(
      cases: before.cases + restTotals.cases, rejected: before.rejected + restTotals.rejected)
  }
}

/// One reader of a parallel run, on the heap by itself: the padding on either side keeps the
/// reader's fields off the cache lines of anything another thread writes.
private final class ReaderBox {
  private let paddingBefore: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0, 0, 0, 0, 0, 0, 0, 0)
  var reader: AssessmentStream
  private let paddingAfter: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0, 0, 0, 0, 0, 0, 0, 0)

  init(_ reader: AssessmentStream) {
    self.reader = reader
  }
}

/// Bytes held in a buffer, then the rest of a source.
struct JoinedSource<Rest: ByteSource>: ByteSource {
  let first: InputBuffer
  var offset = 0
  var rest: Rest

  init(first: InputBuffer, rest: Rest) {
    self.first = first
    self.rest = rest
  }

  var mayBlock: Bool { offset >= first.count && rest.mayBlock }

  func hasDataReady() -> Bool { offset < first.count || rest.hasDataReady() }

  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int {
    if offset < first.count {
      let count = min(buffer.count, first.count - offset)
      buffer.baseAddress?.update(from: first.base + offset, count: count)
      offset += count
      return count
    }
    return try rest.read(into: buffer)
  }
}
