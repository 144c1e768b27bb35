// Camden Safeguarding Children Board, "Multi-agency thresholds and assessment guidance 2017".
// Source text: shared/sources/003_3768f8ec528a2522.txt. Every string below is verbatim from it
// unless a comment or a `note:` says otherwise.
//
// Reading choices (also in `notes` so they reach `rules export`):
// - Appendices 2-4 print each cell as paragraphs of phrases separated by semicolons; each phrase
//   is one indicator. The full stop that ends a paragraph is not kept. The columns Universal,
//   Low, Complex and Acute are levels 1-4 (Appendix 1 names the same four levels).
// - Appendix 4, Complex column, paragraph 5 prints "Low income plus additional factors eg;
//   borrowing." The semicolon stands for "e.g."; the paragraph is kept as one indicator.
// - Appendix 2 runs two pairs of phrases together with no semicolon (0-4 years, Universal,
//   paragraph 3: "...early years provision. achieving..."; 5-13 years, Universal, paragraph 2:
//   "...experience of success good attendance..."); each is kept as one indicator, as printed.
// - Appendix 2 does not head its rows, so its indicators have no subdomain; the citation gives
//   the paragraph.

private let ageBand0to4 = AgeQualifier("0-4 years", youngest: 0, oldest: 4, includesUnborn: true)
private let ageBand5to13 = AgeQualifier("5-13 years", youngest: 5, oldest: 13)
private let ageBand14to18 = AgeQualifier("14-18", youngest: 14, oldest: 18)

private let unbornChild0to4 = AgeQualifier.unborn("0-4 years (unborn child)")

private let appendix1 = "Appendix 1 – Thresholds and eligibility criteria for children’s services"

/// Appendix 5's heading for its indicators, as printed.
private let possibleIndicators = "Possible indicators of abuse and neglect"

extension RuleSet {
  /// Camden's multi-agency thresholds and assessment guidance (2017): levels 1–4, Appendix 1's
  /// eligibility criteria, the age-banded indicators of Appendices 2–4, Appendix 5's indicators
  /// of abuse and neglect, and Appendix 6's functional needs matrix.
  public static let camden = RuleSet(
    id: "camden",
    title: "Multi-agency thresholds and assessment guidance 2017",
    publisher: "Camden Safeguarding Children Board",
    version: nil,
    date: "2017",
    sourceFile: "003_3768f8ec528a2522.txt",
    levels: camdenLevels,
    domains: camdenDomains,
    indicators: camdenIndicators,
    rules: camdenRules,
    areas: [camdenArea],
    notes: camdenNotes,
    examples: camdenExamples
  )
}

private let camdenNotes: [LabelledText] = [
  LabelledText(
    "Indicators are phrases",
    "Appendices 2 to 4 print each cell as paragraphs of phrases separated by semicolons. Each "
      + "phrase is one indicator; the full stop that ends a paragraph or bullet is not kept.",
    source: Citation("Appendices 2-4")),
  LabelledText(
    "Columns are levels",
    "The Universal, Low, Complex and Acute columns of Appendices 2 to 4 are levels 1 to 4, the "
      + "levels Appendix 1 defines. Appendix 5's possible indicators of abuse and neglect are "
      + "level 4 (child protection).",
    source: Citation("Appendices 1-5")),
  LabelledText(
    "One paragraph kept whole",
    "Appendix 4, Complex column, paragraph 5 reads “Low income plus additional factors eg; "
      + "borrowing.” The semicolon stands for “e.g.”, so the paragraph is one indicator.",
    source: Citation("Appendix 4, Complex column, paragraph 5")),
  LabelledText(
    "Phrases printed without a semicolon",
    "Two phrases run on where the document prints no semicolon, and are kept as printed: "
      + "Appendix 2, 0-4 years table, Universal column, paragraph 3, “Attending and enjoying "
      + "children’s centre services and early years provision. achieving to their potential, "
      + "good home/school links”; and the 5-13 years table, Universal column, paragraph 2, "
      + "“acquired a range of skills and knowledge and experience of success good attendance "
      + "and punctuality” (the 14-18 table prints “experience of success at school; good "
      + "attendance and punctuality”).",
    source: Citation(
      "Appendix 2, 0-4 years table, Universal column, paragraph 3; 5-13 years table, "
        + "Universal column, paragraph 2")),
  LabelledText(
    "Unborn children",
    "The 0-4 years table of Appendix 2 includes indicators about the unborn child, so the tool "
      + "treats that band as covering unborn children too; which of its phrases an unborn child "
      + "can have is the “Before birth” note's rule.",
    source: Citation("Appendix 2, 0-4 years table")),
  LabelledText(
    "Before birth",
    "The tool's reading: an indicator about the pregnancy, the parents or the family can be "
      + "selected for an unborn child; one about the child's own development, health or "
      + "schooling cannot. Appendix 1 (Thresholds and eligibility criteria), Appendix 3 "
      + "(parenting capacity) and Appendix 4 (family and environmental factors) apply before "
      + "birth, except Appendix 1's bullets about the child's own health, disability, special "
      + "educational needs, schooling, development, behaviour, emotional difficulties, caring "
      + "role (young carers) or radicalisation, and Appendix 3's phrases about what only a born "
      + "child does or undergoes (“child spending time alone”, “undue pressure to achieve at "
      + "school”, “Multiple carers but poor relationships with them”, “children left in the "
      + "care of unsuitable adults or left alone”, “exposure to inappropriate adult material at "
      + "a young age”, “child beyond parental control”). Appendix 2 (the child's developmental "
      + "need) and Appendix 5's signs in the child (neglect, physical, sexual and emotional "
      + "abuse, indirect indicators) do not apply before birth, except Appendix 2's 0-4 years "
      + "phrases about the family or a risk of harm (“Some difficulties in family "
      + "relationships”, “Extremely poor family relationships”, “family breakdown”, “at risk of "
      + "harm due to neglect or abuse”) and Appendix 5's Parental attributes. The phrases about "
      + "the unborn child always apply before birth. Where the reading was close, the tool lets "
      + "the phrase be selected: a practitioner who cannot record a concern about an unborn "
      + "child is worse off than one offered a phrase that does not fit. A child's own "
      + "experience of the family (“experience of family breakdown or bereavement”, “experience "
      + "of rejection by parents and others”) is not selectable before birth; Appendix 4's "
      + "“experience of loss, separation or bereavement” and Appendix 3's “rejection by parent” "
      + "cover the family's side at the same levels.",
    source: Citation("Appendices 1-5")),
  LabelledText(
    "Lists",
    "Where a passage introduces a bulleted list, the bullets follow it one to a line in route "
      + "actions, special routes and notes; in a rule's sentence and in consent guidance, which "
      + "are shown as one paragraph, they are joined with “; ”. The bullet characters are not "
      + "kept; each bullet's own punctuation is.",
    source: Citation("Whole document")),
  LabelledText(
    "Printed paragraphs",
    "Each phrase cut from a paragraph of Appendices 2 to 4 carries the whole paragraph as "
      + "printed, so that a reader sees the phrase in its place.",
    source: Citation("Appendices 2-4")),
  LabelledText(
    "Possible indicators",
    "Appendix 5 prints its indicators under the heading “Possible indicators of abuse and "
      + "neglect”: each is marked as a possible indicator, level 4 where it leads the "
      + "practitioner to suspect significant harm.",
    source: Citation("Appendix 5: Child protection; definitions and indicators")),
  LabelledText(
    "No statements of practice",
    "No phrase of the indicator tables describes how professionals should work rather than a "
      + "child's need, so none is marked as a practice statement: every indicator can be "
      + "selected.",
    source: Citation("Appendices 1-5")),
  LabelledText(
    "Phrases about the unborn child",
    "The four phrases of Appendix 2's 0-4 years table that describe the unborn child's "
      + "development, and Appendix 1's “Unborn babies where a pre-birth assessment…”, apply only "
      + "to an unborn child; an assessment of a born child that selects them is rejected.",
    source: Citation("Appendix 1; Appendix 2, 0-4 years table, paragraph 1 of each column")),
  LabelledText(
    "No telephone numbers",
    "The document names the services (the Children and Families Contact Service, the Early Help "
      + "CAF team, the MASH team, CSSW, the CYPDS) but prints no telephone numbers or email "
      + "addresses for them, and gives no advice for a child in immediate danger; assessments "
      + "give general advice for that, labelled as such.",
    source: Citation("Whole document")),
]

private let camdenLevels: [Level] = [
  Level(
    rank: 1, label: "Level 1", name: "Universal", categories: [.universal],
    description:
      "Level 1: Universal: children whose needs are being met through universal services. This "
      + "includes children with additional needs which can be met through a single universal "
      + "service.",
    details: [
      LabelledText(
        "Section 3.2",
        "At level 1 children will be in receipt of universal services and this will be "
          + "sufficient to meet all their needs.",
        source: Citation("Section 3.2 Levels of need"))
    ],
    source: Citation("\(appendix1), Universal row, Level of need column")),
  Level(
    rank: 2, label: "Level 2", name: "Low level needs or vulnerable to poor outcomes",
    categories: [.earlyHelp],
    description:
      "Level 2: Low level needs or vulnerable to poor outcomes: Children whose needs cannot be "
      + "met from one service and where there are a number of factors preventing the child from "
      + "achieving their potential. Two or more of the indicators listed here need to be present.",
    details: [
      LabelledText(
        "Section 3.2",
        "At level 2 children may have low levels of need or may be vulnerable to poor outcomes "
          + "and require extra support and services to help them overcome any difficulties. "
          + "Services provided at this level will be part of an early help service to prevent "
          + "any further escalation of need.",
        source: Citation("Section 3.2 Levels of need"))
    ],
    source: Citation("\(appendix1), Early help row, Level of need column")),
  Level(
    rank: 3, label: "Level 3", name: "Complex needs", categories: [.childInNeed],
    description:
      "Level 3: Complex needs: Children who have more complex and enduring needs requiring a "
      + "statutory social work service. Parents may lack insight and may not engage with "
      + "services to address problems. For youth offending cases, children who are involved in "
      + "low level criminal activity and who have entered the criminal justice system.",
    details: [
      LabelledText(
        "Section 3.2",
        "At level 3 children may have a higher or more complex level of need requiring a "
          + "multi-agency response offering targeted support to improve outcomes. Children at "
          + "this level will meet the statutory threshold for a child in need service and "
          + "should be referred to Children's Safeguarding and Social Work (CSSW).",
        source: Citation("Section 3.2 Levels of need"))
    ],
    source: Citation("\(appendix1), Child in need row, Level of need column")),
  Level(
    rank: 4, label: "Level 4", name: "Acute needs", categories: [.childProtection],
    description:
      "Level 4: Acute needs: Children may be suffering significant harm, in need of a safe home "
      + "and/or a legal order to safeguard and promote their welfare. Parents face difficulties "
      + "that affect parenting capacity and may not engage with services. For youth offending "
      + "cases, children who are involved in serious criminal activity, eg gangs, and who may be "
      + "remanded into care or receive a custodial sentence.",
    details: [
      LabelledText(
        "Section 3.2",
        "At level 4 children may have acute needs requiring a statutory intervention and may be "
          + "at risk of significant harm, the threshold for compulsory intervention under child "
          + "protection procedures. At this level, a referral should be made to CSSW.",
        source: Citation("Section 3.2 Levels of need"))
    ],
    source: Citation("\(appendix1), Child protection row, Level of need column")),
]

private let camdenDomains: [Domain] = [
  Domain(
    id: "eligibility-criteria", name: "Thresholds and eligibility criteria",
    source: Citation(appendix1), appliesBeforeBirth: true),
  Domain(
    id: "developmental-needs", name: "Indicators of children’s developmental need",
    source: Citation("Appendix 2 – Indicators of children’s developmental need"),
    appliesBeforeBirth: false),
  Domain(
    id: "parenting-capacity", name: "Indicators of parenting capacity",
    source: Citation("Appendix 3 – Indicators of parenting capacity"), appliesBeforeBirth: true),
  Domain(
    id: "family-and-environment", name: "Indicators of family and environmental factors",
    source: Citation("Appendix 4 – Indicators of family and environmental factors"),
    appliesBeforeBirth: true),
  Domain(
    id: "child-protection", name: "Child protection; definitions and indicators",
    subdomains: [
      Subdomain(id: "neglect", name: "Neglect"),
      Subdomain(id: "physical-abuse", name: "Physical abuse"),
      Subdomain(id: "sexual-abuse", name: "Sexual abuse"),
      Subdomain(id: "emotional-abuse", name: "Emotional abuse"),
      Subdomain(id: "indirect-indicators", name: "Indirect indicators of abuse and neglect"),
      Subdomain(id: "parental-attributes", name: "Parental attributes"),
    ],
    source: Citation("Appendix 5: Child protection; definitions and indicators"),
    appliesBeforeBirth: false),
]

private let camdenIndicators: [Indicator] = camdenIndicatorGroups.flatMap { $0 }.map {
  indicator in
  camdenBeforeBirth[indicator.id].map { indicator.with(beforeBirth: $0) } ?? indicator
}

/// Indicators whose before-birth rule is not their domain's (the "Before birth" note): in
/// Appendices 1, 3 and 4 (the domains apply before birth) the phrases about the child's own
/// health, development, schooling, behaviour, relationships or caring role, or about something
/// only a born child can do or undergo; in Appendix 2 and Appendix 5 (the domains do not) the
/// phrases about the family, the parents or a risk of harm to the child.
private let camdenBeforeBirth: [String: BeforeBirth] = [
  // Appendix 1: the child's own health, disability, schooling, behaviour, caring role or
  // radicalisation.
  "camden-good-physical-health-and-progress": .doesNotApply,
  "camden-mild-disabilities-or-health-issues": .doesNotApply,
  "camden-special-educational-needs": .doesNotApply,
  "camden-out-of-school-or-unauthorised-absences": .doesNotApply,
  "camden-young-carers": .doesNotApply,
  "camden-signs-of-anti-social-or-criminal-behaviour": .doesNotApply,
  "camden-early-signs-of-developmental-delay": .doesNotApply,
  "camden-early-signs-of-radicalisation": .doesNotApply,
  "camden-lifelong-disabilities": .doesNotApply,
  "camden-development-impaired-by-quality-of-care": .doesNotApply,
  "camden-high-behavioural-difficulties-or-out-of-control": .doesNotApply,
  "camden-high-emotional-difficulties-camhs": .doesNotApply,
  "camden-advanced-signs-of-radicalisation": .doesNotApply,
  "camden-enmeshed-in-extremist-narrative": .doesNotApply,
  // Appendix 2, 0-4 years: the family's relationships and a risk of harm from neglect or abuse.
  "camden-0-4-some-difficulties-in-family-relationships": .applies,
  "camden-0-4-extremely-poor-family-relationships": .applies,
  "camden-0-4-family-breakdown": .applies,
  "camden-0-4-at-risk-of-harm-due": .applies,
  // Appendix 3: what only a born child does or undergoes.
  "camden-child-spending-time-alone": .doesNotApply,
  "camden-undue-pressure-to-achieve-at": .doesNotApply,
  "camden-multiple-carers-but-poor-relationships": .doesNotApply,
  "camden-children-left-in-the-care": .doesNotApply,
  "camden-exposure-to-inappropriate-adult-material": .doesNotApply,
  "camden-child-beyond-parental-control": .doesNotApply,
  // Appendix 5: the parents' attributes.
  "camden-parental-attributes-misusing-drugs-and-or-alcohol": .applies,
  "camden-parental-attributes-physical-mental-health-or-learning": .applies,
  "camden-parental-attributes-domestic-violence": .applies,
  "camden-parental-attributes-avoiding-contact-with-school-and": .applies,
]

private let camdenIndicatorGroups: [[Indicator]] = [
  // Appendix 1: the Indicators column of each row.
  Indicator.group(
    Citation("\(appendix1), Universal row, Indicators column"), level: 1,
    domain: "eligibility-criteria",
    [
      ("camden-good-physical-health-and-progress", "Children in good physical health whose general development is age appropriate and who are making good progress academically"),
      ("camden-stable-family-meeting-all-needs", "Children living in stable families where parents are able to meet all the child’s needs"),
      ("camden-would-benefit-from-additional-universal-services", "Children who need some support and who would benefit from additional universal services to improve outcomes"),
    ]),
  Indicator.group(
    Citation("\(appendix1), Early help row, Indicators column"), level: 2,
    domain: "eligibility-criteria",
    [
      ("camden-mild-disabilities-or-health-issues", "Children with mild disabilities or health issues"),
      ("camden-special-educational-needs", "Children with special educational needs"),
      ("camden-out-of-school-or-unauthorised-absences", "Children who are out of school or have regular unauthorised absences"),
      ("camden-young-carers", "Young carers"),
      ("camden-signs-of-anti-social-or-criminal-behaviour", "Children showing signs of engaging in anti-social or criminal behaviour"),
      ("camden-difficult-family-circumstances-low-levels", "Children growing up in difficult family circumstances where there are low levels of substance misuse, adult mental health difficulties or domestic violence"),
      ("camden-families-affected-by-parental-ill-health", "Families affected by parental ill health, custody, homelessness, poverty, immigration or other problems"),
      ("camden-early-signs-of-developmental-delay", "Children showing early signs of developmental delay"),
      ("camden-families-affected-by-social-isolation", "Families affected by social isolation, discrimination or harassment"),
      ("camden-early-signs-of-radicalisation", "Children who show early signs of being radicalised by people outside of their immediate family"),
    ]),
  Indicator.group(
    Citation("\(appendix1), Child in need row, Indicators column"), level: 3,
    domain: "eligibility-criteria",
    [
      ("camden-lifelong-disabilities", "Children with lifelong disabilities"),
      ("camden-development-impaired-by-quality-of-care", "Children whose growth and development is being impaired by the quality of care received"),
      ("camden-high-behavioural-difficulties-or-out-of-control", "Children exhibiting high levels of behavioural difficulties and risk-taking behaviour or who are out of parental control"),
      ("camden-pregnant-women-lifestyle-affecting-unborn", "Pregnant women whose lifestyle may be affecting the development of the unborn child"),
      ("camden-parents-difficulties-in-parenting-capacity", "Parents experiencing difficulties in parenting capacity due to substance misuse, physical disability, learning difficulties, domestic or family violence or mental health problems"),
      ("camden-high-emotional-difficulties-camhs", "Children with high levels of emotional difficulties who may need a service from CAMHS"),
      ("camden-advanced-signs-of-radicalisation", "Children who show more advanced signs of being radicalised and where parents or siblings may be involved in radicalisation"),
    ]),
  Indicator.group(
    Citation("\(appendix1), Child protection row, Indicators column"), level: 4,
    domain: "eligibility-criteria",
    [
      ("camden-requiring-accommodation-no-one-to-care", "Children requiring accommodation because there is no-one who is able to care for them"),
      ("camden-suspected-abuse-neglect-or-domestic-violence", "Children whom it is suspected are being physically, emotionally or sexually abused or neglected or living with high levels of domestic violence"),
      ("camden-trafficking-sexual-exploitation-forced-marriage-fgm", "Children who may be at risk due to trafficking, sexual exploitation, forced marriage or FGM"),
    ]),
  [
    Indicator(
      id: "camden-unborn-serious-risk-pre-birth-assessment",
      text: "Unborn babies where a pre-birth assessment has shown them to be at serious risk of significant harm",
      level: 4, domain: "eligibility-criteria", age: .unborn("Unborn babies"),
      source: Citation(
        "\(appendix1), Child protection row, Indicators column, bullet 4",
        note: "The bullet names unborn babies, so it applies only to an unborn child."))
  ],
  Indicator.group(
    Citation("\(appendix1), Child protection row, Indicators column"), level: 4,
    domain: "eligibility-criteria",
    [
      ("camden-enmeshed-in-extremist-narrative", "Children who are deeply enmeshed in the extremist narrative and/or at imminent risk of carrying out violent acts or leaving the UK following radicalisation")
    ]),
  // Appendices 2-4: one indicator per phrase.
  // Appendix 2: 0-4 years
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 1"), level: 1,
    domain: "developmental-needs", age: unbornChild0to4,
    [
      ("camden-0-4-unborn-childs-development-is-normal", "Unborn child’s development is normal")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 2"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "In good health, meeting developmental milestones, up to date with immunisations and checks; good diet.",
    [
      ("camden-0-4-in-good-health-meeting-developmental", "In good health, meeting developmental milestones, up to date with immunisations and checks"),
      ("camden-0-4-good-diet", "good diet"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 3"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Attending and enjoying children’s centre services and early years provision. achieving to their potential, good home/school links; good home learning environment; “school ready”.",
    [
      ("camden-0-4-attending-and-enjoying-childrens-centre", "Attending and enjoying children’s centre services and early years provision. achieving to their potential, good home/school links"),
      ("camden-0-4-good-home-learning-environment", "good home learning environment"),
      ("camden-0-4-school-ready", "“school ready”"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 4"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-demonstrates-appropriate-feelings-and-responses", "Demonstrates appropriate feelings and responses and has a sense of belonging and acceptance")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 5"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-stable-family-relationships-good-attachments", "Stable family relationships, good attachments with carers and positive sense of self")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 6"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-good-presentation-appropriate-dress-clean", "Good presentation, appropriate dress, clean, well-cared for and happy")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 7"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-shows-some-suspicion-towards-strangers", "Shows some suspicion towards strangers")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Universal column, paragraph 8"), level: 1,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-beginning-to-carry-out-some", "Beginning to carry out some self-care, ie feeding, dressing")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 1"), level: 2,
    domain: "developmental-needs", age: unbornChild0to4,
    [
      ("camden-0-4-some-concern-about-unborn-childs", "Some concern about unborn child’s development")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 2"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Mild concerns about the rate of the child’s development and growth or their weight and diet; persistent minor illnesses; missing immunisations or checks.",
    [
      ("camden-0-4-mild-concerns-about-the-rate", "Mild concerns about the rate of the child’s development and growth or their weight and diet"),
      ("camden-0-4-persistent-minor-illnesses", "persistent minor illnesses"),
      ("camden-0-4-missing-immunisations-or-checks", "missing immunisations or checks"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 3"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Poor punctuality at early years provision with some absences; some concerns about concentration and achievement; limited learning opportunities at home; not “school ready”.",
    [
      ("camden-0-4-poor-punctuality-at-early-years", "Poor punctuality at early years provision with some absences"),
      ("camden-0-4-some-concerns-about-concentration-and", "some concerns about concentration and achievement"),
      ("camden-0-4-limited-learning-opportunities-at-home", "limited learning opportunities at home"),
      ("camden-0-4-not-school-ready", "not “school ready”"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 4"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Mild emotional and behavioural difficulties; some difficulties in relationships with family and peers; some experience of bullying or being bullied.",
    [
      ("camden-0-4-mild-emotional-and-behavioural-difficulties", "Mild emotional and behavioural difficulties"),
      ("camden-0-4-some-difficulties-in-relationships-with", "some difficulties in relationships with family and peers"),
      ("camden-0-4-some-experience-of-bullying-or", "some experience of bullying or being bullied"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 5"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Some difficulties in family relationships; experience of family breakdown or bereavement.",
    [
      ("camden-0-4-some-difficulties-in-family-relationships", "Some difficulties in family relationships"),
      ("camden-0-4-experience-of-family-breakdown-or", "experience of family breakdown or bereavement"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 6"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Demonstrates limited self-confidence and some insecurities around identity; experience of discrimination",
    [
      ("camden-0-4-demonstrates-limited-self-confidence-and", "Demonstrates limited self-confidence and some insecurities around identity"),
      ("camden-0-4-experience-of-discrimination", "experience of discrimination"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Low column, paragraph 7"), level: 2,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-some-low-level-concerns-about", "Some low level concerns about dress or presentation")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 1"), level: 3,
    domain: "developmental-needs", age: unbornChild0to4,
    [
      ("camden-0-4-significant-concerns-about-the-unborn", "Significant concerns about the unborn child’s development")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 2"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Chronic health problems; concerns about weight, growth and developmental delay; limited or restricted diet; dental decay.",
    [
      ("camden-0-4-chronic-health-problems", "Chronic health problems"),
      ("camden-0-4-concerns-about-weight-growth-and", "concerns about weight, growth and developmental delay"),
      ("camden-0-4-limited-or-restricted-diet", "limited or restricted diet"),
      ("camden-0-4-dental-decay", "dental decay"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 3"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Poor early years settings or school attendance and punctuality with unauthorised absences; poor home/school links; unresolved speech and language difficulties; poor educational attainment.",
    [
      ("camden-0-4-poor-early-years-settings-or", "Poor early years settings or school attendance and punctuality with unauthorised absences"),
      ("camden-0-4-poor-home-school-links", "poor home/school links"),
      ("camden-0-4-unresolved-speech-and-language-difficulties", "unresolved speech and language difficulties"),
      ("camden-0-4-poor-educational-attainment", "poor educational attainment"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 4"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Poor peer relationships; disruptive behaviour or withdrawn and difficult to engage; unable to deal with anger or frustration; limited ability to understand impact of actions on others.",
    [
      ("camden-0-4-poor-peer-relationships", "Poor peer relationships"),
      ("camden-0-4-disruptive-behaviour-or-withdrawn-and", "disruptive behaviour or withdrawn and difficult to engage"),
      ("camden-0-4-unable-to-deal-with-anger", "unable to deal with anger or frustration"),
      ("camden-0-4-limited-ability-to-understand-impact", "limited ability to understand impact of actions on others"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 5"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Demonstrates low self-esteem; poor self-confidence; seems socially isolated.",
    [
      ("camden-0-4-demonstrates-low-self-esteem", "Demonstrates low self-esteem"),
      ("camden-0-4-poor-self-confidence", "poor self-confidence"),
      ("camden-0-4-seems-socially-isolated", "seems socially isolated"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 6"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Inappropriate clothing; sexualised behaviour; poor hygiene;",
    [
      ("camden-0-4-inappropriate-clothing", "Inappropriate clothing"),
      ("camden-0-4-sexualised-behaviour", "sexualised behaviour"),
      ("camden-0-4-poor-hygiene", "poor hygiene"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Complex column, paragraph 7"), level: 3,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-takes-no-responsibility-for-self", "Takes no responsibility for self-care")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 1"), level: 4,
    domain: "developmental-needs", age: unbornChild0to4,
    [
      ("camden-0-4-unborn-childs-development-is-at", "Unborn child’s development is at serious risk")
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 2"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Serious concerns about the child’s health and development linked to the quality of care given; emergent mental health and behavioural issues.",
    [
      ("camden-0-4-serious-concerns-about-the-childs", "Serious concerns about the child’s health and development linked to the quality of care given"),
      ("camden-0-4-emergent-mental-health-and-behavioural", "emergent mental health and behavioural issues"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 3"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Very poor school attendance; behaviour puts peers at risk; hostile or non-existent relationship between home and school; significantly low educational attainment.",
    [
      ("camden-0-4-very-poor-school-attendance", "Very poor school attendance"),
      ("camden-0-4-behaviour-puts-peers-at-risk", "behaviour puts peers at risk"),
      ("camden-0-4-hostile-or-non-existent-relationship", "hostile or non-existent relationship between home and school"),
      ("camden-0-4-significantly-low-educational-attainment", "significantly low educational attainment"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 4"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Unable to maintain relationships; aggressive and bullying behaviour or frequently bullied; lack of empathy; unable to understand consequences of actions.",
    [
      ("camden-0-4-unable-to-maintain-relationships", "Unable to maintain relationships"),
      ("camden-0-4-aggressive-and-bullying-behaviour-or", "aggressive and bullying behaviour or frequently bullied"),
      ("camden-0-4-lack-of-empathy", "lack of empathy"),
      ("camden-0-4-unable-to-understand-consequences-of", "unable to understand consequences of actions"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 5"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Experience of discrimination reflected in poor self-image; socially isolated; no self-confidence.",
    [
      ("camden-0-4-experience-of-discrimination-reflected-in", "Experience of discrimination reflected in poor self-image"),
      ("camden-0-4-socially-isolated", "socially isolated"),
      ("camden-0-4-no-self-confidence", "no self-confidence"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 6"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    cell: "Extremely poor family relationships; family breakdown; experience of rejection by parents and others; at risk of harm due to neglect or abuse;",
    [
      ("camden-0-4-extremely-poor-family-relationships", "Extremely poor family relationships"),
      ("camden-0-4-family-breakdown", "family breakdown"),
      ("camden-0-4-experience-of-rejection-by-parents", "experience of rejection by parents and others"),
      ("camden-0-4-at-risk-of-harm-due", "at risk of harm due to neglect or abuse"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 0-4 years table, Acute column, paragraph 7"), level: 4,
    domain: "developmental-needs", age: ageBand0to4,
    [
      ("camden-0-4-appears-uncared-for", "Appears uncared for")
    ]),
  // Appendix 2: 5-13 years
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 1"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Appropriate height and weight; physically healthy; good diet; dental checks up to date; good mental health.",
    [
      ("camden-5-13-appropriate-height-and-weight", "Appropriate height and weight"),
      ("camden-5-13-physically-healthy", "physically healthy"),
      ("camden-5-13-good-diet", "good diet"),
      ("camden-5-13-dental-checks-up-to-date", "dental checks up to date"),
      ("camden-5-13-good-mental-health", "good mental health"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 2"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Making expected progress at school; acquired a range of skills and knowledge and experience of success good attendance and punctuality; good home/school links; access to books and activities; enjoys and participates in school life.",
    [
      ("camden-5-13-making-expected-progress-at-school", "Making expected progress at school"),
      ("camden-5-13-acquired-a-range-of-skills", "acquired a range of skills and knowledge and experience of success good attendance and punctuality"),
      ("camden-5-13-good-home-school-links", "good home/school links"),
      ("camden-5-13-access-to-books-and-activities", "access to books and activities"),
      ("camden-5-13-enjoys-and-participates-in-school", "enjoys and participates in school life"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 3"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Demonstrates appropriate emotional responses and feelings; good quality family relationships; can demonstrate empathy.",
    [
      ("camden-5-13-demonstrates-appropriate-emotional-responses-and", "Demonstrates appropriate emotional responses and feelings"),
      ("camden-5-13-good-quality-family-relationships", "good quality family relationships"),
      ("camden-5-13-can-demonstrate-empathy", "can demonstrate empathy"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 4"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Positive sense of self and good self-esteem; experience of belonging and acceptance.",
    [
      ("camden-5-13-positive-sense-of-self-and", "Positive sense of self and good self-esteem"),
      ("camden-5-13-experience-of-belonging-and-acceptance", "experience of belonging and acceptance"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 5"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Stable family relationships and good routines; good relationships with family.",
    [
      ("camden-5-13-stable-family-relationships-and-good", "Stable family relationships and good routines"),
      ("camden-5-13-good-relationships-with-family", "good relationships with family"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Universal column, paragraph 6"), level: 1,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Appropriate dress and good personal hygiene; good self-care skills.",
    [
      ("camden-5-13-appropriate-dress-and-good-personal", "Appropriate dress and good personal hygiene"),
      ("camden-5-13-good-self-care-skills", "good self-care skills"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 1"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Weight not increasing at expected rate; missed routine appointments; persistent minor health problems; limited diet; poor dental care; vulnerable to emotional or mental health difficulties.",
    [
      ("camden-5-13-weight-not-increasing-at-expected", "Weight not increasing at expected rate"),
      ("camden-5-13-missed-routine-appointments", "missed routine appointments"),
      ("camden-5-13-persistent-minor-health-problems", "persistent minor health problems"),
      ("camden-5-13-limited-diet", "limited diet"),
      ("camden-5-13-poor-dental-care", "poor dental care"),
      ("camden-5-13-vulnerable-to-emotional-or-mental", "vulnerable to emotional or mental health difficulties"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 2"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Subject to school action plan; poor punctuality and occasional absences; some difficulties with concentration or motivation; not reaching potential; home/school links not well established.",
    [
      ("camden-5-13-subject-to-school-action-plan", "Subject to school action plan"),
      ("camden-5-13-poor-punctuality-and-occasional-absences", "poor punctuality and occasional absences"),
      ("camden-5-13-some-difficulties-with-concentration-or", "some difficulties with concentration or motivation"),
      ("camden-5-13-not-reaching-potential", "not reaching potential"),
      ("camden-5-13-home-school-links-not-well", "home/school links not well established"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 3"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Some difficulties with peer relationships; some inappropriate responses; multiple carers or house moves.",
    [
      ("camden-5-13-some-difficulties-with-peer-relationships", "Some difficulties with peer relationships"),
      ("camden-5-13-some-inappropriate-responses", "some inappropriate responses"),
      ("camden-5-13-multiple-carers-or-house-moves", "multiple carers or house moves"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 4"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Some insecurities around identity, low self-esteem and aspirations; poor self-confidence.",
    [
      ("camden-5-13-some-insecurities-around-identity-low", "Some insecurities around identity, low self-esteem and aspirations"),
      ("camden-5-13-poor-self-confidence", "poor self-confidence"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 5"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Poor routines; inconsistent family relationships; few recognised achievements; lack of family social networks.",
    [
      ("camden-5-13-poor-routines", "Poor routines"),
      ("camden-5-13-inconsistent-family-relationships", "inconsistent family relationships"),
      ("camden-5-13-few-recognised-achievements", "few recognised achievements"),
      ("camden-5-13-lack-of-family-social-networks", "lack of family social networks"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Low column, paragraph 6"), level: 2,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Inappropriate clothing/lack of uniform that is impacting on their self-image and relationships in school; some difficulties with personal hygiene; can appear withdrawn.",
    [
      ("camden-5-13-inappropriate-clothing-lack-of-uniform", "Inappropriate clothing/lack of uniform that is impacting on their self-image and relationships in school"),
      ("camden-5-13-some-difficulties-with-personal-hygiene", "some difficulties with personal hygiene"),
      ("camden-5-13-can-appear-withdrawn", "can appear withdrawn"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 1"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Faltering growth; chronic health problems that affect learning; restricted diet; dental decay; behavioural difficulties and possible use of substances; sexually active.",
    [
      ("camden-5-13-faltering-growth", "Faltering growth"),
      ("camden-5-13-chronic-health-problems-that-affect", "chronic health problems that affect learning"),
      ("camden-5-13-restricted-diet", "restricted diet"),
      ("camden-5-13-dental-decay", "dental decay"),
      ("camden-5-13-behavioural-difficulties-and-possible-use", "behavioural difficulties and possible use of substances"),
      ("camden-5-13-sexually-active", "sexually active"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 2"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Poor punctuality or attendance; poor progress requiring investigation; fixed term exclusions; poor home/school links; home educated but thought to be poor quality.",
    [
      ("camden-5-13-poor-punctuality-or-attendance", "Poor punctuality or attendance"),
      ("camden-5-13-poor-progress-requiring-investigation", "poor progress requiring investigation"),
      ("camden-5-13-fixed-term-exclusions", "fixed term exclusions"),
      ("camden-5-13-poor-home-school-links", "poor home/school links"),
      ("camden-5-13-home-educated-but-thought-to", "home educated but thought to be poor quality"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 3"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Poor peer relationships; offending behaviour; withdrawn or emotional and behavioural problems; unable to show empathy or understand impact of behaviour on others.",
    [
      ("camden-5-13-poor-peer-relationships", "Poor peer relationships"),
      ("camden-5-13-offending-behaviour", "offending behaviour"),
      ("camden-5-13-withdrawn-or-emotional-and-behavioural", "withdrawn or emotional and behavioural problems"),
      ("camden-5-13-unable-to-show-empathy-or", "unable to show empathy or understand impact of behaviour on others"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 4"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Experiences discrimination; socially isolated; very low self-esteem and poor self-confidence; concerns about mental wellbeing.",
    [
      ("camden-5-13-experiences-discrimination", "Experiences discrimination"),
      ("camden-5-13-socially-isolated", "socially isolated"),
      ("camden-5-13-very-low-self-esteem-and", "very low self-esteem and poor self-confidence"),
      ("camden-5-13-concerns-about-mental-wellbeing", "concerns about mental wellbeing"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 5"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Inappropriate/sexualised behaviour; provocative dress/behaviour; poor family relationships.",
    [
      ("camden-5-13-inappropriate-sexualised-behaviour", "Inappropriate/sexualised behaviour"),
      ("camden-5-13-provocative-dress-behaviour", "provocative dress/behaviour"),
      ("camden-5-13-poor-family-relationships", "poor family relationships"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Complex column, paragraph 6"), level: 3,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Poor presentation; may not discriminate effectively with strangers.",
    [
      ("camden-5-13-poor-presentation", "Poor presentation"),
      ("camden-5-13-may-not-discriminate-effectively-with", "may not discriminate effectively with strangers"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Acute column, paragraph 1"), level: 4,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Unresolved problems with growth; appropriate health care not sought when needed; dietary needs not being met; habitual substance misuse; acute mental health difficulties; pregnancy or unsafe sexual behaviour.",
    [
      ("camden-5-13-unresolved-problems-with-growth", "Unresolved problems with growth"),
      ("camden-5-13-appropriate-health-care-not-sought", "appropriate health care not sought when needed"),
      ("camden-5-13-dietary-needs-not-being-met", "dietary needs not being met"),
      ("camden-5-13-habitual-substance-misuse", "habitual substance misuse"),
      ("camden-5-13-acute-mental-health-difficulties", "acute mental health difficulties"),
      ("camden-5-13-pregnancy-or-unsafe-sexual-behaviour", "pregnancy or unsafe sexual behaviour"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Acute column, paragraph 2"), level: 4,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Not in school/excluded; additional educational needs that are not being met; no home/school links; attainment well below potential.",
    [
      ("camden-5-13-not-in-school-excluded", "Not in school/excluded"),
      ("camden-5-13-additional-educational-needs-that-are", "additional educational needs that are not being met"),
      ("camden-5-13-no-home-school-links", "no home/school links"),
      ("camden-5-13-attainment-well-below-potential", "attainment well below potential"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Acute column, paragraph 3"), level: 4,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Behaviour puts peers at risk; regularly involved in criminal or anti-social behaviour/in the criminal justice system; cannot maintain social relationships.",
    [
      ("camden-5-13-behaviour-puts-peers-at-risk", "Behaviour puts peers at risk"),
      ("camden-5-13-regularly-involved-in-criminal-or", "regularly involved in criminal or anti-social behaviour/in the criminal justice system"),
      ("camden-5-13-cannot-maintain-social-relationships", "cannot maintain social relationships"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Acute column, paragraph 4"), level: 4,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Internalisation of discrimination affecting behaviour/outlook; poor self-image, no confidence; negative family relationships; suffering abuse or neglect; family breakdown imminent; experience of rejection.",
    [
      ("camden-5-13-internalisation-of-discrimination-affecting-behaviour", "Internalisation of discrimination affecting behaviour/outlook"),
      ("camden-5-13-poor-self-image-no-confidence", "poor self-image, no confidence"),
      ("camden-5-13-negative-family-relationships", "negative family relationships"),
      ("camden-5-13-suffering-abuse-or-neglect", "suffering abuse or neglect"),
      ("camden-5-13-family-breakdown-imminent", "family breakdown imminent"),
      ("camden-5-13-experience-of-rejection", "experience of rejection"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 5-13 years table, Acute column, paragraph 5"), level: 4,
    domain: "developmental-needs", age: ageBand5to13,
    cell: "Alienated from or rejected by peers; unable to discriminate and putting themselves at risk; self-care skills affected by other negative aspects.",
    [
      ("camden-5-13-alienated-from-or-rejected-by", "Alienated from or rejected by peers"),
      ("camden-5-13-unable-to-discriminate-and-putting", "unable to discriminate and putting themselves at risk"),
      ("camden-5-13-self-care-skills-affected-by", "self-care skills affected by other negative aspects"),
    ]),
  // Appendix 2: 14-18
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 1"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Appropriate height and weight; physically healthy; good diet; dental checks up to date; good mental health; no substance misuse; age-appropriate sexual activity.",
    [
      ("camden-14-18-appropriate-height-and-weight", "Appropriate height and weight"),
      ("camden-14-18-physically-healthy", "physically healthy"),
      ("camden-14-18-good-diet", "good diet"),
      ("camden-14-18-dental-checks-up-to-date", "dental checks up to date"),
      ("camden-14-18-good-mental-health", "good mental health"),
      ("camden-14-18-no-substance-misuse", "no substance misuse"),
      ("camden-14-18-age-appropriate-sexual-activity", "age-appropriate sexual activity"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 2"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Making expected progress at school; acquired a range of skills and knowledge and experience of success at school; good attendance and punctuality; good home/school links; access to books and activities; enjoys and participates in school life.",
    [
      ("camden-14-18-making-expected-progress-at-school", "Making expected progress at school"),
      ("camden-14-18-acquired-a-range-of-skills", "acquired a range of skills and knowledge and experience of success at school"),
      ("camden-14-18-good-attendance-and-punctuality", "good attendance and punctuality"),
      ("camden-14-18-good-home-school-links", "good home/school links"),
      ("camden-14-18-access-to-books-and-activities", "access to books and activities"),
      ("camden-14-18-enjoys-and-participates-in-school", "enjoys and participates in school life"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 3"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Age-appropriate responses; good quality relationships; can adapt to change; demonstrates empathy.",
    [
      ("camden-14-18-age-appropriate-responses", "Age-appropriate responses"),
      ("camden-14-18-good-quality-relationships", "good quality relationships"),
      ("camden-14-18-can-adapt-to-change", "can adapt to change"),
      ("camden-14-18-demonstrates-empathy", "demonstrates empathy"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 4"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Positive sense of self; feelings of belonging; good relationships with family and peers.",
    [
      ("camden-14-18-positive-sense-of-self", "Positive sense of self"),
      ("camden-14-18-feelings-of-belonging", "feelings of belonging"),
      ("camden-14-18-good-relationships-with-family-and", "good relationships with family and peers"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 5"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Appropriate dress; good personal hygiene; growing competence and development of self-care skills.",
    [
      ("camden-14-18-appropriate-dress", "Appropriate dress"),
      ("camden-14-18-good-personal-hygiene", "good personal hygiene"),
      ("camden-14-18-growing-competence-and-development-of", "growing competence and development of self-care skills"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Universal column, paragraph 6"), level: 1,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Stable family relationships; good routines.",
    [
      ("camden-14-18-stable-family-relationships", "Stable family relationships"),
      ("camden-14-18-good-routines", "good routines"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 1"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Excessive or low weight gain; not attending routine appointments; persistent minor health problems; limited diet; insufficient dental care; consensual sexual activity and experimental substance use.",
    [
      ("camden-14-18-excessive-or-low-weight-gain", "Excessive or low weight gain"),
      ("camden-14-18-not-attending-routine-appointments", "not attending routine appointments"),
      ("camden-14-18-persistent-minor-health-problems", "persistent minor health problems"),
      ("camden-14-18-limited-diet", "limited diet"),
      ("camden-14-18-insufficient-dental-care", "insufficient dental care"),
      ("camden-14-18-consensual-sexual-activity-and-experimental", "consensual sexual activity and experimental substance use"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 2"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Requires some help to achieve; NEET; poor punctuality; some absences; inconsistent home/school links; some difficulties with concentration and motivation; not reaching potential; limited evidence of planning for future.",
    [
      ("camden-14-18-requires-some-help-to-achieve", "Requires some help to achieve"),
      ("camden-14-18-neet", "NEET"),
      ("camden-14-18-poor-punctuality", "poor punctuality"),
      ("camden-14-18-some-absences", "some absences"),
      ("camden-14-18-inconsistent-home-school-links", "inconsistent home/school links"),
      ("camden-14-18-some-difficulties-with-concentration-and", "some difficulties with concentration and motivation"),
      ("camden-14-18-not-reaching-potential", "not reaching potential"),
      ("camden-14-18-limited-evidence-of-planning-for", "limited evidence of planning for future"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 3"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Some difficulties with peer and family relationships; some inappropriate responses; finds change difficult; multiple house moves.",
    [
      ("camden-14-18-some-difficulties-with-peer-and", "Some difficulties with peer and family relationships"),
      ("camden-14-18-some-inappropriate-responses", "some inappropriate responses"),
      ("camden-14-18-finds-change-difficult", "finds change difficult"),
      ("camden-14-18-multiple-house-moves", "multiple house moves"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 4"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Limited self-confidence; victim of crime or discrimination; low self-esteem; few recognised achievements.",
    [
      ("camden-14-18-limited-self-confidence", "Limited self-confidence"),
      ("camden-14-18-victim-of-crime-or-discrimination", "victim of crime or discrimination"),
      ("camden-14-18-low-self-esteem", "low self-esteem"),
      ("camden-14-18-few-recognised-achievements", "few recognised achievements"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 5"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Poor routines; inconsistent family relationships; some difficulties maintaining relationships; socially isolated.",
    [
      ("camden-14-18-poor-routines", "Poor routines"),
      ("camden-14-18-inconsistent-family-relationships", "inconsistent family relationships"),
      ("camden-14-18-some-difficulties-maintaining-relationships", "some difficulties maintaining relationships"),
      ("camden-14-18-socially-isolated", "socially isolated"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Low column, paragraph 6"), level: 2,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Inappropriate clothing/uniform; not always clean/inadequate self-care; can be withdrawn.",
    [
      ("camden-14-18-inappropriate-clothing-uniform", "Inappropriate clothing/uniform"),
      ("camden-14-18-not-always-clean-inadequate-self", "not always clean/inadequate self-care"),
      ("camden-14-18-can-be-withdrawn", "can be withdrawn"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Complex column, paragraph 1"), level: 3,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Chronic health problems affecting learning; restricted diet; significant dental decay; persistent substance misuse; unsafe sexual activity; refusing medical care; pregnancy; concerns about mental health.",
    [
      ("camden-14-18-chronic-health-problems-affecting-learning", "Chronic health problems affecting learning"),
      ("camden-14-18-restricted-diet", "restricted diet"),
      ("camden-14-18-significant-dental-decay", "significant dental decay"),
      ("camden-14-18-persistent-substance-misuse", "persistent substance misuse"),
      ("camden-14-18-unsafe-sexual-activity", "unsafe sexual activity"),
      ("camden-14-18-refusing-medical-care", "refusing medical care"),
      ("camden-14-18-pregnancy", "pregnancy"),
      ("camden-14-18-concerns-about-mental-health", "concerns about mental health"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Complex column, paragraph 2"), level: 3,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Not in school; NEET; progress does not match potential or is inadequate despite support; poor home/school links.",
    [
      ("camden-14-18-not-in-school", "Not in school"),
      ("camden-14-18-neet-level-3", "NEET"),
      ("camden-14-18-progress-does-not-match-potential", "progress does not match potential or is inadequate despite support"),
      ("camden-14-18-poor-home-school-links", "poor home/school links"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Complex column, paragraph 3"), level: 3,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Poor peer and family relationships and routines; cannot maintain relationships; aggressive; cannot cope with anger/frustration; withdrawn or does not engage; unable to display empathy.",
    [
      ("camden-14-18-poor-peer-and-family-relationships", "Poor peer and family relationships and routines"),
      ("camden-14-18-cannot-maintain-relationships", "cannot maintain relationships"),
      ("camden-14-18-aggressive", "aggressive"),
      ("camden-14-18-cannot-cope-with-anger-frustration", "cannot cope with anger/frustration"),
      ("camden-14-18-withdrawn-or-does-not-engage", "withdrawn or does not engage"),
      ("camden-14-18-unable-to-display-empathy", "unable to display empathy"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Complex column, paragraph 4"), level: 3,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Experiences persistent discrimination; significantly low self-esteem and self-confidence; socially isolated.",
    [
      ("camden-14-18-experiences-persistent-discrimination", "Experiences persistent discrimination"),
      ("camden-14-18-significantly-low-self-esteem-and", "significantly low self-esteem and self-confidence"),
      ("camden-14-18-socially-isolated-level-3", "socially isolated"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Complex column, paragraph 5"), level: 3,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Behaviour is inappropriately sexualised; provocative in appearance and behaviour; clothing inappropriate; poor hygiene and self-care skills; alienates self.",
    [
      ("camden-14-18-behaviour-is-inappropriately-sexualised", "Behaviour is inappropriately sexualised"),
      ("camden-14-18-provocative-in-appearance-and-behaviour", "provocative in appearance and behaviour"),
      ("camden-14-18-clothing-inappropriate", "clothing inappropriate"),
      ("camden-14-18-poor-hygiene-and-self-care", "poor hygiene and self-care skills"),
      ("camden-14-18-alienates-self", "alienates self"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 1"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Lack of food resulting in harm; sexual activity or substance misuse that threatens harm; pregnancy; acute mental health problems; refusing medical treatment for serious conditions.",
    [
      ("camden-14-18-lack-of-food-resulting-in", "Lack of food resulting in harm"),
      ("camden-14-18-sexual-activity-or-substance-misuse", "sexual activity or substance misuse that threatens harm"),
      ("camden-14-18-pregnancy-level-4", "pregnancy"),
      ("camden-14-18-acute-mental-health-problems", "acute mental health problems"),
      ("camden-14-18-refusing-medical-treatment-for-serious", "refusing medical treatment for serious conditions"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 2"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "No school placement/permanently excluded; additional educational needs are not being met; extra support has made no impact; achieving well below potential; home/school relationship hostile or non-existent; NEET.",
    [
      ("camden-14-18-no-school-placement-permanently-excluded", "No school placement/permanently excluded"),
      ("camden-14-18-additional-educational-needs-are-not", "additional educational needs are not being met"),
      ("camden-14-18-extra-support-has-made-no", "extra support has made no impact"),
      ("camden-14-18-achieving-well-below-potential", "achieving well below potential"),
      ("camden-14-18-home-school-relationship-hostile-or", "home/school relationship hostile or non-existent"),
      ("camden-14-18-neet-level-4", "NEET"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 3"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Abuses other children; puts self and others at serious risk; prosecuted for offences; regularly involved in criminal or anti-social behaviour.",
    [
      ("camden-14-18-abuses-other-children", "Abuses other children"),
      ("camden-14-18-puts-self-and-others-at", "puts self and others at serious risk"),
      ("camden-14-18-prosecuted-for-offences", "prosecuted for offences"),
      ("camden-14-18-regularly-involved-in-criminal-or", "regularly involved in criminal or anti-social behaviour"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 4"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Very poor self-esteem and no self-confidence; self-image distorted; feelings of persecution.",
    [
      ("camden-14-18-very-poor-self-esteem-and", "Very poor self-esteem and no self-confidence"),
      ("camden-14-18-self-image-distorted", "self-image distorted"),
      ("camden-14-18-feelings-of-persecution", "feelings of persecution"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 5"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    cell: "Negative family relationships; lack of routine; rejected by family and peers; suffering abuse or neglect.",
    [
      ("camden-14-18-negative-family-relationships", "Negative family relationships"),
      ("camden-14-18-lack-of-routine", "lack of routine"),
      ("camden-14-18-rejected-by-family-and-peers", "rejected by family and peers"),
      ("camden-14-18-suffering-abuse-or-neglect", "suffering abuse or neglect"),
    ]),
  Indicator.group(
    Citation("Appendix 2, 14-18 table, Acute column, paragraph 6"), level: 4,
    domain: "developmental-needs", age: ageBand14to18,
    [
      ("camden-14-18-poor-hygiene-and-self-care-skills", "Poor hygiene and self-care skills")
    ]),
  // Appendix 3
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 1"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-meets-all-the-childs-physical", "Meets all the child's physical and emotional needs")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 2"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-protects-the-child-from-harm", "Protects the child from harm and provides appropriate levels of supervision")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 3"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-provides-warmth-and-emotional-support", "Provides warmth and emotional support")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 4"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-provides-a-learning-environment-and", "Provides a learning environment and stimulation at an age appropriate level")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 5"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-provides-a-secure-loving-home", "Provides a secure, loving home for the child")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Universal column, paragraph 6"), level: 1,
    domain: "parenting-capacity",
    [
      ("camden-provides-appropriate-guidance-and-boundaries", "Provides appropriate guidance and boundaries for the child")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 1"), level: 2,
    domain: "parenting-capacity",
    cell: "Basic care is not consistently provided; parent needing support; young parent.",
    [
      ("camden-basic-care-is-not-consistently", "Basic care is not consistently provided"),
      ("camden-parent-needing-support", "parent needing support"),
      ("camden-young-parent", "young parent"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 2"), level: 2,
    domain: "parenting-capacity",
    cell: "Inconsistent supervision and awareness of danger; inappropriate child care arrangements.",
    [
      ("camden-inconsistent-supervision-and-awareness-of", "Inconsistent supervision and awareness of danger"),
      ("camden-inappropriate-child-care-arrangements", "inappropriate child care arrangements"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 3"), level: 2,
    domain: "parenting-capacity",
    cell: "Inconsistent responses to the child; parent has own emotional needs.",
    [
      ("camden-inconsistent-responses-to-the-child", "Inconsistent responses to the child"),
      ("camden-parent-has-own-emotional-needs", "parent has own emotional needs"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 4"), level: 2,
    domain: "parenting-capacity",
    cell: "Limited learning opportunities; child spending time alone.",
    [
      ("camden-limited-learning-opportunities", "Limited learning opportunities"),
      ("camden-child-spending-time-alone", "child spending time alone"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 5"), level: 2,
    domain: "parenting-capacity",
    cell: "Complex family dynamics; poor home routines; difficult home environment.",
    [
      ("camden-complex-family-dynamics", "Complex family dynamics"),
      ("camden-poor-home-routines", "poor home routines"),
      ("camden-difficult-home-environment", "difficult home environment"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Low column, paragraph 6"), level: 2,
    domain: "parenting-capacity",
    [
      ("camden-difficulties-with-setting-boundaries", "Difficulties with setting boundaries")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 1"), level: 3,
    domain: "parenting-capacity",
    cell: "Basic care frequently inconsistent; basic food and warmth not always available; very young and unsupported parent; parents with issues that affect basic parenting skills ie: mental health, substance misuse.",
    [
      ("camden-basic-care-frequently-inconsistent", "Basic care frequently inconsistent"),
      ("camden-basic-food-and-warmth-not", "basic food and warmth not always available"),
      ("camden-very-young-and-unsupported-parent", "very young and unsupported parent"),
      ("camden-parents-with-issues-that-affect", "parents with issues that affect basic parenting skills ie: mental health, substance misuse"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 2"), level: 3,
    domain: "parenting-capacity",
    cell: "Unstable family environment; domestic violence; poor supervision; inappropriate care arrangements.",
    [
      ("camden-unstable-family-environment", "Unstable family environment"),
      ("camden-domestic-violence", "domestic violence"),
      ("camden-poor-supervision", "poor supervision"),
      ("camden-inappropriate-care-arrangements", "inappropriate care arrangements"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 3"), level: 3,
    domain: "parenting-capacity",
    cell: "Parental instability affects capacity to nurture; parent's own emotional needs compromising the child's needs; some relationship difficulties.",
    [
      ("camden-parental-instability-affects-capacity-to", "Parental instability affects capacity to nurture"),
      ("camden-parents-own-emotional-needs-compromising", "parent's own emotional needs compromising the child's needs"),
      ("camden-some-relationship-difficulties", "some relationship difficulties"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 4"), level: 3,
    domain: "parenting-capacity",
    cell: "Little positive stimulation; lack of new experiences; undue pressure to achieve at school.",
    [
      ("camden-little-positive-stimulation", "Little positive stimulation"),
      ("camden-lack-of-new-experiences", "lack of new experiences"),
      ("camden-undue-pressure-to-achieve-at", "undue pressure to achieve at school"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 5"), level: 3,
    domain: "parenting-capacity",
    [
      ("camden-multiple-carers-but-poor-relationships", "Multiple carers but poor relationships with them")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Complex column, paragraph 6"), level: 3,
    domain: "parenting-capacity",
    [
      ("camden-erratic-or-inadequate-boundaries-or", "Erratic or inadequate boundaries or refusal to set boundaries")
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Acute column, paragraph 1"), level: 4,
    domain: "parenting-capacity",
    cell: "Basic care is rarely consistent; parent has harmed/neglected the child; basic food and warmth frequently unavailable; previous child removed from care; parent's own needs mean they cannot keep the child safe.",
    [
      ("camden-basic-care-is-rarely-consistent", "Basic care is rarely consistent"),
      ("camden-parent-has-harmed-neglected-the", "parent has harmed/neglected the child"),
      ("camden-basic-food-and-warmth-frequently", "basic food and warmth frequently unavailable"),
      ("camden-previous-child-removed-from-care", "previous child removed from care"),
      ("camden-parents-own-needs-mean-they", "parent's own needs mean they cannot keep the child safe"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Acute column, paragraph 2"), level: 4,
    domain: "parenting-capacity",
    cell: "Inadequate level of supervision for the child's age; presence of dangerous adults at the home; children left in the care of unsuitable adults or left alone; chronic domestic violence at home.",
    [
      ("camden-inadequate-level-of-supervision-for", "Inadequate level of supervision for the child's age"),
      ("camden-presence-of-dangerous-adults-at", "presence of dangerous adults at the home"),
      ("camden-children-left-in-the-care", "children left in the care of unsuitable adults or left alone"),
      ("camden-chronic-domestic-violence-at-home", "chronic domestic violence at home"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Acute column, paragraph 3"), level: 4,
    domain: "parenting-capacity",
    cell: "Low warmth, high criticism; rejection by parent; inconsistent responses to child; parent's own emotional issues affecting their ability to meet the child's needs.",
    [
      ("camden-low-warmth-high-criticism", "Low warmth, high criticism"),
      ("camden-rejection-by-parent", "rejection by parent"),
      ("camden-inconsistent-responses-to-child", "inconsistent responses to child"),
      ("camden-parents-own-emotional-issues-affecting", "parent's own emotional issues affecting their ability to meet the child's needs"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Acute column, paragraph 4"), level: 4,
    domain: "parenting-capacity",
    cell: "No constructive leisure time; no age appropriate stimulation; exposure to inappropriate adult material at a young age.",
    [
      ("camden-no-constructive-leisure-time", "No constructive leisure time"),
      ("camden-no-age-appropriate-stimulation", "no age appropriate stimulation"),
      ("camden-exposure-to-inappropriate-adult-material", "exposure to inappropriate adult material at a young age"),
    ]),
  Indicator.group(
    Citation("Appendix 3, Indicators of parenting capacity table, Acute column, paragraph 5"), level: 4,
    domain: "parenting-capacity",
    cell: "No effective boundaries; child beyond parental control; chaotic family life; parental substance misuse or mental health issues.",
    [
      ("camden-no-effective-boundaries", "No effective boundaries"),
      ("camden-child-beyond-parental-control", "child beyond parental control"),
      ("camden-chaotic-family-life", "chaotic family life"),
      ("camden-parental-substance-misuse-or-mental", "parental substance misuse or mental health issues"),
    ]),
  // Appendix 4
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 1"), level: 1,
    domain: "family-and-environment",
    cell: "Good relationships within the family; few significant changes in household composition.",
    [
      ("camden-good-relationships-within-the-family", "Good relationships within the family"),
      ("camden-few-significant-changes-in-household", "few significant changes in household composition"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 2"), level: 1,
    domain: "family-and-environment",
    cell: "Family has good networks and friendships out of the home; integrated into the community",
    [
      ("camden-family-has-good-networks-and", "Family has good networks and friendships out of the home"),
      ("camden-integrated-into-the-community", "integrated into the community"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 3"), level: 1,
    domain: "family-and-environment",
    [
      ("camden-accommodation-is-appropriate-for-the", "Accommodation is appropriate for the family's needs")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 4"), level: 1,
    domain: "family-and-environment",
    [
      ("camden-parents-able-to-manage-employment", "Parents able to manage employment (or unemployment) with no undue stress")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 5"), level: 1,
    domain: "family-and-environment",
    [
      ("camden-reasonable-income-over-time-with", "Reasonable income over time with effective budgeting to meet family needs")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Universal column, paragraph 6"), level: 1,
    domain: "family-and-environment",
    cell: "Accessing universal services; good community support available.",
    [
      ("camden-accessing-universal-services", "Accessing universal services"),
      ("camden-good-community-support-available", "good community support available"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 1"), level: 2,
    domain: "family-and-environment",
    cell: "Some family conflict; experience of loss, separation or bereavement.",
    [
      ("camden-some-family-conflict", "Some family conflict"),
      ("camden-experience-of-loss-separation-or", "experience of loss, separation or bereavement"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 2"), level: 2,
    domain: "family-and-environment",
    [
      ("camden-some-support-from-family-and", "Some support from family and friends")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 3"), level: 2,
    domain: "family-and-environment",
    cell: "Poor housing; some problems with basic amenities.",
    [
      ("camden-poor-housing", "Poor housing"),
      ("camden-some-problems-with-basic-amenities", "some problems with basic amenities"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 4"), level: 2,
    domain: "family-and-environment",
    cell: "Periods of unemployment; stress from work affecting the family; parents have limited formal education.",
    [
      ("camden-periods-of-unemployment", "Periods of unemployment"),
      ("camden-stress-from-work-affecting-the", "stress from work affecting the family"),
      ("camden-parents-have-limited-formal-education", "parents have limited formal education"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 5"), level: 2,
    domain: "family-and-environment",
    [
      ("camden-low-income", "Low income")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 6"), level: 2,
    domain: "family-and-environment",
    cell: "Limited contact with community; new to area; some conflict within the community.",
    [
      ("camden-limited-contact-with-community", "Limited contact with community"),
      ("camden-new-to-area", "new to area"),
      ("camden-some-conflict-within-the-community", "some conflict within the community"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Low column, paragraph 7"), level: 2,
    domain: "family-and-environment",
    cell: "Adequate universal resources but family may have problems accessing; community not child-friendly.",
    [
      ("camden-adequate-universal-resources-but-family", "Adequate universal resources but family may have problems accessing"),
      ("camden-community-not-child-friendly", "community not child-friendly"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 1"), level: 3,
    domain: "family-and-environment",
    cell: "Incidents of domestic violence and poor family relationships; limited support from extended family.",
    [
      ("camden-incidents-of-domestic-violence-and", "Incidents of domestic violence and poor family relationships"),
      ("camden-limited-support-from-extended-family", "limited support from extended family"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 2"), level: 3,
    domain: "family-and-environment",
    [
      ("camden-family-socially-isolated-or-in", "Family socially isolated or in conflict with extended family/friends")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 3"), level: 3,
    domain: "family-and-environment",
    cell: "Accommodation in poor state of repair or overcrowded; family at risk of eviction due to arrears or action already being taken.",
    [
      ("camden-accommodation-in-poor-state-of", "Accommodation in poor state of repair or overcrowded"),
      ("camden-family-at-risk-of-eviction", "family at risk of eviction due to arrears or action already being taken"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 4"), level: 3,
    domain: "family-and-environment",
    cell: "Stress from overworking or unemployment; parents find it hard to find work.",
    [
      ("camden-stress-from-overworking-or-unemployment", "Stress from overworking or unemployment"),
      ("camden-parents-find-it-hard-to", "parents find it hard to find work"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 5"), level: 3,
    domain: "family-and-environment",
    [
      ("camden-low-income-plus-additional-factors", "Low income plus additional factors eg; borrowing")
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 6"), level: 3,
    domain: "family-and-environment",
    cell: "Family isolated or socially excluded; poor relationship with the community; discrimination.",
    [
      ("camden-family-isolated-or-socially-excluded", "Family isolated or socially excluded"),
      ("camden-poor-relationship-with-the-community", "poor relationship with the community"),
      ("camden-discrimination", "discrimination"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Complex column, paragraph 7"), level: 3,
    domain: "family-and-environment",
    cell: "Poor use of universal services; no community support.",
    [
      ("camden-poor-use-of-universal-services", "Poor use of universal services"),
      ("camden-no-community-support", "no community support"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 1"), level: 4,
    domain: "family-and-environment",
    cell: "Significant family discord and persistent domestic violence; family characterised by conflict and serious relationship difficulties; abusive sibling relationships.",
    [
      ("camden-significant-family-discord-and-persistent", "Significant family discord and persistent domestic violence"),
      ("camden-family-characterised-by-conflict-and", "family characterised by conflict and serious relationship difficulties"),
      ("camden-abusive-sibling-relationships", "abusive sibling relationships"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 2"), level: 4,
    domain: "family-and-environment",
    cell: "No effective support from extended family; negative input from extended family.",
    [
      ("camden-no-effective-support-from-extended", "No effective support from extended family"),
      ("camden-negative-input-from-extended-family", "negative input from extended family"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 3"), level: 4,
    domain: "family-and-environment",
    cell: "Homeless or imminently homeless; accommodation poses a serious health and safety threat; family seeking asylum.",
    [
      ("camden-homeless-or-imminently-homeless", "Homeless or imminently homeless"),
      ("camden-accommodation-poses-a-serious-health", "accommodation poses a serious health and safety threat"),
      ("camden-family-seeking-asylum", "family seeking asylum"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 4"), level: 4,
    domain: "family-and-environment",
    cell: "Chronic unemployment having a severe effect on the family; family unable to gain employment due to lack of skills or other difficulties; no expectation for young people to work.",
    [
      ("camden-chronic-unemployment-having-a-severe", "Chronic unemployment having a severe effect on the family"),
      ("camden-family-unable-to-gain-employment", "family unable to gain employment due to lack of skills or other difficulties"),
      ("camden-no-expectation-for-young-people", "no expectation for young people to work"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 5"), level: 4,
    domain: "family-and-environment",
    cell: "Extreme financial difficulties; unable to meet basic needs.",
    [
      ("camden-extreme-financial-difficulties", "Extreme financial difficulties"),
      ("camden-unable-to-meet-basic-needs", "unable to meet basic needs"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 6"), level: 4,
    domain: "family-and-environment",
    cell: "Family chronically socially excluded; high levels of conflict with the community.",
    [
      ("camden-family-chronically-socially-excluded", "Family chronically socially excluded"),
      ("camden-high-levels-of-conflict-with", "high levels of conflict with the community"),
    ]),
  Indicator.group(
    Citation("Appendix 4, Indicators of family and environmental factors table, Acute column, paragraph 7"), level: 4,
    domain: "family-and-environment",
    cell: "No access to universal services; community hostile.",
    [
      ("camden-no-access-to-universal-services", "No access to universal services"),
      ("camden-community-hostile", "community hostile"),
    ]),
  // Appendix 5: possible indicators of abuse and neglect (level 4).
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Neglect"), level: 4,
    domain: "child-protection", subdomain: "neglect",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-neglect-inadequate-or-inappropriate-clothing", "inadequate or inappropriate clothing"),
      ("camden-neglect-appears-underweight-and-unwell-and", "appears underweight and unwell and seems constantly hungry"),
      ("camden-neglect-failure-to-thrive-physically-and", "failure to thrive physically and appears tired and listless"),
      ("camden-neglect-dirty-or-unhygienic-appearance", "dirty or unhygienic appearance"),
      ("camden-neglect-frequent-unexplained-absences-from-school", "frequent unexplained absences from school"),
      ("camden-neglect-lack-of-parental-supervision", "lack of parental supervision"),
    ]),
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Physical abuse"), level: 4,
    domain: "child-protection", subdomain: "physical-abuse",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-physical-abuse-any-injury-such-as-bruising", "any injury such as bruising, bite marks, burns or fractures where the explanation given is inconsistent with the injury"),
      ("camden-physical-abuse-injuries-in-unexpected-places-or", "injuries in unexpected places or that are not typical of normal childhood injuries or accidents"),
      ("camden-physical-abuse-high-frequency-of-injuries", "high frequency of injuries"),
      ("camden-physical-abuse-parents-seem-unconcerned-or-fail", "parents seem unconcerned or fail to seek adequate medical treatment"),
    ]),
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Sexual abuse"), level: 4,
    domain: "child-protection", subdomain: "sexual-abuse",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-sexual-abuse-sexual-knowledge-or-behaviour-that", "sexual knowledge or behaviour that is unusually explicit or inappropriate for the child’s age/stage of development"),
      ("camden-sexual-abuse-sexual-risk-taking-behaviour-including", "sexual risk taking behaviour including involvement in sexual exploitation/older boyfriend"),
      ("camden-sexual-abuse-continual-inappropriate-or-excessive-masturbation", "continual, inappropriate or excessive masturbation"),
      ("camden-sexual-abuse-physical-symptoms-such-as-injuries", "physical symptoms such as injuries to genital or anal area or bruising, sexually transmitted infections, pregnancy"),
      ("camden-sexual-abuse-unwillingness-to-undress-for-sports", "unwillingness to undress for sports"),
    ]),
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Emotional abuse"), level: 4,
    domain: "child-protection", subdomain: "emotional-abuse",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-emotional-abuse-developmental-delay", "developmental delay"),
      ("camden-emotional-abuse-attachment-difficulties-with-parents-and", "attachment difficulties with parents and others"),
      ("camden-emotional-abuse-withdrawal-and-low-self-esteem", "withdrawal and low self-esteem"),
    ]),
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Indirect indicators of abuse and neglect"), level: 4,
    domain: "child-protection", subdomain: "indirect-indicators",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-indirect-indicators-sudden-changes-in-behaviour", "sudden changes in behaviour"),
      ("camden-indirect-indicators-withdrawal-and-low-self-esteem", "withdrawal and low self-esteem"),
      ("camden-indirect-indicators-eating-disorders", "eating disorders"),
      ("camden-indirect-indicators-aggressive-behaviour-towards-others", "aggressive behaviour towards others"),
      ("camden-indirect-indicators-sudden-unexplained-absences-from-school", "sudden unexplained absences from school"),
      ("camden-indirect-indicators-drug-alcohol-misuse", "drug/alcohol misuse"),
      ("camden-indirect-indicators-running-away-going-missing", "running away/going missing"),
    ]),
  Indicator.group(
    Citation("Appendix 5, \(possibleIndicators), Parental attributes"), level: 4,
    domain: "child-protection", subdomain: "parental-attributes",
    kind: .possibleIndicator(heading: possibleIndicators),
    [
      ("camden-parental-attributes-misusing-drugs-and-or-alcohol", "misusing drugs and/or alcohol"),
      ("camden-parental-attributes-physical-mental-health-or-learning", "physical/mental health or learning difficulties"),
      ("camden-parental-attributes-domestic-violence", "domestic violence"),
      ("camden-parental-attributes-avoiding-contact-with-school-and", "avoiding contact with school and other professionals"),
    ]),
]

// MARK: - Appendix 6 and the combination rules

private let functionalNeedsMatrix = FunctionalNeedsMatrix(
  scoreNames: ["0 – NO PROBLEMS", "1 - MILD", "2 - MODERATE", "3 - SEVERE", "4 - PROFOUND"],
  functions: [
    .init(
      number: 1, id: "intellectual-learning", name: "INTELLECTUAL LEARNING",
      descriptors: [
        ["No Problems"],
        [
          "Usually functionally independent (allowing for age)",
          "Identified Specific Learning Disability (likely to have continuing educational implications).",
        ],
        ["Psychometric / Developmental assessment reveals Moderate Learning Difficulty"],
        ["Psychometric / Developmental assessment reveals Severe Learning Difficulty"],
        ["Psychometric / Developmental assessment reveals Profound Learning Difficulty"],
      ]),
    .init(
      number: 2, id: "gross-motor", name: "GROSS MOTOR (E.G. MOBILITY)",
      descriptors: [
        ["No Problems"],
        [
          "Generally walks and functional independently, but some limitations e.g. Slow walking, poor balance, asymmetry.",
          "Motor organisational difficulties",
          "Mild motor impairment.",
        ],
        [
          "Difficulty in changing positions.",
          "Moderately delayed level of mobility",
          "Walks with aids or assistance, may use wheelchair",
          "May require postural management for function",
        ],
        [
          "Requires assistance to move in and out of position.",
          "Markedly abnormal patterns of movement.",
          "High level of postural management required.",
          "Unlikely to be independently mobile.",
        ],
        ["Unable to walk / uses wheelchair exclusively."],
      ]),
    .init(
      number: 3, id: "fine-motor", name: "FINE MOTOR (E.G. MANIPULATION)",
      descriptors: [
        ["No Problems"],
        [
          "Possible tremor, unsteadiness, awkward release.",
          "Delay in acquisition of skills",
          "Some difficulties in play, writing, drawing or dressing.",
        ],
        [
          "Restricted movements of one or both hands when reading / stretching / feeding / writing / dressing i.e. affects daily life.",
          "Poor manipulative skills.",
        ],
        ["Requires aids / assistance for fine motor function."],
        [
          "No bilateral grasp and release.",
          "Unable to feed self or write, might use a switch system.",
        ],
      ]),
    .init(
      number: 4, id: "vision", name: "VISION",
      descriptors: [
        ["No Problems"],
        [
          "VQ < 6/18 in better eye.",
          "Problem e.g. amblyopia in one eye.",
          "Minor visual field loss.",
        ],
        [
          "VA 6/24 – 6/36 in better eye (visual difficulty affecting mobility).",
          "Reads print with aids.",
          "Defect in at least half visual field.",
        ],
        ["Partially sighted i.e. VA 6/36 – 6/60 in better eye."],
        [
          "(Registered) blind, i.e. Visual Activity (VA) less than 6/60 in better eye (unable to see hand movements)."
        ],
      ]),
    .init(
      number: 5, id: "hearing", name: "HEARING",
      descriptors: [
        ["No Problems"],
        [
          "One ear normal (<30 dB), profound loss in other (>70 dB).",
          "Bilateral hearing loss of 30 – 40 dB.",
        ],
        [
          "Bilateral hearing loss with 41-70 dB loss in better ear and / or failed free-field testing on 2+ occasions over a six month period."
        ],
        ["Hearing loss of 71 – 90 dB in better ear"],
        ["Profound bilateral hearing loss (>90 dB in better ear) whether aided or implanted."],
      ]),
    .init(
      number: 6, id: "speech-language-communication",
      name: "SPEECH & LANGUAGE / COMMUNICATION",
      descriptors: [
        ["No Problems"],
        [
          "Child may show isolated pockets of specific speech and / or language difficulty or a mild delay in acquisition of language skills that may occur in association with a more general developmental delay."
        ],
        [
          "Child may show an uneven profile of development across verbal / non-verbal skills, demonstrating areas of strength as well as areas of difficulty. Alternatively the child may present with the moderate delay in acquisition of language skills in association with globally delayed learning skills and other areas of development."
        ],
        [
          "Communication difficulties present as the primary factor in preventing the development of appropriate social interaction and access to learning. Child shows absence of spontaneous development of skills in the key area of form, content and/or use."
        ],
        [
          "Child presents with complex communication needs, typically in association with autism or a range of disabilities (hearing, visual, learning, physical), chronic of degenerative medical conditions. Alternative / argumentative systems used as primary means of communication."
        ],
      ]),
    .init(
      number: 7, id: "behavioural-problems", name: "BEHAVIOURAL PROBLEMS",
      descriptors: [
        ["No Problems"],
        [
          "Sometimes aggressive or difficult to manage / control (2+ times a week).",
          "Sometimes tearful / depressed / anxious (unrelated to immediate circumstances).",
          "Restless / distractible – often does not settle to age-appropriate activity.",
          "Problems probably outside norms for age and social group.",
        ],
        [
          "Frequent aggressive or difficult to manage / control (once a day).",
          "Frequent tearful / depressed / anxious (once a day).",
          "Rarely settles to age-appropriate activity.",
          "Problems causing considerable difficulties to family or group.",
        ],
        [
          "Persistently aggressive or difficult to manage / control (several times a day).",
          "Depressed / anxious sufficient to be considered at risk of self harm or to be disrupting daily routines i.e. attendance at school.",
          "Never settles to age-appropriate activity.",
          "Unable to function in a group",
        ],
        [
          "Aggressive behaviour causing significant injury to others requiring constant adult supervision.",
          "Severe persistent self-harm behaviours (overdose, head banging, cutting) or assessed as suicide risk by appropriate child mental health professional.",
        ],
      ]),
    .init(
      number: 8, id: "social-environmental", name: "SOCIAL / ENVIRONMENTAL", isInUse: false,
      descriptors: [
        ["N/A"], ["N/A"], ["THE community trust has no plans to use this category at this time"],
        ["N/A"], ["N/A"],
      ],
      note: "THE community trust has no plans to use this category at this time"),
    .init(
      number: 9, id: "self-help", name: "SELF HELP",
      descriptors: [
        ["No Problems"],
        [
          "Some delay in independent function in relation to age norm.",
          "Organisational difficulties requiring supervision.",
        ],
        ["Requires facilitation or assistance with ADL (Activities of Daily living), e.g. self-feeding regimes."],
        ["Requires constant assistance with ADL."],
        ["Totally dependant on others for ADL."],
      ]),
    .init(
      number: 10, id: "physical-health", name: "PHYSICAL HEALTH",
      descriptors: [
        ["No Problems"],
        ["Well controlled symptoms."],
        ["Partially controlled symptoms."],
        [
          "Has a serious deteriorating illness.",
          "Poor control of symptoms.",
          "Oxygen dependant.",
        ],
        [
          "Palliative care required.",
          "Requires mechanical ventilation.",
        ],
      ]),
    .init(
      number: 11, id: "eating-drinking-swallowing", name: "EATING DRINKING and SWALLOWING",
      descriptors: [
        ["No Problems"],
        [
          "Copes well with wide variety of textures but occasional problems in chewing or controlling food and drink, particularly liquid, in the mouth.",
          "Infrequent episodes of choking: minimal risk of aspiration.",
          "Rejection or intolerance of some textures e.g. spits out or gags on lumps.",
          "Manages without NG or gastrostomy.",
        ],
        [
          "Some ability to cope with limited textures e.g. soft foods and thickened drink, but some loss of control of food and drink in the mouth.",
          "Periodic episodes of choking: some risk of aspiration.",
          "Wary and intolerant of the introduction of new textures e.g. averts head, pushes spoon away.",
          "Needs intermittent NG or gastrostomy feeding.",
        ],
        [
          "Inability to cope with any texture; extremely limited oral movement with poor control of food and drink in the mouth.",
          "Adverse reaction often observed when food or drink presented e.g. cries, extends.",
          "Needs long term NG or gastrostomy feeding.",
        ],
        [
          "Inability to cope with any texture; extremely limited oral movement with no control of food and drink in the mouth.",
          "Frequent choking on all intake; significant risk of aspiration.",
          "No oral feeding ability.",
        ],
      ]),
  ],
  source: Citation(
    "Appendix 6: Children with special needs - functional needs assessment matrix",
    note: "The matrix's sixth column, “N – NOT TESTED”, is a score of not tested, not a number."))

private let camdenRules: [CombinationRule] = [
  CombinationRule(
    id: "camden-two-or-more-at-level-2",
    name: "Two or more level 2 indicators",
    sentence: "Two or more of the indicators listed here need to be present.",
    source: Citation("\(appendix1), Early help row, Level of need column"),
    interpretation:
      "The tool counts every level 2 indicator the case selects, from Appendix 1's list and from "
      + "the Low columns of Appendices 2 to 4. With only one, and nothing higher, the level is 1: "
      + "Level 1 “includes children with additional needs which can be met through a single "
      + "universal service”. The assessment says so and shows this sentence.",
    effect: .requireCount(level: 2, count: 2, otherwise: 1)),
  CombinationRule(
    id: "camden-functional-needs",
    name: "Child in need due to disability (functional needs matrix)",
    sentence:
      "To qualify as a child in need due to disability, the child must score at least 2 moderate "
      + "or 1 severe or profound needs on the functional needs assessment matrix as identified by "
      + "a health professional (see appendix 6 for further details).",
    source: Citation("Section 3.7 Services for children with special needs and disabilities"),
    interpretation:
      "Scores of 2 are moderate; 3 (severe) and 4 (profound) each count as “severe or "
      + "profound”. A child who qualifies is a child in need (level 3) at least. Where the "
      + "scores are what make the child a child in need, the route is the CYPDS referral of "
      + "Section 4.4; where the indicators already show complex social care needs or concerns "
      + "about parenting (level 3 or 4), the level's own route stands (Section 3.7: such "
      + "children “will receive a full statutory social work service”) and the CYPDS is shown "
      + "beside it.",
    effect: .functionalNeeds(
      functionalNeedsMatrix, moderate: 2, severe: 1, raiseTo: 3, route: cypdsReferral)),
  CombinationRule(
    id: "camden-sen-support-hours",
    name: "Special educational needs support by hours a week",
    sentence:
      "Where a child requires less than 20 hours a week of support with their learning, this "
      + "will be provided by the school under the SEN local offer for which funding from Camden "
      + "has been delegated. Where a child requires more than 20 hours a week of support with "
      + "their learning, they will be referred to the SEN service where their needs will be "
      + "assessed and a package of support made available through the Education, Health and "
      + "Care planning framework.",
    source: Citation("Section 3.7 Services for children with special needs and disabilities"),
    interpretation:
      "The document says nothing about exactly 20 hours a week; the tool says so and shows "
      + "both routes. The hours do not change the level.",
    effect: .supportHours(
      threshold: 20,
      below:
        "Where a child requires less than 20 hours a week of support with their learning, this "
        + "will be provided by the school under the SEN local offer for which funding from Camden "
        + "has been delegated.",
      above:
        "Where a child requires more than 20 hours a week of support with their learning, they "
        + "will be referred to the SEN service where their needs will be assessed and a package "
        + "of support made available through the Education, Health and Care planning "
        + "framework.",
      atThreshold:
        "Exactly 20 hours a week: the document does not say which route applies (it gives less "
        + "than 20 hours: the school's SEN local offer; more than 20 hours: the SEN service and "
        + "Education, Health and Care planning).")),
  CombinationRule(
    id: "camden-must-assess-early-help",
    name: "Children who must be assessed for an early help service",
    sentence: mustBeAssessed,
    source: Citation("Section 3.3 Early help services and the early help offer"),
    interpretation:
      "The level is not changed; the assessment says that the document puts the child in a "
      + "group that must be assessed for an early help service. That matters most where rule "
      + "camden-two-or-more-at-level-2 leaves a child with one of these needs at level 1. The "
      + "groups are read as Appendix 1's level 2 bullets: children with disabilities, “Children "
      + "with mild disabilities or health issues”, or functional needs scores given on the "
      + "Appendix 6 matrix, whether or not they meet the threshold of Section 3.7 (a child "
      + "scored for a disability is a child with disabilities; one who meets the threshold is "
      + "shown the CYPDS route as well); children with special educational needs, “Children "
      + "with special educational needs”, or hours a week of support with learning above 0; "
      + "young carers, “Young carers”; anti-social or criminal behaviour, “Children showing "
      + "signs of engaging in anti-social or criminal behaviour”; difficult family "
      + "circumstances, “Children growing up in difficult family circumstances where there are "
      + "low levels of substance misuse, adult mental health difficulties or domestic "
      + "violence” (Appendix 1's counterpart; Appendices 3 and 4's other level 2 phrases about "
      + "the family are not read as this group); early signs of abuse or neglect, which no "
      + "indicator names, Appendix 3's level 2 “Basic care is not consistently provided” and "
      + "“Inconsistent supervision and awareness of danger” (Appendix 5 defines neglect as a "
      + "failure to provide basic care and lists “lack of parental supervision”). The level 3 "
      + "and 4 indicators that also name these groups do not: at those levels the document's "
      + "route is a referral to CSSW. “Subject to school action plan” is not read as special "
      + "educational needs: the document does not say it is.",
    effect: RequiredAssessment(
      indicators: [
        "camden-mild-disabilities-or-health-issues", "camden-special-educational-needs",
        "camden-young-carers", "camden-signs-of-anti-social-or-criminal-behaviour",
        "camden-difficult-family-circumstances-low-levels", "camden-basic-care-is-not-consistently",
        "camden-inconsistent-supervision-and-awareness-of",
      ],
      whenScored: true, whenSupportHours: true, advice: mustBeAssessed)),
]

/// Section 3.3's sentence and its list (the bullets joined with "; ", as the "Lists" note says).
private let mustBeAssessed =
  "Any child who is vulnerable to poor outcomes should be assessed for an early help service, "
  + "but the following children must be assessed: children with disabilities; children with "
  + "special educational needs; young carers; children showing signs of engaging in "
  + "anti-social or criminal behaviour; children growing up in difficult family circumstances "
  + "with the presence of issues such as substance misuse, adult mental health difficulties or "
  + "domestic violence; children showing early signs of abuse or neglect."

// MARK: - Camden's routes (Appendix 1 Responses column, Section 4.4, Sections 3.7, 5 and 6)

/// The route for a child in need due to disability, from the functional needs rule.
private let cypdsReferral = Route(
  level: 3,
  name: "Child in need due to disability: referral to the CYPDS via the DCT duty social worker",
  actions: [
    "Referrals to the CYPDS should be made directly to the team via the DCT duty social worker "
      + "following a Functional Needs Assessment. It is recommended that referrers speak to the "
      + "duty worker in advance of any referral.",
    "To establish that the child's needs meet the threshold for a service from the CYPDS, health "
      + "professionals will carry out a Functional Needs Assessment (see appendix 6). If the "
      + "child is a child in need, a specialist CYPDS child and family assessment will be "
      + "carried out that incorporates the following:\nan assessment of the child's needs under "
      + "the Children Act 1989 (a child in need assessment)\nan assessment of the child's needs "
      + "under the Chronically Sick and Disabled Persons Act 1970 to establish what services and "
      + "assistance should be provided to meet the child's physical needs arising from their "
      + "disability;\nan assessment of the support needs of the child's parents or carers due to "
      + "their caring role under the Children and Families Act 2014.",
    "Children with complex social care needs and/or where there are concerns around parenting "
      + "will receive a full statutory social work service as described at section 3.5.",
    "Children who do not require a statutory social work service will receive a short breaks "
      + "service and a suitable package of care appropriate to their level of need:\nChildren "
      + "requiring significant support due to the complexity of the disability will receive an "
      + "enhanced offer of support based on social work assessment.\nChildren with lower levels "
      + "of need will receive a core local offer of support based on self-assessment.",
  ],
  service: "Children and Young People with Disabilities Service (CYPDS), via the DCT duty social worker",
  form: "Functional Needs Assessment (Appendix 6), by a health professional",
  source: Citation(
    "Section 4.4 Referral; Section 5.1 Children with disabilities; Section 3.7",
    note: "Lists are printed one line a bullet after the sentence that introduces them."))

private let section42 = "Section 4.2 CAF assessment"

/// The ages of Section 3.7's CYPDS Transitions team, within the ages the tool assesses.
private let transitionsAges = AgeQualifier("aged 14 to 18", youngest: 14, oldest: 18)
private let section44 = "Section 4.4 Referral"
private let eCAF = "e-CAF referral record"
private let section6 = "Section 6 Confidentiality and information sharing"

/// The forms of levels 2 and 3: Section 4.2's assessment template and Section 4.4's referral.
private let cafForms = "Common Assessment Framework template (e-CAF system); \(eCAF)"

private let earlyHelpCAFTeam =
  "Camden's Early Help CAF team is part of the Children and Families Contact Service and "
  + "provides support for agencies around carrying out CAF assessments and making appropriate "
  + "early help referrals."

private let cafTemplate =
  "Professionals should use the Common Assessment Framework template available in the e-CAF "
  + "system."

/// Section 4.3's sentence and the address printed below it (its link text, without the
/// extracted text's Markdown escapes).
private let riskAssessmentGuidance =
  "Professionals should refer to the CSCB risk assessment guidance (available at the link "
  + "below) for information on analysing and assessing risk whenever they are carrying out a "
  + "CAF assessment.\nhttp://www.cscb-new.co.uk/downloads/policies_guidance/local/"
  + "Multi-agency%20risk%20assessment%20guidance%20(October%202013).pdf"

private let earlyAssessment =
  "Early assessment is key to early intervention so assessments should be carried out as soon "
  + "as a child is identified as having additional needs or when concerns about a child's "
  + "welfare first arises."

private let assessmentConsent =
  "Assessment should always be carried out with the consent and co-operation of families "
  + "unless this would lead to a child being put at risk of harm."

private let camdenArea = Area(
  id: "camden",
  name: "Camden",
  routes: [
    Route(
      level: 1,
      name: "Universal services",
      actions: [
        "All children should receive universal services such as health care and education, as "
          + "well as early years and Integrated Youth Support Services.",
        "Professionals working with families should check if children are in receipt of "
          + "universal services and take appropriate action where this is not the case or "
          + "consider whether to step up to early help intervention.",
      ],
      service: "Universal services (health care, education, early years, Integrated Youth Support Services)",
      source: Citation(
        "\(appendix1), Universal row, Responses column",
        note:
          "Section 6's “Professionals should always try to seek consent before making referrals "
          + "to or sharing information with other agencies.” is the area's consent guidance, "
          + "shown at every level, so the route does not repeat it.")),
    Route(
      level: 2,
      name: "Early help: CAF assessment; e-CAF referral to the Early Help CAF team",
      actions: [
        "Professionals should talk to the family about carrying out a CAF assessment in order to "
          + "identify appropriate services that could improve outcomes for the child. Where more "
          + "than one agency is involved, a lead professional should be identified and the Team "
          + "Around the Child should meet to devise an action plan that meets the child’s "
          + "additional needs.",
        earlyHelpCAFTeam,
        cafTemplate,
        riskAssessmentGuidance,
        "In cases where there is no professional best placed within the current network to "
          + "complete a CAF assessment or act as lead professional, an Early Help Family Support "
          + "Worker will complete a CAF to identify an appropriate Team Around the Child.",
        "Following assessment, if professionals wish to refer the child and family on for "
          + "services, they should make a referral to the Children and Families Contact Service "
          + "using the e-CAF referral record.",
        "Referrals for early help or targeted services (level 2) will be passed to the Early "
          + "Help CAF team.",
        "Complex cases which require a multi-agency response will be referred to the weekly "
          + "multi-agency Early Help panel, where panel members will be able to offer advice "
          + "about the most suitable services and interventions for the child and family.",
      ],
      service: "Children and Families Contact Service (Early Help CAF team)",
      form: cafForms,
      timescale: earlyAssessment,
      consent: assessmentConsent + " Parents should be aware of and consent to the referral.",
      source: Citation(
        "\(appendix1), Early help row, Responses column; Section 3.4 Camden's early help "
          + "service; \(section42); Section 4.3 Risk assessment; \(section44)",
        note:
          "The consent passage joins Section 4.2's sentence on consent to the assessment to "
          + "Section 4.4's on consent to the referral. Section 3.4's Early Help panel is read as "
          + "part of the early help route (it is the Early Help panel of Camden's early help "
          + "service), not level 3, although Section 3.2 also speaks of a multi-agency "
          + "response at level 3.")),
    Route(
      level: 3,
      name: "Child in need: e-CAF referral to CSSW through the MASH team",
      actions: [
        "Professionals should talk to the family about making a CAF referral to CSSW for a child "
          + "in need service. CSSW will carry out a child and family assessment and convene a "
          + "child in need meeting to devise the child's CIN plan. The allocated social worker "
          + "will be the child's lead professional.",
        cafTemplate,
        riskAssessmentGuidance,
        "Following assessment, if professionals wish to refer the child and family on for "
          + "services, they should make a referral to the Children and Families Contact Service "
          + "using the e-CAF referral record.",
        "Referrals at level 3 for a child in need service will be passed to the MASH team.",
      ],
      service:
        "Children and Families Contact Service (MASH team), for Children's Safeguarding and "
        + "Social Work (CSSW)",
      form: cafForms,
      timescale: earlyAssessment,
      consent: assessmentConsent + " Parents should be aware of and consent to the referral.",
      source: Citation(
        "\(appendix1), Child in need row, Responses column; \(section42); Section 4.3 Risk "
          + "assessment; \(section44)",
        note:
          "The level 3 referral is a CAF referral made “Following assessment” (Section 4.4), so "
          + "Section 4.2's CAF assessment, its timescale and its consent, and Section 4.3's risk "
          + "assessment guidance, are part of this route too.")),
    Route(
      level: 4,
      name: "Child protection: referral to CSSW through the MASH team",
      actions: [
        "Professionals must make a referral to CSSW. If the matter is urgent, professionals can "
          + "make a child protection referral to the MASH by telephone and follow up with a "
          + "written referral within 48 hours. CSSW will carry out a child and family assessment "
          + "and take appropriate action needed to safeguard the child under statutory child "
          + "protection procedures. The allocated social worker will be the lead professional "
          + "for the child. Where there are high levels of concern around radicalisation, the "
          + "Police must be informed.",
        "Referrals at level 4 where there are child protection concerns will be passed to the "
          + "MASH team.",
        "It is an expectation that an e-CAF referral is completed unless there are urgent child "
          + "protection concerns in which case a telephone referral will be accepted as long as "
          + "it is followed up in writing within 48 hours on an e-CAF referral record.",
      ],
      service:
        "Children and Families Contact Service (MASH team), for Children's Safeguarding and "
        + "Social Work (CSSW)",
      form: eCAF,
      timescale:
        "If the matter is urgent, professionals can make a child protection referral to the "
        + "MASH by telephone and follow up with a written referral within 48 hours.",
      consent:
        "Parents should be aware of any referral and asked for their consent but a referral may "
        + "still be made if consent is refused. If it is thought that seeking consent may put "
        + "the child at further risk of harm, interfere with a criminal investigation or cause "
        + "undue delay, a referral can be made without seeking consent.",
      source: Citation("\(appendix1), Child protection row, Responses column; \(section44)")),
  ],
  immediateDanger: nil,
  consent: [
    ConsentGuidance(
      text:
        "Professionals can always seek advice from social workers in the MASH team on a \"no "
        + "names\" basis if they are unsure about any aspect of information sharing.",
      source: Citation(section6)),
    ConsentGuidance(
      text:
        "Professionals should always try to seek consent before making referrals to or sharing "
        + "information with other agencies.",
      source: Citation("Section 6 Confidentiality and information sharing")),
    ConsentGuidance(
      text:
        "If consent is not given, and the child is not at risk of significant harm, the "
        + "information cannot be shared. However, parents should be made aware that this could "
        + "affect the help and support agencies will be able to provide to them.",
      source: Citation("Section 6 Confidentiality and information sharing")),
    ConsentGuidance(
      text:
        "If consent is not given, and the child is at risk of significant harm, the information "
        + "can be shared but parents should be informed that this will happen.",
      source: Citation("Section 6 Confidentiality and information sharing")),
    ConsentGuidance(
      text:
        "The only circumstances when consent to share information should not be sought is when "
        + "seeking consent would: put the child at further risk of harm; compromise a criminal "
        + "investigation; cause undue delay in taking action to protect the child.",
      source: Citation(section6)),
    ConsentGuidance(
      ages: AgeQualifier("aged 12 and under", youngest: 0, oldest: 12, includesUnborn: true),
      text:
        "children aged 12 and under cannot give consent and their parents must be asked for "
        + "consent instead.",
      source: Citation(
        "Section 6 Confidentiality and information sharing",
        note: "The tool applies this to an unborn child too: the parents are asked.")),
    ConsentGuidance(
      ages: AgeQualifier("aged 13-15", youngest: 13, oldest: 15),
      text:
        "Young people aged 13-15 can give their own consent as long as they are considered to be "
        + "able to understand the issues and make an informed decision (known as Gillick "
        + "competent).",
      source: Citation("Section 6 Confidentiality and information sharing")),
    ConsentGuidance(
      ages: AgeQualifier("aged 16 and 17", youngest: 16, oldest: 17),
      text: "Young people aged 16 and 17 can give their own consent to information sharing",
      source: Citation("Section 6 Confidentiality and information sharing")),
    ConsentGuidance(
      text:
        "When deciding to share information without consent the professional must consider if "
        + "this is a proportional response based on the risk to the child; there must be a "
        + "balance between the confidentiality owed to the service user and the need to protect "
        + "the child.",
      source: Citation(section6)),
    ConsentGuidance(
      text:
        "All information-sharing should be on a “need to know” basis; only the information "
        + "needed should be shared and only with those who need to know. It should be made clear "
        + "when sharing the information that it is confidential and not to be disclosed other "
        + "than for the purpose of protecting children.",
      source: Citation(section6)),
  ],
  specialRoutes: [
    SpecialRoute(
      id: "disabled-children",
      name: "Children with disabilities: the Children and Young People with Disabilities Service (CYPDS)",
      guidance: [
        "Referrals to the CYPDS should be made directly to the team via the DCT duty social "
          + "worker following a Functional Needs Assessment. It is recommended that referrers "
          + "speak to the duty worker in advance of any referral.",
        "To establish that the child's needs meet the threshold for a service from the CYPDS, "
          + "health professionals will carry out a Functional Needs Assessment (see appendix 6).",
      ],
      triggers: [
        .rule("camden-functional-needs"), .indicator("camden-mild-disabilities-or-health-issues"),
        .indicator("camden-lifelong-disabilities"),
      ],
      source: Citation("Section 4.4 Referral; Section 5.1 Children with disabilities")),
    SpecialRoute(
      id: "special-educational-needs",
      name: "Special Education Needs (SEN) service",
      guidance: [
        "Where disability affects a child's learning, Camden's Special Education Needs (SEN) "
          + "service will provide support at the following levels:",
        "Where a child requires less than 20 hours a week of support with their learning, this "
          + "will be provided by the school under the SEN local offer for which funding from "
          + "Camden has been delegated.",
        "Where a child requires more than 20 hours a week of support with their learning, they "
          + "will be referred to the SEN service where their needs will be assessed and a "
          + "package of support made available through the Education, Health and Care planning "
          + "framework.",
      ],
      triggers: [
        .indicator("camden-special-educational-needs"), .rule("camden-sen-support-hours"),
        .indicator("camden-mild-disabilities-or-health-issues"),
        .indicator("camden-lifelong-disabilities"), .rule("camden-functional-needs"),
      ],
      source: Citation(
        "Section 3.7 Services for children with special needs and disabilities",
        note:
          "Shown for special educational needs, for hours of support with learning, and for a "
          + "disabled child (the passage opens “Where disability affects a child's learning”; "
          + "it is conditional, so it is shown whether or not the child's learning is "
          + "affected).")),
    SpecialRoute(
      id: "cypds-transitions",
      name: "Disabled young people aged 14 to 18: the CYPDS Transitions team",
      guidance: [
        "The CPYDS Transitions team will provide a service for disabled young people aged 14 to "
          + "18 if they meet the criteria for a service from the CPYDS and up to 25 if they are "
          + "likely to meet the eligibility criteria for Adult Social Care services under the "
          + "Care Act 2014.",
        "This service will be available to young people:\nwho are already known to the DCT "
          + "service\nwho are moving into the borough and who meet the criteria\nwho have "
          + "acquired or is re-diagnosed with a permanent or substantial disability.",
        "At 14, the CYPDS Transitions team will carry out a specialist transitions assessment "
          + "which will look at meeting the young person's current and future needs and whether "
          + "the young person is likely to meet the threshold for care and support from Adult "
          + "Social Care under the Care Act 2014 so that work can begin on planning the "
          + "transition to adult services.",
      ],
      triggers: [
        .all([.rule("camden-functional-needs"), .age(transitionsAges)]),
        .all([.indicator("camden-lifelong-disabilities"), .age(transitionsAges)]),
        .all([.rule("camden-functional-needs"), .ageNotGiven]),
        .all([.indicator("camden-lifelong-disabilities"), .ageNotGiven]),
      ],
      source: Citation(
        "Section 3.7 Services for children with special needs and disabilities; Section 5.1 "
          + "Children with disabilities",
        note:
          "Section 3.7 prints “CPYDS” (twice) for the CYPDS it names in its first paragraph "
          + "and in Section 5.1; kept as printed. Shown to a young person aged 14 to 18 who "
          + "meets the CYPDS criteria (the functional needs threshold) or has a lifelong "
          + "disability, and also when no age is given (the route's name states the ages, so a practitioner can see whether it fits). “up to 25” is beyond the ages the tool "
          + "assesses and is kept only in the text.")),
    SpecialRoute(
      id: "pre-birth",
      name: "Unborn children: pre-birth assessments",
      guidance: [
        "Specialist pre-birth assessments will be carried out in cases where: there are concerns "
          + "about the welfare of an unborn child because the mother's lifestyle during pregnancy "
          + "or because there are concerns about whether parents will be able to care for the "
          + "child adequately once born and: there are no other children living with the parent.",
        "Assessment will begin once the pregnancy has been confirmed at 13 weeks. If the parent "
          + "is already caring for children, a child and family assessment will be carried out "
          + "but will specifically look at the risks to the unborn child and the likely impact "
          + "the child's birth will have on the family.",
      ],
      triggers: [
        .unborn, .indicator("camden-pregnant-women-lifestyle-affecting-unborn"),
        .indicator("camden-unborn-serious-risk-pre-birth-assessment"),
        .indicator("camden-0-4-some-concern-about-unborn-childs"),
        .indicator("camden-0-4-significant-concerns-about-the-unborn"),
        .indicator("camden-0-4-unborn-childs-development-is-at"),
        .indicator("camden-5-13-pregnancy-or-unsafe-sexual-behaviour"),
        .indicator("camden-14-18-pregnancy"), .indicator("camden-14-18-pregnancy-level-4"),
      ],
      source: Citation(
        "Section 5.3 Unborn children pre-birth assessments",
        note:
          "Also shown for a young person's pregnancy (Appendix 2), where the unborn child is "
          + "the young person's; the passage is conditional.")),
    SpecialRoute(
      id: "young-carers",
      name: "Young carers",
      guidance: [
        "When carrying out any assessment of an adult under the Care Act 2014, Adult Social Care "
          + "will also carry out a young assessment under the Children and Families Act 2014 of "
          + "any child who provides care to that adult as part of a \"whole family\" assessment.",
        "The assessment will look at the impact of caring on the child's welfare and establish "
          + "whether or not the caring role is excessive and/or inappropriate and whether they "
          + "should be referred for support from early help services or CSSW under the Children "
          + "Act 1989.",
      ],
      triggers: [.indicator("camden-young-carers")],
      source: Citation("Section 5.2 Young carers")),
    SpecialRoute(
      id: "child-sexual-exploitation",
      name: "Children at risk of child sexual exploitation (CSE)",
      guidance: [
        "Camden has put in place specialist CSE child protection procedures for dealing with "
          + "cases where children are thought to be at risk of CSE. A CSE risk assessment based "
          + "on the main vulnerability factors and indicators of CSE is available to help "
          + "professionals identify children who may be at risk of CSE.",
        "On referral, CSSW will hold a specialist CSE child protection strategy meeting to assess "
          + "the level of risk and inform the CSE plan that will keep the child safe and reduce "
          + "the risks associated with CSE.",
        "Information from individual cases is fed in to the Multi-agency Sexual Exploitation "
          + "group (MASE) to inform the borough-wide CSE strategy.",
      ],
      triggers: [
        .indicator("camden-trafficking-sexual-exploitation-forced-marriage-fgm"),
        .indicator("camden-sexual-abuse-sexual-risk-taking-behaviour-including"),
      ],
      source: Citation("Section 5.5 Children at risk of child sexual exploitation (CSE)")),
    SpecialRoute(
      id: "female-genital-mutilation",
      name: "Children at risk of Female Genital Mutilation (FGM)",
      guidance: [
        "CSSW follows the London Safeguarding Children Board procedures for FGM and all FGM cases "
          + "will be dealt with under child protection procedures. A specialist FGM risk "
          + "assessment based on the key vulnerabilities and indicators of FGM is available to "
          + "professionals to help them identify children at risk of FGM and guidance on the "
          + "mandatory reporting requirement under the Serious Crime Act 2015 is available on the "
          + "CSCB website."
      ],
      triggers: [.indicator("camden-trafficking-sexual-exploitation-forced-marriage-fgm")],
      source: Citation("Section 5.6 Children at risk of Female Genital Mutilation (FGM)")),
    SpecialRoute(
      id: "radicalisation",
      name: "Children at risk of radicalisation: Prevent and the Channel panel",
      guidance: [
        "Where there are concerns that a child may be being radicalised, professionals should "
          + "discuss the matter with Camden’s Prevent Co-ordinator or the Police Prevent "
          + "Engagement Officer for advice on a possible referral to the Channel Panel.",
        "Where professionals have concerns that a young person they work with may be at risk of "
          + "radicalisation and extremism, they can refer the young person to Camden's "
          + "multi-agency Channel panel to assess the level of risk to the young person and "
          + "provide support that diverts them from extremism and reduces any risk.",
        "Where there are high levels of concern around radicalisation, the Police must be "
          + "informed.",
      ],
      triggers: [
        .indicator("camden-early-signs-of-radicalisation"),
        .indicator("camden-advanced-signs-of-radicalisation"),
        .indicator("camden-enmeshed-in-extremist-narrative"),
      ],
      source: Citation(
        "\(appendix1), Responses column; Section 5.7 Children at risk of radicalisation")),
    SpecialRoute(
      id: "trafficking",
      name: "Trafficked children: the National Referral Mechanism",
      guidance: [
        "Where there are concerns that a child may have been trafficked, CSSW, as a First "
          + "Responder agency under the National Referral Mechanism, will refer the child to the "
          + "Human Trafficking Centre and share information so that the Centre can carry out a "
          + "trafficking assessment. CSSW will also carry out a child and family assessment in "
          + "order to meet the assessed needs of the child."
      ],
      triggers: [.indicator("camden-trafficking-sexual-exploitation-forced-marriage-fgm")],
      source: Citation("Section 5.8 Trafficked children")),
  ],
  notes: [
    LabelledText(
      "If you are unsure",
      "If professionals are unsure as to the level of need, whether to make a child protection "
        + "referral or whether or not to seek consent for a referral, they can seek advice and "
        + "guidance from social workers in the Children and Families Contact Service on a "
        + "“no-names” basis.",
      source: Citation(section44)),
    LabelledText(
      "Escalation and step down provision",
      "Escalation to a higher level of intervention may occur when professionals in the team "
        + "around the child have concerns because:\nno progress is being made in achieving better "
        + "outcomes for the child or\nthe child and/or family's circumstances have changed "
        + "leading to increased risk and/or concerns.\nEscalation is likely to involve referring a "
        + "case to CSSW for a social work service or escalation from child in need status to a "
        + "child protection or looked after child status.",
      source: Citation("Section 4.7 Escalation and step down provision")),
    LabelledText(
      "Resolving professional differences",
      "In the event of any disagreements arising between partner agencies on the application of "
        + "thresholds or the outcome of referrals, professionals should refer to the Camden "
        + "Safeguarding Children Board (CSCB) escalation policy for resolving professional "
        + "differences between agencies available: "
        + "http://www.cscb-new.co.uk/wp-content/uploads/2015/12/CSCB-escalation-policy-final1.pdf.",
      source: Citation(
        "Section 4.8 Resolving professional differences",
        note: "The address is as printed and may be out of date.")),
  ]
)

// MARK: - Examples: each runs in the tests and reports a failure at its own line.

private func camden(
  _ age: ChildAge?, _ indicators: [String], functions: [FunctionScore] = [],
  senHours: Double? = nil
) -> Case {
  Case(
    authority: "camden", age: age, indicators: indicators, functionalNeeds: functions,
    senSupportHours: senHours)
}

private let camdenExamples: [Example] = [
  Example(
    "No indicators: universal", camden(.years(9), []), level: 1,
    route: ["Universal services"],
    notRules: [
      "camden-two-or-more-at-level-2", "camden-sen-support-hours", "camden-must-assess-early-help",
    ]),
  Example(
    "A single level 2 indicator stays at level 1 (two or more are needed), but a young carer "
      + "must be assessed for early help",
    camden(.years(12), ["camden-young-carers"]), level: 1,
    route: ["universal services"],
    rules: ["camden-two-or-more-at-level-2", "camden-must-assess-early-help"],
    mentions: [
      "Two or more of the indicators listed here need to be present.",
      "the following children must be assessed", "'camden-young-carers'",
    ]),
  Example(
    "Two level 2 indicators, one from Appendix 1 and one age-banded: early help",
    camden(.years(9), ["camden-young-carers", "camden-5-13-inconsistent-family-relationships"]),
    level: 2, route: ["Early Help CAF team", "e-CAF referral record", "consent to the referral"],
    rules: ["camden-must-assess-early-help"], notRules: ["camden-two-or-more-at-level-2"]),
  Example(
    "Early help: the CAF team's support, the CAF template, risk assessment guidance, the Family "
      + "Support Worker, the Early Help panel, assessment as soon as needs are identified, and "
      + "consent to the assessment",
    camden(.years(6), ["camden-poor-housing", "camden-low-income"]), level: 2,
    route: [
      "provides support for agencies around carrying out CAF assessments",
      "Common Assessment Framework template available in the e-CAF system",
      "CSCB risk assessment guidance", "Multi-agency%20risk%20assessment%20guidance",
      "an Early Help Family Support Worker will complete a CAF",
      "weekly multi-agency Early Help panel",
      "as soon as a child is identified as having additional needs",
      "with the consent and co-operation of families",
    ],
    notRules: ["camden-must-assess-early-help"]),
  Example(
    "Child in need: the CAF template, risk assessment guidance, timescale and consent to the "
      + "assessment",
    camden(.years(11), ["camden-accommodation-in-poor-state-of"]), level: 3,
    route: [
      "MASH team", "Common Assessment Framework template", "CSCB risk assessment guidance",
      "as soon as a child is identified as having additional needs",
      "with the consent and co-operation of families",
    ]),
  Example(
    "Difficult family circumstances and early signs of neglect: early help, and both must be "
      + "assessed",
    camden(
      .years(4),
      ["camden-difficult-family-circumstances-low-levels", "camden-basic-care-is-not-consistently"]
    ),
    level: 2, route: ["Early Help CAF team"], rules: ["camden-must-assess-early-help"],
    mentions: ["'camden-difficult-family-circumstances-low-levels'"]),
  Example(
    "Information sharing: the MASH team's no-names advice, when consent is not sought, "
      + "proportionality and need to know",
    camden(.years(10), ["camden-some-support-from-family-and"]), level: 1,
    route: ["Universal services"],
    mentions: [
      "social workers in the MASH team on a \"no names\" basis",
      "compromise a criminal investigation", "a proportional response based on the risk",
      "on a “need to know” basis",
    ]),
  Example(
    "Two level 2 indicators from Appendices 3 and 4: early help",
    camden(.years(3), ["camden-parent-needing-support", "camden-poor-housing"]), level: 2,
    route: ["Early Help CAF team"]),
  Example(
    "0-4 band: a complex indicator for a three-year-old is a child in need",
    camden(.years(3), ["camden-0-4-poor-peer-relationships"]), level: 3,
    route: ["MASH team", "CSSW"]),
  Example(
    "5-13 band: an acute indicator for a nine-year-old is child protection",
    camden(.years(9), ["camden-5-13-experience-of-rejection"]), level: 4,
    route: ["within 48 hours"]),
  Example(
    "14-18 band: two low indicators for a sixteen-year-old, who gives their own consent",
    camden(.years(16), ["camden-14-18-neet", "camden-14-18-victim-of-crime-or-discrimination"]),
    level: 2, route: ["Early Help CAF team"],
    mentions: ["Young people aged 16 and 17 can give their own consent to information sharing"]),
  Example(
    "Consent at 12: the parents are asked",
    camden(.years(12), ["camden-5-13-faltering-growth"]), level: 3, route: ["MASH team"],
    mentions: ["children aged 12 and under cannot give consent"]),
  Example(
    "Consent at 14: Gillick competence",
    camden(.years(14), ["camden-14-18-significant-dental-decay"]), level: 3,
    route: ["MASH team"], mentions: ["Gillick competent"]),
  Example(
    "Child protection: a possible indicator of physical abuse",
    camden(.years(6), ["camden-physical-abuse-high-frequency-of-injuries"]), level: 4,
    route: [
      "telephone referral will be accepted", "within 48 hours",
      "a referral can be made without seeking consent",
    ]),
  Example(
    "Functional needs: one severe score makes a child in need due to disability",
    camden(.years(7), [], functions: [FunctionScore(function: "hearing", score: 3)]), level: 3,
    route: [
      "CYPDS", "DCT duty social worker", "Functional Needs Assessment",
      "Chronically Sick and Disabled Persons Act 1970", "due to their caring role",
      "will receive a full statutory social work service",
      "enhanced offer of support based on social work assessment",
      "core local offer of support based on self-assessment",
    ],
    rules: ["camden-functional-needs", "camden-must-assess-early-help"],
    mentions: ["rises from 1 to 3", "Functional needs scores put the child in a group"],
    specialRoutes: ["disabled-children", "special-educational-needs"]),
  Example(
    "A disabled fifteen-year-old who meets the functional needs threshold: the CYPDS "
      + "Transitions team",
    camden(.years(15), [], functions: [FunctionScore(function: "gross-motor", score: 3)]),
    level: 3, route: ["DCT duty social worker"], rules: ["camden-functional-needs"],
    mentions: ["specialist transitions assessment", "who are already known to the DCT service"],
    specialRoutes: ["cypds-transitions", "disabled-children"]),
  Example(
    "A seventeen-year-old with a lifelong disability: child in need and the CYPDS Transitions "
      + "team",
    camden(.years(17), ["camden-lifelong-disabilities"]), level: 3, route: ["MASH team"],
    notRules: ["camden-must-assess-early-help"],
    mentions: ["The CPYDS Transitions team will provide a service"],
    specialRoutes: ["cypds-transitions", "special-educational-needs"]),
  Example(
    "A lifelong disability and no age given: the CYPDS Transitions team is shown, its ages "
      + "stated",
    camden(nil, ["camden-lifelong-disabilities"]), level: 3, route: ["MASH team"],
    mentions: ["aged 14 to 18"],
    specialRoutes: ["cypds-transitions", "special-educational-needs"]),
  Example(
    "A lifelong disability at nine: not the CYPDS Transitions team",
    camden(.years(9), ["camden-lifelong-disabilities"]), level: 3, route: ["MASH team"],
    notSpecialRoutes: ["cypds-transitions"]),
  Example(
    "Functional needs: two moderate scores make a child in need due to disability",
    camden(
      .years(10), ["camden-young-carers"],
      functions: [
        FunctionScore(function: "vision", score: 2), FunctionScore(function: "3", score: 2),
      ]),
    level: 3, route: ["DCT duty social worker"],
    rules: ["camden-functional-needs", "camden-two-or-more-at-level-2"]),
  Example(
    "Functional needs with complex social care needs: the statutory social work route stands",
    camden(
      .years(10), ["camden-development-impaired-by-quality-of-care"],
      functions: [FunctionScore(function: "gross-motor", score: 4)]),
    level: 3, route: ["MASH team", "CSSW"], rules: ["camden-functional-needs"],
    mentions: ["the level was already 3", "DCT duty social worker"]),
  Example(
    "Functional needs: one moderate score does not qualify",
    camden(
      .years(10), [],
      functions: [
        FunctionScore(function: "vision", score: 2), FunctionScore(function: "self-help", score: 1),
        FunctionScore(function: "hearing", score: nil),
      ]),
    level: 1, route: ["Universal services"], rules: ["camden-must-assess-early-help"],
    notRules: ["camden-functional-needs"],
    mentions: ["do not meet the threshold", "the following children must be assessed"]),
  Example(
    "Functional needs never lower a higher level",
    camden(
      .years(10), ["camden-neglect-lack-of-parental-supervision"],
      functions: [FunctionScore(function: "physical-health", score: 4)]),
    level: 4, route: ["within 48 hours"], rules: ["camden-functional-needs"]),
  Example(
    "SEN support under 20 hours a week: the school's SEN local offer, and the child must be "
      + "assessed for early help",
    camden(.years(8), [], senHours: 12), level: 1, route: ["Universal services"],
    rules: ["camden-sen-support-hours", "camden-must-assess-early-help"],
    mentions: ["SEN local offer", "Hours of learning support put the child in a group"],
    specialRoutes: ["special-educational-needs"]),
  Example(
    "No hours of SEN support: the hours rule applies, but they do not put the child in the "
      + "must-assess group",
    camden(.years(8), [], senHours: 0), level: 1, route: ["Universal services"],
    rules: ["camden-sen-support-hours"], notRules: ["camden-must-assess-early-help"]),
  Example(
    "SEN support over 20 hours a week: Education, Health and Care planning",
    camden(.years(8), [], senHours: 25), level: 1, route: ["Universal services"],
    rules: ["camden-sen-support-hours"],
    mentions: ["Education, Health and Care planning framework"]),
  Example(
    "SEN support of exactly 20 hours a week: the document is silent",
    camden(.years(8), [], senHours: 20), level: 1, route: ["Universal services"],
    rules: ["camden-sen-support-hours"], mentions: ["the document does not say"]),
  Example(
    "A child with special educational needs: the SEN service route",
    camden(.years(9), ["camden-special-educational-needs"]), level: 1,
    route: ["Universal services"], rules: ["camden-must-assess-early-help"],
    mentions: ["Where disability affects a child's learning"],
    specialRoutes: ["special-educational-needs"]),
  Example(
    "An unborn child at serious risk: child protection and the pre-birth route",
    camden(.unborn, ["camden-0-4-unborn-childs-development-is-at"]), level: 4,
    route: ["MASH team"], mentions: ["Specialist pre-birth assessments"]),
  Example(
    "Significant concerns about the unborn child's development, age not given: the pre-birth route",
    camden(nil, ["camden-0-4-significant-concerns-about-the-unborn"]), level: 3,
    route: ["MASH team"], mentions: ["Specialist pre-birth assessments"]),
  Example(
    "A young carer with another low need: early help and the young carers' assessment",
    camden(.years(13), ["camden-young-carers", "camden-5-13-poor-routines"]), level: 2,
    route: ["Early Help CAF team"], mentions: ["whether or not the caring role is excessive"]),
  Example(
    "Early signs of radicalisation with another need: early help and the Channel panel",
    camden(.years(15), ["camden-early-signs-of-radicalisation", "camden-14-18-neet"]), level: 2,
    route: ["Early Help CAF team"], mentions: ["Channel Panel", "Gillick competent"]),
  Example(
    "Sexual exploitation: child protection with the CSE and trafficking routes",
    camden(.years(15), ["camden-trafficking-sexual-exploitation-forced-marriage-fgm"]), level: 4,
    route: ["MASH team"],
    mentions: [
      "CSE child protection strategy meeting", "National Referral Mechanism",
      "Multi-agency Sexual Exploitation group (MASE)",
    ]),
  Example(
    "A pregnant sixteen-year-old: the pre-birth assessment route",
    camden(.years(16), ["camden-14-18-pregnancy"]), level: 3, route: ["MASH team"],
    mentions: ["Specialist pre-birth assessments"], specialRoutes: ["pre-birth"]),
  Example(
    "Before birth: a parent's drug or alcohol misuse can be selected for an unborn child",
    camden(.unborn, ["camden-parental-attributes-misusing-drugs-and-or-alcohol"]), level: 4,
    route: ["MASH team"], specialRoutes: ["pre-birth"]),
  Example(
    "Before birth: Appendix 2's “at risk of harm due to neglect or abuse” can be selected for "
      + "an unborn child",
    camden(.unborn, ["camden-0-4-at-risk-of-harm-due"]), level: 4, route: ["MASH team"],
    specialRoutes: ["pre-birth"]),
  Example(
    "Before birth: difficult family circumstances and poor housing give early help, and the "
      + "family circumstances must be assessed",
    camden(.unborn, ["camden-difficult-family-circumstances-low-levels", "camden-poor-housing"]),
    level: 2, route: ["Early Help CAF team"], rules: ["camden-must-assess-early-help"],
    specialRoutes: ["pre-birth"]),
  Example(
    "Before birth: a phrase about the child's own health is rejected for an unborn child",
    camden(.unborn, ["camden-0-4-dental-decay"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Before birth: a young carer is rejected for an unborn child",
    camden(.unborn, ["camden-young-carers"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Before birth: a possible sign of abuse in the child is rejected for an unborn child",
    camden(.unborn, ["camden-physical-abuse-high-frequency-of-injuries"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Before birth: a child beyond parental control is rejected for an unborn child",
    camden(.unborn, ["camden-child-beyond-parental-control"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "An age band that does not fit the child is rejected",
    camden(.years(9), ["camden-14-18-neet"]), rejectedBecause: "14-18"),
  Example(
    "A phrase about the unborn child is rejected for a born child",
    camden(.years(2), ["camden-0-4-some-concern-about-unborn-childs"]),
    rejectedBecause: "unborn"),
  Example(
    "Function 8 of the matrix is not in use",
    camden(.years(9), [], functions: [FunctionScore(function: "social-environmental", score: 2)]),
    rejectedBecause: "not in use"),
  Example(
    "A score outside 0-4 is rejected",
    camden(.years(9), [], functions: [FunctionScore(function: "hearing", score: 5)]),
    rejectedBecause: "0 to 4"),
  Example(
    "An age above 18 is rejected",
    camden(.years(19), []), rejectedBecause: "0 to 18"),
]
