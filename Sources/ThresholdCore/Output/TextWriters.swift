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

  /// A contact on one line of the action card: the number, address or link first, then whose
  /// it is ("01634 334466 · Children's Advice and Duty Service (CADS)").
  static func cardContact(_ contact: Contact) -> String {
    switch contact.kind {
    case .phone, .email, .web: "\(contact.value) · \(contact.service)"
    case .address: "Address: \(contact.value) (\(contact.service))"
    case .other: "Via: \(contact.value) (\(contact.service))"
    }
  }

  /// The action card's immediate-danger line: the document's advice, or the tool's, labelled.
  static func immediateDanger(_ danger: ImmediateDangerAdvice, layout: TextLayout) -> String {
    layout.wrap(
      danger.text
        + (danger.isGeneralAdvice
          ? layout.dim(" (the tool's advice; the document prints none)") : ""),
      indent: 2, firstIndent: layout.alert("IMMEDIATE DANGER") + "  ")
  }

  /// A route's contacts, one line each, or the sentence that the document prints none.
  static func contactLines(_ route: Route, layout: TextLayout) -> String {
    guard !route.contacts.isEmpty else {
      return layout.wrap(noContactPrinted, indent: 4, firstIndent: "  ")
    }
    return route.contacts.map { layout.wrap(cardContact($0), indent: 4, firstIndent: "  ") }
      .joined()
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
  /// The parts of cards that are the same for every case with the same key, laid out once.
  private var parts: [CardKey: String] = [:]

  init(options: OutputOptions) {
    self.options = options
  }

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
    let position = result.compiled.position
    let (area, level, routeRule) = (result.area, result.level, result.routeRule)
    let age = CompiledRuleSet.ageKey(result.age)
    let indicators = result.indicators
    text += ActionCard.render(assessment, options: options) { part, make in
      // Each part's key holds exactly what the part is made from (a heading's part says
      // whether nothing was selected; an indicator's line is keyed by the indicator).
      let key: CardKey =
        switch part {
        case .heading:
          CardKey(part, ruleSet: position, area: area, level: level, age: age)
        case .route: CardKey(part, ruleSet: position, area: area, level: level, rule: routeRule)
        case .consent:
          CardKey(part, ruleSet: position, area: area, level: level, rule: routeRule, age: age)
        case .indicator(let index): CardKey(.indicator(indicators[index]), ruleSet: position)
        case .footer: CardKey(part)
        }
      if let kept = parts[key] { return kept }
      let made = make()
      parts[key] = made
      return made
    }
    output.append(text)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    output.append(FullTextWriter.failureText(failure, id: id, options: options))
  }
}

/// Which kept part of an action card a text is: the part, and the positions it is made from
/// (the rest 0). The number of keys is bounded by the rule sets' sizes.
struct CardKey: Hashable {
  let part: ActionCard.Part
  var ruleSet = 0
  var area = 0
  var level = 0
  var rule = 0
  var age = 0

  init(
    _ part: ActionCard.Part, ruleSet: Int = 0, area: Int = 0, level: Int = 0, rule: Int = 0,
    age: Int = 0
  ) {
    self.part = part
    self.ruleSet = ruleSet
    self.area = area
    self.level = level
    self.rule = rule
    self.age = age
  }
}

/// Renders the action card.
///
/// Each part starts with its label in capitals and continues two spaces in, so the card uses
/// the terminal's width: the level, the area and document, immediate danger, what to do,
/// whom to contact (one contact to a line), consent, the timescale, then why. Consent on the
/// card is the passages for the child's age first, then the route's, up to about three
/// lines, cut only between sentences; the rest is in `--full`, and the card says how much
/// more there is.
public enum ActionCard {
  /// The card for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - options: Layout and hints.
  /// - Returns: The text, ending in a newline.
  public static func render(_ assessment: Assessment, options: OutputOptions) -> String {
    render(assessment, options: options) { _, make in make() }
  }

  /// A part of a card that is the same for every assessment with the same key (a stream lays
  /// each out once).
  enum Part: Hashable {
    /// The level, the area and document, and immediate danger (and whether nothing was
    /// selected): by rule set, area, level and age.
    case heading(nothingSelected: Bool)
    /// What to do and whom to contact: by the route.
    case route
    /// Consent and the timescale: by the route and the child's age.
    case consent
    /// One matched indicator's line, by its place among the matched.
    case indicator(Int)
    /// The closing reminder.
    case footer
  }

  /// The card, each part of it laid out by `part`, which is given the part and a function that
  /// lays it out (and may give the text it kept from an earlier case with the same key).
  static func render(
    _ assessment: Assessment, options: OutputOptions,
    part: (Part, () -> String) -> String
  ) -> String {
    let layout = options.layout
    let level = assessment.level
    let route = assessment.route
    func field(_ name: String, _ value: String, style: (String) -> String) -> String {
      layout.wrapParagraphs(value, indent: 2, firstIndent: style(name) + "  ")
    }
    let nothingSelected =
      assessment.matched.isEmpty && assessment.functionalNeeds.isEmpty
      && assessment.senSupportHours == nil
    var text = part(.heading(nothingSelected: nothingSelected)) {
      var text = ""
      if nothingSelected {
        text += layout.wrap(layout.alert(TextWords.nothingSelected), indent: 2, firstIndent: "")
      }
      text += layout.wrap(
        layout.bold("\(level.title) — \(TextWords.categories(level))"), indent: 2, firstIndent: "")
      let ruleSet = assessment.ruleSet
      text += layout.wrap(
        TextWords.areaAndAge(assessment) + " · " + "\(ruleSet.title) (\(ruleSet.date))"
          + (ruleSet.origin.map { "; rules read from \($0)" } ?? ""), indent: 2, firstIndent: "")
      text += TextWords.immediateDanger(assessment.immediateDanger, layout: layout)
      return text
    }
    text += part(.route) {
      var text = field("WHAT TO DO", route.name, style: layout.bold)
      if let form = route.form {
        text += layout.wrap("Form: \(form)", indent: 4, firstIndent: "  ")
      }
      text += field("WHOM TO CONTACT", route.service, style: layout.bold)
      text += TextWords.contactLines(route, layout: layout)
      return text
    }
    let agencies = assessment.respondingAgencies
    if !agencies.isEmpty {
      text += layout.wrap(
        "Agencies the document names beside these indicators: " + agencies.joined(separator: ", "),
        indent: 4, firstIndent: "  ")
    }
    text += part(.consent) {
      let consent = ConsentExcerpt(assessment, budget: 4 * (layout.width - 2) - 9)
      var text = field("CONSENT", consent.text, style: layout.bold)
      if let more = consent.more { text += layout.wrap(layout.dim(more), indent: 2) }
      text += field(
        "TIMESCALE", route.timescale ?? "The document gives no timescale for this route.",
        style: layout.bold)
      return text
    }
    text += why(assessment, layout: layout, part: part)
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
    text += part(.footer) {
      layout.wrap(
        layout.dim(
          "A suggestion from the document, to support professional judgement, never to replace "
            + "it. Contacts are as printed and may have changed."
            + (options.cardFooter.map { " " + $0 } ?? "")),
        indent: 0)
    }
    return text
  }

  /// Why: the indicators, one line each, and the rules that changed something or advised.
  private static func why(
    _ assessment: Assessment, layout: TextLayout, part: (Part, () -> String) -> String
  ) -> String {
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
    if matched.isEmpty && assessment.functionalNeeds.isEmpty && assessment.senSupportHours == nil {
      text += layout.line("  - Nothing was selected.")
    }
    for (index, indicator) in matched.enumerated() {
      text += part(.indicator(index)) {
        let label = ruleSet.level(rank: indicator.level)?.label ?? "Level \(indicator.level)"
        let marker = indicator.kind == .need ? "" : " [possible indicator]"
        return layout.line(layout.fitted("  - \(label)\(marker): \(indicator.text)", after: 0))
      }
    }
    for (function, score) in assessment.functionalNeeds {
      text += layout.line(
        "  - Functional needs: \(function.name) scored \(score.map(String.init) ?? "N")")
    }
    if let hours = assessment.senSupportHours {
      text += layout.line("  - Support with learning: \(NumberText.hours(hours)) hours a week")
    }
    let advisories = assessment.advisoriesBesideRules
    let advised = Set(assessment.advisories.compactMap(\.ruleID))
    for applied in assessment.rules
    where applied.changedLevel || applied.replacedRoute || advised.contains(applied.rule.id) {
      text += layout.wrapParagraphs(
        "Rule: “\(applied.rule.sentence)” (\(applied.rule.source.location))", indent: 4,
        firstIndent: "  - ")
      text += layout.wrap(applied.effect, indent: 4)
    }
    for advisory in advisories {
      let whose = advisory.isDocuments ? "" : " (the tool's note)"
      text += layout.wrapParagraphs(
        "Advice\(whose): \(advisory.text)", indent: 4, firstIndent: "  - ")
    }
    return text
  }
}

/// The consent passages an action card shows, and what it leaves for `--full`: the route's own
/// consent (about the step the card says to take), cut between sentences only when it is much
/// longer than the budget; then every passage for the child's age, whole; and only when
/// neither exists, the area's first passages that fit.
struct ConsentExcerpt {
  /// The passages shown, one to a line.
  let text: String
  /// How much more there is, or `nil` when everything is shown.
  let more: String?

  /// The excerpt for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - budget: About how many characters of general passages to show.
  init(_ assessment: Assessment, budget: Int) {
    let (route, byAge, general) = Self.passages(assessment)
    var shown: [String] = []
    var left = 0
    var cut = 0
    func add(_ passages: [String], limit: Int) {
      var used = 0
      for passage in passages {
        if used + passage.count <= limit {
          shown.append(passage)
          used += passage.count + 1
          continue
        }
        left += 1
        // The first sentences that fit (always one, when nothing is shown yet).
        var part = ""
        for sentence in Self.sentences(passage) {
          let next = part.isEmpty ? sentence : part + " " + sentence
          if used + next.count > limit && !(shown.isEmpty && part.isEmpty) { break }
          part = next
        }
        if !part.isEmpty {
          shown.append(part + " …")
          cut += 1
        }
        used = limit
      }
    }
    add(route, limit: budget * 3 / 2)
    shown += byAge
    if shown.isEmpty {
      add(general, limit: budget)
      left += general.count - shown.count
    } else {
      left += general.count
    }
    if shown.isEmpty { shown = ["The document says nothing about consent for this route."] }
    text = shown.joined(separator: "\n")
    // What is left: the rest of a passage cut short, and passages not shown at all.
    let whole = left - cut
    var rest: [String] = []
    if cut > 0 { rest.append("the rest of " + (cut == 1 ? "this passage" : "\(cut) passages")) }
    if whole > 0 { rest.append("\(whole) more passage" + (whole == 1 ? "" : "s")) }
    more =
      rest.isEmpty
      ? nil
      : "More on consent and sharing information: add --full (" + rest.joined(separator: " and ")
        + ")"
  }

  /// The route's consent, the passages for the child's age, and the rest; each once.
  static func passages(_ assessment: Assessment) -> (
    route: [String], byAge: [String], general: [String]
  ) {
    var seen: Set<String> = []
    let route = (assessment.route.consent?.split(separator: "\n").map(String.init) ?? [])
      .filter { seen.insert($0).inserted }
    let byAge = assessment.consent.filter { $0.ages != nil }
      .filter { seen.insert($0.text).inserted }
      .map { guidance in (guidance.ages.map { "(\($0.printed)) " } ?? "") + guidance.text }
    let general = assessment.consent.filter { $0.ages == nil }.map(\.text)
      .filter { seen.insert($0).inserted }
    return (route, byAge, general)
  }

  /// A passage's sentences: cut after ". ", "? " or "! " before a capital letter or a quote,
  /// but not after "e.g.", "i.e." or "etc.".
  static func sentences(_ passage: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let characters = Array(passage)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      current.append(character)
      if ".?!".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
        characters[index + 2].isUppercase || "“\"‘'(".contains(characters[index + 2]),
        !["e.g.", "i.e.", "etc."].contains(where: { current.lowercased().hasSuffix($0) })
      {
        sentences.append(current)
        current = ""
        index += 2
        continue
      }
      index += 1
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
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
      assessment.advisoriesBesideRules.map {
        ($0.isDocuments ? "" : "The tool's note: ") + $0.text
      }
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

/// What `search` says when nothing matches: the document's (or the tool's) advice for a child in
/// immediate danger and, for an area, the route its document prints for child protection with
/// its contacts, so that a practitioner whose words found nothing still knows whom to call.
public enum NothingMatchedAdvice {
  /// The advice as text.
  ///
  /// - Parameters:
  ///   - area: The area searched, if one was given.
  ///   - ruleSet: Its rule set.
  ///   - layout: How to lay out text.
  /// - Returns: The lines to print after the message that nothing matched.
  public static func text(area: Area?, ruleSet: RuleSet?, layout: TextLayout) -> String {
    var text = layout.wrap(
      "If you think a child may be at risk of significant harm, do not wait for a match "
        + layout.dim("(the tool's advice)") + ":", indent: 0)
    text += TextWords.immediateDanger(area?.immediateDanger ?? .general, layout: layout)
    guard let area, let ruleSet,
      let rank = ruleSet.levels.last(where: { $0.categories.contains(.childProtection) })?.rank,
      let route = area.route(forLevel: rank)
    else { return text }
    text += layout.wrap(
      layout.bold(route.name), indent: 2, firstIndent: layout.bold("CHILD PROTECTION") + "  ")
    if !route.service.isEmpty { text += layout.wrap(route.service, indent: 2) }
    return text + TextWords.contactLines(route, layout: layout)
  }
}
