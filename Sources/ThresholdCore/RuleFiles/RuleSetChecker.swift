/// Checks that a rule set holds together: identifiers well formed and unique, every level,
/// domain and subdomain an indicator names defined, a route for every level in every area,
/// ages that can hold, rules whose parameters make sense, and triggers and examples that name
/// things that exist. `rules check` reports what it finds; the built-in documents are checked
/// the same way by the tests.
public enum RuleSetChecker {
  /// A problem, with the JSON path in the rule-set file format of the part it is about.
  public struct Problem: Sendable, Hashable {
    /// The JSON path ("$.indicators[12].level").
    public let path: String
    /// What is wrong.
    public let message: String
  }

  /// Whether text is a well-formed identifier: lower-case ASCII letters, digits and hyphens,
  /// starting with a letter, not ending with a hyphen.
  ///
  /// - Parameter text: The text.
  /// - Returns: `true` if well formed.
  public static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.utf8.first, first &- UInt8(ascii: "a") < 26,
      text.utf8.last != UInt8(ascii: "-")
    else { return false }
    return text.utf8.allSatisfy {
      $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "-")
    }
  }

  /// Every problem in a rule set.
  ///
  /// - Parameter ruleSet: The rule set.
  /// - Returns: The problems, in document order.
  public static func problems(in ruleSet: RuleSet) -> [Problem] {
    var problems: [Problem] = []
    func add(_ path: String, _ message: String) {
      problems.append(Problem(path: path, message: message))
    }
    func checkIdentifier(_ id: String, _ path: String) {
      if !isIdentifier(id) { add(path, "'\(id)' is not a well-formed identifier.") }
    }
    func checkCitation(_ citation: Citation, _ path: String) {
      if citation.location.trimmingSpaces.isEmpty {
        add(path + ".source", "There is no citation: say where this is printed.")
      }
    }
    func checkAges(_ ages: AgeQualifier?, _ path: String) {
      guard let ages else { return }
      if !ages.range.isPossible {
        add(path, "The ages '\(ages.printed)' can never hold (\(ages.band)).")
      }
    }
    func checkUnique(_ ids: [String], _ path: (Int) -> String, _ what: String) {
      var seen: [String: Int] = [:]
      for (index, id) in ids.enumerated() {
        if let first = seen[id] {
          add(path(index), "The \(what) '\(id)' is defined twice (first at \(path(first))).")
        } else {
          seen[id] = index
        }
      }
    }

    checkIdentifier(ruleSet.id, "$.document.ruleSet")
    if ruleSet.title.trimmingSpaces.isEmpty {
      add("$.document.title", "The document has no title.")
    }
    let ranks = ruleSet.levels.map(\.rank)
    if ranks != Array(1...max(ruleSet.levels.count, 1)).prefix(ruleSet.levels.count).map({ $0 }) {
      add(
        "$.levels", "Levels must run from rank 1 upwards with no gaps, in order (found \(ranks)).")
    }
    if ruleSet.levels.isEmpty { add("$.levels", "The rule set has no levels.") }
    for (index, level) in ruleSet.levels.enumerated() {
      let path = "$.levels[\(index)]"
      if level.categories.isEmpty {
        add(path + ".categories", "A level needs at least one category.")
      }
      if level.label.trimmingSpaces.isEmpty {
        add(path + ".label", "A level needs its printed label.")
      }
      checkCitation(level.source, path)
    }
    checkUnique(ruleSet.domains.map(\.id), { "$.domains[\($0)].id" }, "domain")
    for (index, domain) in ruleSet.domains.enumerated() {
      checkIdentifier(domain.id, "$.domains[\(index)].id")
      checkUnique(
        domain.subdomains.map(\.id), { "$.domains[\(index)].subdomains[\($0)].id" }, "subdomain")
      checkCitation(domain.source, "$.domains[\(index)]")
    }
    checkUnique(ruleSet.indicators.map(\.id), { "$.indicators[\($0)].id" }, "indicator")
    for (index, indicator) in ruleSet.indicators.enumerated() {
      let path = "$.indicators[\(index)]"
      checkIdentifier(indicator.id, path + ".id")
      if !indicator.id.hasPrefix(ruleSet.id + "-") {
        add(path + ".id", "Indicator identifiers start with the rule set's ('\(ruleSet.id)-').")
      }
      if indicator.text.trimmingSpaces.isEmpty { add(path + ".text", "The indicator has no text.") }
      if ruleSet.level(rank: indicator.level) == nil {
        add(
          path + ".level",
          "The indicator names level \(indicator.level), which the rule set does not have.")
      }
      if let domain = ruleSet.domain(id: indicator.domain) {
        if let subdomain = indicator.subdomain,
          !domain.subdomains.contains(where: { $0.id == subdomain })
        {
          add(path + ".subdomain", "The domain '\(domain.id)' has no subdomain '\(subdomain)'.")
        }
      } else {
        add(
          path + ".domain",
          "The indicator names the domain '\(indicator.domain)', which is not defined.")
      }
      checkAges(indicator.age, path + ".ages")
      if case .practiceStatement(let instead) = indicator.kind, instead.trimmingSpaces.isEmpty {
        add(path + ".instead", "A practice statement says what to pick instead.")
      }
      checkCitation(indicator.source, path)
    }
    let areaIDs = ruleSet.areas.map(\.id)
    let indicatorIDs = Set(ruleSet.indicators.map(\.id))
    let ruleIDs = ruleSet.rules.map(\.id)
    checkUnique(ruleIDs, { "$.rules[\($0)].id" }, "rule")
    for (index, rule) in ruleSet.rules.enumerated() {
      let path = "$.rules[\(index)]"
      checkIdentifier(rule.id, path + ".id")
      if rule.sentence.trimmingSpaces.isEmpty {
        add(path + ".sentence", "A rule quotes the document's sentence it comes from.")
      }
      checkCitation(rule.source, path)
      for area in rule.areas ?? [] where !areaIDs.contains(area) {
        add(path + ".areas", "The rule names the area '\(area)', which the rule set does not have.")
      }
      for message in rule.kind.problems(in: ruleSet) { add(path + ".effect", message) }
    }
    checkUnique(areaIDs, { "$.areas[\($0)].id" }, "area")
    if ruleSet.areas.isEmpty { add("$.areas", "The rule set has no areas.") }
    for (index, area) in ruleSet.areas.enumerated() {
      let path = "$.areas[\(index)]"
      checkIdentifier(area.id, path + ".id")
      for level in ruleSet.levels {
        let routes = area.routes.filter { $0.level == level.rank }
        if routes.isEmpty {
          add(path + ".routes", "The area '\(area.id)' has no route for \(level.title).")
        } else if routes.count > 1 {
          add(
            path + ".routes", "The area '\(area.id)' has \(routes.count) routes for \(level.title)."
          )
        }
      }
      for (routeIndex, route) in area.routes.enumerated() {
        let routePath = "\(path).routes[\(routeIndex)]"
        if ruleSet.level(rank: route.level) == nil {
          add(
            routePath + ".level",
            "The route is for level \(route.level), which the rule set does not have.")
        }
        if route.name.trimmingSpaces.isEmpty { add(routePath + ".name", "The route has no name.") }
        if route.service.trimmingSpaces.isEmpty {
          add(routePath + ".service", "The route names no service.")
        }
        checkCitation(route.source, routePath)
      }
      for (consentIndex, guidance) in area.consent.enumerated() {
        checkAges(guidance.ages, "\(path).consent[\(consentIndex)].ages")
      }
      checkUnique(
        area.specialRoutes.map(\.id), { "\(path).specialRoutes[\($0)].id" }, "special route")
      for (specialIndex, special) in area.specialRoutes.enumerated() {
        let specialPath = "\(path).specialRoutes[\(specialIndex)]"
        checkIdentifier(special.id, specialPath + ".id")
        if special.triggers.isEmpty {
          add(specialPath + ".triggers", "The special route has no triggers.")
        }
        func checkTrigger(_ trigger: RouteTrigger) {
          switch trigger {
          case .indicator(let id) where !indicatorIDs.contains(id):
            add(
              specialPath + ".triggers",
              "The trigger names the indicator '\(id)', which is not defined.")
          case .rule(let id) where !ruleIDs.contains(id):
            add(
              specialPath + ".triggers", "The trigger names the rule '\(id)', which is not defined."
            )
          case .levelAtLeast(let rank) where ruleSet.level(rank: rank) == nil,
            .levelAtMost(let rank) where ruleSet.level(rank: rank) == nil:
            add(specialPath + ".triggers", "The trigger names level \(rank), which is not defined.")
          case .age(let ages): checkAges(ages, specialPath + ".triggers")
          case .all(let triggers): triggers.forEach(checkTrigger)
          default: break
          }
        }
        special.triggers.forEach(checkTrigger)
        checkCitation(special.source, specialPath)
      }
    }
    let specialIDs = Set(ruleSet.areas.flatMap { $0.specialRoutes.map(\.id) })
    for (index, example) in ruleSet.examples.enumerated() {
      let path = "$.examples[\(index)]"
      if !areaIDs.contains(example.input.authority.lowercasedASCII) {
        add(
          path + ".case.authority",
          "The example's authority '\(example.input.authority)' is not an area of the rule set.")
      }
      for id in example.rules + example.notRules where !ruleIDs.contains(id) {
        add(path, "The example names the rule '\(id)', which is not defined.")
      }
      for id in example.specialRoutes + example.notSpecialRoutes where !specialIDs.contains(id) {
        add(
          path + ".specialRoutes",
          "The example names the special route '\(id)', which is not defined.")
      }
    }
    return problems
  }
}

extension String {
  /// The string without spaces at either end.
  var trimmingSpaces: Substring {
    var text = self[...]
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return text
  }
}
