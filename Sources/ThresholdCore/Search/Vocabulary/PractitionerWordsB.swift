extension SearchVocabulary {
  /// Words the Leicester, Leicestershire & Rutland and Medway documents use for a parent or carer.
  private static let parentWordsB = [
    "parental", "parent", "parents", "carer", "carers", "mother", "mothers", "caregivers",
  ]
  /// Their words for mental health.
  private static let mentalHealthWordsB = [
    "mental", "health", "emotional", "psychological", "wellbeing",
  ]
  /// Their words for drink and drugs.
  private static let substanceWordsB = ["substance", "misuse", "alcohol", "drug", "substances"]
  /// Their words for domestic abuse.
  private static let domesticWordsB = [
    "domestic", "abuse", "violence", "dv", "da", "dash", "marac",
  ]

  /// Everyday words for the needs the Leicester, Leicestershire & Rutland and Medway (also used
  /// for Kent) documents print, gathered by reading each of their indicators and asking how a
  /// teacher, health visitor, GP, police officer or social worker would put it. The tool's
  /// words, never a document's.
  static let practitionerWordsB: [SearchConcept] =
    schoolB + healthB + babiesB + behaviourB + sexualHealthB + harmB + parentsB + familyB
    + homeB + communityB + ownWordsB

  // MARK: School and learning

  static let schoolB: [SearchConcept] = [
    SearchConcept(
      strength: [
        "good attender", "perfect attendance", "full attendance", "100 percent attendance",
        "never misses school", "never off school", "attends every day", "attendance is good",
      ],
      means: [["attendance"], ["good", "above", "90"]]),
    SearchConcept(
      [
        "misses the odd day", "odd day off", "the odd day off", "sometimes skips school",
        "bunks off now and then", "occasional absence", "occasional absences",
        "takes the odd day off", "odd absence", "a few days off",
      ],
      means: [["truanting", "attendance", "absence", "absences"], ["occasional", "punctuality"]]),
    SearchConcept(
      [
        "persistently absent", "persistent absentee", "severely absent", "never in school",
        "hardly ever in school", "rarely in school", "rarely attends", "hardly attends",
        "not been in school for weeks", "hasnt been to school for weeks", "long term absence",
        "attendance below 50", "off for months",
      ],
      means: [["attendance", "truancy", "truanting", "absence"], ["chronic", "persistent"]]),
    SearchConcept(
      [
        "attendance below 90", "below 90 percent", "attendance under 90", "attendance below 85",
        "attendance is low", "attendance dropping", "attendance has dropped", "attendance falling",
        "late every day", "late most mornings", "late every morning", "late in the mornings",
        "often late", "late a lot", "keeps coming in late", "missed days", "days missed",
        "missed school days", "missed days of school", "days off school", "lots of days off",
        "late most days", "always late in", "late marks",
      ],
      ["attendance", "punctuality", "truanting", "absence", "non"]),
    SearchConcept(
      [
        "ebsa", "emotionally based school avoidance", "school avoidance", "avoiding school",
        "school refuser", "anxious about school", "too anxious to go to school",
        "wont leave the house for school",
      ],
      ["attendance", "non", "truanting", "absence", "emotional", "anxiety"]),
    SearchConcept(
      [
        "pex", "perm ex", "perm excluded", "permanently excluded", "expelled from school",
        "been expelled", "no school will take him", "no school will take her",
      ],
      means: [["excluded", "exclusion", "exclusions"], ["permanent", "permanently", "provision"]]),
    SearchConcept(
      [
        "at risk of exclusion", "at risk of being excluded", "close to exclusion",
        "on the verge of exclusion", "nearly excluded", "final chance at school",
        "last chance at school", "risk of perm ex",
      ],
      means: [["exclusion", "excluded", "exclusions"], ["risk", "permanent"]]),
    SearchConcept(
      [
        "keeps getting excluded", "excluded loads", "repeated exclusions", "lots of exclusions",
        "several exclusions", "excluded again", "fixed term exclusions", "fixed terms",
        "suspended again", "lots of suspensions", "repeated suspensions", "sent home again",
      ],
      means: [
        ["exclusions", "exclusion", "excluded"], ["frequent", "fixed", "term", "short"],
      ]),
    SearchConcept(
      [
        "off roll", "taken off roll", "off rolled", "deregistered", "removed from roll",
        "removed from school roll", "not on any school roll", "no education",
        "not receiving education", "missing from education", "not in any school",
        "not attending any school", "no schooling",
      ],
      means: [["education", "educated", "school", "provision"], ["not", "no", "missing"]]),
    SearchConcept(
      [
        "senco", "senco involved", "sen register", "on the sen register", "on sen register",
        "iep", "individual education plan", "school action", "school action plus",
        "extra help in class", "in an intervention group", "sen k",
      ],
      means: [["action", "plus"], ["school"]]),
    SearchConcept(
      [
        "has an ehcp", "ehcp in place", "on an ehcp", "statemented", "has a statement",
        "ehc needs assessment", "ehcna", "applying for an ehcp", "needs an ehcp",
      ],
      ["statement", "special", "educational", "needs"]),
    SearchConcept(
      ["semh", "semh needs", "sebd", "besd", "ebd", "social emotional and mental health"],
      ["emotional", "behavioural", "mental", "health", "behaviour"]),
    SearchConcept(
      [
        "slcn", "speech and language needs", "salt referral", "speech therapy",
        "speech therapist", "stammer", "stutter", "stammers", "hard to understand",
        "unclear speech", "selective mutism", "selectively mute", "doesnt speak at school",
        "limited vocabulary", "communication difficulties",
      ],
      ["language", "communication", "speech", "linguistic"]),
    SearchConcept(
      [
        "needs an interpreter", "parents dont speak english", "mum doesnt speak english",
        "dad doesnt speak english", "no english", "limited english", "speaks little english",
        "language barrier", "new arrival", "new to english", "english is not first language",
      ],
      ["interpreter", "linguistic", "language"]),
    SearchConcept(
      [
        "nothing to play with", "no books at home", "no toys at home", "no reading books",
        "no pens or paper", "no laptop", "no computer for homework", "no internet for homework",
        "no educational toys", "no crayons", "nothing to read",
      ],
      ["books", "toys", "educational", "materials"]),
    SearchConcept(
      [
        "has toys but nobody plays with him", "has toys but nobody plays with her",
        "toys but not played with", "parents dont play with him", "parents dont play with her",
        "never plays with the baby", "left to entertain himself", "left to entertain herself",
        "on the ipad all day", "on the tablet all day", "stuck on a screen", "no interaction",
        "sat in a bouncer all day", "left in a high chair",
      ],
      ["stimulation", "toys", "opportunities", "positive"]),
    SearchConcept(
      [
        "parents dont read with him", "parents dont read with her", "never hears him read",
        "never hears her read", "reading record never signed", "homework never done",
        "parents not bothered about school", "parents dont value education",
        "parents dont see the point of school", "mum not interested in school",
        "dad not interested in school", "parents never come to school",
      ],
      means: [parentWordsB, ["education", "learning", "support", "school"]]),
    SearchConcept(
      [
        "parents push too hard", "parents expect too much", "pressure from parents",
        "expected to get top grades", "must get top grades", "parents want straight as",
        "hothousing", "too much tutoring", "pushed academically",
      ],
      ["pressure", "undue", "achieve", "aspire"]),
    SearchConcept(
      [
        "no ambition", "no aspirations", "low aspirations", "no plans for the future",
        "no future plans", "doesnt want to do anything", "nobody expects anything of him",
        "nobody expects anything of her", "parents have no expectations", "no goals",
      ],
      ["aspiration", "aspire", "progression", "planned"]),
    SearchConcept(
      [
        "going to college", "got an apprenticeship", "apprenticeship", "sixth form",
        "post 16 plans", "has a college place", "staying on at school", "college place",
      ],
      ["progression", "college", "training", "statutory"]),
    SearchConcept(
      strength: [
        "on track at school", "working at expected level", "meeting age related expectations",
        "expected standard", "making good progress", "passed his sats", "passed her sats",
        "doing well in class",
      ],
      ["achieving", "key", "stages", "achievement", "success", "progress"]),
    SearchConcept(
      [
        "not making progress", "making no progress", "slow progress", "behind his peers",
        "behind her peers", "below age related expectations", "working below expected",
        "gap is widening", "not catching up", "still not reading", "cant keep up in class",
      ],
      ["progress", "rate", "inadequate", "learning", "barriers"]),
    SearchConcept(
      [
        "no gcses", "failed gcses", "failed his gcses", "failed her gcses", "failed his exams",
        "failed her exams", "no exams", "left school with nothing", "didnt sit exams",
      ],
      ["qualifications", "neet"]),
    SearchConcept(
      [
        "slow learner", "low iq", "cognitive delay", "cognitive difficulties", "not very bright",
        "learning delay", "struggles to understand",
      ],
      ["cognitive", "learning", "development"]),
    SearchConcept(
      strength: [
        "good relationship with school", "parents work well with school",
        "parents engage with school", "parents come to parents evening", "home school link",
        "home school communication",
      ],
      means: [["link"], ["school", "home"]]),
    SearchConcept(
      [
        "misses school because of illness", "illness affecting school",
        "health affecting learning", "too ill to learn", "in hospital so missing school",
        "off sick so much hes behind", "off sick so much shes behind",
      ],
      means: [["learning", "school"], ["health", "problems", "illness"]]),
    SearchConcept(
      [
        "disruptive in class", "sent out of class", "always in detention", "on report",
        "in isolation at school", "internal exclusion", "behaviour points", "red card",
        "throws chairs", "throwing chairs", "trashed the classroom", "room evacuated",
        "class evacuated", "runs out of class", "climbs on furniture", "wont sit still",
        "disrupts lessons", "class clown",
      ],
      ["disruptive", "challenging", "behaviour", "school"]),
  ]

  // MARK: Health and development

  static let healthB: [SearchConcept] = [
    SearchConcept(
      [
        "not brought to clinic", "missed hearing test", "missed eye test",
        "missed dental appointments", "missed hospital appointments", "was not brought to hospital",
        "dnad", "dnas", "wnbs", "no shows", "keeps cancelling appointments",
        "cancels appointments", "missed antenatal appointments", "missed gp appointments",
        "misses appointments",
      ],
      ["appointments", "missed", "missing", "attending"]),
    SearchConcept(
      [
        "missed 2 year check", "missed two year check", "missed 8 week check",
        "missed development review", "missed 27 month check", "missed health visitor check",
        "not seen by health visitor", "missed hv visits", "no access visits", "no access visit",
        "missed developmental check", "not been weighed",
      ],
      ["checks", "developmental", "appointments", "immunisations", "routine"]),
    SearchConcept(
      [
        "checks up to date", "jabs up to date", "fully immunised", "had all his jabs",
        "had all her jabs", "immunisations up to date", "seen by health visitor",
      ],
      ["checks", "immunisations", "developmental", "date"]),
    SearchConcept(
      [
        "needs glasses", "no glasses", "broken glasses", "wont wear glasses", "optician",
        "eye test", "eyesight", "squint",
      ],
      ["optical", "dental", "medical", "treatment"]),
    SearchConcept(
      strength: [
        "eats well", "healthy diet", "balanced diet", "good diet", "healthy eating",
        "sees the dentist", "regular dentist", "goes to the dentist",
      ],
      ["nutritious", "diet", "dental", "optical", "adequate"]),
    SearchConcept(
      [
        "only eats", "beige diet", "lives on crisps", "lives on junk food", "only eats chips",
        "only eats yoghurt", "limited diet", "selective eating", "arfid", "wont eat anything",
        "refuses food", "very restricted eating",
      ],
      ["diet", "restricted", "nutritious", "food"]),
    SearchConcept(
      [
        "coughs and colds", "constant colds", "always has a cold", "ear infections",
        "recurrent ear infections", "glue ear", "constant infections", "eczema", "impetigo",
        "chest infections", "tummy aches", "headaches", "complains of headaches",
      ],
      ["minor", "persistent", "health", "problems", "recurring"]),
    SearchConcept(
      [
        "recurring illness", "in and out of hospital", "frequent admissions", "ltc",
        "long term health condition", "complex health needs", "kidney problems", "crohns",
        "juvenile arthritis", "heart problems", "sickle cell disease", "type 1 diabetes",
      ],
      ["chronic", "recurring", "health", "problems"]),
    SearchConcept(
      [
        "accident prone", "lots of accidents", "always hurting himself", "always hurting herself",
        "frequent a and e visits", "always at a and e", "keeps ending up in a and e",
        "repeat a and e attendances", "lots of trips to a and e", "lots of hospital visits",
        "frequent attender", "frequent injuries",
      ],
      means: [
        ["accidental", "injuries", "injury"], ["frequent", "hospital", "treatment", "supervision"],
      ]),
    SearchConcept(
      [
        "fell down the stairs", "fell out of a window", "fell from a window",
        "pulled the kettle over",
        "swallowed tablets", "ate tablets", "took mums tablets", "swallowed a battery",
        "swallowed a magnet", "drank bleach", "fell off the bed", "fell off the sofa",
        "burned on the hob", "burnt on the oven", "found mums pills", "got hold of medication",
      ],
      means: [["accidental", "injury", "injuries"], ["supervision", "inadequate", "safety"]]),
    SearchConcept(
      [
        "dropping centiles", "dropped centiles", "falling off centiles", "crossing centiles",
        "crossed centiles", "weight faltering", "not putting on weight", "no weight gain",
        "not growing properly", "growth chart", "no medical reason for weight loss",
        "below the 2nd centile",
      ],
      ["growth", "trajectory", "explanation", "development"]),
    SearchConcept(
      [
        "pain when weeing", "pain when pooing", "hurts when weeing", "hurts when pooing",
        "sore when going to the toilet", "it hurts to pee", "painful to poo", "painful weeing",
        "recurrent uti", "recurrent utis", "utis", "urine infections", "water infections",
        "constipation", "bleeding from bottom", "blood in poo",
      ],
      ["urination", "bowel", "movements", "pain"]),
    SearchConcept(
      [
        "vaginal bleeding", "vaginal discharge", "anal bleeding", "sore vagina", "sore bottom",
        "sore penis", "sore willy", "redness down below", "sore private area", "sore privates",
        "itchy bottom", "bruising to genitals", "injury to genitals", "bleeding from vagina",
        "torn frenulum", "sore mouth",
      ],
      ["genitals", "anus", "discharges", "bleeding", "discoloration", "mouth"]),
    SearchConcept(
      [
        "gonorrhoea", "herpes", "genital warts", "pubic lice", "trichomonas", "syphilis",
        "positive for chlamydia", "sti in a child", "std in a child", "sexually transmitted",
      ],
      ["sexually", "transmitted", "infection"]),
    SearchConcept(
      [
        "munchausen by proxy", "munchausens by proxy", "perplexing presentation",
        "perplexing presentations", "mum makes up symptoms", "parent makes up symptoms",
        "parent exaggerates symptoms", "mum exaggerates symptoms", "invents illnesses",
        "doctor shopping", "poisoning", "poisoned", "salt poisoning", "induced symptoms",
      ],
      ["fabricated", "induced", "illness"]),
    SearchConcept(
      [
        "refused blood transfusion", "refuses blood transfusion", "wont consent to treatment",
        "wont let him have surgery", "wont let her have surgery", "parents refuse surgery",
        "parents refuse operation", "stopped his medication", "stopped her medication",
        "not giving insulin", "insulin not given", "diabetes not managed", "epilepsy not managed",
        "refused chemotherapy", "refusing medical care", "wont call an ambulance",
      ],
      ["medical", "refusing", "endangering", "care", "accessing"]),
    SearchConcept(
      [
        "parents in denial about his autism", "parents in denial about her autism",
        "wont accept the diagnosis", "dont accept the diagnosis", "refuse assessment",
        "parents refuse assessment", "parents deny he has needs", "parents deny she has needs",
        "parents in denial", "wont acknowledge his disability", "wont acknowledge her disability",
      ],
      means: [["refusal", "recognise", "address"], ["disability", "health", "problems"]]),
    SearchConcept(
      [
        "teeth falling out", "brown teeth", "teeth removed", "teeth taken out",
        "dental extractions",
        "teeth extracted", "dental abscess", "abscess", "needs teeth out",
        "general anaesthetic for teeth", "teeth not treated",
      ],
      ["dental", "decay", "treated"]),
    SearchConcept(
      [
        "struggling in mainstream", "cant cope in mainstream", "not coping in mainstream",
        "failing in mainstream", "cannot be managed in mainstream", "needs a specialist setting",
        "needs a special school place",
      ],
      means: [["mainstream", "setting"], ["disability", "cannot", "specialist", "high"]]),
    SearchConcept(
      [
        "gdd", "global developmental delay", "mld", "sld", "pmld", "ld",
        "severe learning difficulties",
        "moderate learning difficulties", "profound and multiple learning difficulties",
      ],
      ["disability", "learning", "developmental", "delay", "development"]),
    SearchConcept(
      ["fasd", "foetal alcohol syndrome", "fetal alcohol syndrome", "foetal alcohol"],
      ["disability", "developmental", "alcohol", "development"]),
    SearchConcept(
      [
        "parents need a break", "needs a break from him", "needs a break from her",
        "no one to give them a break", "overnight respite", "carers need respite",
        "no one to have him", "no one to have her", "family cant have him",
      ],
      ["respite", "relative", "friend", "available"]),
    SearchConcept(
      [
        "needs an adhd assessment", "waiting for adhd assessment", "waiting for autism assessment",
        "awaiting diagnosis", "on the pathway", "neurodevelopmental pathway", "query adhd",
        "query autism", "query asd", "possible autism", "possible adhd", "suspected adhd",
        "suspected autism", "being assessed for autism", "being assessed for adhd", "undiagnosed",
        "pda", "pathological demand avoidance",
      ],
      means: [
        ["diagnosis", "investigation", "further"], ["behavioural", "behaviour", "difficulties"],
      ]),
    SearchConcept(
      [
        "emotionally immature", "immature", "acts younger than his age",
        "acts younger than her age",
        "babyish", "acts like a toddler", "overreacts", "over reacts", "regressed", "regression",
        "childish behaviour",
      ],
      means: [["age", "appropriate"], ["behaviour", "responses", "feelings"]]),
    SearchConcept(
      [
        "copes with change", "struggles with change", "cant cope with change",
        "upset by changes", "needs routine", "rigid", "doesnt like change", "hates change",
      ],
      ["adapt", "change"]),
    SearchConcept(
      strength: [
        "kind to others", "thinks of others", "caring towards others", "considerate",
        "understands how others feel", "shows concern for others",
      ],
      ["empathy"]),
    SearchConcept(
      strength: [
        "self assured", "proud of himself", "proud of herself", "believes in himself",
        "believes in herself", "good self esteem",
      ],
      ["positive", "sense", "self", "abilities", "confident"]),
    SearchConcept(
      [
        "puts himself down", "puts herself down", "says hes stupid", "says shes stupid",
        "says hes rubbish", "says shes rubbish", "thinks hes worthless", "thinks shes worthless",
        "feels worthless", "no self belief", "negative self talk", "says nobody likes him",
        "says nobody likes her", "nobody likes me", "i hate myself", "im useless", "im stupid",
      ],
      ["esteem", "worth", "self"]),
    SearchConcept(
      [
        "thinks she is fat", "thinks he is fat", "sees herself as fat", "sees himself as fat",
        "obsessed with her weight", "obsessed with his weight", "obsessed with appearance",
        "body dysmorphia", "bdd", "wants cosmetic surgery", "hates the way she looks",
        "hates the way he looks", "hates her appearance",
      ],
      ["distorted", "image", "self"]),
    SearchConcept(
      [
        "tier 2", "tier two", "referred to cast", "cast medway", "school counsellor", "mhst",
        "mental health support team", "kooth", "low level anxiety", "a bit anxious",
        "mild anxiety", "mild depression", "low level mental health", "worrier",
      ],
      means: [["low", "level", "tier"], ["mental", "emotional", "health"]]),
    SearchConcept(
      [
        "referred to camhs", "camhs referral", "needs camhs", "on camhs waiting list",
        "waiting for camhs", "under camhs", "open to camhs", "known to camhs", "tier 3",
        "tier three", "seen by camhs",
      ],
      means: [
        ["camhs", "referral", "specialist", "intervention"], ["mental", "health"],
      ]),
    SearchConcept(
      [
        "was sectioned", "been sectioned", "psychiatric ward", "mental health unit",
        "inpatient unit", "psychiatric admission", "tier 4 bed", "eating disorder unit",
        "crisis team", "home treatment team", "cmht", "psychiatrist",
      ],
      means: [["complex", "specialist", "interventions"], ["mental", "health"]]),
    SearchConcept(
      [
        "cutting more", "cuts getting deeper", "deeper cuts", "self harm getting worse",
        "self harming more", "worsening self harm", "needed stitches", "harming more often",
        "hospital for self harm", "more serious self harm", "self harm escalating",
      ],
      means: [["self", "harm", "harming"], ["escalation"]]),
    SearchConcept(
      [
        "talks about killing himself", "talks about killing herself", "thoughts of suicide",
        "suicidal ideation", "kill myself", "wish i was dead", "want to be dead",
        "better off dead", "not worth living", "end my life", "take my own life",
        "doesnt want to be alive",
      ],
      ["suicidal", "thoughts", "self", "harm"]),
  ]

  // MARK: Babies and pregnancy

  static let babiesB: [SearchConcept] = [
    SearchConcept(
      [
        "bruise on a baby", "bruise on baby", "bruising on a baby", "bruised baby", "baby bruised",
        "baby with bruise", "baby with bruising", "baby has a bruise", "baby has bruises",
        "baby bruise", "baby bruising", "bruise on newborn", "bruise on a newborn",
        "newborn bruise", "bruise on infant", "bruise on an infant", "mark on baby",
        "mark on a baby", "marks on baby", "mark on newborn", "mark on a newborn",
        "injury to baby", "injured baby",
      ],
      means: [
        ["bruising", "injuries", "injury", "inflicted"],
        ["immobile", "baby", "babies", "unexplained"],
      ]),
    SearchConcept(
      [
        "cant crawl", "not crawling", "not yet crawling", "cant roll", "not rolling",
        "not mobile", "non mobile", "not yet mobile", "pre mobile", "premobile", "immobile",

      ],
      ["immobile", "baby", "babies"]),
    SearchConcept(
      [
        "teenage mum", "teenage dad", "teen dad", "young dad", "young father", "young mother",
        "teenage mother", "teenage father", "school age mum", "school age parent", "fnp",
        "family nurse", "family nurse partnership", "has a baby of her own",
        "already has a baby",
      ],
      means: [["teenage", "young", "inexperienced"], ["parent", "pregnancies", "pregnant"]]),
    // A baby born already: a teenage parent, not a pregnancy (nor a wish for one).
    SearchConcept(
      [
        "just had a baby", "had a baby", "has a baby", "new mum at 16", "16 with a baby",
        "young mum with a baby", "has had a baby", "gave birth",
      ],
      means: [["teenage", "young"], ["parent", "parents", "mother", "father"]]),
    SearchConcept(
      [
        "16 and pregnant", "15 and pregnant", "14 and pregnant", "17 and pregnant",
        "pregnant at 14", "pregnant at 15", "pregnant at 16", "pregnant at 17", "pregnant teenager",
        "pregnant teen", "teenager pregnant", "pregnant schoolgirl", "schoolgirl pregnancy",
        "under age pregnancy", "underage pregnancy", "she is pregnant", "shes pregnant",
      ],
      means: [["pregnant", "pregnancy", "pregnancies"], ["under", "18", "teenage", "young"]]),
    SearchConcept(
      [
        "got a girl pregnant", "got his girlfriend pregnant", "got girlfriend pregnant",
        "girlfriend is pregnant", "fathered a child", "he is going to be a dad",
        "caused a pregnancy",
      ],
      ["caused", "pregnancy", "pregnancies", "teenage"]),
    SearchConcept(
      [
        "had an abortion", "abortion", "had a termination", "termination",
        "termination of pregnancy",
        "had a miscarriage", "miscarried", "miscarriage", "stillbirth", "still born", "stillborn",
        "lost a baby", "lost her baby",
      ],
      ["abortion", "miscarriage", "still", "pregnancy"]),
    SearchConcept(
      [
        "trying for a baby", "trying to get pregnant", "broody", "wants to be a dad",
        "wants her own baby", "says she wants a baby",
      ],
      ["wish", "become", "pregnant"]),
    SearchConcept(
      [
        "first time mum", "first time parents", "first time parent", "new mum",
        "inexperienced mum", "inexperienced parents", "young parents", "young inexperienced mum",
        "never looked after a baby",
      ],
      means: [["inexperienced", "young", "teenage"], ["parent"]]),
    SearchConcept(
      [
        "pre birth assessment", "pba", "prebirth assessment", "pregnant mum known to social care",
        "pregnant and previous children removed", "pregnant with history of dv",
        "unborn at risk", "unborn baby at risk", "risk to unborn", "unborn child at risk",
      ],
      means: [["unborn", "birth", "pre"], ["risk", "history", "concerns", "assessment"]]),
    SearchConcept(
      [
        "drinking while pregnant", "drinking in pregnancy", "using drugs while pregnant",
        "using drugs in pregnancy", "pregnant and using", "pregnant and drinking",
        "pregnant mum using drugs", "smoking weed while pregnant", "dv in pregnancy",
        "domestic abuse in pregnancy",
      ],
      means: [["unborn", "pregnancy", "birth"], ["risk", "parental", "behaviour", "factors"]]),
    SearchConcept(
      [
        "didnt know she was pregnant", "hid her pregnancy", "hid the pregnancy",
        "turned up in labour", "first seen in labour", "no antenatal booking",
        "booked at 30 weeks", "denied pregnancy", "denial of pregnancy", "born before arrival",
        "bba", "gave birth at home unplanned",
      ],
      ["concealed", "pregnancy", "antenatal", "multiple"]),
    SearchConcept(
      [
        "nas", "neonatal abstinence syndrome", "neonatal abstinence", "baby withdrawing",
        "born withdrawing", "withdrawal at birth", "baby born addicted", "baby on morphine",
      ],
      means: [["substance", "misuse", "drug"], ["parental", "unborn", "parent", "birth"]]),
    SearchConcept(
      [
        "mum had fgm", "mother had fgm", "mum is cut", "mother was cut", "mum has been cut",
        "mum has fgm", "fgm survivor", "born to a mother with fgm", "mum is an fgm survivor",
      ],
      means: [["female", "genital", "mutilation"], ["mothers", "babies", "born"]]),
    SearchConcept(
      ["type 3 fgm", "infibulation", "infibulated", "sunna", "khatna", "being cut abroad"],
      ["female", "genital", "mutilation"]),
    SearchConcept(
      [
        "doesnt respond to baby crying", "leaves baby to cry", "leaves the baby crying",
        "props bottles", "bottle propping", "propped bottle", "baby not picked up",
        "no bond with baby", "doesnt want the baby", "rejects the baby", "hostile to baby",
        "handles baby roughly", "rough handling", "never cuddles the baby", "not bonding",
      ],
      ["attachment", "attachments", "emotionally", "unavailable"]),
    SearchConcept(
      [
        "co sleeping", "cosleeping", "bed sharing", "sleeping on the sofa with baby",
        "unsafe sleeping", "unsafe sleep", "baby in bed with drunk parent", "no cot for baby",
        "no stair gate", "no fireguard", "windows open", "medicine left out", "knives left out",
        "drugs within reach", "hazards everywhere",
      ],
      ["safety", "supervision", "attention", "unsafe"]),
  ]

  // MARK: Behaviour, offending and exploitation

  static let behaviourB: [SearchConcept] = [
    SearchConcept(
      [
        "wits end", "at their wits end", "at her wits end", "at his wits end",
        "at the end of their tether", "cant manage him", "cant manage her",
        "cant manage his behaviour", "cant manage her behaviour", "parents cant manage",
        "mum cant manage him", "mum cant manage her", "dad cant manage him",
        "parents cant control him", "parents cant control her", "mum has lost control",
        "parents have no control", "wont listen to parents", "wont do as hes told",
        "wont do as shes told",
      ],
      means: [["manage", "unable", "control", "cope"], ["behaviour", "breakdown", "parental"]]),
    SearchConcept(
      [
        "wants him out", "wants her out", "wants him out of the house",
        "wants her out of the house",
        "threatening to kick him out", "threatening to kick her out", "wants to give him up",
        "wants to give her up", "asking for him to be taken into care",
        "asking for her to be taken into care", "section 20", "s20", "voluntary accommodation",
        "relinquish", "wont have him back", "wont have her back", "refuses to have him home",
        "refuses to have her home",
      ],
      ["unwilling", "breakdown", "looked", "continue", "outside"]),
    SearchConcept(
      [
        "parents kicked him out", "parents kicked her out", "mum kicked him out",
        "mum kicked her out", "dad kicked him out", "dad kicked her out", "thrown out by mum",
        "thrown out by dad", "thrown out by parents", "kicked out at 16", "kicked out at 17",
        "16 year old homeless", "17 year old homeless", "nowhere to live", "nowhere to stay",
        "nowhere to sleep", "sleeping in a tent", "rough sleeping", "living in a car",
        "staying at friends houses",
      ],
      ["homeless", "homelessness", "accommodation", "abode"]),
    SearchConcept(
      [
        "violent to staff", "assaulted a teacher", "hit a teacher", "attacked a teacher",
        "hurt another pupil", "badly hurt another child", "restrained", "needs restraint",
        "positive handling", "physical intervention", "risk to others", "danger to others",
        "danger to himself", "danger to herself", "hurts other children badly",
      ],
      means: [["challenging", "behaviour"], ["serious", "risk", "others"]]),
    SearchConcept(
      [
        "fire starter", "sets fires", "setting fires", "set a fire", "lights fires",
        "lighting fires", "playing with lighters", "playing with matches", "arson",
        "obsessed with fire", "burning things", "fire setting", "firesetting",
      ],
      ["fire", "starter", "fascination"]),
    SearchConcept(
      [
        "thinks crime is ok", "proud of being arrested", "glamorises crime", "glamorises gangs",
        "anti police", "hates the police", "thinks stealing is fine", "wants to be a gangster",
        "criminal attitude", "criminal attitudes", "looks up to criminals",
      ],
      ["pro", "offending", "attitudes"]),
    SearchConcept(
      [
        "first time entrant", "first offence", "arrested at 10", "arrested at 11",
        "arrested at 12", "arrested at 13", "started offending young", "shoplifting at 11",
        "shoplifting at 12", "offending at a young age",
      ],
      ["early", "onset", "offending"]),
    SearchConcept(
      [
        "known to police", "picked up by police", "police picked him up", "police picked her up",
        "police brought him home", "police brought her home", "stopped by police",
        "stop and search", "stopped and searched", "police contact", "on police radar",
        "police intelligence", "police involved", "police have spoken to him",
      ],
      ["notice", "police", "coming"]),
    SearchConcept(
      [
        "always in trouble with police", "police every week", "regularly picked up by police",
        "police keep picking him up", "police keep picking her up", "police all the time",
        "police at the door every week", "repeatedly arrested", "arrested lots",
        "arrested several times", "never charged",
      ],
      means: [["notice", "police"], ["regular", "regularly", "basis", "progressed"]]),
    SearchConcept(
      [
        "community resolution", "youth caution", "youth conditional caution", "ycc",
        "referral order", "triage", "out of court disposal", "reprimanded", "final warning",
        "got a caution", "fpn", "penalty notice", "fixed penalty", "dispersal order",
        "diversion", "diverted", "turnaround",
      ],
      ["penalty", "reprimand", "warning", "triage", "diversionary"]),
    SearchConcept(
      [
        "breached his curfew", "breached her curfew", "breach of curfew", "broke curfew",
        "breaking curfew", "curfew", "electronic tag", "breaching bail",
        "bail conditions", "breached bail", "breached his order", "breached her order",
        "court order breach", "yro", "youth rehabilitation order", "dto",
        "detention and training order",
      ],
      ["curfew", "breaches", "order"]),
    SearchConcept(
      [
        "reoffending", "re offending", "keeps reoffending", "keeps re offending",
        "persistent offender", "prolific offender", "repeat offender", "wont engage with yot",
        "not engaging with yot", "refuses to work with yot", "refuses to work with yjs",
        "yjs", "youth justice", "serious offences", "gbh", "abh", "serious assault",
        "committed robbery",
      ],
      means: [["offending", "re"], ["serious", "failure", "rejection", "inability"]]),
    SearchConcept(
      [
        "postcode gang", "postcode wars", "in a gang", "gang affiliated", "gang associated",
        "gang nominal", "runs with a gang", "hangs around with a gang", "hangs out with a gang",
        "gang tattoo", "drill music", "drill videos", "opps", "beef with another gang",
        "neighbourhood group", "street gang", "youth gang", "crew", "part of a gang",
        "joined a gang",
      ],
      ["gang", "neighbourhood", "group", "associating", "peers", "criminal"]),
    SearchConcept(
      [
        "going country", "going cunch", "trap line", "deal line", "holding drugs",
        "holding drugs for older boys", "carrying packages", "shotting", "selling drugs",
        "found out of area", "found in another county", "found in another town",
        "unexplained train tickets", "second phone", "burner phone", "two phones",
        "multiple phones", "drug debt", "owes drug dealers",
      ],
      ["gang", "criminally", "criminal", "neighbourhood", "group", "drug"]),
    SearchConcept(
      [
        "mixing with the wrong people", "bad influences", "bad influence", "bad friends",
        "dodgy mates", "dodgy friends", "friends with offenders", "friends who get in trouble",
        "mates in trouble with police", "hangs around with troublemakers",
        "hangs around with criminals", "older friends who offend", "peer group offending",
      ],
      ["associating", "peers", "criminally", "criminal", "anti", "social"]),
    SearchConcept(
      [
        "family known for asb", "family asb", "problem family", "neighbours from hell",
        "family causing trouble on the estate", "asbo", "housing warnings for asb",
        "noise complaints", "antisocial family", "family intimidating neighbours",
        "parents abuse neighbours",
      ],
      means: [["family", "families", "parents"], ["anti", "antisocial"]]),
    SearchConcept(
      [
        "running riot", "running wild", "feral", "roams the estate", "out till all hours",
        "on the streets at night", "hanging around the streets", "causing havoc",
        "out of control on the estate", "comes and goes as he pleases",
        "comes and goes as she pleases", "no one knows where he is", "no one knows where she is",
      ],
      means: [
        ["control", "beyond", "antisocial", "anti"], ["community", "neighbourhood", "home"],
      ]),
    SearchConcept(
      [
        "causing trouble on the estate", "nuisance in the neighbourhood",
        "neighbours complain about him", "neighbours complain about her",
        "knocking on doors and running", "throwing stones at cars", "egging houses",
        "trouble in the area",
      ],
      means: [["neighbourhood", "community"], ["behaviour", "disruptive", "anti", "antisocial"]]),
    SearchConcept(
      [
        "talks about running away", "threatens to run away", "says he will run away",
        "says she will run away", "wants to run away", "packed a bag", "threatening to leave home",
        "says hes leaving home", "says shes leaving home",
      ],
      means: [["running", "away"], ["thoughts", "expressing"]]),
    SearchConcept(
      [
        "missing overnight", "missing for days", "missing for long periods", "missing for a week",
        "missing all weekend", "gone for days", "missing for hours", "missing for 24 hours",
        "prolonged missing",
      ],
      means: [["missing"], ["long", "prolonged", "periods"]]),
    SearchConcept(
      [
        "repeat missing", "repeatedly missing", "frequently missing", "often missing",
        "goes missing a lot", "goes missing every weekend", "missing again", "reported missing",
        "police report missing", "misper", "mispers", "rhi", "return home interview",
        "absent from home", "frequent missing episodes",
      ],
      means: [["missing", "absconds"], ["frequently", "repeated", "regularly", "home"]]),
    SearchConcept(
      [
        "smokes weed", "smokes cannabis", "uses cannabis", "cocaine", "coke", "ket", "ketamine",
        "mdma", "ecstasy", "pills", "xanax", "benzos", "lean", "sniffing glue", "solvents",
        "laughing gas", "nos", "legal highs", "monkey dust", "magic mushrooms", "lsd",
      ],
      ["substance", "substances", "drug", "misuse", "use"]),
    SearchConcept(
      [
        "tried cannabis", "tried weed", "experimenting with drugs", "experimenting with alcohol",
        "drinks at parties", "drinks at weekends", "drunk at weekends", "had a spliff",
        "used to smoke weed", "smoked weed in the past", "tried alcohol", "occasional drinking",
        "occasional cannabis",
      ],
      means: [["substance", "misuse", "alcohol"], ["low", "level", "historical"]]),
    SearchConcept(
      [
        "smokes weed every day", "daily cannabis", "daily cannabis use", "using every day",
        "using daily", "daily use", "uses every day", "addicted", "addiction", "hooked",
        "cant stop using", "drinks every day", "dependent on drugs",
      ],
      means: [["substance", "drug", "misuse", "alcohol"], ["regular", "frequent", "complicated"]]),
    SearchConcept(
      [
        "using more", "using more and more", "moved on to harder drugs", "harder drugs",
        "moved onto cocaine", "class a", "class a drugs", "drinking more", "drinking more and more",
        "getting worse with drugs", "drug use increasing", "started using cocaine",
      ],
      means: [["substance", "drug", "use", "misuse"], ["escalation", "frequent"]]),
    SearchConcept(
      [
        "alcohol poisoning", "passed out drunk", "taken to hospital drunk", "found drunk",
        "found unconscious", "collapsed after taking", "hospitalised after drinking",
        "in a and e drunk", "drunk and vulnerable", "overdosed on drugs",
      ],
      means: [
        ["substance", "substances", "alcohol"], ["harm", "current", "experiencing", "risk"],
      ]),
    SearchConcept(
      [
        "easily led", "easily influenced", "naive", "too trusting", "vulnerable young person",
        "gullible", "doesnt understand danger", "no stranger danger",
      ],
      ["vulnerability", "discriminate", "unsafe", "contacts", "risk"]),
    SearchConcept(
      [
        "cant tie shoelaces", "cant tie his laces", "still in nappies at 5", "cant use cutlery",
        "cant get dressed", "cant dress", "cant cross the road", "cant use money",
        "cant look after himself", "cant look after herself", "cant manage on his own",
        "cant manage on her own", "cant get the bus", "no road sense",
      ],
      ["independent", "living", "skills", "practical"]),
    SearchConcept(
      [
        "over familiar with strangers", "overfamiliar", "hugs strangers", "calls everyone mum",
        "wants to go home with anyone", "cuddles strangers", "goes off with strangers",
      ],
      ["undifferentiated", "attachments", "discriminate", "contacts"]),
  ]

  // MARK: Sexual health, sexual activity and exploitation

  static let sexualHealthB: [SearchConcept] = [
    SearchConcept(
      [
        "sex at 13", "sex at 14", "having sex at 13", "having sex at 14", "sexually active at 13",
        "sexually active at 14", "lost her virginity", "lost his virginity", "first had sex",
        "underage sex", "under age sex", "having sex with her boyfriend",
        "sleeping with her boyfriend", "sleeping with his girlfriend",
      ],
      means: [["sexual", "sexually"], ["activity", "active", "onset"]]),
    SearchConcept(
      [
        "sex at 12", "sex at 11", "having sex at 12", "having sex at 11", "sexually active at 12",
        "sexually active at 11", "12 year old having sex", "11 year old having sex",
        "under 13 having sex", "sex under 13", "sexual activity under 13",
      ],
      means: [["sexual", "sexually", "activity"], ["under"], ["13"]]),
    SearchConcept(
      [
        "not using condoms", "doesnt use condoms", "dont use condoms", "doesnt use contraception",
        "forgets her pill", "not on the pill", "missed pills", "keeps needing morning after pill",
        "repeat emergency contraception", "multiple partners", "lots of sexual partners",
        "sleeps around", "casual sex", "risky sex",
      ],
      means: [
        ["contraception", "inconsistent", "risk", "taking"], ["sexually", "sexual", "active"],
      ]),
    SearchConcept(
      [
        "cant get to the sexual health clinic", "no sexual health clinic",
        "no access to contraception",
        "cant get condoms", "doesnt know where to get contraception", "c card",
        "nowhere to get contraception", "cant get the pill",
      ],
      means: [["contraceptive", "sexual", "health"], ["access", "limited", "advice"]]),
    SearchConcept(
      strength: [
        "good sex education", "understands consent", "knows about contraception", "rse",
        "relationships education", "knows about safe sex",
      ],
      ["knowledgeable", "sex", "relationships", "contraception"]),
    SearchConcept(
      [
        "sugar daddy", "boyfriend much older", "boyfriend is 20", "boyfriend is 25",
        "adult boyfriend", "relationship with an adult", "older boyfriend in his 20s",
        "sex for money", "sex for drugs", "sex for cigarettes", "sex for alcohol",
        "exchanging sex", "transactional sex", "pimped", "pimping", "passed around",
        "taken to parties", "taken to hotels", "taken to a hotel", "found in a hotel",
        "staying in hotels",
        "going to flats with older men", "older males", "drugged and raped", "at risk of cse",
        "cse risk", "cse concerns",
      ],
      means: [["sexual", "sexually"], ["exploitation", "exploitative"]]),
    SearchConcept(
      [
        "humping", "simulating sex", "acting out sex", "sexual play", "touching himself",
        "touching herself", "touching himself in class", "touching herself in class",
        "masturbating in class", "touches other childrens private parts",
        "showing his private parts",
        "showing her private parts", "flashing", "exposing himself", "sexual drawings",
        "draws sexual pictures", "talks about willies", "uses sexual words",
      ],
      means: [["sexualised", "sexual"], ["behaviour", "inappropriate", "unexplained"]]),
    SearchConcept(
      [
        "watches porn", "watching porn at home", "found porn", "porn on dads phone",
        "shown sexual videos", "shown sexual pictures", "shown rude pictures", "rude videos",
        "rude pictures", "parents watch porn in front of him", "saw parents having sex",
        "walked in on parents having sex", "sex in front of the children", "adult films at home",
        "sees adult films",
      ],
      means: [["sexual", "pornography"], ["material", "exposed", "adult"]]),
  ]

  // MARK: Abuse and harm

  static let harmB: [SearchConcept] = [
    SearchConcept(
      [
        "grab marks", "loop marks", "handprint", "hand print", "hand print on face",
        "pinch marks", "belt marks", "cigarette burns", "cigarette burn", "bite marks",
        "bruised ears", "bruising behind ears", "two black eyes", "fractured skull",
        "rib fractures", "metaphyseal fracture", "head injury", "subdural", "abusive head trauma",
        "shaken baby", "bruises in different stages of healing", "bruises of different ages",
        "patterned bruising", "bruising to the torso",
      ],
      ["inflicted", "unexplained", "injuries", "bruising", "physical", "abuse"]),
    SearchConcept(
      [
        "explanation doesnt fit", "explanation doesnt fit the injury", "story doesnt add up",
        "different explanations", "changing explanations", "no explanation for bruise",
        "no explanation for the injury", "unexplained bruise", "unexplained bruises",
        "unexplained marks", "cant explain the bruise", "delay in seeking treatment",
      ],
      means: [["unexplained", "inflicted", "suspected"], ["injuries", "injury", "bruising"]]),
    SearchConcept(
      [
        "dad hits me", "mum hits me", "my dad hit me", "my mum hit me", "mum slaps me",
        "dad slaps me", "dad punches me", "dad beats me", "mum beats me", "stepdad hits me",
        "stepdad hits him", "stepdad hits her", "mums boyfriend hits him",
        "mums boyfriend hits her",
        "they hit me", "gets hit at home", "hit with a belt", "hit with a slipper",
        "hit with a wooden spoon",
      ],
      means: [
        ["physical", "abuse", "abused", "inflicted", "harm"],
        ["parents", "parent", "carers", "carer", "physical"],
      ]),
    SearchConcept(
      [
        "scared of my dad", "scared of my mum", "frightened of my dad", "frightened of my mum",
        "afraid of dad", "afraid of mum", "afraid of my dad", "afraid of my mum",
        "wont go home", "refuses to go home", "dont want to go home",
        "stays late to avoid going home", "last to leave school",
      ],
      ["abuse", "emotional", "cruelty", "suspicion", "harm"]),
    SearchConcept(
      [
        "locked in his room", "locked in her room", "locked in bedroom", "locked out of the house",
        "locked out of the house as punishment", "made to stand in the corner for hours",
        "withholding food as punishment", "sent to bed without food", "food withheld",
        "cruel to him", "cruel to her", "mum is cruel", "dad is cruel", "treats him like dirt",
        "treats her like dirt", "told hes not wanted", "told shes not wanted",
        "wishes he was never born", "wishes she was never born", "threatens to send him away",
        "threatens to send her away", "degrading punishments", "humiliating punishments",
      ],
      ["cruelty", "ill", "treatment", "emotional", "deliberate"]),
    SearchConcept(
      [
        "shouts at him all the time", "shouts at her all the time", "swears at him",
        "swears at her", "always criticising", "always criticised", "never praised",
        "never praises him", "never praises her", "never says anything nice", "no praise",
        "nothing is ever good enough", "runs him down", "runs her down",
        "puts him down in front of others",
      ],
      ["criticism", "negative", "comments", "warmth"]),
    SearchConcept(
      [
        "no affection", "never cuddled", "never cuddles him", "never cuddles her", "no cuddles",
        "cold parenting", "cold and distant", "distant mum", "distant dad", "no warmth",
        "not affectionate",
      ],
      ["warmth", "affectionate", "emotionally", "unavailable"]),
    SearchConcept(
      [
        "black sheep", "blamed for everything", "singled out", "cinderella", "golden child",
        "treated worse than siblings", "treated worse than his siblings",
        "treated worse than her siblings",
      ],
      ["scapegoat", "negative", "criticism", "comments"]),
    SearchConcept(
      [
        "cupboards bare", "empty cupboards", "empty fridge", "no food in the house",
        "nothing in the fridge", "no food at home", "comes to school hungry",
        "always asking for food", "hoarding food", "eating from bins", "takes food from other kids",
        "havent eaten", "hasnt eaten", "not had breakfast", "no tea last night",
        "no dinner last night", "hasnt had tea", "no credit on the meter", "meter run out",
        "no gas or electric", "no heating or food",
      ],
      ["food", "warmth", "basics", "neglect", "physical"]),
    SearchConcept(
      [
        "dog faeces on the floor", "dog poo everywhere", "dog mess everywhere", "animal mess",
        "cat litter everywhere", "faeces", "human waste", "maggots", "flies everywhere",
        "rotting food", "piles of rubbish", "squalor", "house stinks", "smells of urine",
        "urine soaked", "soiled mattress", "needles lying around", "house is filthy",
        "unsanitary",
      ],
      ["hygiene", "hygienic", "environmental", "conditions", "housing"]),
    SearchConcept(
      [
        "nappy rash", "severe nappy rash", "left in a dirty nappy", "nappy not changed",
        "sore bottom from nappy", "unchanged nappy",
      ],
      ["hygiene", "hygienic", "physical", "care", "neglect"]),
    SearchConcept(
      [
        "inappropriately dressed", "wearing shorts in winter", "no school uniform",
        "wrong uniform", "in pyjamas at school", "sandals in the snow", "no socks",
        "shoes with holes", "shoes too small", "clothes too big", "no pe kit", "never has a coat",
        "no warm clothes",
      ],
      ["dress", "appropriate", "clothing", "clothes", "dressed"]),
    SearchConcept(
      [
        "found in the street", "found in the road", "found outside in a nappy",
        "toddler found outside", "found wandering in pyjamas", "found wandering at night",
        "playing in the road", "out on his own at 5", "out on her own at 5",
        "walks to school alone at 6", "let out on his own", "let out on her own",
      ],
      ["wandering", "found", "supervision", "adequate"]),
    SearchConcept(
      [
        "left in the car", "left alone overnight", "left alone all night", "left alone at night",
        "left home alone", "left alone with siblings", "left in charge of siblings",
        "left in charge of the baby", "parents go out and leave them", "mum goes out at night",
        "nobody home after school",
      ],
      ["alone", "supervision", "adequate", "left"]),
    SearchConcept(
      [
        "makes his own tea", "makes her own tea", "makes own breakfast",
        "gets himself ready for school",
        "gets herself ready for school", "gets himself to school", "gets herself to school",
        "expected to look after himself", "expected to look after herself", "fends for himself",
        "fends for herself", "has to fend for himself", "has to fend for herself",
        "gets siblings ready for school", "takes siblings to school", "cooks for siblings",
        "has a key at 7", "latchkey kid", "lets himself in", "lets herself in",
      ],
      ["reliant", "expected", "expectations", "capabilities", "siblings"]),
    SearchConcept(
      [
        "given too much responsibility", "too much responsibility", "adult responsibilities",
        "acts like a parent", "has to be the adult", "runs the household",
        "looks after mum when shes drunk", "parents rely on him",
        "parents rely on her", "parentified", "looks after siblings", "looks after brother",
        "looks after younger siblings", "looks after little ones", "looks after the younger ones",
        "does all the cooking", "does the cooking", "does the shopping", "cooks for the family",
      ],
      ["responsibilities", "maturity", "inappropriate", "reliant"]),
    SearchConcept(
      [
        "suspicion of abuse", "suspected abuse", "worried hes being abused",
        "worried shes being abused", "signs of abuse", "possible abuse", "may be being abused",
        "could be being abused", "abuse suspected",
      ],
      ["suspicion", "abuse", "neglect", "physical", "emotional", "sexual"]),
    SearchConcept(
      [
        "left with a known sex offender", "left baby with her boyfriend",
        "babysitter is a sex offender",
        "mum lets offender stay", "boyfriend on sex offenders register", "mums boyfriend is a risk",
        "new partner has convictions", "partner has previous for violence",
        "partner has history of abusing children", "partner convicted", "partner is a risk",
        "stepdad is a risk", "mappa", "mum lets him babysit",
      ],
      means: [["known", "suspected", "risk", "pose"], ["adult", "adults", "individuals"]]),
    SearchConcept(
      [
        "sex offender living in the house", "offender moved in",
        "lets dangerous people into the house",
        "lets him back in", "ex keeps coming round", "perpetrator back in the home",
        "perpetrator back in the house", "dad back in the home despite bail conditions",
        "cant keep him away", "cant keep them away", "breaks the safety plan",
        "breached the safety plan", "lets people in",
      ],
      means: [["restrict", "access", "contact"], ["home", "adults", "risk"]]),
    SearchConcept(
      [
        "teacher messaging pupil", "teacher messaging a pupil", "coach messaging",
        "inappropriate teacher", "youth worker", "volunteer", "football coach", "staff member",
        "dinner lady", "foster carer hit him", "foster carer hit her", "childminder hit",
        "nursery worker", "teacher hit", "teacher grabbed", "priest", "imam", "madrassa teacher",
      ],
      ["position", "trust", "staff", "volunteer", "unsuitability"]),
    SearchConcept(
      [
        "previous cp plan", "was on a cp plan", "was on cp plan", "previously on a plan",
        "previously on a child protection plan", "history of cp", "previous child protection",
        "previous section 47", "previous s47", "known to social care before",
        "previously open to social care", "closed to social care recently", "stepped down from cp",
        "recently closed", "case closed recently",
      ],
      means: [["previous", "history", "past", "recent"], ["protection", "risk", "concerns"]]),
    SearchConcept(
      [
        "older kids adopted", "previous baby removed", "baby removed at birth",
        "lost previous children to care", "siblings adopted", "had children taken off her",
        "had children taken off him", "kids taken into care before", "previous care proceedings",
        "other children in care", "older siblings removed",
      ],
      means: [["removed", "previous"], ["care", "children", "child"]]),
    SearchConcept(
      [
        "sudi", "sids", "previous baby died", "child death", "previous child died",
        "previous child death", "a sibling died", "baby died suddenly",
      ],
      means: [["deaths", "death"], ["previous", "history"]]),
  ]

  // MARK: Parents' own difficulties

  static let parentsB: [SearchConcept] = [
    SearchConcept(
      [
        "mum has anxiety", "dad has anxiety", "dad has depression",
        "mum has bipolar", "dad has bipolar", "mum has bpd", "mum has eupd", "dad has eupd",
        "personality disorder", "mum has ptsd", "dad has ptsd", "mum under crisis team",
        "mum under the crisis team", "mum on antidepressants", "dad on antidepressants",
        "mum overdosed", "dad overdosed", "mum tried to kill herself", "dad tried to kill himself",
        "mum hears voices", "mum psychotic", "dad psychotic", "mum is paranoid", "mum unwell",
        "mums mental health", "dads mental health", "parents mental health", "mum mh", "parents mh",
        "pmh", "perinatal mental health", "mum schizophrenic", "dad schizophrenic",
        "mum has ocd", "mum in psychiatric hospital", "mum detained", "dad sectioned again",
      ],
      means: [parentWordsB, mentalHealthWordsB]),
    SearchConcept(
      [
        "mum cuts herself", "mum self harming", "dad self harming", "dad self harms",
        "mum harms herself", "parent self harming", "mum burns herself",
      ],
      means: [parentWordsB, ["self", "harming", "harm", "mental"]]),
    SearchConcept(
      [
        "mum has ld", "dad has ld", "parent has ld", "parents have ld",
        "mum has learning difficulties",
        "dad has learning difficulties", "mum cant read", "dad cant read", "parents cant read",
        "parent cant read or write", "mum has low iq", "mum has a learning disability",
        "dad has a learning disability", "mum went to special school",
      ],
      means: [parentWordsB, ["learning", "difficulties", "disability"]]),
    SearchConcept(
      [
        "mum in a wheelchair", "dad in a wheelchair", "mum has ms", "dad has ms",
        "mum has multiple sclerosis", "dad had a stroke", "mum had a stroke", "mum bedbound",
        "dad bedbound", "mum chronic pain", "mum on strong painkillers", "dad has dementia",
        "parent terminally ill", "mum dying", "dad dying", "mum has terminal cancer",
        "mum is blind", "dad is blind", "mum is deaf", "dad is deaf", "mum has epilepsy",
        "dad has epilepsy", "mum has long covid",
      ],
      means: [parentWordsB, ["health", "disability", "problems", "physical"]]),
    SearchConcept(
      [
        "mum smells of drink", "dad smells of drink", "mum smelt of alcohol",
        "dad smelt of alcohol",
        "dad always drunk", "mum always drunk", "mum passed out", "dad passed out",
        "parents passed out", "mum passed out drunk", "dad on the drink", "mum on the drink",
        "dad binge drinks", "mum binge drinks", "parent under the influence",
        "mum under the influence", "dad under the influence", "drunk parent collecting",
        "dad drink drives", "drink driving with kids in the car", "mum drinks every day",
        "dad drinks every day", "mum drinks all day", "parents drinking all day",
        "cans everywhere", "empty bottles everywhere", "vodka bottles",
      ],
      means: [parentWordsB, substanceWordsB]),
    SearchConcept(
      [
        "mum smokes crack", "dad smokes crack", "dad on heroin", "mum on heroin",
        "parents smoke weed in front of the kids", "cannabis smell in house",
        "house smells of weed", "house smells of cannabis", "mum on methadone", "dad on methadone",
        "mum uses cocaine", "dad uses cocaine", "dad uses coke", "mum uses coke", "mum on spice",
        "dad on spice", "parents on drugs", "mum takes drugs", "dad takes drugs",
        "parents take drugs", "foil and needles", "crack pipe", "dad deals from the house",
      ],
      means: [parentWordsB, substanceWordsB]),
    SearchConcept(
      [
        "toxic trio", "trio of vulnerabilities", "dv and drugs", "dv drugs and mental health",
        "mental health and drugs", "drink and mental health", "dual diagnosis",
      ],
      means: [parentWordsB, ["mental", "dv", "substance", "domestic"]]),
    SearchConcept(
      [
        "mum wont go to her gp", "mum wont take her medication", "dad wont take his medication",
        "mum stopped her medication", "dad stopped his medication",
        "dad wont engage with drug services", "mum wont engage with drug services",
        "not engaging with cgl", "not engaging with drug services", "wont go to aa",
        "stopped going to turning point", "dropped out of rehab", "mum wont see mental health team",
        "not accessing support", "wont accept help for her drinking",
        "wont accept help for his drinking",
      ],
      means: [["accessing", "essential", "engagement", "compliance"], parentWordsB]),
    SearchConcept(
      [
        "mum struggling", "parent struggling", "mum needs help", "parent needs support to care",
        "cant look after the kids", "cant look after the children", "cant look after the baby",
        "doesnt know how to look after a baby", "doesnt know how to feed the baby",
        "no idea how to parent", "never been shown how to parent", "parent lacks basic skills",
        "needs help to care for him", "needs help to care for her",
      ],
      means: [["unable", "meet", "provide", "providing"], ["needs", "care", "support"]]),
    SearchConcept(
      [
        "mum prioritises boyfriend", "puts boyfriend first", "puts her boyfriend first",
        "puts his girlfriend first", "more interested in her boyfriend", "goes out partying",
        "out clubbing", "leaves kids to go out", "self absorbed", "puts herself first",
        "puts himself first", "her needs come first", "his needs come first",
      ],
      means: [["own"], ["needs", "emotional", "compromise"]]),
    SearchConcept(
      [
        "mum was abused as a child", "dad was abused as a child", "parent abused as a child",
        "mums own childhood", "dads own childhood", "mum has trauma",
        "mum had a traumatic childhood",
        "dad had a traumatic childhood", "mums own experiences", "unresolved trauma",
        "mums own trauma", "own adverse childhood experiences", "mum has aces",
      ],
      means: [["own", "experiences", "emotional", "unresolved"], parentWordsB]),
    SearchConcept(
      [
        "mum was in care", "dad was in care", "mum grew up in care", "dad grew up in care",
        "parent care leaver", "mum is a care leaver", "dad is a care leaver",
        "mum was a care leaver",
        "mum was looked after", "parent was in care as a child", "parents were in care",
      ],
      means: [["parent", "parents", "mother"], ["looked", "lac"]]),
    SearchConcept(
      [
        "slammed the door on us", "slammed the door", "wont let us in", "refuses entry",
        "wont let social worker in", "refuses home visits", "threatens social worker",
        "threatened the social worker", "aggressive to hv", "aggressive to health visitor",
        "verbally abusive to staff", "refuses to let us see the child", "wont let us see the baby",
        "makes complaints about workers", "complains about every worker", "anti social services",
        "hates social services", "hostile to school",
      ],
      means: [["hostility"], ["services", "statutory", "voluntary"]]),
    SearchConcept(
      [
        "wont engage with early help", "declined early help", "refused early help",
        "said no to early help", "dropped out of early help", "wont sign the caf", "refused caf",
        "refused consent", "wont consent", "declined support", "disengaged from services",
        "closed for non engagement", "keeps cancelling visits", "disguised compliance",
        "says the right things", "agrees but does nothing", "never in when we visit",
        "wont engage with health visitor", "refuses health visitor",
      ],
      ["compliance", "engagement", "offer", "caf", "universal"]),
    SearchConcept(
      [
        "parents dont act on concerns", "ignore our concerns", "ignores our concerns",
        "nothing changes", "no change despite advice", "parents ignore advice", "ignores advice",
        "told them but nothing done", "didnt follow advice", "not acted on", "no improvement",
        "doesnt take concerns seriously",
      ],
      means: [["response", "lack"], ["concerns", "raised"]]),
    SearchConcept(
      [
        "lets him do what he wants", "lets her do what she wants", "no discipline", "too strict",
        "harsh discipline", "over strict", "parents give in", "gives in to him", "gives in to her",
        "spoiled", "spoilt", "no consequences", "inconsistent discipline", "mixed messages",
        "one rule one day", "no rules at home", "says yes to everything",
      ],
      ["boundaries", "boundary", "discipline", "guidance", "praise"]),
    SearchConcept(
      [
        "no bedtime routine", "up all night gaming", "bed at midnight", "no set mealtimes",
        "no set bedtime", "chaotic routines", "no structure", "no structure at home",
        "goes to bed whenever",
      ],
      ["routine", "boundary", "setting", "consistent"]),
    SearchConcept(
      [
        "dad takes him shoplifting", "mum takes him shoplifting", "parents steal",
        "parents take him stealing", "dad glorifies violence", "dad fights in front of him",
        "uses him to carry drugs", "uses her to carry drugs", "lets him smoke weed",
        "lets her smoke weed", "buys him alcohol", "buys her alcohol", "gives him cannabis",
        "gives her cannabis", "supplies him with drugs", "parents let him drink",
        "parents let her drink", "parents smoke with him", "parents back him up",
      ],
      ["role", "model", "condones", "negative"]),
  ]

  // MARK: Family relationships

  static let familyB: [SearchConcept] = [
    SearchConcept(
      [
        "dash", "dash risk", "dash high", "high risk dash", "dash high risk", "high risk da",
        "high risk domestic", "high risk dv", "dash medium", "dash standard", "medium risk dash",
        "standard risk dash", "medium risk da", "standard risk da", "marac case",
        "marac referral", "idva involved", "dvpn", "dvpo", "non mol", "non molestation order",
        "occupation order", "clares law", "dvds",
      ],
      means: [domesticWordsB, ["high", "level", "risk", "medium", "standard"]]),
    SearchConcept(
      [
        "children present", "child present", "kids present", "child was present",
        "children were in the house", "kids in the house at the time", "in the house at the time",
        "children witnessed", "child witnessed", "kids witnessed", "baby in her arms",
        "holding the baby at the time", "children in the room",
      ],
      means: [["present", "during", "incident"], ["domestic", "abuse", "violence"]]),
    SearchConcept(
      [
        "historic abuse", "history of domestic abuse", "history of dv", "previous dv",
        "previous incidents", "years of abuse", "long history of da", "history of da",
        "previous domestic abuse", "previous domestics", "past abuse", "discloses past abuse",
      ],
      means: [["domestic", "abuse", "violence"], ["history", "historic", "previous"]]),
    SearchConcept(
      [
        "one off incident", "first incident", "first call out", "single incident",
        "low level da", "low level dv", "verbal argument", "verbal only", "verbal domestic",
        "non crime domestic", "standard risk domestic", "low level domestic",
      ],
      means: [["domestic", "abuse", "violence"], ["low", "level", "initial", "standard"]]),
    SearchConcept(
      [
        "serious assault on mum", "strangulation", "non fatal strangulation", "strangled mum",
        "threats to kill", "threatened to kill her", "threatened to kill mum", "weapon used",
        "stabbed mum", "mum hospitalised", "mum in hospital after assault",
      ],
      means: [["domestic", "abuse", "violence"], ["serious", "high", "significant"]]),
    SearchConcept(
      [
        "controlling behaviour", "financial abuse", "controls the money", "stalking", "stalked",
        "harassment by ex", "ex partner harassing", "abusive partner", "abusive boyfriend",
        "abusive ex", "dv perpetrator", "perpetrator", "jealous partner", "checks her phone",
        "wont let her see friends",
      ],
      ["domestic", "abuse", "violence", "dv", "da"]),
    SearchConcept(
      [
        "doesnt get on with stepdad", "clashes with stepdad", "hates stepmum", "hates stepdad",
        "doesnt get on with dad", "doesnt get on with mum", "falls out with dad",
        "blended family problems", "step family issues", "tension at home", "atmosphere at home",
        "walking on eggshells", "tense at home",
      ],
      means: [
        ["family", "relationships", "relationship"], ["difficult", "conflict", "breakdown"],
      ]),
    SearchConcept(
      [
        "constant conflict", "always at war", "family always fighting", "war zone", "toxic family",
        "toxic relationship", "constant rows", "rows every day", "never stop arguing",
      ],
      means: [["conflict", "volatility", "difficulties"], ["family", "relationship", "chronic"]]),
    SearchConcept(
      [
        "parents not getting on", "marriage problems", "relationship problems",
        "rocky relationship",
        "on off relationship", "on and off relationship", "parents keep splitting up",
        "mum and dad dont get on", "marital problems", "couple conflict",
      ],
      means: [["relationship", "difficulties"], ["parents", "carers", "parent"]]),
    SearchConcept(
      [
        "relationship with mum broken down", "relationship with dad broken down",
        "mum and daughter clash", "dad and son clash", "doesnt speak to dad", "wont speak to mum",
        "mum has had enough of him", "mum has had enough of her", "at breaking point",
        "relationship at breaking point", "mum cant stand him", "mum cant stand her",
      ],
      means: [["breakdown", "relationship"], ["parent", "carer", "family"]]),
    SearchConcept(
      strength: [
        "gets on with his brother", "gets on with her sister", "close to his sister",
        "close to her brother", "close to siblings", "siblings get on well",
        "good with his siblings", "good with her siblings",
      ],
      means: [["siblings"], ["relationships", "good", "core"]]),
    SearchConcept(
      [
        "sits alone at lunch", "plays on his own", "plays on her own", "eats lunch alone",
        "no one to play with", "spends breaktimes alone", "isolated at school", "wont mix",
        "doesnt mix", "no friends at school", "struggles to make friends",
      ],
      ["peer", "isolation", "relationships", "social", "limited"]),
    SearchConcept(
      [
        "caring for disabled mum", "caring for disabled dad", "cares for sibling with disability",
        "cares for disabled brother", "cares for disabled sister",
        "does all the cooking and cleaning",
        "gives mum her medication", "translates for parents", "interprets for mum",
        "interprets for parents", "does the shopping for mum", "misses school to look after mum",
        "looks after mum when she is ill",
      ],
      means: [["young", "responsibilities"], ["carer", "carers", "caring"]]),
    SearchConcept(
      [
        "staying with a friends family", "living with his mates family",
        "living with her mates family",
        "living with a family friend", "living with girlfriends family",
        "lives with her boyfriends parents",
        "lives with his girlfriends parents", "sent from abroad to live with",
        "lives with a cousin",
        "lives with a family friend", "staying with an aunt",
      ],
      ["privately", "fostered"]),
    SearchConcept(
      [
        "arrived in the back of a lorry", "arrived on a small boat", "small boat", "small boats",
        "age disputed", "age assessment", "claiming asylum", "asylum claim", "unaccompanied minor",
        "arrived without parents",
      ],
      ["unaccompanied", "asylum", "seeking"]),
    SearchConcept(
      [
        "section 7 report", "s7 report", "s37 report", "section 37", "section 37 report",
        "cafcass report", "private law", "private law proceedings", "child arrangements order",
        "cao", "contact order", "residence order", "custody dispute", "fighting over contact",
      ],
      ["s7", "s37", "court", "application"]),
    SearchConcept(
      [
        "passed between relatives", "lives with different people", "moved between carers",
        "different carers", "pillar to post", "back and forth between parents",
        "lots of different carers", "in and out of care", "multiple placements",
        "placement breakdowns", "placement breakdown", "lots of placements",
      ],
      means: [["succession", "multiple"], ["carers", "carer"]]),
    SearchConcept(
      [
        "lots of kids", "five children", "six children", "big family", "lots of little ones",
        "several under fives", "4 kids under 5", "babies close together", "lots of young children",
        "many children", "large family",
      ],
      means: [["large", "several", "five"], ["family", "children"]]),
    SearchConcept(
      [
        "adopted child struggling", "adoption breakdown", "adoptive parents struggling",
        "adoption support", "post adoption support", "asf", "adoptive family", "adoptive mum",
        "adoptive dad", "was adopted",
      ],
      ["adopted", "adoption"]),
    SearchConcept(
      [
        "plo", "pre proceedings", "care proceedings", "public law outline", "icpc", "rcpc",
        "core group", "strategy meeting", "strat meeting", "cpp", "mash", "mash referral",
        "refer to mash", "front door",
      ],
      ["significant", "harm", "protection", "risk"]),
    SearchConcept(
      ["pep", "virtual school", "iro", "looked after review", "lac review"],
      ["looked", "lac", "after"]),
  ]

  // MARK: Housing and money

  static let homeB: [SearchConcept] = [
    SearchConcept(
      [
        "black mould", "leaking roof", "broken boiler", "housing disrepair", "disrepair",
        "falling apart", "landlord wont fix", "rat infestation", "mice infestation",
        "no working heating", "damp and mould", "condensation",
      ],
      ["repair", "state", "poor", "housing"]),
    SearchConcept(
      [
        "sleeping in the living room", "kids sleep in the lounge", "all in one room",
        "sharing a room with parents", "family of six in a two bed", "two bed flat",
        "one bed flat", "bedsit", "sleeps on the sofa", "no room", "no space",
        "sharing a bed with mum", "too small for the family",
      ],
      ["overcrowding", "overcrowded"]),
    SearchConcept(
      [
        "emergency accommodation", "in a hotel", "housed in a hotel", "council put them in a hotel",
        "travelodge", "premier inn", "temporary housing",
        "moved to temporary", "placed out of area",
      ],
      ["temporary", "accommodation", "homeless"]),
    SearchConcept(
      [
        "section 21", "s21", "notice to quit", "served notice", "being evicted",
        "possession order", "bailiffs coming", "eviction notice", "threatened with eviction",
        "losing the house", "losing their home",
      ],
      ["eviction", "homeless", "housing"]),
    SearchConcept(
      [
        "no fixed address", "nowhere to go", "homeless family", "family homeless",
        "living in a tent", "moving between friends", "no address",
      ],
      ["abode", "homeless", "fixed", "accommodation"]),
    SearchConcept(
      [
        "cant afford food", "cant afford nappies", "no money for nappies", "cant afford formula",
        "watering down formula", "watering down milk", "using food banks", "food bank vouchers",
        "no money for gas", "no money for electric", "prepayment meter", "self disconnecting",
        "cost of living crisis", "universal credit sanction", "benefits stopped", "no income",
        "no benefits", "not claiming benefits", "not entitled to benefits", "benefits cut",
        "waiting for benefits",
      ],
      ["financial", "poverty", "income", "benefits", "basic"]),
    SearchConcept(
      [
        "destitute", "destitution", "no money at all", "penniless", "absolutely nothing",
        "cant buy food", "no money whatsoever",
      ],
      ["extreme", "poverty", "financial"]),
    SearchConcept(
      [
        "on benefits", "low wage", "low paid", "working poor", "in work poverty",
        "struggling financially", "money is tight", "tight for money", "struggling with bills",
        "fsm", "pupil premium", "entitled to free school meals",
      ],
      ["income", "low", "poverty", "financial"]),
    SearchConcept(
      [
        "long term unemployed", "never worked", "no one works", "nobody in the house works",
        "workless household", "unemployable", "cant hold down a job", "no work skills",
        "no skills for work",
      ],
      ["employment", "unemployment", "gain", "skills"]),
    SearchConcept(
      strength: [
        "claiming all benefits", "gets child benefit", "dla", "pip", "carers allowance",
        "gets tax credits", "gets universal credit", "money is fine", "financially stable",
      ],
      ["benefits", "welfare", "financially", "supported"]),
  ]

  // MARK: Community, discrimination and technology

  static let communityB: [SearchConcept] = [
    SearchConcept(
      [
        "targeted by local youths", "windows smashed", "graffiti on the house", "graffiti on house",
        "dog mess through letterbox", "harassed because of disability", "family targeted",
        "attacked because of religion", "attacked because of race", "targeted because of race",
        "abused in the street", "threatened by neighbours", "neighbours attacked",
        "bricks through the window",
      ],
      ["harassment", "discrimination", "hostility", "targeted"]),
    SearchConcept(
      [
        "cut off", "doesnt go anywhere", "never leaves the house", "housebound", "agoraphobic mum",
        "mum doesnt go out", "mum never leaves the house", "no local services",
        "no childrens centre nearby", "nothing in the area", "cant get to services",
        "doesnt know anyone", "no friends in the area",
      ],
      means: [["socially", "excluded", "exclusion"], ["facilities", "local", "access"]]),
    SearchConcept(
      [
        "esafety", "e safety", "talking to strangers online", "adding strangers",
        "adding strangers on snapchat", "sharing pictures online", "sending photos",
        "posting personal information", "omegle", "discord", "roblox", "dark web",
        "fake profile", "inappropriate websites", "inappropriate apps", "addicted to his phone",
        "addicted to her phone", "on his phone all night", "on her phone all night",
        "screen addiction", "addicted to gaming", "addicted to games", "risky online",
        "online risks",
      ],
      ["esafety", "technology", "risky", "safety"]),
    SearchConcept(
      [
        "had his phone stolen", "had her phone stolen", "robbed of his phone",
        "robbed of her phone",
        "was assaulted", "racially abused", "hate crime victim", "victim of a hate crime",
        "victim of an assault", "victim of robbery",
      ],
      ["victim", "crime", "discrimination"]),
    SearchConcept(
      [
        "zombie knife", "machete", "shank", "carrying a blade", "carries a blade",
        "blade", "knuckle duster", "bb gun", "imitation firearm",
      ],
      ["knife", "weapon", "gang", "serious", "risk"]),
  ]

  // MARK: Children's and parents' own words

  static let ownWordsB: [SearchConcept] = [
    SearchConcept(
      [
        "nobody cares about me", "no one cares about me", "no one loves me", "nobody loves me",
        "i hate my life", "everyone hates me", "i have no friends",
      ],
      ["esteem", "self", "emotional", "mental", "isolation"]),
    SearchConcept(
      [
        "i want to hurt myself", "i hurt myself", "i cut myself", "i cut", "i want to cut",
      ],
      ["self", "harm", "harming", "suicidal"]),
    SearchConcept(
      [
        "my boyfriend is older", "my boyfriend is 19", "my boyfriend is 20",
        "my boyfriend has a car",
        "my boyfriend buys me things", "he buys me things", "he gives me money",
        "he gave me a phone",
      ],
      means: [["sexual", "sexually"], ["exploitation", "exploitative"]]),
    SearchConcept(
      [
        "i cant cope with him", "i cant cope with her", "i cant do this anymore",
        "i dont know what to do with him", "i dont know what to do with her",
        "hes out of control", "shes out of control", "he wont listen", "she wont listen",
      ],
      means: [["manage", "unable", "control", "cope"], ["behaviour", "breakdown", "parental"]]),
    SearchConcept(
      [
        "i want him out", "i want her out", "take him into care", "take her into care",
        "i dont want him anymore", "i dont want her anymore", "i cant have him home",
      ],
      ["unwilling", "breakdown", "looked", "continue", "outside"]),
  ]
}
