//! The simple inline markup of report texts: **bold**, *italic* and [words](link).

import Foundation
import VustaFrame

/// A stretch of text in one style, optionally a link.
public struct Span: Hashable, Sendable {
  public var text: String
  public var bold: Bool
  public var italic: Bool
  public var link: LinkTarget?
  /// A span of text.
  public init(_ text: String, bold: Bool = false, italic: Bool = false, link: LinkTarget? = nil) {
    self.text = text; self.bold = bold; self.italic = italic; self.link = link
  }
}

/// Parses the markup of report texts into spans.
///
/// `**bold**`, `*italic*`, `***both***`, `[text](https://…)` or `[text](#anchor)` for a link;
/// `\*` is a literal star. Unclosed marks are kept as written. Line breaks and runs of
/// spaces become one space.
public enum Markup {
  /// The spans of a marked-up text.
  public static func parse(_ text: String) -> [Span] {
    var spans: [Span] = []
    var bold = false, italic = false
    var current = ""
    let chars = Array(text)
    var i = 0
    func flush() {
      if !current.isEmpty { spans.append(Span(current, bold: bold, italic: italic)); current = "" }
    }
    func closes(_ mark: String, from j: Int) -> Bool {
      let m = Array(mark)
      var k = j
      while k + m.count <= chars.count {
        if Array(chars[k..<k + m.count]) == m { return true }
        k += 1
      }
      return false
    }
    while i < chars.count {
      let c = chars[i]
      if c == "\\", i + 1 < chars.count, chars[i + 1] == "*" || chars[i + 1] == "[" {
        current.append(chars[i + 1]); i += 2; continue
      }
      if c == "*" {
        let two = i + 1 < chars.count && chars[i + 1] == "*"
        if two && (bold || closes("**", from: i + 2)) {
          flush(); bold.toggle(); i += 2; continue
        }
        if !two && (italic || closes("*", from: i + 1)) {
          flush(); italic.toggle(); i += 1; continue
        }
      }
      if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
        let end = chars[(close + 1)...].firstIndex(of: ")")
      {
        flush()
        let label = String(chars[(i + 1)..<close])
        let target = String(chars[(close + 2)..<end])
        let link: LinkTarget = target.hasPrefix("#") ? .destination(String(target.dropFirst())) : .uri(target)
        spans.append(Span(label, bold: bold, italic: italic, link: link))
        i = end + 1
        continue
      }
      current.append(c == "\n" || c == "\t" ? " " : c)
      i += 1
    }
    flush()
    return spans
  }

  /// The text of spans without marks.
  public static func plain(_ spans: [Span]) -> String { spans.map(\.text).joined() }

  /// Escapes text so that it prints as is inside markup.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") }) else { return text }
    return text.replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "[", with: "\\[")
  }
}
