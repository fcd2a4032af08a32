/// A number written in Vietnamese text, with its token range.
struct WrittenNumber {
  var value: Int
  var start: Int
  /// Token index after the number and its scale word.
  var end: Int
  /// True when the number is said again in words in brackets right after it ("114 (một trăm
  /// mười bốn) đại biểu"): `end` is past the bracket, whose closing mark stands before the noun.
  var saidAgain = false
}

/// Reads Vietnamese numerals: "15.500" (dot for thousands), "1,2 nghìn" (comma for decimals),
/// "2 vạn", "1,5 triệu", "2 triệu 200 nghìn", "114 (một trăm mười bốn)", "47/47" (all of a
/// count), and the English-style "1,450" when it can only be a count.
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
    // (words a numeral already took in — "114 (một trăm mười bốn)" — are no number of their own)
    let free = words.filter { w in !digits.contains { $0.start < w.start && w.start < $0.end } }
    return (digits + free).sorted { $0.start < $1.start }
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
      // "47/47 hội thành viên": all of them, the number itself (a share of another, "40/47", counts
      // no whole)
      if end == i + 1, end < t.count, DateReader.joint(f, end) == UInt8(ascii: "/"), t[end].isNumber,
        f.text(t[end].start, t[end].end) == digits, end + 1 < t.count, !t[end + 1].isNumber, t[end + 1].gap == 0
      {
        out.append(WrittenNumber(value: Int(digits) ?? 0, start: i, end: end + 1))
        i = end + 1
        continue
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
      // "2 triệu 200 nghìn": the thousands after the millions
      if scaled, t[end - 1].hash == Lexicon.h_trieu, end + 1 < t.count, t[end].isNumber, t[end].gap == 0,
        t[end].end - t[end].start <= 3,
        t[end + 1].hash == Lexicon.h_nghin || t[end + 1].hash == Lexicon.h_ngan, t[end + 1].gap == 0,
        let more = Double(f.text(t[end].start, t[end].end))
      {
        value += more * 1_000
        end += 2
      }
      // "114 (một trăm mười bốn) đại biểu": the number said again in words, in brackets
      var again = false
      if end < t.count, t[end].gap == UInt8(ascii: "("), let said = NumberWords.number(in: f, at: end, loose: true),
        Double(said.value) == value, said.end < t.count, t[said.end].gap == UInt8(ascii: ")")
      {
        end = said.end
        again = true
      }
      if value.rounded() == value, value < 1e12 {
        out.append(WrittenNumber(value: Int(value), start: i, end: end, saidAgain: again))
      }
      i = end
    }
    return out
  }
}
