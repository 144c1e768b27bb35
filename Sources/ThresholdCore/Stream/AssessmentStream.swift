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

  /// Whether a read may wait for a writer (a pipe or a terminal, not a file): a stream then
  /// writes its answers before each read, so a program that sends a case and waits gets its
  /// answer.
  var mayBlock: Bool { get }

  /// Whether a read would return at once (always, for a file).
  func hasDataReady() -> Bool
}

extension ByteSource {
  /// By default a source is like a file: reads never wait.
  public var mayBlock: Bool { false }
  /// By default data is always ready.
  public func hasDataReady() -> Bool { true }
}

/// Somewhere to write bytes to, such as standard output.
public protocol ByteSink {
  /// Writes all of the bytes.
  ///
  /// - Parameter bytes: The bytes.
  /// - Throws: ``IOFailure`` if writing fails.
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(IOFailure)
}

/// Reads a stream of cases (JSON values of any length, one per line or concatenated, or CSV
/// rows under a header) and writes one record per case, in input order, as it goes.
///
/// Every case gets exactly one output record: its assessment, or an error record in its place.
/// Memory is bounded by the largest single case, which may be at most ``maximumCaseBytes``
/// (whatever the chunking: the limit depends only on the bytes). After a malformed case,
/// reading resumes at the next line that starts a new case.
public struct AssessmentStream {
  /// How cases are written in the input.
  public enum InputFormat: String, CaseIterable, Sendable {
    /// JSON values, one per line or concatenated (or one JSON array of them).
    case json
    /// CSV: a header row naming the columns, then one row per case.
    case csv
  }

  /// Counts of what a run saw.
  public struct Totals: Equatable, Sendable {
    /// Cases read (good and bad).
    public var cases = 0
    /// Cases answered with an error record.
    public var rejected = 0

    /// Creates totals.
    ///
    /// - Parameters:
    ///   - cases: Cases read.
    ///   - rejected: Cases rejected.
    public init(cases: Int = 0, rejected: Int = 0) {
      self.cases = cases
      self.rejected = rejected
    }
  }

  /// The largest single case the reader accepts.
  public static let maximumCaseBytes = 16 << 20

  // MARK: Configuration

  let registry: RuleSetRegistry
  let options: OutputOptions
  let inputFormat: InputFormat
  let readSize: Int
  /// The largest case, in bytes (``maximumCaseBytes``, or less in tests).
  let caseLimit: Int
  let memory: MemoryProvider

  // MARK: Output

  var writer: any RecordWriter
  var output = ByteOutput(capacity: 1 << 17)
  /// Whether this run writes the format's start and end (a segment of a parallel run does not).
  var writesFrame = true
  /// Output bytes already handed to the sink in this run.
  private var flushed = 0
  /// In a segment: keep all output until the coordinator hands it on.
  private var holdsOutput = false

  // MARK: Input

  /// The input buffer; in a segment of a parallel run, the segment's own memory is read in
  /// place (`borrowed`) instead.
  private let buffer: InputBuffer?
  private var borrowed: UnsafeBufferPointer<UInt8>?
  /// `input[start..<end]` is unread.
  private var start = 0
  private var end = 0
  private var isAtEOF = false
  /// The input offset of the buffer's first byte.
  private var base = 0
  /// The line number at `start`, and the input offset where that line begins. Newlines are
  /// counted as the reader passes them, never in a separate pass.
  private var line = 1
  private var lineStart = 0
  /// Bytes from `start` that the last attempt at the current case had, when it needed more
  /// (the next attempt waits for twice as many, so a large case is scanned a bounded number of
  /// times whatever the chunking).
  private var lastAttempt = 0
  /// Counts of what was read.
  public internal(set) var totals = Totals()
  /// The number of the first case this reader reads (segments of a parallel run start later).
  var firstCase = 1
  /// Whether a byte-order mark may start the input (only at the very start of the input).
  var allowsByteOrderMark = true
  /// In a segment: stop, without an error record, at a case the segment's end cuts off.
  private var stopsAtIncompleteValue = false
  /// In a segment whose case and line numbers are not known yet: keep error records aside.
  private var defersErrors = false
  private var deferredErrors: [DeferredError] = []
  private var endedAtIncompleteValue = false
  /// Whether the input, read as JSON, turned out to start with a CSV header.
  public internal(set) var looksLikeCSV = false

  // MARK: Per-case storage, reused so a warm stream allocates nothing per case

  private var decoder = CaseDecoder()
  private var result = CaseResult()
  private var compiledCache = CompiledCache()
  var csvHeader: CSVHeader?
  private var csvCells = ScratchArray<CSVCell>()
  private var csvScratch: [UInt8] = []

  /// Creates a stream.
  ///
  /// - Parameters:
  ///   - registry: The rule sets.
  ///   - options: How each result is written.
  ///   - inputFormat: How cases are written in the input.
  ///   - readSize: Bytes to read at a time. The default, 128 KiB, leaves what a read brought
  ///     in, and the rule sets' tables, within a processor's second-level cache while it is
  ///     scanned (measured no slower than a megabyte, with a smaller buffer).
  ///   - caseLimit: The largest case in bytes (tests lower it).
  ///   - memory: Where the input buffer's memory comes from.
  public init(
    registry: RuleSetRegistry = .builtIn, options: OutputOptions,
    inputFormat: InputFormat = .json, readSize: Int = 1 << 17,
    caseLimit: Int = AssessmentStream.maximumCaseBytes, memory: MemoryProvider = .standard
  ) {
    self.registry = registry
    self.options = options
    self.inputFormat = inputFormat
    self.readSize = max(readSize, 16)
    self.caseLimit = max(caseLimit, 16)
    self.memory = memory
    self.writer = options.makeWriter()
    self.buffer = InputBuffer(capacity: self.readSize, memory: memory)
  }

  /// A stream that writes through a given writer (tests capture records this way).
  init(
    registry: RuleSetRegistry, options: OutputOptions, writer: any RecordWriter,
    inputFormat: InputFormat = .json, readSize: Int = 1 << 17,
    caseLimit: Int = AssessmentStream.maximumCaseBytes
  ) {
    self.init(
      registry: registry, options: options, inputFormat: inputFormat, readSize: readSize,
      caseLimit: caseLimit)
    self.writer = writer
  }

  /// A reader for segments of a parallel run, which reads borrowed memory only.
  init(segmentReaderFor prototype: AssessmentStream) {
    registry = prototype.registry
    options = prototype.options
    inputFormat = prototype.inputFormat
    readSize = prototype.readSize
    caseLimit = prototype.caseLimit
    memory = prototype.memory
    writer = options.makeWriter()
    buffer = nil
    writesFrame = false
  }

  // MARK: Running

  /// Reads every case from `source` and writes one record per case to `sink`.
  ///
  /// - Parameters:
  ///   - source: The input.
  ///   - sink: The output.
  /// - Returns: How many cases were read and how many were rejected (also in ``totals``, which
  ///   holds the counts so far when reading or writing fails).
  /// - Throws: ``IOFailure`` if reading or writing fails.
  public mutating func run(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Totals {
    // The format's start is written when the first case is (or at the end), never before the
    // input is known not to be CSV read as JSON: that input is refused with nothing written,
    // however its bytes arrive.
    var startIsDue = writesFrame
    while true {
      try skipSeparators(from: &source, to: &sink)
      if start == end {
        if isAtEOF { break }
        try refill(from: &source, to: &sink)
        continue
      }
      if base + start == 0, allowsByteOrderMark, try skipByteOrderMark(from: &source, to: &sink) {
        continue
      }
      if inputFormat == .csv, csvHeader == nil {
        if startIsDue {
          writer.writeStart(into: &output)
          startIsDue = false
        }
        try readHeader(from: &source, to: &sink)
        continue
      }
      if inputFormat == .json, totals.cases == 0, firstCase == 1, !holdsOutput,
        try startsWithCSVHeader(from: &source, to: &sink)
      {
        looksLikeCSV = true
        output.reset()
        return totals
      }
      if startIsDue {
        writer.writeStart(into: &output)
        startIsDue = false
      }
      totals.cases += 1
      try readCase(from: &source, to: &sink)
      if endedAtIncompleteValue {
        totals.cases -= 1
        break
      }
      if output.count >= 1 << 16, !holdsOutput { try flush(to: &sink) }
    }
    if startIsDue { writer.writeStart(into: &output) }
    if writesFrame { writer.writeEnd(into: &output) }
    if !holdsOutput { try flush(to: &sink) }
    return totals
  }

  /// Starts the line count at a line and a column offset into it (a reader that takes over
  /// part-way through the input).
  mutating func setPosition(line: Int, columnOffset: Int) {
    self.line = line
    lineStart = -columnOffset
  }

  // MARK: Reading the input

  /// The input byte at an index of the buffer (or of the borrowed segment).
  @inline(__always)
  private func byte(at index: Int) -> UInt8 {
    if let borrowed { return borrowed[index] }
    return buffer.unsafelyUnwrapped.base[index]
  }

  /// The input read so far.
  @inline(__always)
  private var input: UnsafeBufferPointer<UInt8> {
    if let borrowed { return borrowed }
    return UnsafeBufferPointer(start: buffer.unsafelyUnwrapped.base, count: end)
  }

  /// Skips what separates cases: whitespace, and for JSON the commas and brackets of a JSON
  /// array of cases; for CSV, blank lines.
  private mutating func skipSeparators(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) {
    while start < end {
      switch byte(at: start) {
      case 0x0A:
        line += 1
        start += 1
        lineStart = base + start
      case 0x20, 0x0D, 0x09:
        if inputFormat == .csv {
          // A line of spaces is blank; spaces before a field are part of it.
          var index = start
          while index < end,
            byte(at: index) == 0x20 || byte(at: index) == 0x09 || byte(at: index) == 0x0D
          {
            index += 1
          }
          if index == end && !isAtEOF {
            try refill(from: &source, to: &sink)
            continue
          }
          guard index == end || byte(at: index) == 0x0A else { return }
          start = index
        } else {
          start += 1
        }
      case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"):
        guard inputFormat == .json else { return }
        start += 1
      default:
        return
      }
    }
  }

  private mutating func skipByteOrderMark(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Bool {
    guard byte(at: start) == 0xEF else { return false }
    while end - start < 3 && !isAtEOF { try refill(from: &source, to: &sink) }
    if end - start >= 3, byte(at: start + 1) == 0xBB, byte(at: start + 2) == 0xBF {
      start += 3
      return true
    }
    return false
  }

  /// Whether the input, read as JSON, starts with what is plainly a CSV header ("id,authority,…").
  private mutating func startsWithCSVHeader(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Bool {
    let first = byte(at: start)
    guard first != UInt8(ascii: "{") && first != UInt8(ascii: "\"") else { return false }
    while !isAtEOF, !input[start..<end].contains(0x0A), end - start < 4096 {
      try refill(from: &source, to: &sink)
    }
    let lineEnd = input[start..<end].firstIndex(of: 0x0A) ?? end
    let header = String(
      decoding: UnsafeBufferPointer(rebasing: input[start..<lineEnd]), as: UTF8.self)
    let names = header.split(separator: ",").map { $0.trimmingCharacters(" \r\"") }
    return names.count > 1 && names.contains("authority")
  }

  /// Reads the CSV header row.
  private mutating func readHeader(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) {
    while true {
      let limit = start + caseLimit + 1
      let scan = CSVReader.scanRecord(
        input, from: start, limit: limit, isAtEOF: isAtEOF, cells: &csvCells)
      switch scan {
      case .needMore:
        if end - start > caseLimit { break }
        try refill(from: &source, to: &sink)
        continue
      case .record(let next):
        var names: [String] = []
        for cell in csvCells {
          csvScratch.removeAll(keepingCapacity: true)
          let text =
            CSVReader.cellText(cell, in: input, scratch: &csvScratch)
            .map { String(decoding: csvScratch[$0], as: UTF8.self) }
            ?? String(decoding: UnsafeBufferPointer(rebasing: input[cell.range]), as: UTF8.self)
          names.append(text.trimmingCharacters(" "))
        }
        csvHeader = CSVHeader(names: names)
        advance(to: next)
        return
      case .malformed, .tooLarge:
        break
      }
      // An unreadable header: every row will say so.
      csvHeader = CSVHeader(names: [])
      try resynchronise(from: &source, to: &sink, after: start)
      return
    }
  }

  /// What reading one case came to.
  private enum Attempt {
    /// The case ended here (assessed, or rejected for its values). For a JSON case, the
    /// scanner's count of the newlines it skipped, and the offset of the last (a raw newline
    /// in valid JSON can only be whitespace, which the scanner counts as it skips it).
    case done(Int, newlines: Int = -1, lastNewline: Int = -1)
    /// The case was malformed at an offset: skip to where the next one starts.
    case resync(after: Int)
    /// The case goes on past what has been read.
    case needMore
    /// The case is larger than the limit.
    case tooLarge
    /// The case goes on past the end of a segment.
    case incomplete

    /// A JSON case that ended where the scanner is, with the newlines it counted.
    static func done(after scanner: JSONScanner) -> Attempt {
      .done(scanner.position, newlines: scanner.newlines, lastNewline: scanner.lastNewline)
    }
  }

  /// Reads one case (or one unreadable stretch of input) and writes its record.
  private mutating func readCase(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) {
    lastAttempt = 0
    while true {
      let attempt = inputFormat == .json ? attemptJSON() : attemptCSV()
      switch attempt {
      case .done(let next, let newlines, let lastNewline):
        if newlines >= 0 {
          advance(to: next, newlines: newlines, lastNewline: lastNewline)
        } else {
          advance(to: next)
        }
        return
      case .resync(let after):
        try resynchronise(from: &source, to: &sink, after: after)
        return
      case .tooLarge:
        writeFailure(
          CaseError(.caseTooLarge(limitInMiB: max(caseLimit >> 20, 1)), at: start), id: .none)
        try resynchronise(from: &source, to: &sink, after: start)
        return
      case .incomplete:
        endedAtIncompleteValue = true
        return
      case .needMore:
        lastAttempt = end - start
        if try !waitForMore(from: &source, to: &sink) {
          writeFailure(CaseError(.caseTooLargeForMemory, at: start), id: .none)
          try resynchronise(from: &source, to: &sink, after: start)
          return
        }
      }
    }
  }

  /// Reads until the current case has twice the bytes of the last attempt (or the input
  /// ends, or the limit is reached, or a read would wait after a byte that may close a case).
  ///
  /// - Returns: `false` when the buffer could not grow.
  private mutating func waitForMore(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Bool {
    let wanted = min(max(2 * lastAttempt, lastAttempt + 1), caseLimit + 1)
    repeat {
      guard try refill(from: &source, to: &sink) else { return false }
      if source.mayBlock, !source.hasDataReady(), mayEndCase(at: end) { break }
    } while !isAtEOF && end - start < wanted
    return true
  }

  /// Whether the last byte before `offset` that is not whitespace could end a case.
  private func mayEndCase(at offset: Int) -> Bool {
    var index = offset - 1
    while index >= start {
      switch byte(at: index) {
      case 0x20, 0x09, 0x0D, 0x0A: index -= 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"): return true
      default: return inputFormat == .csv
      }
    }
    return false
  }

  /// One attempt at the JSON case at `start`, over at most the limit's bytes.
  private mutating func attemptJSON() -> Attempt {
    let limit = start + caseLimit + 1
    let viewEnd = min(end, limit)
    let isCapped = viewEnd == limit
    let bytes = UnsafeBufferPointer(rebasing: input[0..<viewEnd])
    var scanner = JSONScanner(bytes, position: start)
    // Read once: a function that captured the writer would hold a second reference to its
    // box, and the writer's next mutating call would then copy the whole writer.
    let needsIDText = writer.needsIDText
    func caseID() -> RecordID {
      CaseDecoder.recordID(
        json: decoder.raw.idJSON, string: decoder.raw.idString, scanner, scratch: decoder.scratch,
        needsText: needsIDText)
    }
    // A value that ends exactly at the end of what has been read, other than a closed
    // object, array or string, may go on in the next read (a number such as 12|345).
    func mightContinue() -> Bool {
      guard scanner.position == viewEnd, !isAtEOF || isCapped else { return false }
      let last = bytes[viewEnd - 1]
      return last != UInt8(ascii: "}") && last != UInt8(ascii: "]") && last != UInt8(ascii: "\"")
    }
    do throws(CaseError) {
      try decoder.decode(&scanner)
      if scanner.position - start > caseLimit { return .tooLarge }
      if mightContinue() { return isCapped ? .tooLarge : .needMore }
    } catch {
      let offset = error.offset ?? start
      if error.isSyntax {
        if offset >= viewEnd && (!isAtEOF || isCapped) { return isCapped ? .tooLarge : .needMore }
        if stopsAtIncompleteValue, offset >= viewEnd { return .incomplete }
        writeFailure(error, id: caseID())
        return .resync(after: start)
      }
      if scanner.position - start > caseLimit { return .tooLarge }
      if mightContinue() { return isCapped ? .tooLarge : .needMore }
      writeFailure(error, id: caseID())
      return .done(after: scanner)
    }
    let id = caseID()
    // Unretained: the stream holds the registry for its whole life, and capturing a strong
    // reference for the closure below cost a second retain and a release a case.
    unowned(unsafe) let registry = registry
    do throws(CaseError) {
      try decoder.withFields(scanner) { fields throws(CaseError) in
        try CaseValidator.resolve(&fields, in: registry, into: &result, cache: &compiledCache)
      }
    } catch {
      writeFailure(error, id: id)
      return .done(after: scanner)
    }
    result.evaluate()
    writer.write(result, id: id, caseNumber: caseNumber, into: &output)
    return .done(after: scanner)
  }

  /// One attempt at the CSV row at `start`.
  private mutating func attemptCSV() -> Attempt {
    let limit = start + caseLimit + 1
    let bytes = input
    let scan = CSVReader.scanRecord(
      bytes, from: start, limit: limit, isAtEOF: isAtEOF, cells: &csvCells)
    switch scan {
    case .needMore:
      if stopsAtIncompleteValue && isAtEOF { return .incomplete }
      return end >= limit ? .tooLarge : .needMore
    case .tooLarge:
      return .tooLarge
    case .malformed(let problem, let offset):
      if case .unclosedQuote = problem, offset - start > caseLimit { return .tooLarge }
      if stopsAtIncompleteValue, case .unclosedQuote = problem, end < limit { return .incomplete }
      writeFailure(CaseError(.malformedCSV(problem), at: offset), id: .none)
      return .resync(after: offset)
    case .record(let next):
      if next - start > caseLimit + 1 { return .tooLarge }
      if stopsAtIncompleteValue && next == end && !endsWithNewline(next) { return .incomplete }
      csvScratch.removeAll(keepingCapacity: true)
      var unescaped: [Range<Int>?] = []
      for cell in csvCells {
        unescaped.append(CSVReader.cellText(cell, in: bytes, scratch: &csvScratch))
      }
      let header = csvHeader ?? CSVHeader(names: [])
      unowned(unsafe) let registry = registry  // As in attemptJSON.
      var id = RecordID.none
      var fields = decoder.fields
      decoder.fields = CaseFields()
      defer { decoder.fields = fields }
      let recordStart = start
      let outcome: CaseError? = csvScratch.withUnsafeBufferPointer { scratch in
        do throws(CaseError) {
          try header.fill(
            &fields, id: &id, cells: csvCells, bytes: bytes, scratch: scratch,
            unescaped: unescaped, recordStart: recordStart)
          try CaseValidator.resolve(
            &fields, in: registry, into: &result, cache: &compiledCache)
          return nil
        } catch {
          return error
        }
      }
      if let outcome {
        writeFailure(outcome, id: id)
        return .done(next)
      }
      result.evaluate()
      writer.write(result, id: id, caseNumber: caseNumber, into: &output)
      return .done(next)
    }
  }

  private func endsWithNewline(_ next: Int) -> Bool {
    next > start && byte(at: next - 1) == 0x0A
  }

  /// The number of the case being read.
  private var caseNumber: Int { firstCase - 1 + totals.cases }

  /// Moves past a case, counting the newlines it held.
  private mutating func advance(to next: Int) {
    guard let bytes = input.baseAddress else {
      start = next
      return
    }
    var index = start
    while index < next {
      // Thirty-two, then eight bytes at a time while none is a newline (a case on one line has
      // none inside).
      if index + 32 <= next, !SWAR.hasNewline(in32: UnsafeRawPointer(bytes + index)) {
        index += 32
        continue
      }
      if index + 8 <= next,
        !SWAR.hasNewline(UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      if bytes[index] == 0x0A {
        line += 1
        lineStart = base + index + 1
      }
      index += 1
    }
    start = next
  }

  /// Moves past a JSON case whose newlines the scanner counted.
  private mutating func advance(to next: Int, newlines: Int, lastNewline: Int) {
    assert(
      countNewlines(to: next) == (newlines, lastNewline),
      "the scanner's newline count differs from the bytes'")
    line += newlines
    if newlines > 0 { lineStart = base + lastNewline + 1 }
    start = next
  }

  /// The newlines from `start` to `next`, and the offset of the last (-1 for none): what the
  /// scanner's count is checked against in debug builds.
  private func countNewlines(to next: Int) -> (Int, Int) {
    var count = 0
    var last = -1
    for index in start..<next where byte(at: index) == 0x0A {
      count += 1
      last = index
    }
    return (count, last)
  }

  /// Skips from a malformed case to the next line that begins a new one. For JSON: a line
  /// whose first byte that is not a space or tab is `{`, or a line that starts (unindented)
  /// with anything but whitespace, `}` or `]` (which continue a value laid out over several
  /// lines). For CSV: the next line. Counts the newlines it passes, and holds no more than a
  /// read's worth of input while it skips.
  private mutating func resynchronise(
    from source: inout some ByteSource, to sink: inout some ByteSink, after offset: Int
  ) throws(IOFailure) {
    var index = max(offset, start)
    advance(to: index)
    while true {
      while index < end, byte(at: index) != 0x0A { index += 1 }
      if index == end {
        // Nothing here starts a case: drop it and read on.
        start = end
        if isAtEOF || borrowed != nil { return }
        try refill(from: &source, to: &sink)
        index = start
        continue
      }
      line += 1
      lineStart = base + index + 1
      index += 1
      start = index
      if inputFormat == .csv { return }
      // Look past the new line's indentation.
      var first = index
      while true {
        while first < end,
          byte(at: first) == 0x20 || byte(at: first) == 0x09 || byte(at: first) == 0x0D
        {
          first += 1
        }
        if first < end || isAtEOF || borrowed != nil { break }
        let consumed = first - start
        try refill(from: &source, to: &sink)
        index = start
        first = start + consumed
      }
      if first == end { return }
      switch byte(at: first) {
      case UInt8(ascii: "{"):
        return
      case 0x0A:
        index = first
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        index = first
      default:
        if first == index { return }
        index = first
      }
    }
  }

  /// Moves unread input to the front of the buffer (growing it if full) and reads more; first
  /// hands on what has been written when the read may wait.
  ///
  /// - Returns: `false` when the buffer could not grow.
  @discardableResult
  private mutating func refill(
    from source: inout some ByteSource, to sink: inout some ByteSink
  ) throws(IOFailure) -> Bool {
    guard let buffer else {
      isAtEOF = true
      return true
    }
    if source.mayBlock, !holdsOutput, output.count > 0 { try flush(to: &sink) }
    if start > 0 {
      buffer.count = end
      buffer.removeFirst(start)
      base += start
      end -= start
      start = 0
      if end == 0 { buffer.shrink(to: readSize) }
    }
    buffer.count = end
    guard buffer.reserve(readSize / 2) else { return false }
    let room = buffer.room
    let count = try source.read(
      into: UnsafeMutableBufferPointer(rebasing: room[0..<min(room.count, readSize)]))
    if count == 0 { isAtEOF = true }
    end += count
    buffer.count = end
    return true
  }

  /// The line and column of an offset at or after `start`, counting from `start`'s line.
  private func location(of offset: Int) -> (line: Int, column: Int) {
    var line = self.line
    var lineStart = self.lineStart
    var index = start
    while index < min(offset, end) {
      if byte(at: index) == 0x0A {
        line += 1
        lineStart = base + index + 1
      }
      index += 1
    }
    return (line, base + offset - lineStart + 1)
  }

  // MARK: Writing

  private mutating func writeFailure(_ problem: CaseError, id: RecordID) {
    totals.rejected += 1
    let (line, column) = location(of: problem.offset ?? start)
    var csvColumn: String?
    if inputFormat == .csv, let offset = problem.offset, let header = csvHeader,
      let index = csvCells.firstIndex(where: {
        $0.range.lowerBound <= offset && offset <= $0.range.upperBound
      }),
      index < header.names.count,
      problem.error
        != .malformedCSV(.fieldCount(found: csvCells.count, expected: header.names.count))
    {
      csvColumn = header.names[index]
    }
    let error = CaseReadError(
      problem.error, caseNumber: caseNumber, line: line, column: column, csvColumn: csvColumn)
    if defersErrors {
      deferredErrors.append(
        DeferredError(
          outputOffset: flushed + output.count, error: error, idJSON: id.json.map(Array.init),
          idText: id.text, idIsNumber: id.isNumber))
      return
    }
    writer.writeFailure(error, id: id, into: &output)
  }

  /// Hands the output written so far to `sink`, and forgets it.
  mutating func flush(to sink: inout some ByteSink) throws(IOFailure) {
    guard output.count > 0 else { return }
    flushed += output.count
    try output.withBytes { bytes throws(IOFailure) in try sink.write(bytes) }
    output.reset()
  }
}

/// An error record kept aside in a segment whose numbering is settled later.
struct DeferredError {
  /// Where in the segment's output the record goes.
  let outputOffset: Int
  let error: CaseReadError
  let idJSON: [UInt8]?
  let idText: String?
  let idIsNumber: Bool
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
  /// handed on).
  struct SegmentResult {
    var totals = Totals()
    /// Input bytes fully answered: everything before the case the segment's end cut off.
    var consumed = 0
    /// The line number where `consumed` is.
    var endLine = 1
    /// How far into its line `consumed` is, in bytes.
    var endColumnOffset = 0
    var deferredErrors: [DeferredError] = []
  }

  /// Assesses one segment of the input, read in place: every case that ends inside it.
  ///
  /// - Parameters:
  ///   - segment: The bytes.
  ///   - isFinal: Whether the segment ends the input (a case it cuts off is then an error).
  ///   - isStart: Whether the segment starts the input (a byte-order mark is then allowed).
  ///   - firstCase: The number of its first case.
  ///   - firstLine: The line number at its start.
  ///   - columnOffset: How far into that line the segment starts, in bytes.
  ///   - defersErrors: Whether to keep error records aside, for numbering later.
  /// - Returns: Where the segment stopped and its counts.
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
    output.reset()
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

  /// Hands a segment's held output to `sink`: with each deferred error record written in its
  /// place with its numbers settled (`caseOffset`, `lineOffset`), or as it is.
  mutating func writeSegment(
    _ result: SegmentResult, caseOffset: Int, lineOffset: Int, to sink: inout some ByteSink
  ) throws(IOFailure) {
    var record = ByteOutput(capacity: 256)
    var writer = writer
    try output.withBytes { held throws(IOFailure) in
      var from = 0
      for deferred in result.deferredErrors {
        try sink.write(UnsafeBufferPointer(rebasing: held[from..<deferred.outputOffset]))
        record.reset()
        let settled = deferred.error.offset(cases: caseOffset, lines: lineOffset)
        if let json = deferred.idJSON {
          json.withUnsafeBufferPointer { json in
            writer.writeFailure(
              settled,
              id: RecordID(json: json, text: deferred.idText, isNumber: deferred.idIsNumber),
              into: &record)
          }
        } else {
          writer.writeFailure(
            settled, id: RecordID(json: nil, text: deferred.idText, isNumber: deferred.idIsNumber),
            into: &record)
        }
        try record.withBytes { bytes throws(IOFailure) in try sink.write(bytes) }
        from = deferred.outputOffset
      }
      try sink.write(UnsafeBufferPointer(rebasing: held[from...]))
    }
    self.writer = writer
    output.reset()
  }
}

extension Substring {
  /// The text without the given characters at either end.
  func trimmingCharacters(_ characters: String) -> String {
    var text = self
    while let first = text.first, characters.contains(first) { text.removeFirst() }
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return String(text)
  }
}

extension String {
  /// The text without the given characters at either end.
  func trimmingCharacters(_ characters: String) -> String {
    self[...].trimmingCharacters(characters)
  }
}
