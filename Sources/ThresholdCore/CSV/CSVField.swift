/// CSV cells as RFC 4180 writes them, made safe for spreadsheets.
public enum CSVField {
  /// A cell: control characters shown as `\u001B` (as text output shows them), a leading
  /// `=`, `+`, `-` or `@` prefixed with `'` so a spreadsheet never reads the cell as a formula,
  /// and quoted when it holds a comma or a quote (quotes doubled).
  ///
  /// - Parameter text: The cell's text.
  /// - Returns: The cell as written.
  public static func escaped(_ text: String) -> String {
    var text = TextLayout.neutralised(text)
    if let first = text.utf8.first,
      first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        || first == UInt8(ascii: "@")
    {
      text = "'" + text
    }
    guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// A row of cells, ending in CRLF as RFC 4180 writes records.
  ///
  /// - Parameter cells: The cells' texts.
  /// - Returns: The row.
  public static func row(_ cells: [String]) -> String {
    cells.map(escaped).joined(separator: ",") + "\r\n"
  }
}

/// Writes one CSV row per case after a header row:
/// `id,authority,age,level_rank,level_label,category,route,contact,indicators,rules,warnings,error`.
/// Lists within a cell are joined with `;`; the error cell is empty when the case was assessed,
/// and the contact cell says so when the document prints no contact detail for the route.
struct CSVRecordWriter: RecordWriter {
  let options: OutputOptions

  /// The header row's column names.
  static let columns = [
    "id", "authority", "age", "level_rank", "level_label", "category", "route", "contact",
    "indicators", "rules", "warnings", "error",
  ]

  var needsIDText: Bool { true }

  mutating func writeStart(into output: inout ByteOutput) {
    output.append(CSVField.row(Self.columns))
  }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    let compiled = result.compiled
    let ruleSet = compiled.ruleSet
    let level = compiled.level(rank: result.level)
    let route = result.route()
    let age =
      switch result.age {
      case .years(let years): String(years)
      case .unborn: "unborn"
      case nil: ""
      }
    let cells = [
      id.text ?? "", ruleSet.areas[result.area].id, age, String(level.rank), level.label,
      level.categoryKey, route.name, Self.contact(route),
      result.indicators.map { ruleSet.indicators[$0].id }.joined(separator: ";"),
      result.applied.map { ruleSet.rules[$0.rule].id }.joined(separator: ";"),
      result.hasWarnings ? result.warnings().map(\.message).joined(separator: " ") : "", "",
    ]
    output.append(CSVField.row(cells))
  }

  /// The contact cell: the route's first contact detail as printed, or a plain statement that
  /// the document prints none, naming the service to contact where it names one.
  static func contact(_ route: Route) -> String {
    if let contact = route.contacts.first { return contact.value }
    return route.service.isEmpty
      ? "No contact details printed" : "No contact details printed: \(route.service)"
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    var cells = Array(repeating: "", count: Self.columns.count)
    cells[0] = id.text ?? ""
    cells[Self.columns.count - 1] =
      "case \(failure.caseNumber), \(failure.place): \(options.message(for: failure.error))"
    output.append(CSVField.row(cells))
  }
}
