import VustaModel

/// A lead that tells the union's meeting by what its people did, with no meeting word for it:
/// "Sáng ngày 30/12/2016, Liên hiệp … tỉnh Thừa Thiên Huế đã cùng nhìn lại những việc làm được
/// trong năm 2016, bàn cách triển khai nhiệm vụ năm 2017 …", "Ngày 8-12-2011, … Chủ tịch Liên hiệp
/// … Việt Nam … đã về Bến Tre, làm việc và trao đổi với Liên hiệp hội tỉnh …", "Từ ngày
/// 03-07/10/2022, Liên hiệp … tỉnh Vĩnh Phúc đã mở lớp bồi dưỡng …". The kind is what the acts
/// name; a meeting word further on ("Tại hội nghị, …", "trước hội thảo") names it better.
extension MeetingExtractor {
  /// What was done, by the kind of gathering it makes (most specific first).
  static let actKinds: [(MeetingKind, [Phrase])] = [
    (.dai_hoi, ["bau ra ban chap hanh", "bau ban chap hanh", "dai bieu chinh thuc", "bau ra bo may", "bau ra ban lanh dao",
                "bau ban lanh dao"].phrases),
    (.tong_ket, ["nhin lai", "tong ket", "so ket", "danh gia ket qua", "kiem diem", "diem lai"].phrases),
    (.lam_viec, ["lam viec va trao doi voi", "lam viec voi", "trao doi voi", "den lam viec", "ve lam viec", "tiep va lam viec",
                 "don tiep"].phrases),
    (.tap_huan, ["tap huan", "boi duong", "khai giang", "khai mac lop", "mo lop"].phrases),
    (.khac, ["quan triet", "cung ban", "ban cach", "ngoi lai", "cung gop y", "tham van", "ton vinh", "vinh danh", "lay y kien", "kien toan",
                "te tuu", "quy tu", "da hop", "xem xet", "ra soat", "hoi y", "ban bac", "cung ky", "ky ket",
                "ky chuong trinh", "ky thoa thuan"].phrases),
  ]

  /// The first act of `actKinds` in the sentence from token `from` on, with its kind.
  static func act(in f: FoldedText, from: Int = 0, to: Int? = nil) -> (at: Int, kind: MeetingKind)? {
    let end = min(to ?? f.tokens.count, f.tokens.count)
    for i in max(0, from)..<end {
      for (kind, phrases) in actKinds where phrases.contains(where: { f.matches($0, at: i) }) { return (i, kind) }
    }
    return nil
  }

  /// The lead that tells the event by its acts: it writes a day, names a union (not "các Liên
  /// hiệp hội") before the act, says it was done ("đã") and plans nothing ("sẽ"); the act stands
  /// within fifty words after the day, or with none there within forty-five before it (an
  /// occasion clause may stand between: "Sáng 20/10, nhân kỷ niệm … (…), Liên hiệp … đã cùng …
  /// mời các đại biểu ngồi lại, trao đổi …"). The lead, the act's token and its kind — the kind of
  /// a meeting word the next paragraphs name it by, when they do ("Tại hội nghị, …").
  func actTold() -> (AnalyzedSentence, Int, MeetingKind)? {
    guard let lead = context.sentences.first(where: { $0.isLead }), lead.line <= 1,
      let d = lead.dates.first(where: { $0.day != nil && !$0.anniversary }),
      // (or the day closing the sentence, the act before it: "… đã họp lần thứ VII, rà soát và
      // đánh giá toàn bộ công tác năm 2020, vào ngày 25/1.")
      let (at, act) = MeetingExtractor.act(in: lead.text, from: d.end, to: d.end + 50)
        ?? MeetingExtractor.act(in: lead.text, from: max(0, d.start - 45), to: d.start),
      lead.unions.contains(where: { $0.scope != .plural && $0.start < at }), MeetingExtractor.toldDone(lead, act: at)
    else { return nil }
    // (the union's organ as the subject names its meeting — "Ban Chấp hành Liên hiệp … đã ngồi
    // lại …" — and one that looks back on the year is a review)
    var kind = act
    // (the organ nearest the act is its subject: "Theo triệu tập của Ban Thường vụ, chiều 21/5,
    // các Ủy viên Ban Chấp hành … đã … kiện toàn …" is the council's)
    // (its members as the subject name it too: "Các ủy viên Ban Chấp hành … đã họp …")
    func organ(_ from: Int, _ to: Int) -> MeetingKind {
      let named = MeetingVocabulary.kind(in: lead.text, from: from, to: to)
      if named != .khac || from >= to { return named }
      if lead.text.find(MeetingExtractor.p_ban_chap_hanh, from: from, to: to) != nil { return .ban_chap_hanh }
      if lead.text.find(MeetingExtractor.p_ban_thuong_vu, from: from, to: to) != nil { return .ban_thuong_vu }
      return .khac
    }
    let near = d.end < at ? organ(d.end, at) : .khac
    let subject = near != .khac ? near : organ(0, at)
    if kind == .khac, subject == .ban_chap_hanh || subject == .ban_thuong_vu { kind = subject }
    if kind == .ban_chap_hanh || kind == .ban_thuong_vu, reviewsPeriod(lead, implied: true, council: true) { kind = .tong_ket }
    // (a meeting word in passing further on names it: "Tại hội nghị, …", "… trước hội thảo")
    return (lead, at, kindNamedFurtherOn(after: lead) ?? kind)
  }

  /// Words before a meeting's noun that refer to it in passing: "tại", "trước", "trong", "ở".
  static let referenceWords = WordSet(["tai", "truoc", "trong", "o"].map { Phrase.hash($0) })

  /// The kind the first meeting word of the next three paragraphs after `s` names, in passing
  /// and with no day of its own ("Tại hội nghị, …", "… đã trình bày trước hội thảo …"): the
  /// event `s` told by its acts, named. Nil when that word names no kind, or there is none.
  /// `referenceOnly`: only a word that opens its sentence or follows "tại", "trước", "trong", "ở"
  /// ("Diễn đàn khoa học lần này …", "… trước hội thảo") — not a deliverable's "02 báo cáo kết
  /// quả Hội thảo".
  func kindNamedFurtherOn(after s: AnalyzedSentence, referenceOnly: Bool = false) -> MeetingKind? {
    for o in context.sentences where o.index > s.index && o.line <= s.line + 3 {
      guard let k = meetingNoun(in: o, allowReference: true), !isPlan(o, noun: k), !isContest(o, noun: k),
        !o.dates.contains(where: { $0.day != nil })
      else { continue }
      if referenceOnly, k > 0, !MeetingExtractor.referenceWords.contains(o.text.tokens[k - 1].hash) { continue }
      let named = MeetingVocabulary.kind(in: o.text, from: k, to: MeetingVocabulary.windowEnd(in: o.text, after: k))
      return named == .khac ? nil : named
    }
    return nil
  }

  /// The lead under a headline that names the meeting, telling it by its acts with its day on
  /// either side ("Liên hiệp hội Việt Nam: Hội nghị giao ban năm 2022" over "… Liên hiệp … các
  /// tỉnh, thành phố … đã tề tựu tại Thành phố Hồ Chí Minh từ ngày 21 đến 23/7/2022, …"): a union
  /// named before the act, said done and not planned, the day within twenty words after the act
  /// or fifty before it. The lead and the act's token.
  func actDatedLead() -> (AnalyzedSentence, Int)? {
    guard let lead = context.sentences.first(where: { $0.isLead }), lead.line <= 1,
      let (at, _) = MeetingExtractor.act(in: lead.text),
      lead.unions.contains(where: { $0.start < at }),
      lead.dates.contains(where: { d in
        d.day != nil && !d.anniversary && (d.start > at ? d.start - at <= 20 : at - d.end <= 50)
      }),
      MeetingExtractor.toldDone(lead, act: at)
    else { return nil }
    return (lead, at)
  }

  /// True when the lead says the act at token `act` was done ("đã" at or before it), plans
  /// nothing ("sẽ") and names no contest.
  static func toldDone(_ lead: AnalyzedSentence, act: Int) -> Bool {
    lead.text.findDone(from: 0, to: act + 1) != nil && !lead.text.containsWill() && !lead.text.contains(any: contestWords)
  }
}
