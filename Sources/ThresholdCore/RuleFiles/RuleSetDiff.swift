/// What changed between two editions of a rule set: indicators added, removed, moved level or
/// domain, or reworded; levels, domains, rules, areas, routes, contacts, consent and special
/// routes changed. Parts are matched by identifier (levels by rank, routes by area and level).
public struct RuleSetDiff: Sendable {
  /// One change.
  public struct Change: Sendable, Hashable {
    /// What kind of part changed: `document`, `level`, `domain`, `indicator`, `rule`, `area`,
    /// `route`, `contact`, `consent`, `special-route`, `note`.
    public let part: String
    /// How: `added`, `removed`, `moved-level`, `moved-domain`, `reworded`, `changed`.
    public let change: String
    /// Which one ("camden-young-carers", "rutland level 2").
    public let identifier: String
    /// What changed, in words.
    public let summary: String
    /// The old value, if any.
    public let old: String?
    /// The new value, if any.
    public let new: String?
  }

  /// The changes, in document order.
  public let changes: [Change]

  /// Compares two editions.
  ///
  /// - Parameters:
  ///   - old: The older edition.
  ///   - new: The newer edition.
  public init(from old: RuleSet, to new: RuleSet) {
    var changes: [Change] = []
    func add(
      _ part: String, _ change: String, _ id: String, _ summary: String, _ old: String? = nil,
      _ new: String? = nil
    ) {
      changes.append(
        Change(part: part, change: change, identifier: id, summary: summary, old: old, new: new))
    }
    func compare(_ part: String, _ id: String, _ field: String, _ old: String?, _ new: String?) {
      if old != new { add(part, "changed", id, "\(field) changed", old, new) }
    }
    for (field, oldValue, newValue) in [
      ("title", old.title, new.title), ("publisher", old.publisher, new.publisher),
      ("version", old.version ?? "", new.version ?? ""), ("date", old.date, new.date),
      ("source file", old.sourceFile, new.sourceFile),
    ] {
      compare("document", new.id, field, oldValue, newValue)
    }
    // Levels, by rank.
    for level in new.levels where old.level(rank: level.rank) == nil {
      add("level", "added", String(level.rank), "\(level.title) added", nil, level.title)
    }
    for level in old.levels {
      guard let other = new.level(rank: level.rank) else {
        add("level", "removed", String(level.rank), "\(level.title) removed", level.title, nil)
        continue
      }
      compare("level", String(level.rank), "label", level.label, other.label)
      compare("level", String(level.rank), "name", level.name, other.name)
      compare("level", String(level.rank), "category", level.categoryKey, other.categoryKey)
      compare("level", String(level.rank), "description", level.description, other.description)
    }
    // Domains.
    for domain in new.domains where old.domain(id: domain.id) == nil {
      add("domain", "added", domain.id, "domain \(domain.name) added", nil, domain.name)
    }
    for domain in old.domains {
      guard let other = new.domain(id: domain.id) else {
        add("domain", "removed", domain.id, "domain \(domain.name) removed", domain.name, nil)
        continue
      }
      compare("domain", domain.id, "name", domain.name, other.name)
      compare(
        "domain", domain.id, "subdomains", domain.subdomains.map(\.id).joined(separator: ", "),
        other.subdomains.map(\.id).joined(separator: ", "))
    }
    // Indicators.
    let oldIndicators = Dictionary(
      old.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIndicators = Dictionary(
      new.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for indicator in new.indicators where oldIndicators[indicator.id] == nil {
      add(
        "indicator", "added", indicator.id,
        "added at level \(indicator.level) (\(indicator.domain))", nil, indicator.text)
    }
    for indicator in old.indicators {
      guard let other = newIndicators[indicator.id] else {
        add(
          "indicator", "removed", indicator.id,
          "removed from level \(indicator.level) (\(indicator.domain))", indicator.text, nil)
        continue
      }
      if indicator.level != other.level {
        add(
          "indicator", "moved-level", indicator.id,
          "moved from level \(indicator.level) to \(other.level)", String(indicator.level),
          String(other.level))
      }
      if indicator.domain != other.domain || indicator.subdomain != other.subdomain {
        let from = [indicator.domain, indicator.subdomain].compactMap { $0 }.joined(separator: "/")
        let to = [other.domain, other.subdomain].compactMap { $0 }.joined(separator: "/")
        add("indicator", "moved-domain", indicator.id, "moved from \(from) to \(to)", from, to)
      }
      if indicator.text != other.text {
        add("indicator", "reworded", indicator.id, "reworded", indicator.text, other.text)
      }
      compare("indicator", indicator.id, "ages", indicator.age?.band, other.age?.band)
      compare("indicator", indicator.id, "kind", indicator.kind.key, other.kind.key)
      compare("indicator", indicator.id, "source", indicator.source.location, other.source.location)
    }
    // Rules, compared as the file writes them.
    let oldRules = Dictionary(
      old.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newRules = Dictionary(
      new.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for rule in new.rules where oldRules[rule.id] == nil {
      add(
        "rule", "added", rule.id, "rule \(rule.name) (\(rule.kindName)) added", nil, rule.sentence)
    }
    for rule in old.rules {
      guard let other = newRules[rule.id] else {
        add("rule", "removed", rule.id, "rule \(rule.name) removed", rule.sentence, nil)
        continue
      }
      compare("rule", rule.id, "sentence", rule.sentence, other.sentence)
      compare("rule", rule.id, "kind", rule.kindName, other.kindName)
      compare(
        "rule", rule.id, "areas", rule.areas?.joined(separator: ", "),
        other.areas?.joined(separator: ", "))
      compare("rule", rule.id, "interpretation", rule.interpretation, other.interpretation)
      let oldEffect = Self.encoded { rule.kind.write(into: &$0) }
      let newEffect = Self.encoded { other.kind.write(into: &$0) }
      if rule.kindName == other.kindName {
        compare("rule", rule.id, "parameters", oldEffect, newEffect)
      }
    }
    // Areas and their routes.
    for area in new.areas where old.area(id: area.id) == nil {
      add("area", "added", area.id, "area \(area.name) added", nil, area.name)
    }
    for area in old.areas {
      guard let other = new.area(id: area.id) else {
        add("area", "removed", area.id, "area \(area.name) removed", area.name, nil)
        continue
      }
      for route in area.routes {
        let id = "\(area.id) level \(route.level)"
        guard let newRoute = other.route(forLevel: route.level) else {
          add("route", "removed", id, "route removed", route.name, nil)
          continue
        }
        compare("route", id, "name", route.name, newRoute.name)
        compare("route", id, "service", route.service, newRoute.service)
        compare(
          "route", id, "actions", route.actions.joined(separator: "\n"),
          newRoute.actions.joined(separator: "\n"))
        compare("route", id, "form", route.form, newRoute.form)
        compare("route", id, "timescale", route.timescale, newRoute.timescale)
        compare("route", id, "consent", route.consent, newRoute.consent)
        Self.compareContacts(route.contacts, newRoute.contacts, id: id, add: add)
      }
      for route in other.routes where area.route(forLevel: route.level) == nil {
        add("route", "added", "\(area.id) level \(route.level)", "route added", nil, route.name)
      }
      compare(
        "area", area.id, "immediate danger", area.immediateDanger?.text, other.immediateDanger?.text
      )
      compare(
        "consent", area.id, "consent guidance", area.consent.map(\.text).joined(separator: "\n"),
        other.consent.map(\.text).joined(separator: "\n"))
      Self.compareContacts(
        area.supportContacts, other.supportContacts, id: "\(area.id) support", add: add)
      let oldSpecial = Dictionary(
        area.specialRoutes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let newSpecial = Dictionary(
        other.specialRoutes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      for special in other.specialRoutes where oldSpecial[special.id] == nil {
        add(
          "special-route", "added", "\(area.id) \(special.id)",
          "special route \(special.name) added", nil, special.name)
      }
      for special in area.specialRoutes {
        let id = "\(area.id) \(special.id)"
        guard let newSpecialRoute = newSpecial[special.id] else {
          add(
            "special-route", "removed", id, "special route \(special.name) removed", special.name,
            nil)
          continue
        }
        compare(
          "special-route", id, "guidance", special.guidance.joined(separator: "\n"),
          newSpecialRoute.guidance.joined(separator: "\n"))
        Self.compareContacts(special.contacts, newSpecialRoute.contacts, id: id, add: add)
      }
    }
    self.changes = changes
  }

  private static func compareContacts(
    _ old: [Contact], _ new: [Contact], id: String,
    add: (String, String, String, String, String?, String?) -> Void
  ) {
    let oldValues = old.map { "\($0.service): \($0.value)" }
    let newValues = new.map { "\($0.service): \($0.value)" }
    for value in newValues where !oldValues.contains(value) {
      add("contact", "added", id, "contact added", nil, value)
    }
    for value in oldValues where !newValues.contains(value) {
      add("contact", "removed", id, "contact removed", value, nil)
    }
  }

  private static func encoded(_ write: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    write(&writer)
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}
