//! The small XML toolkit of the DOCX writer: escaping, and WordprocessingML units.

import VustaFrame

/// Escapes text for XML character data and attribute values; characters XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return) are dropped.
func xmlEscaped(_ s: String) -> String {
  var needs = false
  for b in s.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b < 0x20 { needs = true; break }
  guard needs else { return s }
  var out = ""
  out.reserveCapacity(s.utf8.count + 16)
  for c in s.unicodeScalars {
    switch c {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "\t", "\n", "\r": out.unicodeScalars.append(c)
    default: if c.value >= 0x20 { out.unicodeScalars.append(c) }
    }
  }
  return out
}

/// Twentieths of a point (WordprocessingML lengths).
func twips(_ pt: Double) -> Int { Int((pt * 20).rounded()) }
/// Half-points (font sizes).
func halfPoints(_ pt: Double) -> Int { Int((pt * 2).rounded()) }
/// English Metric Units (drawing sizes): 12 700 per point.
func emu(_ pt: Double) -> Int { Int((pt * 12700).rounded()) }

extension Color {
  /// "0B4F8A": the colour as WordprocessingML writes it.
  var hexRGB: String {
    func h(_ v: Double) -> String {
      let n = Int((max(0, min(1, v)) * 255).rounded())
      let d = Array("0123456789ABCDEF")
      return String([d[n / 16], d[n % 16]])
    }
    return h(red) + h(green) + h(blue)
  }
}
