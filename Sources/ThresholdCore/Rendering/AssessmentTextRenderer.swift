/// Renders an assessment as text for a practitioner in a hurry: the level first, then why,
/// then what to do and whom to contact, consent, and the document it follows.
public struct AssessmentTextRenderer: Sendable {
  /// The layout: width and colour.
  public let layout: TextLayout

  /// Creates a renderer.
  ///
  /// - Parameter layout: The layout.
  public init(layout: TextLayout = TextLayout()) {
    self.layout = layout
  }

  /// Renders an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - caseNumber: The case's position in a stream, to head the text with; `nil` for one case.
  /// - Returns: The text, ending in a newline.
  public func render(_ assessment: Assessment, caseNumber: Int? = nil) -> String {
    var text = ""
    if let caseNumber {
      let id = assessment.caseID.map { " (id \($0))" } ?? ""
      text += layout.dim("Case \(caseNumber)\(id)") + "\n"
    }
    let level = assessment.level
    let categories = level.categories.map(\.displayName).joined(separator: " or ")
    text += layout.bold("\(level.title) — \(categories)") + "\n"
    let age = assessment.age.map { age in
      switch age {
      case .unborn: ", unborn child"
      case .years(let years): ", age \(years)"
      }
    }
    text += layout.wrap(
      "\(assessment.area.name)\(age ?? "") · suggested from \(assessment.ruleSet.citation)",
      indent: 2, firstIndent: "")
    text += "\n"
    text += renderImmediateDanger(assessment.immediateDanger)
    text += "\n" + heading("WHY") + renderWhy(assessment)
    text += "\n" + heading("WHAT TO DO: \(assessment.route.name)") + renderRoute(assessment)
    text += "\n" + heading("CONSENT") + renderConsent(assessment)
    if !assessment.specialRoutes.isEmpty {
      text += "\n" + heading("ALSO RELEVANT")
      for route in assessment.specialRoutes {
        text += layout.wrap(route.name, indent: 4, firstIndent: "  ")
        for passage in route.guidance {
          text += layout.wrap(passage, indent: 6, firstIndent: "    - ")
        }
        text += renderContacts(route.contacts, indent: 4)
        text += layout.wrap(layout.dim(route.source.location), indent: 4)
      }
    }
    let notes =
      assessment.advisories.map(\.text) + assessment.warnings
      + assessment.area.notes.map { "\($0.heading): \($0.text)" }
    if !notes.isEmpty || !assessment.area.supportContacts.isEmpty {
      text += "\n" + heading("NOTES")
      for note in notes { text += layout.wrap(note, indent: 4, firstIndent: "  - ") }
      if !assessment.area.supportContacts.isEmpty {
        text += layout.wrap("Advice and support:", indent: 4, firstIndent: "  - ")
        text += renderContacts(assessment.area.supportContacts, indent: 4)
      }
    }
    text += "\n" + heading("SOURCE")
    text += layout.wrap(
      "\(assessment.ruleSet.citation); text in shared/sources/\(assessment.ruleSet.sourceFile)",
      indent: 2)
    text += layout.wrap(Assessment.contactsCaution, indent: 2)
    text += "\n" + layout.wrap(Assessment.judgementReminder, indent: 0)
    return text
  }

  /// Renders an error record for a case in a stream.
  ///
  /// - Parameter error: The error.
  /// - Returns: The text, ending in a newline.
  public func render(_ error: CaseReadError) -> String {
    layout.dim("Case \(error.caseNumber)") + "\n"
      + layout.wrap(
        "Error: case \(error.caseNumber) (line \(error.line), column \(error.column)): "
          + error.message, indent: 2, firstIndent: "")
  }

  private func heading(_ title: String) -> String {
    layout.bold(title) + "\n"
  }

  private func renderImmediateDanger(_ advice: ImmediateDangerAdvice) -> String {
    let label =
      advice.isGeneralAdvice
      ? " (general advice: this document prints none for an emergency)"
      : " (\(advice.source?.location ?? ""))"
    return layout.wrap(
      layout.alert("IMMEDIATE DANGER:") + " " + advice.text + layout.dim(label),
      indent: 2, firstIndent: "")
  }

  private func renderWhy(_ assessment: Assessment) -> String {
    var text = ""
    if assessment.matched.isEmpty {
      text += layout.wrap(
        "No indicators selected: level 1 by default.", indent: 4, firstIndent: "  - ")
    }
    for indicator in assessment.matched {
      let level =
        assessment.ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
      let domain = assessment.ruleSet.domain(id: indicator.domain)?.name ?? indicator.domain
      let ages = indicator.age.map { ", ages \($0.band)" } ?? ""
      text += layout.wrap("\(level): \(indicator.text)", indent: 4, firstIndent: "  - ")
      text += layout.wrap(
        layout.dim("\(indicator.id) · \(domain)\(ages) · \(indicator.source.location)"), indent: 4)
    }
    for (function, score) in assessment.functionalNeeds {
      let scoreName = score.map { "\($0)" } ?? "not tested"
      text += layout.wrap(
        "Functional needs: \(function.name) (\(function.number)) scored \(scoreName)", indent: 4,
        firstIndent: "  - ")
    }
    if let hours = assessment.senSupportHours {
      text += layout.wrap(
        "Support with learning: \(Assessment.formatHours(hours)) hours a week", indent: 4,
        firstIndent: "  - ")
    }
    if assessment.indicatorLevel != assessment.level.rank {
      text += layout.wrap(
        "The highest indicator is level \(assessment.indicatorLevel); the rules below set level "
          + "\(assessment.level.rank).", indent: 4, firstIndent: "  - ")
    }
    for applied in assessment.rules {
      text += layout.wrap("Rule: \(applied.rule.name)", indent: 4, firstIndent: "  - ")
      text += layout.wrap(
        "“\(applied.rule.sentence)” (\(applied.rule.source.location))", indent: 4)
      text += layout.wrap(applied.effect, indent: 4)
      if let interpretation = applied.rule.interpretation {
        text += layout.wrap(layout.dim("How the tool reads it: \(interpretation)"), indent: 4)
      }
    }
    return text
  }

  private func renderRoute(_ assessment: Assessment) -> String {
    let route = assessment.route
    var text = ""
    for action in route.actions {
      text += layout.wrap(action, indent: 4, firstIndent: "  - ")
    }
    text += layout.wrap("Contact: \(route.service)", indent: 4, firstIndent: "  ")
    text += renderContacts(route.contacts, indent: 4)
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

  private func renderContacts(_ contacts: [Contact], indent: Int) -> String {
    var text = ""
    let pad = String(repeating: " ", count: indent)
    for contact in contacts {
      let kind =
        switch contact.kind {
        case .phone: "Phone"
        case .email: "Email"
        case .web: "Web"
        case .address: "Address"
        case .other: "Via"
        }
      text += layout.wrap(
        "\(kind): \(contact.value) (\(contact.service))", indent: indent + 2, firstIndent: pad)
    }
    return text
  }

  private func renderConsent(_ assessment: Assessment) -> String {
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
