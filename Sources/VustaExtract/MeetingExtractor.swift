import VustaModel

/// Finds the meetings an article reports: its main event (from the title and lead, even
/// undated) and any other meeting of an LHH body the text dates with a day or a month.
/// Planned events, contests, recap counts and references ("Tại hội nghị", "Nghị quyết Đại hội")
/// are not meetings; one event mentioned several times is one meeting.
struct MeetingExtractor {
  let context: ArticleContext

  static let eventVerbs: [Phrase] = [
    "to chuc", "dien ra", "khai mac", "be mac", "tien hanh", "lam viec", "chu tri", "da co buoi", "hop",
    "ky ket", "ra mat", "ton vinh", "trao",
  ].phrases + opening
  /// "đã mở hội nghị lấy ý kiến …": "mở" right before a meeting's noun holds it (not the "mở
  /// rộng" of "Hội nghị Ban Chấp hành mở rộng", which follows the noun).
  static let opening: [Phrase] = ["mo hoi nghi", "mo hoi thao", "mo toa dam", "mo dien dan", "mo lop"].phrases
  static let planWords: [Phrase] = [
    "se to chuc", "se dien ra", "se hop", "du kien", "chuan bi to chuc", "ke hoach to chuc", "sap to chuc",
    "sap dien ra", "tien toi", "de xuat to chuc", "du dinh", "len ke hoach", "chuan bi cho",
    "thong nhat to chuc", "nhat tri to chuc", "quyet dinh to chuc",
    // a day chosen for it: "… thống nhất chọn ngày 18/5/2017 … để tổ chức Hội nghị …"
    "chon ngay", "lay ngay",
    // an invitation: "… trân trọng kính mời … đến dự Hội thảo …", "Giấy mời dự Hội thảo …"
    "kinh moi", "giay moi",
  ].phrases
  /// Words of what must or should be done: "cần", "phải", "nên".
  static let modalWords = WordSet(["can", "phai", "nen"].map { Phrase.hash($0) })
  static let todayWords: [Phrase] = ["sang nay", "chieu nay", "hom nay", "toi nay", "trua nay"].phrases
  /// A contest and its machinery: a meeting of its jury ("họp Hội đồng giám khảo chấm thi") is
  /// the contest's work, not a meeting of the union.
  static let contestWords: [Phrase] = [
    "hoi thi", "cuoc thi", "giai thuong", "trao giai", "giam khao", "cham thi", "xet giai", "cham giai", "xet chon",
    "xep giai",
  ].phrases
  static let referenceBefore: [Phrase] = [
    "tai", "phat bieu tai", "nghi quyet", "ket luan", "bao cao", "du thao", "sau", "qua", "theo", "thong qua",
    "chuong trinh", "ke hoach", "cac", "nhieu", "nhung", "moi", "trong", "cua", "trinh", "len", "van kien",
    "truoc", "tham muu",
    // "chủ trì được nhiều cuộc hội thảo": many events of a term, not one
    "nhieu cuoc", "nhung cuoc",
    // "các chủ đề hội thảo", "kết quả hội thảo": what workshops choose or yield, in an essay on them
    "chu de", "ket qua",
  ].phrases
  /// "các kỳ Đại hội", "những kỳ hội nghị": several sessions of a history, never one event.
  static let pluralTerms: [Phrase] = ["cac ky", "nhung ky", "moi ky"].phrases
  /// "mười năm tính từ Đại hội lần thứ nhất": a meeting that marks a point in time, never the
  /// event reported, even in the lead.
  static let sinceWords: [Phrase] = ["ke tu", "tinh tu", "tu sau"].phrases
  /// Party and state bodies whose organs share the union's names ("Ban Thường vụ Tỉnh ủy").
  static let otherOrgans: [Phrase] = [
    "tinh uy", "thanh uy", "huyen uy", "dang uy", "quan uy", "trung uong", "quoc hoi", "dang bo", "chi bo",
  ].phrases

  func meetings() -> [Meeting] { meetings(from: events()) }

  /// The meetings in contract form.
  func meetings(from found: [Found]) -> [Meeting] {
    found.map { f in
      // (a meeting the union holds abroad — "tại thủ đô Viêng Chăn" — is in no province)
      let abroad = f.province != nil
        && f.sentences.lazy.map { context.sentences[$0] }.first { $0.evidence == f.evidence }.map(ForeignPlaces.placesAbroad) == true
      let (p, p2025) = context.names(of: abroad ? nil : f.province, on: f.date)
      var reasons = f.reasons
      if f.date == nil { reasons.insert(context.published == nil ? .dateUnknown : .undatedOnADatedPage) }
      if (f.province == nil || abroad) && !isNational(f) { reasons.insert(.provinceUnknown) }
      if f.kind == .khac { reasons.insert(.kindGuessed) }
      if let y = f.date?.year, !context.titleYears.isEmpty, !context.titleYears.contains(y),
        !context.titleYears.contains(y - 1)
      {
        reasons.insert(.yearDiffersFromTitle)
      }
      return Meeting(date: f.date, province: p, province2025: p2025, kind: f.kind,
                     organizer: organizerName(f), evidence: f.evidence, why: ConfidenceReason.why(reasons))
    }
  }

  /// The article's meetings, main event first, before they are named.
  func events() -> [Found] {
    var found: [Found] = []
    let main = mainEvent()
    if let main { found.append(contentsOf: successiveSessions(of: main)) }
    for s in context.sentences where !s.isTitle {
      if let main, main.sentences.contains(s.index) {
        // "… Hội nghị Hội đồng Trung ương và Hội thảo …", "(nối tiếp tọa đàm … đã diễn ra ngày
        // 22/2/2023)": a second event named in the main event's sentence
        for m in secondEvents(in: s, main: main) where !found.contains(where: { $0.sameEvent(as: m) }) { found.append(m) }
        // (its opening clause telling the series' earlier part: "Sau lớp đầu tiên …, tổ chức
        // từ ngày 14 đến 16/10/2015 tại Đà Nẵng, …")
        if let c = MeetingExtractor.openingPartClause(s), let m = earlierPart(in: s, main: main, before: c),
          !found.contains(where: { $0.sameEvent(as: m) })
        {
          found.append(m)
        }
        continue
      }
      // ("Đợt 1 của lớp học … đã được mở vào tháng 8/2022": an earlier part of the event's series)
      guard !Interview.isQuestion(s, in: context.sentences),
        let m = otherMeeting(in: s, sameDay: found.first?.date ?? lastDayBefore(s)) ?? main.flatMap({ earlierPart(in: s, main: $0) })
      else { continue }
      // a paragraph the page repeats word for word (the summary printed again as the lead)
      // reports the meeting it reported the first time
      if found.contains(where: { f in f.sentences.contains { context.sentences[$0].text.bytes == s.text.bytes } }) {
        continue
      }
      if let i = found.firstIndex(where: { $0.sameEvent(as: m) }) {
        found[i].absorb(m)
      } else {
        found.append(m)
      }
    }
    // a round-up's provinces with their days in brackets, the month told once (RoundUpDays)
    for m in roundUpEvents() where !found.contains(where: { $0.sameEvent(as: m) }) { found.append(m) }
    // a meeting told by what it adopted on its day (AdoptedOnItsDay)
    for m in adoptingMeetings(main: main) where !found.contains(where: { $0.sameEvent(as: m) }) { found.append(m) }
    // a review or acceptance session told by its act and day (ReviewSession)
    for m in reviewSessions() where !found.contains(where: { $0.date == m.date }) { found.append(m) }
    // a meeting referred to by its name and its day (ReferencedMeeting)
    for m in referencedMeetings(main: main) where !found.contains(where: { $0.date == m.date }) { found.append(m) }
    // a union's history, one line per congress with its day (HistoryLine)
    // (a line on the day of a meeting already found names that meeting: "Hội nghị BCH lần thứ 13
    // (nhiệm kỳ 2011 – 2016): chiều 16.12.2016" in an infographic under the review it held)
    for m in historyLineEvents(main: main) where !found.contains(where: { $0.date == m.date }) { found.append(m) }
    // an undated main event reported again with a date is the same meeting (a council meeting
    // the title calls a review, dated further on as the council's meeting, included)
    // (and a dated "Hội nghị" named without its kind — "Hội nghị kéo dài trong 02 ngày (16/8 -17/8)"
    // after "Hội nghị giao ban Liên hiệp hội toàn quốc 2024" — is the conference the title names)
    // (and the lead's undated bare "hội nghị" — "…, khép lại bằng hội nghị triển khai nhiệm vụ
    // năm 2018" — is the dated review the article tells further on: "Ngày 15-1: … tổ chức hội
    // nghị báo cáo kết quả hoạt động …")
    // (not another undated meeting held in another province: the second of two news briefs)
    if let main, main.date == nil, let i = found.dropFirst().firstIndex(where: {
      !($0.date == nil && $0.province != nil && main.province != nil && $0.province?.code != main.province?.code) && (
      $0.kind == main.kind || (main.kind == .tong_ket && [.ban_chap_hanh, .ban_thuong_vu, .khac].contains($0.kind))
        || ($0.kind == .khac && main.kind != .khac && isBareConference($0)
          && ($0.province == nil || main.province == nil || $0.province?.code == main.province?.code))
        || (main.kind == .khac && $0.date != nil && isBareConference(main)
          && ($0.province == nil || main.province == nil || $0.province?.code == main.province?.code))
        // (a caption's undated meeting and a dated one of no kind of its own further on — "Hội
        // thảo phản biện Đề án …" over "… Liên hiệp Hội đã đưa dự thảo ra phản biện ngày 26/5")
        || (main.reasons.contains(.namedInCaption) && $0.date != nil && $0.kind == .khac
          && ($0.province == nil || main.province == nil || $0.province?.code == main.province?.code)))
    }) {
      found[i].absorb(found[0])
      found.removeFirst()
    }
    // a round-up's summary of the month — "Trong tháng 1/2018, Liên hiệp … của Bắc Ninh (ngày 15),
    // Quảng Bình (ngày 20) và Thái Bình (ngày 25) đã lần lượt tổ chức hội nghị tổng kết và đại hội"
    // — is told again, each event with its day, further on: its month-only events give way to
    // those of their kind and month
    let dated = found
    found.removeAll { f in
      guard let d = f.date, d.day == nil, d.month != nil,
        f.sentences.contains(where: { i in Set(context.sentences[i].provinces.map(\.province.code)).count >= 2 })
      else { return false }
      return dated.contains { o in
        o.kind == f.kind && o.date?.day != nil && o.date?.year == d.year && o.date?.month == d.month
          && Set(o.sentences).isDisjoint(with: f.sentences)
      }
    }
    // a meeting named beside the main event in a summary ("hai hoạt động …: buổi làm việc … và
    // cuộc họp giao ban …") and told further on with a day of its own is that one, not another
    let told = found.filter { !$0.joined }
    found.removeAll { j in
      j.joined && told.contains { o in
        o.kind == j.kind && o.date != nil && o.date != j.date && Set(o.sentences).isDisjoint(with: j.sentences)
          && (o.province == nil || j.province == nil || o.province?.code == j.province?.code)
      }
    }
    return found
  }

  /// "Sáng 10/3/2023, Ban Tổ chức Hội thi … đã họp …. Chiều cùng ngày, Ban Thường vụ Liên hiệp …
  /// đã họp …": a meeting that says it was held "cùng ngày" (the same day) and gives no day of its
  /// own takes the day of the sentence before it in the paragraph, whatever that sentence reported.
  func dayOfTheSentenceBefore(_ s: AnalyzedSentence, noun k: Int) -> FactDate? {
    // ("… hai quyết định kết nạp ngày 29/12/2016. Sáng hôm sau, tại hội nghị tổng kết …": the
    // day after, "hai ngày sau đó", "trước đó một ngày" — RelativeDay — from that sentence's day)
    if !s.isTitle, s.index >= 1, !s.dates.contains(where: { $0.day != nil }) {
      // (the sentence before may close the paragraph before: "Ngày 15 tháng 9 năm 2011, … ban
      // hành Quyết định …" then, opening the next, "Chỉ hai ngày sau khi quyết định ra đời, …";
      // or the last of the three before it that writes a day: "Ngày 18/01/2018, Sở … tổ chức Hội
      // nghị …. Nhiều ý kiến …." then "Hai ngày sau, … Liên hiệp … đã tổ chức Đại hội …")
      if let (before, d) = dayWrittenBefore(s), before.line == s.line || before.line == s.line - 1,
        let anchor = context.complete(d), let r = RelativeDay.day(in: s.text, before: min(k, 8), anchor: anchor)
      {
        return r
      }
    }
    guard !s.isTitle, s.text.find(Lexicon.p_cung_ngay, from: 0, to: min(k, 6)) != nil
      || s.text.find(Lexicon.p_cung_trong_ngay, from: 0, to: min(k, 6)) != nil,
      s.index >= 1
    else { return nil }
    let before = context.sentences[s.index - 1]
    guard !before.isTitle, before.line == s.line,
      let d = before.dates.last(where: { $0.day != nil && !$0.anniversary })
    else { return nil }
    return context.complete(d)
  }

  /// The events of a round-up's sentence that writes each province's day in brackets after it
  /// (`RoundUpDays`): one each, of the kind the meeting noun after the brackets names (the one
  /// before them when none follows), on the bracket's first day of the month the sentence or
  /// the one before names.
  func roundUpEvents() -> [Found] {
    var out: [Found] = []
    for s in context.sentences where !s.isTitle {
      let entries = RoundUpDays.entries(in: s)
      guard !entries.isEmpty, let month = RoundUpDays.month(for: s, in: context.sentences) else { continue }
      for e in entries {
        guard let k = meetingNoun(in: s, allowReference: true, from: e.end) ?? meetingNoun(in: s, allowReference: true),
          !isPlan(s, noun: k), !isContest(s, noun: k)
        else { continue }
        var m = month
        m.day = e.day
        guard let date = context.complete(m) else { continue }
        var f = describe(s, noun: k, date: date)
        // (the kind of the first meeting noun after the brackets, even one a number counts:
        // "còn Liên hiệp hội Đắk Lắk (sáng 20) đứng ra tổ chức một hội thảo …")
        if let j = (e.end..<s.text.tokens.count).first(where: { MeetingExtractor.meetingNounStarts(s.text, at: $0) }) {
          let own = MeetingVocabulary.kind(in: s.text, from: j, to: MeetingVocabulary.windowEnd(in: s.text, after: j))
          if own != .khac { f.kind = own }
        }
        f.province = e.province
        f.provinceRank = 0
        f.reasons.subtract([.provinceFromContext, .provinceFromHost])
        out.append(f)
      }
    }
    return out
  }

  /// True when the sentence that names a meeting calls it only "Hội nghị" — no kind word after it.
  func isBareConference(_ m: Found) -> Bool {
    guard let first = m.sentences.first else { return false }
    let f = context.sentences[first].text
    guard let at = f.find(MeetingExtractor.p_hoi_nghi) else { return false }
    return !MeetingVocabulary.kinds.contains { $0.1.contains { f.find($0, from: at, to: min(f.tokens.count, at + 6)) != nil } }
  }

  /// "trong các ngày 9, 16& 18/3/2022, lãnh đạo Liên hiệp Hội … đã lần lượt có các buổi làm
  /// việc với …": sessions one after another on the days listed, one meeting each (the main
  /// event itself when the sentence says nothing of several sessions: "hai ngày 21 và 22/8" is
  /// one event over two days).
  func successiveSessions(of main: Found) -> [Found] {
    guard let date = main.date, date.day != nil,
      let (sentence, listed) = context.sentences.lazy.filter({ main.sentences.contains($0.index) || $0.index == main.datedBy })
        .filter({ $0.text.contains(any: MeetingExtractor.successiveWords) })
        .compactMap({ s in s.dates.first(where: { $0.listedDays.count > 1 && $0.month == date.month
          && ($0.year == nil || $0.year == date.year)
          // (days that follow one another — "2 ngày 21 và 22", "các ngày 5, 6 và 7" — are one
          // event over several days, whatever its sessions: "9, 16 & 18" are three)
          && zip($0.listedDays, $0.listedDays.dropFirst()).contains { $1 - $0 > 1 } }).map { (s, $0) } }).first
    else { return [main] }
    // "Liên hiệp hội các tỉnh Đắk Lắk, Quảng Nam và Hà Giang lần lượt tổ chức hội nghị … vào các
    // ngày 8, 13 và 28/7": as many provinces named before the days as days, one each, in order
    var named: [Province] = []
    for p in sentence.provinces where p.start < listed.start && !named.contains(where: { $0.code == p.province.code }) {
      named.append(p.province)
    }
    let byProvince = named.count == listed.listedDays.count
    return listed.listedDays.enumerated().map { (i, d) in
      var m = main
      m.date = FactDate(year: date.year, month: date.month, day: d)
      if byProvince { m.province = named[i] }
      return m
    }
  }

  static let p_ky_niem = Phrase("ky niem"), p_le = Phrase.hash("le")

  /// True when the noun at `k` is "kỷ niệm" without "Lễ" before it (an anniversary, not its ceremony).
  static func isBareAnniversary(_ f: FoldedText, at k: Int) -> Bool {
    f.matches(p_ky_niem, at: k) && !(k >= 1 && f.tokens[k - 1].hash == p_le)
  }

  static let successiveWords: [Phrase] = ["lan luot", "cac buoi", "nhieu buoi", "cac cuoc"].phrases

  /// Openings of a clause that names the occasion of the event, not the event: "Nhân kỷ niệm
  /// 75 năm Ngày Chủ tịch Hồ Chí Minh về thăm và làm việc với …, Liên hiệp hội tổ chức tọa đàm".
  static let occasionOpenings: [Phrase] = [
    "nhan dip", "nhan ky niem", "nhan ngay", "huong toi ky niem", "chao mung ky niem", "huong toi ngay", "chao mung",
    "de chao mung", "de ky niem", "huong ve dip", "huong ve ngay", "huong toi dip", "huong ve ky niem",
    // "Sự kiện diễn ra sáng 20/10, đúng dịp kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh … về thăm và
    // làm việc …": the day the occasion falls on
    "dung dip", "dung vao dip", "trung dip", "trung voi dip",
    // "Trong không khí cả nước kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (…), sáng
    // ngày 24/12, Liên hiệp … đã tổ chức Hội nghị tổng kết …": the mood of an occasion
    "trong khong khi",
    // "Hướng tới Tuần lễ Biển và Hải đảo Việt Nam năm 2016 (từ ngày 1 đến 8/6), sáng 26/05/2016, …"
    "huong toi",
  ].phrases

  /// True when token `at` lies in an occasion clause: one that opens the sentence (or follows a
  /// comma) with "Nhân dịp", "Nhân kỷ niệm" … and runs to the next comma.
  func inOccasionClause(_ f: FoldedText, _ at: Int) -> Bool { MeetingExtractor.inOccasionClause(f, at) }

  /// The same, for readers without an extractor (the kind reader's).
  static func inOccasionClause(_ f: FoldedText, _ at: Int) -> Bool {
    var k = at
    // (an occasion clause is short: the scan stops after 40 words, so a hostile sentence of
    // thousands of nouns without a comma costs no more than that per noun)
    while k > 0, !MeetingExtractor.commaBefore(f, k), !FoldedText.isStrongPunct(f.tokens[k].gap) {
      if at - k >= 40 { return false }
      k -= 1
    }
    // (`at` may be inside the opening itself: "kỷ niệm" of "Nhân kỷ niệm …" is no "lễ kỷ niệm")
    return MeetingExtractor.occasionOpenings.contains { f.matches($0, at: k) }
  }

  /// True when a comma stands between token `k` and the one before ("…2021), sáng": the gap
  /// keeps only the first mark).
  static func commaBefore(_ f: FoldedText, _ k: Int) -> Bool {
    guard k >= 1 else { return false }
    return f.scalars[f.tokens[k - 1].end..<f.tokens[k].start].contains(",")
  }

  /// Where an occasion clause that comes before token `k` ends (the first word after its comma).
  func occasionClauseEnd(_ f: FoldedText, before k: Int) -> Int? {
    var last: Int? = nil
    for j in 1..<max(1, min(k + 1, f.tokens.count)) where MeetingExtractor.commaBefore(f, j) {
      if inOccasionClause(f, j - 1) { last = j }
    }
    return last
  }

  /// A meeting being assembled from one or more sentences.
  struct Found {
    var date: FactDate?
    var kind: MeetingKind
    var province: Province?
    var provinceRank: Int
    var union: UnionMention.Scope?
    /// The province whose union holds it, when a provincial union does.
    var holderProvince: Province? {
      if case .province(let p) = union { return p }
      return nil
    }
    var partyDelegation: Bool
    var evidence: String
    var sentences: [Int]
    /// What was inferred rather than read (date from publication, province from context …).
    var reasons: Set<ConfidenceReason> = []
    /// Named beside the main event's noun ("… và Hội thảo …") and given its day, not a day of its own.
    var joined = false
    /// The later sentence that gave its day, when none of its own sentences did.
    var datedBy: Int? = nil
    /// An earlier part of the page event's series (`earlierPart`), not the page's event: no
    /// figure of the page is its.
    var seriesPart = false

    /// Same date, same province (when both are known) and compatible kinds ("khác" fits any).
    func sameEvent(as o: Found) -> Bool {
      guard let d = date, d == o.date else { return false }
      if let p = province, let q = o.province, p.code != q.code { return false }
      return kind == o.kind || kind == .khac || o.kind == .khac
    }

    /// A union named without its province ("Liên hiệp hội", "Liên hiệp hội tỉnh").
    static func isVague(_ u: UnionMention.Scope?) -> Bool { u == .bare || u == .unnamedProvince }

    /// The reasons that go with a date: they follow it when another mention's date is taken.
    static let dateReasons: Set<ConfidenceReason> = [.dateFromPublication, .yearFromTitle, .yearBeforePosting]

    mutating func absorb(_ o: Found) {
      if MeetingKind.precedence.firstIndex(of: o.kind)! < MeetingKind.precedence.firstIndex(of: kind)! { kind = o.kind }
      if o.provinceRank < provinceRank {
        province = o.province; provinceRank = o.provinceRank
        reasons.subtract([.provinceFromContext, .provinceFromHost])
        reasons.formUnion(o.reasons.intersection([.provinceFromContext, .provinceFromHost]))
      }
      // the more precise date: "tháng 12" in the title, "Chiều 3/12" in the lead
      if date == nil || (date?.day == nil && o.date?.day != nil && o.date?.year == date?.year) {
        date = o.date
        reasons.subtract(Found.dateReasons)
        reasons.formUnion(o.reasons.intersection(Found.dateReasons))
      }
      // the named union over a bare "Liên hiệp hội" ("Tập huấn … cho Liên hiệp hội" over "Liên
      // hiệp các Hội … Việt Nam tổ chức lớp tập huấn")
      if union == nil || (Found.isVague(union) && !Found.isVague(o.union) && o.union != .plural) {
        union = o.union; partyDelegation = o.partyDelegation
      }
      sentences += o.sentences
    }
  }

  // MARK: - The main event

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

  /// A sentence that opens with a day and goes on to a union holding a meeting: "Ngày 13/8, Liên
  /// hiệp … đã khai mạc và tiến hành Đại hội …" (not "Theo Công văn số … ngày 29/5/2019, Tỉnh ủy
  /// … báo cáo kết quả tổng kết …": a document's day, no verb of holding).
  private func opensWithItsEvent(_ s: AnalyzedSentence) -> Bool {
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

  private func mainEvent() -> Found? {
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
        && opensWithItsEvent($0) })
    {
      second = later.line
    }
    // (a round-up's headline that names several provinces bare — "Giữa tháng 3/2021: Hòa Bình,
    // Quảng Nam đại hội, Lạng Sơn hội thảo …" — tells no one event: its lead does)
    let candidates = context.sentences.filter { s in
      (s.isTitle && !MeetingExtractor.namesSeveralProvincesBare(s)) || (!s.isTitle && !Interview.isQuestion(s, in: context.sentences)
        && (s.isLead
          || (!leadNamesOne && s.line == second && (datedByItsUnion(s) || answersWithItsDay(s) || (s.dates.isEmpty && opensWithItsEvent(s))))
          // (or a report's: the line over its record's time line, "BÁO CÁO NHANH kết quả Hội nghị
          // …" over "- Thời gian: sáng 4-1.")
          || (!leadNamesOne && s.line <= 3 && !s.unions.isEmpty && recordsDay(after: s))))
    }
    let articleAboutLHH = context.sentences.contains { !$0.unions.isEmpty }
    guard articleAboutLHH else { return nil }
    var mentions: [(AnalyzedSentence, Int)] = []
    let titleHasUnion = candidates.first { $0.isTitle }.map { !$0.unions.isEmpty } ?? false
    var leadPlansIt = false
    var heldBy: UnionMention? = nil  // the holder named in the sentence after the lead's
    var contestLine: Int? = nil  // the paragraph whose meeting was a contest's
    for s in candidates {
      guard let k = meetingNoun(in: s, allowReference: false) else { continue }
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
      if let c = contestLine, s.line == c || (c == 0 && s.isLead), isPlainMeetingWord(s, noun: k),
        !s.unions.contains(where: { $0.start < k }), !s.text.contains(any: MeetingExtractor.sameDayCues, from: 0, to: k)
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
      if !s.isTitle, !titleHasUnion, s.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, s.text.tokens.count)),
        !s.text.matches(MeetingExtractor.p_voi_su, at: 0)
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
        guard !honoured, let u = chairedByUnion(after: s) else { return nil }
        mentions.append((s, k))
        heldBy = u
        break
      }
      if isOtherAssociationMeeting(s, noun: k) { if s.isTitle { continue } else { return nil } }
      // (a report's row of office work or of another body's meeting attended: OfficeDiary)
      if MeetingExtractor.isOfficeWork(s.text, noun: k) || attendsAnotherBodysMeeting(s, noun: k) { continue }
      // "Đại hội Liên hiệp các Hội KHKT Cẩm Xuyên" on a page about a district's union: the
      // meeting of the union named right after it, which is the district's
      if context.aboutDistrictUnion, !titleHasUnion, s.unions.isEmpty,
        s.text.find(Lexicon.p_lien_hiep, from: k + 1, to: min(s.text.tokens.count, k + 8)) != nil
      {
        if s.isTitle { continue } else { return nil }
      }
      if !s.isTitle && s.unions.isEmpty && !titleHasUnion {
        // "Hội thảo khoa học … diễn ra từ ngày 17 – 19/8/2022, tại … Thanh Hóa." then "Hội thảo do
        // Liên hiệp các Hội … tổ chức": the holder in the lead's next sentence
        // (or named by the union's organ or term, the union named elsewhere on the page: "Hội nghị
        // Ban Thường vụ quý IV đã được tổ chức ngày 17/12" under a header that names the union)
        if let u = heldInNextSentence(s, noun: k) ?? chairedByUnion(after: s) ?? organsUnion(s, noun: k) {
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
                               unions: s.unions, dates: s.dates.filter { $0.start >= c }), main)
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
    // a Ban Chấp hành meeting that reviews the year or half-year is a review (tong_ket), as is a
    // Ban Thường vụ meeting that says it holds one ("sơ kết 6 tháng đầu năm")
    // (a report's record of labelled lines after the meeting's sentence: EventRecord)
    let record = mentions.last.map { EventRecord.around($0.0, in: context.sentences) } ?? []
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
  static let eventCommittees: [Phrase] = ["ban to chuc", "tieu ban", "ban soan thao", "to bien tap", "to giup viec"].phrases

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

  static let eventReferenceVerbs: [Phrase] = ["dien ra", "khai mac", "duoc to chuc", "to chuc", "hop", "tien hanh"].phrases

  /// The date of the main event given in one of the next two sentences of the lead or the first
  /// sentence of the next paragraph, when that sentence speaks of the event (names a meeting or
  /// says it took place) and the date is not a document's or a plan's.
  private func followingDate(after last: AnalyzedSentence, kind: MeetingKind) -> (FactDate, ConfidenceReason?, Int)? {
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
  private func dayNamedWithNoun(after last: AnalyzedSentence, kind: MeetingKind) -> (FactDate, ConfidenceReason?, Int)? {
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
  private func lastDayBefore(_ s: AnalyzedSentence) -> FactDate? {
    guard let (_, d) = dayWrittenBefore(s), !context.isUpcoming(d) else { return nil }
    return context.complete(d)
  }

  /// The nearest of the three sentences before `s` that writes a day (not an anniversary's),
  /// with the last such day in it.
  private func dayWrittenBefore(_ s: AnalyzedSentence) -> (AnalyzedSentence, DateMention)? {
    let end = min(s.index, context.sentences.count)
    for p in context.sentences[min(max(0, s.index - 3), end)..<end].reversed() where !p.isTitle {
      if let d = p.dates.last(where: { $0.day != nil && !$0.anniversary }) { return (p, d) }
    }
    return nil
  }

  /// True when the labelled lines right after `s` (an `EventRecord`) give a day.
  private func recordsDay(after s: AnalyzedSentence) -> Bool {
    EventRecord.around(s, in: context.sentences).contains { r in
      EventRecord.field(of: r.text) == .time && r.dates.contains { $0.day != nil }
    }
  }

  /// True when the sentence names a meeting after "tại" (where something was said or done) and
  /// the date `d` follows that noun: "… tại lễ tổng kết 20 năm hoạt động của Liên hiệp … diễn ra
  /// ngày 6-10".
  private func namesMeetingAtBefore(_ s: AnalyzedSentence, date d: DateMention) -> Bool {
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

  /// Words of a union's organ between "của" and the union's name.
  static let ownerOrgans: [Phrase] = ["ban chap hanh", "ban thuong vu", "thuong truc", "dang doan", "co quan", "bch", "btv"].phrases

  /// The date (and the place it names) of a short line of the first paragraphs that opens with
  /// a day and names no meeting ("Ngày 12/5/1988 tại Nhà hát Lớn (Hà Nội)."), when the next
  /// sentence names a meeting of `kind` (or an unspecific one).
  private func dateLineBeforeEvent(kind: MeetingKind) -> (FactDate, Province?)? {
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
  private func heldByOtherProvince(_ s: AnalyzedSentence, noun k: Int, main: Found) -> Bool {
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
  private func secondEvents(in s: AnalyzedSentence, main: Found) -> [Found] {
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

  // MARK: - Other meetings

  /// "Dịp này", "Nhân dịp này", "Cùng dịp", "Cũng dịp này" opening a sentence: the occasion of the
  /// article's event, its day.
  static let sameOccasion: [Phrase] = ["dip nay", "cung dip", "cung trong dip"].phrases
  static let h_cang = Phrase.hash("cang")

  private func otherMeeting(in s: AnalyzedSentence, sameDay: FactDate?) -> Found? {
    guard let k = meetingNoun(in: s, allowReference: false) else { return nil }
    // (or a province opening the clause as its subject: "Bình Định họp Ban Chấp hành … vào sáng 26/12")
    let inherited = s.unions.isEmpty
      ? continuedUnion(s, noun: k) ?? organsUnion(s, noun: k)?.scope ?? MeetingExtractor.clauseSubject(s, before: k).map { .province($0) }
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
    var date = sameDayDate ?? written?.date
    guard date != nil || undatedButHeld else { return nil }
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
  private func continuedUnion(_ s: AnalyzedSentence, noun k: Int) -> UnionMention.Scope? {
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
  static let historyConnectives: [Phrase] = ["truoc do", "sau do", "con"].phrases

  private func startsWithDate(_ s: AnalyzedSentence) -> Bool {
    guard let d = s.dates.first else { return false }
    if d.start <= 1 { return true }
    // (a round-up's item headed by its province and day: "Hà Giang (ngày 28/7): Lãnh đạo … đã
    // dự Hội nghị Ban chấp hành … của Liên hiệp … tỉnh Hà Giang")
    return d.day != nil && d.end < s.text.tokens.count && s.text.tokens[d.end].gap == UInt8(ascii: ":")
      && s.provinces.contains { $0.start == 0 && $0.end == d.start }
  }

  // MARK: - Reading one sentence

  /// Words that open a preamble of what is carried out ("Thực hiện …", "Căn cứ …").
  static let preambleOpeners: [Phrase] = [
    "thuc hien", "trien khai", "can cu", "nham trien khai", "nham thuc hien",
  ].phrases + purposeOpeners + otherPurposeOpeners
  /// A purpose that names the event prepared for, up to its first comma: "Nhằm chuẩn bị cho Đại
  /// hội lần thứ V, Hội đồng trung ương … đã họp Hội nghị lần thứ sáu".
  static let purposeOpeners: [Phrase] = ["nham chuan bi", "de chuan bi"].phrases
  /// Other purposes ("Nhằm đánh giá …, bầu …, Liên hiệp … đã tiến hành Đại hội …"): they run to the
  /// union that is the subject when no meeting and no day stand before it; else they are read as
  /// a preamble of what is carried out.
  static let otherPurposeOpeners: [Phrase] = ["nham", "voi muc dich", "voi muc tieu"].phrases
  /// "là nơi" (is the place where): "Liên hiệp Hội tỉnh Trà Vinh là nơi mà đoàn … đã tới".
  static let p_la_noi = Phrase("la noi")
  /// Verbs of saying that close a speaker's frame before a comma: "cho hay", "cho biết".
  static let sayingVerbs: [Phrase] = ["cho hay", "cho biet"].phrases
  /// Words that join listed nouns: "và", "hoặc", "cùng".
  static let listJoins = WordSet([Lexicon.h_va, Phrase.hash("hoac"), MeetingExtractor.h_cung])
  /// A union's body named before the union as a clause's subject: "Đoàn công tác (của) Liên hiệp
  /// …", "Thường trực Liên hiệp …", "Ban Thường vụ Liên hiệp …".
  static let subjectHeads: [Phrase] = [
    "doan cong tac", "doan dai bieu", "doan", "ban thuong vu", "ban chap hanh", "thuong truc", "lanh dao", "dai dien",
  ].phrases

  /// Where a sentence's preamble ends: "Thực hiện chủ trương của Ban Thường vụ Tỉnh ủy về việc
  /// tổ chức học tập …; Chương trình phối hợp giữa …, vào sáng ngày 19/8/2022, Liên hiệp … tổ chức
  /// Hội nghị …" — what is carried out names bodies and meetings that are not the event. The
  /// preamble runs to the last clause break before the first day-dated expression — or to the
  /// union that is the main clause's subject, when that union stands before the date ("Để thống
  /// nhất … chuẩn bị cho Đại hội lần thứ V, Liên hiệp … đã triệu tập Hội nghị … vào ngày
  /// 04/12/2018") —, else to the first ";", else the first ","; a purpose ("Nhằm chuẩn bị cho …")
  /// to its first clause break; 0 when the sentence opens otherwise. A purpose opens with "Nhằm",
  /// "Với mục đích" or "Để" (written so: `FoldedText.isPurposeDe`).
  static func preambleEnd(_ s: AnalyzedSentence) -> Int {
    let f = s.text
    let t = f.tokens
    func isBreak(_ g: UInt8) -> Bool { g == UInt8(ascii: ",") || g == UInt8(ascii: ";") }
    // a speaker's frame: "Thông tin từ Liên hiệp Hội Bình Định cho hay, hội thảo tập huấn “…” đã
    // được … tổ chức …", "Bà …, Chủ tịch Liên hiệp hội, cho biết, …" — what is reported starts
    // after the first comma that closes a saying verb (within twenty words)
    if t.count > 4, let j = (3..<min(t.count, 21)).first(where: { isBreak(t[$0].gap) }),
      sayingVerbs.contains(where: { f.endsWith($0, before: j) })
    {
      return j
    }
    guard t.count > 6, preambleOpeners.contains(where: { f.matches($0, at: 0) }) || f.isPurposeDe(0) else {
      // (after a place's dateline: "YênBái - Để chuẩn bị tổ chức Đại hội …, Ban Chấp hành … đã
      // họp Hội nghị lần thứ XII vào sáng 12/10")
      if let o = (1...3).first(where: { $0 < t.count && t[$0].gap == UInt8(ascii: "-") }), (0..<o).allSatisfy({ t[$0].isCap }),
        purposeOpeners.contains(where: { f.matches($0, at: o) })
      {
        return t.indices.first(where: { $0 > o + 2 && isBreak(t[$0].gap) }) ?? 0
      }
      return 0
    }
    if purposeOpeners.contains(where: { f.matches($0, at: 0) }) {
      return t.indices.first(where: { $0 > 2 && isBreak(t[$0].gap) }) ?? 0
    }
    // the union after a comma, subject of the clause the preamble leads to
    // (or a body of it named first: "Nhằm nắm bắt …, Đoàn công tác của Liên hiệp … Việt Nam …
    // đã tới thăm và làm việc tại tỉnh Sơn La, vào ngày 7/12" — the clause opens at the body)
    let subject: Int? = s.unions.lazy.compactMap { u -> Int? in
      guard u.start > 2 else { return nil }
      if isBreak(t[u.start].gap) { return u.start }
      // (two unions read as one mention across the comma that parts them: "… theo chỉ đạo của
      // Thường trực Liên hiệp hội, Liên hiệp các Hội … tỉnh đã tổ chức Hội nghị …")
      if let j = (u.start + 1..<u.end).first(where: { isBreak(t[$0].gap) && f.matches(Lexicon.p_lien_hiep, at: $0) }) { return j }
      for head in subjectHeads {
        var j = u.start - head.count
        if j >= 1, t[u.start - 1].hash == Lexicon.h_cua { j -= 1 }
        if j > 2, isBreak(t[j].gap), f.matches(head, at: j) { return j }
      }
      // (or a few organs named together before it: "Để bàn việc …, Đảng đoàn cùng Ban Thường vụ
      // Liên hiệp … đã có các buổi làm việc …" — a capital opening the clause, at most eight
      // words before the union)
      if let j = (max(3, u.start - 8)..<u.start).last(where: { isBreak(t[$0].gap) }), t[j].isCap,
        !(j..<u.start).contains(where: { t[$0].isNumber })
      {
        return j
      }
      return nil
    }.first
    // (a purpose of several items runs to the union that is the subject: "Nhằm đánh giá …
    // nhiệm kỳ I, bầu Ban Chấp hành nhiệm kỳ II, Liên hiệp các Hội … đã tiến hành Đại hội …" —
    // only when no meeting and no day stand before that union)
    if otherPurposeOpeners.contains(where: { f.matches($0, at: 0) }) || f.isPurposeDe(0), !f.matches(Phrase("nham trien khai"), at: 0),
      !f.matches(Phrase("nham thuc hien"), at: 0),
      let u = subject,
      !s.dates.contains(where: { $0.start < u && $0.day != nil }),
      !(0..<u).contains(where: { MeetingExtractor.meetingNounStarts(f, at: $0) })
    {
      return u
    }
    // (not the date of a document the preamble cites — "Căn cứ Công văn số 252/LHHVN-KHCNMT,
    // ngày 21/4/2015 …" — nor an annual day's name, "Ngày KH&CN Việt Nam 18/5")
    let docs = s.dates.isEmpty ? [] : s.documents
    if let d = s.dates.first(where: { d in
      guard d.day != nil, d.start > 2, !DateReader.namesAnnualDay(f, d) else { return false }
      let at = t[d.start].start
      return !docs.contains { $0.end <= at && at - $0.end <= 8 }
    }) {
      // (a date at the end of the main clause — "Để thống nhất … chuẩn bị cho Đại hội lần thứ V,
      // Liên hiệp … đã triệu tập Hội nghị Ban Chấp hành lần thứ 9, nhiệm kỳ 2013 – 2018 vào ngày
      // 04/12/2018" — stands after its subject: the preamble ends at the subject)
      // (or the meeting itself, opening a clause as its subject: "Thực hiện Điều lệ … và được sự
      // đồng ý của Ban Bí thư …, Đại hội … lần thứ VI Liên hiệp hội đã được tiến hành trọng thể
      // tại Hà Nội, trong thời gian từ ngày 27 đến ngày 28 tháng 4 năm 2010")
      if let j = (3..<d.start).first(where: { isBreak(t[$0].gap) && MeetingExtractor.meetingNounStarts(f, at: $0) }),
        subject.map({ j < $0 }) ?? true
      {
        return j
      }
      if let u = subject, u < d.start { return u }
      var j = d.start
      while j > 2, !isBreak(t[j].gap) { j -= 1 }
      return j > 2 ? j : 0
    }
    if let j = t.indices.first(where: { $0 > 2 && t[$0].gap == UInt8(ascii: ";") }) { return j }
    return t.indices.first(where: { $0 > 2 && t[$0].gap == UInt8(ascii: ",") }) ?? 0
  }

  /// The token index of the first meeting noun that names an event here (not a reference to
  /// one, not a count such as "25 hội thảo").
  func meetingNoun(in s: AnalyzedSentence, allowReference: Bool, from: Int = 0) -> Int? {
    let f = s.text
    let t = f.tokens
    let preamble = MeetingExtractor.preambleEnd(s)
    let from = max(from, preamble)
    // one pass: the first position where a meeting noun (or "họp") names an event
    var countedEnd = -2  // where the last counted noun ended ("26 hội thảo"); none yet
    var referredAt: Int? = nil  // the last noun passed over as a reference ("Sau Đại hội …")
    for at in from..<max(from, t.count) {
      let h = t[at].hash
      guard MeetingVocabulary.firstWords.contains(h) else { continue }
      // "Sau Đại hội lần thứ nhất (năm 2005) và Đại hội lần thứ II (năm 2010), tháng 9/2015 …":
      // a noun listed with "và" after a reference is referred to as well
      if !allowReference, let r = referredAt, at - r <= 12, at >= 1, t[at - 1].hash == Lexicon.h_va,
        !(r + 1..<at).contains(where: { FoldedText.isStrongPunct(t[$0].gap) || t[$0].gap == UInt8(ascii: ",") })
      {
        referredAt = at
        continue
      }
      if h == Lexicon.h_hop {
        // "kỳ họp" is a session of the National Assembly or a People's Council, not the union's
        if at >= 1, t[at - 1].hash == MeetingExtractor.h_ky { continue }
        // "đang họp với các ngành …": work in progress, no meeting held
        if at >= 1, t[at - 1].hash == MeetingExtractor.h_dang { continue }
        // "quanh bàn họp", "phòng họp": the table or the room a meeting is held at, no meeting
        if at >= 1, !t[at - 1].isCap, MeetingExtractor.meetingFurniture.contains(t[at - 1].hash) { continue }
        // "họp" (meet) must be written with its dot below: "hợp" (fit, cooperate) folds the same.
        if t[at].end - t[at].start == 3, f.scalars[t[at].start + 1] == "ọ" || f.scalars[t[at].start + 1] == "Ọ" {
          return at
        }
        continue
      }
      if MeetingVocabulary.isSoOfNumber(f, at) { continue }  // "Một số kết quả" is no "sơ kết"
      if inOccasionClause(f, at) { continue }
      for noun in MeetingVocabulary.nounsByFirstWord[h] ?? [] where f.matches(noun, at: at) {
        // "tổ chức 25 hội thảo": a recap — unless a day written before it dates these few
        // sessions ("Sáng 30/4 và 1/5, … tổ chức 2 lớp tập huấn")
        let dated = s.dates.contains { $0.start < at && $0.day != nil && $0.cued }
        // a number that ends a date ("Sáng 23/06/2020, Đại hội …") counts nothing
        // (nor one a comma parts from it: "… nhiệm kỳ 2019 – 2024, Hội nghị Ban Thường vụ …")
        let countBefore = at >= 1 && t[at - 1].isNumber && t[at].gap != UInt8(ascii: ",")
          && !s.dates.contains { $0.start < at && $0.end == at }
        if countBefore, !(dated && smallCount(f, at - 1)) { countedEnd = at + noun.count; continue }
        // (the count runs on over the nouns listed after it: "đã tổ chức 26 hội thảo, hội nghị tư
        // vấn phản biện" — the "hội nghị" is counted too)
        if (at == countedEnd && t[at].gap == UInt8(ascii: ","))
          || (at >= 1 && at == countedEnd + 1 && MeetingExtractor.listJoins.contains(t[at - 1].hash))
        {
          countedEnd = at + noun.count
          continue
        }
        // ("Sáng 20-6, buổi tọa đàm …": the number ends a date and counts nothing)
        if at >= 2, t[at - 2].isNumber, t[at - 1].hash == Lexicon.h_lop
          || t[at - 1].hash == Lexicon.h_buoi || t[at - 1].hash == Lexicon.h_cuoc,
          !s.dates.contains(where: { $0.start < at - 1 && $0.end == at - 1 }),
          !(dated && smallCount(f, at - 2))
        { continue }
        // "cho ý kiến vào dự thảo văn kiện Đại hội": the noun names a topic, not this meeting
        // ("… đã được bầu làm Chủ tịch … tại Đại hội lần thứ V …, diễn ra ngày 17/3": the meeting
        // where it was done, named after "tại", is the event)
        // (a topic before a day that opens a clause of its own is that clause's: "Nhằm … xây dựng
        // kế hoạch … (về việc …) – vào sáng 5.2, Hội thảo … đã được Liên hiệp … tổ chức")
        let clauseDay = s.dates.last { $0.start < at && $0.day != nil && $0.cued && $0.end <= at && t[$0.end].gap == UInt8(ascii: ",") }
        // (a topic the sentence's subject names ends at its "là": "Công tác chuẩn bị Đại hội … là
        // chủ đề … dành riêng cho Hội nghị Ban Chấp hành mở rộng, họp ngày 30 tháng 3 năm 2018")
        let copula = MeetingExtractor.afterCopula(f, before: at)
        // (not a report's heading right before the noun, which opens the sentence: "Thông báo kết
        // quả hội thảo khoa học …")
        // (nor a topic word in the name of the sentence's subject, the clause's "đã" between it
        // and the noun: "Đoàn công tác Tiểu ban Văn kiện Đại hội XIII …, do … làm trưởng đoàn, đã
        // đến khảo sát và làm việc với …")
        if !(at >= 1 && t[at - 1].hash == Lexicon.h_tai),
          let topic = MeetingVocabulary.firstTopicStart(in: f, from: max(preamble, clauseDay?.start ?? 0, copula), to: at),
          !(topic == 0 && at == MeetingExtractor.p_thong_bao_ket_qua.count && f.matches(MeetingExtractor.p_thong_bao_ket_qua, at: 0)),
          f.findDone(from: topic + 1, to: at) == nil,
          // (not a sentence that opens "(Được) chuẩn bị chu đáo, …" and names no meeting before its
          // comma: "Được chuẩn bị chu đáo, Đại hội … đã được tổ chức …" — the noun after it is the
          // clause's subject; "Đến phiên bầu cử, … Đại hội đã bầu …" keeps its topic)
          !(topic <= 1 && f.matches(MeetingExtractor.p_chuan_bi, at: topic) && t[at].gap == UInt8(ascii: ",")
            && !f.contains(any: MeetingVocabulary.nouns, from: topic, to: at))
        {
          continue
        }
        // (a meeting referred to that the sentence then says took place on a day is an event
        // too: "… được đưa ra tại hội nghị Ban Chấp hành … diễn ra sáng 23.6")
        // (nor is a meeting the lead names after "tại" when the lead opens with its day: "Sáng
        // 30-6, khi phát biểu chỉ đạo tại Đại hội đại biểu lần thứ VI … của Liên hiệp …")
        // (or dates it after the name: "Con số này được công bố tại hội nghị tổng kết … của Liên
        // hiệp … tỉnh ngày 13.1")
        // (or opens with it: "Tại hội nghị Ban Chấp hành lần thứ 2 nhìn lại hoạt động năm 2016,
        // Liên hiệp … đã kết nạp thêm 2 Hội thành viên …" — what the union did there)
        let leadAtMeeting = s.isLead && at >= 1 && t[at - 1].hash == Lexicon.h_tai
          && (at == 1 || s.dates.contains { ($0.start <= 2 || $0.start > at) && $0.day != nil && $0.cued })
        // "… qua các kỳ Đại hội (1983-2015)", "đã trải qua 6 kỳ đại hội": the congresses of a
        // history, in a title too
        if MeetingExtractor.pluralTerms.contains(where: { f.endsWith($0, before: at) }) { continue }
        // "Ban tổ chức Hội thảo … nhóm họp": the noun names the committee's event, not a meeting
        if MeetingExtractor.eventCommittees.contains(where: { f.endsWith($0, before: at) }) { continue }
        if at >= 2, t[at - 1].hash == MeetingExtractor.h_ky,
          t[at - 2].isNumber || NumberWords.starters.contains(t[at - 2].hash) || t[at - 2].hash == NumberWords.h_muoi
        {
          continue
        }
        // "thi đua … chào mừng Đại hội Chi bộ …": a campaign in honour of a congress to come
        // (an anniversary greeted, "chào mừng kỷ niệm 40 năm", is the occasion of an event)
        if f.endsWith(MeetingExtractor.p_chao_mung, before: at), noun.words != ["ky", "niem"] { continue }
        // (nor one named after "tại" with its own day in its name: "Các nội dung trên được
        // thống nhất tại hội nghị BCH LHH tỉnh sáng 23/6" — that day's meeting, held)
        let dayInItsName = at >= 1 && t[at - 1].hash == Lexicon.h_tai && namesItsDay(s, noun: at)
        if !allowReference && !s.isTitle && isReference(f, at) && !leadAtMeeting && !dayInItsName
          && !((s.isLead || s.dates.contains { $0.start > at && $0.day != nil && $0.cued }) && !isSince(f, at)
            && [Lexicon.p_to_chuc, Lexicon.p_dien_ra,
                // ("… tại hội nghị Ban Thường vụ mà Liên hiệp hội đã tiến hành sáng ngày 07/01/2014")
                MeetingExtractor.p_tien_hanh].contains(where: { v in
              // (a verb that holds another meeting named right after it does not: "Theo báo cáo
              // tại hội nghị, … có 6 Hội đã tiến hành Đại hội nhiệm kỳ … (25/3/2023), …")
              guard let j = f.find(v, from: at + 1) else { return false }
              let object = j + v.count
              return !(object < t.count && MeetingExtractor.meetingNounStarts(f, at: object))
            }))
        {
          referredAt = at
          continue
        }
        if noun.words == ["ky", "niem"] && !(at >= 1 && t[at - 1].hash == Lexicon.h_le) && !s.isTitle && !s.isLead {
          continue
        }
        // "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Trung ương": an organ of another body
        // ("làm việc với Tỉnh ủy" names the host of a working session: that one stays)
        // ("Hội nghị Ban Chấp hành Đảng bộ tỉnh": a few words on, with no LHH body between)
        if !noun.words.contains("lam"),
          (at + noun.count..<min(t.count, at + noun.count + 5)).contains(where: { j in
            // ("Hội đồng Trung ương Liên hiệp …" is the union's own organ)
            // (a Party cell is never the union's organ, even the union office's own: "Đại hội
            // Chi bộ Liên hiệp các hội …" is a Party meeting)
            f.matches(MeetingExtractor.p_chi_bo, at: j)
              || MeetingExtractor.otherOrgans.contains(where: { f.matches($0, at: j) })
              && !s.unions.contains(where: { $0.start >= at && $0.start < j + 5 })
              && !isUnionsPartyCommittee(s, at: j)
              && !f.endsWith(MeetingVocabulary.p_hoi_dong, before: j)  // "Hội đồng Trung ương" is the union's
              // ("Hội nghị do Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với … Liên hiệp … tổ
              // chức": after "do" stand its holders, which `heldByAnotherBody` weighs)
              && !(at + noun.count..<j).contains(where: { f.isPlainDo($0) })
          })
        {
          continue
        }
        return at
      }
    }
    return nil
  }

  /// "Hội nghị Ban Chấp hành Đảng bộ lần thứ ba … đã được Đảng bộ Liên hiệp các Hội Khoa học và
  /// Kỹ thuật Việt Nam tổ chức": the Party committee at `j` is the union's own when the sentence
  /// names it so (`MeetingVocabulary.namesUnionsPartyCommittee`; its meetings are the union's, as
  /// its congress is: rf09, sc12).
  func isUnionsPartyCommittee(_ s: AnalyzedSentence, at j: Int) -> Bool {
    (s.text.matches(MeetingExtractor.p_dang_bo, at: j) || s.text.matches(MeetingExtractor.p_dang_uy, at: j))
      && MeetingVocabulary.namesUnionsPartyCommittee(s.text)
  }
  static let p_dang_bo = Phrase("dang bo"), p_dang_uy = Phrase("dang uy")

  /// A count of one to three sessions ("2 lớp tập huấn").
  private func smallCount(_ f: FoldedText, _ i: Int) -> Bool {
    guard let v = Int(f.text(f.tokens[i].start, f.tokens[i].end)) else { return false }
    return (1...3).contains(v)
  }

  private func isSince(_ f: FoldedText, _ at: Int) -> Bool {
    MeetingExtractor.sinceWords.contains { f.endsWith($0, before: at) }
  }

  private func isReference(_ f: FoldedText, _ at: Int) -> Bool {
    if isSince(f, at) { return true }
    // ("Thông báo kết quả hội thảo …", "Báo cáo kết quả Hội nghị …": a report's heading on the
    // meeting it reports, not what workshops yield)
    if f.endsWith(MeetingExtractor.p_ket_qua, before: at),
      MeetingExtractor.reportHeadings.contains(where: { f.endsWith($0, before: at - 2) })
    {
      return false
    }
    for r in MeetingExtractor.referenceBefore where f.endsWith(r, before: at) {
      // "tổ chức hội nghị" after "tại Hà Nội, …" is still an event; only a word right before counts
      // ("phiên chính thức của Đại hội …", "phiên bế mạc của Hội nghị": a session of the meeting
      // is the meeting)
      if r.words == ["cua"], at >= 2, (max(0, at - 4)..<(at - 1)).contains(where: { f.tokens[$0].hash == MeetingExtractor.h_phien }) {
        return false
      }
      return true
    }
    return false
  }

  static let h_phien = Phrase.hash("phien"), p_su_kien = Phrase("su kien")
  /// The words before "kết quả" of a report's heading: "Thông báo kết quả …", "Báo cáo kết quả …".
  static let reportHeadings: [Phrase] = ["thong bao", "bao cao", "bao cao nhanh"].phrases
  static let p_ket_qua = Phrase("ket qua"), p_thong_bao_ket_qua = Phrase("thong bao ket qua")
  static let h_nganh = Phrase.hash("nganh")

  static let habitWords: [Phrase] = [
    "hang nam", "thuong nien", "luan phien", "dinh ky", "moi nam",
    // ("Liên hiệp hội thường xuyên tổ chức các hội thảo, lớp tập huấn cho hội viên", "… được duy
    // trì đều đặn", "Theo thông lệ, …", "Như thường lệ, …")
    "thuong xuyen", "deu dan", "thong le", "thuong le", "hang thang", "hang quy",
  ].phrases
  /// A year's look back: "… điểm lại những sự kiện đã đánh dấu một năm hoạt động, từ hội nghị
  /// tổng kết đầu năm đến …" — the events of its paragraphs, none of them the lead's.
  static let lookBack: [Phrase] = ["diem lai nhung su kien", "nhin lai nhung su kien", "diem lai cac su kien"].phrases
  static let p_tu_nam = Phrase("tu nam")

  /// A sentence about what a body does every year or in turn ("Hằng năm …", "… luân phiên tại
  /// các tỉnh", "Từ năm 2019, … đã tổ chức …") that dates no day or month: a habit, not an event.
  func isHabit(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    // (a cited document's date is no day of the event: "… sơ kết 3 năm thực hiện Chỉ thị
    // 42-CT/TW ngày 16/4/2010")
    let docs = s.text.tokens.contains(where: \.isNumber) ? s.documents : []
    let ofDocument = { (d: DateMention) -> Bool in
      let at = s.text.tokens[d.start].start
      return docs.contains { $0.end <= at && at - $0.end <= 8 }
    }
    guard !s.dates.contains(where: { ($0.day != nil || $0.month >= 1) && !ofDocument($0) }) else { return false }
    // ("Trong năm 2017, Liên hiệp đã … Hội thảo khoa học": a recap of a year)
    // (the habit word with the noun it qualifies: "… được phép tổ chức diễn đàn trí thức hằng
    // năm" far after "Sau buổi làm việc với …" is a plan of another event)
    return s.text.contains(any: MeetingExtractor.habitWords, from: max(0, k - 12), to: min(s.text.tokens.count, k + 15))
      || s.text.matches(MeetingExtractor.p_tu_nam, at: 0)
      || (s.text.matches(MeetingExtractor.p_trong_nam, at: 0) && DateReader.year(s.text, 2) != nil)
      // ("Chín tháng đầu năm, Liên hiệp hội đã …", "Trong 6 tháng đầu năm …", "Trong nhiệm kỳ qua, …")
      || s.text.find(MeetingExtractor.p_thang_dau_nam, from: 0, to: min(s.text.tokens.count, 6)) != nil
      || s.text.matches(MeetingExtractor.p_trong_nhiem_ky, at: 0)
      || s.text.contains(any: MeetingExtractor.lookBack, from: 0, to: k)
  }

  static let p_thang_dau_nam = Phrase("thang dau nam"), p_trong_nhiem_ky = Phrase("trong nhiem ky")

  static let p_trong_nam = Phrase("trong nam")
  static let p_chuan_bi = Phrase("chuan bi")

  /// True when the meeting named at `k` is planned or to come ("sẽ tổ chức", "dự kiến", "kế
  /// hoạch tổ chức …"), not held.
  func isPlan(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    // plan words count unless they belong to a draft being discussed ("cho ý kiến vào dự thảo Kế hoạch tổ chức …")
    // … or, for a meeting that has taken place ("đã họp"), to what it agreed on
    // ("… đã họp, thống nhất … kế hoạch tổ chức hội thảo")
    // (taken place: "đã" right before the noun, or a day written before it: "Chiều 13/6, … làm
    // việc … về công tác chuẩn bị Đại hội, dự kiến tổ chức vào tháng 8")
    var end = f.tokens.count
    // (a preamble's plans are what is carried out or prepared for: "Nhằm chuẩn bị cho Đại hội
    // lần thứ V, Hội đồng … đã họp": not this meeting's)
    // (nor the subject's topic before its "là": "Tiến tới Đại hội lần thứ V là mục tiêu của Hội
    // nghị tổng kết … mà Liên hiệp hội tổ chức ngày 10/1/2020")
    let start = max(min(MeetingExtractor.preambleEnd(s), k), MeetingExtractor.afterCopula(f, before: k))
    let tookPlace = f.findDone(from: max(0, k - 3), to: k) != nil
      || s.dates.contains { $0.start < k && $0.day != nil }
    if tookPlace, let topic = MeetingVocabulary.firstTopicStart(in: f, from: k + 1, to: end) {
      end = topic
    }
    // "… (hội nghị) diễn ra chiều 6/7, các ủy viên đã nhất trí … nhiệm vụ sẽ thực hiện": what a
    // meeting that took place agreed on comes after a completed verb, and its plans are not the meeting's
    if let done = f.findDone(from: k + 1, to: end), done > k,
      !f.contains(any: MeetingExtractor.planWords, from: start, to: done), !f.containsWill(from: start, to: done)
    {
      end = done
    }
    for marker in [Lexicon.p_cho_y_kien, Lexicon.p_du_thao, Lexicon.p_gop_y] {
      if let at = f.find(marker, from: k + 1, to: end) { end = at }
    }
    if f.contains(any: MeetingExtractor.planWords, from: start, to: end) || f.containsWill(from: start, to: end) { return true }
    // "… Liên hiệp hội cần tổng kết tình hình hoạt động …", "cần tổ chức Hội nghị …": what must be
    // done, not what was (no day before it)
    if !tookPlace, k >= 1, MeetingExtractor.modalWords.contains(f.tokens[k - 1].hash)
      || (k >= 3 && MeetingExtractor.modalWords.contains(f.tokens[k - 3].hash) && f.matches(Lexicon.p_to_chuc, at: k - 2))
    {
      return true
    }
    if isContentOfIssuedDocument(s, noun: k) { return true }
    // "ngày 5/3 tới"
    for d in s.dates where d.end < f.tokens.count && f.tokens[d.end].hash == Lexicon.h_toi { return true }
    return false
  }

  /// "Ngày 19/12/2018, UBND tỉnh ban hành Quyết định số 2611/QĐ-UBND phê duyệt danh mục … gồm 05
  /// hội thảo …": a sentence that reports a document issued names, after the document, what the
  /// document approves or plans — no meeting held (unless a verb of holding comes between them:
  /// "… ban hành Kế hoạch số 12/KH-LHH và tổ chức hội nghị quán triệt").
  func isContentOfIssuedDocument(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    guard let issued = f.find(MeetingExtractor.issuedOn, from: 0, to: k), k < f.tokens.count else { return false }
    let verbEnd = f.tokens[min(f.tokens.count - 1, issued + 1)].end
    let nounStart = f.tokens[k].start
    guard let doc = s.documents.first(where: { $0.start >= verbEnd && $0.start - verbEnd <= 40 && $0.end <= nounStart }),
      let docEnd = (0..<k).first(where: { f.tokens[$0].start >= doc.end })
    else { return false }
    // (a clause of its own after it — "Sau khi ban hành Kế hoạch số 20/KH-LHH …, ngày 15/5/2023,
    // Liên hiệp … đã mở lớp tập huấn", "… đồng thời Hội nghị tổng kết … đã diễn ra" — holds one)
    // (or after the noun, when the document's topic comes first: "Sau khi ban hành Kế hoạch số …
    // về bồi dưỡng kỹ năng …, ngày 15/5/2023, Liên hiệp … đã mở lớp tập huấn")
    if s.unions.contains(where: { $0.start >= docEnd }) || s.dates.contains(where: { $0.start >= docEnd }) {
      return false
    }
    // ("Kế hoạch số 45/KH-LHH về tổ chức Hội thảo …": a holding verb after "về"/"việc" names the
    // document's subject, not a meeting held)
    if let held = MeetingExtractor.documentContentHeld.compactMap({ f.find($0, from: docEnd, to: k) }).min(),
      !(held >= 1 && MeetingExtractor.subjectMarkers.contains(f.tokens[held - 1].hash))
    {
      return false
    }
    return !f.contains(any: MeetingExtractor.heldAfterNoun, from: k + 1, to: min(f.tokens.count, k + 12))
  }

  /// The token after the last "là" (the copula) before token `k`, else 0: a subject's topic
  /// ("Công tác chuẩn bị Đại hội … là chủ đề …") ends there.
  static func afterCopula(_ f: FoldedText, before k: Int) -> Int {
    (0..<min(k, f.tokens.count)).last { f.tokens[$0].hash == p_la.hashes[0] }.map { $0 + 1 } ?? 0
  }

  /// "về", "việc": what follows is a subject ("về tổ chức Hội thảo", "việc tổ chức Đại hội").
  static let subjectMarkers = WordSet(["ve", "viec"].map(Phrase.hash))
  /// Verbs that hold a meeting after a document was issued ("… và triệu tập Hội nghị …").
  static let documentContentHeld: [Phrase] = holdingVerbs + ["trieu tap", "mo lop"].phrases
  /// Verbs after a meeting's noun that say it took place ("Hội nghị … đã diễn ra").
  static let heldAfterNoun: [Phrase] = ["da dien ra", "dien ra", "da duoc to chuc", "duoc to chuc", "da khai mac", "khai mac"].phrases

  /// "Đại hội Hội Làm vườn tỉnh", "Hội Nông dân tỉnh tổ chức hội thảo": a member association's
  /// own meeting, with no LHH body holding it.
  func isOtherAssociationMeeting(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    let t = f.tokens
    // after the noun: "Đại hội (đại biểu) Hội Làm vườn …"
    var j = f.tokens[k].hash == Lexicon.h_dai ? k + 2 : k + 1
    if f.matches(Lexicon.p_dai_bieu, at: j) { j += 2 }
    // (not a meeting's own noun in capitals: "… TỈNH HỌP HỘI NGHỊ LẦN THỨ 14")
    if j + 1 < t.count, t[j].hash == Lexicon.h_hoi, t[j].isCap, t[j + 1].isCap,
      !UnionFinder.body.contains(t[j + 1].hash), !s.unions.contains(where: { $0.start <= j && j < $0.end }),
      !MeetingVocabulary.nouns.contains(where: { f.matches($0, at: j) })
    {
      return true
    }
    // "cuộc họp ban chủ nhiệm …": a club's or a programme's board, not the union's
    let afterMeeting = t[k].hash == MeetingExtractor.h_hop ? k + 1 : f.matches(MeetingExtractor.p_cuoc_hop, at: k) ? k + 2 : nil
    if let a = afterMeeting, f.matches(MeetingExtractor.p_ban_chu_nhiem, at: a) { return true }
    // "Liên hiệp Hội … có 6 Hội đã tiến hành Đại hội": a count of associations as the subject
    // holds their own congresses (whatever union has them)
    // (not delegates "của 15 hội thành viên" at a congress the sentence names as the union's:
    // "… đã tiến hành Đại hội thành lập LHH VN")
    // ("6 Hội của HCMUSTA đã tổ chức Đại hội": the union named as their parent right after them
    // holds none of it)
    for i in max(0, k - 8)..<max(0, k - 1) where t[i].isNumber && t[i + 1].hash == Lexicon.h_hoi {
      let parent = i + 3 < t.count && t[i + 2].hash == MeetingExtractor.h_cua ? i + 3 : nil
      if !s.unions.contains(where: { $0.start > i && $0.start < k + 6 && $0.start != parent }),
        !s.dates.contains(where: { $0.start <= i && i < $0.end }),
        !(i >= 1 && t[i - 1].hash == MeetingExtractor.h_cua)
      {
        return true
      }
    }
    // before the noun: the subject is another association and no LHH body stands before the noun
    // (but for the union named as its parent: "Hội Làm vườn tỉnh …, hội thành viên của Liên hiệp
    // các Hội … tỉnh, đã tổ chức Đại hội …")
    if s.unions.contains(where: { u in u.start < k && !MeetingExtractor.parentWords.contains { f.endsWith($0, before: u.start) } }) {
      return false
    }
    // nor when the sentence names the union as the agent that held it ("…, tại Hội trường Trụ
    // sở các Hội Đặc thù tỉnh Sóc Trăng, Hội nghị tổng kết … đã được Liên hiệp các hội … tổ chức")
    if heldByUnionAsAgent(s, noun: k) { return false }
    // nor when the association before it only attends a meeting the union is named with right
    // after its noun ("Hội Y học tỉnh Đồng Tháp đã tham dự Hội nghị Ban Chấp hành lần thứ 5 của
    // Liên hiệp các Hội …"): a guest at the union's meeting
    if [k, k - 1].contains(where: { a in a >= 1 && Lexicon.guestOpeners.contains { f.endsWith($0, before: a) } }),
      s.unions.contains(where: { u in
        u.start > k && u.start <= k + 12 && !(k + 1...u.start).contains { FoldedText.isStrongPunct(t[$0].gap) }
      })
    {
      return false
    }
    // ("… tại Bảo tàng tỉnh hội Khoa học lịch sử Thanh Hóa đã tổ chức …": "hội" as written
    // in lower case still names an association when a capitalised name follows it)
    var i = k - 1
    while i >= 1 {
      // (the "hội" of "Đại hội XIII" names no association)
      if t[i - 1].hash == Lexicon.h_hoi, t[i - 1].isCap || !(i >= 2 && t[i - 2].hash == Lexicon.h_cac), t[i].isCap,
        !(i >= 2 && t[i - 2].hash == Lexicon.h_dai && t[i - 1].gap == 0),
        !UnionFinder.body.contains(t[i].hash) || MeetingExtractor.isScienceAssociation(f, at: i, provinces: s.provinces),
        !MeetingExtractor.isCouncilWord(f, at: i)
      {
        return true
      }
      // "Hội Các ngành Sinh học - Hóa học tỉnh Thanh Hóa họp …": an association of branches
      if t[i - 1].hash == Lexicon.h_hoi, t[i - 1].isCap, t[i].hash == Lexicon.h_cac, t[i].isCap, t[i].gap == 0, i + 1 < k,
        t[i + 1].hash == MeetingExtractor.h_nganh, t[i + 1].gap == 0
      {
        return true
      }
      i -= 1
    }
    return false
  }

  /// True when a union after the meeting's noun is named as the one that held it, in the same
  /// clause: the agent of a passive ("Hội nghị … đã được Liên hiệp các hội … tỉnh (Liên hiệp Hội)
  /// tổ chức") or the holder after "do" ("Hội Y học tỉnh đã dự Hội nghị sơ kết … do Liên hiệp các
  /// hội KH-KT tỉnh Quảng Nam tổ chức").
  func heldByUnionAsAgent(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    let t = f.tokens
    return s.unions.contains { u in
      guard u.start > k, u.start >= 1, t[u.start - 1].hash == CitationExtractor.h_duoc || f.isPlainDo(u.start - 1),
        !(k + 1...u.start).contains(where: { FoldedText.isStrongPunct(t[$0].gap) })
      else { return false }
      // the verb a few words after the name, within its clause (an abbreviation or the province
      // in between: "… (Liên hiệp Hội) tỉnh Bà Rịa-Vũng Tàu tổ chức")
      var end = u.end
      while end < min(t.count, u.end + 10), !FoldedText.isStrongPunct(t[end].gap), t[end].gap != UInt8(ascii: ",") { end += 1 }
      return MeetingExtractor.heldVerbs.contains { v in f.find(v, from: u.end, to: end) != nil }
    }
  }

  /// Words that name the union as another association's parent: "hội thành viên của", "thành
  /// viên của" (not "trực thuộc": "Cụm thi đua số 9 trực thuộc Liên hiệp …" is the union's own).
  static let parentWords: [Phrase] = ["thanh vien cua"].phrases

  /// True when the word at `i` is "đồng" of "Hội đồng" (a council) as written, not "Đông" of
  /// "Hội Đông y" (an association): both fold to "dong".
  static func isCouncilWord(_ f: FoldedText, at i: Int) -> Bool {
    let t = f.tokens[i]
    guard t.hash == Lexicon.h_dong else { return false }
    let vowel = f.scalars[t.start..<t.end].first { VietnameseText.fold($0) == UInt8(ascii: "o") }
    return vowel.map { !"ôÔ".unicodeScalars.contains($0) } ?? true
  }

  /// "Hội Khoa học lịch sử", "Hội Khoa học Kinh tế": a member association named "Hội Khoa học
  /// …" (at `i`, the word after "Hội"), not the union's own "Hội Khoa học và Kỹ thuật".
  /// Also "Hội Khoa học Kỹ thuật Lâm nghiệp", "Hội Khoa học và Kỹ thuật Hóa học": the union's
  /// words and then a field of its own (a capitalised word that starts no province among
  /// `provinces` and is no place word: "Hội Khoa học và Kỹ thuật Thanh Hóa" is the union).
  static func isScienceAssociation(_ f: FoldedText, at i: Int, provinces: [ProvinceMention] = []) -> Bool {
    let t = f.tokens
    guard i + 2 < t.count, f.matches(MeetingExtractor.p_khoa_hoc, at: i) else { return false }
    if !UnionFinder.body.contains(t[i + 2].hash) && t[i + 2].gap == 0 { return true }
    var j = i + 2
    if t[j].hash == Lexicon.h_va { j += 1 }
    guard f.matches(MeetingExtractor.p_ky_thuat, at: j) || f.matches(MeetingExtractor.p_ki_thuat, at: j) else { return false }
    let n = j + 2
    guard n < t.count, t[n].isCap, !t[n].isAllCaps, t[n].gap == 0, !UnionFinder.body.contains(t[n].hash),
      !MeetingExtractor.unionPlaceWords.contains(t[n].hash), !provinces.contains(where: { $0.start <= n && n < $0.end }),
      // (a field is one capital and lower-case words, "Lâm nghiệp"; a place is capitals, "Hà Tây")
      !(n + 1 < t.count && t[n + 1].isCap && t[n + 1].gap == 0)
    else { return false }
    return true
  }

  static let p_khoa_hoc = Phrase("khoa hoc")
  static let p_ky_thuat = Phrase("ky thuat"), p_ki_thuat = Phrase("ki thuat")
  /// Words that go on a union's name after "Kỹ thuật": its place ("tỉnh", "thành phố", "TP",
  /// "Việt Nam", "Trung ương").
  static let unionPlaceWords = WordSet(["tinh", "thanh", "tp", "viet", "vn", "trung", "thu", "quan", "huyen", "thi"].map(Phrase.hash))

  /// Bodies whose own meetings are not the union's ("Ban Thường vụ Tỉnh ủy tổ chức hội nghị…").
  static let otherOrganisers: [Phrase] = [
    "tinh uy", "thanh uy", "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "so khoa hoc", "so khcn",
    "ban tuyen giao", "ban dan van", "mat tran", "mttq", "bo khoa hoc", "hoi nong dan", "hoi lien hiep phu nu",
    "tinh doan", "thanh doan", "lien doan lao dong", "bo chinh tri", "ban bi thu", "chinh phu", "quoc hoi", "huyen uy",
    "truong dai hoc", "dai hoc", "hoc vien", "benh vien", "vien nghien cuu", "truong cao dang", "hiep hoi",
    "cau lac bo",
    // schools, the youth union and the provincial departments besides science's ("Đoàn Thanh niên
    // Trường THPT … tổ chức hội thảo … với sự tham gia của đại diện Liên hiệp hội": the union a guest)
    "truong thpt", "truong thcs", "truong tieu hoc", "truong trung hoc", "truong chinh tri", "doan thanh nien",
    "so giao duc", "so tai nguyen", "so nong nghiep", "so y te", "so noi vu", "so cong thuong", "so van hoa",
    "so tu phap", "so ke hoach", "so tai chinh", "so xay dung", "so giao thong", "so thong tin", "so lao dong",
    // look-alike federations: the friendship organisations', the cooperatives', the arts'
    "to chuc huu nghi", "lien hiep huu nghi", "lien minh hop tac xa", "lien minh htx", "hoi van hoc nghe thuat", "hoi vhnt",
  ].phrases

  static let p_lam_viec = Phrase("lam viec")
  static let p_voi_su = Phrase("voi su")

  /// True when a meeting noun opens the sentence (within its first two words): "Đại hội …",
  /// "Hội nghị …", "Sáng nay, Hội thảo …" is not (its day opens it).
  static func opensWithMeeting(_ f: FoldedText) -> Bool {
    if (0..<min(2, f.tokens.count)).contains(where: { meetingNounStarts(f, at: $0) }) { return true }
    // (or its clause after a fronted phrase: "Với chủ đề “Đoàn kết – Đổi mới – Phát triển”, Đại
    // hội Đại biểu lần thứ VII … đã được tiến hành vào sáng nay (22/11)", "Năm nay, Hội nghị …")
    guard let comma = (1..<min(16, f.tokens.count)).first(where: { f.tokens[$0].gap == UInt8(ascii: ",") }),
      !(1..<comma).contains(where: { FoldedText.isStrongPunct(f.tokens[$0].gap) })
    else { return false }
    return meetingNounStarts(f, at: comma)
  }

  /// True when a meeting noun of the vocabulary starts at token `i`.
  static func meetingNounStarts(_ f: FoldedText, at i: Int) -> Bool {
    MeetingVocabulary.firstWords.contains(f.tokens[i].hash)
      && (MeetingVocabulary.nounsByFirstWord[f.tokens[i].hash] ?? []).contains { f.matches($0, at: i) }
  }

  /// True when the sentence says a body worked with the union: "làm việc", then "với" within
  /// ten words, and a union named after it.
  func worksWithUnion(_ s: AnalyzedSentence) -> Bool {
    let f = s.text
    guard let w = f.find(MeetingExtractor.p_lam_viec),
      let v = (w + 2..<min(f.tokens.count, w + 12)).first(where: { f.tokens[$0].hash == Lexicon.h_voi })
    else { return false }
    return s.unions.contains { $0.start > v && !$0.partyDelegation }
  }

  /// True when another body holds the meeting named at `k`: named before it as its holder
  /// (`otherOrganiserBefore`) or after it as "do … tổ chức" with no union among the holders
  /// ("Hội nghị về giáo dục … do UNESCO tổ chức năm 2003 tại Paris").
  func heldByAnotherBody(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    otherOrganiserBefore(s, noun: k) || otherOrganiserAfter(s, noun: k) || sessionOfSubject(s, noun: k)
  }

  /// A body's sitting: "phiên họp", "cuộc họp".
  static let sessionNouns: [Phrase] = ["phien hop", "cuoc hop"].phrases
  /// "Trong" (in) opening a sentence.

  /// "Trong phiên họp ngày 13-10-2009, Ban Bí thư đã nghe … về tổng kết …": a session opening
  /// the sentence is the session of the body the clause after it starts with, and what the
  /// sentence names after it is that body's business.
  func sessionOfSubject(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    guard k >= 1, f.tokens.count > 3, f.tokens[0].hash == Lexicon.h_trong,
      MeetingExtractor.sessionNouns.contains(where: { f.matches($0, at: 1) }),
      let comma = (3..<min(f.tokens.count, 15)).first(where: { f.tokens[$0].gap == UInt8(ascii: ",") })
    else { return false }
    // (a union the body asks to hold a meeting holds it: "Trong phiên họp …, UBND tỉnh giao Liên
    // hiệp hội tổ chức Hội thảo …")
    // ("…, UBND tỉnh và Liên hiệp hội đã tổ chức Hội thảo …": a union among the subjects holds it)
    let subjectEnd = k > comma ? k : min(f.tokens.count, comma + 8)
    return !s.unions.contains { $0.start == comma || (!$0.partyDelegation && $0.start > comma && $0.start < subjectEnd) }
      && MeetingExtractor.otherOrganisers.contains { f.matches($0, at: comma) }
  }

  /// "<meeting> … do <body> tổ chức/chủ trì/đăng cai": the holders stand between "do" (by) and
  /// the verb, within a few words of the noun; true when no LHH body is among them.
  /// The passive "<meeting> … đã được <association> tổ chức" too, when the agent is a named
  /// association ("được Hội KHKT Lâm nghiệp tổ chức") or another body ("được UBND tỉnh tổ chức").
  func otherOrganiserAfter(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    let t = f.tokens
    // (a long name may stand between: "Hội thảo khoa học và công nghệ các trường Đại học kỹ
    // thuật lần thứ 59 do Trường Đại học Sao Đỏ đăng cai")
    // (and a theme in quotation marks after the noun is one stretch: "Một Hội thảo … với chủ đề
    // “Phát huy vai trò nữ trí thức … của Bộ Chính trị” (Nghị quyết 45) đã được …")
    let quoteEnd = MeetingExtractor.quotationEnd(f, after: k)
    let limit = min(t.count, max(k + 22, quoteEnd.map { $0 + 22 } ?? 0))
    // (the theme's own commas break no clause)
    let clauseFrom = max(k + 1, quoteEnd ?? 0)
    // (the agent's name and then the verb, nothing between: not "… tổng kết, được UBND tỉnh
    // đánh giá cao về công tác tổ chức", "… đã được UBND tỉnh giao Sở … tổ chức xây dựng")
    let passive = (k + 1..<limit).first(where: { i in
      guard t[i].hash == Lexicon.p_duoc.hashes[0], i + 2 < t.count,
        clauseFrom <= i, !(clauseFrom...i).contains(where: { t[$0].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(t[$0].gap) }),
        (t[i + 1].hash == Lexicon.h_hoi && t[i + 1].isCap && t[i + 2].isCap && !UnionFinder.stopAfterHoi.contains(t[i + 2].hash))
          || MeetingExtractor.otherOrganisers.contains(where: { f.matches($0, at: i + 1) })
      else { return false }
      // the verb within the agent's name's reach, no clause break and no other verb before it
      // (several agents joined by "cùng", "và" reach up to thirty words: "được Hội LHPN thành phố
      // cùng Hội Nữ trí thức thành phố và Trường Đại học Hải Phòng phối hợp tổ chức")
      guard let j = (i + 2..<min(t.count, i + 30)).first(where: { j in MeetingExtractor.heldByVerbs.contains { f.matches($0, at: j) } }),
        j < i + 10 || (i + 2..<j).contains(where: { t[$0].hash == Lexicon.h_va || t[$0].hash == MeetingExtractor.h_cung })
      else { return false }
      return !((i + 2)...j).contains(where: { t[$0].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(t[$0].gap) })
        && !(i + 1..<j).contains(where: { MeetingExtractor.otherVerbs.contains(t[$0].hash) })
        && !MeetingExtractor.workNouns.contains(where: { f.endsWith($0, before: j) })
    })
    guard let by = (k + 1..<limit).first(where: { f.isPlainDo($0) }) ?? passive else { return false }
    // (a longer reach, for a named association's long name — "do Hội Các ngành Sinh học, Hóa học
    // Thanh Hóa cùng chính quyền xã tổ chức" —, was tried and dropped: "do Hội Làm vườn tỉnh xây
    // dựng nhằm giúp nông dân tổ chức sản xuất" hands the union's workshop away)
    // (the passive's agents may be several, their verb further: `reach` as the passive allowed)
    let reach = f.isPlainDo(by) ? 10 : 30
    guard let verb = MeetingExtractor.heldByVerbs.compactMap({ f.find($0, from: by + 1, to: min(t.count, by + reach)) }).min(),
      verb > by + 1
    else { return false }
    if s.unions.contains(where: { $0.start > by && $0.start < verb }) { return false }
    // ("… Hội thảo khoa học phản biện Quy hoạch, do tôi chủ trì": the speaker, the union's own
    // head answering an interview)
    if MeetingExtractor.firstPerson.contains(where: { $0.count == verb - by - 1 && f.matches($0, at: by + 1) }) { return false }
    // "… do Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Đảng đoàn … Liên hiệp … tỉnh tổ chức":
    // the union named as co-holder right after is a main party
    return !s.unions.contains { u in
      u.start > verb && u.start <= verb + 25
        && f.contains(any: MeetingExtractor.coHolding, from: verb + 1, to: u.start)
        && MeetingExtractor.heldByVerbs.contains { f.find($0, from: u.start + 1, to: min(t.count, u.start + 16)) != nil }
    }
  }

  static let h_cung = Phrase.hash("cung"), p_tien_hanh = Phrase("tien hanh")
  static let p_ban_chap_hanh = Phrase("ban chap hanh"), p_ban_thuong_vu = Phrase("ban thuong vu")
  /// The speaker as an agent: "do tôi chủ trì", "do chúng tôi tổ chức".
  static let firstPerson: [Phrase] = ["toi", "chung toi"].phrases

  /// The token after a quotation that opens within twelve words after token `k` ("Hội thảo với
  /// chủ đề “…”"), or nil when none does (or it does not close within some sixty words).
  static func quotationEnd(_ f: FoldedText, after k: Int) -> Int? {
    let t = f.tokens
    guard k + 1 < t.count else { return nil }
    guard let open = (t[k].end..<t[min(t.count - 1, k + 12)].start).first(where: { "“\"«".unicodeScalars.contains(f.scalars[$0]) }),
      let close = f.closingQuote(after: open, before: t[min(t.count - 1, k + 72)].start)
    else { return nil }
    return t.firstIndex { $0.start > close }
  }

  /// Words that join a co-holder: "phối hợp với", "cùng".
  static let coHolding: [Phrase] = ["phoi hop voi", "phoi hop", "cung voi", "cung"].phrases

  /// The LHH body holding the meeting when the sentence after `s`, in the same paragraph, names
  /// the meeting again and that body ("Hội thảo do Liên hiệp … phối hợp với … tổ chức"), not as a guest.
  private func heldInNextSentence(_ s: AnalyzedSentence, noun k: Int) -> UnionMention? {
    guard let next = context.sentences.first(where: { $0.index > s.index }), next.line == s.line else { return nil }
    // "Đơn vị đứng ra tổ chức hội thảo là Liên hiệp các hội khoa học kỹ thuật Hải Phòng": the
    // holder named after "là"
    // (or with no noun: "Đơn vị tổ chức là Liên hiệp các Hội … tỉnh Thừa Thiên Huế.")
    if let opener = MeetingExtractor.holderOpeners.first(where: { next.text.matches($0, at: 0) }),
      let n = next.text.matches(MeetingExtractor.p_la, at: opener.count) ? opener.count - 1
        : meetingNoun(in: next, allowReference: true).flatMap({ $0 == opener.count ? $0 : nil }),
      let la = next.text.find(MeetingExtractor.p_la, from: n + 1, to: min(next.text.tokens.count, n + 4)),
      let holder = next.unions.first(where: { $0.start == la + 1 && !$0.partyDelegation && $0.scope != .plural })
    {
      return holder
    }
    guard let holder = next.unions.first(where: { !$0.partyDelegation && $0.scope != .plural }),
      !next.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, next.text.tokens.count)),
      let n = meetingNoun(in: next, allowReference: true), n <= 2,
      next.text.contains(any: MeetingExtractor.heldByVerbs, from: n, to: next.text.tokens.count),
      !heldByAnotherBody(next, noun: n), !isOtherAssociationMeeting(next, noun: n)
    else { return nil }
    return holder
  }

  static let p_ban_chu_nhiem = Phrase("ban chu nhiem"), p_cuoc_hop = Phrase("cuoc hop"), h_hop = Phrase.hash("hop")
  /// Words that make "họp" the name of a thing: "bàn họp" (the meeting table), "phòng họp" (the
  /// meeting room) — written in lower case ("Ban" with its capital is a board).
  static let meetingFurniture = WordSet(["ban", "phong"].map(Phrase.hash))

  /// "Đơn vị (đứng ra) tổ chức", "Đơn vị chủ trì", "Cơ quan tổ chức" opening a sentence: its
  /// holder is named after "là".
  static let holderOpeners: [Phrase] = ["don vi dung ra to chuc", "don vi to chuc", "don vi chu tri", "co quan to chuc"].phrases
  static let p_la = Phrase("la")

  /// The LHH body whose head presides over the lead's meeting, said in one of the two sentences
  /// after the lead's opening with "Chủ trì" ("Chủ trì hội thảo gồm ông X - Chủ tịch Liên hiệp các
  /// Hội … tỉnh", "Chủ trì Hội nghị là … Chủ tịch Liên hiệp các hội … Việt Nam"): the meeting is
  /// one where that body is a main party.
  private func chairedByUnion(after s: AnalyzedSentence) -> UnionMention? {
    for next in context.sentences.lazy.filter({ $0.index > s.index && !$0.isTitle }).prefix(2) {
      let f = next.text
      guard f.tokens.count > 2, f.matches(MeetingExtractor.p_chu_tri, at: 0) || f.matches(MeetingExtractor.p_chu_tri, at: 1)
      else { continue }
      // (in the chair's clause: before a ";" and before those attending — "Chủ trì hội thảo có ông
      // A, Phó Chủ tịch UBND tỉnh; tham dự có đại diện Liên hiệp …" is not chaired by the union)
      let clauseEnd = [f.tokens.indices.first { $0 > 1 && f.tokens[$0].gap == UInt8(ascii: ";") },
                       f.find(Lexicon.p_tham_du, from: 2)].compactMap { $0 }.min() ?? f.tokens.count
      if let u = next.unions.first(where: { !$0.partyDelegation && $0.scope != .plural && $0.start < clauseEnd }) { return u }
    }
    return nil
  }

  /// "Chủ trì" (presides).
  static let p_chu_tri = Phrase("chu tri")
  /// "trao thưởng" (prizes handed out) and "thi đua" (an emulation's awards).
  static let p_trao_thuong = Phrase("trao thuong"), p_thi_dua = Phrase("thi dua")

  /// Words of receiving an honour: "được UBND tỉnh trao bằng khen", "vinh dự đón nhận".
  static let receivingWords: [Phrase] = [
    "duoc trao", "duoc tang", "duoc khen thuong", "nhan bang khen", "don nhan", "vinh du nhan", "trao bang khen",
    "tang bang khen", "trao tang",
  ].phrases

  /// "Chiều 19/02, tại Hội nghị tổng kết công tác thi đua, khen thưởng tỉnh Hà Tĩnh năm 2020, Liên
  /// hiệp … được UBND tỉnh trao bằng khen": a meeting named after "tại" where the union receives an
  /// honour is the honouring body's, not the union's (unless the sentence says who held it).
  func isHonouredAt(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    return k >= 1 && f.tokens[k - 1].hash == Lexicon.h_tai
      && f.contains(any: MeetingExtractor.receivingWords, from: k + 1, to: f.tokens.count)
      // ("… do Liên hiệp hội tổ chức": the holder is said)
      && !(k + 1..<f.tokens.count).contains(where: { f.isPlainDo($0) })
  }

  /// Verbs that make the body after "được" the subject of something else than holding: "được
  /// UBND tỉnh đánh giá cao", "được UBND tỉnh giao Sở … tổ chức", "đặt hàng", "phê duyệt" …
  static let otherVerbs = WordSet(["danh", "giao", "dat", "phe", "chi", "cho", "dong", "ho", "uy", "moi", "yeu", "khen", "ghi"].map(Phrase.hash))
  /// "công tác tổ chức", "khâu tổ chức", "việc tổ chức": "tổ chức" as a noun.
  static let workNouns: [Phrase] = ["cong tac", "khau", "viec"].phrases

  static let heldByVerbs: [Phrase] = ["to chuc", "chu tri", "dang cai", "phoi hop to chuc", "khoi xuong", "trieu tap"].phrases

  /// True when the sentence's subject before the meeting noun is another body and no LHH body
  /// stands before the noun: the meeting is that body's, the union only attends.
  func otherOrganiserBefore(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    // (bodies named in an occasion clause before it are not its holders: "Nhân kỷ niệm … Ngày
    // Chủ tịch Hồ Chí Minh về làm việc với Đảng bộ …, Liên hiệp hội tổ chức tọa đàm")
    let lo = occasionClauseEnd(s.text, before: k) ?? 0
    // "Chi bộ Liên hiệp các hội … tổ chức Đại hội": the union office's Party cell holds it
    if let cell = s.text.find(MeetingExtractor.p_chi_bo, from: lo, to: k),
      s.text.contains(any: MeetingExtractor.holdingVerbs, from: cell + 2, to: k + 1)
    {
      return true
    }
    // a union named as the place ("tại trụ sở Liên hiệp …, Hiệp hội X tổ chức Đại hội") is not the subject
    if s.unions.contains(where: { u in u.start >= lo && u.start < k && !MeetingExtractor.placeWords.contains { s.text.endsWith($0, before: u.start) } }) {
      return false
    }
    // "làm việc với Tỉnh ủy X": the other body is the host, the union (maybe named in the title) holds it
    if s.text.find(Lexicon.p_lam_viec_voi, from: 0, to: k + 3) != nil { return false }
    // a body named as the place ("tại Hội trường Đại học Huế, Đại hội …") does not hold it
    let f = s.text
    guard let at = MeetingExtractor.otherOrganisers.compactMap({ p -> Int? in
      var from = lo
      while let i = f.find(p, from: from, to: k) {
        // (the place words in its own clause: "…, cũng tại hội trường này, Hội Liên hiệp Phụ nữ
        // tỉnh tổ chức …" names the body after the comma as the holder)
        let clause = (max(0, i - 3)...i).last(where: { f.tokens[$0].gap == UInt8(ascii: ",") }) ?? max(0, i - 3)
        if !f.contains(any: MeetingExtractor.placeWords + MeetingExtractor.venueWords, from: clause, to: i) { return i }
        from = i + 1
      }
      return nil
    }).min() else {
      return false
    }
    // the other body must hold it ("UBND tỉnh tổ chức hội nghị"), not only attend or greet it
    // ("Phó Chủ tịch UBND tỉnh đã tới tặng hoa chúc mừng Đại hội")
    // (a body in a phrase of its own before a comma — "với sự đồng ý của Ban Bí thư Trung ương
    // Đảng, Đại hội … đã được tiến hành" — is not the holder for being near)
    return s.text.contains(any: MeetingExtractor.holdingVerbs, from: at, to: k + 1)
      || (k - at <= 4 && !((at + 1)...k).contains { MeetingExtractor.commaBefore(f, $0) })
  }

  static let placeWords: [Phrase] = ["tai", "tru so", "tai tru so"].phrases
  static let venueWords: [Phrase] = ["hoi truong", "phong hop", "khuon vien", "o"].phrases

  static let holdingVerbs: [Phrase] = [
    "to chuc", "khai mac", "tien hanh", "hop", "chu tri", "dien ra", "bat dau", "lam viec", "phoi hop",
  ].phrases + opening

  func isContest(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    // (a training course the union opens for a contest's entrants — "lớp tập huấn phục vụ Hội thi
    // sáng tạo kỹ thuật" — is a training all the same: only a board or a council makes it the contest's)
    let training = MeetingVocabulary.kind(in: s.text, from: k, to: min(s.text.tokens.count, k + 3)) == .tap_huan
    if !training, s.text.contains(any: MeetingExtractor.contestWords, from: max(0, k - 3), to: k + 6) { return true }
    // "lễ tổng kết và trao thưởng của Hội thi …": prizes handed out (not an emulation's awards,
    // "trao thưởng thi đua", which a year's review gives)
    if let at = s.text.find(MeetingExtractor.p_trao_thuong, from: max(0, k - 3), to: k + 6),
      !s.text.matches(MeetingExtractor.p_thi_dua, at: at + 2)
    {
      return true
    }
    // "Hội đồng xét chọn danh hiệu "Trí thức … tiêu biểu năm 2024" đã họp": a jury or a selection
    // council as the subject, however long the award's name between them
    // (or its organising board: "Ban Tổ chức Cuộc thi sáng tạo … họp để thông qua Thể lệ")
    // ("Hội đồng Khoa học đánh giá công trình tham gia Giải thưởng … đã họp": the prize within
    // the council's name, ten words on)
    // (or the board named right after the meeting: "Cuộc họp Ban Tổ chức thông qua Thể lệ Cuộc thi …")
    // (the name runs until a comma, "về", "và", "với", "để", "nhằm" or a Party body — "Ban Tổ chức
    // Tỉnh ủy về công tác cán bộ và việc xét chọn …" is the Party's commission, no contest's board)
    for council in [MeetingExtractor.p_hoi_dong, MeetingExtractor.p_ban_to_chuc] {
      var from = 0
      while let at = s.text.find(council, from: from, to: min(s.text.tokens.count, k + 4)) {
        from = at + 1
        let nameStart = at + council.count
        if s.text.contains(any: MeetingExtractor.partyBodyWords, from: nameStart, to: min(s.text.tokens.count, nameStart + 1)) { continue }
        // (a council that "họp" to do something: "Hội đồng Khoa học họp đánh giá công trình tham
        // gia Giải thưởng …" — what it meets for is read too)
        let bareVerb = at < k && s.text.tokens[k].hash == MeetingExtractor.h_hop
        var end = min(at < k && !bareVerb ? k : s.text.tokens.count, nameStart + 10)
        if let stop = (nameStart..<max(nameStart, end)).first(where: { j in
          (j > nameStart && FoldedText.isStrongPunct(s.text.tokens[j].gap)) || s.text.tokens[j].gap == UInt8(ascii: ",")
            || MeetingExtractor.nameStops.contains(s.text.tokens[j].hash)
        }) {
          end = stop
        }
        if s.text.contains(any: MeetingExtractor.contestWords, from: nameStart, to: end) { return true }
      }
    }
    return false
  }

  /// Words that end a council's or a board's name.
  static let nameStops = WordSet(["ve", "va", "voi", "de", "nham"].map(Phrase.hash))
  /// "Ban Tổ chức Tỉnh ủy", "Hội đồng nhân dân": the Party's and the State's bodies of those names.
  static let partyBodyWords: [Phrase] = ["tinh uy", "thanh uy", "huyen uy", "trung uong", "nhan dan", "dang uy"].phrases

  /// "buổi họp", "cuộc họp", "phiên họp", "hội nghị" with no kind word in the six words after it:
  /// a meeting named by a plain word, which a paragraph uses for the one it has just named.
  func isPlainMeetingWord(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    // (the noun may be the "họp" of "buổi họp")
    guard s.text.contains(any: MeetingExtractor.plainMeetingWords, from: max(0, k - 1), to: k + 1) else { return false }
    return !MeetingVocabulary.kinds.contains { kind in
      kind.1.contains { p in
        !MeetingExtractor.plainMeetingHashes.contains(p.hashes) && s.text.find(p, from: k, to: min(s.text.tokens.count, k + 6)) != nil
      }
    }
  }

  static let plainMeetingWords: [Phrase] = ["buoi hop", "cuoc hop", "phien hop", "hoi nghi", "hop"].phrases
  static let plainMeetingHashes = Set(plainMeetingWords.map(\.hashes))
  /// "Chiều cùng ngày", "Dịp này": a meeting on the occasion of the one named before it.
  static let sameDayCues: [Phrase] = sameOccasion + [Lexicon.p_cung_ngay]

  static let h_cua = Phrase.hash("cua")
  static let p_chi_bo = Phrase("chi bo"), p_chao_mung = Phrase("chao mung")
  static let p_hoi_dong = Phrase("hoi dong"), p_ban_to_chuc = Phrase("ban to chuc")

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
    return context.documentDate == nil ? .yearFromTitle : nil
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
    guard let open = (f.tokens[k].end..<f.tokens[limit].start).first(where: { "“\"«".unicodeScalars.contains(f.scalars[$0]) }),
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
    guard let open = (f.tokens[k].end..<f.tokens[limit].start).first(where: { "“\"«".unicodeScalars.contains(f.scalars[$0]) }),
      let close = f.closingQuote(after: open, before: f.tokens[date].start)
    else { return false }
    // at most three words between the close and the date
    var between = 0
    var j = date - 1
    while j >= 0, f.tokens[j].start > close { between += 1; j -= 1 }
    return between <= 3
  }

  /// True when the lead's meeting differs in kind from the title's and the lead names the title's
  /// kind of meeting after a topic word ("cung cấp thông tin về Đại hội …").
  private func topicOfLead(_ lead: AnalyzedSentence, noun kl: Int, title: AnalyzedSentence, noun kt: Int) -> Bool {
    let lf = lead.text, tf = title.text
    let titleKind = MeetingVocabulary.kind(in: tf, from: kt, to: MeetingVocabulary.windowEnd(in: tf, after: kt))
    let leadKind = MeetingVocabulary.kind(in: lf, from: kl, to: MeetingVocabulary.windowEnd(in: lf, after: kl))
    guard titleKind != .khac, leadKind != titleKind,
      let topic = MeetingVocabulary.firstTopicStart(in: lf, from: kl + 1, to: lf.tokens.count)
    else { return false }
    return MeetingVocabulary.kind(in: lf, from: topic, to: lf.tokens.count) == titleKind
  }

  static let boards: [Phrase] = ["ban thuong vu", "ban chap hanh", "thuong truc"].phrases
  static let boardMeetingWords: [Phrase] = ["hoi nghi", "hop", "phien hop", "ky hop"].phrases

  static let workingSession: [Phrase] = ["lam viec voi", "buoi lam viec"].phrases

  /// True when the sentence names a working session ("làm việc với", "buổi làm việc") and a board
  /// of the union — as its counterpart ("… làm việc với Đảng đoàn, Ban Thường vụ Liên hiệp …") or
  /// as the delegation ("Ban Thường vụ Liên hiệp … đã có các buổi làm việc với Huyện ủy …") — and
  /// no word names a meeting of the board itself ("Hội nghị Ban Thường vụ", "họp").
  static func boardIsCounterpart(_ f: FoldedText) -> Bool {
    guard f.contains(any: workingSession, from: 0, to: f.tokens.count),
      f.contains(any: boards, from: 0, to: f.tokens.count)
    else { return false }
    return !f.contains(any: boardMeetingWords, from: 0, to: f.tokens.count)
  }

  func describe(_ s: AnalyzedSentence, noun k: Int, date: FactDate?) -> Found {
    // the words up to a joined meeting ("Hội nghị … cùng với Hội thảo …") name this one; a
    // ceremony joined to a review ("Kỷ niệm 15 năm …, kết hợp sơ kết …") is one review
    // (not from an occasion clause before it: "Nhân kỷ niệm … về thăm và làm việc với …, … tọa đàm")
    // (nor from a preamble: "Nhằm chuẩn bị cho Đại hội …, Hội đồng … đã họp Hội nghị")
    var from = max(occasionClauseEnd(s.text, before: k) ?? 0, min(MeetingExtractor.preambleEnd(s), k))
    // (nor from a topic the noun was chosen after, when the noun's own words name a kind: "Công
    // tác chuẩn bị Đại hội … là chủ đề … dành riêng cho Hội nghị Ban Chấp hành mở rộng, họp …")
    // (when the noun's own words name none, from the copula on: "Chuẩn bị tốt Đại hội … là nhiệm
    // vụ … được Ban Chấp hành … bàn tại Hội nghị lần thứ 12")
    if k > from, MeetingVocabulary.firstTopicStart(in: s.text, from: from, to: k) != nil {
      let own = MeetingVocabulary.kind(in: s.text, from: k, to: MeetingVocabulary.windowEnd(in: s.text, after: k))
      from = own != .khac ? k : max(from, MeetingExtractor.afterCopula(s.text, before: k))
    }
    // (nor from a committee of another event that meets: "Tiểu ban Văn kiện Đại hội … họp phiên
    // làm việc", "Ban tổ chức Hội thảo … nhóm họp")
    // (or after it: "Biên bản họp Ban tổ chức Hội thảo …" — the kind read up to the committee)
    if k > from, MeetingExtractor.eventCommittees.contains(where: { s.text.find($0, from: from, to: k) != nil }) { from = k }
    let committee = MeetingExtractor.eventCommittees.compactMap({ s.text.find($0, from: k + 1) }).min() ?? s.text.tokens.count
    var kind = MeetingVocabulary.kind(in: s.text, from: from, to: min(committee, MeetingVocabulary.windowEnd(in: s.text, after: k)))
    if kind == .khac {
      let topic = MeetingVocabulary.firstTopicStart(in: s.text, from: k + 1, to: s.text.tokens.count) ?? s.text.tokens.count
      let named = MeetingVocabulary.attendanceStart(in: s.text, after: k, to: topic) ?? topic
      kind = MeetingVocabulary.kind(in: s.text, from: from, to: min(committee, named))
    }
    // "… Trưởng Ban Tuyên giáo Tỉnh ủy đã làm việc với Đảng đoàn, Ban Thường vụ Liên hiệp …": the
    // board is the counterpart of a working session, not meeting on its own
    if kind == .ban_thuong_vu || kind == .ban_chap_hanh, MeetingExtractor.boardIsCounterpart(s.text) { kind = .lam_viec }
    // Who held it: the union named before the noun, else the first in the sentence — but in a
    // list of guests ("Đến dự đại hội có …, Chủ tịch Liên hiệp Hội Việt Nam") every union is a guest
    let guests = s.text.contains(any: Lexicon.guestOpeners, from: 0, to: min(3, s.text.tokens.count))
    // (and the bodies in the list are guests too: "Tham dự hội thảo có …, Ban chấp hành Liên hiệp
    // Hội …" is a workshop, its kind read up to the "có" that opens the list)
    // (when the noun names a kind of its own: "Dự phiên họp có toàn thể Thường trực Liên hiệp …"
    // is the standing board's sitting)
    if guests, kind == .ban_chap_hanh || kind == .ban_thuong_vu,
      let co = ((k + 1)..<min(s.text.tokens.count, k + 12)).first(where: { s.text.tokens[$0].hash == FigureExtractor.h_co })
    {
      let named = MeetingVocabulary.kind(in: s.text, from: k, to: co)
      if named != .khac { kind = named }
    }
    // (an office holder's union left unnamed is not the subject: "đoàn … Liên hiệp Hội tỉnh Tiền
    // Giang do ông …, Chủ tịch Liên hiệp Hội dẫn đầu đã tới giao lưu …")
    // (nor the union whose founding the meeting celebrates: "Bắc Ninh mít tinh kỷ niệm 40 năm ngày
    // thành lập Liên hiệp các Hội … Việt Nam")
    // (nor a union listed as a guest after the noun: "Đại hội có 170 đại biểu về dự; cùng dự có
    // đoàn đại biểu Liên hiệp hội tỉnh An Giang")
    let candidates = s.unions.filter {
      $0.scope != .plural && !($0.scope == .bare && MeetingExtractor.isOfficeTitle(s.text, before: $0.start))
        && !($0.start > k && s.namesAsGuest($0))
        && !($0.start > k && s.text.endsWith(MeetingExtractor.p_thanh_lap, before: $0.start)
          && s.text.find(MeetingExtractor.p_ky_niem, from: k, to: $0.start) != nil)
    }
    // (a union that attends, "Liên hiệp Hội Bình Định dự Hội thảo …", is a guest: whoever else
    // the sentence names holds it, or no one it names)
    let attending = candidates.filter { u in
      u.start < k && s.text.contains(any: MeetingExtractor.attendingVerbs, from: u.end, to: k)
    }
    let hosts = candidates.filter { u in !attending.contains(where: { $0.start == u.start }) }
    let subject = guests ? nil : hosts.last(where: { $0.start < k }) ?? hosts.first
    // Where: place, then the union's province, then a host authority ("làm việc với Tỉnh ủy X").
    var province: Province? = nil
    var rank = 9
    var hostReason = false
    if let p = s.provinces.first(where: { $0.role == .place }) {
      province = p.province; rank = 0
      // several places, one of them the holder's province ("Liên hiệp … Bạc Liêu … tại Khách sạn
      // Sài Gòn - Bạc Liêu"): a venue named after another city stands in the holder's
      if case .province(let own)? = subject?.scope, own.code != p.province.code,
        s.provinces.contains(where: { $0.role == .place && $0.province.code == own.code })
      {
        province = own
      }
    } else if let seat = seatScope(s) {
      // "tại trụ sở Liên hiệp Hội tỉnh Đắk Nông, … làm việc với Đoàn công tác …": at that union's
      // seat, whoever the visitors are; LHH Việt Nam's names no province (the gold names none
      // unless the page does), and never makes the visitors' the place
      if case .province(let p) = seat { province = p }
      rank = 0
    } else if let host = visitedHost(s, subject: subject) {
      // "Đoàn Liên hiệp hội Quảng Ngãi làm việc với Liên hiệp hội Thừa Thiên Huế": at the host's
      // seat, which places the meeting as surely as "tại" does
      province = host; rank = 0
    } else if case .province(let p)? = subject?.scope {
      province = p; rank = 1
    } else if !guests, let p = s.provinces.first(where: { $0.role == .union && !($0.start > k && s.inGuestClause($0.start)) }) {
      province = p.province; rank = 1
    } else if let p = MeetingExtractor.clauseSubject(s, before: k) {
      // "Bình Định họp Ban Chấp hành lần thứ 3 …", "…, trong đó: Tuyên Quang tiến hành Đại hội …":
      // a province opening the clause as its subject is its union's
      province = p; rank = 1
    } else if let p = s.provinces.first(where: { $0.role == .authority }) {
      province = p.province; rank = 2
    } else if kind == .lam_viec, let host = workingSessionHost(s, after: subject) {
      // "Đoàn công tác LHH Việt Nam làm việc với Thường trực Liên hiệp hội tỉnh": at the host's
      province = host; rank = 2
      hostReason = true
    }
    // "Cơ quan Liên Hiệp Hội dự hội nghị giao ban toàn quốc theo hình thức trực tuyến do Liên
    // Hiệp Hội Việt Nam tổ chức": a union that attends an online meeting from its own seat — the
    // meeting is, for the page, where that union sits
    var contextReason = false
    if province == nil, MeetingExtractor.attendsOnline(s, noun: k), let p = context.contextProvince {
      province = p; rank = 2
      contextReason = true
    }
    return Found(date: date, kind: kind, province: province, provinceRank: rank, union: subject?.scope,
                 partyDelegation: subject?.partyDelegation ?? false, evidence: s.evidence, sentences: [s.index],
                 reasons: hostReason ? [.provinceFromHost] : contextReason ? [.provinceFromContext] : [])
  }

  static let p_truc_tuyen = Phrase("truc tuyen")

  /// True when the word at `k` opens the sentence or the clause after its first comma ("Ở Bắc
  /// Ninh, hội nghị …").
  static func opensClause(_ f: FoldedText, at k: Int) -> Bool {
    k == 0 || (k < f.tokens.count && f.tokens[k].gap == UInt8(ascii: ",") && !(1..<k).contains { f.tokens[$0].gap == UInt8(ascii: ",") })
  }

  /// True when the sentence names two or more provinces, at least one by its bare name and the
  /// others bare or as places (not as unions: "Liên hiệp hội Quảng Ngãi làm việc với Liên hiệp
  /// hội Thanh Hóa" is one visit): a round-up's headline ("Giữa tháng 3/2021: Hòa Bình, Quảng Nam
  /// đại hội …", "… từ diễn đàn trí thức Cao Bằng đến Hội đồng Trung ương tại Ninh Bình").
  static func namesSeveralProvincesBare(_ s: AnalyzedSentence) -> Bool {
    Set(s.provinces.filter { $0.role == .mention || $0.role == .place }.map(\.province.code)).count >= 2
      && s.provinces.contains { $0.role == .mention }
  }

  /// The province named first in the clause of the meeting at `k` — the sentence's start, or
  /// the word after its last ":" before `k` — as a bare name, the only province before `k` in
  /// that clause: the clause's subject ("Thái Bình tổng kết công tác vào sáng 19/1").
  static func clauseSubject(_ s: AnalyzedSentence, before k: Int) -> Province? {
    let t = s.text.tokens
    let start = (1..<max(1, min(k, t.count))).last { t[$0].gap == UInt8(ascii: ":") } ?? 0
    let before = s.provinces.filter { $0.start >= start && $0.start < k }
    guard before.count == 1, let p = before.first, p.start == start, p.role == .mention, !p.viaPlace else { return nil }
    return p.province
  }

  /// True when the sentence says the meeting at `k` was attended online ("… dự hội nghị … theo
  /// hình thức trực tuyến", "tham dự trực tuyến hội nghị …") by someone other than LHH Việt Nam:
  /// a verb of attending within six words before the noun, no national union before that verb.
  static func attendsOnline(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    guard f.find(p_truc_tuyen) != nil,
      let v = (max(0, k - 6)..<k).first(where: { a in attendingVerbs.contains { f.matches($0, at: a) } }),
      !(v..<k).contains(where: { FoldedText.isStrongPunct(f.tokens[$0].gap) })
    else { return false }
    return !s.unions.contains { $0.start < v && $0.scope == .national }
  }

  static let h_doan = Phrase.hash("doan"), h_dang = Phrase.hash("dang")
  /// Verbs of attending: the words that open a list of guests ("dự", "tham dự", "đến dự", "có
  /// mặt" …) and "tham gia".
  static let attendingVerbs: [Phrase] = Lexicon.guestOpeners + [Phrase("tham gia")]
  static let p_chu_tich = Phrase("chu tich"), p_thu_ky = Phrase("thu ky")

  /// True when an office stands right before token `i` ("Chủ tịch", "Tổng Thư ký" …).
  static func isOfficeTitle(_ f: FoldedText, before i: Int) -> Bool {
    i >= 2 && (f.matches(MeetingExtractor.p_chu_tich, at: i - 2) || f.matches(MeetingExtractor.p_thu_ky, at: i - 2))
  }
  static let h_ky = Phrase.hash("ky")
  static let p_tai_hoi_nghi = Phrase("tai hoi nghi")
  static let p_hoi_nghi = Phrase("hoi nghi")
  static let h_don = Phrase.hash("don")
  static let h_tiep = Phrase.hash("tiep")
  static let h_tham = Phrase.hash("tham")

  /// The union whose seat the meeting is at: named right after "tại trụ sở" (at most two words
  /// between), a provincial union or LHH Việt Nam; nil when no such union is named.
  private func seatScope(_ s: AnalyzedSentence) -> UnionMention.Scope? {
    guard let at = s.text.find(MeetingExtractor.p_tai_tru_so) else { return nil }
    let after = at + MeetingExtractor.p_tai_tru_so.count
    guard let u = s.unions.first(where: { $0.start >= after && $0.start <= after + 2 }) else { return nil }
    switch u.scope {
    case .province, .national: return u.scope
    default: return nil
    }
  }

  static let p_tai_tru_so = Phrase("tai tru so")

  /// The host of a visit: when the sentence's subject is a delegation of one union ("Đoàn
  /// Liên hiệp hội Quảng Ngãi …") and it works with or visits another union or a provincial
  /// authority ("… làm việc với Liên hiệp hội Thừa Thiên Huế", "… thăm và làm việc tại …"),
  /// the meeting is held in the host's province. A union that receives a delegation ("làm
  /// việc với đoàn …") is itself the host: nil then.
  private func visitedHost(_ s: AnalyzedSentence, subject: UnionMention?) -> Province? {
    guard let subject else { return nil }
    let t = s.text.tokens
    let isDelegation = (max(0, subject.start - 4)..<subject.start).contains { t[$0].hash == MeetingExtractor.h_doan }
      && !(max(0, subject.start - 4)..<subject.start).contains { t[$0].hash == Lexicon.h_voi }
    for u in s.unions where u.start >= subject.end {
      guard case .province(let p) = u.scope else { continue }
      if case .province(let own) = subject.scope, own.code == p.code { continue }
      let window = max(subject.end, u.start - 4)..<u.start
      let visits = window.contains { [Lexicon.h_tai, MeetingExtractor.h_tham, Lexicon.h_den].contains(t[$0].hash) }
      let with = window.contains { t[$0].hash == Lexicon.h_voi }
      // "… làm việc với đoàn …": the union named after receives the delegation
      let receivesDelegation = window.contains {
        t[$0].hash == Lexicon.h_voi && $0 + 1 < t.count && t[$0 + 1].hash == MeetingExtractor.h_doan
      }
      if receivesDelegation { return nil }
      // ("… chuyến đi … của Liên hiệp … tỉnh Quảng Ngãi, đoàn công tác Quảng Ngãi đã tới thăm và
      // làm việc với Liên hiệp hội Thanh Hoá": the delegation the subject sent opens the clause)
      let sentDelegation = with && (subject.end..<window.lowerBound).contains { j in
        t[j].hash == MeetingExtractor.h_doan && t[j].gap == UInt8(ascii: ",") && !(j >= 1 && t[j - 1].hash == Lexicon.h_voi)
      }
      if visits || (with && (isDelegation || sentDelegation)) { return p }
    }
    guard isDelegation else { return nil }
    // "LHH TP. Hồ Chí Minh đã đón đoàn công tác của LHH Lâm Đồng … đến thăm và làm việc": the
    // union that receives the delegation is the host
    // ("Liên hiệp Hội tỉnh Trà Vinh là nơi mà đoàn cán bộ Liên hiệp … tỉnh Tiền Giang … đã tới giao
    // lưu": the union that is the place the delegation came to)
    if let receiver = s.unions.last(where: { $0.end <= subject.start }), case .province(let p) = receiver.scope,
      (receiver.end..<subject.start).contains(where: { [MeetingExtractor.h_don, MeetingExtractor.h_tiep].contains(t[$0].hash) })
        || s.text.find(MeetingExtractor.p_la_noi, from: receiver.end, to: min(subject.start, receiver.end + 2)) != nil
    {
      return p
    }
    for m in s.provinces where m.start >= subject.end && m.role == .authority {
      let window = max(subject.end, m.start - 6)..<m.start
      if window.contains(where: { t[$0].hash == Lexicon.h_voi || t[$0].hash == Lexicon.h_tai }) {
        return m.province
      }
    }
    return nil
  }

  /// The province of the provincial union a working session is held with ("làm việc với …
  /// Liên hiệp hội tỉnh"): named, else the article's own.
  private func workingSessionHost(_ s: AnalyzedSentence, after subject: UnionMention?) -> Province? {
    let t = s.text.tokens
    for u in s.unions where u.start > (subject?.start ?? -1) {
      let from = max(0, u.start - 4)
      guard (from..<u.start).contains(where: { t[$0].hash == Lexicon.h_voi }) else { continue }
      switch u.scope {
      case .province(let p): return p
      case .unnamedProvince: return context.unionProvince ?? context.contextProvince
      default: continue
      }
    }
    return nil
  }

  func isNational(_ f: Found) -> Bool {
    if case .national? = f.union { return true }
    return false
  }

  private func organizerName(_ f: Found) -> String? {
    let prefix = f.partyDelegation ? "Đảng đoàn " : ""
    switch f.union {
    case .national?: return prefix + "LHH Việt Nam"
    case .province(let p)?: return prefix + "LHH " + (context.names(of: p, on: f.date).0 ?? p.name)
    case .unnamedProvince?, .bare?:
      if let p = context.unionProvince ?? context.contextProvince {
        return prefix + "LHH " + (context.names(of: p, on: f.date).0 ?? p.name)
      }
      return f.union == .unnamedProvince ? prefix + "LHH tỉnh (không nêu tên tỉnh)" : prefix + "LHH"
    case .plural?: return "Các LHH tỉnh, thành phố"
    case nil: return nil
    }
  }
}
