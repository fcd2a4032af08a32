//! Reading YAML nodes with their positions: the small vocabulary the parser is written in.

import Foundation
import Yams

/// A YAML node with the file it came from, so every read can point at its line and column.
struct TemplateNode {
  let node: Node
  let file: String

  /// The node's position (1:1 when Yams has none).
  var position: SourcePosition {
    SourcePosition(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  /// The keys and values of a mapping, in file order.
  /// - Throws: when the node is not a mapping.
  func mapping(_ what: String) throws -> [(key: String, keyPosition: SourcePosition, value: TemplateNode)] {
    guard case .mapping(let m) = node else { throw TemplateError.wrongType(position, what, expected: "một bảng khóa: giá trị (a mapping)") }
    return m.map { pair in
      let k = TemplateNode(node: pair.key, file: file)
      return (pair.key.string ?? "", k.position, TemplateNode(node: pair.value, file: file))
    }
  }

  /// The items of a sequence.
  func sequence(_ what: String) throws -> [TemplateNode] {
    guard case .sequence(let s) = node else { throw TemplateError.wrongType(position, what, expected: "một danh sách (a sequence: - …)") }
    return s.map { TemplateNode(node: $0, file: file) }
  }

  /// True for a scalar node.
  var isScalar: Bool { if case .scalar = node { return true }; return false }
  var isSequence: Bool { if case .sequence = node { return true }; return false }
  var isMapping: Bool { if case .mapping = node { return true }; return false }

  /// The scalar as a Mustache text with its position.
  func text(_ what: String) throws -> TemplateText {
    guard case .scalar(let s) = node else { throw TemplateError.wrongType(position, what, expected: "một chuỗi (a string)") }
    return TemplateText(s.string, at: position, quoted: s.style == .singleQuoted || s.style == .doubleQuoted)
  }

  /// The scalar as a plain string.
  func string(_ what: String) throws -> String { try text(what).source }

  /// The scalar as a number.
  func number(_ what: String) throws -> Double {
    guard case .scalar(let s) = node, let v = Double(s.string) else {
      throw TemplateError.wrongType(position, what, expected: "một số (a number)")
    }
    return v
  }

  /// The scalar as a number inside `range` (sizes in points, a line-height factor): zero,
  /// negative or huge values would make pages that cannot be laid out.
  func number(_ what: String, in range: ClosedRange<Double>, _ expected: String) throws -> Double {
    let v = try number(what)
    guard range.contains(v) else { throw TemplateError.outOfRange(position, what, v, expected: expected) }
    return v
  }

  /// The scalar as a whole number.
  func integer(_ what: String) throws -> Int {
    guard case .scalar(let s) = node, let v = Int(s.string) else {
      throw TemplateError.wrongType(position, what, expected: "một số nguyên (a whole number)")
    }
    return v
  }

  /// The scalar as a count of rows: a whole number from 1 to 10.000 ("limit: -1" would cut
  /// a list at a negative length).
  func count(_ what: String) throws -> Int {
    guard case .scalar(let s) = node, let v = Int(s.string), (1...10_000).contains(v) else {
      throw TemplateError.wrongType(position, what, expected: "một số nguyên từ 1 đến 10.000 (a whole number, 1 to 10,000)")
    }
    return v
  }

  /// The scalar as a file name the report writes under --out (a template's `name`, a chart's
  /// `file`): not empty, no path separator, no "..", not starting with "-" or ".", no control
  /// character — so a template can never write outside --out or name a file like an option.
  func fileName(_ what: String) throws -> String {
    let v = try string(what)
    let problem: String?
    if v.trimmingCharacters(in: .whitespaces).isEmpty {
      problem = "tên rỗng (empty)"
    } else if v.contains("/") || v.contains("\\") {
      problem = "có dấu phân cách thư mục / hoặc \\ (a path separator)"
    } else if v.contains("..") {
      problem = "có \"..\" (a parent-folder step)"
    } else if v.hasPrefix("-") {
      problem = "bắt đầu bằng \"-\" (would read as an option)"
    } else if v.hasPrefix(".") {
      problem = "bắt đầu bằng \".\" (a hidden file)"
    } else if v.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      problem = "có ký tự điều khiển (a control character)"
    } else {
      problem = nil
    }
    if let problem { throw TemplateError.badFileName(position, what, v, problem) }
    return v
  }

  /// The scalar as a YAML boolean: true/false (or yes/no, on/off), unquoted. A word such as
  /// "có" or a quoted "true" is a string, not a switch, and is refused.
  func bool(_ what: String) throws -> Bool {
    let expected = "true hoặc false, không đặt trong ngoặc kép (a YAML boolean, unquoted)"
    guard case .scalar(let s) = node, s.style == .plain else { throw TemplateError.wrongType(position, what, expected: expected) }
    switch s.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw TemplateError.wrongType(position, what, expected: expected)
    }
  }
}

/// The fields of one mapping, checked against the keys it may have.
struct Fields {
  let entries: [(key: String, keyPosition: SourcePosition, value: TemplateNode)]
  let position: SourcePosition
  let what: String

  /// The fields of a mapping node; unknown keys fail with the known ones listed.
  init(_ node: TemplateNode, _ what: String, allowed: [String]) throws {
    entries = try node.mapping(what)
    position = node.position
    self.what = what
    for e in entries where !allowed.contains(e.key) {
      throw TemplateError.unknownKey(e.keyPosition, e.key, in: what, known: allowed)
    }
  }

  /// The value of a key, if present.
  subscript(_ key: String) -> TemplateNode? { entries.first { $0.key == key }?.value }

  /// The value of a key that must be present.
  func required(_ key: String) throws -> TemplateNode {
    guard let v = self[key] else { throw TemplateError.missing(position, key, in: what) }
    return v
  }
}
