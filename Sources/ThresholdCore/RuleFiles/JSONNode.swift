/// A JSON value with where it is in its text, for reading files whose problems must be reported
/// by line and column (rule-set files).
public struct JSONNode: Sendable {
  /// An object member.
  public struct Member: Sendable {
    /// The key.
    public let key: String
    /// The byte offset of the key.
    public let keyOffset: Int
    /// The value.
    public let value: JSONNode
  }

  /// The value.
  public indirect enum Value: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONNode])
    /// An object, members in written order (repeated keys kept).
    case object([Member])
  }

  /// The value.
  public let value: Value
  /// The byte offset where the value starts.
  public let offset: Int
  /// The byte offset just past the value.
  public let end: Int

  /// The name of the value's type, for messages ("a string", "an object").
  public var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The largest text a node is read from.
  public static let maximumBytes = 64 << 20

  /// Parses one JSON text (with an optional byte-order mark) into nodes.
  ///
  /// - Parameter bytes: The text.
  /// - Returns: The root node.
  /// - Throws: ``JSONSyntaxError`` at the first byte that is not valid JSON.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONNode
  {
    var scanner = JSONScanner(bytes, position: hasByteOrderMark(bytes) ? 3 : 0)
    var scratch: [UInt8] = []
    let node = try scanner.parseNode(depth: 0, scratch: &scratch)
    scanner.skipWhitespace()
    if !scanner.isAtEnd {
      throw JSONSyntaxError(
        .unexpectedCharacter(bytes[scanner.position], expected: "the end of the input"),
        at: scanner.position)
    }
    return node
  }
}

extension JSONScanner {
  /// Parses one value into a node, recording offsets.
  mutating func parseNode(depth: Int, scratch: inout [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    let next = try peekAfterWhitespace()
    let start = position
    switch next {
    case UInt8(ascii: "{"):
      guard depth < Self.maximumDepth else {
        throw JSONSyntaxError(.tooDeep(limit: Self.maximumDepth), at: position)
      }
      position += 1
      var members: [JSONNode.Member] = []
      if try peekAfterWhitespace() == UInt8(ascii: "}") {
        position += 1
        return JSONNode(value: .object(members), offset: start, end: position)
      }
      repeat {
        _ = try peekAfterWhitespace()
        let keyOffset = position
        scratch.removeAll(keepingCapacity: true)
        let keyToken = try scanString(scratch: &scratch)
        let key = string(keyToken, scratch: scratch)
        try expect(UInt8(ascii: ":"), "':' after an object key")
        let value = try parseNode(depth: depth + 1, scratch: &scratch)
        members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
      } while try continues(closingWith: UInt8(ascii: "}"), "',' or '}' in an object")
      return JSONNode(value: .object(members), offset: start, end: position)
    case UInt8(ascii: "["):
      guard depth < Self.maximumDepth else {
        throw JSONSyntaxError(.tooDeep(limit: Self.maximumDepth), at: position)
      }
      position += 1
      var elements: [JSONNode] = []
      if try peekAfterWhitespace() == UInt8(ascii: "]") {
        position += 1
        return JSONNode(value: .array(elements), offset: start, end: position)
      }
      repeat {
        elements.append(try parseNode(depth: depth + 1, scratch: &scratch))
      } while try continues(closingWith: UInt8(ascii: "]"), "',' or ']' in an array")
      return JSONNode(value: .array(elements), offset: start, end: position)
    case UInt8(ascii: "\""):
      scratch.removeAll(keepingCapacity: true)
      let token = try scanString(scratch: &scratch)
      return JSONNode(value: .string(string(token, scratch: scratch)), offset: start, end: position)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let range = try scanNumber()
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      return JSONNode(value: .number(text), offset: start, end: position)
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      let literal = try scanLiteral()
      let value: JSONNode.Value
      if case .bool(let flag) = literal { value = .bool(flag) } else { value = .null }
      return JSONNode(value: value, offset: start, end: position)
    default:
      throw JSONSyntaxError(.unexpectedCharacter(next, expected: "a JSON value"), at: position)
    }
  }
}

/// A problem in a rule-set file, with where it is.
public struct RuleFileProblem: Sendable, Hashable {
  /// The file, as given.
  public let file: String
  /// The JSON path of the value ("$.indicators[12].level").
  public let path: String
  /// The line, from 1 (0 when the problem is about the rule set as a whole).
  public let line: Int
  /// The column, in bytes from 1.
  public let column: Int
  /// What is wrong.
  public let message: String

  /// "file:line:column: path: message", as compilers print problems.
  public var description: String {
    "\(file):\(line):\(column): \(path): \(message)"
  }
}

/// The problems found while reading one file, shared by every reader of its parts.
final class RuleFileProblems {
  let file: String
  /// Where each JSON path read is, by byte offset (for problems found after reading).
  var offsets: [String: Int] = [:]
  private(set) var found: [(path: String, offset: Int, message: String)] = []

  init(file: String) {
    self.file = file
  }

  func add(_ message: String, path: String, offset: Int) {
    found.append((path, offset, message))
  }

  /// The problems with lines and columns, in the order found.
  func problems(in bytes: UnsafeBufferPointer<UInt8>) -> [RuleFileProblem] {
    found.map { problem in
      let (line, column) =
        problem.offset < 0 ? (0, 0) : TextPosition.lineAndColumn(of: problem.offset, in: bytes)
      return RuleFileProblem(
        file: file, path: problem.path, line: line, column: column, message: problem.message)
    }
  }
}

/// Reads the members of one object of a rule-set file. Each accessor records a problem (a
/// missing member, a wrong type, a malformed identifier) and returns a neutral value rather
/// than stopping, so that one check reports every problem; ``finish()`` reports members that
/// were never read, which are not part of the format.
public struct RuleFileObject {
  let members: [JSONNode.Member]
  let path: String
  let offset: Int
  let problems: RuleFileProblems
  private var used: [Bool]

  init(_ node: JSONNode, path: String, problems: RuleFileProblems) {
    self.path = path
    self.offset = node.offset
    self.problems = problems
    problems.offsets[path] = node.offset
    if case .object(let members) = node.value {
      self.members = members
    } else {
      self.members = []
      problems.add("Expected an object, found \(node.typeName).", path: path, offset: node.offset)
    }
    self.used = Array(repeating: false, count: members.count)
    var seen: [String] = []
    for member in members {
      if seen.contains(member.key) {
        problems.add(
          "The key \"\(member.key)\" appears more than once.", path: path + "." + member.key,
          offset: member.keyOffset)
      }
      seen.append(member.key)
    }
  }

  /// The member with a key, marked as read.
  private mutating func member(_ key: String, required: Bool) -> JSONNode? {
    guard let index = members.firstIndex(where: { $0.key == key }) else {
      if required {
        problems.add("The key \"\(key)\" is missing.", path: path + "." + key, offset: offset)
      }
      return nil
    }
    used[index] = true
    problems.offsets[path + "." + key] = members[index].value.offset
    return members[index].value
  }

  private func wrongType(_ key: String, _ node: JSONNode, expected: String) {
    problems.add(
      "Expected \(expected), found \(node.typeName).", path: path + "." + key, offset: node.offset)
  }

  /// Whether the object has a member.
  ///
  /// - Parameter key: The key.
  /// - Returns: `true` if it has.
  public func has(_ key: String) -> Bool { members.contains { $0.key == key } }

  /// A whole number.
  ///
  /// - Parameter key: The key.
  /// - Returns: Its value, or 0 after recording a problem.
  public mutating func int(_ key: String) -> Int {
    if let node = members.first(where: { $0.key == key })?.value, case .null = node.value {
      _ = member(key, required: true)
      wrongType(key, node, expected: "a whole number")
      return 0
    }
    return optionalInt(key, required: true) ?? 0
  }

  /// A whole number or null.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - required: Whether the key must be there.
  /// - Returns: Its value, or `nil` (recording a problem when it is of the wrong type).
  public mutating func optionalInt(_ key: String, required: Bool = false) -> Int? {
    guard let node = member(key, required: required) else { return nil }
    switch node.value {
    case .null: return nil
    case .number(let text):
      if case .success(let value) = NumberText.read(text), let whole = NumberText.wholeNumber(value)
      {
        return whole
      }
      fallthrough
    default:
      wrongType(key, node, expected: "a whole number")
      return nil
    }
  }

  /// `true` or `false`.
  ///
  /// - Parameter key: The key.
  /// - Returns: Its value, or `false` after recording a problem.
  public mutating func bool(_ key: String) -> Bool {
    guard let node = member(key, required: true) else { return false }
    guard case .bool(let flag) = node.value else {
      wrongType(key, node, expected: "true or false")
      return false
    }
    return flag
  }

  /// A string.
  ///
  /// - Parameter key: The key.
  /// - Returns: Its value, or "" after recording a problem.
  public mutating func string(_ key: String) -> String {
    optionalString(key, required: true) ?? ""
  }

  /// A string or null.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - required: Whether the key must be there (its value may still be null).
  /// - Returns: Its value, or `nil`.
  public mutating func optionalString(_ key: String, required: Bool = false) -> String? {
    guard let node = member(key, required: required) else { return nil }
    switch node.value {
    case .string(let text): return text
    case .null: return nil
    default:
      wrongType(key, node, expected: "a string")
      return nil
    }
  }

  /// A stable identifier: lower-case letters, digits and hyphens, starting with a letter.
  ///
  /// - Parameter key: The key.
  /// - Returns: Its value (recording a problem if malformed).
  public mutating func identifier(_ key: String) -> String {
    let value = string(key)
    if !value.isEmpty && !RuleSetChecker.isIdentifier(value) {
      problems.add(
        "'\(value)' is not a well-formed identifier: use lower-case letters, digits and "
          + "hyphens, starting with a letter.", path: path + "." + key,
        offset: problems.offsets[path + "." + key] ?? offset)
    }
    return value
  }

  /// An array of strings.
  ///
  /// - Parameter key: The key.
  /// - Returns: The strings (an empty array after recording a problem).
  public mutating func strings(_ key: String) -> [String] {
    guard let node = member(key, required: true) else { return [] }
    guard case .array(let elements) = node.value else {
      wrongType(key, node, expected: "an array of strings")
      return []
    }
    return RuleFileArray(elements, path: path + "." + key, problems: problems).strings()
  }

  /// An array of strings, or nothing when the key is absent.
  ///
  /// - Parameter key: The key.
  /// - Returns: The strings.
  public mutating func optionalStrings(_ key: String) -> [String]? {
    guard has(key) else { return nil }
    guard let node = member(key, required: false) else { return nil }
    if case .null = node.value { return nil }
    return strings(key)
  }

  /// An object, read by `body`.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - required: Whether it must be there.
  ///   - nullable: Whether it may be `null`.
  ///   - body: Reads the object.
  /// - Returns: What `body` returned, or `nil` if the member is absent, null or not an object.
  public mutating func object<Result>(
    _ key: String, required: Bool = true, nullable: Bool = false,
    _ body: (inout RuleFileObject) -> Result
  ) -> Result? {
    guard let node = member(key, required: required) else { return nil }
    if case .null = node.value, nullable || !required { return nil }
    guard case .object = node.value else {
      wrongType(key, node, expected: "an object")
      return nil
    }
    var object = RuleFileObject(node, path: path + "." + key, problems: problems)
    let result = body(&object)
    object.finish()
    return result
  }

  /// An array of objects, each read by `body`.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - body: Reads one object.
  /// - Returns: What `body` returned for each.
  public mutating func objects<Result>(_ key: String, _ body: (inout RuleFileObject) -> Result)
    -> [Result]
  {
    guard let node = member(key, required: true) else { return [] }
    guard case .array(let elements) = node.value else {
      wrongType(key, node, expected: "an array of objects")
      return []
    }
    return elements.enumerated().map { index, element in
      var object = RuleFileObject(element, path: "\(path).\(key)[\(index)]", problems: problems)
      let result = body(&object)
      object.finish()
      return result
    }
  }

  /// An array of arrays, each read by `body`.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - body: Reads one array.
  /// - Returns: What `body` returned for each.
  public mutating func arrays<Result>(_ key: String, _ body: (RuleFileArray) -> Result) -> [Result]
  {
    guard let node = member(key, required: true) else { return [] }
    guard case .array(let elements) = node.value else {
      wrongType(key, node, expected: "an array of arrays")
      return []
    }
    return elements.enumerated().map { index, element in
      guard case .array(let inner) = element.value else {
        problems.add(
          "Expected an array, found \(element.typeName).", path: "\(path).\(key)[\(index)]",
          offset: element.offset)
        return body(RuleFileArray([], path: "\(path).\(key)[\(index)]", problems: problems))
      }
      return body(RuleFileArray(inner, path: "\(path).\(key)[\(index)]", problems: problems))
    }
  }

  /// The raw node of a member (for values read another way, such as a case).
  ///
  /// - Parameter key: The key.
  /// - Returns: The node, or `nil` after recording that it is missing.
  public mutating func node(_ key: String) -> JSONNode? {
    member(key, required: true)
  }

  /// Records a problem about a member.
  ///
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - key: The member's key, or `nil` for the object itself.
  public func problem(_ message: String, at key: String? = nil) {
    let memberPath = key.map { path + "." + $0 } ?? path
    problems.add(message, path: memberPath, offset: problems.offsets[memberPath] ?? offset)
  }

  /// Records every member that was never read: it is not part of the format.
  public func finish() {
    for (index, member) in members.enumerated() where !used[index] {
      problems.add(
        "The key \"\(member.key)\" is not part of the rule-set format here.",
        path: path + "." + member.key, offset: member.keyOffset)
    }
  }
}

/// Reads the elements of one array of a rule-set file.
public struct RuleFileArray {
  let elements: [JSONNode]
  let path: String
  let problems: RuleFileProblems

  init(_ elements: [JSONNode], path: String, problems: RuleFileProblems) {
    self.elements = elements
    self.path = path
    self.problems = problems
  }

  /// The elements as strings (recording a problem for any that is not one).
  ///
  /// - Returns: The strings.
  public func strings() -> [String] {
    elements.enumerated().compactMap { index, element in
      if case .string(let text) = element.value { return text }
      problems.add(
        "Expected a string, found \(element.typeName).", path: "\(path)[\(index)]",
        offset: element.offset)
      return nil
    }
  }
}
