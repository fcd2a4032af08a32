import VustaModel

/// A day told by its distance from the event before it: "Sáng hôm sau", "Ngày hôm sau", "hai
/// ngày sau đó", "đúng một tuần sau", "Trước đó một ngày", "hôm 22 tháng trước". The main event
/// so dated takes its day from the day the sentence before it in the paragraph writes
/// (`MeetingExtractor.dayOfTheSentenceBefore`).
enum RelativeDay {
  static let h_ngay = Phrase.hash("ngay"), h_tuan = Phrase.hash("tuan"), h_sau = Phrase.hash("sau"),
    h_truoc = Phrase.hash("truoc"), h_thang = Phrase.hash("thang"), h_hom = Phrase.hash("hom"), h_do = Phrase.hash("do")
  /// The day after: "hôm sau", "ngày hôm sau", "ngày tiếp theo", "ngày kế tiếp".
  static let nextDay: [Phrase] = ["hom sau", "ngay tiep theo", "ngay ke tiep", "hom ke tiep", "hom tiep theo"].phrases
  /// The day before: "trước đó một ngày", "một ngày trước đó", "hôm trước", "hôm trước đó".
  static let dayBefore: [Phrase] = ["truoc do mot ngay", "hom truoc", "ngay truoc do"].phrases
  /// The same day, right after or later in it, opening the sentence: "Ngay sau đó", "Liền sau
  /// đó", "Cùng thời điểm", "chiều hôm ấy", "tối hôm đó", "Trong buổi chiều".
  static let rightAfter: [Phrase] = ["ngay sau do", "lien sau do", "cung thoi diem", "hom ay", "hom do", "trong buoi chieu",
                                     "trong buoi sang", "trong buoi toi", "trong buoi trua"].phrases
  /// A weekday of the same week: "vào thứ Tư cùng tuần", "thứ Bảy cuối tuần ấy".
  static let sameWeek: [Phrase] = ["cung tuan", "cuoi tuan ay", "cuoi tuan do", "tuan ay", "tuan do"].phrases

  /// The day sentence `f` tells relative to `anchor` (a date with its day), the first such phrase
  /// before token `limit`; nil when it tells none.
  static func day(in f: FoldedText, before limit: Int, anchor: FactDate) -> FactDate? {
    guard anchor.day != nil else { return nil }
    let t = f.tokens
    let end = min(limit, t.count)
    for i in 0..<end {
      // (not the "hôm sau" of "Ba hôm sau": a count before it is read below)
      if nextDay.contains(where: { f.matches($0, at: i) }), !(i >= 1 && count(f, endingAt: i - 1) != nil) { return anchor.adding(days: 1) }
      if dayBefore.contains(where: { f.matches($0, at: i) }) { return anchor.adding(days: -1) }
      // ("Ngay sau đó", right after — not the "ngày sau đó" of "Hai ngày sau đó": the word as
      // written, with no count before it)
      if i <= 2, rightAfter.contains(where: { f.matches($0, at: i) }), !(i >= 1 && count(f, endingAt: i - 1) != nil),
        t[i].hash != h_ngay || f.text(t[i].start, t[i].end).lowercased() == "ngay"
      {
        return anchor
      }
      // "hai ngày sau đó", "3 ngày sau", "Ba hôm sau", "một tuần sau", "2 tuần sau"; "N ngày trước đó"
      if t[i].hash == h_ngay || t[i].hash == h_tuan || t[i].hash == h_hom, i >= 1, i + 1 < t.count,
        let n = count(f, endingAt: i - 1), (1...30).contains(n)
      {
        let days = t[i].hash == h_tuan ? 7 * n : n
        if t[i + 1].hash == h_sau { return anchor.adding(days: days) }
        if t[i + 1].hash == h_truoc, i + 2 < t.count, t[i + 2].hash == h_do { return anchor.adding(days: -days) }
      }
      // "hôm 22 tháng trước": that day of the month before the anchor's
      if t[i].hash == h_hom, i + 3 < t.count, t[i + 1].isNumber, t[i + 2].hash == h_thang, t[i + 3].hash == h_truoc,
        let d = Int(f.word(i + 1)), let m = anchor.month
      {
        let (y, pm) = m == 1 ? (anchor.year - 1, 12) : (anchor.year, m - 1)
        guard FactDate.isValid(day: d, month: pm, year: y) else { return nil }
        return FactDate(year: y, month: pm, day: d)
      }
    }
    // "… vào thứ Tư cùng tuần", "… vào thứ Bảy cuối tuần ấy": that weekday of the anchor's week
    // (Monday to Sunday), anywhere in the sentence
    for i in t.indices where i + 2 < t.count && t[i].hash == Boilerplate.h_thu {
      guard let w = RelativeWeekday.weekdays[t[i + 1].hash], sameWeek.contains(where: { f.matches($0, at: i + 2) }),
        let a = anchor.weekday
      else { continue }
      return anchor.adding(days: w - a)
    }
    return nil
  }

  /// The count ending at token `i`: digits ("3") or a number in words ("hai", "một").
  static func count(_ f: FoldedText, endingAt i: Int) -> Int? {
    let t = f.tokens
    if t[i].isNumber { return Int(f.word(i)) }
    // (one word: "một", "hai", "ba" … — "mười" and the rest are too far for these phrases)
    if let d = NumberWords.digits[t[i].hash] { return d }
    return nil
  }
}
