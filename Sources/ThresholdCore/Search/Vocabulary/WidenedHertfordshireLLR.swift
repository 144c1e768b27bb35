extension SearchVocabulary {
  /// Everyday words for situations Hertfordshire's and LLR's indicators describe (the tool's
  /// words), written from the indicator lists on 2026-12-06; each concept names the indicators
  /// it was written for (``SearchConcept/finding(_:)``), and a test runs its first phrase as an
  /// example.
  static let widenedHertfordshireLLR: [SearchConcept] = [
    SearchConcept(
      [
        "police protection", "police powers of protection", "care order", "interim care order",
        "emergency protection order", "epo", "accommodated under section 20",
      ],
      ["accommodated", "voluntary", "looked", "outside"]
    ).finding([
      "hertfordshire-specialist-may-need-to-be-accommodated", "llr-looked-after-outside-own-family",
    ]),
    SearchConcept(
      [
        "wants him gone", "wants her gone", "parents want him out", "parents want her out",
        "about to be kicked out", "wont let him come home", "wont let her come home",
      ],
      ["breakdown", "imminent", "manage", "family"]
    ).finding([
      "hertfordshire-specialist-imminent-family-breakdown",
      "hertfordshire-at-risk-of-imminent-family-breakdown",
      "llr-parents-unable-to-manage-family-breakdown",
    ]),
    SearchConcept(
      [
        "missed health review", "missed baby check", "missed 1 year review", "missed 2 year review",
        "no health reviews", "missed routine checks",
      ],
      ["routine", "appointments", "attending", "missed", "health"]
    ).finding([
      "hertfordshire-not-attending-routine-health-appointments", "llr-missed-appointments-level-2",
    ]),
    SearchConcept(
      [
        "keeps getting colds", "off with colds", "off with headaches", "lots of sick days",
        "off sick often", "sickness absence",
      ],
      ["minor", "problems", "health", "attendance"]
    ).finding([
      "hertfordshire-minor-health-problems-affecting-attendance",
      "llr-minor-health-problems-mainstream-school",
    ]),
    SearchConcept(
      [
        "too big to do pe", "out of breath in pe", "cant keep up in pe", "weight affecting health",
        "weight affecting school", "morbidly obese", "very overweight", "severely overweight",
      ],
      means: [["obesity", "obese", "overweight"], ["impacting", "learning", "health"]]
    ).finding(["hertfordshire-obesity-impacting-on-health-learning"]),
    SearchConcept(
      [
        "burned with a cigarette", "put his hand on the hob", "hand on the hob",
        "put in a hot bath", "bath too hot", "held under the hot tap", "threw him across the room",
        "tried to suffocate", "pillow over his face", "made him ill on purpose",
        "hurt him on purpose", "deliberately hurt", "too hot bath", "bath water too hot",
      ],
      [
        "deliberately", "induces", "scalding", "burning", "throwing", "drowning", "suffocating",
        "poisoning",
      ]
    ).finding(["hertfordshire-parent-deliberately-injures-or-induces-illness"]),
    SearchConcept(
      [
        "hooked on heroin", "hooked on drugs", "hooked on coke", "clucking", "needs rehab",
        "drug rehab",
      ],
      ["detox", "rehabilitation", "pharmacological", "complicated", "problematic", "substance"]
    ).finding([
      "hertfordshire-problematic-substance-misuse-requiring-detox",
      "llr-complicated-substance-problems",
    ]),
    SearchConcept(
      ["sore bum", "blood in her knickers", "blood in his pants", "hurts to poo"],
      ["anus", "genitals", "bleeding", "pain", "discharges", "bowel"]
    ).finding([
      "llr-pain-bleeding-discharges-genitals-anus-mouth", "llr-no-medical-diagnosis-recurring-pain",
    ]),
    SearchConcept(
      [
        "poos himself", "poos herself", "pooed himself", "pooed herself", "wees himself",
        "wee accidents", "poo accidents", "messes himself", "soiled pants",
      ],
      ["soiling", "wetting", "accidents"]
    ).finding(["llr-wetting-and-soiling-accidents"]),
    SearchConcept(
      [
        "blackout drunk", "drank until he passed out", "drank until she passed out",
        "collapsed after drinking", "collapsed after taking drugs", "ambulance after drinking",
        "in hospital after taking drugs", "drug overdose",
      ],
      ["current", "harm", "substances", "substance", "high", "risk"]
    ).finding(["llr-current-harm-through-use-of-substances"]),
    SearchConcept(
      [
        "pregnant care leaver", "care leaver expecting", "pregnant and in care",
        "pregnant and mum has schizophrenia", "pregnant and has bipolar",
        "pregnant and mental health", "pregnant with a violent partner",
        "pregnant and partner violent", "pregnant with learning disability",
      ],
      means: [["unborn"], ["risk", "factors", "parental", "parent"]]
    ).finding([
      "hertfordshire-unborn-baby-parent-risk-factors", "llr-parental-behaviour-risk-unborn-child",
    ]),
    SearchConcept(
      [
        "13 and having sex", "14 and having sex", "14 and sexually active",
        "lost her virginity at 13", "lost his virginity at 13", "lost her virginity at 14",
        "first had sex at 13",
      ],
      ["onset", "early", "sexual", "activity"]
    ).finding(["llr-early-onset-of-sexual-activity"]),
    SearchConcept(
      [
        "someone buys her vapes", "someone buys him vapes", "given free vapes", "given free weed",
        "gets free drugs", "gets given cigarettes", "someone gives her alcohol",
        "bought her a phone", "pays for her nails",
      ],
      ["gifts", "inappropriately", "affection", "cigarettes", "exploitation"]
    ).finding([
      "hertfordshire-may-be-inappropriately-receiving-gifts",
      "hertfordshire-inappropriately-receiving-gifts-grooming-concern",
    ]),
    SearchConcept(
      [
        "12 and having sex", "11 and having sex", "12 and sexually active",
        "lost her virginity at 12", "lost his virginity at 12", "having sex under 13",
      ],
      means: [["activity"], ["under"]]
    ).finding(["llr-under-13-engaged-in-sexual-activity", "hertfordshire-sexual-activity-under-13"]
    ),
    SearchConcept(
      [
        "doesnt know where to get condoms", "cant get contraception", "no sexual health advice",
        "doesnt know about contraception", "too embarrassed to go to the clinic",
      ],
      means: [["contraceptive", "contraception", "sexual"], ["advice", "information", "access"]]
    ).finding(["llr-limited-access-to-sexual-health-advice"]),
    SearchConcept(
      strength: [
        "knows about condoms", "uses protection", "always uses protection", "on the implant",
        "on contraception",
      ],
      ["knowledgeable", "contraception", "consistent", "sex"]
    ).finding(["llr-knowledgeable-about-sex-and-relationships"]),
    // hertfordshire-sexual-abuse (its non-contact abuse)
    SearchConcept(
      [
        "takes pictures of her", "takes pictures of him", "photographs her naked",
        "photographs him naked", "spies on her", "man exposed himself",
      ],
      ["voyeuristic", "non-contact", "pornographic", "sexual", "abuse"]
    ).finding(["hertfordshire-sexual-abuse"]),
    SearchConcept(
      [
        "mum wont talk to school", "parents wont talk to school", "parents dont respond to school",
        "wont answer school calls", "ignores school calls", "ignores school letters",
        "never comes to parents evening", "school cant get hold of mum", "cant get hold of parents",
      ],
      means: [["links", "link", "support"], ["home", "school", "education"]]
    ).finding([
      "hertfordshire-poor-home-school-links", "hertfordshire-poor-home-school-link-level-2",
    ]),
    SearchConcept(
      [
        "parents not interested in school", "mum says school is pointless",
        "dad says school is pointless", "school is a waste of time", "parents dont back the school",
        "parents undermine school",
      ],
      ["education", "parental", "support", "links"]
    ).finding(["llr-no-parental-support-for-education"]),
    SearchConcept(
      [
        "wont do any work", "doesnt do homework", "no homework done", "wont do his work",
        "wont do her work", "refuses to do work", "puts no effort in", "no effort in class",
      ],
      ["motivation", "concentration", "learning"]
    ).finding([
      "hertfordshire-not-always-engaged-in-learning",
      "hertfordshire-poor-concentration-low-motivation",
    ]),
    SearchConcept(
      [
        "not good at anything", "never succeeds at anything", "nothing hes good at",
        "nothing shes good at", "never done well at anything",
      ],
      ["achievements", "few"]
    ).finding(["hertfordshire-few-if-any-achievements"]),
    SearchConcept(
      [
        "doesnt want to be at school", "feels school isnt for him", "feels school isnt for her",
        "doesnt feel part of school", "disengaged from school", "doesnt belong at school",
      ],
      ["alienates", "school"]
    ).finding(["hertfordshire-alienates-self-from-school"]),
    SearchConcept(
      strength: [
        "at expected level", "good grades", "getting good grades", "good marks",
        "good school report", "doing well in exams",
      ],
      ["achieving", "key", "stages"]
    ).finding(["llr-achieving-key-stages"]),
    SearchConcept(
      strength: [
        "no learning difficulties", "no learning needs", "no sen", "no additional needs",
        "learns easily", "quick learner",
      ],
      ["barriers", "learning"]
    ).finding(["llr-no-barriers-to-learning"]),
    SearchConcept(
      strength: [
        "college place sorted", "got into college", "accepted at college", "has a place at college",
        "knows what he wants to do", "knows what she wants to do", "applied to college",
        "wants to go to university",
      ],
      ["progression", "planned", "beyond", "statutory"]
    ).finding(["llr-planned-progression-beyond-school-age"]),
    SearchConcept(
      [
        "hurts other pupils", "hurt another child", "injured another child", "threw a chair",
        "threw chairs", "dangerous to other children", "other children are scared of him",
        "kids are scared of him",
      ],
      ["peers", "others", "risk", "serious", "challenging"]
    ).finding([
      "hertfordshire-puts-peers-at-risk-through-behaviour",
      "llr-challenging-behaviour-serious-risk",
    ]),
    SearchConcept(
      [
        "laughs when told off", "laughs when hes in trouble", "laughs when someone gets hurt",
        "odd reactions", "strange reactions", "over the top reactions",
      ],
      ["responses", "inappropriate", "social", "behaviour"]
    ).finding([
      "hertfordshire-some-inappropriate-responses-and-actions",
      "hertfordshire-inappropriate-social-behaviour",
    ]),
    SearchConcept(
      [
        "doesnt think about consequences", "never thinks before he acts",
        "never thinks before she acts", "never learns", "never learns his lesson",
        "keeps making the same mistakes", "doesnt see what he did wrong",
        "doesnt realise the effect on others", "doesnt get how it affects others",
      ],
      ["cause", "effect", "understand", "own"]
    ).finding([
      "hertfordshire-unable-to-connect-cause-and-effect",
      "hertfordshire-limited-ability-to-understand-impact",
      "hertfordshire-not-always-able-to-understand-impact",
    ]),
    SearchConcept(
      [
        "breaks curfew", "ignores curfew", "misses curfew", "comes home late",
        "wont come home on time", "defies his parents", "defies her parents",
      ],
      ["defiance", "oppositional", "rules", "home"]
    ).finding(["hertfordshire-defiance-of-home-rules"]),
    SearchConcept(
      [
        "first offence at 11", "offending at 10", "offending at 11", "offending at 12",
        "offending from a young age", "getting into trouble with the police",
      ],
      means: [["onset", "early", "starting"], ["offend", "offending"]]
    ).finding(["hertfordshire-starting-to-offend", "llr-early-onset-of-offending-behaviour"]),
    SearchConcept(
      [
        "thinks nothing will happen to him", "thinks nothing will happen to her",
        "thinks hes invincible", "thinks shes invincible", "invincible", "fearless",
        "ignores the risks", "laughs off the risks",
      ],
      ["disregard", "attitudes", "risky", "risk", "choices"]
    ).finding(["llr-changing-attitudes-disregard-to-risk", "hertfordshire-risky-behaviour-choices"]
    ),
    SearchConcept(
      strength: [
        "understands consequences of crime", "knows crime is wrong", "understands the law",
        "law abiding", "stays out of trouble", "never been in trouble",
      ],
      ["effects", "knowledgeable", "crime", "antisocial"]
    ).finding(["llr-knowledgeable-about-effects-of-crime"]),
    SearchConcept(
      [
        "untreated eczema", "eczema not treated", "sore skin", "hair never brushed",
        "hair not brushed", "hair not washed", "greasy hair", "dirty nails", "cradle cap",
      ],
      ["skin", "hair", "hygiene"]
    ).finding(["hertfordshire-appearance-reflects-poor-care"]),
    SearchConcept(
      [
        "t shirt in winter", "shorts in winter", "sandals in winter", "no coat in the cold",
        "no jumper", "flip flops in the snow", "not dressed for the cold",
      ],
      ["clothing", "small"]
    ).finding(["hertfordshire-inappropriate-clothing"]),
    SearchConcept(
      [
        "left out by other children", "kids call him smelly", "kids call her smelly",
        "other kids laugh at him", "other kids laugh at her", "laughed at by others",
        "other children avoid him", "other children avoid her", "shunned by classmates",
      ],
      ["taunting", "alienation", "teasing", "peers", "bullying"]
    ).finding([
      "hertfordshire-rejection-or-taunting-by-peers",
      "hertfordshire-poor-hygiene-leads-to-alienation",
    ]),
    SearchConcept(
      [
        "always alone", "nobody to talk to", "no one talks to him", "no one talks to her",
        "drifts around alone",
      ],
      ["unconnected", "alone"]
    ).finding(["hertfordshire-appears-alone-and-unconnected"]),
    SearchConcept(
      [
        "would go with anyone", "no stranger awareness", "wanders off with anyone",
        "no fear of strangers",
      ],
      means: [["discriminate"], ["self", "risk", "puts"]]
    ).finding(["hertfordshire-unable-to-discriminate-puts-self-at-risk"]),
    SearchConcept(
      [
        "jumps when dad comes in", "goes quiet when dad comes in", "goes quiet when mum comes in",
        "nervous around dad", "nervous around mum", "scared of stepdad", "hypervigilant",
        "on guard around adults",
      ],
      ["wary", "watchful", "carers", "fear"]
    ).finding(["hertfordshire-wary-or-watchful-of-carers"]),
    SearchConcept(
      [
        "refuses to shower", "wont shower", "wont wash", "refuses to wash", "wont brush his teeth",
        "wont brush her teeth", "doesnt look after himself", "doesnt look after herself",
        "lets himself go", "lets herself go",
      ],
      ["self-care", "responsibility", "tasks"]
    ).finding([
      "hertfordshire-little-no-responsibility-for-self-care",
      "hertfordshire-not-always-adequate-self-care",
    ]),
    SearchConcept(
      [
        "fully dependent", "dependent on others for everything", "needs round the clock care",
        "needs everything doing for him", "needs everything doing for her",
      ],
      means: [["relies", "totally", "severe", "high"], ["disability", "disabled", "others"]]
    ).finding([
      "hertfordshire-severe-disability-relies-totally-on-others",
      "llr-high-level-disability-not-mainstream",
    ]),
    SearchConcept(
      [
        "cant make a sandwich", "cant make a meal", "cant go to the shop on his own",
        "cant go to the shops alone", "cant tell the time",
      ],
      ["independent", "living", "skills", "self-care"]
    ).finding([
      "llr-lack-of-living-skills-social-exclusion", "llr-lack-of-living-skills-impair-development",
    ]),
    SearchConcept(
      [
        "doesnt know how to care for the baby", "no idea how to feed the baby", "nervous new mum",
        "worried new mum", "young first time mum",
      ],
      ["inexperienced", "anxious", "parent", "young"]
    ).finding([
      "hertfordshire-anxious-inexperienced-parents", "llr-inconsistent-care-level-2",
      "llr-inconsistent-care-level-3",
    ]),
    SearchConcept(
      [
        "keeps taking him to a and e", "keeps taking her to a and e", "keeps taking him to the gp",
        "keeps taking her to the gp", "at the doctors every week", "lots of gp visits",
        "keeps ringing 111", "keeps calling ambulances",
      ],
      ["casualty", "visits", "doctor"]
    ).finding(["hertfordshire-inappropriate-or-frequent-visits-to-doctor"]),
    SearchConcept(
      [
        "too out of it to look after them", "too drunk to look after them",
        "too drunk to look after him", "too high to look after them", "cant keep him safe",
        "cant keep her safe", "cant keep them safe", "cant protect him", "cant protect her",
        "too drunk to keep him safe", "too drunk to keep them safe",
      ],
      ["keep", "safe", "needs", "unable"]
    ).finding(["hertfordshire-parents-needs-mean-cannot-keep-safe"]),
    SearchConcept(
      [
        "lets drug dealers in", "lets dealers in", "dealers at the door", "lets dangerous men in",
        "cant keep him out of the house", "lets anyone in", "house used by dealers",
      ],
      means: [["dangerous"], ["adults", "access", "restrict"]]
    ).finding(["hertfordshire-unable-to-restrict-access-by-dangerous-adults"]),
    SearchConcept(
      [
        "didnt act on concerns", "doesnt act on concerns", "doesnt follow advice",
        "never follows advice", "brushes off concerns", "brushes it off", "shrugs it off",
        "doesnt take it seriously", "nothing has changed", "same concerns again",
      ],
      ["response", "concerns", "raised", "acknowledge", "accept"]
    ).finding([
      "llr-lack-of-response-to-concerns", "hertfordshire-parents-refusing-to-acknowledge-concerns",
    ]),
    SearchConcept(
      [
        "swears at the social worker", "abusive to social workers", "shouts at professionals",
        "refuses to let us in", "wont open the door",
      ],
      ["hostility", "statutory", "refusing", "acknowledge"]
    ).finding(["llr-parental-hostility-to-services"]),
    SearchConcept(
      [
        "smokes weed around the kids", "smokes weed in front of him", "drinks in front of the kids",
        "lets the kids drink", "lets him drink at home", "lets her drink at home",
        "gives him alcohol", "gives her alcohol", "gives him cigarettes", "gives her cigarettes",
        "lets him smoke", "lets her smoke", "parents supply alcohol",
      ],
      means: [
        ["front", "openly", "accepts", "family", "parental"],
        ["substances", "tobacco", "alcohol"],
      ]
    ).finding(["hertfordshire-family-uses-substances-in-front-of-children"]),
    SearchConcept(
      ["mum smells of weed", "dad smells of weed", "flat smells of weed", "weed smell at home"],
      means: [
        ["family", "parent", "parental", "parents"],
        ["substances", "substance", "misuse", "tobacco"],
      ]
    ).finding([
      "hertfordshire-family-uses-substances-in-front-of-children",
      "llr-parental-disability-substance-mental-health",
    ]),
    SearchConcept(
      [
        "carers burnt out", "exhausted from caring", "no break from caring",
        "need a break from caring", "caring is taking its toll",
      ],
      means: [["stress", "alleviate"], ["disabled", "disability"]]
    ).finding([
      "hertfordshire-disabled-child-requires-support-to-access-services",
      "hertfordshire-specialist-disabled-child-requires-specialist-services",
    ]),
    SearchConcept(
      [
        "adoptive parents need help", "adoptive parents need support", "adopted and struggling",
        "adopted son", "adopted daughter", "adopted as a baby", "adoptive placement",
      ],
      ["adopted", "additional", "require"]
    ).finding(["llr-adopted-requiring-additional-support"]),
    SearchConcept(
      strength: [
        "good boundaries", "clear boundaries", "consistent boundaries", "clear rules at home",
        "parents set limits", "firm but fair", "good routines", "clear routines",
      ],
      ["guidance", "boundaries", "appropriate", "values"]
    ).finding(["llr-parents-provide-appropriate-guidance-boundaries"]),
    SearchConcept(
      strength: [
        "well cared for", "clean and well dressed", "well presented", "always clean",
        "always well fed", "well dressed", "clean and tidy",
      ],
      ["provide", "able", "care", "needs"]
    ).finding(["llr-parents-able-to-provide-care"]),
    SearchConcept(
      strength: [
        "attentive parents", "parents are attentive", "attentive mum", "warm parenting",
        "nurturing", "nurturing mum", "affectionate mum", "affectionate parents", "loving mum",
        "loving dad",
      ],
      ["secure", "caring", "parenting", "provide"]
    ).finding(["llr-parents-provide-secure-caring-parenting"]),
    SearchConcept(
      strength: [
        "well bonded", "good bond", "strong bond", "lovely bond", "close bond", "secure attachment",
        "securely attached", "good attachment", "good bond with mum", "good bond with dad",
        "bonded with mum",
      ],
      ["attachments", "early", "quality", "good"]
    ).finding(["llr-good-quality-early-attachments"]),
    // llr-good-quality-early-attachments (confident in social situations)
    SearchConcept(
      strength: [
        "sociable", "mixes well", "outgoing", "chatty", "confident with other children",
        "confident with adults", "confident in groups",
      ],
      ["confident", "situations", "social"]
    ).finding(["llr-good-quality-early-attachments"]),
    SearchConcept(
      strength: [
        "emotionally well", "mentally well", "emotionally healthy", "no mental health concerns",
        "no mental health issues", "happy in himself", "happy in herself", "happy and settled",
        "resilient",
      ],
      ["well-being", "psychological", "mental", "good"]
    ).finding(["llr-good-mental-health-psychological-well-being"]),
    SearchConcept(
      strength: [
        "speech is fine", "talking well", "talks well", "walking and talking", "growing well",
        "good weight", "gaining weight well", "physically healthy", "fit and well", "rarely ill",
      ],
      ["physical", "good", "health", "milestones", "speech"]
    ).finding(["llr-good-physical-health-developmental-milestones"]),
    SearchConcept(
      [
        "doesnt feel safe at home", "doesnt feel safe", "feels unsafe at home", "feels unsafe",
        "unsafe at home", "not safe at home", "scared to be at home", "says home isnt safe",
        "isnt safe at home",
      ],
      ["suffering", "harm", "significant", "suspicion", "abuse"]
    ).finding([
      "hertfordshire-specialist-evidence-of-significant-harm", "llr-suspicion-of-abuse-or-neglect",
    ]),
    SearchConcept(
      [
        "not speaking to his dad", "not speaking to his mum", "wont speak to his dad",
        "mum and son not speaking", "mum and daughter not speaking", "cant stand his mum",
        "hates his dad", "hates his mum",
      ],
      means: [
        ["relationship", "relationships", "difficult", "breakdown"],
        ["parent", "carer", "family"],
      ]
    ).finding([
      "llr-risk-of-relationship-breakdown", "hertfordshire-difficult-family-relationships",
    ]),
    SearchConcept(
      [
        "police called three times", "third call out", "another dv incident", "another domestic",
        "repeat domestic", "repeat dv", "police keep being called",
      ],
      ["incident", "domestic", "violence", "meaningful", "rolling", "third"]
    ).finding([
      "hertfordshire-high-risk-domestic-violence-incident",
      "llr-serious-incident-of-domestic-violence", "llr-current-incident-of-domestic-violence",
    ]),
    SearchConcept(
      [
        "dad left and never came back", "never sees his dad", "dad not in the picture",
        "doesnt see his dad", "dad never visits",
      ],
      ["loss", "significant"]
    ).finding([
      "hertfordshire-loss-of-significant-adult-family-and-environmental",
      "hertfordshire-loss-of-significant-adult-family-and-social-relationships",
    ]),
    SearchConcept(
      [
        "fridge empty", "fridge is empty", "nothing in the cupboards",
        "nothing to eat in the house", "goes without food", "no food at the weekend",
      ],
      ["food", "basics", "dietary", "available", "poverty"]
    ).finding([
      "hertfordshire-lack-of-food-dietary-needs-not-met",
      "hertfordshire-food-warmth-basics-not-always-available", "llr-extreme-poverty",
    ]),
    SearchConcept(
      [
        "living on the streets", "sleeping on friends sofas", "sleeping on mates sofas",
        "nowhere to sleep tonight", "sleeping in the park",
      ],
      ["homeless", "homelessness", "abode", "imminently"]
    ).finding([
      "llr-no-fixed-abode-or-homeless", "llr-young-people-at-risk-of-homelessness",
      "hertfordshire-homeless-or-imminently-so",
    ]),
    SearchConcept(
      [
        "shares a bedroom with", "sharing a room with", "too many people in the house",
        "sleeps in the living room", "family in one room", "five in a bedroom",
      ],
      ["overcrowding", "accommodation", "temporary", "housing"]
    ).finding(["llr-overcrowding", "llr-severe-overcrowding-temporary-accommodation"]),
    SearchConcept(
      [
        "cant access services", "services too far away", "long way from services",
        "hard to get to services", "nothing round here", "nothing in the village",
        "too far to the clinic", "cant get to the doctors",
      ],
      ["access", "services", "facilities", "transport"]
    ).finding([
      "hertfordshire-poor-access-to-services", "llr-insufficient-facilities-to-meet-needs",
    ]),
    SearchConcept(
      [
        "cant read english", "cant read english letters", "doesnt understand english",
        "little english", "hardly any english", "needs translating", "needs a translator",
        "translator", "mum cant read english", "dad cant read english",
        "speaks another language at home", "no english at home",
      ],
      ["interpreter", "linguistic", "language", "barriers"]
    ).finding([
      "llr-linguistic-difficulties-interpreter-required",
      "hertfordshire-move-to-new-county-or-language-barriers",
    ]),
    SearchConcept(
      strength: [
        "parents both work", "both parents work", "comfortably off", "well off", "no money worries",
        "money isnt a problem", "dad works full time", "mum works full time", "working parents",
      ],
      ["financially", "supported", "fully"]
    ).finding(["llr-child-fully-supported-financially"]),
    SearchConcept(
      strength: [
        "close family", "family all get on", "grandparents help out", "lots of family support",
        "family pull together", "gets on well with family", "close to his parents",
      ],
      ["supportive", "relationships", "family"]
    ).finding(["llr-supportive-family-relationships"]),
    SearchConcept(
      strength: [
        "lives in a safe area", "safe neighbourhood", "nice area", "quiet area", "safe and secure",
      ],
      ["safe", "secure", "environment"]
    ).finding(["llr-safe-and-secure-environment"]),
    SearchConcept(
      strength: [
        "cadets", "goes to cadets", "swimming lessons", "dance classes", "music lessons",
        "plays for a team", "plays football every week", "drama club",
      ],
      ["activities", "positive", "consistent", "access"]
    ).finding(["llr-access-to-consistent-positive-activities"]),
  ]
}
