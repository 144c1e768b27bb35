/// A way to reach a service, exactly as the document prints it.
public struct Contact: Sendable, Hashable {
  /// What kind of contact detail it is.
  public enum Kind: String, Sendable, Hashable {
    /// A telephone number.
    case phone
    /// An email address.
    case email
    /// A web address.
    case web
    /// A postal address or a place.
    case address
    /// A form, system or other means, such as "e-CAF referral record".
    case other
  }

  /// The service or person the detail reaches, as printed ("Early Help Hub").
  public let service: String
  /// What kind of detail it is.
  public let kind: Kind
  /// The detail as printed ("(01432) 260261"); never reformatted.
  public let value: String

  /// Creates a contact.
  ///
  /// - Parameters:
  ///   - service: The service or person reached.
  ///   - kind: The kind of detail.
  ///   - value: The detail as printed.
  public init(_ service: String, _ kind: Kind, _ value: String) {
    self.service = service
    self.kind = kind
    self.value = value
  }
}

/// What an area's document says to do for a child at one level: the response route.
public struct Route: Sendable, Hashable {
  /// The rank of the level the route is for.
  public let level: Int
  /// A short name for the route, as a script reads it ("Early Help CAF team").
  public let name: String
  /// What to do, in the document's own words, one passage per entry.
  public let actions: [String]
  /// Whom to contact: the service, as printed.
  public let service: String
  /// Phone numbers, email and web addresses, as printed.
  public let contacts: [Contact]
  /// The form or system to use, as printed, if the document names one.
  public let form: String?
  /// The timescale, as printed, if the document gives one.
  public let timescale: String?
  /// What the document says about consent at this level, if anything.
  public let consent: String?
  /// Where the route is printed.
  public let source: Citation

  /// Creates a route.
  ///
  /// - Parameters:
  ///   - level: The rank of the level it is for.
  ///   - name: A short name.
  ///   - actions: What to do, verbatim passages.
  ///   - service: Whom to contact.
  ///   - contacts: Contact details as printed.
  ///   - form: The form or system, if named.
  ///   - timescale: The timescale, if given.
  ///   - consent: What the document says about consent at this level.
  ///   - source: Where it is printed.
  public init(
    level: Int, name: String, actions: [String], service: String, contacts: [Contact] = [],
    form: String? = nil, timescale: String? = nil, consent: String? = nil, source: Citation
  ) {
    self.level = level
    self.name = name
    self.actions = actions
    self.service = service
    self.contacts = contacts
    self.form = form
    self.timescale = timescale
    self.consent = consent
    self.source = source
  }
}

/// What makes a special route or note relevant to a case.
public enum RouteTrigger: Sendable, Hashable {
  /// The case selected this indicator.
  case indicator(String)
  /// The case is about an unborn child.
  case unborn
  /// This combination rule applied to the case.
  case rule(String)
  /// The assessment reached at least this level rank.
  case levelAtLeast(Int)
  /// The assessment is at this level rank or below.
  case levelAtMost(Int)
  /// The case gives no age (a route for some ages is then shown, with its ages stated).
  case ageNotGiven
  /// The child's age is inside these ages (an unborn child only if they include the unborn).
  case age(AgeQualifier)
  /// Every one of these holds (such as a disability indicator and an age from 14).
  indirect case all([RouteTrigger])
}

/// A route for children in particular circumstances (CSE, FGM, radicalisation, trafficking,
/// pre-birth, disability), or a note of guidance an assessment shows when it is relevant.
public struct SpecialRoute: Sendable, Hashable {
  /// A stable lower-case identifier, unique within its area.
  public let id: String
  /// The circumstance, as the document heads it.
  public let name: String
  /// What the document says to do, verbatim passages.
  public let guidance: [String]
  /// Contacts, as printed.
  public let contacts: [Contact]
  /// What makes it relevant to a case; any one suffices.
  public let triggers: [RouteTrigger]
  /// Where it is printed.
  public let source: Citation

  /// Creates a special route.
  ///
  /// - Parameters:
  ///   - id: A stable identifier.
  ///   - name: The circumstance.
  ///   - guidance: What to do, verbatim.
  ///   - contacts: Contacts as printed.
  ///   - triggers: What makes it relevant.
  ///   - source: Where it is printed.
  public init(
    id: String, name: String, guidance: [String], contacts: [Contact] = [],
    triggers: [RouteTrigger], source: Citation
  ) {
    self.id = id
    self.name = name
    self.guidance = guidance
    self.contacts = contacts
    self.triggers = triggers
    self.source = source
  }
}

/// What a document says about consent to share information, for children of some ages.
public struct ConsentGuidance: Sendable, Hashable {
  /// The ages it applies to, or `nil` for every child.
  public let ages: AgeQualifier?
  /// The guidance, verbatim.
  public let text: String
  /// Where it is printed.
  public let source: Citation

  /// Creates consent guidance.
  ///
  /// - Parameters:
  ///   - ages: The ages it applies to, or `nil` for all.
  ///   - text: The guidance, verbatim.
  ///   - source: Where it is printed.
  public init(ages: AgeQualifier? = nil, text: String, source: Citation) {
    self.ages = ages
    self.text = text
    self.source = source
  }
}

/// What to do if a child is in immediate danger.
public struct ImmediateDangerAdvice: Sendable, Hashable {
  /// The advice, verbatim from the document (or the tool's general advice).
  public let text: String
  /// Contacts, as printed.
  public let contacts: [Contact]
  /// Where the document prints it; `nil` marks the tool's general advice.
  public let source: Citation?

  /// Creates advice printed by a document.
  ///
  /// - Parameters:
  ///   - text: The advice, verbatim.
  ///   - contacts: Contacts as printed.
  ///   - source: Where it is printed.
  public init(text: String, contacts: [Contact] = [], source: Citation) {
    self.text = text
    self.contacts = contacts
    self.source = source
  }

  private init(generalText: String) {
    self.text = generalText
    self.contacts = [Contact("Emergency services", .phone, "999")]
    self.source = nil
  }

  /// Whether this is the tool's general advice rather than the document's.
  public var isGeneralAdvice: Bool { source == nil }

  /// The tool's general advice, shown where a document prints none for an area.
  public static let general = ImmediateDangerAdvice(
    generalText:
      "Call the police on 999, then follow your own safeguarding procedures and refer to "
      + "children's social care."
  )
}

/// A local authority area and the routes its practitioners follow.
public struct Area: Sendable, Hashable {
  /// A stable lower-case identifier ("camden", "rutland").
  public let id: String
  /// The authority's name.
  public let name: String
  /// The route for every level of the rule set, in rank order.
  public let routes: [Route]
  /// What the document says to do if a child is in immediate danger here, or `nil` if it says
  /// nothing (the assessment then gives general advice, labelled as such).
  public let immediateDanger: ImmediateDangerAdvice?
  /// Consent to information sharing, by age.
  public let consent: [ConsentGuidance]
  /// Routes and notes for particular circumstances.
  public let specialRoutes: [SpecialRoute]
  /// Numbers for advice and support that are not a level's route.
  public let supportContacts: [Contact]
  /// Anything else the document says about this area's process, such as a pointer to
  /// another document.
  public let notes: [LabelledText]

  /// Creates an area.
  ///
  /// - Parameters:
  ///   - id: A stable identifier.
  ///   - name: The authority's name.
  ///   - routes: The route for every level, in rank order.
  ///   - immediateDanger: The document's immediate-danger advice, if it prints any.
  ///   - consent: Consent guidance by age.
  ///   - specialRoutes: Routes for particular circumstances.
  ///   - supportContacts: Advice and support numbers.
  ///   - notes: Other notes about the area's process.
  public init(
    id: String, name: String, routes: [Route], immediateDanger: ImmediateDangerAdvice?,
    consent: [ConsentGuidance] = [], specialRoutes: [SpecialRoute] = [],
    supportContacts: [Contact] = [], notes: [LabelledText] = []
  ) {
    self.id = id
    self.name = name
    self.routes = routes
    self.immediateDanger = immediateDanger
    self.consent = consent
    self.specialRoutes = specialRoutes
    self.supportContacts = supportContacts
    self.notes = notes
  }

  /// The route for a level rank, if the area has one.
  ///
  /// - Parameter rank: The level rank.
  /// - Returns: The route for that rank.
  public func route(forLevel rank: Int) -> Route? {
    routes.first { $0.level == rank }
  }
}
