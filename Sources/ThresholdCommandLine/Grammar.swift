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

  /// Creates an option that takes a value.
  ///
  /// - Parameters:
  ///   - names: The names, short before long.
  ///   - value: The value's placeholder.
  ///   - help: One line of help.
  ///   - values: Allowed values, if limited.
  ///   - defaultValue: The default.
  ///   - repeatable: Whether it may be given more than once.
  public init(
    _ names: [String], value: String, help: String, values: [String] = [],
    defaultValue: String? = nil, repeatable: Bool = false
  ) {
    self.names = names
    self.valueName = value
    self.help = help
    self.allowedValues = values
    self.defaultValue = defaultValue
    self.isRepeatable = repeatable
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

  /// Creates an argument.
  ///
  /// - Parameters:
  ///   - name: The placeholder.
  ///   - help: One line of help.
  ///   - variadic: Whether it takes one or more values.
  public init(_ name: String, help: String, variadic: Bool = false) {
    self.name = name
    self.help = help
    self.isVariadic = variadic
  }

  /// How usage lines show it: `<words> ...`.
  public var synopsis: String { isVariadic ? "<\(name)> ..." : "<\(name)>" }
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

/// The grammar of `thresholds`, declared once: the parser, help, usage lines and suggestions
/// all derive from it.
public enum Grammar {
  /// `-h, --help`, on every command.
  public static let help = OptionSpec(flag: ["-h", "--help"], help: "Show help information.")
  /// `--version`, on the root command.
  public static let version = OptionSpec(flag: ["--version"], help: "Show the version.")

  static let format = OptionSpec(
    ["--format"], value: "format", help: "How to print the result.", values: ["text", "json"],
    defaultValue: "text")
  static let indicatorFormat = OptionSpec(
    ["--format"], value: "format", help: "How to print the list.", values: ["text", "json", "csv"],
    defaultValue: "text")
  static let authority = OptionSpec(
    ["--authority"], value: "authority",
    help:
      "The local authority area, such as camden or rutland ('thresholds authorities' lists them).")
  static let age = OptionSpec(
    ["--age"], value: "age", help: "The child's age in whole years, 0 to 18.")
  static let unborn = OptionSpec(flag: ["--unborn"], help: "The child is not yet born.")

  /// `thresholds authorities`.
  public static let authorities = CommandSpec(
    "authorities",
    abstract: "List the areas, the document each follows, and its date.",
    options: [format])

  /// `thresholds levels`.
  public static let levels = CommandSpec(
    "levels",
    abstract: "List an area's levels of need, as its document names them.",
    options: [authority, format], required: ["--authority"])

  /// `thresholds domains`.
  public static let domains = CommandSpec(
    "domains",
    abstract: "List the domains and subdomains an area's document groups its indicators under.",
    options: [authority, format], required: ["--authority"])

  /// `thresholds indicators`.
  public static let indicators = CommandSpec(
    "indicators",
    abstract: "List or export an area's indicators, by domain, level and age.",
    discussion: """
      Each indicator is printed verbatim from the document, with its identifier (to use with \
      'thresholds assess --indicator'), level, domain, ages and citation.
      """,
    options: [
      authority,
      OptionSpec(
        ["--domain"], value: "domain",
        help: "Only this domain or subdomain (its identifier or name; see 'thresholds domains')."),
      OptionSpec(["--level"], value: "level", help: "Only indicators printed at this level rank."),
      OptionSpec(
        ["--age"], value: "age",
        help: "Only indicators that can apply to a child of this age (whole years, 0 to 18)."),
      OptionSpec(flag: ["--unborn"], help: "Only indicators that can apply to an unborn child."),
      indicatorFormat,
    ],
    required: ["--authority"])

  /// `thresholds search`.
  public static let search = CommandSpec(
    "search",
    abstract: "Find indicators by words in their text, best matches first.",
    arguments: [
      ArgumentSpec("words", help: "Words to look for, such as 'domestic violence'.", variadic: true)
    ],
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help: "Only this area's document (default: every document)."),
      OptionSpec(
        ["--limit"], value: "limit", help: "At most this many results.", defaultValue: "20"),
      format,
    ])

  /// `thresholds show`.
  public static let show = CommandSpec(
    "show",
    abstract: "Show one indicator whole: its text, level, domain, ages and citation.",
    arguments: [ArgumentSpec("id", help: "The indicator's identifier.")],
    options: [format])

  /// `thresholds assess`.
  public static let assess = CommandSpec(
    "assess",
    abstract: "Suggest the level of need for a child, with the reasons and the response route.",
    discussion: """
      Give the case with options, or give one or more cases as JSON with --input. The \
      suggested level is the highest level among the indicators selected, unless the \
      document's own rule says otherwise; every rule that changes it is shown with its \
      sentence. The result supports and does not replace professional judgement.

      A JSON case looks like {"id": "A1", "authority": "camden", "age": 9, "indicators": \
      ["camden-young-carers"], "functionalNeeds": {"hearing": 3}, "senSupportHours": 12}. \
      With --input, give one case or a stream of cases (JSON Lines or concatenated values); \
      each gets one result, in order, or an error record in its place.

      EXIT STATUS: 0 success; 64 usage error; 65 a case could not be read or assessed (in a \
      stream every other case is still answered); 1 anything else.
      """,
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help: "The local authority area, such as camden or rutland. Required unless --input."),
      age,
      unborn,
      OptionSpec(
        ["--indicator"], value: "id",
        help:
          "An indicator you see (repeat, or separate with commas). Find them with 'thresholds search'.",
        repeatable: true),
      OptionSpec(
        ["--function"], value: "name=score",
        help:
          "A functional needs score from 0 to 4, or N for not tested, such as hearing=3 (repeatable).",
        repeatable: true),
      OptionSpec(
        ["--sen-hours"], value: "hours",
        help: "Hours a week of support with learning the child needs."),
      OptionSpec(
        ["--input"], value: "file",
        help:
          "Read cases as JSON from a file ('-' for standard input) instead of the options above."),
      OptionSpec(
        flag: ["--summary"],
        help: "Print only the id, level, route name and rules applied for each case."),
      format,
    ])

  /// `thresholds rules export`.
  public static let rulesExport = CommandSpec(
    "export",
    abstract: "Print a rule set as JSON: the format of the files in Rules/.",
    options: [
      OptionSpec(
        ["--authority"], value: "authority",
        help:
          "An area, or a rule set's identifier (camden, hertfordshire, herefordshire, llr, medway)."
      )
    ],
    required: ["--authority"])

  /// `thresholds rules`.
  public static let rules = CommandSpec(
    "rules",
    abstract: "Work with the rule sets as data.",
    subcommands: [rulesExport])

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
      Herefordshire; Leicester, Leicestershire and Rutland; Medway and Kent). It supports \
      and never replaces professional judgement. If a child is in immediate danger, call 999.

      Contact details are as printed in each document and may have changed. Nothing is \
      sent over the network, logged or written to disk.

      EXIT STATUS: 0 success; 64 usage error; 65 bad input data; 1 anything else.
      """,
    options: [version],
    subcommands: [
      authorities, levels, domains, indicators, search, show, assess, rules, helpCommand,
    ])
}
