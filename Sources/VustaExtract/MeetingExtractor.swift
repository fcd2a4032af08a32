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
  static let p_dien_dan = Phrase("dien dan"), p_linh_vuc = Phrase("linh vuc")
  /// "là", "là một", "là những" before a noun that names what something is.
  static let copulaForms: [Phrase] = ["la", "la mot", "la nhung"].phrases
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
      // ("Trước đó, vào các ngày 9/3 và 16/3/2022, lãnh đạo Liên hiệp Hội đã lần lượt làm việc
      // với …": a session on each day the reader lists)
      for m in successiveSessions(of: m) {
        if let i = found.firstIndex(where: { $0.sameEvent(as: m) }) {
          found[i].absorb(m)
        } else {
          found.append(m)
        }
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
  /// việc với …" ("các ngày 9/3 và 16/3/2022", "ngày 9 và ngày 11/11": DateReader lists those
  /// days too): sessions one after another on the days listed, one meeting each (the main
  /// event itself when the sentence says nothing of several sessions: "hai ngày 21 và 22/8" is
  /// one event over two days).
  func successiveSessions(of main: Found) -> [Found] {
    guard let date = main.date, date.day != nil,
      let (sentence, listed) = context.sentences.lazy.filter({ main.sentences.contains($0.index) || $0.index == main.datedBy })
        // (a working session on days apart is one session a day: "Ngày 9 và 11/11, … Ban Thường vụ
        // Liên hiệp … làm việc với Huyện ủy, UBND huyện Tu Mơ Rông, huyện Đăk Tô")
        .filter({ $0.text.contains(any: MeetingExtractor.successiveWords) || main.kind == .lam_viec })
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

  static let successiveWords: [Phrase] = [
    "lan luot", "cac buoi", "nhieu buoi", "cac cuoc",
    // "gồm hai buổi làm việc …, vào ngày 9 và ngày 11/11": sessions counted
    "hai buoi", "ba buoi", "bon buoi", "2 buoi", "3 buoi", "4 buoi", "hai cuoc", "ba cuoc",
  ].phrases

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
    while k > 0 {
      // (words parted by spaces alone, most of them, end no clause: the marks are looked at only
      // where there are some)
      let gap = f.tokens[k].gap
      if gap != 0, MeetingExtractor.commaBefore(f, k) || FoldedText.isStrongPunct(gap) { break }
      if at - k >= 40 { return false }
      k -= 1
    }
    // (`at` may be inside the opening itself: "kỷ niệm" of "Nhân kỷ niệm …" is no "lễ kỷ niệm")
    guard k < f.tokens.count, occasionFirstWords.contains(f.tokens[k].hash) else { return false }
    return MeetingExtractor.occasionOpenings.contains { f.matches($0, at: k) }
  }

  /// The first words of `occasionOpenings`.
  static let occasionFirstWords = WordSet(occasionOpenings.map { $0.hashes[0] })

  /// True when a comma stands between token `k` and the one before ("…2021), sáng": the gap
  /// keeps only the first mark).
  static func commaBefore(_ f: FoldedText, _ k: Int) -> Bool {
    guard k >= 1 else { return false }
    // (no mark at all between the two, only spaces: no comma — most words, told without a look
    // at the scalars)
    if f.tokens[k].gap == 0 { return false }
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
}
