import VustaModel

/// Numbers written the Vietnamese way: `15.500`, `12,5%`, "hơn 15.500".
public enum NumberText {
  /// Groups thousands with dots: 15500 → "15.500", -1200 → "-1.200".
  public static func grouped(_ n: Int) -> String { VietnameseNumber.format(n) }

  /// A signed change: "+1.200", "-35", "0".
  public static func change(_ n: Int) -> String { n > 0 ? "+" + grouped(n) : grouped(n) }

  /// A figure with its qualifier: "hơn 15.500", "khoảng 200", "27".
  public static func qualified(_ n: Int, _ q: Qualifier) -> String {
    switch q {
    case .exact: return grouped(n)
    case .more_than: return "hơn " + grouped(n)
    case .about: return "khoảng " + grouped(n)
    }
  }
}
