// Herefordshire Safeguarding Children Partnership, "A Multi Agency Framework for Providing
// Effective Support to Children, Young People and Families" (Working Together 2018).
// Source text: shared/sources/001_d302d014ab8fd613.txt. Every string below is verbatim from it
// unless a comment or a `note:` says otherwise.
//
// Reading choices (also in `notes` so they reach `rules export`):
// - Appendix 1 prints one page (or two) per level; each page's "Example Indicators" column is
//   headed Development Needs, Family and environmental factors and Parents and carers, with the
//   subheadings the document prints. Each bullet is one indicator at that page's level; the full
//   stop that ends a bullet is not kept. Bullets that wrap across lines are re-joined.
// - Level 1's Family and environmental factors prints its three subheadings as bullets ("• Family
//   history and wellbeing", "• Housing, employment and finance", "• Social and community
//   resources"); they are read as subheadings, not indicators.
// - Level 1 prints "Family and social relationships" under Development Needs (between "Social,
//   emotional, behaviour, identity" and "Self-care and independence"); it is kept there as a
//   subheading of its own.
// - Level 3's Social and community resources and level 4's Social and community resources hold
//   bullets that read like housing/finance or family-relationship bullets; they stay under the
//   heading they are printed under (see the citation notes).
// - Section 8's table: the level 3 and level 4 Needs column entries are indicators too, in a
//   domain of their own; the other columns are the levels' details and the routes.
// - The "Key Partner Support Agencies" column is printed for a whole level page, not beside an
//   indicator, so it is a level detail (levels 1 and 2) or route text (levels 3 and 4), and no
//   indicator lists agencies.
// - The only printed age qualifier is "Child under 18 is pregnant" (0-17).
// - Section 9's children in special circumstances are special routes; Appendix 2's guidance
//   titles and their link targets (extracted from the PDF, matched to the titles in order) are
//   given with each. Triggers are the indicators whose words name the circumstance.

private let appendix1 = "Appendix 1: Practitioners guide to determining need"
private let section8 = "Section 8 How to Respond, table"
private let section9 = "Section 9 Children in special circumstances"
private let appendix2 =
  "Appendix 2: Guidance to support practitioners to respond to children and young people living "
  + "in special circumstances"

private let level1Page = "Level 1 Universal Needs"
private let level2Page = "Level 2 Additional"
private let level3Page = "Level 3 Intensive"
private let level4Page = "Level 4 – Specialist"

/// A citation for one heading of an Appendix 1 level page's Example Indicators column.
private func appendix1Cell(_ page: String, _ heading: String, note: String? = nil) -> Citation {
  Citation("\(appendix1), \(page), Example Indicators column, \(heading)", note: note)
}

private let under18 = AgeQualifier("under 18", youngest: 0, oldest: 17)

extension RuleSet {
  /// Herefordshire's multi-agency framework (Working Together 2018): levels 1–4, the section 8
  /// table of responses, Appendix 1's example indicators for each level, and Appendix 2's
  /// guidance for children in special circumstances.
  public static let herefordshire = RuleSet(
    id: "herefordshire",
    title:
      "A Multi Agency Framework for Providing Effective Support to Children, Young People and "
      + "Families",
    publisher: "Herefordshire Safeguarding Children Partnership",
    version: nil,
    date: "undated (meets Working Together 2018)",
    sourceFile: "001_d302d014ab8fd613.txt",
    levels: herefordshireLevels,
    domains: herefordshireDomains,
    indicators: herefordshireIndicators,
    rules: herefordshireRules,
    areas: [herefordshireArea],
    notes: herefordshireNotes,
    examples: herefordshireExamples
  )
}

private let herefordshireNotes: [LabelledText] = [
  LabelledText(
    "No printed date",
    "The document prints no version or publication date. It says it “meets the requirements of "
      + "the statutory guidance in Working Together 2018”, so the date is given as “undated "
      + "(meets Working Together 2018)”; its referral form link is dated March 2020.",
    source: Citation("Section 1 Opening Comments; Section 17")),
  LabelledText(
    "Indicators are bullets",
    "Appendix 1 prints a page (two for levels 2, 3 and 4) per level. Each bullet of the Example "
      + "Indicators column is one indicator at that page's level; the full stop that ends a "
      + "bullet is not kept, and bullets that wrap across lines are re-joined. Level 1's Health "
      + "heading has one unbulleted line (“Good physical health with age appropriate "
      + "development, and language”), which is one indicator.",
    source: Citation(appendix1)),
  LabelledText(
    "Level 1 subheadings printed as bullets",
    "Level 1's Family and environmental factors prints “• Family history and wellbeing”, "
      + "“• Housing, employment and finance” and “• Social and community resources” as bullets. "
      + "They match the subheadings of levels 2 to 4, so they are read as subheadings, not "
      + "indicators. “Family history and wellbeing” is the level 1 name of the subheading levels "
      + "2 and 3 call “Family and social relationships and wellbeing” / “… and family "
      + "wellbeing”. Level 2's “• Learning/education” is likewise a subheading.",
    source: Citation("\(appendix1), \(level1Page) and \(level2Page)")),
  LabelledText(
    "Family and social relationships under Development Needs",
    "Level 1 prints the heading “Family and social relationships” (with “Stable families where "
      + "parents are able to meet the child’s needs”) inside Development Needs, between “Social, "
      + "emotional, behaviour, identity” and “Self-care and independence”. It is kept there as a "
      + "subheading of Development Needs; no other level prints it.",
    source: Citation("\(appendix1), \(level1Page), Development Needs")),
  LabelledText(
    "Bullets kept under the heading they are printed under",
    "Level 3's Social and community resources prints “No recourse to public funds” and “Family "
      + "financial resources seriously compromise child’s basic physical needs being met/their "
      + "general wellbeing”, which read like Housing, employment and finance bullets. Level 4 "
      + "prints no “Family and social relationships” heading: its Social and community resources "
      + "holds bullets about domestic abuse, relationship breakdown, young carers, parental "
      + "illness and inter-sibling violence that parallel level 3's Family and social "
      + "relationships bullets. All stay under the heading they are printed under; the level is "
      + "not affected.",
    source: Citation("\(appendix1), \(level3Page) and \(level4Page)")),
  LabelledText(
    "Section 8's needs are indicators",
    "The Needs column of section 8's table for levels 3 and 4 describes who needs that level; "
      + "each bullet or paragraph is an indicator in the domain “Needs (section 8)”. Level 3's "
      + "lead-in (“Vulnerable children and their families with multiple needs or whose needs are "
      + "more complex, such as children and families who:”) is a level detail, its five bullets "
      + "indicators. Level 4's first paragraph and its “This will include victims of child "
      + "exploitation and also those at high risk of female genital mutilation (FGM)” are one "
      + "indicator, since the second sentence only extends the first. Levels 1 and 2's Needs are "
      + "level details.",
    source: Citation("\(section8), Needs column")),
  LabelledText(
    "Doubtful column placements in section 8",
    "The table's columns are run together in the text. “WISH – Wellbeing, Information & "
      + "Signposting Herefordshire website” (level 1) is read as part of the level 1 route. "
      + "“Support from the special educational needs and disability service” (level 3) and the "
      + "list under “Access requires a MARF” (level 4) are printed between the route and the "
      + "Needs column and are read as services in the Levels and Referral Routes column. "
      + "“Families needing substantial support to care for a disabled child, usually with the "
      + "help of a social worker from the children with disability service” (level 3) is printed "
      + "after the services and before the Outcome, so it is read as a Services (examples) entry "
      + "and is not an indicator.",
    source: Citation(section8)),
  LabelledText(
    "Key Partner Support Agencies",
    "Appendix 1's “Key Partner Support Agencies” column is printed once per level page, not "
      + "beside an indicator, so no indicator lists agencies: levels 1 and 2's lists are level "
      + "details, and levels 3 and 4's column (which holds what to do rather than agencies) is "
      + "route text.",
    source: Citation(appendix1)),
  LabelledText(
    "Text kept as printed",
    "Some indicators are kept exactly as printed although they read oddly: level 1 “Age "
      + "appropriate independent”; level 3 “Concern about explained injury” (level 4 has "
      + "“Concern about serious unexplained injury”); level 3 “SEN school support or EHCP "
      + "truanting”; spaced hyphens such as “self- harming” and “long- term”.",
    source: Citation(appendix1)),
  LabelledText(
    "Age qualifier",
    "The only indicator printed with an age is “Child under 18 is pregnant” (level 3), read as "
      + "ages 0 to 17; it does not apply to an unborn child.",
    source: Citation("\(appendix1), \(level3Page), Social, emotional, behaviour, identity")),
  LabelledText(
    "Children in special circumstances",
    "Section 9 lists children professionals should be particularly alert to, and Appendix 2 "
      + "names guidance for each. Each (but one, see “How special routes are triggered”) is a "
      + "special route whose guidance quotes section 9's "
      + "bullet and Appendix 2's entry (the circumstance and its guidance titles, joined by the "
      + "tool), with Appendix 2's link targets as web contacts. The link targets are extracted "
      + "from the PDF after each page's text and are matched to the titles in order (12 links "
      + "for the first page's 10 entries, 3 for the second page's 3). Section 9's family "
      + "circumstances bullet (substance misuse, adult mental health and domestic abuse) matches "
      + "three Appendix 2 entries and is quoted in each. Section 9's “Children that are in a "
      + "health setting for a continuous period of more than 90 days” has no Appendix 2 entry.",
    source: Citation("\(section9); \(appendix2)")),
  LabelledText(
    "How special routes are triggered",
    "The document does not tie any special circumstance to a level, so no special route is "
      + "triggered by level. Each is triggered by the indicators whose words name the "
      + "circumstance (for example every young carer indicator for young carers), and the unborn "
      + "route also by a case about an unborn child. An indicator that names the circumstance "
      + "only among other examples does not trigger it: section 8's level 4 need (“… abuse or "
      + "neglect. This will include victims of child exploitation …”) does not trigger the "
      + "exploitation route, nor level 4's serious health concerns (“… failure to thrive … "
      + "persistent and high risk substance misuse …”) the route for a child misusing alcohol "
      + "or drugs. No indicator names a child who has returned home from care, so Appendix 2's "
      + "entry for them is an area note, shown for every child. The health setting of more than "
      + "90 days is triggered by section 8's need of “significant impairment of function/learning "
      + "and/or life limiting illness” only, whose services include hospital or hospice "
      + "in-patient care. Section 9's full list is also an area note.",
    source: Citation("\(section9); \(appendix2)")),
  LabelledText(
    "Services named in sections 11 and 12",
    "Each line of sections 11 and 12's “Other services include:” list is one action of the "
      + "level 2 and level 3 routes, as printed (runs of spaces are one space). The list is "
      + "printed by level; the tool also adds the one line that names a special circumstance to "
      + "that circumstance's route (the Young Carers Support Service; CLIMB, for exploitation "
      + "and anti-social behaviour; Women’s Aid's programmes, for domestic abuse; Wearewithyou, "
      + "for a child misusing alcohol or drugs), and says so in the route's citation.",
    source: Citation("Sections 11 and 12")),
  LabelledText(
    "Disabled children and children in need",
    "Section 13 defines a child in need to include a disabled child, and section 14 says a "
      + "referral to children’s social care should be made immediately for a child who may be "
      + "a child in need; section 8 puts children with “a disability resulting in complex needs” "
      + "at level 3. The tool keeps level 3 and its route, and a rule shows section 14's "
      + "sentence and section 18's MASH number beside them for section 8's two disability needs "
      + "(the rule herefordshire-child-in-need-referral). The definition is an area note.",
    source: Citation("Sections 8, 13, 14 and 18")),
  LabelledText(
    "A stray link after section 8",
    "The text after section 8's table prints "
      + "“https://mybexley.firmstep.com/service/Early_help_family_wellbeing_and_children_s_social_"
      + "care_referral” three times. It is a London Borough of Bexley page, evidently left behind "
      + "“Access requires a MARF”; it is not used. The referral form is Herefordshire's MARF, "
      + "whose link is printed after section 17's first paragraph.",
    source: Citation(section8)),
  LabelledText(
    "Statements about practice",
    "Every indicator of Appendix 1 and section 8 describes a child or a family; none is a "
      + "statement about how professionals should work. Appendix 1's “These indicators are meant "
      + "as a guide but rely on professional analysis and interpretation” is printed above the "
      + "indicators, not among them, and is not an indicator.",
    source: Citation(appendix1)),
  LabelledText(
    "Printed cells",
    "Appendix 1's bullets are each printed whole, so an indicator is the whole bullet and "
      + "carries no printed cell. Section 8's level 3 Needs bullets finish a lead-in (“such as "
      + "children and families who:”), so each keeps the whole cell as printed, bullets and "
      + "all, with lines re-joined.",
    source: Citation("\(appendix1); \(section8), Level 3 Intensive row, Needs column")),
  LabelledText(
    "Before birth",
    "Section 9 names the unborn child as a child in special circumstances. An indicator can be "
      + "selected for an unborn child when it is about the pregnancy, the parents or the family: "
      + "Family and environmental factors, Parents and carers and section 8's needs apply "
      + "before birth; Development Needs, the child's own learning, health, identity and "
      + "self-care, does not. The exceptions: under Development Needs, “Stable families where "
      + "parents are able to meet the child’s needs”, “Failure to engage in antenatal services”, "
      + "“Mental health/physical needs impact adversely on the care of the child” (read as the "
      + "parent's) and the three about a parent who has undergone FGM or a child at serious risk "
      + "of it (a pre-birth risk) apply. In the other domains, the phrases about the child's own "
      + "life or about parenting a born child do not: the young carer, sibling violence, peer, "
      + "gang, leisure and activities, honour based violence, privately fostered, "
      + "unaccompanied, trafficked and “nobody with parental responsibility” indicators, the "
      + "parent–child relationship breakdown of level 4, every phrase about boundaries, "
      + "chastisement, supervision, child care arrangements, emotional responses or "
      + "inconsistent parenting, and section 8's disability, anti-social behaviour, education "
      + "and significant impairment needs.",
    source: Citation("\(section9); \(appendix1); \(section8)")),
  LabelledText(
    "Consent",
    "The document gives no ages for consent. Its consent guidance (sections 14 and 17) applies "
      + "to every child; level 3's service is “provided ONLY with the consent of the "
      + "parents/carers”, and a referral for significant harm needs no consent.",
    source: Citation("Sections 8, 14 and 17")),
  LabelledText(
    "Unattributed link",
    "The text extracted after section 13 prints the link "
      + "“https://www.herefordshire.gov.uk/support-schools-settings/behaviour-support/2” without "
      + "saying which words carry it (perhaps “Schools – Behaviour Support” or “the Herefordshire "
      + "Council website” for the EHA); it is not used.",
    source: Citation("Sections 12-13")),
]

// MARK: - Levels (Section 7 Continuum of Need; Section 8; Appendix 1 Features column)

private let herefordshireLevels: [Level] = [
  Level(
    rank: 1, label: "Level 1", name: "Universal", categories: [.universal],
    description:
      "Children and young people making good overall progress in all areas of their development "
      + "and receiving appropriate universal services such as health and education.",
    details: [
      LabelledText(
        "Features",
        "Level 1 ‘Universal’: children, young people, carers and families with no additional "
          + "needs who may from time to time require support that can be met within Universal "
          + "Services.",
        source: Citation("\(appendix1), \(level1Page), Features column")),
      LabelledText(
        "Key Partner Support Agencies",
        "Health visiting service; Midwifery; School Nursing; Police; Housing; Voluntary and "
          + "Community Sector; Early years childcare settings; Schools; Online counselling "
          + "services; Parenting groups; Adult mental health universal services; SALT and drop "
          + "in; Sexual health services; Dentist Ophthalmic services",
        source: Citation(
          "\(appendix1), \(level1Page), Key Partner Support Agencies column",
          note: "The column's bullets are joined with semicolons.")),
      LabelledText(
        "Needs",
        "All children and families who live in the area have core needs such as parenting, "
          + "health and education",
        source: Citation("\(section8), Level 1 Universal row, Needs column")),
      LabelledText(
        "Services (examples)",
        "Early years, education, primary health care, maternity services, housing, community "
          + "health care, children centre services Let’s Play & Baby Let’s Play and leisure "
          + "services. Children are supported by their family and in universal services to meet "
          + "all of their needs.",
        source: Citation("\(section8), Level 1 Universal row, Services (examples) column")),
      LabelledText(
        "Outcome",
        "Children and young people make good progress in all/ most areas of development",
        source: Citation("\(section8), Level 1 Universal row, Outcome column")),
    ],
    source: Citation("Section 7 Continuum of Need, Level 1. Universal")),
  Level(
    rank: 2, label: "Level 2", name: "Additional", categories: [.earlyHelp],
    description:
      "Children, young people and their families are experiencing emerging problems, or have "
      + "additional needs that require some targeted support. They are likely to require early "
      + "help for a time limited period, to help them move back to Universal (level 1) and reduce "
      + "the likelihood of needing level 3 more intensive support.",
    details: [
      LabelledText(
        "Features",
        "Level 2 - a family’s needs can be met by a universal service offering extra support "
          + "within its own remit or by signposting or working together with another service "
          + "where applicable. They are likely to require early help / intervention for a time "
          + "limited period, to help them move back to Universal (Level 1) and reduce the "
          + "likelihood of being moved to level 3 and level 4.",
        source: Citation("\(appendix1), \(level2Page), Features column")),
      LabelledText(
        "Key Partner Support Agencies",
        "Health visiting service; Midwifery; School Nursing; Adolescent support services; "
          + "Police; Housing; Voluntary & Community Sector; Early years childcare settings; "
          + "Schools (including SEN support); Online counselling services; Parenting groups; "
          + "Adult mental health universal services; SALT and drop in; Sexual health services; "
          + "Dentist Ophthalmic services",
        source: Citation(
          "\(appendix1), \(level2Page), Key Partner Support Agencies column",
          note: "The column's bullets are joined with semicolons.")),
      LabelledText(
        "Needs",
        "Children and families with additional needs who would benefit from or who require "
          + "extra help to improve education, parenting and/or behaviour, or to meet specific "
          + "health or emotional needs or to improve their material situation",
        source: Citation("\(section8), Level 2 Additional row, Needs column")),
      LabelledText(
        "Services (examples)",
        "Parenting programmes; School holiday and short breaks provision for disabled children; "
          + "Extra health support for family members; behavioural support; Housing support; "
          + "Additional learning support; CAMHS tier 2 support to schools; SEN support and help "
          + "to find education and employment; Speech and language therapy; Children’s centre "
          + "services; Services provided on a voluntary basis to families (these may be offered "
          + "by volunteers and/or commissioned through a voluntary organisation)",
        source: Citation(
          "\(section8), Level 2 Additional row, Services (examples) column",
          note: "The column's entries are joined with semicolons.")),
      LabelledText(
        "Outcome",
        "The life chances of children and families will be improved by offering additional "
          + "support",
        source: Citation("\(section8), Level 2 Additional row, Outcome column")),
      LabelledText(
        "Section 11 Access to Level 2 services – Additional Services",
        "All children, young people and families with additional needs at level 2 have access "
          + "to universal services and additional services identified by each agency. The "
          + "council have commissioned a specialist Befriending Service for families with "
          + "identified needs at level 2.",
        source: Citation("Section 11 Access to Level 2 services – Additional Services")),
    ],
    source: Citation("Section 7 Continuum of Need, Level 2. Additional")),
  Level(
    rank: 3, label: "Level 3", name: "Intensive", categories: [.earlyHelp],
    description:
      "Children, young people and families with identified vulnerabilities who are experiencing "
      + "multiple and complex needs and are likely to need intensive multi-agency co- ordinated "
      + "approach. They are likely to require longer term help.",
    details: [
      LabelledText(
        "Features",
        "Level 3 - Young people, carers and families with identified vulnerabilities who are "
          + "experiencing multiple and significant complex needs and are likely to require a "
          + "multi-agency coordinated approach. They are likely to require longer term "
          + "intervention to help them move to Level 2 or Level 1 services.",
        source: Citation("\(appendix1), \(level3Page), Features column")),
      LabelledText(
        "Needs",
        "Vulnerable children and their families with multiple needs or whose needs are more "
          + "complex, such as children and families who:",
        source: Citation(
          "\(section8), Level 3 Intensive row, Needs column",
          note: "The lead-in; its five bullets are indicators.")),
      LabelledText(
        "Levels and Referral Routes (services)",
        "Support from the special educational needs and disability service",
        source: Citation(
          "\(section8), Level 3 Intensive row",
          note:
            "Printed between the route and the Needs column; read as part of the Levels and "
            + "Referral Routes column.")),
      LabelledText(
        "Services (examples)",
        "Due to the complexity of needs, especially around behaviour and parenting, a shared "
          + "professional and co-ordinated plan is developed with the family. The assessment and "
          + "plan is led by a Key Worker and the service is provided ONLY with the consent of the "
          + "parents/carers; A wide range of services might be involved in meeting the family’s "
          + "needs, e.g. CAMHS tier 3, adult mental health or drug/alcohol team; Families needing "
          + "substantial support to care for a disabled child, usually with the help of a social "
          + "worker from the children with disability service",
        source: Citation(
          "\(section8), Level 3 Intensive row, Services (examples) column",
          note:
            "The column's entries are joined with semicolons. The last entry could be read as a "
            + "need; it is printed among the services, before the Outcome.")),
      LabelledText(
        "Outcome",
        "Life chances will be significantly impaired without co-ordinated multi-agency support",
        source: Citation("\(section8), Level 3 Intensive row, Outcome column")),
      LabelledText(
        "Section 12 Access to Level 3 services - Intensive Services",
        "All children, young people and families can access all universal services and "
          + "additional level 3 services identified by any agency. The council have the internal "
          + "Early Help Family Support service for the most complex cases and have commissioned "
          + "a specialist Family Mentoring service for lower level 3 cases.",
        source: Citation("Section 12 Access to Level 3 services - Intensive Services")),
    ],
    source: Citation("Section 7 Continuum of Need, Level 3. Intensive")),
  Level(
    rank: 4, label: "Level 4", name: "Specialist", categories: [.childInNeed, .childProtection],
    description:
      "Children, young people and their families who are experiencing very serious or complex "
      + "needs that are having a major impact on their expected outcomes or there is serious "
      + "concern for their safety. This may be as children in need - CIN (Section 17 of the "
      + "Children Act 1989) or as children in need of protection- CP (under section 47 of the "
      + "Children Act 1989). Children, young people and families receiving intervention at level "
      + "4 need are supported, where possible, to reduce the seriousness and complexity of need "
      + "and are then enabled to step down to Early Help support or Universal services as "
      + "appropriate.",
    details: [
      LabelledText(
        "Features",
        "Level 4 Serious complex needs; Children, young people and families who are "
          + "experiencing very serious, prolonged or complex needs that are having a major "
          + "impact on their expected outcomes or there is serious concern for their safety. "
          + "These acute needs may require statutory intensive support for children and young "
          + "people to be protected.",
        source: Citation("\(appendix1), \(level4Page), first page, Features column")),
      LabelledText(
        "Features (continued)",
        "Children, young people and families receiving intervention for level 4 need are "
          + "helped, where possible, in reducing the seriousness and complexity of need and are "
          + "then enabled to access early Help or Universal services appropriately",
        source: Citation("\(appendix1), \(level4Page), second page, Features column")),
      LabelledText(
        "Levels and Referral Routes (services)",
        "Children`s social care; Child protection Care proceedings; Children in need; Disposals "
          + "with the Youth Justice Service; Tier 4 CAMHS; Hospital or hospice in-patient",
        source: Citation(
          "\(section8), Level 4 Specialist row, Levels and Referral Routes column",
          note:
            "Printed under “Access requires a MARF”; its lines are joined with semicolons.")),
      LabelledText(
        "Services (examples)",
        "Children’s social care, youth offending service; Criminal justice system; Tier 3 and 4 "
          + "CAMHS In-patient and continuing healthcare; Fostering and residential care; Health "
          + "care for children with life limiting illness; Services for children with profound "
          + "and enduring disability; Referrals have to be made to services with the power to "
          + "undertake statutory non- voluntary intervention and services with specialist skills",
        source: Citation(
          "\(section8), Level 4 Specialist row, Services (examples) column",
          note: "The column's entries are joined with semicolons.")),
      LabelledText(
        "Outcome",
        "Children and /or family members are likely to suffer significant harm/ removal from "
          + "home/ serious and lasting impairment without the intervention of specialist "
          + "services, very often using their statutory powers",
        source: Citation("\(section8), Level 4 Specialist row, Outcome column")),
    ],
    source: Citation("Section 7 Continuum of Need, Level 4. Specialist")),
]

// MARK: - Domains (Appendix 1 headings; section 8 Needs column)

private let herefordshireDomains: [Domain] = [
  Domain(
    id: "development-needs", name: "Development Needs",
    subdomains: [
      Subdomain(id: "learning-education", name: "Learning/education"),
      Subdomain(id: "health", name: "Health"),
      Subdomain(
        id: "social-emotional-behaviour-identity", name: "Social, emotional, behaviour, identity"),
      Subdomain(id: "family-and-social-relationships", name: "Family and social relationships"),
      Subdomain(id: "self-care-and-independence", name: "Self-care and independence"),
    ],
    source: Citation(
      "\(appendix1), Example Indicators column, Development Needs",
      note: "“Family and social relationships” is printed only on the level 1 page."),
    appliesBeforeBirth: false),
  Domain(
    id: "family-and-environmental-factors", name: "Family and environmental factors",
    subdomains: [
      Subdomain(
        id: "family-and-social-relationships-and-wellbeing",
        name: "Family and social relationships and wellbeing"),
      Subdomain(id: "housing-employment-and-finance", name: "Housing, employment and finance"),
      Subdomain(id: "social-and-community-resources", name: "Social and community resources"),
    ],
    source: Citation(
      "\(appendix1), Example Indicators column, Family and environmental factors",
      note:
        "The first subheading is printed “Family history and wellbeing” (level 1), “Family and "
        + "social relationships and wellbeing” (level 2) and “Family and social relationships and "
        + "family wellbeing” (level 3); level 4 does not print it.")),
  Domain(
    id: "parents-and-carers", name: "Parents and carers",
    subdomains: [
      Subdomain(id: "basic-care-safety-and-protection", name: "Basic care, safety and protection"),
      Subdomain(id: "emotional-warmth-and-stability", name: "Emotional warmth & stability"),
      Subdomain(
        id: "guidance-boundaries-and-stimulation", name: "Guidance boundaries and stimulation"),
    ],
    source: Citation("\(appendix1), Example Indicators column, Parents and carers")),
  Domain(
    id: "section-8-needs", name: "Needs (section 8)",
    source: Citation("\(section8), Needs column, Levels 3 and 4")),
]

// MARK: - Indicators (Appendix 1 Example Indicators; section 8 Needs, levels 3 and 4)

/// Indicators whose before-birth rule is not their domain's (see the note “Before birth”).
private let herefordshireBeforeBirth: [String: BeforeBirth] = [
  // Development Needs (does not apply before birth), except:
  "herefordshire-stable-families-meeting-childs-needs": .applies,
  "herefordshire-parent-fgm-no-perceived-risk-to-child": .applies,
  "herefordshire-failure-to-engage-in-antenatal-services": .applies,
  "herefordshire-parent-fgm-risk-to-child-unknown": .applies,
  "herefordshire-mental-physical-needs-impact-care": .applies,
  "herefordshire-serious-risk-of-fgm": .applies,
  // Family and environmental factors (applies before birth), except:
  "herefordshire-consistent-and-positive-activities": .doesNotApply,
  "herefordshire-low-level-inter-sibling-violence": .doesNotApply,
  "herefordshire-some-young-carer-responsibilities": .doesNotApply,
  "herefordshire-associating-with-anti-social-peers": .doesNotApply,
  "herefordshire-poor-access-to-leisure-amenities": .doesNotApply,
  "herefordshire-risk-of-gang-involvement": .doesNotApply,
  "herefordshire-inter-sibling-violence-no-significant-harm": .doesNotApply,
  "herefordshire-young-carer-adversely-impacting-development": .doesNotApply,
  "herefordshire-imminent-risk-relationship-breakdown": .doesNotApply,
  "herefordshire-young-carer-significantly-impacting-development": .doesNotApply,
  "herefordshire-honour-based-violence-or-forced-marriage": .doesNotApply,
  "herefordshire-inter-sibling-violence-significant-harm": .doesNotApply,
  "herefordshire-privately-fostered": .doesNotApply,
  "herefordshire-nobody-with-parental-responsibility": .doesNotApply,
  "herefordshire-unaccompanied-minors": .doesNotApply,
  "herefordshire-trafficked-children": .doesNotApply,
  // Parents and carers (applies before birth), except:
  "herefordshire-secure-and-caring-parenting": .doesNotApply,
  "herefordshire-appropriate-guidance-and-boundaries": .doesNotApply,
  "herefordshire-inappropriate-child-care-arrangements": .doesNotApply,
  "herefordshire-inconsistent-parenting-not-significantly-impaired": .doesNotApply,
  "herefordshire-inconsistent-responses-to-child": .doesNotApply,
  "herefordshire-failure-to-pick-up-emotional-cues": .doesNotApply,
  "herefordshire-lack-of-routine-inconsistent-boundaries": .doesNotApply,
  "herefordshire-poor-supervision-within-home": .doesNotApply,
  "herefordshire-low-level-physical-chastisement": .doesNotApply,
  "herefordshire-inappropriate-chastisement-stress-positions": .doesNotApply,
  "herefordshire-left-home-alone-not-significant-risk": .doesNotApply,
  "herefordshire-child-care-arrangements-prejudicing-safety": .doesNotApply,
  "herefordshire-parent-fails-to-prevent-unsafe-cyber-activity": .doesNotApply,
  "herefordshire-inconsistent-parenting-impacting-development": .doesNotApply,
  "herefordshire-parent-unresponsive-to-emotional-needs": .doesNotApply,
  "herefordshire-parent-ignores-child": .doesNotApply,
  "herefordshire-parent-inconsistent-boundaries-or-responses": .doesNotApply,
  "herefordshire-inconsistent-parenting-significantly-impairing": .doesNotApply,
  "herefordshire-lack-of-boundaries-risk-of-serious-harm": .doesNotApply,
  // Needs (section 8) (applies before birth: children and families), except:
  "herefordshire-disability-resulting-in-complex-needs": .doesNotApply,
  "herefordshire-anti-social-or-challenging-behaviour": .doesNotApply,
  "herefordshire-not-in-education-or-work-long-term": .doesNotApply,
  "herefordshire-significant-impairment-or-life-limiting-illness": .doesNotApply,
]

private let herefordshireIndicators: [Indicator] = {
  let indicators = herefordshireIndicatorGroups.flatMap { $0 }
  assert(
    Set(herefordshireBeforeBirth.keys).isSubset(of: indicators.map(\.id)),
    "a before-birth exception names an indicator that does not exist")
  return indicators.map { indicator in
    herefordshireBeforeBirth[indicator.id].map { indicator.with(beforeBirth: $0) } ?? indicator
  }
}()

/// Section 8's level 3 Needs cell as printed: a lead-in and five bullets, each bullet one
/// indicator (see the note “Printed cells”).
private let section8Level3NeedsCell =
  "Vulnerable children and their families with multiple needs or whose needs are more complex, "
  + "such as children and families who:\n• have a disability resulting in complex needs\n• "
  + "exhibit anti-social or challenging behaviour, including the expression of radicalised "
  + "thoughts or intentions.\n• suffer some neglect or poor family relationships\n• have poor "
  + "engagement with key services such as school and health\n• are not in education or work "
  + "long- term"

private let herefordshireIndicatorGroups: [[Indicator]] = [
  // Level 1 Universal Needs
  Indicator.group(
    appendix1Cell(level1Page, "Development Needs, Learning/education"), level: 1,
    domain: "development-needs", subdomain: "learning-education",
    [
      ("herefordshire-general-development-age-appropriate", "General development is age appropriate"),
      ("herefordshire-achieving-education-key-stages", "Achieving education key stages"),
      ("herefordshire-good-attendance-at-school", "Good attendance at school/college/training"),
      ("herefordshire-no-barriers-to-learning", "No barriers to learning"),
      ("herefordshire-planned-progression-beyond-school-age", "Planned progression beyond statutory school age"),
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Development Needs, Health",
      note: "Printed as one line without a bullet; one indicator."),
    level: 1, domain: "development-needs", subdomain: "health",
    [
      ("herefordshire-good-physical-health-and-language", "Good physical health with age appropriate development, and language")
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Development Needs, Social, emotional, behaviour, identity"),
    level: 1,
    domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
    [
      ("herefordshire-good-mental-health-and-wellbeing", "Good mental health and psychological wellbeing"),
      ("herefordshire-good-quality-early-attachments", "Good quality early attachments, confident in social situations"),
      ("herefordshire-knowledgeable-about-crime-and-antisocial-behaviour", "Knowledgeable about the effects of crime and antisocial behaviour"),
      ("herefordshire-knowledgeable-about-sex-and-relationships", "Knowledgeable about sex and relationships and consistent use of contraception if sexually active"),
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Development Needs, Family and social relationships",
      note:
        "The heading is printed inside Development Needs on the level 1 page only; kept there."),
    level: 1, domain: "development-needs", subdomain: "family-and-social-relationships",
    [
      ("herefordshire-stable-families-meeting-childs-needs", "Stable families where parents are able to meet the child’s needs")
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Development Needs, Self-care and independence",
      note: "Printed “Age appropriate independent”; kept as printed."),
    level: 1, domain: "development-needs", subdomain: "self-care-and-independence",
    [
      ("herefordshire-age-appropriate-independent", "Age appropriate independent")
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Family and environmental factors, Family history and wellbeing",
      note: "The subheading is printed as a bullet; read as a subheading."),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "family-and-social-relationships-and-wellbeing",
    [
      ("herefordshire-supportive-family-relationships", "Supportive family relationships")
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Family and environmental factors, Housing, employment and finance",
      note: "The subheading is printed as a bullet; read as a subheading."),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    [
      ("herefordshire-child-fully-supported-financially", "Child fully supported financially"),
      ("herefordshire-good-quality-stable-housing", "Good quality stable housing/amenities"),
    ]),
  Indicator.group(
    appendix1Cell(
      level1Page, "Family and environmental factors, Social and community resources",
      note: "The subheading is printed as a bullet; read as a subheading."),
    level: 1, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    [
      ("herefordshire-good-social-and-friendship-networks", "Good social and friendship networks exist"),
      ("herefordshire-safe-and-secure-environment", "Safe and secure environment"),
      ("herefordshire-consistent-and-positive-activities", "Access to consistent and positive activities"),
    ]),
  Indicator.group(
    appendix1Cell(level1Page, "Parents and carers, Basic care, safety and protection"), level: 1,
    domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      ("herefordshire-parents-provide-care-appropriately", "Parents able to provide care for child’s needs appropriately")
    ]),
  Indicator.group(
    appendix1Cell(level1Page, "Parents and carers, Emotional warmth & stability"), level: 1,
    domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      ("herefordshire-secure-and-caring-parenting", "Parents provide secure and caring parenting - praise and encouragement")
    ]),
  Indicator.group(
    appendix1Cell(level1Page, "Parents and carers, Guidance boundaries and stimulation"), level: 1,
    domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      ("herefordshire-appropriate-guidance-and-boundaries", "Parents provide appropriate guidance and boundaries to help child develop appropriate values")
    ]),

  // Level 2 Additional
  Indicator.group(
    appendix1Cell(
      level2Page, "first page, Development Needs, Learning/education",
      note: "The subheading is printed as a bullet; read as a subheading."),
    level: 2, domain: "development-needs", subdomain: "learning-education",
    [
      ("herefordshire-limited-access-to-books-toys", "Limited access to books, toys or educational materials"),
      ("herefordshire-occasional-truanting-or-non-attendance", "Occasional truanting or non-attendance and poor punctuality"),
      ("herefordshire-poor-stimulation", "Poor stimulation"),
      ("herefordshire-some-fixed-term-exclusions", "Some fixed term exclusions"),
      ("herefordshire-language-and-communication-difficulties", "Identified language and communication difficulties"),
      ("herefordshire-few-or-no-qualifications-neet", "Few or no qualifications NEET"),
      ("herefordshire-sen-support-at-school-level", "SEN support at school level"),
    ]),
  Indicator.group(
    appendix1Cell(level2Page, "first page, Development Needs, Health"), level: 2,
    domain: "development-needs", subdomain: "health",
    [
      ("herefordshire-slow-reaching-development-milestones", "Slow in reaching development milestones"),
      ("herefordshire-overdue-immunisations-or-checks", "Overdue immunisations or checks"),
      ("herefordshire-minor-health-problems", "Minor health problems"),
      ("herefordshire-dental-problems-and-untreated-decay", "Dental problems and untreated decay - poor dental hygiene"),
      ("herefordshire-experiment-with-tobacco-alcohol-drugs", "Experiment with tobacco, alcohol and illegal drugs"),
      ("herefordshire-parent-fgm-no-perceived-risk-to-child", "Parent has undergone FGM procedure, but risk assessment undertaken by health professionals identifies there isn’t a perceived risk of the child being subject to the procedure"),
      ("herefordshire-overweight-underweight", "Overweight/Underweight"),
    ]),
  Indicator.group(
    appendix1Cell(
      level2Page, "first page, Development Needs, Social, emotional, behaviour, identity"),
    level: 2, domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
    [
      ("herefordshire-difficulty-relationships-with-peers", "Difficulty making and sustaining relationships with peers"),
      ("herefordshire-early-sexual-activity-or-pregnancy-risk", "Early onset of sexual activity or at risk of early pregnancy"),
      ("herefordshire-lack-of-confidence-low-self-esteem", "Lack of confidence/low self-esteem which affects behaviour"),
      ("herefordshire-social-isolation", "Social isolation"),
      ("herefordshire-lack-of-positive-role-models", "Lack of positive role models"),
      ("herefordshire-persistent-discrimination", "Child subject to persistent discrimination"),
      ("herefordshire-antisocial-anti-authoritarian-behaviour", "Exhibits antisocial/anti-authoritarian behaviour"),
      ("herefordshire-emerging-attachment-concerns", "Emerging concerns in relation to attachment"),
      ("herefordshire-low-level-mental-health-or-emotional-issues", "Low level mental health or emotional issues"),
    ]),
  Indicator.group(
    appendix1Cell(
      level2Page,
      "second page, Family and environmental factors, Family and social relationships and "
        + "wellbeing"),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "family-and-social-relationships-and-wellbeing",
    [
      ("herefordshire-parents-relationship-difficulties-affect-child", "Parents/carers have relationship difficulties which affect the child"),
      ("herefordshire-low-level-inter-sibling-violence", "Low level inter-sibling violence and aggression"),
      ("herefordshire-some-young-carer-responsibilities", "Child has some young carer responsibilities"),
      ("herefordshire-unresolved-issues-parents-separation", "Unresolved issues arising from parents separation"),
      ("herefordshire-family-socially-isolated", "Family is socially isolated"),
    ]),
  Indicator.group(
    appendix1Cell(
      level2Page, "second page, Family and environmental factors, Housing, employment and finance"),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    [
      ("herefordshire-overcrowding-in-poor-housing", "Overcrowding in poor housing conditions"),
      ("herefordshire-financial-resources-impact-basic-needs", "Families financial resources impact negatively on child’s basic physical needs"),
      ("herefordshire-temporary-or-unstable-housing", "Housing arrangements are temporary or unstable and child’s needs not being met"),
      ("herefordshire-unstable-or-unknown-immigration-status", "Unstable or unknown immigration status"),
      ("herefordshire-serious-debt-or-rent-arrears", "Serious debt or rent arrears"),
    ]),
  Indicator.group(
    appendix1Cell(
      level2Page, "second page, Family and environmental factors, Social and community resources"),
    level: 2, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    [
      ("herefordshire-families-victim-of-hate-crime", "Families are victim of hate crime"),
      ("herefordshire-associating-with-anti-social-peers", "Associating with anti-social or criminally active peers"),
      ("herefordshire-poor-access-to-leisure-amenities", "Poor access to leisure and recreational amenities and activities"),
      ("herefordshire-risk-of-gang-involvement", "Risk of gang involvement or vulnerability to gang activity/ exploitation"),
    ]),
  Indicator.group(
    appendix1Cell(level2Page, "second page, Parents and carers, Basic care, safety and protection"),
    level: 2, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      ("herefordshire-inappropriate-child-care-arrangements", "Inappropriate child care arrangements"),
      ("herefordshire-some-exposure-to-dangerous-situations", "Some exposure to dangerous situations in the home or community"),
      ("herefordshire-low-level-parental-alcohol-substance-concerns", "Low level concerns about parental alcohol or substance use"),
      ("herefordshire-young-or-inexperienced-parents", "Young or inexperienced parents"),
      ("herefordshire-lack-of-insight-into-parental-conflict", "Parental lack of insight into effects of child’s exposure to parental conflict"),
    ]),
  Indicator.group(
    appendix1Cell(level2Page, "second page, Parents and carers, Emotional warmth & stability"),
    level: 2, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      ("herefordshire-inconsistent-parenting-not-significantly-impaired", "Inconsistent parenting, but development not significantly impaired"),
      ("herefordshire-inconsistent-responses-to-child", "Inconsistent responses to child/young person"),
      ("herefordshire-failure-to-pick-up-emotional-cues", "Failure to pick up on the child’s emotional cues"),
    ]),
  Indicator.group(
    appendix1Cell(
      level2Page, "second page, Parents and carers, Guidance boundaries and stimulation"),
    level: 2, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      ("herefordshire-lack-of-routine-inconsistent-boundaries", "Lack of routine and inconsistent boundaries"),
      ("herefordshire-poor-supervision-within-home", "Poor supervision within the home"),
      ("herefordshire-low-level-physical-chastisement", "Low level physical chastisement that does not cause physical injury"),
      ("herefordshire-inappropriate-chastisement-stress-positions", "Inappropriate parental chastisement e.g. puts child in stress positions"),
    ]),

  // Level 3 Intensive
  Indicator.group(
    appendix1Cell(level3Page, "first page, Development Needs, Learning/education"), level: 3,
    domain: "development-needs", subdomain: "learning-education",
    [
      ("herefordshire-short-term-exclusions-persistent-absence", "Short term exclusions or at risk of permanent exclusion, persistent absence from school"),
      ("herefordshire-sen-school-support-or-ehcp-truanting", "SEN school support or EHCP truanting"),
      ("herefordshire-no-access-to-books-toys", "No access to books, toys or educational materials"),
      ("herefordshire-electively-home-educated-needs-not-met", "Children who are electively home educated where there are concerns that their educational needs are not being consistently met"),
      ("herefordshire-inadequate-stimulation-developmental-problems", "Inadequate stimulation leading to developmental problems"),
      ("herefordshire-parent-does-not-engage-with-school", "Parent does not engage with school and actively resists support"),
    ]),
  Indicator.group(
    appendix1Cell(level3Page, "first page, Development Needs, Health"), level: 3,
    domain: "development-needs", subdomain: "health",
    [
      ("herefordshire-chronic-health-problems-treatment-not-sought", "Child has some chronic/recurring health problems or a disability where treatment is not being sought, addressed or adhered to"),
      ("herefordshire-mental-health-issues-emerging", "Mental health issues emerging e.g. conduct disorder, ADHD, badly managed anxiety, depression, eating disorder, self- harming"),
      ("herefordshire-milestones-not-met-due-to-parental-care", "Developmental milestones not being met due to parental care"),
      ("herefordshire-failure-to-engage-in-antenatal-services", "Failure to engage in antenatal services"),
      ("herefordshire-persistent-substance-misuse", "Persistent substance misuse"),
      ("herefordshire-obesity-contributory-factor-neglect", "Obesity as a contributory factor to other issues including neglect"),
      ("herefordshire-lack-of-food", "Lack of food"),
      ("herefordshire-parent-fgm-risk-to-child-unknown", "Parent has undergone female genital mutilation (FGM) procedure but risk of child being subject to procedure is unknown and needs to be further assessed"),
      ("herefordshire-harmful-sexual-activity-risk-of-exploitation", "Sexual activity / sexual behaviour that is potentially harmful to self or others and may be at risk of sexual exploitation"),
      ("herefordshire-self-harming-behaviours", "Self-harming behaviours"),
      ("herefordshire-mental-ill-health-not-addressed", "Mental ill-health concerns not being addressed or acknowledged"),
      ("herefordshire-concern-about-explained-injury", "Concern about explained injury"),
    ]),
  Indicator.group(
    appendix1Cell(
      level3Page, "first page, Development Needs, Social, emotional, behaviour, identity",
      note:
        "Printed after the column note “If you are in doubt about whether the child’s "
        + "circumstances are at level 3 or 4 …”, which is route text."),
    level: 3, domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
    [
      ("herefordshire-regular-frequent-drug-use", "Evidence of regular/frequent drug use which may be combined with other risk factors")
    ]),
  [
    Indicator(
      id: "herefordshire-child-under-18-pregnant",
      text: "Child under 18 is pregnant",
      level: 3, domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
      age: under18,
      source: appendix1Cell(
        level3Page, "first page, Development Needs, Social, emotional, behaviour, identity",
        note: "“under 18” is read as ages 0 to 17."))
  ],
  Indicator.group(
    appendix1Cell(
      level3Page, "first page, Development Needs, Social, emotional, behaviour, identity"),
    level: 3, domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
    [
      ("herefordshire-gang-affiliation-and-activities", "Evidence of gang affiliation and gang related activities"),
      ("herefordshire-low-medium-exploitation-or-peer-abuse", "Low or medium level indicators of child exploitation or peer on peer abuse"),
      ("herefordshire-concern-about-radicalisation-or-extremism", "Concern about child being radicalised or exposed to extremism"),
      ("herefordshire-risk-taking-behaviours", "Child or young person engaging in risk taking behaviours"),
      ("herefordshire-starting-to-commit-offences", "Child or young person is starting to commit offences"),
      ("herefordshire-mental-physical-needs-impact-care", "Mental health/physical needs impact adversely on the care of the child"),
      ("herefordshire-prosecution-resulting-in-court-orders", "Prosecution of offences resulting in court orders"),
      ("herefordshire-cyber-activity-potentially-risk-of-harm", "Child is engaging in cyber activity that potentially places others or themselves at risk of harm"),
      ("herefordshire-significant-low-self-esteem", "Significant low self esteem"),
      ("herefordshire-clear-parent-child-attachment-concerns", "Clear concerns about parent and child attachment"),
    ]),
  Indicator.group(
    appendix1Cell(level3Page, "second page, Self-care and independence"), level: 3,
    domain: "development-needs", subdomain: "self-care-and-independence",
    [
      ("herefordshire-lack-of-independent-living-skills", "Lack of age appropriate behaviour and independent living skills, likely to impair development or compromise safety")
    ]),
  Indicator.group(
    appendix1Cell(
      level3Page,
      "second page, Family and environmental factors, Family and social relationships and "
        + "family wellbeing"),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "family-and-social-relationships-and-wellbeing",
    [
      ("herefordshire-parental-illness-inability-basic-care", "Parental illness or disability leading to inability to provide basic care"),
      ("herefordshire-history-of-ongoing-domestic-violence", "History of ongoing domestic violence"),
      ("herefordshire-risk-of-relationship-breakdown-looked-after", "Risk of relationship breakdown leading to child possibly becoming looked after"),
      ("herefordshire-inter-sibling-violence-no-significant-harm", "Concerns about inter-sibling violence and aggression which does not result in significant emotional or physical harm"),
      ("herefordshire-young-carer-adversely-impacting-development", "Child is a young carer and this is adversely impacting on their development and welfare"),
      ("herefordshire-destructive-extended-family-involvement", "Destructive or unhelpful involvement from extended family"),
    ]),
  Indicator.group(
    appendix1Cell(
      level3Page, "second page, Family and environmental factors, Housing, employment and finance"),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    [
      ("herefordshire-severe-overcrowding-temporary-homeless", "Severe overcrowding, temporary accommodation, homeless"),
      ("herefordshire-intentionally-homeless", "Intentionally homeless"),
      ("herefordshire-unemployment", "Unemployment"),
    ]),
  Indicator.group(
    appendix1Cell(
      level3Page, "second page, Family and environmental factors, Social and community resources",
      note:
        "“No recourse to public funds” and “Family financial resources seriously compromise …” "
        + "read like Housing, employment and finance bullets but are printed here; kept here."),
    level: 3, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    [
      ("herefordshire-support-services-social-exclusion", "Family require support services as a result of social exclusion"),
      ("herefordshire-no-recourse-to-public-funds", "No recourse to public funds"),
      ("herefordshire-parents-socially-excluded", "Parents socially excluded, no access to local facilities"),
      ("herefordshire-financial-resources-seriously-compromise-needs", "Family financial resources seriously compromise child’s basic physical needs being met/their general wellbeing"),
    ]),
  Indicator.group(
    appendix1Cell(level3Page, "second page, Parents and carers, Basic care, safety and protection"),
    level: 3, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      ("herefordshire-left-home-alone-not-significant-risk", "Child is left at home alone but this does not seriously place them at significant risk"),
      ("herefordshire-child-care-arrangements-prejudicing-safety", "Inappropriate child care arrangements which are consistently prejudicing the child’s safety and welfare"),
      ("herefordshire-health-and-safety-hazards-in-home", "Health and safety hazards in the home"),
      ("herefordshire-escalating-parental-alcohol-substance-concerns", "Escalating concerns that parental alcohol or substance use is adversely impacting on the child"),
      ("herefordshire-parent-fails-to-prevent-unsafe-cyber-activity", "Parent fails to prevent child’s exposure to potentially unsafe situations through cyber activity"),
    ]),
  Indicator.group(
    appendix1Cell(level3Page, "second page, Parents and carers, Emotional warmth & stability"),
    level: 3, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      ("herefordshire-inconsistent-parenting-impacting-development", "Inconsistent parenting impacting emotional or behavioural development"),
      ("herefordshire-parent-unresponsive-to-emotional-needs", "Parent is unresponsive or fails to recognise child’s emotional needs"),
      ("herefordshire-parent-ignores-child", "Parent ignores child or is consistently inappropriate in responding to child"),
    ]),
  Indicator.group(
    appendix1Cell(
      level3Page, "second page, Parents and carers, Guidance boundaries and stimulation"),
    level: 3, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      ("herefordshire-parent-inconsistent-boundaries-or-responses", "Parent provides inconsistent boundaries or responses")
    ]),
  Indicator.group(
    Citation(
      "\(section8), Level 3 Intensive row, Needs column, bullets after “such as children and "
        + "families who:”",
      note: "The lead-in is a level detail; each bullet is one indicator."),
    level: 3, domain: "section-8-needs", cell: section8Level3NeedsCell,
    [
      ("herefordshire-disability-resulting-in-complex-needs", "have a disability resulting in complex needs"),
      ("herefordshire-anti-social-or-challenging-behaviour", "exhibit anti-social or challenging behaviour, including the expression of radicalised thoughts or intentions"),
      ("herefordshire-some-neglect-or-poor-family-relationships", "suffer some neglect or poor family relationships"),
      ("herefordshire-poor-engagement-with-key-services", "have poor engagement with key services such as school and health"),
      ("herefordshire-not-in-education-or-work-long-term", "are not in education or work long- term"),
    ]),

  // Level 4 Specialist
  Indicator.group(
    appendix1Cell(level4Page, "first page, Development Needs, Learning/education"), level: 4,
    domain: "development-needs", subdomain: "learning-education",
    [
      ("herefordshire-chronic-non-attendance-parent-not-engaging", "Chronic non-attendance, children persistently missing from education, truanting, permanent exclusions, consistently poor educational attainment/progress, which are attributable to the parenting that the child is receiving and the parent has consistently failed to engage with services at the early help level to address this"),
      ("herefordshire-significant-concerns-educational-needs-not-met", "Children where there are significant concerns that the child’s educational needs are not being met"),
      ("herefordshire-inadequate-stimulation-significant-delay", "Inadequate stimulation leading to significant developmental delay"),
    ]),
  Indicator.group(
    appendix1Cell(
      level4Page, "first page, Development Needs, Health",
      note:
        "The first bullet runs over four lines, its examples after “e.g.”; it is kept whole as "
        + "one indicator."),
    level: 4, domain: "development-needs", subdomain: "health",
    [
      ("herefordshire-serious-health-concerns-not-addressed", "Serious physical and emotional health concerns that are consistently not addressed by the parent e.g. failure to thrive, seriously obese/ underweight, serious dental decay, persistent and high risk substance misuse, acute mental health problems including self-harming behaviour, risk of suicide, specific physical or medical conditions which require specialist interventions"),
      ("herefordshire-serious-unexplained-injury", "Concern about serious unexplained injury"),
      ("herefordshire-persistent-presentation-with-injuries", "Persistent presentation to professional with injuries: raising concerns about child safety/ parental behaviour"),
      ("herefordshire-serious-risk-of-fgm", "Child is at serious risk of FGM"),
      ("herefordshire-evidence-of-fgm-from-lead-clinician", "There is evidence of FGM from a lead clinician"),
      ("herefordshire-refusing-medical-treatment-endangering-life", "Refusing medical treatment endangering life"),
      ("herefordshire-poor-nutrition-hygiene", "Poor nutrition / hygiene"),
      ("herefordshire-repeat-injuries-infestations-infections", "Repeat/patterns of injuries, infestations/infections"),
      ("herefordshire-fabricated-and-induced-illness", "Growing professional concern about potential fabricated and induced illness and there may be evidence of significant harm"),
    ]),
  Indicator.group(
    appendix1Cell(
      level4Page, "first page, Development Needs, Social, emotional, behaviour, identity"),
    level: 4, domain: "development-needs", subdomain: "social-emotional-behaviour-identity",
    [
      ("herefordshire-serious-persistent-offending-behaviour", "Serious persistent offending behaviour attributable to neglectful absent parenting"),
      ("herefordshire-child-on-child-sexually-harmful-behaviour", "Allegations of child on child sexually harmful behaviour"),
      ("herefordshire-evidence-child-being-exploited", "Serious concerns/evidence that the child is being exploited"),
      ("herefordshire-safety-compromised-by-gang-involvement", "Safety and welfare seriously compromised by gang involvement and parents failure to manage these significant risks"),
      ("herefordshire-complex-mental-health-not-managed", "Complex mental health issues requiring specialist interventions which are consistently not being adequately managed by the parent"),
      ("herefordshire-child-goes-missing-seriously-compromised", "Child goes missing and child’s age/level of vulnerability means that welfare and safety is seriously compromised"),
      ("herefordshire-frequently-missing-from-home", "Frequently missing from home which seriously compromises the child’s safety and wellbeing"),
      ("herefordshire-exposure-to-radicalisation-and-extremism", "Child emotional health and physical safety is compromised by exposure to radicalisation and extremist ideology"),
      ("herefordshire-cyber-activity-risk-of-harm-not-managed", "Child is engaging in cyber activity that places them at risk of harm from others and is not managed by the parent"),
      ("herefordshire-sexual-activity-criminal", "Sexual activity that may constitute criminal activity"),
    ]),
  Indicator.group(
    appendix1Cell(level4Page, "first page, Self-care and independence"), level: 4,
    domain: "development-needs", subdomain: "self-care-and-independence",
    [
      ("herefordshire-severe-lack-of-independent-living-skills", "Severe lack of age appropriate behaviour and independent living skills likely to result in significant harm")
    ]),
  Indicator.group(
    appendix1Cell(
      level4Page, "second page, Family and environmental factors, Housing, employment and finance"),
    level: 4, domain: "family-and-environmental-factors",
    subdomain: "housing-employment-and-finance",
    [
      ("herefordshire-destitute-no-recourse-to-public-funds", "Clear evidence that a family is destitute/ No recourse to Public Funds")
    ]),
  Indicator.group(
    appendix1Cell(
      level4Page, "second page, Family and environmental factors, Social and community resources",
      note:
        "The level 4 page prints no “Family and social relationships” heading; every bullet "
        + "after “Social and community resources” and before “Parents and carers” is kept under "
        + "it, although several parallel level 3's family relationships bullets."),
    level: 4, domain: "family-and-environmental-factors",
    subdomain: "social-and-community-resources",
    [
      ("herefordshire-high-levels-of-domestic-abuse", "High levels of domestic abuse that put the child at serious risk of significant harm (This could include extreme coercive and controlling behaviour in the household)"),
      ("herefordshire-imminent-risk-relationship-breakdown", "Imminent risk of parental/carer and child relationship breakdown leading to child possibly becoming looked after"),
      ("herefordshire-young-carer-significantly-impacting-development", "Child is young carer and this is significantly impacting on their development and welfare"),
      ("herefordshire-honour-based-violence-or-forced-marriage", "There are indicators that a child/young person is at risk of honour based violence or forced marriage"),
      ("herefordshire-parental-illness-serious-neglect", "Parental illness or disability resulting in inability to provide basic care leading to serious neglect of the child’s needs"),
      ("herefordshire-inter-sibling-violence-significant-harm", "Concerns about inter-sibling violence and aggression which does result in significant emotional or physical harm and is not managed by the parent"),
      ("herefordshire-subjected-to-abuse-or-neglect", "Child is subjected to physical, emotional, sexual abuse or neglect"),
      ("herefordshire-persistent-unsubstantiated-abuse-concerns", "Persistent but unsubstantiated concerns about physical, emotional or sexual abuse"),
      ("herefordshire-privately-fostered", "Child is privately fostered"),
      ("herefordshire-nobody-with-parental-responsibility", "There is nobody with parental responsibility to ensure the child’s wellbeing and stability of care"),
      ("herefordshire-unaccompanied-minors", "Unaccompanied minors"),
      ("herefordshire-trafficked-children", "Trafficked children"),
    ]),
  Indicator.group(
    appendix1Cell(level4Page, "second page, Parents and carers, Basic care, safety and protection"),
    level: 4, domain: "parents-and-carers", subdomain: "basic-care-safety-and-protection",
    [
      ("herefordshire-parents-mental-health-or-substance-misuse", "Parents mental health or substance misuse seriously compromises the health, welfare and safety of the child"),
      ("herefordshire-parent-unable-to-care-for-previous-children", "Parent has a history of being unable to care for previous children"),
      ("herefordshire-parent-severe-physical-or-learning-difficulty", "Parent has a severe physical or learning difficulty that seriously compromises their ability to meet their child’s basic needs"),
      ("herefordshire-parental-disclosure-of-serious-harm", "Parental disclosure of serious harm to the child"),
      ("herefordshire-parent-unable-to-manage-serious-risk", "Parent is unable to assess and manage serious risk to the child from others within their family and social network"),
    ]),
  Indicator.group(
    appendix1Cell(level4Page, "second page, Parents and carers, Emotional warmth & stability"),
    level: 4, domain: "parents-and-carers", subdomain: "emotional-warmth-and-stability",
    [
      ("herefordshire-inconsistent-parenting-significantly-impairing", "Inconsistent parenting significantly impairing emotional or behavioural development")
    ]),
  Indicator.group(
    appendix1Cell(
      level4Page, "second page, Parents and carers, Guidance boundaries and stimulation"),
    level: 4, domain: "parents-and-carers", subdomain: "guidance-boundaries-and-stimulation",
    [
      ("herefordshire-lack-of-boundaries-risk-of-serious-harm", "Consistent lack of effective boundaries set by the parent leading to risk of serious harm to the child")
    ]),
  Indicator.group(
    Citation(
      "\(section8), Level 4 Specialist row, Needs column",
      note:
        "The first paragraph's second sentence (“This will include victims of child exploitation "
        + "and also those at high risk of female genital mutilation (FGM)”) extends the first and "
        + "is kept with it as one indicator."),
    level: 4, domain: "section-8-needs",
    [
      ("herefordshire-suffered-or-likely-significant-harm", "Children and young people who have suffered or are likely to suffer significant harm as a result of abuse or neglect. This will include victims of child exploitation and also those at high risk of female genital mutilation (FGM)"),
      ("herefordshire-significant-impairment-or-life-limiting-illness", "Children with significant impairment of function/learning and/or life limiting illness"),
      ("herefordshire-parents-and-family-unable-to-care", "Children whose parents and wider family are unable to care for them"),
      ("herefordshire-families-involved-in-crime-or-drugs", "Families involved in crime/misuse of drugs at a significant level"),
      ("herefordshire-families-significant-mental-physical-health-needs", "Families with significant mental or physical health needs"),
    ]),
]

// MARK: - Combination rule (Section 7)

private let herefordshireRules: [CombinationRule] = [
  CombinationRule(
    id: "herefordshire-neither-exhaustive-nor-weighted",
    name: "Criteria neither exhaustive nor weighted: the highest indicator's level",
    sentence: "The criteria at Appendix 1 are neither exhaustive nor weighted.",
    source: Citation("Section 7 Continuum of Need"),
    interpretation:
      "The document gives no count and no weight, so the tool suggests the level of the highest "
      + "indicator selected; section 8's Needs entries count like Appendix 1's. The document goes "
      + "on: “They should be used to guide professional discussions and not to support fixed and "
      + "inflexible positions.” Because the criteria are not exhaustive, the suggestion is a "
      + "starting point for professional judgement, and a case with no listed indicator is given "
      + "level 1.",
    effect: .highestIndicator),
  CombinationRule(
    id: "herefordshire-child-in-need-referral",
    name: "A disabled child may be a child in need: a referral to children’s social care",
    sentence:
      "If at any time it is considered that the child may be a child in need, as defined in the "
      + "Children Act 1989, or that the child has suffered significant harm or is likely to do "
      + "so, a referral should be made immediately to local authority children’s social care. "
      + "This referral can be made by any practitioner.",
    source: Citation(
      "Section 14 Consent and information sharing; Section 13 Statutory thresholds: The "
        + "Children Act 1989; Section 18 Remember"),
    interpretation:
      "Section 13 prints the legal definition of a child in need, whose limb (c) is “he is "
      + "disabled”, and section 14 says a referral should be made immediately for a child who "
      + "may be a child in need. Section 8 places children and families who “have a disability "
      + "resulting in complex needs” at level 3, whose route is an Early Help Assessment, and "
      + "says families needing substantial support to care for a disabled child usually have a "
      + "social worker from the children with disability service; the document leaves open "
      + "when a disabled child's case goes to the MASH. The tool keeps the level and the route, "
      + "and for section 8's two disability needs shows section 14's sentence with section "
      + "18's advice on whom to contact, so that the practitioner decides. No indicator names "
      + "the other children in need; for them the practitioner judges.",
    effect: .requiredAssessment(
      indicators: [
        "herefordshire-disability-resulting-in-complex-needs",
        "herefordshire-significant-impairment-or-life-limiting-illness",
      ],
      advice:
        "Contact MASH (01432) 260800 if the child is a child in need or at risk of significant "
        + "harm.")),
]

// MARK: - Herefordshire's routes (Section 8 table; Sections 10-18; Appendix 1 column text)

private let earlyHubPhone = Contact("Early Help Hub", .phone, "(01432) 260261")
private let mashPhone = Contact("MASH team", .phone, "(01432) 260800")
private let edtPhone = Contact(
  "Emergency Duty Team (out of hours number for when MASH are unavailable)", .phone,
  "(01905) 768020")
private let marfLink = Contact(
  "Multi Agency Referral Form (MARF)", .web,
  "https://herefordshiresafeguardingboards.org.uk/media/8666/multi-agency-referral-form-updated-march-2020.docx"
)
private let wishLink = Contact(
  "WISH – Wellbeing, Information & Signposting Herefordshire", .web,
  "https://www.wisherefordshire.org/")

private let consentNorm =
  "To support trusted relationships, parental consent should be the accepted norm unless in "
  + "gaining their consent to share information and to make enquiries would create risk or "
  + "further risk of harm to a child."

private let significantHarmConsent =
  "If a practitioner believes a child is at risk of significant harm they have a duty to make a "
  + "referral. These referrals do not require consent but it is good practice to inform an adult "
  + "with parental responsibility that the referral is being made, UNLESS doing so would place "
  + "the child at risk of significant harm or may lead to the loss of evidence."

private let earlyHelpHubWork =
  "The Early Help Hub will proactively work with families and referrers to ensure the right "
  + "support is offered this will include signposting, offering advice and guidance and "
  + "facilitating the completion of an Early Help Assessment, where appropriate, with those "
  + "families whose needs meet level 3 or high level 2 and who give their consent."

private let earlyHelpHubNumber = "The contact number for the Early Help Hub is (01432) 260261."

private let immediateDangerText =
  "Where an immediate response is required because of the child’s physical / medical health "
  + "dial 999 for an ambulance. Where a child’s safety is at immediate risk contact the police by "
  + "dialing 999. After any immediate protective action has been taken you need to refer to MASH. "
  + "If this incident occurs out of hours contact EDT service."

private let alertLeadIn =
  "Working together 2018 identifies that professionals should be particularly alert to a child "
  + "who:"

private let familyCircumstances =
  "Is in family circumstances presenting challenges for the child such as substance misuse, "
  + "adult mental health and domestic abuse."

/// A section 9 circumstance with its Appendix 2 guidance: the section 9 bullet, Appendix 2's
/// entry and guidance titles, and the guidance titles' link targets as web contacts.
///
/// `services` are further passages, verbatim from where `servicesSource` says, that name a
/// service for the circumstance; `servicesNote` says how they were chosen.
private func specialCircumstance(
  id: String, name: String, section9Bullet: String, appendix2Entry: String,
  guidance: [(title: String, link: String)], triggers: [RouteTrigger], note: String? = nil,
  services: [String] = [], servicesSource: String? = nil, servicesNote: String? = nil
) -> SpecialRoute {
  var text = ["\(alertLeadIn) \(section9Bullet)"]
  if !guidance.isEmpty {
    text.append(
      "Appendix 2 — \(appendix2Entry) Guidance: "
        + guidance.map(\.title).joined(separator: "; "))
  }
  text += services
  let location = guidance.isEmpty ? section9 : "\(section9); \(appendix2)"
  let notes = [
    note ?? (guidance.isEmpty ? nil : "Appendix 2's link targets are matched to its guidance titles in order."),
    servicesNote,
  ].compactMap { $0 }
  return SpecialRoute(
    id: id, name: name, guidance: text,
    contacts: guidance.map { Contact($0.title, .web, $0.link) },
    triggers: triggers,
    source: Citation(
      servicesSource.map { "\(location); \($0)" } ?? location,
      note: notes.isEmpty ? nil : notes.joined(separator: " ")))
}

// Sections 11 and 12: "Other services include:", one printed line an entry.
private let otherServicesLevel2 = [
  "Other services include:",
  "Children Centre Services – support with parenting, speech and language",
  "Parenting Programmes – Solihull, Triple P Standard, Teen & Stepping Stones (for parents of "
    + "children with additional needs).",
  youngCarersSupportService,
  womensAidLevel2,
  "Schools – Behaviour Support, support with attendance.",
  "Health: Health Visitor +, School Nurse service",
  "Mental Health services: CAMHS, Kooth",
  climb,
  "Finance & Debt: Christians Against Poverty",
  "Access to Work: Department for Work and Pensions",
  wearewithyou,
  "Youth drop in centre: No Wrong Door",
  "Bereavement services e.g. St Michael’s Hospice, Phoenix Bereavement Support",
]
private let otherServicesLevel3 = otherServicesLevel2.map {
  $0 == womensAidLevel2 ? womensAidLevel3 : $0
}
private let youngCarersSupportService = "Young Carers Support Service"
private let womensAidLevel2 =
  "Women’s Aid – programmes for children and young people – Helping hands and Crush"
private let womensAidLevel3 =
  "Women’s Aid programmes for children and young people – Helping hands and Crush"
private let climb =
  "CLIMB: Support for children and young people at risk of Exploitation / Anti-Social Behaviour"
private let wearewithyou = "Substance misuse: Wearewithyou."
private let otherServicesSource = "Sections 11 and 12, Other services include"
private let otherServicesNote =
  "The services list of sections 11 and 12 is printed by level, not by circumstance; the entry "
  + "added here is the tool's choice of the one that names this circumstance."

private let herefordshireArea = Area(
  id: "herefordshire",
  name: "Herefordshire",
  routes: [
    Route(
      level: 1,
      name: "Universal: open access to provision; WISH",
      actions: [
        "Open access to provision",
        "Early years, education, primary health care, maternity services, housing, community "
          + "health care, children centre services Let’s Play & Baby Let’s Play and leisure "
          + "services. Children are supported by their family and in universal services to meet "
          + "all of their needs.",
        "WISH – Wellbeing, Information & Signposting Herefordshire website",
        "Wherever possible, children and families’ needs will be met by universal services",
      ],
      service: "Universal services",
      contacts: [wishLink],
      consent: consentNorm,
      source: Citation(
        "\(section8), Level 1 Universal row; Section 4 Principles; Section 14",
        note:
          "“WISH – Wellbeing, Information & Signposting Herefordshire website” is read as part "
          + "of the Levels and Referral Routes column; its link is printed with section 12. "
          + "Section 4's “As soon as any professional is aware that a child has any additional "
          + "needs …” is an area note, since it is about children with additional needs.")),
    Route(
      level: 2,
      name:
        "Additional: two or three services working together; Early Help Assessment helpful but "
        + "not essential",
      actions: [
        "Level 2 - a family’s needs can be met by a universal service offering extra support "
          + "within its own remit or by signposting or working together with another service "
          + "where applicable.",
        "Two or three services work together to meet child and family needs, co-ordinated by a "
          + "service and/or people who know the child/family best",
        "It may be helpful for these professionals to complete an Early Help Assessment but not "
          + "essential at level 2. If no EHA a plan of actions with a review timeline to make "
          + "sure that the help on offer is making a difference. This would be a plan "
          + "established and managed by the leading agency",
        "All children, young people and families with additional needs at level 2 have access "
          + "to universal services and additional services identified by each agency. The "
          + "council have commissioned a specialist Befriending Service for families with "
          + "identified needs at level 2.",
      ] + otherServicesLevel2 + [
        "These services are accessed in different ways and practitioners should use WISH – "
          + "Wellbeing, Information & Signposting Herefordshire to obtain further information",
        earlyHelpHubWork,
        earlyHelpHubNumber,
      ],
      service:
        "Two or three services, co-ordinated by a service and/or people who know the "
        + "child/family best (the leading agency); the Early Help Hub for high level 2",
      contacts: [earlyHubPhone, wishLink],
      form: "Early Help Assessment (EHA): helpful but not essential at level 2",
      timescale: "If no EHA a plan of actions with a review timeline",
      consent: consentNorm,
      source: Citation(
        "\(appendix1), \(level2Page), Features column; \(section8), Level 2 Additional row; "
          + "Section 10 Early Help; Section 11; Section 14",
        note: "Section 11's “Other services include:” list is kept one printed line an action. "
          + "Appendix 1's Features say one universal service may meet the need within its own "
          + "remit; section 8 describes two or three services working together: both are "
          + "shown.")),
    Route(
      level: 3,
      name: "Intensive: Early Help Assessment and Key Worker; Early Help Hub",
      actions: [
        "An Early Help assessment to be completed by the agency which knows the family best or "
          + "who the family trust with an outcome based support plan agreed by the family. There "
          + "will be an identified Key Worker who will be the main link for the family and hold "
          + "all the agencies involved to account to deliver their agreed support.",
        "Due to the complexity of needs, especially around behaviour and parenting, a shared "
          + "professional and co-ordinated plan is developed with the family. The assessment and "
          + "plan is led by a Key Worker and the service is provided ONLY with the consent of the "
          + "parents/carers",
        "Where practitioners identify that a child and their family would benefit from a more "
          + "intensive response than they can provide, they should discuss this with the family "
          + "and complete an Early Help Assessment to help to identify the child’s, young persons "
          + "and/or family’s needs and develop a plan to address these. Guidance and support can "
          + "be accessed through the Early Help Hub",
        "A more intensive level of family support may be needed from Early Help Specialist "
          + "Family Support Services",
        "All children, young people and families can access all universal services and "
          + "additional level 3 services identified by any agency. The council have the internal "
          + "Early Help Family Support service for the most complex cases and have commissioned "
          + "a specialist Family Mentoring service for lower level 3 cases.",
      ] + otherServicesLevel3 + [
        "Where a child/family have met level 3 need, an Early Help Assessment should be "
          + "completed by the professional who has recognised the challenges facing the family – "
          + "the EHA and supporting information can be found on the Herefordshire Council "
          + "website.",
        "The Early Help Hub in Herefordshire has been developed to promote children and their "
          + "families get the right help at the right time. The Early Help Hub sits alongside "
          + "the Multiagency Safeguarding Hub and will be responsible for contacts which come "
          + "into the local authority at level 3 or below and for contacts that MASH have "
          + "assessed as not needing level 4 intervention.",
        earlyHelpHubWork,
        earlyHelpHubNumber,
        "If you are in doubt about whether the child’s circumstances are at level 3 or 4 you can "
          + "ask for advice and support from the Early Help Hub",
        "Contact the Early Help Hub (01432) 260261 if you feel the case does not meet Level 4, "
          + "or you need help and advice.",
      ],
      service: "Early Help Hub",
      contacts: [earlyHubPhone],
      form: "Early Help Assessment (EHA)",
      consent:
        "The assessment and plan is led by a Key Worker and the service is provided ONLY with "
        + "the consent of the parents/carers",
      source: Citation(
        "\(section8), Level 3 Intensive row; Section 10 Early Help; Section 12; \(appendix1), "
          + "\(level3Page), Key Partner Support Agencies column; Section 18 Remember",
        note: "Section 12's “Other services include:” list is kept one printed line an action.")),
    Route(
      level: 4,
      name: "Specialist: referral to the MASH on the Multi Agency Referral Form (MARF)",
      actions: [
        "Access requires a MARF",
        "If, after considering the guidance at Appendix 1, a professional is concerned that a "
          + "child is or may be, suffering significant harm, they should make an immediate "
          + "referral to Herefordshire Multi Agency Safeguarding Hub during office hours and out "
          + "of hours the referral should be made to the Emergency Duty Team",
        "MASH team - (01432) 260800",
        "Emergency Duty Team - (01905) 768020 (out of hours number for when MASH are "
          + "unavailable)",
        "New referrals should be made using the Herefordshire multi agency referral form. "
          + "Additional information or concerns on open cases should be shared with the "
          + "allocated social worker (or in their absence the manager or the duty social "
          + "worker). If you are unsure who the social worker or team is, you can contact the "
          + "MASH to find out or to pass the information on.",
        "Referrals to services with the power to undertake statutory non voluntary intervention "
          + "or services with specialist skills",
        "For immediate safeguarding concerns/child protection: If a child is at risk of "
          + "physical, emotional, sexual abuse, or neglect, refer to MASH.",
        immediateDangerText + " You will be required to complete the Multi-Agency Referral Form.",
        "Contact MASH (01432) 260800 if the child is a child in need or at risk of significant "
          + "harm.",
        "If at any time it is considered that the child may be a child in need, as defined in "
          + "the Children Act 1989, or that the child has suffered significant harm or is likely "
          + "to do so, a referral should be made immediately to local authority children’s "
          + "social care. This referral can be made by any practitioner.",
        "Where a contact is potentially a child in need referral or a child protection referral "
          + "(i.e. in need of intensive support and help), the MASH will gather further "
          + "information that day, having a statutory duty to respond to the referrer within 24 "
          + "hours to explain what is going to happen next.",
        "Where the call or referral suggests that a child is at risk of immediate harm, the "
          + "details will be passed to the assessment team for immediate action under the "
          + "supervision of the team manager for the assessment team. Every attempt is made to "
          + "see the child on the same working day.",
        "If you are in doubt about whether the child’s circumstances are at level 3 or 4 you can "
          + "ask for advice and support from the Early Help Hub",
        "Contact the Early Help Hub (01432) 260261 if you feel the case does not meet Level 4, "
          + "or you need help and advice.",
      ],
      service:
        "Herefordshire Multi Agency Safeguarding Hub (MASH); out of hours, the Emergency Duty "
        + "Team",
      contacts: [
        mashPhone, edtPhone, marfLink, Contact("Ambulance", .phone, "999"),
        Contact("Police", .phone, "999"), earlyHubPhone,
      ],
      form: "Multi Agency Referral Form (MARF)",
      timescale:
        "If, after considering the guidance at Appendix 1, a professional is concerned that a "
        + "child is or may be, suffering significant harm, they should make an immediate referral "
        + "to Herefordshire Multi Agency Safeguarding Hub during office hours and out of hours "
        + "the referral should be made to the Emergency Duty Team",
      consent: significantHarmConsent,
      source: Citation(
        "\(section8), Level 4 Specialist row; Sections 14, 15, 17 and 18; \(appendix1), "
          + "\(level4Page), Key Partner Support Agencies column",
        note:
          "The MARF link is printed after section 17's first paragraph; it is the form "
          + "section 15 names. The timescale is the practitioner's (section 15: an immediate "
          + "referral); the MASH's own 24 hours to decide and to respond to the referrer are "
          + "in the actions and the area note on what happens at the MASH. The Appendix 1 level "
          + "3 sentence on doubt between levels 3 and 4, and section 18's Early Help Hub line, "
          + "are repeated here for a case on the border.")),
  ],
  immediateDanger: ImmediateDangerAdvice(
    text: immediateDangerText,
    contacts: [
      Contact("Ambulance", .phone, "999"), Contact("Police", .phone, "999"), mashPhone, edtPhone,
    ],
    source: Citation("\(appendix1), \(level4Page), first page, Key Partner Support Agencies column")
  ),
  consent: [
    ConsentGuidance(
      text:
        "All practitioners need to work honestly and openly with families, discuss needs and "
        + "concerns with them and ensure that they are involved in decision making about next "
        + "steps. " + consentNorm,
      source: Citation("Section 14 Consent and information sharing")),
    ConsentGuidance(
      text: significantHarmConsent,
      source: Citation("Section 14 Consent and information sharing")),
    ConsentGuidance(
      text:
        "Where practitioners need to share special category personal data, they should be aware "
        + "that the Data Protection Act 2018 contains ‘safeguarding of children and individuals "
        + "at risk’ as a processing condition that allows practitioners to share information. "
        + "This includes allowing practitioners to share information without consent: • If it is "
        + "not possible to gain consent. • It cannot be reasonably expected that a practitioner "
        + "gains consent, or. • If to gain consent would place a child at risk, e.g. suspected "
        + "CSA and Fabricated & Induced Illness",
      source: Citation("Section 14 Consent and information sharing")),
    ConsentGuidance(
      text:
        "In cases where consent is not given, practitioners should consider how the needs of the "
        + "child might be met. If at any time it is considered that the child may be a child in "
        + "need, as defined in the Children Act 1989, or that the child has suffered significant "
        + "harm or is likely to do so, a referral should be made immediately to local authority "
        + "children’s social care. This referral can be made by any practitioner.",
      source: Citation("Section 14 Consent and information sharing")),
    ConsentGuidance(
      text:
        "During an assessment, UNLESS there are concerns that the child is at risk of harm or "
        + "significant harm or has already been harmed AND the decision has been made that the "
        + "nature of the assessment is that it is a child protection enquiry (section 47 of the "
        + "Children Act 1989), parental consent must always be sought, gained and recorded "
        + "before seeking further information from other agencies as part of the assessment.",
      source: Citation("Section 17 What happens when a referral is made to MASH")),
  ],
  specialRoutes: [
    specialCircumstance(
      id: "children-with-disabilities", name: "Children with disabilities",
      section9Bullet: "Is disabled and has specific additional needs.",
      appendix2Entry: "Children with disabilities.",
      guidance: [
        (
          "Children with disabilities",
          "http://westmidlands.procedures.org.uk/pkphx/regional-safeguarding-guidance/children-with-disabilities"
        )
      ],
      triggers: [
        .indicator("herefordshire-disability-resulting-in-complex-needs"),
        .indicator("herefordshire-chronic-health-problems-treatment-not-sought"),
        .indicator("herefordshire-significant-impairment-or-life-limiting-illness"),
      ],
      services: [
        "School holiday and short breaks provision for disabled children",
        "Families needing substantial support to care for a disabled child, usually with the "
          + "help of a social worker from the children with disability service",
      ],
      servicesSource:
        "\(section8), Level 2 Additional and Level 3 Intensive rows, Services (examples) column",
      servicesNote:
        "The two services for disabled children of section 8's table (level 2's short breaks, "
        + "level 3's children with disability service) are added; they are shown whatever the "
        + "level of the indicator that triggers the route."),
    specialCircumstance(
      id: "special-educational-needs", name: "Children with special educational needs",
      section9Bullet: "Has special educational needs.",
      appendix2Entry: "Children with special educational needs.",
      guidance: [
        (
          "SEND",
          "https://www.herefordshire.gov.uk/family-support/local-offer-4?documentId=831&categoryId=200207"
        )
      ],
      triggers: [
        .indicator("herefordshire-sen-support-at-school-level"),
        .indicator("herefordshire-sen-school-support-or-ehcp-truanting"),
      ],
      services: [
        "SEN support and help to find education and employment",
        "Support from the special educational needs and disability service",
      ],
      servicesSource: "\(section8), Level 2 Additional and Level 3 Intensive rows",
      servicesNote:
        "Section 8's level 2 service (“SEN support and help to find education and employment”) "
        + "and level 3 entry (“Support from the special educational needs and disability "
        + "service”, read as part of the Levels and Referral Routes column) are added; a level 2 "
        + "indicator (“SEN support at school level”) triggers the route too, so a level 2 case "
        + "is shown the level 3 entry as well."),
    specialCircumstance(
      id: "young-carers", name: "Young carers",
      section9Bullet: "Is a young carer.",
      appendix2Entry: "Young carers.",
      guidance: [
        ("Young Carers", "https://www.herefordshire.gov.uk/social-care-support/carers/2"),
        (
          "Young Carers assessment - advice for professionals",
          "https://www.herefordshire.gov.uk/social-care-support/young-carers-assessment-advice-professionals"
        ),
      ],
      triggers: [
        .indicator("herefordshire-some-young-carer-responsibilities"),
        .indicator("herefordshire-young-carer-adversely-impacting-development"),
        .indicator("herefordshire-young-carer-significantly-impacting-development"),
      ],
      services: [youngCarersSupportService], servicesSource: otherServicesSource,
      servicesNote: otherServicesNote),
    specialCircumstance(
      id: "anti-social-or-criminal-behaviour",
      name: "Children involved in anti-social or criminal behaviour",
      section9Bullet:
        "Is showing signs of being drawn into anti-social or criminal behaviour, including gang "
        + "involvement and association with organised crime groups.",
      appendix2Entry: "Children involved in anti-social or criminal behaviour.",
      guidance: [
        (
          "Anti- Social Behaviour",
          "https://www.herefordshire.gov.uk/community-1/safer-stronger-communities/2"
        )
      ],
      triggers: [
        .indicator("herefordshire-antisocial-anti-authoritarian-behaviour"),
        .indicator("herefordshire-associating-with-anti-social-peers"),
        .indicator("herefordshire-risk-of-gang-involvement"),
        .indicator("herefordshire-gang-affiliation-and-activities"),
        .indicator("herefordshire-starting-to-commit-offences"),
        .indicator("herefordshire-prosecution-resulting-in-court-orders"),
        .indicator("herefordshire-anti-social-or-challenging-behaviour"),
        .indicator("herefordshire-serious-persistent-offending-behaviour"),
        .indicator("herefordshire-safety-compromised-by-gang-involvement"),
      ],
      services: [climb], servicesSource: otherServicesSource, servicesNote: otherServicesNote),
    specialCircumstance(
      id: "missing-from-care-or-home", name: "Children missing from care or home",
      section9Bullet: "Is frequently missing from care or home.",
      appendix2Entry: "Children missing from care or home.",
      guidance: [
        (
          "Children missing from care, home and education",
          "http://westmidlands.procedures.org.uk/pkpls/regional-safeguarding-guidance/children-missing-from-care-home-and-education"
        )
      ],
      triggers: [
        .indicator("herefordshire-child-goes-missing-seriously-compromised"),
        .indicator("herefordshire-frequently-missing-from-home"),
        .indicator("herefordshire-chronic-non-attendance-parent-not-engaging"),
      ]),
    specialCircumstance(
      id: "modern-slavery-trafficking-or-exploitation",
      name:
        "Children who are/at risk of being harmed by modern slavery, trafficking or exploitation",
      section9Bullet: "Is at risk of modern slavery, trafficking or exploitation.",
      appendix2Entry:
        "Children who are/at risk of being harmed by modern slavery, trafficking or "
        + "exploitation.",
      guidance: [
        (
          "Children affected by Exploitation and Trafficking (including Gangs)",
          "http://westmidlands.procedures.org.uk/pkpzs/regional-safeguarding-guidance/children-affected-by-exploitation-and-trafficking-including-gangs"
        ),
        (
          "See also exploitation tools and pathways *select Herefordshire",
          "http://westmidlands.procedures.org.uk/local-content/4cjN/exploitation-tools-and-pathways/?b=Herefordshire"
        ),
      ],
      triggers: [
        .indicator("herefordshire-risk-of-gang-involvement"),
        .indicator("herefordshire-harmful-sexual-activity-risk-of-exploitation"),
        .indicator("herefordshire-gang-affiliation-and-activities"),
        .indicator("herefordshire-low-medium-exploitation-or-peer-abuse"),
        .indicator("herefordshire-evidence-child-being-exploited"),
        .indicator("herefordshire-safety-compromised-by-gang-involvement"),
        .indicator("herefordshire-trafficked-children"),
      ],
      note:
        "Appendix 2's link targets are matched to its guidance titles in order. Gang "
        + "indicators trigger it because the guidance is “(including Gangs)”. Section 8's level "
        + "4 need (“… significant harm as a result of abuse or neglect. This will include "
        + "victims of child exploitation …”) does not: it is selected for any abuse or neglect.",
      services: [climb], servicesSource: otherServicesSource, servicesNote: otherServicesNote),
    specialCircumstance(
      id: "parental-substance-misuse", name: "Children affected by parental substance misuse",
      section9Bullet: familyCircumstances,
      appendix2Entry: "Children affected by parental substance misuse",
      guidance: [
        (
          "Children of parents who misuse substances",
          "http://westmidlands.procedures.org.uk/pkpzo/regional-safeguarding-guidance/children-of-parents-who-misuse-substances"
        )
      ],
      triggers: [
        .indicator("herefordshire-low-level-parental-alcohol-substance-concerns"),
        .indicator("herefordshire-escalating-parental-alcohol-substance-concerns"),
        .indicator("herefordshire-parents-mental-health-or-substance-misuse"),
        .indicator("herefordshire-families-involved-in-crime-or-drugs"),
      ]),
    specialCircumstance(
      id: "domestic-abuse", name: "Children affected by domestic abuse",
      section9Bullet: familyCircumstances,
      appendix2Entry: "Children affected by domestic abuse",
      guidance: [
        (
          "Domestic violence and abuse * select Herefordshire",
          "http://westmidlands.procedures.org.uk/local-content/wQzN/domestic-violence-and-abuse/?b=Herefordshire"
        )
      ],
      triggers: [
        .indicator("herefordshire-history-of-ongoing-domestic-violence"),
        .indicator("herefordshire-high-levels-of-domestic-abuse"),
      ],
      services: [womensAidLevel2], servicesSource: otherServicesSource,
      servicesNote: otherServicesNote),
    specialCircumstance(
      id: "parental-mental-health", name: "Children affected by parental/carer mental health",
      section9Bullet: familyCircumstances,
      appendix2Entry: "Children affected by parental/carer mental health.",
      guidance: [
        (
          "Children of parents with mental health problems",
          "http://westmidlands.procedures.org.uk/pkpho/regional-safeguarding-guidance/children-of-parents-with-mental-health-problems"
        )
      ],
      triggers: [
        .indicator("herefordshire-mental-physical-needs-impact-care"),
        .indicator("herefordshire-parents-mental-health-or-substance-misuse"),
        .indicator("herefordshire-families-significant-mental-physical-health-needs"),
      ],
      note:
        "Appendix 2's link targets are matched to its guidance titles in order. Level 3's "
        + "“Mental health/physical needs impact adversely on the care of the child” is read as "
        + "the parent's needs (it is printed under the child's Social, emotional, behaviour, "
        + "identity)."),
    specialCircumstance(
      id: "child-misusing-alcohol-or-drugs", name: "Children who are misusing alcohol or drugs",
      section9Bullet: "Is misusing alcohol or drugs themselves.",
      appendix2Entry: "Children who are misusing alcohol or drugs",
      guidance: [
        (
          "Alcohol and Drugs",
          "https://www.herefordshire.gov.uk/family-support/stay-healthy/2?documentId=625&categoryId=200207"
        )
      ],
      triggers: [
        .indicator("herefordshire-experiment-with-tobacco-alcohol-drugs"),
        .indicator("herefordshire-persistent-substance-misuse"),
        .indicator("herefordshire-regular-frequent-drug-use"),
      ],
      note:
        "Appendix 2's link targets are matched to its guidance titles in order. Level 4's "
        + "serious health concerns bullet, whose examples include “persistent and high risk "
        + "substance misuse”, does not trigger it: it is selected for a baby failing to thrive "
        + "too.",
      services: [wearewithyou], servicesSource: otherServicesSource,
      servicesNote:
        otherServicesNote + " The list does not say whether it is for the child or the parent; "
        + "it is added to the child's route only."),
    specialCircumstance(
      id: "privately-fostered", name: "Privately fostered children",
      section9Bullet: "Is a privately fostered child",
      appendix2Entry: "Privately fostered children.",
      guidance: [
        (
          "Children living away from home",
          "http://westmidlands.procedures.org.uk/pkplq/regional-safeguarding-guidance/children-living-away-from-home"
        )
      ],
      triggers: [.indicator("herefordshire-privately-fostered")]),
    specialCircumstance(
      id: "unborn-children", name: "Unborn children",
      section9Bullet: "Is an unborn child",
      appendix2Entry: "Unborn children",
      guidance: [
        (
          "Pre-birth assessment *select Herefordshire",
          "http://westmidlands.procedures.org.uk/local-content/0gjN/pre-birth-assessment"
        )
      ],
      triggers: [
        .unborn, .indicator("herefordshire-failure-to-engage-in-antenatal-services"),
        .indicator("herefordshire-child-under-18-pregnant"),
      ],
      note:
        "Appendix 2's link targets are matched to its guidance titles in order. “Child under 18 "
        + "is pregnant” triggers it for the pregnant child's unborn baby."),
    specialCircumstance(
      id: "health-setting-over-90-days",
      name: "Children that are in a health setting for a continuous period of more than 90 days",
      section9Bullet:
        "Children that are in a health setting for a continuous period of more than 90 days.",
      appendix2Entry: "",
      guidance: [],
      triggers: [
        .indicator("herefordshire-significant-impairment-or-life-limiting-illness")
      ],
      note:
        "Appendix 2 prints no guidance for this group. No indicator names it; section 8's level "
        + "4 need of “significant impairment of function/learning and/or life limiting illness”, "
        + "whose services include “Hospital or hospice in-patient”, triggers it. “Child has some "
        + "chronic/recurring health problems or a disability where treatment is not being "
        + "sought, addressed or adhered to” does not: it describes a child not receiving care."),
  ],
  supportContacts: [
    Contact("Early Help Hub (help and advice)", .phone, "(01432) 260261"),
    Contact("MASH (consultation with a social worker)", .phone, "(01432) 260800"),
    Contact("Emergency Duty Team (out of hours)", .phone, "(01905) 768020"),
    Contact(
      "WISH – Wellbeing, Information & Signposting Herefordshire", .web,
      "https://www.wisherefordshire.org/"),
    Contact(
      "West Midlands safeguarding procedures", .web, "https://westmidlands.procedures.org.uk/"),
  ],
  notes: [
    LabelledText(
      "Children in special circumstances",
      alertLeadIn + " • Is disabled and has specific additional needs. • Has special educational "
        + "needs. • Is a young carer. • Is showing signs of being drawn into anti-social or "
        + "criminal behaviour, including gang involvement and association with organised crime "
        + "groups. • Is frequently missing from care or home. • Is at risk of modern slavery, "
        + "trafficking or exploitation. • " + familyCircumstances + " • Is misusing alcohol or "
        + "drugs themselves. • Has returned home from care. • Is a privately fostered child "
        + "• Is an unborn child • Children that are in a health setting for a continuous period "
        + "of more than 90 days. There are a range of services and guidance to support "
        + "practitioners to respond the needs of these groups of children and these are listed "
        + "at Appendix 2",
      source: Citation(section9)),
    LabelledText(
      "Children who have returned home from care",
      "Appendix 2 — Children who have returned home from care. Guidance: Looked after children "
        + "and child protection conferences (http://westmidlands.procedures.org.uk/ykpzl/"
        + "statutory-child-protection-procedures/additional-guidance#s535)",
      source: Citation(
        appendix2,
        note: "No indicator names a child who has returned home from care, so Appendix 2's entry "
          + "is an area note, shown for every child, not a special route. The entry and its "
          + "guidance title are joined by the tool as in the special routes; the link target is "
          + "printed after the page and added in brackets.")),
    LabelledText(
      "Voice of the Child",
      "In order to understand a child’s world, all practitioners will need to maintain a "
        + "relentless focus on the experiences of the child and seek to understand and record the "
        + "wishes and feelings of the child. The voice of the child should be evident throughout "
        + "any assessment and inform planning and the type of support provided.",
      source: Citation("Section 6 Voice of the Child")),
    LabelledText(
      "When a child has additional needs",
      "As soon as any professional is aware that a child has any additional needs he/she will "
        + "talk to the child and their family and offer advice and support to meet that need",
      source: Citation("Section 4 Principles")),
    LabelledText(
      "Swift action",
      "As outlined above, when a child has additional needs, individual services should take "
        + "swift action to support the child and their family.",
      source: Citation("Section 13 Statutory thresholds: The Children Act 1989")),
    LabelledText(
      "Child in need: the legal definition",
      "The legal definition of a Child In Need of statutory services is: “..a child shall be "
        + "taken to be in need if – (a) he is unlikely to achieve or maintain, or to have the "
        + "opportunity of achieving or maintaining, a reasonable standard of health or "
        + "development without the provision for him of services by a local authority under this "
        + "Part; (b) his health or development is likely to be significantly impaired, or "
        + "further impaired, without the provision for him of such services; or (c) he is "
        + "disabled, and “family”, in relation to such a child, includes any person who has "
        + "parental responsibility for the child and any other person with whom he has been "
        + "living.”",
      source: Citation(
        "Section 13 Statutory thresholds: The Children Act 1989",
        note: "Section 14 and the level 4 route say a referral should be made immediately for a "
          + "child who may be a child in need “as defined in the Children Act 1989”; this is the "
          + "definition section 13 prints.")),
    LabelledText(
      "Open cases",
      "Additional information or concerns on open cases should be shared with the allocated "
        + "social worker (or in their absence the manager or the duty social worker). If you are "
        + "unsure who the social worker or team is, you can contact the MASH to find out or to "
        + "pass the information on.",
      source: Citation(
        "Section 15 Access to Level 4 services - specialist children’s social care")),
    LabelledText(
      "Professional judgement",
      "As with all guidance and criteria relating to access for help and support for vulnerable "
        + "people, the most important and complex task is the making of a professional "
        + "judgement about next steps. This will always be informed by any known evidence, "
        + "discussions with other professionals, the views of children and their families and "
        + "the impact that any risk and uncertainty is likely to have on their safety and "
        + "wellbeing.",
      source: Citation("Section 7 Continuum of Need")),
    LabelledText(
      "If you are unsure",
      "Where there is doubt about the most appropriate response, anyone concerned about the "
        + "welfare of a child should consult with their own manager and/or designated member of "
        + "staff and, where they remain unsure, contact the MASH and ask for a consultation "
        + "with a MASH social worker.",
      source: Citation(
        "Section 15 Access to Level 4 services - specialist children’s social care")),
    LabelledText(
      "Consultation with Children’s Social Care",
      "If you have concerns about a child and want an opportunity to talk these through with "
        + "children’s social care before deciding the best course of action, please contact the "
        + "MASH on (01432) 260800 and ask for a consultation with a social worker in the MASH "
        + "team. Whatever the outcomes or decisions, the consultation must always be recorded by "
        + "the MASH team. The names of the professionals having the consultation must be "
        + "included. If, following a consultation, a professional wishes to make a formal "
        + "referral, they should do this separately.",
      source: Citation("Section 16 Consultation with Children’s Social Care")),
    LabelledText(
      "What happens when a referral is made to MASH",
      "All contacts will be considered by a manager or managing practitioner within 24 hours to "
        + "decide a course of action. Next steps will include: • Advice and information given "
        + "• Sign-posting to other help or targeted services, for example targeted youth or West "
        + "Mercia Women’s Aid • Arranging a consultation between the referrer and a qualified "
        + "social worker where next steps are not immediately clear • Held in the MASH for 24 "
        + "hours (at most) to gather more information • Accepted as a referral and allocated to "
        + "a social worker in the assessment team • No further action. A decision is made within "
        + "24 hours and the referrer will be notified of the outcome thereafter.",
      source: Citation("Section 17 What happens when a referral is made to MASH")),
    LabelledText(
      "Assessment timescales",
      "Statutory guidance (Working together 2018) gives up to 45 working days for the completion "
        + "of an assessment which allows for detailed information from other agencies and family "
        + "members to be sought, detailed exploration into the family background to be carried "
        + "out, and the needs of the children to be fully understood. In Herefordshire, the time "
        + "an assessment takes is agreed at the start between a manager and practitioner. An "
        + "assessment of the child’s circumstances including risks and needs is undertaken "
        + "following the strategy meeting. This may lead to a decision that there are no "
        + "concerns, to a child in need plan, or to some form of statutory intervention often "
        + "through an initial child protection conference (which needs to take place within 15 "
        + "working days of the strategy meeting).",
      source: Citation(
        "Section 17 What happens when a referral is made to MASH",
        note: "Two passages of section 17, joined.")),
    LabelledText(
      "Significant harm",
      "There are no absolute criteria on which to rely when judging what constitutes significant "
        + "harm. Consideration of the severity of ill-treatment may include the degree and the "
        + "extent of physical harm, the duration and frequency of abuse and neglect, and the "
        + "severity of the emotional and physical impact on the child. It is important to "
        + "consider age and context – babies and young children are particularly vulnerable and "
        + "parental factors such as history of significant domestic abuse, substance misuse or "
        + "mental ill-health will always be significant in influencing the professional "
        + "judgements that need to be made.",
      source: Citation("Section 13 Statutory thresholds: The Children Act 1989")),
    LabelledText(
      "Remember",
      "Offer help and support early on. Keep offering help and support. Use your Designated "
        + "Safeguarding lead for advice, support and guidance. Contact the Early Help Hub (01432) "
        + "260261 if you feel the case does not meet Level 4, or you need help and advice. "
        + "Contact MASH (01432) 260800 if the child is a child in need or at risk of significant "
        + "harm.",
      source: Citation("Section 18 Remember", note: "The section's bullets, joined.")),
    LabelledText(
      "Professional differences",
      "There is a resolution of professional differences policy available which should be "
        + "followed in the event of differing professional opinions or differences as to how "
        + "best to respond to the needs of the child. (https://westmidlands.procedures.org.uk/"
        + "local-content/4gjN/escalation-policy-resolution-of-professional-disagreements/"
        + "?b=Herefordshire)",
      source: Citation(
        "Section 18 Remember",
        note: "The link target is printed after the sentence; added in brackets.")),
    LabelledText(
      "Local safeguarding procedures",
      "These procedures can be accessed at https://westmidlands.procedures.org.uk/",
      source: Citation("Section 2 Introduction")),
  ]
)

// MARK: - Examples: each runs in the tests and reports a failure at its own line.

private func herefordshire(_ age: ChildAge?, _ indicators: [String]) -> Case {
  Case(authority: "herefordshire", age: age, indicators: indicators)
}

private let herefordshireExamples: [Example] = [
  Example(
    "No indicators: universal, open access; no rule has anything to say",
    herefordshire(.years(8), []), level: 1, route: ["Open access to provision", "WISH"],
    notRules: ["herefordshire-neither-exhaustive-nor-weighted", "herefordshire-child-in-need-referral"]),
  Example(
    "Level 1's positive statements stay universal",
    herefordshire(
      .years(10),
      [
        "herefordshire-good-attendance-at-school", "herefordshire-supportive-family-relationships",
        "herefordshire-secure-and-caring-parenting",
      ]),
    level: 1, route: ["Universal services", "https://www.wisherefordshire.org/"],
    rules: ["herefordshire-neither-exhaustive-nor-weighted"]),
  Example(
    "Level 2: services working together; an Early Help Assessment is not essential",
    herefordshire(
      .years(7),
      ["herefordshire-poor-stimulation", "herefordshire-serious-debt-or-rent-arrears"]),
    level: 2,
    route: [
      "not essential at level 2", "review timeline", "leading agency",
      "within its own remit or by signposting", "Other services include:",
      "Finance & Debt: Christians Against Poverty",
    ],
    rules: ["herefordshire-neither-exhaustive-nor-weighted"],
    notRules: ["herefordshire-child-in-need-referral"],
    mentions: ["neither exhaustive nor weighted"]),
  Example(
    "Level 2 young carer: the young carers guidance",
    herefordshire(.years(12), ["herefordshire-some-young-carer-responsibilities"]), level: 2,
    route: ["high level 2", "(01432) 260261"],
    mentions: ["Young Carers assessment - advice for professionals"]),
  Example(
    "Level 3 in Herefordshire: Early Help Assessment, Key Worker, the Early Help Hub",
    herefordshire(
      .years(13),
      [
        "herefordshire-low-medium-exploitation-or-peer-abuse",
        "herefordshire-risk-of-gang-involvement",
      ]),
    level: 3,
    route: [
      "Early Help Hub", "(01432) 260261", "Key Worker", "ONLY with the consent",
      "Family Mentoring service for lower level 3 cases", "Youth drop in centre: No Wrong Door",
    ],
    rules: ["herefordshire-neither-exhaustive-nor-weighted"],
    notRules: ["herefordshire-child-in-need-referral"],
    mentions: ["Children affected by Exploitation and Trafficking (including Gangs)"]),
  Example(
    "Level 3 from section 8's Needs column",
    herefordshire(.years(16), ["herefordshire-not-in-education-or-work-long-term"]), level: 3,
    route: ["Early Help Assessment"]),
  Example(
    "Age-qualified: a pregnant 15-year-old is level 3, with the pre-birth guidance",
    herefordshire(.years(15), ["herefordshire-child-under-18-pregnant"]), level: 3,
    route: ["Early Help Hub"], mentions: ["Pre-birth assessment"]),
  Example(
    "Age-qualified: “Child under 18 is pregnant” is rejected at 18",
    herefordshire(.years(18), ["herefordshire-child-under-18-pregnant"]),
    rejectedBecause: "0-17"),
  Example(
    "Level 4 in Herefordshire: referral to the MASH on the MARF",
    herefordshire(.years(6), ["herefordshire-high-levels-of-domestic-abuse"]), level: 4,
    route: [
      "MASH", "(01432) 260800", "(01905) 768020", "Multi Agency Referral Form",
      "within 24 hours", "do not require consent", "they should make an immediate referral",
      "if you feel the case does not meet Level 4", "at level 3 or 4",
    ],
    rules: ["herefordshire-neither-exhaustive-nor-weighted"],
    mentions: ["Domestic violence and abuse", "Helping hands and Crush"],
    specialRoutes: ["domestic-abuse"]),
  Example(
    "Level 4 from section 8's Needs column",
    herefordshire(.years(11), ["herefordshire-suffered-or-likely-significant-harm"]), level: 4,
    route: ["Access requires a MARF"], notRules: ["herefordshire-child-in-need-referral"]),
  Example(
    "The highest indicator decides: levels 1, 2 and 4 together are level 4",
    herefordshire(
      .years(9),
      [
        "herefordshire-good-attendance-at-school", "herefordshire-poor-stimulation",
        "herefordshire-privately-fostered",
      ]),
    level: 4, route: ["Multi Agency Referral Form (MARF)"],
    rules: ["herefordshire-neither-exhaustive-nor-weighted"],
    mentions: ["Children living away from home"]),
  Example(
    "An unborn child whose mother does not engage with antenatal services: level 3",
    herefordshire(.unborn, ["herefordshire-failure-to-engage-in-antenatal-services"]), level: 3,
    route: ["Early Help Hub"], mentions: ["Pre-birth assessment *select Herefordshire"],
    specialRoutes: ["unborn-children"]),
  Example(
    "“Child under 18 is pregnant” does not apply to an unborn child",
    herefordshire(.unborn, ["herefordshire-child-under-18-pregnant"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "An indicator from another document is rejected",
    herefordshire(.years(12), ["camden-young-carers"]), rejectedBecause: "belongs to the"),

  // Section 8 and Appendix 2: services named for a circumstance.
  Example(
    "A disabled child with complex needs: level 3, and section 14's referral for a child in need",
    herefordshire(.years(8), ["herefordshire-disability-resulting-in-complex-needs"]), level: 3,
    route: ["Early Help Assessment"], rules: ["herefordshire-child-in-need-referral"],
    mentions: [
      "School holiday and short breaks provision for disabled children",
      "a social worker from the children with disability service",
    ],
    specialRoutes: ["children-with-disabilities"]),
  Example(
    "Life limiting illness: level 4, the disability route and the health setting route",
    herefordshire(.years(5), ["herefordshire-significant-impairment-or-life-limiting-illness"]),
    level: 4, route: ["Access requires a MARF"], rules: ["herefordshire-child-in-need-referral"],
    specialRoutes: ["children-with-disabilities", "health-setting-over-90-days"]),
  Example(
    "SEN support at school: level 2, with section 8's SEND service",
    herefordshire(.years(9), ["herefordshire-sen-support-at-school-level"]), level: 2,
    route: ["Two or three services"],
    mentions: [
      "Support from the special educational needs and disability service",
      "SEN support and help to find education and employment",
    ],
    specialRoutes: ["special-educational-needs"]),
  Example(
    "A young carer at level 4 is shown the Young Carers Support Service",
    herefordshire(.years(13), ["herefordshire-young-carer-significantly-impacting-development"]),
    level: 4, route: ["MASH"], mentions: ["Young Carers Support Service"],
    specialRoutes: ["young-carers"]),
  Example(
    "A child being exploited is shown CLIMB",
    herefordshire(.years(15), ["herefordshire-evidence-child-being-exploited"]), level: 4,
    route: ["MASH"], mentions: ["CLIMB: Support for children and young people at risk"],
    specialRoutes: ["modern-slavery-trafficking-or-exploitation"]),
  Example(
    "Serious persistent offending is shown CLIMB on the anti-social behaviour route",
    herefordshire(.years(15), ["herefordshire-serious-persistent-offending-behaviour"]),
    level: 4, route: ["MASH"], mentions: ["CLIMB: Support for children and young people at risk"],
    specialRoutes: ["anti-social-or-criminal-behaviour"]),
  Example(
    "A child misusing substances, at level 4, is shown Wearewithyou",
    herefordshire(
      .years(16),
      ["herefordshire-persistent-substance-misuse", "herefordshire-frequently-missing-from-home"]),
    level: 4, route: ["MASH"], mentions: ["Substance misuse: Wearewithyou."],
    specialRoutes: ["child-misusing-alcohol-or-drugs", "missing-from-care-or-home"]),

  // Before birth.
  Example(
    "Unborn: a parent's mental health or substance misuse is level 4, with the pre-birth route",
    herefordshire(.unborn, ["herefordshire-parents-mental-health-or-substance-misuse"]),
    level: 4, route: ["MASH"], mentions: ["Children of parents who misuse substances"],
    specialRoutes: ["unborn-children", "parental-substance-misuse"]),
  Example(
    "Unborn: a mother who has undergone FGM, the risk to the child unknown, is level 3",
    herefordshire(.unborn, ["herefordshire-parent-fgm-risk-to-child-unknown"]), level: 3,
    route: ["Early Help Hub"], specialRoutes: ["unborn-children"]),
  Example(
    "Unborn: a child likely to suffer significant harm is level 4",
    herefordshire(.unborn, ["herefordshire-suffered-or-likely-significant-harm"]), level: 4,
    route: ["Multi Agency Referral Form"], specialRoutes: ["unborn-children"]),
  Example(
    "Unborn: the child's own stimulation cannot be selected",
    herefordshire(.unborn, ["herefordshire-poor-stimulation"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Unborn: a parent's chastisement of a born child cannot be selected",
    herefordshire(.unborn, ["herefordshire-low-level-physical-chastisement"]),
    rejectedBecause: "cannot be selected for an unborn child"),
  Example(
    "Unborn: a disability need of section 8 cannot be selected",
    herefordshire(.unborn, ["herefordshire-disability-resulting-in-complex-needs"]),
    rejectedBecause: "cannot be selected for an unborn child"),
]
