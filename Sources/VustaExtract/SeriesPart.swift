import VustaModel

/// An earlier part of the series the page's event belongs to, told with its own day: "Đợt 1 của
/// lớp học, cũng do Liên hiệp hội tổ chức, đã được mở vào tháng 8/2022 tại …", "Lần tham vấn thứ
/// nhất … diễn ra ngày 15/3/2022", "Lần thứ nhất, dành cho khu vực phía Bắc, đã được Liên hiệp hội
/// tổ chức trong hai ngày 25-26/9/2014 tại Quảng Ninh" on a page about the second class, round or
/// workshop. Held by the same union and of the same kind as the page's event; its own day and place.
extension MeetingExtractor {
  /// The words that name one part of a series ("lần", "đợt", "lớp", "khóa", "buổi", "phiên").
  static let partWords = WordSet(["lan", "dot", "lop", "khoa", "buoi", "phien"].map(Phrase.hash))
  /// The first of them: "thứ nhất", "đầu tiên", "1".
  static let firstWords: [Phrase] = ["thu nhat", "dau tien", "thu 1"].phrases

  /// The earlier part sentence `s` tells, as an event like `main` (its day, and its place when it
  /// names one); nil when the sentence opens with no first part, gives no day or month of its
  /// own or plans it.
  func earlierPart(in s: AnalyzedSentence, main: Found) -> Found? {
    let f = s.text
    let t = f.tokens
    // (the part's word among the sentence's first words, its ordinal within three after it:
    // "Đợt 1", "Lần ký kết đầu tiên", "Sau lớp đầu tiên …")
    guard let p = (0..<min(t.count, 4)).first(where: { MeetingExtractor.partWords.contains(t[$0].hash) }),
      let o = (p + 1..<min(t.count, p + 5)).first(where: { i in
        MeetingExtractor.firstWords.contains { f.matches($0, at: i) } || (i == p + 1 && t[i].isNumber && f.word(i) == "1")
      }),
      !f.contains(any: MeetingExtractor.contestWords),
      let d = s.dates.first(where: { $0.start > o && $0.month != nil && !$0.anniversary && !($0.start >= 1 && DateReader.isSymbolPart(f, $0.start - 1)) }),
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
    if let place = s.provinces.first(where: { $0.role == .place }) {
      m.province = place.province
      m.provinceRank = 0
      m.reasons.subtract([.provinceFromContext, .provinceFromHost])
    }
    m.evidence = s.evidence
    return m
  }
}
