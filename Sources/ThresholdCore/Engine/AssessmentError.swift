/// Why a case cannot be assessed. Every case carries the offending value, so tests compare
/// errors exactly and messages can name what was wrong.
public enum AssessmentError: Error, Equatable, Sendable {
  /// No area has this identifier.
  case unknownAuthority(String, suggestion: String?)
  /// The identifier names a rule set shared by several areas, not an area.
  case ruleSetIsNotAnArea(String, areas: [String])
  /// The age is negative or beyond the ages the documents cover.
  case ageOutOfRange(Int)
  /// The age is not a whole number of years, or not a number the tool can read.
  case ageNotWholeYears(String)
  /// Both an age and "unborn" were given.
  case ageAndUnborn(Int)
  /// No indicator has this identifier in the area's rule set (or any other).
  case unknownIndicator(String, suggestion: String?)
  /// The indicator belongs to another document.
  case indicatorFromOtherRuleSet(String, ruleSet: String, area: String)
  /// The indicator's printed ages do not include the child's age.
  case ageDoesNotFit(indicator: String, band: String, printed: String, age: ChildAge)
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
  /// The hours of learning support are negative or not a finite number.
  case invalidSupportHours(String)

  /// The message shown to the user, naming what was wrong and how to put it right.
  public var message: String {
    switch self {
    case .unknownAuthority(let name, let suggestion):
      return "Unknown authority '\(name)'." + Self.didYouMean(suggestion)
        + " Run 'thresholds authorities' to list them."
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
        + " Find indicators with 'thresholds search WORDS --authority AREA'."
    case .indicatorFromOtherRuleSet(let id, let ruleSet, let area):
      return "The indicator '\(id)' belongs to the \(ruleSet) document, not to \(area)'s; "
        + "choose indicators from \(area)'s document ('thresholds indicators --authority "
        + "\(area)')."
    case .ageDoesNotFit(let indicator, let band, let printed, let age):
      let child =
        switch age {
        case .unborn: "an unborn child"
        case .years(let years): "a child aged \(years)"
        }
      return "The indicator '\(indicator)' is printed for ages \(band) (\"\(printed)\"), "
        + "not for \(child)."
    case .noFunctionalNeedsMatrix(let ruleSet):
      return "The \(ruleSet) document has no functional needs matrix, so functional needs "
        + "scores cannot be used there."
    case .unknownFunction(let name, let suggestion):
      return "Unknown function '\(name)' in the functional needs matrix." + Self.didYouMean(suggestion)
    case .functionNotInUse(let name, let note):
      return "The function '\(name)' is not in use: the document says \"\(note)\"."
    case .functionScoredTwice(let name):
      return "The function '\(name)' is scored more than once; give one score for it."
    case .scoreOutOfRange(let function, let score, let maximum):
      return "The score \(score) for '\(function)' is outside the matrix: scores run from 0 "
        + "to \(maximum) (or N for not tested)."
    case .invalidSupportHours(let text):
      return "The hours of learning support '\(text)' are not valid: give a number of hours a "
        + "week, 0 or more."
    }
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " Did you mean '\($0)'?" } ?? ""
  }
}
