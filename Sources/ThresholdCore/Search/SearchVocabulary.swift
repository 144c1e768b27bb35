/// The words practitioners use, and the words the documents use for the same things: the
/// tool's own vocabulary, kept as reviewable data. It is never shown as a document's words;
/// a search result says which of its words led to an indicator ("hungry → food"), and the
/// indicator is printed as the document prints it.
///
/// Each concept lists what people say (words, phrases, abbreviations) and what it means in
/// document words, as groups: every group must be found in an indicator for the concept to be
/// fully matched (so "dad drinks" needs a parent word and an alcohol word, and does not match
/// a child's own drinking). Words are compared by their stems, so "drinks" covers "drinking".
///
/// A concept is a concern unless it is marked as a strength, a need that is met ("doing well",
/// "good attender"), or as naming people. Where a document's universal level is one of needs met,
/// a universal indicator ranks after every other unless a strength's words found it, or the
/// query's own words did in a query that says no concern in everyday words: a concern can share
/// words with a universal indicator ("wants to kill himself" and "good mental health"; "sex
/// offender living with the family" and "stable families"). A concept marked as a person
/// ("uncles", "grandparents") says only who is involved: where a query also says what happened
/// ("her uncle touches her"), what happened counts for more. One marked as family ("mum",
/// "brother") says whose need it is, and counts in full, but is not by itself a concern.
public struct SearchConcept: Sendable {
  /// What a concept is about.
  public enum Kind: Sendable {
    /// A concern: the default.
    case concern
    /// A strength: a need that is met.
    case strength
    /// Who is involved, and nothing about what happened; it counts for less than what happened.
    case person
    /// A parent or a sibling: whose need it is (a parent's drinking, not the child's), which
    /// counts in full, but not by itself a concern.
    case family
  }

  /// What practitioners say.
  public let says: [String]
  /// What it means in document words: groups that must all be found; any word of a group will do.
  public let means: [[String]]
  /// What the concept is about.
  public let kind: Kind
  /// The indicators the concept was written to find, where it names them (the widened
  /// vocabulary does): an example beside the data, which one test runs, searching the first
  /// phrase of ``says`` in each of their rule sets for one of them in the first five.
  public private(set) var finds: [String] = []

  /// Creates a concept about a concern.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Groups of document words.
  public init(_ says: [String], means: [[String]]) {
    self.init(says, means: means, kind: .concern)
  }

  /// A concept about a concern whose meaning is one group of words.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Document words, any of which will do.
  public init(_ says: [String], _ means: [String]) {
    self.init(says, means: [means])
  }

  /// Creates a concept about a strength: a need that is met.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Groups of document words.
  public init(strength says: [String], means: [[String]]) {
    self.init(says, means: means, kind: .strength)
  }

  /// A concept about a strength whose meaning is one group of words.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Document words, any of which will do.
  public init(strength says: [String], _ means: [String]) {
    self.init(strength: says, means: [means])
  }

  /// A concept about who is involved, whose meaning is one group of words.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Document words, any of which will do.
  public init(person says: [String], _ means: [String]) {
    self.init(says, means: [means], kind: .person)
  }

  /// A concept naming a parent or a sibling, whose meaning is one group of words.
  ///
  /// - Parameters:
  ///   - says: What practitioners say.
  ///   - means: Document words, any of which will do.
  public init(family says: [String], _ means: [String]) {
    self.init(says, means: [means], kind: .family)
  }

  /// The concept, naming the indicators it was written to find (``finds``).
  ///
  /// - Parameter ids: Indicator identifiers, of any of the built-in rule sets.
  /// - Returns: The concept with ``finds`` set.
  public func finding(_ ids: [String]) -> SearchConcept {
    var concept = self
    concept.finds = ids
    return concept
  }

  private init(_ says: [String], means: [[String]], kind: Kind) {
    self.says = says
    self.means = means
    self.kind = kind
  }
}

/// The vocabulary. See ``SearchConcept``.
public enum SearchVocabulary {
  /// The rule sets whose universal level is where a child's needs are met, each with the words
  /// of its document's description of that level that say so: in these, a concern in everyday
  /// words never puts a universal indicator first (``SearchConcept/Kind/strength``). The choice is
  /// the tool's; it applies only while the level's description holds these words. Not
  /// Hertfordshire: its Level 1 is "Children and families with emerging needs which can be met
  /// within universal services", and its indicators there are concerns ("Poor punctuality").
  public static let universalLevelsOfNeedsMet: [String: String] = [
    "camden": "children whose needs are being met through universal",
    "herefordshire": "making good overall progress in all areas of their",
    "llr": "No identified additional services",
    "medway": "Children with no additional needs and where there are no concerns",
  ]

  private static let parent = [
    "parent", "parental", "carer", "mother", "father", "mum", "dad", "adult", "family",
    "caregiver", "parenting", "household",
  ]
  private static let alcohol = [
    "alcohol", "drink", "drinking", "substance", "substances", "drug", "drugs", "intoxicated",
    "misuse",
  ]
  private static let drugs = ["drug", "drugs", "substance", "substances", "misuse", "illegal"]
  private static let violenceAtHome = [
    "domestic", "violence", "abuse", "conflict", "argument", "hostile", "hostility", "aggression",
    "aggressive", "disharmony", "volatile", "abusive", "coercive",
  ]
  private static let mentalHealth = [
    "mental", "health", "depression", "depressed", "anxiety", "psychiatric", "illness",
    "emotional", "wellbeing",
  ]

  /// Every concept, grouped by what it is about.
  public static let concepts: [SearchConcept] =
    basicCare + health + development + education
    + behaviour + emotional + relationships + harm + exploitation + family + parentsIssues
    + environment + abbreviations + everyday + practitionerWordsA + practitionerWordsB
    + seriousHarmWords + widenedCamden + widenedHertfordshireLLR + widenedHerefordshireMedway

  // MARK: Basic care, neglect and home conditions

  static let basicCare: [SearchConcept] = [
    SearchConcept(
      [
        "hungry", "hunger", "starving", "starved", "no food", "not fed", "not eating", "no dinner",
        "no breakfast", "no lunch", "food bank", "free school meals", "takes food", "steals food",
        "scavenging", "skipping meals",
      ],
      [
        "food", "diet", "nutrition", "nutritional", "fed", "feeding", "hungry", "hunger", "meal",
        "meals", "eat", "eating", "basic", "needs", "warmth",
      ]),
    SearchConcept(
      [
        "head lice", "nits", "lice", "smells", "smelly", "stinks", "smell", "dirty", "unwashed",
        "grubby", "scruffy", "unkempt", "body odour", "bo", "filthy", "poor hygiene",
        "not washed", "dirty clothes", "same clothes", "soiled",
      ],
      [
        "hygiene", "unkempt", "dirty", "clean", "cleanliness", "clothing", "clothes", "appearance",
        "presentation", "washed", "infestation", "lice", "smell", "personal", "care", "self",
      ]),
    SearchConcept(
      [
        "wrong clothes", "no coat", "inappropriate clothing", "not dressed for weather",
        "no shoes", "clothes too small", "ill fitting clothes",
      ],
      ["clothing", "clothes", "dressed", "appropriate", "weather", "basic", "needs"]),
    SearchConcept(
      ["neglect", "neglected", "not looked after", "basic needs not met", "poor care"],
      // "basic" and "care" last, where they count less: a document that prints "neglect" ranks
      // above one found through "basic care" alone ("Basic care is sometimes inconsistent").
      ["neglect", "needs", "provide", "physical", "basic", "care"]),
    SearchConcept(
      [
        "left alone", "home alone", "home on her own", "home on his own", "on her own at home",
        "on his own at home", "home by herself", "home by himself", "left on her own",
        "left on his own", "alone after school", "home alone after school", "unsupervised",
        "no supervision", "left on own",
        "left in charge", "out late", "out all night", "wandering", "roaming the streets",
        "no one picks up", "not collected", "left with strangers",
      ],
      [
        "supervision", "supervised", "unsupervised", "alone", "left", "guidance", "boundaries",
        "safety", "inadequate",
      ]),
    SearchConcept(
      [
        "no boundaries", "no routine", "no rules", "no bedtime", "cant get him to bed",
        "cant get her to bed", "wont go to bed", "up til midnight", "up until midnight",
        "up all night", "up all night gaming", "gaming all night", "on the xbox all night",
        "late nights", "goes to bed late", "tired",
        "exhausted", "falls asleep in class", "sleeps in class", "always tired",
      ],
      [
        "boundaries", "routine", "routines", "guidance", "sleep", "tired", "bedtime",
        "consistent", "stability",
      ]),
    SearchConcept(
      ["cold house", "no heating", "no electricity", "no gas", "cold home"],
      ["warmth", "heating", "basic", "needs", "housing", "conditions", "amenities"]),
  ]

  // MARK: Health

  static let health: [SearchConcept] = [
    SearchConcept(
      [
        "not brought to appointments", "missed appointments", "dna", "did not attend",
        "not taken to doctor", "no gp", "not registered with gp", "not registered with a gp",
        "never seen by doctor", "not taken to dentist", "no dentist", "misses clinic",
        "was not brought", "wnb",
      ],
      [
        "appointments", "appointment", "health", "medical", "attend", "missed", "registered",
        "gp", "dentist", "dental", "check", "checks", "treatment", "seek", "sought", "advice",
      ]),
    SearchConcept(
      ["not vaccinated", "no jabs", "immunisations", "vaccinations", "vaccines", "injections"],
      ["immunisations", "immunisation", "checks", "health", "vaccinations"]),
    SearchConcept(
      [
        "rotten teeth", "teeth rotten", "bad teeth", "tooth decay", "toothache", "black teeth",
        "dental pain",
      ],
      ["dental", "teeth", "decay", "dentist", "oral", "health"]),
    SearchConcept(
      [
        "not gaining weight", "underweight", "too thin", "skinny", "weight loss", "losing weight",
        "faltering growth", "failure to thrive", "ftt", "small for age", "not growing",
      ],
      [
        "growth", "weight", "thrive", "faltering", "nutrition", "development", "physical",
        "fed", "feeding",
      ]),
    SearchConcept(
      ["overweight", "obese", "obesity", "fat"],
      ["obesity", "obese", "weight", "diet", "health"]),
    SearchConcept(
      ["medication", "medicine", "not given medicine", "meds", "inhaler", "epipen"],
      ["medication", "medical", "treatment", "health", "needs", "condition"]),
    SearchConcept(
      [
        "ill", "sick", "illness", "poorly", "long term illness", "chronic illness",
        "life limiting", "terminal", "cancer", "diabetes", "epilepsy", "asthma",
      ],
      ["health", "illness", "ill", "condition", "medical", "chronic", "disability"]),
    SearchConcept(
      [
        "sexual health", "sti", "std", "chlamydia", "contraception", "morning after pill",
        "emergency contraception", "sexually active", "having sex", "sleeping with",
      ],
      [
        "sexual", "health", "sexually", "activity", "active", "contraception", "transmitted",
        "infection",
      ]),
    SearchConcept(
      [
        "pregnant", "pregnancy", "expecting a baby", "teenage pregnancy", "teen mum",
        "already has a baby", "has a baby of her own", "already a mum", "already a dad",
        "teen dad", "young dad", "had a baby at",
        "young mum", "young parent", "teenage parent",
      ],
      ["pregnant", "pregnancy", "teenage", "parent", "parents", "young", "mother", "unborn"]),
    SearchConcept(
      [
        "late booking", "missed booking", "missed her booking", "missed booking appointment",
        "missed booking appt", "not booked in", "hasnt booked", "booked late",
        "concealed pregnancy", "hidden pregnancy",
        "no antenatal care", "missed antenatal", "not booked", "unbooked",
      ],
      [
        "antenatal", "pregnancy", "concealed", "booking", "care", "unborn", "midwife",
        "engage", "late",
      ]),
    SearchConcept(
      ["unborn", "unborn baby", "pre birth", "prebirth", "baby due", "expected baby"],
      ["unborn", "pre-birth", "prebirth", "pregnancy", "pregnant", "birth", "baby"]),
    SearchConcept(
      [
        "fabricated illness", "fii", "induced illness", "munchausen", "no one else has seen",
        "nobody else has seen", "nobody else has ever seen", "no one else has ever seen",
        "only mum has seen", "only mum sees", "makes up illnesses", "makes up symptoms",
        "exaggerates symptoms", "exaggerates his symptoms", "exaggerates her symptoms",
        "doctor shopping", "unnecessary medical tests", "keeps taking him to the doctors",
        "keeps taking her to the doctors",
      ],
      ["fabricated", "induced", "illness", "medical"]),
    SearchConcept(
      [
        "disabled", "disability", "special needs", "wheelchair", "complex needs",
        "learning disability", "physical disability", "additional needs",
      ],
      [
        "disability", "disabilities", "disabled", "special", "needs", "complex", "learning",
        "impairment", "additional",
      ]),
    SearchConcept(
      ["autism", "autistic", "asd", "asc", "aspergers", "asperger"],
      ["autism", "autistic", "spectrum", "communication", "disability", "special", "needs"]),
    SearchConcept(
      ["adhd", "add", "hyperactive", "hyperactivity", "attention deficit"],
      ["hyperactivity", "attention", "concentration", "behaviour", "special", "needs"]),
    SearchConcept(
      ["deaf", "hearing loss", "hearing impaired", "blind", "visually impaired", "sight loss"],
      ["hearing", "vision", "sensory", "impairment", "disability"]),
    SearchConcept(
      [
        "drinking", "drinks alcohol", "drunk", "alcohol", "smoking weed", "cannabis", "weed",
        "spice", "vaping", "smoking", "taking drugs", "using drugs", "high", "stoned",
        "nitrous oxide", "balloons",
      ],
      ["alcohol", "drug", "drugs", "substance", "substances", "misuse", "smoking", "use"]),
  ]

  // MARK: Development and learning

  static let development: [SearchConcept] = [
    SearchConcept(
      [
        "speech delay", "not talking", "no speech", "speech and language", "salt",
        "language delay", "cant talk", "few words", "delayed speech",
      ],
      ["speech", "language", "communication", "delay", "delayed", "development"]),
    SearchConcept(
      [
        "developmental delay", "delayed development", "behind for age", "not meeting milestones",
        "milestones", "not walking", "global delay",
      ],
      ["development", "developmental", "delay", "delayed", "milestones", "age", "appropriate"]),
    SearchConcept(
      [
        "wets the bed", "bed wetting", "bedwetting", "wetting", "soiling", "soils himself",
        "soils herself", "enuresis", "encopresis", "toileting", "not toilet trained",
      ],
      [
        "wetting", "soiling", "toileting", "toilet", "bed", "development", "self-care",
        "regression",
      ]),
  ]

  // MARK: School

  static let education: [SearchConcept] = [
    SearchConcept(
      [
        "wont go to school", "not going to school", "refuses school", "school refusal",
        "truanting", "truant", "truancy", "skipping school", "bunking off", "missing school",
        "off school", "poor attendance", "low attendance", "absent", "absences", "not in school",
        "out of school", "persistent absence", "late for school", "always late",
      ],
      [
        "attendance", "school", "absence", "absences", "absent", "truancy", "truanting",
        "education", "punctuality", "late", "unauthorised", "missing",
      ]),
    SearchConcept(
      [
        "excluded", "exclusion", "expelled", "suspended", "suspension", "kicked out of school",
        "sent home from school", "permanent exclusion", "fixed term exclusion", "managed move",
        "pru", "pupil referral unit", "alternative provision", "part time timetable",
        "reduced timetable",
      ],
      [
        "exclusion", "excluded", "exclusions", "school", "education", "provision",
        "permanent", "fixed", "term", "pupil",
      ]),
    SearchConcept(
      [
        "home educated", "home schooling", "home schooled", "ehe", "elective home education",
        "missing education", "cme", "not on roll", "no school place",
      ],
      ["education", "home", "school", "missing", "roll", "provision", "elective"]),
    SearchConcept(
      [
        "struggling at school", "behind at school", "falling behind", "poor progress",
        "underachieving", "not learning", "low attainment", "cant read", "learning difficulties",
        "dyslexia", "dyslexic",
      ],
      [
        "learning", "attainment", "progress", "achievement", "achieving", "education",
        "underachievement", "difficulties", "special", "educational", "needs",
      ]),
    SearchConcept(
      [
        "sen", "send", "sen support", "special educational needs", "statement", "ehcp", "ehc plan",
        "education health care plan", "education health and care plan",
      ],
      [
        "special", "educational", "needs", "sen", "statement", "plan", "education", "health",
        "care", "learning", "support",
      ]),
    SearchConcept(
      [
        "neet", "not in work", "not in education", "dropped out", "not in college or work",
        "not in college", "not in education or work", "not working or in college",
        "no college place", "dropped out of college", "no job", "unemployed teen",
        "left college", "nothing to do all day",
      ],
      ["employment", "education", "training", "neet", "engaged", "unemployment", "college"]),
    SearchConcept(
      [
        "bullied", "bullying", "being bullied", "picked on", "cyberbullying", "cyber bullying",
        "bully", "bullies others", "teased",
      ],
      [
        "bullying", "bullied", "bully", "victim", "peers", "peer", "discrimination",
        "harassment",
      ]),
  ]

  // MARK: Behaviour and offending

  static let behaviour: [SearchConcept] = [
    // A parent who cannot control a child: the documents' "beyond (parental) control" and "out
    // of (parental) control", not any indicator that shares "control" or "violence" with the
    // wider concept of behaviour below.
    SearchConcept(
      [
        "out of control", "out of parental control", "beyond control", "cant control him",
        "cant control her", "does what he wants", "does what she wants", "does whatever he wants",
        "does whatever she wants", "wont listen to mum", "no control over him",
        "no control over her", "parents cant control",
      ],
      means: [["control"], ["beyond", "parental", "out"]]),
    SearchConcept(
      [
        "behaviour problems", "bad behaviour", "naughty", "disruptive", "challenging behaviour",
        "kicking off", "tantrums", "meltdowns", "out of control", "out of parental control",
        "beyond control", "cant control him", "does what he wants", "does what she wants",
        "does whatever he wants", "does whatever she wants",
        "wont listen to mum", "no control over him", "no control over her", "cant control her",
        "defiant", "swearing",
        "swearing at teachers", "rude", "answering back", "lashing out", "hitting other children",
        "biting", "hitting other kids", "biting other kids", "biting other children",
        "hurting other children", "hurts other kids", "bites other children", "hits other children",
        "pushing other children", "hits other kids", "violent", "aggressive", "angry", "anger",
        "temper", "fighting", "fights",
      ],
      [
        "behaviour", "behavioural", "aggressive", "aggression", "violent", "violence",
        "challenging", "control", "difficulties", "conduct", "anger", "disruptive",
      ]),
    SearchConcept(
      [
        "hits parents", "violent to parents", "violent towards mum", "attacks mum",
        "child to parent violence", "cpv", "adolescent to parent violence",
      ],
      [
        "violence", "violent", "aggressive", "aggression", "parent", "parents", "family",
        "carer", "control",
      ]),
    SearchConcept(
      [
        "anti social", "asb", "antisocial behaviour", "vandalism", "graffiti", "shoplifting",
        "first caution", "police caution", "caught stealing", "caught shoplifting",
        "stealing", "theft", "steals", "arrested", "police involvement", "in trouble with police",
        "offending", "crime", "criminal", "burglary", "robbery", "youth offending", "yot",
        "yos", "court", "custody", "cautioned", "caution", "young offender", "on tag",
      ],
      [
        "offending", "crime", "criminal", "anti-social", "antisocial", "behaviour", "police",
        "youth", "justice", "theft", "arrest", "arrested", "custody", "court",
      ]),
    SearchConcept(
      [
        "knife", "knives", "carrying a knife", "weapon", "weapons", "gun", "stabbed",
        "stabbing",
      ],
      ["knife", "knives", "weapon", "weapons", "violence", "violent", "crime", "gang", "gangs"]),
    SearchConcept(
      ["gang", "gangs", "gang member", "postcode", "drill", "serious youth violence", "syv"],
      ["gang", "gangs", "violence", "exploitation", "criminal", "peers", "group"]),
    SearchConcept(
      [
        "missing", "missing from home", "goes missing", "runs away", "running away", "ran away",
        "absconds", "absconding", "mfh", "missing episodes", "stays out overnight",
        "doesnt come home", "out all night",
      ],
      ["missing", "run", "runaway", "away", "home", "absconding", "episodes", "whereabouts"]),
    SearchConcept(
      [
        "sexualised behaviour", "sexualized behaviour", "sexual behaviour", "inappropriate sexual",
        "touching other children", "harmful sexual behaviour", "hsb", "masturbating",
        "sexual language", "knows too much about sex", "watching porn", "pornography", "porn",
        "sexting", "nudes", "sending nudes", "indecent images",
      ],
      [
        "sexual", "sexualised", "behaviour", "inappropriate", "harmful", "pornography",
        "images", "age", "technology", "cyber",
      ]),
  ]

  // MARK: Emotional health

  static let emotional: [SearchConcept] = [
    SearchConcept(
      [
        "self harm", "selfharm", "self harming", "self-harming", "cutting", "cutting herself",
        "cutting himself", "cuts", "cut her arms", "scratching", "burning herself",
        "hurting herself", "hurting himself", "head banging", "overdose", "overdosed", "od",
      ],
      [
        "self-harm", "self", "harm", "harming", "cutting", "overdose", "injury", "suicide",
        "mental", "emotional",
      ]),
    SearchConcept(
      [
        "suicidal", "suicide", "wants to die", "wants to kill herself", "wants to kill himself",
        "suicide attempt", "tried to kill", "suicidal thoughts", "ending it",
      ],
      ["suicide", "suicidal", "self-harm", "mental", "overdose", "emotional"]),
    SearchConcept(
      [
        "low mood", "depressed", "depression", "sad", "unhappy", "crying", "tearful",
        "withdrawn", "quiet", "shut down", "totally shut down", "very quiet", "wont talk to staff",
        "wont talk to anyone", "doesnt talk to anyone", "anxious", "anxiety", "worries",
        "panic attacks", "stressed", "nervous", "fearful", "scared", "frightened",
        "mental health", "camhs", "counselling", "emotional difficulties", "eating disorder",
        "anorexia", "bulimia", "not eating", "ocd", "psychosis", "hearing voices",
        "emotional wellbeing", "emotionally", "trauma", "traumatised", "ptsd", "nightmares",
      ],
      [
        "emotional", "mental", "health", "depression", "anxiety", "wellbeing", "withdrawn",
        "distress", "distressed", "camhs", "psychological", "eating", "disorder",
        "difficulties", "mood", "self-esteem",
      ]),
    SearchConcept(
      [
        "low self esteem", "low confidence", "no confidence", "hates himself", "hates herself",
        "self worth", "no friends", "isolated", "lonely", "loner",
      ],
      [
        "self-esteem", "esteem", "confidence", "isolated", "isolation", "friends", "peer",
        "relationships", "identity", "image",
      ]),
    SearchConcept(
      [
        "bereavement", "bereaved", "death in family", "dad died", "mum died", "parent died",
        "grief", "grieving", "loss",
      ],
      ["bereavement", "bereaved", "loss", "death", "died", "grief"]),
  ]

  // MARK: Identity and relationships

  static let relationships: [SearchConcept] = [
    SearchConcept(
      [
        "lgbt", "lgbtq", "gay", "lesbian", "transgender", "trans", "gender identity",
        "sexuality", "sexual orientation", "coming out", "questioning gender",
      ],
      ["sexuality", "gender", "identity", "sexual", "orientation", "discrimination"]),
    SearchConcept(
      [
        "racism", "racist", "racial abuse", "hate crime", "discriminated", "discrimination",
        "islamophobia", "homophobic",
      ],
      ["discrimination", "racism", "racial", "harassment", "identity", "hate", "prejudice"]),
    SearchConcept(
      [
        "no attachment", "attachment", "poor bond", "no bond", "bonding", "attachment issues",
        "doesnt bond", "cold towards baby", "rejecting", "rejected", "unwanted", "scapegoated",
        "scapegoat", "blamed", "favourite child", "treated differently",
      ],
      [
        "attachment", "bond", "bonding", "rejection", "rejected", "relationship",
        "relationships", "warmth", "affection", "emotional", "scapegoated", "parent", "child",
      ]),
    SearchConcept(
      [
        "parents separated", "separation", "divorce", "parents split up", "contact dispute",
        "custody battle", "court proceedings", "family breakdown", "relationship breakdown",
      ],
      [
        "separation", "divorce", "breakdown", "family", "relationships", "conflict", "contact",
        "parents",
      ]),
    SearchConcept(
      [
        "young carer", "carer for mum", "cares for mum", "cares for dad", "looks after mum",
        "caring responsibilities", "caring for parent", "looks after dad",
        "looks after disabled mum", "looks after disabled dad", "looks after poorly mum",
        "looks after sick mum", "caring for mum", "caring for dad",
      ],
      // Two groups, each of one word: "caring" and "responsibilities" stem as "care" and
      // "respons", which "care arrangements" and "lack of response" share.
      means: [["young"], ["carer", "carers"]]),
    SearchConcept(
      [
        "private fostering", "privately fostered", "living with friends", "living with aunt",
        "living with mums friend", "staying with friends", "not living with parents",
        "sent to live with relatives",
      ],
      ["privately", "fostered", "fostering", "private", "arrangement", "relatives", "living"]),
    SearchConcept(
      [
        "in care", "looked after", "lac", "cla", "child looked after", "foster care", "fostered",
        "care leaver", "care leavers", "leaving care", "childrens home", "residential",
        "special guardianship", "sgo", "kinship care", "adopted", "adoption",
      ],
      [
        "looked", "after", "care", "fostered", "foster", "leaver", "leavers", "accommodated",
        "accommodation", "adopted", "adoption", "guardianship",
      ]),
  ]

  // MARK: Abuse and harm

  static let harm: [SearchConcept] = [
    SearchConcept(
      [
        "bruise", "bruises", "bruising", "bruised", "marks", "mark on", "injury", "injuries",
        "injured", "cut", "burn", "burns", "burnt", "scald", "fracture", "broken arm",
        "broken bone", "bite mark", "black eye", "fingertip marks", "slap mark", "welts",
        "nai", "non accidental injury", "unexplained injury",
      ],
      [
        "bruising", "bruise", "injury", "injuries", "marks", "burns", "fractures", "physical",
        "abuse", "harm", "unexplained", "non-accidental",
      ]),
    SearchConcept(
      ["bruise on face", "face bruised", "black eye", "mark on face", "injury to face"],
      means: [["bruising", "bruise", "injury", "injuries", "marks"]]),
    SearchConcept(
      [
        "hit", "hits", "hitting", "slapped", "smacked", "smacking", "punched", "kicked",
        "beaten", "beats", "beat him", "beat her", "belted", "physical punishment",
        "physically abused", "physical abuse", "shaken", "shaking", "strangled", "choked",
        "pushed",
      ],
      [
        "physical", "abuse", "harm", "injury", "violence", "violent", "assault", "punishment",
        "chastisement", "hit",
      ]),
    SearchConcept(
      [
        "dad hits him", "dad hits her", "mum hits him", "mum hits her", "parent hits child",
        "hit by dad", "hit by mum", "hit by parent", "beaten by dad", "beaten by mum",
      ],
      means: [
        [
          "physical", "abuse", "harm", "injury", "violence", "assault", "punishment",
          "chastisement", "non-accidental",
        ],
        ["parent", "parents", "carer", "carers", "adult", "child", "children", "physical"],
      ]),
    SearchConcept(
      [
        "sexual abuse", "sexually abused", "abused", "touched", "touched him", "touched her",
        "inappropriate touching", "molested", "raped", "rape", "sexual assault",
        "disclosed abuse", "disclosure", "interfered with",
      ],
      ["sexual", "abuse", "abused", "assault", "rape", "disclosure", "harm"]),
    SearchConcept(
      [
        "emotional abuse", "emotionally abused", "shouted at", "screamed at", "belittled",
        "put down", "called names", "humiliated", "threatened", "ignored", "criticised",
        "constantly criticised", "told he is stupid", "told she is stupid", "frightened of dad",
        "frightened of mum", "scared of dad", "scared of mum", "scared to go home",
        "doesnt want to go home",
      ],
      [
        "emotional", "abuse", "criticism", "hostility", "rejection", "rejected", "warmth",
        "fear", "frightened", "scapegoated", "humiliation", "belittling", "harm",
      ]),
    SearchConcept(
      [
        "shouting at home", "arguing at home", "parents argue", "parents fighting",
        "parents shout", "parents arguing", "parents shouting", "shout and argue",
        "always rowing",
        "parents fight", "rows at home", "screaming matches", "dad hits mum", "mum hits dad",
        "dv", "da", "domestic", "domestic violence", "dad attacks mum", "dad attacked mum",
        "attacked mum", "beats mum", "dad beats mum", "kids hide when", "hide when dad",
        "domestic abuse", "wife beating",
        "partner violence", "ipv", "coercive control", "controlling partner", "controlling dad",
        "police called to home", "police called to house", "marac", "idva", "refuge",
        "fleeing violence", "fled violence", "witnessed violence", "saw dad hit mum",
      ],
      [
        "domestic", "violence", "abuse", "conflict", "argument", "arguments", "hostility",
        "aggression", "disharmony", "coercive", "controlling", "partner", "relationship",
        "marac", "refuge",
      ]),
    SearchConcept(
      [
        "significant harm", "at risk of harm", "unsafe", "not safe", "in danger",
        "immediate danger", "child protection", "cp", "section 47", "s47",
        "child protection plan", "cp plan",
      ],
      ["significant", "harm", "risk", "protection", "safety", "safe", "danger", "abuse"]),
    SearchConcept(
      ["child in need", "cin", "section 17", "s17"],
      ["need", "needs", "child", "complex", "assessment", "social"]),
    SearchConcept(
      [
        "early help", "eha", "caf", "common assessment", "team around the family", "taf",
        "tac", "family support",
      ],
      ["early", "help", "caf", "common", "assessment", "support", "targeted", "team", "family"]),
  ]

  // MARK: Exploitation and extremism

  static let exploitation: [SearchConcept] = [
    SearchConcept(
      [
        "older boyfriend", "hangs out with older", "older boys", "much older friends",
        "hangs around with adults", "older boyfriends", "older men", "older man",
        "older girlfriend",
        "grooming", "groomed", "groomer", "being groomed", "cse", "sexual exploitation",
        "sexually exploited", "gifts from older", "new phone", "expensive gifts",
        "getting into cars", "picked up in cars", "lifts from men", "parties with adults",
        "child sexual exploitation", "online grooming", "meeting strangers", "met online",
      ],
      [
        "sexual", "exploitation", "exploited", "grooming", "groomed", "older", "risk",
        "cse", "adults", "relationships", "vulnerable",
      ]),
    SearchConcept(
      [
        "county lines", "drug running", "running drugs", "carrying drugs", "dealing drugs",
        "dealing", "cce", "criminal exploitation", "child criminal exploitation", "plugging",
        "trap house", "cuckooing", "cuckooed", "unexplained money", "new trainers",
        "unexplained cash", "debt bondage",
      ],
      [
        "criminal", "exploitation", "exploited", "gang", "gangs", "drugs", "county", "lines",
        "trafficking", "trafficked", "crime", "money",
      ]),
    SearchConcept(
      [
        "trafficked", "trafficking", "modern slavery", "slavery", "forced labour",
        "forced to work", "nrm", "brought into country", "smuggled",
      ],
      ["trafficking", "trafficked", "slavery", "exploitation", "exploited", "forced"]),
    SearchConcept(
      [
        "radicalised", "radicalized", "radicalisation", "radicalization", "extremism",
        "extremist", "extremist views", "terrorist", "terrorism", "prevent", "channel",
        "far right", "islamist", "isis", "jihadi", "hate speech", "extremist websites",
      ],
      [
        "radicalisation", "radicalised", "radicalise", "extremism", "extremist", "extreme",
        "views", "terrorism", "ideology", "prevent",
      ]),
    SearchConcept(
      [
        "fgm", "female genital mutilation", "cutting girls", "cut her daughter",
        "have her daughter cut", "will be cut", "going to be cut", "being cut",
        "get cut on holiday", "cut on holiday", "trip home to be cut", "cutting ceremony",
        "circumcision",
        "going abroad for cutting", "holiday to be cut", "breast ironing",
      ],
      // Not "harmful" (alone it finds harmful sexual behaviour) nor "practices" (its stem is
      // that of "practical").
      ["fgm", "female", "genital", "mutilation", "cultural"]),
    SearchConcept(
      [
        "forced marriage", "arranged marriage", "married off", "taken abroad to marry",
        "honour based violence", "honour based abuse", "hbv", "hba", "honour",
      ],
      ["forced", "marriage", "honour", "based", "violence", "abuse", "cultural"]),
    SearchConcept(
      [
        "online safety", "online", "internet", "social media", "gaming", "chatting to strangers",
        "webcam", "screen time", "phone",
      ],
      ["online", "internet", "social", "media", "technology", "images", "exploitation"]),
  ]

  // MARK: Family circumstances

  static let family: [SearchConcept] = [
    SearchConcept(
      [
        "parent in prison", "dad in prison", "mum in prison", "dad locked up", "mum locked up",
        "dad inside", "father in jail", "parent in jail", "prisoner", "incarcerated",
        "dad on remand", "parent arrested",
      ],
      [
        "prison", "prisoners", "custody", "imprisonment", "imprisoned", "offending", "criminal",
        "parent", "parents", "family",
      ]),
    SearchConcept(
      [
        "asylum", "asylum seeker", "refugee", "refugees", "uasc", "unaccompanied",
        "no recourse to public funds", "nrpf", "immigration", "undocumented", "overstayer",
        "new to the country", "just arrived in uk", "doesnt speak english", "eal",
        "english as additional language", "interpreter",
      ],
      [
        "asylum", "refugee", "immigration", "unaccompanied", "recourse", "language",
        "english", "status", "country",
      ]),
    SearchConcept(
      ["traveller", "travellers", "gypsy", "roma", "grt", "show people"],
      ["traveller", "travellers", "gypsy", "roma", "cultural", "identity"]),
    SearchConcept(
      [
        "new baby", "new partner", "mums new boyfriend", "dads new girlfriend", "stepdad",
        "step dad", "stepmum", "step mum", "new man in the house", "unknown adults",
        "adults coming and going", "lots of visitors", "strangers in house",
      ],
      ["partner", "adults", "household", "new", "family", "risk", "changes", "schedule"]),
    SearchConcept(
      [
        "sex offender", "schedule one", "schedule 1", "risk to children", "paedophile",
        "registered sex offender", "rso", "convicted of offences against children",
      ],
      ["risk", "children", "offender", "offences", "schedule", "sexual", "harm", "adults"]),
  ]

  // MARK: Parents' own difficulties

  static let parentsIssues: [SearchConcept] = [
    SearchConcept(
      [
        "dad drinks", "mum drinks", "parents drink", "parent drinks", "dad drunk", "mum drunk",
        "drunk parent", "drunk at pickup", "smells of alcohol", "alcoholic parent",
        "alcoholic mum", "alcoholic dad", "parental alcohol", "parental drinking",
        "mum drunk at pickup", "dad is an alcoholic", "mum is an alcoholic",
      ],
      means: [parent, alcohol]),
    SearchConcept(
      [
        "dad uses drugs", "mum uses drugs", "parents use drugs", "parent on drugs",
        "mum on drugs", "dad on drugs", "drug using parent", "parental drug use",
        "parental substance misuse", "mum takes heroin", "dad smokes weed", "methadone",
        "needles in the house", "needles left", "needles left out", "needles round the house",
        "needles around the house", "syringes", "drugs in the house", "drug paraphernalia",
      ],
      means: [parent, drugs]),
    SearchConcept(
      [
        "mum depressed", "dad depressed", "mum has depression", "parent mental health",
        "parental mental health", "postnatal depression", "mum very low", "mum is low", "mum low",
        "mum feeling low", "low since the baby", "low since baby born", "not getting out of bed",
        "cant get out of bed", "stays in bed all day", "mum anxious", "mum is anxious",
        "mums anxiety", "mum has anxiety", "pnd", "post natal depression",
        "mum mentally ill", "dad mentally ill", "mum sectioned", "dad sectioned",
        "bipolar mum", "schizophrenic parent", "mum suicidal", "dad suicidal",
        "mum self harms", "parent self harms",
      ],
      means: [parent, mentalHealth]),
    SearchConcept(
      [
        "parent learning disability", "mum learning disability", "dad learning disability",
        "parent with learning difficulties", "parents learning difficulties",
      ],
      means: [parent, ["learning", "disability", "difficulties", "capacity"]]),
    SearchConcept(
      [
        "parent disabled", "mum disabled", "dad disabled", "parent ill", "mum ill", "dad ill",
        "mum has cancer", "dad has cancer", "parent in hospital", "poorly mum",
      ],
      means: [parent, ["illness", "ill", "health", "disability", "physical", "disabled"]]),
    SearchConcept(
      [
        "parent cant cope", "mum not coping", "dad not coping", "struggling parent",
        "overwhelmed mum", "parenting problems", "poor parenting", "inconsistent parenting",
        "lack of parenting", "parenting support", "asking for help", "asking for parenting help",
        "parents asking for help", "asking for advice", "asked for help with", "wants help with",
        "parenting course",
      ],
      means: [
        parent,
        [
          "parenting", "cope", "coping", "capacity", "support", "consistent",
          "inconsistent", "care", "difficulties",
        ],
      ]),
  ]

  // MARK: Housing, money and community

  static let environment: [SearchConcept] = [
    SearchConcept(
      [
        "sofa surfing", "homeless", "homelessness", "no fixed abode", "nfa address",
        "temporary accommodation", "hostel", "b and b", "bed and breakfast", "evicted",
        "eviction", "facing eviction", "sleeping rough", "sleeping in car", "kicked out",
        "thrown out", "sofa surfs", "moving around", "lots of moves", "frequent moves",
        "transient", "no home",
      ],
      [
        "homeless", "homelessness", "housing", "accommodation", "temporary", "unsuitable",
        "eviction", "moves", "unstable", "transient", "tenancy", "abode",
      ]),
    SearchConcept(
      [
        "overcrowded", "overcrowding", "too many people", "sharing a bed", "no bed",
        "no cot", "sleeps on floor", "one bedroom",
      ],
      ["overcrowded", "overcrowding", "housing", "accommodation", "space", "conditions"]),
    SearchConcept(
      [
        "damp", "mould", "mouldy", "dirty house", "filthy house", "messy house",
        "house is a tip", "hoarding", "rubbish everywhere", "dog mess", "unsafe house",
        "poor housing", "bad housing", "squalid", "home conditions", "vermin", "rats", "mice",
        "cockroaches", "bed bugs", "no furniture", "hazards in home",
      ],
      [
        "housing", "conditions", "home", "hygiene", "dirty", "unsafe", "hazards", "damp",
        "environment", "repair", "accommodation", "living",
      ]),
    SearchConcept(
      [
        "money problems", "no money", "debt", "debts", "in debt", "poverty", "poor", "skint",
        "benefits", "benefit sanction", "sanctioned", "universal credit", "low income",
        "cant afford", "financial difficulties", "rent arrears", "arrears", "loan sharks",
        "gambling", "fuel poverty",
      ],
      [
        "financial", "finances", "debt", "debts", "poverty", "income", "money", "benefits",
        "low", "hardship", "unemployment", "budgeting",
      ]),
    SearchConcept(
      ["unemployed", "no job", "lost job", "out of work", "parents unemployed"],
      ["unemployment", "unemployed", "employment", "income", "financial", "work"]),
    SearchConcept(
      [
        "isolated family", "no support", "no family support", "no friends or family",
        "new to area", "socially isolated", "no support network",
      ],
      ["isolation", "isolated", "social", "support", "network", "community", "family"]),
    SearchConcept(
      [
        "neighbour dispute", "harassed by neighbours", "bad area", "rough area", "estate",
        "community", "neighbourhood",
      ],
      ["community", "neighbourhood", "neighbours", "harassment", "resources", "local"]),
  ]

  // MARK: Abbreviations in daily use

  static let abbreviations: [SearchConcept] =
    [
      SearchConcept(["mh"], ["mental", "health", "emotional", "wellbeing"]),
      SearchConcept(
        ["nfa", "no further action"],
        [
          "no", "further", "action", "referral", "repeat",
          "previous",
        ]),
      SearchConcept(
        ["sw", "social worker", "social services", "social care", "csc"],
        ["social", "care", "worker", "services", "children"]),
      SearchConcept(
        ["hv", "health visitor", "health visiting"], means: [["health"], ["visitor", "visiting"]]),
      SearchConcept(["gp", "doctor"], ["gp", "health", "medical", "registered", "doctor"]),
      SearchConcept(
        ["ed", "a and e", "a&e", "hospital"],
        [
          "hospital", "emergency", "attendance",
          "attendances", "injury", "medical",
        ]),
      SearchConcept(["dsl", "designated safeguarding lead"], ["safeguarding", "concerns"]),
      SearchConcept(["rso"], ["risk", "offender", "sexual"]),
    ]

  // MARK: More everyday words, by what they are about

  static let everyday: [SearchConcept] = [
    // Health and care.
    SearchConcept(
      ["dentist", "dental", "teeth", "tooth", "toothbrush", "brushing teeth"],
      ["dental", "teeth", "decay", "dentist", "oral", "health", "checks"]),
    SearchConcept(
      ["jabs", "jabs not done", "vaccines not done", "not immunised", "missed jabs"],
      ["immunisations", "immunisation", "checks", "appointments", "routine", "health"]),
    SearchConcept(
      ["hospital", "in hospital", "a and e visits", "frequent hospital visits"],
      ["hospital", "medical", "health", "illness", "ill", "attendances", "treatment"]),
    SearchConcept(
      [
        "always poorly", "often ill", "off sick a lot", "keeps getting ill", "poorly a lot",
        "minor illnesses",
      ],
      ["minor", "health", "problems", "illness", "recurring", "frequent", "persistent"]),
    SearchConcept(
      [
        "epilepsy", "epileptic", "diabetic", "sickle cell", "cystic fibrosis", "asthmatic",
        "long term condition", "chronic condition", "heart condition",
      ],
      ["chronic", "health", "problems", "condition", "recurring", "illness", "medical"]),
    SearchConcept(
      [
        "cerebral palsy", "down syndrome", "downs syndrome", "wheelchair user", "severely disabled",
        "profound disability", "life limiting condition", "complex medical needs", "tube fed",
      ],
      [
        "disability", "disabilities", "disabled", "lifelong", "complex", "severe", "specialist",
        "impairment",
      ]),
    SearchConcept(
      ["respite", "short breaks", "carers break"],
      ["specialist", "services", "support", "disabled", "short", "breaks", "respite"]),
    SearchConcept(
      [
        "treatment not sought", "not getting treatment", "refuses treatment",
        "wont take him to doctor",
        "not giving medication", "not giving his medicine", "not giving her medicine",
        "medical neglect", "inhalers",
      ],
      [
        "treatment", "medical", "sought", "refusing", "health", "needs", "addressed", "care",
        "untreated",
      ]),
    SearchConcept(
      [
        "wees", "hurts when she wees", "sore private parts", "bleeding down below", "genital pain",
        "discharge",
      ],
      ["genitals", "pain", "bleeding", "discharges", "infections", "urination", "sexual"]),
    SearchConcept(
      [
        "eating disorder", "anorexic", "bulimic", "not eating properly", "only eats crisps",
        "fussy eater",
        "picky eater", "junk food", "restricted diet", "eats rubbish",
      ],
      ["diet", "eating", "food", "nutrition", "restricted", "disorder", "disorders", "dietary"]),
    SearchConcept(
      ["smokes", "smoking cigarettes", "cigarettes", "vapes"],
      ["smoking", "cigarettes", "tobacco", "substance", "substances"]),
    SearchConcept(
      ["bedwetting", "wets himself", "wets herself", "accidents"],
      ["wetting", "soiling", "toileting", "accidents", "regression"]),
    SearchConcept(
      [
        "cant dress himself", "cant dress herself", "cant feed himself", "self care",
        "cant wash himself",
        "independence skills", "not independent",
      ],
      [
        "self-care", "self", "care", "skills", "independent", "independence", "dress",
        "responsibility",
      ]),
    SearchConcept(
      ["cant cook", "cant manage money", "life skills", "living skills", "cant budget"],
      ["living", "skills", "independent", "independence", "lack", "money"]),
    // Development and play.
    SearchConcept(
      [
        "not played with", "never read to", "no toys", "no books", "not stimulated",
        "left in front of tv",
        "in front of the telly", "sat in front of telly", "screen all day", "left in cot",
        "left in buggy",
        "no stimulation",
      ],
      [
        "stimulation", "toys", "books", "play", "learning", "opportunities", "experiences",
        "activities",
      ]),
    SearchConcept(
      ["nursery", "preschool", "pre school", "early years", "childminder", "playgroup"],
      ["early", "years", "setting", "settings", "provision", "nursery", "childrens", "centre"]),
    SearchConcept(
      [
        "late to nursery", "late for nursery", "late to school", "always late", "poor punctuality",
        "turns up late",
      ],
      ["punctuality", "late", "attendance", "lateness"]),
    SearchConcept(
      ["speech", "talking", "words", "language"],
      ["speech", "language", "communication", "delay"]),
    SearchConcept(
      ["clingy", "separation anxiety", "cries when mum leaves", "wont leave mum", "wont settle"],
      ["separation", "anxiety", "attachment", "attachments", "insecure", "clingy"]),
    SearchConcept(
      [
        "goes to anyone", "goes to any adult", "too friendly with strangers", "indiscriminate",
        "overly friendly", "sits on strangers laps",
      ],
      ["undifferentiated", "attachments", "attachment", "indiscriminate", "strangers", "adults"]),
    SearchConcept(
      strength: [
        "doing well", "doing fine", "no concerns", "thriving", "happy child", "settled",
        "healthy child",
        "meeting milestones",
      ],
      [
        "good", "healthy", "achieving", "appropriate", "progress", "meeting", "needs", "met",
        "positive", "well",
      ]),
    SearchConcept(
      strength: [
        "doing well at school", "good at school", "achieving at school", "top of the class",
      ],
      [
        "achieving", "attainment", "progress", "education", "barriers", "learning", "key", "stages",
        "good",
      ]),
    SearchConcept(
      strength: [
        "clubs", "after school clubs", "hobbies", "football club", "activities", "sports club",
        "youth club",
        "scouts", "brownies",
      ],
      ["activities", "positive", "leisure", "access", "community", "interests", "experiences"]),
    SearchConcept(
      [
        "never goes out", "no clubs", "nothing to do", "nothing for kids to do", "bored",
        "stuck indoors",
      ],
      [
        "leisure", "activities", "constructive", "experiences", "amenities", "access", "facilities",
        "lack",
      ]),
    SearchConcept(
      ["nowhere to play", "nowhere safe to play", "no park", "unsafe area to play"],
      [
        "community", "play", "child-friendly", "hostile", "leisure", "amenities", "facilities",
        "safe",
      ]),
    SearchConcept(
      strength: ["friends", "lots of friends", "mates", "good friends", "popular"],
      ["friendship", "friends", "networks", "peer", "peers", "relationships", "social"]),
    SearchConcept(
      [
        "no friends", "no mates", "friendless", "left out", "excluded by peers", "plays alone",
        "doesnt play with anyone", "plays on her own", "plays on his own", "no one to play with",
        "on her own at lunch", "on his own at lunch", "on her own at break", "on his own at break",
        "sits on her own", "sits on his own",
        "loner", "on his own", "on her own", "keeps to himself", "keeps to herself",
      ],
      [
        "peer", "peers", "relationships", "friendship", "friends", "alone", "isolated",
        "unconnected", "social",
      ]),
    SearchConcept(
      ["falls out with friends", "fights with friends", "cant keep friends", "peer problems"],
      ["peer", "peers", "relationships", "difficulties", "maintain", "friendship"]),
    // School.
    SearchConcept(
      [
        "skipping lessons", "bunking lessons", "missing lessons", "truants", "walks out of lessons",
        "leaves school",
      ],
      ["absences", "attendance", "truanting", "truancy", "unauthorised", "school", "missing"]),
    SearchConcept(
      [
        "parents evening", "never comes to school", "parents dont engage with school",
        "school cant get hold of parents", "no contact with school",
      ],
      [
        "home-school", "home", "school", "links", "link", "parental", "support", "engagement",
        "education",
      ]),
    SearchConcept(
      [
        "parents dont care about school", "no help with homework",
        "parents dont help with homework",
        "no support with learning", "parents not interested in education",
      ],
      ["parental", "support", "education", "learning", "parent", "carer", "lack", "interest"]),
    SearchConcept(
      [
        "pushy parents", "pushes him so hard", "pushes her so hard", "pushes him too hard",
        "pushes her too hard", "tutoring every day", "tutoring 7 days a week", "too much tutoring",
        "too much pressure", "pressure to achieve", "hothoused", "tiger parent",
      ],
      ["pressure", "undue", "achieve", "expectations", "parental"]),
    SearchConcept(
      [
        "one to one", "1:1", "teaching assistant", "needs a ta", "special school",
        "specialist school",
        "resource base", "needs 1:1",
      ],
      [
        "specialist", "support", "special", "educational", "needs", "mainstream", "school",
        "provision",
      ]),
    SearchConcept(
      ["no school place", "no school", "not on a school roll", "waiting for a school place"],
      ["school", "placement", "place", "education", "roll", "missing"]),
    SearchConcept(
      [
        "hates school", "wont join in", "disengaged", "switched off", "not engaged",
        "no motivation",
      ],
      ["engaged", "engagement", "learning", "motivation", "school", "alienates", "attitude"]),
    SearchConcept(
      [
        "no qualifications", "left school early", "cant read or write", "illiterate",
        "poor literacy",
      ],
      ["education", "formal", "qualifications", "literacy", "learning", "difficulties", "limited"]),
    // Behaviour and risk.
    SearchConcept(
      [
        "reckless", "risk taking", "no sense of danger", "takes risks", "dangerous behaviour",
        "doesnt care about risks", "doesnt care anymore", "thrill seeking",
      ],
      ["risk", "risky", "risk-taking", "behaviour", "danger", "disregard", "putting", "safety"]),
    SearchConcept(
      [
        "hanging around with older", "bad crowd", "wrong crowd", "older lads", "older kids",
        "hangs around with older", "new group of friends",
      ],
      ["peers", "associating", "anti-social", "older", "gang", "group", "risk"]),
    SearchConcept(
      ["carries a knife", "has a knife", "brought a knife to school"],
      ["knife", "weapon", "weapons", "risk", "others", "harm", "puts", "violence"]),
    SearchConcept(
      ["mugged", "robbed", "assaulted", "beaten up", "attacked in the street", "victim"],
      ["victim", "crime", "crimes", "assault", "harm"]),
    SearchConcept(
      ["runs off", "run off", "ran off", "takes off", "disappears"],
      ["missing", "run", "running", "absconding", "away", "whereabouts"]),
    SearchConcept(
      [
        "brother hits her", "sister hits him", "brother attacks", "sibling violence",
        "siblings fight",
        "fighting with siblings",
      ],
      ["sibling", "siblings", "inter-sibling", "violence", "aggression", "aggressive"]),
    SearchConcept(
      [
        "abuses other children", "harms younger children", "touching younger children",
        "sexual behaviour towards children",
      ],
      ["abuses", "others", "children", "harmful", "sexual", "behaviour", "younger"]),
    SearchConcept(
      ["wants a baby", "wants to get pregnant", "wants to be a mum"],
      ["wish", "pregnant", "pregnancy", "become", "expressing"]),
    SearchConcept(
      ["second baby", "another baby", "two babies", "second pregnancy", "pregnant again"],
      ["pregnancies", "pregnancy", "two", "more", "second"]),
    SearchConcept(
      ["unprotected sex", "not using contraception", "no condoms"],
      ["contraception", "contraceptive", "sexual", "health", "active", "risk"]),
    // Emotional wellbeing.
    SearchConcept(
      [
        "paranoid", "thinks everyone is against him", "thinks everyone is out to get him",
        "thinks people are watching",
      ],
      ["persecution", "feelings", "paranoia", "distorted", "mental", "health", "psychosis"]),
    SearchConcept(
      [
        "hates how she looks", "hates how he looks", "thinks shes fat", "thinks hes ugly",
        "body image",
        "fat and ugly", "hates her body",
      ],
      ["self-image", "image", "self-esteem", "esteem", "distorted", "confidence", "body"]),
    SearchConcept(
      ["angry all the time", "explosive", "rages", "meltdown"],
      ["anger", "frustration", "aggression", "aggressive", "emotional", "behaviour", "control"]),
    SearchConcept(
      [
        "flinches", "jumpy", "on edge", "frozen watchfulness", "wary of adults", "scared of adults",
        "frightened of dad", "frightened of mum",
      ],
      ["wary", "watchful", "fear", "frightened", "fearful", "carers", "anxious"]),
    SearchConcept(
      ["sudden change", "changed lately", "not herself", "not himself", "personality change"],
      ["sudden", "changes", "behaviour", "change", "withdrawn", "mood"]),
    SearchConcept(
      ["no empathy", "cruel to animals", "doesnt care about others", "hurts animals"],
      ["empathy", "cruelty", "animals", "behaviour", "others"]),
    // Family and parenting.
    SearchConcept(
      person: [
        "grandparents", "nan", "gran", "grandad", "grandma", "aunties", "uncles", "extended family",
        "wider family", "relatives",
      ],
      [
        "extended", "family", "wider", "relatives", "grandparents", "members", "support",
        "networks",
      ]),
    SearchConcept(
      ["no help from family", "no family nearby", "no support from family", "family wont help"],
      ["extended", "family", "support", "networks", "limited", "lack", "isolated", "social"]),
    SearchConcept(
      [
        "died", "passed away", "death", "nan died", "grandad died", "lost his dad", "lost her mum",
        "sibling died", "baby died",
      ],
      ["loss", "bereavement", "death", "died", "separation", "grief", "breakdown"]),
    SearchConcept(
      [
        "up and down", "unpredictable mum", "unpredictable parent", "mood swings", "chaotic home",
        "chaotic household", "unstable home", "all over the place",
      ],
      [
        "instability", "unstable", "chaotic", "inconsistent", "capacity", "environment", "volatile",
        "stability",
      ]),
    SearchConcept(
      [
        "inconsistent parenting", "inconsistent care", "sometimes cared for", "erratic care",
        "hit and miss care",
      ],
      ["inconsistent", "care", "basic", "consistently", "parenting", "boundaries"]),
    SearchConcept(
      strength: [
        "loving home", "caring parents", "good parents", "supportive parents", "stable family",
        "loving family", "good home",
      ],
      [
        "stable", "secure", "caring", "parents", "meet", "needs", "provide", "warmth", "good",
        "loving",
      ]),
    SearchConcept(
      [
        "parents deny", "parents deny theres a problem", "wont accept concerns",
        "doesnt see a problem",
        "minimises", "denial", "wont engage", "not engaging", "refuses help",
        "wont work with services",
        "hostile to professionals", "aggressive to social worker", "threatens staff",
      ],
      [
        "refusing", "acknowledge", "concerns", "hostility", "services", "engage", "accepting",
        "responsibility",
        "non-compliance", "co-operate",
      ]),
    SearchConcept(
      [
        "parent asks for help", "mum asking for help", "dad asking for advice",
        "parents want advice",
        "wants help with his behaviour", "wants parenting help",
      ],
      ["request", "advice", "parents", "carers", "support", "help", "behaviour"]),
    SearchConcept(
      [
        "mum cant cope", "cant cope anymore", "at the end of her tether",
        "wants him taken into care",
        "threatening to put him in care", "parents giving up",
      ],
      ["unable", "cope", "care", "parents", "unwilling", "continue", "breakdown", "needs"]),
    SearchConcept(
      [
        "needs to come into care", "taken into care", "placed in care", "needs foster care",
        "no one to care for him",
        "nobody to look after him", "nobody to look after her", "abandoned",
      ],
      [
        "accommodation", "accommodated", "looked", "after", "care", "breakdown", "no-one",
        "abandoned",
      ]),
    SearchConcept(
      [
        "mums own problems", "parents own needs", "parent puts herself first",
        "parents needs come first",
      ],
      ["parents", "own", "needs", "emotional", "keep", "safe", "priority"]),
    SearchConcept(
      [
        "mum doesnt interact", "doesnt talk to the baby", "no eye contact with baby", "cold mum",
        "emotionally cold", "switched off mum", "unresponsive to baby",
      ],
      ["emotionally", "unavailable", "warmth", "interaction", "responsive", "attachment", "bond"]),
    SearchConcept(
      [
        "always putting him down", "always putting her down", "calls him names", "calls her names",
        "negative about him", "negative about her", "belittles",
      ],
      ["negative", "comments", "criticism", "warmth", "belittling", "emotional", "low"]),
    SearchConcept(
      ["encourages him to fight", "bad role model", "teaches him to steal", "parents condone"],
      ["role", "model", "models", "parent", "behaviour", "condone", "encourage"]),
    SearchConcept(
      [
        "babysat by", "left with a child", "left with sibling", "unsuitable babysitter",
        "babysitting", "babysitter", "babysits", "babysit",
        "left with strangers", "childcare arrangements",
      ],
      [
        "child", "care", "arrangements", "arrangement", "inappropriate", "supervision",
        "unsuitable",
      ]),
    SearchConcept(
      [
        "dodgy men", "dodgy people", "dangerous adults", "dangerous people", "known offenders",
        "risky adults", "men coming to the house", "drug dealers at the house", "strange men",
      ],
      ["dangerous", "adults", "risk", "offenders", "presence", "pose", "individuals", "unknown"]),
    SearchConcept(
      ["uncle is a risk", "family member is a risk", "abuser in family", "relative abused"],
      ["members", "wider", "family", "known", "suspected", "risk", "pose", "individuals"]),
    SearchConcept(
      [
        "allegation against a teacher", "allegation against staff", "lado",
        "person in a position of trust",
        "teacher abused", "coach abused",
      ],
      ["position", "trust", "staff", "member", "adult", "allegation"]),
    SearchConcept(
      [
        "previous children removed", "older children in care", "siblings in care",
        "other children removed", "had help before", "known to services before",
        "previous involvement",
      ],
      ["previous", "children", "removed", "history", "support", "child", "additional"]),
    SearchConcept(
      ["sibling died unexplained", "unexplained death", "cot death"],
      ["history", "previous", "significant", "harm", "death", "unexplained"]),
    SearchConcept(
      [
        "court", "family court", "court case", "contact dispute", "parents in court",
        "residence dispute",
        "cafcass",
      ],
      [
        "court", "application", "proceedings", "contact", "private", "separation", "dispute",
        "report",
      ]),
    SearchConcept(
      [
        "parents arguing", "always arguing", "always rowing", "rowing", "rows",
        "constant arguments",
        "parents split", "split up", "separated parents", "fighting over contact",
        "arguing over contact", "dispute over contact", "row over contact",
        "separated and fighting", "messy divorce", "acrimonious separation",
      ],
      [
        "conflict", "relationship", "relationships", "difficulties", "separation", "arguments",
        "hostility",
        "parents", "family", "acrimonious", "unresolved",
      ]),
    SearchConcept(
      [
        "rowing with mum", "rowing with dad", "arguing with parents", "doesnt get on with parents",
        "falls out with mum",
      ],
      ["family", "relationships", "conflict", "negative", "difficult", "inconsistent", "parent"]),
    SearchConcept(
      [
        "dealing drugs", "parents deal drugs", "dad deals drugs", "drugs in the family",
        "criminal family", "family in crime", "dad is a criminal",
      ],
      ["crime", "criminal", "drugs", "families", "involved", "offending", "dangerous", "exposure"]),
    // Housing, money and community.
    SearchConcept(
      [
        "no hot water", "no cooker", "no fridge", "no washing machine", "no bath",
        "no working toilet",
        "no beds", "no bed", "sleeping on mattress", "broken windows",
      ],
      ["amenities", "basic", "facilities", "housing", "conditions", "repair", "furniture"]),
    SearchConcept(
      [
        "payday loans", "loans", "owes money", "bailiffs", "debt collectors", "cant pay rent",
        "cant pay bills", "food poverty", "no money for food", "cost of living",
      ],
      ["financial", "debt", "debts", "difficulties", "income", "arrears", "poverty", "money"]),
    SearchConcept(
      [
        "dad lost his job", "mum lost her job", "lost job", "made redundant", "cant get a job",
        "cant find work",
      ],
      ["unemployment", "employment", "job", "income", "work", "financial"]),
    SearchConcept(
      [
        "neighbour feud", "neighbour problems", "neighbours harass", "trouble with neighbours",
        "racist neighbours", "abuse from neighbours", "targeted by neighbours",
      ],
      [
        "community", "neighbours", "neighbourhood", "conflict", "harassment", "hostility",
        "targeted",
      ]),
    SearchConcept(
      [
        "no transport", "no car", "no bus", "cant afford bus fare", "cant get to appointments",
        "lives in the middle of nowhere", "rural",
      ],
      ["transport", "access", "facilities", "insufficient", "resources", "services", "rural"]),
    SearchConcept(
      [
        "signposting", "signpost", "just needs advice", "universal services",
        "health visitor advice",
        "childrens centre",
      ],
      [
        "universal", "services", "advice", "additional", "support", "benefit", "childrens",
        "centre",
      ]),
    SearchConcept(
      ["arrived alone", "arrived in uk alone", "came on his own", "alone in the country"],
      ["unaccompanied", "asylum", "seeking", "children", "alone"]),
    SearchConcept(
      [
        "went to syria", "wants to go to syria", "islamic state", "far right views", "nazi symbols",
        "hate views", "extremist videos", "watching beheadings",
      ],
      [
        "radicalisation", "radicalised", "extremism", "extremist", "views", "narrative", "ideology",
        "signs",
      ]),
    SearchConcept(
      [
        "taken abroad to get married", "married abroad", "married at 15", "being married off",
        "marriage abroad", "sent abroad",
      ],
      ["forced", "marriage", "abroad", "honour", "trafficking", "cultural"]),
    SearchConcept(
      [
        "wont get changed for pe", "wont undress for pe", "wont change for pe",
        "refuses to change for pe",
        "wont get changed", "refuses to get changed", "get changed for pe",
        "getting changed for pe", "wont undress",
      ],
      ["undress", "sports", "unwillingness", "change", "sexual", "abuse"]),
    SearchConcept(
      [
        "saw porn", "shown porn", "shows him porn", "shows her porn", "showing him porn",
        "showing her porn", "showed him porn", "showed her porn", "showing porn",
        "made to watch porn", "porn on his phone", "porn on her phone", "watched porn at home",
        "adult films", "adult material",
        "sexual images", "explicit videos",
      ],
      ["inappropriate", "adult", "material", "sexual", "exposure", "pornography", "exposed"]),
    SearchConcept(
      [
        "knows about sex", "knows too much about sex", "sexual knowledge", "talks about sex",
        "acts out sex", "too much about sex", "acting out sex", "acting it out",
        "acting out sexually", "sex games", "sexual play",
      ],
      ["sexual", "knowledge", "adult-like", "behaviour", "inappropriate", "age"]),
    SearchConcept(
      [
        "messages from adults", "adult messaging her", "asking for pics", "asking for pictures",
        "asking her for pics", "asking for photos", "wants pics", "messaging her",
        "man messaging her", "older man messaging", "on insta", "insta", "snap",
        "chatting to older men online", "snapchat",
        "instagram",
        "tiktok", "whatsapp messages", "sending pictures", "online groomer", "met someone online",
      ],
      ["texts", "emails", "online", "cyber", "grooming", "exploitation", "technology", "messages"]),
    SearchConcept(
      ["gaming", "playing online games", "online games", "xbox", "playstation", "fortnite"],
      ["cyber", "online", "activity", "internet", "technology", "risk", "harm"]),
  ]
}
