/// A number written in Vietnamese text, with its token range.
struct WrittenNumber {
  var value: Int
  var start: Int
  /// Token index after the number and its scale word.
  var end: Int
}

/// Reads Vietnamese numerals: "15.500" (dot for thousands), "1,2 nghìn" (comma for decimals),
/// "2 vạn", "1,5 triệu", and the English-style "1,450" when it can only be a count.
enum NumberReader {
  static let scales: [(UInt64, Double)] = [
    (Lexicon.h_nghin, 1_000), (Lexicon.h_ngan, 1_000), (Lexicon.h_van, 10_000),
    (Lexicon.h_trieu, 1_000_000), (Lexicon.h_ty, 1_000_000_000), (Lexicon.h_ti, 1_000_000_000),
    (Lexicon.h_tram, 100),
  ]

  /// Every number in a text, in order (dates and document numbers included; callers filter),
  /// those written in words too ("hai mươi lăm", "gần hai vạn").
  static func numbers(in f: FoldedText) -> [WrittenNumber] {
    let digits = numerals(in: f)
    let words = NumberWords.numbers(in: f)
    if words.isEmpty { return digits }
    return (digits + words).sorted { $0.start < $1.start }
  }

  /// The numbers written with digits.
  static func numerals(in f: FoldedText) -> [WrittenNumber] {
    let t = f.tokens
    var out: [WrittenNumber] = []
    var i = 0
    while i < t.count {
      guard t[i].isNumber else { i += 1; continue }
      // A number continuing "16/10" or "5395/KH" is not a count.
      if let j = DateReader.joint(f, i), j == UInt8(ascii: "/") || j == UInt8(ascii: "-") || j == UInt8(ascii: ":") {
        i += 1
        continue
      }
      var digits = f.text(t[i].start, t[i].end)
      var end = i + 1
      var decimal: String? = nil
      // thousands groups "15.500", "1.234.567"
      while end < t.count, let j = DateReader.joint(f, end), j == UInt8(ascii: "."), t[end].isNumber,
        t[end].end - t[end].start == 3
      {
        digits += f.text(t[end].start, t[end].end)
        end += 1
      }
      // "24 000" (a space for the thousands' dot): groups of three digits after one of one to three
      if end == i + 1, t[i].end - t[i].start <= 3 {
        while end < t.count, DateReader.joint(f, end) == 0x20, t[end].isNumber, t[end].end - t[end].start == 3,
          end + 1 >= t.count || !t[end + 1].isNumber || DateReader.joint(f, end + 1) == 0x20
        {
          digits += f.text(t[end].start, t[end].end)
          end += 1
        }
      }
      // careless "1.2 nghìn": a dot before one or two digits and a scale word is a decimal point
      if end == i + 1, end + 1 < t.count, DateReader.joint(f, end) == UInt8(ascii: "."), t[end].isNumber,
        t[end].end - t[end].start <= 2, scales.contains(where: { $0.0 == t[end + 1].hash })
      {
        decimal = f.text(t[end].start, t[end].end)
        end += 1
      } else if end < t.count, let j = DateReader.joint(f, end), j == UInt8(ascii: ","), t[end].isNumber {
        let frac = f.text(t[end].start, t[end].end)
        decimal = frac
        end += 1
      }
      if end < t.count, let j = DateReader.joint(f, end), j == UInt8(ascii: "/") || j == UInt8(ascii: "-") {
        i = end + 1  // "3/4", "16/10/2020", "5395/KH-UBND"
        continue
      }
      var value = Double(digits) ?? 0
      if let d = decimal { value = Double("\(digits).\(d)") ?? value }
      var scaled = false
      if end < t.count, let s = scales.first(where: { $0.0 == t[end].hash }), t[end].gap == 0 {
        value *= s.1
        end += 1
        scaled = true
      }
      if let d = decimal, !scaled {
        // "1,450" with no scale word can only be English-style thousands.
        guard d.count == 3 else { i = end; continue }
        value = Double(digits + d) ?? value
      }
      if value.rounded() == value, value < 1e12 {
        out.append(WrittenNumber(value: Int(value), start: i, end: end))
      }
      i = end
    }
    return out
  }
}
