/// How search reads words: lower case, typographic quotes and dashes folded, apostrophes
/// dropped ("child's" is "childs"), hyphens and other punctuation splitting words (with the
/// joined form kept too, so "self-harm" also reads as "selfharm"), US spellings read as UK
/// ones (behavior is behaviour, radicalized is radicalised), and each word reduced to its stem.
enum SearchText {
  /// One word of a text: its stem, and the word as written (lower case).
  struct Token: Sendable, Hashable {
    /// The stem that is matched.
    let stem: String
    /// The word as written, lower case (for saying why something matched).
    let word: String
    /// The word's position among the text's words.
    let position: Int
  }

  /// The words of a text, stemmed.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its tokens, in order (a hyphenated compound adds its joined form at the
  ///   position of its last part).
  static func tokens(_ text: String) -> [Token] {
    var stems: [String: String] = [:]
    return tokens(text, stems: &stems)
  }

  /// A word's stem, looked up in `stems` or worked out and added there (building an index or
  /// the vocabulary's phrase table stems the same words many times over).
  ///
  /// - Parameters:
  ///   - word: The word, as spelt (folded).
  ///   - stems: Stems already worked out, by word.
  /// - Returns: Its stem.
  static func stem(_ word: String, rememberingIn stems: inout [String: String]) -> String {
    if let known = stems[word] { return known }
    let result = stem(word)
    stems[word] = result
    return result
  }

  /// The words of a text, stemmed, remembering each word's stem in `stems` (building an index
  /// stems the same words many times over).
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - stems: Stems already worked out, by the word as spelt (folded); added to.
  /// - Returns: Its tokens, as ``tokens(_:)`` gives them.
  static func tokens(_ text: String, stems: inout [String: String]) -> [Token] {
    func stemmed(_ word: String) -> String { stem(word, rememberingIn: &stems) }
    var tokens: [Token] = []
    var current = ""
    var hyphenated: [String] = []
    var position = 0
    func finish(joinedBy separator: Unicode.Scalar?) {
      guard !current.isEmpty else {
        hyphenated.removeAll()
        return
      }
      let word = spelling(current)
      tokens.append(Token(stem: stemmed(word), word: word, position: position))
      position += 1
      hyphenated.append(word)
      if separator != "-" {
        if hyphenated.count > 1 {
          let joined = hyphenated.joined()
          tokens.append(Token(stem: stemmed(joined), word: joined, position: position - 1))
        }
        hyphenated.removeAll()
      }
      current = ""
    }
    for scalar in TextSearch.normalised(text).unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if scalar == "'" {
        continue
      } else {
        finish(joinedBy: scalar)
      }
    }
    finish(joinedBy: nil)
    return tokens
  }

  /// The stem of a word (spelling folded first), with the derivations the stemmer keeps apart
  /// joined.
  static func stem(_ word: String) -> String {
    if let kept = apart[word] { return kept }
    let stemmed = PorterStemmer.stem(word)
    return derivations[stemmed] ?? stemmed
  }

  /// Words the Porter stemmer joins with others that mean something else, kept apart: "respons"
  /// is both "response" and "responsibilities", "present" both "presents" (at hospital) and
  /// "presentation" (how a child looks), "practic" both "practice" and "practical", "set" both
  /// "set" and "settings" (nurseries, schools). The tool's own table.
  static let apart: [String: String] = [
    "responsibility": "responsib", "responsibilities": "responsib", "responsible": "responsib",
    "irresponsible": "irresponsib", "presentation": "presentation",
    "presentations": "presentation", "practical": "practical", "practically": "practical",
    "setting": "setting", "settings": "setting",
  ]

  /// Stems that name the same thing, which the Porter stemmer does not join (exclusion and
  /// exclude). The tool's own table.
  static let derivations: [String: String] = [
    "exclus": "exclud", "inclus": "includ", "decis": "decid", "provis": "provid",
    "intrus": "intrud", "percept": "perceiv", "offenc": "offend", "defenc": "defend",
    "absenc": "absent", "violenc": "violent", "pregnanc": "pregnant", "dependenc": "depend",
    "neglig": "neglect", "supervisori": "supervis", "truanci": "truant", "disabil": "disabl",
    "sexualis": "sexual", "radic": "radicalis",
  ]

  /// US spellings (and a few other variants) read as the UK spellings the documents use.
  static func spelling(_ word: String) -> String {
    if let known = spellings[word] { return word == known ? word : known }
    // -ize, -ized, -izing, -ization, -izer: the documents write -ise.
    for (us, uk) in suffixSpellings where word.hasSuffix(us) && word.count > us.count + 2 {
      let stem = word.dropLast(us.count)
      if !notIze.contains(String(stem)) { return stem + uk }
    }
    return word
  }

  private static let suffixSpellings: [(String, String)] = [
    ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"),
    ("izes", "ises"), ("ize", "ise"), ("izer", "iser"), ("yzed", "ysed"), ("yze", "yse"),
  ]

  /// Words that end in -ize in UK spelling too.
  private static let notIze: Set<String> = ["s", "pr", "capt", "s", "bapt"]

  private static let spellings: [String: String] = [
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "behaviorally": "behaviourally", "color": "colour", "neighbor": "neighbour",
    "neighbors": "neighbours", "neighborhood": "neighbourhood", "honor": "honour",
    "favor": "favour", "labor": "labour", "humor": "humour", "center": "centre",
    "centers": "centres", "defense": "defence", "offense": "offence", "offenses": "offences",
    "license": "licence", "pediatric": "paediatric", "pediatrician": "paediatrician",
    "anemia": "anaemia", "anemic": "anaemic", "diarrhea": "diarrhoea", "fetus": "foetus",
    "fetal": "foetal", "esophagus": "oesophagus", "program": "programme",
    "programs": "programmes", "judgment": "judgement", "mold": "mould", "moldy": "mouldy",
    "gray": "grey", "tire": "tyre", "counselor": "counsellor", "counseling": "counselling",
    "traveling": "travelling", "traveler": "traveller", "travelers": "travellers",
    "modeling": "modelling", "enroll": "enrol", "enrollment": "enrolment",
    "fulfill": "fulfil", "skillful": "skilful", "willful": "wilful", "mom": "mum",
    "moms": "mums", "mommy": "mummy", "pajamas": "pyjamas", "diaper": "nappy",
    "diapers": "nappies", "apartment": "flat", "kindergarten": "nursery", "grade": "year",
    "caregiver": "carer", "caregivers": "carers", "caretaker": "carer", "pedophile": "paedophile",
    "pedophiles": "paedophiles", "maneuver": "manoeuvre",
  ]
}
