/// Numbers written in Vietnamese words: "hai mươi lăm" (25), "gần hai vạn" (20.000), "ba
/// trăm" (300), "một nghìn" (1.000). Tones are folded away, so "mười" (ten) and "mươi" (tens)
/// read the same, and words that are also common words ("năm" year, "một" one/a, "tư", "sáu",
/// "ba") only count where the rest of the number makes them numbers.
enum NumberWords {
  static let digits: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    ("mot", 1), ("hai", 2), ("ba", 3), ("bon", 4), ("tu", 4), ("nam", 5), ("lam", 5), ("sau", 6), ("bay", 7),
    ("tam", 8), ("chin", 9),
  ].map { (Phrase.hash($0.0), $0.1) })
  /// Digit words that may start a number on their own.
  static let starters = WordSet(["hai", "ba", "bon", "sau", "bay", "tam", "chin"].map(Phrase.hash))
  /// Digit words that start a number only before a tens or scale word ("năm trăm", "một nghìn").
  static let weakStarters = WordSet(["mot", "nam"].map(Phrase.hash))
  /// Every word that can start a number, to skip the rest at once.
  static let anyStart = WordSet(["hai", "ba", "bon", "sau", "bay", "tam", "chin", "mot", "nam", "muoi"].map(Phrase.hash))
  static let h_muoi = Phrase.hash("muoi")
  static let h_tram = Phrase.hash("tram")
  static let scales: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    ("nghin", 1_000), ("ngan", 1_000), ("van", 10_000), ("trieu", 1_000_000),
  ].map { (Phrase.hash($0.0), $0.1) })

  static let h_ruoi = Phrase.hash("ruoi")
  static let h_linh = Phrase.hash("linh"), h_le = Phrase.hash("le"), h_khong = Phrase.hash("khong")

  /// The numbers written in words in a text, in order.
  static func numbers(in f: FoldedText) -> [WrittenNumber] {
    let t = f.tokens
    var out: [WrittenNumber] = []
    var i = 0
    while i < t.count {
      guard anyStart.contains(t[i].hash), let n = number(in: f, at: i) else { i += 1; continue }
      out.append(n)
      i = n.end
    }
    return out
  }

  /// The number written in words that starts at token `i`, if one does: "hai mươi lăm", "một
  /// trăm linh sáu" (106), "hai nghìn không trăm hai mươi ba" (2023). With `loose`, a lone "một"
  /// or "năm" counts too (a day after "ngày", "mồng": "mồng một", "ngày năm").
  static func number(in f: FoldedText, at i: Int, loose: Bool = false) -> WrittenNumber? {
    let t = f.tokens
    guard i < t.count else { return nil }
    let h = t[i].hash
    let next = i + 1 < t.count && t[i + 1].gap == 0 ? t[i + 1].hash : nil
    let startsTens = next == h_muoi || next == h_tram || next.map { scales[$0] != nil } == true
    guard h == h_muoi || starters.contains(h) || (weakStarters.contains(h) && (startsTens || loose))
      || (h == h_khong && next == h_tram)
    else { return nil }
    var total = 0, current = 0
    var pending: Int? = nil
    var k = i
    var words = 0
    var afterHundreds = false  // "linh", "lẻ" may follow "trăm" or a scale word
    var lastUnit = 0  // the scale (or 100) the word before named, for "rưỡi" (and a half)
    while k < t.count, k == i || t[k].gap == 0 {
      let w = t[k].hash
      let unit = lastUnit
      lastUnit = 0
      if w == h_muoi {
        current += (pending ?? 1) * 10
        pending = nil
        afterHundreds = false
      } else if w == h_tram {
        current += (pending ?? 1) * 100
        pending = nil
        afterHundreds = true
        lastUnit = 100
      } else if let scale = scales[w] {
        current += pending ?? 0
        total += (current == 0 ? 1 : current) * scale
        current = 0
        pending = nil
        afterHundreds = true
        lastUnit = scale
      } else if w == h_ruoi, unit > 0 {
        // "hai vạn rưỡi" (25.000), "một trăm rưỡi" (150): and a half of the unit just named
        if unit == 100 { current += 50 } else { total += unit / 2 }
        afterHundreds = false
      } else if (w == h_linh || w == h_le), afterHundreds, pending == nil, k + 1 < t.count, t[k + 1].gap == 0,
        digits[t[k + 1].hash] != nil
      {
        afterHundreds = false
      } else if w == h_khong, pending == nil, k + 1 < t.count, t[k + 1].hash == h_tram {
        pending = 0
      } else if let d = digits[w], pending == nil, k == i || words > 0 {
        // "tư", "lăm", "mốt" only after "mươi"
        if k == i && !(starters.contains(w) || weakStarters.contains(w)) { break }
        pending = d
      } else {
        break
      }
      k += 1
      words += 1
    }
    let value = total + current + (pending ?? 0)
    guard value > 0, k > i else { return nil }
    return WrittenNumber(value: value, start: i, end: k)
  }
}
