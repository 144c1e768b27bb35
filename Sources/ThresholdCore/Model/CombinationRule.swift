/// A rule of a document that combines indicators, scores or counts into a level, a route or
/// advice: the document's own words, and what the tool does with them.
///
/// The suggested level starts as the highest level among the selected indicators. A rule may
/// change it only where the document's own sentence says so; every rule that applies is
/// recorded in the assessment with its sentence. What a rule does is its ``kind``: one of
/// ``RuleKinds/all``, each a unit in its own file.
public struct CombinationRule: Sendable {
  /// A stable lower-case identifier, unique across all rule sets.
  public let id: String
  /// A short name for the rule.
  public let name: String
  /// The document's sentence the rule comes from, verbatim.
  public let sentence: String
  /// Where the sentence is printed.
  public let source: Citation
  /// How the tool reads the sentence where the document leaves a choice; `nil` where it does not.
  public let interpretation: String?
  /// The areas the rule applies to, or `nil` for every area of the rule set.
  public let areas: [String]?
  /// What the rule does, with its parameters.
  public let kind: any RuleKind

  /// Creates a combination rule.
  ///
  /// - Parameters:
  ///   - id: A stable identifier.
  ///   - name: A short name.
  ///   - sentence: The document's sentence, verbatim.
  ///   - source: Where it is printed.
  ///   - interpretation: The tool's reading, where the document leaves a choice.
  ///   - areas: The areas it applies to, or `nil` for all.
  ///   - effect: What it does: a kind of rule with its parameters.
  public init(
    id: String, name: String, sentence: String, source: Citation, interpretation: String? = nil,
    areas: [String]? = nil, effect: some RuleKind
  ) {
    self.init(
      id: id, name: name, sentence: sentence, source: source, interpretation: interpretation,
      areas: areas, kind: effect)
  }

  /// Creates a combination rule from a kind read at run time.
  ///
  /// - Parameters:
  ///   - id: A stable identifier.
  ///   - name: A short name.
  ///   - sentence: The document's sentence, verbatim.
  ///   - source: Where it is printed.
  ///   - interpretation: The tool's reading.
  ///   - areas: The areas it applies to, or `nil` for all.
  ///   - kind: What it does.
  public init(
    id: String, name: String, sentence: String, source: Citation, interpretation: String?,
    areas: [String]?, kind: any RuleKind
  ) {
    self.id = id
    self.name = name
    self.sentence = sentence
    self.source = source
    self.interpretation = interpretation
    self.areas = areas
    self.kind = kind
  }

  /// The kind's name ("require-count").
  public var kindName: String { type(of: kind).name }

  /// Whether the rule applies in an area.
  ///
  /// - Parameter area: The area identifier.
  /// - Returns: `true` if the rule applies there.
  public func applies(in area: String) -> Bool {
    areas?.contains(area) ?? true
  }
}

/// A scoring matrix of functional needs, such as Camden's Appendix 6.
public struct FunctionalNeedsMatrix: Sendable, Hashable {
  /// One function (row) of the matrix.
  public struct Function: Sendable, Hashable {
    /// The number printed beside the function.
    public let number: Int
    /// A stable lower-case identifier ("hearing").
    public let id: String
    /// The function's name, as printed.
    public let name: String
    /// Whether the function is scored; `false` where the document says it is not in use.
    public let isInUse: Bool
    /// The printed descriptors for each score, indexed by score.
    public let descriptors: [[String]]
    /// Anything the document says about the row, such as why it is not in use.
    public let note: String?

    /// Creates a function row.
    ///
    /// - Parameters:
    ///   - number: The printed number.
    ///   - id: A stable identifier.
    ///   - name: The printed name.
    ///   - isInUse: Whether it is scored.
    ///   - descriptors: Descriptors indexed by score.
    ///   - note: A note about the row.
    public init(
      number: Int, id: String, name: String, isInUse: Bool = true, descriptors: [[String]],
      note: String? = nil
    ) {
      self.number = number
      self.id = id
      self.name = name
      self.isInUse = isInUse
      self.descriptors = descriptors
      self.note = note
    }
  }

  /// The printed name of each score, indexed by score ("0 – NO PROBLEMS").
  public let scoreNames: [String]
  /// The functions, in printed order.
  public let functions: [Function]
  /// Where the matrix is printed.
  public let source: Citation

  /// Creates a matrix.
  ///
  /// - Parameters:
  ///   - scoreNames: Score names indexed by score.
  ///   - functions: The functions, in order.
  ///   - source: Where it is printed.
  public init(scoreNames: [String], functions: [Function], source: Citation) {
    self.scoreNames = scoreNames
    self.functions = functions
    self.source = source
  }

  /// The highest score the matrix gives.
  public var maximumScore: Int { scoreNames.count - 1 }

  /// Finds a function by identifier, number or printed name, ignoring case.
  ///
  /// - Parameter name: An identifier ("hearing"), a number ("5") or the printed name.
  /// - Returns: The function, or `nil`.
  public func function(named name: String) -> Function? {
    let key = TextSearch.normalised(name)
    return functions.first {
      $0.id == key || String($0.number) == key || TextSearch.normalised($0.name) == key
    }
  }
}
