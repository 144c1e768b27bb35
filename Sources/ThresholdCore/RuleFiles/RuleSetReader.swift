/// Reads a rule set from a rule-set file (`formatVersion` 1, the format ``RuleSetWriter``
/// writes and `Rules/README.md` describes), reporting every problem with its JSON path, line
/// and column: unknown keys, missing or mistyped values, malformed identifiers, and (through
/// ``RuleSetChecker``) anything that does not hold together.
public enum RuleSetReader {
  /// Reads a rule set from a file's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name, as problems should name it.
  /// - Returns: The rule set, or every problem found.
  public static func read(_ bytes: some Collection<UInt8>, file: String) -> Result<
    RuleSet, RuleFileFailure
  > {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { buffer in
      guard buffer.count <= JSONNode.maximumBytes else {
        return .failure(
          RuleFileFailure(problems: [
            RuleFileProblem(
              file: file, path: "$", line: 0, column: 0,
              message: "The file is larger than \(JSONNode.maximumBytes >> 20) MiB.")
          ]))
      }
      let root: JSONNode
      do throws(JSONSyntaxError) {
        root = try JSONNode.parse(buffer)
      } catch {
        let (line, column) = TextPosition.lineAndColumn(of: error.offset, in: buffer)
        return .failure(
          RuleFileFailure(problems: [
            RuleFileProblem(
              file: file, path: "$", line: line, column: column, message: error.message)
          ]))
      }
      let problems = RuleFileProblems(file: file)
      var object = RuleFileObject(root, path: "$", problems: problems)
      let ruleSet = readRuleSet(&object, bytes: buffer, file: file)
      object.finish()
      if problems.problems(in: buffer).isEmpty {
        for problem in RuleSetChecker.problems(in: ruleSet) {
          problems.add(
            problem.message, path: problem.path, offset: nearestOffset(problem.path, problems))
        }
      }
      let found = problems.problems(in: buffer)
      return found.isEmpty ? .success(ruleSet) : .failure(RuleFileFailure(problems: found))
    }
  }

  /// The offset of a path, or of the nearest enclosing path that was read.
  private static func nearestOffset(_ path: String, _ problems: RuleFileProblems) -> Int {
    var path = path
    while !path.isEmpty {
      if let offset = problems.offsets[path] { return offset }
      guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      path = String(path[..<cut])
    }
    return -1
  }

  private static func readRuleSet(
    _ root: inout RuleFileObject, bytes: UnsafeBufferPointer<UInt8>, file: String
  ) -> RuleSet {
    let version = root.optionalInt("formatVersion", required: true)
    if let version, version != RuleSetWriter.formatVersion {
      root.problem(
        "This tool reads formatVersion \(RuleSetWriter.formatVersion); the file has \(version).",
        at: "formatVersion")
    }
    let replaces = root.optionalString("replaces")
    var document = (id: "", title: "", publisher: "", version: String?.none, date: "", file: "")
    root.object("document") { object in
      document.id = object.identifier("ruleSet")
      document.title = object.string("title")
      document.publisher = object.string("publisher")
      document.version = object.optionalString("version", required: true)
      document.date = object.string("date")
      document.file = object.string("file")
      _ = object.optionalString("loadedFrom")
    }
    let notes = root.objects("notes") { $0.labelledText() }
    let levels = root.objects("levels") { object -> Level in
      let rank = object.int("rank")
      let label = object.string("label")
      let name = object.string("name")
      _ = object.optionalString("category", required: false)
      let categories = object.strings("categories").compactMap { key -> LevelCategory? in
        guard let category = LevelCategory(rawValue: key) else {
          object.problem(
            "'\(key)' is not a category: use "
              + LevelCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ".",
            at: "categories")
          return nil
        }
        return category
      }
      let description = object.string("description")
      let details = object.objects("details") { $0.labelledText() }
      return Level(
        rank: rank, label: label, name: name, categories: categories, description: description,
        details: details, source: object.citation())
    }
    let domains = root.objects("domains") { object -> Domain in
      let id = object.identifier("id")
      let name = object.string("name")
      let subdomains = object.objects("subdomains") { sub in
        Subdomain(id: sub.identifier("id"), name: sub.string("name"))
      }
      let appliesBeforeBirth =
        object.has("appliesBeforeBirth") ? object.bool("appliesBeforeBirth") : true
      return Domain(
        id: id, name: name, subdomains: subdomains, source: object.citation(),
        appliesBeforeBirth: appliesBeforeBirth)
    }
    let indicators = root.objects("indicators") { $0.indicator() }
    let rules = root.objects("rules") { object -> CombinationRule? in
      let id = object.identifier("id")
      let name = object.string("name")
      let sentence = object.string("sentence")
      let source = object.citation()
      let interpretation = object.optionalString("interpretation", required: true)
      let areas = object.optionalStrings("areas")
      let kind = object.object("effect") { effect -> (any RuleKind)? in
        let name = effect.string("kind")
        guard let type = RuleKinds.kind(named: name) else {
          effect.problem(
            "'\(name)' is not a kind of rule: use "
              + RuleKinds.all.map { "'\($0.name)'" }.joined(separator: ", ") + ".", at: "kind")
          return nil
        }
        return type.init(reading: &effect)
      }
      guard let kind = kind ?? nil else { return nil }
      return CombinationRule(
        id: id, name: name, sentence: sentence, source: source, interpretation: interpretation,
        areas: areas, kind: kind)
    }.compactMap { $0 }
    let areas = root.objects("areas") { $0.area() }
    let examples = root.objects("examples") { object -> Example? in
      object.example(bytes: bytes, file: file)
    }.compactMap { $0 }
    return RuleSet(
      id: document.id, title: document.title, publisher: document.publisher,
      version: document.version, date: document.date, sourceFile: document.file, levels: levels,
      domains: domains, indicators: indicators, rules: rules, areas: areas, notes: notes,
      replaces: replaces, origin: file, examples: examples)
  }
}

/// Why a rule-set file could not be read: every problem found, in order.
public struct RuleFileFailure: Error, Sendable, Hashable {
  /// The problems.
  public let problems: [RuleFileProblem]
}

extension RuleFileObject {
  /// A citation from `source` and `sourceNote`.
  ///
  /// - Returns: The citation.
  public mutating func citation() -> Citation {
    let location = string("source")
    // A missing key is already a problem; an empty one is a different one.
    if location.isEmpty && has("source") {
      problem(
        "Every part of a rule set cites where it is printed: 'source' is empty.", at: "source")
    }
    return Citation(location, note: optionalString("sourceNote"))
  }

  /// A heading, text and citation.
  mutating func labelledText() -> LabelledText {
    LabelledText(string("heading"), string("text"), source: citation())
  }

  /// Ages: `printed`, `youngest`, `oldest`, `includesUnborn`.
  mutating func ages() -> AgeQualifier {
    let printed = string("printed")
    let youngest = optionalInt("youngest", required: true)
    let oldest = optionalInt("oldest", required: true)
    let includesUnborn = bool("includesUnborn")
    return AgeQualifier(
      printed: printed,
      range: AgeRange(youngest: youngest, oldest: oldest, includesUnborn: includesUnborn))
  }

  /// Ages, or null.
  ///
  /// - Parameter key: The key.
  /// - Returns: The ages, or `nil`.
  public mutating func optionalAges(_ key: String) -> AgeQualifier? {
    object(key, required: true, nullable: true) { $0.ages() } ?? nil
  }

  /// Contacts: `service`, `kind`, `value`.
  mutating func contacts(_ key: String) -> [Contact] {
    objects(key) { object in
      let service = object.string("service")
      let kindName = object.string("kind")
      let value = object.string("value")
      let kind = Contact.Kind(rawValue: kindName)
      if kind == nil {
        object.problem(
          "'\(kindName)' is not a kind of contact: use phone, email, web, address or other.",
          at: "kind")
      }
      return Contact(service, kind ?? .other, value)
    }
  }

  /// A route.
  ///
  /// - Parameter key: The key.
  /// - Returns: The route (empty after recording a problem, if missing).
  public mutating func route(_ key: String) -> Route {
    object(key) { $0.routeFields() }
      ?? Route(level: 0, name: "", actions: [], service: "", source: Citation(""))
  }

  /// A route, or null.
  ///
  /// - Parameter key: The key.
  /// - Returns: The route, or `nil`.
  public mutating func optionalRoute(_ key: String) -> Route? {
    object(key, required: true, nullable: true) { $0.routeFields() } ?? nil
  }

  mutating func routeFields() -> Route {
    Route(
      level: int("level"), name: string("name"), actions: strings("actions"),
      service: string("service"), contacts: contacts("contacts"),
      form: optionalString("form", required: true),
      timescale: optionalString("timescale", required: true),
      consent: optionalString("consent", required: true), source: citation())
  }

  /// An indicator.
  mutating func indicator() -> Indicator {
    let id = identifier("id")
    let text = string("text")
    let level = int("level")
    let domain = string("domain")
    let subdomain = optionalString("subdomain", required: true)
    let age = optionalAges("ages")
    let agencies = optionalStrings("agencies") ?? []
    var kind = IndicatorKind.need
    if has("kind") {
      switch string("kind") {
      case "need": kind = .need
      case "possible-indicator": kind = .possibleIndicator(heading: string("kindHeading"))
      case "practice-statement": kind = .practiceStatement(instead: string("instead"))
      case let other:
        problem(
          "'\(other)' is not a kind of indicator: use need, possible-indicator or "
            + "practice-statement.", at: "kind")
      }
    }
    let printedCell = optionalString("printedCell")
    var beforeBirth: BeforeBirth?
    if let rule = optionalString("beforeBirth") {
      beforeBirth = BeforeBirth(rawValue: rule)
      if beforeBirth == nil {
        problem(
          "'\(rule)' is not a before-birth rule: use applies or does-not-apply.", at: "beforeBirth")
      }
    }
    return Indicator(
      id: id, text: text, level: level, domain: domain, subdomain: subdomain, age: age,
      agencies: agencies, source: citation(), kind: kind, printedCell: printedCell,
      beforeBirth: beforeBirth)
  }

  /// A trigger: one of `indicator`, `unborn`, `rule`, `levelAtLeast`, `ages`, `all`.
  mutating func trigger() -> RouteTrigger? {
    if has("indicator") { return .indicator(string("indicator")) }
    if has("unborn") {
      _ = bool("unborn")
      return .unborn
    }
    if has("rule") { return .rule(string("rule")) }
    if has("levelAtLeast") { return .levelAtLeast(int("levelAtLeast")) }
    if has("levelAtMost") { return .levelAtMost(int("levelAtMost")) }
    if has("ageNotGiven") {
      _ = bool("ageNotGiven")
      return .ageNotGiven
    }
    if has("ages") { return object("ages") { $0.ages() }.map(RouteTrigger.age) }
    if has("all") { return .all(objects("all") { $0.trigger() }.compactMap { $0 }) }
    problem(
      "A trigger is one of indicator, unborn, rule, levelAtLeast, levelAtMost, ageNotGiven, "
        + "ages or all.")
    return nil
  }

  /// An area.
  mutating func area() -> Area {
    let id = identifier("id")
    let name = string("name")
    let routes = objects("routes") { $0.routeFields() }
    let danger = object("immediateDanger", required: true, nullable: true) {
      object -> ImmediateDangerAdvice in
      let text = object.string("text")
      let contacts = object.contacts("contacts")
      _ = object.bool("isGeneralAdvice")
      return ImmediateDangerAdvice(text: text, contacts: contacts, source: object.citation())
    }
    let consent = objects("consent") { object in
      ConsentGuidance(
        ages: object.optionalAges("ages"), text: object.string("text"), source: object.citation())
    }
    let special = objects("specialRoutes") { object in
      SpecialRoute(
        id: object.identifier("id"), name: object.string("name"),
        guidance: object.strings("guidance"), contacts: object.contacts("contacts"),
        triggers: object.objects("triggers") { $0.trigger() }.compactMap { $0 },
        source: object.citation())
    }
    return Area(
      id: id, name: name, routes: routes, immediateDanger: danger ?? nil, consent: consent,
      specialRoutes: special, supportContacts: contacts("supportContacts"),
      notes: objects("notes") { $0.labelledText() })
  }

  /// An example: its case is read by the same reader as `assess --input`.
  mutating func example(bytes: UnsafeBufferPointer<UInt8>, file: String) -> Example? {
    let name = string("name")
    let expectation: Example.Expectation
    if has("rejectedBecause") {
      expectation = .rejected(string("rejectedBecause"))
    } else {
      expectation = .level(int("level"))
    }
    let route = optionalStrings("route") ?? []
    let rules = optionalStrings("rules") ?? []
    let notRules = optionalStrings("notRules") ?? []
    let mentions = optionalStrings("mentions") ?? []
    let specialRoutes = optionalStrings("specialRoutes") ?? []
    let notSpecialRoutes = optionalStrings("notSpecialRoutes") ?? []
    guard let node = node("case") else { return nil }
    let input: Case
    do throws(CaseReadError) {
      input = try Case(json: UnsafeBufferPointer(rebasing: bytes[node.offset..<node.end]))
    } catch {
      problem("The example's case cannot be read: \(error.message)", at: "case")
      return nil
    }
    let (line, column) = TextPosition.lineAndColumn(of: offset, in: bytes)
    return Example(
      name, input, expectation: expectation, route: route, rules: rules, notRules: notRules,
      mentions: mentions, specialRoutes: specialRoutes, notSpecialRoutes: notSpecialRoutes,
      location: .ruleFile(path: file, line: line, column: column, jsonPath: path))
  }
}
