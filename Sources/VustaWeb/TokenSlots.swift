/// HTML rendered once for every viewer, with a marker where each viewer's CSRF token goes:
/// filling it in per request is a copy of the pieces around the markers, not a rendering.
///
/// The facts page's 50 rows carry the token in every form; rendering them was a quarter of a
/// request's time, so they are rendered with the marker when the page is read from the store
/// and kept with it (`FactPageData`).
struct TokenSlots: Sendable {
  /// The marker: random, made once per process, so no text of a page contains it.
  static let marker = "vusta-slot-" + Tokens.random(bytes: 16)
  /// The HTML between the markers (one more piece than markers).
  let pieces: [String]
  /// Total length of the pieces in UTF-8 bytes (for reserving the filled string at once).
  private let length: Int

  /// Cuts `html` (rendered with `TokenSlots.marker` as the token) at every marker.
  init(_ html: String) {
    var pieces: [String] = []
    var rest = Substring(html)
    while let r = rest.range(of: TokenSlots.marker) {
      pieces.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    pieces.append(String(rest))
    self.pieces = pieces
    length = pieces.reduce(0) { $0 + $1.utf8.count }
  }

  /// The HTML with `token` (HTML-escaped) at every marker.
  func filled(with token: String) -> String {
    let t = HTML.escape(token)
    var out = ""
    out.reserveCapacity(length + (pieces.count - 1) * t.utf8.count)
    for (i, p) in pieces.enumerated() {
      if i > 0 { out += t }
      out += p
    }
    return out
  }
}
