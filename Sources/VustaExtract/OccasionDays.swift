import VustaModel

/// Days that are not events' days though written as dates: a holiday's or an annual day's own
/// day named right after it, and a day of the lunar calendar.
///
/// - "Tết Nguyên đán Bính Ngọ (17/2/2026)", "Ngày Khoa học và Công nghệ Việt Nam (18/5)", "Ngày
///   sinh Chủ tịch Hồ Chí Minh (19/5)": the occasion's day, dropped (never the event's);
/// - "ngày 5 tháng Chạp năm Ất Tỵ (tức ngày 23/1/2026)", "mùng 8 tháng Giêng (tức …)", "ngày
///   15/8 âm lịch": a lunar day, dropped (the solar day written after "tức" is the one that dates).
enum OccasionDays {
  /// The mentions without occasions' days and lunar days (an anniversary span's ends stay,
  /// marked: they tell what is celebrated).
  static func apply(_ mentions: [DateMention], in f: FoldedText) -> [DateMention] {
    guard !mentions.isEmpty else { return mentions }
    return mentions.filter { d in !isLunar(d, in: f) && (d.anniversary || !namesOccasion(d, in: f)) }
  }

  /// True when the mention is a day of the lunar calendar: "âm lịch"/"AL" after it, a year named
  /// by its stem and branch ("năm Ất Tỵ"), or its month "Giêng" or "Chạp" with "tức" (the solar
  /// day) right after it.
  static func isLunar(_ d: DateMention, in f: FoldedText) -> Bool {
    let t = f.tokens
    guard d.start < d.end, d.end <= t.count else { return false }
    let e = d.end
    // (a month "Giêng" or "Chạp" with a conversion after it: "… tháng Chạp (tức ngày 23/1/2026)";
    // alone, "ngày 3 tháng Giêng" is read as January, as sites also write it)
    if (d.start..<d.end).contains(where: { t[$0].hash == DateReader.thang && $0 + 1 < t.count
      && (t[$0 + 1].hash == DateReader.h_gieng || t[$0 + 1].hash == DateReader.h_chap) && t[$0 + 1].isCap }),
      (e..<min(t.count, e + 3)).contains(where: { t[$0].hash == h_tuc })
    {
      return true
    }
    if e < t.count, f.matches(p_am_lich, at: e) || (t[e].hash == h_al && t[e].isAllCaps) { return true }
    // (inside a bracket: "(âm lịch)")
    if e + 1 < t.count, t[e].gap == UInt8(ascii: "("), f.matches(p_am_lich, at: e) { return true }
    if d.year == nil, e + 2 < t.count, t[e].hash == DateReader.nam, stems.contains(t[e + 1].hash), t[e + 1].isCap,
      branches.contains(t[e + 2].hash), t[e + 2].isCap
    {
      return true
    }
    return false
  }

  /// True when the mention stands alone in brackets right after the name of a holiday or an
  /// annual day ("Tết Nguyên đán Giáp Thìn (10/2/2024)", "Ngày Doanh nhân Việt Nam (13/10)"), or
  /// closes such a bracket after "tức" ("Tết Trung thu Đinh Dậu (rằm tháng Tám, tức ngày
  /// 4/10/2017)"): a
  /// name opened by "Ngày" in capitals (not "Ngày hội", a festival held that day), by "Tết", or
  /// by "ngày sinh", "ngày thành lập", "ngày truyền thống", "ngày giải phóng".
  static func namesOccasion(_ d: DateMention, in f: FoldedText) -> Bool {
    let t = f.tokens
    let s = d.start
    guard s >= 2, s < t.count else { return false }
    // (the day in brackets right after the name, with no cue of its own: "(ngày 22/3/2013, tại
    // Nhà hát lớn)" after "lễ kỷ niệm 30 năm ngày thành lập" is the ceremony's day; a day written
    // after the name without brackets — "Ngày Khoa học và Công nghệ Việt Nam 18/5" — is left to
    // `namesAnnualDay`, for a headline's may be the day of the event too)
    // (and the bracket closes right after it: "(18/05/2020, 20:21)" closing a headline is the
    // posting's stamp)
    guard t[s].isNumber || t[s].hash == DateReader.ngay, d.end <= t.count else { return false }
    let after = t[d.end - 1].end
    guard after < f.scalars.count, f.scalars[after] == ")" else { return false }
    // (or the holiday's lunar day first, its solar day after "tức": "Tết Trung thu Đinh Dậu (rằm
    // tháng Tám, tức ngày 4/10/2017)")
    var open = s
    if t[s].gap == UInt8(ascii: "(") {
      guard t[s].isNumber else { return false }
    } else {
      guard let tuc = (max(0, s - 2)..<s).last(where: { t[$0].hash == h_tuc }),
        let o = (max(0, tuc - 8)...tuc).last(where: { t[$0].gap == UInt8(ascii: "(") }),
        !(o + 1..<tuc + 1).contains(where: { FoldedText.isStrongPunct(t[$0].gap) })
      else { return false }
      open = o
    }
    var k = open - 1
    while k >= 0, open - k <= 14 {
      if k < open - 1, FoldedText.isStrongPunct(t[k + 1].gap) || t[k + 1].gap == UInt8(ascii: ",") { return false }
      let h = t[k].hash
      if h == h_tet, t[k].isCap { return true }
      if h == DateReader.ngay {
        // ("Ngày (20/11)": "ngày" right before the day is its cue)
        guard k + 1 < open else { return false }
        let next = t[k + 1]
        if t[k].isCap && next.isCap && next.hash != Lexicon.h_hoi { return true }
        return occasionWords.contains(next.hash)
      }
      k -= 1
    }
    return false
  }

  static let h_al = Phrase.hash("al"), h_tet = Phrase.hash("tet"), h_tuc = Phrase.hash("tuc")
  static let p_am_lich = Phrase("am lich")
  /// "ngày sinh", "ngày thành lập", "ngày truyền thống", "ngày giải phóng", "ngày mất": the word
  /// after "ngày" that makes it an occasion's name.
  static let occasionWords = WordSet(["sinh", "thanh", "truyen", "giai", "mat", "quoc"].map(Phrase.hash))
  /// The ten heavenly stems and twelve earthly branches of the lunar years, folded.
  static let stems = WordSet(["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"].map(Phrase.hash))
  static let branches = WordSet(
    ["ty", "suu", "dan", "mao", "meo", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi"].map(Phrase.hash))
}
