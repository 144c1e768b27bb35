// Hertfordshire thresholds guidance for integrated practice: Level 1 Universal, Level 2 Targeted,
// Levels 3 & 4 Specialist, and nine tables of needs indicators.
// Source text: shared/sources/000_974e987cccbaba19.txt. Every string below is verbatim from it
// unless a comment or a `note:` says otherwise.
//
// Reading choices (also in `notes` so they reach `rules export`):
// - The document merges Levels 3 and 4 into one column, "Level 3 & 4: Specialist" ("Specialist
//   Needs and Safeguarding"). It is one level here, rank 3, covering child in need and child
//   protection; the document makes no split between them in its tables, so none is invented.
// - Each table has three columns: Level 1: Universal (Emerging Needs), Level 2: Targeted
//   (Additional/Complex Needs) and Level 3 & 4: Specialist (Specialist Needs and Safeguarding).
//   One bullet is one indicator; words broken across lines are re-joined.
// - Specialist bullets end with the responding agency in brackets, such as "(Police/Social
//   Care)". The bracket is left out of the text and carried in `agencies`, split at "/" or ",",
//   in printed order and spelling ("Social care" once, "Disabled Children‘s Service" once with
//   an opening quote, as printed).
// - The document prints no heading above the nine tables, so they are nine flat domains with no
//   subdomains. The seven bullets of the "Levels 3 & 4 : Specialist" section, which give the
//   reasons for a specialist service and name its agency in the same way, are a tenth domain.
// - The extracted text interleaves columns line by line in the Education & Learning (Level 2 and
//   Level 3 & 4), Self-Care Skills (Level 2 and Level 3 & 4) and Family and Environmental
//   (Level 1 and Level 2) tables, and prints the Level 1 list of the Emotional/Behavioural
//   Development, Family and Social Relationships, Self-Care Skills and Parenting Capacity tables
//   after the other columns, and the Level 3 & 4 list of the Family and Environmental table
//   before its heading. Each bullet is rebuilt whole and placed by its layout (the Level 1
//   column is the narrow one) and content (every Level 3 & 4 bullet names an agency); the
//   citation's `note` says so.
// - "over 13 yrs" is read as 13 and over (the complement of "under 13 yrs"); "post 16 yrs" as
//   16 and over. See `notes`.

private let under13 = AgeQualifier("under 13 yrs", youngest: 0, oldest: 12)
private let over13 = AgeQualifier("over 13 yrs", youngest: 13, oldest: nil)
private let aged16to18 = AgeQualifier("16-18 yrs", youngest: 16, oldest: 18)
private let post16 = AgeQualifier("post 16 yrs", youngest: 16, oldest: nil)
private let unbornBabies = AgeQualifier.unborn("Unborn babies")

private let specialistSection = "Levels 3 & 4 : Specialist"
private let safeguardingSection = "Safeguarding Children"
private let cafSection = "The Common Assessment Framework (CAF)"
private let districtManagers = "District Managers (Integrated Practice)"

private let socialCare = ["Social Care"]
private let policeSocialCare = ["Police", "Social Care"]
private let specialistCAMHS = ["Specialist CAMHS"]

/// The printed name of a table's column for a level rank.
private func column(_ rank: Int) -> String {
  switch rank {
  case 1: "Level 1: Universal (Emerging Needs) column"
  case 2: "Level 2: Targeted (Additional/Complex Needs) column"
  default: "Level 3 & 4: Specialist (Specialist Needs and Safeguarding) column"
  }
}

/// Where a column of a needs-indicator table is printed.
private func table(_ name: String, _ rank: Int, note: String? = nil) -> Citation {
  Citation("Needs indicators, \(name) table, \(column(rank))", note: note)
}

extension RuleSet {
  /// Hertfordshire's thresholds guidance for integrated practice: Level 1 Universal, Level 2
  /// Targeted and Levels 3 & 4 Specialist (one merged column), with nine tables of needs
  /// indicators whose specialist bullets name the responding agency.
  public static let hertfordshire = RuleSet(
    id: "hertfordshire",
    title: "Thresholds guidance for integrated practice in Hertfordshire",
    publisher: "Hertfordshire County Council",
    version: nil,
    date: "undated",
    sourceFile: "000_974e987cccbaba19.txt",
    levels: hertfordshireLevels,
    domains: hertfordshireDomains,
    indicators: hertfordshireIndicators,
    rules: hertfordshireRules,
    areas: [hertfordshireArea],
    notes: hertfordshireNotes,
    examples: hertfordshireExamples
  )
}

private let hertfordshireNotes: [LabelledText] = [
  LabelledText(
    "Title, publisher and date",
    "The extracted text prints no title page, publisher or date. The title is the tool's "
      + "description of the document; the publisher is taken from its web addresses "
      + "(hertsdirect.org, hertscc.gov.uk) and “HCC website”; the date is given as undated.",
    source: Citation("Whole document")),
  LabelledText(
    "Levels 3 and 4 are one level",
    "The document merges Levels 3 and 4 into one column, “Level 3 & 4: Specialist” "
      + "(“Specialist Needs and Safeguarding”), and its tables do not say which bullets are "
      + "Level 3 (specialist assessment) and which Level 4 (immediate intervention). The tool "
      + "keeps them as one level, rank 3, covering both child in need and child protection.",
    source: Citation("\(specialistSection); needs indicator tables")),
  LabelledText(
    "Indicators are bullets",
    "Each bullet of each column is one indicator. Words broken across lines are re-joined. "
      + "Full stops inside a bullet (“etc.”, “money. Concern re: …”) are kept.",
    source: Citation("Needs indicator tables")),
  LabelledText(
    "Responding agencies",
    "Level 3 & 4 bullets end with the responding agency in brackets, such as “(Police/Social "
      + "Care)”. The bracket is left out of the indicator's text and kept as its agencies, split "
      + "at “/” or “,” in printed order and spelling. “(Education/post 16 - Youth Connexions)” "
      + "gives the agencies “Education” and “post 16 - Youth Connexions”. Brackets that are not "
      + "agencies (“(NEET)”, “(e.g. through bereavement)”, “(16-18 yrs)”) stay in the text.",
    source: Citation("Needs indicator tables, Level 3 & 4: Specialist columns")),
  LabelledText(
    "Domains",
    "The document heads each of its nine tables (Health; Education & Learning; "
      + "Emotional/Behavioural Development; Identity; Family and Social Relationships; Social "
      + "Presentation; Self-Care Skills; Parenting Capacity; Family and Environmental) and prints "
      + "no heading grouping them, so they are nine flat domains with no subdomains. The seven "
      + "bullets of the “Levels 3 & 4 : Specialist” section, giving the reasons for a specialist "
      + "service and naming its agency as the tables do, are a tenth domain at level 3; two of "
      + "them (“When a child may be Privately Fostered”, “Young people remanded into Local "
      + "Authority Care…”) are in no table.",
    source: Citation("\(specialistSection); needs indicator tables")),
  LabelledText(
    "Columns rebuilt from interleaved text",
    "The extracted text runs two columns together line by line in the Education & Learning "
      + "table (Level 2 and Level 3 & 4), the Self-Care Skills table (Level 2 and Level 3 & 4) "
      + "and the Family and Environmental table (Level 1 and Level 2). Each bullet is rebuilt "
      + "from alternate lines. Where one column ends, the lines that follow are the longer "
      + "column's: they carry no agency bracket, which every Level 3 & 4 bullet has, and they "
      + "are wider than the narrow Level 1 column.",
    source: Citation(
      "Needs indicators, Education & Learning, Self-Care Skills and Family and Environmental tables"
    )),
  LabelledText(
    "Lists printed out of order",
    "The extracted text prints the Level 1 list of the Emotional/Behavioural Development, "
      + "Family and Social Relationships, Self-Care Skills and Parenting Capacity tables after "
      + "the other two columns, and the Level 3 & 4 list of the Family and Environmental table "
      + "before the table's heading. Each list is placed in the table whose heading and column "
      + "headings surround it and whose content it fits; the Level 1 lists are set in the narrow "
      + "Level 1 column.",
    source: Citation("Needs indicator tables")),
  LabelledText(
    "Ages",
    "“under 13 yrs” is 0 to 12. “over 13 yrs” is read as 13 and over: a child whose age in "
      + "whole years is 13 is older than 13 years from the day after the 13th birthday, and the "
      + "document pairs “Vulnerability to sexual exploitation (over 13 yrs)” with “Sexual "
      + "exploitation of child under 13 yrs”, so 13 and over leaves no gap beside 0 to 12 (14 "
      + "and over would leave a 13-year-old with neither). “16-18 yrs” is 16 to 18; “post 16 "
      + "yrs” is read as 16 and over (post-16 education). “Unborn babies” applies only to an "
      + "unborn child. The printed qualifier is kept in the text as well. “Teenage pregnancy”, "
      + "“When a young child…”, and “Refugee children of school age and unaccompanied "
      + "asylum-seeking and refugee children” (whose second half has no age) carry no "
      + "qualifier: the document prints no band for them.",
    source: Citation("Needs indicator tables")),
  LabelledText(
    "Spellings kept",
    "“Demonstrates significantly low selfesteem” and “Disabled Children‘s Service” (with an "
      + "opening quote) are kept as printed.",
    source: Citation("Needs indicators, Identity and Self-Care Skills tables")),
  LabelledText(
    "Statements about practice",
    "Every bullet of the nine tables describes a child, a parent or a family; none is a "
      + "statement about how professionals should work, so none is marked as one. “(judgement "
      + "needed re: age of child and ‘home alone’ issues)” is part of the need “Often left at "
      + "home alone for long periods of time”, not a statement of its own.",
    source: Citation("Needs indicator tables")),
  LabelledText(
    "Printed cells",
    "Each bullet is printed whole, so an indicator is the whole bullet (its agency bracket kept "
      + "as its agencies) and carries no printed cell. The seven bullets of the “Levels 3 & 4 : "
      + "Specialist” section finish the lead-in “… due to:”, so each keeps the whole section as "
      + "printed, bullets and brackets included, with lines re-joined.",
    source: Citation("Needs indicator tables; \(specialistSection)")),
  LabelledText(
    "Before birth",
    "An indicator can be selected for an unborn child when it is about the pregnancy, the "
      + "parents or the family. Parenting Capacity, Family and Environmental and the specialist "
      + "section's reasons apply before birth; Health, Education & Learning, "
      + "Emotional/Behavioural Development, Identity, Social Presentation, Self-Care Skills and "
      + "Family and Social Relationships (whose bullets are mostly about the child's own "
      + "relationships) do not. The exceptions that apply: “Not attending routine health "
      + "appointments” and “Persistent missing of health appointments” (before birth, antenatal "
      + "appointments), “Teenage pregnancy” (about the pregnancy), “Chaotic routines”, “Family "
      + "is isolated”, “Poor relationships with extended family”, “Child is or may be suffering "
      + "physical, emotional, sexual or significant neglectful harm” and “Parents refusing to "
      + "acknowledge or accept concerns where risk of significant harm”; “Unborn babies where a "
      + "parent has …” applies only before birth. The exceptions that do not: the specialist "
      + "reasons about a disabled child, a young person remanded, imminent family breakdown and "
      + "private fostering; the Parenting Capacity bullets about care, supervision, child care "
      + "arrangements, boundaries, visits to the doctor, emotional warmth, a young child "
      + "abandoned or left with a risky adult; and the Family and Environmental bullets about "
      + "the child's loss of an adult, a young carer, substances used in front of children and "
      + "refugee or unaccompanied children.",
    source: Citation("Needs indicator tables; \(specialistSection)")),
  LabelledText(
    "Consent at the specialist level",
    "The document says CAF is based on family consent, but says nothing about consent for a "
      + "statutory or specialist assessment at Levels 3 & 4; that route carries no consent text.",
    source: Citation("\(cafSection); \(specialistSection)")),
]

// MARK: - Levels

private let hertfordshireLevels: [Level] = [
  Level(
    rank: 1, label: "Level 1", name: "Universal", categories: [.universal],
    description:
      "Children and families with emerging needs which can be met within universal services "
      + "(such as: school, extended school service or early years setting, children’s centre, "
      + "health visitor, school nurse, GP, maternity & midwifery, housing, leisure services, "
      + "libraries, voluntary and community sector). The emerging needs may require the support "
      + "of another service, or worker, to prevent the escalation of needs. Professional "
      + "judgement will be required to decide whether a CAF is the most beneficial route to "
      + "achieve the best outcome for the emerging needs of the child or young person in "
      + "question.",
    details: [
      LabelledText(
        "Table column heading", "Emerging Needs",
        source: Citation("Needs indicator tables, Level 1: Universal column"))
    ],
    source: Citation("Level 1 : Universal")),
  Level(
    rank: 2, label: "Level 2", name: "Targeted", categories: [.earlyHelp],
    description:
      "Children and families with additional or complex needs which can be met by involving "
      + "targeted services, working alongside universal services. The needs may require the "
      + "involvement of a range of services and a multi-practitioner support plan by way of "
      + "Common Assessment, Lead Professional and Team Around the Child (TAC). Examples of "
      + "targeted support services could be: Educational Psychology, Specialist Advisory "
      + "Service, Attendance and Pupil Support Teams, Education Support Team for Medical Absence "
      + "(ESTMA), Youth Connexions, Preventative Workers within the Youth Offending Service or "
      + "CAMHS workers in Behaviour Support Teams, targeted workers within Adolescent Drug & "
      + "Alcohol Service (A-DASH), Housing, Health services and parenting support.",
    details: [
      LabelledText(
        "Table column heading", "Additional/Complex Needs",
        source: Citation("Needs indicator tables, Level 2: Targeted column")),
      LabelledText(
        "NB",
        "NB: Contact details for CAF service representatives are available via the "
          + "Multi-Agency Team (MAT) List at: www.hertsdirect.org/matlist or use the search "
          + "facility typing in “MAT List” on an HCC website (please note that practitioners "
          + "requiring a password need to follow the prompts).",
        source: Citation("Level 2 : Targeted")),
      LabelledText(
        "When to do a CAF",
        "There is no need to do a CAF for children and young people who are progressing well, "
          + "or where your service can meet the full range of those needs. However, if there "
          + "are unmet needs, or you are unclear about a child/young person’s needs, then a "
          + "Common Assessment (CAF) would provide a holistic assessment of strengths and needs "
          + "and could lead to support via Team Around the Child. Working together with "
          + "parents/carers to address needs is important to achieving improved outcomes and "
          + "parents/carers’ acknowledgement of concerns and acceptance of their part in the "
          + "meeting their child’s needs is critical. At times, this requires some open "
          + "discussion with parents in order to progress targeted support.",
        source: Citation("Level 2 : Targeted")),
    ],
    source: Citation("Level 2 : Targeted")),
  Level(
    rank: 3, label: "Levels 3 & 4", name: "Specialist",
    categories: [.childInNeed, .childProtection],
    description:
      "Children and young people with high complex needs, or where safeguarding can only be "
      + "achieved by the involvement of specialist services.",
    details: [
      LabelledText(
        "Table column heading", "Specialist Needs and Safeguarding",
        source: Citation(
          "Needs indicator tables, Level 3 & 4: Specialist column",
          note: "The section heads the level “Levels 3 & 4 : Specialist”; the tables head the "
            + "column “Level 3 & 4: Specialist”.")),
      LabelledText(
        "Specialist services", specialistSectionCell, source: Citation(specialistSection)),
      LabelledText(
        "Additional key services",
        "Additional key services involved at this level include Children & Families Social "
          + "Care, Police, Disabled Children’s Service and other statutory and specialist "
          + "services e.g. special educational needs, specialist health or disability services, "
          + "Youth Offending Team, Specialist Child and Adolescent Mental Health Services "
          + "(CAMHS), Adolescent Drug and Alcohol Service Hertfordshire (A-DASH). Such cases may "
          + "require a statutory or specialist assessment (remember the CAF must not replace "
          + "specialist assessments). If a CAF exists, the information in the CAF can inform a "
          + "specialist assessment.",
        source: Citation(specialistSection)),
    ],
    source: Citation(specialistSection)),
]

// MARK: - Domains

private let hertfordshireDomains: [Domain] = [
  Domain(
    id: "specialist-services", name: "Levels 3 & 4 : Specialist",
    source: Citation(
      specialistSection,
      note: "The section's bulleted reasons for a specialist service; not one of the nine "
        + "tables.")),
  Domain(
    id: "health", name: "Health", source: Citation("Needs indicators, Health table"),
    appliesBeforeBirth: false),
  Domain(
    id: "education-and-learning", name: "Education & Learning",
    source: Citation("Needs indicators, Education & Learning table"), appliesBeforeBirth: false),
  Domain(
    id: "emotional-behavioural-development", name: "Emotional/Behavioural Development",
    source: Citation("Needs indicators, Emotional/Behavioural Development table"),
    appliesBeforeBirth: false),
  Domain(
    id: "identity", name: "Identity", source: Citation("Needs indicators, Identity table"),
    appliesBeforeBirth: false),
  Domain(
    id: "family-and-social-relationships", name: "Family and Social Relationships",
    source: Citation(
      "Needs indicators, Family and Social Relationships table",
      note: "Most of its bullets describe the child's own relationships, so the table does not "
        + "apply before birth except where a bullet is about the family (see the note “Before "
        + "birth”)."),
    appliesBeforeBirth: false),
  Domain(
    id: "social-presentation", name: "Social Presentation",
    source: Citation("Needs indicators, Social Presentation table"), appliesBeforeBirth: false),
  Domain(
    id: "self-care-skills", name: "Self-Care Skills",
    source: Citation("Needs indicators, Self-Care Skills table"), appliesBeforeBirth: false),
  Domain(
    id: "parenting-capacity", name: "Parenting Capacity",
    source: Citation("Needs indicators, Parenting Capacity table")),
  Domain(
    id: "family-and-environmental", name: "Family and Environmental",
    source: Citation("Needs indicators, Family and Environmental table")),
]

// MARK: - Indicators

/// Indicators whose before-birth rule is not their domain's (see the note “Before birth”).
private let hertfordshireBeforeBirth: [String: BeforeBirth] = [
  // Levels 3 & 4 : Specialist section (applies before birth), except:
  "hertfordshire-specialist-disabled-child-requires-specialist-services": .doesNotApply,
  "hertfordshire-specialist-remanded-into-local-authority-care": .doesNotApply,
  "hertfordshire-specialist-imminent-family-breakdown": .doesNotApply,
  "hertfordshire-specialist-privately-fostered": .doesNotApply,
  // Health (does not apply before birth), except:
  "hertfordshire-not-attending-routine-health-appointments": .applies,
  "hertfordshire-persistent-missing-of-health-appointments": .applies,
  "hertfordshire-teenage-pregnancy": .applies,
  // Family and Social Relationships (does not apply before birth), except:
  "hertfordshire-chaotic-routines": .applies,
  "hertfordshire-family-is-isolated": .applies,
  "hertfordshire-poor-relationships-with-extended-family": .applies,
  "hertfordshire-suffering-physical-emotional-sexual-neglectful-harm": .applies,
  // Social Presentation (does not apply before birth), except:
  "hertfordshire-parents-refusing-to-acknowledge-concerns": .applies,
  // Parenting Capacity (applies before birth), except:
  "hertfordshire-inappropriate-child-care-arrangements": .doesNotApply,
  "hertfordshire-basic-care-sometimes-inconsistent": .doesNotApply,
  "hertfordshire-parents-struggling-to-meet-needs": .doesNotApply,
  "hertfordshire-basic-care-inconsistent-and-impacting": .doesNotApply,
  "hertfordshire-food-warmth-basics-not-always-available": .doesNotApply,
  "hertfordshire-sometimes-lacking-in-supervision": .doesNotApply,
  "hertfordshire-concern-around-child-care-arrangements": .doesNotApply,
  "hertfordshire-inappropriate-or-frequent-visits-to-doctor": .doesNotApply,
  "hertfordshire-parents-own-emotional-needs": .doesNotApply,
  "hertfordshire-inconsistent-boundaries": .doesNotApply,
  "hertfordshire-young-child-abandoned-or-home-alone": .doesNotApply,
  "hertfordshire-left-with-adult-known-to-be-risk": .doesNotApply,
  // Family and Environmental (applies before birth), except:
  "hertfordshire-loss-of-significant-adult-family-and-environmental": .doesNotApply,
  "hertfordshire-young-carer-family-and-environmental": .doesNotApply,
  "hertfordshire-family-uses-substances-in-front-of-children": .doesNotApply,
  "hertfordshire-refugee-and-unaccompanied-asylum-seeking-children": .doesNotApply,
]

private let hertfordshireIndicators: [Indicator] = {
  let indicators = hertfordshireIndicatorGroups.flatMap { $0 }
  assert(
    Set(hertfordshireBeforeBirth.keys).isSubset(of: indicators.map(\.id)),
    "a before-birth exception names an indicator that does not exist")
  return indicators.map { indicator in
    hertfordshireBeforeBirth[indicator.id].map { indicator.with(beforeBirth: $0) } ?? indicator
  }
}()

/// The “Levels 3 & 4 : Specialist” section's lead-in and seven bullets, as printed (lines
/// re-joined): each bullet, its agency bracket aside, is one indicator that finishes the
/// lead-in's “due to:” (see the note “Printed cells”).
private let specialistSectionCell =
  "Various specialist services are within this category, requiring specialist assessment "
  + "(Level 3) or immediate intervention, including accommodation (Level 4), due to:\n"
  + "• Disabled child requires specialist services (including short breaks) to prevent "
  + "immediate risk of significant impairment which might directly affect child’s "
  + "growth, development, physical or mental wellbeing OR to prevent the need for long "
  + "term accommodation (Disabled Children’s Service)\n"
  + "• Young people remanded into Local Authority Care because of criminal activity "
  + "(Youth Offending Service)\n"
  + "• Evidence that the child is suffering, or at risk of suffering significant harm "
  + "(Social Care)\n"
  + "• Reasonable cause to believe the child may be suffering, or at risk of suffering, "
  + "significant harm (Social Care)\n"
  + "• Children experiencing significant harm who may need to be accommodated by the "
  + "local authority either on a voluntary basis or by way of a court order (Social "
  + "Care)\n"
  + "• When a child or young person is at risk of imminent family breakdown or "
  + "breakdown has already occurred (Social Care)\n"
  + "• When a child may be Privately Fostered (Social Care)"

private let interleavedNote =
  "The extracted text interleaves this column line by line with the neighbouring column; each "
  + "bullet is rebuilt from alternate lines."

private let hertfordshireIndicatorGroups: [[Indicator]] = [
  // Levels 3 & 4 : Specialist section: the reasons for a specialist service, each with the
  // whole section as its printed cell.
  (Indicator.group(
    Citation("\(specialistSection), bullet 1"), level: 3, domain: "specialist-services",
    agencies: ["Disabled Children’s Service"],
    [
      (
        "hertfordshire-specialist-disabled-child-requires-specialist-services",
        "Disabled child requires specialist services (including short breaks) to prevent immediate risk of significant impairment which might directly affect child’s growth, development, physical or mental wellbeing OR to prevent the need for long term accommodation"
      )
    ])
    + Indicator.group(
      Citation("\(specialistSection), bullet 2"), level: 3, domain: "specialist-services",
      agencies: ["Youth Offending Service"],
      [
        (
          "hertfordshire-specialist-remanded-into-local-authority-care",
          "Young people remanded into Local Authority Care because of criminal activity"
        )
      ])
    + Indicator.group(
      Citation("\(specialistSection), bullets 3-7"), level: 3, domain: "specialist-services",
      agencies: socialCare,
      [
        (
          "hertfordshire-specialist-evidence-of-significant-harm",
          "Evidence that the child is suffering, or at risk of suffering significant harm"
        ),
        (
          "hertfordshire-specialist-reasonable-cause-to-believe-significant-harm",
          "Reasonable cause to believe the child may be suffering, or at risk of suffering, significant harm"
        ),
        (
          "hertfordshire-specialist-may-need-to-be-accommodated",
          "Children experiencing significant harm who may need to be accommodated by the local authority either on a voluntary basis or by way of a court order"
        ),
        (
          "hertfordshire-specialist-imminent-family-breakdown",
          "When a child or young person is at risk of imminent family breakdown or breakdown has already occurred"
        ),
        ("hertfordshire-specialist-privately-fostered", "When a child may be Privately Fostered"),
      ])).map { $0.with(printedCell: specialistSectionCell) },

  // Health
  Indicator.group(
    table("Health", 1), level: 1, domain: "health",
    [
      ("hertfordshire-low-weight-gain", "Low weight gain"),
      ("hertfordshire-overweight-obese", "Overweight/obese"),
      (
        "hertfordshire-not-attending-routine-health-appointments",
        "Not attending routine health appointments"
      ),
      (
        "hertfordshire-slow-reaching-developmental-milestones",
        "Slow in reaching developmental milestones"
      ),
      (
        "hertfordshire-minor-health-problems-affecting-attendance",
        "Minor health problems affecting school attendance"
      ),
      ("hertfordshire-lack-of-dental-care-checks", "Lack of dental care checks or treatment"),
      (
        "hertfordshire-experimental-drug-use-smoking-alcohol",
        "Experimental drug use, including smoking and alcohol"
      ),
    ]),
  Indicator.group(
    table("Health", 2), level: 2, domain: "health",
    [
      (
        "hertfordshire-obesity-impacting-on-health-learning", "Obesity impacting on health/learning"
      ),
      ("hertfordshire-chronic-recurring-health-problems", "Chronic/recurring health problems"),
      (
        "hertfordshire-lack-of-food-dietary-needs-not-met",
        "Lack of food/dietary needs persistently not being met"
      ),
      (
        "hertfordshire-disabled-child-requires-support-to-access-services",
        "A disabled child or young person requires support to access services to broaden experiences and/or prevent build up of stress in family or to prevent impairment/alleviate stress in family"
      ),
      (
        "hertfordshire-concerns-about-developmental-progress",
        "Concerns about developmental progress"
      ),
      (
        "hertfordshire-persistent-missing-of-health-appointments",
        "Persistent missing of health appointments"
      ),
      ("hertfordshire-dietary-needs-persistently-not-met", "Dietary needs persistently not met"),
      (
        "hertfordshire-limited-restricted-diet-no-breakfast",
        "Limited/restricted diet, no breakfast, no lunch money"
      ),
      ("hertfordshire-untreated-dental-decay", "Untreated dental decay"),
      ("hertfordshire-some-sexualised-behaviour-health", "Some sexualised behaviour"),
      (
        "hertfordshire-substance-misuse-persistent-or-high-risk",
        "Substance misuse incl. persistent use or high risk experimentation"
      ),
      (
        "hertfordshire-unsafe-or-regular-sexual-activity", "‘Unsafe’ and/or regular sexual activity"
      ),
      ("hertfordshire-teenage-pregnancy", "Teenage pregnancy"),
      ("hertfordshire-sexually-transmitted-infections", "Sexually Transmitted Infections"),
    ]),
  [
    Indicator(
      id: "hertfordshire-vulnerability-to-sexual-exploitation-over-13",
      text: "Vulnerability to sexual exploitation (over 13 yrs)",
      level: 2, domain: "health", age: over13,
      source: table(
        "Health", 2,
        note: "“over 13 yrs” is read as 13 and over: a child of 13 in whole years is older "
          + "than 13 years, and it is the complement of “under 13 yrs” in “Sexual exploitation "
          + "of child under 13 yrs”; 14 and over would leave a 13-year-old with neither."))
  ],
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: policeSocialCare,
    [
      ("hertfordshire-unexplained-injury", "Unexplained injury")
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", age: under13,
    agencies: ["Social Care", "Police"],
    [
      (
        "hertfordshire-sexual-exploitation-of-child-under-13",
        "Sexual exploitation of child under 13 yrs"
      )
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: ["Social Care", "Police"],
    [
      (
        "hertfordshire-parent-deliberately-injures-or-induces-illness",
        "A parent or carer deliberately injures or induces illness in a child by hitting, shaking, throwing, poisoning, burning or scalding, drowning or suffocating or otherwise causing physical harm"
      )
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: specialistCAMHS,
    [
      ("hertfordshire-mental-health-crisis", "Mental health crisis")
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: ["Disabled Children’s Service"],
    [
      (
        "hertfordshire-disabled-child-requires-specialist-services",
        "Disabled child/young person requires specialist services (including short breaks) to prevent immediate risk of significant impairment which might directly affect child’s growth, development, physical or mental wellbeing OR to prevent the need for long term accommodation"
      )
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: ["Health"],
    [
      (
        "hertfordshire-problematic-substance-misuse-requiring-detox",
        "Problematic substance misuse requiring pharmacological intervention, detox and rehabilitation"
      )
    ]),
  Indicator.group(
    table("Health", 3), level: 3, domain: "health", agencies: specialistCAMHS,
    [
      (
        "hertfordshire-mental-health-problems-threat-of-suicide",
        "Mental health problems e.g., threat of suicide, psychotic episode, severe depression"
      )
    ]),

  // Education & Learning
  Indicator.group(
    table("Education & Learning", 1), level: 1, domain: "education-and-learning",
    [
      ("hertfordshire-poor-home-school-links", "Poor home/school links"),
      ("hertfordshire-poor-peer-relationships", "Poor peer relationships"),
      (
        "hertfordshire-not-always-engaged-in-learning",
        "Not always engaged in learning or organised activities"
      ),
      ("hertfordshire-poor-concentration-low-motivation", "Poor concentration, low motivation"),
      ("hertfordshire-limited-evidence-of-progression", "Limited evidence of progression"),
      ("hertfordshire-speech-language-difficulties", "Speech/language difficulties"),
      (
        "hertfordshire-disability-affecting-access-to-learning",
        "Disability affecting access to learning or extracurricular activity"
      ),
      (
        "hertfordshire-little-evidence-of-stimulation-from-carers",
        "Little evidence of stimulation from carers"
      ),
      ("hertfordshire-on-school-action-education", "On ‘School Action’/‘School Action+’"),
      ("hertfordshire-poor-punctuality", "Poor punctuality"),
      (
        "hertfordshire-regular-school-absences-or-truanting", "Regular school absences or truanting"
      ),
    ]),
  Indicator.group(
    table("Education & Learning", 1), level: 1, domain: "education-and-learning",
    age: aged16to18,
    [
      ("hertfordshire-neet-for-12-weeks-or-more", "NEET for 12 weeks or more (16-18 yrs)")
    ]),
  Indicator.group(
    table("Education & Learning", 2, note: interleavedNote), level: 2,
    domain: "education-and-learning",
    [
      (
        "hertfordshire-has-statement-of-special-educational-needs",
        "Has a statement of Special Educational Needs"
      ),
      (
        "hertfordshire-disability-requiring-specialist-advice-support",
        "Disability requiring specialist advice, support or equipment"
      ),
      ("hertfordshire-inadequate-education-progress", "Inadequate education progress"),
      ("hertfordshire-persistent-non-school-attendance", "Persistent non school attendance"),
      (
        "hertfordshire-puts-peers-at-risk-through-behaviour", "Puts peers at risk through behaviour"
      ),
      ("hertfordshire-inappropriate-social-behaviour", "Inappropriate social behaviour"),
    ]),
  Indicator.group(
    table(
      "Education & Learning", 2,
      note: "Printed after the Level 3 & 4 column ends, in one column: placed at Level 2 because "
        + "the bullets carry no agency bracket (every Level 3 & 4 bullet has one) and continue "
        + "the Level 2 column's lines."),
    level: 2, domain: "education-and-learning",
    [
      (
        "hertfordshire-unresolved-speech-and-language-difficulties",
        "Unresolved speech and language difficulties"
      ),
      (
        "hertfordshire-permanent-or-fixed-period-exclusions", "Permanent or fixed-period exclusions"
      ),
      ("hertfordshire-poor-home-school-link-level-2", "Poor home/school link"),
      ("hertfordshire-no-school-placement", "No school placement"),
      (
        "hertfordshire-constant-failure-of-carer-to-provide-stimulation",
        "Constant failure of carer to provide stimulation"
      ),
    ]),
  Indicator.group(
    table(
      "Education & Learning", 2,
      note: "Printed after the Level 3 & 4 column ends, in one column: placed at Level 2 because "
        + "it carries no agency bracket and continues the Level 2 column's lines. “post 16 "
        + "yrs” is read as 16 and over."),
    level: 2, domain: "education-and-learning", age: post16,
    [
      (
        "hertfordshire-neet-post-16-with-complex-needs",
        "Not in Education, Employment or Training (NEET) post 16 yrs with complex needs"
      )
    ]),
  Indicator.group(
    table("Education & Learning", 3, note: interleavedNote), level: 3,
    domain: "education-and-learning", agencies: ["Education"],
    [
      (
        "hertfordshire-no-education-due-to-parents-refusal",
        "No education in place due to parents refusal"
      )
    ]),
  Indicator.group(
    table(
      "Education & Learning", 3,
      note: interleavedNote + " The bracket “(Education/post 16 - Youth Connexions)” gives the "
        + "agencies “Education” and “post 16 - Youth Connexions”."),
    level: 3, domain: "education-and-learning",
    agencies: ["Education", "post 16 - Youth Connexions"],
    [
      (
        "hertfordshire-significant-complex-educational-needs",
        "The child or young person has educational needs which are significant and complex requiring further assessment or support which cannot be provided by mainstream settings"
      )
    ]),

  // Emotional/Behavioural Development
  Indicator.group(
    table(
      "Emotional/Behavioural Development", 1,
      note: "The extracted text prints this list after the Level 2 and Level 3 & 4 lists, under "
        + "the table's heading; it is set in the narrow Level 1 column."),
    level: 1, domain: "emotional-behavioural-development",
    [
      ("hertfordshire-difficult-family-relationships", "Difficult family relationships"),
      ("hertfordshire-difficult-peer-relationships", "Difficult peer relationships"),
      (
        "hertfordshire-on-school-action-emotional-behavioural", "On School Action or School Action+"
      ),
      (
        "hertfordshire-some-inappropriate-responses-and-actions",
        "Some inappropriate responses and actions"
      ),
      ("hertfordshire-finds-managing-change-difficult", "Finds managing change difficult"),
      ("hertfordshire-poor-routines", "Poor routines"),
      ("hertfordshire-separation-anxiety", "Separation anxiety"),
      (
        "hertfordshire-not-always-able-to-understand-impact",
        "Not always able to understand how own actions impact on others"
      ),
      (
        "hertfordshire-not-always-able-to-make-safe-leisure-choices",
        "Not always able to make safe leisure choices"
      ),
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 2), level: 2,
    domain: "emotional-behavioural-development",
    [
      (
        "hertfordshire-difficult-to-cope-with-anger-and-frustration",
        "Child finds it difficult to cope with anger and frustration"
      ),
      (
        "hertfordshire-some-sexualised-behaviour-emotional-behavioural", "Some sexualised behaviour"
      ),
      ("hertfordshire-withdrawn-unwilling-to-engage", "Withdrawn/unwilling to engage"),
      (
        "hertfordshire-disruptive-challenging-behaviour",
        "Disruptive/challenging behaviour at school or pre-school setting or in neighbourhood"
      ),
      (
        "hertfordshire-limited-ability-to-understand-impact",
        "Limited ability to understand how actions impact on others"
      ),
      (
        "hertfordshire-persistent-insecure-attachments",
        "Evidence of persistent/insecure attachments"
      ),
      (
        "hertfordshire-cannot-maintain-peer-relationships",
        "Cannot maintain peer relationships e.g. is aggressive, bully, bullied etc."
      ),
      ("hertfordshire-starting-to-offend", "Starting to offend"),
      (
        "hertfordshire-unable-to-connect-cause-and-effect",
        "Unable to connect cause and effect of own actions"
      ),
      ("hertfordshire-unable-to-display-empathy", "Unable to display empathy"),
      ("hertfordshire-risky-behaviour-choices", "Risky behaviour choices"),
      ("hertfordshire-absconding", "Absconding"),
      (
        "hertfordshire-regularly-involved-in-anti-social-activities",
        "Regularly involved in anti-social or criminal activities"
      ),
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: socialCare,
    [
      (
        "hertfordshire-emotional-abuse",
        "Emotional abuse – a child is persistently maltreated as to cause severe and persistent adverse effects to their emotional development"
      )
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: policeSocialCare,
    [
      (
        "hertfordshire-sexual-abuse",
        "Sexual abuse – forcing or enticing a child to take part in sexual activities including both contact and non-contact (pornographic, voyeuristic) abuse"
      )
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", age: under13, agencies: policeSocialCare,
    [
      ("hertfordshire-sexual-activity-under-13", "Sexual activity when a child is under 13 yrs")
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: policeSocialCare,
    [
      (
        "hertfordshire-involved-in-prostitution-or-trafficking",
        "Involved in prostitution or child trafficking"
      )
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: ["Youth Offending Service"],
    [
      (
        "hertfordshire-prosecution-for-offences",
        "Prosecution for offences – resulting in court orders, custodial sentences, ASBOs etc"
      )
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: specialistCAMHS,
    [
      (
        "hertfordshire-significant-mental-health-problems-emotional-behavioural",
        "Significant mental health problems"
      )
    ]),
  Indicator.group(
    table("Emotional/Behavioural Development", 3), level: 3,
    domain: "emotional-behavioural-development", agencies: ["Police"],
    [
      ("hertfordshire-missing-child-or-young-person", "Missing child or young person")
    ]),

  // Identity
  Indicator.group(
    table("Identity", 1), level: 1, domain: "identity",
    [
      ("hertfordshire-poor-self-confidence", "Poor self confidence"),
      (
        "hertfordshire-some-insecurities-around-identity",
        "Some insecurities around identity expressed (low self esteem)"
      ),
      (
        "hertfordshire-child-subject-to-discrimination",
        "Child subject to discrimination e.g. racial, sexual or due to disability"
      ),
      ("hertfordshire-low-aspirations-for-the-future", "Low aspirations for the future"),
      ("hertfordshire-few-if-any-achievements", "Few if any achievements"),
    ]),
  Indicator.group(
    table("Identity", 2, note: "“selfesteem” is printed without a hyphen and kept so."),
    level: 2, domain: "identity",
    [
      ("hertfordshire-significantly-low-self-esteem", "Demonstrates significantly low selfesteem")
    ]),
  Indicator.group(
    table("Identity", 2), level: 2, domain: "identity",
    [
      (
        "hertfordshire-mental-health-problems-becoming-manifest",
        "Mental health problems becoming manifest"
      ),
      ("hertfordshire-possible-eating-disorders", "Possible eating disorders"),
      (
        "hertfordshire-socially-isolated-lacks-role-models",
        "Socially isolated/lacks appropriate role models"
      ),
      (
        "hertfordshire-experiences-discrimination",
        "Experiences discrimination e.g. on the basis of ethnicity, race, religious beliefs, sexual orientation or disability"
      ),
      (
        "hertfordshire-self-image-distorted",
        "Child’s self-image distorted and may demonstrate fear of, or persecution by others"
      ),
      (
        "hertfordshire-aligns-with-others-anti-social-behaviour",
        "Aligns with others’ anti-social behaviour to seek acceptance"
      ),
      (
        "hertfordshire-easily-led-into-risk-taking-behaviour",
        "Easily led into anti-social or risk taking behaviour such as sexual activity or substance use"
      ),
      ("hertfordshire-victim-of-crime", "Victim of crime where other support services can assist"),
      ("hertfordshire-self-harming-identity", "Self-harming"),
    ]),
  Indicator.group(
    table("Identity", 3), level: 3, domain: "identity", agencies: specialistCAMHS,
    [
      (
        "hertfordshire-significant-mental-health-problems-identity",
        "Significant mental health problems"
      ),
      (
        "hertfordshire-self-harm-and-speaking-about-suicide",
        "Self-harm and speaking about suicide, where previous suicide attempted"
      ),
    ]),

  // Family and Social Relationships
  Indicator.group(
    table(
      "Family and Social Relationships", 1,
      note: "The extracted text prints this list after the Level 2 and Level 3 & 4 lists, just "
        + "above the table's heading; it is set in the narrow Level 1 column."),
    level: 1, domain: "family-and-social-relationships",
    [
      ("hertfordshire-chaotic-routines", "Chaotic routines"),
      ("hertfordshire-lack-of-positive-role-models", "Child has lack of positive role models"),
      (
        "hertfordshire-some-difficulties-sustaining-relationships",
        "Child has some difficulties sustaining relationships"
      ),
      ("hertfordshire-family-is-isolated", "Family is isolated"),
    ]),
  Indicator.group(
    table("Family and Social Relationships", 2), level: 2,
    domain: "family-and-social-relationships",
    [
      ("hertfordshire-receives-inconsistent-parenting", "Receives inconsistent parenting"),
      (
        "hertfordshire-disabled-childs-care-needs-limit-participation",
        "Disabled child’s level of care needs limit participation in community activities"
      ),
      (
        "hertfordshire-disabled-childs-care-needs-impair-development",
        "Disabled child’s care needs result in him/her being unable to participate in family or community activities which leads to an impairment of his/her social emotional development"
      ),
      (
        "hertfordshire-often-left-at-home-alone",
        "Often left at home alone for long periods of time (judgement needed re: age of child and ‘home alone’ issues)"
      ),
      (
        "hertfordshire-defiance-of-home-rules",
        "Defiance of home rules, becoming increasingly oppositional"
      ),
      (
        "hertfordshire-socialises-with-older-young-people",
        "Socialises significantly with older young people"
      ),
      (
        "hertfordshire-may-be-inappropriately-receiving-gifts",
        "Child/young person may be inappropriately receiving food/accommodation, drugs, alcohol, cigarettes, affection, gifts, money"
      ),
      (
        "hertfordshire-parents-persistently-cold-or-rejecting",
        "Parents/carers are persistently cold or rejecting towards the child or young person"
      ),
      (
        "hertfordshire-young-carer-family-and-social-relationships",
        "Child or young person is a Young Carer"
      ),
      (
        "hertfordshire-difficult-concerning-sibling-relationships",
        "Difficult/concerning sibling relationships"
      ),
      (
        "hertfordshire-poor-relationships-with-extended-family",
        "Poor relationships with extended family"
      ),
      (
        "hertfordshire-loss-of-significant-adult-family-and-social-relationships",
        "Child/young person has experienced loss of significant adult (e.g. through bereavement)"
      ),
    ]),
  Indicator.group(
    table("Family and Social Relationships", 3), level: 3,
    domain: "family-and-social-relationships", agencies: ["Housing", "Social Care"],
    [
      (
        "hertfordshire-family-breakdown-without-accommodation",
        "Family breakdown has occurred leaving child or young person without accommodation"
      )
    ]),
  Indicator.group(
    table("Family and Social Relationships", 3), level: 3,
    domain: "family-and-social-relationships", agencies: policeSocialCare,
    [
      (
        "hertfordshire-traumatised-by-domestic-violence",
        "A child is traumatised, injured or neglected as a result of domestic violence or persistent serious verbal threats"
      ),
      (
        "hertfordshire-suffering-physical-emotional-sexual-neglectful-harm",
        "Child is or may be suffering physical, emotional, sexual or significant neglectful harm"
      ),
    ]),
  Indicator.group(
    table(
      "Family and Social Relationships", 3,
      note: "One bullet of two sentences; the full stop after “money” is kept."),
    level: 3, domain: "family-and-social-relationships", agencies: ["Police"],
    [
      (
        "hertfordshire-inappropriately-receiving-gifts-grooming-concern",
        "Child/young person may be inappropriately receiving food/accommodation, drugs, alcohol, cigarettes, affection, gifts, money. Concern re: grooming/exploitation"
      )
    ]),
  Indicator.group(
    table("Family and Social Relationships", 3), level: 3,
    domain: "family-and-social-relationships", agencies: policeSocialCare,
    [
      (
        "hertfordshire-texts-emails-evidencing-grooming-concern",
        "Texts, emails or social networking sites - evidencing concern about ‘grooming’ or child exploitation (including sexual exploitation)"
      )
    ]),
  Indicator.group(
    table("Family and Social Relationships", 3), level: 3,
    domain: "family-and-social-relationships", agencies: socialCare,
    [
      (
        "hertfordshire-at-risk-of-imminent-family-breakdown",
        "Child or young person is at risk of imminent family breakdown"
      )
    ]),

  // Social Presentation
  Indicator.group(
    table("Social Presentation", 1), level: 1, domain: "social-presentation",
    [
      ("hertfordshire-inappropriate-clothing", "Inappropriate clothing (e.g. too small)"),
      (
        "hertfordshire-over-friendly-or-withdrawn", "Child can be either over friendly or withdrawn"
      ),
      (
        "hertfordshire-lack-of-school-uniform",
        "Lack of school uniform impacting on progress/relationships in school"
      ),
      (
        "hertfordshire-may-not-always-be-clean",
        "Child may not always be clean - may suffer from teasing at school about being ‘smelly’"
      ),
      ("hertfordshire-appears-alone-and-unconnected", "Child appears to be alone and unconnected"),
      (
        "hertfordshire-clothing-sexually-provocative",
        "Clothing sexually provocative or inappropriate for setting"
      ),
    ]),
  Indicator.group(
    table("Social Presentation", 2), level: 2, domain: "social-presentation",
    [
      (
        "hertfordshire-clothing-regularly-unwashed",
        "Clothing is regularly unwashed and frequently ill fitting"
      ),
      (
        "hertfordshire-poor-hygiene-leads-to-alienation",
        "Poor hygiene leads to alienation from peers"
      ),
      (
        "hertfordshire-appearance-reflects-poor-care",
        "Child’s appearance reflects poor care - poor hygiene, dirty clothes, ill fitting shoes, lack of appropriate hair and skin care"
      ),
      ("hertfordshire-rejection-or-taunting-by-peers", "Rejection or taunting by peers"),
      (
        "hertfordshire-unable-to-discriminate-puts-self-at-risk",
        "Child unable to discriminate and likely to put self at risk"
      ),
      ("hertfordshire-wary-or-watchful-of-carers", "Child wary or watchful of carers/people"),
      (
        "hertfordshire-provocative-in-behaviour-appearance",
        "Child may be provocative in behaviour/appearance"
      ),
      ("hertfordshire-alienates-self-from-school", "Alienates self from school"),
      ("hertfordshire-self-harming-social-presentation", "Self harming"),
    ]),
  Indicator.group(
    table("Social Presentation", 3), level: 3, domain: "social-presentation",
    agencies: socialCare,
    [
      (
        "hertfordshire-parents-refusing-to-acknowledge-concerns",
        "Parents refusing to acknowledge or accept concerns where risk of significant harm"
      )
    ]),

  // Self-Care Skills
  Indicator.group(
    table(
      "Self-Care Skills", 1,
      note: "The extracted text prints this list after the other two columns, under the table's "
        + "heading; it is set in the narrow Level 1 column."),
    level: 1, domain: "self-care-skills",
    [
      ("hertfordshire-slow-to-develop-self-care-skills", "Child slow to develop self-care skills"),
      ("hertfordshire-disability-limits-self-care", "Disability limits self-care"),
      ("hertfordshire-not-always-adequate-self-care", "Not always adequate self-care"),
    ]),
  Indicator.group(
    table("Self-Care Skills", 2, note: interleavedNote), level: 2, domain: "self-care-skills",
    [
      (
        "hertfordshire-little-no-responsibility-for-self-care",
        "Little/no responsibility for self-care tasks"
      ),
      (
        "hertfordshire-disability-prevents-self-care",
        "Disability prevents self-care in range of tasks"
      ),
    ]),
  Indicator.group(
    table(
      "Self-Care Skills", 2,
      note: "Printed after the Level 3 & 4 bullet ends, in one column: placed at Level 2 because "
        + "it carries no agency bracket and continues the Level 2 column's lines."),
    level: 2, domain: "self-care-skills",
    [
      (
        "hertfordshire-activities-preventing-self-care",
        "Young person engaged in activities preventing self-care on an ongoing basis e.g. substance misuse"
      )
    ]),
  Indicator.group(
    table(
      "Self-Care Skills", 3,
      note: interleavedNote + " The agency is printed “Disabled Children‘s Service”, with an "
        + "opening quote, and kept so."),
    level: 3, domain: "self-care-skills", agencies: ["Disabled Children‘s Service"],
    [
      (
        "hertfordshire-severe-disability-relies-totally-on-others",
        "Severe disability – child relies totally on other people to meet care needs"
      )
    ]),

  // Parenting Capacity
  Indicator.group(
    table(
      "Parenting Capacity", 1,
      note: "The extracted text prints this list after the Level 2 and Level 3 & 4 lists; it is "
        + "set in the narrow Level 1 column."),
    level: 1, domain: "parenting-capacity",
    [
      (
        "hertfordshire-parent-struggling-low-level-support",
        "Parent struggling requiring low level of support"
      ),
      ("hertfordshire-anxious-inexperienced-parents", "Anxious/inexperienced parent(s)"),
      (
        "hertfordshire-inappropriate-child-care-arrangements",
        "Inappropriate child care arrangements"
      ),
      (
        "hertfordshire-emerging-needs-acrimonious-divorce",
        "Emerging needs due to acrimonious divorce/separation of parents"
      ),
      ("hertfordshire-basic-care-sometimes-inconsistent", "Basic care is sometimes inconsistent"),
    ]),
  Indicator.group(
    table("Parenting Capacity", 2), level: 2, domain: "parenting-capacity",
    [
      (
        "hertfordshire-parents-struggling-to-meet-needs",
        "Parents struggling to meet needs where evidence of impact on child/young person"
      ),
      (
        "hertfordshire-basic-care-inconsistent-and-impacting",
        "Basic care is inconsistent and impacting on child/young person"
      ),
      (
        "hertfordshire-food-warmth-basics-not-always-available",
        "Food, warmth and other basics not always available"
      ),
      (
        "hertfordshire-sometimes-lacking-in-supervision",
        "Sometimes lacking in supervision and attention to safety"
      ),
      (
        "hertfordshire-concern-around-child-care-arrangements",
        "Concern around child-care arrangements"
      ),
      ("hertfordshire-family-life-chaotic", "Family life is chaotic and impacting on child"),
      (
        "hertfordshire-inappropriate-or-frequent-visits-to-doctor",
        "Inappropriate or frequent visits to doctor/casualty"
      ),
      (
        "hertfordshire-conflict-indicating-relationship-difficulties",
        "Conflict indicating couple or family relationship difficulties"
      ),
      (
        "hertfordshire-parents-health-impacts-on-care",
        "Parent’s mental and/or physical health and/or disability impact on care of child/young person"
      ),
      (
        "hertfordshire-parents-own-emotional-needs",
        "Parents have their own emotional needs which, on occasion, impact on the emotional warmth given to the child/young person"
      ),
      ("hertfordshire-inconsistent-boundaries", "Parent/carer offers inconsistent boundaries"),
      (
        "hertfordshire-acrimonious-divorce-impacting-on-child",
        "Acrimonious divorce/separation impacting on child or young person"
      ),
    ]),
  Indicator.group(
    table("Parenting Capacity", 3), level: 3, domain: "parenting-capacity",
    agencies: policeSocialCare,
    [
      (
        "hertfordshire-parents-have-abused-neglected-child",
        "Parents have, or may have, abused/neglected the child/young person"
      )
    ]),
  Indicator.group(
    table("Parenting Capacity", 3), level: 3, domain: "parenting-capacity", agencies: socialCare,
    [
      (
        "hertfordshire-neglect",
        "Neglect – the persistent failure to meet a child’s basic physical and psychological needs which could cause significant harm to their health and development"
      )
    ]),
  Indicator.group(
    table(
      "Parenting Capacity", 3,
      note: "The agency is printed “(Police/Social care)”, with a lower-case “care”, and kept so."),
    level: 3, domain: "parenting-capacity", agencies: ["Police", "Social care"],
    [
      (
        "hertfordshire-young-child-abandoned-or-home-alone",
        "When a young child is abandoned, home alone, lost or no-one has parental responsibility"
      )
    ]),
  Indicator.group(
    table("Parenting Capacity", 3), level: 3, domain: "parenting-capacity", agencies: socialCare,
    [
      (
        "hertfordshire-previous-children-removed",
        "Previous child(ren) have been removed from parent’s care"
      ),
      (
        "hertfordshire-parents-needs-mean-cannot-keep-safe",
        "Parent’s own needs mean they cannot keep child/young person safe from significant harm"
      ),
    ]),
  Indicator.group(
    table("Parenting Capacity", 3), level: 3, domain: "parenting-capacity",
    agencies: policeSocialCare,
    [
      (
        "hertfordshire-unable-to-restrict-access-by-dangerous-adults",
        "Parent unable to restrict access to home by dangerous adults"
      )
    ]),
  Indicator.group(
    table("Parenting Capacity", 3), level: 3, domain: "parenting-capacity", agencies: ["Police"],
    [
      (
        "hertfordshire-left-with-adult-known-to-be-risk",
        "Child/young person left in the care of adult known or suspected to be a risk"
      )
    ]),
  Indicator.group(
    table(
      "Parenting Capacity", 3,
      note: "The bullet names unborn babies, so it applies only to an unborn child."),
    level: 3, domain: "parenting-capacity", age: unbornBabies, agencies: socialCare,
    [
      (
        "hertfordshire-unborn-baby-parent-risk-factors",
        "Unborn babies where a parent has mental health issues, personality/violence/anger issues, learning disability, substance misuse, ongoing domestic violence, beyond control teenagers, or young person brought up in care with poor experience of parenting"
      )
    ]),

  // Family and Environmental
  Indicator.group(
    table("Family and Environmental", 1, note: interleavedNote), level: 1,
    domain: "family-and-environmental",
    [
      (
        "hertfordshire-limited-support-from-friends-and-family",
        "Limited support from friends and family"
      ),
      ("hertfordshire-family-isolation", "Family isolation"),
      (
        "hertfordshire-concern-possibility-of-rent-arrears",
        "Concern re: possibility of rent arrears"
      ),
      ("hertfordshire-some-financial-difficulties", "Some financial difficulties"),
    ]),
  Indicator.group(
    table("Family and Environmental", 2, note: interleavedNote), level: 2,
    domain: "family-and-environmental",
    [
      (
        "hertfordshire-loss-of-significant-adult-family-and-environmental",
        "Child/young person has experienced loss of significant adult (e.g. through bereavement)"
      ),
      (
        "hertfordshire-parent-physical-disability-or-mental-health",
        "Parent/carer has physical disability or mental health difficulties which impact on their parenting"
      ),
    ]),
  Indicator.group(
    table(
      "Family and Environmental", 2,
      note: "Printed after the Level 1 column ends, in one column: placed at Level 2 because "
        + "the lines are wider than the narrow Level 1 column and continue the Level 2 column's "
        + "lines."),
    level: 2, domain: "family-and-environmental",
    [
      (
        "hertfordshire-parent-mental-health-requires-services",
        "Parent/carer has mental health difficulties which require additional services"
      ),
      (
        "hertfordshire-poor-relationship-with-extended-family",
        "Poor relationship with extended family"
      ),
      ("hertfordshire-inadequate-poor-housing", "Inadequate/poor housing"),
      (
        "hertfordshire-rent-arrears-risk-of-eviction", "Rent arrears put family at risk of eviction"
      ),
      ("hertfordshire-chronic-unemployment-within-family", "Chronic unemployment within family"),
      ("hertfordshire-basic-facilities-lacking", "Basic facilities lacking"),
      (
        "hertfordshire-financial-difficulties-impacting-on-family",
        "Financial difficulties impacting on family"
      ),
      ("hertfordshire-some-conflict-within-community", "Some conflict within the community"),
      ("hertfordshire-parents-socially-excluded", "Parents socially excluded"),
      ("hertfordshire-poor-access-to-services", "Poor access to services"),
      (
        "hertfordshire-move-to-new-county-or-language-barriers",
        "Move to new county or language barriers affecting family’s ability to engage with community or services"
      ),
      (
        "hertfordshire-young-carer-family-and-environmental",
        "Child or young person is a young carer"
      ),
      (
        "hertfordshire-family-uses-substances-in-front-of-children",
        "Family openly accepts or uses substances in front of children (including tobacco or alcohol)"
      ),
    ]),
  Indicator.group(
    table(
      "Family and Environmental", 3,
      note: "The extracted text prints this list before the table's heading and its other two "
        + "columns; every bullet names an agency."),
    level: 3, domain: "family-and-environmental", agencies: socialCare,
    [
      (
        "hertfordshire-history-of-suspicious-child-death",
        "History of suspicious child death in the family"
      )
    ]),
  Indicator.group(
    table(
      "Family and Environmental", 3,
      note: "“the third meaningful incident in a rolling year” is part of this indicator's "
        + "text; the practitioner judges it, the tool does not count incidents."),
    level: 3, domain: "family-and-environmental", agencies: socialCare,
    [
      (
        "hertfordshire-high-risk-domestic-violence-incident",
        "Any domestic violence incident constituting high risk or where the third meaningful incident in a rolling year"
      )
    ]),
  Indicator.group(
    table("Family and Environmental", 3), level: 3, domain: "family-and-environmental",
    agencies: policeSocialCare,
    [
      (
        "hertfordshire-wider-family-risk-to-children",
        "Members of the wider family are known to be, or suspected of being, a risk to children and having inappropriate contact with child/young person"
      )
    ]),
  Indicator.group(
    table("Family and Environmental", 3), level: 3, domain: "family-and-environmental",
    agencies: ["Housing", "Social Care"],
    [
      ("hertfordshire-homeless-or-imminently-so", "Homeless – or imminently so")
    ]),
  Indicator.group(
    table("Family and Environmental", 3), level: 3, domain: "family-and-environmental",
    agencies: socialCare,
    [
      (
        "hertfordshire-dangerous-home-conditions",
        "Home conditions are dangerous or levels of hygiene seriously threatening health"
      )
    ]),
  Indicator.group(
    table(
      "Family and Environmental", 3,
      note: "“of school age” qualifies only the first half of the bullet, so no age qualifier "
        + "is set."),
    level: 3, domain: "family-and-environmental",
    agencies: ["Children’s Asylum & Refugee Section"],
    [
      (
        "hertfordshire-refugee-and-unaccompanied-asylum-seeking-children",
        "Refugee children of school age and unaccompanied asylum-seeking and refugee children"
      )
    ]),
  Indicator.group(
    table("Family and Environmental", 3), level: 3, domain: "family-and-environmental",
    agencies: socialCare,
    [
      (
        "hertfordshire-parents-not-accepting-responsibility-basic-care",
        "Parents not acknowledging/accepting responsibility to address basic care needs of child/young person where evidence of significant harm"
      )
    ]),
]

// MARK: - Combination rules

private let hertfordshireRules: [CombinationRule] = [
  CombinationRule(
    id: "hertfordshire-highest-indicator",
    name: "The needs indicators are a guide: the level follows the highest indicator",
    sentence:
      "Working with children and families and identifying their needs is not an exact science "
      + "and the ‘needs indicators’ are a guide and are by no means exhaustive.",
    source: Citation("Introduction"),
    interpretation:
      "The document gives no rule for counting or combining indicators. The tool suggests the "
      + "level of the highest indicator selected; the document goes on: “There is no substitute "
      + "for professional judgement and discussion with others”. “the third meaningful incident "
      + "in a rolling year” is part of one Family and Environmental indicator's text, for the "
      + "practitioner to judge, not a count the tool makes.",
    effect: .highestIndicator)
]

// MARK: - Hertfordshire's routes

private let cafGuidanceWeb = Contact(
  "CAF Practitioner Guidance", .web, "www.hertsdirect.org/integratedpractice")
private let cafAdministratorPhone = Contact("CAF Administrator", .phone, "01438 737575")
private let cafAdministratorEmail = Contact(
  "CAF Administrator", .email, "caf-enquiries@hertscc.gov.uk")
private let childrenSchoolsFamilies = Contact(
  "Children Schools & Families", .phone, "0300 123 4043")

private let cafConsent =
  "CAF is based on family consent and, if this is not forthcoming, it is important to continue "
  + "working with the family and to keep the door open should there be a change of mind."
private let cafRefusal =
  "We have taken into account the need to record where a CAF has been refused and advise that "
  + "you can log CAF refusal with the CAF Administrator (indicating why refused) on 01438 737575 "
  + "or caf-enquiries@hertscc.gov.uk."
private let ifInDoubt =
  "It is the expectation that a CAF approach will have been taken to address needs unless the "
  + "presenting child’s needs are so urgent or serious that he/she is at risk of significant "
  + "harm. If in doubt, speak to your manager or your safeguarding lead person(s). If they are "
  + "unavailable, do not delay, contact Children Schools & Families on 0300 123 4043."

private let noCommonAssessmentNeeded =
  "You do not need to do a common assessment where the needs are obvious, or you have already "
  + "assessed them using your own agency’s assessment tool, and your service can meet the full "
  + "range of those needs."

private let hertfordshireArea = Area(
  id: "hertfordshire",
  name: "Hertfordshire",
  routes: [
    Route(
      level: 1,
      name: "Universal services; a CAF if professional judgement decides",
      actions: [
        "Children and families with emerging needs which can be met within universal services "
          + "(such as: school, extended school service or early years setting, children’s "
          + "centre, health visitor, school nurse, GP, maternity & midwifery, housing, leisure "
          + "services, libraries, voluntary and community sector).",
        "The emerging needs may require the support of another service, or worker, to prevent "
          + "the escalation of needs. Professional judgement will be required to decide whether "
          + "a CAF is the most beneficial route to achieve the best outcome for the emerging "
          + "needs of the child or young person in question.",
        "There is no need to do a CAF for children and young people who are progressing well, "
          + "or have needs that have already been identified and are being met.",
        noCommonAssessmentNeeded,
      ],
      service:
        "universal services (such as: school, extended school service or early years setting, "
        + "children’s centre, health visitor, school nurse, GP, maternity & midwifery, housing, "
        + "leisure services, libraries, voluntary and community sector)",
      contacts: [cafGuidanceWeb],
      form: "Common Assessment Framework (CAF), where professional judgement decides",
      consent: cafConsent,
      source: Citation("Level 1 : Universal; \(cafSection)")),
    Route(
      level: 2,
      name: "Targeted services: CAF, Lead Professional and Team Around the Child",
      actions: [
        "Children and families with additional or complex needs which can be met by involving "
          + "targeted services, working alongside universal services. The needs may require the "
          + "involvement of a range of services and a multi-practitioner support plan by way of "
          + "Common Assessment, Lead Professional and Team Around the Child (TAC).",
        "Examples of targeted support services could be: Educational Psychology, Specialist "
          + "Advisory Service, Attendance and Pupil Support Teams, Education Support Team for "
          + "Medical Absence (ESTMA), Youth Connexions, Preventative Workers within the Youth "
          + "Offending Service or CAMHS workers in Behaviour Support Teams, targeted workers "
          + "within Adolescent Drug & Alcohol Service (A-DASH), Housing, Health services and "
          + "parenting support.",
        "NB: Contact details for CAF service representatives are available via the Multi-Agency "
          + "Team (MAT) List at: www.hertsdirect.org/matlist or use the search facility typing in "
          + "“MAT List” on an HCC website (please note that practitioners requiring a password "
          + "need to follow the prompts).",
        noCommonAssessmentNeeded,
        "There is no need to do a CAF for children and young people who are progressing well, "
          + "or where your service can meet the full range of those needs.",
        "However, if there are unmet needs, or you are unclear about a child/young person’s "
          + "needs, then a Common Assessment (CAF) would provide a holistic assessment of "
          + "strengths and needs and could lead to support via Team Around the Child.",
        "Please refer to CAF Practitioner Guidance at: www.hertsdirect.org/integratedpractice "
          + "or use the search facility typing in ‘Integrated Practice’.",
        cafRefusal,
      ],
      service:
        "Targeted services, working alongside universal services, through Common Assessment, "
        + "Lead Professional and Team Around the Child (TAC); CAF service representatives on the "
        + "Multi-Agency Team (MAT) List",
      contacts: [
        Contact("Multi-Agency Team (MAT) List", .web, "www.hertsdirect.org/matlist"),
        cafGuidanceWeb, cafAdministratorPhone, cafAdministratorEmail,
      ],
      form: "Common Assessment Framework (CAF)",
      consent:
        cafConsent + " " + cafRefusal + " Working together with parents/carers to address needs "
        + "is important to achieving improved outcomes and parents/carers’ acknowledgement of "
        + "concerns and acceptance of their part in the meeting their child’s needs is critical. "
        + "At times, this requires some open discussion with parents in order to progress "
        + "targeted support.",
      source: Citation(
        "Level 2 : Targeted; \(cafSection)",
        note: "The CAF section's “You do not need to do a common assessment where the needs are "
          + "obvious …” is shown here as well as at level 1: it is a general rule about when a "
          + "CAF is needed.")),
    Route(
      level: 3,
      name: "Specialist services: statutory or specialist assessment by the agency named",
      actions: [
        "Additional key services involved at this level include Children & Families Social Care, "
          + "Police, Disabled Children’s Service and other statutory and specialist services e.g. "
          + "special educational needs, specialist health or disability services, Youth "
          + "Offending Team, Specialist Child and Adolescent Mental Health Services (CAMHS), "
          + "Adolescent Drug and Alcohol Service Hertfordshire (A-DASH).",
        "Such cases may require a statutory or specialist assessment (remember the CAF must not "
          + "replace specialist assessments). If a CAF exists, the information in the CAF can "
          + "inform a specialist assessment.",
        ifInDoubt,
        "If a child or young person is at risk of immediate harm, call 999. Please refer to "
          + "HSCB Safeguarding Procedures at: www.hertsdirect.org/safeguardingchildren or use the "
          + "search facility typing in ‘Safeguarding Procedures’.",
      ],
      service:
        "The agency each indicator names in brackets: Children & Families Social Care, Police, "
        + "Disabled Children’s Service and other statutory and specialist services e.g. special "
        + "educational needs, specialist health or disability services, Youth Offending Team, "
        + "Specialist Child and Adolescent Mental Health Services (CAMHS), Adolescent Drug and "
        + "Alcohol Service Hertfordshire (A-DASH); if in doubt, Children Schools & Families",
      contacts: [
        childrenSchoolsFamilies,
        Contact("HSCB Safeguarding Procedures", .web, "www.hertsdirect.org/safeguardingchildren"),
      ],
      form: "Statutory or specialist assessment (the CAF must not replace specialist assessments)",
      source: Citation(
        "\(specialistSection); \(safeguardingSection)",
        note: "The service's first words, “The agency each indicator names in brackets”, are the "
          + "tool's: the tables name the responding agency beside each Level 3 & 4 indicator, "
          + "and the assessment lists those of the indicators selected.")),
  ],
  immediateDanger: ImmediateDangerAdvice(
    text: "If a child or young person is at risk of immediate harm, call 999.",
    contacts: [Contact("Emergency services", .phone, "999")],
    source: Citation(
      safeguardingSection,
      note: "The contact's name, “Emergency services”, is the tool's; the document prints "
        + "“call 999”.")),
  consent: [
    ConsentGuidance(text: cafConsent, source: Citation(cafSection)),
    ConsentGuidance(text: cafRefusal, source: Citation(cafSection)),
  ],
  supportContacts: [
    Contact(
      "District Manager (Integrated Practice), Broxbourne and East Herts", .phone, "01992 556382"),
    Contact(
      "District Manager (Integrated Practice), Dacorum and St Albans", .phone, "01442 453927"),
    Contact(
      "District Manager (Integrated Practice), Stevenage and North Herts", .phone,
      "01438 843373"),
    Contact(
      "District Manager (Integrated Practice), Watford and Three Rivers", .phone,
      "01442 453127"),
    Contact(
      "District Manager (Integrated Practice), Welwyn/Hatfield and Hertsmere", .phone,
      "01438 843032"),
    Contact("Integrated practice in Hertfordshire", .web, "www.hertsdirect.org/integratedpractice"),
    childrenSchoolsFamilies,
  ],
  notes: [
    LabelledText(
      "Principles",
      "All practitioners working with, and on behalf of, children and families need to take "
        + "responsibility for ensuring everything possible is done to prevent the unnecessary "
        + "escalation of issues or problems by seeking early intervention.",
      source: Citation("Principles")),
    LabelledText(
      "The views of the child",
      "In assessing needs, the views of the child, young person, parents and carers must be "
        + "sought and considered",
      source: Citation(
        "Principles",
        note: "One of the guiding principles, printed as a bullet after “Some guiding principles "
          + "are that:”.")),
    LabelledText(
      "District Managers (Integrated Practice)",
      "Each manager works across two districts supporting the implementation of Integrated "
        + "Practice providing advice, guidance and support to practitioners which includes the "
        + "Common Assessment Framework (CAF), Lead Professional and Team Around the Child (TAC) "
        + "processes. DM(IP)s can also assist in other ways such as supporting practitioners to "
        + "progress cases, help to identify local service providers etc.",
      source: Citation(districtManagers)),
    LabelledText(
      "If in doubt",
      ifInDoubt,
      source: Citation(safeguardingSection)),
    LabelledText(
      "Agencies' own procedures",
      "However, it must be noted that determining an appropriate response or service has to take "
        + "into account that agencies have their own internal policies and procedures (including "
        + "Safeguarding Board inter-agency procedures) within which they are expected to work. "
        + "For example: a CAF cannot determine that a child or young person requires a "
        + "particular educational placement, as determining this requires specific protocols "
        + "within education services.",
      source: Citation("Introduction")),
    LabelledText(
      "More information",
      "For more information and guidance about integrated practice in Hertfordshire visit "
        + "www.hertsdirect.org/integratedpractice",
      source: Citation(districtManagers)),
  ]
)

// MARK: - Examples: each runs in the tests and reports a failure at its own line.

private func hertfordshire(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "hertfordshire", age: age, indicators: indicators)
}

private let hertfordshireExamples: [Example] = [
  Example(
    "No indicators: universal services; the rule has nothing to say",
    hertfordshire(.years(7), []), level: 1,
    route: ["Universal services", "Professional judgement"],
    notRules: ["hertfordshire-highest-indicator"]),
  Example(
    "Emerging needs only: universal services, a CAF at professional judgement",
    hertfordshire(.years(4), ["hertfordshire-low-weight-gain", "hertfordshire-poor-routines"]),
    level: 1, route: ["universal services", "whether a CAF is the most beneficial route"],
    rules: ["hertfordshire-highest-indicator"],
    mentions: ["the ‘needs indicators’ are a guide and are by no means exhaustive"]),
  Example(
    "Additional needs: CAF, Lead Professional and Team Around the Child; refusals logged",
    hertfordshire(
      .years(10),
      [
        "hertfordshire-receives-inconsistent-parenting",
        "hertfordshire-some-financial-difficulties",
      ]),
    level: 2,
    route: [
      "Team Around the Child", "www.hertsdirect.org/matlist", "CAF Administrator",
      "01438 737575", "caf-enquiries@hertscc.gov.uk",
      "Attendance and Pupil Support Teams", "Adolescent Drug & Alcohol Service (A-DASH)",
      "or where your service can meet the full range of those needs",
      "where the needs are obvious",
    ],
    rules: ["hertfordshire-highest-indicator"], mentions: ["CAF is based on family consent"]),
  Example(
    "Over 13 yrs: vulnerability to sexual exploitation at 15 is targeted",
    hertfordshire(.years(15), ["hertfordshire-vulnerability-to-sexual-exploitation-over-13"]),
    level: 2, route: ["Common Assessment"]),
  Example(
    "Over 13 yrs is read as 13 and over: accepted at 13",
    hertfordshire(.years(13), ["hertfordshire-vulnerability-to-sexual-exploitation-over-13"]),
    level: 2, route: ["Team Around the Child"]),
  Example(
    "Over 13 yrs: rejected for a child of 10",
    hertfordshire(.years(10), ["hertfordshire-vulnerability-to-sexual-exploitation-over-13"]),
    rejectedBecause: "13+"),
  Example(
    "Under 13 yrs: sexual exploitation of a child of 11 is specialist (Social Care, Police)",
    hertfordshire(.years(11), ["hertfordshire-sexual-exploitation-of-child-under-13"]),
    level: 3, route: ["Social Care", "Police", "0300 123 4043", "call 999"]),
  Example(
    "Under 13 yrs: rejected for a young person of 14",
    hertfordshire(.years(14), ["hertfordshire-sexual-activity-under-13"]),
    rejectedBecause: "0-12"),
  Example(
    "16-18 yrs: NEET for 12 weeks at 17 is emerging needs",
    hertfordshire(.years(17), ["hertfordshire-neet-for-12-weeks-or-more"]), level: 1,
    route: ["Universal services"]),
  Example(
    "16-18 yrs: rejected at 15",
    hertfordshire(.years(15), ["hertfordshire-neet-for-12-weeks-or-more"]),
    rejectedBecause: "16-18"),
  Example(
    "Post 16 yrs: NEET with complex needs at 16 is targeted",
    hertfordshire(.years(16), ["hertfordshire-neet-post-16-with-complex-needs"]), level: 2,
    route: ["Lead Professional"]),
  Example(
    "Unborn babies: a parent's risk factors before birth are specialist (Social Care)",
    hertfordshire(.unborn, ["hertfordshire-unborn-baby-parent-risk-factors"]), level: 3,
    route: ["statutory or specialist assessment", "Social Care"]),
  Example(
    "Unborn babies: rejected for a born child",
    hertfordshire(.years(1), ["hertfordshire-unborn-baby-parent-risk-factors"]),
    rejectedBecause: "unborn"),
  Example(
    "Levels 3 & 4 merged: a grooming concern goes to the Police; the route names the agencies",
    hertfordshire(
      .years(14),
      [
        "hertfordshire-inappropriately-receiving-gifts-grooming-concern",
        "hertfordshire-defiance-of-home-rules",
      ]),
    level: 3,
    route: [
      "Police", "Children & Families Social Care", "Children Schools & Families", "call 999",
    ],
    rules: ["hertfordshire-highest-indicator"]),
  Example(
    "Levels 3 & 4 merged: a mental health crisis goes to Specialist CAMHS",
    hertfordshire(.years(16), ["hertfordshire-mental-health-crisis"]), level: 3,
    route: ["Specialist Child and Adolescent Mental Health Services (CAMHS)"]),
  Example(
    "Levels 3 & 4 merged: a disabled child needing specialist services",
    hertfordshire(.years(8), ["hertfordshire-disabled-child-requires-specialist-services"]),
    level: 3, route: ["Disabled Children’s Service"]),
  Example(
    "The third meaningful domestic violence incident is the indicator's text, not a count",
    hertfordshire(
      .years(6),
      ["hertfordshire-high-risk-domestic-violence-incident", "hertfordshire-family-isolation"]),
    level: 3, route: ["Social Care"], rules: ["hertfordshire-highest-indicator"],
    mentions: ["are by no means exhaustive"]),
  Example(
    "Privately fostered, from the specialist section's own list",
    hertfordshire(.years(12), ["hertfordshire-specialist-privately-fostered"]), level: 3,
    route: ["If in doubt"]),
  Example(
    "An indicator from another document is rejected",
    hertfordshire(.years(9), ["camden-young-carers"]), rejectedBecause: "camden"),

  // Before birth.
  Example(
    "Unborn: missed antenatal appointments can be recorded as emerging needs",
    hertfordshire(.unborn, ["hertfordshire-not-attending-routine-health-appointments"]),
    level: 1, route: ["Universal services"]),
  Example(
    "Unborn: a parent's health affecting care is targeted",
    hertfordshire(.unborn, ["hertfordshire-parents-health-impacts-on-care"]), level: 2,
    route: ["Team Around the Child"]),
  Example(
    "Unborn: previous children removed from the parent's care is specialist",
    hertfordshire(.unborn, ["hertfordshire-previous-children-removed"]), level: 3,
    route: ["statutory or specialist assessment"]),
  Example(
    "Unborn: evidence of significant harm, from the specialist section",
    hertfordshire(.unborn, ["hertfordshire-specialist-evidence-of-significant-harm"]), level: 3,
    route: ["Children Schools & Families"]),
  Example(
    "Unborn: the child's own self-confidence cannot be selected",
    hertfordshire(.unborn, ["hertfordshire-poor-self-confidence"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Unborn: being left at home alone cannot be selected",
    hertfordshire(.unborn, ["hertfordshire-often-left-at-home-alone"]),
    rejectedBecause: "cannot be selected for an unborn child"),
]
