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
  private var encoder = AssessmentEncoder()
  private let textRenderer: AssessmentTextRenderer

  // Input buffer state. `buffer[start..<end]` is unread input.
  private var buffer: [UInt8]
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
  // Per-case storage, reused so that a warm stream allocates nothing per case.
  private var resolved: ResolvedCase?
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
      if base + start == 0, try skipByteOrderMark(from: &source) { continue }
      totals.cases += 1
      try readCase(from: &source)
      if output.bytes.count >= 1 << 16 { try flush(to: &sink) }
    }
    try flush(to: &sink)
    return totals
  }

  private mutating func skipWhitespace() {
    while start < end {
      switch buffer[start] {
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
    guard buffer[start] == 0xEF else { return false }
    while end - start < 3 && !isAtEOF { try refill(from: &source) }
    if end - start >= 3, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF {
      start += 3
      return true
    }
    return false
  }

  /// Reads one case (or one unreadable stretch of input) and writes its record.
  private mutating func readCase(from source: inout some ByteSource) throws(IOFailure) {
    while true {
      let outcome: Outcome = buffer.withUnsafeBufferPointer { all in
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
  }

  /// Skips from the start of a malformed case to the next line that begins a new value: a
  /// newline followed by a byte that is not whitespace, `}` or `]` (which continue a value laid
  /// out over several lines). Counts the newlines it passes.
  private mutating func resynchronise(source: inout some ByteSource) throws(IOFailure) {
    var index = start
    while true {
      while index < end, buffer[index] != UInt8(ascii: "\n") { index += 1 }
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
        switch buffer[index + 1] {
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
      if buffer[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = base + index + 1
      }
      index += 1
    }
    return (line, base + offset - lineStart + 1)
  }

  private mutating func write(_ scanner: JSONScanner) {
    guard let resolved else { return }
    assessor.evaluate(resolved, into: &evaluation)
    switch format {
    case .summary:
      encoder.writeSummary(
        resolved, evaluation, idJSON: decoder.raw.idJSON.map { scanner.bytes[$0] },
        into: &output.bytes)
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
      message: problem.message, caseNumber: totals.cases, line: line, column: column)
    switch format {
    case .json, .summary:
      encoder.writeError(error, idJSON: idJSON, into: &output)
      output.bytes.append(UInt8(ascii: "\n"))
    case .text:
      if totals.cases > 1 { output.bytes.append(contentsOf: "\n".utf8) }
      output.bytes.append(contentsOf: textRenderer.render(error).utf8)
    }
  }

  private mutating func flush(to sink: inout some ByteSink) throws(IOFailure) {
    guard !output.bytes.isEmpty else { return }
    try output.bytes.withUnsafeBufferPointer { bytes throws(IOFailure) in try sink.write(bytes) }
    output.reset()
  }
}
