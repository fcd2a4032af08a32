import VustaModel

/// An earlier part of the series the page's event belongs to, told with its own day: "Đợt 1 của
/// lớp học, cũng do Liên hiệp hội tổ chức, đã được mở vào tháng 8/2022 tại …", "Lần tham vấn thứ
/// nhất … diễn ra ngày 15/3/2022", "Lần thứ nhất, dành cho khu vực phía Bắc, đã được Liên hiệp hội
/// tổ chức trong hai ngày 25-26/9/2014 tại Quảng Ninh" on a page about the second class, round or
/// workshop. Held by the same union and of the same kind as the page's event; its own day and place.
extension MeetingExtractor {
  /// The words that name one part of a series ("lần", "đợt", "lớp", "khóa", "buổi", "phiên",
  /// "kỳ", "chặng").
  static let partWords = WordSet(["lan", "dot", "lop", "khoa", "buoi", "phien", "ky", "chang"].map(Phrase.hash))
  /// The first of them: "thứ nhất", "đầu tiên", "1".
  static let firstWords: [Phrase] = ["thu nhat", "dau tien", "thu 1"].phrases

  /// The earlier part sentence `s` tells, as an event like `main` (its day, and its place when it
  /// names one); nil when the sentence opens with no first part, gives no day or month of its
  /// own or plans it.
  /// (`before`: the part is told in the sentence's opening clause, which ends at that token.)
  func earlierPart(in s: AnalyzedSentence, main: Found, before: Int? = nil) -> Found? {
    let f = s.text
    let t = f.tokens
    // (the part's word among the sentence's first words, its ordinal within three after it:
    // "Đợt 1", "Lần ký kết đầu tiên", "Sau lớp đầu tiên …")
    guard let p = (0..<min(t.count, 4)).first(where: { MeetingExtractor.partWords.contains(t[$0].hash) }),
      let o = (p + 1..<min(t.count, p + 5)).first(where: { i in
        MeetingExtractor.firstWords.contains { f.matches($0, at: i) } || (i == p + 1 && t[i].isNumber && f.word(i) == "1")
      }),
      !f.contains(any: MeetingExtractor.contestWords),
      let d = s.dates.first(where: { $0.start > o && $0.start < (before ?? .max) && $0.month != nil && !$0.anniversary && !($0.start >= 1 && DateReader.isSymbolPart(f, $0.start - 1)) }),
      // (not planned, up to its day: a later part planned after it — "…, lần thứ ba dự kiến vào
      // tháng 7/2022" — is the next clause's)
      !f.containsWill(from: p, to: d.end), !f.contains(any: MeetingExtractor.planWords, from: p, to: d.end),
      !context.isUpcoming(d), let date = context.complete(d), date != main.date,
      context.published.map({ date <= $0 || d.year == nil }) ?? true,
      // (said done: "đã", "diễn ra", "tổ chức", "mở")
      f.findDone(from: o) != nil || f.contains(any: MeetingExtractor.eventVerbs, from: o)
    else { return nil }
    var m = main
    m.date = date
    m.sentences = [s.index]
    m.joined = false
    m.datedBy = nil
    m.seriesPart = true
    m.reasons.subtract(Found.dateReasons)
    if let place = s.provinces.first(where: { $0.role == .place && $0.start < (before ?? .max) }) {
      m.province = place.province
      m.provinceRank = 0
      m.reasons.subtract([.provinceFromContext, .provinceFromHost])
    }
    m.evidence = s.evidence
    return m
  }

  /// Words opening a clause that tells what came before: "Sau", "Tiếp nối", "Nối tiếp", "Tiếp theo".
  static let afterWords: [Phrase] = ["sau", "tiep noi", "noi tiep", "tiep theo", "tiep sau"].phrases

  /// The token where the sentence's main clause starts when the sentence opens with a clause
  /// about the series' first part and its day — "Sau lớp đầu tiên … tổ chức từ ngày 14 đến
  /// 16/10/2015 tại Đà Nẵng, Liên hiệp hội … tiếp tục mở lớp thứ hai", "Sau hội thảo lần thứ nhất
  /// tổ chức ngày 27/5 tại …, ngày 16/6, …" — the word after the first comma past that day that a
  /// union or another day follows; nil when it opens otherwise.
  static func openingPartClause(_ s: AnalyzedSentence) -> Int? {
    let f = s.text
    let t = f.tokens
    guard let opener = afterWords.first(where: { f.matches($0, at: 0) }),
      let p = (opener.count..<min(t.count, opener.count + 4)).first(where: { i in
        partWords.contains(t[i].hash) || MeetingVocabulary.nouns.contains { f.matches($0, at: i) }
      }),
      let o = (p + 1..<min(t.count, p + 6)).first(where: { i in firstWords.contains { f.matches($0, at: i) } }),
      let d = s.dates.first(where: { $0.start > o })
    else { return nil }
    return (d.end..<t.count).first { c in
      t[c].gap == UInt8(ascii: ",")
        && (f.find(Lexicon.p_lien_hiep, from: c, to: min(t.count, c + 4)) != nil || s.dates.contains { $0.start >= c && $0.start < c + 3 })
    }
  }
}
