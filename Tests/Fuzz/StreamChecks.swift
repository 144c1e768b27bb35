// The checks the stream fuzz targets share (compiled into FuzzJSON, FuzzCSV and FuzzRules by
// Tests/Fuzz/run.sh; not part of the package build). Only ThresholdCore's public API is used.
//
// For one input, each format is written by the sequential reader from memory in one piece. The
// machine-readable formats (summary, JSON, JSON by reference, CSV) are compared with what the
// same bytes give read in small chunks (with a small read size), in chunks of 64 bytes, from a
// pipe (reads that may wait), and through the parallel reader (runInParallel: both work items
// in either order, segments of 64 bytes or more, from memory or a pipe): output and totals must
// be identical. Then each format's promise is checked: summary and JSON write one JSON object a
// line, one line a case; CSV writes a header and one row a case, RFC 4180 with CRLF records and
// the same number of columns in every row; the action card, full text, Markdown and HTML never
// write a raw control character. A quarter of the inputs run with a small case-size limit.
import ThresholdCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stops the fuzzer with a message (fatalError prints its message in optimised builds too,
/// where precondition does not).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}

/// What one run of a stream wrote.
struct StreamOutput: Equatable {
  var bytes: [UInt8]
  var totals: AssessmentStream.Totals
  var looksLikeCSV: Bool
}

/// How a run reads its input.
enum StreamReader: CustomStringConvertible {
  /// `run(from:to:)`: reads of at most `chunk` bytes, `readSize` bytes asked for at a time; a
  /// pipe's reads may wait (`mayBlock`), so the stream hands on answers before each read.
  case sequential(chunk: Int, readSize: Int, pipe: Bool = false)
  /// `runInParallel`: reads of at most `chunk` bytes, segments of `segment` bytes, and the
  /// second work item run before the first when `reversed`; a pipe as above.
  case parallel(chunk: Int, segment: Int, reversed: Bool = false, pipe: Bool = false)

  var description: String {
    switch self {
    case .sequential(let chunk, let readSize, let pipe):
      "sequential, chunk \(chunk), read size \(readSize)\(pipe ? ", a pipe" : "")"
    case .parallel(let chunk, let segment, let reversed, let pipe):
      "parallel, chunk \(chunk), segment \(segment)\(reversed ? ", second work item first" : "")"
        + (pipe ? ", a pipe" : "")
    }
  }
}

/// Runs a stream over bytes in memory. Memory never fails to read or write, so neither may
/// the run.
func runStream(
  _ input: [UInt8], options: OutputOptions, inputFormat: AssessmentStream.InputFormat,
  caseLimit: Int, registry: RuleSetRegistry = .builtIn, reader: StreamReader
) -> StreamOutput {
  var sink = MemorySink()
  var totals = AssessmentStream.Totals()
  var stream: AssessmentStream
  do throws(IOFailure) {
    switch reader {
    case .sequential(let chunk, let readSize, let pipe):
      var source = MemorySource(input, chunk: chunk, mayBlock: pipe)
      stream = AssessmentStream(
        registry: registry, options: options, inputFormat: inputFormat, readSize: readSize,
        caseLimit: caseLimit)
      totals = try stream.run(from: &source, to: &sink)
    case .parallel(let chunk, let segment, let reversed, let pipe):
      var source = MemorySource(input, chunk: chunk, mayBlock: pipe)
      stream = AssessmentStream(
        registry: registry, options: options, inputFormat: inputFormat, caseLimit: caseLimit)
      totals = try AssessmentStream.runInParallel(
        &stream, from: &source, to: &sink,
        runBoth: reversed
          ? { first, second in
            second()
            first()
          }
          : { first, second in
            first()
            second()
          }, segmentSize: segment)
    }
  } catch {
    fatalError("\(reader): reading or writing memory failed: \(error.message)")
  }
  check(totals == stream.totals, "\(reader): returned totals \(totals), stream \(stream.totals)")
  check(
    totals.rejected <= totals.cases, "\(reader): \(totals.rejected) of \(totals.cases) rejected")
  return StreamOutput(bytes: sink.bytes, totals: totals, looksLikeCSV: stream.looksLikeCSV)
}

/// The output formats and options the checks write, with what each promises.
enum CheckedFormat: CaseIterable {
  case summary, json, jsonByReference, csv, card, fullText, markdown, html

  var options: OutputOptions {
    switch self {
    case .summary: OutputOptions(format: .summary)
    case .json: OutputOptions(format: .json)
    case .jsonByReference: OutputOptions(format: .json, routesByReference: true)
    case .csv: OutputOptions(format: .csv)
    // As the command line writes a stream: each result headed by its case number.
    case .card: OutputOptions(format: .text, showsCaseNumbers: true, cardFooter: "All of it.")
    case .fullText: OutputOptions(format: .text, isFull: true, showsCaseNumbers: true)
    case .markdown: OutputOptions(format: .markdown, showsCaseNumbers: true, date: "1 May 2026")
    case .html: OutputOptions(format: .html, showsCaseNumbers: true, date: "1 May 2026")
    }
  }

  /// Whether the output is one JSON object a line.
  var isJSONLines: Bool { self == .summary || self == .json || self == .jsonByReference }

  /// The readers compared with the reference (the sequential reader, whole input at once):
  /// for the machine-readable formats, small chunks and a small read size, chunks of 64, a
  /// pipe, and the parallel reader in several ways. The formats for people are slow to write
  /// and are written once, for their own promise (no raw control characters).
  func readers(size: Int) -> [StreamReader] {
    switch self {
    case .summary, .json:
      return [
        .sequential(chunk: 1 + size % 13, readSize: 16), .sequential(chunk: 64, readSize: 64),
        .sequential(chunk: 1 + size % 5, readSize: 16, pipe: true),
        .parallel(chunk: 64, segment: 64),
        .parallel(chunk: .max, segment: 64 + size % 61, reversed: true),
        .parallel(chunk: 1 + size % 7, segment: 64, pipe: true),
      ]
    case .jsonByReference, .csv:
      return [
        .sequential(chunk: 1 + size % 13, readSize: 16),
        .sequential(chunk: 1 + size % 5, readSize: 16, pipe: true),
        .parallel(chunk: 64, segment: 64, reversed: size % 2 == 0),
        .parallel(chunk: 1 + size % 7, segment: 64, pipe: true),
      ]
    case .card, .fullText, .markdown, .html:
      return []
    }
  }
}

/// Every check, for one input read in one input format.
///
/// - Parameters:
///   - input: The bytes.
///   - inputFormat: How cases are written in them.
///   - registry: The rule sets.
///   - formats: The formats to write.
func checkStream(
  _ input: [UInt8], inputFormat: AssessmentStream.InputFormat,
  registry: RuleSetRegistry = .builtIn, formats: [CheckedFormat] = CheckedFormat.allCases
) {
  // A quarter of the inputs run with a small case-size limit, so that cases are cut off at
  // the limit (which must depend only on the bytes, never on how they were read).
  //
  let smallLimit = input.count % 4 == 3
  let caseLimit = smallLimit ? 16 + input.count % 200 : AssessmentStream.maximumCaseBytes
  // Markdown and HTML are the slowest to write: one input in four is written in them.
  let writesRecords = input.reduce(0) { $0 &+ Int($1) } % 4 == 0
  var reference: [CheckedFormat: StreamOutput] = [:]
  for format in formats {
    if (format == .markdown || format == .html) && !writesRecords { continue }
    let whole = runStream(
      input, options: format.options, inputFormat: inputFormat, caseLimit: caseLimit,
      registry: registry, reader: .sequential(chunk: .max, readSize: 1 << 20))
    for reader in format.readers(size: input.count) {
      let other = runStream(
        input, options: format.options, inputFormat: inputFormat, caseLimit: caseLimit,
        registry: registry, reader: reader)
      check(
        other == whole,
        "\(format), case limit \(caseLimit): \(reader) differs from the whole input at once:\n"
          + describeDifference(whole, other))
    }
    checkRecords(whole, format: format)
    reference[format] = whole
  }
  // Every format reads the same cases.
  if let first = reference.values.first {
    for (format, output) in reference {
      check(
        output.totals == first.totals && output.looksLikeCSV == first.looksLikeCSV,
        "\(format): totals \(output.totals) (CSV \(output.looksLikeCSV)) but another format "
          + "\(first.totals) (CSV \(first.looksLikeCSV))")
    }
  }
}

/// What each format promises about its records.
func checkRecords(_ output: StreamOutput, format: CheckedFormat) {
  let bytes = output.bytes
  let cases = output.totals.cases
  if format.isJSONLines {
    check(
      bytes.isEmpty || bytes.last == 0x0A, "\(format): the output does not end with a newline")
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    check(
      lines.count == cases,
      "\(format): \(cases) cases but \(lines.count) lines:\n\(escaped(bytes.prefix(2000)))")
    for line in lines {
      guard case .object = try? JSONValue.parse(line) else {
        fatalError("\(format): a line is not a JSON object: \(escaped(line.prefix(2000)))")
      }
    }
  }
  if format == .csv {
    if let index = firstRawControl(bytes, allowsCRLF: true) {
      fatalError("csv: a raw control character at byte \(index): \(context(bytes, index))")
    }
    guard let rows = csvRows(bytes) else {
      fatalError("csv: the output is not RFC 4180 CSV:\n\(escaped(bytes.prefix(2000)))")
    }
    // JSON input that turns out to be CSV is refused before anything is written.
    let expected = output.looksLikeCSV ? 0 : cases + 1
    check(
      rows.count == expected,
      "csv: \(cases) cases but \(rows.count) rows (header included):\n"
        + escaped(bytes.prefix(2000)))
    if let columns = rows.first {
      check(
        rows.allSatisfy { $0 == columns },
        "csv: rows of different lengths \(Set(rows).sorted()):\n\(escaped(bytes.prefix(2000)))")
    }
  }
  switch format {
  case .card, .fullText, .markdown, .html:
    if let index = firstRawControl(bytes, allowsCRLF: false) {
      fatalError("\(format): a raw control character at byte \(index): \(context(bytes, index))")
    }
  default: break
  }
}

/// The offset of the first byte that starts a raw control character: 0x00-0x1F but the line
/// feed (and, when allowed, a carriage return before one), 0x7F, or the UTF-8 of U+0080-U+009F
/// (C2 80 to C2 9F).
func firstRawControl(_ bytes: [UInt8], allowsCRLF: Bool) -> Int? {
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    if byte < 0x20 && byte != 0x0A {
      let isCRLF = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
      if !(allowsCRLF && isCRLF) { return index }
    }
    if byte == 0x7F { return index }
    if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
      return index
    }
    index += 1
  }
  return nil
}

/// The number of fields in each record of RFC 4180 CSV whose every record ends in CRLF, or
/// `nil` if the bytes are not that.
func csvRows(_ bytes: [UInt8]) -> [Int]? {
  let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
  var rows: [Int] = []
  var index = 0
  while index < bytes.count {
    var fields = 0
    record: while true {
      if index < bytes.count, bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { return nil }
          if bytes[index] == quote {
            if index + 1 < bytes.count, bytes[index + 1] == quote {
              index += 2
              continue
            }
            index += 1
            break
          }
          index += 1
        }
      } else {
        while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
          if bytes[index] == quote || bytes[index] == lf { return nil }
          index += 1
        }
      }
      fields += 1
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case comma:
        index += 1
      case cr:
        guard index + 1 < bytes.count, bytes[index + 1] == lf else { return nil }
        index += 2
        break record
      default:
        return nil
      }
    }
    rows.append(fields)
  }
  return rows
}

/// Bytes as a Swift string literal's contents: printable ASCII as it is, the rest escaped.
func escaped(_ bytes: some Collection<UInt8>) -> String {
  var text = ""
  for byte in bytes {
    switch byte {
    case 0x0A: text += "\\n"
    case 0x0D: text += "\\r"
    case 0x09: text += "\\t"
    case UInt8(ascii: "\\"): text += "\\\\"
    case UInt8(ascii: "\""): text += "\\\""
    case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
    default:
      let hex = String(byte, radix: 16, uppercase: true)
      text += "\\x" + (hex.count == 1 ? "0" : "") + hex
    }
  }
  return text
}

/// The bytes around an offset, escaped.
func context(_ bytes: [UInt8], _ index: Int) -> String {
  escaped(bytes[max(index - 120, 0)..<min(index + 40, bytes.count)])
}

/// Where two outputs first differ.
func describeDifference(_ expected: StreamOutput, _ found: StreamOutput) -> String {
  var text = ""
  if expected.totals != found.totals { text += "totals \(expected.totals) vs \(found.totals)\n" }
  if expected.looksLikeCSV != found.looksLikeCSV {
    text += "looksLikeCSV \(expected.looksLikeCSV) vs \(found.looksLikeCSV)\n"
  }
  let common = zip(expected.bytes, found.bytes).prefix { $0 == $1 }.count
  if common < max(expected.bytes.count, found.bytes.count) {
    text += "bytes differ at \(common) of \(expected.bytes.count) / \(found.bytes.count):\n"
    let from = max(common - 200, 0)
    let expectedPart = expected.bytes[from..<min(common + 200, expected.bytes.count)]
    let foundPart = found.bytes[from..<min(common + 200, found.bytes.count)]
    text += "expected: \(escaped(expectedPart))\n"
    text += "found:    \(escaped(foundPart))\n"
  }
  return text
}
