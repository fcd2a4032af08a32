import Foundation

/// Vietnamese alphabetical order (CLDR `vi`: a < ă < â, d < đ, tones as secondary differences).
public enum VietnameseCollation {
  static let locale = Locale(identifier: "vi")

  /// True when `a` sorts before `b` in Vietnamese order.
  public static func less(_ a: String, _ b: String) -> Bool {
    a.compare(b, options: [], range: nil, locale: locale) == .orderedAscending
  }

  /// Sorts strings in Vietnamese order.
  public static func sorted(_ names: [String]) -> [String] { names.sorted(by: less) }
}
