import Foundation

/// HTML escaping for the few fragments built in Swift (marked evidence, inline SVG wrappers);
/// everything else is escaped by the Mustache templates' `{{…}}`.
enum HTML {
  /// `&`, `<`, `>`, `"` and `'` as entities.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// `text` escaped, with every occurrence of `term` (case- and accent-sensitive as typed, but
  /// case-insensitive) wrapped in `<mark>`.
  static func marked(_ text: String, _ term: String?) -> String {
    guard let term = term?.trimmingCharacters(in: .whitespacesAndNewlines), !term.isEmpty else { return escape(text) }
    var out = ""
    var rest = text[...]
    while let r = rest.range(of: term, options: [.caseInsensitive]) {
      out += escape(String(rest[..<r.lowerBound])) + "<mark>" + escape(String(rest[r])) + "</mark>"
      rest = rest[r.upperBound...]
    }
    return out + escape(String(rest))
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
