import VustaModel

/// The day of a meeting in its sentence: the first date that grammar and distance tie to its
/// noun, not an occasion's, a document's or a count's day, its year completed from the page
/// (one part of `MeetingExtractor`).
extension MeetingExtractor {
  /// The date of the meeting in a sentence: the first date with a day or month that is not
  /// the date of a cited document.
  func meetingDate(in s: AnalyzedSentence, noun k: Int, requireCue: Bool)
    -> (date: FactDate, yearReason: ConfidenceReason?, upcoming: Bool)?
  {
    // (numbers that are dates — "(20/10/1946-20/10/2021)" — are no document's symbol)
    let dateSpans = s.dates.map { s.text.tokens[$0.start].start..<s.text.tokens[$0.end - 1].end }
    let docs = s.documents.filter { d in !dateSpans.contains { $0.contains(d.start) } }
    for d in s.dates {
      if requireCue && !d.cued { continue }
      // ("Những ngày cuối tháng 12, … mở đầu là hội nghị … vào sáng 26-12": the month a
      // round-up opens with gives way to a day of it written further on)
      if d.day == nil, s.dates.contains(where: { $0.start > d.start && $0.day != nil && $0.month == d.month && ($0.year == nil || $0.year == d.year) }) {
        continue
      }
      if s.isTitle, let posted = context.titlePostingDate, posted == d { continue }
      if let dateline = context.leadDatelineDate, dateline == d, s.index == context.leadDatelineSentence { continue }
      if d.anniversary || (d.start < k && inOccasionClause(s.text, d.start)) { continue }  // the occasion's dates
      // ("Cách đây 60 năm, ngày 18-5-1963, tại Đại hội …" after "(18/5/1963 - 18/5/2023)": the day
      // celebrated — unless a union named before the meeting held it that day: "Trước đó, ngày
      // 18/5/2013, Liên hiệp hội tỉnh đã tổ chức hội thảo …"; a union in an office title, "Phó Chủ
      // tịch Liên hiệp Hội Việt Nam nhắc lại rằng …", holds nothing)
      if let y = d.year, let day = d.day, context.celebratedDays.contains(FactDate(year: y, month: d.month, day: day)),
        !s.unions.contains(where: { $0.start < k && $0.scope != .plural && !MeetingExtractor.isOfficeTitle(s.text, before: $0.start) })
      {
        continue
      }
      if DateReader.namesAnnualDay(s.text, d) { continue }  // "Ngày KH&CN Việt Nam 18/5"
      // "Tính đến ngày 30/11/2019, Liên hiệp Hội có 38 tổ chức …": the day a count is made to
      // (the date's cue words may hold "đến ngày" itself)
      if s.text.contains(any: MeetingExtractor.asOfWords, from: max(0, d.start - 3), to: min(d.end, d.start + 2)) { continue }
      let startOffset = s.text.tokens[d.start].start
      if docs.contains(where: { $0.end <= startOffset && startOffset - $0.end <= 8 }) { continue }
      // "Quyết định số 1112/QĐ-UBND do UBND tỉnh Hà Giang ban hành ngày 09 tháng 5 năm 2006": the
      // day a document named before it was issued
      // (further when the clause goes on: "Nghị quyết 36-NQ/TW của Bộ Chính trị về “…” (a title
      // of twenty words), ban hành ngày 23/01/2023")
      if d.start >= 2, s.text.matches(MeetingExtractor.issuedOn, at: d.start - 2), s.text.tokens[d.start].gap == 0,
        docs.contains(where: { doc in doc.end <= startOffset && (startOffset - doc.end <= 120
          || (startOffset - doc.end <= 300 && !s.text.tokens.contains { $0.start > doc.end && $0.start < startOffset && FoldedText.isStrongPunct($0.gap) })) })
      {
        continue
      }
      // "Kế hoạch 16 đã được Đảng ủy … ban hành ngày 24/2/2025", "… theo quyết định điều động ngày
      // 5/7/2023": the day a document named by its type word (no number needed) was issued
      if MeetingExtractor.datesDocument(s.text, date: d) { continue }
      // "… phải hoàn thành trước ngày 15/1/2026": a deadline, not a day anything was held
      if MeetingExtractor.isDeadline(s.text, date: d) { continue }
      // "được thành lập vào tháng 6/2001": a date of something else — unless the meeting is named
      // again nearer to it ("Để sơ kết …, … đã tổ chức giao ban vào sáng ngày 12 tháng 6 năm 2024")
      // (or the sentence's own verb dates it: "Lễ kỷ niệm … của Liên hiệp … được long trọng tổ
      // chức vào ngày 21/12/2021")
      // (the words of a union's name count as one: "… đã được phối hợp tổ chức bởi Liên hiệp các
      // Hội Khoa học và Kỹ thuật Việt Nam (Liên hiệp hội) cùng Liên hiệp các Hội … tỉnh Bình Định
      // trong các ngày 10-11/10/2014")
      // (and so do the words of the meeting's quoted title: "Hội thảo “Tư vấn, phản biện … trong
      // thời gian tới” theo hình thức trực tiếp kết hợp trực tuyến, …, ngày 12 tháng 10 năm 2023")
      let nameWords = s.unions.reduce(0) { n, u in n + max(0, min(u.end, d.start) - max(u.start, k) - 1) }
        + MeetingExtractor.quotedNameWords(s.text, noun: k, before: d.start)
      if d.start - nameWords > k + 30, !MeetingExtractor.datesQuotedName(s.text, noun: k, date: d.start),
        !MeetingExtractor.closesHeldClause(s.text, noun: k, date: d.start),
        meetingNoun(in: s, allowReference: true, from: max(k + 2, d.start - 30)).map({ $0 >= d.start }) ?? true,
        // (a verb of holding between them links a long name to its date: "Đại hội đại biểu toàn
        // quốc lần thứ VI Liên hiệp … đã được tiến hành trọng thể tại Hà Nội từ ngày 27 đến …")
        // (up to thirty words on in the same clause: "… đã được tiến hành theo hình thức trực tuyến
        // tại trụ sở Liên hiệp các Hội … thành phố Cần Thơ vào ngày 26-11-2021")
        !s.text.contains(any: MeetingExtractor.heldVerbs, from: max(k, d.start - 20), to: d.start),
        // (or a verb of its close right before the day: "lớp tập huấn “…” do … mở cho 60 hội viên
        // … ở xã Tức Tranh, huyện Phú Lương đã bế giảng vào ngày 09/4")
        !s.text.contains(any: MeetingExtractor.closingWords, from: max(k, d.start - 6), to: d.start),
        !MeetingExtractor.heldVerbs.contains(where: { v in
          guard let at = s.text.find(v, from: max(k, d.start - 30 - nameWords), to: max(k, d.start - 20)) else { return false }
          return !(at + 1...d.start).contains { FoldedText.isStrongPunct(s.text.tokens[$0].gap) || s.text.tokens[$0].gap == UInt8(ascii: ",") }
        })
      {
        continue
      }
      // (a day with no year on a page with no date, title year or headline year stays undated,
      // as the facts contract says, even when its sentence names a period's year)
      guard var date = context.complete(d) else { return nil }
      // "… triển khai nhiệm vụ năm 2024" over "Ngày 27-12, … tổng kết công tác năm 2023": a
      // review at the end of the year it reviews; the title's year is the coming tasks'
      if d.year == nil, context.published == nil, d.month >= 10, MeetingExtractor.reviewedYear(in: s.text) == date.year - 1 {
        date = FactDate(year: date.year - 1, month: date.month, day: date.day)
      }
      // (a day later in the year than the posting's is taken for the year before: "Chiều ngày
      // 29/7" on a page stamped 26/4/2024 — right for a late report, wrong when the stamp is a
      // portal's date bar)
      let reason = yearReason(of: d)
      // (a day in the next weeks that the sentence says was held — "Ngày 05/01, Liên hiệp hội đã
      // tổ chức …" in a year's look back posted on 28/12 — is the last one of that day, not to come)
      let done = s.text.findDone(from: 0, to: min(s.text.tokens.count, k + 1)) != nil
      return (date, reason, context.isUpcoming(d) && !(done && d.month < (context.published?.month ?? 0)))
    }
    return nil
  }

  /// Why the year of a day written without one is doubtful, if it is: taken for the year before
  /// the posting's, or from the title when the page has no date of its own.
  func yearReason(of d: DateMention) -> ConfidenceReason? {
    guard d.year == nil else { return nil }
    if context.published != nil { return context.steppedBack(d) ? .yearBeforePosting : nil }
    return context.documentDate == nil && context.postedMonth == nil ? .yearFromTitle : nil
  }

  /// Words of a deadline before a day: "trước ngày 15/1", "chậm nhất ngày …", "hạn chót …".
  static let deadlineWords: [Phrase] = ["truoc ngay", "cham nhat", "han chot", "han cuoi", "thoi han"].phrases

  /// True when a deadline's words stand right before the date `d` ("trước ngày 15/1/2026"), the
  /// words not parted by a comma ("Hơn nửa tháng trước, ngày 28/6/2024, …" is no deadline).
  static func isDeadline(_ f: FoldedText, date d: DateMention) -> Bool {
    let t = f.tokens
    let first = dayNumber(of: d, in: f)
    // (the words end right before the day's number, or before the "ngày" right before it)
    let ends = first >= 1 && t[first - 1].hash == DateReader.ngay ? [first, first - 1] : [first]
    return deadlineWords.contains { w in
      ends.contains { e in
        e >= w.count && f.endsWith(w, before: e)
          && !((e - w.count + 1)..<e).contains { t[$0].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(t[$0].gap) }
      }
    }
  }

  /// True when the date `d` is a document's: "ban hành (vào) ngày …" after a document's type
  /// word in its clause, or the type word itself a few words before the day ("quyết định điều
  /// động ngày 5/7/2023") with no meeting's noun between.
  static func datesDocument(_ f: FoldedText, date d: DateMention) -> Bool {
    let t = f.tokens
    let first = dayNumber(of: d, in: f)
    let cue = first >= 1 && t[first - 1].hash == DateReader.ngay ? first - 1 : first
    var clause = cue
    while clause > 0, !FoldedText.isStrongPunct(t[clause].gap), t[clause].gap != UInt8(ascii: ",") { clause -= 1 }
    var issued = cue
    if issued >= 1, t[issued - 1].hash == h_vao { issued -= 1 }
    if issued >= 2, f.matches(issuedOn, at: issued - 2), f.contains(any: documentTypeWords, from: clause, to: issued - 2) { return true }
    for w in documentTypeWords {
      guard let at = f.find(w, from: max(clause, cue - 3 - w.count), to: cue), at + w.count <= cue else { continue }
      // (no meeting's noun between: "kế hoạch tổ chức hội nghị ngày …" dates the meeting)
      if !(at..<cue).contains(where: { j in MeetingVocabulary.nouns.contains { f.matches($0, at: j) } }) { return true }
    }
    return false
  }

  /// The words that name a document's type ("quyết định", "kế hoạch", "thông báo" …).
  static let documentTypeWords: [Phrase] = CitationExtractor.typeWords.map(\.0)

  /// The token of a date's own first number: a mention may take in cue words before it ("này,
  /// ngày 29/10" — "này" read as the cue of "hôm nay").
  static func dayNumber(of d: DateMention, in f: FoldedText) -> Int {
    (d.start..<min(d.end, f.tokens.count)).first { f.tokens[$0].isNumber } ?? d.start
  }

  /// Words before the day a count is made to: "Tính đến ngày 30/11/2019", "tính tới hết ngày …".
  static let asOfWords: [Phrase] = ["tinh den", "tinh toi", "tinh den het", "tinh toi het"].phrases

  /// "ban hành" (issued) right before a date, nothing between: a document's day. (Not "ký
  /// ngày": a signing the union holds is dated by it — "Quy chế … ký ngày 21/3/2023 tại buổi lễ ký kết".)
  static let issuedOn = Phrase("ban hanh")

  /// Verbs of holding whose object is the meeting noun right after them ("đã tổ chức hội nghị",
  /// "tiến hành Đại hội", "triệu tập Hội nghị") — unlike `heldVerbs`, which also says a meeting
  /// took place after it ("Hội nghị diễn ra …").
  /// ("đã mở hội nghị lấy ý kiến …": "mở" holds the meeting it stands right before — not the
  /// "mở rộng" after "Hội nghị Ban Chấp hành")
  static let holdVerbsBefore: [Phrase] = ["to chuc", "tien hanh", "trieu tap", "khai mac", "mo"].phrases
  static let h_vao = Phrase.hash("vao")

  /// True when "vào (sáng|chiều) ngày …" closes the clause whose verb holds the meeting: "…, Liên
  /// hiệp … đã tổ chức hội nghị với sự tham gia của các ủy viên …, chủ tịch các hội thành viên …
  /// vào sáng ngày 5/11/2025" — a holding verb right before the noun, "vào" within three words
  /// before the date, no clause break (";", ".") and no other meeting noun between.
  static func closesHeldClause(_ f: FoldedText, noun k: Int, date: Int) -> Bool {
    let t = f.tokens
    guard k >= 2, date > k + 1, date < t.count, holdVerbsBefore.contains(where: { f.endsWith($0, before: k) }),
      (max(k + 1, date - 3)...date).contains(where: { t[$0].hash == MeetingExtractor.h_vao }),
      !(k + 1...date).contains(where: { FoldedText.isStrongPunct(t[$0].gap) }),
      // (nor a clause of something else ending there: "…, đạo luật được Quốc hội thông qua vào
      // ngày 27/6/2025")
      !f.contains(any: MeetingExtractor.otherClauseVerbs, from: k + 2, to: date)
    else { return false }
    return !(k + 2..<date).contains { j in MeetingVocabulary.nouns.contains { f.matches($0, at: j) } }
  }

  /// Verbs of another subject's clause inside a meeting's sentence: the passive, adopting, issuing.
  static let otherClauseVerbs: [Phrase] = ["duoc", "thong qua", "ban hanh"].phrases

  /// The words inside a quoted title opened within four words after the meeting's noun at `k`
  /// and closed before token `date`, less one (the title counts as one word); 0 for none.
  static func quotedNameWords(_ f: FoldedText, noun k: Int, before date: Int) -> Int {
    guard k + 1 < f.tokens.count, date < f.tokens.count else { return 0 }
    let limit = min(f.tokens.count - 1, k + 4)
    guard let open = (f.tokens[k].end..<f.tokens[limit].start).first(where: { FoldedText.isOpeningQuote(f.scalars[$0]) }),
      let close = f.closingQuote(after: open, before: f.tokens[date].start)
    else { return 0 }
    let inside = f.tokens[(k + 1)..<date].filter { $0.start > open && $0.end <= close }.count
    return max(0, inside - 1)
  }

  /// True when the date closes the meeting's name in quotation marks: "… tổ chức toạ đàm “Giải
  /// pháp quy tụ, kết nối … đóng góp cho sự phát triển Thành phố” vào ngày 14-3-2023" — the
  /// quotation opens within three words of the noun, and at most three words ("vào ngày", "sáng")
  /// stand between its close and the date: a long name does not part the meeting from its day.
  static func datesQuotedName(_ f: FoldedText, noun k: Int, date: Int) -> Bool {
    guard k + 1 < f.tokens.count, date < f.tokens.count else { return false }
    let limit = min(f.tokens.count - 1, k + 4)
    guard let open = (f.tokens[k].end..<f.tokens[limit].start).first(where: { FoldedText.isOpeningQuote(f.scalars[$0]) }),
      let close = f.closingQuote(after: open, before: f.tokens[date].start)
    else { return false }
    // at most three words between the close and the date
    var between = 0
    var j = date - 1
    while j >= 0, f.tokens[j].start > close { between += 1; j -= 1 }
    return between <= 3
  }
}
