extension SearchVocabulary {
  /// Everyday words for situations Camden's indicators describe (the tool's words),
  /// written from the indicator lists on 2026-12-06; each concept names the indicators it was
  /// written for (``SearchConcept/finding(_:)``), and a test runs its first phrase as an example.
  static let widenedCamden: [SearchConcept] = [
    // Developmental needs: health.
    SearchConcept(
      strength: [
        "healthy pregnancy", "pregnancy going well", "normal pregnancy", "scans are normal",
        "normal scans", "scans all fine", "baby growing well in the womb", "no concerns on scans",
      ],
      means: [["unborn"], ["normal"]]
    ).finding(["camden-0-4-unborn-childs-development-is-normal"]),
    SearchConcept(
      [
        "baby measuring small", "measuring small on scan", "small on scan", "growth scan",
        "abnormal scan", "scan showed a problem", "small for dates", "iugr",
        "baby not growing in the womb",
      ],
      means: [["unborn"], ["concern", "concerns", "development"]]
    ).finding([
      "camden-0-4-some-concern-about-unborn-childs",
      "camden-0-4-significant-concerns-about-the-unborn",
    ]),
    SearchConcept(
      strength: [
        "all jabs done", "vaccinations up to date", "had all his checks", "had all her checks",
        "all checks done", "red book up to date",
      ],
      means: [["immunisations", "checks", "milestones"], ["date"]]
    ).finding(["camden-0-4-in-good-health-meeting-developmental"]),
    SearchConcept(
      strength: [
        "eats fruit and veg", "eats his vegetables", "eats her vegetables", "healthy eater",
        "good eater", "eats a healthy diet", "eats healthily", "eats a good range of food",
      ],
      means: [["diet"], ["good"]]
    ).finding(["camden-0-4-good-diet", "camden-5-13-good-diet", "camden-14-18-good-diet"]),
    SearchConcept(
      strength: [
        "goes to the dentist regularly", "sees the dentist regularly", "dental check ups",
        "registered with a dentist", "teeth checked regularly", "regular check ups",
      ],
      means: [["dental"], ["date", "checks"]]
    ).finding(["camden-5-13-dental-checks-up-to-date", "camden-14-18-dental-checks-up-to-date"]),
    SearchConcept(
      strength: [
        "healthy weight", "normal weight", "right weight for his age", "right weight for her age",
        "good height and weight", "growing well", "normal height",
      ],
      means: [["height", "weight"], ["appropriate"]]
    ).finding([
      "camden-5-13-appropriate-height-and-weight", "camden-14-18-appropriate-height-and-weight",
    ]),
    SearchConcept(
      strength: [
        "fit and healthy", "physically fit", "rarely ill", "never ill", "hardly ever poorly",
        "never poorly", "rarely off sick",
      ],
      means: [["healthy", "health"], ["physically", "physical"]]
    ).finding([
      "camden-5-13-physically-healthy", "camden-14-18-physically-healthy",
      "camden-good-physical-health-and-progress",
    ]),
    SearchConcept(
      strength: [
        "emotionally well", "mentally well", "happy in himself", "happy in herself",
        "emotionally healthy", "no mental health problems",
      ],
      means: [["mental"], ["good"]]
    ).finding(["camden-5-13-good-mental-health", "camden-14-18-good-mental-health"]),
    SearchConcept(
      [
        "only eats beige food", "only eats nuggets", "only eats chicken nuggets",
        "only eats pasta", "only eats bread", "eats the same thing every day",
        "wont eat vegetables", "selective eater", "very fussy with food", "only a few foods",
      ],
      means: [["diet"], ["restricted", "limited"]]
    ).finding([
      "camden-0-4-limited-or-restricted-diet", "camden-5-13-limited-diet",
      "camden-5-13-restricted-diet", "camden-14-18-limited-diet", "camden-14-18-restricted-diet",
    ]),
    SearchConcept(
      [
        "malnourished", "malnutrition", "undernourished", "wasting away", "not being fed properly",
        "severely underweight", "skin and bone", "skin and bones",
      ],
      means: [["food", "dietary", "underweight", "hungry"], ["lack", "harm", "needs", "unwell"]]
    ).finding([
      "camden-14-18-lack-of-food-resulting-in", "camden-5-13-dietary-needs-not-being-met",
      "camden-neglect-appears-underweight-and-unwell-and",
    ]),
    SearchConcept(
      ["lethargic", "listless", "no energy", "sluggish", "drained all day", "no get up and go"],
      ["listless", "tired", "thrive", "unwell"]
    ).finding(["camden-neglect-failure-to-thrive-physically-and"]),
    SearchConcept(
      [
        "refuses to shower", "wont shower", "never showers", "wont wash", "refuses to wash",
        "wont brush his teeth", "wont brush her teeth", "doesnt look after himself",
        "doesnt look after herself",
      ],
      ["self-care", "hygiene", "responsibility", "clean"]
    ).finding([
      "camden-0-4-takes-no-responsibility-for-self", "camden-14-18-poor-hygiene-and-self-care",
      "camden-14-18-not-always-clean-inadequate-self",
    ]),
    SearchConcept(
      strength: [
        "can dress himself", "can dress herself", "dresses himself", "dresses herself",
        "feeds himself", "feeds herself", "uses a spoon", "washes himself", "washes herself",
        "looks after himself well", "looks after herself well",
      ],
      ["self-care", "feeding", "dressing", "competence", "skills"]
    ).finding([
      "camden-0-4-beginning-to-carry-out-some", "camden-5-13-good-self-care-skills",
      "camden-14-18-growing-competence-and-development-of",
    ]),
    SearchConcept(
      strength: [
        "well turned out", "well presented", "always smart", "nicely dressed", "clean and tidy",
        "smartly dressed", "well dressed",
      ],
      means: [["presentation", "dress", "hygiene"], ["good", "appropriate", "clean"]]
    ).finding([
      "camden-0-4-good-presentation-appropriate-dress-clean",
      "camden-5-13-appropriate-dress-and-good-personal", "camden-14-18-appropriate-dress",
    ]),
    SearchConcept(
      ["dresses too old for her age", "revealing outfits", "dresses older than she is"],
      ["provocative", "dress", "appearance"]
    ).finding([
      "camden-5-13-provocative-dress-behaviour",
      "camden-14-18-provocative-in-appearance-and-behaviour",
    ]),
    SearchConcept(
      [
        "kids laugh at his clothes", "kids laugh at her clothes", "embarrassed about his uniform",
        "embarrassed about her uniform", "uniform doesnt fit", "old uniform", "holes in his shoes",
        "holes in her shoes",
      ],
      ["uniform", "clothing", "self-image"]
    ).finding([
      "camden-5-13-inappropriate-clothing-lack-of-uniform",
      "camden-14-18-inappropriate-clothing-uniform",
    ]),

    // Developmental needs: learning.
    SearchConcept(
      [
        "coasting", "could do better", "capable of more", "bright but underachieving",
        "bright but lazy", "underachiever", "not fulfilling his potential",
        "not fulfilling her potential", "should be doing better", "below target",
        "not meeting targets",
      ],
      ["potential", "reaching", "achieving", "attainment"]
    ).finding([
      "camden-5-13-not-reaching-potential", "camden-14-18-not-reaching-potential",
      "camden-5-13-attainment-well-below-potential", "camden-14-18-achieving-well-below-potential",
    ]),
    SearchConcept(
      strength: [
        "making expected progress", "on target at school", "at age related expectations",
        "meeting his targets", "meeting her targets",
      ],
      ["expected", "progress", "academically"]
    ).finding([
      "camden-5-13-making-expected-progress-at-school",
      "camden-14-18-making-expected-progress-at-school",
    ]),
    SearchConcept(
      strength: ["good attendance", "always in school", "always on time", "never late"],
      means: [["attendance", "punctuality"], ["good"]]
    ).finding([
      "camden-5-13-acquired-a-range-of-skills", "camden-14-18-good-attendance-and-punctuality",
    ]),
    SearchConcept(
      strength: [
        "loves going to school", "enjoys going to school", "takes part in everything",
        "gets involved at school",
      ],
      ["enjoys", "participates", "school"]
    ).finding([
      "camden-5-13-enjoys-and-participates-in-school",
      "camden-14-18-enjoys-and-participates-in-school",
    ]),
    SearchConcept(
      strength: [
        "mum works well with school", "parents supportive of school", "parents always come in",
      ],
      means: [["links"], ["good"]]
    ).finding([
      "camden-5-13-good-home-school-links", "camden-14-18-good-home-school-links",
      "camden-0-4-attending-and-enjoying-childrens-centre",
    ]),
    SearchConcept(
      [
        "mum never replies to school", "never replies to school", "ignores school letters",
        "ignores calls from school", "parents dont come to meetings", "misses school meetings",
        "parents never come in", "school cant reach parents",
      ],
      means: [["links", "relationship"], ["school"]]
    ).finding([
      "camden-0-4-poor-home-school-links", "camden-5-13-home-school-links-not-well",
      "camden-14-18-inconsistent-home-school-links", "camden-5-13-no-home-school-links",
    ]),
    SearchConcept(
      [
        "dad threatened the teacher", "mum threatened the teacher", "banned from the school site",
        "parents at war with the school", "fell out with the school",
        "parents refuse to speak to school",
      ],
      means: [["hostile", "non-existent"], ["school"]]
    ).finding([
      "camden-0-4-hostile-or-non-existent-relationship",
      "camden-14-18-home-school-relationship-hostile-or",
    ]),
    SearchConcept(
      [
        "doesnt know what he wants to do", "doesnt know what she wants to do",
        "no idea what to do after school", "no plans after school", "no college application",
        "not applied for college",
      ],
      ["planning", "future"]
    ).finding(["camden-14-18-limited-evidence-of-planning-for"]),
    SearchConcept(
      ["never gets praised", "no awards", "not good at anything", "never gets a certificate"],
      ["achievements", "recognised", "success"]
    ).finding([
      "camden-5-13-few-recognised-achievements", "camden-14-18-few-recognised-achievements",
    ]),
    SearchConcept(
      [
        "not being taught at home", "home education not suitable",
        "home schooled but not learning", "no learning at home", "home education concerns",
        "ehe concerns",
      ],
      means: [["home"], ["educated", "quality"]]
    ).finding(["camden-5-13-home-educated-but-thought-to"]),
    SearchConcept(
      [
        "school cant meet his needs", "school cant meet her needs", "no support for his sen",
        "no support for her sen", "sen needs not met", "waiting for an ehcp", "no ehcp",
        "not getting the right support at school", "wrong school for him", "wrong school for her",
      ],
      means: [["educational", "additional"], ["met"]]
    ).finding([
      "camden-5-13-additional-educational-needs-that-are",
      "camden-14-18-additional-educational-needs-are-not",
    ]),
    SearchConcept(
      [
        "nothing has worked", "tried everything", "nothing is working", "support hasnt helped",
        "no better despite help", "interventions havent worked", "help hasnt made a difference",
      ],
      ["impact", "despite", "extra", "inadequate"]
    ).finding([
      "camden-14-18-extra-support-has-made-no", "camden-14-18-progress-does-not-match-potential",
    ]),
    SearchConcept(
      [
        "needs an ed psych", "ed psych assessment", "educational psychologist", "epa referral",
        "needs assessing for learning", "needs testing for dyslexia", "why is he not progressing",
      ],
      ["investigation", "progress"]
    ).finding(["camden-5-13-poor-progress-requiring-investigation"]),
    SearchConcept(
      [
        "not in education employment or training", "not in education or training",
        "not in employment education or training", "no college no job",
      ],
      ["neet"]
    ).finding(["camden-14-18-neet"]),

    // Developmental needs: emotional, behavioural and social.
    SearchConcept(
      [
        "doesnt know where she fits in", "doesnt know where he fits in",
        "confused about who he is", "confused about who she is", "torn between two cultures",
        "between two cultures", "unsure who she is", "unsure who he is",
      ],
      ["identity", "insecurities", "belonging"]
    ).finding([
      "camden-0-4-demonstrates-limited-self-confidence-and",
      "camden-5-13-some-insecurities-around-identity-low",
    ]),
    SearchConcept(
      [
        "no drive", "wants nothing from life", "no dreams", "doesnt aim high",
        "low expectations of himself", "low expectations of herself",
      ],
      ["aspirations"]
    ).finding(["camden-5-13-some-insecurities-around-identity-low"]),
    SearchConcept(
      strength: [
        "fits in well", "feels part of things", "feels like she belongs", "feels like he belongs",
        "feels at home here", "settled in well", "feels included",
      ],
      ["belonging", "acceptance"]
    ).finding([
      "camden-0-4-demonstrates-appropriate-feelings-and-responses",
      "camden-5-13-experience-of-belonging-and-acceptance", "camden-14-18-feelings-of-belonging",
    ]),
    SearchConcept(
      strength: [
        "talks about her feelings", "talks about his feelings", "expresses his feelings well",
        "expresses her feelings well", "can name her feelings", "can name his feelings",
        "manages his emotions", "manages her emotions",
      ],
      means: [["feelings", "responses", "emotional"], ["appropriate"]]
    ).finding([
      "camden-0-4-demonstrates-appropriate-feelings-and-responses",
      "camden-5-13-demonstrates-appropriate-emotional-responses-and",
      "camden-14-18-age-appropriate-responses",
    ]),
    SearchConcept(
      [
        "laughs when someone gets hurt", "laughs when told off", "over the top reactions",
        "odd reactions", "strange reactions", "reacts oddly",
      ],
      means: [["responses"], ["inappropriate"]]
    ).finding([
      "camden-5-13-some-inappropriate-responses", "camden-14-18-some-inappropriate-responses",
    ]),
    SearchConcept(
      strength: [
        "securely attached", "secure attachment", "good bond with mum", "good bond with dad",
        "lovely bond", "strong bond", "close to mum", "close to his mum", "close to her mum",
      ],
      means: [["attachments", "attachment"], ["good", "stable"]]
    ).finding(["camden-0-4-stable-family-relationships-good-attachments"]),
    SearchConcept(
      strength: [
        // Not "confident child": read as one phrase it hid "confident" from LLR's "confident
        // in social situations".
        "feels good about himself", "feels good about herself", "likes herself", "likes himself",
      ],
      means: [["sense", "self-esteem", "self"], ["positive", "good"]]
    ).finding(["camden-5-13-positive-sense-of-self-and", "camden-14-18-positive-sense-of-self"]),
    SearchConcept(
      strength: [
        "kind to other children", "shares with others", "looks out for others", "kind hearted",
      ],
      means: [["empathy"], ["demonstrate"]]
    ).finding(["camden-5-13-can-demonstrate-empathy", "camden-14-18-demonstrates-empathy"]),
    SearchConcept(
      strength: [
        "copes well with change", "adapts well", "adapts to change", "handles change well",
        "takes change in his stride", "takes change in her stride", "resilient",
      ],
      means: [["adapt"], ["change"]]
    ).finding(["camden-14-18-can-adapt-to-change"]),
    SearchConcept(
      [
        "emotionally fragile", "sensitive child", "easily upset", "vulnerable emotionally",
        "highly sensitive",
      ],
      means: [["vulnerable"], ["emotional", "mental"]]
    ).finding(["camden-5-13-vulnerable-to-emotional-or-mental"]),
    SearchConcept(
      [
        "wants to be white", "wishes she was white", "wishes he was white",
        "ashamed of his skin colour", "ashamed of her skin colour", "hates his skin colour",
        "hates her skin colour", "believes the racist comments", "ashamed of his religion",
        "ashamed of her religion", "ashamed of where he comes from",
      ],
      ["internalisation", "reflected", "discrimination", "self-image"]
    ).finding([
      "camden-0-4-experience-of-discrimination-reflected-in",
      "camden-5-13-internalisation-of-discrimination-affecting-behaviour",
    ]),
    SearchConcept(
      [
        "disowned", "disowned by family", "unloved", "family turned their back",
        "family want nothing to do with him", "family want nothing to do with her",
        "parents dont want him", "parents dont want her",
      ],
      ["rejection", "rejected"]
    ).finding([
      "camden-0-4-experience-of-rejection-by-parents", "camden-rejection-by-parent",
      "camden-5-13-experience-of-rejection", "camden-14-18-rejected-by-family-and-peers",
    ]),
    SearchConcept(
      [
        "nobody wants to be his friend", "nobody wants to be her friend",
        "no one wants to play with him", "no one wants to play with her", "other kids avoid him",
        "other kids avoid her", "pushed out of friendship group", "pushes people away",
      ],
      means: [["alienated", "alienates", "rejected"], ["peers", "self"]]
    ).finding(["camden-5-13-alienated-from-or-rejected-by", "camden-14-18-alienates-self"]),
    SearchConcept(
      [
        "family falling apart", "family about to break down", "about to split up",
        "on the verge of splitting up", "marriage breaking down", "parents about to separate",
        "family at breaking point",
      ],
      ["imminent", "breakdown"]
    ).finding(["camden-5-13-family-breakdown-imminent"]),
    SearchConcept(
      [
        "looks neglected", "looks uncared for", "uncared for", "nobody looks after him",
        "nobody looks after her", "looks like nobody cares", "looks unloved",
      ],
      ["uncared", "appears", "neglect"]
    ).finding(["camden-0-4-appears-uncared-for"]),
    SearchConcept(
      strength: [
        "boyfriend her own age", "girlfriend his own age", "partner her own age",
        "partner his own age",
      ],
      means: [["age-appropriate", "appropriate"], ["sexual"]]
    ).finding(["camden-14-18-age-appropriate-sexual-activity"]),
    SearchConcept(
      strength: [
        "doesnt drink or smoke", "doesnt use drugs", "doesnt drink", "drug free",
        "never tried drugs", "no drugs or alcohol", "stays away from drugs",
      ],
      means: [["substance", "misuse"], ["no"]]
    ).finding(["camden-14-18-no-substance-misuse"]),
    SearchConcept(
      [
        "charged by police", "youth court", "found guilty", "pleaded guilty", "up in court",
        "prosecuted",
      ],
      ["prosecuted", "offences", "justice", "criminal"]
    ).finding([
      "camden-14-18-prosecuted-for-offences", "camden-5-13-regularly-involved-in-criminal-or",
    ]),
    SearchConcept(
      [
        "hangs around on the streets", "out on the streets all day", "nothing constructive to do",
        "no hobbies", "hangs about all day",
      ],
      ["constructive", "leisure"]
    ).finding(["camden-no-constructive-leisure-time"]),

    // Parenting capacity.
    SearchConcept(
      [
        "leaves medicines out", "leaves tablets lying around", "playing near the road",
        "leaves the baby on the sofa", "left the gate open", "hot drinks near the baby",
        "mum doesnt see the danger", "unaware of the dangers", "not strapped in", "no car seat",
      ],
      ["danger", "awareness", "supervision"]
    ).finding(["camden-inconsistent-supervision-and-awareness-of"]),
    SearchConcept(
      [
        "nice one day nasty the next", "sometimes kind sometimes harsh", "unpredictable with him",
        "unpredictable with her", "never know how she will react", "never know how he will react",
      ],
      means: [["inconsistent"], ["responses"]]
    ).finding([
      "camden-inconsistent-responses-to-the-child", "camden-inconsistent-responses-to-child",
    ]),
    SearchConcept(
      [
        "meter ran out", "no credit for heating", "heating off", "nothing to eat in the house",
        "no food in the flat",
      ],
      ["warmth", "food", "available", "unavailable"]
    ).finding(["camden-basic-food-and-warmth-not", "camden-basic-food-and-warmth-frequently"]),
    SearchConcept(
      [
        "young mum no support", "teenage mum on her own", "young mum on her own",
        "teen mum with no help", "young mum with no family",
      ],
      means: [["young"], ["unsupported", "support"]]
    ).finding(["camden-very-young-and-unsupported-parent"]),
    SearchConcept(
      [
        "mum hurt him", "mum hurt her", "dad hurt him", "dad hurt her", "parent hurt the baby",
        "mum admitted hurting him", "dad admitted hurting her", "dad harmed the baby",
      ],
      means: [["harmed", "neglected"], ["parent"]]
    ).finding(["camden-parent-has-harmed-neglected-the"]),

    // Family and environment.
    SearchConcept(
      strength: [
        "goes to the mosque", "goes to church", "goes to the temple", "goes to the gurdwara",
        "goes to synagogue", "part of the community", "involved in the community",
        "active in the community", "knows lots of people locally",
      ],
      ["integrated", "community"]
    ).finding(["camden-integrated-into-the-community"]),
    SearchConcept(
      strength: [
        "lots of friends locally", "good network", "good support network", "mum has good friends",
        "lots of friends nearby", "friends help out",
      ],
      means: [["networks", "friendships"], ["good"]]
    ).finding(["camden-family-has-good-networks-and"]),
    SearchConcept(
      strength: [
        "supportive community", "good neighbours", "neighbours help out", "community helps",
        "church supports them", "mosque supports them",
      ],
      means: [["community"], ["good", "available", "support"]]
    ).finding(["camden-good-community-support-available"]),
    SearchConcept(
      strength: [
        "good housing", "suitable housing", "nice flat", "nice house", "enough bedrooms",
        "housing is fine", "settled housing",
      ],
      means: [["accommodation"], ["appropriate"]]
    ).finding(["camden-accommodation-is-appropriate-for-the"]),
    SearchConcept(
      strength: ["dad works full time", "mum works full time", "steady job", "in steady work"],
      means: [["employment"], ["manage", "able"]]
    ).finding(["camden-parents-able-to-manage-employment"]),
    SearchConcept(
      [
        "nan helps out sometimes", "grandparents help a bit", "family help sometimes",
        "a bit of help from family", "friends help sometimes",
      ],
      means: [["support"], ["friends", "family"]]
    ).finding(["camden-some-support-from-family-and"]),
    SearchConcept(
      [
        "no family around", "no family here", "family all abroad", "family live far away",
        "family live miles away", "no relatives nearby",
      ],
      means: [["extended"], ["support", "effective"]]
    ).finding([
      "camden-limited-support-from-extended-family", "camden-no-effective-support-from-extended",
    ]),
    SearchConcept(
      [
        "doesnt know the neighbours", "keeps to themselves", "doesnt go out much",
        "no contact with anyone", "doesnt know anyone locally",
      ],
      means: [["community"], ["contact", "limited"]]
    ).finding(["camden-limited-contact-with-community"]),
    SearchConcept(
      [
        "falls out with neighbours", "rows with neighbours", "arguments with neighbours",
        "trouble on the estate", "fell out with the neighbours",
      ],
      means: [["community"], ["conflict", "relationship", "poor"]]
    ).finding([
      "camden-some-conflict-within-the-community", "camden-poor-relationship-with-the-community",
    ]),
    SearchConcept(
      [
        "family hated by neighbours", "neighbours hate them", "locals hostile",
        "hostile neighbourhood", "unwelcoming area", "targeted on the estate",
      ],
      means: [["community"], ["hostile", "conflict"]]
    ).finding(["camden-community-hostile", "camden-high-levels-of-conflict-with"]),
    SearchConcept(
      [
        "nowhere for kids to play", "no playground", "no parks nearby", "needles in the park",
        "busy main road",
      ],
      ["child-friendly", "community"]
    ).finding(["camden-community-not-child-friendly"]),
    SearchConcept(
      [
        "doesnt know how to access services", "doesnt know what help there is",
        "cant navigate the system", "doesnt know where to go for help", "cant get to the gp",
      ],
      means: [["accessing", "access"], ["resources", "universal", "services"]]
    ).finding([
      "camden-adequate-universal-resources-but-family", "camden-no-access-to-universal-services",
    ]),
    SearchConcept(
      [
        "doesnt use the childrens centre", "doesnt take her to the gp",
        "doesnt take him to the gp", "never uses local services", "not registered anywhere",
      ],
      means: [["universal"], ["poor", "use"]]
    ).finding(["camden-poor-use-of-universal-services"]),
    SearchConcept(
      ["on and off work", "agency work", "between jobs", "temporary work", "casual work"],
      ["periods", "unemployment"]
    ).finding(["camden-periods-of-unemployment"]),
    SearchConcept(
      [
        "dad hasnt worked for years", "mum hasnt worked for years", "not worked in years",
        "hasnt had a job for years", "out of work for years",
      ],
      ["chronic", "unemployment"]
    ).finding(["camden-chronic-unemployment-having-a-severe"]),
    SearchConcept(
      [
        "expects to live on benefits", "happy to live on benefits", "doesnt think he needs a job",
        "doesnt think she needs a job", "nobody expects him to work", "nobody expects her to work",
      ],
      means: [["expectation"], ["work"]]
    ).finding(["camden-no-expectation-for-young-people"]),

    // More situations, across the domains.
    SearchConcept(
      [
        "no idea where he is", "no idea where she is", "never knows where he is",
        "never knows where she is",
      ],
      ["supervision"]
    ).finding(["camden-neglect-lack-of-parental-supervision", "camden-poor-supervision"]),
    SearchConcept(
      strength: [
        "reads to him every night", "reads to her every night", "reads with him", "reads with her",
        "bedtime stories", "lots of books at home", "lots of books", "does homework with him",
        "does homework with her", "plays with him a lot", "plays with her a lot",
      ],
      means: [
        ["learning", "books", "stimulation"],
        ["good", "environment", "access", "provides"],
      ]
    ).finding([
      "camden-0-4-good-home-learning-environment", "camden-5-13-access-to-books-and-activities",
      "camden-provides-a-learning-environment-and",
    ]),
    SearchConcept(
      [
        "sex with lots of men", "sex with lots of boys", "drinks until she passes out",
        "drinks until he passes out", "drinking until she passes out",
        "drinking until he passes out", "blackout drunk", "found unconscious drunk",
        "collapsed drunk",
      ],
      means: [["threatens", "harm"], ["sexual", "substance", "misuse"]]
    ).finding(["camden-14-18-sexual-activity-or-substance-misuse"]),
    SearchConcept(
      [
        "no help locally", "no support locally", "no local support", "nobody local to help",
        "nothing locally to help",
      ],
      means: [["community"], ["support", "no"]]
    ).finding(["camden-no-community-support"]),
    SearchConcept(
      [
        "not developing because of poor care", "poor care holding him back",
        "poor care holding her back", "delayed because of neglect", "behind because of neglect",
        "neglect affecting development", "neglect affecting his growth",
        "neglect affecting her growth",
      ],
      means: [["quality"], ["development", "growth", "health"]]
    ).finding([
      "camden-development-impaired-by-quality-of-care",
      "camden-0-4-serious-concerns-about-the-childs",
    ]),
    SearchConcept(
      [
        "pregnant and partying", "partying while pregnant", "pregnant and out all night",
        "pregnant and clubbing", "pregnant and not looking after herself",
      ],
      means: [["pregnant", "unborn"], ["lifestyle"]]
    ).finding(["camden-pregnant-women-lifestyle-affecting-unborn"]),
    SearchConcept(
      [
        "a bit grubby", "clothes a bit grubby", "sometimes a bit scruffy", "a bit scruffy",
        "not always well dressed", "sometimes looks unkempt",
      ],
      means: [["dress", "presentation"], ["low", "concerns"]]
    ).finding(["camden-0-4-some-low-level-concerns-about"]),
    SearchConcept(
      [
        "put on loads of weight", "put on a lot of weight", "gained a lot of weight",
        "gained loads of weight", "lost loads of weight", "lost a lot of weight",
      ],
      means: [["weight"], ["gain", "excessive", "low"]]
    ).finding(["camden-14-18-excessive-or-low-weight-gain"]),
    SearchConcept(
      [
        "mum drinks a bit", "dad drinks a bit", "drinks a bit too much", "social drinker",
        "the odd argument", "a few arguments at home", "mum a bit low", "dad a bit low",
      ],
      means: [["low"], ["substance", "mental", "domestic"]]
    ).finding(["camden-difficult-family-circumstances-low-levels"]),
    SearchConcept(
      [
        "chaos at home", "total chaos", "utter chaos", "chaos in the house", "madhouse",
        "house is chaos",
      ],
      ["chaotic", "unstable"]
    ).finding(["camden-chaotic-family-life", "camden-unstable-family-environment"]),
    SearchConcept(
      [
        "on and off with dad", "on and off with mum", "sees dad on and off",
        "dad in and out of his life", "dad in and out of her life", "mum in and out of his life",
        "mum in and out of her life", "dad drifts in and out",
      ],
      means: [["inconsistent"], ["family", "relationships"]]
    ).finding([
      "camden-5-13-inconsistent-family-relationships",
      "camden-14-18-inconsistent-family-relationships",
    ]),
    SearchConcept(
      [
        "hates his family", "hates her family", "hates his parents", "hates her parents",
        "cant stand his family", "cant stand her family", "at war with his family",
        "at war with her family",
      ],
      means: [["negative", "poor"], ["family"]]
    ).finding([
      "camden-5-13-negative-family-relationships", "camden-14-18-negative-family-relationships",
      "camden-5-13-poor-family-relationships",
    ]),

    // Child protection: possible indicators.
    SearchConcept(
      [
        "never answers the door", "never in for visits", "not in for home visits",
        "avoids the school", "dodges the school", "wont return calls", "never returns calls",
        "screens our calls",
      ],
      ["avoiding", "contact", "professionals"]
    ).finding(["camden-parental-attributes-avoiding-contact-with-school-and"]),
    SearchConcept(
      [
        "being radicalised", "getting radicalised", "radicalised online", "radicalised by friends",
        "groomed by extremists", "getting into extremist ideas", "new extreme views",
      ],
      means: [["radicalised", "radicalisation"], ["early", "outside"]]
    ).finding(["camden-early-signs-of-radicalisation"]),
  ]
}
