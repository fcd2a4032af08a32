//! Every message a template can get, with the place it points at: all in one file.

/// Where in a template file something is: 1-based line and column.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// A position in a file.
  public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
  /// "templates/bao-cao-nam.yaml:12:7".
  public var description: String { "\(file):\(line):\(column)" }
}

/// A template that cannot be used: what is wrong, where, and what was expected. Found
/// before anything is drawn or written.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
  public var position: SourcePosition
  public var message: String
  /// What the template should have there.
  public var expected: String?

  /// An error at a position.
  public init(_ position: SourcePosition, _ message: String, expected: String? = nil) {
    self.position = position; self.message = message; self.expected = expected
  }

  /// "file:line:column: lỗi: message (cần: expected)".
  public var description: String {
    "\(position): lỗi: \(message)" + (expected.map { " (cần / expected: \($0))" } ?? "")
  }

  // MARK: - The messages

  static func unreadable(_ file: String, _ reason: String) -> TemplateError {
    TemplateError(SourcePosition(file: file, line: 1, column: 1), "không đọc được mẫu (cannot read the template): \(reason)")
  }
  static func yaml(_ p: SourcePosition, _ problem: String) -> TemplateError {
    TemplateError(p, "YAML không hợp lệ (invalid YAML): \(problem)")
  }
  static func unknownKey(_ p: SourcePosition, _ key: String, in what: String, known: [String]) -> TemplateError {
    TemplateError(p, "khóa lạ \"\(key)\" trong \(what) (unknown key)", expected: known.joined(separator: ", "))
  }
  static func missing(_ p: SourcePosition, _ key: String, in what: String) -> TemplateError {
    TemplateError(p, "thiếu \"\(key)\" trong \(what) (missing field)", expected: "\(key): …")
  }
  static func wrongType(_ p: SourcePosition, _ what: String, expected: String) -> TemplateError {
    TemplateError(p, "\(what) sai kiểu (wrong type)", expected: expected)
  }
  static func unknownBlock(_ p: SourcePosition, _ type: String) -> TemplateError {
    TemplateError(p, "loại khối lạ \"\(type)\" (unknown block type)", expected: BlockSpec.typeNames.joined(separator: ", "))
  }
  static func badValue(_ p: SourcePosition, _ what: String, _ value: String, expected: [String]) -> TemplateError {
    TemplateError(p, "\(what) không hợp lệ: \"\(value)\" (invalid value)", expected: expected.joined(separator: ", "))
  }
  static func outOfRange(_ p: SourcePosition, _ what: String, _ value: Double, expected: String) -> TemplateError {
    let shown = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    return TemplateError(p, "\(what) ngoài khoảng cho phép: \(shown) (out of range)", expected: expected)
  }
  static func tableAsValue(_ p: SourcePosition, _ name: String) -> TemplateError {
    TemplateError(p, "\"\(name)\" là một bảng số liệu, không phải một giá trị (a data table is not a text value)",
                  expected: "{{#\(name)}}…{{/\(name)}} để lặp qua các dòng, hoặc một số liệu như meetings.total")
  }
  static func partial(_ p: SourcePosition, _ name: String) -> TemplateError {
    TemplateError(p, "mẫu con (partial) \"{{> \(name)}}\" không được hỗ trợ (partials are not supported)",
                  expected: "viết thẳng nội dung vào văn bản")
  }
  static func badFileName(_ p: SourcePosition, _ what: String, _ value: String, _ problem: String) -> TemplateError {
    TemplateError(p, "\(what) \"\(value)\" không dùng được làm tên tệp: \(problem) (not a safe file name)",
                  expected: "một tên tệp đơn giản, ví dụ bao-cao-quy (a plain file name: no / \\ or .., not empty, not starting with - or .)")
  }
  static func mustache(_ p: SourcePosition, _ problem: String) -> TemplateError {
    TemplateError(p, "lỗi Mustache (Mustache error): \(problem)", expected: "{{tên}} hoặc {{#tên}}…{{/tên}}")
  }
  static func unknownName(_ p: SourcePosition, _ name: String, suggestions: [String]) -> TemplateError {
    TemplateError(p, "không có số liệu \"\(name)\" (no such statistic)",
                  expected: suggestions.isEmpty ? "xem docs/reports.md" : "một trong: " + suggestions.joined(separator: ", "))
  }
  static func unknownDataset(_ p: SourcePosition, _ name: String, known: [String]) -> TemplateError {
    TemplateError(p, "không có bảng số liệu \"\(name)\" (no such data table)", expected: known.joined(separator: ", "))
  }
  static func unknownField(_ p: SourcePosition, _ field: String, dataset: String, known: [String]) -> TemplateError {
    TemplateError(p, "bảng \"\(dataset)\" không có cột \"\(field)\" (no such column)", expected: known.joined(separator: ", "))
  }
}
