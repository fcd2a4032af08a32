import Foundation

/// HTML escaping for what is built in Swift (the facts table, marked evidence, inline SVG
/// wrappers); everything else is escaped by the Mustache templates' `{{…}}`.
enum HTML {
  /// `&`, `<`, `>`, `"` and `'` as entities.
  static func escape(_ s: String) -> String {
    var out = HTMLText(capacity: s.utf8.count + 16)
    out.text(s)
    return out.string
  }

  /// `text` escaped, with every occurrence of `term` (case-insensitive, as typed) wrapped in `<mark>`.
  static func marked(_ text: String, _ term: String?) -> String {
    var out = HTMLText(capacity: text.utf8.count + 32)
    out.marked(text, term)
    return out.string
  }

  /// A query string from pairs, percent-encoded, empty values left out.
  static func query(_ pairs: [(String, String?)]) -> String {
    let parts = pairs.compactMap { k, v -> String? in
      guard let v, !v.isEmpty else { return nil }
      return k + "=" + percent(v)
    }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
  }

  /// Percent-encoding for a query value.
  static func percent(_ s: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
  }
}

/// HTML being written, as UTF-8 bytes: markup appended as it is, text escaped on the way in.
/// (Bytes, not a `String`: appending scalar slices to a string cost a copy per call.)
struct HTMLText {
  private var bytes: [UInt8] = []

  /// An empty text with room for about `capacity` bytes.
  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// What has been written.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Markup, appended as it is.
  mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Text escaped, with every occurrence of `term` (case-insensitive, as typed) wrapped in `<mark>`.
  mutating func marked(_ s: String, _ term: String?) {
    guard let term = term?.trimmingCharacters(in: .whitespacesAndNewlines), !term.isEmpty else { return text(s) }
    var rest = s[...]
    while let r = rest.range(of: term, options: [.caseInsensitive]) {
      text(rest[..<r.lowerBound])
      raw("<mark>"); text(rest[r]); raw("</mark>")
      rest = rest[r.upperBound...]
    }
    text(rest)
  }

  /// Text, with `&`, `<`, `>`, `"` and `'` escaped. Bytes, not scalars: every character escaped
  /// is ASCII, so a multi-byte character (or a combining mark after `&`) passes through whole.
  mutating func text<S: StringProtocol>(_ s: S) {
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
      default: bytes.append(b)
      }
    }
  }
}
