import VustaModel

/// Meetings besides the main event: a second event of the same occasion, the successive
/// sessions of one event, and other dated meetings of a union further on (one part of
/// `MeetingExtractor`).
extension MeetingExtractor {
  /// "Dịp này", "Nhân dịp này", "Cùng dịp", "Cũng dịp này" opening a sentence: the occasion of the
  /// article's event, its day.
  static let sameOccasion: [Phrase] = ["dip nay", "cung dip", "cung trong dip"].phrases
  static let h_cang = Phrase.hash("cang")

  func otherMeeting(in s: AnalyzedSentence, sameDay: FactDate?) -> Found? {
    guard let k = meetingNoun(in: s, allowReference: false) else { return nil }
    // (or a province opening the clause as its subject: "Bình Định họp Ban Chấp hành … vào sáng 26/12")
    let inherited = s.unions.isEmpty
      ? continuedUnion(s, noun: k) ?? organsUnion(s, noun: k)?.scope
        // (only on a page that names a union somewhere: a province opening the sentence of a
        // page that names none is a dateline over another body's meeting, "Hà Nội (TTXVN
        // 11/3/2022) Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ …")
        ?? (context.sentences.contains { !$0.unions.isEmpty } ? MeetingExtractor.clauseSubject(s, before: k).map { .province($0) } : nil)
      : nil
    guard !s.unions.isEmpty || inherited != nil else { return nil }
    if isPlan(s, noun: k) || isContest(s, noun: k) || isOtherAssociationMeeting(s, noun: k) || isHonouredAt(s, noun: k) { return nil }
    if heldByAnotherBody(s, noun: k) { return nil }
    // (a report's row of office work or of another body's meeting attended: OfficeDiary)
    if MeetingExtractor.isOfficeWork(s.text, noun: k) || attendsAnotherBodysMeeting(s, noun: k) { return nil }
    // ("Ở Bắc Ninh, hội nghị ngày 15-1 của Liên hiệp hội tỉnh báo cáo kết quả …": the meeting's
    // name with its day right after the noun, the clause's subject)
    guard s.text.contains(any: MeetingExtractor.eventVerbs) || startsWithDate(s)
      || (k >= 1 && s.text.tokens[k - 1].hash == Lexicon.h_tai && namesItsDay(s, noun: k))
      || (MeetingExtractor.opensClause(s.text, at: k) && s.dates.contains { $0.start == k + 2 && $0.day != nil && $0.cued })
    else { return nil }
    // "Chiều cùng ngày, …", "Cũng trong ngày, …", "Dịp này, … cũng tổ chức Hội nghị …", "… Hội
    // nghị Ban Chấp hành lần thứ 8 vào chiều cùng ngày": the day of the article's event
    let sameDayCue = sameDay.flatMap { d -> FactDate? in
      guard d.day != nil else { return nil }
      // (not "Cũng ngày 22/12/2020, tại Cao Bằng, …": "also on" a day the sentence writes)
      if let at = s.text.find(Lexicon.p_cung_ngay, from: 0, to: min(k, 6)),
        !s.dates.contains(where: { $0.day != nil && $0.start >= at + 1 && $0.start <= at + 2 })
      {
        return d
      }
      if s.text.find(Lexicon.p_cung_trong_ngay, from: 0, to: min(k, 6)) != nil { return d }
      // (the later cues only where the sentence gives no day of its own — "Cũng dịp này năm
      // trước, ngày 18/12/2021, …" — and "cũng ngày càng …" is no "cùng ngày")
      guard !s.dates.contains(where: { $0.day != nil }) else { return nil }
      if let at = s.text.find(Lexicon.p_cung_ngay, from: k + 1, to: min(s.text.tokens.count, k + 14)),
        at + 2 >= s.text.tokens.count || s.text.tokens[at + 2].hash != MeetingExtractor.h_cang
      {
        return d
      }
      return MeetingExtractor.sameOccasion.contains(where: { s.text.find($0, from: 0, to: min(k, 6)) != nil }) ? d : nil
    }
    // (or told from the day the sentences before it write: "Ngày 18/01/2018, Sở … tổ chức Hội
    // nghị …" then "Hai ngày sau, … Liên hiệp … đã tổ chức Đại hội …"; "Sáng hôm sau, …"; "Trước
    // đó một ngày, …" — RelativeDay — or from the posting day: "Cũng trong sáng nay, …")
    let undated = !s.dates.contains { $0.day != nil }
    let relative = sameDayCue == nil && undated ? dayOfTheSentenceBefore(s, noun: k) : nil
    let today = sameDayCue == nil && relative == nil && undated && context.published?.day != nil
      && s.text.contains(any: MeetingExtractor.todayWords, from: 0, to: k) ? context.published : nil
    let sameDayDate = sameDayCue ?? relative ?? today
    // the cue wins over a date the sentence only names ("… cho ý kiến về Ngày Khoa học 18/5")
    let written = sameDayDate == nil ? meetingDate(in: s, noun: k, requireCue: true) : nil
    // (a meeting its union held in so many words on a day written without a year that nothing on
    // the page completes — "Liên hiệp … Thanh Hoá đã tiến hành Hội nghị tổng kết … vào sáng ngày
    // 26/12." in a second news brief — is still a meeting, its date unknown)
    let undatedButHeld = sameDayDate == nil && written == nil && context.published == nil
      && s.dates.contains { $0.cued && $0.year == nil && $0.day != nil && !$0.anniversary && context.complete($0) == nil && $0.start > k }
      && MeetingExtractor.holdVerbsBefore.contains { s.text.endsWith($0, before: k) }
      && s.unions.contains { $0.end <= k && $0.scope != .plural }
    // (or told "Cùng ngày" after a sentence whose day nothing on the page completes: "… tại phiên
    // nội bộ ngày 24/12, Đại hội đã bầu ra Hội đồng Trung ương …" then "Cùng ngày, Hội đồng Trung
    // ương khóa VIII đã tổ chức phiên họp đầu tiên …" — a second meeting, its date unknown)
    let sameUnknownDay = sameDayDate == nil && written == nil && context.published == nil && !s.isTitle
      && s.text.find(Lexicon.p_cung_ngay, from: 0, to: min(k, 3)) != nil
      && !s.dates.contains(where: { $0.day != nil })
      && context.sentences[max(0, s.index - 2)..<s.index].contains { b in
        !b.isTitle && b.dates.contains { $0.cued && $0.day != nil && $0.year == nil && !$0.anniversary && context.complete($0) == nil }
      }
    var date = sameDayDate ?? written?.date
    guard date != nil || undatedButHeld || sameUnknownDay else { return nil }
    // (reported at its close further on too: "Ngày 28 - 9 - 1993, sau hai ngày làm việc …, Đại
    // hội … đã bế mạc" under a headline that names it — its first day, ClosingDay)
    if sameDayDate == nil, let d = date, let first = firstDay(closingOn: d, in: s) { date = first }
    // "Ngày 29 và 30.11: Liên hiệp … tiến hành Đại hội …" in a week's schedule published on 28.11:
    // a day without its year shortly after the page's date is to come, not held
    if written?.upcoming == true { return nil }
    var f = describe(s, noun: k, date: date)
    // (a plain conference its own sentence says reviews a period is a review, as the article's
    // own event is: "… tại Hội nghị đánh giá những gì đã làm được trong năm 2023 …")
    // (not an anniversary's look back: "… nhìn lại tại lễ kỷ niệm 10 năm ngày thành lập …")
    if f.kind == .khac, !s.text.contains(any: [MeetingExtractor.p_ky_niem]), reviewsPeriod(s, implied: true) { f.kind = .tong_ket }
    // (and so is a Ban Chấp hành meeting that its own sentence says looks back on the half year
    // or the year: "… dự Hội nghị Ban chấp hành (mở rộng) lần thứ 4 …, nơi nhìn lại kết quả nửa
    // đầu năm …")
    if f.kind == .ban_chap_hanh, !s.text.contains(any: [MeetingExtractor.p_ky_niem]), reviewsPeriod(s, implied: true, council: true) {
      f.kind = .tong_ket
    }
    if f.union == nil, let inherited { f.union = inherited }
    if let r = written?.yearReason { f.reasons.insert(r) }
    if today != nil { f.reasons.insert(.dateFromPublication) }
    if f.province == nil && !isNational(f) {
      f.province = context.contextProvince
      if f.province != nil { f.reasons.insert(.provinceFromContext) }
    }
    return f
  }

  /// True when the meeting's name at `k` ends with its own day, a part of the day or "ngày"
  /// before it and no comma between: "hội nghị BCH LHH tỉnh sáng 23/6", "Đại hội … ngày 17/3".
  func namesItsDay(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let t = s.text.tokens
    return s.dates.contains { d in
      d.start > k && d.start <= k + 20 && d.day != nil && d.cued
        && [d.start - 1, d.start].contains { DateReader.dayParts.contains(t[$0].hash) || t[$0].hash == EventRecord.h_ngay }
        && !(k + 1...d.start).contains { FoldedText.isStrongPunct(t[$0].gap) || t[$0].gap == UInt8(ascii: ",") }
    }
  }

  /// "… LHH Việt Nam … . Đại hội được tổ chức vào ngày 12/5/1988, tại Hà Nội": a sentence that
  /// opens with the meeting noun as its subject, names no body and dates the event with its
  /// year (a day or a month: "Đại hội lần thứ nhất diễn ra vào tháng 10 năm 1997") continues
  /// the text before it, which names an LHH body — the sentence before, or one of the three
  /// before it when those name no body either (a history of the union's congresses, one
  /// paragraph each).
  /// Returns that body (the last one named), else nil.
  func continuedUnion(_ s: AnalyzedSentence, noun k: Int) -> UnionMention.Scope? {
    // ("Kỳ Đại hội thứ nhất được tiến hành vào ngày 26/3/1983": the noun after "Kỳ" opens it too;
    // so does the noun right after an opening day: "Ngày 12-5-1988, Đại hội họp tại Hà Nội …",
    // "Trong hai ngày 27 và 28/9/1993, Đại hội họp …")
    // (a month and year as well: "Tháng 9 năm 2007, Đại hội lần thứ 3 được tổ chức …")
    let afterDay = s.dates.first.map { $0.start <= 2 && $0.end == k && ($0.day != nil || $0.month >= 1) && $0.year != nil } ?? false
    // (or after a connective of a history told backwards, and the interval and day it opens with:
    // "Trước đó, Đại hội lần thứ nhất đã diễn ra ngày 11/7/2004", "Trước đó hơn ba năm, trong hai
    // ngày 28-29/10/1994, Đại hội lần thứ nhất …", "Còn Đại hội lần thứ nhất được tổ chức vào …")
    let afterConnective: Bool = {
      guard let c = MeetingExtractor.historyConnectives.first(where: { s.text.matches($0, at: 0) }) else { return false }
      if k == c.count { return true }
      return k > c.count && k <= c.count + 14 && s.text.tokens[k].gap == UInt8(ascii: ",")
        && !s.text.contains(any: MeetingVocabulary.nouns, from: c.count, to: k)
    }()
    guard k == 0 || (k == 1 && s.text.tokens[0].hash == MeetingExtractor.h_ky) || afterDay || afterConnective,
      s.dates.contains(where: { $0.year != nil && ($0.day != nil || $0.month >= 1) }),
      let i = context.sentences.firstIndex(where: { $0.index == s.index }), i >= 1
    else { return nil }
    // a month alone dates a past congress of a history, not what a meeting agreed to hold
    // ("Hội nghị đã thống nhất tổ chức giao ban lần IV vào tháng 9 năm 2011")
    if !s.dates.contains(where: { $0.day != nil && $0.year != nil }),
      s.text.contains(any: MeetingExtractor.planWords) || s.text.containsWill()
    {
      return nil
    }
    // (four sentences back; in a list of bulleted entries, "• Đại hội lần thứ III: tiến hành tại
    // Hà Nội từ ngày 27 đến 28-9-1993", back through the list's entries to the line over it)
    let bulleted = MainText.isBulleted(s.text)
    for j in stride(from: i - 1, through: max(0, i - (bulleted ? 12 : 4)), by: -1) {
      let before = context.sentences[j]
      if before.isTitle { return nil }
      if let u = before.unions.last { return u.scope }
    }
    return nil
  }

  /// Connectives that open a sentence of a history told backwards or side by side: "Trước đó",
  /// "Sau đó", "Còn".
  static let historyConnectives: [Phrase] = [earlierStep] + ["sau do", "con"].phrases

  func startsWithDate(_ s: AnalyzedSentence) -> Bool {
    guard let d = s.dates.first else { return false }
    if d.start <= 1 { return true }
    // (a round-up's item headed by its province and day: "Hà Giang (ngày 28/7): Lãnh đạo … đã
    // dự Hội nghị Ban chấp hành … của Liên hiệp … tỉnh Hà Giang")
    return d.day != nil && d.end < s.text.tokens.count && s.text.tokens[d.end].gap == UInt8(ascii: ":")
      && s.provinces.contains { $0.start == 0 && $0.end == d.start }
  }
}
