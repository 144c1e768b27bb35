/// Which indicators to list: by domain or subdomain, level and age.
public struct IndicatorFilter: Sendable, Equatable {
  /// A domain identifier, or a subdomain as `domain/subdomain`; `nil` for all.
  public var domain: String?
  /// A subdomain identifier within `domain`; `nil` for the whole domain.
  public var subdomain: String?
  /// A level rank; `nil` for all.
  public var level: Int?
  /// Only indicators that can apply at this age; `nil` for all.
  public var age: ChildAge?

  /// Creates a filter.
  ///
  /// - Parameters:
  ///   - domain: A domain identifier.
  ///   - subdomain: A subdomain identifier within the domain.
  ///   - level: A level rank.
  ///   - age: An age.
  public init(
    domain: String? = nil, subdomain: String? = nil, level: Int? = nil, age: ChildAge? = nil
  ) {
    self.domain = domain
    self.subdomain = subdomain
    self.level = level
    self.age = age
  }
}

extension RuleSet {
  /// The indicators that pass a filter, in document order.
  ///
  /// - Parameter filter: The filter.
  /// - Returns: The indicators.
  public func indicators(matching filter: IndicatorFilter) -> [Indicator] {
    indicators.filter { indicator in
      if let domain = filter.domain, indicator.domain != domain { return false }
      if let subdomain = filter.subdomain, indicator.subdomain != subdomain { return false }
      if let level = filter.level, indicator.level != level { return false }
      if let age = filter.age, !admission(of: indicator).admits(age) { return false }
      return true
    }
  }

  /// Which children an indicator can be selected for: its printed ages and, for an unborn
  /// child, its own or its domain's before-birth rule.
  ///
  /// - Parameter indicator: One of this rule set's indicators.
  /// - Returns: The admission.
  public func admission(of indicator: Indicator) -> IndicatorAdmission {
    IndicatorAdmission(indicator, domain: domain(id: indicator.domain))
  }

  /// Finds a domain or subdomain by identifier or name, ignoring case.
  ///
  /// - Parameter text: An identifier ("parenting-capacity") or a printed name.
  /// - Returns: The domain and, if the text named one, the subdomain.
  public func findDomain(_ text: String) -> (domain: Domain, subdomain: Subdomain?)? {
    let key = TextSearch.normalised(text)
    for domain in domains where domain.id == key || TextSearch.normalised(domain.name) == key {
      return (domain, nil)
    }
    for domain in domains {
      for subdomain in domain.subdomains
      where subdomain.id == key || TextSearch.normalised(subdomain.name) == key {
        return (domain, subdomain)
      }
    }
    return nil
  }

  /// Where an indicator stands in the assessment framework, as its domain's and subdomain's
  /// printed names ("Parenting capacity › Basic care").
  ///
  /// - Parameter indicator: One of this rule set's indicators.
  /// - Returns: The names joined by " › "; empty if the rule set does not have its domain.
  public func domainPath(of indicator: Indicator) -> String {
    let domain = domain(id: indicator.domain)
    let subdomain = domain?.subdomains.first { $0.id == indicator.subdomain }
    return [domain?.name, subdomain?.name].compactMap { $0 }.joined(separator: " › ")
  }
}
