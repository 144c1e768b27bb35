/// Words the text formats share.
enum TextWords {
  /// A level's categories in words ("child in need (section 17) or child protection …").
  static func categories(_ level: Level) -> String {
    level.categories.map(\.displayName).joined(separator: " or ")
  }

  /// "Camden, age 9" or "Camden, unborn child".
  static func areaAndAge(_ assessment: Assessment) -> String {
    let age =
      switch assessment.age {
      case .unborn: ", unborn child"
      case .years(let years): ", age \(years)"
      case nil: ", age not given"
      }
    return assessment.area.name + age
  }

  /// A contact as a line: "Phone: 0300 123 4043 (Customer Service Centre)".
  static func contact(_ contact: Contact) -> String {
    let kind =
      switch contact.kind {
      case .phone: "Phone"
      case .email: "Email"
      case .web: "Web"
      case .address: "Address"
      case .other: "Via"
      }
    return "\(kind): \(contact.value) (\(contact.service))"
  }

  /// What an indicator's kind means, for a reader, or `nil` for a plain need.
  static func kind(_ kind: IndicatorKind) -> String? {
    switch kind {
    case .need: nil
    case .possibleIndicator(let heading):
      "printed under “\(heading)”: a possible indicator of abuse or neglect; its level applies "
        + "where it leads you to suspect significant harm"
    case .practiceStatement:
      "a statement of how professionals should work, not a need: it never sets a level"
    }
  }

  /// The sentence shown where a route prints no contact details.
  static let noContactPrinted =
    "This document prints no number for this route: use your local children's services front "
    + "door."

  /// The banner shown when a case selects nothing.
  static let nothingSelected =
    "NO INDICATORS SELECTED: nothing has been assessed. Level 1 below is only the default; "
    + "select the indicators you see to get a suggestion."

  /// A text record's heading in a stream: "Case 3 (id A1)".
  static func caseHeading(_ caseNumber: Int, id: RecordID) -> String {
    "Case \(caseNumber)" + (id.text.map { " (id \($0))" } ?? "")
  }
}

/// The default text of `assess`: what to do first, on one screen. The level; what to do if the
/// child is in immediate danger; what to do; whom to contact, with every contact the document
/// prints for the area and level (or a plain sentence that it prints none); consent for the
/// child's age; the timescale; then why: the indicators, one line each, and only the rules that
/// changed something or added advice. ``FullTextWriter`` prints everything.
struct ActionCardWriter: RecordWriter {
  let options: OutputOptions

  var showsCaseNumbers: Bool { options.showsCaseNumbers }
  var needsIDText: Bool { true }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    let assessment = Assessment(result: copy result, compiled: result.compiled, caseID: nil)
    var text = caseNumber > 1 && showsCaseNumbers ? "\n" : ""
    if showsCaseNumbers {
      text += options.layout.line(options.layout.dim(TextWords.caseHeading(caseNumber, id: id)))
    }
    text += ActionCard.render(assessment, options: options)
    output.append(text)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    output.append(FullTextWriter.failureText(failure, id: id, options: options))
  }
}

/// Renders the action card.
public enum ActionCard {
  /// The card for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - options: Layout and hints.
  /// - Returns: The text, ending in a newline.
  public static func render(_ assessment: Assessment, options: OutputOptions) -> String {
    let layout = options.layout
    let level = assessment.level
    let route = assessment.route
    let label = 17
    let pad = String(repeating: " ", count: label)
    func field(_ name: String, _ value: String) -> String {
      layout.wrap(value, indent: label, firstIndent: layout.bold(name.padded(to: label)))
    }
    var text = ""
    if assessment.matched.isEmpty && assessment.functionalNeeds.isEmpty
      && assessment.senSupportHours == nil
    {
      text += layout.wrap(layout.alert(TextWords.nothingSelected), indent: 0)
    }
    text += layout.wrap(
      layout.bold("\(level.title) — \(TextWords.categories(level))"), indent: 2, firstIndent: "")
    text += layout.wrap(
      TextWords.areaAndAge(assessment) + " · " + assessment.ruleSet.citation, indent: 2,
      firstIndent: "")
    let danger = assessment.immediateDanger
    text += layout.wrap(
      danger.text
        + (danger.isGeneralAdvice ? layout.dim(" (general advice: the document prints none)") : ""),
      indent: label, firstIndent: layout.alert("IMMEDIATE DANGER".padded(to: label)))
    text += field("WHAT TO DO", route.name)
    if let form = route.form {
      text += layout.wrap("Form: \(form)", indent: label, firstIndent: pad)
    }
    text += field("WHOM TO CONTACT", route.service)
    if route.contacts.isEmpty {
      text += layout.wrap(TextWords.noContactPrinted, indent: label, firstIndent: pad)
    }
    for contact in route.contacts {
      text += layout.wrap(TextWords.contact(contact), indent: label + 2, firstIndent: pad)
    }
    let agencies = assessment.respondingAgencies
    if !agencies.isEmpty {
      text += layout.wrap(
        "Agencies the document names beside these indicators: " + agencies.joined(separator: ", "),
        indent: label, firstIndent: pad)
    }
    var consent: [String] = route.consent.map { [$0] } ?? []
    let byAge = assessment.consent.filter { $0.ages != nil }
    consent += (byAge.isEmpty ? assessment.consent : byAge).map { guidance in
      (guidance.ages.map { "(\($0.printed)) " } ?? "") + guidance.text
    }
    if consent.isEmpty { consent = ["The document says nothing about consent for this route."] }
    for (index, passage) in consent.enumerated() {
      text +=
        index == 0
        ? field("CONSENT", passage) : layout.wrap(passage, indent: label, firstIndent: pad)
    }
    text += field("TIMESCALE", route.timescale ?? "The document gives no timescale for this route.")
    text += "\n" + why(assessment, layout: layout)
    if !assessment.specialRoutes.isEmpty {
      text += layout.line(layout.bold("ALSO RELEVANT"))
      for special in assessment.specialRoutes {
        let line = "  - \(special.name) (\(special.source.location))"
        text += layout.line(layout.fitted(line, after: 0))
      }
    }
    for warning in assessment.warnings where warning != .noIndicators {
      text += layout.wrap("Note: " + warning.message, indent: 2, firstIndent: "")
    }
    text += layout.wrap(
      layout.dim(
        "Suggested from the document; it supports and never replaces professional judgement. "
          + Assessment.contactsCaution + (options.cardFooter.map { " " + $0 } ?? "")),
      indent: 0)
    return text
  }

  /// Why: the indicators, one line each, and the rules that changed something or advised.
  private static func why(_ assessment: Assessment, layout: TextLayout) -> String {
    let matched = assessment.matched
    let ruleSet = assessment.ruleSet
    var heading = "WHY"
    if !matched.isEmpty {
      heading += " (\(matched.count) indicator\(matched.count == 1 ? "" : "s")"
      heading +=
        assessment.indicatorLevel != assessment.level.rank
        ? "; the highest is level \(assessment.indicatorLevel))" : ")"
    }
    var text = layout.line(layout.bold(heading))
    for indicator in matched {
      let label = ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
      let marker = indicator.kind == .need ? "" : " [possible indicator]"
      text += layout.line(layout.fitted("  - \(label)\(marker): \(indicator.text)", after: 0))
    }
    for (function, score) in assessment.functionalNeeds {
      text += layout.line(
        "  - Functional needs: \(function.name) scored \(score.map(String.init) ?? "N")")
    }
    if let hours = assessment.senSupportHours {
      text += layout.line("  - Support with learning: \(NumberText.hours(hours)) hours a week")
    }
    let advised = Set(assessment.advisories.compactMap(\.ruleID))
    for applied in assessment.rules
    where applied.changedLevel || applied.replacedRoute || advised.contains(applied.rule.id) {
      text += layout.wrapParagraphs(
        "Rule: “\(applied.rule.sentence)” (\(applied.rule.source.location))", indent: 4,
        firstIndent: "  - ")
      text += layout.wrap(applied.effect, indent: 4)
    }
    for advisory in assessment.advisories {
      let whose = advisory.isDocuments ? "" : " (the tool's note)"
      text += layout.wrapParagraphs(
        "Advice\(whose): \(advisory.text)", indent: 4, firstIndent: "  - ")
    }
    return text
  }
}

/// Everything an assessment says, as text: the level, immediate danger, why (every indicator
/// whole, every rule with its sentence), what to do in the document's words, contacts, consent,
/// special routes, notes and the source.
struct FullTextWriter: RecordWriter {
  let options: OutputOptions

  var showsCaseNumbers: Bool { options.showsCaseNumbers }
  var needsIDText: Bool { true }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    let assessment = Assessment(result: copy result, compiled: result.compiled, caseID: nil)
    var text = caseNumber > 1 && showsCaseNumbers ? "\n" : ""
    if showsCaseNumbers {
      text += options.layout.line(options.layout.dim(TextWords.caseHeading(caseNumber, id: id)))
    }
    text += FullText.render(assessment, layout: options.layout)
    output.append(text)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    output.append(Self.failureText(failure, id: id, options: options))
  }

  /// An error record as text.
  static func failureText(_ failure: CaseReadError, id: RecordID, options: OutputOptions) -> String
  {
    let layout = options.layout
    var text = failure.caseNumber > 1 && options.showsCaseNumbers ? "\n" : ""
    text += layout.line(layout.dim(TextWords.caseHeading(failure.caseNumber, id: id)))
    text += layout.wrap(
      "Error: case \(failure.caseNumber) (\(failure.place)): "
        + options.message(for: failure.error),
      indent: 2, firstIndent: "")
    return text
  }
}

/// Renders everything an assessment says.
public enum FullText {
  /// The full text of an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - layout: Width and colour.
  /// - Returns: The text, ending in a newline.
  public static func render(_ assessment: Assessment, layout: TextLayout) -> String {
    var text = ""
    if assessment.matched.isEmpty && assessment.functionalNeeds.isEmpty
      && assessment.senSupportHours == nil
    {
      text += layout.wrap(layout.alert(TextWords.nothingSelected), indent: 0)
    }
    let level = assessment.level
    text += layout.line(layout.bold("\(level.title) — \(TextWords.categories(level))"))
    text += layout.wrap(
      "\(TextWords.areaAndAge(assessment)) · suggested from \(assessment.ruleSet.citation)",
      indent: 2, firstIndent: "")
    text += "\n"
    let advice = assessment.immediateDanger
    let label =
      advice.isGeneralAdvice
      ? " (general advice: this document prints none for an emergency)"
      : " (\(advice.source?.location ?? ""))"
    text += layout.wrap(
      layout.alert("IMMEDIATE DANGER:") + " " + advice.text + layout.dim(label), indent: 2,
      firstIndent: "")
    text += "\n" + heading("WHY", layout) + why(assessment, layout: layout)
    text += "\n" + heading("WHAT TO DO: \(assessment.route.name)", layout)
    text += route(assessment, layout: layout)
    text += "\n" + heading("CONSENT", layout) + consent(assessment, layout: layout)
    if !assessment.specialRoutes.isEmpty {
      text += "\n" + heading("ALSO RELEVANT", layout)
      for route in assessment.specialRoutes {
        text += layout.wrap(route.name, indent: 4, firstIndent: "  ")
        for passage in route.guidance {
          text += layout.wrapParagraphs(passage, indent: 6, firstIndent: "    - ")
        }
        for contact in route.contacts {
          text += layout.wrap(TextWords.contact(contact), indent: 6, firstIndent: "    ")
        }
        text += layout.wrap(layout.dim(route.source.location), indent: 4)
      }
    }
    let notes =
      assessment.advisories.map { ($0.isDocuments ? "" : "The tool's note: ") + $0.text }
      + assessment.warnings.map(\.message)
      + assessment.area.notes.map { "\($0.heading): \($0.text)" }
    if !notes.isEmpty || !assessment.area.supportContacts.isEmpty {
      text += "\n" + heading("NOTES", layout)
      for note in notes { text += layout.wrapParagraphs(note, indent: 4, firstIndent: "  - ") }
      if !assessment.area.supportContacts.isEmpty {
        text += layout.wrap("Advice and support:", indent: 4, firstIndent: "  - ")
        for contact in assessment.area.supportContacts {
          text += layout.wrap(TextWords.contact(contact), indent: 6, firstIndent: "    ")
        }
      }
    }
    text += "\n" + heading("SOURCE", layout)
    let ruleSet = assessment.ruleSet
    let origin = ruleSet.origin.map { "; rules read from \($0)" } ?? ""
    text += layout.wrap(
      "\(ruleSet.citation); text in shared/sources/\(ruleSet.sourceFile)\(origin)", indent: 2)
    text += layout.wrap(Assessment.contactsCaution, indent: 2)
    text += "\n" + layout.wrap(Assessment.judgementReminder, indent: 0)
    return text
  }

  private static func heading(_ title: String, _ layout: TextLayout) -> String {
    layout.line(layout.bold(title))
  }

  private static func why(_ assessment: Assessment, layout: TextLayout) -> String {
    var text = ""
    let ruleSet = assessment.ruleSet
    if assessment.matched.isEmpty {
      text += layout.wrap(
        "No indicators selected: level 1 by default.", indent: 4, firstIndent: "  - ")
    }
    for indicator in assessment.matched {
      let level = ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
      let ages = indicator.age.map { ", ages \($0.band)" } ?? ""
      text += layout.wrap("\(level): \(indicator.text)", indent: 4, firstIndent: "  - ")
      if let kind = TextWords.kind(indicator.kind) { text += layout.wrap("(\(kind))", indent: 4) }
      text += layout.wrap(
        layout.dim(
          "\(indicator.id) · \(ruleSet.domainPath(of: indicator))\(ages) · "
            + indicator.source.location), indent: 4)
    }
    for (function, score) in assessment.functionalNeeds {
      let scoreName = score.map { "\($0)" } ?? "not tested"
      text += layout.wrap(
        "Functional needs: \(function.name) (\(function.number)) scored \(scoreName)", indent: 4,
        firstIndent: "  - ")
    }
    if let hours = assessment.senSupportHours {
      text += layout.wrap(
        "Support with learning: \(NumberText.hours(hours)) hours a week", indent: 4,
        firstIndent: "  - ")
    }
    if assessment.indicatorLevel != assessment.level.rank {
      text += layout.wrap(
        "The highest indicator is level \(assessment.indicatorLevel); the rules below set level "
          + "\(assessment.level.rank).", indent: 4, firstIndent: "  - ")
    }
    for applied in assessment.rules {
      text += layout.wrap("Rule: \(applied.rule.name)", indent: 4, firstIndent: "  - ")
      text += layout.wrapParagraphs(
        "“\(applied.rule.sentence)” (\(applied.rule.source.location))", indent: 4)
      text += layout.wrap(applied.effect, indent: 4)
      if let interpretation = applied.rule.interpretation {
        text += layout.wrap(layout.dim("How the tool reads it: \(interpretation)"), indent: 4)
      }
    }
    return text
  }

  private static func route(_ assessment: Assessment, layout: TextLayout) -> String {
    let route = assessment.route
    var text = ""
    for action in route.actions {
      text += layout.wrapParagraphs(action, indent: 4, firstIndent: "  - ")
    }
    text += layout.wrap("Contact: \(route.service)", indent: 4, firstIndent: "  ")
    if route.contacts.isEmpty {
      text += layout.wrap(TextWords.noContactPrinted, indent: 6, firstIndent: "    ")
    }
    for contact in route.contacts {
      text += layout.wrap(TextWords.contact(contact), indent: 6, firstIndent: "    ")
    }
    if !assessment.respondingAgencies.isEmpty {
      text += layout.wrap(
        "Responding agencies named beside the indicators: "
          + assessment.respondingAgencies.joined(separator: ", "), indent: 4, firstIndent: "  ")
    }
    if let form = route.form { text += layout.wrap("Form: \(form)", indent: 4, firstIndent: "  ") }
    if let timescale = route.timescale {
      text += layout.wrap("Timescale: \(timescale)", indent: 4, firstIndent: "  ")
    }
    text += layout.wrap(layout.dim(route.source.location), indent: 2)
    return text
  }

  private static func consent(_ assessment: Assessment, layout: TextLayout) -> String {
    var text = ""
    if let consent = assessment.route.consent {
      text += layout.wrap("For this route: \(consent)", indent: 4, firstIndent: "  - ")
    }
    for guidance in assessment.consent {
      let ages = guidance.ages.map { " (\($0.printed))" } ?? ""
      text += layout.wrap(
        "Sharing information\(ages): \(guidance.text)", indent: 4, firstIndent: "  - ")
    }
    if text.isEmpty {
      text = layout.wrap(
        "The document says nothing about consent for this route.", indent: 4, firstIndent: "  - ")
    }
    return text
  }
}

extension String {
  /// The string padded with spaces to a width (at least one space after it).
  func padded(to width: Int) -> String {
    let count = TextLayout.visibleWidth(self)
    return count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
