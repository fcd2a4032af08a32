import VustaModel

/// An event reported at its close: "Chiều 26/7/2019, Đại hội … đã bế mạc sau hai ngày làm
/// việc", "Ngày 07/10/2022, lớp bồi dưỡng … đã bế giảng. Khóa học kéo dài 5 ngày, khai giảng từ
/// ngày 03/10/2022." The facts contract dates an event of several days by its first day: the
/// closing day less the days it lasted, or the opening day the paragraph writes.
extension MeetingExtractor {
  /// The first day of the event whose sentence `s` reports its close on `day`, when the
  /// sentence (or the next of its paragraph) tells how long it lasted or when it opened; nil
  /// when `s` names no close, names the opening itself, or tells neither.
  func firstDay(closingOn day: FactDate, in s: AnalyzedSentence) -> FactDate? {
    guard day.day != nil, s.text.contains(any: MeetingExtractor.closingWords),
      !s.text.contains(any: MeetingExtractor.openingWords),
      // (a span written out already starts on its first day: "(05 - 06/01/2017)")
      !s.dates.contains(where: { m in context.complete(m) == day && MeetingExtractor.isSpan(m, in: s.text) }),
      // (nor a day the sentence closes later: "Qua hai ngày làm việc (14/8 - 15/8) …, hội nghị … đã
      // khép lại vào ngày 15/8/2023" — 14/8 is the first day already)
      !s.dates.contains(where: { m in context.complete(m).map { $0 > day && $0 <= day.adding(days: 10) } == true })
    else { return nil }
    let paragraph = context.sentences.filter { $0.line == s.line && $0.index >= s.index && $0.index <= s.index + 2 }
    // (how long it lasted: "sau hai ngày làm việc", "kéo dài 5 ngày", "sau 02 ngày")
    for p in paragraph {
      if let n = MeetingExtractor.daysLasted(in: p.text), n >= 2, n <= 10 { return day.adding(days: -(n - 1)) }
    }
    // (or the opening day the next sentences write: "khai giảng từ ngày 03/10/2022")
    for p in paragraph where p.index > s.index && p.text.contains(any: MeetingExtractor.openingWords) {
      if let m = p.dates.first(where: { $0.day != nil }), let d = context.complete(m), d < day, day.adding(days: -10) <= d {
        return d
      }
    }
    return nil
  }

  /// True when a date mention holds more numbers than one day's: a span or a list ("05 -
  /// 06/01/2017", "ngày 27 và 28 tháng 4 năm 2010").
  static func isSpan(_ m: DateMention, in f: FoldedText) -> Bool {
    let numbers = f.tokens[m.start..<min(m.end, f.tokens.count)].filter(\.isNumber).count
    return numbers > (m.year != nil ? 3 : 2)
  }

  /// Words of an event's close ("bế mạc", "kết thúc", "bế giảng", "khép lại").
  static let closingWords: [Phrase] = ["be mac", "ket thuc", "be giang", "khep lai"].phrases
  /// Words of its opening ("khai mạc", "khai giảng").
  static let openingWords: [Phrase] = ["khai mac", "khai giang"].phrases
  /// Words before the number of days an event lasted.
  static let lastedWords: [Phrase] = ["sau", "keo dai", "trong", "keo dai trong", "khep lai", "qua"].phrases

  /// The number of days an event lasted, as a sentence tells it: "sau hai ngày (làm việc)", "kéo
  /// dài 5 ngày", "sau 02 ngày làm việc"; nil when it tells none.
  static func daysLasted(in f: FoldedText) -> Int? {
    let t = f.tokens
    for i in t.indices where i + 1 < t.count && t[i + 1].hash == DateReader.ngay {
      guard lastedWords.contains(where: { f.endsWith($0, before: i) }) else { continue }
      if t[i].isNumber, let v = DateReader.value(f, i, maxDigits: 2) { return v }
      if let v = NumberWords.digits[t[i].hash], v >= 2 { return v }
    }
    return nil
  }
}
