/// How results are written: the one output seam. Every format writes an assessment or an error
/// record through one ``RecordWriter``; a single case is a stream of one.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Text for a person: the action card (with `full`, everything).
  case text
  /// The full assessment, one JSON object per line.
  case json
  /// The id, level, route, rules and warnings, one JSON object per line.
  case summary
  /// A header row, then one row per case.
  case csv
  /// A referral-ready record in Markdown.
  case markdown
  /// A referral-ready record as one self-contained HTML file.
  case html

  /// One line on what the format is, for help.
  public var summary: String {
    switch self {
    case .text: "the action card for a person (--full: everything)"
    case .json: "the full result, one JSON object per line"
    case .summary: "id, level, route, rules and warnings, one JSON object per line"
    case .csv: "a header row, then one row per case"
    case .markdown: "a referral-ready record in Markdown"
    case .html: "a referral-ready record, one self-contained HTML file"
    }
  }
}

/// Everything that decides how records are written, besides the format.
public struct OutputOptions: Sendable {
  /// The format.
  public var format: OutputFormat
  /// For text, Markdown and HTML: everything, not only what to do first.
  public var isFull: Bool
  /// The layout of text (width, colour).
  public var layout: TextLayout
  /// For text: head each result with its case number (a stream from `--input`).
  public var showsCaseNumbers: Bool
  /// For Markdown and HTML: the date to print on the record (no clock is read).
  public var date: String?
  /// For JSON: refer to the parts that are the same for every case (routes, indicators, the
  /// document) by identifier, as `rules export` writes them, instead of repeating them.
  public var routesByReference: Bool
  /// Words to add to an error's message, such as a command that lists what is valid.
  public var hint: @Sendable (AssessmentError) -> String?
  /// Words to end the action card with, such as how to see everything.
  public var cardFooter: String?

  /// Creates options.
  ///
  /// - Parameters:
  ///   - format: The format.
  ///   - isFull: Whether text, Markdown and HTML show everything.
  ///   - layout: The layout of text.
  ///   - showsCaseNumbers: Whether text heads each result with its case number.
  ///   - date: The date to print on a record.
  ///   - routesByReference: Whether JSON refers to constant parts by identifier.
  ///   - hint: Words to add to an error's message.
  ///   - cardFooter: Words to end the action card with.
  public init(
    format: OutputFormat, isFull: Bool = false, layout: TextLayout = TextLayout(),
    showsCaseNumbers: Bool = false, date: String? = nil, routesByReference: Bool = false,
    hint: @escaping @Sendable (AssessmentError) -> String? = { _ in nil }, cardFooter: String? = nil
  ) {
    self.cardFooter = cardFooter
    self.format = format
    self.isFull = isFull
    self.layout = layout
    self.showsCaseNumbers = showsCaseNumbers
    self.date = date
    self.routesByReference = routesByReference
    self.hint = hint
  }

  /// An error's message with its hint.
  func message(for error: AssessmentError) -> String {
    error.message + (hint(error).map { " " + $0 } ?? "")
  }

  /// The writer for these options.
  func makeWriter() -> any RecordWriter {
    switch format {
    case .json:
      routesByReference ? JSONReferenceWriter(options: self) : JSONRecordWriter(options: self)
    case .summary: SummaryWriter(options: self)
    case .csv: CSVRecordWriter(options: self)
    case .text: isFull ? FullTextWriter(options: self) : ActionCardWriter(options: self)
    case .markdown: MarkdownRecordWriter(options: self)
    case .html: HTMLRecordWriter(options: self)
    }
  }
}

/// A case in a stream that could not be read or assessed, and where it is.
public struct CaseReadError: Error, Hashable, Sendable {
  /// What was wrong.
  public let error: AssessmentError
  /// The case's position in the input, from 1.
  public let caseNumber: Int
  /// The line of the problem, from 1.
  public let line: Int
  /// The column of the problem, in bytes from 1.
  public let column: Int
  /// For CSV input: the name of the column the problem is in, if it is in one.
  public let csvColumn: String?

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - error: What was wrong.
  ///   - caseNumber: The case's position, from 1.
  ///   - line: The line, from 1.
  ///   - column: The column, from 1.
  ///   - csvColumn: The CSV column's name, for CSV input.
  public init(
    _ error: AssessmentError, caseNumber: Int, line: Int, column: Int, csvColumn: String? = nil
  ) {
    self.error = error
    self.caseNumber = caseNumber
    self.line = line
    self.column = column
    self.csvColumn = csvColumn
  }

  /// What was wrong, in words.
  public var message: String { error.message }

  /// Where the problem is, in words ("line 3, column 14" or "row 3, column 'age'").
  public var place: String {
    if let csvColumn { return "row \(line), column '\(csvColumn)'" }
    return "line \(line), column \(column)"
  }

  /// The same error numbered from a later start (a segment of a parallel run, settled).
  func offset(cases: Int, lines: Int) -> CaseReadError {
    CaseReadError(
      error, caseNumber: caseNumber + cases, line: line + lines, column: column,
      csvColumn: csvColumn)
  }
}

/// A record's id as the input gave it.
struct RecordID {
  /// The id's JSON text exactly as written (a quoted string or a number), for JSON input.
  var json: UnsafeBufferPointer<UInt8>?
  /// The id as text (decoded), when the writer needs it or the input was not JSON.
  var text: String?
  /// Whether the id is a number (so JSON writes it without quotes).
  var isNumber = false

  static var none: RecordID { RecordID() }
}

/// Writes records in one format: a start (a CSV header, an HTML head), one record per case or
/// error, and an end. A format is one writer; a stream keeps one per thread.
protocol RecordWriter {
  /// Whether records show their case number, so must be written in input order by one reader.
  var showsCaseNumbers: Bool { get }
  /// Whether the writer needs the id as decoded text.
  var needsIDText: Bool { get }
  /// Writes what comes before the first record.
  mutating func writeStart(into output: inout ByteOutput)
  /// Writes one assessed case.
  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput)
  /// Writes one error record.
  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  /// Writes what comes after the last record.
  mutating func writeEnd(into output: inout ByteOutput)
}

extension RecordWriter {
  /// By default records carry no case number.
  var showsCaseNumbers: Bool { false }
  /// By default the id is written as the input gave it.
  var needsIDText: Bool { false }
  /// By default nothing comes before the first record.
  mutating func writeStart(into output: inout ByteOutput) {}
  /// By default nothing comes after the last.
  mutating func writeEnd(into output: inout ByteOutput) {}
}
