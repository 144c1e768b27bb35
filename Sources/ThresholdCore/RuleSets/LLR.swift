// Leicester Safeguarding Children Board and Leicestershire & Rutland Safeguarding Board,
// "Thresholds for access to services for children and families in Leicester, Leicestershire &
// Rutland", version 10.0, published March 2014.
// Source text: shared/sources/002_c0e15e9e34ae3ffd.txt. Every string below is verbatim from it
// unless a comment or a `note:` says otherwise.
//
// Reading choices (also in `notes` so they reach `rules export`):
// - The four tables of Appendix A are levels 1-4: Universal, Early Help / CAF (low to vulnerable
//   risk), Targeted (medium risk) and Specialist (high risk), the four types of need that
//   "Different types of assessed need" defines.
// - Each table has three columns (Developmental Needs, Family and Environmental Factors, Parents
//   and Carers) and each column has printed headings: these are the domains and subdomains.
// - The extracted cells run a heading's indicators together on one line without bullets. An
//   indicator is split off where a new phrase starts with a capital letter (a new line in the
//   original) or after a semicolon. Commas inside a phrase never split it. A semicolon or full
//   stop that ends a phrase is not kept. Every split that is less than plain is noted beside it.
// - Age qualifiers printed inside an indicator ("(10-14)", "(15+)", "(13-14)", "Under 16",
//   "16+", "Under 18", "under 16", "Under 13", "where there is an unborn child") are kept as data.
// - Appendix B (the CAF) is relevant to Leicester City and Rutland, Appendix C (First Response) to
//   Leicestershire and Appendix D (Families First) to Rutland: each area's routes come from its
//   own appendix and from the level text of Appendix A.

private let universalTable = "Appendix A, Universal example indicators table"
private let earlyHelpTable =
  "Appendix A, Early Help / CAF (low to vulnerable risk) example indicators table"
private let targetedTable = "Appendix A, Targeted (medium risk) example indicators table"
private let specialistTable = "Appendix A, Specialist (high risk) example indicators table"

private let developmentalColumn = "Developmental Needs column"
private let familyColumn = "Family and Environmental Factors column"
private let parentsColumn = "Parents and Carers column"

private let typesOfNeed = "Different types of assessed need"
private let respondingToNeed = "Responding to need"
private let appendixB =
  "Appendix B: The Common Assessment Framework - relevant to Leicester City and Rutland practitioners"
private let appendixC =
  "Appendix C: The Early Help Offer in Leicestershire - relevant to Leicestershire practitioners"
private let appendixD =
  "Appendix D: Rutland Families First Strategy - relevant to Rutland practitioners"

private let runTogetherNote =
  "The extracted cell runs this heading's indicators together on one line; each phrase that "
  + "starts with a capital letter, or follows a semicolon, is one indicator."

private let culturalIdentityNote =
  "“Cultural and Racial identity and language are taken into account” is printed under this "
  + "heading at all four levels. It is a reminder to practitioners, not a need: it is listed at "
  + "each level as printed, as a statement about practice that never sets a level."

extension RuleSet {
  /// Leicester, Leicestershire and Rutland's thresholds for access to services (version 10.0,
  /// March 2014): the Universal, Early Help/CAF, Targeted (section 17) and Specialist (section 47)
  /// types of need, Appendix A's example indicators, and each area's own route from Appendices
  /// B–D, with Rutland's rule that a third unmet need triggers a referral to CAF.
  public static let llr = RuleSet(
    id: "llr",
    title:
      "Thresholds for access to services for children and families in Leicester, "
      + "Leicestershire & Rutland",
    publisher:
      "Leicester Safeguarding Children Board and Leicestershire & Rutland Safeguarding Board",
    version: "10.0",
    date: "March 2014",
    sourceFile: "002_c0e15e9e34ae3ffd.txt",
    levels: llrLevels,
    domains: llrDomains,
    indicators: llrIndicators,
    rules: llrRules,
    areas: [leicesterArea, leicestershireArea, rutlandArea],
    notes: llrNotes,
    examples: llrExamples
  )
}

// MARK: - Notes on the encoding

private let llrNotes: [LabelledText] = [
  LabelledText(
    "Tables are levels",
    "The four tables of Appendix A (Universal; Early Help / CAF, low to vulnerable risk; "
      + "Targeted, medium risk; Specialist, high risk) are levels 1 to 4, the four types of need "
      + "defined under “Different types of assessed need”. Their three columns are the domains and "
      + "the headings inside each column are the subdomains. The level names are printed in "
      + "capitals in Appendix A; the tool writes them in sentence case.",
    source: Citation("\(typesOfNeed); Appendix A")),
  LabelledText(
    "Run-together cells split into indicators",
    "The extracted text runs each heading's indicators together on one line without bullets. "
      + "An indicator is split off where a new phrase starts with a capital letter (a new line in "
      + "the original) or after a semicolon; commas inside a phrase never split it, so "
      + "“Young carers , Privately fostered, children of prisoners, periods of LAC” and “Severe "
      + "overcrowding, temporary accommodation, homeless, unemployment” are one indicator each, "
      + "as printed. A semicolon or full stop that ends a phrase is not kept.",
    source: Citation("Appendix A, all four tables")),
  LabelledText(
    "A doubtful split: early onset of sexual activity",
    "The Early Help / CAF table prints “Early onset of sexual activity (13-14) or at risk of "
      + "sexual exploitation”. The age “(13-14)” qualifies only the first alternative, so the "
      + "phrase is kept as two indicators: “Early onset of sexual activity (13-14)” for ages 13-14, "
      + "and “or at risk of sexual exploitation” (its words as printed, “or” included) for any "
      + "age. Otherwise a child of another age at risk of sexual exploitation could not be "
      + "recorded at this level.",
    source: Citation(
      "\(earlyHelpTable), \(developmentalColumn), Social, Emotional, Behavioural, Identity")),
  LabelledText(
    "A phrase kept whole: harassment and community resources",
    "The Specialist table prints “Child or family need immediate support and protection due to "
      + "harassment /discrimination and No access to community resources”. The capital “No” may "
      + "mark a new line in the original, but the “and” before it joins the two, so the phrase "
      + "is kept as one indicator.",
    source: Citation("\(specialistTable), \(familyColumn), Social and Community Resources")),
  LabelledText(
    "Headings that differ between tables",
    "The Universal table heads its first Family and Environmental Factors section “Family "
      + "History and Well-Being”; the other three tables head it “Family and Social "
      + "Relationships and Family Well-Being”. Both are the subdomain "
      + "family-relationships-and-well-being. The Universal table alone has a “Family and Social "
      + "Relationship” heading under Developmental Needs. Its “Self-Care and Independence” "
      + "heading is printed with no indicator under it, so there is none at level 1. The "
      + "Early Help / CAF table has no “Family and Social Relationship” heading.",
    source: Citation("Appendix A, all four tables")),
  LabelledText(
    "The same words at more than one level",
    "“Cultural and Racial identity and language are taken into account” is printed at all four "
      + "levels; “Missed appointments - routine and non-routine”, “Inconsistent care e.g. "
      + "inappropriate child care arrangements or young inexperienced parent” and “Concerns about "
      + "parent/carer attachment” at levels 2 and 3; “Parent is unable to meet child's needs "
      + "without support” at levels 2 (Family and Environmental Factors) and 4 (Parents and "
      + "Carers). Each is kept at every level it is printed, its identifier ending in the level "
      + "or left plain where the wording differs enough.",
    source: Citation("Appendix A, all four tables")),
  LabelledText(
    "Age qualifiers",
    "“(10-14)” is ages 10 to 14; “(13-14)” is 13 to 14; “(15+)” and “16+” have no upper age; "
      + "“Under 16” and “under 16” are 0 to 15; “Under 13” is 0 to 12; “Under 18” is 0 to 17. "
      + "“Significant concern re parental behaviour and risk factors where there is an unborn "
      + "child” is printed under Developmental Needs, the child's own needs, so it applies only "
      + "to an unborn child. No other indicator carries a qualifier: “Bruising to immobile "
      + "baby”, “Babies born /female children of mothers subject to Female Genital Mutilation” "
      + "and “Concealed pregnancy - multiple risk factors” print no age band.",
    source: Citation("Appendix A")),
  LabelledText(
    "Young people over 18",
    "Paragraph 29 says the indicators span “all children and young people aged 0-18 (including "
      + "unborn children and those aged up to 25 if they have a Special Educational Need or are "
      + "disabled)”. Appendix B (Leicester City and Rutland) says the CAF is aimed at young people "
      + "“Generally up to the age of 18, but extended beyond 18 where it is appropriate to enable "
      + "the young person to have a smooth transition to adult services (eg. For young people with "
      + "learning difficulties or disabilities, assessments can be carried out up to the age of "
      + "25)”, and Appendix D that Rutland's early intervention services are “delivered across the "
      + "0 – 19 age range (up to 25 if there is a disability)”. The tool accepts ages 0 to 18 and "
      + "unborn children only; an assessment of a young person aged 18 shows these passages (the "
      + "special route “Young people up to 25”). For a young person aged 19 to 25 with a special "
      + "educational need or disability, read the document.",
    source: Citation(
      "Early help and prevention, paragraph 29; \(appendixB), Which children and young people "
        + "is CAF aimed at?; \(appendixD), Rutland Early Intervention Offer")),
  LabelledText(
    "How indicators combine",
    "The document gives no rule for combining indicators other than Rutland's third unmet need. "
      + "It says needs may be “high in some areas and low in others” (paragraph 14) and that a "
      + "characteristic of vulnerability must be put “in a broader view of the child” "
      + "(paragraph 27). The tool suggests the level of the highest indicator selected and quotes "
      + "paragraph 14.",
    source: Citation(
      "\(typesOfNeed) (continued), paragraphs 13-14; Vulnerability factors, paragraph 27")),
  LabelledText(
    "Routes by area",
    "Appendix B (the Common Assessment Framework) is relevant to Leicester City and Rutland; "
      + "Leicestershire no longer uses the CAF (Appendix C) and its front door is First Response. "
      + "Only Appendix C prints advice for a child at risk of immediate harm and a telephone "
      + "number for children's social care; for Leicester City and Rutland the document points to "
      + "the LSCB procedures and prints no such number, so their assessments give general advice "
      + "for a child in immediate danger, labelled as such.",
    source: Citation("Appendices B, C and D")),
  LabelledText(
    "Rutland's third unmet need",
    "Appendix D says Rutland's early intervention services act as a “Single Agency” (pre-CAF) "
      + "where there are two unmet needs or less, and that a third unmet need triggers a referral "
      + "to CAF. The tool counts each indicator above Universal as an unmet need. The document "
      + "places this rule beside the single agency, pre-CAF offer, below the CIN and CP levels, "
      + "so the rule applies only while the suggested level is Early Help/CAF (level 2) or "
      + "below: at Targeted or Specialist the level's own route stands. The CAF referral route "
      + "also carries Appendix B's words that the CAF is not for a child at risk of harm, for "
      + "whom the LSCB procedures must be followed without delay.",
    source: Citation("\(appendixD), Rutland Early Intervention Offer")),
  LabelledText(
    "Text missing from the extracted document",
    "Appendix D's list of the “9 key areas” of Rutland's Early Intervention Offer and its "
      + "“Rutland Families First Early Intervention Model”, and the diagram of the types of need, "
      + "are pictures that the extracted text does not hold. Appendix D's table of services is "
      + "kept as contacts.",
    source: Citation("\(typesOfNeed); \(appendixD)")),
  LabelledText(
    "Who the CAF is aimed at",
    "Appendix B (Leicester City and Rutland) lists the children the CAF is aimed at, among them "
      + "those “particularly vulnerable (eg. Persistent truants, excluded pupils, sexually "
      + "exploited children, victims of crime and young runaways)” and unborn babies. The "
      + "document says the CAF is “aimed at” them, not that they must be assessed, so the tool "
      + "shows Appendix B's list as a special route (“caf-aimed-at”), with its words that the "
      + "CAF is not for a child at risk of harm; it changes neither the level nor the route, and "
      + "in Rutland it does not override the single agency (pre-CAF) offer. It is shown when an "
      + "indicator that names one of the printed examples is selected: persistent truanting "
      + "(“Short term exclusions or at risk of permanent exclusion, persistent truanting”, "
      + "“Chronic non-attendance, truancy”), exclusion (the same Targeted phrase, “Permanently "
      + "excluded, frequent exclusions or no education provision”), sexual exploitation (“In "
      + "sexually exploitative relationship”), a victim of crime (“Victim of crime including "
      + "discrimination”) and a runaway (“Frequently go missing from home for long periods”); and "
      + "for an unborn child with an indicator above Universal (“with additional needs”). "
      + "“Occasional truanting or non-attendance” is not persistent truanting, and “or at risk of "
      + "sexual exploitation” is not a sexually exploited child, so neither shows it.",
    source: Citation("\(appendixB), Which children and young people is CAF aimed at?")),
  LabelledText(
    "Children in need named in the Targeted FEATURES row",
    "The Targeted table's FEATURES row says children in need “may include children who have "
      + "been assessed as \"high risk\" in the recent past, or children who have been adopted and "
      + "now require additional support”. These two groups are printed outside the three columns, "
      + "so they are kept as two Targeted indicators in a domain of their own, “FEATURES”, so "
      + "that a practitioner can record them. The document says such children “may be eligible” "
      + "for a child in need service; the tool suggests Targeted, and the practitioner decides.",
    source: Citation("\(targetedTable), FEATURES, Child in need (section 17)")),
  LabelledText(
    "Statements about practice",
    "“Cultural and Racial identity and language are taken into account”, printed under "
      + "“Social, Emotional, Behavioural, Identity” in all four tables, tells practitioners how to "
      + "work; it describes no need of the child. It is listed at each level as printed, but as "
      + "a statement about practice: it never sets a level, and an assessment that selects it "
      + "says which indicators to pick instead. No other line of the tables is of this kind.",
    source: Citation("Appendix A, all four tables, Social, Emotional, Behavioural, Identity")),
  LabelledText(
    "Printed cells",
    "Where an indicator is one phrase of a run-together cell, the whole cell is kept with it, "
      + "exactly as printed (stray spaces and semicolons included), so that a reader can see "
      + "where the phrase was cut. An indicator that is a whole cell has none.",
    source: Citation("Appendix A, all four tables")),
  LabelledText(
    "Before birth",
    "Each table says “This section also applies to unborn children”. An indicator can be "
      + "selected for an unborn child when it is about the pregnancy, the parents or the family: "
      + "the Family and Environmental Factors and Parents and Carers columns apply before birth; "
      + "the Developmental Needs column, the child's own learning, health, identity and "
      + "self-care, and the FEATURES groups do not. The exceptions: under Developmental Needs, "
      + "“Stable families where parents are able to meet the child's needs” (about the family) "
      + "and “Missed appointments - routine and non-routine” (before birth, the child's "
      + "appointments are antenatal ones) apply, and “Significant concern re parental behaviour "
      + "and risk factors where there is an unborn child” applies only before birth; "
      + "“children who have been assessed as \"high risk\" in the recent past” applies (a "
      + "pre-birth assessment can have found it). In the two other columns, the phrases about "
      + "the child's own life or about parenting a born child do not apply: “Children affected "
      + "by difficult family relationships or bullying”, “Young people at risk of homelessness”, "
      + "“Limited access to contraceptive and sexual health advice, information and services”, "
      + "“Access to consistent and positive activities”, “Risk of relationship breakdown with "
      + "parent or carer and the child”, “Young carers , Privately fostered, children of "
      + "prisoners, periods of LAC”, “Child appears to have undifferentiated attachments”, the "
      + "two “Inconsistent parenting” phrases, “Physical care or supervision of child is "
      + "inadequate”, “Parent provides inconsistent boundaries or responses”, “Child exposed to "
      + "adult sexual material”, “Parent does not offer good role model leading to serious risk "
      + "taking behaviour e.g. condones antisocial behaviour” and the Universal “Parents provide "
      + "secure and caring parenting” and “Parents provide appropriate guidance and boundaries to "
      + "help child develop appropriate values”. “Babies born /female children of mothers "
      + "subject to Female Genital Mutilation” says “born”, so it does not apply before birth; "
      + "for an unborn child the Specialist “Significant concern re parental behaviour and risk "
      + "factors where there is an unborn child” is the indicator to select.",
    source: Citation("Appendix A, FEATURES rows of all four tables")),
  LabelledText(
    "Formatting dropped",
    "Bold markers and the angle brackets round web addresses in the extracted text are "
      + "formatting, not words, and are not kept. The Early Help / CAF FEATURES text prints "
      + "“multi- agency” across a line break; it is re-joined as “multi-agency”. The key services "
      + "of each level are run together in the extracted text; they are kept one to a line.",
    source: Citation("Appendices A and C")),
]

// MARK: - Levels (Different types of assessed need; Responding to need; Appendix A)

private let universalKeyServices = [
  "Education",
  "Children's Centres & Early Years",
  "Health visiting service",
  "School nursing",
  "GP",
  "Integrated Youth Support Services",
  "Police",
  "Housing agencies – local authority, private, associations, charities etc.",
  "Voluntary & community sector",
].joined(separator: "\n")

private let earlyHelpKeyAgencies = [
  "Universal and targeted Youth crime prevention services",
  "Targeted drug and alcohol information, advice and education, including harm reduction advice to support informed choices",
  "Health, education",
  "Children's Centres & Early Years",
  "Educational psychology",
  "Educational Welfare Service",
  "Integrated Youth Support Services",
  "Voluntary & community services",
  "Family support services",
  "Midwifery services",
  "Housing agencies – local authority, private, associations, charities etc.",
].joined(separator: "\n")

private let targetedKeyServices = [
  "Local Authority children's social care",
  "Other statutory service e.g. SEN services.",
  "Specialist health or disability services.",
  "YISP",
  "Youth Offending Team.",
  "Targeted drug and Alcohol services",
  "CAMHS",
  "Family support services",
  "Voluntary & community services",
  "Services at universal Level",
  "Midwifery services",
  "Educational Welfare Service",
  "Housing agencies – local authority, private, associations, charities etc.",
].joined(separator: "\n")

private let specialistKeyServices = [
  "Local Authority children's social care",
  "Specialist health or disability services.",
  "Youth Offending Team.",
  "CAMHS",
  "Family support services",
  "Voluntary & community services",
  "Services at universal level",
  "Comprehensive assessment and formulation of substance specific care plan",
  "Midwifery services",
  "Adult Mental Health services",
  "Educational Welfare Service",
  "Housing agencies – local authority, private, associations, charities etc.",
].joined(separator: "\n")

private let keyServicesNote =
  "The extracted cell runs the services together; they are kept one to a line, split where a "
  + "new service starts."

private let llrLevels: [Level] = [
  Level(
    rank: 1, label: "Universal", name: "Children with no additional needs",
    categories: [.universal],
    description:
      "No identified additional services. Response services are universal services. This level "
      + "allows for temporary multi-agency involvement where it is anticipated that the "
      + "multi-agency involvement will be brief and time limited.",
    details: [
      LabelledText(
        "Appendix A table heading",
        "UNIVERSAL SERVICES WORKING TO MEET CHILDREN'S BASIC NEEDS AT THE UNIVERSAL LEVEL",
        source: Citation(universalTable)),
      LabelledText(
        "FEATURES",
        "Children with no additional needs Children whose developmental needs are met "
          + "by family, community and universal services. This section also applies to unborn "
          + "children.",
        source: Citation("\(universalTable), FEATURES row")),
      LabelledText(
        "ASSESSMENT PROCESS",
        "No common assessment is required. Children should access universal services in a "
          + "normal way.",
        source: Citation("\(universalTable), ASSESSMENT PROCESS row")),
      LabelledText(
        "KEY SERVICES THAT MAY PROVIDE SUPPORT AT THIS LEVEL", universalKeyServices,
        source: Citation("\(universalTable), Key services column", note: keyServicesNote)),
      LabelledText(
        "Responding to need: Universal",
        "Most children and young people's needs will be met by their parents and carers, family "
          + "and communities with support from universal services - for example, schools, youth "
          + "services, GP surgeries and health visitors.",
        source: Citation("\(respondingToNeed), paragraph 20")),
    ],
    source: Citation(
      "\(typesOfNeed), Universal; \(universalTable)",
      note: "The document does not number the types of need; the name is the Universal FEATURES "
        + "text's first phrase.")),
  Level(
    rank: 2, label: "Early Help/CAF", name: "Low to vulnerable risk", categories: [.earlyHelp],
    description:
      "This is the threshold for beginning a common assessment or offering early help. Response "
      + "services are universal support services and/or targeted services.",
    details: [
      LabelledText(
        "Appendix A table heading",
        "EARLY HELP/CAF SERVICES WORKING ALONGSIDE UNIVERSAL SERVICES TO MEET SEVERAL ADDITIONAL "
          + "NEEDS",
        source: Citation(earlyHelpTable)),
      LabelledText(
        "FEATURES",
        "Vulnerability - These children have low level additional needs that are "
          + "likely to be short-term and that maybe known but are not being met. This section "
          + "also applies to unborn children. Child with additional needs - requiring "
          + "multi-agency intervention, Lead professional and Team around child.",
        source: Citation(
          "\(earlyHelpTable), FEATURES row",
          note: "“multi- agency” is printed across a line break; re-joined as “multi-agency”.")),
      LabelledText(
        "ASSESSMENT PROCESS",
        "Common Assessment or Early Help. A common assessment should be completed with the child "
          + "to identify their strengths & needs and to gain specialist support except in the "
          + "circumstances where there is specialist single agency involvement. i.e) YISP. "
          + "Programmes aiming to build self-esteem and enhance social / life-skills Prevention "
          + "Programmes; Positive activities",
        source: Citation("\(earlyHelpTable), ASSESSMENT PROCESS row")),
      LabelledText(
        "KEY AGENCIES THAT MAY PROVIDE SUPPORT AT THIS LEVEL", earlyHelpKeyAgencies,
        source: Citation("\(earlyHelpTable), Key agencies column", note: keyServicesNote)),
      LabelledText(
        "Responding to need: Early Help/Common Assessment framework (CAF)",
        "The majority of vulnerable children will have their needs assessed and met within the "
          + "Early Help offer or the Common Assessment Framework through the use of a Common "
          + "Assessment, a lead professional and a Team around the Child (TAC)/Team around the "
          + "Family (TAF) approach or through the provision of Early Help Services.",
        source: Citation("\(respondingToNeed), paragraph 19")),
    ],
    source: Citation("\(typesOfNeed), Early Help/CAF; \(earlyHelpTable)")),
  Level(
    rank: 3, label: "Targeted", name: "Medium risk", categories: [.childInNeed],
    description:
      "Needs that are likely to require longer term intervention from statutory and/or "
      + "specialist services. High level additional unmet needs - this may require a targeted "
      + "response, which may include a statutory service. This also includes the threshold for a "
      + "child in need (section 17) which will require Children's Social Care intervention.",
    details: [
      LabelledText(
        "Appendix A table heading",
        "TARGETED / SPECIALIST SERVICES WORKING ALONGSIDE UNIVERSAL SERVICES TO MEET THE COMPLEX "
          + "AND/OR MULTIPLE NEEDS OF VULNERABLE CHILDREN",
        source: Citation(targetedTable)),
      LabelledText(
        "FEATURES",
        "Children with high level additional unmet needs\n\nComplex needs likely to "
          + "require longer term intervention from statutory and/or specialist services This "
          + "section also applies to unborn children.\n\nChild in need (section 17): These "
          + "children may be eligible for a child in need service from children's social care "
          + "and are at risk of moving to a high level of risk if they do not receive early "
          + "intervention. These may include children who have been assessed as \"high risk\" in "
          + "the recent past, or children who have been adopted and now require additional "
          + "support. If a social worker is allocated they will act as the Lead Professional",
        source: Citation("\(targetedTable), FEATURES")),
      LabelledText(
        "ASSESSMENT PROCESS",
        "Common Assessment\n\nDepending on the level of concern, common assessment/early help "
          + "services are likely to be the most appropriate first step and may be used as "
          + "supporting evidence to gain specialist / targeted support. The common assessment "
          + "/early help assessment may also be completed to support child moving out of complex "
          + "needs. Statutory or specialist services assessment (NB a common assessment must NOT "
          + "replace a specialist assessment).",
        source: Citation("\(targetedTable), ASSESSMENT PROCESS")),
      LabelledText(
        "KEY SERVICES THAT MAY PROVIDE SUPPORT AT THIS LEVEL", targetedKeyServices,
        source: Citation("\(targetedTable), Key services column", note: keyServicesNote)),
      LabelledText(
        "Responding to need: Targeted",
        "Those with targeted or specialist needs are likely to have met the criteria for "
          + "assessment by a specialist service such as CAMHS, Education, Health, Social Care, "
          + "Youth Offending. It will become a matter of judgement and consultation with partners "
          + "and line managers whether in fact their needs do need to be referred or can be met "
          + "'lower down' the hierarchy.",
        source: Citation("\(respondingToNeed), paragraph 18")),
    ],
    source: Citation("\(typesOfNeed), Targeted; \(targetedTable)")),
  Level(
    rank: 4, label: "Specialist", name: "High risk", categories: [.childProtection],
    description:
      "Specialist needs, requiring statutory intensive support. This in particular includes the "
      + "threshold for child protection (section 47) which will require Children's Social Care "
      + "intervention.",
    details: [
      LabelledText(
        "Appendix A table heading",
        "ADDITIONAL NEEDS REQUIRING SPECIALIST OR STATUTORY INTEGRATED RESPONSE, INCLUDING CHILD "
          + "PROTECTION (SECTION 47)",
        source: Citation(specialistTable)),
      LabelledText(
        "FEATURES",
        "Complex additional unmet needs. These children require specialist/ statutory "
          + "integrated support\n\nChild Protection Children experiencing significant harm that "
          + "require statutory intervention such as child protection or legal intervention. These "
          + "children may also need to be accommodated by the local authority either on a "
          + "voluntary basis or by way of Court Order. Agencies should make a verbal referral to "
          + "children's social care accompanied by a written referral. This section also applies "
          + "to unborn children.",
        source: Citation("\(specialistTable), FEATURES")),
      LabelledText(
        "ASSESSMENT PROCESS",
        "Additional services: The common assessment can be used as supporting evidence to gain "
          + "specialist/targeted support. Statutory or specialist services assessment (NB a "
          + "common assessment must NOT replace a specialist assessment).",
        source: Citation("\(specialistTable), ASSESSMENT PROCESS")),
      LabelledText(
        "KEY SERVICES THAT MAY PROVIDE SUPPORT AT THIS LEVEL", specialistKeyServices,
        source: Citation("\(specialistTable), Key services column", note: keyServicesNote)),
      LabelledText(
        "Responding to need: Specialist",
        "A relatively very small number of children and young people, at risk of significant "
          + "harm or significant impairment to health or development, require specialist "
          + "support, usually led by Children's Social Care, Child and adolescent mental Health "
          + "services (CAMHS), Education, Health or the Youth Offending Teams (YOT).",
        source: Citation("\(respondingToNeed), paragraph 17")),
    ],
    source: Citation("\(typesOfNeed), Specialist; \(specialistTable)")),
]

// MARK: - Domains (the three columns of Appendix A)

private let llrDomains: [Domain] = [
  Domain(
    id: "developmental-needs", name: "Developmental Needs",
    subdomains: [
      Subdomain(id: "learning-education", name: "Learning / Education"),
      Subdomain(id: "health", name: "Health"),
      Subdomain(
        id: "social-emotional-behavioural-identity",
        name: "Social, Emotional, Behavioural, Identity"),
      Subdomain(id: "family-and-social-relationship", name: "Family and Social Relationship"),
      Subdomain(id: "self-care-and-independence", name: "Self-Care and Independence"),
    ],
    source: Citation("Appendix A, \(developmentalColumn) of each table"),
    appliesBeforeBirth: false),
  Domain(
    id: "family-and-environmental-factors", name: "Family and Environmental Factors",
    subdomains: [
      Subdomain(
        id: "family-relationships-and-well-being",
        name: "Family and Social Relationships and Family Well-Being"),
      Subdomain(id: "housing-employment-and-finance", name: "Housing, Employment and Finance"),
      Subdomain(id: "social-and-community-resources", name: "Social and Community Resources"),
    ],
    source: Citation(
      "Appendix A, \(familyColumn) of each table",
      note: "The Universal table heads the first section “Family History and Well-Being”.")),
  Domain(
    id: "parents-and-carers", name: "Parents and Carers",
    subdomains: [
      Subdomain(id: "basic-care-safety-and-protection", name: "Basic Care, Safety and Protection"),
      Subdomain(id: "emotional-warmth-and-stability", name: "Emotional Warmth and Stability"),
      Subdomain(
        id: "guidance-boundaries-and-stimulation", name: "Guidance, Boundaries and Stimulation"),
    ],
    source: Citation("Appendix A, \(parentsColumn) of each table")),
  Domain(
    id: "targeted-features", name: "FEATURES",
    subdomains: [
      Subdomain(id: "child-in-need-section-17", name: "Child in need (section 17)")
    ],
    source: Citation(
      "\(targetedTable), FEATURES",
      note: "Not a column of the tables: the Targeted FEATURES row names two groups of children "
        + "in need, kept as indicators so that they can be recorded (see the note “Children in "
        + "need named in the Targeted FEATURES row”)."),
    appliesBeforeBirth: false),
]

// MARK: - Indicators (Appendix A, one group per printed heading)

private let age10to14 = AgeQualifier("(10-14)", youngest: 10, oldest: 14)
private let age15plus = AgeQualifier("(15+)", youngest: 15, oldest: nil)
private let age13to14 = AgeQualifier("(13-14)", youngest: 13, oldest: 14)
private let ageUnder16 = AgeQualifier("Under 16", youngest: 0, oldest: 15)
private let age16plus = AgeQualifier("16+", youngest: 16, oldest: nil)
private let ageUnder18 = AgeQualifier("Under 18", youngest: 0, oldest: 17)
private let ageLowerUnder16 = AgeQualifier("under 16", youngest: 0, oldest: 15)
private let ageUnder13 = AgeQualifier("Under 13", youngest: 0, oldest: 12)
private let unbornChild = AgeQualifier.unborn("where there is an unborn child")

private func cell(_ table: String, _ column: String, _ heading: String, note: String? = nil)
  -> Citation
{
  Citation("\(table), \(column), \(heading)", note: note)
}

private let targetedChildInNeedCell =
  "Child in need (section 17): These children may be eligible for a child in need service from "
  + "children's social care and are at risk of moving to a high level of risk if they do not "
  + "receive early intervention. These may include children who have been assessed as \"high "
  + "risk\" in the recent past, or children who have been adopted and now require additional "
  + "support. If a social worker is allocated they will act as the Lead Professional"

// The run-together cells of Appendix A, each exactly as printed (see the note “Printed cells”),
// for the headings that hold more than one indicator.
private let universalLearningCell =
  "Achieving key stages Good attendance at school/college/training No barriers to learning "
  + "Planned progression beyond statutory school age"
private let universalIdentityCell =
  "Good mental health and psychological well-being Good quality early attachments, confident in "
  + "social situations Knowledgeable about the effects of crime and antisocial behaviour "
  + "Knowledgeable about sex and relationships and consistent use of contraception if sexually "
  + "active Cultural and Racial identity and language are taken into account"
private let universalHousingCell =
  "Child fully supported financially Good quality stable housing"
private let universalCommunityCell =
  "Good social and friendship networks exist Safe and secure environment Access to consistent "
  + "and positive activities"
private let earlyHelpLearningCell =
  "Occasional truanting or non-attendance; School action or school action plus Identified "
  + "language and communication difficulties; Reduced access to books, toys or educational "
  + "materials Few or no qualifications / NEET"
private let earlyHelpHealthCell =
  "Not attaining developmental milestones including for speech and language Absence of medical "
  + "explanation for poor growth trajectory; Missed appointments - routine and non-routine Minor "
  + "health problems which can be maintained in a mainstream school"
private let earlyHelpIdentityCell =
  "Low level mental health or emotional issues requiring intervention Pro offending behaviour "
  + "and attitudes; Early onset of offending behaviour or activity (10-14) Coming to notice of "
  + "police through low level offending; Low level substance misuse (current or historical) ; "
  + "Expressing wish to become pregnant at young age; Sexual active (15+) with inconsistent use "
  + "of contraception; Early onset of sexual activity (13-14) or at risk of sexual exploitation "
  + "Poor self-esteem; Cultural and Racial identity and language are taken into account"
private let earlyHelpFamilyCell =
  "Parents/carers have relationship difficulties which may affect the child Parents request "
  + "advice to manage their child's behaviour Children affected by difficult family relationships "
  + "or bullying Parent is unable to meet child's needs without support"
private let earlyHelpHousingCell =
  "Overcrowding Families affected by low income or unemployment Young people at risk of "
  + "homelessness"
private let earlyHelpCommunityCell =
  "Insufficient facilities to meet needs e.g. transport or access issues Family require advice "
  + "regarding social exclusion e.g. hate crimes, associating with anti-social or criminally "
  + "active peers Limited access to contraceptive and sexual health advice, information and "
  + "services"
private let earlyHelpWarmthCell =
  "Inconsistent parenting, but development not significantly impaired Concerns about "
  + "parent/carer attachment"
private let targetedLearningCell =
  "Short term exclusions or at risk of permanent exclusion, persistent truanting Statement of "
  + "special educational needs No access to books, toys or educational materials Linguistic "
  + "difficulties/ interpreter required and additional risk factors present."
private let targetedHealthCell =
  "Disability requiring specialist support to be maintained in mainstream setting Physical and "
  + "emotional development raising significant concerns Chronic/recurring health problems Missed "
  + "appointments - routine and non-routine Absence of medical diagnosis for persistent or "
  + "recurring pain during urination and bowel movements Wetting and soiling accidents unrelated "
  + "to toilet training; Pain, discoloration, bleeding or discharges in genitals, anus or mouth"
private let targetedIdentityCell =
  "Under 16 and has had (or caused) a previous pregnancy ending in still birth, abortion or "
  + "miscarriage 16+ and has had (or caused) 2 or more previous pregnancies or is a teenage "
  + "parent Demonstrates adult like sexual behaviour or knowledge Cultural and Racial identity "
  + "and language are taken into account Coming to notice of police on a regular basis but not "
  + "progressed Fascination with fire or fire starter Received fixed penalty notice, reprimand, "
  + "final warning or triage of diversionary intervention Mental health issues requiring "
  + "specialist intervention in the community Evidence of regular/frequent drug use which may be "
  + "combined with other risk factors Evidence of escalation of substance use Evidence of "
  + "changing attitudes and more disregard to risk Significant low self-esteem Under 18 and "
  + "pregnant Victim of crime including discrimination"
private let targetedFamilyCell =
  "History and/ or a current incident of domestic violence Risk of relationship breakdown with "
  + "parent or carer and the child Low warmth high criticism Young carers , Privately fostered, "
  + "children of prisoners, periods of LAC Child appears to have undifferentiated attachments"
private let targetedCommunityCell =
  "Family require support services as a result of social exclusion Parents socially excluded, "
  + "no access to local facilities"
private let targetedBasicCareCell =
  "Inconsistent care e.g. inappropriate child care arrangements or young inexperienced parent "
  + "Physical care or supervision of child is inadequate Parental learning disability, parental "
  + "substance misuse or mental health impacting on parent's ability to meet the needs of the "
  + "child Parental non-compliance with CAF/early help offer"
private let targetedWarmthCell =
  "Inconsistent parenting significantly impairing emotional or behavioural development Concerns "
  + "about parent/carer attachment"
private let targetedGuidanceCell =
  "Parent provides inconsistent boundaries or responses Child exposed to adult sexual material."
private let specialistLearningCell =
  "Chronic non-attendance, truancy No parental support for education Permanently excluded, "
  + "frequent exclusions or no education provision"
private let specialistHealthCell =
  "High level disability which cannot be maintained in a mainstream setting Bruising to "
  + "immobile baby Babies born /female children of mothers subject to Female Genital Mutilation "
  + "Serious physical and emotional health problems Escalation of self-harm"
private let specialistIdentityCell =
  "Challenging behaviour resulting in serious risk to the child and others Failure or rejection "
  + "to address serious (re) offending behaviour Known to be part of gang or neighbourhood group "
  + "engaged in antisocial behaviour Complex mental health issues requiring specialist "
  + "interventions In sexually exploitative relationship Teenage parent under 16 Under 13 engaged "
  + "in sexual activity Distorted self-image Significant concern re parental behaviour and risk "
  + "factors where there is an unborn child Frequently go missing from home for long periods "
  + "Young people experiencing current harm through their use of substances. Young people with "
  + "complicated substance problems requiring specific interventions and/or child protection. "
  + "Young people with complex needs whose issues are exacerbated by substance use Cultural and "
  + "Racial identity and language are taken into account"
private let specialistFamilyCell =
  "Suspicion of physical, emotional, sexual abuse or neglect History and/ or a serious incident "
  + "of domestic violence Domestic violence that put the child at risk of significant harm "
  + "Parents or other family members are unable to care for the child Children who need to be "
  + "looked after outside of their own family"
private let specialistHousingCell =
  "No fixed abode or homeless Extreme poverty"
private let specialistBasicCareCell =
  "Parent is unable to meet child's needs without support Parental mental health/ DV/Substance "
  + "Abuse but not accessing essential support Parental hostility to statutory / voluntary "
  + "services Concealed pregnancy - multiple risk factors"

/// The indicators of one printed cell that is cut into several parts (where its phrases carry
/// different ages or kinds): each keeps the whole cell.
private func oneCell(_ printed: String, _ parts: [Indicator]...) -> [Indicator] {
  parts.flatMap { $0 }.map { $0.with(printedCell: printed) }
}

/// “Cultural and Racial identity and language are taken into account”, printed under “Social,
/// Emotional, Behavioural, Identity” at every level: a statement about practice, never a need.
private func culturalIdentityStatement(_ level: Int, _ table: String, instead: String)
  -> Indicator
{
  Indicator(
    id: "llr-cultural-racial-identity-language-level-\(level)",
    text: "Cultural and Racial identity and language are taken into account", level: level,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    source: cell(
      table, developmentalColumn, "Social, Emotional, Behavioural, Identity",
      note: runTogetherNote + " " + culturalIdentityNote),
    kind: .practiceStatement(
      instead: "This line reminds practitioners to take the child's cultural and racial "
        + "identity and language into account; it is not a need. " + instead))
}

/// Indicators whose before-birth rule is not their domain's (see the note “Before birth”).
private let llrBeforeBirth: [String: BeforeBirth] = [
  // Developmental Needs (does not apply before birth), except:
  "llr-stable-families-parents-meet-needs": .applies,
  "llr-missed-appointments-level-2": .applies,
  "llr-missed-appointments-level-3": .applies,
  "llr-recently-assessed-high-risk": .applies,
  // Family and Environmental Factors (applies before birth), except:
  "llr-access-to-consistent-positive-activities": .doesNotApply,
  "llr-difficult-family-relationships-or-bullying": .doesNotApply,
  "llr-young-people-at-risk-of-homelessness": .doesNotApply,
  "llr-limited-access-to-sexual-health-advice": .doesNotApply,
  "llr-risk-of-relationship-breakdown": .doesNotApply,
  "llr-young-carers-privately-fostered-prisoners-lac": .doesNotApply,
  "llr-undifferentiated-attachments": .doesNotApply,
  // Parents and Carers (applies before birth), except:
  "llr-parents-provide-secure-caring-parenting": .doesNotApply,
  "llr-parents-provide-appropriate-guidance-boundaries": .doesNotApply,
  "llr-inconsistent-parenting-not-significantly-impaired": .doesNotApply,
  "llr-physical-care-or-supervision-inadequate": .doesNotApply,
  "llr-inconsistent-parenting-significantly-impairing": .doesNotApply,
  "llr-inconsistent-boundaries-or-responses": .doesNotApply,
  "llr-exposed-to-adult-sexual-material": .doesNotApply,
  "llr-parent-not-good-role-model": .doesNotApply,
]

private let llrIndicators: [Indicator] = {
  let indicators = llrIndicatorGroups.flatMap { $0 }
  assert(
    Set(llrBeforeBirth.keys).isSubset(of: indicators.map(\.id)),
    "a before-birth exception names an indicator that does not exist")
  return indicators.map { indicator in
    llrBeforeBirth[indicator.id].map { indicator.with(beforeBirth: $0) } ?? indicator
  }
}()

private let llrIndicatorGroups: [[Indicator]] = [
  // Universal (level 1)
  Indicator.group(
    cell(universalTable, developmentalColumn, "Learning / Education", note: runTogetherNote),
    level: 1, domain: "developmental-needs", subdomain: "learning-education",
    cell: universalLearningCell,
    [
      ("llr-achieving-key-stages", "Achieving key stages"),
      ("llr-good-attendance-at-school", "Good attendance at school/college/training"),
      ("llr-no-barriers-to-learning", "No barriers to learning"),
      (
        "llr-planned-progression-beyond-school-age",
        "Planned progression beyond statutory school age"
      ),
    ]),
  Indicator.group(
    cell(universalTable, developmentalColumn, "Health"),
    level: 1, domain: "developmental-needs", subdomain: "health",
    [
      (
        "llr-good-physical-health-developmental-milestones",
        "Good physical health with age appropriate developmental milestones including speech and language"
      )
    ]),
  oneCell(
    universalIdentityCell,
    Indicator.group(
      cell(
        universalTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 1, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-good-mental-health-psychological-well-being",
          "Good mental health and psychological well-being"
        ),
        (
          "llr-good-quality-early-attachments",
          "Good quality early attachments, confident in social situations"
        ),
        (
          "llr-knowledgeable-about-effects-of-crime",
          "Knowledgeable about the effects of crime and antisocial behaviour"
        ),
        (
          "llr-knowledgeable-about-sex-and-relationships",
          "Knowledgeable about sex and relationships and consistent use of contraception if sexually active"
        ),
      ]),
    [
      culturalIdentityStatement(
        1, universalTable,
        instead: "Pick instead the indicators that describe the child, such as “Good mental "
          + "health and psychological well-being”.")
    ]),
  Indicator.group(
    cell(
      universalTable, developmentalColumn, "Family and Social Relationship",
      note: "This heading is printed only in the Universal table."),
    level: 1, domain: "developmental-needs", subdomain: "family-and-social-relationship",
    [
      (
        "llr-stable-families-parents-meet-needs",
        "Stable families where parents are able to meet the child's needs"
      )
    ]),
  Indicator.group(
    cell(
      universalTable, familyColumn, "Family History and Well-Being",
      note: "The Universal table's heading for the section the other tables head “Family and "
        + "Social Relationships and Family Well-Being”; placed in that subdomain."),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "family-relationships-and-well-being",
    [
      ("llr-supportive-family-relationships", "Supportive family relationships")
    ]),
  Indicator.group(
    cell(universalTable, familyColumn, "Housing, Employment and Finance", note: runTogetherNote),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    cell: universalHousingCell,
    [
      ("llr-child-fully-supported-financially", "Child fully supported financially"),
      ("llr-good-quality-stable-housing", "Good quality stable housing"),
    ]),
  Indicator.group(
    cell(universalTable, familyColumn, "Social and Community Resources", note: runTogetherNote),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    cell: universalCommunityCell,
    [
      ("llr-good-social-and-friendship-networks", "Good social and friendship networks exist"),
      ("llr-safe-and-secure-environment", "Safe and secure environment"),
      (
        "llr-access-to-consistent-positive-activities",
        "Access to consistent and positive activities"
      ),
    ]),
  Indicator.group(
    cell(universalTable, parentsColumn, "Basic Care, Safety and Protection"),
    level: 1, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      ("llr-parents-able-to-provide-care", "Parents able to provide care for child's needs")
    ]),
  Indicator.group(
    cell(universalTable, parentsColumn, "Emotional Warmth and Stability"),
    level: 1, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      ("llr-parents-provide-secure-caring-parenting", "Parents provide secure and caring parenting")
    ]),
  Indicator.group(
    cell(universalTable, parentsColumn, "Guidance, Boundaries and Stimulation"),
    level: 1, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      (
        "llr-parents-provide-appropriate-guidance-boundaries",
        "Parents provide appropriate guidance and boundaries to help child develop appropriate values"
      )
    ]),

  // Early Help / CAF (level 2)
  Indicator.group(
    cell(earlyHelpTable, developmentalColumn, "Learning / Education", note: runTogetherNote),
    level: 2, domain: "developmental-needs", subdomain: "learning-education",
    cell: earlyHelpLearningCell,
    [
      ("llr-occasional-truanting-or-non-attendance", "Occasional truanting or non-attendance"),
      ("llr-school-action-or-school-action-plus", "School action or school action plus"),
      (
        "llr-identified-language-communication-difficulties",
        "Identified language and communication difficulties"
      ),
      (
        "llr-reduced-access-to-books-toys", "Reduced access to books, toys or educational materials"
      ),
      ("llr-few-or-no-qualifications-neet", "Few or no qualifications / NEET"),
    ]),
  Indicator.group(
    cell(earlyHelpTable, developmentalColumn, "Health", note: runTogetherNote),
    level: 2, domain: "developmental-needs", subdomain: "health",
    cell: earlyHelpHealthCell,
    [
      (
        "llr-not-attaining-developmental-milestones",
        "Not attaining developmental milestones including for speech and language"
      ),
      (
        "llr-no-medical-explanation-poor-growth",
        "Absence of medical explanation for poor growth trajectory"
      ),
      ("llr-missed-appointments-level-2", "Missed appointments - routine and non-routine"),
      (
        "llr-minor-health-problems-mainstream-school",
        "Minor health problems which can be maintained in a mainstream school"
      ),
    ]),
  oneCell(
    earlyHelpIdentityCell,
    Indicator.group(
      cell(
        earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-low-level-mental-health-emotional-issues",
          "Low level mental health or emotional issues requiring intervention"
        ),
        ("llr-pro-offending-behaviour-and-attitudes", "Pro offending behaviour and attitudes"),
      ]),
    [
      Indicator(
        id: "llr-early-onset-of-offending-behaviour",
        text: "Early onset of offending behaviour or activity (10-14)",
        level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: age10to14,
        source: cell(
          earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote))
    ],
    Indicator.group(
      cell(
        earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote
          + " “Low level substance misuse (current or historical) ;” is printed with a space "
          + "before its semicolon; the semicolon is not kept."),
      level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-notice-of-police-low-level-offending",
          "Coming to notice of police through low level offending"
        ),
        ("llr-low-level-substance-misuse", "Low level substance misuse (current or historical)"),
        ("llr-wish-to-become-pregnant-young", "Expressing wish to become pregnant at young age"),
      ]),
    [
      Indicator(
        id: "llr-sexual-active-inconsistent-contraception",
        text: "Sexual active (15+) with inconsistent use of contraception",
        level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: age15plus,
        source: cell(
          earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote)),
      Indicator(
        id: "llr-early-onset-of-sexual-activity",
        text: "Early onset of sexual activity (13-14)",
        level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: age13to14,
        source: cell(
          earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note:
            "Doubtful split: printed “Early onset of sexual activity (13-14) or at risk of sexual "
            + "exploitation”. The age qualifies only this first alternative, so the phrase is two "
            + "indicators; this one carries the age.")),
      Indicator(
        id: "llr-at-risk-of-sexual-exploitation",
        text: "or at risk of sexual exploitation",
        level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        source: cell(
          earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: "Doubtful split: the second alternative of “Early onset of sexual activity (13-14) "
            + "or at risk of sexual exploitation”, kept with its printed “or”. The “(13-14)” does "
            + "not qualify it, so it applies at any age.")),
    ],
    Indicator.group(
      cell(
        earlyHelpTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 2, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        ("llr-poor-self-esteem", "Poor self-esteem")
      ]),
    [
      culturalIdentityStatement(
        2, earlyHelpTable,
        instead: "Pick instead the indicators that describe the child's needs: where identity or "
          + "language is part of the need, such as “Identified language and communication "
          + "difficulties”, “Family require advice regarding social exclusion e.g. hate crimes, "
          + "associating with anti-social or criminally active peers” or “Poor self-esteem”.")
    ]),
  Indicator.group(
    cell(earlyHelpTable, developmentalColumn, "Self-Care and Independence"),
    level: 2, domain: "developmental-needs", subdomain: "self-care-and-independence",
    [
      (
        "llr-lack-of-living-skills-social-exclusion",
        "Lack of age appropriate behaviour and independent living skills that increase vulnerability to social exclusion"
      )
    ]),
  Indicator.group(
    cell(
      earlyHelpTable, familyColumn, "Family and Social Relationships and Family Well-Being",
      note: runTogetherNote),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "family-relationships-and-well-being",
    cell: earlyHelpFamilyCell,
    [
      (
        "llr-parents-carers-relationship-difficulties",
        "Parents/carers have relationship difficulties which may affect the child"
      ),
      (
        "llr-parents-request-advice-on-behaviour",
        "Parents request advice to manage their child's behaviour"
      ),
      (
        "llr-difficult-family-relationships-or-bullying",
        "Children affected by difficult family relationships or bullying"
      ),
      (
        "llr-parent-unable-to-meet-needs-level-2",
        "Parent is unable to meet child's needs without support"
      ),
    ]),
  Indicator.group(
    cell(earlyHelpTable, familyColumn, "Housing, Employment and Finance", note: runTogetherNote),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    cell: earlyHelpHousingCell,
    [
      ("llr-overcrowding", "Overcrowding"),
      ("llr-low-income-or-unemployment", "Families affected by low income or unemployment"),
      ("llr-young-people-at-risk-of-homelessness", "Young people at risk of homelessness"),
    ]),
  Indicator.group(
    cell(earlyHelpTable, familyColumn, "Social and Community Resources", note: runTogetherNote),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    cell: earlyHelpCommunityCell,
    [
      (
        "llr-insufficient-facilities-to-meet-needs",
        "Insufficient facilities to meet needs e.g. transport or access issues"
      ),
      (
        "llr-family-require-advice-social-exclusion",
        "Family require advice regarding social exclusion e.g. hate crimes, associating with anti-social or criminally active peers"
      ),
      (
        "llr-limited-access-to-sexual-health-advice",
        "Limited access to contraceptive and sexual health advice, information and services"
      ),
    ]),
  Indicator.group(
    cell(earlyHelpTable, parentsColumn, "Basic Care, Safety and Protection"),
    level: 2, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      (
        "llr-inconsistent-care-level-2",
        "Inconsistent care e.g. inappropriate child care arrangements or young inexperienced parent"
      )
    ]),
  Indicator.group(
    cell(earlyHelpTable, parentsColumn, "Emotional Warmth and Stability", note: runTogetherNote),
    level: 2, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    cell: earlyHelpWarmthCell,
    [
      (
        "llr-inconsistent-parenting-not-significantly-impaired",
        "Inconsistent parenting, but development not significantly impaired"
      ),
      ("llr-concerns-parent-carer-attachment-level-2", "Concerns about parent/carer attachment"),
    ]),
  Indicator.group(
    cell(earlyHelpTable, parentsColumn, "Guidance, Boundaries and Stimulation"),
    level: 2, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      ("llr-lack-of-response-to-concerns", "Lack of response to concerns raised regarding child")
    ]),

  // Targeted (level 3)
  Indicator.group(
    cell(
      targetedTable, developmentalColumn, "Learning / Education",
      note: runTogetherNote
        + " “persistent truanting” follows a comma and is kept with the exclusions phrase."),
    level: 3, domain: "developmental-needs", subdomain: "learning-education",
    cell: targetedLearningCell,
    [
      (
        "llr-exclusions-or-persistent-truanting",
        "Short term exclusions or at risk of permanent exclusion, persistent truanting"
      ),
      ("llr-statement-of-special-educational-needs", "Statement of special educational needs"),
      ("llr-no-access-to-books-toys", "No access to books, toys or educational materials"),
      (
        "llr-linguistic-difficulties-interpreter-required",
        "Linguistic difficulties/ interpreter required and additional risk factors present"
      ),
    ]),
  Indicator.group(
    cell(targetedTable, developmentalColumn, "Health", note: runTogetherNote),
    level: 3, domain: "developmental-needs", subdomain: "health",
    cell: targetedHealthCell,
    [
      (
        "llr-disability-specialist-support-mainstream",
        "Disability requiring specialist support to be maintained in mainstream setting"
      ),
      (
        "llr-development-raising-significant-concerns",
        "Physical and emotional development raising significant concerns"
      ),
      ("llr-chronic-recurring-health-problems", "Chronic/recurring health problems"),
      ("llr-missed-appointments-level-3", "Missed appointments - routine and non-routine"),
      (
        "llr-no-medical-diagnosis-recurring-pain",
        "Absence of medical diagnosis for persistent or recurring pain during urination and bowel movements"
      ),
      (
        "llr-wetting-and-soiling-accidents",
        "Wetting and soiling accidents unrelated to toilet training"
      ),
      (
        "llr-pain-bleeding-discharges-genitals-anus-mouth",
        "Pain, discoloration, bleeding or discharges in genitals, anus or mouth"
      ),
    ]),
  oneCell(
    targetedIdentityCell,
    [
      Indicator(
        id: "llr-under-16-previous-pregnancy",
        text:
          "Under 16 and has had (or caused) a previous pregnancy ending in still birth, abortion or miscarriage",
        level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: ageUnder16,
        source: cell(
          targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote)),
      Indicator(
        id: "llr-16-plus-two-or-more-pregnancies",
        text: "16+ and has had (or caused) 2 or more previous pregnancies or is a teenage parent",
        level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: age16plus,
        source: cell(
          targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote
            + " The “16+” is read as qualifying both alternatives; the Specialist table has "
            + "“Teenage parent under 16”.")),
    ],
    Indicator.group(
      cell(
        targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-adult-like-sexual-behaviour-or-knowledge",
          "Demonstrates adult like sexual behaviour or knowledge"
        )
      ]),
    [
      culturalIdentityStatement(
        3, targetedTable,
        instead: "Pick instead the indicators that describe the child's needs: where identity or "
          + "language is part of the need, such as “Linguistic difficulties/ interpreter required "
          + "and additional risk factors present”, “Victim of crime including discrimination” or "
          + "“Significant low self-esteem”.")
    ],
    Indicator.group(
      cell(
        targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-notice-of-police-on-regular-basis",
          "Coming to notice of police on a regular basis but not progressed"
        ),
        ("llr-fascination-with-fire-or-fire-starter", "Fascination with fire or fire starter"),
        (
          "llr-fixed-penalty-reprimand-final-warning",
          "Received fixed penalty notice, reprimand, final warning or triage of diversionary intervention"
        ),
        (
          "llr-mental-health-specialist-intervention-community",
          "Mental health issues requiring specialist intervention in the community"
        ),
        (
          "llr-regular-frequent-drug-use",
          "Evidence of regular/frequent drug use which may be combined with other risk factors"
        ),
        ("llr-escalation-of-substance-use", "Evidence of escalation of substance use"),
        (
          "llr-changing-attitudes-disregard-to-risk",
          "Evidence of changing attitudes and more disregard to risk"
        ),
        ("llr-significant-low-self-esteem", "Significant low self-esteem"),
      ]),
    [
      Indicator(
        id: "llr-under-18-and-pregnant",
        text: "Under 18 and pregnant",
        level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: ageUnder18,
        source: cell(
          targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote))
    ],
    Indicator.group(
      cell(
        targetedTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 3, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        ("llr-victim-of-crime-including-discrimination", "Victim of crime including discrimination")
      ])),
  Indicator.group(
    cell(targetedTable, developmentalColumn, "Self-Care and Independence"),
    level: 3, domain: "developmental-needs", subdomain: "self-care-and-independence",
    [
      (
        "llr-lack-of-living-skills-impair-development",
        "Lack of age appropriate behaviour and independent living skills, likely to impair development"
      )
    ]),
  Indicator.group(
    cell(
      targetedTable, familyColumn, "Family and Social Relationships and Family Well-Being",
      note: runTogetherNote
        + " “Young carers , Privately fostered, children of prisoners, periods of LAC” is one "
        + "comma-separated phrase and is kept whole, with its printed space before the comma."),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "family-relationships-and-well-being",
    cell: targetedFamilyCell,
    [
      (
        "llr-current-incident-of-domestic-violence",
        "History and/ or a current incident of domestic violence"
      ),
      (
        "llr-risk-of-relationship-breakdown",
        "Risk of relationship breakdown with parent or carer and the child"
      ),
      ("llr-low-warmth-high-criticism", "Low warmth high criticism"),
      (
        "llr-young-carers-privately-fostered-prisoners-lac",
        "Young carers , Privately fostered, children of prisoners, periods of LAC"
      ),
      ("llr-undifferentiated-attachments", "Child appears to have undifferentiated attachments"),
    ]),
  Indicator.group(
    cell(
      targetedTable, familyColumn, "Housing, Employment and Finance",
      note: "One comma-separated phrase, kept whole."),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    [
      (
        "llr-severe-overcrowding-temporary-accommodation",
        "Severe overcrowding, temporary accommodation, homeless, unemployment"
      )
    ]),
  Indicator.group(
    cell(targetedTable, familyColumn, "Social and Community Resources", note: runTogetherNote),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    cell: targetedCommunityCell,
    [
      (
        "llr-family-require-support-social-exclusion",
        "Family require support services as a result of social exclusion"
      ),
      ("llr-parents-socially-excluded", "Parents socially excluded, no access to local facilities"),
    ]),
  Indicator.group(
    cell(targetedTable, parentsColumn, "Basic Care, Safety and Protection", note: runTogetherNote),
    level: 3, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    cell: targetedBasicCareCell,
    [
      (
        "llr-inconsistent-care-level-3",
        "Inconsistent care e.g. inappropriate child care arrangements or young inexperienced parent"
      ),
      (
        "llr-physical-care-or-supervision-inadequate",
        "Physical care or supervision of child is inadequate"
      ),
      (
        "llr-parental-disability-substance-mental-health",
        "Parental learning disability, parental substance misuse or mental health impacting on parent's ability to meet the needs of the child"
      ),
      (
        "llr-parental-non-compliance-caf-early-help",
        "Parental non-compliance with CAF/early help offer"
      ),
    ]),
  Indicator.group(
    cell(targetedTable, parentsColumn, "Emotional Warmth and Stability", note: runTogetherNote),
    level: 3, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    cell: targetedWarmthCell,
    [
      (
        "llr-inconsistent-parenting-significantly-impairing",
        "Inconsistent parenting significantly impairing emotional or behavioural development"
      ),
      ("llr-concerns-parent-carer-attachment-level-3", "Concerns about parent/carer attachment"),
    ]),
  Indicator.group(
    cell(
      targetedTable, parentsColumn, "Guidance, Boundaries and Stimulation", note: runTogetherNote),
    level: 3, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    cell: targetedGuidanceCell,
    [
      (
        "llr-inconsistent-boundaries-or-responses",
        "Parent provides inconsistent boundaries or responses"
      ),
      ("llr-exposed-to-adult-sexual-material", "Child exposed to adult sexual material"),
    ]),

  // Specialist (level 4)
  Indicator.group(
    cell(specialistTable, developmentalColumn, "Learning / Education", note: runTogetherNote),
    level: 4, domain: "developmental-needs", subdomain: "learning-education",
    cell: specialistLearningCell,
    [
      ("llr-chronic-non-attendance-truancy", "Chronic non-attendance, truancy"),
      ("llr-no-parental-support-for-education", "No parental support for education"),
      (
        "llr-permanently-excluded-no-education-provision",
        "Permanently excluded, frequent exclusions or no education provision"
      ),
    ]),
  Indicator.group(
    cell(specialistTable, developmentalColumn, "Health", note: runTogetherNote),
    level: 4, domain: "developmental-needs", subdomain: "health",
    cell: specialistHealthCell,
    [
      (
        "llr-high-level-disability-not-mainstream",
        "High level disability which cannot be maintained in a mainstream setting"
      ),
      ("llr-bruising-to-immobile-baby", "Bruising to immobile baby"),
      (
        "llr-mothers-subject-to-fgm",
        "Babies born /female children of mothers subject to Female Genital Mutilation"
      ),
      (
        "llr-serious-physical-emotional-health-problems",
        "Serious physical and emotional health problems"
      ),
      ("llr-escalation-of-self-harm", "Escalation of self-harm"),
    ]),
  oneCell(
    specialistIdentityCell,
    Indicator.group(
      cell(
        specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        (
          "llr-challenging-behaviour-serious-risk",
          "Challenging behaviour resulting in serious risk to the child and others"
        ),
        (
          "llr-failure-to-address-serious-offending",
          "Failure or rejection to address serious (re) offending behaviour"
        ),
        (
          "llr-part-of-gang-or-neighbourhood-group",
          "Known to be part of gang or neighbourhood group engaged in antisocial behaviour"
        ),
        (
          "llr-complex-mental-health-issues",
          "Complex mental health issues requiring specialist interventions"
        ),
        ("llr-in-sexually-exploitative-relationship", "In sexually exploitative relationship"),
      ]),
    [
      Indicator(
        id: "llr-teenage-parent-under-16",
        text: "Teenage parent under 16",
        level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: ageLowerUnder16,
        source: cell(
          specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote)),
      Indicator(
        id: "llr-under-13-engaged-in-sexual-activity",
        text: "Under 13 engaged in sexual activity",
        level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: ageUnder13,
        source: cell(
          specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote)),
    ],
    Indicator.group(
      cell(
        specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        ("llr-distorted-self-image", "Distorted self-image")
      ]),
    [
      Indicator(
        id: "llr-parental-behaviour-risk-unborn-child",
        text:
          "Significant concern re parental behaviour and risk factors where there is an unborn child",
        level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
        age: unbornChild,
        source: cell(
          specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
          note: runTogetherNote
            + " Printed under Developmental Needs, the child's own needs, so it applies only to an "
            + "unborn child."))
    ],
    Indicator.group(
      cell(
        specialistTable, developmentalColumn, "Social, Emotional, Behavioural, Identity",
        note: runTogetherNote),
      level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      [
        ("llr-frequently-go-missing-from-home", "Frequently go missing from home for long periods"),
        (
          "llr-current-harm-through-use-of-substances",
          "Young people experiencing current harm through their use of substances"
        ),
        (
          "llr-complicated-substance-problems",
          "Young people with complicated substance problems requiring specific interventions and/or child protection"
        ),
        (
          "llr-complex-needs-exacerbated-by-substances",
          "Young people with complex needs whose issues are exacerbated by substance use"
        ),
      ]),
    [
      culturalIdentityStatement(
        4, specialistTable,
        instead: "Pick instead the indicators that describe the child's needs: where identity or "
          + "discrimination is part of the need, such as “Child or family need immediate support "
          + "and protection due to harassment /discrimination and No access to community "
          + "resources” or “Distorted self-image”.")
    ]),
  Indicator.group(
    cell(specialistTable, developmentalColumn, "Self-Care and Independence"),
    level: 4, domain: "developmental-needs", subdomain: "self-care-and-independence",
    [
      (
        "llr-severe-lack-of-living-skills-significant-harm",
        "Severe lack of age appropriate behaviour and independent living skills likely to result in significant harm e.g. bullying, isolation"
      )
    ]),
  Indicator.group(
    cell(
      specialistTable, familyColumn, "Family and Social Relationships and Family Well-Being",
      note: runTogetherNote),
    level: 4, domain: "family-and-environmental-factors",
    subdomain: "family-relationships-and-well-being",
    cell: specialistFamilyCell,
    [
      (
        "llr-suspicion-of-abuse-or-neglect",
        "Suspicion of physical, emotional, sexual abuse or neglect"
      ),
      (
        "llr-serious-incident-of-domestic-violence",
        "History and/ or a serious incident of domestic violence"
      ),
      (
        "llr-domestic-violence-risk-of-significant-harm",
        "Domestic violence that put the child at risk of significant harm"
      ),
      (
        "llr-family-unable-to-care-for-child",
        "Parents or other family members are unable to care for the child"
      ),
      (
        "llr-looked-after-outside-own-family",
        "Children who need to be looked after outside of their own family"
      ),
    ]),
  Indicator.group(
    cell(specialistTable, familyColumn, "Housing, Employment and Finance", note: runTogetherNote),
    level: 4, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    cell: specialistHousingCell,
    [
      ("llr-no-fixed-abode-or-homeless", "No fixed abode or homeless"),
      ("llr-extreme-poverty", "Extreme poverty"),
    ]),
  Indicator.group(
    cell(
      specialistTable, familyColumn, "Social and Community Resources",
      note: "Kept as one indicator: the capital “No” may mark a new line in the original, but the "
        + "“and” before it joins the two phrases."),
    level: 4, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    [
      (
        "llr-immediate-support-harassment-discrimination",
        "Child or family need immediate support and protection due to harassment /discrimination and No access to community resources"
      )
    ]),
  Indicator.group(
    cell(
      specialistTable, parentsColumn, "Basic Care, Safety and protection",
      note: runTogetherNote),
    level: 4, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    cell: specialistBasicCareCell,
    [
      (
        "llr-parent-unable-to-meet-needs-level-4",
        "Parent is unable to meet child's needs without support"
      ),
      (
        "llr-parental-mental-health-dv-substance-abuse",
        "Parental mental health/ DV/Substance Abuse but not accessing essential support"
      ),
      (
        "llr-parental-hostility-to-services", "Parental hostility to statutory / voluntary services"
      ),
      (
        "llr-concealed-pregnancy-multiple-risk-factors",
        "Concealed pregnancy - multiple risk factors"
      ),
    ]),
  Indicator.group(
    cell(specialistTable, parentsColumn, "Emotional Warmth and Stability"),
    level: 4, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      (
        "llr-parents-unable-to-manage-family-breakdown",
        "Parents unable to manage and risk of family breakdown"
      )
    ]),
  Indicator.group(
    cell(specialistTable, parentsColumn, "Guidance, Boundaries and Stimulation"),
    level: 4, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      (
        "llr-parent-not-good-role-model",
        "Parent does not offer good role model leading to serious risk taking behaviour e.g. condones antisocial behaviour"
      )
    ]),

  // Targeted FEATURES row: the groups it names as children in need (see the note “Children in
  // need named in the Targeted FEATURES row”).
  Indicator.group(
    Citation(
      "\(targetedTable), FEATURES, Child in need (section 17)",
      note: "From the FEATURES row, not the example indicators: “These may include children who "
        + "have been assessed as \"high risk\" in the recent past, or children who have been "
        + "adopted and now require additional support.” Each group is one indicator, in its "
        + "printed words."),
    level: 3, domain: "targeted-features", subdomain: "child-in-need-section-17",
    cell: targetedChildInNeedCell,
    [
      (
        "llr-recently-assessed-high-risk",
        "children who have been assessed as \"high risk\" in the recent past"
      ),
      (
        "llr-adopted-requiring-additional-support",
        "children who have been adopted and now require additional support"
      ),
    ]),
]

// MARK: - Combination rules

private let rutlandThirdUnmetNeed =
  "Where there is a third unmet need identified, this triggers a referral to CAF."

private let llrRules: [CombinationRule] = [
  CombinationRule(
    id: "llr-highest-indicator",
    name: "Needs may cross different types of need",
    sentence:
      "Assessment is an on-going process, not a single event; children and young people's needs "
      + "often change over time and may cross different types of need, i.e. high in some areas "
      + "and low in others. The age of the child/young person and protective factors that may "
      + "enhance resilience are also important contributory factors.",
    source: Citation("\(typesOfNeed) (continued), paragraph 14"),
    interpretation:
      "The document says needs may be high in some areas and low in others but gives no rule for "
      + "combining them. The tool suggests the level of the highest indicator selected; the "
      + "practitioner's judgement, the child's age and protective factors decide.",
    effect: .highestIndicator),
  CombinationRule(
    id: "llr-rutland-third-unmet-need",
    name: "Rutland: a third unmet need triggers a referral to CAF",
    sentence: rutlandThirdUnmetNeed,
    source: Citation("\(appendixD), Rutland Early Intervention Offer"),
    interpretation:
      "Each indicator above Universal that the case selects is an unmet need. Rutland's "
      + "early intervention services help as a single agency (pre-CAF) with two unmet needs or "
      + "less; from three, the route is a referral to CAF. The level is unchanged. The document "
      + "sets this rule beside the single agency, pre-CAF offer, below the CIN and CP levels, so "
      + "the tool applies it only at Early Help/CAF (level 2) and below: at Targeted or "
      + "Specialist the level's own route (the LSCB procedures) stands.",
    areas: ["rutland"],
    effect: .unmetNeedsReferral(
      count: 3, aboveLevel: 1, upToLevel: 2, route: rutlandCAFReferral)),
]

// MARK: - Passages shared by the routes

private let universalParagraph20 =
  "Most children and young people's needs will be met by their parents and carers, family and "
  + "communities with support from universal services - for example, schools, youth services, GP "
  + "surgeries and health visitors."
private let universalAssessment =
  "No common assessment is required. Children should access universal services in a normal way."
private let cafNotForUniversal =
  "The CAF is not appropriate for: The majority of children and young people who are progressing "
  + "satisfactorily towards successful outcomes within universal services"
private let cafNotForStatutory =
  "The CAF is not appropriate for: Situations where an immediate statutory or specialist "
  + "assessment is needed or is the most appropriate way to determine support required"
private let cafNotForHarm =
  "The CAF is not appropriate for: A child or young person about whom there is concern that they "
  + "may be suffering, or may be at risk of suffering, harm. In such instances, Leicestershire, "
  + "Leicester & Rutland Safeguarding Children Board procedures should be followed without delay: "
  + "http://llrscb.proceduresonline.com/index.htm"
private let lscbProcedures = "http://llrscb.proceduresonline.com/index.htm"
private let earlyHelpParagraph19 =
  "The majority of vulnerable children will have their needs assessed and met within the Early "
  + "Help offer or the Common Assessment Framework through the use of a Common Assessment, a lead "
  + "professional and a Team around the Child (TAC)/Team around the Family (TAF) approach or "
  + "through the provision of Early Help Services."
private let cafWhatIsIt =
  "The CAF is a shared assessment and planning framework, endorsed by Leicester Children's Trust "
  + "and Rutland's Children's Trust partnerships as the baseline assessment to use across the "
  + "trust workforce. It aims to help the early identification of children and young people's "
  + "additional needs and promote co-ordinated service provision to meet them."
private let cafStages =
  "There are four main stages in completing a common assessment: identifying needs early, "
  + "assessing those needs, delivering integrated services and reviewing progress."
private let earlyHelpAssessment =
  "A common assessment should be completed with the child to identify their strengths & needs "
  + "and to gain specialist support except in the circumstances where there is specialist single "
  + "agency involvement. i.e) YISP."
private let cafConsent =
  "The CAF is a voluntary assessment process and, as such, a child or young person and/or their "
  + "parent/carer must give consent at the start of the process for the assessment to take place "
  + "in the full knowledge of what will happen to this information (e.g. How it will be stored, "
  + "who will have access to it)."
private let specialistReferralConsent =
  "Similarly, in instances where there is no Common Assessment in place, but a referral to a "
  + "specialist service is being considered, consent should always be sought from the child or "
  + "young person and/or their parent/carer unless to do so would place the child at increased "
  + "risk of significant harm."
private let persuadeConsent =
  "Practitioners should be tenacious in their attempts to persuade parents/carers to give "
  + "consent. The benefits and advantages should be explained clearly, as should the purpose of a "
  + "CAF (i.e. it is a process to determine the most appropriate type of support required for a "
  + "child/young person)."
private let targetedParagraph18 =
  "Those with targeted or specialist needs are likely to have met the criteria for assessment by "
  + "a specialist service such as CAMHS, Education, Health, Social Care, Youth Offending. It will "
  + "become a matter of judgement and consultation with partners and line managers whether in "
  + "fact their needs do need to be referred or can be met 'lower down' the hierarchy."
private let targetedAssessment =
  "Depending on the level of concern, common assessment/early help services are likely to be the "
  + "most appropriate first step and may be used as supporting evidence to gain specialist / "
  + "targeted support. The common assessment /early help assessment may also be completed to "
  + "support child moving out of complex needs. Statutory or specialist services assessment (NB a "
  + "common assessment must NOT replace a specialist assessment)."
private let specialistVerbalReferral =
  "Agencies should make a verbal referral to children's social care accompanied by a written "
  + "referral."
private let specialistAssessment =
  "Additional services: The common assessment can be used as supporting evidence to gain "
  + "specialist/targeted support. Statutory or specialist services assessment (NB a common "
  + "assessment must NOT replace a specialist assessment)."
private let explicitAgreement =
  "Services should be provided with the explicit agreement of the child/parent (depending on age "
  + "and understanding of the child), unless the child is at risk of significant harm."
private let earlyHelpConsentPrinciple =
  "Consent and participation are fundamental to early help and prevention services."
private let parentsInvolved =
  "Parents should be involved at the earliest opportunity unless to do so would prejudice the "
  + "safety of the child."
private let leicesterCAFWeb =
  "http://www.leicester.gov.uk/your-council-services/education-lifelong-learning/parental-support/caf/"
private let childrensSocialCare = "Local Authority children's social care"

private let informationSharingJudgement =
  "It is important to remember there can be significant consequences to not sharing information "
  + "as there can be to sharing information. You must use your professional judgement to decide "
  + "whether to share or not, and what information is appropriate to share."

private let sharedConsent: [ConsentGuidance] = [
  ConsentGuidance(
    text: explicitAgreement, source: Citation("\(respondingToNeed), paragraph 21")),
  ConsentGuidance(
    text: earlyHelpConsentPrinciple,
    source: Citation("Principles underpinning early help and prevention services")),
  ConsentGuidance(
    text: parentsInvolved,
    source: Citation("Principles underlying this document, paragraph 9")),
  ConsentGuidance(
    text: informationSharingJudgement, source: Citation("Information Sharing, paragraph 34")),
]

private let cafAimedAtHeading = "Which children and young people is CAF aimed at?"
private let paragraph29 =
  "The example indicators outlined in Appendix A are structured along a continuum spanning all "
  + "children and young people aged 0-18 (including unborn children and those aged up to 25 if "
  + "they have a Special Educational Need or are disabled), covering universal, targeted, "
  + "targeted/specialist and specialist provision."
private let cafBeyond18 =
  "Generally up to the age of 18, but extended beyond 18 where it is appropriate to enable the "
  + "young person to have a smooth transition to adult services (eg. For young people with "
  + "learning difficulties or disabilities, assessments can be carried out up to the age of 25)"

/// Appendix B's list of the children the CAF is aimed at (Leicester City and Rutland): shown,
/// never a change of level or route (see the note “Who the CAF is aimed at”).
private let cafAimedAt = SpecialRoute(
  id: "caf-aimed-at",
  name: cafAimedAtHeading,
  guidance: [
    "The CAF is aimed at children and young people with additional needs who have needs that are "
      + "not being met by their current service provision.",
    "The CAF is aimed at children and young people with additional needs:",
    "Including unborn babies",
    cafBeyond18,
    "Who have needs that are not being met by their current provision",
    "Who would benefit from an assessment to help a practitioner understand their needs, "
      + "determine whether other services should be involved in providing support and engage "
      + "further services",
    "Who are particularly vulnerable (eg. Persistent truants, excluded pupils, sexually exploited "
      + "children, victims of crime and young runaways)",
    cafNotForHarm,
  ],
  triggers: [
    .indicator("llr-exclusions-or-persistent-truanting"),
    .indicator("llr-chronic-non-attendance-truancy"),
    .indicator("llr-permanently-excluded-no-education-provision"),
    .indicator("llr-in-sexually-exploitative-relationship"),
    .indicator("llr-victim-of-crime-including-discrimination"),
    .indicator("llr-frequently-go-missing-from-home"),
    .all([.unborn, .levelAtLeast(2)]),
  ],
  source: Citation(
    "\(appendixB), Who is the CAF for?; \(cafAimedAtHeading)",
    note: "The triggers are the tool's: the indicators that name one of the printed examples of "
      + "particularly vulnerable children, and an unborn child with an indicator above "
      + "Universal. The bullets are kept one to an entry; Appendix B's words that the CAF is not "
      + "for a child at risk of harm are added so that the route never hides the LSCB "
      + "procedures."))

/// The passages that reach past 18, shown for a young person of 18, the oldest age the tool
/// accepts (see the note “Young people over 18”).
private func youngPeopleUpTo25(_ guidance: [String], _ source: String) -> SpecialRoute {
  SpecialRoute(
    id: "young-people-up-to-25",
    name: "Young people up to 25",
    guidance: guidance,
    triggers: [.age(AgeQualifier("18", youngest: 18, oldest: 18))],
    source: Citation(
      source,
      note: "The document prints no heading for this; the name and the trigger (a young person "
        + "aged 18) are the tool's. The tool accepts ages 0 to 18 only."))
}

private let cafConsentGuidance: [ConsentGuidance] = [
  ConsentGuidance(text: cafConsent, source: Citation("\(appendixB), Consent")),
  ConsentGuidance(text: specialistReferralConsent, source: Citation("\(appendixB), Consent")),
  ConsentGuidance(text: persuadeConsent, source: Citation("\(appendixB), Consent")),
]

private let sharedNotes: [LabelledText] = [
  LabelledText(
    "Problem resolution",
    "The joint procedures of both Safeguarding Children Boards contain details on the resolution "
      + "processes appropriate in circumstances where differences exist between the agencies "
      + "regarding the handling of a case. The Board's procedures can be found at: "
      + "http://llrscb.proceduresonline.com/chapters/p_res_profdisag.html",
    source: Citation("Problem resolution, paragraph 38")),
  LabelledText(
    "Information sharing",
    "For the seven golden rules for information sharing follow this link to the Leicester, "
      + "Leicestershire & Rutland LSCBs Procedures website: "
      + "http://llrscb.proceduresonline.com/chapters/p_info_shar_confid.html",
    source: Citation("Information Sharing")),
  LabelledText(
    "If clarification is needed",
    "This document cannot be all things to all professions involved with children and families. "
      + "Inevitably some of its content will be a matter of judgement and interpretation. The "
      + "issuing of this document for reference is not meant to inhibit direct contact and "
      + "conversations between relevant parties. If clarification on thresholds is required, then "
      + "seek it.",
    source: Citation("\(respondingToNeed), paragraph 21")),
]

// MARK: - Leicester City (Appendix B: the Common Assessment Framework)

private let leicesterArea = Area(
  id: "leicester",
  name: "Leicester",
  routes: [
    Route(
      level: 1,
      name: "Universal services; no common assessment",
      actions: [universalParagraph20, universalAssessment, cafNotForUniversal],
      service:
        "Universal services (for example, schools, youth services, GP surgeries and health visitors)",
      consent: explicitAgreement,
      source: Citation(
        "\(respondingToNeed), paragraph 20; \(universalTable), ASSESSMENT PROCESS; \(appendixB)")),
    Route(
      level: 2,
      name: "Early help: Common Assessment Framework (CAF)",
      actions: [earlyHelpParagraph19, cafWhatIsIt, cafStages, earlyHelpAssessment],
      service:
        "The Common Assessment Framework (CAF): a common assessment, a lead professional and a Team around the Child (TAC)/Team around the Family (TAF)",
      contacts: [Contact("Common Assessment Framework (Leicester)", .web, leicesterCAFWeb)],
      form: "Common Assessment",
      consent: cafConsent,
      source: Citation(
        "\(appendixB); \(respondingToNeed), paragraph 19; \(earlyHelpTable), ASSESSMENT PROCESS")),
    Route(
      level: 3,
      name:
        "Targeted: common assessment first, or a statutory or specialist assessment; LSCB procedures for concerns of harm",
      actions: [targetedParagraph18, targetedAssessment, cafNotForStatutory, cafNotForHarm],
      service: childrensSocialCare,
      contacts: [
        Contact(
          "Leicestershire, Leicester & Rutland Safeguarding Children Board procedures", .web,
          lscbProcedures)
      ],
      consent: specialistReferralConsent,
      source: Citation(
        "\(targetedTable), ASSESSMENT PROCESS and Key services; \(respondingToNeed), paragraph 18; \(appendixB)",
        note: "The document prints no Leicester City telephone number or referral form for "
          + "children's social care; it points to the LSCB procedures.")),
    Route(
      level: 4,
      name:
        "Specialist: verbal and written referral to children's social care under the LSCB procedures",
      actions: [specialistVerbalReferral, cafNotForHarm, specialistAssessment],
      service: childrensSocialCare,
      contacts: [
        Contact(
          "Leicestershire, Leicester & Rutland Safeguarding Children Board procedures", .web,
          lscbProcedures)
      ],
      form: "A verbal referral to children's social care accompanied by a written referral",
      timescale: "without delay",
      consent: specialistReferralConsent + " " + explicitAgreement,
      source: Citation(
        "\(specialistTable), FEATURES and ASSESSMENT PROCESS; \(appendixB)",
        note: "The document prints no Leicester City telephone number for children's social "
          + "care.")),
  ],
  immediateDanger: nil,
  consent: sharedConsent + cafConsentGuidance,
  specialRoutes: [
    cafAimedAt,
    youngPeopleUpTo25(
      [
        paragraph29,
        "The CAF is aimed at children and young people with additional needs: \(cafBeyond18)",
      ],
      "Early help and prevention, paragraph 29; \(appendixB), \(cafAimedAtHeading)"),
  ],
  notes: sharedNotes + [
    LabelledText(
      "Leicester Safeguarding Children Board",
      "Leicester Safeguarding Children Board 6 St. Martins, Leicester, LE1 5DB T: 0116 256 5151 "
        + "E: lcitylscb@leicester.gov.uk W: www.lcitylscb.org/",
      source: Citation(
        "Cover page",
        note: "The Board's own office, printed on the cover; not a referral line.")),
    LabelledText(
      "More about the CAF",
      "For more information about the Common Assessment Framework, visit: \(leicesterCAFWeb)",
      source: Citation("\(appendixB), Consent")),
  ]
)

// MARK: - Leicestershire (Appendix C: First Response)

private let firstResponsePhone = Contact("First Response", .phone, "0116 305 0005")
private let adviceLine = Contact(
  "Professional advice line (daily access to a social worker)", .phone, "07966 111058")
private let requestForServiceWeb = Contact(
  "Request for Services form", .web,
  "http://www.leics.gov.uk/index/children_families/early_help.htm")
private let lrscbReferralWeb = Contact(
  "L&RSCB Multi-Agency secure Referral form", .web, "http://lrsb.org.uk/childreport")

private let leicestershireFrontDoor =
  "First Response is the central “front door” for social care and early help & family support "
  + "services – for services requiring an early help, targeted or specialist response"
private let leicestershireAccess =
  "In Leicestershire these services fall within the remit of our Early Help and Family Support "
  + "Services. Access is via the First Response service. A simple 'request for service' form has "
  + "been developed which practitioners and families can use. It is a straightforward form on "
  + "the county council website which then passes securely to First Response (our central front "
  + "door)."
private let leicestershireKeyInformation =
  "The key information we need is the identification of the circumstances and needs which are "
  + "causing concern for a child or family and importantly what more needs to happen to improve "
  + "the situation. You must have permission from the family and young person to refer. Existing "
  + "referral routes remain in place where professionals already know which service is required "
  + "(for example the Youth Offending Service, Youth Service, local Children Centre team). Our "
  + "locality services coordinators provide a key link in each locality to referrers and other "
  + "service providers."
private let leicestershireAdvice =
  "Where professionals only require advice about a child's needs, there is now daily access to a "
  + "social worker for professional advice. The professional advice phone number is 07966 111058."
private let leicestershireReferralForm =
  "The Leicestershire & Rutland Safeguarding Children Board (L&RSCB) Multi-Agency secure Referral "
  + "form (accessed here: http://lrsb.org.uk/childreport) must still be used for safeguarding "
  + "concerns – in situations of risk and concern where you believe a social worker is required. "
  + "These are situations where children are not at risk of immediate harm but are assessed as "
  + "requiring specialist or targeted services."
private let leicestershireSafeguardingConcern =
  "Where there is a safeguarding concern which requires targeted or specialist services but you "
  + "do not feel the child is at risk of immediate harm, please make a formal referral for social "
  + "work intervention through First Response using the LSCB referral form"
private let leicestershireImmediateHarm =
  "Should a professional believe a child is at risk of immediate harm and is suffering abuse, you "
  + "must not delay. Immediate contact must be made with either the allocated social worker or "
  + "First Response on 0116 305 0005."
private let leicestershireImmediateHarmSummary =
  "Where you feel a child is at risk of immediate harm, do not delay. Call First Response on "
  + "0116 305 0005"
private let leicestershireParentalConsent =
  "You must have permission from the family and young person to refer."

private let leicestershireArea = Area(
  id: "leicestershire",
  name: "Leicestershire",
  routes: [
    Route(
      level: 1,
      name: "Universal and open access services; no referral route",
      actions: [
        "Preventative work in this way may be with an individual, with a family or can take a "
          + "whole population approach. We often refer to 'universal' or 'open access' services "
          + "which are available to all and can provide advice, guidance and support to families "
          + "when they need it. There is usually no referral route or detailed collection of "
          + "outcomes. For the vast majority of families this is the only help they will need.",
        universalParagraph20,
        universalAssessment,
      ],
      service:
        "Universal or open access services (for example childcare and education settings, GPs, school nurses and health visitors)",
      consent: explicitAgreement,
      source: Citation("\(appendixC), What is Early Help?; \(respondingToNeed), paragraph 20")),
    Route(
      level: 2,
      name:
        "Early help: Request for Services form to First Response (Early Help and Family Support Service)",
      actions: [
        "In the majority of cases, families only need some advice or a little extra support. At "
          + "these times the professionals who know the family best such as health "
          + "professionals, community and voluntary sector professionals, and school staff, are "
          + "the most appropriate people to offer advice and support to families and young "
          + "people. Early Help and Family Support Services will support such professionals to "
          + "strengthen their response.",
        leicestershireAccess,
        "You can find the form using this link http://www.leics.gov.uk/index/children_families/early_help.htm",
        leicestershireKeyInformation,
        leicestershireAdvice,
      ],
      service: "First Response, for the Early Help and Family Support Service",
      contacts: [requestForServiceWeb, adviceLine],
      form: "Request for Services form ('request for service' form on the county council website)",
      consent: leicestershireParentalConsent,
      source: Citation(
        "\(appendixC), How do people access Leicestershire Early Help & Prevention services?; In Summary"
      )),
    Route(
      level: 3,
      name:
        "Targeted: Request for Services form to First Response, with consent; LSCB referral form for safeguarding concerns",
      actions: [
        targetedParagraph18,
        "Children and their families with more complex needs (requiring targeted services) can be "
          + "referred to Leicestershire county council services, with parental/carers consent, "
          + "using the Request for Services form",
        leicestershireSafeguardingConcern,
        leicestershireReferralForm,
        leicestershireAdvice,
        leicestershireFrontDoor,
        targetedAssessment,
      ],
      service: "First Response (Leicestershire county council services)",
      contacts: [requestForServiceWeb, lrscbReferralWeb, adviceLine],
      form:
        "Request for Services form; for a safeguarding concern, the L&RSCB Multi-Agency secure Referral form (LSCB referral form)",
      consent: "with parental/carers consent",
      source: Citation(
        "\(respondingToNeed), paragraph 18; \(appendixC), In Summary; \(targetedTable), "
          + "ASSESSMENT PROCESS",
        note: "Appendix A's Targeted ASSESSMENT PROCESS speaks of “common assessment/early "
          + "help”; Leicestershire no longer uses the CAF (Appendix C), so its early help half "
          + "is what applies here.")),
    Route(
      level: 4,
      name:
        "Specialist: referral through First Response using the LSCB referral form; immediate harm: call First Response",
      actions: [
        leicestershireSafeguardingConcern,
        leicestershireReferralForm,
        leicestershireImmediateHarmSummary,
        specialistVerbalReferral,
      ],
      service: "First Response, for social work intervention",
      contacts: [firstResponsePhone, lrscbReferralWeb, adviceLine],
      form: "L&RSCB Multi-Agency secure Referral form (LSCB referral form)",
      timescale: "Where you feel a child is at risk of immediate harm, do not delay.",
      consent: explicitAgreement,
      source: Citation("\(appendixC), In Summary; \(specialistTable), FEATURES")),
  ],
  immediateDanger: ImmediateDangerAdvice(
    text: leicestershireImmediateHarm, contacts: [firstResponsePhone],
    source: Citation(
      "\(appendixC), How do people access Leicestershire Early Help & Prevention services?")),
  consent: sharedConsent + [
    ConsentGuidance(
      text: leicestershireParentalConsent,
      source: Citation(
        "\(appendixC), How do people access Leicestershire Early Help & Prevention services?"))
  ],
  specialRoutes: [
    youngPeopleUpTo25([paragraph29], "Early help and prevention, paragraph 29")
  ],
  supportContacts: [adviceLine],
  notes: sharedNotes + [
    LabelledText(
      "First Response",
      leicestershireFrontDoor,
      source: Citation("\(appendixC), In Summary")),
    LabelledText(
      "Early Help replaces the CAF",
      "We have brought together our existing early help and prevention services into a "
        + "consolidated 'Early Help and Family Support Service'. We are no longer using the "
        + "language of the Common Assessment Framework (CAF) and have developed Early Help systems "
        + "and processes.",
      source: Citation("\(appendixC), What is Leicestershire County Council's Early Help offer?")),
    LabelledText(
      "Locality Service Co-ordinators",
      "Locality Service Co-ordinators provide a key link in each locality to referrers and other "
        + "service providers",
      source: Citation("\(appendixC), In Summary")),
    LabelledText(
      "Leicestershire & Rutland Safeguarding Board",
      "Leicestershire & Rutland Safeguarding Board Leicestershire County Council, Room 600, "
        + "County Hall, Glenfield, LE3 8RA T: 0116 305 7130 E: sbbo@leics.gov.uk W: "
        + "http://lrsb.org.uk/",
      source: Citation(
        "Cover page",
        note: "The Board's own office, printed on the cover; not a referral line.")),
  ]
)

// MARK: - Rutland (Appendices B and D: the CAF and Families First)

private let rutlandCAFPhone = Contact("CAF: Bea Perez Moreno", .phone, "01572 758246")
private let rutlandCAFOfficer: [Contact] = [
  Contact(
    "Bea Perez Moreno | Senior Early Intervention CAF Team 1 - Stronger Communities", .phone,
    "01572 758 246 (Ext: 8246)"),
  Contact(
    "Bea Perez Moreno | Senior Early Intervention CAF Team 1 - Stronger Communities", .email,
    "BPMoreno@rutland.gcsx.gov.uk"),
  Contact(
    "Bea Perez Moreno | Senior Early Intervention CAF Team 1 - Stronger Communities", .address,
    "Rutland County Council, Catmose, Oakham, Rutland LE15 6HP"),
]
private let rutlandFamiliesFirstWeb = Contact(
  "Families First in Rutland (the Guide and relevant forms)", .web,
  "http://www.rutland.gov.uk/health_and_social_care/families_first_in_rutland.aspx")

private let rutlandServices: [Contact] = [
  Contact("Stronger Communities Team 1: Children's Centre, Alison Coates", .phone, "01572 772590"),
  Contact(
    "Stronger Communities Team 1: Aiming High, Lesley Hawkes/ Kirsteen McVeigh", .phone,
    "01572 758421"),
  Contact(
    "Stronger Communities Team 1: Family Information Service, Lesley Hawkes/ Kirsteen McVeigh",
    .phone, "01572 758421"),
  Contact(
    "Stronger Communities Team 1: Changing Lives (Troubled Families), Helga Spry Shute", .phone,
    "01572 758335"),
  Contact("Stronger Communities Team 1: CAF, Bea Perez Moreno", .phone, "01572 758246"),
  Contact(
    "Stronger Communities Team 2: Targeted Youth Support, Karen Hadden/ Neil Sewell", .phone,
    "01572 756655"),
  Contact(
    "Stronger Communities Team 2: Youth Options (IAG), Karen Hadden/Neil Sewell", .phone,
    "01572 756655"),
  Contact("Stronger Communities Team 2: Community Safety, Hugh Crouch", .phone, "01572 756655"),
  Contact(
    "Stronger Communities Team 2: Sexual Health, Karen Hadden/ Neil Sewell", .phone,
    "01572 756655"),
  Contact("Stronger Communities Team 2: Housing Options, Alison Morgan", .phone, "01572 758155"),
]

private let rutlandSingleAgency =
  "As well as being involved at CAF, CIN and CP level, these services act as a “Single Agency” "
  + "(pre-CAF) where they offered to children, young people and families where there are two "
  + "unmet needs or less which they as a single agency can address. Where there is a third unmet "
  + "need identified, this triggers a referral to CAF."
private let rutlandCAFSupport =
  "Support will be provided to help with practice issues through the County Council Senior Early "
  + "Intervention Officer for CAF:"

/// The route Rutland's rule gives from a third unmet need: a referral to CAF, with the CAF
/// contact as Appendix D prints it.
private let rutlandCAFReferral = Route(
  level: 2,
  name: "CAF referral: third unmet need (Rutland CAF, Stronger Communities Team 1)",
  actions: [
    rutlandThirdUnmetNeed,
    "The Common Assessment Framework is the tool which will identify unmet need and the guide "
      + "includes a comprehensive explanation of how and when to use it.",
    cafStages,
    rutlandCAFSupport,
    cafNotForHarm,
  ],
  service:
    "CAF, Bea Perez Moreno, Senior Early Intervention CAF Team 1 - Stronger Communities, Rutland County Council",
  contacts: [rutlandCAFPhone] + rutlandCAFOfficer + [rutlandFamiliesFirstWeb],
  form: "Common Assessment Framework (CAF)",
  consent: cafConsent,
  source: Citation(
    "\(appendixD), Rutland Early Intervention Offer and Stronger Communities Team 1 table; \(appendixB)",
    note: "Appendix B's words that the CAF is not for a child at risk of harm are added so that "
      + "the route never hides the LSCB procedures."))

private let rutlandArea = Area(
  id: "rutland",
  name: "Rutland",
  routes: [
    Route(
      level: 1,
      name: "Universal services; no common assessment",
      actions: [universalParagraph20, universalAssessment, cafNotForUniversal],
      service:
        "Universal services (for example, schools, youth services, GP surgeries and health visitors)",
      consent: explicitAgreement,
      source: Citation(
        "\(respondingToNeed), paragraph 20; \(universalTable), ASSESSMENT PROCESS; \(appendixB)")),
    Route(
      level: 2,
      name: "Families First: single agency (pre-CAF) help for two unmet needs or less",
      actions: [
        "This Guide is aimed at assisting practitioners to get the best and most appropriate "
          + "support for families, children and young people who they identify as having "
          + "additional needs that their own service is not able to meet. It describes the "
          + "process which includes:",
        "Talking with the family to help identify their strengths, goals and unmet needs",
        "Agreeing what help may be required, and",
        "Working with the family and other professionals to meet those needs.",
        rutlandSingleAgency,
        "The Common Assessment Framework is the tool which will identify unmet need and the guide "
          + "includes a comprehensive explanation of how and when to use it.",
      ],
      service:
        "Rutland County Council Early Intervention Offer, Stronger Communities Service (teams 1 and 2)",
      contacts: rutlandServices + [rutlandFamiliesFirstWeb],
      consent: earlyHelpConsentPrinciple,
      source: Citation(
        "\(appendixD), Rutland Families First Strategy and Rutland Early Intervention Offer",
        note: "Appendix A's Early Help/CAF ASSESSMENT PROCESS (“A common assessment should be "
          + "completed with the child …”) is not part of this route, by choice: Rutland's own "
          + "Appendix D offers single agency (pre-CAF) help for two unmet needs or less and a "
          + "referral to CAF from a third (the rule llr-rutland-third-unmet-need, whose route "
          + "carries the CAF). The sentence is in the level's details.")),
    Route(
      level: 3,
      name:
        "Targeted: common assessment first, or a statutory or specialist assessment; LSCB procedures for concerns of harm",
      actions: [targetedParagraph18, targetedAssessment, cafNotForStatutory, cafNotForHarm],
      service: childrensSocialCare,
      contacts: [
        Contact(
          "Leicestershire, Leicester & Rutland Safeguarding Children Board procedures", .web,
          lscbProcedures)
      ],
      consent: specialistReferralConsent,
      source: Citation(
        "\(targetedTable), ASSESSMENT PROCESS and Key services; \(respondingToNeed), paragraph 18; \(appendixB)",
        note: "The document prints no Rutland telephone number or referral form for children's "
          + "social care; it points to the LSCB procedures.")),
    Route(
      level: 4,
      name:
        "Specialist: verbal and written referral to children's social care under the LSCB procedures",
      actions: [specialistVerbalReferral, cafNotForHarm, specialistAssessment],
      service: childrensSocialCare,
      contacts: [
        Contact(
          "Leicestershire, Leicester & Rutland Safeguarding Children Board procedures", .web,
          lscbProcedures)
      ],
      form: "A verbal referral to children's social care accompanied by a written referral",
      timescale: "without delay",
      consent: specialistReferralConsent + " " + explicitAgreement,
      source: Citation(
        "\(specialistTable), FEATURES and ASSESSMENT PROCESS; \(appendixB)",
        note: "The document prints no Rutland telephone number for children's social care.")),
  ],
  immediateDanger: nil,
  consent: sharedConsent + cafConsentGuidance,
  specialRoutes: [
    cafAimedAt,
    youngPeopleUpTo25(
      [
        paragraph29,
        "The CAF is aimed at children and young people with additional needs: \(cafBeyond18)",
      ],
      "Early help and prevention, paragraph 29; \(appendixB), \(cafAimedAtHeading)"),
  ],
  supportContacts: [rutlandCAFPhone] + rutlandCAFOfficer,
  notes: sharedNotes + [
    LabelledText(
      "Senior Early Intervention Officer for CAF", rutlandCAFSupport,
      source: Citation("\(appendixD), Rutland Families First Strategy")),
    LabelledText(
      "Early Intervention Offer",
      "These service areas are delivered across the 0 – 19 age range (up to 25 if there is a "
        + "disability) with the exception of Community Safety and Housing Options which is an "
        + "all age service. All of the services are located within teams 1 and 2 in the Stronger "
        + "Communities Service.",
      source: Citation("\(appendixD), Rutland Early Intervention Offer")),
    LabelledText(
      "Stronger Communities team managers",
      "Stronger Communities Team 1 – Jen Thornton – Team Manager\nStronger Communities Team 2 – "
        + "Kevin Quinn – Team Manager",
      source: Citation("\(appendixD), Rutland Early Intervention Offer table")),
    LabelledText(
      "The Guide and forms",
      "The Guide and relevant forms will be available on the Rutland County Council website at "
        + "http://www.rutland.gov.uk/health_and_social_care/families_first_in_rutland.aspx",
      source: Citation("\(appendixD), Rutland Families First Strategy")),
    LabelledText(
      "Leicestershire & Rutland Safeguarding Board",
      "Leicestershire & Rutland Safeguarding Board Leicestershire County Council, Room 600, "
        + "County Hall, Glenfield, LE3 8RA T: 0116 305 7130 E: sbbo@leics.gov.uk W: "
        + "http://lrsb.org.uk/",
      source: Citation(
        "Cover page",
        note: "The Board's own office, printed on the cover; not a referral line.")),
  ]
)

// MARK: - Examples: each runs in the tests and reports a failure at its own line.

private func leicester(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "leicester", age: age, indicators: indicators)
}

private func leicestershire(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "leicestershire", age: age, indicators: indicators)
}

private func rutland(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "rutland", age: age, indicators: indicators)
}

private let threeEarlyHelpNeeds = [
  "llr-occasional-truanting-or-non-attendance", "llr-overcrowding",
  "llr-inconsistent-parenting-not-significantly-impaired",
]

private let llrExamples: [Example] = [
  // Every level in every area.
  Example(
    "Leicester: no indicators is universal, and no rule has anything to say",
    leicester(.years(8), []), level: 1,
    route: ["Universal services", "No common assessment is required"],
    notRules: ["llr-highest-indicator"]),
  Example(
    "Leicester: universal indicators only stay universal",
    leicester(.years(8), ["llr-achieving-key-stages", "llr-supportive-family-relationships"]),
    level: 1, route: ["Universal services"]),
  Example(
    "Leicester: an early help indicator goes to the Common Assessment Framework",
    leicester(.years(8), ["llr-occasional-truanting-or-non-attendance"]), level: 2,
    route: [
      "Common Assessment Framework", "leicester.gov.uk/your-council-services",
      "must give consent at the start of the process",
    ]),
  Example(
    "Leicester: a targeted indicator is a child in need",
    leicester(.years(10), ["llr-low-warmth-high-criticism"]), level: 3,
    route: ["children's social care", "must NOT replace a specialist assessment"]),
  Example(
    "Leicester: a specialist indicator follows the LSCB procedures",
    leicester(.years(10), ["llr-suspicion-of-abuse-or-neglect"]), level: 4,
    route: [
      "verbal referral to children's social care",
      "procedures should be followed without delay", "llrscb.proceduresonline.com/index.htm",
    ]),
  Example(
    "Leicestershire: no indicators is universal, with no referral route",
    leicestershire(.years(6), []), level: 1, route: ["open access", "no referral route"]),
  Example(
    "Leicestershire: early help goes to First Response on the Request for Services form, with permission",
    leicestershire(.years(6), ["llr-parents-request-advice-on-behaviour"]), level: 2,
    route: [
      "First Response", "leics.gov.uk/index/children_families/early_help.htm",
      "You must have permission from the family and young person to refer", "07966 111058",
    ]),
  Example(
    "Leicestershire: targeted services with parental consent; the LSCB form for safeguarding concerns",
    leicestershire(.years(11), ["llr-physical-care-or-supervision-inadequate"]), level: 3,
    route: [
      "Request for Services form", "with parental/carers consent", "lrsb.org.uk/childreport",
      "07966 111058",
    ]),
  Example(
    "Leicestershire: specialist needs go through First Response; immediate harm: call 0116 305 0005",
    leicestershire(.years(11), ["llr-domestic-violence-risk-of-significant-harm"]), level: 4,
    route: ["LSCB referral form", "Call First Response on 0116 305 0005"]),
  Example(
    "Rutland: no indicators is universal", rutland(.years(4), []), level: 1,
    route: ["Universal services"]),
  Example(
    "Rutland: one unmet need is single agency help (pre-CAF)",
    rutland(.years(4), ["llr-not-attaining-developmental-milestones"]), level: 2,
    route: ["pre-CAF", "two unmet needs or less", "01572 772590"]),
  Example(
    "Rutland: a targeted indicator is a child in need",
    rutland(.years(14), ["llr-escalation-of-substance-use"]), level: 3,
    route: ["children's social care", "procedures should be followed without delay"]),
  Example(
    "Rutland: a young runaway is specialist; Appendix B's list of whom the CAF is aimed at is shown",
    rutland(.years(14), ["llr-frequently-go-missing-from-home"]), level: 4,
    route: ["verbal referral to children's social care", "without delay"],
    mentions: ["young runaways", "The CAF is not appropriate for: A child or young person"],
    specialRoutes: ["caf-aimed-at"]),

  // Rutland's third unmet need.
  Example(
    "Rutland: a third unmet need triggers a referral to CAF; the level stays early help",
    rutland(.years(9), threeEarlyHelpNeeds), level: 2,
    route: ["CAF referral: third unmet need", "01572 758246", "BPMoreno@rutland.gcsx.gov.uk"],
    rules: ["llr-rutland-third-unmet-need"], mentions: [rutlandThirdUnmetNeed]),
  Example(
    "Rutland: two unmet needs stay with the single agency (pre-CAF)",
    rutland(.years(9), Array(threeEarlyHelpNeeds.prefix(2))), level: 2,
    route: ["pre-CAF", "two unmet needs or less"], notRules: ["llr-rutland-third-unmet-need"]),
  Example(
    "Rutland: a universal indicator is not an unmet need, so two plus one universal stay pre-CAF",
    rutland(.years(9), Array(threeEarlyHelpNeeds.prefix(2)) + ["llr-good-quality-stable-housing"]),
    level: 2, route: ["pre-CAF"]),
  Example(
    "Leicester: the same three needs do not trigger Rutland's rule; the route is Leicester's CAF",
    leicester(.years(9), threeEarlyHelpNeeds), level: 2,
    route: ["leicester.gov.uk/your-council-services", "Team around the Child"]),
  Example(
    "Leicestershire: the same three needs do not trigger Rutland's rule",
    leicestershire(.years(9), threeEarlyHelpNeeds), level: 2,
    route: ["Request for Services form"]),
  Example(
    "Rutland: three unmet needs including a specialist one: level 4 keeps its own route, not the CAF referral",
    rutland(
      .years(9),
      ["llr-overcrowding", "llr-low-warmth-high-criticism", "llr-suspicion-of-abuse-or-neglect"]),
    level: 4,
    route: [
      "procedures should be followed without delay", "verbal referral to children's social care",
    ],
    notRules: ["llr-rutland-third-unmet-need"]),

  // The combination stance.
  Example(
    "Mixed levels: the highest indicator gives the level, and paragraph 14 is quoted",
    leicester(
      .years(7),
      [
        "llr-good-mental-health-psychological-well-being", "llr-overcrowding",
        "llr-chronic-recurring-health-problems",
      ]),
    level: 3, route: ["children's social care"], rules: ["llr-highest-indicator"],
    mentions: ["high in some areas and low in others"]),

  // Age-qualified indicators: accepted at a fitting age, rejected at a contradicting one.
  Example(
    "(10-14): early onset of offending at 12",
    leicester(.years(12), ["llr-early-onset-of-offending-behaviour"]), level: 2,
    route: ["Common Assessment Framework"]),
  Example(
    "(10-14): early onset of offending is rejected at 9",
    leicester(.years(9), ["llr-early-onset-of-offending-behaviour"]), rejectedBecause: "10-14"),
  Example(
    "(15+): sexually active with inconsistent contraception at 15",
    leicestershire(.years(15), ["llr-sexual-active-inconsistent-contraception"]), level: 2,
    route: ["First Response"]),
  Example(
    "(15+): rejected at 14",
    leicestershire(.years(14), ["llr-sexual-active-inconsistent-contraception"]),
    rejectedBecause: "15+"),
  Example(
    "(13-14): early onset of sexual activity at 13",
    rutland(.years(13), ["llr-early-onset-of-sexual-activity"]), level: 2, route: ["pre-CAF"]),
  Example(
    "(13-14): rejected at 15",
    rutland(.years(15), ["llr-early-onset-of-sexual-activity"]), rejectedBecause: "13-14"),
  Example(
    "The second alternative, at risk of sexual exploitation, has no age band",
    rutland(.years(15), ["llr-at-risk-of-sexual-exploitation"]), level: 2, route: ["pre-CAF"]),
  Example(
    "Under 16: a previous pregnancy at 15",
    leicester(.years(15), ["llr-under-16-previous-pregnancy"]), level: 3,
    route: ["children's social care"]),
  Example(
    "Under 16: rejected at 16",
    leicester(.years(16), ["llr-under-16-previous-pregnancy"]), rejectedBecause: "0-15"),
  Example(
    "16+: two or more previous pregnancies at 17",
    leicester(.years(17), ["llr-16-plus-two-or-more-pregnancies"]), level: 3,
    route: ["children's social care"]),
  Example(
    "16+: rejected at 15",
    leicester(.years(15), ["llr-16-plus-two-or-more-pregnancies"]), rejectedBecause: "16+"),
  Example(
    "Under 18: pregnant at 17",
    leicestershire(.years(17), ["llr-under-18-and-pregnant"]), level: 3,
    route: ["Request for Services form"]),
  Example(
    "Under 18: rejected at 18",
    leicestershire(.years(18), ["llr-under-18-and-pregnant"]), rejectedBecause: "0-17"),
  Example(
    "under 16: a teenage parent at 15 is specialist",
    rutland(.years(15), ["llr-teenage-parent-under-16"]), level: 4, route: ["without delay"]),
  Example(
    "under 16: rejected at 17",
    rutland(.years(17), ["llr-teenage-parent-under-16"]), rejectedBecause: "0-15"),
  Example(
    "Under 13: sexual activity at 12 is specialist",
    leicestershire(.years(12), ["llr-under-13-engaged-in-sexual-activity"]), level: 4,
    route: ["0116 305 0005"]),
  Example(
    "Under 13: rejected at 13",
    leicestershire(.years(13), ["llr-under-13-engaged-in-sexual-activity"]),
    rejectedBecause: "0-12"),
  Example(
    "Unborn: concern about parental behaviour where there is an unborn child; the CAF list is shown",
    rutland(.unborn, ["llr-parental-behaviour-risk-unborn-child"]), level: 4,
    route: ["verbal referral"], mentions: ["Including unborn babies"],
    specialRoutes: ["caf-aimed-at"]),
  Example(
    "Unborn: rejected for a born child",
    rutland(.years(1), ["llr-parental-behaviour-risk-unborn-child"]), rejectedBecause: "unborn"),
  Example(
    "An indicator from another rule set is rejected",
    leicester(.years(8), ["camden-young-carers"]), rejectedBecause: "camden-young-carers"),

  // Appendix B: whom the CAF is aimed at (Leicester City and Rutland).
  Example(
    "Leicester: a victim of crime is one of the particularly vulnerable children the CAF is aimed at",
    leicester(.years(13), ["llr-victim-of-crime-including-discrimination"]), level: 3,
    route: ["children's social care"],
    mentions: ["Who are particularly vulnerable", "victims of crime"],
    specialRoutes: ["caf-aimed-at"]),
  Example(
    "Leicester: an unborn child with additional needs; the CAF is aimed at unborn babies too",
    leicester(.unborn, ["llr-concealed-pregnancy-multiple-risk-factors"]), level: 4,
    route: ["verbal referral to children's social care"],
    mentions: ["Including unborn babies"], specialRoutes: ["caf-aimed-at"]),
  Example(
    "Rutland: an unborn child in an overcrowded home gets single agency help; the CAF list is shown",
    rutland(.unborn, ["llr-overcrowding"]), level: 2, route: ["pre-CAF"],
    notRules: ["llr-rutland-third-unmet-need"], mentions: ["Including unborn babies"],
    specialRoutes: ["caf-aimed-at"]),
  Example(
    "Rutland: persistent truanting; the CAF list is shown but the level's route stands",
    rutland(.years(12), ["llr-exclusions-or-persistent-truanting"]), level: 3,
    route: ["children's social care", "procedures should be followed without delay"],
    notRules: ["llr-rutland-third-unmet-need"], mentions: ["Persistent truants"],
    specialRoutes: ["caf-aimed-at"]),

  // Leicestershire's Targeted route: paragraph 18 and Appendix A's assessment process.
  Example(
    "Leicestershire: targeted needs may be met lower down; early help is likely the first step",
    leicestershire(.years(12), ["llr-statement-of-special-educational-needs"]), level: 3,
    route: [
      "can be met 'lower down' the hierarchy",
      "common assessment/early help services are likely to be the most appropriate first step",
    ]),

  // Young people of 18: the passages that reach to 25.
  Example(
    "Leicestershire: a young person of 18 is shown that the continuum reaches 25 with SEN or disability",
    leicestershire(.years(18), ["llr-few-or-no-qualifications-neet"]), level: 2,
    route: ["First Response"],
    mentions: ["those aged up to 25 if they have a Special Educational Need or are disabled"],
    specialRoutes: ["young-people-up-to-25"]),
  Example(
    "Leicester: a young person of 18 is shown that the CAF can be extended beyond 18",
    leicester(.years(18), ["llr-young-people-at-risk-of-homelessness"]), level: 2,
    route: ["Common Assessment Framework"],
    mentions: ["assessments can be carried out up to the age of 25"],
    specialRoutes: ["young-people-up-to-25"]),

  // The Targeted FEATURES row: children in need it names.
  Example(
    "An adopted child who now requires additional support may be a child in need",
    leicester(.years(7), ["llr-adopted-requiring-additional-support"]), level: 3,
    route: ["children's social care"], rules: ["llr-highest-indicator"]),
  Example(
    "Rutland: a child assessed as high risk in the recent past is Targeted, not the CAF referral",
    rutland(.years(6), ["llr-recently-assessed-high-risk"]), level: 3,
    route: ["children's social care"], notRules: ["llr-rutland-third-unmet-need"]),
  Example(
    "A child not yet born cannot have been adopted",
    leicester(.unborn, ["llr-adopted-requiring-additional-support"]),
    rejectedBecause: "cannot be selected for an unborn child"),

  // Statements about practice.
  Example(
    "The cultural identity line is about practice: it is refused, saying what to pick instead",
    leicester(.years(13), ["llr-cultural-racial-identity-language-level-3"]),
    rejectedBecause: "Victim of crime including discrimination"),
  Example(
    "The cultural identity line at Specialist is refused too",
    rutland(.years(13), ["llr-cultural-racial-identity-language-level-4"]),
    rejectedBecause: "Distorted self-image"),

  // Before birth.
  Example(
    "Unborn: a missed antenatal appointment can be recorded at Early Help/CAF",
    leicestershire(.unborn, ["llr-missed-appointments-level-2"]), level: 2,
    route: ["Request for Services form"]),
  Example(
    "Unborn: a parent's substance misuse affecting care is Targeted",
    leicestershire(.unborn, ["llr-parental-disability-substance-mental-health"]), level: 3,
    route: ["with parental/carers consent"]),
  Example(
    "Unborn: the child's own self-esteem cannot be selected",
    rutland(.unborn, ["llr-poor-self-esteem"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Unborn: a young person's own risk of homelessness cannot be selected",
    leicester(.unborn, ["llr-young-people-at-risk-of-homelessness"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Unborn: “Babies born … of mothers subject to FGM” is for a born baby",
    leicester(.unborn, ["llr-mothers-subject-to-fgm"]),
    rejectedBecause: "cannot be selected for an unborn child"),
]
