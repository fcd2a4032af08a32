/// Numbers written the Vietnamese way: "15.500", "12,5".
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
}
