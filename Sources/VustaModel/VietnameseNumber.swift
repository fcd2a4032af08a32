import Foundation

/// Numbers written the Vietnamese way: "15.500", "12,5", "12,5%", and read back from tables.
public enum VietnameseNumber {
  /// An integer with "." between thousands: 15500 → "15.500".
  public static func format(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
      out.append(c)
    }
    return n < 0 ? "-" + out : out
  }

  /// A decimal with "," before the fraction: 12.5 → "12,5" (trailing zeros dropped).
  public static func format(_ x: Double, fractionDigits: Int = 1) -> String {
    let scale = pow10(fractionDigits)
    let rounded = (x * scale).rounded() / scale
    let whole = Int(rounded.rounded(.towardZero))
    var frac = Int(((abs(rounded) - Double(abs(whole))) * scale).rounded())
    var s = format(whole)
    if rounded < 0 && whole == 0 { s = "-" + s }
    if frac > 0 {
      var digits = String(frac)
      while digits.count < fractionDigits { digits = "0" + digits }
      while digits.hasSuffix("0") { digits.removeLast(); frac /= 10 }
      s += "," + digits
    }
    return s
  }

  static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { a, _ in a * 10 } }

  /// `value` with exactly `decimals` digits after the comma (trailing zeros kept, as on a chart
  /// axis), e.g. 15500 → "15.500", 12.5 with 2 → "12,50".
  public static func fixed(_ value: Double, decimals: Int = 0) -> String {
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
    fixed(value, decimals: decimals) + "%"
  }

  /// The fewest decimals (0…2) that write every value exactly enough.
  public static func decimalsNeeded(_ values: [Double], upTo most: Int = 2) -> Int {
    for d in 0...most {
      let s = pow(10, Double(d))
      if values.allSatisfy({ abs(($0 * s).rounded() - $0 * s) < 1e-6 }) { return d }
    }
    return most
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
    // (309 digits overflow to infinity: no number a table or a chart can hold)
    guard let v = Double(normal), v.isFinite else { return nil }
    return sign * v
  }
}
