/// Where a piece of rule data comes from in its source document.
///
/// Every indicator, level, route and combination rule carries one, so a reader can
/// find the sentence in the published document. Where the text extracted from the PDF
/// was ambiguous (a table broken across pages, columns interleaved), `note` records the
/// judgement that was made.
public struct Citation: Sendable, Hashable {
  /// The place in the document: section or appendix, table, column, paragraph or row.
  public let location: String
  /// A judgement call made while encoding the data, or `nil` when the text was plain.
  public let note: String?

  /// Creates a citation.
  ///
  /// - Parameters:
  ///   - location: The place in the document, such as "Appendix 2, 0-4 years table, Low column".
  ///   - note: A judgement made while reading an ambiguous passage.
  public init(_ location: String, note: String? = nil) {
    self.location = location
    self.note = note
  }
}

/// A heading and a block of text as printed, such as a level's "FEATURES" or "ASSESSMENT PROCESS".
public struct LabelledText: Sendable, Hashable {
  /// The heading, as printed or as the tool names it.
  public let heading: String
  /// The text, verbatim from the document.
  public let text: String
  /// Where the text is printed.
  public let source: Citation

  /// Creates a labelled block of text.
  ///
  /// - Parameters:
  ///   - heading: The heading.
  ///   - text: The text, verbatim.
  ///   - source: Where the text is printed.
  public init(_ heading: String, _ text: String, source: Citation) {
    self.heading = heading
    self.text = text
    self.source = source
  }
}
