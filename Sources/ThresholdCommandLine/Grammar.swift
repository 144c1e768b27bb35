import ThresholdCore

/// One option of a command: its names, value, help and allowed values.
public struct OptionSpec: Sendable, Equatable {
  /// The names, short before long (`-h`, `--help`).
  public let names: [String]
  /// The value's placeholder (`authority` for `<authority>`), or `nil` for a flag.
  public let valueName: String?
  /// One line of help.
  public let help: String
  /// The values the option accepts, or empty for any.
  public let allowedValues: [String]
  /// The default, shown in help.
  public let defaultValue: String?
  /// Whether it may be given more than once.
  public let isRepeatable: Bool
  /// What kind of value it takes, for completion scripts.
  public let valueKind: ValueKind

  /// What kind of value an option or argument takes: completion scripts offer candidates by it.
  public enum ValueKind: String, Sendable, Equatable {
    /// Any text.
    case text
    /// One of the option's allowed values.
    case choice
    /// An area identifier.
    case authority
    /// An indicator identifier of the area given with `--authority`.
    case indicator
    /// A functional needs function (`NAME=SCORE`).
    case function
    /// A file's path.
    case file
    /// A shell (for `completions`).
    case shell
  }

  /// Creates an option that takes a value.
  ///
  /// - Parameters:
  ///   - names: The names, short before long.
  ///   - value: The value's placeholder.
  ///   - help: One line of help.
  ///   - values: Allowed values, if limited.
  ///   - defaultValue: The default.
  ///   - repeatable: Whether it may be given more than once.
  ///   - kind: What kind of value it takes (by default a choice when values are limited).
  public init(
    _ names: [String], value: String, help: String, values: [String] = [],
    defaultValue: String? = nil, repeatable: Bool = false, kind: ValueKind? = nil
  ) {
    self.names = names
    self.valueName = value
    self.help = help
    self.allowedValues = values
    self.defaultValue = defaultValue
    self.isRepeatable = repeatable
    self.valueKind = kind ?? (values.isEmpty ? .text : .choice)
  }

  /// Creates a flag (an option without a value).
  ///
  /// - Parameters:
  ///   - names: The names, short before long.
  ///   - help: One line of help.
  public init(flag names: [String], help: String) {
    self.names = names
    self.valueName = nil
    self.help = help
    self.allowedValues = []
    self.defaultValue = nil
    self.isRepeatable = false
    self.valueKind = .text
  }

  /// The long name, which identifies the option in parsed results (`--authority`).
  public var name: String { names.last ?? "" }

  /// How help and errors show it: `--age <age>`, or `-h, --help`.
  public var label: String {
    let names = names.joined(separator: ", ")
    return valueName.map { "\(names) <\($0)>" } ?? names
  }

  /// How usage lines and errors name it: `--age <age>`.
  public var synopsis: String {
    valueName.map { "\(name) <\($0)>" } ?? name
  }
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable, Equatable {
  /// The placeholder (`words` for `<words>`).
  public let name: String
  /// One line of help.
  public let help: String
  /// Whether it takes one or more values.
  public let isVariadic: Bool
  /// What kind of value it takes, for completion scripts.
  public let valueKind: OptionSpec.ValueKind
  /// The values it accepts, or empty for any.
  public let allowedValues: [String]
  /// Whether it may be left out (the command then needs an option in its place).
  public let isOptional: Bool

  /// Creates an argument.
  ///
  /// - Parameters:
  ///   - name: The placeholder.
  ///   - help: One line of help.
  ///   - variadic: Whether it takes one or more values.
  ///   - optional: Whether it may be left out.
  ///   - kind: What kind of value it takes.
  ///   - values: The values it accepts, if limited.
  public init(
    _ name: String, help: String, variadic: Bool = false, optional: Bool = false,
    kind: OptionSpec.ValueKind = .text, values: [String] = []
  ) {
    self.name = name
    self.help = help
    self.isVariadic = variadic
    self.isOptional = optional
    self.valueKind = values.isEmpty ? kind : .choice
    self.allowedValues = values
  }

  /// How the ARGUMENTS section and messages show it: `<words> ...`.
  public var listing: String { isVariadic ? "<\(name)> ..." : "<\(name)>" }

  /// How usage lines show it: `<words> ...`, or `[<files> ...]` when it may be left out.
  public var synopsis: String { isOptional ? "[\(listing)]" : listing }
}

/// A command: its name, help, arguments, options and subcommands.
public struct CommandSpec: Sendable, Equatable {
  /// The name as typed.
  public let name: String
  /// One sentence for the OVERVIEW and the parent's SUBCOMMANDS list.
  public let abstract: String
  /// Further paragraphs printed after the abstract.
  public let discussion: String?
  /// Positional arguments.
  public let arguments: [ArgumentSpec]
  /// Options, in the order help lists them.
  public let options: [OptionSpec]
  /// Options that must be given.
  public let requiredOptions: [String]
  /// Subcommands.
  public let subcommands: [CommandSpec]

  /// Creates a command.
  ///
  /// - Parameters:
  ///   - name: The name.
  ///   - abstract: One sentence.
  ///   - discussion: Further paragraphs.
  ///   - arguments: Positional arguments.
  ///   - options: Options.
  ///   - required: Long names of options that must be given.
  ///   - subcommands: Subcommands.
  public init(
    _ name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], required: [String] = [], subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options + [Grammar.help]
    self.requiredOptions = required
    self.subcommands = subcommands
  }

  /// The option with a name (short or long).
  ///
  /// - Parameter name: `-h` or `--authority`.
  /// - Returns: The option.
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.names.contains(name) }
  }

  /// The subcommand with a name.
  ///
  /// - Parameter name: The subcommand's name.
  /// - Returns: The subcommand.
  public func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }
}

/// The grammar of `thresholds`, declared once: the parser, help, usage lines, suggestions and
/// completion scripts all derive from it, and commands read option values back through the
/// typed options declared here.
public enum Grammar {
  /// `-h, --help`, on every command.
  public static let help = OptionSpec(flag: ["-h", "--help"], help: "Show help information.")
  /// `--version`, on the root command.
  public static let version = OptionSpec(flag: ["--version"], help: "Show the version.")

  // MARK: Options shared by several commands

  /// `--format` for lists and single items: text or JSON.
  static let format = Choice<ListFormat>(
    ["--format"], help: "How to print the result.", default: .text)
  /// `--authority`, required.
  static let authority = OptionSpec(
    ["--authority"], value: "authority",
    help:
      "The local authority area, such as camden or rutland ('thresholds authorities' lists them).",
    kind: .authority)
  /// `--age`, for a case or a filter.
  static let age = OptionSpec(
    ["--age"], value: "age", help: "The child's age in whole years, 0 to 18.")
  /// `--unborn`.
  static let unborn = OptionSpec(flag: ["--unborn"], help: "The child is not yet born.")
  /// `--rules`, on every command that reads rule sets.
  static let rules = OptionSpec(
    ["--rules"], value: "file",
    help:
      "Also use the rule set in this file (repeatable); one that says \"replaces\" takes the built-in's place.",
    repeatable: true, kind: .file)

  // MARK: Commands

  /// `thresholds authorities`.
  public static let authorities = CommandSpec(
    "authorities",
    abstract: "List the areas, the document each follows, and its date.",
    options: [format.spec, rules])

  /// `thresholds levels`.
  public static let levels = CommandSpec(
    "levels",
    abstract: "List an area's levels of need, as its document names them.",
    options: [authority, format.spec, rules], required: ["--authority"])

  /// `thresholds domains`.
  public static let domains = CommandSpec(
    "domains",
    abstract: "List the domains and subdomains an area's document groups its indicators under.",
    options: [authority, format.spec, rules], required: ["--authority"])

  /// `--format` for `indicators`.
  static let indicatorFormat = Choice<IndicatorListFormat>(
    ["--format"], help: "How to print the list ('ids': one identifier a line).", default: .text)
  /// `--domain`.
  static let domain = OptionSpec(
    ["--domain"], value: "domain",
    help: "Only this domain or subdomain (its identifier or name; see 'thresholds domains').")
  /// `--level`.
  static let level = OptionSpec(
    ["--level"], value: "level", help: "Only indicators printed at this level rank.")
  /// `--age` as a filter.
  static let ageFilter = OptionSpec(
    ["--age"], value: "age",
    help: "Only indicators that can apply to a child of this age (whole years, 0 to 18).")
  /// `--unborn` as a filter.
  static let unbornFilter = OptionSpec(
    flag: ["--unborn"], help: "Only indicators that can apply to an unborn child.")

  /// `thresholds indicators`.
  public static let indicators = CommandSpec(
    "indicators",
    abstract: "List or export an area's indicators, by domain, level and age.",
    discussion: """
      Each indicator is printed verbatim from the document, with its identifier (to use with \
      'thresholds assess --indicator'), level, domain, ages and citation.
      """,
    options: [authority, domain, level, ageFilter, unbornFilter, indicatorFormat.spec, rules],
    required: ["--authority"])

  /// `--limit`.
  static let limit = OptionSpec(
    ["--limit"], value: "limit", help: "At most this many results.", defaultValue: "10")
  /// `--authority` for search: optional.
  static let searchAuthority = OptionSpec(
    ["--authority"], value: "authority",
    help: "Only this area's document (default: every document).", kind: .authority)

  /// `thresholds search`.
  public static let search = CommandSpec(
    "search",
    abstract: "Find indicators in your own words, best matches first.",
    discussion: """
      Words are matched ignoring case, plurals and word endings (bruise finds bruising), UK \
      and US spelling, and through a vocabulary of everyday words and abbreviations (hungry, \
      head lice, dad drinks, FGM, CSE, EHCP); each result says why it matched. The vocabulary \
      is the tool's own, not the document's: the indicators are printed as the document \
      prints them.
      """,
    arguments: [
      ArgumentSpec(
        "words", help: "What you saw or were told, such as 'dad drinks'.", variadic: true)
    ],
    options: [searchAuthority, ageFilter, unbornFilter, level, limit, format.spec, rules])

  /// `thresholds show`.
  public static let show = CommandSpec(
    "show",
    abstract:
      "Show one indicator whole: its text, kind, level, domain, ages, citation and related indicators.",
    arguments: [ArgumentSpec("id", help: "The indicator's identifier.", kind: .indicator)],
    options: [format.spec, rules])

  /// `--format` for `compare`.
  static let compareFormat = Choice<CompareFormat>(
    ["--format"], help: "How to print the comparison.", default: .text)
  /// `--authority` for compare: repeatable.
  static let compareAuthority = OptionSpec(
    ["--authority"], value: "authority",
    help: "Compare only these areas (repeat, or separate with commas; default: all).",
    repeatable: true, kind: .authority)

  /// `thresholds compare`.
  public static let compare = CommandSpec(
    "compare",
    abstract: "Show how each area's document treats the same concern, side by side.",
    discussion: """
      For each area, the indicators that best match the words, their level as that document \
      names it, and the route at that level. Each document's own words are shown; the tool \
      never claims two documents' indicators are the same.
      """,
    arguments: [
      ArgumentSpec("words", help: "The concern, such as 'parental alcohol misuse'.", variadic: true)
    ],
    options: [
      compareAuthority, ageFilter, unbornFilter,
      OptionSpec(
        ["--limit"], value: "limit", help: "At most this many indicators an area.",
        defaultValue: "3"),
      compareFormat.spec, rules,
    ])

  // MARK: assess

  /// `--format` for `assess`: every output format.
  static let outputFormat = Choice<OutputFormat>(
    ["--format"], help: "How to print each result.", default: .text)
  /// `--input-format`.
  static let inputFormat = Choice<AssessmentStream.InputFormat>(
    ["--input-format"],
    help: "How cases are written in --input (default: csv for a .csv file, otherwise json).")
  /// `--indicator`.
  static let indicator = OptionSpec(
    ["--indicator"], value: "id",
    help:
      "An indicator you see (repeat, or separate with commas); an unambiguous start of an identifier is enough.",
    repeatable: true, kind: .indicator)
  /// `--function`.
  static let function = OptionSpec(
    ["--function"], value: "name=score",
    help:
      "A functional needs score from 0 to 4, or N for not tested, such as hearing=3 (repeatable).",
    repeatable: true, kind: .function)
  /// `--sen-hours`.
  static let senHours = OptionSpec(
    ["--sen-hours"], value: "hours", help: "Hours a week of support with learning the child needs.")
  /// `--input`.
  static let input = OptionSpec(
    ["--input"], value: "file",
    help: "Read cases from a file ('-' for standard input) instead of the options above.",
    kind: .file)
  /// `--summary`, kept as an alias of `--format summary`.
  static let summary = OptionSpec(flag: ["--summary"], help: "The same as --format summary.")
  /// `--full`.
  static let full = OptionSpec(
    flag: ["--full"], help: "Print everything: every rule, every action in the document's words.")
  /// `--guided`.
  static let guided = OptionSpec(
    flag: ["--guided"],
    help: "Find the indicators step by step, in your own words, then see the result.")
  /// `--date`.
  static let date = OptionSpec(
    ["--date"], value: "date", help: "The date to print on a markdown or html record.")
  /// `--routes-by-reference`.
  static let routesByReference = OptionSpec(
    flag: ["--routes-by-reference"],
    help:
      "With --format json: refer to routes, indicators and the document by identifier (as 'rules export' writes them)."
  )

  /// `thresholds assess`.
  public static let assess = CommandSpec(
    "assess",
    abstract: "Suggest the level of need for a child, what to do and whom to contact.",
    discussion: """
      Give the case with options, step by step with --guided, or as JSON or CSV with \
      --input. The suggested level is the highest level among the indicators selected, \
      unless the document's own rule says otherwise; every rule that changes it is shown \
      with its sentence. The result supports and does not replace professional judgement.

      A JSON case looks like {"id": "A1", "authority": "camden", "age": 9, "indicators": \
      ["camden-young-carers"], "functionalNeeds": {"hearing": 3}, "senSupportHours": 12}. A \
      CSV file has a header row naming the columns id, authority, age, unborn, indicators \
      (separated by ;), functions (hearing=3;vision=2) and senHours. With --input, each case \
      gets one result, in order, or an error record in its place.

      EXIT STATUS: 0 success; 64 usage error; 65 a case could not be read or assessed (in a \
      stream every other case is still answered); 1 anything else.
      """,
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help: "The local authority area, such as camden or rutland. Required unless --input.",
        kind: .authority),
      age, unborn, indicator, function, senHours, guided, input, inputFormat.spec,
      outputFormat.spec, summary, full, date, routesByReference, rules,
    ])

  // MARK: rules

  /// `thresholds rules export`.
  public static let rulesExport = CommandSpec(
    "export",
    abstract: "Print a rule set as JSON, in the rule-set file format (the files in Rules/).",
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help:
          "An area, or a rule set's identifier (camden, hertfordshire, herefordshire, llr, medway).",
        kind: .authority),
      rules,
    ],
    required: ["--authority"])

  /// `thresholds rules check`.
  public static let rulesCheck = CommandSpec(
    "check",
    abstract: "Check rule-set files and report every problem with its JSON path, line and column.",
    discussion: "EXIT STATUS: 0 no problems; 65 a problem was found; 1 a file cannot be read.",
    arguments: [ArgumentSpec("files", help: "The rule-set files.", variadic: true, kind: .file)])

  /// `thresholds rules test`.
  public static let rulesTest = CommandSpec(
    "test",
    abstract: "Run a rule set's own examples and print pass or fail for each.",
    discussion:
      "EXIT STATUS: 0 every example passes; 1 an example fails; 65 the file has problems.",
    arguments: [
      ArgumentSpec(
        "files", help: "Rule-set files (or give --authority).", variadic: true, optional: true,
        kind: .file)
    ],
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help: "Test a built-in rule set (an area or rule set).",
        kind: .authority),
      rules,
    ])

  /// `--format` for `rules diff`.
  static let diffFormat = Choice<ListFormat>(
    ["--format"], help: "How to print the changes.", default: .text)

  /// `thresholds rules diff`.
  public static let rulesDiff = CommandSpec(
    "diff",
    abstract: "Show what changed between two editions of a rule set.",
    discussion: """
      Indicators added, removed, moved level or domain, or reworded; levels, routes, contacts, \
      consent, special routes and rules changed. Give rule-set files, or a built-in rule set's \
      identifier for either.
      """,
    arguments: [
      ArgumentSpec(
        "old", help: "The older edition: a file, or a rule set's identifier.", kind: .file),
      ArgumentSpec(
        "new", help: "The newer edition: a file, or a rule set's identifier.", kind: .file),
    ],
    options: [diffFormat.spec, rules])

  /// `thresholds rules`.
  public static let ruleCommands = CommandSpec(
    "rules",
    abstract: "Work with rule sets as data: export, check, test and compare them.",
    subcommands: [rulesExport, rulesCheck, rulesTest, rulesDiff])

  /// `thresholds completions`.
  public static let completions = CommandSpec(
    "completions",
    abstract: "Print a completion script for bash, zsh or fish.",
    discussion: """
      Load it in your shell, for example: source <(thresholds completions bash). It \
      completes commands, options, their values, and indicator identifiers of the area given \
      with --authority.
      """,
    arguments: [ArgumentSpec("shell", help: "The shell.", values: ["bash", "zsh", "fish"])])

  /// `thresholds help`.
  public static let helpCommand = CommandSpec(
    "help",
    abstract: "Show subcommand help information.",
    arguments: [
      ArgumentSpec("subcommands", help: "The subcommand to show help for.", variadic: true)
    ])

  /// `thresholds`.
  public static let root = CommandSpec(
    "thresholds",
    abstract:
      "Suggest a child's level of need and the response route from a local safeguarding partnership's threshold document.",
    discussion: """
      thresholds encodes five threshold documents used in England (Camden; Hertfordshire; \
      Herefordshire; Leicester, Leicestershire and Rutland; Medway and Kent), and reads \
      others from rule-set files. It supports and never replaces professional judgement. If \
      a child is in immediate danger, call 999.

      Contact details are as printed in each document and may have changed. Nothing is \
      sent over the network, logged or written to disk.

      EXIT STATUS: 0 success; 64 usage error; 65 bad input data; 1 anything else.
      """,
    options: [version],
    subcommands: [
      authorities, levels, domains, indicators, search, show, compare, assess, ruleCommands,
      completions, helpCommand,
    ])
}

/// An option whose value is one of a type's cases, declared once: its allowed values are the
/// cases' names, and reading it back gives the case.
struct Choice<Value: RawRepresentable & CaseIterable & Sendable>: Sendable
where Value.RawValue == String {
  /// The option as the grammar holds it.
  let spec: OptionSpec
  /// The value when the option is not given.
  let defaultValue: Value?

  init(_ names: [String], help: String, default defaultValue: Value? = nil) {
    self.defaultValue = defaultValue
    self.spec = OptionSpec(
      names, value: String(names.last?.dropFirst(2) ?? ""), help: help,
      values: Value.allCases.map(\.rawValue), defaultValue: defaultValue?.rawValue)
  }
}

/// How a list or a single item is printed.
enum ListFormat: String, CaseIterable, Sendable {
  case text, json
}

/// How `indicators` prints its list.
enum IndicatorListFormat: String, CaseIterable, Sendable {
  case text, json, csv, ids
}

/// How `compare` prints its table.
enum CompareFormat: String, CaseIterable, Sendable {
  case text, json, markdown
}
