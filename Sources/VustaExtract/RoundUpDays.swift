import VustaModel

/// A round-up's days in brackets after each province, the month told once: "Liên hiệp hội các
/// tỉnh Đồng Nai (ngày 23 và 24) và Hà Giang (chiều 27, sáng 28) lần lượt tiến hành Đại hội …",
/// "Trong tháng 1/2018, … Bắc Ninh (ngày 15), Quảng Bình (ngày 20) và Thái Bình (ngày 25) …". Each
/// province so written held its event on the first day of its bracket.
enum RoundUpDays {
  /// A province with its bracket of days: the first day, and the token after the bracket.
  struct Entry {
    var province: Province
    var day: Int
    var end: Int
  }

  /// Words a bracket of days may hold besides the numbers: "ngày", parts of the day, "và", "đến".
  static let bracketWords = WordSet(["ngay", "sang", "chieu", "toi", "trua", "va", "den", "tu", "hom"].map(Phrase.hash))

  /// The provinces of the sentence each followed by a bracket of days only (no month), in
  /// order; empty unless at least two are (one bracket alone is no round-up).
  static func entries(in s: AnalyzedSentence) -> [Entry] {
    let f = s.text
    let t = f.tokens
    var out: [Entry] = []
    for p in s.provinces where p.end < t.count && !out.contains(where: { $0.province.code == p.province.code }) {
      // the bracket opens right after the name ("Đồng Nai (ngày 23 …")
      let open = t[p.end - 1].end
      var i = open
      while i < f.scalars.count, f.scalars[i] == " " { i += 1 }
      guard i < f.scalars.count, f.scalars[i] == "(" else { continue }
      guard let close = (i + 1..<min(f.scalars.count, i + 40)).first(where: { f.scalars[$0] == ")" }) else { continue }
      let inside = (p.end..<t.count).filter { t[$0].start > i && t[$0].end <= close }
      // only day words and days of the month: no month, no year, no other word
      guard !inside.isEmpty,
        inside.allSatisfy({ k in t[k].isNumber ? (Int(f.word(k)).map { (1...31).contains($0) } ?? false) : bracketWords.contains(t[k].hash) }),
        !(i + 1..<close).contains(where: { f.scalars[$0] == "/" || f.scalars[$0] == "." }),
        let first = inside.first(where: { t[$0].isNumber }), let day = Int(f.word(first))
      else { continue }
      let end = (inside.last ?? p.end) + 1
      out.append(Entry(province: p.province, day: day, end: end))
    }
    return out.count >= 2 ? out : []
  }

  /// The month (and year, when written) a round-up's sentence or the sentences before it in its
  /// paragraph or the title name without a day ("Trong tháng 12/2021", "tháng 10"); nil when none.
  static func month(for s: AnalyzedSentence, in sentences: [AnalyzedSentence]) -> DateMention? {
    if let m = s.dates.first(where: { $0.day == nil && !$0.anniversary }) { return m }
    for o in sentences[..<s.index].reversed() where o.line == s.line || o.line == s.line - 1 || o.isTitle {
      if let m = o.dates.first(where: { $0.day == nil && !$0.anniversary }) { return m }
    }
    return nil
  }
}
