/// A CSV record that cannot be read as a case.
public enum CSVProblem: Hashable, Sendable {
  /// A quoted field is not closed before the input ends (or the case-size limit).
  case unclosedQuote
  /// A quote inside a field that is not quoted.
  case quoteInUnquotedField
  /// Something other than a comma or the end of the record after a closing quote.
  case characterAfterClosingQuote
  /// The record has a different number of fields from the header.
  case fieldCount(found: Int, expected: Int)
  /// The header has no column the tool needs.
  case missingColumn(String)
  /// The header names a column twice.
  case duplicateColumn(String)
  /// The `unborn` cell is not true or false.
  case invalidUnborn(String)
  /// A cell is not valid UTF-8.
  case invalidUTF8

  /// The message for the user.
  public var message: String {
    switch self {
    case .unclosedQuote:
      return "A quoted field is not closed: end it with a quote (write a quote inside it as \"\")."
    case .quoteInUnquotedField:
      return "A quote inside a field that is not quoted: quote the whole field and double the "
        + "quote (\"a \"\"b\"\" c\")."
    case .characterAfterClosingQuote:
      return "Something follows a closing quote: after it, a field ends with a comma or the end "
        + "of the line."
    case .fieldCount(let found, let expected):
      return "The row has \(found) fields but the header has \(expected)."
    case .missingColumn(let name):
      return "The CSV header has no '\(name)' column, so no row can be assessed; the header "
        + "names the columns id, authority, age, unborn, indicators, functions and senHours."
    case .duplicateColumn(let name):
      return "The CSV header names the column '\(name)' twice, so no row can be assessed."
    case .invalidUnborn(let text):
      return "The unborn cell '\(text)' must be true or false (or empty)."
    case .invalidUTF8:
      return "The row is not valid UTF-8."
    }
  }

  /// Whether the problem is in the record's syntax (the reader must find where the next record
  /// starts) rather than in its values.
  var isSyntax: Bool {
    switch self {
    case .unclosedQuote, .quoteInUnquotedField, .characterAfterClosingQuote: true
    default: false
    }
  }
}

/// One field of a CSV record: its bytes (without quotes) and whether doubled quotes inside
/// need undoing.
struct CSVCell {
  var range: Range<Int>
  var hasDoubledQuotes: Bool
}

/// The result of looking for one CSV record.
enum CSVScan {
  /// A record: its cells are in the scanner's list; `next` is where the next record starts.
  case record(next: Int)
  /// The record goes on past what has been read.
  case needMore
  /// The record goes on past the limit: it is larger than a case may be, whatever follows.
  case tooLarge
  /// The record's syntax is wrong at an offset.
  case malformed(CSVProblem, offset: Int)
}

/// Reads CSV records (RFC 4180: comma-separated fields, quoted fields with doubled quotes,
/// records ending in CRLF or LF), and the header row that names a file's columns.
enum CSVReader {
  /// Scans one record starting at `start`, at most up to `limit`.
  ///
  /// A record that reaches `limit` before it ends is ``CSVScan/tooLarge`` whether or not more
  /// bytes than that have been read, so the answer depends only on the bytes, never on how
  /// many of them a read returned.
  ///
  /// - Parameters:
  ///   - bytes: The input read so far.
  ///   - start: Where the record starts.
  ///   - limit: Scan no further than this (the case-size limit).
  ///   - isAtEOF: Whether the input ends at `bytes.count`.
  ///   - cells: Filled with the record's cells.
  /// - Returns: The record, a need for more input, or a problem.
  static func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, isAtEOF: Bool,
    cells: inout ScratchArray<CSVCell>
  ) -> CSVScan {
    cells.removeAll()
    let end = min(bytes.count, limit)
    var index = start
    while true {
      // One field.
      if index < end, bytes[index] == UInt8(ascii: "\"") {
        let open = index
        index += 1
        var doubled = false
        while true {
          guard index < end else {
            if end < bytes.count { return .tooLarge }
            return isAtEOF ? .malformed(.unclosedQuote, offset: open) : .needMore
          }
          if bytes[index] == UInt8(ascii: "\"") {
            if index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") {
              doubled = true
              index += 2
              continue
            }
            if index + 1 >= end, end == bytes.count, !isAtEOF { return .needMore }
            break
          }
          index += 1
        }
        cells.append(CSVCell(range: (open + 1)..<index, hasDoubledQuotes: doubled))
        index += 1
        guard index < end else {
          if end < bytes.count { return .tooLarge }
          return isAtEOF ? .record(next: index) : .needMore
        }
        switch bytes[index] {
        case UInt8(ascii: ","):
          index += 1
          continue
        case UInt8(ascii: "\n"):
          return .record(next: index + 1)
        case UInt8(ascii: "\r") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "\n"):
          return .record(next: index + 2)
        case UInt8(ascii: "\r") where index + 1 >= end && (end < bytes.count || !isAtEOF):
          return end < bytes.count ? .tooLarge : .needMore
        default:
          return .malformed(.characterAfterClosingQuote, offset: index)
        }
      }
      let fieldStart = index
      while index < end {
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") { break }
        if byte == UInt8(ascii: "\"") { return .malformed(.quoteInUnquotedField, offset: index) }
        index += 1
      }
      guard index < end else {
        if end < bytes.count { return .tooLarge }
        guard isAtEOF else { return .needMore }
        cells.append(
          CSVCell(range: fieldStart..<trimCR(bytes, fieldStart, index), hasDoubledQuotes: false))
        return .record(next: index)
      }
      let fieldEnd = bytes[index] == UInt8(ascii: "\n") ? trimCR(bytes, fieldStart, index) : index
      cells.append(CSVCell(range: fieldStart..<fieldEnd, hasDoubledQuotes: false))
      if bytes[index] == UInt8(ascii: "\n") { return .record(next: index + 1) }
      index += 1
    }
  }

  /// The end of a field before a record's final CR.
  private static func trimCR(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
  }

  /// A cell's bytes, with doubled quotes undone (into `scratch`, whose bytes it then points
  /// into: the result is valid until `scratch` is next changed).
  static func cellText(
    _ cell: CSVCell, in bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]
  ) -> Range<Int>? {
    guard cell.hasDoubledQuotes else { return nil }
    let start = scratch.count
    var index = cell.range.lowerBound
    while index < cell.range.upperBound {
      scratch.append(bytes[index])
      index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
    }
    return start..<scratch.count
  }
}

/// The columns of a CSV file, as its header row names them.
struct CSVHeader: Sendable {
  /// The columns a case may have, matched exactly.
  enum Column: String, CaseIterable, Sendable {
    case id, authority, age, unborn, indicators, functions, senHours
  }

  /// Each header cell's column, or `nil` for a column that is not part of a case.
  let columns: [Column?]
  /// The header's names, as written.
  let names: [String]
  /// A problem that stops every row from being assessed, if the header has one.
  let problem: CSVProblem?
  /// The names' bytes, held for as long as the header (ignored columns point into them).
  private let storage: NameStorage

  init(names: [String]) {
    self.names = names
    self.storage = NameStorage(names)
    self.columns = names.map { Column(rawValue: $0) }
    var problem: CSVProblem?
    var seen: [String] = []
    for name in names {
      if seen.contains(name) {
        problem = .duplicateColumn(name)
        break
      }
      seen.append(name)
    }
    if problem == nil, !columns.contains(.authority) { problem = .missingColumn("authority") }
    self.problem = problem
  }

  /// Fills a case's fields from one record's cells.
  ///
  /// The record's id is set first, so that an error record for the row still names it, even
  /// when the row has the wrong number of fields.
  ///
  /// - Throws: ``CaseError`` for a header problem, a wrong number of fields, or a cell that
  ///   cannot be read.
  func fill(
    _ fields: inout CaseFields, id: inout RecordID, cells: ScratchArray<CSVCell>,
    bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeBufferPointer<UInt8>,
    unescaped: [Range<Int>?], recordStart: Int
  ) throws(CaseError) {
    if let problem { throw CaseError(.malformedCSV(problem), at: recordStart) }
    func text(_ index: Int) -> UnsafeBufferPointer<UInt8> {
      unescaped[index].map { UnsafeBufferPointer(rebasing: scratch[$0]) }
        ?? UnsafeBufferPointer(rebasing: bytes[cells[index].range])
    }
    if let index = idColumn, index < cells.count {
      let trimmed = FunctionScoreText.trimmed(text(index))
      if !trimmed.isEmpty, Self.isUTF8(trimmed) {
        id.text = String(decoding: trimmed, as: UTF8.self)
      }
    }
    guard cells.count == names.count else {
      throw CaseError(
        .malformedCSV(.fieldCount(found: cells.count, expected: names.count)), at: recordStart)
    }
    fields.reset(at: recordStart)
    fields.ignoredAreColumns = true
    for index in cells.indices {
      let cell = cells[index]
      let text = text(index)
      let offset = cell.range.lowerBound
      guard Self.isUTF8(text) else { throw CaseError(.malformedCSV(.invalidUTF8), at: offset) }
      let trimmed = FunctionScoreText.trimmed(text)
      guard let column = columns[index] else {
        fields.ignored.add(TextField(bytes: storage.names[index]))
        continue
      }
      if trimmed.isEmpty { continue }
      switch column {
      case .id:
        break
      case .authority:
        fields.authority = TextField(bytes: trimmed, offset: offset)
      case .age:
        if trimmed.elementsEqual("unborn".utf8) {
          fields.unborn = (true, offset)
        } else {
          fields.age = (.text(trimmed), offset)
        }
      case .unborn:
        switch String(decoding: trimmed, as: UTF8.self).lowercased() {
        case "true", "yes": fields.unborn = (true, offset)
        case "false", "no": break
        case let other: throw CaseError(.malformedCSV(.invalidUnborn(other)), at: offset)
        }
      case .indicators:
        for item in Self.items(trimmed) {
          fields.indicators.append(TextField(bytes: item, offset: offset))
        }
      case .functions:
        for item in Self.items(trimmed) {
          guard let (name, score) = FunctionScoreText.split(item) else {
            throw CaseError(
              .invalidFunctionScore(String(decoding: item, as: UTF8.self)), at: offset)
          }
          fields.scores.append(
            ScoreEntry(
              name: TextField(bytes: name), score: FunctionScoreText.score(score), offset: offset))
        }
      case .senHours:
        fields.hours = (.text(trimmed), offset)
      }
    }
  }

  /// The position of the `id` column, if the header has one.
  private var idColumn: Int? { columns.firstIndex(of: .id) }

  /// The `;`-separated items of a cell, each trimmed, empty ones left out.
  private static func items(_ text: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    var items: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for index in 0...text.count where index == text.count || text[index] == UInt8(ascii: ";") {
      let item = FunctionScoreText.trimmed(UnsafeBufferPointer(rebasing: text[start..<index]))
      if !item.isEmpty { items.append(item) }
      start = index + 1
    }
    return items
  }

  /// Whether bytes are valid UTF-8.
  static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if !bytes.contains(where: { $0 >= 0x80 }) { return true }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}

/// The bytes of a header's names, allocated once and freed with the header.
private final class NameStorage: @unchecked Sendable {
  let names: [UnsafeBufferPointer<UInt8>]

  init(_ names: [String]) {
    self.names = names.map { name in
      let bytes = Array(name.utf8)
      let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
      _ = memory.initialize(from: bytes)
      return UnsafeBufferPointer(rebasing: memory[0..<bytes.count])
    }
  }

  deinit {
    for name in names { UnsafeMutableRawPointer(mutating: name.baseAddress)?.deallocate() }
  }
}
