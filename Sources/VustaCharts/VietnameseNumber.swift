//! Numbers written the Vietnamese way: "15.500", "12,5", "12,5%".

import Foundation

/// Formats numbers with "." between thousands and "," before decimals.
public enum VietnameseNumber {
  /// `value` with `decimals` digits after the comma (trailing zeros kept), e.g. 15500 → "15.500",
  /// 12.5 with 1 → "12,5".
  public static func format(_ value: Double, decimals: Int = 0) -> String {
    let scale = pow(10, Double(decimals))
    var scaled = (abs(value) * scale).rounded()
    if scaled == 0 { return decimals == 0 ? "0" : "0," + String(repeating: "0", count: decimals) }
    let negative = value < 0
    var digits = ""
    while scaled >= 1 {
      let d = Int(scaled.truncatingRemainder(dividingBy: 10))
      digits.insert(Character(String(d)), at: digits.startIndex)
      scaled = (scaled / 10).rounded(.down)
    }
    while digits.count <= decimals { digits.insert("0", at: digits.startIndex) }
    let intPart = String(digits.dropLast(decimals))
    let fracPart = String(digits.suffix(decimals))
    var grouped = ""
    for (i, ch) in intPart.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { grouped.insert(".", at: grouped.startIndex) }
      grouped.insert(ch, at: grouped.startIndex)
    }
    return (negative ? "-" : "") + grouped + (decimals > 0 ? "," + fracPart : "")
  }

  /// A percentage: 12.5 with 1 decimal → "12,5%".
  public static func percent(_ value: Double, decimals: Int = 1) -> String {
    format(value, decimals: decimals) + "%"
  }

  /// The fewest decimals (0…2) that write every value exactly enough.
  public static func decimalsNeeded(_ values: [Double]) -> Int {
    for d in 0...2 {
      let s = pow(10, Double(d))
      if values.allSatisfy({ abs(($0 * s).rounded() - $0 * s) < 1e-6 }) { return d }
    }
    return 2
  }

  /// Reads a number as people write it in a Vietnamese table: "15.500", "15500", "12,5",
  /// "12.5", "1,234.5", "12,5%", with optional spaces. Nil when it is not a number.
  public static func parse(_ text: String) -> Double? {
    var s = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
      .replacingOccurrences(of: "\u{00A0}", with: "")
    if s.hasSuffix("%") { s.removeLast() }
    guard !s.isEmpty else { return nil }
    var sign = 1.0
    if s.hasPrefix("-") { sign = -1; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
      s.first!.isNumber, s.last!.isNumber
    else { return nil }
    let dots = s.filter { $0 == "." }.count, commas = s.filter { $0 == "," }.count
    func groups(_ intPart: Substring, sep: Character) -> Bool {
      let g = intPart.split(separator: sep, omittingEmptySubsequences: false)
      return g.first!.count >= 1 && g.first!.count <= 3 && g.dropFirst().allSatisfy { $0.count == 3 }
    }
    var normal: String
    if dots > 0 && commas > 0 {
      let lastDot = s.lastIndex(of: ".")!, lastComma = s.lastIndex(of: ",")!
      if lastComma > lastDot {  // 1.234,5 (Vietnamese)
        guard commas == 1, groups(s[..<lastComma], sep: ".") else { return nil }
        normal = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
      } else {  // 1,234.5 (English)
        guard dots == 1, groups(s[..<lastDot], sep: ",") else { return nil }
        normal = s.replacingOccurrences(of: ",", with: "")
      }
    } else if dots > 1 {
      guard groups(Substring(s), sep: ".") else { return nil }
      normal = s.replacingOccurrences(of: ".", with: "")
    } else if dots == 1 {
      // "15.500" is fifteen thousand five hundred in a Vietnamese table; "12.5" is a decimal.
      let after = s[s.index(after: s.firstIndex(of: ".")!)...]
      normal = after.count == 3 && groups(Substring(s), sep: ".") ? s.replacingOccurrences(of: ".", with: "") : s
    } else if commas > 1 {
      guard groups(Substring(s), sep: ",") else { return nil }
      normal = s.replacingOccurrences(of: ",", with: "")
    } else {
      normal = s.replacingOccurrences(of: ",", with: ".")  // "12,5" is a decimal comma
    }
    guard let v = Double(normal) else { return nil }
    return sign * v
  }
}
