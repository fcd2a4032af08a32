import VustaModel

/// The article's main event: the meeting its headline and lead report, dated and placed from
/// the lead, the title, a caption or the paragraphs that follow (one part of `MeetingExtractor`).
extension MeetingExtractor {
  /// True when the article's lead reports another body's meeting (a member association's
  /// congress, the Tỉnh ủy's conference): the attendance it gives is that meeting's.
  func leadIsOtherBodysMeeting() -> Bool {
    for s in context.sentences where s.isLead {
      guard let k = meetingNoun(in: s, allowReference: false) else { continue }
      return heldByAnotherBody(s, noun: k) || isOtherAssociationMeeting(s, noun: k)
    }
    return false
  }

  /// How far a feature's event may stand from its headline: the body's first six paragraphs.
  static let deferredLeadLines = 6
  /// Words of something done: "đã", "vừa".
  static let pastMarks: [Phrase] = ["da", "vua"].phrases
  /// True when the sentence places its event at a venue of "the province" left unnamed: "tại
  /// Trung tâm Hội nghị tỉnh", "tại Hội trường UBND tỉnh," — no province's name after "tỉnh".
  static func atProvincesVenue(_ f: FoldedText) -> Bool {
    let t = f.tokens
    // (or opening the sentence as where it was held: "Trung tâm Hội nghị tỉnh là nơi Liên hiệp …
    // tiến hành …")
    for i in [-1] + t.indices.filter({ t[$0].hash == Lexicon.h_tai }) where i + 2 < t.count {
      guard let venue = ProvinceFinder.venueNouns.first(where: { f.matches($0, at: i + 1) }) else { continue }
      var j = i + 1 + venue.count
      if j < t.count, t[j].hash == MeetingExtractor.h_ubnd { j += 1 }
      guard j < t.count, t[j].hash == Lexicon.h_tinh else { continue }
      if i == -1 { return f.matches(Lexicon.p_la_noi, at: j + 1) }
      // (nothing named after it: the clause goes on, or ends)
      if j + 1 == t.count || t[j + 1].gap != 0 || !t[j + 1].isCap { return true }
    }
    return false
  }
  static let h_ubnd = Phrase.hash("ubnd")

  /// "Tại đây, …", "Ở đó, …": the place of the sentence before.
  static let thereWords: [Phrase] = ["tai day", "o day", "tai do", "o do"].phrases

  /// A sentence that opens with a day and goes on to a union holding a meeting: "Ngày 13/8, Liên
  /// hiệp … đã khai mạc và tiến hành Đại hội …" (not "Theo Công văn số … ngày 29/5/2019, Tỉnh ủy
  /// … báo cáo kết quả tổng kết …": a document's day, no verb of holding).
  func opensWithItsEvent(_ s: AnalyzedSentence) -> Bool {
    // ("Thứ Sáu tuần rồi, Hội nghị Tổng kết … đã được Liên hiệp Hội Quảng Ngãi … tổ chức": a day
    // told by its weekday, counted back from the posting date, opening the sentence; its verb
    // may follow the meeting)
    if !s.unions.isEmpty, s.dates.isEmpty, let p = context.published, p.day != nil, s.text.tokens.count > 6,
      RelativeWeekday.day(in: s.text.slice(0, s.text.tokens[6].start), posted: p) != nil,
      let k = meetingNoun(in: s, allowReference: false), k <= 25
    {
      return s.text.contains(any: MeetingExtractor.eventVerbs)
    }
    guard !s.unions.isEmpty, let d = s.dates.first, d.day != nil, d.cued, d.start <= 3,
      let k = meetingNoun(in: s, allowReference: false), k > d.end, k - d.end <= 25
    else { return false }
    return s.text.contains(any: MeetingExtractor.eventVerbs, from: d.end, to: k + 1)
  }

  /// True when the article is a plan posted as it stands: a line "KẾ HOẠCH" in capitals, and
  /// nothing else, between the headline and the text — or right over the headline, when the
  /// headline told is the plan's subject line ("KẾ HOẠCH" / "Về tổ chức Hội nghị trí thức …").
  func postsItsPlan() -> Bool {
    let lines = context.mainLines
    guard let title = lines.firstIndex(where: { $0.role == .title }) else { return false }
    let textAt = lines.firstIndex(where: { $0.role == .body }) ?? lines.count
    return lines[max(0, title - 1)..<max(title + 1, textAt)].contains { l in
      l.text.tokens.count == 2 && l.text.matches(Lexicon.p_ke_hoach, at: 0) && l.text.tokens.allSatisfy(\.isAllCaps)
    }
  }

  /// Words before a union's name that name its organs or members: "Ban chấp hành …", "… thuộc".
  static let unionOrgansBefore: [Phrase] = ["ban chap hanh", "thuoc", "hoi dong trung uong"].phrases

  /// True when a page names the union beyond the guest list `s` opens with: in another sentence
  /// that lists no guests ("Trong nhiệm kỳ vừa qua, Liên hiệp Hội tỉnh Cà Mau đã …"), or in `s`
  /// as its organs and members ("Ban chấp hành Liên hiệp Hội; Chủ tịch các hội thành viên thuộc
  /// Liên hiệp Hội") — not only as a guest's title ("…, Chủ tịch Liên hiệp các Hội … tỉnh").
  func namesUnionBeyondGuests(_ s: AnalyzedSentence) -> Bool {
    // (the words before a union that make it the page's own: its organ, its members)
    context.sentences.contains { o in
      o.index != s.index && !o.unions.isEmpty
        && !o.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, o.text.tokens.count))
    } || s.unions.contains { u in
      MeetingExtractor.unionOrgansBefore.contains { s.text.endsWith($0, before: u.start) }
    }
  }

  func mainEvent() -> Found? {
    // the title and the lead; when the lead names no meeting (a first paragraph about the newly
    // elected chairman), the next paragraph
    // (an editor's note in brackets over a published speech, "(Ban biên tập: … cùng chủ trì Hội
    // thảo; dưới đây là bài phát biểu khai mạc.)", is no lead: the speech's opening paragraph may
    // give the meeting)
    let leadNamesOne = !Speech.isEditorsNote(line: 1, in: context.sentences)
      && context.sentences.contains { $0.isLead && meetingNoun(in: $0, allowReference: false) != nil }
    // (or a paragraph that starts with the meeting and gives its day later: "Đại hội … lần thứ
    // VIII … bước vào phiên chính thức sáng 25/12")
    // (or a second paragraph that names it where something was said, dated after it: "Đó là
    // đánh giá của ông …, tại lễ tổng kết 20 năm hoạt động của Liên hiệp … diễn ra ngày 6-10")
    // (an interview's: its first answer, past the speaker's name — the reporter's questions ask,
    // they report nothing held)
    // (an editor's note as the second paragraph is passed over for the one after it)
    var second = Interview.secondParagraph(in: context.sentences)
    // (or whose union holds it in so many words, the day after: "Liên hiệp … đã tổ chức Hội thảo
    // “…” vào chiều 18/12 tại Hà Nội")
    func heldByItsUnion(_ s: AnalyzedSentence) -> Bool {
      guard let k = meetingNoun(in: s, allowReference: false) else { return false }
      return MeetingExtractor.holdVerbsBefore.contains { s.text.endsWith($0, before: k) } && s.unions.contains { $0.end <= k }
    }
    // (or, undated, whose union holds it and whose next sentence lists its guests: "… khi Liên
    // hiệp … Hải Phòng tiến hành Đại hội đại biểu lần thứ VII …. Về dự đại hội có …")
    func heldAndAttended(_ s: AnalyzedSentence) -> Bool {
      guard s.dates.isEmpty, heldByItsUnion(s),
        let next = context.sentences.first(where: { $0.index > s.index }), next.line == s.line
      else { return false }
      return next.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, next.text.tokens.count))
    }
    // (or, undated, that opens at its union's meeting where things were done: "Tại phiên họp của
    // hội nghị Ban chấp hành lần 14 Liên hiệp … tỉnh Tây Ninh, các đại biểu đã biểu quyết …")
    func opensAtItsMeeting(_ s: AnalyzedSentence) -> Bool {
      let t = s.text.tokens
      guard s.dates.isEmpty, t.count > 8, t[0].hash == Lexicon.h_tai,
        let k = meetingNoun(in: s, allowReference: true), k <= 5,
        let u = s.unions.first, u.start > k, u.start - k <= 12
      else { return false }
      return s.text.contains(any: MeetingExtractor.pastMarks, from: u.end, to: t.count)
    }
    func datedByItsUnion(_ s: AnalyzedSentence) -> Bool {
      !s.unions.isEmpty && s.dates.contains { d in
        d.day != nil && d.cued && (d.start <= 3 + Interview.answerStart(s.text) || MeetingExtractor.opensWithMeeting(s.text)
          || namesMeetingAtBefore(s, date: d))
      } || (s.dates.contains { $0.day != nil && $0.cued } && heldByItsUnion(s))
    }
    // (an interview's first answer, under the reporter's question, stands for the lead: "Phóng
    // viên: … diễn ra khi nào?" then "Ông Phạm Văn Tân: Ngày 27/3/2019, tại Hà Nội, Khối thi
    // đua … đã tổ chức Hội nghị tổng kết …" — its day opening the answer, whoever holds it)
    let interview = second == 3 && Interview.secondParagraph(in: context.sentences) == 3
    func answersWithItsDay(_ s: AnalyzedSentence) -> Bool {
      guard interview else { return false }
      let start = Interview.answerStart(s.text)
      return start > 0 && s.dates.contains { $0.day != nil && $0.cued && $0.start <= start + 3 }
    }
    // (unless the note itself reports the meeting its union held on a day: "(Sáng nay (22/11),
    // Liên hiệp … tiến hành Đại hội Đại biểu lần thứ …. Dưới đây là bài phát biểu của …)")
    if Speech.isEditorsNote(line: second, in: context.sentences),
      !context.sentences.contains(where: { $0.line == second && datedByItsUnion($0) })
    {
      second += 1
    }
    // (a feature that opens with a scene and reaches its event a few paragraphs on — "Trong hội
    // trường, những bó hoa …" then "Ngày 13/8, Liên hiệp … đã khai mạc và tiến hành Đại hội …" —
    // when neither its headline nor its lead names a meeting: the first of the next paragraphs
    // that does so, dated by its union)
    if !leadNamesOne, !context.sentences.contains(where: { $0.isTitle && meetingNoun(in: $0, allowReference: false) != nil }),
      !context.sentences.contains(where: { $0.line == second && datedByItsUnion($0) }),
      let later = context.sentences.first(where: { $0.line > second && $0.line <= MeetingExtractor.deferredLeadLines
        && (opensWithItsEvent($0) || heldAndAttended($0)) })
    {
      second = later.line
    }
    // (a round-up's headline that names several provinces bare — "Giữa tháng 3/2021: Hòa Bình,
    // Quảng Nam đại hội, Lạng Sơn hội thảo …" — tells no one event: its lead does)
    let candidates = context.sentences.filter { s in
      // (nor a round-up's headline naming the unions of several provinces together, "Miền Trung -
      // Tây Nguyên: Liên hiệp hội các tỉnh sôi nổi đại hội, tổng kết …": each item has its own)
      (s.isTitle && !MeetingExtractor.namesSeveralProvincesBare(s) && !roundUpHeadline(s))
        || (!s.isTitle && !Interview.isQuestion(s, in: context.sentences)
        // (a sentence that opens "Trước đó" tells an earlier step, another event: "Trước đó, vào
        // chiều 24/6, … tổ chức hội thảo …" under the headline of a ceremony)
        && !s.text.matches(MeetingExtractor.earlierStep, at: 0)
        && (s.isLead
          || (!leadNamesOne && s.line == second && (datedByItsUnion(s) || answersWithItsDay(s) || (s.dates.isEmpty && opensWithItsEvent(s)) || heldAndAttended(s) || opensAtItsMeeting(s)))
          // (or a report's: the line over its record's time line, "BÁO CÁO NHANH kết quả Hội nghị
          // …" over "- Thời gian: sáng 4-1.")
          || (!leadNamesOne && s.line <= 3 && !s.unions.isEmpty && recordsDay(after: s))))
    }
    let articleAboutLHH = context.sentences.contains { !$0.unions.isEmpty }
    guard articleAboutLHH else { return nil }
    var mentions: [(AnalyzedSentence, Int)] = []
    let titleHasUnion = candidates.first { $0.isTitle }.map { !$0.unions.isEmpty } ?? false
    let hasTitle = context.sentences.contains { $0.isTitle }
    var leadPlansIt = false
    var heldBy: UnionMention? = nil  // the holder named in the sentence after the lead's
    var contestLine: Int? = nil  // the paragraph whose meeting was a contest's
    // (a plan posted as the article — its own "KẾ HOẠCH" heading under the headline — plans the
    // meeting its headline names: "Liên hiệp hội tỉnh tổ chức Hội nghị trí thức …" over "Số
    // 05-KH/LHH" / "KẾ HOẠCH" / "Tổ chức Hội nghị trí thức …")
    let postsAPlan = postsItsPlan()
    for s in candidates {
      guard let k = meetingNoun(in: s, allowReference: false) else { continue }
      if s.isTitle && postsAPlan { continue }
      if isPlan(s, noun: k) {
        leadPlansIt = leadPlansIt || !s.isTitle
        if isContest(s, noun: k) { contestLine = s.line }
        continue
      }
      // "… trân trọng thông báo: Đại hội … sẽ được tổ chức vào 8 giờ ngày 18/12/2019 …. Đại hội
      // có nhiệm vụ …": once the lead has planned the meeting, an undated mention after it with
      // nothing done is the planned one
      if leadPlansIt, !s.isTitle, !s.dates.contains(where: { $0.day != nil }), s.text.findDone(from: 0, to: k + 1) == nil {
        continue
      }
      if isContest(s, noun: k) {
        contestLine = s.line
        continue
      }
      // "Ban Tổ chức Hội thi đã có buổi họp …", then "Chủ trì buổi họp là … Chủ tịch Liên hiệp
      // hội": the paragraph's plain "buổi họp" is the contest's meeting it has just named (the
      // lead's, when the headline named it: "Ban Tổ chức Hội thi … họp …")
      // (not a meeting with a holder of its own before it: "Chiều cùng ngày, Ban Thường vụ Liên
      // hiệp … đã họp …")
      // (a union named before it only in its chair's title holds nothing: "PGS.TS …, Phó Chủ tịch
      // Liên hiệp … chủ trì buổi họp" under the contest board's meeting)
      if let c = contestLine, s.line == c || (c == 0 && s.isLead), isPlainMeetingWord(s, noun: k),
        !s.unions.contains(where: { $0.start < k }) || (max(0, k - 3)..<k).contains { s.text.matches(MeetingExtractor.p_chu_tri, at: $0) },
        !s.text.contains(any: MeetingExtractor.sameDayCues, from: 0, to: k)
      {
        continue
      }
      // "Từ năm 2019, Liên hiệp … đã tổ chức Diễn đàn … luân phiên tại các tỉnh": a series, not
      // one event held (the title's event then stands on the lead no more than a plan does)
      if !s.isTitle, isHabit(s, noun: k) {
        leadPlansIt = true
        continue
      }
      // "Tới dự Đại hội có …, Chủ tịch Liên hiệp … tỉnh": a list of guests names a union only as
      // a guest; without a title that names a union, the meeting is some other body's
      // ("Với sự tham dự của 20 tỉnh …, Ban công tác … đã tổng kết …" opens with the guests as an
      // adverbial; the clause after it is the event)
      // (a page with no headline at all — a passage that starts inside the article, "Tham dự và
      // chỉ đạo Đại hội có GS. …, Chủ tịch Liên hiệp Hội Việt Nam; …" — has no headline to say
      // whose meeting it is: the guests' meeting is the page's when the page names the union
      // beyond its guests, or its organs and members among them, and no other body holds it)
      if !s.isTitle, !titleHasUnion, s.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, s.text.tokens.count)),
        !s.text.matches(MeetingExtractor.p_voi_su, at: 0), hasTitle || !namesUnionBeyondGuests(s)
      {
        continue
      }
      // another body's meeting (the Tỉnh ủy's, a member association's): the article's event is not the union's
      // (and when the lead says so, the title's meeting is that body's too)
      let honoured = isHonouredAt(s, noun: k)
      if honoured || heldByAnotherBody(s, noun: k) {
        // (another body that receives the union and works with it — "Thường trực Liên minh HTX
        // tỉnh đã tiếp và làm việc … với … Liên hiệp hội …" — holds a working session the union
        // is a main party of)
        if !honoured, worksWithUnion(s) {
          mentions.append((s, k))
          if s.isTitle { continue } else { break }
        }
        if s.isTitle { continue }
        // "Hội đồng phản biện (UBND tỉnh) tổ chức hội thảo …" then "Chủ trì hội thảo gồm … Chủ
        // tịch Liên hiệp các Hội … tỉnh": the union's head presides, the union is a main party
        guard !honoured, let u = chairedByUnion(after: s, noun: k) else { return nil }
        mentions.append((s, k))
        heldBy = u
        break
      }
      if isOtherAssociationMeeting(s, noun: k) { if s.isTitle { continue } else { return nil } }
      // (a report's row of office work or of another body's meeting attended: OfficeDiary)
      if MeetingExtractor.isOfficeWork(s.text, noun: k) || attendsAnotherBodysMeeting(s, noun: k) { continue }
      // "Đại hội Liên hiệp các Hội KHKT Cẩm Xuyên" on a page about a district's union: the
      // meeting of the union named right after it, which is the district's
      // (or right before it: "Liên hiệp các Hội KHKT Cẩm Xuyên Đại hội nhiệm kỳ 2018-2023", the
      // district named without "huyện")
      if context.aboutDistrictUnion, !titleHasUnion, s.unions.isEmpty,
        s.text.find(Lexicon.p_lien_hiep, from: max(0, k - 12), to: min(s.text.tokens.count, k + 8)) != nil
      {
        if s.isTitle { continue } else { return nil }
      }
      if !s.isTitle && s.unions.isEmpty && !titleHasUnion {
        // "Hội thảo khoa học … diễn ra từ ngày 17 – 19/8/2022, tại … Thanh Hóa." then "Hội thảo do
        // Liên hiệp các Hội … tổ chức": the holder in the lead's next sentence
        // (or named by the union's organ or term, the union named elsewhere on the page: "Hội nghị
        // Ban Thường vụ quý IV đã được tổ chức ngày 17/12" under a header that names the union)
        if let u = heldInNextSentence(s, noun: k) ?? chairedByUnion(after: s, noun: k) ?? organsUnion(s, noun: k) {
          mentions.append((s, k)); heldBy = u
        }
        break
      }
      mentions.append((s, k))
      if !s.isTitle { break }  // the title and the first lead sentence that names it
    }
    // "Sau lớp đầu tiên …, tổ chức từ ngày 14 đến 16/10/2015 tại Đà Nẵng, Liên hiệp hội … tiếp
    // tục mở lớp thứ hai …": the opening clause's day and place are the earlier part's (SeriesPart)
    mentions = mentions.map { (s, k) in
      guard !s.isTitle, let c = MeetingExtractor.openingPartClause(s),
        // (the event's noun in the main clause: the opening clause's noun is the first part's)
        let main = k >= c ? k : meetingNoun(in: s, allowReference: true, from: c)
      else { return (s, k) }
      return (AnalyzedSentence(text: s.text, line: s.line, index: s.index, provinces: s.provinces.filter { $0.start >= c },
                               unions: s.unions, dates: s.dates.filter { $0.start >= c }, quoted: s.quoted), main)
    }
    // "Chiều 11-3, tại Hà Nội, Bộ …, Ủy ban … và Liên hiệp … đã ký chương trình phối hợp …" then
    // "Phát biểu tại lễ ký, …": an act of the union's the next sentences call an occasion
    // (named back as an occasion, it is the page's event even with no day: "Tại Hà Nội, Liên hiệp
    // … đã công bố dự thảo …" then "Thông tin tại buổi công bố, …"; told by its acts alone, only
    // with its day)
    // (named only in a caption or a subheading, the headline and the lead about the topic or the
    // people: CaptionedMeeting — it names the kind of an event the lead tells by its acts)
    let captioned = mentions.isEmpty && !leadPlansIt ? captionedMeeting() : nil
    if mentions.isEmpty, !leadPlansIt, let (lead, act, kind, namedBack) = actNamedBack().map({ ($0.0, $0.1, $0.2, true) })
      ?? actTold().map({ ($0.0, $0.1, $0.2, false) })
    {
      // (a date after the act is its object's: "… vừa công bố Dự thảo văn kiện Đại hội …, diễn
      // ra vào tháng 6")
      // (told by its acts alone, the day it was checked for is its own, on either side)
      let dated = !namedBack || lead.dates.contains { $0.start < act }
      var f = describe(lead, noun: act, date: dated ? meetingDate(in: lead, noun: act, requireCue: false)?.date : nil)
      f.kind = kind
      // ("Liên hiệp Các hội … tỉnh" with no name: the page's own province, as for any event)
      if f.province == nil, !isNational(f), let p = context.contextProvince {
        f.province = p
        f.reasons.insert(.provinceFromContext)
      }
      // ("… đã được các ủy viên Ban Chấp hành … cùng nhau xem xét, đánh giá" under the caption
      // "Hội nghị Ban Chấp hành tổng kết công tác năm 2019 …": the caption's kind)
      // (the more specific of the two, as for one meeting told twice)
      if let c = captioned, c.date == nil || c.date == f.date,
        MeetingKind.precedence.firstIndex(of: c.kind)! < MeetingKind.precedence.firstIndex(of: f.kind)!
      {
        f.kind = c.kind
      }
      if f.date != nil || namedBack { return f }
    }
    if let f = captioned { return f }
    guard !mentions.isEmpty else { return nil }
    // "Đại hội đại biểu toàn quốc …: hơn 1.000 đại biểu tham dự" over "Chiều 21/12, … đã có buổi
    // gặp gỡ báo chí để cung cấp thông tin về Đại hội …": the title's meeting is the topic of the
    // lead's, not the event
    if mentions.count == 2, mentions[0].0.isTitle, topicOfLead(mentions[1].0, noun: mentions[1].1, title: mentions[0].0, noun: mentions[0].1) {
      mentions.removeFirst()
    }
    // "Kỷ niệm lần thứ 19 ngày thành lập Liên hiệp …" over an essay: an anniversary the title
    // only names, with no gathering anywhere in the text, is the essay's occasion, not a ceremony
    if mentions.allSatisfy({ $0.0.isTitle }), let (t, k) = mentions.first, MeetingExtractor.isBareAnniversary(t.text, at: k),
      !context.sentences.contains(where: { !$0.isTitle && meetingNoun(in: $0, allowReference: true) != nil })
    {
      return nil
    }
    // "Hội nghị toàn quốc …" over a lead that says the meeting will be held ("Theo dự kiến, …
    // sẽ tới dự … tại Hội nghị"): a preview, no meeting yet
    if leadPlansIt, mentions.allSatisfy({ $0.0.isTitle }) { return nil }
    var result: Found? = nil
    for (s, k) in mentions {
      // "Sáng nay, tại …": the day the page was published
      let written = meetingDate(in: s, noun: k, requireCue: false)
      if written?.upcoming == true { if s.isTitle { continue } else { return nil } }  // a day shortly after the page's date: to come
      // (or at the end of its clause: "… tổ chức Hội nghị Ban Chấp hành … tại Hội trường Tỉnh ủy
      // vào sáng nay.")
      let today = written == nil && (s.text.contains(any: MeetingExtractor.todayWords, from: 0, to: k)
        || MeetingExtractor.todayWords.contains { p in s.text.find(p, from: k).map { $0 >= 1 && s.text.tokens[$0 - 1].hash == MeetingExtractor.h_vao } == true })
        && context.published?.day != nil
      let sameDay = written == nil ? dayOfTheSentenceBefore(s, noun: k) : nil
      // "sáng thứ Ba vừa qua", "chiều thứ Sáu tuần trước": counted back from the posting date
      let weekday = written == nil && !today && sameDay == nil
        ? context.published.flatMap { p in p.day == nil ? nil : RelativeWeekday.day(in: s.text, posted: p) } : nil
      var f = describe(s, noun: k, date: written?.date ?? sameDay ?? weekday ?? (today ? context.published : nil))
      if today || weekday != nil { f.reasons.insert(.dateFromPublication) }
      if let r = written?.yearReason { f.reasons.insert(r) }
      if f.union == nil, let u = heldBy { f.union = u.scope }
      if result == nil { result = f } else { result!.absorb(f) }
    }
    // what the first reading left open, read further on: a day the lead tells by its acts, a
    // caption's kind; the kind, the day and the place the following lines give
    let record = mentions.last.map { EventRecord.around($0.0, in: context.sentences) } ?? []
    result = withLeadsDayAndCaptionsKind(result, mentions: mentions)
    result = withKindReadFurther(result, mentions: mentions, record: record)
    result = withDayReadFurther(result, mentions: mentions, record: record)
    return withPlaceReadFurther(result, mentions: mentions)
  }

  /// The main event with the day the lead tells by its acts under a headline that names it, and
  /// the kind and day of a caption over the lead's bare "hội nghị" (`mentions`: the sentences
  /// that name it and where).
  func withLeadsDayAndCaptionsKind(_ result: Found?, mentions: [(AnalyzedSentence, Int)]) -> Found? {
    var result = result
    // a headline's meeting the lead tells by its acts with its day ("… đã tề tựu tại Thành phố
    // Hồ Chí Minh từ ngày 21 đến 23/7/2022"): the lead's day and place (ActTold)
    if var r = result, r.date == nil, mentions.allSatisfy({ $0.0.isTitle }), let (lead, at) = actDatedLead(),
      let written = meetingDate(in: lead, noun: at, requireCue: false), !written.upcoming
    {
      let f = describe(lead, noun: at, date: written.date)
      r.date = f.date
      r.reasons.subtract(Found.dateReasons)
      if let y = written.yearReason { r.reasons.insert(y) }
      if let p = f.province, r.province == nil || r.provinceRank > f.provinceRank { r.province = p; r.provinceRank = f.provinceRank }
      result = r
    }
    // the lead's bare, undated "hội nghị" ("Ông Hiệu cũng là người chủ trì hội nghị.") under a
    // caption that names it with its kind ("Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2012 …"):
    // the caption's kind, and its day (the lead's opening day) — CaptionedMeeting
    if var r = result, r.kind == .khac, r.date == nil, !mentions.contains(where: { $0.0.isTitle }),
      let c = captionedMeeting(leadNamesIt: true), c.kind != .khac
    {
      r.kind = c.kind
      if let d = c.date {
        r.date = d
        r.reasons.subtract(Found.dateReasons)
        r.reasons.formUnion(c.reasons.intersection(Found.dateReasons))
      }
      if let p = c.province, r.province == nil || r.reasons.contains(.provinceFromContext) {
        r.province = p
        r.reasons.remove(.provinceFromContext)
      }
      result = r
    }
    return result
  }

  /// The main event's kind read further on: a council meeting that reviews a period, a plain
  /// "hội nghị" the next sentence names more exactly (`record`: a report's labelled lines).
  func withKindReadFurther(_ result: Found?, mentions: [(AnalyzedSentence, Int)], record: [AnalyzedSentence]) -> Found? {
    var result = result
    // a Ban Chấp hành meeting that reviews the year or half-year is a review (tong_ket), as is a
    // Ban Thường vụ meeting that says it holds one ("sơ kết 6 tháng đầu năm")
    // (a report's record of labelled lines after the meeting's sentence: EventRecord)
    if var r = result, r.kind == .ban_chap_hanh || r.kind == .ban_thuong_vu || r.kind == .khac, let last = mentions.last?.0 {
      // (an undated Ban Chấp hành meeting — a report of it rather than of a day — is read with
      // everything the first two paragraphs say of the period)
      // (not one a following sentence dates: "… tiến hành “Hội nghị lần thứ 9 Hội đồng Trung ương
      // …”. Phiên họp diễn ra ngày 28/7 tại Hà Nội" is the report of a day)
      let wide = r.kind == .ban_chap_hanh && r.date == nil && followingDate(after: last, kind: r.kind) == nil
      // (a report's record of labelled lines after the meeting pushes its paragraphs down)
      let recordLines = Set(record.map(\.line)).count
      let around = context.sentences.filter { s in
        // (the headline that names the same organ, even where its verb "hop" typed without marks
        // names no meeting: "Binh Dinh: Lien hiep Hoi hop Ban Chap hanh, so ket 6 thang …" — not a
        // year's look back, "… Nhìn lại một năm nhiều dấu ấn", over a council meeting of March)
        mentions.contains { $0.0.index == s.index }
          || (s.isTitle && s.text.contains(any: [r.kind == .ban_thuong_vu ? MeetingExtractor.p_ban_thuong_vu : MeetingExtractor.p_ban_chap_hanh]))
          // (or the union's own look back in the headline over a council meeting at the turn of
          // the half year or the year: "Bình Định: Liên hiệp Hội nhìn lại hoạt động nửa đầu năm
          // 2024" over "Hội nghị Ban Chấp hành lần thứ 15 … ngày 28/6/2024")
          || (s.isTitle && r.kind == .ban_chap_hanh && !s.unions.isEmpty && r.date.map { [1, 6, 7, 12].contains($0.month) } == true)
          || (s.line <= 2 && s.index == last.index + 1) || (wide && s.line <= 3)
          // "Hội nghị cũng đã nghe và thông qua Báo cáo tổng kết …": what the meeting itself did
          || (s.line <= 4 + recordLines
            && (s.text.matches(MeetingExtractor.p_hoi_nghi, at: 0) || s.text.matches(MeetingExtractor.p_tai_hoi_nghi, at: 0)))
      }
      // ("hội nghị đánh giá kết quả hoạt động năm 2025 và triển khai nhiệm vụ …": a review too)
      // (a council meeting at the turn of the year that reports the closing year's work — "năm
      // 2016, 33 Hội thành viên … đã …" in January 2017 — reviews that year)
      let closing: Int? = (r.date ?? context.published).flatMap { d in
        d.month == 12 ? d.year : d.month == 1 || d.month == 2 ? d.year - 1 : nil
      }
      if around.contains(where: { s in
        reviewsPeriod(s, implied: r.kind != .ban_thuong_vu, reportedPeriod: wide, council: r.kind == .ban_chap_hanh)
          || (r.kind == .ban_chap_hanh && closing.map { MeetingExtractor.namesYear($0, in: s.text) } == true)
      }) || (r.kind == .ban_chap_hanh && reportsYearThenNext(after: last)) {
        r.kind = .tong_ket
        result = r
      }
    }
    // "… mở hội nghị trực tuyến …. Hội thảo được nối với 40 điểm cầu …": a plain "hội nghị" the
    // next sentence of its paragraph calls by a more specific name (opening with it, or with
    // "Tại" and it) is of that kind
    // (only a "hội nghị", named bare in the next sentence and going on at once — "Hội thảo được
    // nối …", "Hội thảo diễn ra …", "Tại hội thảo, …" — with no plan and no other time: not "Tập
    // huấn kỹ năng … là nhiệm vụ …", "Hội thảo … sẽ được tổ chức vào tháng 3", "Hội thảo năm
    // ngoái …", a second event "diễn ra ngay sau buổi lễ")
    if var r = result, r.kind == .khac, let (last, k) = mentions.last, !last.isTitle,
      last.text.matches(MeetingExtractor.p_hoi_nghi, at: k),
      let next = context.sentences.first(where: { $0.index > last.index }), next.line == last.line,
      next.dates.isEmpty, !next.text.containsWill()
    {
      let f = next.text
      let at = f.tokens.first?.hash == Lexicon.h_tai ? 1 : 0
      if let n = meetingNoun(in: next, allowReference: true), n == at, n + 2 < f.tokens.count,
        at == 1 ? f.tokens[n + 2].gap == UInt8(ascii: ",") : MeetingExtractor.goesOnVerbs.contains(where: { f.matches($0, at: n + 2) }),
        !isPlan(next, noun: n)
      {
        let kind = MeetingVocabulary.kind(in: f, from: n, to: n + 2)
        if kind == .hoi_thao || kind == .tap_huan {
          r.kind = kind
          result = r
        }
      }
    }
    return result
  }

  /// The main event's day read further on: a following sentence that names it with its day, a
  /// record's time line, a caption's day, a clause's year, a closing day, a date line before it.
  /// Nil when the record dates it to come.
  func withDayReadFurther(_ result: Found?, mentions: [(AnalyzedSentence, Int)], record: [AnalyzedSentence]) -> Found? {
    var result = result
    // "… vừa tổ chức hội thảo về …. Hội thảo diễn ra ngày 14/3 tại …": the date in a following
    // sentence that speaks of the same event
    if var r = result, r.date == nil || r.date?.day == nil, let last = mentions.last?.0,
      let (d, yearReason, dating) = followingDate(after: last, kind: r.kind), r.date == nil || r.date?.year == d.year
    {
      r.date = d
      // (its sentence may list the sessions `successiveSessions` parts: "Các buổi làm việc diễn
      // ra trong các ngày 9, 16 và 18/3/2022")
      r.datedBy = dating
      // (and places it, when nothing before did: "Lớp học diễn ra tại …, thành phố Vĩnh Yên (Vĩnh
      // Phúc), trong ba ngày 4–6/11/2015")
      if r.province == nil || r.provinceRank > 0,
        let p = context.sentences.first(where: { $0.index == dating })?.provinces.first(where: { $0.role == .place })
      {
        r.province = p.province
        r.provinceRank = 0
        r.reasons.subtract([.provinceFromContext, .provinceFromHost])
      }
      r.reasons.subtract(Found.dateReasons)
      if let yearReason { r.reasons.insert(yearReason) }
      result = r
    }
    // "Theo ghi nhận tại Hội thảo sáng 26/05/2016, …", "Buổi lễ ngày 26 tháng 5 năm 2015 cũng
    // là dịp …" paragraphs after an undated lead: the event named again with its day
    if var r = result, r.date == nil || r.date?.day == nil, let last = mentions.last?.0,
      let (d, yearReason, dating) = dayNamedWithNoun(after: last, kind: r.kind), r.date == nil || r.date?.year == d.year
    {
      r.date = d
      r.datedBy = dating
      r.reasons.subtract(Found.dateReasons)
      if let yearReason { r.reasons.insert(yearReason) }
      result = r
    }
    // "- Hội nghị: tổng kết hoạt động năm 2014 …" then "- Thời gian: ngày 31 tháng 01 năm 2015.",
    // "- Địa điểm: Hà Nội.": a report's record of the event sets its day and place out on
    // labelled lines (EventRecord)
    if var r = result, !record.isEmpty {
      if r.date == nil || r.date?.day == nil,
        let m = record.lazy.filter({ EventRecord.field(of: $0.text) == .time }).compactMap({ $0.dates.first { $0.day != nil } }).first,
        let d = context.complete(m), r.date == nil || r.date?.year == d.year
      {
        // (a record of a day after the page's own — an invitation, a course to enrol in — sets
        // out a meeting to come)
        if context.isUpcoming(m) || (m.year != nil && context.published.map { d > $0 } == true) { return nil }
        r.date = d
        r.reasons.subtract(Found.dateReasons)
        if m.year == nil, context.steppedBack(m) { r.reasons.insert(.yearBeforePosting) }
      }
      if r.province == nil || r.provinceRank > 0,
        let p = record.lazy.filter({ EventRecord.field(of: $0.text) == .place }).compactMap({ $0.provinces.first }).first
      {
        r.province = p.province
        r.provinceRank = 0
      }
      result = r
    }
    // "Vừa qua, Liên hiệp … đã tổ chức Hội nghị …" with the day only in a caption ("Toàn cảnh hội
    // nghị ngày 23.4"), a "Thời gian:" line under the headline or a closing line in brackets
    // ("(Buổi làm việc diễn ra ngày 21/10/2020)"): that line's day
    if var r = result, r.date == nil, let (d, reason) = dayOfMinorLine(kind: r.kind) {
      r.date = d
      r.reasons.subtract(Found.dateReasons)
      if let reason { r.reasons.insert(reason) }
      result = r
    }
    // "…, năm 2022, Liên hiệp Hội đã tổ chức tập huấn …": a year opening the clause of the held
    // event, and no day or month anywhere for it, dates it to that year
    if var r = result, r.date == nil, let (s, k) = mentions.last, !s.isTitle, let y = MeetingExtractor.clauseYear(s, noun: k) {
      r.date = FactDate(year: y, month: nil, day: nil)
      r.reasons.subtract(Found.dateReasons)
      result = r
    }
    // "Chiều 26/7/2019, Đại hội … đã bế mạc sau hai ngày làm việc": its first day (ClosingDay)
    if var r = result, let d = r.date,
      let first = context.sentences.lazy.filter({ s in
        (mentions.contains { $0.0.index == s.index } || s.index == r.datedBy) && s.dates.contains { context.complete($0) == d }
      }).compactMap({ self.firstDay(closingOn: d, in: $0) }).first
    {
      r.date = first
      result = r
    }
    // "Ngày 12/5/1988 tại Nhà hát Lớn (Hà Nội). Đại hội … chính thức khai mạc": a line that
    // holds only the date (and place) of the event, right before the sentence that names it
    if var r = result, r.date == nil, let (d, place) = dateLineBeforeEvent(kind: r.kind) {
      r.date = d
      if let place, r.province == nil || r.provinceRank > 0 { r.province = place; r.provinceRank = 0 }
      result = r
    }
    return result
  }

  /// The main event's place read further on: where the lead's next sentences place it, the
  /// province that welcomes a national body's meeting, the article's own province.
  func withPlaceReadFurther(_ result: Found?, mentions: [(AnalyzedSentence, Int)]) -> Found? {
    var result = result
    // "Hội nghị được tổ chức tại điểm cầu chính …, quận Hai Bà Trưng, Hà Nội": where the
    // lead's next sentences place it
    if var r = result, r.province == nil || r.provinceRank > 0, let last = mentions.last?.0 {
      for s in context.sentences where s.index > last.index && s.line <= max(last.line, 1) + 1 && s.line >= 1 {
        guard let n = meetingNoun(in: s, allowReference: true),
          let p = s.provinces.first(where: { $0.role == .place }) else { continue }
        // (not a clause of a round-up that reports another union's event: "…; tiếp đó, … Liên
        // hiệp … tỉnh Nghệ An tổ chức thành công Đại hội …, tại tỉnh Nghệ An" — its own union
        // named before its noun, a province the event's sentences never named)
        if s.unions.contains(where: { u in
          guard u.start < n, case .province(let q) = u.scope else { return false }
          return q.code == p.province.code
        }), !mentions.contains(where: { m in m.0.provinces.contains { $0.province.code == p.province.code } }) {
          break
        }
        // (nor a meeting of another kind: "Đại hội ở Nghệ An đã …" after a review's lead)
        let named = MeetingVocabulary.kind(in: s.text, from: n, to: MeetingVocabulary.windowEnd(in: s.text, after: n))
        if named != r.kind, named != .khac, r.kind != .khac { continue }
        r.province = p.province
        r.provinceRank = 0
        result = r
        break
      }
    }
    // a national body's meeting held in a province that welcomes it ("Trong lời chào mừng, đồng
    // chí …, Chủ tịch UBND tỉnh Hưng Yên …"): the province the first paragraphs place there, when
    // it is the article's own
    if var r = result, r.province == nil, isNational(r), let last = mentions.last?.0, let own = context.contextProvince {
      for s in context.sentences where s.index > last.index && s.line >= 1 && s.line <= max(last.line, 1) + 2 {
        guard let p = s.provinces.first(where: { $0.role == .place }) else { continue }
        if p.province.code == own.code {
          r.province = p.province
          r.provinceRank = 1
          r.reasons.insert(.provinceFromContext)
          result = r
        }
        break
      }
    }
    // ("Hôm 23/4, tại Trung tâm Hội nghị tỉnh, Liên hiệp … Việt Nam đã tiến hành hội nghị Hội đồng
    // Trung ương …" on a province's page: "the province's" hall is that province's)
    if var r = result, r.province == nil, isNational(r), let own = context.contextProvince,
      mentions.contains(where: { m in !m.0.isTitle && MeetingExtractor.atProvincesVenue(m.0.text) })
    {
      r.province = own
      r.provinceRank = 1
      r.reasons.insert(.provinceFromContext)
      result = r
    }
    if var r = result, r.province == nil, !isNational(r) {
      r.province = context.contextProvince
      // (a page reposted on another province's portal, dakusta.org.vn carrying "Quảng Nam: …":
      // the host disagrees with the union the title and lead name, and "Liên hiệp hội tỉnh" is
      // that union)
      if r.province == nil, r.union == .unnamedProvince || r.union == .bare || r.union == nil {
        r.province = context.unionProvince
      }
      if r.province != nil { r.reasons.insert(.provinceFromContext) }
      result = r
    }
    return result
  }

  /// Committees that prepare an event ("Ban tổ chức Hội thảo …", "Tiểu ban Văn kiện Đại hội …"):
  /// the event in their name is not their meeting's kind.
  static let eventCommittees: [Phrase] = [
    "ban to chuc", "tieu ban", "ban soan thao", "to bien tap", "to giup viec",
    // "Ban Chỉ đạo Đại hội Liên hiệp Hội tỉnh họp, thống nhất nhân sự …": the steering committee
    // of a congress meets; its meeting is no congress
    "ban chi dao",
  ].phrases

  /// Verbs that go on about a meeting just named: "(Hội thảo) được nối …", "diễn ra", "thu hút".
  static let goesOnVerbs: [Phrase] = ["duoc noi", "duoc ket noi", "dien ra", "thu hut", "co su tham du", "duoc to chuc theo",
                                      "da thu hut", "da dien ra"].phrases

  static let reviewWords: [Phrase] = ["tong ket", "so ket"].phrases
  static let draftWords: [Phrase] = ["du thao", "chuan bi", "ke hoach", "huong dan"].phrases
  static let impliedReview: [Phrase] = [
    "ket qua thuc hien nhiem vu", "danh gia cong tac", "danh gia ket qua", "nhin lai", "kiem diem", "danh gia hoat dong",
    "danh gia viec", "danh gia tinh hinh", "bao cao ket qua", "thong qua ket qua",
    // "Hội nghị đánh giá những gì đã làm được trong năm 2023 và bàn các nhiệm vụ … năm 2024"
    "danh gia nhung gi", "danh gia nhung viec",
  ].phrases
  /// What a council meeting reviews besides those: "Tại hội nghị, kết quả hoạt động 6 tháng
  /// đầu năm được thông qua" (at another gathering, the union's results are only told).
  static let councilReview: [Phrase] = ["ket qua hoat dong"].phrases
  static let councilPeriods: [Phrase] = ["nam", "6 thang", "sau thang", "quy"].phrases
  static let periodResults: [Phrase] = ["6 thang dau nam", "sau thang dau nam", "trong nam qua", "nam qua", "nhiem ky qua"].phrases
  static let periodWords: [Phrase] = ["nam", "6 thang", "sau thang", "quy", "nhiem ky"].phrases

  /// True when a sentence says the meeting reviews a period: "sơ kết 6 tháng đầu năm" (not a
  /// draft or a plan of one: "cho ý kiến vào dự thảo báo cáo tổng kết"), or, when `implied`,
  /// "nhìn lại kết quả thực hiện nhiệm vụ năm 2016", "kiểm điểm, đánh giá công tác 6 tháng".
  func reviewsPeriod(_ s: AnalyzedSentence, implied: Bool, reportedPeriod: Bool = false, council: Bool = false) -> Bool {
    let f = s.text
    // a report of the period's results ("Trong 6 tháng đầu năm 2020, Liên hiệp hội … đã …")
    if reportedPeriod, f.contains(any: MeetingExtractor.periodResults) { return true }
    for w in MeetingExtractor.reviewWords {
      var from = 0
      while let at = f.find(w, from: from) {
        from = at + 1
        if f.contains(any: MeetingExtractor.draftWords, from: max(0, at - 4), to: at) { continue }
        // ("Lễ tổng kết, trao giải thưởng …": a prize's closing ceremony reviews no period)
        if MeetingVocabulary.isPrizeClosing(f, at) { continue }
        return true
      }
    }
    guard implied else { return false }
    for w in MeetingExtractor.impliedReview {
      if let at = f.find(w), f.contains(any: MeetingExtractor.periodWords, from: at + w.count, to: min(f.tokens.count, at + w.count + 10)) {
        return true
      }
    }
    // (a council's results of a year, a half-year or a quarter — not "kể từ đầu nhiệm kỳ", the
    // term's closing council)
    if council {
      for w in MeetingExtractor.councilReview {
        if let at = f.find(w), f.contains(any: MeetingExtractor.councilPeriods, from: at + w.count, to: min(f.tokens.count, at + w.count + 10)) {
          return true
        }
      }
    }
    return false
  }

  /// True when the paragraphs after a council meeting's lead report one year's work and then
  /// open the next year's ("… cho biết, năm 2020, Liên hiệp hội … đã …" then "Năm 2021,
  /// Liên hiệp hội tiếp tục …"): the meeting reviews the year, whatever its date.
  func reportsYearThenNext(after lead: AnalyzedSentence) -> Bool {
    var reported: Set<Int> = []
    for s in context.sentences where s.index > lead.index && !s.isTitle {
      if s.line > max(lead.line, 1) + 6 { break }
      let f = s.text
      // a sentence that opens with the next year ("Năm 2021, …")
      if f.tokens.count > 1, f.tokens[0].hash == DateReader.nam, let y = DateReader.year(f, 1), reported.contains(y - 1) {
        return true
      }
      for i in 1..<max(1, f.tokens.count) where f.tokens[i - 1].hash == DateReader.nam {
        if let y = DateReader.year(f, i) { reported.insert(y) }
      }
    }
    return false
  }

  /// True when a text says "năm <year>" (the year's work) — not in the name of a draft the
  /// meeting discussed ("dự thảo báo cáo tổng kết Liên hiệp Hội năm 2015").
  /// The year a review names right after its word: "tổng kết (công tác | hoạt động) năm 2023" → 2023.
  static func reviewedYear(in f: FoldedText) -> Int? {
    for w in reviewWords {
      var from = 0
      while let at = f.find(w, from: from) {
        from = at + 1
        for i in (at + w.count)..<min(f.tokens.count, at + w.count + 4) {
          if let y = DateReader.year(f, i), i >= 1, f.tokens[i - 1].hash == DateReader.nam { return y }
        }
      }
    }
    return nil
  }

  static func namesYear(_ year: Int, in f: FoldedText) -> Bool {
    for i in 1..<max(1, f.tokens.count) where f.tokens[i - 1].hash == DateReader.nam {
      if DateReader.year(f, i) == year, !f.contains(any: draftWords, from: max(0, i - 12), to: i) { return true }
    }
    return false
  }

  /// Verbs that say a meeting took place, right before its date.
  // ("… lớp tập huấn … đã được Liên hiệp hội mở vào sáng ngày 20/7/2010": a class opened on its day)
  static let heldVerbs: [Phrase] = ["to chuc", "dien ra", "khai mac", "tien hanh", "mo vao", "mo lop",
                                    // ("Lớp tập huấn … đã được Liên hiệp … phối hợp cùng … mở hôm 09/4")
                                    "mo hom", "mo ngay", "mo sang", "mo chieu"].phrases

  /// The connective of an earlier step told after the main event: "Trước đó".
  static let earlierStep = Phrase("truoc do")

  static let eventReferenceVerbs: [Phrase] = ["dien ra", "khai mac", "duoc to chuc", "to chuc", "hop", "tien hanh"].phrases

  /// The date of the main event given in one of the next two sentences of the lead or the first
  /// sentence of the next paragraph, when that sentence speaks of the event (names a meeting or
  /// says it took place) and the date is not a document's or a plan's.
  func followingDate(after last: AnalyzedSentence, kind: MeetingKind) -> (FactDate, ConfidenceReason?, Int)? {
    var looked = 0
    var lastLine = max(last.line, 1) + 1
    for s in context.sentences where s.index > last.index && !s.isTitle {
      // (an interview's question is passed over for the answer under it: "… về hội nghị tổng kết
      // của Khối." then "Phóng viên: … diễn ra khi nào?" then "Ông …: Ngày 27/3/2019, …")
      // (a reporter's line that states the fact before asking is read: "Phóng viên (PV): Ngày
      // 19/3/2021, Liên hiệp Hội tỉnh đã tiến hành đại hội … Xin ông cho biết …?")
      if s.line == lastLine, MainText.closingMark(s.text) == "?", Interview.isQuestion(s, in: context.sentences),
        !context.sentences.contains(where: { $0.line == s.line && $0.index < s.index && !$0.dates.isEmpty })
      {
        lastLine += 1
        continue
      }
      if s.line > lastLine { break }
      looked += 1
      if looked > 3 { break }
      // ("Cuối tuần trước, vào hôm thứ Sáu, tại Hà Nội đã khai mạc phiên chính thức của Đại hội
      // …" under its headline: a day told by its weekday, counted back from the posting date)
      let weekday = s.dates.isEmpty
        ? context.published.flatMap { p in p.day == nil ? nil : RelativeWeekday.day(in: s.text, posted: p) } : nil
      guard !s.dates.isEmpty || weekday != nil else { continue }
      // a sentence that opens "Trước đó" tells an earlier step, never the main event's day
      // ("Trước đó, vào chiều 24/6, … tổ chức hội thảo …" under a ceremony's headline)
      if s.text.matches(MeetingExtractor.earlierStep, at: 0) { continue }
      let noun = meetingNoun(in: s, allowReference: true)
      // (or, in the lead under a headline that names the meeting, what its people did: "Ngày
      // 24/11, 140 đại biểu chính thức của Liên hiệp … đã bầu ra Ban Chấp hành …")
      let verb = s.text.contains(any: MeetingExtractor.eventReferenceVerbs)
        || (s.isLead && last.isTitle && MeetingExtractor.act(in: s.text) != nil)
      // (or a sentence of its time alone: "Thời gian là sáng 17-5-2019.", "Thời gian: ngày …")
      let timeOnly = EventRecord.timeLabels.contains { l in
        s.text.matches(l, at: 0) && l.count < s.text.tokens.count
          && (s.text.tokens[l.count].gap == UInt8(ascii: ":") || s.text.tokens[l.count].hash == MeetingExtractor.p_la.hashes[0])
      }
      guard noun != nil || verb || timeOnly else { continue }
      if let k = noun, isPlan(s, noun: k) || isContest(s, noun: k) { continue }
      if noun == nil && (s.text.contains(any: MeetingExtractor.planWords) || s.text.containsWill()) { continue }
      // a different meeting named here is not the main event ("Trước đó, ngày 20/12, Ban Kiểm tra …")
      if let k = noun, MeetingVocabulary.kind(in: s.text, from: 0, to: MeetingVocabulary.windowEnd(in: s.text, after: k)) != kind,
        MeetingVocabulary.kind(in: s.text, from: 0, to: MeetingVocabulary.windowEnd(in: s.text, after: k)) != .khac, kind != .khac
      {
        continue
      }
      if let w = meetingDate(in: s, noun: noun ?? 0, requireCue: false), w.date.day != nil {
        return (w.date, w.yearReason, s.index)
      }
      if let weekday, noun != nil || verb { return (weekday, .dateFromPublication, s.index) }
    }
    return nil
  }

  /// Nouns that name the main event again with its day right after them anywhere further on:
  /// the meeting nouns, and "buổi lễ", "phần làm việc", "phiên làm việc", "sự kiện".
  static let dayNamedNouns: [Phrase] = MeetingVocabulary.nouns + ["buoi le", "phan lam viec", "phien lam viec", "su kien"].phrases
  /// Of them, those that name any kind of gathering (the others must name the main event's kind).
  static let anyKindNouns: [Phrase] = ["hoi nghi", "buoi le", "buoi lam viec", "cuoc lam viec", "phan lam viec", "phien lam viec",
    "phien hop", "cuoc hop", "su kien"].phrases

  /// The day of an undated main event told by a later sentence that names the event with its
  /// day right after the noun — "Theo ghi nhận tại Hội thảo sáng 26/05/2016, …", "Buổi lễ ngày
  /// 26 tháng 5 năm 2015 cũng là dịp …", "Sau một buổi làm việc ngày 29/10/2015, hội nghị …",
  /// "Trong phần làm việc sáng thứ Năm (9/5), …" — in any paragraph after it. Nil when two
  /// different days are named so, or the noun names a plan, a contest or another body's meeting.
  func dayNamedWithNoun(after last: AnalyzedSentence, kind: MeetingKind) -> (FactDate, ConfidenceReason?, Int)? {
    var found: (FactDate, ConfidenceReason?, Int)? = nil
    for s in context.sentences where s.index > last.index && !s.isTitle {
      // ("Ngày 15 tháng 9 năm 2011, … ban hành Quyết định …" then "Chỉ hai ngày sau khi quyết
      // định ra đời, hội đồng … đã họp hội nghị …": a meeting dated from the day before it)
      // (or the sentence opens at the event and tells its weekday: "Tại buổi tọa đàm diễn ra
      // chiều thứ Năm vừa qua, …", counted back from the posting date)
      if !s.dates.contains(where: { $0.day != nil }), let k = meetingNoun(in: s, allowReference: true),
        // (or names its weekday right after the noun: "… phát biểu tại buổi gặp mặt với báo chí
        // sáng thứ Tư.")
        let date = dayOfTheSentenceBefore(s, noun: k) ?? context.published.flatMap({ p -> FactDate? in
          guard p.day != nil else { return nil }
          if k <= 3 { return RelativeWeekday.day(in: s.text, posted: p) }
          let t = s.text.tokens
          return RelativeWeekday.day(in: s.text.slice(t[k].start, t[min(t.count, k + 9) - 1].end), posted: p)
        })
      {
        let named = MeetingVocabulary.kind(in: s.text, from: k, to: MeetingVocabulary.windowEnd(in: s.text, after: k))
        if named == kind || named == .khac || kind == .khac, !isPlan(s, noun: k), !isContest(s, noun: k),
          !isOtherAssociationMeeting(s, noun: k),
          s.text.findDone(from: 0, to: k + 1) != nil || s.text.contains(any: MeetingExtractor.eventVerbs, from: 0, to: min(s.text.tokens.count, k + 6))
        {
          if let f = found, f.0 != date { return nil }
          if found == nil { found = (date, nil, s.index) }
        }
        continue
      }
      for d in s.dates where d.day != nil && !d.anniversary && d.start >= 2 {
        // (the day's own words between: "phần làm việc sáng thứ Năm (9/5)")
        var at = d.start
        while at > d.start - 4, at > 0, DateReader.cueWords.contains(s.text.tokens[at - 1].hash),
          !FoldedText.isStrongPunct(s.text.tokens[at].gap)
        {
          at -= 1
        }
        // (or a sentence that opens with the bare noun and says it was held: "(*) Hội nghị được
        // tổ chức sáng ngày 19-1.", "Buổi lễ đã diễn ra vào chiều 7/6")
        var noun = MeetingExtractor.dayNamedNouns.first(where: { $0.count <= at && s.text.matches($0, at: at - $0.count) })
        if noun == nil, let v = MeetingExtractor.heldBefore(s.text, at: at),
          let opening = MeetingExtractor.dayNamedNouns.first(where: { $0.count == v && s.text.matches($0, at: 0) })
        {
          noun = opening
          at = v
        }
        guard let noun else { continue }
        let k = at - noun.count
        let named = MeetingVocabulary.kind(in: s.text, from: k, to: at)
        guard named == kind || named == .khac || kind == .khac || MeetingExtractor.anyKindNouns.contains(where: { $0.hashes == noun.hashes }) else { continue }
        guard !isPlan(s, noun: k), !isContest(s, noun: k), !heldByAnotherBody(s, noun: k), !isOtherAssociationMeeting(s, noun: k),
          !context.isUpcoming(d), let date = context.complete(d)
        else { continue }
        if let f = found, f.0 != date { return nil }
        var reason: ConfidenceReason? = nil
        if d.year == nil, context.published != nil, context.steppedBack(d) { reason = .yearBeforePosting }
        if found == nil { found = (date, reason, s.index) }
      }
    }
    return found
  }

  /// What is said of a held event between its noun and its day: "(đã) (được) tổ chức | diễn
  /// ra | khai mạc (vào)".
  static let heldBetween: [Phrase] = ["to chuc", "dien ra", "khai mac"].phrases

  /// The token where "(đã) (được) tổ chức (vào)" starts when it ends right before token `at`
  /// (a day's first word), else nil.
  static func heldBefore(_ f: FoldedText, at: Int) -> Int? {
    var v = at
    if v >= 1, f.tokens[v - 1].hash == h_vao { v -= 1 }
    guard let verb = heldBetween.first(where: { $0.count <= v && f.matches($0, at: v - $0.count) }) else { return nil }
    v -= verb.count
    if v >= 1, f.tokens[v - 1].hash == CitationExtractor.h_duoc { v -= 1 }
    if v >= 1, f.findDone(from: v - 1, to: v) != nil { v -= 1 }
    return v
  }

  /// The day the nearest of the three sentences before `s` writes, when no event was found
  /// before it: what "Chiều cùng ngày, …" refers to after another body's dated meeting ("Sáng
  /// 10/01, Sở Khoa học và Công nghệ tổ chức hội nghị …").
  func lastDayBefore(_ s: AnalyzedSentence) -> FactDate? {
    guard let (_, d) = dayWrittenBefore(s), !context.isUpcoming(d) else { return nil }
    return context.complete(d)
  }

  /// The nearest of the three sentences before `s` that writes a day (not an anniversary's),
  /// with the last such day in it.
  func dayWrittenBefore(_ s: AnalyzedSentence) -> (AnalyzedSentence, DateMention)? {
    let end = min(s.index, context.sentences.count)
    for p in context.sentences[min(max(0, s.index - 3), end)..<end].reversed() where !p.isTitle {
      if let d = p.dates.last(where: { $0.day != nil && !$0.anniversary }) { return (p, d) }
    }
    return nil
  }

  /// True when the labelled lines right after `s` (an `EventRecord`) give a day.
  func recordsDay(after s: AnalyzedSentence) -> Bool {
    EventRecord.around(s, in: context.sentences).contains { r in
      EventRecord.field(of: r.text) == .time && r.dates.contains { $0.day != nil }
    }
  }

  /// True when the sentence names a meeting after "tại" (where something was said or done) and
  /// the date `d` follows that noun: "… tại lễ tổng kết 20 năm hoạt động của Liên hiệp … diễn ra
  /// ngày 6-10".
  func namesMeetingAtBefore(_ s: AnalyzedSentence, date d: DateMention) -> Bool {
    guard let k = meetingNoun(in: s, allowReference: true), k >= 1, k < d.start else { return false }
    let t = s.text.tokens
    // ("tại lễ tổng kết", "tại buổi tọa đàm": one word of the kind of gathering between; "tại sự
    // kiện tổng kết 20 năm …": two)
    let at = k >= 2 && [Lexicon.h_le, Lexicon.h_buoi, Lexicon.h_cuoc].contains(t[k - 1].hash) ? k - 2
      : k >= 3 && s.text.matches(MeetingExtractor.p_su_kien, at: k - 2) ? k - 3 : k - 1
    return t[at].hash == Lexicon.h_tai
  }

  /// "Quang cảnh Hội nghị tổng kết … của Tỉnh ủy Lâm Đồng", "… của Sở KH&CN": another body's
  /// meeting — true when a "của" after the noun at `k` names no LHH body of the sentence (a union
  /// right after it, or after one of its organs: "… của Ban Chấp hành Liên hiệp các Hội …").
  static func namesAnotherOwner(_ s: AnalyzedSentence, after k: Int) -> Bool {
    let f = s.text
    return (k + 1..<max(k + 1, f.tokens.count)).contains { j in
      guard f.tokens[j].hash == MeetingExtractor.h_cua else { return false }
      let organ = ownerOrgans.first { f.matches($0, at: j + 1) }?.count ?? 0
      return !s.unions.contains { $0.start == j + 1 + organ }
    }
  }

  /// True for a round-up's headline: unions named only together ("Liên hiệp hội các tỉnh") and
  /// meetings of two kinds or more ("… sôi nổi đại hội, tổng kết …") — not one joint meeting of
  /// them ("Liên hiệp hội các tỉnh miền Trung giao ban tại Kon Tum").
  func roundUpHeadline(_ s: AnalyzedSentence) -> Bool {
    guard !s.unions.isEmpty, s.unions.allSatisfy({ $0.scope == .plural }) else { return false }
    var kinds = Set<MeetingKind>()
    var from = 0
    while let k = meetingNoun(in: s, allowReference: true, from: from) {
      kinds.insert(MeetingVocabulary.kind(in: s.text, from: k, to: MeetingVocabulary.windowEnd(in: s.text, after: k)))
      from = k + 1
    }
    return kinds.count >= 2
  }

  /// Words of a union's organ between "của" and the union's name.
  static let ownerOrgans: [Phrase] = ["ban chap hanh", "ban thuong vu", "thuong truc", "dang doan", "co quan", "bch", "btv"].phrases

  /// The date (and the place it names) of a short line of the first paragraphs that opens with
  /// a day and names no meeting ("Ngày 12/5/1988 tại Nhà hát Lớn (Hà Nội)."), when the next
  /// sentence names a meeting of `kind` (or an unspecific one).
  func dateLineBeforeEvent(kind: MeetingKind) -> (FactDate, Province?)? {
    let body = context.sentences.filter { !$0.isTitle && $0.line <= 3 }
    for (i, s) in body.enumerated() where i + 1 < body.count {
      guard s.text.tokens.count <= 14, let dm = s.dates.first(where: { $0.day != nil }), dm.start <= 1,
        meetingNoun(in: s, allowReference: true) == nil, !s.text.contains(any: MeetingExtractor.eventReferenceVerbs)
      else { continue }
      let next = body[i + 1]
      guard next.index == s.index + 1, let k = meetingNoun(in: next, allowReference: true) else { continue }
      let k2 = MeetingVocabulary.kind(in: next.text, from: 0, to: MeetingVocabulary.windowEnd(in: next.text, after: k))
      guard k2 == kind || k2 == .khac || kind == .khac, let d = context.complete(dm), d.year != nil else { continue }
      return (d, s.provinces.first { $0.role == .place }?.province)
    }
    return nil
  }

  static let p_thanh_lap = Phrase("thanh lap")

  /// The year of "năm Y," opening a clause (the sentence's start or after a comma) whose subject,
  /// a union named right after it, held the meeting at `k` ("đã tổ chức", "tổ chức" before the
  /// noun); nil when the sentence names any other year or a day.
  static func clauseYear(_ s: AnalyzedSentence, noun k: Int) -> Int? {
    let f = s.text
    let t = f.tokens
    guard s.dates.isEmpty, let i = (0..<max(0, k - 2)).first(where: { t[$0].hash == DateReader.nam && DateReader.year(f, $0 + 1) != nil }),
      i == 0 || t[i].gap == UInt8(ascii: ","), i + 2 < t.count, t[i + 2].gap == UInt8(ascii: ","),
      s.unions.contains(where: { $0.start >= i + 2 && $0.start <= i + 3 && $0.end <= k }),
      holdVerbsBefore.contains(where: { f.endsWith($0, before: k) }),
      DateReader.years(in: f).count == 1
    else { return nil }
    return DateReader.year(f, i + 1)
  }
  static let coordination: [Phrase] = ["va", "cung", "ket hop", "ket hop voi", "dong thoi"].phrases

  /// True when the meeting named at `k` is held ("do … chủ trì", "do … tổ chức") by the union of
  /// a province other than the main event's, named within a few words after it.
  func heldByOtherProvince(_ s: AnalyzedSentence, noun k: Int, main: Found) -> Bool {
    guard let home = main.province else { return false }
    return s.unions.contains { u in
      guard u.start > k, u.start <= k + 12, s.text.tokens[u.start - 1].hash == FoldedText.h_do,
        case .province(let p) = u.scope
      else { return false }
      return p.mergedInto != home.mergedInto
    }
  }

  /// Meetings named after the main event's noun in its own sentence: one joined to it ("Hội
  /// nghị … và Hội thảo …", same day and place), or one with a date of its own after it.
  func secondEvents(in s: AnalyzedSentence, main: Found) -> [Found] {
    guard let k1 = meetingNoun(in: s, allowReference: false) else { return [] }
    let f = s.text
    var out: [Found] = []
    var from = k1 + 2
    while let k2 = meetingNoun(in: s, allowReference: true, from: from) {
      from = k2 + 2
      let kind = MeetingVocabulary.kind(in: f, from: k2, to: MeetingVocabulary.windowEnd(in: f, after: k2))
      guard kind != .khac, !isPlan(s, noun: k2), !isContest(s, noun: k2) else { continue }
      if MeetingVocabulary.firstTopicStart(in: f, from: k1, to: k2) != nil { continue }  // a topic, not an event
      // its own date, after it (past a quoted name, before the next meeting named), written with
      // "ngày" or a time of day: an event of its own even when of the same kind ("(nối tiếp toạ
      // đàm “…” đã diễn ra vào ngày 22/2/2023)")
      let limit = min(k2 + 40, meetingNoun(in: s, allowReference: true, from: k2 + 2) ?? f.tokens.count)
      // (not the date of a document: "Kết luận số 93-KL/TW ngày 20/11/2020")
      // (nor an anniversary's first day: "… hướng tới kỷ niệm 34 năm Ngày thành lập Liên hiệp …
      // (26/3/1983 – 26/3/2017)")
      if let d = s.dates.first(where: { $0.start > k2 && $0.start <= limit && $0.cued && $0.day != nil && !$0.anniversary
            && !($0.start >= 1 && DateReader.isSymbolPart(f, $0.start - 1)) }),
        let date = context.complete(d), date != main.date,
        // (not the close of the main event itself: "Trong 2 ngày đại hội (27- 28/9), …; đại hội
        // bế mạc ngày 28/9")
        !(kind == main.kind && main.date.map { $0 < date && $0.adding(days: 10) >= date } == true
          && f.contains(any: MeetingExtractor.closingWords, from: k2, to: d.start))
      {
        var m = main
        m.date = date
        m.kind = kind
        m.sentences = [s.index]
        out.append(m)
        continue
      }
      // "Hội thảo Tổng kết … và Diễn đàn khoa học …": a second name of the same sort as the
      // main event's own noun (its kind taken from a word after the noun) is one event
      let mainNounKind = MeetingVocabulary.kind(in: f, from: k1, to: min(f.tokens.count, k1 + 2))
      // (not one named bare after "tại" — "…; cũng tại Hội nghị, Liên hiệp hội đã chia tay …" is
      // the same meeting again, "at the meeting"; "cũng tại Hội nghị Ban Chấp hành lần thứ 8 diễn
      // ra chiều cùng ngày" is another)
      // (not one held by another province's union: "Đại hội … của Liên hiệp hội Hà Giang và hội
      // thảo về cây hồ tiêu do Liên hiệp hội Đắk Lắk chủ trì", a digest's two items)
      if kind != main.kind, !(main.kind != mainNounKind && kind == mainNounKind),
        f.contains(any: MeetingExtractor.coordination, from: max(k1, k2 - 3), to: k2),
        !heldByOtherProvince(s, noun: k2, main: main),
        !(f.tokens[k2 - 1].hash == Lexicon.h_tai && (k2 + 2 >= f.tokens.count || f.tokens[k2 + 2].gap == UInt8(ascii: ",")))
      {
        var m = main
        m.kind = kind
        m.sentences = [s.index]
        m.joined = true
        out.append(m)
      }
    }
    return out
  }


  /// True when the lead's meeting differs in kind from the title's and the lead names the title's
  /// kind of meeting after a topic word ("cung cấp thông tin về Đại hội …").
  func topicOfLead(_ lead: AnalyzedSentence, noun kl: Int, title: AnalyzedSentence, noun kt: Int) -> Bool {
    let lf = lead.text, tf = title.text
    let titleKind = MeetingVocabulary.kind(in: tf, from: kt, to: MeetingVocabulary.windowEnd(in: tf, after: kt))
    let leadKind = MeetingVocabulary.kind(in: lf, from: kl, to: MeetingVocabulary.windowEnd(in: lf, after: kl))
    guard titleKind != .khac, leadKind != titleKind,
      let topic = MeetingVocabulary.firstTopicStart(in: lf, from: kl + 1, to: lf.tokens.count)
    else { return false }
    return MeetingVocabulary.kind(in: lf, from: topic, to: lf.tokens.count) == titleKind
  }
}
