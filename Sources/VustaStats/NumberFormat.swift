import VustaStore

/// Vietnamese number forms for tables: re-exported from the store's `NumberText`.
public enum NumberFormat {
  /// 15500 → "15.500".
  public static func grouped(_ n: Int) -> String { NumberText.grouped(n) }
  /// +1.200, -35, 0.
  public static func change(_ n: Int) -> String { NumberText.change(n) }
}
