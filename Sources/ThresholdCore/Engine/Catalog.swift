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
      if let age = filter.age, let qualifier = indicator.age, !qualifier.admits(age) {
        return false
      }
      return true
    }
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

/// One indicator found by a word search, with how well it matched.
public struct SearchResult: Sendable {
  /// The indicator.
  public let indicator: Indicator
  /// The rule set it belongs to.
  public let ruleSet: RuleSet
  /// How many of the query's words it matched.
  public let wordsMatched: Int
  /// The match score: whole words count more than parts of words.
  public let score: Int
}

/// Finds indicators by words, for practitioners who do not know identifiers.
public enum IndicatorSearch {
  /// Searches indicator text (and domain names, at lower weight), best matches first: most
  /// query words matched, then the highest score, then document order.
  ///
  /// - Parameters:
  ///   - query: Words to find, such as "domestic violence".
  ///   - ruleSets: The rule sets to search.
  ///   - limit: The most results to return.
  /// - Returns: The results, best first.
  public static func search(_ query: String, in ruleSets: [RuleSet], limit: Int) -> [SearchResult] {
    let queryWords = TextSearch.words(query).map(stem)
    guard !queryWords.isEmpty else { return [] }
    var results: [(result: SearchResult, order: Int)] = []
    var order = 0
    for ruleSet in ruleSets {
      var domainWords: [String: [String]] = [:]
      for domain in ruleSet.domains {
        domainWords[domain.id] = TextSearch.words(domain.name).map(stem)
        for subdomain in domain.subdomains {
          domainWords[domain.id + "/" + subdomain.id] = TextSearch.words(subdomain.name).map(stem)
        }
      }
      for indicator in ruleSet.indicators {
        order += 1
        let textWords = TextSearch.words(indicator.text).map(stem)
        let contextWords =
          (domainWords[indicator.domain] ?? [])
          + (indicator.subdomain.flatMap { domainWords[indicator.domain + "/" + $0] } ?? [])
        var matched = 0
        var score = 0
        for word in queryWords {
          if textWords.contains(word) {
            matched += 1
            score += 4
          } else if word.count >= 3, textWords.contains(where: { $0.hasPrefix(word) }) {
            matched += 1
            score += 2
          } else if contextWords.contains(word) {
            matched += 1
            score += 1
          }
        }
        guard matched > 0 else { continue }
        // Shorter texts that match are more specific.
        score = score * 100 - min(textWords.count, 99)
        results.append(
          (
            SearchResult(
              indicator: indicator, ruleSet: ruleSet, wordsMatched: matched, score: score),
            order
          ))
      }
    }
    results.sort { lhs, rhs in
      if lhs.result.wordsMatched != rhs.result.wordsMatched {
        return lhs.result.wordsMatched > rhs.result.wordsMatched
      }
      if lhs.result.score != rhs.result.score { return lhs.result.score > rhs.result.score }
      return lhs.order < rhs.order
    }
    return results.prefix(limit).map(\.result)
  }

  /// Folds simple plurals so "carers" finds "carer".
  private static func stem(_ word: String) -> String {
    if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
    return word
  }
}
