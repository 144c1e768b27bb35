extension CaseDecoder {
  /// The case's age, from its `age` and `unborn` fields.
  func childAge(_ scanner: JSONScanner) throws(CaseProblem) -> ChildAge? {
    var age: ChildAge?
    if let range = raw.age {
      guard let years = wholeNumber(range, scanner) else {
        throw CaseProblem(
          message: AssessmentError.ageNotWholeYears(numberText(range, scanner)).message,
          offset: range.lowerBound, isSyntax: false)
      }
      guard ChildAge.supportedYears.contains(years) else {
        throw CaseProblem(
          message: AssessmentError.ageOutOfRange(years).message, offset: range.lowerBound,
          isSyntax: false)
      }
      age = .years(years)
    }
    if raw.unborn == true {
      if case .years(let years) = age {
        throw CaseProblem(
          message: AssessmentError.ageAndUnborn(years).message, offset: raw.unbornOffset,
          isSyntax: false)
      }
      age = .unborn
    }
    return age
  }

  /// A functional needs score's value, or `nil` for not tested.
  func score(
    _ entry: (name: StringToken, score: Range<Int>?, offset: Int), _ scanner: JSONScanner
  ) throws(CaseProblem) -> Int? {
    guard let range = entry.score else { return nil }
    guard let value = wholeNumber(range, scanner) else {
      throw CaseProblem(
        message: Message.invalidScore(text(entry.name, scanner)), offset: entry.offset,
        isSyntax: false)
    }
    return value
  }

  /// The case as library values (strings), for ``Assessor/assess(_:)``.
  func makeCase(_ scanner: JSONScanner) throws(CaseProblem) -> Case {
    var input = Case(authority: raw.authority.map { text($0, scanner) } ?? "")
    input.id = raw.idString.map { text($0, scanner) } ?? raw.idJSON.map { numberText($0, scanner) }
    input.age = try childAge(scanner)
    input.indicators = raw.indicators.map { text($0.token, scanner) }
    for entry in raw.scores {
      input.functionalNeeds.append(
        FunctionScore(function: text(entry.name, scanner), score: try score(entry, scanner)))
    }
    if let range = raw.hours {
      guard let hours = finiteNumber(range, scanner), hours >= 0 else {
        throw CaseProblem(
          message: AssessmentError.invalidSupportHours(numberText(range, scanner)).message,
          offset: range.lowerBound, isSyntax: false)
      }
      input.senSupportHours = hours
    }
    input.ignoredKeys = raw.ignoredKeys.map { text($0, scanner) }
    return input
  }

  private mutating func findArea(_ scanner: JSONScanner) throws(CaseProblem)
    -> (ReaderTables, Int)?
  {
    guard let authority = raw.authority, let found = area(authority, scanner) else {
      let name = raw.authority.map { text($0, scanner) } ?? ""
      throw CaseProblem(
        message: CompiledRuleSet.unknownAuthority(name).message, offset: raw.authorityOffset,
        isSyntax: false)
    }
    return found
  }

  /// Resolves the case against its rule set directly from bytes, into existing storage
  /// (a stream reuses one): indicator identifiers are looked up without making strings. Gives
  /// the same result as ``makeCase(_:)`` followed by ``Assessor/resolve(_:)``; problems carry
  /// the offending value's offset.
  mutating func resolve(
    _ scanner: JSONScanner, into resolved: inout ResolvedCase, needsCaseID: Bool
  ) throws(CaseProblem) {
    guard let (found, areaIndex) = try findArea(scanner) else { return }
    let tables = found.tables
    let indicatorTable = found.indicators
    let age = try childAge(scanner)
    resolved.reset(
      tables: tables, areaIndex: areaIndex,
      caseID: needsCaseID
        ? raw.idString.map { text($0, scanner) } ?? raw.idJSON.map { numberText($0, scanner) }
        : nil,
      age: age)
    for (token, offset) in raw.indicators {
      let position: Int? =
        switch token {
        case .input(let range):
          indicatorTable.position(of: UnsafeBufferPointer(rebasing: scanner.bytes[range]))
        case .scratch(let range):
          scratch.withUnsafeBufferPointer {
            indicatorTable.position(of: UnsafeBufferPointer(rebasing: $0[range]))
          }
        }
      do throws(AssessmentError) {
        guard let position else {
          throw tables.compiled.missingIndicator(
            text(token, scanner), areaID: areaID(tables.compiled, areaIndex))
        }
        try resolved.addIndicator(at: position)
      } catch {
        throw CaseProblem(message: error.message, offset: offset, isSyntax: false)
      }
    }
    for entry in raw.scores {
      let value = try score(entry, scanner)
      do throws(AssessmentError) {
        try resolved.addScore(value, forFunctionNamed: text(entry.name, scanner))
      } catch {
        throw CaseProblem(message: error.message, offset: entry.offset, isSyntax: false)
      }
    }
    if let range = raw.hours {
      let hours = finiteNumber(range, scanner) ?? -1
      do throws(AssessmentError) {
        try resolved.setSupportHours(hours, text: numberText(range, scanner))
      } catch {
        throw CaseProblem(message: error.message, offset: range.lowerBound, isSyntax: false)
      }
    }
    if !raw.ignoredKeys.isEmpty {
      resolved.ignoredKeys = raw.ignoredKeys.map { text($0, scanner) }
    }
  }

  private func areaID(_ compiled: CompiledRuleSet, _ index: Int) -> String {
    compiled.ruleSet.areas[index].id
  }

  private mutating func area(_ token: StringToken, _ scanner: JSONScanner)
    -> (ReaderTables, Int)?
  {
    let found: Int? =
      switch token {
      case .input(let range):
        CompiledRuleSet.areaTable.position(of: UnsafeBufferPointer(rebasing: scanner.bytes[range]))
      case .scratch(let range):
        scratch.withUnsafeBufferPointer {
          CompiledRuleSet.areaTable.position(of: UnsafeBufferPointer(rebasing: $0[range]))
        }
      }
    guard let found else { return nil }
    let (entry, area) = CompiledRuleSet.areaEntries[found]
    // Each reader keeps its own references to the tables it has used.
    if let tables = tablesByEntry[entry] { return (tables, area) }
    let tables = ReaderTables(
      tables: TablesReference(RuleSets.registry[entry].compiled().packed),
      indicators: RuleSets.registry[entry].indicatorTable())
    tablesByEntry[entry] = tables
    return (tables, area)
  }

}

extension Case {
  /// Reads one case from JSON, such as
  /// `{"authority": "camden", "age": 9, "indicators": ["camden-young-carers"]}`.
  ///
  /// Unknown keys are ignored and listed in ``ignoredKeys``.
  ///
  /// - Parameter json: The JSON text, as UTF-8.
  /// - Throws: ``CaseReadError`` naming the line and column of the problem.
  public init(json: some Collection<UInt8>) throws(CaseReadError) {
    let bytes = Array(json)
    let result: Result<Case, CaseReadError> = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer, position: hasByteOrderMark(buffer) ? 3 : 0)
      var decoder = CaseDecoder()
      do throws(CaseProblem) {
        try decoder.decode(&scanner)
        scanner.skipWhitespace()
        if !scanner.isAtEnd {
          throw CaseProblem(
            message: "Unexpected content after the case; give one case.", offset: scanner.position,
            isSyntax: true)
        }
        return .success(try decoder.makeCase(scanner))
      } catch {
        let (line, column) = TextPosition.lineAndColumn(of: error.offset, in: buffer)
        return .failure(
          CaseReadError(message: error.message, caseNumber: 1, line: line, column: column))
      }
    }
    self = try result.get()
  }
}

/// A case in JSON input that could not be read or assessed, and where it is.
public struct CaseReadError: Error, Equatable, Sendable {
  /// What was wrong.
  public let message: String
  /// The case's position in the input, from 1.
  public let caseNumber: Int
  /// The line of the problem, from 1.
  public let line: Int
  /// The column of the problem, in bytes from 1.
  public let column: Int

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - message: What was wrong.
  ///   - caseNumber: The case's position, from 1.
  ///   - line: The line, from 1.
  ///   - column: The column, from 1.
  public init(message: String, caseNumber: Int, line: Int, column: Int) {
    self.message = message
    self.caseNumber = caseNumber
    self.line = line
    self.column = column
  }
}

/// Line and column arithmetic over bytes.
enum TextPosition {
  /// The 1-based line and byte column of an offset.
  static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
