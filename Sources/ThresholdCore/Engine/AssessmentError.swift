/// Why a case cannot be assessed. Every case carries the offending value, so tests compare
/// errors exactly and messages can name what was wrong. The same error comes from every way a
/// case arrives (options, JSON, CSV, the guided dialogue), because every one goes through the
/// same validator.
///
/// Messages name what was wrong and how to put it right in the case's own terms; hints that
/// name a command of the `thresholds` tool are added by the command line, not here.
public enum AssessmentError: Error, Hashable, Sendable {
  // MARK: The area

  /// The case names no area.
  case missingAuthority
  /// No area has this identifier.
  case unknownAuthority(String, suggestion: String?)
  /// The identifier names a rule set shared by several areas, not an area.
  case ruleSetIsNotAnArea(String, areas: [String])

  // MARK: The age

  /// The age is negative or beyond the ages the documents cover.
  case ageOutOfRange(Int)
  /// The age is not a whole number of years.
  case ageNotWholeYears(String)
  /// Both an age and "unborn" were given.
  case ageAndUnborn(Int)

  // MARK: Indicators

  /// No indicator has this identifier in the area's rule set (or any other).
  case unknownIndicator(String, suggestion: String?)
  /// The indicator belongs to another document.
  case indicatorFromOtherRuleSet(String, ruleSet: String, area: String)
  /// The indicator's printed ages do not include the child's age.
  case ageDoesNotFit(indicator: String, band: String, printed: String, age: ChildAge)
  /// The indicator is about a child's own development, health or schooling, so it cannot be
  /// selected for an unborn child.
  case notBeforeBirth(indicator: String)
  /// The indicator is a statement about practice printed in an indicator table, not a need.
  case practiceStatement(indicator: String, instead: String)

  // MARK: Functional needs

  /// The rule set has no functional needs matrix, but scores were given.
  case noFunctionalNeedsMatrix(ruleSet: String)
  /// The matrix has no function by this name.
  case unknownFunction(String, suggestion: String?)
  /// The function exists but the document says it is not in use.
  case functionNotInUse(String, note: String)
  /// The same function was scored twice.
  case functionScoredTwice(String)
  /// The score is outside the matrix's range.
  case scoreOutOfRange(function: String, score: Int, maximum: Int)
  /// The score is not a whole number or "N".
  case invalidScore(function: String, text: String)
  /// A function score was not written as `NAME=SCORE`.
  case invalidFunctionScore(String)

  // MARK: Hours

  /// The hours of learning support are not a number of hours in a week.
  case invalidSupportHours(String)

  // MARK: Numbers

  /// A field meant to hold a number holds text that is not one, or one out of range.
  case invalidNumber(field: String, text: String, problem: NumberText.Problem)

  // MARK: Reading

  /// The input is not valid JSON here.
  case malformedJSON(JSONSyntaxError.Kind)
  /// A case must be an object.
  case notAnObject
  /// A key appears twice in one case.
  case duplicateKey(String)
  /// A key's value has the wrong type.
  case wrongType(key: String, expected: String)
  /// Something follows the one case a JSON text may hold.
  case contentAfterCase
  /// The case is larger than the reader accepts.
  case caseTooLarge(limitInMiB: Int)
  /// The case could not be held in memory.
  case caseTooLargeForMemory
  /// A CSV record could not be read.
  case malformedCSV(CSVProblem)

  /// The message shown to the user, naming what was wrong and how to put it right.
  public var message: String {
    switch self {
    case .missingAuthority:
      return "The case has no authority: name the area, such as \"camden\"."
    case .unknownAuthority(let name, let suggestion):
      return "Unknown authority '\(name)'." + Self.didYouMean(suggestion)
    case .ruleSetIsNotAnArea(let name, let areas):
      return "'\(name)' is a document shared by several areas; choose one of "
        + areas.map { "'\($0)'" }.joined(separator: ", ") + "."
    case .ageOutOfRange(let age):
      return "The age \(age) is not possible here: give a whole number of years from "
        + "\(ChildAge.supportedYears.lowerBound) to \(ChildAge.supportedYears.upperBound), "
        + "or 'unborn'."
    case .ageNotWholeYears(let text):
      return "The age '\(text)' is not a whole number of years: give a whole number from "
        + "\(ChildAge.supportedYears.lowerBound) to \(ChildAge.supportedYears.upperBound), "
        + "or 'unborn'."
    case .ageAndUnborn(let age):
      return "The case gives both an age (\(age)) and 'unborn'; give one."
    case .unknownIndicator(let id, let suggestion):
      return "Unknown indicator '\(id)'." + Self.didYouMean(suggestion)
    case .indicatorFromOtherRuleSet(let id, let ruleSet, let area):
      return "The indicator '\(id)' belongs to the \(ruleSet) document, not to \(area)'s; "
        + "choose indicators from \(area)'s document."
    case .ageDoesNotFit(let indicator, let band, let printed, let age):
      return "The indicator '\(indicator)' is printed for ages \(band) (\"\(printed)\"), "
        + "not for \(Self.child(age))."
    case .notBeforeBirth(let indicator):
      return "The indicator '\(indicator)' is about a child's own development, health or "
        + "schooling, so it cannot be selected for an unborn child; choose indicators about the "
        + "pregnancy, the parents or the family."
    case .practiceStatement(let indicator, let instead):
      return "'\(indicator)' is a statement of how professionals should work, printed in the "
        + "document's table, not a need: it does not set a level. \(instead)"
    case .noFunctionalNeedsMatrix(let ruleSet):
      return "The \(ruleSet) document has no functional needs matrix, so functional needs "
        + "scores cannot be used there."
    case .unknownFunction(let name, let suggestion):
      return "Unknown function '\(name)' in the functional needs matrix."
        + Self.didYouMean(suggestion)
    case .functionNotInUse(let name, let note):
      return "The function '\(name)' is not in use: the document says \"\(note)\"."
    case .functionScoredTwice(let name):
      return "The function '\(name)' is scored more than once; give one score for it."
    case .scoreOutOfRange(let function, let score, let maximum):
      return "The score \(score) for '\(function)' is outside the matrix: scores run from 0 "
        + "to \(maximum) (or N for not tested)."
    case .invalidScore(let function, let text):
      return "The score '\(text)' for '\(function)' must be a whole number from 0 to 4, or N "
        + "for not tested."
    case .invalidFunctionScore(let text):
      return "The function score '\(text)' must be written NAME=SCORE, such as hearing=3 "
        + "(or hearing=N for not tested)."
    case .invalidSupportHours(let text):
      return "The hours of learning support '\(text)' are not valid: give a number of hours a "
        + "week from 0 to \(Int(SupportHoursRange.hours.upperBound))."
    case .invalidNumber(let field, let text, let problem):
      let reason =
        switch problem {
        case .notANumber: "is not a number as JSON writes numbers (such as 9, 12.5 or 1e2)"
        case .overflow: "is too large to represent"
        case .underflow: "is too small to represent (it is not zero)"
        }
      return "The \(field) '\(text)' \(reason)."
    case .malformedJSON(let kind):
      return JSONSyntaxError(kind, at: 0).message
    case .notAnObject:
      return "A case must be a JSON object such as {\"authority\": \"camden\", \"age\": 9, "
        + "\"indicators\": [\"…\"]}; to send several cases, write one object per line."
    case .duplicateKey(let key):
      return "The key \"\(key)\" appears more than once in the case; give it once."
    case .wrongType(let key, let expected):
      return "\"\(key)\" must be \(expected)."
    case .contentAfterCase:
      return "Unexpected content after the case; give one case."
    case .caseTooLarge(let limit):
      return "The case is larger than \(limit) MiB; cases are small objects. Skipped to the "
        + "next line."
    case .caseTooLargeForMemory:
      return "The case could not be held in memory; cases are small objects. Skipped to the "
        + "next line."
    case .malformedCSV(let problem):
      return problem.message
    }
  }

  /// "Did you mean 'x'?", as swift-argument-parser words it (with a leading space), or nothing.
  ///
  /// - Parameter suggestion: The suggestion, if any.
  /// - Returns: The phrase.
  public static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " Did you mean '\($0)'?" } ?? ""
  }

  private static func child(_ age: ChildAge) -> String {
    switch age {
    case .unborn: "an unborn child"
    case .years(let years): "a child aged \(years)"
    }
  }
}

/// A problem with one case, and where it is in the input (a byte offset), when the input has
/// positions.
public struct CaseError: Error, Hashable, Sendable {
  /// What was wrong.
  public let error: AssessmentError
  /// The byte offset of the offending value in the input, if the case came from text.
  public let offset: Int?

  /// Creates a case error.
  ///
  /// - Parameters:
  ///   - error: What was wrong.
  ///   - offset: Where, if known.
  public init(_ error: AssessmentError, at offset: Int? = nil) {
    self.error = error
    self.offset = offset
  }

  /// Whether the bytes themselves were malformed (a reader must then find where the next case
  /// starts, rather than go on after the value).
  var isSyntax: Bool {
    switch error {
    case .malformedJSON, .contentAfterCase, .caseTooLarge, .caseTooLargeForMemory: true
    case .malformedCSV(let problem): problem.isSyntax
    default: false
    }
  }
}
