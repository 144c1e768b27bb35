/// Writes what a script reading levels out needs, one line per case:
/// `{"id", "authority", "level": {"rank", "label", "name", "category"}, "route", "rules"}`,
/// with `"loadedFrom"` before the rules for a rule set read from a file, and `"warnings"` after
/// the rules when the case has any. Every part that is the same for all
/// cases of an area at a level is encoded once; a line is then copied together in place.
struct SummaryWriter: RecordWriter {
  let options: OutputOptions
  /// By rule set position: the `,"authority":…,"rules":[` run for each (area, level) and for
  /// each rule's own route, and each rule's quoted identifier.
  private var slots: [Slot] = []

  /// One position's tables: owned, and also unretained with the address of the packed tables
  /// they were made for, so that each case finds them without touching a reference count.
  private struct Slot {
    var owner: SummaryTables?
    var key: UnsafeMutableRawPointer?
    var tables: Unmanaged<SummaryTables>?
  }
  private var writer = JSONWriter(capacity: 512)

  init(options: OutputOptions) {
    self.options = options
  }

  mutating func write(
    _ result: borrowing CaseResult, id: RecordID, caseNumber: Int, into output: inout ByteOutput
  ) {
    tables(for: result.tables)._withUnsafeGuaranteedRef { table in
      write(result, id: id, table: table, into: &output)
    }
  }

  @inline(__always)
  private mutating func write(
    _ result: borrowing CaseResult, id: RecordID, table: SummaryTables,
    into output: inout ByteOutput
  ) {
    let fragment = table.fragment(
      area: result.area, level: result.level, routeRule: result.routeRule)
    // An id that did not come from JSON (a CSV cell, a case built in code) is written as JSON,
    // out of line: the common case then makes no array.
    let wroteID = id.json == nil && id.text != nil
    if wroteID { writeEncodedID(id, into: &output) }
    var length = 7 + (id.json?.count ?? 0) + fragment.count + 4
    // The rules are read in place (iterating the scratch array would copy it, and with it a
    // reference).
    length += result.applied.withUnsafeBufferPointer { applied in
      var total = 0
      for record in applied { total += table.ruleID(record.rule).count + 1 }
      return total
    }
    output.write(atMost: length) { start in
      var end = start
      if let json = id.json {
        end = put(#"{"id":"#, at: end)
        end = put(json, at: end)
        end = put(fragment, at: end)
      } else if wroteID {
        // The id is written already: the fragment follows it.
        end = put(fragment, at: end)
      } else {
        end.pointee = UInt8(ascii: "{")
        end = put(UnsafeBufferPointer(rebasing: fragment.dropFirst()), at: end + 1)
      }
      end = result.applied.withUnsafeBufferPointer { applied in
        var end = end
        for (index, record) in applied.enumerated() {
          if index > 0 {
            end.pointee = UInt8(ascii: ",")
            end += 1
          }
          end = put(table.ruleID(record.rule), at: end)
        }
        return end
      }
      end = put("]", at: end)
      return end - start
    }
    if result.hasWarnings { writeWarnings(result, into: &output) }
    output.write(atMost: 2) { start in put("}\n", at: start) - start }
  }

  /// `{"id":` and an id given as text, encoded as the JSON formats write it
  /// (``JSONRecordWriter/writeID(_:into:)``).
  @inline(never)
  private mutating func writeEncodedID(_ id: RecordID, into output: inout ByteOutput) {
    writer.reset()
    writer.beginObject()
    JSONRecordWriter.writeID(id, into: &writer)
    writer.endObject()
    // `{"id":…` without the closing brace.
    writer.withBytes { output.append(UnsafeBufferPointer(rebasing: $0.dropLast())) }
  }

  /// `,"warnings":[…]`, for a case that has any.
  @inline(never)
  private mutating func writeWarnings(_ result: borrowing CaseResult, into output: inout ByteOutput)
  {
    let warnings = result.warnings()
    guard !warnings.isEmpty else { return }
    writer.reset()
    writer.beginObject()
    writer.member("warnings", warnings.map(\.message))
    writer.endObject()
    // `,"warnings":[…]` without the object's braces.
    output.write(atMost: 1) { start in put(",", at: start) - start }
    writer.withBytes { output.append(UnsafeBufferPointer(rebasing: $0.dropFirst().dropLast())) }
  }

  /// The summary tables for a rule set's packed tables, made the first time they are needed.
  @inline(__always)
  private mutating func tables(for packed: TablesReference) -> Unmanaged<SummaryTables> {
    let position = packed.position
    if position >= 0, position < slots.count, slots[position].key == packed.address,
      let found = slots[position].tables
    {
      return found
    }
    return makeTables(packed)
  }

  @inline(never)
  private mutating func makeTables(_ packed: TablesReference) -> Unmanaged<SummaryTables> {
    let compiled = packed.compiled
    // The placeholder rule set (position -1) shares slot 0 and is never found there.
    let position = max(compiled.position, 0)
    if position >= slots.count {
      slots.append(contentsOf: repeatElement(Slot(), count: position + 1 - slots.count))
    }
    let existing = slots[position].owner
    let made =
      existing?.compiled === compiled ? existing.unsafelyUnwrapped : SummaryTables(compiled)
    slots[position] = Slot(
      owner: made, key: compiled.position >= 0 ? packed.address : nil,
      tables: Unmanaged.passUnretained(made))
    return Unmanaged.passUnretained(made)
  }

  mutating func writeFailure(_ failure: CaseReadError, id: RecordID, into output: inout ByteOutput)
  {
    writer.reset()
    JSONRecordWriter.writeFailure(failure, id: id, options: options, into: &writer)
    writer.writeLine(into: &output)
  }
}

/// One rule set's summary fragments, in tables sized from the rule set (a class, so that using
/// them costs one reference, not one for each table). The tables are fixed-size buffers the
/// class owns, not arrays in `var`s: filling a slot then needs neither a uniqueness check nor
/// the runtime's exclusivity check that every use of a class's `var` costs.
final class SummaryTables {
  let compiled: CompiledRuleSet
  private let levels: Int
  private let areas: Int
  private let areaLevels: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>?>
  private let ruleRoutes: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>?>
  private let ruleIDs: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>?>

  init(_ compiled: CompiledRuleSet) {
    self.compiled = compiled
    let ruleSet = compiled.ruleSet
    levels = ruleSet.levels.count + 1
    areas = ruleSet.areas.count
    func table(_ count: Int) -> UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>?> {
      let table = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>?>.allocate(capacity: count)
      table.initialize(repeating: nil)
      return table
    }
    areaLevels = table(ruleSet.areas.count * levels)
    ruleRoutes = table(ruleSet.rules.count * ruleSet.areas.count)
    ruleIDs = table(ruleSet.rules.count)
  }

  deinit {
    // Each writer makes its own fragments, so they go with it: a process that runs many
    // streams (a case system using the library) does not keep every stream's fragments.
    for table in [areaLevels, ruleRoutes, ruleIDs] {
      for case let fragment? in table { deallocateTable(fragment) }
      table.deallocate()
    }
  }

  /// The `,"authority":…,"level":{…},"route":"…","rules":[` run.
  @inline(__always)
  func fragment(area: Int, level: Int, routeRule: Int) -> UnsafeBufferPointer<UInt8> {
    let slot = routeRule >= 0 ? routeRule * areas + area : area * levels + level
    let made = routeRule >= 0 ? ruleRoutes[slot] : areaLevels[slot]
    if let made { return made }
    return makeFragment(area: area, level: level, routeRule: routeRule, slot: slot)
  }

  /// A fragment the first time it is needed.
  @inline(never)
  private func makeFragment(area: Int, level: Int, routeRule: Int, slot: Int)
    -> UnsafeBufferPointer<UInt8>
  {
    if routeRule >= 0 {
      let made = Self.make(
        compiled, area: area, level: level, route: compiled.kinds[routeRule].route?.name ?? "")
      ruleRoutes[slot] = made
      return made
    }
    let route = compiled.ruleSet.areas[area].route(forLevel: level)?.name ?? ""
    let made = Self.make(compiled, area: area, level: level, route: route)
    areaLevels[slot] = made
    return made
  }

  /// A rule's quoted identifier.
  @inline(__always)
  func ruleID(_ rule: Int) -> UnsafeBufferPointer<UInt8> {
    if let fragment = ruleIDs[rule] { return fragment }
    return makeRuleID(rule)
  }

  @inline(never)
  private func makeRuleID(_ rule: Int) -> UnsafeBufferPointer<UInt8> {
    var writer = JSONWriter(capacity: 64)
    writer.string(compiled.ruleSet.rules[rule].id)
    let made = tableCopy(of: writer.bytes)
    ruleIDs[rule] = made
    return made
  }

  private static func make(_ compiled: CompiledRuleSet, area: Int, level: Int, route: String)
    -> UnsafeBufferPointer<UInt8>
  {
    var writer = JSONWriter(capacity: 256)
    writer.beginObject()
    writer.member("a", compiled.ruleSet.areas[area].id)
    writer.key("level")
    writer.beginObject()
    RuleSetWriter.writeLevelIdentity(compiled.level(rank: level), into: &writer)
    writer.endObject()
    writer.member("route", route)
    // A rule set read from a file names it, so a result never hides where its rules came from.
    if let origin = compiled.ruleSet.origin { writer.member("loadedFrom", origin) }
    writer.key("rules")
    writer.beginArray()
    // `{"a":…,"rules":[` → `,"authority":…,"rules":[`: the caller writes the id before it and
    // the rules' identifiers after it.
    return tableCopy(of: Array(#","authority":"#.utf8) + Array(writer.bytes.dropFirst(5)))
  }
}
