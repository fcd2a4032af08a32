import Foundation
import VustaModel

/// Dates as Vietnamese office staff type them: `16/10/2020`, `10/2020`, `2020`.
public enum VietnameseDate {
  /// Parses `d/m/yyyy`, `m/yyyy` or `yyyy` (also with `-` or `.`), or ISO forms; nil otherwise.
  public static func parse(_ text: String) -> FactDate? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let d = FactDate(iso: t) { return d }
    let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
    let n = parts.compactMap { Int($0) }
    switch n.count {
    case 1 where parts[0].count == 4: return FactDate(year: n[0])
    case 2 where parts[1].count == 4 && (1...12).contains(n[0]): return FactDate(year: n[1], month: n[0])
    case 3 where parts[2].count == 4 && FactDate.isValid(day: n[0], month: n[1], year: n[2]):
      return FactDate(year: n[2], month: n[1], day: n[0])
    default: return nil
    }
  }
}
