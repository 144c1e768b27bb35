/// One text field of a case as it arrived: its bytes, and its byte offset in the input when the
/// input has positions.
struct TextField {
  var bytes: UnsafeBufferPointer<UInt8>
  var offset: Int?
  /// The bytes' ``ByteKeyTable/hash(_:)``, when the reader worked it out while it scanned them.
  var hash: UInt64? = nil

  /// The text.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A number as it arrived: its text (JSON, options, CSV), or a value (a ``Case`` built in code).
enum NumberField {
  case text(UnsafeBufferPointer<UInt8>)
  case value(Double)

  /// Reads the number with the one number reader.
  func read() -> Result<Double, NumberText.Problem> {
    switch self {
    case .text(let bytes): NumberText.read(bytes)
    case .value(let value): value.isFinite ? .success(value) : .failure(.overflow)
    }
  }

  /// The number as written.
  var text: String {
    switch self {
    case .text(let bytes): String(decoding: bytes, as: UTF8.self)
    case .value(let value): NumberText.hours(value)
    }
  }
}

/// A functional needs score as it arrived.
enum ScoreField {
  /// A number.
  case number(NumberField)
  /// "N" (or null in JSON): not tested.
  case notTested
  /// Some other text, which is not a score.
  case text(UnsafeBufferPointer<UInt8>)
}

/// One functional needs score as it arrived: the function's name and the score.
struct ScoreEntry {
  var name: TextField
  var score: ScoreField
  var offset: Int?
}

/// The fields of one case as they arrived, before anything is checked: strings as bytes,
/// numbers as the text they were written as, each with where it is in the input. Every way a
/// case arrives is reduced to this, and ``CaseValidator`` checks it; a stream reuses one.
struct CaseFields {
  /// Where the case starts in the input (errors about the case as a whole point here).
  var caseOffset: Int?
  var authority: TextField?
  var age: (value: NumberField, offset: Int?)?
  var unborn: (value: Bool, offset: Int?)?
  var indicators = ScratchArray<TextField>()
  var scores = ScratchArray<ScoreEntry>()
  var hours: (value: NumberField, offset: Int?)?
  /// Keys (or columns) the reader did not recognise, in order: the first few kept, the rest
  /// counted, so a case with a million unknown keys holds no more than one with eight.
  var ignored = FirstFew<TextField>(limit: CaseValidator.namedIgnoredKeys)
  /// Whether `ignored` names CSV columns rather than JSON keys.
  var ignoredAreColumns = false

  /// Empties the fields for the next case, keeping storage.
  mutating func reset(at offset: Int?) {
    caseOffset = offset
    authority = nil
    age = nil
    unborn = nil
    indicators.removeAll()
    scores.removeAll()
    hours = nil
    ignored.removeAll()
  }
}

/// A case as a person or a spreadsheet writes it: every field as text, checked by the same
/// validator as a JSON case. The command line's options, CSV rows and the guided dialogue
/// arrive this way.
public struct CaseText: Sendable, Hashable {
  /// One functional needs score as written: the function's name and the score's text.
  public struct Score: Sendable, Hashable {
    /// The function's identifier, number or printed name.
    public var name: String
    /// The score as written ("3", "N").
    public var score: String

    /// Creates a score.
    ///
    /// - Parameters:
    ///   - name: The function.
    ///   - score: The score as written.
    public init(name: String, score: String) {
      self.name = name
      self.score = score
    }

    /// Reads a score written as `NAME=SCORE` ("hearing=3", "vision=N"), with spaces around
    /// either part ignored: the one reader of this form, for options and CSV.
    ///
    /// - Parameter text: The text.
    /// - Throws: ``AssessmentError/invalidFunctionScore(_:)`` when there is no `=` or no name.
    public init(parsing text: String) throws(AssessmentError) {
      var text = text
      let parts = text.withUTF8 { bytes in
        FunctionScoreText.split(bytes).map {
          (String(decoding: $0.name, as: UTF8.self), String(decoding: $0.score, as: UTF8.self))
        }
      }
      guard let (name, score) = parts else { throw .invalidFunctionScore(text) }
      self.init(name: name, score: score)
    }
  }

  /// An identifier to echo back.
  public var id: CaseID?
  /// The area, or `nil` when none was given.
  public var authority: String?
  /// The age in whole years as written ("9"), or "unborn"; `nil` if not given.
  public var age: String?
  /// Whether the child is unborn (as well as, or instead of, an age of "unborn").
  public var isUnborn: Bool
  /// Indicator identifiers.
  public var indicators: [String]
  /// Functional needs scores as written.
  public var functions: [Score]
  /// Hours a week of learning support, as written.
  public var senSupportHours: String?
  /// Keys or columns that were not part of a case (a reader names the first few, and counts
  /// the rest in ``moreIgnoredCount``).
  public var ignored: [String]
  /// How many more keys or columns were not part of a case, beyond those `ignored` names.
  public var moreIgnoredCount = 0
  /// Whether `ignored` names CSV columns.
  public var ignoredAreColumns: Bool

  /// Creates a case in text form.
  ///
  /// - Parameters:
  ///   - id: An identifier.
  ///   - authority: The area.
  ///   - age: The age as written, or "unborn".
  ///   - isUnborn: Whether the child is unborn.
  ///   - indicators: Indicator identifiers.
  ///   - functions: Scores as written.
  ///   - senSupportHours: Hours a week, as written.
  ///   - ignored: Keys or columns that were ignored.
  ///   - ignoredAreColumns: Whether they are CSV columns.
  public init(
    id: CaseID? = nil, authority: String?, age: String? = nil, isUnborn: Bool = false,
    indicators: [String] = [], functions: [Score] = [], senSupportHours: String? = nil,
    ignored: [String] = [], ignoredAreColumns: Bool = false
  ) {
    self.id = id
    self.authority = authority
    self.age = age
    self.isUnborn = isUnborn
    self.indicators = indicators
    self.functions = functions
    self.senSupportHours = senSupportHours
    self.ignored = ignored
    self.ignoredAreColumns = ignoredAreColumns
  }
}

/// The one reader of a functional needs score written as `NAME=SCORE` (options, CSV).
enum FunctionScoreText {
  /// Splits `NAME=SCORE` into a name and a score, trimming spaces around each.
  ///
  /// - Parameter bytes: The text.
  /// - Returns: The name's and the score's bytes, or `nil` when there is no `=` or no name.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    name: UnsafeBufferPointer<UInt8>, score: UnsafeBufferPointer<UInt8>
  )? {
    guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
    let name = trimmed(UnsafeBufferPointer(rebasing: bytes[..<equals]))
    let score = trimmed(UnsafeBufferPointer(rebasing: bytes[(equals + 1)...]))
    guard !name.isEmpty else { return nil }
    return (name, score)
  }

  /// The score field a score's text stands for: "N" or "n" is not tested.
  static func score(_ bytes: UnsafeBufferPointer<UInt8>) -> ScoreField {
    if bytes.count == 1, bytes[0] | 0x20 == UInt8(ascii: "n") { return .notTested }
    return .number(.text(bytes))
  }

  /// Bytes without spaces and tabs at either end.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}

/// Bytes of several strings in one buffer, so fields can point into it while a case built in
/// code or from text is checked.
struct FieldArena {
  private(set) var bytes: [UInt8] = []

  /// Appends a string, returning where its bytes are.
  mutating func add(_ text: String) -> Range<Int> {
    let start = bytes.count
    bytes.append(contentsOf: text.utf8)
    return start..<bytes.count
  }
}

extension CaseFields {
  /// Runs `body` with the fields of a case built in code.
  static func with<Result>(
    _ input: Case, _ body: (inout CaseFields) throws(CaseError) -> Result
  ) throws(CaseError) -> Result {
    var arena = FieldArena()
    let authority = arena.add(input.authority)
    let indicators = input.indicators.map { arena.add($0) }
    let scores = input.functionalNeeds.map { (arena.add($0.function), $0.score) }
    let ignored = input.ignoredKeys.map { arena.add($0) }
    return try withFields(arena) { base throws(CaseError) in
      var fields = CaseFields()
      fields.authority = TextField(bytes: base.slice(authority), offset: nil)
      switch input.age {
      case .unborn: fields.unborn = (true, nil)
      case .years(let years): fields.age = (.value(Double(years)), nil)
      case nil: break
      }
      for range in indicators { fields.indicators.append(TextField(bytes: base.slice(range))) }
      for (name, score) in scores {
        fields.scores.append(
          ScoreEntry(
            name: TextField(bytes: base.slice(name)),
            score: score.map { .number(.value(Double($0))) } ?? .notTested))
      }
      if let hours = input.senSupportHours { fields.hours = (.value(hours), nil) }
      for range in ignored { fields.ignored.add(TextField(bytes: base.slice(range))) }
      fields.ignored.addCount(input.moreIgnoredKeyCount)
      return try body(&fields)
    }
  }

  /// Runs `body` with the fields of a case written as text.
  static func with<Result>(
    _ input: CaseText, _ body: (inout CaseFields) throws(CaseError) -> Result
  ) throws(CaseError) -> Result {
    var arena = FieldArena()
    let authority = input.authority.map { arena.add($0) }
    let age = input.age.map { arena.add($0) }
    let indicators = input.indicators.map { arena.add($0) }
    let functions = input.functions.map { (arena.add($0.name), arena.add($0.score)) }
    let hours = input.senSupportHours.map { arena.add($0) }
    let ignored = input.ignored.map { arena.add($0) }
    return try withFields(arena) { base throws(CaseError) in
      var fields = CaseFields()
      fields.authority = authority.map { TextField(bytes: base.slice($0), offset: nil) }
      if let age {
        let text = FunctionScoreText.trimmed(base.slice(age))
        if text.elementsEqual("unborn".utf8) {
          fields.unborn = (true, nil)
        } else {
          fields.age = (.text(text), nil)
        }
      }
      if input.isUnborn { fields.unborn = (true, nil) }
      for range in indicators {
        fields.indicators.append(TextField(bytes: FunctionScoreText.trimmed(base.slice(range))))
      }
      for (name, score) in functions {
        fields.scores.append(
          ScoreEntry(
            name: TextField(bytes: base.slice(name)),
            score: FunctionScoreText.score(base.slice(score))))
      }
      if let hours { fields.hours = (.text(FunctionScoreText.trimmed(base.slice(hours))), nil) }
      for range in ignored { fields.ignored.add(TextField(bytes: base.slice(range))) }
      fields.ignored.addCount(input.moreIgnoredCount)
      fields.ignoredAreColumns = input.ignoredAreColumns
      return try body(&fields)
    }
  }

  private static func withFields<Result>(
    _ arena: FieldArena, _ body: (UnsafeBufferPointer<UInt8>) throws(CaseError) -> Result
  ) throws(CaseError) -> Result {
    let outcome: Swift.Result<Result, CaseError> = arena.bytes.withUnsafeBufferPointer { base in
      do throws(CaseError) {
        return .success(try body(base))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }
}

extension UnsafeBufferPointer where Element == UInt8 {
  /// The bytes in a range of this buffer.
  func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: self[range])
  }
}
