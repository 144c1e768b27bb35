extension SearchVocabulary {
  /// Everyday words for situations Herefordshire's and Medway's indicators describe (the tool's
  /// words), written from the indicator lists on 2026-12-06; each concept names the indicators
  /// it was written for (``SearchConcept/finding(_:)``), and a test runs its first phrase as an
  /// example.
  static let widenedHerefordshireMedway: [SearchConcept] = [
    SearchConcept(
      strength: [
        "on track for his age", "developing normally", "normal development",
        "developing as expected", "where he should be for his age",
      ],
      ["development", "age", "appropriate", "general"]
    ).finding([
      "herefordshire-general-development-age-appropriate",
      "medway-demonstrates-age-appropriate-responses-feelings",
    ]),
    SearchConcept(
      strength: [
        "very able", "gifted and talented", "quick learner", "picks things up quickly",
        "academically able", "bright child", "bright girl", "bright boy", "very bright",
        "really bright", "clever boy", "clever girl", "very clever", "really clever",
      ],
      ["cognitive", "barriers"]
    ).finding([
      "medway-no-concerns-around-cognitive-development", "herefordshire-no-barriers-to-learning",
    ]),
    SearchConcept(
      strength: [
        "talented", "good at sport", "musical", "plays an instrument", "plays the piano",
        "learning guitar", "won a medal", "won a trophy", "lots of interests",
        "proud of his achievements", "got an award",
      ],
      ["skills", "interests", "success", "achievement", "experiences", "range"]
    ).finding(["medway-acquired-range-skills-interests-experiences"]),
    SearchConcept(
      strength: [
        "cadets", "goes to cadets", "swimming lessons", "dance classes", "goes to football",
        "plays football every week", "plays for a team", "music lessons", "goes to church",
        "youth group", "drama club", "martial arts", "plays for a football team",
      ],
      means: [["activities"], ["positive", "consistent", "access"]]
    ).finding([
      "herefordshire-consistent-and-positive-activities",
      "medway-access-regular-positive-activities",
    ]),
    SearchConcept(
      [
        "sent home for a few days", "excluded for a few days", "suspended for a few days",
        "excluded for a day", "suspended for a day", "few days exclusion",
        "sent home for fighting", "sent home for bad behaviour",
      ],
      ["fixed", "term", "exclusions", "exclusion", "short"]
    ).finding([
      "herefordshire-some-fixed-term-exclusions",
      "medway-chronic-non-attendance-truanting-authorised",
    ]),
    SearchConcept(
      [
        "tiger mum", "pushy mum", "pushy dad", "pressure to do well", "tutoring every night",
        "expects top grades", "wants him to be a doctor",
      ],
      ["pressure", "undue", "achieve", "aspire"]
    ).finding(["medway-undue-parental-pressure-to-achieve"]),
    SearchConcept(
      [
        "doesnt read with him", "reading book never signed", "doesnt help with homework",
        "not interested in his schooling", "not interested in his education",
        "never comes to parents evening",
      ],
      means: [
        ["parent", "parents", "parental", "carer", "carers"],
        ["learning", "support", "engage"],
      ]
    ).finding([
      "medway-lack-adequate-parent-carer-support",
      "herefordshire-parent-does-not-engage-with-school",
    ]),
    SearchConcept(
      [
        "not getting an education", "not receiving any education", "no education at all",
        "educational needs not met", "doing no school work at home",
      ],
      ["educated", "education", "educational"]
    ).finding([
      "medway-not-educated-school-home-parents",
      "herefordshire-significant-concerns-educational-needs-not-met",
      "herefordshire-electively-home-educated-needs-not-met",
    ]),
    SearchConcept(
      [
        "messing about in class", "messing around in class", "distracts others",
        "low level disruption", "silly in class", "wont sit still in class",
        "messing about in lessons", "messing around in lessons", "mucking about in class",
      ],
      ["disruptive", "challenging", "behaviour", "neighbourhood"]
    ).finding(["medway-disruptive-challenging-behaviour-school-neighbourhood"]),
    SearchConcept(
      strength: [
        "fit and healthy", "physically well", "healthy and well", "no health problems",
        "no health worries", "rarely ill", "never ill", "vaccinations up to date",
      ],
      ["physically", "physical", "healthy", "checks", "date", "health", "good"]
    ).finding([
      "herefordshire-good-physical-health-and-language",
      "medway-physically-healthy-developmental-checks-up",
    ]),
    SearchConcept(
      strength: [
        "happy and settled", "emotionally well", "happy in himself", "happy in herself",
        "cheerful", "no mental health problems", "mentally healthy",
      ],
      ["mental", "psychological", "wellbeing", "health", "state", "good"]
    ).finding(["herefordshire-good-mental-health-and-wellbeing", "medway-good-state-mental-health"]
    ),
    SearchConcept(
      [
        "asthma not managed", "condition not managed", "poorly controlled asthma",
        "poorly controlled diabetes", "not following treatment", "missed asthma review",
        "misses diabetes clinic",
      ],
      ["adhered", "sought", "addressed", "treatment", "chronic", "recurring"]
    ).finding([
      "herefordshire-chronic-health-problems-treatment-not-sought",
      "medway-chronic-recurring-health-problems-missed",
    ]),
    SearchConcept(
      [
        "not going to antenatal", "not going to midwife appointments", "not going to the midwife",
        "skipping midwife appointments",
      ],
      means: [["antenatal"], ["engage", "appointments", "services"]]
    ).finding([
      "herefordshire-failure-to-engage-in-antenatal-services",
      "medway-missing-set-appointments-across-health",
    ]),
    SearchConcept(
      [
        "wont see the health visitor", "not engaging with health visitor",
        "cancels health visitor", "never takes baby to clinic", "doesnt take baby to clinic",
        "never at baby clinic", "wont let health visitor in", "no contact with gp",
        "wont engage with gp", "health visitor cant get in", "health visitor cant get access",
        "refuses access",
      ],
      means: [["engagement"], ["universal", "key", "services"]]
    ).finding([
      "medway-poor-engagement-universal-services-likely",
      "herefordshire-poor-engagement-with-key-services",
    ]),
    SearchConcept(
      [
        "cupboards are empty", "fridge is empty", "going without food", "goes without meals",
        "goes to bed hungry", "kids going hungry",
      ],
      ["food", "basics", "nutrition"]
    ).finding(["herefordshire-lack-of-food", "medway-chronic-acute-neglect-where-food"]),
    SearchConcept(
      [
        "parents say its attention seeking", "mum says its attention seeking",
        "says its attention seeking", "says its just a phase", "just a phase",
        "parents dismiss her anxiety", "just attention seeking", "thinks hes putting it on",
      ],
      means: [
        ["mental", "ill-health", "emotional", "health"],
        ["acknowledged", "addressed", "recognise", "refusal"],
      ]
    ).finding([
      "herefordshire-mental-ill-health-not-addressed",
      "medway-parents-carers-refusal-recognise-address",
    ]),
    SearchConcept(
      [
        "says he fell over", "said he fell", "fell off his bike", "bumped his head",
        "walked into a door", "accident at home", "explained injury", "explained bruise",
      ],
      ["explained", "accidental", "injury", "injuries"]
    ).finding([
      "herefordshire-concern-about-explained-injury",
      "medway-child-suffers-accidental-injury-result",
      "medway-frequent-accidental-injuries-child-requiring",
    ]),
    SearchConcept(
      [
        "always has injuries", "always getting hurt", "keeps getting injured",
        "in and out of a and e", "regular at a and e", "turning up with injuries",
        "always turning up with injuries", "comes in with injuries",
      ],
      means: [
        ["injuries", "injury"],
        ["persistent", "presentation", "frequent", "repeat", "patterns"],
      ]
    ).finding([
      "herefordshire-persistent-presentation-with-injuries",
      "medway-frequent-accidental-injuries-child-requiring",
    ]),
    SearchConcept(
      [
        "psychosis not being treated", "untreated psychosis", "untreated mental illness",
        "mental health not managed", "complex mental health", "needs inpatient care",
        "camhs inpatient", "psychosis untreated", "untreated mental health",
      ],
      means: [["mental"], ["complex", "specialist", "interventions", "managed"]]
    ).finding([
      "herefordshire-complex-mental-health-not-managed",
      "medway-failure-to-address-complex-mental-health",
    ]),
    SearchConcept(
      [
        "smoking cannabis daily", "cannabis every day", "takes pills at weekends",
        "taking pills every weekend", "high every day", "stoned every day", "uses most days",
        "smoking cannabis every day",
      ],
      ["regular", "frequent", "drug", "substance", "use"]
    ).finding([
      "herefordshire-regular-frequent-drug-use",
      "medway-evidence-regular-frequent-substance-misuse",
    ]),
    SearchConcept(
      [
        "13 and having sex", "14 and having sex", "lost her virginity at 13",
        "lost her virginity at 14",
      ],
      means: [["sexual", "sexually"], ["early", "onset", "activity", "active"]]
    ).finding([
      "medway-early-onset-sexual-activity-13-14",
      "herefordshire-early-sexual-activity-or-pregnancy-risk",
    ]),
    SearchConcept(
      [
        "doesnt always use condoms", "doesnt always use protection", "not always using protection",
        "forgets to take the pill", "inconsistent contraception", "sometimes uses condoms",
      ],
      means: [["contraception", "contraceptive"], ["inconsistent", "risk", "taking"]]
    ).finding(["medway-sexually-active-young-person-15-plus"]),
    SearchConcept(
      [
        "doesnt know where to get condoms", "cant get contraception", "no sexual health advice",
        "never had sex education", "no sex education", "doesnt know about contraception",
      ],
      ["contraceptive", "contraception", "sexual", "health", "advice", "access", "information"]
    ).finding(["medway-limited-access-contraceptive-sexual-health"]),
    SearchConcept(
      [
        "pressured by older boys", "boys pressuring her", "pressured into sex",
        "pressured for nudes", "pressured into sending pictures", "boyfriend pressuring her",
        "abused by other kids", "pressuring her for sex", "pressuring her for pics",
      ],
      ["peer", "exploitation", "abuse"]
    ).finding(["herefordshire-low-medium-exploitation-or-peer-abuse"]),
    SearchConcept(
      [
        "sexually assaulted another pupil", "sexually assaulted another child",
        "child on child sexual abuse", "touched by another pupil", "touched by an older pupil",
        "touched a younger child", "touched another child",
      ],
      means: [
        ["sexually", "sexual", "sexualised"],
        ["harmful", "allegations", "unexplained", "inappropriate", "child"],
      ]
    ).finding([
      "herefordshire-child-on-child-sexually-harmful-behaviour",
      "medway-child-serious-level-unexplained-inappropriate",
    ]),
    SearchConcept(
      [
        "hates authority", "problem with authority", "issues with authority",
        "doesnt respect police", "no respect for adults", "no respect for teachers",
        "bad attitude", "attitude problem", "mouthy", "gobby", "lippy",
      ],
      ["authoritarian", "attitudes", "antisocial", "anti-social", "behaviour"]
    ).finding([
      "herefordshire-antisocial-anti-authoritarian-behaviour",
      "medway-emerging-anti-social-behaviour-attitudes",
    ]),
    SearchConcept(
      [
        "climbs on roofs", "daredevil", "train surfing", "tombstoning", "playing chicken",
        "dangerous stunts",
      ],
      ["taking", "risk", "behaviours"]
    ).finding(["herefordshire-risk-taking-behaviours"]),
    SearchConcept(
      [
        "arrested for the first time", "first arrest", "started offending",
        "first time in trouble with police", "getting into trouble with police",
      ],
      ["starting", "commit", "offences", "emerging", "offending"]
    ).finding([
      "herefordshire-starting-to-commit-offences",
      "medway-emerging-anti-social-behaviour-attitudes",
    ]),
    SearchConcept(
      [
        "hangs around with kids who get in trouble", "friends are in trouble with the police",
        "mates are shoplifters", "friends who offend", "friends steal",
        "mates are always in trouble", "knocks about with a bad lot",
      ],
      ["peers", "associating", "criminally", "criminal", "anti-social", "antisocial"]
    ).finding([
      "herefordshire-associating-with-anti-social-peers",
      "medway-child-associating-with-anti-social-peers",
    ]),
    SearchConcept(
      [
        "kids run riot", "nobody watching them", "no one watching them", "not watching the kids",
        "not watching the baby", "mum asleep on the sofa", "parents asleep",
      ],
      ["supervision", "attention"]
    ).finding([
      "herefordshire-poor-supervision-within-home",
      "medway-poor-supervision-attention-safety-issues",
    ]),
    SearchConcept(
      [
        "plug sockets", "pills left out", "open windows upstairs", "climbing on worktops",
        "unsafe stairs", "near the main road",
      ],
      ["hazards", "safety", "dangerous", "situations", "supervision"]
    ).finding([
      "herefordshire-health-and-safety-hazards-in-home",
      "medway-poor-supervision-attention-safety-issues",
      "herefordshire-some-exposure-to-dangerous-situations",
    ]),
    SearchConcept(
      [
        "makes him kneel", "made to stand still", "arms up against the wall",
        "held in a stress position",
      ],
      means: [["stress", "chastisement"], ["chastisement", "inappropriate", "physical"]]
    ).finding(["herefordshire-inappropriate-chastisement-stress-positions"]),
    SearchConcept(
      [
        "blanks him", "blanks her", "silent treatment", "gives him the silent treatment",
        "wont speak to him", "acts like hes not there", "mum doesnt talk to him",
        "dad doesnt talk to him", "mum is in her own world", "mum is there but not there",
      ],
      ["ignores", "emotionally", "responding"]
    ).finding(["herefordshire-parent-ignores-child", "medway-parent-emotionally-unavailable"]),
    SearchConcept(
      [
        "left to cry", "lets him cry", "leaves him crying", "no comfort when upset",
        "doesnt respond when he cries",
      ],
      means: [["emotional", "emotionally"], ["unresponsive", "cues", "recognise", "needs"]]
    ).finding([
      "herefordshire-parent-unresponsive-to-emotional-needs",
      "herefordshire-failure-to-pick-up-emotional-cues",
    ]),
    SearchConcept(
      [
        "caring for the baby overnight", "in charge of the baby", "parents his siblings",
        "like a mum to her siblings",
      ],
      means: [
        ["responsibilities", "reliant", "expectations", "expected"],
        ["inappropriate", "siblings", "capabilities", "reliant"],
      ]
    ).finding([
      "medway-child-given-responsibilities-inappropriate-age",
      "medway-child-expected-self-reliant-own",
      "medway-parent-age-inappropriate-expectations-child",
    ]),
    SearchConcept(
      [
        "moved between relatives", "left with different people",
        "different babysitter every night", "lived with lots of different people",
        "no consistent carer",
      ],
      ["succession", "multiple", "carers", "arrangements"]
    ).finding([
      "medway-succession-of-carers-multiple-carers",
      "herefordshire-child-care-arrangements-prejudicing-safety",
    ]),
    SearchConcept(
      [
        "left with mums boyfriend", "left with her boyfriend", "left with a drunk friend",
        "left with a neighbour", "left with a friend", "left with a teenager",
        "left with a 12 year old", "left with unsuitable people", "dumped on friends",
        "left with anyone", "left with mums new boyfriend", "left with mums new partner",
      ],
      ["arrangements", "arrangement", "childcare", "inappropriate", "care"]
    ).finding([
      "herefordshire-inappropriate-child-care-arrangements",
      "medway-inappropriate-child-care-arrangement",
    ]),
    SearchConcept(
      [
        "teaches him to fight", "takes him shoplifting", "gets him to steal", "sends him to steal",
        "dad shows him how to fight", "swears at police in front of him", "nobody to look up to",
        "no good role models",
      ],
      means: [["role"], ["model", "models", "negative", "positive"]]
    ).finding([
      "medway-parents-carers-provide-inconsistent-boundaries",
      "herefordshire-lack-of-positive-role-models",
    ]),
    SearchConcept(
      [
        "no experience with babies", "mum is only 16", "mum is only 17", "mum is only 18",
        "dad is only 17", "baby at 15", "baby at 16",
      ],
      ["inexperienced", "young", "teenage", "parents", "parent"]
    ).finding(["herefordshire-young-or-inexperienced-parents", "medway-child-teenage-parent"]),
    SearchConcept(
      [
        "looks after disabled brother", "looks after disabled sister", "cares for her brother",
        "cares for her sister", "caring for disabled sibling",
      ],
      means: [["young"], ["carer", "carers"]]
    ).finding(["medway-child-young-carer", "herefordshire-some-young-carer-responsibilities"]),
    SearchConcept(
      [
        "mum likes a drink", "dad likes a drink", "mum drinks a bit", "dad drinks a bit",
        "parents drink at weekends", "mum drinks most nights", "dad drinks most nights",
        "dad smokes a bit of weed", "mum smokes a bit of weed", "dad takes cocaine",
        "mum takes cocaine", "dad does coke", "mum does coke", "parents use recreational drugs",
        "parents smoke weed",
      ],
      means: [
        ["parental", "parent", "parents", "carer", "carers"],
        ["alcohol", "substance", "drug", "use", "misuse"],
      ]
    ).finding([
      "herefordshire-low-level-parental-alcohol-substance-concerns",
      "medway-parental-substance-misuse-may-impact",
    ]),
    SearchConcept(
      [
        "kids were there", "kids saw it", "children saw it", "saw the fight",
        "in the room at the time", "think the kids dont notice",
      ],
      means: [["present", "exposure", "incident"], ["domestic", "conflict", "abuse"]]
    ).finding([
      "herefordshire-lack-of-insight-into-parental-conflict",
      "medway-domestic-abuse-standard-medium-risk",
    ]),
    SearchConcept(
      [
        "controls everything mum does", "controls everything", "wont let mum out",
        "wont let mum see friends", "tracks mums phone", "keeps mum from her family",
      ],
      means: [["coercive", "controlling"], ["domestic", "abuse", "coercive", "household"]]
    ).finding(["herefordshire-high-levels-of-domestic-abuse"]),
    SearchConcept(
      [
        "keep breaking up", "marriage breaking down", "splitting up and getting back together",
        "not talking to each other",
      ],
      means: [["relationship", "relationships"], ["difficulties", "conflict"]]
    ).finding([
      "medway-parents-carers-relationship-difficulties-may",
      "herefordshire-parents-relationship-difficulties-affect-child",
    ]),
    SearchConcept(
      [
        "nan undermines mum", "gran undermines mum", "gran interferes", "family interfere",
        "interfering relatives", "relatives causing trouble", "in laws causing trouble",
        "undermining mum", "undermines her parenting",
      ],
      means: [["extended", "wider"], ["destructive", "unhelpful", "involvement"]]
    ).finding(["herefordshire-destructive-extended-family-involvement"]),
    SearchConcept(
      [
        "might put him into care", "wants him to go into care", "cant have him anymore",
        "doesnt want him home", "washed her hands of him", "mum doesnt want him home",
        "dad doesnt want him home", "says she is done with him", "wants him gone",
        "had enough of him", "had enough of her",
      ],
      means: [["breakdown", "unwilling"], ["looked", "care", "relationship"]]
    ).finding([
      "herefordshire-risk-of-relationship-breakdown-looked-after",
      "herefordshire-imminent-risk-relationship-breakdown",
      "medway-parents-carers-unable-unwilling-continue",
      "medway-risk-family-relationship-breakdown-leading",
    ]),
    SearchConcept(
      [
        "cant look after him", "unable to look after", "no family can take them",
        "family cant take them", "no relatives can take them", "nobody in the family can help",
        "no one can look after them", "nobody can look after them",
      ],
      means: [["unable", "unwilling"], ["care", "wider"]]
    ).finding([
      "herefordshire-parents-and-family-unable-to-care", "medway-parents-carers-unable-care-child",
    ]),
    SearchConcept(
      [
        "mum going into hospital", "dad going into hospital", "no one to have the kids",
        "no one to mind the kids", "nobody to have the children", "no relatives to help",
        "no friend or relative to help", "emergency childcare",
      ],
      means: [["respite", "relative", "friend"], ["care", "carer", "available"]]
    ).finding(["medway-child-requires-assessment-respite-care"]),
    SearchConcept(
      [
        "needs to go into care", "should be in care", "needs to be removed", "remove the children",
        "children need removing", "cant stay at home", "not safe to stay at home",
      ],
      means: [["looked", "removed"], ["outside", "after", "care"]]
    ).finding(["medway-child-needs-looked-after-outside"]),
    SearchConcept(
      [
        "older kids taken into care", "older children taken into care", "other kids adopted",
        "lost her other kids", "had her other children taken", "kids were removed",
        "children removed before", "baby removed before",
      ],
      ["removed", "previous", "unable"]
    ).finding([
      "herefordshire-parent-unable-to-care-for-previous-children",
      "medway-previous-children-removed-from-care",
    ]),
    SearchConcept(
      [
        "had early help before", "previous early help", "help with the older children",
        "older siblings had support",
      ],
      ["previous", "additional", "support"]
    ).finding(["medway-additional-support-for-previous-child"]),
    SearchConcept(
      [
        "known to social services", "on a plan before", "cp plan before",
        "been on a child protection plan before",
      ],
      means: [["history", "previous", "past"], ["protection"]]
    ).finding([
      "medway-history-previous-child-protection-concerns",
      "medway-pre-birth-assessment-where-history",
    ]),
    SearchConcept(
      [
        "mum admitted hurting", "dad admitted hurting", "admitted hitting her",
        "mum says she hurt the baby", "said she hurt the baby", "admitted shaking the baby",
        "confessed to hurting", "parent admits harm",
      ],
      means: [["disclosure"], ["parental", "harm", "serious"]]
    ).finding(["herefordshire-parental-disclosure-of-serious-harm"]),
    SearchConcept(
      [
        "sex offender visiting", "visits from a sex offender", "contact with a sex offender",
        "contact with a paedophile", "lets dangerous men in", "lets dangerous men into the house",
        "lets offenders into the house", "wont keep him away", "still lets him see the kids",
      ],
      means: [
        ["restrict", "pose", "individuals", "access", "contact", "manage"],
        ["adults", "individuals", "risk", "known"],
      ]
    ).finding([
      "medway-child-exposed-contact-individuals-pose", "medway-parent-unable-restrict-access-home",
      "herefordshire-parent-unable-to-manage-serious-risk",
    ]),
    SearchConcept(
      [
        "mum bed bound", "mum uses a wheelchair", "mum is partially sighted",
        "dad is partially sighted", "mum having chemo", "dad having chemo", "terminally ill mum",
        "terminally ill dad",
      ],
      means: [
        ["parental", "parent", "parents", "carer", "carers"],
        ["illness", "disability", "health"],
      ]
    ).finding([
      "herefordshire-parental-illness-inability-basic-care",
      "herefordshire-parental-illness-serious-neglect",
      "medway-parental-health-disability-may-impact",
    ]),
    SearchConcept(
      [
        "mum never goes out", "parents never go out", "dad never goes out", "dont go out",
        "cant get to the shops", "no access to local facilities", "cut off from everything",
      ],
      ["socially", "excluded", "isolated", "facilities", "local"]
    ).finding([
      "herefordshire-parents-socially-excluded", "medway-parents-carers-socially-excluded-no",
      "herefordshire-family-socially-isolated",
    ]),
    SearchConcept(
      [
        "sharing a room", "sharing a bedroom", "kids share a room", "family in one room",
        "no room for everyone",
      ],
      ["overcrowding", "overcrowded", "housing"]
    ).finding([
      "herefordshire-overcrowding-in-poor-housing",
      "medway-overcrowding-per-local-housing-guidelines",
    ]),
    SearchConcept(
      [
        "evicted for not paying rent", "evicted for arrears", "evicted for rent arrears",
        "council wont rehouse", "council wont help with housing",
      ],
      ["intentionally", "homeless", "eviction"]
    ).finding(["herefordshire-intentionally-homeless"]),
    SearchConcept(
      [
        "cant pay for food", "cant pay the electric", "cant afford electric",
        "cant afford the gas", "heat or eat", "going without heating",
      ],
      ["financial", "extreme", "resources", "basic", "needs"]
    ).finding([
      "medway-extreme-financial-difficulties-impacting-ability",
      "herefordshire-financial-resources-seriously-compromise-needs",
    ]),
    SearchConcept(
      strength: [
        "claiming child benefit", "gets all the benefits", "benefits sorted", "financially ok",
        "no money worries", "comfortable financially", "parents both work", "both parents work",
      ],
      means: [["financially", "welfare", "benefits"], ["supported", "accessing"]]
    ).finding([
      "medway-child-fully-supported-financially-accessing",
      "herefordshire-child-fully-supported-financially",
    ]),
    SearchConcept(
      [
        "no local support", "no help locally", "no help available locally", "no services nearby",
        "no services locally", "no funding", "nothing locally", "no community support",
      ],
      ["community", "resources", "funding", "local", "access", "facilities"]
    ).finding([
      "medway-no-access-funding-community-resources",
      "herefordshire-support-services-social-exclusion",
    ]),
    SearchConcept(
      [
        "brought to the uk to work", "brought over to work", "made to work for no money",
        "working for no pay", "passport taken away", "someone else has her passport",
        "took her passport", "kept her passport",
      ],
      ["trafficked"]
    ).finding(["herefordshire-trafficked-children"]),
    SearchConcept(
      [
        "grand theft auto", "no internet controls", "no one checks his phone",
        "parents dont check his phone", "unsupervised internet",
        "nobody checks what he does online",
      ],
      means: [["cyber", "technology"], ["prevent", "managed", "unsafe", "risky", "risk"]]
    ).finding([
      "herefordshire-parent-fails-to-prevent-unsafe-cyber-activity",
      "herefordshire-cyber-activity-risk-of-harm-not-managed",
      "medway-some-evidence-risky-use-technology",
    ]),
    SearchConcept(
      [
        "found on his own", "found outside alone", "got out of the house", "toddler got out",
        "walked out of the house", "found by police on his own",
      ],
      ["wandering", "found", "supervision"]
    ).finding(["medway-child-found-wandering-without-adequate"]),
    SearchConcept(
      [
        "teacher messaging her", "teacher texting her", "teacher sent messages", "coach grooming",
        "teacher touched her",
      ],
      ["trust", "staff", "volunteer", "unsuitability"]
    ).finding(["medway-adult-position-trust-staff-member"]),
    SearchConcept(
      [
        "heroin in pregnancy", "drugs in pregnancy", "smoking crack while pregnant",
        "pregnant and homeless", "hit while pregnant",
      ],
      ["unborn", "pre-birth", "pregnancy", "antenatal"]
    ).finding([
      "medway-pre-birth-assessment-indicates-unborn", "medway-serious-concern-unborn-child-risk",
    ]),
    SearchConcept(
      strength: [
        "copes well with change", "handles change well", "adapts well", "settled quickly",
        "settled in well", "coped well with the move", "handled the move well", "bounces back",
      ],
      ["adapt"]
    ).finding(["medway-able-adapt-change"]),
    SearchConcept(
      strength: [
        "close to her mum", "close to her dad", "loving relationship with mum",
        "strong bond with mum", "good bond with mum", "lovely relationship", "cuddles mum",
        "affectionate with mum", "affectionate with dad",
      ],
      means: [["affectionate", "supportive", "stable"], ["relationships", "caregivers"]]
    ).finding([
      "medway-stable-affectionate-relationships-caregivers",
      "herefordshire-supportive-family-relationships",
    ]),
    SearchConcept(
      strength: [
        "gets on with classmates", "gets on well with peers", "gets on with other kids",
        "well liked", "plays well with others", "nice friends", "good friendships",
        "good group of friends",
      ],
      ["positive", "relationships", "peers", "friendship", "networks"]
    ).finding([
      "medway-positive-relationships-peers", "herefordshire-good-social-and-friendship-networks",
    ]),
    SearchConcept(
      strength: [
        "can dress himself", "can dress herself", "independent for his age",
        "does things for himself", "does things for herself", "can make toast",
        "can look after himself", "can look after herself", "gets himself ready",
      ],
      ["independent", "practical", "living", "skills", "appropriate"]
    ).finding([
      "herefordshire-age-appropriate-independent",
      "medway-developing-age-appropriate-level-practical",
    ]),
    SearchConcept(
      strength: [
        "clean and tidy", "well presented", "always clean", "well turned out", "neat and tidy",
        "good hygiene", "dressed for the weather", "dressed appropriately",
      ],
      ["hygiene", "personal", "dress"]
    ).finding([
      "medway-good-level-personal-hygiene", "medway-appropriate-dress-different-settings-allowing",
    ]),
    SearchConcept(
      strength: [
        "safe area", "safe neighbourhood", "nice area", "quiet area", "good area",
        "feels safe at home",
      ],
      ["safe", "secure", "environment"]
    ).finding(["herefordshire-safe-and-secure-environment", "medway-safe-secure-environment"]),
    SearchConcept(
      [
        "house is a bit messy", "bit messy", "untidy house", "untidy", "cluttered house",
        "a bit cluttered", "house could be cleaner", "needs help keeping the house clean",
      ],
      means: [["hygienic", "hygiene", "conditions"], ["home"]]
    ).finding(["medway-requiring-support-provide-consistent-care"]),
  ]
}
