extension SearchVocabulary {
  private static let domesticA = [
    "domestic", "violence", "abuse", "coercive", "controlling", "conflict", "threats",
  ]

  /// Everyday words for the needs the Camden, Hertfordshire and Herefordshire documents print,
  /// gathered by reading each of their indicators and asking how a teacher, health visitor, GP,
  /// police officer or social worker would put it. The tool's words, never a document's.
  static let practitionerWordsA: [SearchConcept] =
    peopleA + earlyYearsA + healthA + learningA + behaviourA + emotionalA + sexualA + onlineA
    + parentingA + injuriesA + familyA + homeA + communityA + radicalisationA + abbreviationsA

  // MARK: Who is who

  static let peopleA: [SearchConcept] = [
    SearchConcept(
      family: [
        "mum", "mam", "mummy", "dad", "daddy", "mother", "father", "stepdad", "stepmum",
        "step dad", "step mum", "stepfather", "stepmother", "mum and dad",
        "guardian",
      ],
      ["parent", "parents", "parental", "carer", "carers", "parenting", "mother"]),
    SearchConcept(
      family: [
        "brother", "sister", "half brother", "half sister",
        "stepbrother", "stepsister", "twin", "little brother", "little sister", "big brother",
        "big sister",
      ],
      ["sibling", "siblings", "inter-sibling"]),
  ]

  // MARK: Babies and the early years

  static let earlyYearsA: [SearchConcept] = [
    SearchConcept(
      [
        "dropped centiles", "crossing centiles", "fallen off the centile",
        "dropped off the centile", "dropping off the chart", "weight dropped", "weight static",
        "weight plateaued", "poor weight gain", "slow weight gain", "not putting on weight",
        "weight faltering", "not gaining",
      ],
      ["weight", "growth", "gain", "faltering", "increasing", "rate", "thrive"]),
    SearchConcept(
      [
        "putting on weight fast", "gaining weight quickly", "piling on weight", "big for his age",
        "big for her age", "heavy for his age", "heavy for her age", "chubby", "weight gain",
      ],
      ["weight", "gain", "excessive", "overweight", "obese", "obesity"]),
    SearchConcept(
      [
        "always has a cold", "always got a cold", "constant colds", "coughs and colds",
        "runny nose", "always coughing", "ear infections", "chest infections", "tummy bugs",
        "always off sick", "keeps getting poorly", "constantly poorly", "glue ear", "grommets",
      ],
      ["minor", "illnesses", "persistent", "recurring", "health", "problems", "infections"]),
    SearchConcept(
      [
        "mild asthma", "eczema", "hay fever", "allergies", "food allergy", "nut allergy",
        "wears glasses", "glasses", "squint", "mild hearing loss", "minor health condition",
        "mild learning difficulty", "mild disability",
      ],
      ["mild", "minor", "health", "disabilities", "disability", "issues"]),
    SearchConcept(
      [
        "missed two year check", "missed 2 year check", "two year review", "2 year review",
        "27 month check", "missed 8 week check", "missed developmental review", "no red book",
        "red book not up to date", "missed health visitor checks", "not had his checks",
        "not had her checks", "behind with jabs", "jabs overdue", "overdue vaccinations",
        "missed mmr", "not had mmr", "no mmr", "mmr",
      ],
      ["immunisations", "checks", "overdue", "missing", "date"]),
    SearchConcept(
      [
        "late walker", "late walking", "late to walk", "late talker", "late to talk",
        "not crawling", "not sitting up", "not rolling", "not babbling", "behind with milestones",
        "slow to develop", "slow developer", "gdd", "global developmental delay",
      ],
      ["milestones", "slow", "developmental", "delay", "reaching", "development"]),
    SearchConcept(
      [
        "going backwards", "regressing", "lost skills",
        "losing skills", "not progressing", "no progress", "stopped progressing", "stalled",
      ],
      ["progress", "progression", "delay", "developmental", "milestones", "development"]),
    SearchConcept(
      [
        "not ready for school", "not school ready", "not ready for reception",
        "not ready to start school", "school readiness", "ready for school", "ready for reception",

      ],
      ["ready", "readiness"]),
    SearchConcept(
      [
        "still in nappies", "not potty trained", "not toilet trained", "cant use the toilet",
        "cant wipe his bottom", "cant wipe her bottom", "cant use a spoon", "cant use a fork",
        "still on a bottle", "still on bottles", "still drinking from a bottle", "dummy all day",
        "spoon fed", "still spoon fed",
      ],
      ["self-care", "feeding", "dressing", "responsibility", "ready", "toileting", "toilet"]),
    SearchConcept(
      strength: [
        "loves nursery", "enjoys nursery", "happy at nursery", "settled at nursery",
        "goes to the childrens centre", "goes to stay and play", "stay and play", "baby group",
        "toddler group", "goes to playgroup",
      ],
      ["enjoying", "attending", "childrens", "centre", "early", "years", "provision"]),
    SearchConcept(
      [
        "wary of strangers", "stranger danger", "shy with strangers", "cautious with strangers",
        "stranger anxiety",
      ],
      ["suspicion", "strangers", "discriminate"]),
    SearchConcept(
      [
        "would go off with anyone", "goes off with strangers", "talks to strangers",
        "no stranger danger", "no sense of stranger danger", "too trusting", "hugs strangers",
        "too friendly", "over friendly", "over familiar", "overfamiliar", "climbs on strangers",
        "goes with anyone", "trusts anyone",
      ],
      ["discriminate", "strangers", "friendly", "risk", "undifferentiated"]),
    SearchConcept(
      [
        "doesnt respond when baby cries", "ignores baby crying", "leaves baby to cry",
        "leaves the baby crying", "doesnt comfort him", "doesnt comfort her",
        "doesnt pick him up when he cries", "doesnt pick her up when she cries",
        "doesnt read babys cues", "misreads cues", "misses cues", "not attuned",
        "not tuned in to baby", "doesnt notice when hes upset", "doesnt notice when shes upset",
        "doesnt pick up on cues", "propped feeding", "props the bottle",
      ],
      ["cues", "emotional", "unresponsive", "recognise", "responding", "warmth", "responses"]),
  ]

  // MARK: Health

  static let healthA: [SearchConcept] = [
    SearchConcept(
      [
        "smoking while pregnant", "smoking in pregnancy",
        "drinking while pregnant", "drinking in pregnancy",
        "pregnant and drinking", "pregnant and smoking", "pregnant and using",
        "pregnant and using drugs", "using drugs in pregnancy", "taking drugs while pregnant",
        "pregnant drug user", "pregnant and on drugs", "not looking after herself in pregnancy",
        "fasd", "foetal alcohol",
      ],
      means: [
        ["pregnant", "pregnancy", "unborn", "antenatal", "pre-birth"],
        ["lifestyle", "substance", "misuse", "alcohol", "drug", "drugs", "smoking"],
      ]),
    SearchConcept(
      [
        "not seeing the midwife", "missed midwife appointments", "avoiding the midwife",
        "no scans", "missed scans", "hasnt had a scan", "refuses antenatal care",
        "wont see the midwife", "no midwife", "not engaging with midwife", "booked at 30 weeks",
      ],
      ["antenatal", "engage", "services", "pregnancy", "unborn"]),
    SearchConcept(
      [
        "always at the doctors", "always at the gp", "always taking him to the doctor",
        "always taking her to the doctor", "frequent a and e attendances", "lots of a and e visits",
        "frequent attender", "frequently at a and e", "frequent gp visits", "multiple gp visits",
        "doctor shopping", "repeat attendances", "lots of hospital visits",
        "lots of trips to casualty", "casualty",
      ],
      ["casualty", "visits", "doctor", "frequent", "attendances", "hospital"]),
    SearchConcept(
      [
        "misses school because of illness", "misses school through illness",
        "illness affecting school",
        "health affecting school", "medical absences", "off school ill a lot",
        "hospital appointments in school time", "health affecting learning",
      ],
      means: [
        ["health", "illness", "medical", "chronic", "minor", "illnesses", "recurring"],
        ["attendance", "learning", "school", "absences"],
      ]),
    SearchConcept(
      [
        "wont take his insulin", "wont take her insulin", "refuses insulin",
        "stopped taking insulin", "not taking insulin", "refusing chemo",
        "refuses blood transfusion", "refuses treatment for cancer", "wont take his meds",
        "wont take her meds", "wont take his medication", "wont take her medication",
        "stopped taking medication", "stopped taking his meds", "stopped taking her meds",
        "refuses to take medication", "refuses medication", "not taking medication",
        "not compliant with medication", "non compliant with treatment",
      ],
      ["refusing", "treatment", "medical", "adhered", "care", "serious", "conditions"]),
    SearchConcept(
      [
        "didnt take him to hospital", "didnt take her to hospital", "didnt take him to the doctor",
        "didnt take her to the doctor", "didnt seek medical help", "didnt seek medical advice",
        "delay in seeking treatment", "delayed seeking help", "delayed presentation",
        "late presentation", "not bothered about the injury",
        "parents not worried about the injury",
        "left the injury untreated", "injury untreated", "untreated injury", "didnt get it checked",
        "waited days to get help",
      ],
      ["unconcerned", "seek", "treatment", "medical", "sought", "untreated", "adequate"]),
    SearchConcept(
      [
        "never been to the dentist", "teeth extracted", "teeth taken out", "extractions",
        "dental extractions", "abscess", "dental abscess", "juice in bottle",
        "juice in a bottle", "sugary drinks", "fizzy drinks", "brown teeth", "holes in teeth",
        "holes in his teeth", "holes in her teeth", "no toothpaste",
      ],
      ["dental", "decay", "untreated", "care", "hygiene"]),
    SearchConcept(
      [
        "scabies", "impetigo", "ringworm", "fleas", "flea bites", "bed bug bites", "bites",
        "worms", "threadworms", "infested", "crawling with lice", "skin infections",
        "recurring infections", "nappy rash", "severe nappy rash", "sore nappy area", "skin sores",
      ],
      ["infestations", "infestation", "infections", "repeat", "hygiene", "skin", "patterns"]),
    SearchConcept(
      [
        "sectioned", "mental health crisis", "crisis team", "psychiatric ward",
        "psychiatric unit", "tier 4", "tier four", "admitted to a psychiatric unit",
        "inpatient unit", "mental health hospital", "detained under the mental health act",
        "a and e for mental health", "mental health act",
      ],
      ["crisis", "acute", "psychotic", "severe", "specialist", "interventions", "mental"]),
    SearchConcept(
      [
        "psychotic", "psychotic episode", "hallucinating", "seeing things",
        "delusional", "delusions", "manic", "mania", "severe depression", "bipolar",
        "schizophrenia", "schizophrenic", "first episode psychosis",
      ],
      ["psychotic", "episode", "severe", "depression", "acute", "mental", "persecution"]),
    SearchConcept(
      [
        "talking about killing herself", "talking about killing himself",
        "talks about suicide",
        "says she wants to die", "says he wants to die",
        "wants to be dead", "suicide note", "wrote a suicide note", "previous attempt",
        "previous suicide attempt", "tried to hang himself", "tried to hang herself", "ligature",
        "tried to jump", "jumped off a bridge", "tried to take her own life",
        "tried to take his own life",
      ],
      ["suicide", "speaking", "attempted", "threat", "self-harm", "risk"]),
    SearchConcept(
      [
        "addicted to heroin", "addicted to drugs", "addicted to cocaine", "drug addict",
        "addiction", "needs detox", "detox", "rehab", "in rehab", "drug treatment",
        "withdrawals", "withdrawal symptoms", "injecting", "drug dependency",
        "dependent on drugs", "alcohol dependent", "needs drug treatment",
      ],
      [
        "detox", "rehabilitation", "problematic", "pharmacological", "misuse", "substance",
        "drug", "drugs",
      ]),
    SearchConcept(
      [
        "cocaine", "crack", "crack cocaine", "ketamine", "ket", "mdma", "ecstasy", "pills",
        "xanax", "benzos", "magic mushrooms", "legal highs", "heroin", "edibles",
        "thc vape", "thc", "skunk", "dope", "zoots", "spliffs",
      ],
      ["drug", "drugs", "substance", "substances", "misuse", "illegal", "use"]),
    SearchConcept(
      [
        "tried cannabis", "tried weed", "tried drugs", "tried alcohol", "tried smoking",
        "tried vaping", "tried a vape", "experimenting with drugs", "experimenting with alcohol",
        "experimenting with cannabis", "experimenting", "first time drinking", "had a few drinks",
        "drinks at parties", "smoked weed once", "one off drug use",
      ],
      means: [
        ["experimental", "experiment", "experimentation"],
        ["substance", "drug", "drugs", "alcohol", "smoking", "tobacco", "use"],
      ]),
    SearchConcept(
      [
        "drinking every weekend", "drunk every weekend", "gets drunk", "gets wasted",
        "binge drinking", "drinking in the park", "comes to school drunk",
        "comes in stoned", "comes to school high", "smoking weed every day", "smokes weed daily",
        "smoking weed regularly", "smokes weed regularly", "weed regularly",
        "uses cannabis regularly", "using regularly", "smoking weed most days",
        "cannabis most days", "weed most days",
        "daily cannabis", "heavy cannabis use", "addicted to weed",
        "using every day", "regular drug use", "regular cannabis use", "drinks every day",
      ],
      means: [
        ["persistent", "habitual", "regular", "frequent", "escalating", "high"],
        ["substance", "drug", "misuse", "alcohol", "drugs", "use"],
      ]),
  ]

  // MARK: School and learning

  static let learningA: [SearchConcept] = [
    SearchConcept(
      [
        "iep", "individual education plan", "pupil passport", "sen support plan",
        "school action plus", "school action", "on the sen register", "sen register",
        "provision map", "graduated approach", "assess plan do review", "support plan",
        "senco", "sendco", "senco involved", "send support",
      ],
      ["action", "sen", "plan", "special", "educational", "support", "school"]),
    SearchConcept(
      [
        "ehc needs assessment", "statutory assessment", "statemented", "has a statement",
        "ehcp assessment", "applying for an ehcp", "needs an ehcp", "ehcna",
      ],
      ["statement", "ehcp", "special", "educational", "needs", "assessment"]),
    SearchConcept(
      [
        "cant sit still", "fidgety", "fidgets", "cant focus", "poor focus", "short attention span",
        "easily distracted", "in a world of his own", "in a world of her own", "daydreams",
        "cant concentrate", "no concentration", "off task", "wont settle in class",
        "flits from thing to thing",
      ],
      ["concentration", "attention", "motivation", "engaged"]),
    SearchConcept(
      [
        "lazy", "cant be bothered", "no effort", "wont try", "doesnt try", "gives up easily",
        "unmotivated", "apathetic", "does no work", "wont do homework", "never does homework",
        "refuses to work in class", "not interested in learning", "wont engage in lessons",
      ],
      ["motivation", "engaged", "concentration", "potential", "learning"]),
    SearchConcept(
      [
        "hard to understand his speech", "hard to understand her speech", "unclear speech",
        "cant understand what he says", "cant understand what she says", "speech not clear",
        "stammer", "stutter", "mumbles", "only says a few words", "no words",
        "only points", "salt referral", "speech therapy", "speech therapist", "slt",
        "language disorder", "dld",
      ],
      ["speech", "language", "communication", "difficulties"]),
    SearchConcept(
      [
        "no school uniform", "no uniform", "no pe kit", "no school shoes", "wrong uniform",
        "dirty uniform", "uniform too small", "cant afford uniform", "cant afford school uniform",
        "no school jumper", "trainers instead of school shoes",
      ],
      ["uniform", "clothing", "school"]),
    SearchConcept(
      strength: [
        "enjoys school", "loves school", "happy at school", "likes school", "joins in at school",
        "takes part in school", "happy in class", "enjoys learning",
      ],
      ["enjoys", "participates", "school", "life", "enjoying"]),
    SearchConcept(
      strength: [
        "on track", "meeting expected standard", "passing sats", "did well in sats",
        "good gcses", "predicted good grades", "expected progress", "age related expectations",
        "working at expected", "working at age related", "top set",
      ],
      ["achieving", "key", "stages", "expected", "progress", "attainment", "potential"]),
    SearchConcept(
      [
        "no plans after year 11", "no plans for the future", "no idea what he wants to do",
        "no idea what she wants to do", "no college place", "hasnt applied to college",
        "no post 16 plan", "no post 16 place", "no career plans", "no aspirations",
        "low aspirations", "no ambition", "doesnt want a job", "wants to be on benefits",

      ],
      ["planning", "future", "aspirations", "progression", "planned", "expectation"]),
    SearchConcept(
      [
        "got an apprenticeship", "apprenticeship", "has a college place", "going to college",
        "going to sixth form", "sixth form", "going to university", "has a job lined up",
        "starting college", "on a training course", "traineeship",
      ],
      ["progression", "planned", "training", "college", "beyond", "future"]),
    SearchConcept(
      [
        "parents wont send him to school", "parents wont send her to school",
        "wont send him to school", "wont send her to school", "keeps him off school",
        "keeps her off school", "kept off school", "kept home from school", "keeps him at home",
        "keeps her at home", "parent refuses to send", "wont let him go to school",
        "wont let her go to school", "mum keeps him home", "mum keeps her home",
      ],
      means: [
        ["refusal", "refusing", "parents", "parent"],
        ["education", "school", "attendance", "non-attendance"],
      ]),
    SearchConcept(
      [
        "off rolled", "off-rolled", "offrolled", "deregistered", "taken off roll",
        "taken off the school roll", "withdrawn from school", "taken out of school",
        "withdrawn to home educate", "home educating", "home ed", "homeschooled",
        "flexi schooling",
      ],
      ["electively", "educated", "home", "education", "missing", "roll", "school"]),
    SearchConcept(
      [
        "perm ex", "permex", "at risk of exclusion", "at risk of permanent exclusion",
        "on the verge of exclusion", "close to exclusion", "final warning at school",
        "internal exclusion", "in isolation at school", "isolation booth", "on report",
        "behaviour report", "lots of detentions", "always in detention", "sent out of class",
        "sent out of lessons", "fixed term", "fte",
      ],
      ["exclusion", "exclusions", "excluded", "fixed", "term", "permanent", "short"]),
    SearchConcept(
      [
        "unexplained absences", "lots of unexplained absences", "off school with no reason",
        "absent without explanation", "no reason given for absence", "parents dont call in",
        "not phoning in", "doesnt call in sick", "sudden absence", "suddenly stopped coming",
        "suddenly stopped attending", "stopped coming to school",
      ],
      ["unexplained", "absences", "sudden", "unauthorised", "frequent"]),
    SearchConcept(
      [
        "term time holiday", "holiday in term time", "taken on holiday in term time",
        "extended holiday", "long holiday abroad", "extended trip abroad", "back late from holiday",
        "went abroad for weeks",
      ],
      ["unauthorised", "absences", "absence", "unexplained", "attendance"]),
    SearchConcept(
      [
        "parents banned from school", "parents abusive to staff", "mum shouts at teachers",
        "dad shouts at teachers", "parents aggressive to school staff",
        "parents aggressive to teachers", "parents wont speak to school",
        "parents never answer the phone", "school cant contact parents", "parents ignore school",
        "no contact from parents", "parents refuse to meet school", "parents hostile to school",
        "parents fallen out with school",
      ],
      means: [
        ["links", "link", "hostile", "existent", "relationship", "engage"],
        ["school", "home"],
      ]),
    SearchConcept(
      [
        "hurts other children", "hurts other kids", "injured another pupil", "injured a child",
        "a danger to other children", "dangerous to other kids", "risk to other pupils",
        "risk to other children", "other parents complaining", "cant keep other children safe",
        "attacks other children", "attacked a pupil", "hit a teacher", "assaulted a teacher",
        "assaulted staff",
      ],
      ["peers", "risk", "puts", "others", "aggressive"]),
    SearchConcept(
      [
        "no friends at school", "kids wont play with him", "kids wont play with her",
        "no one plays with him", "no one plays with her", "nobody plays with him",
        "nobody plays with her", "nobody wants to sit with him", "nobody wants to sit with her",
        "ostracised", "shunned", "frozen out", "left out by other kids", "excluded by friends",
        "cold shouldered", "ganged up on", "taunted", "called names by other kids",
        "called names at school", "mocked", "laughed at", "made fun of", "picked last",
      ],
      means: [
        ["rejected", "rejection", "taunting", "teasing", "alienated", "alienation", "bullied"],
        ["peers", "peer", "school"],
      ]),
    SearchConcept(
      [
        "kids say he smells", "kids say she smells", "other children say he smells",
        "other children say she smells", "teased for smelling", "teased about smelling",
        "called smelly", "bullied for being smelly", "bullied because he smells",
        "bullied because she smells", "teased about his clothes", "teased about her clothes",
      ],
      ["smelly", "teasing", "clean", "hygiene", "alienation", "peers"]),
  ]

  // MARK: Behaviour and offending

  static let behaviourA: [SearchConcept] = [
    SearchConcept(
      [
        "nicking", "nicks things", "pinching", "pinches things", "lifting from shops",
        "nicking from shops", "stealing from shops", "shoplifts", "thieving", "first offence",
        "first time offender", "just started offending", "caught stealing", "caught shoplifting",
        "started stealing", "started getting into trouble",
      ],
      ["offend", "offences", "commit", "starting", "offending", "criminal", "anti-social"]),
    SearchConcept(
      [
        "getting into trouble", "in trouble with the police", "trouble with the police",
        "police involved", "police contact", "known to police", "known to the police",
        "picked up by police", "picked up by the police", "brought home by police",
        "brought home by the police", "stopped by police", "stop and search",
      ],
      ["criminal", "offending", "anti-social", "crime", "offences", "justice", "behaviour"]),
    SearchConcept(
      [
        "referral order", "youth rehabilitation order", "yro", "youth caution",
        "conditional caution", "on bail", "electronic tag", "curfew", "in custody",
        "young offenders institution", "yoi", "secure unit", "secure training centre",
        "sentenced", "convicted", "been charged", "court appearance",
        "going to court", "yjs", "youth justice", "youth justice service",
      ],
      ["prosecution", "prosecuted", "court", "orders", "custodial", "sentences", "justice"]),
    SearchConcept(
      [
        "asbo", "cbo", "criminal behaviour order", "community protection notice",
        "dispersal order", "acceptable behaviour contract",
      ],
      ["asbos", "anti-social", "court", "orders", "antisocial"]),
    SearchConcept(
      [
        "remanded", "on remand", "remanded into care", "remanded to local authority",
        "remanded to the local authority",
      ],
      ["remanded", "custody", "criminal", "local", "authority"]),
    SearchConcept(
      [
        "causing trouble in the neighbourhood", "causing trouble on the estate",
        "hanging around causing trouble", "throwing stones", "setting fires", "fire setting",
        "firesetting", "arson", "joyriding", "criminal damage", "smashing windows",
        "nuisance", "neighbours complaining about him",
        "neighbours complaining about her",
      ],
      ["anti-social", "antisocial", "criminal", "neighbourhood", "offending", "behaviour"]),
    SearchConcept(
      [
        "hates the police", "hates teachers", "no respect for authority", "disrespectful",
        "rude to staff", "rude to teachers", "anti authority", "against authority",
        "wont listen to teachers", "argues with teachers", "challenges authority",
        "defies teachers",
      ],
      ["authoritarian", "antisocial", "defiance", "oppositional", "challenging"]),
    SearchConcept(
      [
        "wont do as hes told", "wont do as shes told", "wont do as he is told",
        "wont do as she is told", "does what he likes", "does what she likes",
        "ignores house rules", "breaks house rules", "refuses to follow rules",
        "argues with mum", "argues with dad", "oppositional", "oppositional defiant",
        "pushing boundaries", "testing boundaries", "wont come in when told",
        "comes and goes as he pleases", "comes and goes as she pleases",
      ],
      ["defiance", "oppositional", "rules", "control", "boundaries"]),
    SearchConcept(
      [
        "oppositional defiant disorder", "conduct problems", "conduct disorder diagnosis",
        "pathological demand avoidance", "pda", "demand avoidance",
      ],
      ["conduct", "disorder", "oppositional", "defiance", "mental", "health"]),
    SearchConcept(
      [
        "loses his temper", "loses her temper", "flies into a rage", "blows up", "red mist",
        "cant control his anger", "cant control her anger", "anger issues", "anger problems",
        "short fuse", "hot headed", "throws things", "trashes his room", "trashes her room",
        "smashes things up", "screams and shouts", "explodes",
      ],
      ["anger", "frustration", "cope", "aggressive", "deal"]),
    SearchConcept(
      [
        "doesnt understand consequences", "doesnt think before he acts",
        "doesnt think before she acts", "impulsive", "acts without thinking",
        "doesnt learn from mistakes", "doesnt see how it affects others",
        "blames everyone else", "never his fault", "never her fault",
        "no understanding of consequences",
      ],
      ["consequences", "actions", "impact", "cause", "effect", "understand"]),
    SearchConcept(
      [
        "doesnt care who he hurts", "doesnt care who she hurts", "no remorse", "callous",
        "cold hearted", "no guilt", "doesnt care about other peoples feelings",
        "cant put himself in others shoes", "cant put herself in others shoes", "unkind",
        "enjoys hurting others",
      ],
      ["empathy", "impact", "others", "understand"]),
    SearchConcept(
      [
        "hangs around the park at night", "hanging about on the streets", "out on the streets",
        "hangs around town", "hangs out at the shops", "hanging around the station",
        "goes to parties", "house parties", "goes to raves",
        "out with friends till late", "out with mates till late", "out until the early hours",
      ],
      ["leisure", "choices", "safe", "risky", "risk-taking", "risk"]),
    SearchConcept(
      [
        "hangs out with older kids", "hangs out with older teenagers", "friends are older",
        "older friends", "mixing with older", "older group", "older crowd", "with older teenagers",
        "hangs around with adults", "friends with adults", "adult friends",
      ],
      ["older", "socialises", "associating", "peers", "people"]),
    SearchConcept(
      [
        "wants to fit in", "trying to fit in", "desperate to fit in",
        "does anything to be accepted",
        "wants to be liked", "follows the crowd", "peer pressure", "pressured by friends",
        "easily led", "easily influenced", "led astray", "gullible", "naive", "impressionable",
      ],
      ["easily", "led", "aligns", "acceptance", "seek"]),
    SearchConcept(
      [
        "in a gang", "gang affiliated", "gang related", "gang colours", "gang tattoos",
        "drill videos", "in drill videos", "beef with another area", "beef", "opps", "ops",
        "rival gang", "postcode war",
      ],
      ["gang", "affiliation", "activities", "involvement", "activity"]),
    SearchConcept(
      [
        "doesnt know where he is", "doesnt know where she is", "dont know where he is",
        "dont know where she is", "mum doesnt know where he is", "mum doesnt know where she is",
        "parents dont know where he is", "parents dont know where she is",
        "no idea where he goes", "no idea where she goes", "comes home at all hours",
        "out till 2am", "out til late", "stays out late", "out all hours",
      ],
      ["supervision", "awareness", "danger", "safety", "boundaries", "missing"]),
    SearchConcept(
      [
        "didnt come home", "not come home", "hasnt come home", "missing overnight",
        "gone missing overnight", "reported missing", "misper", "absent from home",
        "return home interview", "rhi", "missing from care", "missing from placement",
        "whereabouts unknown",
      ],
      ["missing", "absconding", "home", "away", "running"]),
  ]

  // MARK: Feelings and identity

  static let emotionalA: [SearchConcept] = [
    SearchConcept(
      [
        "shy", "very shy", "timid", "lacks confidence", "lacking in confidence", "quiet and shy",
        "no self belief", "hides behind mum", "wont speak in class", "selective mutism",
        "selectively mute", "puts himself down", "puts herself down", "says hes stupid",
        "says shes stupid", "says hes rubbish at everything", "thinks shes useless",
        "thinks hes useless", "insecure",
      ],
      ["confidence", "self-esteem", "esteem", "insecurities", "confident", "selfesteem"]),
    SearchConcept(
      [
        "doesnt know who he is", "doesnt know who she is", "confused about identity",
        "identity issues", "struggling with identity", "questioning who she is",
        "questioning who he is", "mixed race identity", "cultural identity",
        "doesnt know his dad", "doesnt know her dad", "never met his dad", "never met her dad",
        "doesnt know his heritage",
      ],
      ["identity", "insecurities", "sense", "self"]),
    SearchConcept(
      [
        "feels part of the family", "feels loved", "sense of belonging", "feels accepted",
        "feels like an outsider", "doesnt feel he belongs", "doesnt feel she belongs",
        "doesnt fit in", "feels different", "feels left out at home",
      ],
      ["belonging", "acceptance", "identity", "insecurities"]),
    SearchConcept(
      [
        "never achieved anything", "never gets praised at school", "no certificates",
        "never wins anything", "nothing to be proud of", "never succeeds",
        "no achievements", "nothing he is good at", "nothing she is good at",
      ],
      ["achievements", "achievement", "success", "recognised"]),
    SearchConcept(
      [
        "hates change", "struggles with change", "doesnt cope with change",
        "cant cope with change", "needs routine", "upset by change",
        "cant handle transitions", "struggles with transitions", "transitions",
        "change of routine", "meltdown when routine changes",
      ],
      ["change", "changes", "adapt", "managing", "difficult"]),
    SearchConcept(
      [
        "isolates himself", "isolates herself", "cuts himself off", "cuts herself off",
        "keeps himself apart", "keeps herself apart", "shuts himself away", "shuts herself away",
        "stays in his room", "stays in her room", "never leaves his room", "never leaves her room",
        "wont come out of his room", "wont come out of her room",
      ],
      ["alienates", "isolated", "withdrawn", "socially", "withdrawal"]),
    SearchConcept(
      [
        "weird behaviour", "odd behaviour", "strange behaviour", "socially awkward",
        "doesnt understand social rules", "invades personal space", "no social skills",
        "poor social skills", "inappropriate comments", "says inappropriate things",
        "inappropriate jokes", "laughs at the wrong times",
      ],
      ["inappropriate", "social", "responses", "behaviour", "actions"]),
    SearchConcept(
      [
        "no male role model", "no dad around", "no father figure", "no positive role models",
        "bad influences", "looks up to gang members", "idolises drug dealers",
        "looks up to criminals", "role model is a criminal", "no one to look up to",
      ],
      ["role", "models", "positive", "lack", "lacks"]),
  ]

  // MARK: Sexual health and sexual harm

  static let sexualA: [SearchConcept] = [
    SearchConcept(
      [
        "touching himself", "touching herself", "playing with himself", "playing with herself",
        "hand in his pants", "hand in her pants", "hand down his trousers", "rubbing himself",
        "rubbing herself", "humping", "humping furniture", "masturbates", "masturbates in class",
        "masturbating in public",
      ],
      ["masturbation", "sexualised", "sexual", "inappropriate", "excessive"]),
    SearchConcept(
      [
        "touching his private parts", "touching her private parts", "touching his willy",
        "touching other kids private parts", "touching other childrens private parts",
        "simulating sex", "playing sex games", "sex games", "shows his private parts",
        "shows her private parts", "flashing", "pulls his pants down", "pulls her pants down",
        "sexual play", "acting out sex",
      ],
      ["sexualised", "sexual", "behaviour", "inappropriate", "harmful", "knowledge"]),
    SearchConcept(
      [
        "short skirts", "short skirts and makeup", "revealing clothes", "skimpy clothes",
        "dresses older than her age", "dresses too old", "dresses provocatively",
        "provocative clothes", "sexy clothes", "wears lots of makeup", "heavy makeup",
        "lots of makeup", "sexualised clothing", "sexualised dress",
      ],
      ["provocative", "clothing", "dress", "appearance", "sexually"]),
    SearchConcept(
      [
        "consensual sex", "having sex with her boyfriend", "having sex with his girlfriend",
        "having sex with boyfriend", "sleeping with her boyfriend", "sleeping with his girlfriend",
        "in a sexual relationship", "first sexual relationship", "same age boyfriend",
        "same age girlfriend", "boyfriend the same age",
      ],
      ["consensual", "sexual", "activity", "age-appropriate", "active", "sexually"]),
    SearchConcept(
      [
        "multiple partners", "lots of sexual partners", "sleeping around", "promiscuous",
        "casual sex", "sex with strangers", "sex with people she doesnt know",
        "sex with people he doesnt know", "one night stands", "lots of partners",
      ],
      means: [
        ["sexual", "sexually", "sex"],
        ["unsafe", "regular", "risk", "harmful", "risk-taking"],
      ]),
    SearchConcept(
      [
        "sex for money", "sex for drugs", "sex in exchange", "sex in exchange for",
        "selling sex", "swapping sex for", "transactional sex", "paid for sex", "prostitution",
        "escorting", "sugar daddy", "sold for sex", "pimped",
      ],
      ["prostitution", "exploitation", "sexual", "exploited", "trafficking"]),
    SearchConcept(
      [
        "sex with a 12 year old", "sex with a 11 year old", "sex at 12", "having sex at 12",
        "having sex at 11", "sexually active at 12", "sexually active at 11",
        "sexually active under 13", "sex under 13", "under 13 having sex",
        "12 year old having sex", "11 year old having sex", "pregnant at 12", "pregnant at 11",
        "12 and pregnant", "under 13 and pregnant",
      ],
      means: [["13", "under"], ["sexual", "sex", "sexually", "pregnancy", "exploitation"]]),
    SearchConcept(
      [
        "underage sex", "under age sex", "underage sexual activity", "statutory rape",
        "sex with an adult", "sex with a grown man", "sex with an older man",
        "adult boyfriend", "boyfriend is 19", "boyfriend is 20", "boyfriend is 21",
        "boyfriend in his twenties", "relationship with an adult", "sex with a teacher",
      ],
      means: [
        ["sexual", "sex", "sexually"],
        ["criminal", "constitute", "under", "13", "exploitation", "older", "boyfriend"],
      ]),
    SearchConcept(
      strength: [
        "uses condoms", "uses contraception", "on the pill", "has the implant",
        "has the coil", "knows about safe sex", "safe sex", "sex education", "rse",
        "relationships education", "understands consent", "knows about consent",
      ],
      ["contraception", "knowledgeable", "sex", "relationships", "consistent"]),
    SearchConcept(
      [
        "early sexual activity", "sexually active young", "started having sex young",
        "having sex at 13", "having sex at 14", "sexually active at 13", "sexually active at 14",
        "at risk of pregnancy", "could get pregnant", "early pregnancy",
      ],
      ["onset", "early", "sexual", "activity", "pregnancy"]),
    SearchConcept(
      [
        "sore bottom", "bleeding from her bottom", "bleeding from his bottom", "itchy bottom",
        "pain down below", "genital injury", "anal injury",
        "injury to private parts", "sti in a young child", "urine infections", "uti",
        "recurrent utis", "thrush", "vaginal discharge", "sore vagina", "sore willy",
      ],
      ["genital", "anal", "transmitted", "infections", "symptoms", "injuries"]),
    SearchConcept(
      [
        "made to watch porn", "made to watch sex", "filmed in the bath", "photographed naked",
        "naked photos of her", "naked photos of him", "watched while showering",
        "watched in the shower", "peeping", "adult exposed himself", "flashed at", "flashed by",
        "non contact abuse", "non contact sexual abuse",
      ],
      ["non-contact", "pornographic", "voyeuristic", "sexual", "abuse"]),
    SearchConcept(
      [
        "peer on peer abuse", "peer on peer", "child on child abuse", "child on child",
        "peer abuse", "upskirting", "sexual harassment at school", "boys touching girls",
        "groped at school", "groped", "pinging bras", "rating girls", "slut shaming",
        "sharing nudes of classmates", "nudes shared around school", "sexual bullying",
      ],
      means: [
        ["peer", "peers", "child"],
        ["abuse", "harmful", "sexually", "harassment", "allegations"],
      ]),
  ]

  // MARK: Phones and the internet

  static let onlineA: [SearchConcept] = [
    SearchConcept(
      [
        "chatting to strangers online", "talking to strangers online", "talks to men online",
        "online friends", "online boyfriend", "met someone on snapchat",
        "met him online", "met her online", "omegle", "roblox", "kik", "telegram",
        "sextortion", "being blackmailed online", "blackmailed over photos", "catfished",
        "online bullying", "trolling", "on his phone all night",
        "on her phone all night", "gaming all night", "online all night", "up all night on phone",
        "phone addiction", "addicted to his phone", "addicted to her phone",
      ],
      ["cyber", "networking", "texts", "emails", "sites", "technology"]),
    SearchConcept(
      [
        "nudes", "sending nudes", "sent nudes", "sent a nude", "nude pictures", "nude photos",
        "naked pictures", "naked selfies", "sharing nudes", "sexting", "dick pics",
        "explicit pictures", "explicit photos", "youth produced sexual imagery",
      ],
      ["cyber", "images", "networking", "texts", "technology", "pornographic", "exploitation"]),
    SearchConcept(
      [
        "parents dont monitor his phone", "parents dont monitor her phone",
        "no parental controls", "parents dont know what hes doing online",
        "parents dont know what shes doing online", "unsupervised online",
        "unrestricted internet", "phone in bedroom all night", "parents let him game all night",
        "parents let her stay online all night", "no controls on his phone",
        "no controls on her phone",
      ],
      means: [
        ["cyber", "prevent", "managed", "exposure"],
        ["parent", "parents", "parental", "managed", "fails"],
      ]),
  ]

  // MARK: Parenting

  static let parentingA: [SearchConcept] = [
    SearchConcept(
      [
        "teenage mum", "teenage mother", "teenage dad", "teenage father", "teen dad",
        "young dad", "young parents", "very young mum", "mum is 15", "mum is 16", "mum is 17",
        "mum is 18", "dad is 16", "dad is 17", "16 year old mum", "17 year old mum",
        "mum still at school", "mum still a child herself", "mum is a child herself",
        "care leaver mum",
      ],
      means: [
        ["young", "teenage", "inexperienced", "unsupported"],
        ["parent", "parents", "mother", "carer"],
      ]),
    SearchConcept(
      [
        "first time mum", "first time parents", "new mum", "new parents",
        "nervous mum", "anxious mum", "anxious parents", "inexperienced mum",
        "inexperienced parents", "never looked after a baby", "unsure how to care for baby",
        "lacks confidence as a parent", "overanxious mum",
      ],
      means: [["inexperienced", "anxious", "young"], ["parent", "parents", "mother", "carer"]]),
    SearchConcept(
      [
        "lets him do what he wants", "lets her do what she wants", "cant say no",
        "cant say no to him", "cant say no to her", "gives in to him", "gives in to her",
        "always gives in", "too soft", "soft on him", "soft on her", "spoils him", "spoils her",
        "no discipline", "no consequences at home", "parents wont discipline",
        "doesnt tell him off", "doesnt tell her off", "rules keep changing",
        "inconsistent discipline", "no structure", "no structure at home",
      ],
      ["boundaries", "guidance", "inconsistent", "effective", "rules", "set"]),
    SearchConcept(
      [
        "empty fridge", "empty cupboards", "no food in the house", "nothing to eat at home",
        "nothing in the fridge", "no food at home", "no food in the cupboards", "cupboards bare",
        "kids go without food", "no tea", "no evening meal", "relies on food bank",
        "food bank parcels", "nothing to eat",
      ],
      ["food", "warmth", "basic", "available", "unavailable", "lack", "basics"]),
    SearchConcept(
      [
        "heating cut off", "electric cut off", "gas cut off",
        "meter run out", "no credit on the meter", "no money for the meter", "no money for gas",
        "no money for electric", "cant afford heating", "cant afford to heat the house",
        "house freezing", "freezing cold house", "freezing house", "prepayment meter",
      ],
      means: [
        ["warmth", "amenities", "facilities"],
        ["food", "basic", "basics", "amenities", "facilities"],
      ]),
    SearchConcept(
      [
        "comes to school without breakfast", "comes in without breakfast", "hasnt had breakfast",
        "not had breakfast", "no breakfast at home", "no lunch money", "no dinner money",
        "no packed lunch", "empty lunchbox", "cant afford school dinners",
        "packed lunch is just crisps", "skips breakfast",
      ],
      ["breakfast", "lunch", "money", "diet", "restricted", "food"]),
    SearchConcept(
      [
        "constantly hungry", "starving all the time", "asks for food", "asking staff for food",
        "asks teachers for food", "eats other kids lunches", "hoards food", "hiding food",
        "takes food from bins", "eats from bins", "gorges on food", "wolfs food",
        "wolfs down food", "eats like hes never been fed", "eats like shes never been fed",
      ],
      ["hungry", "food", "underweight", "lack", "constantly"]),
    SearchConcept(
      [
        "never praises him", "never praises her", "no praise", "always criticising",
        "always having a go at him", "always having a go at her", "always shouting at him",
        "always shouting at her", "nothing he does is good enough",
        "nothing she does is good enough", "nags", "harsh parenting", "cold and critical",
        "very critical", "critical of him", "critical of her",
      ],
      ["criticism", "warmth", "praise", "negative", "encouragement"]),
    SearchConcept(
      [
        "mum says she hates him", "mum says she hates her", "mum hates him", "mum hates her",
        "dad hates him", "dad hates her", "mum doesnt want him", "mum doesnt want her",
        "dad doesnt want him", "dad doesnt want her", "doesnt want him", "doesnt want her",
        "wishes he was never born", "wishes she was never born", "says she doesnt love him",
        "says she doesnt love her", "doesnt love him", "doesnt love her", "prefers his brother",
        "prefers her sister", "treats him differently to his siblings",
        "treats her differently to her siblings", "blamed for everything",
      ],
      ["rejection", "rejected", "rejecting", "cold"]),
    SearchConcept(
      [
        "cold towards him", "cold towards her", "no affection", "never cuddles him",
        "never cuddles her", "never hugs him", "never hugs her", "doesnt show affection",
        "no warmth", "unaffectionate", "distant mum", "distant dad", "emotionally distant",
      ],
      ["cold", "warmth", "rejecting", "emotional", "affection"]),
    SearchConcept(
      [
        "one minute loving next minute shouting", "hot and cold", "blows hot and cold",
        "moody with the kids", "unpredictable moods", "mood changes with the kids",
        "sometimes lovely sometimes awful", "depends on her mood", "depends on his mood",
      ],
      ["inconsistent", "responses", "responding"]),
    SearchConcept(
      [
        "plays 18 rated games", "plays 18 games", "18 rated games", "plays gta", "gta",
        "call of duty", "18 rated films", "watches 18 films", "watches horror films",
        "lets him watch horror films", "lets her watch horror films", "horror films",
        "sees parents having sex", "parents have sex in front of him",
        "parents have sex in front of her", "watching porn with dad", "porn left lying around",
        "sex toys left out",
      ],
      ["exposure", "inappropriate", "adult", "material", "young"]),
    SearchConcept(
      [
        "left in the car", "left in car", "left alone in the bath", "left in the bath",
        "left baby alone", "left the baby alone", "left asleep while mum went out",
        "mum goes out and leaves them", "goes out and leaves them", "parents go out and leave them",
        "left for hours", "left overnight", "left alone overnight", "left alone all day",
        "left for the weekend",
      ],
      ["alone", "left", "supervision", "periods", "home"]),
    SearchConcept(
      [
        "spends a lot of time alone", "always on his own at home", "always on her own at home",
        "in his room all day", "in her room all day", "left to his own devices",
        "left to her own devices", "fends for himself", "fends for herself",
        "makes his own meals", "makes her own meals", "gets himself to school",
        "gets herself to school", "gets himself up for school", "gets herself up for school",
        "latchkey kid", "latch key kid",
      ],
      ["alone", "spending", "time", "supervision", "left"]),
    SearchConcept(
      [
        "left at the hospital", "nobody came to collect him", "nobody came to collect her",
        "no one came to pick him up", "no one came to pick her up", "parents disappeared",
        "found wandering", "found wandering alone", "toddler found in the street",
        "found alone", "found by police alone", "wandering the streets alone",
      ],
      ["abandoned", "lost", "alone", "no-one", "home"]),
    SearchConcept(
      [
        "orphan", "both parents died", "both parents dead", "parents dead",
        "no one has parental responsibility", "nobody has parental responsibility",
        "no one has pr", "nobody has pr", "no one with pr", "no legal guardian",
        "no one to sign consent", "no pr",
      ],
      means: [["responsibility"], ["parental", "parents", "nobody", "no-one", "abandoned"]]),
    SearchConcept(
      [
        "lots of different carers", "different carers", "different people looking after him",
        "different people looking after her", "pillar to post", "passed from pillar to post",
        "passed around the family", "passed between relatives",
        "bounced between parents", "lives between houses", "shuttled between",

      ],
      ["multiple", "carers", "arrangements", "moves"]),
    SearchConcept(
      [
        "left with a sex offender", "left with a known offender", "left with an offender",
        "babysat by a sex offender", "left with uncle who is a risk", "left with someone dangerous",
        "left with a drug user", "left with drunk adults", "left with a violent man",
      ],
      means: [
        ["left", "care", "contact", "access"],
        ["risk", "offender", "suspected", "known", "dangerous", "unsuitable"],
      ]),
    SearchConcept(
      [
        "lets the ex back in", "lets him back in the house", "lets him back in",
        "ex keeps turning up", "ex turns up", "lets dangerous people in",
        "allows perpetrator back", "perpetrator still visiting", "perpetrator back in the home",
        "breaching bail conditions", "lets the abuser visit", "cant stop him coming round",
        "cant keep him away",
      ],
      ["restrict", "access", "dangerous", "adults", "unable", "manage"]),
    SearchConcept(
      [
        "mum admitted hitting him", "mum admitted hitting her", "dad admitted hitting him",
        "dad admitted hitting her", "dad admitted hurting the baby",
        "mum admitted hurting the baby",
        "parent confessed", "mum says she hurt him", "mum says she hurt her",
        "mum said she shook the baby", "mum says she might hurt the baby",
        "scared she will hurt the baby", "thoughts of harming the baby",
        "intrusive thoughts about harming baby", "dad told me he hit her", "dad told me he hit him",
      ],
      means: [["disclosure", "harm", "harmed"], ["parent", "parental", "parents", "carer"]]),
    SearchConcept(
      [
        "mum was in care", "mum grew up in care", "dad was in care", "dad grew up in care",
        "parent was in care", "parents were in care", "mum was a looked after child",
        "mum had a bad childhood", "mum was abused as a child", "dad was abused as a child",
        "parents own childhood trauma", "no experience of being parented",
      ],
      means: [
        ["brought", "experience", "care"],
        ["parenting", "parent", "parents", "unborn"],
      ]),
    SearchConcept(
      [
        "made to stand in the corner", "made to stand in the corner for hours",
        "made to stand for hours", "makes him stand", "makes her stand", "made to stand",
        "stand with his arms up", "stand with arms up", "arms up for an hour",
        "made to stand with arms up", "made to kneel", "kneeling on rice", "stress positions",
        "locked in his room", "locked in her room", "locked in a cupboard",
        "locked in the cupboard", "locked out of the house", "locked out as punishment",
        "made to sit on the stairs for hours", "food withheld", "no food as punishment",
        "cold showers as punishment", "cold baths as punishment", "tied up", "tied to a chair",
      ],
      ["chastisement", "inappropriate", "stress", "positions"]),
    SearchConcept(
      [
        "gives him a smack", "gives her a smack", "smacks him", "smacks her",
        "tap on the hand", "slapped his hand", "slapped her hand", "clip round the ear",
        "physical discipline", "smacking as discipline",
        "smacked on the bottom", "smacked bottom",
      ],
      ["chastisement", "physical", "low"]),
    SearchConcept(
      [
        "shaken baby", "shook the baby", "shaking the baby", "threw the baby", "thrown",
        "threw him", "threw her", "poisoned", "suffocated", "smothered",
        "tried to drown", "held under water", "held under the water", "scalded",
        "scalded him", "scalded her", "burnt with a cigarette", "cigarette burns", "burnt him",
        "burnt her", "force fed", "salt poisoning", "given drugs to make him ill",
      ],
      [
        "deliberately", "injures", "shaking", "throwing", "poisoning", "burning", "scalding",
        "drowning", "suffocating", "induces",
      ]),
  ]

  // MARK: Injuries

  static let injuriesA: [SearchConcept] = [
    SearchConcept(
      [
        "story doesnt add up", "explanation doesnt match", "explanation doesnt match injury",
        "explanation doesnt fit", "doesnt fit the injury", "different explanations",
        "changing story", "story keeps changing", "stories dont match", "parents stories differ",
        "no explanation for injury", "no explanation for the bruise", "cant explain the bruise",
        "cant explain the injury", "implausible explanation", "vague explanation",
        "inconsistent explanation",
      ],
      ["explanation", "inconsistent", "unexplained", "injury", "injuries", "explained"]),
    SearchConcept(
      [
        "bruising on ears", "bruising behind ears", "bruise behind the ear",
        "bruises on back", "bruising on buttocks", "bruises on bottom",
        "bruises on thighs", "bruising on torso", "bruising on stomach", "bruising on neck",
        "marks on neck", "bruising on cheeks", "grip marks", "hand print", "handprint",
        "loop marks", "belt marks", "bruising in unusual places", "injuries in odd places",
        "odd places", "unusual places", "bruises on soft parts", "ten4", "tenfour",
      ],
      ["unexpected", "places", "typical", "injuries", "bruising", "normal"]),
    SearchConcept(
      [
        "bruising on a baby", "bruising on non mobile baby",
        "bruise on a non mobile baby", "non mobile baby", "non mobile", "injury to a baby",
        "baby with a bruise", "baby has a bruise", "fracture in a baby", "broken bone in a baby",
        "immobile baby", "premobile", "pre mobile",
      ],
      ["injury", "injuries", "bruising", "unexpected", "typical", "unexplained"]),
    SearchConcept(
      [
        "accident prone", "always got bruises", "always has bruises", "always injured",
        "keeps getting hurt", "lots of injuries", "repeated injuries", "frequent injuries",
        "injured again", "always has marks", "another injury", "regular injuries",
        "keeps turning up with injuries",
      ],
      ["frequency", "injuries", "repeat", "patterns", "persistent", "presentation"]),
  ]

  // MARK: Family and relationships

  static let familyA: [SearchConcept] = [
    SearchConcept(
      [
        "mum says shes had enough", "mum says she has had enough", "parents have had enough",
        "mum wants him out", "mum wants her out", "mum wants him gone", "wont have him back",
        "wont have her back", "wont have him home", "wont have her home",
        "parents wont have him home", "refuse to have him home", "refuse to have her home",
        "parents kicked him out", "parents kicked her out", "kicked out by parents",
        "kicked out by mum", "kicked out by dad", "thrown out by mum", "thrown out by parents",
        "mum kicked him out", "mum kicked her out", "dad threw him out", "dad threw her out",
        "placement breaking down", "about to break down",
      ],
      ["breakdown", "imminent", "accommodation", "looked", "accommodated"]),
    SearchConcept(
      [
        "siblings dont get on", "sibling rivalry", "jealous of the baby", "jealous of his sister",
        "jealous of her sister", "jealous of his brother", "jealous of her brother",
        "hates his brother", "hates her sister", "siblings always fighting",
      ],
      ["sibling", "siblings", "difficult", "concerning", "relationships"]),
    SearchConcept(
      [
        "bullies his sister", "bullies his brother", "bullies her sister", "bullies her brother",
        "brother bullies him", "brother bullies her", "picks on his little brother",
        "picks on her little sister", "hurts the baby", "hurts his baby sister",
        "hurts her baby brother", "siblings beat each other up", "older brother hits him",
        "older brother hits her",
      ],
      ["sibling", "siblings", "inter-sibling", "violence", "aggression", "abusive"]),
    SearchConcept(
      [
        "nan interferes", "grandma interferes", "grandparents interfere",
        "grandparents undermine", "grandparents undermine mum", "family undermine mum",
        "interfering family", "interfering grandparents", "in laws", "mother in law",
        "family stir things up", "family bad mouth mum",
      ],
      means: [
        ["extended", "wider", "family"],
        ["negative", "input", "destructive", "unhelpful", "involvement"],
      ]),
    SearchConcept(
      [
        "fell out with family", "fallen out with family", "estranged from family",
        "doesnt speak to her family", "doesnt speak to his family", "cut off from family",
        "no contact with grandparents", "family feud", "family rift", "not speaking to nan",
      ],
      means: [
        ["extended", "wider", "family"],
        ["conflict", "poor", "relationship", "relationships", "support"],
      ]),
    SearchConcept(
      [
        "still upset about parents splitting", "not over the divorce",
        "blames himself for the split",
        "blames herself for the split", "misses dad since he left", "caught in the middle",
        "piggy in the middle", "used as a pawn", "parental alienation", "mum badmouths dad",
        "dad badmouths mum", "turning him against his dad", "turning her against her mum",
        "contact arguments", "arguments over contact",
      ],
      ["separation", "unresolved", "divorce", "acrimonious", "issues"]),
    SearchConcept(
      [
        "parents argue in front of him", "parents argue in front of her",
        "argue in front of the kids", "argue in front of the children",
        "rows in front of the children", "rows in front of the kids",
        "fighting in front of the kids", "fighting in front of the children",
        "parents dont realise the effect of their arguing", "parents think kids dont notice",
        "kids hear the arguments", "children hear the rows",
      ],
      means: [
        ["conflict", "discord", "relationship"], ["exposure", "insight", "parental", "parents"],
      ]),
    SearchConcept(
      [
        "threatened to kill mum", "threatens to kill her",
        "threats to kill", "death threats", "threatening texts", "threatening messages",
        "threatens to take the kids", "threatened to take the children", "verbal threats",
        "screams threats", "threatens mum",
      ],
      means: [["threats", "threat", "threatening", "verbal"], domesticA]),
    SearchConcept(
      [
        "dash high risk", "dash", "high risk dash", "high risk domestic abuse",
        "high risk domestic violence", "third incident", "repeat call outs", "repeat incidents",
        "police called again", "several police call outs", "non molestation order", "non mol",
        "restraining order", "strangulation", "non fatal strangulation", "strangled mum",
      ],
      means: [
        ["domestic", "violence", "abuse"],
        ["incident", "incidents", "high", "chronic", "persistent", "ongoing", "history"],
      ]),
    SearchConcept(
      [
        "dad left the family", "mum left the family", "dad left home", "dad walked out",
        "mum walked out", "dad moved out",
        "mum moved out", "dad not around", "absent father", "absent dad", "no contact with dad",
        "no contact with mum", "lost contact with dad", "lost contact with mum",
        "dad disappeared", "mum disappeared",
      ],
      ["loss", "separation", "significant", "adult", "breakdown"]),
    SearchConcept(
      [
        "complicated family", "complex family", "blended family", "step families",
        "lots of half siblings", "different dads", "complicated home life",
        "complicated family set up",
      ],
      means: [["dynamics", "composition", "complex"], ["family", "household"]]),
    SearchConcept(
      [
        "tough home life", "hard home life", "difficult home life", "rough home life",
        "things are tough at home", "stuff going on at home", "problems at home",
        "trouble at home", "things are difficult at home", "hard time at home",
      ],
      means: [
        ["difficult", "chaotic", "unstable", "circumstances", "difficulties"],
        ["home", "family", "environment", "household"],
      ]),
    SearchConcept(
      [
        "staying with an aunt", "living with an aunt", "living with his aunt",
        "living with her aunt", "living with an uncle", "staying with an uncle",
        "living with a family friend", "staying with a family friend",
        "living with a friends family",
        "living with his girlfriends family", "living with her boyfriends family",
        "staying at a mates", "staying at a friends house", "living with a cousin",
        "living with his cousin", "living with her cousin", "living with a great aunt",
        "sent to live with", "left in the uk with", "left with a family friend",
      ],
      ["privately", "fostered", "fostering", "relatives", "arrangement"]),
    SearchConcept(
      [
        "mum had fgm", "mum has had fgm", "mother had fgm", "mum was cut", "mum is cut",
        "mum has fgm", "parent had fgm", "mother underwent fgm", "fgm in the family",
        "sister had fgm", "older sister was cut", "fgm practising community",
        "from a country that practises fgm",
      ],
      means: [["fgm", "undergone", "procedure", "mutilation"], ["parent", "mother", "family"]]),
    SearchConcept(
      [
        "has been cut", "she has been cut", "girl has had fgm", "fgm confirmed", "type 1 fgm",
        "type 2 fgm", "type 3 fgm", "infibulation", "signs of fgm",
        "fgm found", "fgm identified",
      ],
      ["fgm", "evidence", "clinician", "mutilation", "genital"]),
    SearchConcept(
      [
        "sids", "sudi", "cot death in family", "baby died suddenly", "previous baby died",
        "sibling died suddenly", "child death in family", "death of a baby", "serious case review",
        "child safeguarding practice review", "previous child died", "baby death",
      ],
      ["suspicious", "death", "history", "child"]),
    SearchConcept(
      [
        "lots of referrals", "repeated referrals", "multiple referrals",
        "nothing proven", "never proven", "never substantiated", "unsubstantiated",
        "cumulative concerns", "cumulative harm", "gut feeling", "niggling concerns",
        "niggling worries", "low level concerns keep coming", "drip drip", "pattern of concerns",
      ],
      ["unsubstantiated", "persistent", "concerns", "repeat"]),
    SearchConcept(
      [
        "parents dont care what he does", "parents dont care what she does",
        "parents not bothered about his offending", "parents not bothered about her offending",
        "parents dont know hes offending", "parents turn a blind eye", "parents dont stop him",
      ],
      means: [
        ["offending", "offences", "criminal", "gang"],
        ["parent", "parenting", "neglectful", "absent", "parents", "manage"],
      ]),
    SearchConcept(
      [
        "camhs not attended", "wont take him to camhs", "wont take her to camhs",
        "parents refuse camhs", "parents dont believe in mental health",
        "parents deny his mental health", "parents deny her mental health",
        "mental health ignored", "mental health not addressed", "parents wont get help for him",
        "parents wont get help for her", "dropped out of camhs",
      ],
      means: [
        ["mental", "ill-health", "camhs", "psychological"],
        ["addressed", "acknowledged", "managed", "sought", "adequately"],
      ]),
    SearchConcept(
      [
        "wont answer the door", "doesnt answer the door", "avoids professionals",
        "avoiding social worker", "avoiding the health visitor",
        "cancels appointments", "cancels home visits", "no access visits",
        "never in when we visit", "disguised compliance", "wont let us in", "refuses home visits",
        "hides the children", "wont let us see the child", "child not seen", "not seen the child",
        "keeps moving to avoid services",
      ],
      ["avoiding", "contact", "professionals", "engage", "resists", "engagement", "services"]),
  ]

  // MARK: Home, money and work

  static let homeA: [SearchConcept] = [
    SearchConcept(
      [
        "section 21", "section 21 notice", "eviction notice", "notice to quit",
        "possession order", "being evicted", "landlord wants them out", "landlord evicting",
        "court date for eviction", "bailiffs coming", "served notice", "no fault eviction",
      ],
      ["eviction", "arrears", "risk", "rent"]),
    SearchConcept(
      [
        "leaking roof", "roof leaks", "broken boiler", "boiler broken", "house falling apart",
        "flat falling apart", "landlord wont fix", "landlord wont do repairs", "needs repairs",
        "disrepair", "holes in the walls", "broken stairs", "no front door", "boarded windows",
        "water coming through the ceiling",
      ],
      ["repair", "amenities", "facilities", "housing", "accommodation", "poor"]),
    SearchConcept(
      [
        "exposed wires", "dangerous electrics", "fire hazard", "gas leak", "no smoke alarm",
        "no stair gate", "no stairgate", "open windows", "windows with no locks",
        "knives left out", "tablets left out", "medication left out", "methadone in reach",
        "drugs left in reach", "drugs within reach", "bleach left out", "unsafe balcony",
        "needles left out", "lighters left out", "hot drinks within reach",
      ],
      ["hazards", "safety", "dangerous", "threat", "unsafe", "health"]),
    SearchConcept(
      [
        "dangerous dog", "aggressive dog", "dog bit him", "dog bit her", "dog bite",
        "bitten by the dog", "status dog", "xl bully", "dogs in the house",
      ],
      ["hazards", "dangerous", "safety", "situations", "exposure"]),
    SearchConcept(
      [
        "nobody in the family works", "no one in the family works", "no one works",
        "never worked", "generations unemployed", "workless household",
        "third generation unemployed",
        "long term unemployed", "on benefits for years", "dont expect him to work",
        "dont expect her to work", "never had a job",
      ],
      ["unemployment", "chronic", "employment", "expectation", "work"]),
    SearchConcept(
      [
        "parents work long hours", "works long hours", "mum works nights", "dad works nights",
        "works all the time", "dad works away", "mum works away", "two jobs", "juggling jobs",
        "shift work", "stressed about work", "work stress", "never home because of work",
      ],
      ["work", "overworking", "stress", "employment"]),
    SearchConcept(
      [
        "dad cant read", "mum cant read", "parents cant read", "parents cant read or write",
        "mum cant read or write", "dad cant read or write", "mum left school with nothing",
        "dad left school with nothing", "parents have no qualifications", "parent illiterate",
        "mum didnt finish school", "dad didnt finish school",
      ],
      means: [
        ["formal", "education", "qualifications"],
        ["parents", "parent", "parental"],
      ]),
    SearchConcept(
      [
        "borrowing money", "borrowing from friends", "borrowing from family",
        "owes money to dealers", "drug debt", "catalogue debt", "credit cards maxed",
        "maxed out", "buy now pay later", "klarna", "doorstep lenders",
      ],
      ["borrowing", "debt", "financial", "arrears", "difficulties"]),
    SearchConcept(
      [
        "no money at all", "penniless", "no money no food", "cant afford to eat",
        "no income at all", "zero income", "no income", "no money coming in", "no benefits",
        "benefits stopped", "cant claim benefits",
      ],
      ["destitute", "recourse", "poverty", "financial", "income", "funds"]),
    SearchConcept(
      [
        "fsm", "pupil premium", "eligible for free school meals", "on free school meals",
        "low paid", "zero hours", "zero hours contract", "struggling for money",
        "tight for money",
      ],
      ["income", "low", "poverty", "financial", "difficulties"]),
    SearchConcept(
      [
        "good with money", "budgets well", "manages money well", "spends all the money on",
        "money goes on drink", "money goes on drugs", "spends benefits on drugs",
        "spends money on cigarettes", "prioritises drink over food", "wastes money",
      ],
      ["budgeting", "income", "financial", "money", "financially"]),
    SearchConcept(
      [
        "made themselves homeless", "intentionally homeless", "left their tenancy",
        "gave up the tenancy", "council wont house them",
        "council says they are intentionally homeless",
      ],
      ["intentionally", "homeless", "homelessness"]),
    SearchConcept(
      [
        "moved house loads", "moved house a lot", "moved lots", "lots of house moves",
        "always moving", "moved five times", "moved 5 times", "moves around a lot",
        "moved schools a lot", "lots of school moves", "several schools", "changed schools a lot",
        "new school every year", "lots of different schools",
      ],
      ["moves", "move", "multiple", "house"]),
  ]

  // MARK: Community and services

  static let communityA: [SearchConcept] = [
    SearchConcept(
      [
        "moved from another county", "moved from another area", "new to the county",
        "just moved to the area", "just moved here", "moved from london", "recently moved here",
        "language barrier", "poor english", "limited english",
        "no english", "speaks little english",
      ],
      ["language", "barriers", "move", "county", "new", "area"]),
    SearchConcept(
      [
        "overstayed visa", "overstayed", "no visa", "visa expired", "no leave to remain",
        "leave to remain", "awaiting home office decision", "home office", "immigration appeal",
        "no papers", "no passport", "illegal immigrant", "deportation", "facing deportation",
        "refused asylum", "failed asylum seeker", "appeal rights exhausted", "visa",
      ],
      ["immigration", "status", "unstable", "unknown", "asylum", "recourse"]),
    SearchConcept(
      [
        "doesnt use services", "doesnt take up services", "not registered with childrens centre",
        "doesnt go to baby groups", "not accessing support", "never goes to baby clinic",
        "doesnt access services", "not using services", "doesnt know what is available",
      ],
      ["universal", "services", "accessing", "access", "use"]),
    SearchConcept(
      [
        "drug dealing on the estate", "gangs on the estate", "unsafe estate", "dangerous area",
        "lots of crime round here", "stabbings in the area", "high crime area", "drugs in the area",
        "dealers outside", "shootings in the area", "not safe to play outside",
      ],
      ["community", "hostile", "child-friendly", "safe", "environment", "dangerous", "situations"]),
    SearchConcept(
      [
        "doesnt know anyone round here", "no friends locally", "doesnt mix with neighbours",
        "never mixes", "doesnt go out", "doesnt leave the house", "keeps themselves to themselves",
        "family keeps themselves to themselves",
        "not part of the community",
      ],
      ["community", "contact", "isolated", "integrated", "isolation", "socially"]),
    SearchConcept(
      [
        "outcast", "shunned by the community", "nobody will talk to them", "ostracised family",
        "blacklisted", "ostracised by neighbours", "excluded by the community",
      ],
      means: [["socially", "social", "community"], ["excluded", "exclusion", "isolated"]]),
    SearchConcept(
      [
        "never been on holiday", "never been to the seaside", "never been to the park",
        "never leaves the house", "never taken out", "never goes anywhere", "never been on a bus",
        "no days out", "never been to town", "never been to the beach",
      ],
      ["experiences", "new", "stimulation", "leisure", "opportunities"]),
    SearchConcept(
      [
        "on the xbox all day", "gaming all day", "on his phone all day", "on her phone all day",
        "screen time all day", "just hangs about", "does nothing all day", "bored all the time",
        "on screens all day", "tablet all day", "ipad all day",
      ],
      ["leisure", "constructive", "activities", "time", "stimulation"]),
    SearchConcept(
      [
        "needs specialist equipment", "needs a hoist", "needs adaptations", "home adaptations",
        "occupational therapy", "ot assessment", "needs ot", "physio", "physiotherapy",
        "needs a wheelchair", "needs a specialist buggy", "needs a special bed",
      ],
      ["equipment", "specialist", "disability", "advice", "support"]),
    SearchConcept(
      [
        "cant join in activities because of disability", "cant go to clubs because of his needs",
        "cant go to clubs because of her needs", "no accessible clubs",
        "excluded from activities because of disability", "cant do what other kids do",
        "misses out because of disability", "cant go on school trips",
      ],
      means: [
        ["disability", "disabled", "disabilities"],
        ["participation", "participate", "extracurricular", "access", "activities", "community"],
      ]),
    SearchConcept(
      [
        "totally dependent", "needs help with everything", "needs 24 hour care",
        "24 hour care", "fully dependent on carers", "needs personal care", "needs changing",
        "peg fed", "gastrostomy", "non verbal and dependent", "cant do anything for himself",
        "cant do anything for herself",
      ],
      ["relies", "totally", "severe", "disability", "prevents", "self-care"]),
    SearchConcept(
      [
        "parents burnt out", "parents burned out", "carer burnout", "exhausted caring",
        "carer stress", "parents exhausted", "caring is exhausting", "parents at breaking point",
        "parents need a break", "direct payments", "personal assistant",
      ],
      means: [
        ["stress", "alleviate", "cope", "struggling", "breaks"],
        ["disabled", "disability", "parent", "parents", "carer", "family"],
      ]),
    SearchConcept(
      [
        "lifelong condition", "life long disability", "lifelong disability", "permanent disability",
        "genetic condition", "chromosome disorder", "rare syndrome", "rare genetic condition",
        "mld", "sld", "pmld", "dyspraxia", "dcd",
      ],
      ["lifelong", "disability", "disabilities", "complex", "severe", "impairment"]),
    SearchConcept(
      [
        "cant get a bus", "cant use public transport", "cant manage his own money",
        "cant manage her own money", "cant cook a meal", "couldnt live on his own",
        "couldnt live on her own", "not ready for independence", "leaving care and cant cope",
        "no independence", "cant look after himself", "cant look after herself",
      ],
      ["independent", "living", "skills", "lack"]),
  ]

  // MARK: Extremism

  static let radicalisationA: [SearchConcept] = [
    SearchConcept(
      [
        "extremist material", "extremist content", "watching extremist",
        "watching extremist videos",
        "looking at extremist websites", "far right memes", "terrorist propaganda",
        "prevent referral", "channel panel", "talking about jihad", "racist memes",
        "extremist symbols", "swastikas", "incel", "incel content", "andrew tate",
        "misogynistic views", "conspiracy theories",
      ],
      ["radicalised", "radicalisation", "extremist", "extremism", "signs", "early", "ideology"]),
    SearchConcept(
      [
        "brother radicalised", "sister radicalised", "dad radicalised", "mum radicalised",
        "parents radicalised", "family radicalised", "family extremist", "family are extremists",
        "parents extremist views", "dad has extremist views", "mum has extremist views",
        "family members extremist", "parents support isis", "dad is a terrorist",
        "family involved in terrorism", "brother in prison for terrorism",
      ],
      means: [
        ["radicalisation", "radicalised", "extremist", "extremism"],
        ["parents", "siblings", "family", "parent"],
      ]),
    SearchConcept(
      [
        "wants to join isis", "wants to join a terrorist group", "planning an attack",
        "planning a terror attack", "planning a terrorist attack", "wants to carry out an attack",
        "talking about bombing", "making a bomb", "bomb making", "wants to go and fight",
        "travel to a conflict zone", "trying to get to syria", "wants to kill nonbelievers",
        "school shooting", "wants to shoot up the school", "mass shooting",
      ],
      ["enmeshed", "imminent", "violent", "acts", "extremist", "narrative", "leaving"]),
  ]

  // MARK: Abbreviations

  static let abbreviationsA: [SearchConcept] = [
    SearchConcept(
      ["semh", "social emotional and mental health", "sebd", "besd"],
      ["emotional", "mental", "health", "behavioural", "difficulties", "social"]),
    SearchConcept(
      ["cahms", "camhs referral", "camhs waiting list"], ["camhs", "mental", "emotional"]),
    SearchConcept(
      ["cpp", "icpc", "rcpc", "on a plan", "subject to a plan", "core group", "strategy meeting"],
      ["significant", "harm", "protection", "abuse", "neglect"]),
    SearchConcept(
      ["fsw", "family support worker", "family worker", "early help worker", "ehm", "ehap"],
      ["support", "services", "universal", "additional", "early"]),
    SearchConcept(
      ["spld", "specific learning difficulty", "dyscalculia", "processing difficulties"],
      ["learning", "difficulties", "special", "educational", "needs"]),
  ]
}
