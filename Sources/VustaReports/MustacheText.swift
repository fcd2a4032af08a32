//! Mustache inside template strings: parsing (with the error's line and column mapped back
//! into the YAML file), the names a text uses, and rendering without HTML escaping.

import Mustache

/// A `{{…}}` tag of a text: its kind ("#", "^", "/", "&", "!" or "" for a variable), its
/// name and where it starts in the text (a character offset).
struct MustacheTag: Hashable {
  var kind: String
  var name: String
  var offset: Int
}

extension TemplateText {
  /// The pragma that turns HTML escaping off: report text is not HTML.
  static let pragma = "{{% CONTENT_TYPE: TEXT}}"

  /// The position in the file of a character offset in the text (exact for one-line
  /// scalars, line-accurate for block scalars).
  func position(ofOffset offset: Int) -> SourcePosition {
    var line = 0, column = 0
    for (i, ch) in source.enumerated() {
      if i >= offset { break }
      if ch == "\n" { line += 1; column = 0 } else { column += 1 }
    }
    if line == 0 {
      return SourcePosition(file: position.file, line: position.line, column: position.column + (quoted ? 1 : 0) + column)
    }
    return SourcePosition(file: position.file, line: position.line + line, column: column + 1)
  }

  /// The text parsed as a Mustache template.
  /// - Throws: `TemplateError` at the file position of the Mustache error.
  func compile() throws -> MustacheTemplate {
    do {
      return try MustacheTemplate(string: TemplateText.pragma + source)
    } catch let e as MustacheTemplate.ParserError {
      let lineInText = e.context.lineNumber - 1
      var column = e.context.columnNumber - 1
      if lineInText == 0 { column = max(0, column - TemplateText.pragma.count) }
      var offset = 0, l = 0
      for ch in source {
        if l == lineInText { break }
        offset += 1
        if ch == "\n" { l += 1 }
      }
      if case MustacheTemplate.Error.expectedSectionEnd = e.error, let open = unclosedSection {
        throw TemplateError.mustache(self.position(ofOffset: open), TemplateText.describe(e.error))
      }
      throw TemplateError.mustache(self.position(ofOffset: offset + column), TemplateText.describe(e.error))
    } catch {
      throw TemplateError.mustache(position, "\(error)")
    }
  }

  /// The tags of the text, in order (after `compile()` has accepted it).
  var tags: [MustacheTag] {
    var out: [MustacheTag] = []
    let chars = Array(source)
    var i = 0
    while i + 1 < chars.count {
      guard chars[i] == "{", chars[i + 1] == "{" else { i += 1; continue }
      let start = i
      var j = i + 2
      let triple = j < chars.count && chars[j] == "{"
      if triple { j += 1 }
      var inner = ""
      while j + 1 < chars.count && !(chars[j] == "}" && chars[j + 1] == "}") { inner.append(chars[j]); j += 1 }
      i = j + 2 + (triple && j + 2 < chars.count && chars[j + 2] == "}" ? 1 : 0)
      var body = inner.trimmingCharacters(in: .whitespaces)
      var kind = triple ? "&" : ""
      if let first = body.first, "#^/&!>%=".contains(first) {
        kind = String(first)
        body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
      }
      out.append(MustacheTag(kind: kind, name: body, offset: start))
    }
    return out
  }

  /// The offset of the first `{{#…}}` or `{{^…}}` that is never closed.
  var unclosedSection: Int? {
    var stack: [MustacheTag] = []
    for t in tags {
      if t.kind == "#" || t.kind == "^" { stack.append(t) }
      if t.kind == "/", let i = stack.lastIndex(where: { $0.name == t.name }) { stack.removeSubrange(i...) }
    }
    return stack.first?.offset
  }

  static func describe(_ e: Error) -> String {
    switch e {
    case MustacheTemplate.Error.sectionCloseNameIncorrect: return "thẻ đóng {{/…}} không khớp thẻ mở (section close name does not match)"
    case MustacheTemplate.Error.unfinishedName: return "thẻ chưa đóng, thiếu \"}}\" (unfinished tag)"
    case MustacheTemplate.Error.expectedSectionEnd: return "thiếu thẻ đóng {{/…}} (section not closed)"
    case MustacheTemplate.Error.invalidSetDelimiter: return "đổi dấu phân cách không hợp lệ (invalid set delimiter)"
    default: return "\(e)"
    }
  }
}

/// A number that prints in Vietnamese form and counts as false in a section when zero.
struct MustacheNumber: MustacheCustomRenderable, CustomStringConvertible {
  var value: Double
  var text: String
  var renderText: String { text }
  var isNull: Bool { value == 0 || value.isNaN }
  var description: String { text }
}

private extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

private extension Set where Element == Character {
  static let whitespaces: Set<Character> = [" ", "\t", "\n"]
}
