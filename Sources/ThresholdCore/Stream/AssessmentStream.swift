/// A failure to read input or write output.
public struct IOFailure: Error, Equatable, Sendable {
  /// What failed, for the user.
  public let message: String
  /// Whether the reader of the output went away (a closed pipe): the run should end quietly.
  public let isClosedPipe: Bool

  /// Creates a failure.
  ///
  /// - Parameters:
  ///   - message: What failed.
  ///   - isClosedPipe: Whether the output's reader went away.
  public init(message: String, isClosedPipe: Bool = false) {
    self.message = message
    self.isClosedPipe = isClosedPipe
  }
}

/// Somewhere to read bytes from, such as a file or standard input.
public protocol ByteSource {
  /// Reads up to `buffer.count` bytes.
  ///
  /// - Parameter buffer: Where to put them.
  /// - Returns: How many bytes were read; 0 at the end of the input.
  /// - Throws: ``IOFailure`` if reading fails.
  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int
}

/// Somewhere to write bytes to, such as standard output.
public protocol ByteSink {
  /// Writes all of the bytes.
  ///
  /// - Parameter bytes: The bytes.
  /// - Throws: ``IOFailure`` if writing fails.
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure)
}

/// Reads a stream of cases (JSON Lines or concatenated JSON values, of any length) and writes
/// one result per case, in input order, as it goes.
///
/// Every case gets exactly one output record: its assessment, or an error record
/// `{"error": {"case": N, "line": L, "column": C, "message": "…"}, "id": …}` in its place.
/// Memory is bounded by the largest single case, which may be at most
/// ``maximumCaseBytes``. After a malformed case, reading resumes at the next line that starts
/// a new value (so in JSON Lines, at the next line).
public struct AssessmentStream {
  /// How each result is written.
  public enum Format: Sendable {
    /// The full assessment, one JSON object per line.
    case json
    /// Only the id, level, route name and rules applied, one JSON object per line.
    case summary
    /// Text for a person, one block per case.
    case text
  }

  /// Counts of what a run saw.
  public struct Totals: Equatable, Sendable {
    /// Cases read (good and bad).
    public var cases = 0
    /// Cases answered with an error record.
    public var rejected = 0
  }

  /// The largest single case the reader accepts.
  public static let maximumCaseBytes = 16 << 20

  private let format: Format
  private let readSize: Int
  private let assessor = Assessor()
  private var decoder = CaseDecoder()
  private var output = JSONWriter(capacity: 1 << 17)
  /// Summary lines (and, in summary runs, error records), written in place. Only one of
  /// `output` and `lines` holds bytes at a time.
  private var lines = ByteOutput(capacity: 1 << 17)
  private var encoder = AssessmentEncoder()
  private let textRenderer: AssessmentTextRenderer

  // Input buffer state. `input[start..<end]` is unread input, where the input is `buffer`, or
  // in a segment of a parallel run, the segment's own memory (`borrowed`), read in place.
  private var buffer: [UInt8]
  private var borrowed: UnsafeBufferPointer<UInt8>?
  private var start = 0
  private var end = 0
  private var isAtEOF = false
  /// The input offset of `buffer[0]`.
  private var base = 0
  /// The line number at `start`, and the input offset where that line begins. Newlines are
  /// counted as the reader passes them (between cases, inside cases, while resynchronising),
  /// never in a separate pass.
  private var line = 1
  private var lineStart = 0
  private var totals = Totals()
  /// The number of the first case this processor reads (segments of a parallel run start later).
  private var firstCase = 1
  /// Whether a byte-order mark may start the input (only at the very start of the input).
  private var allowsByteOrderMark = true
  /// In a segment: stop, without an error record, at a value the segment's end cuts off.
  private var stopsAtIncompleteValue = false
  /// In a segment whose case and line numbers are not known yet: keep error records aside, with
  /// where they go in the output, instead of writing them.
  private var defersErrors = false
  private var deferredErrors: [DeferredError] = []
  private var endedAtIncompleteValue = false
  /// Output bytes already handed to the sink in this run.
  private var flushed = 0
  /// In a segment: keep all output until the coordinator hands it on (``flush(to:)``).
  private var holdsOutput = false
  // Per-case storage, reused so that a warm stream allocates nothing per case.
  private var resolved = ResolvedCase(
    tables: TablesReference(.empty), areaIndex: 0, caseID: nil, age: nil)
  private var evaluation = Evaluation(indicatorLevel: 1, level: 1)

  /// Creates a stream processor.
  ///
  /// - Parameters:
  ///   - format: How each result is written.
  ///   - textRenderer: How text results are laid out (width, colour).
  ///   - readSize: Bytes to read at a time.
  public init(
    format: Format, textRenderer: AssessmentTextRenderer = AssessmentTextRenderer(),
    readSize: Int = 1 << 20
  ) {
    self.format = format
    self.textRenderer = textRenderer
    self.readSize = max(readSize, 16)
    self.buffer = [UInt8](repeating: 0, count: self.readSize)
  }

  /// Reads every case from `source` and writes one result per case to `sink`.
  ///
  /// - Parameters:
  ///   - source: The input.
  ///   - sink: The output.
  /// - Returns: How many cases were read and how many were rejected.
  /// - Throws: ``IOFailure`` if reading or writing fails.
  public mutating func run(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Totals {
    while true {
      skipWhitespace()
      if start == end {
        if isAtEOF { break }
        try refill(from: &source)
        continue
      }
      if base + start == 0, allowsByteOrderMark, try skipByteOrderMark(from: &source) {
        continue
      }
      totals.cases += 1
      try readCase(from: &source)
      if endedAtIncompleteValue {
        totals.cases -= 1
        break
      }
      if pendingCount >= 1 << 16, !holdsOutput { try flush(to: &sink) }
    }
    if !holdsOutput { try flush(to: &sink) }
    return totals
  }

  /// The input byte at an index of the buffer (or of the borrowed segment).
  @inline(__always)
  private func byte(at index: Int) -> UInt8 {
    if let borrowed { return borrowed[index] }
    return buffer[index]
  }

  /// The input for the duration of `body`.
  @inline(__always)
  private func withInput<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let borrowed { return body(borrowed) }
    return buffer.withUnsafeBufferPointer(body)
  }

  private mutating func skipWhitespace() {
    while start < end {
      switch byte(at: start) {
      case 0x20, 0x0D, 0x09: start += 1
      case 0x0A:
        line += 1
        start += 1
        lineStart = base + start
      default: return
      }
    }
  }

  private mutating func skipByteOrderMark(from source: inout some ByteSource) throws(IOFailure)
    -> Bool
  {
    guard byte(at: start) == 0xEF else { return false }
    while end - start < 3 && !isAtEOF { try refill(from: &source) }
    if end - start >= 3, byte(at: start + 1) == 0xBB, byte(at: start + 2) == 0xBF {
      start += 3
      return true
    }
    return false
  }

  /// Reads one case (or one unreadable stretch of input) and writes its record.
  private mutating func readCase(from source: inout some ByteSource) throws(IOFailure) {
    while true {
      let outcome: Outcome = withInput { all in
        let bytes = UnsafeBufferPointer(rebasing: all[0..<end])
        var scanner = JSONScanner(bytes, position: start)
        // A value that ends exactly at the end of what has been read, other than a closed
        // object, array or string, may go on in the next read (a number such as 12|345).
        func mightContinue() -> Bool {
          guard scanner.position == end, !isAtEOF else { return false }
          let last = bytes[end - 1]
          return last != UInt8(ascii: "}") && last != UInt8(ascii: "]")
            && last != UInt8(ascii: "\"")
        }
        do throws(CaseProblem) {
          try decoder.decode(&scanner)
          if mightContinue() { return .needMore }
          try decoder.resolve(scanner, into: &resolved, needsCaseID: format == .text)
          write(scanner)
          return .done(scanner.position, newlines: scanner.newlines, last: scanner.lastNewline)
        } catch {
          if error.isSyntax ? error.offset >= end && !isAtEOF : mightContinue() {
            return .needMore
          }
          if stopsAtIncompleteValue, error.isSyntax, error.offset >= end {
            return .incomplete
          }
          writeError(error, idJSON: decoder.raw.idJSON.map { Array(bytes[$0]) })
          // Resynchronise from where this case began, not where the error was noticed: an
          // unclosed case is often noticed at the first byte of the next one.
          return error.isSyntax
            ? .resync
            : .done(scanner.position, newlines: scanner.newlines, last: scanner.lastNewline)
        }
      }
      switch outcome {
      case .done(let next, let newlines, let last):
        if newlines > 0 {
          line += newlines
          lineStart = base + last + 1
        }
        start = next
        return
      case .resync:
        try resynchronise(source: &source)
        return
      case .incomplete:
        endedAtIncompleteValue = true
        return
      case .needMore:
        if end - start >= Self.maximumCaseBytes {
          writeError(
            CaseProblem(
              message: "The case is larger than \(Self.maximumCaseBytes >> 20) MiB; cases are "
                + "small objects. Skipped to the next line.",
              offset: start, isSyntax: true), idJSON: nil)
          try resynchronise(source: &source)
          return
        }
        try refill(from: &source)
      }
    }
  }

  private enum Outcome {
    /// The case ended at this offset, passing this many newlines, the last at `last`.
    case done(Int, newlines: Int, last: Int)
    /// The case was malformed: skip to where the next one starts.
    case resync
    /// The case goes on past what has been read.
    case needMore
    /// The case goes on past the end of a segment.
    case incomplete
  }

  /// Skips from the start of a malformed case to the next line that begins a new value: a
  /// newline followed by a byte that is not whitespace, `}` or `]` (which continue a value laid
  /// out over several lines). Counts the newlines it passes.
  private mutating func resynchronise(source: inout some ByteSource) throws(IOFailure) {
    var index = start
    while true {
      while index < end, byte(at: index) != UInt8(ascii: "\n") { index += 1 }
      if index < end {
        // A newline: count it, then look at the byte after it.
        line += 1
        lineStart = base + index + 1
        while index + 1 >= end, !isAtEOF {
          start = index + 1
          try refill(from: &source)
          index = start - 1
        }
        if index + 1 >= end {
          start = end
          return
        }
        switch byte(at: index + 1) {
        case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "}"), UInt8(ascii: "]"):
          index += 1
        default:
          start = index + 1
          return
        }
      } else {
        start = end
        if isAtEOF { return }
        try refill(from: &source)
        index = start
      }
    }
  }

  /// Moves unread input to the front of the buffer (growing it if full) and reads more.
  private mutating func refill(from source: inout some ByteSource) throws(IOFailure) {
    precondition(borrowed == nil, "a segment is read whole, never refilled")
    if start > 0 {
      let unread = end - start
      if unread > 0 {
        buffer.withUnsafeMutableBufferPointer { bytes in
          guard let base = bytes.baseAddress else { return }
          base.update(from: base + start, count: unread)
        }
      }
      base += start
      end = unread
      start = 0
    }
    if buffer.count - end < readSize / 2 {
      buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, readSize)))
    }
    let count = try buffer.withUnsafeMutableBufferPointer { bytes throws(IOFailure) in
      try source.read(into: UnsafeMutableBufferPointer(rebasing: bytes[end...]))
    }
    if count == 0 { isAtEOF = true }
    end += count
  }

  /// The line and column of an offset at or after `start`, counting from `start`'s line.
  private func location(of offset: Int) -> (line: Int, column: Int) {
    var line = self.line
    var lineStart = self.lineStart
    var index = start
    while index < min(offset, end) {
      if byte(at: index) == UInt8(ascii: "\n") {
        line += 1
        lineStart = base + index + 1
      }
      index += 1
    }
    return (line, base + offset - lineStart + 1)
  }

  private mutating func write(_ scanner: JSONScanner) {
    assessor.evaluate(resolved, into: &evaluation)
    switch format {
    case .summary:
      encoder.writeSummary(
        resolved, evaluation, idJSON: decoder.raw.idJSON.map { scanner.bytes[$0] },
        into: &lines)
      return
    case .json:
      let assessment = assessor.makeAssessment(resolved, evaluation)
      encoder.write(
        assessment, idJSON: decoder.raw.idJSON.map { scanner.bytes[$0] }, into: &output)
    case .text:
      if totals.cases > 1 { output.bytes.append(contentsOf: "\n".utf8) }
      let assessment = assessor.makeAssessment(resolved, evaluation)
      output.bytes.append(
        contentsOf: textRenderer.render(assessment, caseNumber: totals.cases).utf8)
      return
    }
    output.bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func writeError(_ problem: CaseProblem, idJSON: [UInt8]?) {
    totals.rejected += 1
    let (line, column) = location(of: problem.offset)
    let error = CaseReadError(
      message: problem.message, caseNumber: firstCase - 1 + totals.cases, line: line,
      column: column)
    if defersErrors {
      deferredErrors.append(
        DeferredError(outputOffset: flushed + pendingCount, error: error, idJSON: idJSON))
      return
    }
    switch format {
    case .json:
      encoder.writeError(error, idJSON: idJSON, into: &output)
      output.bytes.append(UInt8(ascii: "\n"))
    case .summary:
      encoder.writeError(error, idJSON: idJSON, into: &output)
      output.bytes.append(UInt8(ascii: "\n"))
      output.bytes.withUnsafeBufferPointer { lines.append($0) }
      output.reset()
    case .text:
      if totals.cases > 1 { output.bytes.append(contentsOf: "\n".utf8) }
      output.bytes.append(contentsOf: textRenderer.render(error).utf8)
    }
  }

  /// Output written but not yet handed to the sink.
  private var pendingCount: Int { output.bytes.count + lines.count }

  /// The output written but not yet handed on, for the duration of `body`.
  private func withPendingOutput<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(IOFailure) -> Result
  ) throws(IOFailure) -> Result {
    // Only one of the two holds bytes at a time.
    assert(lines.isEmpty || output.bytes.isEmpty, "summary and other output mixed")
    if !lines.isEmpty { return try lines.withBytes(body) }
    return try output.bytes.withUnsafeBufferPointer { bytes throws(IOFailure) in try body(bytes) }
  }

  /// Hands the output written so far to `sink`, and forgets it.
  mutating func flush(to sink: inout some ByteSink) throws(IOFailure) {
    guard pendingCount > 0 else { return }
    flushed += pendingCount
    try withPendingOutput { bytes throws(IOFailure) in try sink.write(bytes) }
    discardPendingOutput()
  }

  private mutating func discardPendingOutput() {
    lines.reset()
    output.reset()
  }
}

/// An error record kept aside in a segment whose numbering is settled later.
struct DeferredError {
  /// Where in the segment's output the record goes.
  let outputOffset: Int
  let error: CaseReadError
  let idJSON: [UInt8]?
}

/// The source and sink of a segment's run: the segment is in memory already (there is nothing
/// more to read) and its output is held for the coordinator (nothing is written through here).
struct SegmentIO: ByteSource, ByteSink {
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int { 0 }

  func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure) {
    preconditionFailure("a segment holds its output for the coordinator")
  }
}

extension AssessmentStream {
  /// What one segment of a parallel run produced (its output stays in the reader until
  /// ``flush(to:)`` or ``writeSecondSegment(_:caseOffset:lineOffset:to:)`` hands it on).
  struct SegmentResult {
    var totals = Totals()
    /// Input bytes fully answered: everything before the value the segment's end cut off.
    var consumed = 0
    /// The line number where `consumed` is.
    var endLine = 1
    /// How far into its line `consumed` is, in bytes.
    var endColumnOffset = 0
    var deferredErrors: [DeferredError] = []
  }

  /// Assesses one segment of the input, read in place: every case that ends inside it. The
  /// output is kept until ``flush(to:)`` (or ``writeSecondSegment(_:caseOffset:lineOffset:to:)``)
  /// hands it on.
  ///
  /// - Parameters:
  ///   - segment: The bytes.
  ///   - isFinal: Whether the segment ends the input (a value it cuts off is then an error).
  ///   - isStart: Whether the segment starts the input (a byte-order mark is then allowed).
  ///   - firstCase: The number of its first case.
  ///   - firstLine: The line number at its start.
  ///   - columnOffset: How far into that line the segment starts, in bytes.
  ///   - defersErrors: Whether to keep error records aside, for numbering later.
  /// - Returns: The output and where the segment stopped.
  mutating func assess(
    segment: UnsafeBufferPointer<UInt8>, isFinal: Bool, isStart: Bool, firstCase: Int,
    firstLine: Int, columnOffset: Int, defersErrors: Bool
  ) -> SegmentResult {
    borrowed = segment
    defer { borrowed = nil }
    start = 0
    end = segment.count
    base = 0
    isAtEOF = true
    flushed = 0
    holdsOutput = true
    discardPendingOutput()
    line = firstLine
    lineStart = -columnOffset
    totals = Totals()
    self.firstCase = firstCase
    allowsByteOrderMark = isStart
    stopsAtIncompleteValue = !isFinal
    self.defersErrors = defersErrors
    deferredErrors.removeAll()
    endedAtIncompleteValue = false
    // The whole segment is already in memory and the output is held, so the run neither reads
    // from its source nor writes to its sink, and cannot fail.
    var io = SegmentIO()
    var sink = SegmentIO()
    let totals = (try? run(from: &io, to: &sink)) ?? Totals()
    return SegmentResult(
      totals: totals, consumed: base + start, endLine: line,
      endColumnOffset: base + start - lineStart, deferredErrors: deferredErrors)
  }

  /// Hands the output of a segment whose error records were kept aside to `sink`, with each
  /// record written in its place with its numbers settled, and forgets it.
  mutating func writeSecondSegment(
    _ result: SegmentResult, caseOffset: Int, lineOffset: Int, to sink: inout some ByteSink
  ) throws(IOFailure) {
    var record = JSONWriter(capacity: 256)
    try withPendingOutput { output throws(IOFailure) in
      var from = 0
      for deferred in result.deferredErrors {
        try sink.write(UnsafeBufferPointer(rebasing: output[from..<deferred.outputOffset]))
        let error = CaseReadError(
          message: deferred.error.message, caseNumber: deferred.error.caseNumber + caseOffset,
          line: deferred.error.line + lineOffset, column: deferred.error.column)
        record.reset()
        encoder.writeError(error, idJSON: deferred.idJSON, into: &record)
        record.bytes.append(UInt8(ascii: "\n"))
        try record.bytes.withUnsafeBufferPointer { bytes throws(IOFailure) in
          try sink.write(bytes)
        }
        from = deferred.outputOffset
      }
      try sink.write(UnsafeBufferPointer(rebasing: output[from...]))
    }
    discardPendingOutput()
  }
}

/// Runs two pieces of work at once and returns when both are done. The work items touch
/// disjoint state; the caller supplies the threads (the core itself uses none).
public typealias ConcurrentRunner = (_ first: () -> Void, _ second: () -> Void) -> Void

extension AssessmentStream {
  /// Reads a stream of cases and writes one result per case, in input order, assessing two
  /// segments of the input at once: the same output, byte for byte, as ``run(from:to:)``.
  ///
  /// Each round reads a bounded amount of input and cuts it where a line starts with `{` (in
  /// JSON Lines, every line). The first segment is read from a known boundary; only if it ends
  /// exactly at the cut is the cut a real boundary and the second segment's results used (its
  /// error records' case and line numbers are settled then). Otherwise the first segment's
  /// results stand and the rest is read again in the next round. Input with no such cuts
  /// (one enormous case, or values that never start a line) is read by the sequential reader.
  ///
  /// - Parameters:
  ///   - format: How each result is written; text is always read sequentially.
  ///   - source: The input.
  ///   - sink: The output.
  ///   - runBoth: Runs two work items at once.
  ///   - segmentSize: Input bytes per segment (the default bounds memory by the format).
  /// - Returns: How many cases were read and how many were rejected.
  /// - Throws: ``IOFailure`` if reading or writing fails.
  public static func runInParallel(
    format: Format, from source: inout some ByteSource, to sink: inout some ByteSink,
    runBoth: ConcurrentRunner, segmentSize: Int? = nil
  ) throws(IOFailure) -> Totals {
    if format == .text {
      var stream = AssessmentStream(format: format)
      return try stream.run(from: &source, to: &sink)
    }
    let segmentSize = max(segmentSize ?? (format == .summary ? 1 << 18 : 1 << 17), 64)
    // Two readers, one per segment, each touched by one thread only, each in its own padded
    // object so the two threads never write to the same cache line.
    let firstBox = ReaderBox(AssessmentStream(format: format))
    let secondBox = ReaderBox(AssessmentStream(format: format))
    // Input read but not yet answered: `pending[0..<pendingCount]`, read into in place.
    var pending = [UInt8](repeating: 0, count: 2 * segmentSize + (1 << 16))
    var pendingCount = 0
    var isAtEOF = false
    var want = 2 * segmentSize
    var position = (nextCase: 1, line: 1, columnOffset: 0, isStart: true)
    var totals = Totals()
    var splits = true
    while true {
      while pendingCount < want && !isAtEOF {
        if pending.count - pendingCount < 1 << 16 {
          pending.append(contentsOf: repeatElement(0, count: max(pending.count, 1 << 16)))
        }
        let count = try pending.withUnsafeMutableBufferPointer { buffer throws(IOFailure) in
          try source.read(into: UnsafeMutableBufferPointer(rebasing: buffer[pendingCount...]))
        }
        if count == 0 { isAtEOF = true } else { pendingCount += count }
      }
      if pendingCount == 0 { break }
      let roundEnd = pending.withUnsafeBufferPointer { all in
        isAtEOF
          ? pendingCount
          : lastBoundary(
            in: UnsafeBufferPointer(rebasing: all[0..<pendingCount]), before: pendingCount)
      }
      if roundEnd == 0 {
        // No cut in sight: one enormous case, or values that never start a line.
        if pendingCount > maximumCaseBytes {
          return try sequentialRest(
            format: format, pending: Array(pending[0..<pendingCount]), source: &source,
            sink: &sink, at: position, totals: totals)
        }
        want = pendingCount * 2
        continue
      }
      let isFinal = isAtEOF && roundEnd == pendingCount
      var first = SegmentResult()
      var second = SegmentResult()
      let cut = pending.withUnsafeBufferPointer { all in
        let cut =
          splits
          ? lastBoundary(in: UnsafeBufferPointer(rebasing: all[0..<roundEnd]), before: roundEnd / 2)
          : 0
        let head = UnsafeBufferPointer(rebasing: all[0..<cut])
        let tail = UnsafeBufferPointer(rebasing: all[cut..<roundEnd])
        if cut > 0 {
          runBoth(
            {
              first = firstBox.reader.assess(
                segment: head, isFinal: false, isStart: position.isStart,
                firstCase: position.nextCase, firstLine: position.line,
                columnOffset: position.columnOffset, defersErrors: false)
            },
            {
              second = secondBox.reader.assess(
                segment: tail, isFinal: isFinal, isStart: false, firstCase: 1, firstLine: 1,
                columnOffset: 0, defersErrors: true)
            })
        } else {
          first = firstBox.reader.assess(
            segment: tail, isFinal: isFinal, isStart: position.isStart,
            firstCase: position.nextCase, firstLine: position.line,
            columnOffset: position.columnOffset, defersErrors: false)
        }
        return cut
      }
      var consumed = first.consumed
      try firstBox.reader.flush(to: &sink)
      totals.cases += first.totals.cases
      totals.rejected += first.totals.rejected
      position.nextCase += first.totals.cases
      position.line = first.endLine
      position.columnOffset = first.endColumnOffset
      splits = true
      if cut > 0 && first.consumed < cut {
        // The cut was inside a value: keep the first segment's answers, read on from there
        // next round, without splitting.
        splits = false
      } else if cut > 0 {
        // The cut was a boundary: the second segment's answers follow, numbered now.
        try secondBox.reader.writeSecondSegment(
          second, caseOffset: position.nextCase - 1, lineOffset: position.line - 1, to: &sink)
        totals.cases += second.totals.cases
        totals.rejected += second.totals.rejected
        position.nextCase += second.totals.cases
        position.line += second.endLine - 1
        position.columnOffset = second.endColumnOffset
        consumed = cut + second.consumed
      }
      if consumed > 0 {
        position.isStart = false
        pending.withUnsafeMutableBufferPointer { buffer in
          guard let base = buffer.baseAddress else { return }
          base.update(from: base + consumed, count: pendingCount - consumed)
        }
        pendingCount -= consumed
      }
      if consumed == 0 && !isAtEOF {
        // The round's last value runs past what has been read: read more.
        want = max(want, pendingCount * 2)
        if pendingCount > maximumCaseBytes {
          return try sequentialRest(
            format: format, pending: Array(pending[0..<pendingCount]), source: &source,
            sink: &sink, at: position, totals: totals)
        }
      } else {
        want = 2 * segmentSize
      }
      if isAtEOF && pendingCount == 0 { break }
    }
    return totals
  }

  /// The offset just after the last newline before `limit` that is followed by `{`, or 0.
  static func lastBoundary(in bytes: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int {
    var index = min(limit, bytes.count) - 1
    while index > 0 {
      if bytes[index] == UInt8(ascii: "{") && bytes[index - 1] == UInt8(ascii: "\n") {
        return index
      }
      index -= 1
    }
    return 0
  }

  /// Reads the rest of the input sequentially, after `pending`.
  private static func sequentialRest(
    format: Format, pending: [UInt8], source: inout some ByteSource, sink: inout some ByteSink,
    at position: (nextCase: Int, line: Int, columnOffset: Int, isStart: Bool), totals: Totals
  ) throws(IOFailure) -> Totals {
    var stream = AssessmentStream(format: format)
    stream.firstCase = position.nextCase
    stream.line = position.line
    stream.lineStart = -position.columnOffset
    stream.allowsByteOrderMark = position.isStart
    var joined = JoinedSource(first: pending, rest: source)
    let rest = try stream.run(from: &joined, to: &sink)
    source = joined.rest
    return Totals(cases: totals.cases + rest.cases, rejected: totals.rejected + rest.rejected)
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

/// Bytes in memory, then the rest of a source.
struct JoinedSource<Rest: ByteSource>: ByteSource {
  let first: [UInt8]
  var offset = 0
  var rest: Rest

  init(first: [UInt8], rest: Rest) {
    self.first = first
    self.rest = rest
  }

  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(IOFailure) -> Int {
    if offset < first.count {
      let count = min(buffer.count, first.count - offset)
      for index in 0..<count { buffer[index] = first[offset + index] }
      offset += count
      return count
    }
    return try rest.read(into: buffer)
  }
}
