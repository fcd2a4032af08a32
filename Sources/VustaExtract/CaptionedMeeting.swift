import VustaModel

/// The page's meeting named only in a short line of its own — a picture's caption, a
/// subheading, a line under a photo — while the headline and the lead speak of the topic or the
/// people: "Chủ tịch …: Liên hiệp Hội phải là mái nhà chung của trí thức" over "Từ ngày 21 đến
/// 23/7/2022, tại Thành phố Hồ Chí Minh, vai trò … của đội ngũ trí thức … là điều lãnh đạo …
/// cùng bàn", with "Hội nghị giao ban Liên hiệp các Hội … năm 2022" under the picture.
///
/// Read by its parts: a line with no closing stop (a caption, or a minor line) that opens with
/// the meeting's noun, bare or after a caption's lead-in ("Quang cảnh", "Toàn cảnh", "Ảnh:",
/// "Đại biểu dự"), of a named kind, held (not planned, not a contest's, not another body's); its
/// day its own, else the day the lead opens with when the lead names no meeting (the lead's place
/// with it); its union the caption's, else the page's. Tried only when the headline and the lead
/// give no event. The fact records that it was read from a caption (`--all-reasons`; not in the
/// review list: such facts are wrong about as often as any meeting).
extension MeetingExtractor {
  /// Words a caption sets before the meeting it shows.
  static let captionLeadIns: [Phrase] = [
    "quang canh", "toan canh", "hinh anh", "anh", "mot goc", "cac dai bieu du", "dai bieu du", "cac dai bieu tham du",
    "dai bieu tham du", "hinh",
    // (what a broken picture leaves before its caption: ".jpg) (Buổi làm việc …")
    "jpg", "jpeg", "png", "gif", "webp",
  ].phrases

  static let p_giua = Phrase("giua")

  /// The nouns a label may be followed by in a caption or subheading (a meeting named as such,
  /// not the verb "làm việc" of a diary's row).
  static let captionNouns: [Phrase] = [
    "hoi nghi", "hoi thao", "dai hoi", "toa dam", "dien dan", "buoi lam viec", "le", "phien hop", "cuoc hop", "lop tap huan",
    "giao ban",
  ].phrases

  /// The meeting a caption-like line of the article names, placed and dated; nil when none does.
  /// `leadNamesIt`: the lead has named the meeting bare and the caption is read for its kind and day.
  func captionedMeeting(leadNamesIt: Bool = false) -> Found? {
    guard !context.aboutDistrictUnion else { return nil }
    // (a headline or a lead that names a meeting — another body's, a contest's, one planned —
    // has told the event the pictures show: "Đại hội thi đua … của đồng bào Công giáo" over
    // "Quang cảnh Đại hội")
    guard leadNamesIt || !context.sentences.contains(where: { ($0.isTitle || $0.isLead) && meetingNoun(in: $0, allowReference: false) != nil })
    else { return nil }
    let lines = context.mainLines
    guard let titleAt = lines.firstIndex(where: { $0.role == .title }) ?? lines.firstIndex(where: { $0.role == .body }),
      let lastBody = lines.lastIndex(where: { $0.role == .body }), titleAt <= lastBody
    else { return nil }
    var bodyLine = 0
    for i in titleAt...lastBody {
      let line = lines[i]
      if line.role == .body { bodyLine += 1 }
      guard line.role == .body || line.role == .minor else { continue }
      let f = line.text
      guard f.tokens.count >= 2, f.tokens.count <= 35 else { continue }
      // (lead-ins may follow each other: "Ảnh: Đại biểu dự Hội thảo …")
      var leadIn = 0
      for _ in 0..<2 {
        guard let p = MeetingExtractor.captionLeadIns.first(where: { f.matches($0, at: leadIn) }) else { break }
        leadIn += p.count
      }
      // (or a slogan, a question or a label closed by ":", "?" or "!" in its first ten words:
      // "Đoàn kết – Trí tuệ – Đổi mới: Đại hội …", "Bảo tồn làng nghề bằng cách nào? Hội thảo …")
      if leadIn == 0, let p = (1..<min(f.tokens.count, 11)).first(where: { j in
        let g = f.tokens[j].gap
        return g == UInt8(ascii: ":") || g == UInt8(ascii: "?") || g == UInt8(ascii: "!")
      }), !f.scalars[0..<f.tokens[p].start].contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }),
        MeetingExtractor.meetingNounStarts(f, at: p),
        MeetingExtractor.captionNouns.contains(where: { f.matches($0, at: p) })
      {
        // (no digit before it: "- Thứ Hai (20/12): Làm việc với …", "- 7h30: Hội nghị …" are a
        // diary's or a schedule's rows)
        leadIn = p
      }
      // (or the people first, the meeting after "tại": "Ông …, Phó Chủ tịch UBND TP Cần Thơ, phát
      // biểu chỉ đạo tại hội nghị." — a plain "hội nghị", "sự kiện" too)
      var peopleFirst = false
      if leadIn == 0, !MeetingExtractor.meetingNounStarts(f, at: 0), let at = MeetingExtractor.peopleFirstNoun(f) {
        leadIn = at
        peopleFirst = true
      }
      // (a caption's lead-in marks it as one even when it closes with a stop: "Quang cảnh Hội
      // nghị sơ kết hoạt động 6 tháng đầu năm …."; a bare line must not close like a sentence)
      // (a subheading that opens with the union and tells its act: "Liên hiệp các hội khoa học và
      // kỹ thuật Thái Bình sơ kết công tác 6 tháng đầu năm 2020")
      if leadIn == 0, line.role == .minor, !MeetingExtractor.endsWithStop(f), let m = unionActSubheading(f, line: bodyLine, index: i) {
        return m
      }
      guard leadIn > 0 || !MeetingExtractor.endsWithStop(f) else { continue }
      // (cheap first: a meeting's word where the noun must stand)
      guard leadIn < f.tokens.count, MeetingExtractor.meetingNounStarts(f, at: leadIn) else { continue }
      var s: AnalyzedSentence
      if line.role == .body {
        // (a paragraph of one sentence: the article's own sentence, so the meeting can point to it)
        let own = context.sentences.filter { $0.line == bodyLine && !$0.isTitle }
        guard own.count == 1, own[0].text.tokens.count == f.tokens.count else { continue }
        s = own[0]
      } else {
        s = minorLineSentence(f, line: bodyLine, index: i)
      }
      // (the people's unions are their titles — "TSKH. Phan Xuân Dũng – Chủ tịch Liên hiệp hội Việt
      // Nam phát biểu tại lễ kỷ niệm" — not the meeting's holder: the page's union holds it)
      if peopleFirst, s.unions.contains(where: { $0.start < leadIn }) {
        s = AnalyzedSentence(text: s.text, line: s.line, index: s.index, provinces: s.provinces.filter { $0.role == .place },
                             unions: s.unions.filter { $0.start >= leadIn }, dates: s.dates, quoted: s.quoted)
      }
      // (a bare line with a day of its own is a list's entry — "Đại hội lần thứ II, nhiệm kỳ 2003 –
      // 2008: 18.4.2003" — read by HistoryLine)
      guard leadIn > 0 || !s.dates.contains(where: { $0.day != nil }),
        let k = meetingNoun(in: s, allowReference: true), k == leadIn,
        case let ownKind = MeetingVocabulary.kind(in: f, from: k, to: MeetingVocabulary.windowEnd(in: f, after: k)),
        peopleFirst || ownKind != .khac,
        !f.containsWill(), !MeetingExtractor.isOfficeWork(f, noun: k), !isPlan(s, noun: k), !isContest(s, noun: k),
        // (a speaker's association before "tại" owns nothing)
        peopleFirst || !isOtherAssociationMeeting(s, noun: k),
        // ("Buổi làm việc giữa Đoàn công tác … của Đảng và Đảng đoàn Liên hiệp …": a union one of
        // the parties; otherwise no other owner after it — "… của Tỉnh ủy …")
        MeetingExtractor.hasUnionParty(s, noun: k) || MeetingExtractor.heldByUnionAfter(s, noun: k)
          // (the people before "tại" are its speakers, no holder)
          || (!MeetingExtractor.namesAnotherOwner(s, after: k) && (peopleFirst || !heldByAnotherBody(s, noun: k)))
      else { continue }
      // (the lines right under it: a record's time line, "Thời gian: ngày 24/11")
      let under = lines[(i + 1)..<min(lines.count, i + 4)].map(\.text)
      guard let m = dated(caption: s, noun: k, under: under) else { continue }
      // undated, it is the page's event only as the picture under the lead, or when the text
      // speaks of a meeting too ("Đó là không khí hội nghị Ban Thường vụ …", "Tại hội nghị, …"):
      // a feature's photo of some council meeting further down — "Hội nghị Ban Chấp hành … lần
      // thứ X (khóa III)" two paragraphs into a term's review, no meeting in its text — is none
      if m.date == nil, bodyLine > (line.role == .body ? 2 : 1), !spokenOf(kind: ownKind, besides: s) {
        return nil
      }
      return m
    }
    return nil
  }

  /// True when the meeting at `k` is one "giữa" (between) parties and a union is one of them.
  static func hasUnionParty(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    guard let g = s.text.find(p_giua, from: k + 1, to: min(s.text.tokens.count, k + 5)) else { return false }
    return s.unions.contains { $0.start > g && $0.scope != .plural }
  }

  /// True when a sentence of the text (not the caption's) names a meeting of the caption's kind,
  /// or one of no kind ("Tại hội nghị, …", "không khí hội nghị Ban Thường vụ …" under "Quang cảnh
  /// cuộc họp Ban Thường vụ") — not a list of other kinds ("các hoạt động hội thảo, tọa đàm, tập
  /// huấn" under a council meeting's photo).
  private func spokenOf(kind: MeetingKind, besides s: AnalyzedSentence) -> Bool {
    context.sentences.contains { o in
      guard !o.isTitle, o.index != s.index, let n = meetingNoun(in: o, allowReference: true) else { return false }
      let named = MeetingVocabulary.kind(in: o.text, from: n, to: MeetingVocabulary.windowEnd(in: o.text, after: n))
      return named == kind || named == .khac
    }
  }

  /// The first of the lead's paragraph and the next one whose first sentence opens with a day
  /// (the lead may be a one-line summary: "05 tập thể và 03 cá nhân được Liên hiệp Hội biểu
  /// dương …" over "Vào chiều ngày 25/01/2018, …").
  /// (The next paragraph's day must open it, nothing but words of the time of day before it —
  /// not "Trước đó, ngày 16/5, Liên hiệp Hội đã gửi văn bản …", an earlier step.)
  /// (Or the lead's one day wherever it stands, none of a document's or an occasion's: "Liên hiệp
  /// hội Đắk Lắk, ngày 27/10/2021, đã trang trọng mừng …".) The sentence and its day.
  private func openingDay() -> (sentence: AnalyzedSentence, day: DateMention)? {
    guard let lead = context.sentences.first(where: { !$0.isTitle && $0.line == 1 }) else { return nil }
    if let d = lead.dates.first(where: { $0.day != nil && !$0.anniversary && $0.start <= 3 }) ?? leadsOneDay(lead) {
      return (lead, d)
    }
    guard !lead.dates.contains(where: { $0.day != nil }),
      let next = context.sentences.first(where: { !$0.isTitle && $0.line == 2 }),
      let d = next.dates.first(where: { $0.day != nil && !$0.anniversary }),
      next.text.tokens[0..<d.start].allSatisfy({ RelativeWeekday.dayCues.contains($0.hash) })
    else { return nil }
    return (next, d)
  }

  /// The one day of `lead`, when it writes exactly one and `meetingDate` takes it for an event's
  /// (not a document's, an occasion's or a count's "tính đến ngày").
  private func leadsOneDay(_ lead: AnalyzedSentence) -> DateMention? {
    let days = lead.dates.filter { $0.day != nil && !$0.anniversary }
    guard days.count == 1, let d = days.first, d.cued, let written = meetingDate(in: lead, noun: 0, requireCue: true),
      context.complete(d) == written.date
    else { return nil }
    return d
  }

  /// Verbs of what people do at a meeting a caption shows them doing, before "tại" and its noun.
  static let captionVerbs: [Phrase] = [
    "phat bieu", "chi dao", "trao", "tang", "chu tri", "dieu hanh", "bao cao", "trinh bay", "nhan", "ky", "chup anh",
  ].phrases

  /// The noun after "tại" in a caption that names the people first and what they do there ("…
  /// phát biểu chỉ đạo tại hội nghị", "… trao quyết định tại buổi lễ"), a verb of `captionVerbs`
  /// within four words before "tại"; nil otherwise.
  static func peopleFirstNoun(_ f: FoldedText) -> Int? {
    let t = f.tokens
    guard t.count >= 4 else { return nil }
    for j in 2..<(t.count - 1) where t[j].hash == Lexicon.h_tai {
      let n = j + 1
      guard meetingNounStarts(f, at: n), captionNouns.contains(where: { f.matches($0, at: n) }) || f.matches(p_su_kien, at: n),
        f.contains(any: captionVerbs, from: max(0, j - 4), to: j)
      else { continue }
      return n
    }
    return nil
  }

  /// A minor line that opens with a union and tells what it held right after its name, an act of
  /// a named kind ("Liên hiệp các hội khoa học và kỹ thuật Thái Bình sơ kết công tác 6 tháng đầu
  /// năm 2020"): that meeting, dated and placed as a caption's.
  private func unionActSubheading(_ f: FoldedText, line: Int, index i: Int) -> Found? {
    guard f.tokens.count >= 4, f.matches(Lexicon.p_lien_hiep, at: 0) else { return nil }
    let s = minorLineSentence(f, line: line, index: i)
    guard let u = s.unions.first, u.start == 0, u.scope != .plural,
      let (at, kind) = MeetingExtractor.act(in: f, from: u.end, to: min(f.tokens.count, u.end + 2)), kind != .khac,
      !f.containsWill(), !f.contains(any: MeetingExtractor.planWords), !f.contains(any: MeetingExtractor.contestWords)
    else { return nil }
    return dated(caption: s, noun: at, under: [], kind: kind)
  }

  /// A minor line (no sentence of the article) read as one: its provinces, unions and days,
  /// numbered as `ArticleContext.datedMinorLines` are.
  private func minorLineSentence(_ f: FoldedText, line: Int, index i: Int) -> AnalyzedSentence {
    let finder = ProvinceFinder.shared(context.gazetteer)
    let p = finder.mentions(in: f)
    return AnalyzedSentence(text: f, line: line, index: AnalyzedSentence.minorLineIndex + i, provinces: p,
                            unions: UnionFinder.mentions(in: f, provinces: p, acronyms: finder.unionAcronyms),
                            dates: DateReader.mentions(in: f).filter { !$0.anniversary })
  }

  /// True when a union named after the noun at `k` holds it: "… do Liên hiệp các Hội … tỉnh tổ
  /// chức", "… của Liên hiệp Hội tỉnh".
  static func heldByUnionAfter(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let t = s.text.tokens
    return s.unions.contains { u in
      u.start > k && u.scope != .plural && (t[u.start - 1].hash == FoldedText.h_do || t[u.start - 1].hash == MeetingExtractor.h_cua)
    }
  }

  /// True when the text's last character (past spaces) closes a sentence.
  static func endsWithStop(_ f: FoldedText) -> Bool {
    guard let last = f.scalars.last(where: { $0 != " " && $0 != "\t" }) else { return false }
    return last == "." || last == "!" || last == "?" || last == ";" || last == "…"
  }

  /// The caption's meeting with its day (its own, else the lead's opening day) and its place.
  private func dated(caption s: AnalyzedSentence, noun k: Int, under: [FoldedText], kind: MeetingKind? = nil) -> Found? {
    var date: FactDate? = nil
    var yearReason: ConfidenceReason? = nil
    var place: Province? = nil
    if let own = s.dates.first(where: { $0.day != nil }) {
      date = context.complete(own)
    } else if let time = under.first(where: { EventRecord.field(of: $0) == .time }),
      let d = DateReader.mentions(in: time).first(where: { $0.day != nil && !$0.anniversary })
    {
      date = context.complete(d)
    } else if let (lead, d) = openingDay(), meetingNoun(in: lead, allowReference: false) == nil,
      !(context.leadDatelineDate == d && context.leadDatelineSentence == lead.index), !context.isUpcoming(d),
      let full = context.complete(d)
    {
      date = full
      yearReason = self.yearReason(of: d)
      // (the place the lead names with its day: "Chiều 15-5, tại Hà Nội, …")
      place = lead.provinces.first { $0.role == .place && $0.start <= d.end + 6 }?.province
    }
    var m = describe(s, noun: k, date: date)
    if let kind { m.kind = kind }
    if s.isMinorLine { m.sentences = [] }
    // (a council's or board's meeting that looks back on a period, in the caption, the headline
    // or the lead, is a review: "Hội nghị Ban Chấp hành tổng kết công tác năm 2019 …")
    // (an undated council meeting — a report of it rather than of a day — with everything the
    // first paragraphs say of the period, as for the headline's)
    // (and a dated one at the turn of the half year or the year, the headline's look back with it:
    // "… đạt nhiều kết quả nổi bật trong 6 tháng đầu năm 2016" over "Sáng 01/07/2016, …")
    let wide = m.kind == .ban_chap_hanh && (m.date == nil || m.date.map { [1, 6, 7, 12].contains($0.month ?? 0) } == true)
    if m.kind == .ban_chap_hanh || m.kind == .ban_thuong_vu || m.kind == .khac,
      ([s] + context.sentences.filter { $0.isTitle || $0.isLead || (wide && $0.line <= 3) }).contains(where: {
        reviewsPeriod($0, implied: m.kind != .ban_thuong_vu, reportedPeriod: wide, council: m.kind == .ban_chap_hanh)
      })
    {
      m.kind = .tong_ket
    }
    if let place { m.province = place; m.provinceRank = 0 }
    if let yearReason { m.reasons.insert(yearReason) }
    m.reasons.insert(.namedInCaption)
    // (its union the caption's, else the page's — named with its province, or only as "Liên hiệp
    // các Hội … tỉnh" in the headline or the lead)
    let named = context.sentences.first { ($0.isTitle || $0.isLead) && $0.unions.contains { $0.scope != .plural } }?
      .unions.first { $0.scope != .plural }?.scope
    return placed(m, union: pageUnion(nil) ?? named)
  }
}
