import VustaModel

/// A day told by its weekday against the page's posting date, as daily news desks write it:
/// "sáng thứ Ba vừa qua", "chiều thứ Sáu tuần trước", "hôm thứ Năm", "Chủ nhật vừa rồi", "hôm thứ
/// Hai đầu tuần này" — with no day number written for it. A careful reader counts back from the
/// posting date; so does the extractor, and marks the date as taken from the publication.
enum RelativeWeekday {
  /// The weekday words after "thứ" (Monday = 1 … Saturday = 6); Sunday is "Chủ nhật" (7).
  static let weekdays: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    ("hai", 1), ("ba", 2), ("tu", 3), ("nam", 4), ("sau", 5), ("bay", 6),
  ].map { (Phrase.hash($0.0), $0.1) })
  /// Words before a weekday that make it a day ("sáng thứ Ba", "hôm thứ Năm", "vào thứ Sáu").
  static let dayCues = WordSet(["sang", "chieu", "toi", "trua", "hom", "vao", "ngay", "dem"].map(Phrase.hash))
  /// After the weekday: the week before the posting's ("tuần trước").
  static let lastWeek: [Phrase] = ["tuan truoc", "tuan roi"].phrases
  /// After the weekday: the posting's own week ("đầu tuần này", "tuần này").
  static let thisWeek: [Phrase] = ["tuan nay", "dau tuan nay"].phrases
  /// After the weekday: the latest such day before the posting ("vừa qua", "vừa rồi", "tuần
  /// qua", "cuối tuần qua").
  static let justPast: [Phrase] = ["vua qua", "vua roi", "tuan qua", "cuoi tuan qua", "cuoi tuan vua qua"].phrases

  /// Days before the posting a sentence tells without a weekday: "Hôm qua", "chiều qua" (one),
  /// "hôm kia" (two), "Cách đây ba ngày" (three); nil when it tells none. (After a part of the
  /// day "qua" is no crossing: not "sáng qua cầu", "chiều qua nhiều …".)
  static func daysBack(in f: FoldedText) -> Int? {
    let t = f.tokens
    for i in t.indices where i + 1 < t.count {
      let h = t[i].hash
      if (h == h_hom || DateReader.dayParts.contains(h)) && t[i + 1].hash == h_qua && t[i + 1].gap == 0 {
        let next = i + 2
        if h == h_hom || next == t.count || t[next].gap != 0 || !(t[next].isNumber || crossedWords.contains(t[next].hash)) { return 1 }
      }
      if h == h_hom, t[i + 1].hash == h_kia, t[i + 1].gap == 0 { return 2 }
      if f.matches(p_cach_day, at: i), i + 3 < t.count, t[i + 3].hash == DateReader.ngay {
        if let n = RelativeDay.count(f, endingAt: i + 2), (1...14).contains(n) { return n }
      }
    }
    return nil
  }

  static let h_hom = DateReader.h_hom, h_qua = Phrase.hash("qua"), h_kia = Phrase.hash("kia"), h_tu = Phrase.hash("tu")
  static let p_cach_day = Phrase("cach day")
  /// Words after "sáng qua", "chiều qua" that make "qua" a crossing ("qua cầu", "qua nhiều …").
  static let crossedWords = WordSet(["cau", "song", "duong", "khoi", "nhieu", "mot", "cac", "nhung", "het", "lai", "day"].map(Phrase.hash))

  /// The weekday (1 = Monday … 7 = Sunday) of a day of the Gregorian calendar.
  static func weekday(_ d: FactDate) -> Int? { d.weekday }

  /// The day a weekday in sentence `f` names against `posted` (a date with its day): the first
  /// weekday the sentence writes as a day — after a part of the day or "hôm", or followed by
  /// "vừa qua", "tuần trước" … — with no day number right after it; nil when there is none.
  /// (`labelled`: the sentence is a record's time line, "Thời gian: 8h30, thứ Năm", where a
  /// capitalised weekday needs no cue.)
  static func day(in f: FoldedText, posted: FactDate, labelled: Bool = false) -> FactDate? {
    guard let today = weekday(posted) else { return nil }
    let t = f.tokens
    if let back = daysBack(in: f) { return posted.adding(days: -back) }
    var i = 0
    while i < t.count {
      var wd: Int? = nil
      var end = i
      if t[i].hash == Boilerplate.h_thu, i + 1 < t.count, let w = weekdays[t[i + 1].hash], t[i + 1].gap == 0 {
        wd = w
        end = i + 2
      } else if f.matches(Boilerplate.p_chu_nhat, at: i) {
        wd = 7
        end = i + 2
      }
      // "thứ 3", "thứ 7" in digits (2 = Monday … 7 = Saturday)
      var digits = false
      if wd == nil, t[i].hash == Boilerplate.h_thu, i + 1 < t.count, t[i + 1].isNumber, t[i + 1].gap == 0,
        let n = Int(f.word(i + 1)), (2...7).contains(n)
      {
        wd = n - 1
        end = i + 2
        digits = true
      }
      guard let w = wd else { i += 1; continue }
      // (a day number right after it is a date the date reader reads: "thứ Hai (13/3)")
      if end < t.count, t[end].isNumber { i = end; continue }
      // ("trong 2 ngày thứ 2 và thứ 3 đầu tuần này": the week's word follows the last day listed)
      var after = end
      if after + 2 < t.count, t[after].hash == Lexicon.h_va, t[after + 1].hash == Boilerplate.h_thu,
        weekdays[t[after + 2].hash] != nil || t[after + 2].isNumber
      {
        after += 3
      }
      let cued = labelled || (i >= 1 && dayCues.contains(t[i - 1].hash))
      let capital = t[i + 1].isCap || (w == 7 && t[i].isCap)
      // ("Trong suốt tuần trước, từ thứ Hai đến thứ Sáu, …", "Cuối tuần trước, vào hôm thứ Sáu,
      // …": the week named just before the days)
      let last = lastWeek.contains { f.matches($0, at: after) }
        || (i >= 1 && (t[i - 1].hash == h_tu || (cued && !digits)) && f.contains(any: lastWeek, from: max(0, i - 6), to: i))
      let this = thisWeek.contains { f.matches($0, at: after) }
      let past = justPast.contains { f.matches($0, at: after) }
      // ("lần thứ hai", "thứ ba là": an ordinal, not a day — a weekday needs its cue or its
      // qualifier, and a capital when it has neither "hôm" nor a part of the day)
      // (a weekday in digits — "ngày thứ 2 của hội nghị" is its second day — only with its
      // week's word, or after a part of the day: "Sáng thứ 3 tuần trước", "chiều thứ 5")
      let partOfDay = i >= 1 && (DateReader.dayParts.contains(t[i - 1].hash) || t[i - 1].hash == h_hom)
      guard digits ? (last || this || past || partOfDay) : ((cued && capital) || last || this || past) else { i = end; continue }
      if last {
        // the same weekday of the week (Monday to Sunday) before the posting's
        return posted.adding(days: -(today - 1) - 7 + (w - 1))
      }
      if this {
        let d = posted.adding(days: -(today - w))
        return w <= today ? d : nil
      }
      // the latest such day before the posting (on the posting's own day only without a
      // qualifier: "hôm thứ Năm" posted on that Thursday)
      var back = (today - w + 7) % 7
      if back == 0 && past { back = 7 }
      return posted.adding(days: -back)
    }
    return nil
  }
}
