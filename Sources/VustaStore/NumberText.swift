import Foundation
import VustaModel

/// Numbers written the Vietnamese way: `15.500`, `12,5%`, "hơn 15.500".
public enum NumberText {
  /// Groups thousands with dots: 15500 → "15.500", -1200 → "-1.200".
  public static func grouped(_ n: Int) -> String { VietnameseNumber.format(n) }

  /// A signed change: "+1.200", "-35", "0".
  public static func change(_ n: Int) -> String { n > 0 ? "+" + grouped(n) : grouped(n) }

  /// The largest count an import accepts: more than any union has members, far below where sums
  /// of counts could overflow.
  public static let largestCount = 100_000_000

  /// A count written as a whole number: "15500", or grouped by thousands with dots or spaces
  /// ("15.500", "15 500", "1.234.567"). Nil for anything else — a decimal ("15,5", "1.5",
  /// "15.500,5"), a stray separator (".500", "15..500", "1.50"), a sign, or a count above
  /// `largestCount` — so a typo is reported instead of read as another number.
  public static func count(_ text: String) -> Int? {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard !t.isEmpty else { return nil }
    let separators: Set<Character> = [".", " ", "\u{A0}"]
    var groups: [Substring] = []
    var current = t.startIndex
    var separator: Character? = nil
    for i in t.indices where separators.contains(t[i]) {
      if let s = separator, s != t[i] { return nil }  // one kind of separator
      separator = t[i]
      groups.append(t[current..<i])
      current = t.index(after: i)
    }
    groups.append(t[current...])
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
    if groups.count > 1 {
      guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
    }
    guard let v = Int(groups.joined()), v <= largestCount else { return nil }
    return v
  }

  /// A figure with its qualifier: "hơn 15.500", "khoảng 200", "27".
  public static func qualified(_ n: Int, _ q: Qualifier) -> String {
    switch q {
    case .exact: return grouped(n)
    case .more_than: return "hơn " + grouped(n)
    case .about: return "khoảng " + grouped(n)
    }
  }
}
