/// A referral-ready record of an assessment, as sections that the Markdown and HTML writers
/// lay out: the area, age, level, what to do and whom to contact, consent, the timescale, why
/// (indicators with citations, rules that applied), special routes, notes, the document and its
/// date, the caution about contacts, the reminder about judgement, and blank space for the
/// practitioner's own account and decision.
struct ReferralRecord {
  /// One block of a section.
  enum Block {
    /// A paragraph.
    case paragraph(String)
    /// A paragraph in smaller type: a citation or the tool's note.
    case note(String)
    /// A list.
    case bullets([String])
    /// The document's own words, quoted.
    case quote(String)
    /// Room for the practitioner to write, with a prompt.
    case space(String, lines: Int)
  }

  /// A heading and its blocks.
  struct Section {
    let heading: String
    let blocks: [Block]
  }

  let title: String
  let facts: [(label: String, value: String)]
  let sections: [Section]

  init(_ assessment: Assessment, date: String?, caseID: String?) {
    let ruleSet = assessment.ruleSet
    let level = assessment.level
    let route = assessment.route
    title = "Threshold assessment record: \(assessment.area.name)"
    var facts: [(String, String)] = []
    if let caseID { facts.append(("Case", caseID)) }
    facts.append(("Area", assessment.area.name))
    facts.append(
      ("Child's age", TextWords.areaAndAge(assessment).dropPrefix(assessment.area.name + ", ")))
    facts.append(("Suggested level", "\(level.title) — \(TextWords.categories(level))"))
    facts.append(("Document", ruleSet.citation))
    facts.append(("Date of this record", date ?? "________________"))
    self.facts = facts

    var sections: [Section] = []
    if assessment.matched.isEmpty && assessment.functionalNeeds.isEmpty
      && assessment.senSupportHours == nil
    {
      sections.append(
        Section(heading: "Nothing selected", blocks: [.paragraph(TextWords.nothingSelected)]))
    }
    let danger = assessment.immediateDanger
    sections.append(
      Section(
        heading: "If the child is in immediate danger",
        blocks: [
          .paragraph(danger.text),
          .note(
            danger.isGeneralAdvice
              ? "General advice from thresholds: the document prints none for an emergency."
              : "As printed: \(danger.source?.location ?? "")"),
        ]))
    var todo: [Block] = [.paragraph(route.name), .bullets(route.actions)]
    if let form = route.form { todo.append(.paragraph("Form: \(form)")) }
    todo.append(.note("As printed: \(route.source.location)"))
    sections.append(Section(heading: "What to do", blocks: todo))
    var contact: [Block] = [.paragraph(route.service)]
    contact.append(
      route.contacts.isEmpty
        ? .paragraph(TextWords.noContactPrinted) : .bullets(route.contacts.map(TextWords.contact)))
    if !assessment.area.supportContacts.isEmpty {
      contact.append(.paragraph("Advice and support:"))
      contact.append(.bullets(assessment.area.supportContacts.map(TextWords.contact)))
    }
    contact.append(.note(Assessment.contactsCaution))
    sections.append(Section(heading: "Whom to contact", blocks: contact))
    var consent: [String] = route.consent.map { ["For this route: \($0)"] } ?? []
    consent += assessment.consent.map { guidance in
      "Sharing information" + (guidance.ages.map { " (\($0.printed))" } ?? "") + ": "
        + guidance.text
    }
    sections.append(
      Section(
        heading: "Consent",
        blocks: [
          consent.isEmpty
            ? .paragraph("The document says nothing about consent for this route.")
            : .bullets(consent)
        ]))
    sections.append(
      Section(
        heading: "Timescale",
        blocks: [.paragraph(route.timescale ?? "The document gives no timescale for this route.")]))

    var why: [Block] = []
    if assessment.matched.isEmpty {
      why.append(.paragraph("No indicators were selected."))
    } else {
      why.append(
        .bullets(
          assessment.matched.map { indicator in
            let label = ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
            let kind = TextWords.kind(indicator.kind).map { " (\($0))" } ?? ""
            return "\(label): \(indicator.text)\(kind) — \(indicator.id); "
              + "\(ruleSet.domainPath(of: indicator)); \(indicator.source.location)"
          }))
    }
    let scores = assessment.functionalNeeds.map { function, score in
      "Functional needs: \(function.name) scored \(score.map(String.init) ?? "N (not tested)")"
    }
    let hours =
      assessment.senSupportHours.map {
        ["Support with learning: \(NumberText.hours($0)) hours a week"]
      } ?? []
    if !(scores + hours).isEmpty { why.append(.bullets(scores + hours)) }
    sections.append(Section(heading: "Why: what was selected", blocks: why))
    if !assessment.rules.isEmpty {
      var rules: [Block] = []
      for applied in assessment.rules {
        rules.append(.paragraph(applied.rule.name + ": " + applied.effect))
        rules.append(.quote(applied.rule.sentence))
        rules.append(.note("As printed: \(applied.rule.source.location)"))
        if let reading = applied.rule.interpretation {
          rules.append(.note("How the tool reads it: \(reading)"))
        }
      }
      sections.append(Section(heading: "Why: the document's rules that applied", blocks: rules))
    }
    let advice = assessment.advisoriesBesideRules.map {
      ($0.isDocuments ? "" : "The tool's note: ") + $0.text
    }
    if !advice.isEmpty { sections.append(Section(heading: "Advice", blocks: [.bullets(advice)])) }
    if !assessment.specialRoutes.isEmpty {
      var blocks: [Block] = []
      for special in assessment.specialRoutes {
        blocks.append(.paragraph(special.name))
        blocks.append(.bullets(special.guidance + special.contacts.map(TextWords.contact)))
        blocks.append(.note("As printed: \(special.source.location)"))
      }
      sections.append(Section(heading: "Also relevant", blocks: blocks))
    }
    let notes =
      assessment.warnings.map(\.message) + assessment.area.notes.map { "\($0.heading): \($0.text)" }
    if !notes.isEmpty { sections.append(Section(heading: "Notes", blocks: [.bullets(notes)])) }
    sections.append(
      Section(
        heading: "What I saw or was told",
        blocks: [
          .space("In your own words: what you saw or were told, when, and by whom.", lines: 8)
        ]))
    sections.append(
      Section(
        heading: "My decision and why",
        blocks: [
          .space("What you decided to do, whom you contacted and when, and why.", lines: 6),
          .space("Name, role and signature:", lines: 2),
        ]))
    let origin = ruleSet.origin.map { " Rules read from \($0)." } ?? ""
    sections.append(
      Section(
        heading: "Source",
        blocks: [
          .paragraph(
            "\(ruleSet.citation); text in shared/sources/\(ruleSet.sourceFile).\(origin)"),
          .paragraph(Assessment.judgementReminder),
        ]))
    self.sections = sections
  }
}

extension String {
  fileprivate func dropPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}

/// Writes the referral record in Markdown; each case's record starts with its own heading.
struct MarkdownRecordWriter: RecordWriter {
  let options: OutputOptions

  var needsIDText: Bool { true }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    let assessment = Assessment(result: copy result, compiled: result.compiled, caseID: nil)
    let record = ReferralRecord(assessment, date: options.date, caseID: id.text)
    var text = "# \(Self.escaped(record.title))\n\n| | |\n|---|---|\n"
    for (label, value) in record.facts {
      text += "| \(Self.escaped(label)) | \(Self.escaped(value)) |\n"
    }
    for section in record.sections {
      text += "\n## \(Self.escaped(section.heading))\n\n"
      for block in section.blocks {
        switch block {
        case .paragraph(let paragraph): text += Self.lines(paragraph, break: "  \n") + "\n\n"
        case .note(let note): text += "_" + Self.lines(note, break: "_  \n_") + "_\n\n"
        case .bullets(let items):
          for item in items { text += "- " + Self.lines(item, break: "  \n  ") + "\n" }
          text += "\n"
        case .quote(let quote): text += "> “" + Self.lines(quote, break: "  \n> ") + "”\n\n"
        case .space(let prompt, let lines):
          text += "**" + Self.escaped(prompt) + "**\n\n"
          text += String(repeating: "&nbsp;  \n", count: lines) + "\n"
        }
      }
    }
    output.append(text + "\n")
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    var text = "# Case \(failure.caseNumber) could not be assessed\n\n"
    text += Self.escaped("\(failure.place): \(options.message(for: failure.error))") + "\n\n"
    output.append(text)
  }

  /// The document's text, each of its lines escaped, joined by a Markdown line break (a
  /// printed list keeps its lines).
  static func lines(_ text: String, break separator: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).map { escaped(String($0)) }
      .joined(separator: separator)
  }

  /// Text with Markdown's special characters escaped and control characters neutralised, so
  /// a value cannot add a heading, a list, a link, emphasis or a table cell.
  static func escaped(_ text: String) -> String {
    var result = ""
    let text = TextLayout.neutralised(text).replacing("\n", with: " ")
    for character in text {
      if "\\`*_[]<>|~".contains(character) { result.append("\\") }
      result.append(character)
    }
    // What would start a heading, a list or a rule at the start of a line.
    if let first = result.first, "#-+=".contains(first) { return "\\" + result }
    if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
      result[dot] == "." || result[dot] == ")"
    {
      return String(result[..<dot]) + "\\" + String(result[dot...])
    }
    return result
  }
}

/// Writes the referral record as one self-contained HTML file: no scripts, no remote
/// resources, a print stylesheet for A4, every value escaped, and the same bytes for the same
/// case (no clock unless a date is given). Several cases are articles of one file.
struct HTMLRecordWriter: RecordWriter {
  let options: OutputOptions

  var needsIDText: Bool { true }

  mutating func writeStart(into output: inout ByteOutput) {
    output.append(
      """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>Threshold assessment record</title>
      <style>
      body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
      h1 { font-size: 1.5em; margin: 0 0 .5em; }
      h2 { font-size: 1.1em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; }
      table.facts { border-collapse: collapse; width: 100%; }
      table.facts th, table.facts td { text-align: left; vertical-align: top; padding: .2em .6em .2em 0; border-bottom: 1px solid #ddd; }
      table.facts th { width: 11em; font-weight: 600; }
      .level { font-weight: 700; }
      .note { font-size: .9em; color: #444; }
      blockquote { margin: .4em 0 .4em 1em; padding-left: .8em; border-left: 3px solid #999; }
      .space { border: 1px solid #999; margin: .3em 0 1em; }
      .space div { border-bottom: 1px dotted #bbb; height: 1.9em; }
      .space div:last-child { border-bottom: none; }
      article + article { break-before: page; margin-top: 3em; }
      @page { size: A4; margin: 18mm 16mm; }
      @media print { body { margin: 0; max-width: none; font-size: 10.5pt; } h2 { break-after: avoid; } .space { break-inside: avoid; } }
      </style>
      </head>
      <body>

      """)
  }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    let assessment = Assessment(result: copy result, compiled: result.compiled, caseID: nil)
    let record = ReferralRecord(assessment, date: options.date, caseID: id.text)
    var text = "<article>\n<h1>\(Self.escaped(record.title))</h1>\n<table class=\"facts\">\n"
    for (label, value) in record.facts {
      let cell = label == "Suggested level" ? "<td class=\"level\">" : "<td>"
      text +=
        "<tr><th scope=\"row\">\(Self.escaped(label))</th>\(cell)\(Self.escaped(value))</td></tr>\n"
    }
    text += "</table>\n"
    for section in record.sections {
      text += "<section>\n<h2>\(Self.escaped(section.heading))</h2>\n"
      for block in section.blocks {
        switch block {
        case .paragraph(let paragraph): text += "<p>\(Self.lines(paragraph))</p>\n"
        case .note(let note): text += "<p class=\"note\">\(Self.lines(note))</p>\n"
        case .bullets(let items):
          text += "<ul>\n" + items.map { "<li>\(Self.lines($0))</li>\n" }.joined() + "</ul>\n"
        case .quote(let quote): text += "<blockquote>“\(Self.lines(quote))”</blockquote>\n"
        case .space(let prompt, let lines):
          text += "<p><strong>\(Self.escaped(prompt))</strong></p>\n<div class=\"space\">"
          text += String(repeating: "<div></div>", count: lines) + "</div>\n"
        }
      }
      text += "</section>\n"
    }
    text += "</article>\n"
    output.append(text)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    output.append(
      "<article>\n<h1>Case \(failure.caseNumber) could not be assessed</h1>\n<p>"
        + Self.escaped("\(failure.place): \(options.message(for: failure.error))")
        + "</p>\n</article>\n")
  }

  mutating func writeEnd(into output: inout ByteOutput) {
    output.append("</body>\n</html>\n")
  }

  /// The document's text, each of its lines escaped, joined by line breaks (a printed list
  /// keeps its lines).
  static func lines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).map { escaped(String($0)) }
      .joined(separator: "<br>\n")
  }

  /// Text with HTML's special characters escaped and control characters neutralised.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in TextLayout.neutralised(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
