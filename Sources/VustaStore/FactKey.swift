/// Stable identifiers of facts and events, computed from what does not change when a fact is
/// corrected: the article's file name, the kind of fact and the sentence it was read from.
public enum FactKey {
  /// 64-bit FNV-1a of a string's UTF-8 bytes: deterministic across runs and machines.
  public static func fnv1a(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }

  /// A fact id such as `M-3fa9c01b22de`: prefix M (meeting), F (figure) or C (citation), then
  /// 12 hex digits of the hash of the document name, the anchor text and its occurrence.
  public static func make(prefix: Character, document: String, anchor: String, occurrence: Int) -> String {
    let h = fnv1a("\(document)\u{1F}\(prefix)\u{1F}\(anchor)\u{1F}\(occurrence)")
    let hex = String(h, radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    return "\(prefix)-\(padded.prefix(12))"
  }

  /// Assigns ids to a list of anchors, numbering repeated anchors 0, 1, 2 … in order.
  public static func keys(prefix: Character, document: String, anchors: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return anchors.map { a in
      let n = seen[a, default: 0]
      seen[a] = n + 1
      return make(prefix: prefix, document: document, anchor: a, occurrence: n)
    }
  }

  /// The signed 64-bit form of a hash, as SQLite stores integers.
  public static func signed(_ h: UInt64) -> Int64 { Int64(bitPattern: h) }
}
