import Foundation

/// The fields of a urlencoded form or a query string; the first value of a name wins, and
/// `values` gives them all.
struct Form {
  private(set) var pairs: [(String, String)] = []

  init(urlEncoded s: String) {
    for part in s.split(separator: "&", omittingEmptySubsequences: true) {
      let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Form.decode(String(kv[0]))
      let value = kv.count > 1 ? Form.decode(String(kv[1])) : ""
      pairs.append((key, value))
    }
  }

  init(pairs: [(String, String)]) { self.pairs = pairs }

  /// The first value of `name`, trimmed; nil when missing or blank.
  subscript(_ name: String) -> String? {
    guard let v = pairs.first(where: { $0.0 == name })?.1.trimmingCharacters(in: .whitespacesAndNewlines),
          !v.isEmpty else { return nil }
    return v
  }

  /// `+` as space, then percent-decoding (bad escapes are kept as typed).
  static func decode(_ s: String) -> String {
    let spaced = s.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
