extension SearchVocabulary {
  /// Everyday ways of describing the concerns the documents put at their highest levels
  /// (fabricated illness, FGM, cruel punishment, adults who pose a risk, children alone in the
  /// country or cared for by someone else, a parent who does not respond, abuse by control),
  /// added after reading the queries of the second query set that found nothing fitting: where
  /// a miss would leave a child at risk unfound, the words are worth adding first. The tool's
  /// words, never a document's.
  static let seriousHarmWords: [SearchConcept] = [
    SearchConcept(
      [
        "makes up illnesses", "makes up symptoms", "making up symptoms", "made up illness",
        "invents symptoms", "exaggerates symptoms", "exaggerating symptoms",
        "lots of hospital visits", "unnecessary tests", "unnecessary treatment",
        "no one else has seen", "nobody else has seen", "doctor shopping", "poisoning",
      ],
      ["fabricated", "induced", "illness", "medical"]),
    SearchConcept(
      [
        "special ceremony", "cutting ceremony", "being cut", "female circumcision",
        "circumcision", "sunna",
        "mum had fgm", "mother had fgm", "sister had fgm",
      ],
      ["fgm", "female", "genital", "mutilation"]),
    SearchConcept(
      [
        "stand against the wall", "standing against the wall", "stand in the corner for hours",
        "kneel on", "kneeling for hours", "stress position", "cruel punishment",
        "harsh punishment", "locked in his room", "locked in her room", "locked in a cupboard",
        "tied up", "made to stand",
      ],
      ["chastisement", "stress", "positions", "punishment", "physical"]),
    SearchConcept(
      [
        "sex offender", "sex offenders", "registered sex offender", "convictions for child",
        "conviction for child", "child offences", "schedule 1 offender", "schedule one",
        "risk to children", "known risk", "paedophile", "pedophile", "nonce",
        "convicted of child abuse", "convictions for child abuse", "child abuse conviction",
      ],
      ["dangerous", "adults", "adult", "risk", "known", "suspected", "pose", "offenders"]),
    SearchConcept(
      [
        "staying with a family friend", "staying with a friend", "living with a friend",
        "living with mum's friend", "living with a family friend", "staying with mum's friend",
        "staying with dad's friend", "lives with an aunt", "private fostering",
        "privately fostering", "parents abroad", "mum is abroad", "parents overseas",
      ],
      ["privately", "fostered", "fostering", "private"]),
    SearchConcept(
      [
        "arrived alone", "arrived on a lorry", "came on a lorry", "came in a lorry",
        "came over alone", "no family in the country", "no parents in the country",
        "asylum seeker", "asylum seeking", "refugee on his own", "refugee on her own", "uasc",
        "separated migrant", "arrived in kent",
      ],
      ["unaccompanied", "asylum", "seeking", "refugee"]),
    SearchConcept(
      [
        "switched off", "doesnt respond to the baby", "does not respond to the baby",
        "ignores the baby", "no eye contact with baby", "never talks to the baby",
        "cold towards the baby", "emotionally absent", "emotionally unavailable", "flat with baby",
      ],
      ["emotionally", "unavailable", "attachment", "responses", "warmth"]),
    SearchConcept(
      [
        "waste of space", "calls him stupid", "calls her stupid", "calls him names",
        "calls her names", "puts him down", "puts her down", "blames him for everything",
        "blames her for everything", "always criticising", "constantly criticised",
        "always shouting at him", "always shouting at her", "scapegoat", "scapegoated",
      ],
      ["negative", "comments", "criticism", "warmth", "emotional", "scapegoated"]),
    SearchConcept(
      [
        "checks mums phone", "checks her phone", "wont let her out", "won't let her out",
        "controls the money", "controls mum", "controlling dad", "controlling partner",
        "coercive control", "isolates mum", "tracks her phone", "jealous partner",
      ],
      ["domestic", "abuse", "violence", "coercive", "controlling"]),
    SearchConcept(
      [
        "goes off with anyone", "goes off with any adult", "no stranger danger",
        "too friendly with strangers", "sits on strangers laps", "cuddles strangers",
        "over friendly with adults", "indiscriminate", "clingy to any adult",
      ],
      ["undifferentiated", "attachments", "attachment", "indiscriminate"]),
    SearchConcept(
      [
        "making herself sick", "making himself sick", "makes herself sick",
        "makes himself sick", "sick after meals", "throws up after meals", "skipping meals",
        "starving herself", "starving himself", "anorexic",
        "anorexia", "bulimic", "bulimia", "binge eating",
      ],
      ["eating", "disorders", "disorder", "food"]),
  ]
}
