/// Which indicators a search may return.
public struct SearchFilter: Sendable, Equatable {
  /// Only indicators that can be selected for a child of this age.
  public var age: ChildAge?
  /// Only indicators printed at this level rank.
  public var level: Int?

  /// Creates a filter.
  ///
  /// - Parameters:
  ///   - age: The child's age.
  ///   - level: A level rank.
  public init(age: ChildAge? = nil, level: Int? = nil) {
    self.age = age
    self.level = level
  }
}

/// One indicator found by a search, with how well and why it matched.
public struct SearchResult: Sendable {
  /// The indicator.
  public let indicator: Indicator
  /// The rule set it belongs to.
  public let ruleSet: RuleSet
  /// How much of the query it matched, from 0 to 1 (1: every word or phrase of it).
  public let coverage: Double
  /// How well it matched: rarer words and whole phrases count more.
  public let score: Double
  /// How many of the query's words and phrases it matched.
  public let wordsMatched: Int
  /// Why it matched, in the tool's words: "hungry → food", "bruise → bruising".
  public let reasons: [String]
}

/// Finds indicators in practitioners' own words: words matched by their stems, UK and US
/// spellings alike, everyday words and abbreviations through ``SearchVocabulary``, and typing
/// slips within an edit or two of a document's word. Best matches first: those that match
/// every word or phrase of the query before those that match some, then by a BM25 score
/// (rarer words count more, so among partial matches the words that say most decide), with a
/// bonus for the query's words as a whole phrase; statements about practice come last.
public enum IndicatorSearch {
  /// Searches rule sets (building their index each time; see ``SearchIndex`` to reuse one).
  ///
  /// - Parameters:
  ///   - query: What the practitioner typed.
  ///   - ruleSets: The rule sets to search.
  ///   - filter: Which indicators may be returned.
  ///   - limit: The most results to return.
  /// - Returns: The results, best first.
  public static func search(
    _ query: String, in ruleSets: [RuleSet], filter: SearchFilter = SearchFilter(), limit: Int
  ) -> [SearchResult] {
    SearchIndex(ruleSets).search(query, filter: filter, limit: limit)
  }
}

/// The words of every indicator of some rule sets, stemmed once, to search many times.
public struct SearchIndex: Sendable {
  /// One indicator's words.
  struct Document: Sendable {
    let ruleSet: Int
    let position: Int
    /// Stem → how often it appears in the indicator's text.
    let text: [String: Int]
    /// The text's stems in order (for phrases).
    let sequence: [String]
    let length: Int
    /// Stems of the printed cell it was cut from, and of its domain and subdomain names.
    let cell: Set<String>
    let context: Set<String>
    /// Stem → the word the text writes it as (for saying why it matched).
    let words: [String: String]
    let isPracticeStatement: Bool
  }

  let ruleSets: [RuleSet]
  let documents: [Document]
  let documentFrequency: [String: Int]
  let averageLength: Double
  /// Every stem the documents use, for correcting slips.
  let vocabulary: [String]
  let phrases: PhraseTable
  /// Each rule set's universal level rank, where its document says that level is one of needs
  /// that are met (``SearchVocabulary/universalLevelsOfNeedsMet``); otherwise `nil`.
  let needsMetRank: [Int?]

  /// Builds the index.
  ///
  /// - Parameter ruleSets: The rule sets.
  public init(_ ruleSets: [RuleSet]) {
    self.ruleSets = ruleSets
    var documents: [Document] = []
    var frequency: [String: Int] = [:]
    var totalLength = 0
    var stems: [String: String] = [:]
    // Each indicator's words, read once: for the compounds, then for its document.
    var tokenized: [[[SearchText.Token]]] = []
    for ruleSet in ruleSets {
      var tokens: [[SearchText.Token]] = []
      for indicator in ruleSet.indicators {
        tokens.append(SearchText.tokens(indicator.text, stems: &stems))
      }
      tokenized.append(tokens)
    }
    let compounds = Self.compounds(in: tokenized.joined(), stems: &stems)
    for (ruleSetIndex, ruleSet) in ruleSets.enumerated() {
      var contextByDomain: [String: Set<String>] = [:]
      for domain in ruleSet.domains {
        contextByDomain[domain.id] = Set(SearchText.tokens(domain.name, stems: &stems).map(\.stem))
        for subdomain in domain.subdomains {
          contextByDomain[domain.id + "/" + subdomain.id] = Set(
            SearchText.tokens(subdomain.name, stems: &stems).map(\.stem))
        }
      }
      for (position, indicator) in ruleSet.indicators.enumerated() {
        let tokens = tokenized[ruleSetIndex][position]
        var text: [String: Int] = [:]
        var words: [String: String] = [:]
        for token in tokens {
          text[token.stem, default: 0] += 1
          if words[token.stem] == nil { words[token.stem] = token.word }
        }
        // Two words written apart where a compound is known ("self harm", "pre birth") are
        // also that compound, so "self-harm" finds them.
        for (first, second) in zip(tokens, tokens.dropFirst())
        where second.position == first.position + 1 {
          guard let candidates = compounds[first.stem],
            let joined = candidates.first(where: { $0.second == second.stem })?.joined,
            text[joined] == nil
          else { continue }
          text[joined] = 1
          words[joined] = first.word + " " + second.word
        }
        for stem in text.keys { frequency[stem, default: 0] += 1 }
        let context = (contextByDomain[indicator.domain] ?? []).union(
          indicator.subdomain.flatMap { contextByDomain[indicator.domain + "/" + $0] } ?? [])
        var isPractice = false
        if case .practiceStatement = indicator.kind { isPractice = true }
        documents.append(
          Document(
            ruleSet: ruleSetIndex, position: position, text: text,
            sequence: tokens.map(\.stem), length: tokens.count,
            cell: Set(
              indicator.printedCell.map { SearchText.tokens($0, stems: &stems).map(\.stem) } ?? []),
            context: context, words: words, isPracticeStatement: isPractice))
        totalLength += tokens.count
      }
    }
    self.documents = documents
    self.documentFrequency = frequency
    self.averageLength = documents.isEmpty ? 1 : Double(totalLength) / Double(documents.count)
    self.vocabulary = frequency.keys.filter { $0.count >= 4 }.sorted()
    self.phrases = PhraseTable.shared
    self.needsMetRank = ruleSets.map { ruleSet in
      guard let sentence = SearchVocabulary.universalLevelsOfNeedsMet[ruleSet.id],
        let universal = ruleSet.levels.min(by: { $0.rank < $1.rank }),
        universal.description.contains(sentence)
      else { return nil }
      return universal.rank
    }
  }

  /// The compounds of two words the documents write with a hyphen ("self-harm") and the
  /// vocabulary gives as meanings: by the stem of the first word, the second word's stem and
  /// the compound's (so that a pair of words is checked without stemming it again).
  private static func compounds(
    in indicators: some Sequence<[SearchText.Token]>, stems: inout [String: String]
  ) -> [String: [(second: String, joined: String)]] {
    var compounds: [String: [(second: String, joined: String)]] = [:]
    func add(_ first: String, _ second: String, _ joined: String) {
      if compounds[first]?.contains(where: { $0.second == second }) == true { return }
      compounds[first, default: []].append((second, joined))
    }
    for tokens in indicators {
      // A compound's joined form shares the position of its last part, and follows it.
      for index in tokens.indices.dropFirst(2)
      where tokens[index].position == tokens[index - 1].position
        && tokens[index - 2].position == tokens[index - 1].position - 1
        && tokens[index].word == tokens[index - 2].word + tokens[index - 1].word
      {
        add(tokens[index - 2].stem, tokens[index - 1].stem, tokens[index].stem)
      }
    }
    for concept in SearchVocabulary.concepts {
      for word in concept.means.joined() where word.contains("-") {
        let parts = word.lowercased().split(separator: "-").map {
          SearchText.stem(SearchText.spelling(String($0)), rememberingIn: &stems)
        }
        guard parts.count == 2 else { continue }
        let joined = SearchText.stem(
          SearchText.spelling(word.replacing("-", with: "").lowercased()), rememberingIn: &stems)
        add(parts[0], parts[1], joined)
      }
    }
    return compounds
  }

  /// Searches the index.
  ///
  /// - Parameters:
  ///   - query: What the practitioner typed.
  ///   - filter: Which indicators may be returned.
  ///   - limit: The most results to return.
  /// - Returns: The results, best first.
  public func search(_ query: String, filter: SearchFilter = SearchFilter(), limit: Int)
    -> [SearchResult]
  {
    let results = search(units: queryUnits(query), filter: filter, limit: limit)
    guard results.isEmpty else { return results }
    // Nothing found: read the query again with the words that usually say little ("old",
    // "young", "baby", "problems"), which some indicators do use, rather than find nothing.
    return search(
      units: queryUnits(query, keepsCommonWords: true), filter: filter, limit: limit)
  }

  func search(units: [Unit], filter: SearchFilter, limit: Int) -> [SearchResult] {
    guard !units.isEmpty else { return [] }
    // A query that says a concern in everyday words, and no strength, is about a concern: a
    // universal indicator (a need that is met) that no strength's words found then ranks after
    // the rest, even if the query's own words ("family", "beyond") found it.
    let kinds = units.flatMap { unit in
      unit.readings.filter { $0.source == .vocabulary }.map(\.kind)
    }
    let describesConcern = kinds.contains(.concern) && !kinds.contains(.strength)
    var scored:
      [(
        document: Int, coverage: Double, score: Double, matched: Int, reasons: [String],
        ranksLast: Bool, units: [(coverage: Double, score: Double)]
      )] = []
    // Each unit's best score among the indicators it matches in full.
    var strongest = [Double](repeating: 0, count: units.count)
    for (index, document) in documents.enumerated() {
      let ruleSet = ruleSets[document.ruleSet]
      let indicator = ruleSet.indicators[document.position]
      if let level = filter.level, indicator.level != level { continue }
      if let age = filter.age, !ruleSet.admission(of: indicator).admits(age) { continue }
      var coverage = 0.0
      var score = 0.0
      var matched = 0
      var reasons: [String] = []
      // Whether the query's own words (or a slip's correction), or a strength's everyday words,
      // found the indicator; if neither did, a universal indicator (a need that is met) ranks
      // after the rest.
      var foundByOwnWords = false
      var foundByStrength = false
      var unitMatches = [(coverage: Double, score: Double)](
        repeating: (0, 0), count: units.count)
      for (position, unit) in units.enumerated() {
        let matches = unit.readings.map { reading in
          let match = evaluate(reading, in: document)
          return reading.isWhole && match.coverage < 1 ? Match.none : match
        }
        for (reading, match) in zip(unit.readings, matches) where match.coverage > 0 {
          if reading.source != .vocabulary { foundByOwnWords = true }
          if reading.kind == .strength { foundByStrength = true }
        }
        let best = matches.max { ($0.coverage, $0.score) < ($1.coverage, $1.score) }
        guard let best, best.coverage > 0 else { continue }
        coverage += best.coverage
        score += best.score
        unitMatches[position] = (best.coverage, best.score)
        if best.coverage >= 1 {
          strongest[position] = max(strongest[position], best.score)
          matched += 1
        }
        if let reason = best.reason(unit: unit.text) { reasons.append(reason) }
      }
      guard coverage > 0 else { continue }
      score += phraseBonus(units, document)
      let isUniversal = indicator.level == needsMetRank[document.ruleSet]
      scored.append(
        (
          index, coverage / Double(units.count), score, matched, reasons,
          isUniversal && !foundByStrength && (describesConcern || !foundByOwnWords),
          unitMatches
        ))
    }
    // In a query of several words or phrases, a unit found only through a weak word (much
    // weaker than the indicator that matches it best) counts as found only in part, so an
    // indicator that shares a common word with every unit ("child", "adult", "support") does
    // not rank above one that matches what the query is about.
    if units.count > 1 {
      for entry in scored.indices {
        var coverage = 0.0
        for (position, match) in scored[entry].units.enumerated() {
          let bar = Self.weakMatch * strongest[position]
          let share = bar > 0 && match.score < bar ? match.score / bar : 1
          coverage += match.coverage * share
        }
        scored[entry].coverage = coverage / Double(units.count)
      }
    }
    scored.sort { lhs, rhs in
      let left = documents[lhs.document]
      let right = documents[rhs.document]
      if left.isPracticeStatement != right.isPracticeStatement { return !left.isPracticeStatement }
      // A concern never puts a need that is met first.
      if lhs.ranksLast != rhs.ranksLast { return !lhs.ranksLast }
      // Indicators that match every word or phrase of the query come first; among the rest the
      // score decides, not how many words matched: a long query's common words ("mum",
      // "school") must not outweigh the one rare word that says what it is about.
      let leftMatchesAll = lhs.coverage > 1 - 1e-9
      let rightMatchesAll = rhs.coverage > 1 - 1e-9
      if leftMatchesAll != rightMatchesAll { return leftMatchesAll }
      if abs(lhs.score - rhs.score) > 1e-9 { return lhs.score > rhs.score }
      return lhs.document < rhs.document
    }
    return scored.prefix(limit).map { entry in
      let document = documents[entry.document]
      let ruleSet = ruleSets[document.ruleSet]
      return SearchResult(
        indicator: ruleSet.indicators[document.position], ruleSet: ruleSet,
        coverage: entry.coverage, score: entry.score, wordsMatched: entry.matched,
        reasons: entry.reasons)
    }
  }

  // MARK: Reading the query

  /// One word or phrase of the query, with the ways it can be read.
  struct Unit {
    let text: String
    let readings: [Reading]
  }

  /// One way to read a unit: groups of stems that must all be found (any stem of a group will
  /// do), and where it came from.
  struct Reading {
    enum Source { case literal, vocabulary, correction }
    let groups: [[String]]
    let source: Source
    /// What the vocabulary concept it comes from is about (a literal reading: a concern).
    var kind = SearchConcept.Kind.concern
    /// Whether it counts only when every group is found: a known phrase read literally, whose
    /// words in part ("looks after" of "looks after mum") would say something else.
    var isWhole = false
  }

  /// A unit matched with less than this share of the best score any indicator gets for it counts
  /// as found only in part, in proportion.
  static let weakMatch = 0.7

  /// Words that carry no meaning on their own in a query.
  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "and", "or", "is", "are",
    "was", "were", "be", "been", "being", "he", "she", "him", "her", "his", "hers", "they",
    "them", "their", "it", "its", "i", "we", "my", "our", "you", "your", "has", "have", "had",
    "this", "that", "there", "very", "really", "by", "from", "as", "about", "s", "child",
    "children", "kid", "kids", "son", "daughter", "boy", "girl", "pupil", "seems", "says",
    "keeps", "gets", "got", "all", "always", "some", "lot", "lots", "bit", "quite", "hes",
    "shes", "theyre", "im", "no", "not", "never", "does", "doesnt", "dont", "isnt", "wasnt",
    "cant", "wont", "didnt", "too", "much", "so", "up", "out", "off", "into", "over", "when",
    "who", "what", "how", "because", "just", "baby", "babies", "toddler", "infant", "teenager",
    "teen", "young", "person", "people", "year", "years", "old", "aged", "age", "yo", "yr", "yrs",
    "concern", "concerns", "concerned", "worry", "worried", "issue", "issues", "problem",
    "problems", "think", "thinks", "feel", "feels", "like", "seem", "seen", "been", "being",
    "get", "gets", "getting", "go", "goes", "going", "went", "come", "comes", "also", "still",
    "lot", "very", "really", "quite", "now", "again", "since", "us", "me", "them", "one",
  ].reduce(into: Set<String>()) { $0.insert(SearchText.stem($1)) }

  /// Words that only hold a sentence together, left out even inside a known phrase.
  static let grammatical: Set<String> = [
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "and", "or", "is", "are",
    "was", "were", "be", "been", "he", "she", "him", "her", "his", "they", "them", "their", "it",
    "its", "i", "we", "my", "our", "you", "your", "has", "have", "had", "this", "that", "s",
  ].reduce(into: Set<String>()) { $0.insert(SearchText.stem($1)) }

  /// The units of a query; words of ``stopwords`` are left out unless `keepsCommonWords`, and
  /// words of ``grammatical`` always.
  func queryUnits(_ query: String, keepsCommonWords: Bool = false) -> [Unit] {
    let tokens = SearchText.tokens(query).filter { $0.word.count > 0 }
    // Compound forms ("selfharm" from "self-harm") share a position with their last part.
    var sequence: [SearchText.Token] = []
    for token in tokens where sequence.last?.position != token.position { sequence.append(token) }
    let compounds = Dictionary(
      tokens.filter { token in !sequence.contains(token) }.map { ($0.position, $0) },
      uniquingKeysWith: { first, _ in first })
    // A slip in a word that neither a document nor the vocabulary knows is read, for finding
    // phrases, as the word it most likely stands for ("canabis" in "smoking canabis").
    var stems = sequence.map(\.stem)
    for position in stems.indices where isUnknown(stems[position]) {
      if let correction = phraseCorrection(for: stems[position], word: sequence[position].word) {
        stems[position] = correction
      }
    }
    var units: [Unit] = []
    var index = 0
    while index < sequence.count {
      if let (length, concepts) = phrases.longestMatch(
        stems, word: sequence[index].word, from: index)
      {
        let span = sequence[index..<(index + length)]
        // A phrase the vocabulary knows is read literally with its meaningful words, even ones
        // that mean little alone ("young" in "young carer"), so a document that prints the
        // phrase itself ranks first.
        let content = stems[index..<(index + length)].filter { !Self.grammatical.contains($0) }
        // A strength said with a negation before it ("not doing well at school", "doesnt have
        // good friends") is a concern: read so, a need that is met no longer ranks first.
        let negated = Self.isNegated(sequence, before: index)
        var readings = concepts.map {
          Reading(
            groups: $0.groups, source: .vocabulary,
            kind: negated && $0.kind == .strength ? .concern : $0.kind)
        }
        if !content.isEmpty {
          readings.append(
            Reading(groups: content.map { [$0] }, source: .literal, isWhole: true))
        }
        units.append(Unit(text: span.map(\.word).joined(separator: " "), readings: readings))
        index += length
        continue
      }
      let token = sequence[index]
      index += 1
      guard !Self.grammatical.contains(token.stem) else { continue }
      // A number by itself is an age, a count or a time ("16 and just had a baby", "missed 6
      // days"): matched alone it finds whatever indicator prints that number ("16-17 year
      // olds"). It counts only inside a phrase of the vocabulary.
      guard !Self.isNumber(token.word) else { continue }
      guard keepsCommonWords || !Self.stopwords.contains(token.stem) else { continue }
      var literal = [token.stem]
      if let compound = compounds[token.position] { literal.append(compound.stem) }
      var readings = [Reading(groups: [literal], source: .literal)]
      if documentFrequency[token.stem] == nil, let correction = correction(for: token.stem) {
        readings.append(Reading(groups: [[correction]], source: .correction))
      }
      units.append(Unit(text: token.word, readings: readings))
    }
    return units
  }

  /// Words that negate what follows them.
  static let negations: Set<String> = [
    "not", "no", "never", "nor", "without", "doesnt", "dont", "didnt", "isnt", "wasnt", "arent",
    "werent", "cant", "cannot", "couldnt", "wont", "hasnt", "havent", "hardly", "barely",
  ]

  /// Words that may stand between a negation and what it negates ("doesnt have any friends").
  static let betweenNegation: Set<String> = [
    "any", "many", "much", "enough", "very", "really", "real", "proper", "got", "get",
  ]

  /// Whether the word before `index` (grammatical words and ``betweenNegation`` between
  /// skipped, at most two) negates what starts there: "not doing well", "doesnt have good
  /// friends", "not a happy child", "doesnt have any friends".
  static func isNegated(_ sequence: [SearchText.Token], before index: Int) -> Bool {
    var position = index - 1
    var skipped = 0
    while position >= 0, skipped < 2, !negations.contains(sequence[position].word),
      grammatical.contains(sequence[position].stem)
        || betweenNegation.contains(sequence[position].word)
    {
      position -= 1
      skipped += 1
    }
    return position >= 0 && negations.contains(sequence[position].word)
  }

  /// Whether a word is a number written in digits.
  static func isNumber(_ word: String) -> Bool {
    !word.isEmpty && word.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
  }

  /// Whether a query's stem is a word no document prints and the vocabulary does not know, nor
  /// one that says little.
  func isUnknown(_ stem: String) -> Bool {
    documentFrequency[stem] == nil && !phrases.wordStemSet.contains(stem)
      && !Self.stopwords.contains(stem) && !Self.grammatical.contains(stem)
  }

  /// The stem a slip in a query most likely stands for, to find the phrases it belongs to: the
  /// document stem of ``correction(for:)``, or else that of the first word of the vocabulary's
  /// phrases one slip from the word as typed, or from its stem (``TextSearch/isOneSlip(_:_:)``:
  /// a letter added, dropped, changed or two swapped; the word as typed, because a slip can
  /// change how a word stems: "chnaged" stems to "chnage", "changed" to "chang"). Only one
  /// slip: the vocabulary holds everyday words, and an everyday word it lacks is often two
  /// edits from one it has ("playground" and "playgroup").
  ///
  /// - Parameters:
  ///   - stem: The query word's stem.
  ///   - word: The word as the query wrote it.
  /// - Returns: The stem to read it as, or `nil`.
  func phraseCorrection(for stem: String, word: String) -> String? {
    if let found = correction(for: stem) { return found }
    guard stem.count >= 5 else { return nil }
    let typed = Array(word.utf8)
    let stemBytes = Array(stem.utf8)
    return phrases.slipWords.first { candidate in
      TextSearch.isOneSlip(typed, candidate.word) || TextSearch.isOneSlip(stemBytes, candidate.stem)
    }.map { String(decoding: $0.stem, as: UTF8.self) }
  }

  /// The document stem a slip most likely stands for: within one edit (stems of 5 or 6
  /// letters) or two (7 or more). Shorter stems are not corrected: most are a letter from some
  /// other word ("ever" is not a slip for "even").
  func correction(for stem: String) -> String? {
    guard stem.count >= 5 else { return nil }
    let limit = stem.count >= 7 ? 3 : 2
    var best: (stem: String, distance: Int)?
    var rows: [Int] = []
    var target = stem
    target.withUTF8 { target in
      for candidate in vocabulary where abs(candidate.count - stem.count) < limit {
        var candidate = candidate
        let distance = candidate.withUTF8 {
          TextSearch.editDistance(
            target, $0, limit: best.map { min($0.distance, limit) } ?? limit, rows: &rows)
        }
        if distance < (best.map { min($0.distance, limit) } ?? limit) {
          best = (candidate, distance)
        }
      }
    }
    return best?.stem
  }

  // MARK: Scoring

  /// How one reading of a unit matched one document.
  struct Match {
    let coverage: Double
    let score: Double
    let source: Reading.Source
    /// The document words that matched, when they differ from what was typed.
    let words: [String]

    /// No match.
    static let none = Match(coverage: 0, score: 0, source: .literal, words: [])

    func reason(unit: String) -> String? {
      guard !words.isEmpty else { return nil }
      let shown = words.joined(separator: ", ")
      switch source {
      // Words found as the query wrote them need no reason, however they were reached.
      case .literal, .vocabulary: return shown == unit ? nil : "\(unit) → \(shown)"
      case .correction: return "\(unit) → \(shown) (spelling)"
      }
    }
  }

  /// How a reading matched a document. Each group counts its best-matching word in full and
  /// its other matching words at half (a document that names a concept in several words is
  /// more surely about it); a concept's first words are its core, later ones count less.
  func evaluate(_ reading: Reading, in document: Document) -> Match {
    var matchedGroups = 0
    var score = 0.0
    var words: [String] = []
    // Who is involved says less than what happened: a person's words count half.
    let factor: Double =
      switch reading.source {
      case .literal: 1
      case .vocabulary: reading.kind == .person ? 0.4 : 0.8
      case .correction: 0.7
      }
    for group in reading.groups {
      var weights: [Double] = []
      // The word shown as the reason is the group's first (most specific) word that matched.
      var shownWord: String?
      for (rank, stem) in group.enumerated() {
        let core = reading.source == .vocabulary && rank >= 4 ? 0.75 : 1
        let weight = termWeight(stem, in: document) * core
        guard weight > 0 else { continue }
        weights.append(weight)
        if shownWord == nil { shownWord = document.words[stem] }
      }
      guard !weights.isEmpty else { continue }
      matchedGroups += 1
      weights.sort(by: >)
      score += (weights[0] + 0.5 * weights.dropFirst().prefix(2).reduce(0, +)) * factor
      if let shownWord, !words.contains(shownWord) { words.append(shownWord) }
    }
    return Match(
      coverage: Double(matchedGroups) / Double(max(reading.groups.count, 1)), score: score,
      source: reading.source, words: words)
  }

  /// BM25 weight of a stem in a document's text; lower for its printed cell and its domain.
  func termWeight(_ stem: String, in document: Document) -> Double {
    let count = Double(documents.count)
    let frequency = Double(documentFrequency[stem] ?? 0)
    let idf = naturalLogarithm(1 + (count - frequency + 0.5) / (frequency + 0.5))
    if let tf = document.text[stem] {
      let k1 = 1.2
      let b = 0.5
      let norm =
        Double(tf) * (k1 + 1)
        / (Double(tf) + k1 * (1 - b + b * Double(document.length) / averageLength))
      return idf * norm
    }
    if document.cell.contains(stem) { return idf * 0.35 }
    if document.context.contains(stem) { return idf * 0.3 }
    return 0
  }

  /// A bonus when the query's own words appear in the text as a whole phrase.
  func phraseBonus(_ units: [Unit], _ document: Document) -> Double {
    let literal = units.compactMap { unit in
      unit.readings.first { $0.source == .literal }.map { $0.groups.map { $0[0] } }
    }.flatMap { $0 }
    guard literal.count >= 2, document.sequence.count >= literal.count else { return 0 }
    for start in 0...(document.sequence.count - literal.count)
    where Array(document.sequence[start..<(start + literal.count)]) == literal {
      return 2
    }
    return 0
  }
}

/// The vocabulary's phrases by their stems, to find the longest one at each place in a query.
///
/// A phrase is found as written, and also with the words that only hold a sentence together
/// (``SearchIndex/grammatical``: "her", "the", "is") left out of both the phrase and the
/// query, so "looks after her mum" finds "looks after mum" and "cut his arms" finds "cut her
/// arms". A phrase that would keep fewer than two words that way ("in care") is
/// found only as written.
struct PhraseTable: Sendable {
  /// A concept as the table holds it: its groups of stems, and what it is about.
  typealias Concept = (groups: [[String]], kind: SearchConcept.Kind)
  /// One phrase: its stems as written, and its stems without grammatical words when it has two
  /// or more others (otherwise `nil`), to be found with the query's grammatical words skipped;
  /// and, for a phrase of one word whose stem is a word a query says little with
  /// (``SearchIndex/stopwords``), that word, which the query must then write as it is ("nos",
  /// nitrous oxide, stems to "no", which a query uses for other things).
  typealias Phrase = (stems: [String], content: [String]?, exactWord: String?, concept: Concept)
  /// First stem (as written, and of the content form) → phrases.
  let byFirstStem: [String: [Phrase]]
  /// The stems of the phrases' words of four letters or more, which no document need print
  /// ("cannabis", "insta"): a query word with one of them is a word the vocabulary knows.
  let wordStemSet: Set<String>
  /// The phrases' words of five letters or more as written and their stems, in order of the
  /// words: what a slip in a query may stand for besides a document's words
  /// (``SearchIndex/phraseCorrection(for:word:)``).
  let slipWords: [(word: [UInt8], stem: [UInt8])]

  static let shared = PhraseTable(SearchVocabulary.concepts)

  init(_ concepts: [SearchConcept]) {
    var table: [String: [Phrase]] = [:]
    var words: Set<String> = []
    var written: [String: String] = [:]
    // The vocabulary uses the same words many times: each is stemmed once.
    var known: [String: String] = [:]
    for concept in concepts {
      // Stems in the order the concept gives its words (the first are its core), each once.
      let groups = concept.means.map { group in
        var seen: Set<String> = []
        return group.map { word in
          SearchText.stem(
            SearchText.spelling(word.replacing("-", with: "").lowercased()), rememberingIn: &known)
        }.filter { seen.insert($0).inserted }
      }
      for phrase in concept.says {
        let tokens = SearchText.tokens(phrase, stems: &known)
        let stems = tokens.filter { token in
          // Compound forms are not part of a phrase's sequence.
          !phrase.contains("-") || !token.word.contains("-")
        }.map(\.stem)
        guard let first = stems.first else { continue }
        for stem in stems where stem.count >= 4 { words.insert(stem) }
        for token in tokens where token.word.count >= 5 { written[token.word] = token.stem }
        let kept = stems.filter { !SearchIndex.grammatical.contains($0) }
        let content = kept.count >= 2 ? kept : nil
        let exactWord =
          stems.count == 1 && tokens.count == 1
            && (SearchIndex.stopwords.contains(first) || SearchIndex.grammatical.contains(first))
          ? tokens[0].word : nil
        let entry: Phrase = (stems, content, exactWord, (groups, concept.kind))
        table[first, default: []].append(entry)
        if let content, content[0] != first { table[content[0], default: []].append(entry) }
      }
    }
    byFirstStem = table
    wordStemSet = words
    slipWords = written.sorted { $0.key < $1.key }.map {
      (Array($0.key.utf8), Array($0.value.utf8))
    }
  }

  /// The longest phrase starting at `index`, and every concept it stands for; the length counts
  /// the query's words the phrase spans, grammatical words between its words included.
  ///
  /// - Parameters:
  ///   - stems: The query's stems.
  ///   - word: The word at `index` as written (a phrase with an ``Phrase/exactWord`` needs it).
  ///   - index: Where the phrase would start.
  /// - Returns: How many of the query's words it spans and its concepts, or `nil` for none.
  func longestMatch(_ stems: [String], word: String, from index: Int) -> (
    length: Int, concepts: [Concept]
  )? {
    guard let candidates = byFirstStem[stems[index]] else { return nil }
    var best: (length: Int, concepts: [Concept])?
    for candidate in candidates {
      if let exact = candidate.exactWord, word != exact { continue }
      guard let length = Self.span(of: candidate, in: stems, from: index) else { continue }
      if length > (best?.length ?? 0) {
        best = (length, [candidate.concept])
      } else if length == best?.length {
        best?.concepts.append(candidate.concept)
      }
    }
    return best
  }

  /// How many of the query's stems from `index` a phrase spans: as written, or else its content
  /// form with the query's grammatical words skipped; `nil` when it is not there.
  private static func span(of phrase: Phrase, in stems: [String], from index: Int) -> Int? {
    let length = phrase.stems.count
    if index + length <= stems.count, stems[index..<(index + length)].elementsEqual(phrase.stems) {
      return length
    }
    guard let content = phrase.content, stems[index] == content[0] else { return nil }
    var position = index + 1
    for stem in content.dropFirst() {
      while position < stems.count, SearchIndex.grammatical.contains(stems[position]) {
        position += 1
      }
      guard position < stems.count, stems[position] == stem else { return nil }
      position += 1
    }
    return position - index
  }
}

/// The natural logarithm of a positive number, from its binary exponent and a short series
/// (the standard library has no `log`, and the core uses the standard library alone).
func naturalLogarithm(_ value: Double) -> Double {
  guard value > 0, value.isFinite else { return 0 }
  let ln2 = 0.693_147_180_559_945_3
  // value = significand × 2^exponent, significand in [1, 2).
  let exponent = Double(value.exponent)
  let significand = value.significand
  // ln(s) = 2 atanh((s - 1) / (s + 1)), a fast series for s near 1.
  let ratio = (significand - 1) / (significand + 1)
  let square = ratio * ratio
  var term = ratio
  var sum = 0.0
  var odd = 1.0
  for _ in 0..<12 {
    sum += term / odd
    term *= square
    odd += 2
  }
  return exponent * ln2 + 2 * sum
}
