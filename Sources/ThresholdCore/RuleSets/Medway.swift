// Medway Safeguarding Children Board, "Medway Inter-Agency Threshold Criteria for Children in
// Need", v7.0, September 2015. Kent shares the threshold criteria but has its own process.
// Source text: shared/sources/004_4c7dc45aa3a18277.txt. Every string below is verbatim from it
// unless a comment or a `note:` says otherwise.
//
// Reading choices (also in `notes` so they reach `rules export`):
// - Appendix 1 prints one table per tier with three columns: Features, ILLUSTRATIVE EXAMPLES
//   (the indicators, under the three domains and their headings) and Assessment Process. Each
//   bullet of the ILLUSTRATIVE EXAMPLES column is one indicator at its tier; the full stop that
//   ends a bullet is not kept.
// - The Tier 2 and Tier 3 tables are broken across the extracted text. After each table's first
//   part come stray Features-column lines ("services and may need to move into Tier 3…" for
//   Tier 2; "without the provision of local authority services." and "or s/he is disabled." for
//   Tier 3), then the rest of the table's bullets. Those bullets are attributed to the tier whose
//   table they continue (they come before the next tier's heading); each citation says so.
// - After Tier 2's Self-Care and Independence bullets, eight bullets ("Early Years" …
//   "Early Support Programme") are services, not needs: they continue the Tier 2 Assessment
//   Process column's "Key agencies" list and are kept there, not as indicators. Likewise the
//   words "Proceedings to accommodate the child…" after Tier 4's last bullets finish Tier 4's
//   exit strategy.
// - Tier 2's "Early onset of sexual activity (13-14); sexually active young person (15+)…" is
//   split at the semicolon into two indicators with their printed ages.
// - Headings printed differently at one tier ("Family History and Well-Being" at Tier 1,
//   "Social integration and Community Resources" at Tier 2) are read as the subdomain the other
//   tiers print; the citations keep the printed heading.
// - The document prints no advice for a child in immediate danger, for either area; both areas
//   have `immediateDanger: nil`, so assessments give the tool's general advice, labelled so.
// - Kent: the document says Kent's process is in the Kent version of the document
//   (www.kscb.org.uk). Kent's routes say only that, quoting the "Please note" sentences.

private let matrix = "Appendix 1 Threshold Matrix"
private let tier1 = "\(matrix), Tier 1 – Universal Needs"
private let tier2 = "\(matrix), Tier 2 – Low to Vulnerable"
private let tier3 = "\(matrix), Tier 3 – High or Complex Threshold for Children in Need"
private let tier4 = "\(matrix), Tier 4 – Complex or Acute: Threshold for Child Protection"
private let section4 = "Section 4 Tiers of Need, Which Tier?"
private let section8 = "Section 8 Eligibility for Children's Social Care"
private let section9 =
  "Section 9 The Process for Assessing Eligibility for 'Child in Need' Services"
private let pleaseNote = "Please note (after the Contents, before Section 1)"

extension RuleSet {
  /// Medway's inter-agency threshold criteria for children in need (v7.0, September 2015):
  /// Tiers 1–4, Appendix 1's threshold matrix, Medway's process in Sections 5–9, and Kent, which
  /// shares the criteria and whose process is in the Kent version of the document.
  public static let medway = RuleSet(
    id: "medway",
    title: "Medway Inter-Agency Threshold Criteria for Children in Need",
    publisher: "Medway Safeguarding Children Board",
    version: "7.0",
    date: "September 2015",
    sourceFile: "004_4c7dc45aa3a18277.txt",
    levels: medwayLevels,
    domains: medwayDomains,
    indicators: medwayIndicators,
    rules: medwayRules,
    areas: [medwayArea, kentArea],
    notes: medwayNotes,
    examples: medwayExamples
  )
}

private let medwayNotes: [LabelledText] = [
  LabelledText(
    "Indicators are bullets",
    "Each bullet of the ILLUSTRATIVE EXAMPLES column of an Appendix 1 tier table is one "
      + "indicator at that tier, under the domain and heading it is printed beneath. The full "
      + "stop that ends a bullet is not kept. Tier 4's Housing, Employment and Finance entry is "
      + "printed as a paragraph rather than a bullet and is one indicator.",
    source: Citation(matrix)),
  LabelledText(
    "Tables broken across the text",
    "The Tier 2 and Tier 3 tables are broken in the extracted text: after the first part of "
      + "each table come stray lines of its Features column (Tier 2: “services and may need to "
      + "move into Tier 3” and “A child and family may need a number of these short term "
      + "supports over the child's childhood as their needs change”; Tier 3: “without the "
      + "provision of local authority services.”, “or s/he is disabled.” and its “Process” "
      + "paragraph), then bullets under Social and Community Resources and the Developmental "
      + "Needs headings. Those bullets come before the next tier's heading and continue rows the "
      + "first part of the table lacks, so they are attributed to the tier whose table they "
      + "continue (Tier 2 and Tier 3). The stray Features lines are joined to the Features text "
      + "they continue (Tier 2's Timescale, Tier 3's Definition).",
    source: Citation("\(tier2); \(tier3)")),
  LabelledText(
    "Services are not indicators",
    "After Tier 2's Self-Care and Independence bullets the text prints eight further bullets "
      + "(“Early Years”, “Educational psychology”, “Educational welfare”, “Specialist play "
      + "services”, “Integrated Youth Support & Extended Services”, “Voluntary & community "
      + "services”, “Early Intervention for Family Services”, “Early Support Programme”) and "
      + "then “Additional tools / risk assessments”. These are services and tools, not needs: "
      + "they are read as the continuation of Tier 2's Assessment Process column (its “Key "
      + "agencies that may provide support at this level” list) and kept in Tier 2's details. "
      + "The Key agencies lists of every tier are level details, not indicators.",
    source: Citation("\(tier2), Assessment Process column")),
  LabelledText(
    "One bullet split",
    "Tier 2, Self-Care and Independence: “Early onset of sexual activity (13-14); sexually "
      + "active young person (15+) with some risk taking behaviours e.g. inconsistent use of "
      + "contraception” runs two phrases with different printed ages. It is split at the "
      + "semicolon into two indicators, aged 13-14 and 15+; each carries the whole bullet as "
      + "printed.",
    source: Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: "
        + "Self-Care and Independence")),
  LabelledText(
    "Ages",
    "Age qualifiers are kept where a bullet prints one: “(13-14)”, “(15+)”, “under 13” (ages "
      + "0-12), “Under 13” (0-12) and “under 18 years of age” (0-17). The three bullets about "
      + "a pre-birth assessment or an unborn child apply only to an unborn child. “including "
      + "16-17 year olds” (Tier 3, homeless child) and “the child (including unborn)” (Tier 4, "
      + "domestic abuse) widen a bullet rather than restrict it, and “several young children "
      + "under five” (Tier 2) describes the family, so those bullets have no age qualifier.",
    source: Citation(matrix)),
  LabelledText(
    "Before birth",
    "The tool's reading: a bullet about the pregnancy, the parents or the family can be "
      + "selected for an unborn child; one about the child's own development, health or "
      + "schooling cannot. The Parents or Carers Capacity and Family and Environmental factors "
      + "domains apply before birth, except the bullets about what only a born child does, "
      + "undergoes or has: multiple carers, little positive stimulation, negative comments, "
      + "responsibilities inappropriate for their age, an adult in a position of trust harming a "
      + "child, being a teenage parent or a young carer, private fostering, being an "
      + "unaccompanied asylum seeking child, a court application for a s7 or s37 report, an "
      + "assessment for respite care, associating with anti-social peers, and access to "
      + "contraceptive and sexual health services. The Child or Young Person's Developmental "
      + "Needs domain does not apply before birth, except “Missing set appointments across "
      + "health including antenatal, hospital and GP appointments”, “Parents/carers refusal to "
      + "recognise or address high level disability, serious physical and/or emotional health "
      + "problems” and “Carers refusing medical care endangering life/development” (antenatal "
      + "care, and carers' decisions about the child's health). The three bullets about a "
      + "pre-birth assessment or an unborn child always apply before birth. Where the reading "
      + "was close (such as “Child exposed to contact with individuals who pose a risk of "
      + "physical or sexual harm to children” or “Homeless child in need of accommodation”), the "
      + "bullet stays selectable: a practitioner who cannot record a concern about an unborn "
      + "child is worse off than one offered a bullet that does not fit.",
    source: Citation(matrix)),
  LabelledText(
    "No statements of practice",
    "No bullet of the ILLUSTRATIVE EXAMPLES columns describes how professionals should work "
      + "rather than a child's need, so none is marked as a practice statement: every indicator "
      + "can be selected.",
    source: Citation(matrix)),
  LabelledText(
    "Consent by tier",
    "The document's consent passages each belong to one tier's process, so each is shown with "
      + "that tier's route and no consent passage is shown for every tier: Tier 2, the CAF's "
      + "(Section 6) and the voluntary engagement of Section 8; Tier 3, the Child in Need "
      + "referral (Section 9, Contacts and Referrals), consent to sharing information and the "
      + "home-visit permission (Section 9, Child & Family Assessment); Tier 4, the Child in Need "
      + "referral passage and the home-visit permission. Kent's routes carry none: its process "
      + "is in the Kent version.",
    source: Citation("Sections 6, 8 and 9")),
  LabelledText(
    "Headings printed differently",
    "Tier 1 heads its family row “Family History and Well-Being” and Tier 2 heads its community "
      + "row “Social integration and Community Resources”; they are read as the subdomains the "
      + "other tiers print (“Family and Social Relationships and Family Well-Being”, “Social "
      + "and Community Resources”). Only Tier 1 prints “Family and Social Relationships” under "
      + "the Developmental Needs domain, and Tier 4 prints no Learning/Education or Social and "
      + "Community Resources bullets. Tier 4's Basic Care, Safety and Protection list includes "
      + "bullets such as “Low warmth, high criticism…”; they are kept under the heading they are "
      + "printed beneath.",
    source: Citation(matrix)),
  LabelledText(
    "How the tiers combine",
    "The document gives no number of indicators for any tier. The suggested tier is the highest "
      + "tier among the indicators selected (“a single indicator that is so obviously "
      + "significant that it will demand assessment at a particular level”). “The tier of need "
      + "will always be increased by the multiplicity of factors” gives no number, so the tool "
      + "does not raise the tier by itself. Instead, where 3 or more Tier 2 indicators across at "
      + "least 2 of the three domains are selected, the assessment shows an advisory to consider "
      + "a Tier 3 assessment, quoting “a cluster of indicators in Tier 2 when considered together "
      + "may indicate the need for a Tier 3 assessment”. The numbers 3 and 2 are the tool's "
      + "choice, not the document's.",
    source: Citation("Section 3 Principles (i); \(section4)")),
  LabelledText(
    "A combination of criteria",
    "The document's Summary of Purpose says: “The framework assumes that it will usually be a "
      + "combination of criteria that will determine the level of concern, rather than any one "
      + "factor.” It gives no rule for counting criteria; the tool's reading is the one under "
      + "“How the tiers combine”.",
    source: Citation("Document details table, Summary of Purpose")),
  LabelledText(
    "The boundary of tiers 2 and 3 (“2.5”)",
    "At the boundary of tiers 2 and 3, sometimes referred to as 2.5, Teams Around the Family "
      + "work intensively with families.\nThis will include:\n1. A dedicated worker, dedicated to "
      + "a family\n2. Practical 'hands on' support\n3. A persistent, assertive and challenging "
      + "approach\n4. Considering the family as a whole – gathering the intelligence\n5. Common "
      + "purpose and agreed action",
    source: Citation(
      section8,
      note:
        "There is no tier 2.5 in the data: the tiers are 1 to 4. Medway's assessments show this "
        + "passage with the Tier 2 cluster advisory.")),
  LabelledText(
    "Kent",
    "The document relates specifically to Medway processes; it says the threshold criteria are "
      + "the same in Kent and that the Kent version of the document is at www.kscb.org.uk. Kent "
      + "uses the same tiers, indicators and combination rules; every Kent route says only what "
      + "the document says about Kent's process. The tiers' Features and Assessment Process "
      + "text (level details) is the Medway version's.",
    source: Citation(pleaseNote)),
  LabelledText(
    "Appendix 2 and the figures",
    "Appendix 2, “How to make a contact with Medway Children's Social Care”, and Figures 1 and "
      + "2 (the tiers diagrams) have no text in the source; Medway's routes come from Section 9 "
      + "and the Appendix 1 tables.",
    source: Citation("Appendix 2; Sections 2 and 4")),
  LabelledText(
    "No immediate-danger advice",
    "The document prints no advice for a child in immediate danger (no emergency number) for "
      + "Medway or Kent; assessments give the tool's general advice, labelled as such. Its "
      + "nearest text, Principle (iv) on child protection concerns, is part of Medway's Tier 4 "
      + "route.",
    source: Citation("Whole document; Section 3 Principles (iv)")),
  LabelledText(
    "Lists in level details",
    "Lists printed as bullets in the Features and Assessment Process columns (Definitions, Key "
      + "agencies, Additional tools) are kept one item per line.",
    source: Citation(matrix)),
]

private let tier2KeyAgencies =
  "YISP –Youth crime\nPreventative services\nYOT/YOS\nPolice\nTargeted drug and alcohol "
  + "information, advice and education, including advice re harm reduction\nHealth, e.g. HV, GP, "
  + "midwifery, school nurse\nTier 2 CAMHS (CAST Medway)\nSure Start or Children's Centres\n"
  + "Education\nEarly Years\nEducational psychology\nEducational welfare\nSpecialist play "
  + "services\nIntegrated Youth Support & Extended Services\nVoluntary & community services\n"
  + "Early Intervention for Family Services\nEarly Support Programme"

private let tier3KeyAgencies =
  "Children's Services including Integrated Family Support Service\nOther statutory service e.g. "
  + "SEN services\nSpecialist health or disability services\nPolice\nYouth Offending Team / "
  + "Service\nTargeted drug and alcohol\nCAMHS\nFamily support services\nVoluntary & community "
  + "services\nServices at universal level\nEarly Support Programme"

private let tier4KeyAgencies =
  "Children's Social care, Fostering, Adoption Teams\nFamily Group Conferencing Service\nPolice\n"
  + "Other statutory service e.g. SEN services; Education & Child Psychology\nSpecialist health or "
  + "disability services\nYouth Offending Team\nTargeted drug and alcohol\nCAMHS\nFamily support "
  + "services\nVoluntary & community Services\nServices at universal level"

private let keyAgenciesHeading = "Key agencies that may provide support at this level:"

private let tier3ExitStrategy =
  "A TAF formed under the CAF process may also be required to support child moving out of "
  + "complex needs with an agreed action plan. This could include continuing multi-agency support "
  + "coordinated by a Lead Professional to enable the child and family's move back to universal "
  + "services"

private let tier4ExitStrategy =
  "Children’s Services will work with the child and their family either to reduce the risk to a "
  + "child in need and ultimately a move out of statutory intervention as described in Tier 3, or "
  + "will embark on Court Proceedings to accommodate the child or young person in a kinship, "
  + "fostering or residential placement, or to place the child for adoption"

private let medwayLevels: [Level] = [
  Level(
    rank: 1, label: "Tier 1", name: "Universal Needs", categories: [.universal],
    description:
      "Children with no additional needs and where there are no concerns. Typically these "
      + "children are likely to live in a resilient and protective environment where their "
      + "needs are met. These children will require no additional support beyond that which is "
      + "universally available.",
    details: [
      LabelledText(
        "Tier 1", "No additional support needs", source: Citation("\(tier1), heading")),
      LabelledText(
        "Features",
        "These indicators need to be kept in mind when assessing the significance of indicators "
          + "from Tiers 2-4",
        source: Citation("\(tier1), Features column")),
      LabelledText(
        "Assessment Process",
        "These children require no additional support beyond that which is universally "
          + "available. A Common Assessment is not needed for these children.",
        source: Citation("\(tier1), Assessment Process column")),
      LabelledText(
        "Examples of key universal services that provide support at this level",
        "Education\nChildren's Centres, Family Centres & Early Years\nHealth Visiting Service\n"
          + "Midwifery\nSchool Nursing\nGP\nPlay Services\nIntegrated Youth Support Services\n"
          + "Police\nHousing\nVoluntary & Community Sector",
        source: Citation("\(tier1), Assessment Process column")),
    ],
    source: Citation("\(tier1), Features column, Children with Tier 1 needs")),
  Level(
    rank: 2, label: "Tier 2", name: "Low to Vulnerable", categories: [.earlyHelp],
    description:
      "These children can be defined as needing some additional support without which they "
      + "would be at risk of not meeting their full potential. Their identified needs may relate "
      + "to their health, educational, or social development, and are likely to be short term "
      + "needs. If ignored these issues may develop into more worrying concerns for the child or "
      + "young person. These Children will be living in greater adversity than most other "
      + "children or have a greater degree of vulnerability than most. If their needs are not "
      + "clear, not known or not being met and multi agency intervention is required, a lead "
      + "professional will be identified to coordinate a plan around the child.",
    details: [
      LabelledText(
        "Tier 2",
        "Threshold for targeted support for children with additional support needs",
        source: Citation("\(tier2), heading")),
      LabelledText(
        "ILLUSTRATIVE EXAMPLES",
        "NB In assessing need and risk that require additional services, multiple factors are "
          + "likely to be present",
        source: Citation("\(tier2), ILLUSTRATIVE EXAMPLES column heading")),
      LabelledText(
        "Timescale",
        "These should be short term interventions (up to 6 months) and reviewed on a regular "
          + "basis. If longer support is required you should discuss needs with specialist "
          + "services and may need to move into Tier 3\nA child and family may need a number of "
          + "these short term supports over the child's childhood as their needs change",
        source: Citation(
          "\(tier2), Features column, Timescale",
          note:
            "The cell is broken in the extracted text after “discuss needs with specialist”; "
            + "its continuation (“services and may need to move into Tier 3” and the sentence "
            + "after it) is printed after the table's first part and is joined here.")),
      LabelledText(
        "Assessment Process",
        "NB Complete the pre-assessment checklist if unsure whether the child needs a common "
          + "assessment.\nA CAF should be completed with the child/family to identify their "
          + "strengths & needs. The action plan should identify the child's additional needs, "
          + "appropriate services and interventions to meet those needs and who will act as the "
          + "lead professional.\nIf a CAF is refused and the needs of a child cannot be met, and "
          + "may escalate, practitioners should contact their Early Help coordinator ..",
        source: Citation("\(tier2), Assessment Process column")),
      LabelledText(
        "Exit strategy",
        "The TAF should aim to enable the child and family's move back to universal services' "
          + "support",
        source: Citation("\(tier2), Assessment Process column, Exit strategy")),
      LabelledText(
        "Key agencies that may provide support at this level: Universal and targeted",
        tier2KeyAgencies,
        source: Citation(
          "\(tier2), Assessment Process column, Key agencies",
          note:
            "The list is broken in the extracted text: its last eight items (“Early Years” to "
            + "“Early Support Programme”) are printed after the Tier 2 Developmental Needs "
            + "bullets and are joined here.")),
      LabelledText(
        "Additional tools / risk assessments",
        "K&M Risk assessment tool for sexually active young people.\nKSCB Adolescent risk "
          + "management toolkit.\nK&M Safeguarding children abused through sexual exploitation "
          + "risk assessment toolkit.\nK&M Safeguarding Trafficked Children Toolkit.",
        source: Citation(
          "\(tier2), Assessment Process column, Additional tools / risk assessments",
          note:
            "Printed after the Tier 2 Developmental Needs bullets and the end of the Key "
            + "agencies list; read as part of the Assessment Process column.")),
    ],
    source: Citation("\(tier2), Features column, Children with Tier 2 needs")),
  Level(
    rank: 3, label: "Tier 3", name: "High or Complex", categories: [.childInNeed],
    description:
      "This Tier applies to those children identified as requiring specialist support. It is "
      + "likely that for these children their needs and care are at present very significantly "
      + "compromised. Only a small fraction of children will fall within this band. These "
      + "children will be those who are highly vulnerable or experiencing the greatest level of "
      + "adversity.",
    details: [
      LabelledText(
        "Tier 3", "Threshold for Children in Need", source: Citation("\(tier3), heading")),
      LabelledText(
        "ILLUSTRATIVE EXAMPLES",
        "In assessing need and risk that require specialist services, multiple factors are "
          + "likely to be present",
        source: Citation("\(tier3), ILLUSTRATIVE EXAMPLES column heading")),
      LabelledText(
        "Child in Need",
        "These children may be eligible for a Child in Need service from Children's Social Care "
          + "and are potentially at risk of developing acute/complex needs if they do not receive "
          + "early statutory intervention. If a social worker is allocated they will usually act "
          + "as the lead professionals and coordinate services.",
        source: Citation("\(tier3), Features column, Child in Need")),
      LabelledText(
        "Definition",
        "Section 17 of the 1989 Children Act\n'is unlikely to achieve or maintain a reasonable "
          + "standard of health or development'\n'health or development is likely to be "
          + "significantly impaired'\nwithout the provision of local authority services.\nor "
          + "s/he is disabled.",
        source: Citation(
          "\(tier3), Features column, Definition",
          note:
            "The last two lines (“without the provision of local authority services.” and “or "
            + "s/he is disabled.”) are printed after the table's first part, where the table "
            + "breaks; they continue the Definition and are joined here.")),
      LabelledText(
        "Process",
        "Agencies should make a phone call to the Medway Children's Advice and Duty service",
        source: Citation(
          "\(tier3), Features column, Process",
          note: "Printed after the table's first part, where the table breaks.")),
      LabelledText(
        "Assessment Process",
        "A Common Assessment (CAF) should be used as the first assessment tool of choice. This "
          + "may be used to support a referral to specialist/targeted support\nThe Integrated "
          + "Family Support Service Business Unit will decide on their response based on the "
          + "information supplied in the contact.",
        source: Citation("\(tier3), Assessment Process column")),
      LabelledText(
        "Key agencies that may provide support at this level",
        tier3KeyAgencies,
        source: Citation("\(tier3), Assessment Process column, Key agencies")),
      LabelledText(
        "Exit strategy",
        tier3ExitStrategy,
        source: Citation("\(tier3), Assessment Process column, Exit strategy")),
    ],
    source: Citation("\(tier3), Features column")),
  Level(
    rank: 4, label: "Tier 4", name: "Complex or Acute", categories: [.childProtection],
    description: "Children requiring specialist/statutory integrated support",
    details: [
      LabelledText(
        "Tier 4", "Threshold for Child Protection", source: Citation("\(tier4), heading")),
      LabelledText(
        "ILLUSTRATIVE EXAMPLES",
        "In assessing need and risk that require intensive specialist services, multiple "
          + "factors are likely to be present",
        source: Citation("\(tier4), ILLUSTRATIVE EXAMPLES column heading")),
      LabelledText(
        "Child Protection",
        "Children experiencing significant harm that requires statutory intervention such as "
          + "child protection or legal intervention. These children may also need to be "
          + "accommodated (taken into care) by the Family Services/Children's social care either "
          + "on a voluntary basis or by way of Court Order",
        source: Citation("\(tier4), Features column, Child Protection")),
      LabelledText(
        "Definition",
        "Section 47 of the 1989 Children Act. Child or young person. Where a child is at risk of "
          + "significant harm. Through neglect, physical, emotional or sexual abuse.",
        source: Citation("\(tier4), Features column, Definition")),
      LabelledText(
        "Process",
        "Agencies should make a phone call to the Medway Children's Advice and Duty service",
        source: Citation("\(tier4), Features column, Process")),
      LabelledText(
        "Assessment Process",
        "Children's Social Care will decide on their response based on the verbal information "
          + "from contact with CADS. In the case of suspected abuse they will follow the Working "
          + "Together procedures as laid out in the Kent & Medway Safeguarding Children "
          + "Procedures. On the basis of a child and family assessment a decision will be made "
          + "whether to hold a conference.",
        source: Citation("\(tier4), Assessment Process column")),
      LabelledText(
        "Key agencies that may provide support at this level",
        tier4KeyAgencies,
        source: Citation("\(tier4), Assessment Process column, Key agencies")),
      LabelledText(
        "Exit strategy",
        tier4ExitStrategy,
        source: Citation(
          "\(tier4), Assessment Process column, Exit strategy",
          note:
            "The sentence breaks after “will embark on Court”; its end (“Proceedings to "
            + "accommodate…”) is printed in the same column of the table's last row and is "
            + "joined here.")),
    ],
    source: Citation("\(tier4), Features column, Children with Tier 4 Needs")),
]

private let medwayDomains: [Domain] = [
  Domain(
    id: "parents-carers-capacity", name: "Parents or Carers Capacity",
    subdomains: [
      Subdomain(id: "basic-care-safety-protection", name: "Basic Care, Safety and Protection"),
      Subdomain(id: "emotional-warmth-stability", name: "Emotional Warmth and Stability"),
      Subdomain(id: "guidance-boundaries-stimulation", name: "Guidance Boundaries and Stimulation"),
    ],
    source: Citation("\(matrix), ILLUSTRATIVE EXAMPLES column of each tier"),
    appliesBeforeBirth: true),
  Domain(
    id: "family-environmental", name: "Family and Environmental factors",
    subdomains: [
      Subdomain(
        id: "family-social-relationships-well-being",
        name: "Family and Social Relationships and Family Well-Being"),
      Subdomain(id: "housing-employment-finance", name: "Housing, Employment and Finance"),
      Subdomain(id: "social-community-resources", name: "Social and Community Resources"),
    ],
    source: Citation(
      "\(matrix), ILLUSTRATIVE EXAMPLES column of each tier",
      note:
        "Tier 1 prints “Family History and Well-Being” and Tier 2 “Social integration and "
        + "Community Resources” for two of these headings."),
    appliesBeforeBirth: true),
  Domain(
    id: "developmental-needs", name: "Child or Young Person's Developmental Needs",
    subdomains: [
      Subdomain(id: "learning-education", name: "Learning/Education"),
      Subdomain(id: "health", name: "Health"),
      Subdomain(
        id: "social-emotional-behavioural-identity",
        name: "Social, Emotional, Behavioural, Identity"),
      Subdomain(id: "family-social-relationships", name: "Family and Social Relationships"),
      Subdomain(id: "self-care-independence", name: "Self-Care and Independence"),
    ],
    source: Citation("\(matrix), ILLUSTRATIVE EXAMPLES column of each tier"),
    appliesBeforeBirth: false),
]

private let medwayIndicators: [Indicator] = medwayIndicatorGroups.flatMap { $0 }.map {
  indicator in
  medwayBeforeBirth[indicator.id].map { indicator.with(beforeBirth: $0) } ?? indicator
}

/// Tier 2's Self-Care and Independence bullet that is split into two indicators, as printed.
private let earlyOnsetBullet =
  "Early onset of sexual activity (13-14); sexually active young person (15+) with some risk "
  + "taking behaviours e.g. inconsistent use of contraception"

/// Indicators whose before-birth rule is not their domain's (the "Before birth" note): in the
/// Parents or Carers Capacity and Family and Environmental factors domains (which apply before
/// birth) the bullets about what only a born child does, undergoes or has (fostering, caring,
/// being a parent, asylum, a court report, respite care, peers, sexual health services, a
/// professional's conduct); in the Developmental Needs domain (which does not) the bullets
/// about antenatal care or the carers' care of the child's health.
private let medwayBeforeBirth: [String: BeforeBirth] = [
  // Parents or Carers Capacity.
  "medway-succession-of-carers-multiple-carers": .doesNotApply,
  "medway-little-positive-stimulation-despite-toys": .doesNotApply,
  "medway-continually-subject-of-negative-comments": .doesNotApply,
  "medway-child-given-responsibilities-inappropriate-age": .doesNotApply,
  "medway-adult-position-trust-staff-member": .doesNotApply,
  // Family and Environmental factors.
  "medway-child-teenage-parent": .doesNotApply,
  "medway-child-young-carer": .doesNotApply,
  "medway-child-privately-fostered": .doesNotApply,
  "medway-unaccompanied-asylum-seeking-children": .doesNotApply,
  "medway-court-application-s7-or-s37-report": .doesNotApply,
  "medway-child-young-carer-requiring-assessment": .doesNotApply,
  "medway-child-requires-assessment-respite-care": .doesNotApply,
  "medway-child-associating-with-anti-social-peers": .doesNotApply,
  "medway-limited-access-contraceptive-sexual-health": .doesNotApply,
  // Child or Young Person's Developmental Needs.
  "medway-missing-set-appointments-across-health": .applies,
  "medway-parents-carers-refusal-recognise-address": .applies,
  "medway-carers-refusing-medical-care-endangering": .applies,
]

private let medwayIndicatorGroups: [[Indicator]] = [
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection"
    ), level: 1,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-parents-carers-able-provide-care",
        "Parents/carers able to provide care for child's needs"
      )
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Emotional Warmth and Stability"
    ), level: 1,
    domain: "parents-carers-capacity", subdomain: "emotional-warmth-stability",
    [
      (
        "medway-parents-carers-provide-secure-caring",
        "Parents/carers provide secure and caring parenting"
      )
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Guidance Boundaries and Stimulation"
    ), level: 1,
    domain: "parents-carers-capacity", subdomain: "guidance-boundaries-stimulation",
    [
      (
        "medway-parents-carers-provide-guidance-boundaries",
        "Parents/carers provide guidance and boundaries to help child develop appropriate values"
      )
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family History and Well-Being",
      note:
        "Printed heading “Family History and Well-Being”; read as the same subdomain as the other tiers' “Family and Social Relationships and Family Well-Being”."
    ), level: 1,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      ("medway-supportive-family-relationships", "Supportive family relationships")
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Housing, Employment and Finance"
    ), level: 1,
    domain: "family-environmental", subdomain: "housing-employment-finance",
    [
      (
        "medway-child-fully-supported-financially-accessing",
        "Child fully supported financially, accessing all welfare benefits"
      ),
      ("medway-adequate-housing", "Adequate housing"),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Social and Community Resources"
    ), level: 1,
    domain: "family-environmental", subdomain: "social-community-resources",
    [
      ("medway-social-friendship-networks-exist", "Social and friendship networks exist"),
      ("medway-safe-secure-environment", "Safe and secure environment"),
      ("medway-access-regular-positive-activities", "Access to regular and positive activities"),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Learning/Education"
    ), level: 1,
    domain: "developmental-needs", subdomain: "learning-education",
    [
      (
        "medway-attendance-school-college-training-above-90",
        "Attendance at school/college/training (above 90%)"
      ),
      (
        "medway-acquired-range-skills-interests-experiences",
        "Acquired a range of skills/interests, experiences of success/achievement"
      ),
      ("medway-no-barriers-learning", "No barriers to learning"),
      ("medway-sound-home-school-link", "Sound home/school link"),
      (
        "medway-no-concerns-around-cognitive-development",
        "No concerns around cognitive development"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Health"),
    level: 1,
    domain: "developmental-needs", subdomain: "health",
    [
      (
        "medway-physically-healthy-developmental-checks-up",
        "Physically healthy, developmental checks up to date"
      ),
      (
        "medway-adequate-nutritious-diet-regular-dental",
        "Adequate and nutritious diet, regular dental and optical care"
      ),
      ("medway-good-state-mental-health", "Good state of mental health"),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Social, Emotional, Behavioural, Identity"
    ), level: 1,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    [
      (
        "medway-demonstrates-age-appropriate-responses-feelings",
        "Demonstrates age appropriate responses in feelings and actions"
      ),
      (
        "medway-good-quality-early-attachments-child",
        "Good quality early attachments, child is appropriately comfortable in social situations"
      ),
      (
        "medway-knowledgeable-about-effects-crime-antisocial",
        "Knowledgeable about the effects of crime and antisocial behaviour (age appropriate)"
      ),
      ("medway-able-adapt-change", "Able to adapt to change"),
      ("medway-able-demonstrate-empathy", "Able to demonstrate empathy"),
      ("medway-positive-sense-self-abilities", "Positive sense of self and abilities"),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Family and Social Relationships"
    ), level: 1,
    domain: "developmental-needs", subdomain: "family-social-relationships",
    [
      (
        "medway-stable-affectionate-relationships-caregivers",
        "Stable and affectionate relationships with caregivers"
      ),
      ("medway-good-core-relationships-siblings", "Good core relationships with siblings"),
      ("medway-positive-relationships-peers", "Positive relationships with peers"),
    ]),
  Indicator.group(
    Citation(
      "\(tier1), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-Care and Independence"
    ), level: 1,
    domain: "developmental-needs", subdomain: "self-care-independence",
    [
      (
        "medway-developing-age-appropriate-level-practical",
        "Developing age appropriate level of practical and independent living skills"
      ),
      (
        "medway-appropriate-dress-different-settings-allowing",
        "Appropriate dress for different settings – allowing for age"
      ),
      ("medway-good-level-personal-hygiene", "Good level of personal hygiene"),
      (
        "medway-able-discriminate-between-safe-unsafe",
        "Able to discriminate between 'safe' and 'unsafe' contacts"
      ),
      (
        "medway-knowledgeable-about-sex-relationships-consistent",
        "Knowledgeable about sex and relationships and consistent use of contraception if sexually active (age appropriate)"
      ),
    ]),
  [
    Indicator(
      id: "medway-requiring-support-provide-consistent-care",
      text:
        "Requiring support to provide consistent care e.g. safe and appropriate childcare arrangements; safe and hygienic home conditions; adequate diet",
      level: 2, domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
      source: Citation(
        "\(tier2), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection",
        note:
          "One bullet whose “e.g.” list is joined by semicolons; kept as one indicator."))
  ],
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection"
    ), level: 2,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-parental-health-problems-may-impact",
        "Parental health problems that may impact on child's health or development unless appropriate support provided"
      ),
      (
        "medway-parental-mental-health-issues-may",
        "Parental mental health issues that may impact on the health or development of the child unless appropriate support provided"
      ),
      (
        "medway-parental-learning-difficulties-may-impact",
        "Parental learning difficulties that may impact on the health or development of the child unless appropriate support provided"
      ),
      (
        "medway-parental-health-disability-may-impact",
        "Parental health / disability that may impact on the health or development of the child unless appropriate support provided"
      ),
      (
        "medway-parental-substance-misuse-may-impact",
        "Parental substance misuse that may impact on the health or development of the child unless appropriate support provided"
      ),
      (
        "medway-poor-engagement-universal-services-likely",
        "Poor engagement with universal services likely to impact on child's health or development"
      ),
      (
        "medway-additional-support-for-previous-child",
        "Parents/carers have had additional support to care for previous child/young person"
      ),
      (
        "medway-poor-supervision-attention-safety-issues",
        "Poor supervision and attention to safety issues"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Emotional Warmth and Stability"
    ), level: 2,
    domain: "parents-carers-capacity", subdomain: "emotional-warmth-stability",
    [
      (
        "medway-requiring-support-consistent-parenting-regarding",
        "Requiring support for consistent parenting regarding praise and discipline, where the child's development not yet being impaired"
      ),
      (
        "medway-lack-of-response-to-concerns-child-welfare",
        "Lack of response to concerns raised about child's welfare"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Guidance Boundaries and Stimulation"
    ), level: 2,
    domain: "parents-carers-capacity", subdomain: "guidance-boundaries-stimulation",
    [
      (
        "medway-requiring-support-consistent-parenting-respect",
        "Requiring support for consistent parenting in respect to routine and boundary setting"
      ),
      (
        "medway-parent-age-inappropriate-expectations-child",
        "Parent has age inappropriate expectations that child or young person should be self reliant"
      ),
      (
        "medway-lack-of-response-to-concerns-about-child",
        "Lack of response to concerns raised about child"
      ),
      (
        "medway-lack-appropriate-parental-guidance-boundaries",
        "Lack of appropriate parental guidance and boundaries for child's stage of development and maturity"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-Being"
    ), level: 2,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      (
        "medway-parents-carers-relationship-difficulties-may",
        "Parents/carers have relationship difficulties which may affect the child"
      ),
      (
        "medway-parents-carers-request-advice-manage",
        "Parents/carers request advice to manage their child's behaviour"
      ),
      (
        "medway-children-affected-difficult-family-relationships",
        "Children affected by difficult family relationships"
      ),
      ("medway-child-teenage-parent", "Child is a teenage parent"),
      ("medway-child-young-carer", "Child is a young carer"),
      (
        "medway-low-level-concerns-about-domestic",
        "Low level concerns about domestic abuse (that do not meet the Kent Police DA matrix)"
      ),
      ("medway-parent-was-looked-after-child", "Parent was a Looked After Child (LAC)"),
    ]),
  [
    Indicator(
      id: "medway-large-family-several-young-children",
      text: "Large family with several young children under five",
      level: 2, domain: "family-environmental", subdomain: "family-social-relationships-well-being",
      source: Citation(
        "\(tier2), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-Being",
        note:
          "“under five” describes the family's young children, not necessarily the child assessed, so the bullet has no age qualifier."
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Housing, Employment and Finance"
    ), level: 2,
    domain: "family-environmental", subdomain: "housing-employment-finance",
    [
      (
        "medway-overcrowding-per-local-housing-guidelines",
        "Overcrowding (as per local housing guidelines) that has a potential impact on child's health or development"
      ),
      (
        "medway-families-affected-low-income-living",
        "Families affected by low income /living with poverty affecting access to appropriate services to meet child's additional needs"
      ),
      (
        "medway-low-income-plus-adverse-additional",
        "Low income plus adverse additional factors which affect the child's development"
      ),
      (
        "medway-housing-poor-state-repair-severely",
        "Housing is in poor state of repair or severely overcrowded"
      ),
      (
        "medway-family-unable-gain-employment-due",
        "Family unable to gain employment due to significant lack of basic skills or long term difficulties"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Social integration and Community Resources",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Social and Community Resources rows). Printed heading “Social integration and Community Resources”, read as the Social and Community Resources subdomain of the other tiers."
    ), level: 2,
    domain: "family-environmental", subdomain: "social-community-resources",
    [
      (
        "medway-insufficient-facilities-meet-needs-advice",
        "Insufficient facilities to meet needs e.g. advice / support needed to access services for disabled child where parent is coping otherwise"
      ),
      (
        "medway-family-require-advice-regarding-social",
        "Family require advice regarding social exclusion e.g. hate crimes, harassment, and disputes in the community"
      ),
      (
        "medway-child-associating-with-anti-social-peers",
        "Child associating with peers who are involved in anti social or criminal behaviour"
      ),
      (
        "medway-limited-access-contraceptive-sexual-health",
        "Limited access to contraceptive and sexual health advice, information and services"
      ),
      (
        "medway-family-demonstrating-low-level-anti",
        "Family demonstrating low level anti-social behaviour towards others"
      ),
      (
        "medway-parents-carers-socially-excluded-no",
        "Parents/carers are socially excluded, have no access to local facilities and require support services"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Learning/Education",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 2,
    domain: "developmental-needs", subdomain: "learning-education",
    [
      (
        "medway-occasional-truanting-non-attendance-punctuality",
        "Occasional truanting, non attendance or punctuality issues, attendance below 85%"
      ),
      ("medway-school-action-school-action-plus", "School action or school action plus"),
      (
        "medway-identified-language-communication-difficulties-linked",
        "Identified language and communication difficulties linked to other unmet needs"
      ),
      (
        "medway-lack-adequate-parent-carer-support",
        "Lack of adequate parent/carer support for child's learning"
      ),
      (
        "medway-lack-age-appropriate-stimulation-opportunities",
        "Lack of age appropriate stimulation and opportunities to learn"
      ),
      (
        "medway-few-no-qualifications-leading-neet",
        "Few or no qualifications leading to NEET (not in education, employment or training)"
      ),
      (
        "medway-undue-parental-pressure-to-achieve",
        "Child/young person under undue parental pressure to achieve/aspire"
      ),
      ("medway-no-aspiration-young-person", "No aspiration for young person"),
      (
        "medway-not-educated-school-home-parents",
        "Not educated at school (or at home by Parents/carers)"
      ),
      (
        "medway-child-current-rate-progress-inadequate",
        "The child's current rate of progress is inadequate, despite receiving appropriate early education experiences"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Health",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 2,
    domain: "developmental-needs", subdomain: "health",
    [
      (
        "medway-concerns-about-reaching-developmental-milestones",
        "Concerns about reaching developmental milestones"
      ),
      (
        "medway-not-attending-routine-appointments-immunisations",
        "Not attending routine appointments e.g. immunisations and developmental checks"
      ),
      ("medway-persistent-minor-health-problems", "Persistent minor health problems"),
      (
        "medway-missing-set-appointments-across-health",
        "Missing set appointments across health including antenatal, hospital and GP appointments"
      ),
      (
        "medway-low-level-mental-health-emotional",
        "Low level mental health or emotional issues requiring Tier 2 intervention (CAST Medway)"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Social, Emotional, Behavioural, Identity",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 2,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    [
      (
        "medway-emerging-anti-social-behaviour-attitudes",
        "Emerging anti-social behaviour and attitudes and/or low level offending"
      ),
      (
        "medway-child-victim-bullying-bullies-others",
        "Child is victim of bullying or bullies others"
      ),
      (
        "medway-expressing-wish-become-pregnant-young",
        "Expressing wish to become pregnant at young age"
      ),
      (
        "medway-low-level-substance-misuse-current",
        "Low level substance misuse (current or historical)"
      ),
      ("medway-low-self-esteem", "Low self esteem"),
      (
        "medway-limited-peer-relationships-social-isolation",
        "Limited peer relationships/social isolation"
      ),
      ("medway-expressing-thoughts-running-away", "Expressing thoughts of running away"),
      (
        "medway-received-fixed-penalty-notice-reprimand",
        "Received fixed penalty notice, reprimand, final warning or triage of diversionary intervention"
      ),
      (
        "medway-disruptive-challenging-behaviour-school-neighbourhood",
        "Disruptive / challenging behaviour at school or in neighbourhood"
      ),
      (
        "medway-behavioural-difficulties-requiring-further-investigation",
        "Behavioural difficulties requiring further investigation / diagnosis"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-Care and Independence",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 2,
    domain: "developmental-needs", subdomain: "self-care-independence",
    [
      (
        "medway-lack-age-appropriate-behaviour-independent",
        "Lack of age appropriate behaviour and independent living skills that increase vulnerability to social exclusion"
      )
    ]),
  [
    Indicator(
      id: "medway-early-onset-sexual-activity-13-14",
      text: "Early onset of sexual activity (13-14)",
      level: 2, domain: "developmental-needs", subdomain: "self-care-independence",
      age: AgeQualifier("13-14", youngest: 13, oldest: 14),
      source: Citation(
        "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-Care and Independence",
        note:
          "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows). The bullet runs two phrases with different printed ages, separated by a semicolon: “Early onset of sexual activity (13-14)” and “sexually active young person (15+) with some risk taking behaviours e.g. inconsistent use of contraception”; each is one indicator with its own age qualifier."
      ),
      printedCell: earlyOnsetBullet)
  ],
  [
    Indicator(
      id: "medway-sexually-active-young-person-15-plus",
      text:
        "sexually active young person (15+) with some risk taking behaviours e.g. inconsistent use of contraception",
      level: 2, domain: "developmental-needs", subdomain: "self-care-independence",
      age: AgeQualifier("15+", youngest: 15, oldest: nil),
      source: Citation(
        "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-Care and Independence",
        note:
          "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows). The bullet runs two phrases with different printed ages, separated by a semicolon: “Early onset of sexual activity (13-14)” and “sexually active young person (15+) with some risk taking behaviours e.g. inconsistent use of contraception”; each is one indicator with its own age qualifier."
      ),
      printedCell: earlyOnsetBullet)
  ],
  Indicator.group(
    Citation(
      "\(tier2), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-Care and Independence",
      note:
        "The extracted text breaks the Tier 2 table: this list follows the stray Features-column lines “services and may need to move into Tier 3” and “A child and family may need a number of these short term supports…”, after the table's first part and before the Tier 3 heading. It is attributed to Tier 2, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 2,
    domain: "developmental-needs", subdomain: "self-care-independence",
    [
      (
        "medway-low-level-alcohol-substance-misuse",
        "Low level alcohol / substance misuse (current or historical)"
      ),
      (
        "medway-some-evidence-risky-use-technology",
        "Some evidence of risky use of technology leading to E-safety concerns"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection"
    ), level: 3,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-parent-unable-to-meet-needs-even-with-support",
        "Parent/carer is unable to meet child's needs even with support and not providing adequate care"
      )
    ]),
  [
    Indicator(
      id: "medway-serious-concern-unborn-child-risk",
      text: "Serious concern that an unborn child is at risk of significant harm",
      level: 3, domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
      age: .unborn("an unborn child"),
      source: Citation(
        "\(tier3), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection",
        note:
          "The bullet is about an unborn child, so it applies only to an unborn child."))
  ],
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection"
    ), level: 3,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-chronic-acute-neglect-where-food",
        "Chronic or acute neglect where food, warmth and other basics often not available"
      ),
      (
        "medway-parent-carer-mental-health-difficulties",
        "Parent/carer has mental health difficulties that has a direct impact on child's health or development"
      ),
      (
        "medway-parent-carer-substance-misuse-direct",
        "Parent/carer substance misuse that has a direct impact on child's health or development"
      ),
      (
        "medway-parental-learning-difficulties-direct-impact",
        "Parental learning difficulties that have a direct impact on child's health or development"
      ),
      (
        "medway-parental-health-disability-direct-impact",
        "Parental health / disability that has a direct impact on child's health or development"
      ),
      (
        "medway-child-exposed-contact-individuals-pose",
        "Child exposed to contact with individuals who pose a risk of physical or sexual harm to children"
      ),
      (
        "medway-history-previous-child-protection-concerns",
        "History of previous child protection concerns"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Emotional Warmth and Stability"
    ), level: 3,
    domain: "parents-carers-capacity", subdomain: "emotional-warmth-stability",
    [
      ("medway-parent-emotionally-unavailable", "Parent is emotionally unavailable"),
      (
        "medway-succession-of-carers-multiple-carers",
        "Succession of carers or child/young person has multiple carers, but no significant relationships with any of them"
      ),
      ("medway-inappropriate-child-care-arrangement", "Inappropriate child care arrangement"),
      (
        "medway-inconsistent-parenting-impairing-emotional-behavioural",
        "Inconsistent parenting impairing emotional and behavioural development"
      ),
      (
        "medway-parental-instability-affects-capacity-nurture",
        "Parental instability affects capacity to nurture"
      ),
      (
        "medway-parents-carers-own-emotional-needs",
        "Parents/carers own emotional needs compromise those of the child/young person"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Guidance Boundaries and Stimulation"
    ), level: 3,
    domain: "parents-carers-capacity", subdomain: "guidance-boundaries-stimulation",
    [
      (
        "medway-little-positive-stimulation-despite-toys",
        "Child/young person receives little positive stimulation despite appropriate toys being available"
      ),
      (
        "medway-parents-carers-provide-inconsistent-boundaries",
        "Parents/carers provide inconsistent boundaries or present a negative role model which seriously impacts on child's development"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-being"
    ), level: 3,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      (
        "medway-domestic-abuse-standard-medium-risk",
        "Domestic Abuse where the risk to the victim is assessed as standard/medium risk (DASH) and the child is present within the home during the incident"
      ),
      (
        "medway-initial-domestic-abuse-incident-reported",
        "An initial domestic abuse incident is reported but the victim discloses details of historic abuse with children resident/normally resident"
      ),
      ("medway-child-privately-fostered", "Child is privately fostered"),
      ("medway-unaccompanied-asylum-seeking-children", "Unaccompanied asylum seeking children"),
      (
        "medway-court-application-s7-or-s37-report",
        "Child subject to a court application where a s7 or s37 report has been ordered to be completed by children's social care"
      ),
    ]),
  [
    Indicator(
      id: "medway-pre-birth-assessment-where-history",
      text: "Pre-birth assessment where a history of past child protection concerns",
      level: 3, domain: "family-environmental", subdomain: "family-social-relationships-well-being",
      age: .unborn("Pre-birth"),
      source: Citation(
        "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-being",
        note:
          "A pre-birth assessment is about an unborn child, so the bullet applies only to an unborn child."
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-being"
    ), level: 3,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      (
        "medway-risk-family-relationship-breakdown-leading",
        "Risk of family relationship breakdown leading to need for child to become looked after outside of family network"
      ),
      (
        "medway-child-young-carer-requiring-assessment",
        "Child is a young carer requiring assessment of additional needs"
      ),
      (
        "medway-child-requires-assessment-respite-care",
        "Child requires assessment for respite care service due to family circumstances and has no appropriate friend / relative carer available to support"
      ),
      (
        "medway-parents-carers-unable-unwilling-continue",
        "Parents/carers are unable or unwilling to continue to care for the child"
      ),
    ]),
  [
    Indicator(
      id: "medway-homeless-child-need-accommodation-including",
      text: "Homeless child in need of accommodation including 16-17 year olds",
      level: 3, domain: "family-environmental", subdomain: "housing-employment-finance",
      source: Citation(
        "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Housing, Employment and Finance",
        note:
          "“including 16-17 year olds” widens the bullet rather than restricting it, so it has no age qualifier."
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Housing, Employment and Finance"
    ), level: 3,
    domain: "family-environmental", subdomain: "housing-employment-finance",
    [
      (
        "medway-extreme-financial-difficulties-impacting-ability",
        "Extreme financial difficulties impacting on ability to have basic needs met"
      ),
      ("medway-no-access-funding-community-resources", "No access to funding/community resources"),
      (
        "medway-family-risk-eviction-having-already",
        "Family at risk of eviction having already received support from Housing services"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Social and Community Resources",
      note:
        "The extracted text breaks the Tier 3 table: this list follows the stray Features-column lines “without the provision of local authority services.”, “or s/he is disabled.” and “Process … Agencies should make a phone call to the Medway Children's Advice and Duty service”, after the table's first part and before the Tier 4 heading. It is attributed to Tier 3, the table it continues (the first part has no Social and Community Resources rows)."
    ), level: 3,
    domain: "family-environmental", subdomain: "social-community-resources",
    [
      (
        "medway-child-family-need-immediate-support",
        "Child or family need immediate support and protection due to harassment/discrimination and have no local support"
      ),
      (
        "medway-significant-levels-targeted-hostility-towards",
        "Significant levels of targeted hostility towards the child and their family, and conflict/volatility within neighbourhood"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Learning / Education",
      note:
        "The extracted text breaks the Tier 3 table: this list follows the stray Features-column lines “without the provision of local authority services.”, “or s/he is disabled.” and “Process … Agencies should make a phone call to the Medway Children's Advice and Duty service”, after the table's first part and before the Tier 4 heading. It is attributed to Tier 3, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 3,
    domain: "developmental-needs", subdomain: "learning-education",
    [
      (
        "medway-child-not-education-conjunction-concerns",
        "Child not in education, in conjunction with concerns for child's safety"
      ),
      (
        "medway-chronic-non-attendance-truanting-authorised",
        "Chronic non attendance/truanting/authorised absences/fixed term exclusions"
      ),
      ("medway-statement-special-educational-needs", "Statement of Special Educational Needs"),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Health",
      note:
        "The extracted text breaks the Tier 3 table: this list follows the stray Features-column lines “without the provision of local authority services.”, “or s/he is disabled.” and “Process … Agencies should make a phone call to the Medway Children's Advice and Duty service”, after the table's first part and before the Tier 4 heading. It is attributed to Tier 3, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 3,
    domain: "developmental-needs", subdomain: "health",
    [
      (
        "medway-chronic-recurring-health-problems-missed",
        "Chronic/recurring health problems with missed appointments, routine and non routine"
      ),
      (
        "medway-child-disability-need-assessment-support",
        "Child with a disability in need of assessment and support to access appropriate specialist services"
      ),
      (
        "medway-serious-delay-achieving-physical-other",
        "Serious delay in achieving physical and other developmental milestones, raising significant concerns"
      ),
      (
        "medway-frequent-accidental-injuries-child-requiring",
        "Frequent accidental injuries to child requiring hospital treatment"
      ),
      (
        "medway-mental-health-issues-requiring-referral",
        "Mental health issues requiring referral to CAMHS, including self harm or suicidal thoughts"
      ),
      (
        "medway-poor-restricted-diet-despite-interventions",
        "Poor or restricted diet despite interventions"
      ),
      (
        "medway-child-chronic-health-problems-high",
        "Child has chronic health problems or high level disability which with extra support may/may not be maintained in a mainstream setting"
      ),
      (
        "medway-learning-significantly-affected-health-problems",
        "Learning significantly affected by health problems"
      ),
      (
        "medway-significant-dental-decay-not-treated",
        "Significant dental decay that has not been treated"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Social, Emotional, Behavioural, Identity",
      note:
        "The extracted text breaks the Tier 3 table: this list follows the stray Features-column lines “without the provision of local authority services.”, “or s/he is disabled.” and “Process … Agencies should make a phone call to the Medway Children's Advice and Duty service”, after the table's first part and before the Tier 4 heading. It is attributed to Tier 3, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 3,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    [
      (
        "medway-child-serious-level-unexplained-inappropriate",
        "Child with serious level of unexplained and inappropriate sexualised behaviour"
      ),
      ("medway-child-risk-sexual-exploitation", "Child is at risk of sexual exploitation"),
      (
        "medway-child-missing-home-concerns-raised",
        "Child missing from home and concerns raised about their physical and emotional safety and welfare"
      ),
      (
        "medway-behaviour-putting-them-at-risk",
        "Child whose behaviour is putting them at risk, including substance and alcohol misuse"
      ),
      (
        "medway-evidence-regular-frequent-substance-misuse",
        "Evidence of regular/frequent substance misuse which may combine with other risk factors"
      ),
      (
        "medway-evidence-escalation-substance-use-changing",
        "Evidence of escalation of substance use and of changing attitudes and more disregard to risk"
      ),
      (
        "medway-continuous-breaches-curfew-order-other",
        "Continuous breaches of curfew / order with other risk taking behaviours that impact on the child's welfare and safety"
      ),
      ("medway-frequently-goes-missing-home", "Frequently goes missing from home"),
      (
        "medway-failure-to-address-serious-re-offending",
        "Failure or inability to address serious (re) offending behaviour leading to risk of serious harm to self or others"
      ),
      (
        "medway-out-of-control-in-the-community",
        "Child/young person out of control in the community"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier3), ILLUSTRATIVE EXAMPLES column, Child or Young Person's Developmental Needs: Self-care and independence",
      note:
        "The extracted text breaks the Tier 3 table: this list follows the stray Features-column lines “without the provision of local authority services.”, “or s/he is disabled.” and “Process … Agencies should make a phone call to the Medway Children's Advice and Duty service”, after the table's first part and before the Tier 4 heading. It is attributed to Tier 3, the table it continues (the first part has no Developmental Needs rows)."
    ), level: 3,
    domain: "developmental-needs", subdomain: "self-care-independence",
    [
      (
        "medway-child-suffers-accidental-injury-result",
        "Child suffers accidental injury as a result of inadequate supervision"
      ),
      (
        "medway-child-found-wandering-without-adequate",
        "Child found wandering without adequate supervision"
      ),
      (
        "medway-child-expected-self-reliant-own",
        "Child expected to be self reliant for their own basic needs or those of their siblings beyond their capabilities, placing them at potential risk"
      ),
      ("medway-severe-lack-age-appropriate-behaviour", "Severe lack of age appropriate behaviour"),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection",
      note:
        "Kept under Basic Care, Safety and Protection as printed, although some bullets (e.g. “Low warmth, high criticism…”) read like emotional warmth."
    ), level: 4,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-parents-carers-unable-care-child", "Parents/carers are unable to care for the child"
      ),
      (
        "medway-parents-have-or-may-have-abused-neglected",
        "Parents/carers have or may have abused/neglected the child/young person"
      ),
    ]),
  [
    Indicator(
      id: "medway-pre-birth-assessment-indicates-unborn",
      text: "Pre birth assessment indicates unborn child is at risk of significant harm",
      level: 4, domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
      age: .unborn("Pre birth … unborn child"),
      source: Citation(
        "\(tier4), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection",
        note:
          "Kept under Basic Care, Safety and Protection as printed, although some bullets (e.g. “Low warmth, high criticism…”) read like emotional warmth. The bullet is about an unborn child, so it applies only to an unborn child."
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Basic Care, Safety and Protection",
      note:
        "Kept under Basic Care, Safety and Protection as printed, although some bullets (e.g. “Low warmth, high criticism…”) read like emotional warmth."
    ), level: 4,
    domain: "parents-carers-capacity", subdomain: "basic-care-safety-protection",
    [
      (
        "medway-parents-own-needs-cannot-keep-safe",
        "Parents' own needs mean they cannot keep child/young person safe"
      ),
      (
        "medway-parent-unable-restrict-access-home",
        "Parent unable to restrict access to home by adults known to be a risk to children and other adults"
      ),
      (
        "medway-left-in-care-of-adult-known-risk",
        "Child/young person left in the care of an adult known or suspected to be a risk to children, or lives in the same house as the child"
      ),
      (
        "medway-low-warmth-high-criticism-enduring",
        "Low warmth, high criticism is an enduring feature of the parenting style"
      ),
      (
        "medway-parent-own-emotional-needs-experiences",
        "Parent's own emotional needs/experiences persistently impact on their ability to meet the child/young person's needs"
      ),
      (
        "medway-parent-carer-mental-health-issues",
        "Parent/carer has mental health issues, including self harming behaviour, that present a risk of significant harm to the child"
      ),
      (
        "medway-parent-carers-substance-misuse-presents",
        "Parent/carers' substance misuse that presents a risk of significant harm to the child"
      ),
      (
        "medway-parental-learning-difficulties-present-risk",
        "Parental learning difficulties that present a risk of significant harm to the child"
      ),
      (
        "medway-parental-health-disability-presents-risk",
        "Parental health / disability that presents a risk of significant harm to the child"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Emotional Warmth and Stability"
    ), level: 4,
    domain: "parents-carers-capacity", subdomain: "emotional-warmth-stability",
    [
      (
        "medway-deliberate-cruelty-emotional-ill-treatment",
        "Deliberate cruelty or emotional ill treatment of a child resulting in significant harm"
      ),
      (
        "medway-continually-subject-of-negative-comments",
        "Child is continually the subject of negative comments and criticism, or is used as a scapegoat by a parent/carer, resulting in feelings of low worth and self-esteem and seriously impacting on the child's emotional and psychological development"
      ),
      (
        "medway-previous-children-removed-from-care",
        "Previous child/young person(s) have been removed from parent's care"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Parents or Carers Capacity: Guidance Boundaries and Stimulation"
    ), level: 4,
    domain: "parents-carers-capacity", subdomain: "guidance-boundaries-stimulation",
    [
      (
        "medway-lack-appropriate-supervision-resulting-significant",
        "Lack of appropriate supervision resulting in significant harm to a child"
      ),
      (
        "medway-child-given-responsibilities-inappropriate-age",
        "Child is given responsibilities that are inappropriate for their age / level of maturity resulting in significant harm to the child"
      ),
      (
        "medway-adult-position-trust-staff-member",
        "Adult in a position of trust, staff member or volunteer behaves in a way that results in harm to a child, or that might indicate unsuitability to work with children"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-Being"
    ), level: 4,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      (
        "medway-assessment-identifies-risk-physical-emotional",
        "Assessment identifies risk of physical, emotional, sexual abuse or neglect"
      ),
      (
        "medway-history-previous-significant-harm-children",
        "History of previous significant harm to children, including any concerns of previous child deaths"
      ),
      (
        "medway-family-characterised-conflict-serious-chronic",
        "Family characterised by conflict and serious, chronic relationship difficulties"
      ),
      (
        "medway-parent-carer-unresolved-mental-health",
        "Parent/carer has unresolved mental health difficulties which affect the wellbeing of the child"
      ),
    ]),
  [
    Indicator(
      id: "medway-domestic-abuse-high-level-risk",
      text:
        "Adult victim of Domestic Abuse is assessed as high level risk (DASH) and the child (including unborn) is at risk of significant harm",
      level: 4, domain: "family-environmental", subdomain: "family-social-relationships-well-being",
      source: Citation(
        "\(tier4), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-Being",
        note:
          "“the child (including unborn)” widens the bullet rather than restricting it, so it has no age qualifier (it applies at any age, unborn included)."
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Family and Social Relationships and Family Well-Being"
    ), level: 4,
    domain: "family-environmental", subdomain: "family-social-relationships-well-being",
    [
      ("medway-child-carer-referred-marac", "Child’s carer referred to MARAC"),
      (
        "medway-members-wider-family-known-suspected",
        "Members of the wider family are known to be, or suspected of being, a risk to children"
      ),
      (
        "medway-child-needs-looked-after-outside",
        "Child needs to be looked after outside of their immediate family or parents/carers due to abuse / neglect"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Family and Environmental factors: Housing, Employment and Finance",
      note:
        "Printed as a paragraph, not a bullet; the one indicator under this heading at Tier 4."),
    level: 4,
    domain: "family-environmental", subdomain: "housing-employment-finance",
    [
      (
        "medway-hygiene-conditions-within-home-present",
        "Hygiene conditions within the home present a serious and immediate environmental / health risk to children"
      )
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Health"),
    level: 4,
    domain: "developmental-needs", subdomain: "health",
    [
      (
        "medway-parents-carers-refusal-recognise-address",
        "Parents/carers refusal to recognise or address high level disability, serious physical and/or emotional health problems"
      ),
      (
        "medway-carers-refusing-medical-care-endangering",
        "Carers refusing medical care endangering life/development"
      ),
      (
        "medway-child-not-accessing-appropriate-medical",
        "Child not accessing appropriate medical care which puts them at direct risk of significant harm"
      ),
      (
        "medway-fabricated-or-induced-illness",
        "Concerns that a child is suffering or likely to suffer harm as a result of fabricated or induced illness"
      ),
    ]),
  [
    Indicator(
      id: "medway-sexually-transmitted-infection-under-13",
      text: "Sexually Transmitted Infection in a child under 13",
      level: 4, domain: "developmental-needs", subdomain: "health",
      age: AgeQualifier("under 13", youngest: 0, oldest: 12),
      source: Citation(
        "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Health"
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Health"),
    level: 4,
    domain: "developmental-needs", subdomain: "health",
    [
      (
        "medway-suspected-inflicted-or-unexplained-injuries",
        "Child who is suspected to having suffered inflicted, or serious unexplained, injuries"
      )
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Social, Emotional, Behavioural, Identity"
    ), level: 4,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    [
      (
        "medway-challenging-behaviour-resulting-serious-risk",
        "Challenging behaviour resulting in serious risk to the child and others"
      ),
      (
        "medway-beyond-parental-control-regularly-absconds",
        "Child/young person beyond parental control – regularly absconds from home and places self at risk of significant harm"
      ),
      (
        "medway-failure-to-address-complex-mental-health",
        "Failure or inability to address complex mental health issues requiring specialist interventions"
      ),
    ]),
  [
    Indicator(
      id: "medway-under-13-engaged-sexual-activity",
      text: "Under 13 engaged in sexual activity",
      level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      age: AgeQualifier("Under 13", youngest: 0, oldest: 12),
      source: Citation(
        "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Social, Emotional, Behavioural, Identity"
      ))
  ],
  [
    Indicator(
      id: "medway-subject-sexual-exploitation-under-18",
      text: "Subject to sexual exploitation under 18 years of age",
      level: 4, domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
      age: AgeQualifier("under 18 years of age", youngest: 0, oldest: 17),
      source: Citation(
        "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Social, Emotional, Behavioural, Identity"
      ))
  ],
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Social, Emotional, Behavioural, Identity"
    ), level: 4,
    domain: "developmental-needs", subdomain: "social-emotional-behavioural-identity",
    [
      (
        "medway-missing-home-repeated-short-periods",
        "Is missing from home for repeated short periods of time or prolonged periods"
      ),
      (
        "medway-young-people-experiencing-current-harm",
        "Young people experiencing current harm through their use of substances"
      ),
      (
        "medway-young-people-complicated-substance-misuse",
        "Young people with complicated substance misuse problems requiring specific interventions and/or child protection"
      ),
    ]),
  Indicator.group(
    Citation(
      "\(tier4), ILLUSTRATIVE EXAMPLES column, Child or Young Person’s Developmental Needs: Self-Care and Independence"
    ), level: 4,
    domain: "developmental-needs", subdomain: "self-care-independence",
    [
      (
        "medway-child-left-home-alone-without",
        "Child is left “home alone” without adequate adult supervision or support and at risk of significant harm"
      ),
      (
        "medway-distorted-self-image-lack-independent",
        "Distorted self image and lack of independent living skills likely to result in significant harm"
      ),
    ]),
]

// MARK: - Combination rules (Sections 3 and 4)

private let clusterSentence =
  "For example, within the framework described in this document, a cluster of indicators in "
  + "Tier 2 when considered together may indicate the need for a Tier 3 assessment."

private let medwayRules: [CombinationRule] = [
  CombinationRule(
    id: "medway-single-significant-indicator",
    name: "A single significant indicator",
    sentence:
      "There will also be, in some situations, a single indicator that is so obviously "
      + "significant that it will demand assessment at a particular level even in the absence "
      + "of any other indicator.",
    source: Citation(section4),
    interpretation:
      "One indicator is enough: the suggested tier is the highest tier among the indicators "
      + "selected, even when it is the only one. The document gives no number of indicators "
      + "for any tier.",
    effect: .highestIndicator),
  CombinationRule(
    id: "medway-multiplicity-of-factors",
    name: "The multiplicity of factors",
    sentence:
      "The descriptions in Appendix 1 provide illustrative examples about how need might present "
      + "itself, rather than an exhaustive list of fixed criteria that must be met. The tier of "
      + "need will always be increased by the multiplicity of factors.",
    source: Citation("Section 3 Principles (i)"),
    interpretation:
      "“The tier of need will always be increased by the multiplicity of factors” gives no "
      + "number of factors and does not say by how much, so the tool does not raise the tier by "
      + "itself: the suggested tier stays the highest indicator's. Where several Tier 2 "
      + "indicators across more than one domain are selected, the assessment shows the advisory "
      + "of rule medway-tier-2-cluster. Whether the tier is higher is the practitioner's "
      + "professional judgement.",
    effect: .highestIndicator),
  CombinationRule(
    id: "medway-professional-judgement",
    name: "Not an exhaustive list; professional judgement",
    sentence:
      "It cannot be over emphasised that the list of indicators contained in this document is "
      + "not an exhaustive one. In assessing need and risk that requires specialist services, "
      + "multiple factors are likely to be present and decisions as to whether the criteria are "
      + "met remain a professional judgement.",
    source: Citation(section4),
    interpretation:
      "The tool suggests a tier from the indicators selected; it does not decide whether the "
      + "criteria are met.",
    effect: .highestIndicator),
  CombinationRule(
    id: "medway-tier-2-cluster",
    name: "A cluster of Tier 2 indicators",
    sentence: clusterSentence,
    source: Citation(section4),
    interpretation:
      "The document gives no number for a cluster. The tool's choice, not the document's: 3 or "
      + "more Tier 2 indicators across at least 2 of the three domains (Parents or Carers "
      + "Capacity; Family and Environmental factors; Child or Young Person's Developmental "
      + "Needs) show an advisory to consider a Tier 3 assessment. The suggested tier is not "
      + "raised. The rule applies in Kent too, whose threshold criteria are the same.",
    effect: .clusterAdvisory(
      level: 2, count: 3, domains: 2,
      advice:
        "Several Tier 2 indicators across more than one domain: consider whether a Tier 3 "
        + "assessment is needed. The document says “a cluster of indicators in Tier 2 when "
        + "considered together may indicate the need for a Tier 3 assessment”. (The tool shows "
        + "this from 3 or more Tier 2 indicators in at least 2 of the 3 domains; that number is "
        + "the tool's choice, not the document's.)")),
]

// MARK: - Medway's routes (Sections 5–9 and the Appendix 1 Assessment Process column)

private let cadsPhone = Contact("Children's Advice and Duty Service (CADS)", .phone, "01634 334466")

private let cadsService =
  "Medway Children's Advice and Duty Service (CADS), the single point of contact for Medway "
  + "Children's Social Care"

private let cadsContact =
  "Professionals wishing to make a referral/contact in Medway where they have concerns about "
  + "the safety of a child will do so through the single point of contact Children's Advice and "
  + "Duty Service (CADS) on 01634 334466."

private let sendAssessments =
  "If a common assessment or other assessment has been completed (e.g. DASH, DUST, ASSET, "
  + "CSE/Trafficking risk assessment, Children who are sexually active risk assessment or) it "
  + "should be sent securely."

private let withoutCommonAssessment =
  "If there has been early professional support and intervention and a Common Assessment "
  + "completed, then this is important information to help inform the screening and assessment "
  + "process. However, it is recognised that some situations will immediately meet the criteria "
  + "for a direct referral as a 'Child in Need', which may include a 'Child in Need of "
  + "protection', and referrals/contacts will be accepted without a common assessment."

private let screening = "All contacts will be dealt with within 24 hours of referral."

private let assessmentTimescaleSentence =
  "A new maximum timescale of 45 working days from the point of referral to completion allows "
  + "flexibility and individualisation of response, but the speed should be determined by the "
  + "needs of the particular children and presenting risk."

private let assessmentTimescale =
  assessmentTimescaleSentence + " The assessment must include visits to the child."

private let notifiedOfAllocation =
  "The professional referrer should be contacted and notified in writing of the allocated social "
  + "worker within 24 hrs from allocation. Feedback on the outcome of a referral should be "
  + "provided to the referrer."

private let likelyOutcomes = [
  "The range of recommendations includes:",
  "The child is in need of protection and Kent and Medway Safeguarding Children Procedures have "
    + "been or must be invoked.",
  "Legal action is required to protect the child.",
  "The child meets the criteria for a specialist service such as Disabled Children's Team.",
  "The child is a 'Child in Need' and a 'Team Around the Family / multi agency group should be "
    + "identified to draw up and deliver a 'Child in Need' plan.",
  "The child does not meet Children's Social Care eligibility and threshold criteria and can be "
    + "signposted to an alternative specialist children's service such as the Integrated Family "
    + "Support Service, or a lower level service, as appropriate. A common assessment should be "
    + "considered and discussed with the family at this point. A \"No Further Action\" outcome "
    + "should be a rare event",
]

/// Section 9, Likely outcomes: the paragraph after the list, when the child is not eligible.
private let notEligible =
  "Where the child and family are not eligible for 'Child in Need' services, Children's Social "
  + "Care will consider what alternative arrangements may be required to meet the child's needs, "
  + "including whether a common assessment will be appropriate and, where appropriate, discuss "
  + "with the family and referring professional to enable the family to be linked to the most "
  + "appropriate service or support. The case will then be closed to Medway Children's Advice "
  + "and Duty service and return to the referring/lead professional who will then discuss and "
  + "plan the next steps with the family."

/// Section 9, Contacts and Referrals: the first sentence of the paragraph on CADS's written
/// follow-up (the second describes its purpose).
private let followedUpInWriting =
  "CADS ensures that all discussions with professionals are followed up in writing – this has "
  + "given confidence and robustness to the procedure of contact and has improved communication "
  + "with partners."

private let section7 = "Section 7 Multi agency working or Team Around the Family (TAF)"

private let referralForm = "inter-agency referral form (and common assessment if it is attached)"

private let cadsTimescale = screening + " " + assessmentTimescaleSentence

private let childInNeedConsent =
  "A Child in Need referral/contact can be accepted without the parent/carer's consent, but it "
  + "is always good practice to notify the parent of such a referral. If the parents/carers do "
  + "not consent to a Child in Need referral/contact, and the concerns do not meet the criteria "
  + "for child protection, the referrer could consider using Common Assessment and Team Around "
  + "the Family. However, should the referrer have concerns about the child's needs which they "
  + "consider may be increased due to the parents/carers' refusal to engage in the child in need "
  + "process, then it is essential that they consult within their own agency and the CADS is "
  + "happy to offer consultation to help resolve uncertainty."

private let informationConsent =
  "Parents / carers will be required to give consent to the information being shared in 'Child "
  + "in Need' referrals. Evidence of consent might be requested"

private let homeVisitPermission =
  "With the permission of the parent/carer the child should be seen alone if of sufficient age "
  + "and understanding and bedroom seen. If this permission is not forthcoming, and there are "
  + "child protection concerns, the Kent and Medway Safeguarding Children procedures must be "
  + "followed."

private let cafConsent =
  "The CAF can only be undertaken with informed and explicit consent from the child/young person "
  + "and/or their parents / carers."

private let cafVoluntary =
  "Engagement with the service is voluntary and families must agree to support and intervention "
  + "being offered to them."

private let contactsAndReferrals = "\(section9), Contacts and Referrals"
private let childAndFamilyAssessment = "\(section9), Child & Family Assessment"
private let likelyOutcomesSource = "\(section9), Likely outcomes"

private let medwayArea = Area(
  id: "medway",
  name: "Medway",
  routes: [
    Route(
      level: 1,
      name: "Universal services",
      actions: [
        "These children require no additional support beyond that which is universally "
          + "available. A Common Assessment is not needed for these children.",
        "A child, for example, whose needs do not respond to services provided under Tier 1, may "
          + "need to receive a more coordinated response within Tier 2.",
      ],
      service:
        "Universal services: Education; Children's Centres, Family Centres & Early Years; "
        + "Health Visiting Service; Midwifery; School Nursing; GP; Play Services; Integrated "
        + "Youth Support Services; Police; Housing; Voluntary & Community Sector",
      source: Citation(
        "\(tier1), Assessment Process column; Section 4 Tiers of Need, Transitions between "
          + "levels",
        note:
          "The service list is the column's “Examples of key universal services that provide "
          + "support at this level”, joined with semicolons. Section 4's next sentence, on moving "
          + "from Tier 2 to Tier 3, is not repeated at Tier 2, whose Timescale says the same.")),
    Route(
      level: 2,
      name: "Early help: the local Early Help coordinator; a CAF",
      actions: [
        "Where practitioners want to request advice and support for a child, family or young "
          + "person at tier 2, they should contact their local Early Help coordinator.",
        "NB Complete the pre-assessment checklist if unsure whether the child needs a common "
          + "assessment.",
        "A CAF should be completed with the child/family to identify their strengths & needs. "
          + "The action plan should identify the child's additional needs, appropriate services "
          + "and interventions to meet those needs and who will act as the lead professional.",
        "If the CAF assessment identifies that multi agency support is required to meet the "
          + "needs of the child and family then this team becomes the Team Around the Family "
          + "(TAF). The parent/carer and child/young person and TAF must then agree who is best "
          + "placed to become the Lead Professional",
        "If a CAF is refused and the needs of a child cannot be met, and may escalate, "
          + "practitioners should contact their Early Help coordinator ..",
        "The TAF should aim to enable the child and family's move back to universal services' "
          + "support",
        keyAgenciesHeading + "\nUniversal and targeted\n" + tier2KeyAgencies,
      ],
      service: "Local Early Help coordinator",
      form: "Common Assessment Framework (CAF)",
      timescale:
        "These should be short term interventions (up to 6 months) and reviewed on a regular "
        + "basis. If longer support is required you should discuss needs with specialist "
        + "services and may need to move into Tier 3",
      consent: cafConsent + " " + cafVoluntary,
      source: Citation(
        "\(contactsAndReferrals); \(tier2), Assessment Process column and Features column "
          + "(Timescale); Section 6 The Common Assessment Framework (CAF); Section 7 Multi agency "
          + "working or Team Around the Family (TAF); \(section8)",
        note:
          "The document prints no telephone number or address for the Early Help coordinator. "
          + "The consent sentence joins the list stem “The CAF” (Section 6) to its bullet “can "
          + "only be undertaken with informed and explicit consent…”. The Key agencies list is "
          + "broken in the extracted text: its last eight items (“Early Years” to “Early Support "
          + "Programme”) are printed after the Tier 2 Developmental Needs bullets and are joined "
          + "here.")),
    Route(
      level: 3,
      name: "Child in need: a phone call to the Children's Advice and Duty Service (CADS)",
      actions: [
        "Agencies should make a phone call to the Medway Children's Advice and Duty service",
        cadsContact,
        followedUpInWriting,
        "A Common Assessment (CAF) should be used as the first assessment tool of choice. This "
          + "may be used to support a referral to specialist/targeted support",
        "The Integrated Family Support Service Business Unit will decide on their response "
          + "based on the information supplied in the contact.",
        sendAssessments,
        withoutCommonAssessment,
        screening,
        assessmentTimescale,
        "If at any stage there are child protection concerns, the Kent and Medway Safeguarding "
          + "Child Protection procedures must be followed.",
        notifiedOfAllocation,
      ] + likelyOutcomes + [
        notEligible,
        "If a social worker is allocated they will usually act as the lead professionals and "
          + "coordinate services.",
        "All 'Child in Need' plans will be co-ordinated by the lead professional from social "
          + "services/care, monitored and reviewed at least every six months.",
        tier3ExitStrategy,
        keyAgenciesHeading + "\n" + tier3KeyAgencies,
      ],
      service: cadsService,
      contacts: [cadsPhone],
      form: referralForm,
      timescale: cadsTimescale,
      consent: childInNeedConsent + " " + informationConsent + "; " + homeVisitPermission,
      source: Citation(
        "\(tier3), Features column (Process, Child in Need) and Assessment Process column "
          + "(Key agencies, Exit strategy); \(contactsAndReferrals); \(section9), Screening; "
          + "\(childAndFamilyAssessment); \(likelyOutcomesSource); \(section7)",
        note:
          "Section 9 says both that “A Child in Need referral/contact can be accepted without the "
          + "parent/carer's consent” (Contacts and Referrals) and that “Parents / carers will be "
          + "required to give consent to the information being shared in 'Child in Need' "
          + "referrals” (Child & Family Assessment); both are shown as printed, the one about the "
          + "referral and the other about sharing information during the assessment. The "
          + "home-visit permission is part of the child and family assessment, Tier 3's process "
          + "too. The consent bullets are joined with “; ”.")),
    Route(
      level: 4,
      name: "Child protection: a phone call to the Children's Advice and Duty Service (CADS)",
      actions: [
        "If there are child protection concerns about a child's health, development or welfare "
          + "professionals must follow the Kent and Medway Safeguarding Children Procedures and "
          + "immediate contact with Children's Social Care through the referral process.",
        "Agencies should make a phone call to the Medway Children's Advice and Duty service",
        cadsContact,
        followedUpInWriting,
        "If the contact appears to be about a child protection concern, the Kent and Medway "
          + "Safeguarding Children Procedures will be invoked immediately",
        "Children's Social Care will decide on their response based on the verbal information "
          + "from contact with CADS. In the case of suspected abuse they will follow the Working "
          + "Together procedures as laid out in the Kent & Medway Safeguarding Children "
          + "Procedures. On the basis of a child and family assessment a decision will be made "
          + "whether to hold a conference.",
        withoutCommonAssessment,
        sendAssessments,
        screening,
        assessmentTimescale,
        notifiedOfAllocation,
      ] + likelyOutcomes + [
        notEligible,
        "For children in need of protection, the Child Protection Conference and the Core Group "
          + "members are in effect the Team around the Family. In these circumstances the social "
          + "worker is always the lead professional.",
        tier4ExitStrategy,
        keyAgenciesHeading + "\n" + tier4KeyAgencies,
      ],
      service: cadsService,
      contacts: [cadsPhone],
      form: referralForm,
      timescale: cadsTimescale,
      consent: childInNeedConsent + " " + homeVisitPermission,
      source: Citation(
        "Section 3 Principles (iv); \(tier4), Features column (Process) and Assessment Process "
          + "column (Key agencies, Exit strategy); \(contactsAndReferrals); \(section9), "
          + "Screening; \(childAndFamilyAssessment); \(likelyOutcomesSource); \(section7)",
        note:
          "Section 9's consent passage speaks of a Child in Need referral, which “may include a "
          + "'Child in Need of protection'”; it is shown at Tier 4 with the home-visit "
          + "permission sentence. The Exit strategy breaks after “will embark on Court”; its end "
          + "(“Proceedings to accommodate…”) is printed in the same column of the table's last "
          + "row and is joined here.")),
  ],
  immediateDanger: nil,
  specialRoutes: [
    SpecialRoute(
      id: "tiers-2-3-boundary",
      name: "The boundary of tiers 2 and 3 (“2.5”)",
      guidance: [
        "At the boundary of tiers 2 and 3, sometimes referred to as 2.5, Teams Around the "
          + "Family work intensively with families.",
        "This will include:\n1. A dedicated worker, dedicated to a family\n2. Practical 'hands on' "
          + "support\n3. A persistent, assertive and challenging approach\n4. Considering the "
          + "family as a whole – gathering the intelligence\n5. Common purpose and agreed action",
        "We expect all CAF interventions to provide innovative, family centred interventions "
          + "designed to motivate and engage whole families with multiple needs to reduce "
          + "crisis, enable them to gain greater control and stability in their lives and make "
          + "informed choices about the health wellbeing and safety of children and families as "
          + "a whole unit. Engagement with the service is voluntary and families must agree to "
          + "support and intervention being offered to them.",
      ],
      triggers: [.rule("medway-tier-2-cluster")],
      source: Citation(
        section8,
        note:
          "The tool shows this passage when the Tier 2 cluster advisory applies; the document "
          + "does not link the two.")),
    SpecialRoute(
      id: "consultation",
      name: "Consultations: if you are unsure whether to contact CADS",
      guidance: [
        "The public, including children and young people as well as professionals, can request "
          + "assistance from Medway Children's Social Care. However, there will be times when "
          + "professional referrers are not sure about how to proceed and whether to "
          + "refer/contact the Medway Children's advice and Duty service (CADS).",
        "If a professional is unclear about whether to make a referral or contact they should, in "
          + "the first instance, consult with their designated Child Safeguarding Lead within "
          + "their agency. Following this a consultation can be held with a social worker "
          + "professional within the Medway Children's Advice and Duty Service. The CADS service "
          + "encourages consultation with partner agency professionals. A record of the "
          + "consultation is recorded and will be entered in the child's file if one has been "
          + "created.",
      ],
      contacts: [cadsPhone],
      triggers: [.rule("medway-tier-2-cluster")],
      source: Citation(
        "\(section9), Consultations; \(contactsAndReferrals) (the telephone number)",
        note: "The tool shows this passage when the Tier 2 cluster advisory applies.")),
    SpecialRoute(
      id: "parental-assessment",
      name: "Parental assessment",
      guidance: [
        "Where the concerns arise as a result of a parent's (or person with parental "
          + "responsibility) disability, mental health or substance misuse problems, a specialist "
          + "assessment should be sought from the relevant agency."
      ],
      triggers: [
        .indicator("medway-parent-carer-mental-health-difficulties"),
        .indicator("medway-parent-carer-substance-misuse-direct"),
        .indicator("medway-parental-learning-difficulties-direct-impact"),
        .indicator("medway-parental-health-disability-direct-impact"),
        .indicator("medway-parent-carer-mental-health-issues"),
        .indicator("medway-parent-carers-substance-misuse-presents"),
        .indicator("medway-parental-learning-difficulties-present-risk"),
        .indicator("medway-parental-health-disability-presents-risk"),
        .indicator("medway-parent-carer-unresolved-mental-health"),
      ],
      source: Citation(
        "\(section9), Parental assessment",
        note:
          "Triggered by the Tier 3 and Tier 4 bullets about a parent's mental health, substance "
          + "misuse, learning difficulties or health / disability (the child and family "
          + "assessment is the Tier 3 and 4 process); parental learning difficulties are read "
          + "as a disability.")),
    SpecialRoute(
      id: "risk-assessment-tools",
      name: "Additional tools / risk assessments",
      guidance: [
        "K&M Risk assessment tool for sexually active young people.",
        "KSCB Adolescent risk management toolkit.",
        "K&M Safeguarding children abused through sexual exploitation risk assessment toolkit.",
        "K&M Safeguarding Trafficked Children Toolkit.",
        sendAssessments,
      ],
      triggers: [
        .indicator("medway-early-onset-sexual-activity-13-14"),
        .indicator("medway-sexually-active-young-person-15-plus"),
        .indicator("medway-child-risk-sexual-exploitation"),
        .indicator("medway-under-13-engaged-sexual-activity"),
        .indicator("medway-sexually-transmitted-infection-under-13"),
        .indicator("medway-subject-sexual-exploitation-under-18"),
        .indicator("medway-child-missing-home-concerns-raised"),
        .indicator("medway-continuous-breaches-curfew-order-other"),
        .indicator("medway-frequently-goes-missing-home"),
        .indicator("medway-missing-home-repeated-short-periods"),
      ],
      source: Citation(
        "\(tier2), Assessment Process column, Additional tools / risk assessments; "
          + contactsAndReferrals,
        note:
          "The tool shows the list for the bullets about sexual activity and sexual "
          + "exploitation, and about going missing from home and breaching a curfew or order "
          + "(the KSCB Adolescent risk management toolkit), which the tools' names cover; the "
          + "document prints the list in Tier 2's Assessment Process column without naming "
          + "bullets. No Medway bullet names trafficking.")),
    SpecialRoute(
      id: "disabled-child-lead-professional",
      name: "Multi agency working or Team Around the Family (TAF): a child in need with a "
        + "disability",
      guidance: [
        "In some circumstances where a child is in receipt of services as a 'Child in Need' there "
          + "may be occasions where the lead professional role should be identified from one of "
          + "the other professionals involved in the Team Around the Family. One example of this "
          + "might be where a child has a disability and a health worker might be a more "
          + "appropriate lead professional."
      ],
      triggers: [
        .all([.indicator("medway-child-disability-need-assessment-support"), .levelAtMost(3)]),
        .all([.indicator("medway-child-chronic-health-problems-high"), .levelAtMost(3)]),
      ],
      source: Citation(
        section7,
        note:
          "Shown for the two Tier 3 bullets about the child's own disability, the one "
          + "circumstance the passage names, while the suggested tier is 3 or below. It is about "
          + "a child “in receipt of services as a 'Child in Need'”: where the case is at Tier 4, "
          + "Section 7 says that “the social worker is always the lead professional” (Tier 4's "
          + "route), so the passage is not shown then.")),
  ],
  supportContacts: [
    cadsPhone,
    Contact("Social Care Complaints Manager (Medway Council)", .phone, "01634 333036"),
    Contact("Social Care Complaints Manager (Medway Council)", .email, "sccm@medway.gov.uk"),
  ],
  notes: [
    LabelledText(
      "This document",
      "This document relates specifically to Medway processes. The Kent Safeguarding Children "
        + "Board owns the Kent version. Whilst processes are different in Kent and Medway the "
        + "threshold criteria are the same.",
      source: Citation(pleaseNote)),
    LabelledText(
      "If you are unsure",
      "If a professional is unclear about whether to make a referral or contact they should, in "
        + "the first instance, consult with their designated Child Safeguarding Lead within their "
        + "agency. Following this a consultation can be held with a social worker professional "
        + "within the Medway Children's Advice and Duty Service. The CADS service encourages "
        + "consultation with partner agency professionals.",
      source: Citation("\(section9), Consultations")),
    LabelledText(
      "Complaints",
      "Members of the public who are dissatisfied with the service provided by Medway Children's "
        + "Social Care should contact the Social Care Complaints Manager on: 01634 333036 or by "
        + "email at sccm@medway.gov.uk (Medway Council)",
      source: Citation("Section 10 Complaints and Representations")),
    LabelledText(
      "Disagreeing with a decision",
      "Professionals who have made a referral and who are not in agreement with the decision "
        + "that has been made should refer to the Kent and Medway Safeguarding Procedures. All "
        + "dissatisfaction with decisions taken should in the first instance go through line "
        + "management channels and key safeguarding professionals within agencies or to the Team "
        + "Manager accountable for the decision being made.",
      source: Citation("Section 10 Complaints and Representations")),
  ]
)

// MARK: - Kent: the same criteria; Kent's process is in the Kent version of the document.

private let kentPleaseNote = [
  "This document relates specifically to Medway processes. The Kent Safeguarding Children Board "
    + "owns the Kent version. Whilst processes are different in Kent and Medway the threshold "
    + "criteria are the same.",
  "You can find the Kent version of this document at www.kscb.org.uk",
]

private let kentWeb = Contact("Kent Safeguarding Children Board", .web, "www.kscb.org.uk")

private func kentRoute(_ level: Int) -> Route {
  Route(
    level: level,
    name: "Kent's process: the Kent version of this document (www.kscb.org.uk)",
    actions: kentPleaseNote,
    service: "The Kent version of this document, owned by the Kent Safeguarding Children Board",
    contacts: [kentWeb],
    source: Citation(
      pleaseNote,
      note:
        "The document prints no Kent process for any tier; it says only that Kent's process is "
        + "different and is in the Kent version of the document."))
}

private let kentArea = Area(
  id: "kent",
  name: "Kent",
  routes: [kentRoute(1), kentRoute(2), kentRoute(3), kentRoute(4)],
  immediateDanger: nil,
  notes: [
    LabelledText(
      "The same tiers",
      "Kent and Medway have adopted a common approach to describing the levels of need and "
        + "intervention that may be required by children, young people and their families.",
      source: Citation("Section 2 Children's Needs and Multi-agency Tiers of Intervention")),
    LabelledText(
      "Complaints and representations",
      "For Kent, refer to KSCB website: http://www.kscb.org.uk/professionals/guidance.aspx",
      source: Citation("Section 10 Complaints and Representations")),
  ]
)

// MARK: - Examples: each runs in the tests and reports a failure at its own line.

private func medway(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "medway", age: age, indicators: indicators)
}

private func kent(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "kent", age: age, indicators: indicators)
}

private let medwayExamples: [Example] = [
  // Tiers and Medway's routes.
  Example(
    "No indicators: Tier 1, universal services, and what to do if the needs do not respond",
    medway(.years(8), []), level: 1,
    route: [
      "Universal services", "A Common Assessment is not needed",
      "may need to receive a more coordinated response within Tier 2",
    ],
    notRules: [
      "medway-single-significant-indicator", "medway-multiplicity-of-factors",
      "medway-professional-judgement", "medway-tier-2-cluster",
    ]),
  Example(
    "Tier 1 indicators only: Tier 1",
    medway(
      .years(10), ["medway-supportive-family-relationships", "medway-good-state-mental-health"]),
    level: 1, route: ["Universal services"]),
  Example(
    "One Tier 2 indicator: early help through the local Early Help coordinator and a CAF",
    medway(.years(7), ["medway-child-victim-bullying-bullies-others"]), level: 2,
    route: [
      "local Early Help coordinator", "Common Assessment Framework (CAF)", "up to 6 months",
      "informed and explicit consent", "Key agencies that may provide support at this level",
      "Tier 2 CAMHS (CAST Medway)", "Early Intervention for Family Services",
    ],
    rules: [
      "medway-single-significant-indicator", "medway-multiplicity-of-factors",
      "medway-professional-judgement",
    ],
    notRules: ["medway-tier-2-cluster"]),
  Example(
    "A Tier 2 bullet printed after the Tier 2 table's break is Tier 2",
    medway(.years(9), ["medway-persistent-minor-health-problems"]), level: 2,
    route: ["Early Help coordinator"]),
  Example(
    "Tier 3: a phone call to CADS, 24 hours, 45 working days, consent and likely outcomes",
    medway(.years(12), ["medway-child-privately-fostered"]), level: 3,
    route: [
      "01634 334466", "within 24 hours of referral", "45 working days",
      "can be accepted without the parent/carer's consent", "Disabled Children's Team",
      "Integrated Family Support Service Business Unit",
    ]),
  Example(
    "Tier 3: written follow-up, return to the referrer, the lead professional, six-monthly "
      + "reviews, the exit strategy, the key agencies and the home-visit permission",
    medway(.years(9), ["medway-chronic-non-attendance-truanting-authorised"]), level: 3,
    route: [
      "all discussions with professionals are followed up in writing",
      "The case will then be closed to Medway Children's Advice and Duty service",
      "If a social worker is allocated they will usually act as the lead professionals",
      "monitored and reviewed at least every six months",
      "A TAF formed under the CAF process may also be required",
      "Children's Services including Integrated Family Support Service",
      "With the permission of the parent/carer the child should be seen alone",
    ]),
  Example(
    "A disabled child in need: a health worker may be the lead professional",
    medway(.years(6), ["medway-child-disability-need-assessment-support"]), level: 3,
    route: ["01634 334466"],
    mentions: ["a health worker might be a more appropriate lead professional"],
    specialRoutes: ["disabled-child-lead-professional"]),
  Example(
    "Chronic health problems or high level disability: the same lead-professional passage",
    medway(.years(11), ["medway-child-chronic-health-problems-high"]), level: 3,
    route: ["01634 334466"], specialRoutes: ["disabled-child-lead-professional"]),
  Example(
    "A disabled child also at Tier 4: the social worker is always the lead professional, so the "
      + "health-worker passage is not shown",
    medway(
      .years(6),
      [
        "medway-child-disability-need-assessment-support",
        "medway-suspected-inflicted-or-unexplained-injuries",
      ]),
    level: 4, route: ["the social worker is always the lead professional"],
    notSpecialRoutes: ["disabled-child-lead-professional"]),
  Example(
    "A Tier 3 bullet printed after the Tier 3 table's break is Tier 3",
    medway(.years(14), ["medway-frequently-goes-missing-home"]), level: 3,
    route: ["Children's Advice and Duty Service (CADS)"]),
  Example(
    "Tier 4: child protection through CADS and the Kent and Medway procedures",
    medway(.years(5), ["medway-suspected-inflicted-or-unexplained-injuries"]), level: 4,
    route: [
      "01634 334466", "Kent and Medway Safeguarding Children Procedures",
      "whether to hold a conference", "within 24 hours", "If this permission is not forthcoming",
      "all discussions with professionals are followed up in writing",
      "The case will then be closed to Medway Children's Advice and Duty service",
      "the Child Protection Conference and the Core Group members",
      "In these circumstances the social worker is always the lead professional",
      "will embark on Court Proceedings", "Family Group Conferencing Service",
    ]),
  Example(
    "The highest tier wins: Tier 2, Tier 3 and Tier 4 indicators give Tier 4",
    medway(
      .years(6),
      [
        "medway-low-self-esteem", "medway-child-privately-fostered",
        "medway-lack-appropriate-supervision-resulting-significant",
      ]),
    level: 4, route: ["Children's Advice and Duty Service"]),
  Example(
    "A parent's substance misuse at Tier 3: the parental assessment note",
    medway(.years(4), ["medway-parent-carer-substance-misuse-direct"]), level: 3,
    route: ["01634 334466"],
    mentions: ["a specialist assessment should be sought from the relevant agency"]),

  // Kent: every tier points to the Kent version of the document.
  Example(
    "Kent, no indicators: Tier 1 and the Kent version", kent(.years(8), []), level: 1,
    route: ["www.kscb.org.uk", "The Kent Safeguarding Children Board owns the Kent version"]),
  Example(
    "Kent, Tier 2: the Kent version", kent(.years(13), ["medway-child-young-carer"]), level: 2,
    route: ["You can find the Kent version of this document at www.kscb.org.uk"]),
  Example(
    "Kent, Tier 3: the Kent version",
    kent(.years(15), ["medway-unaccompanied-asylum-seeking-children"]), level: 3,
    route: ["www.kscb.org.uk", "processes are different in Kent and Medway"]),
  Example(
    "Kent, Tier 4: the Kent version",
    kent(.years(3), ["medway-deliberate-cruelty-emotional-ill-treatment"]), level: 4,
    route: ["www.kscb.org.uk", "the threshold criteria are the same"]),

  // The cluster advisory (the tool's threshold: 3 Tier 2 indicators across 2 domains).
  Example(
    "Three Tier 2 indicators across two domains: Tier 2 with the cluster advisory",
    medway(
      .years(10),
      [
        "medway-poor-supervision-attention-safety-issues",
        "medway-lack-appropriate-parental-guidance-boundaries", "medway-low-self-esteem",
      ]),
    level: 2, route: ["Early Help coordinator"],
    rules: ["medway-tier-2-cluster", "medway-multiplicity-of-factors"],
    mentions: [
      "may indicate the need for a Tier 3 assessment", "the tool's choice",
      "sometimes referred to as 2.5",
    ]),
  Example(
    "Three Tier 2 indicators in one domain: Tier 2, no cluster advisory",
    medway(
      .years(10),
      [
        "medway-low-self-esteem", "medway-child-victim-bullying-bullies-others",
        "medway-persistent-minor-health-problems",
      ]),
    level: 2, route: ["Early Help coordinator"], notRules: ["medway-tier-2-cluster"]),
  Example(
    "Two Tier 2 indicators across two domains: Tier 2, below the cluster threshold",
    medway(.years(10), ["medway-housing-poor-state-repair-severely", "medway-low-self-esteem"]),
    level: 2, route: ["Early Help coordinator"]),
  Example(
    "Kent: three Tier 2 indicators across three domains give the same advisory",
    kent(
      .years(11),
      [
        "medway-poor-supervision-attention-safety-issues",
        "medway-housing-poor-state-repair-severely", "medway-low-self-esteem",
      ]),
    level: 2, route: ["www.kscb.org.uk"], rules: ["medway-tier-2-cluster"],
    mentions: ["may indicate the need for a Tier 3 assessment"]),

  // Age-qualified indicators.
  Example(
    "Early onset of sexual activity (13-14) at 13: Tier 2 with the risk assessment tools",
    medway(.years(13), ["medway-early-onset-sexual-activity-13-14"]), level: 2,
    route: ["Early Help coordinator"],
    mentions: ["K&M Risk assessment tool for sexually active young people"]),
  Example(
    "Early onset of sexual activity (13-14) is rejected at 16",
    medway(.years(16), ["medway-early-onset-sexual-activity-13-14"]), rejectedBecause: "13-14"),
  Example(
    "Sexually active young person (15+) at 16: Tier 2",
    medway(.years(16), ["medway-sexually-active-young-person-15-plus"]), level: 2,
    route: ["Early Help coordinator"]),
  Example(
    "Sexually active young person (15+) is rejected at 14",
    medway(.years(14), ["medway-sexually-active-young-person-15-plus"]), rejectedBecause: "15+"),
  Example(
    "Sexually Transmitted Infection in a child under 13, at 12: Tier 4",
    medway(.years(12), ["medway-sexually-transmitted-infection-under-13"]), level: 4,
    route: ["01634 334466"]),
  Example(
    "Sexually Transmitted Infection in a child under 13 is rejected at 13",
    medway(.years(13), ["medway-sexually-transmitted-infection-under-13"]),
    rejectedBecause: "0-12"),
  Example(
    "Under 13 engaged in sexual activity, at 11: Tier 4",
    medway(.years(11), ["medway-under-13-engaged-sexual-activity"]), level: 4,
    route: ["01634 334466"]),
  Example(
    "Under 13 engaged in sexual activity is rejected at 15",
    medway(.years(15), ["medway-under-13-engaged-sexual-activity"]), rejectedBecause: "0-12"),
  Example(
    "Sexual exploitation under 18, at 17: Tier 4 with the CSE toolkit",
    medway(.years(17), ["medway-subject-sexual-exploitation-under-18"]), level: 4,
    route: ["01634 334466"],
    mentions: ["sexual exploitation risk assessment toolkit"]),
  Example(
    "Sexual exploitation under 18 years of age is rejected at 18",
    medway(.years(18), ["medway-subject-sexual-exploitation-under-18"]), rejectedBecause: "0-17"),
  Example(
    "An unborn child at risk of significant harm: Tier 3",
    medway(.unborn, ["medway-serious-concern-unborn-child-risk"]), level: 3,
    route: ["01634 334466"]),
  Example(
    "A bullet about an unborn child is rejected for a born child",
    medway(.years(1), ["medway-serious-concern-unborn-child-risk"]), rejectedBecause: "unborn"),
  Example(
    "Pre-birth assessment with a history of child protection concerns: Tier 3 for an unborn child",
    medway(.unborn, ["medway-pre-birth-assessment-where-history"]), level: 3,
    route: ["01634 334466"]),
  Example(
    "A pre-birth bullet is rejected for a newborn",
    medway(.years(0), ["medway-pre-birth-assessment-where-history"]), rejectedBecause: "unborn"),
  Example(
    "Pre birth assessment indicates unborn child at risk of significant harm: Tier 4",
    medway(.unborn, ["medway-pre-birth-assessment-indicates-unborn"]), level: 4,
    route: ["Kent and Medway Safeguarding Children Procedures"]),
  Example(
    "The Tier 4 pre-birth bullet is rejected for a born child",
    medway(.years(2), ["medway-pre-birth-assessment-indicates-unborn"]),
    rejectedBecause: "unborn"),
  Example(
    "High-risk domestic abuse (“including unborn”) applies to an unborn child: Tier 4",
    medway(.unborn, ["medway-domestic-abuse-high-level-risk"]), level: 4,
    route: ["01634 334466"]),
  Example(
    "An indicator from another document is rejected in Kent",
    kent(.years(9), ["camden-young-carers"]), rejectedBecause: "belongs to the"),
  Example(
    "Going missing from home: Tier 3 with the adolescent risk management toolkit",
    medway(.years(15), ["medway-frequently-goes-missing-home"]), level: 3,
    route: ["01634 334466"], mentions: ["KSCB Adolescent risk management toolkit"],
    specialRoutes: ["risk-assessment-tools"]),
  Example(
    "Before birth: missed antenatal appointments can be selected for an unborn child",
    medway(.unborn, ["medway-missing-set-appointments-across-health"]), level: 2,
    route: ["Early Help coordinator"]),
  Example(
    "Before birth: a parent's substance misuse can be selected for an unborn child",
    medway(.unborn, ["medway-parent-carer-substance-misuse-direct"]), level: 3,
    route: ["01634 334466"],
    mentions: ["a specialist assessment should be sought from the relevant agency"],
    specialRoutes: ["parental-assessment"]),
  Example(
    "Before birth, Kent: carers refusing medical care endangering life or development",
    kent(.unborn, ["medway-carers-refusing-medical-care-endangering"]), level: 4,
    route: ["www.kscb.org.uk"]),
  Example(
    "Before birth: a bullet about the child's own self-esteem is rejected for an unborn child",
    medway(.unborn, ["medway-low-self-esteem"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Before birth: a young carer is rejected for an unborn child",
    medway(.unborn, ["medway-child-young-carer"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Before birth, Kent: a child who is privately fostered is rejected for an unborn child",
    kent(.unborn, ["medway-child-privately-fostered"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "A homeless 16-year-old (“including 16-17 year olds”): Tier 3",
    medway(.years(16), ["medway-homeless-child-need-accommodation-including"]), level: 3,
    route: ["01634 334466"]),
]
