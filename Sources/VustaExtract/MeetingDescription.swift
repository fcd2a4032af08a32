import VustaModel

/// A meeting found in a sentence described as a fact: its kind, province, union and organiser,
/// a host's seat against a visitor's (one part of `MeetingExtractor`).
extension MeetingExtractor {
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
    // "Ban Thường vụ Liên hiệp … tổ chức Hội nghị Ban Chấp hành Liên hiệp …": the organ named
    // with the noun is the one that meets; the one before it, the subject, convenes it
    // (the organ's own name right after the noun: "Hội nghị Ban Chấp hành …", "hội nghị lần thứ
    // 15 (khóa VII)" names none)
    if k > from, kind == .ban_thuong_vu || kind == .ban_chap_hanh, let w = MeetingVocabulary.nounsByFirstWord[s.text.tokens[k].hash]?
      .first(where: { s.text.matches($0, at: k) })?.count
    {
      if s.text.matches(MeetingExtractor.p_ban_chap_hanh, at: k + w) { kind = .ban_chap_hanh }
      if s.text.matches(MeetingExtractor.p_ban_thuong_vu, at: k + w) { kind = .ban_thuong_vu }
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
    } else if let there = placeOfSentenceBefore(s) {
      // "Địa điểm là Bảo tàng Hồ Chí Minh (Hà Nội). Tại đây, Đại hội … đã diễn ra …": "there" is
      // the place the sentence before gives
      province = there; rank = 0
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

  /// The place the sentence before `s` gives (in the same paragraph), when `s` opens with
  /// "Tại đây", "Ở đó": nil otherwise.
  func placeOfSentenceBefore(_ s: AnalyzedSentence) -> Province? {
    guard !s.isTitle, MeetingExtractor.thereWords.contains(where: { s.text.matches($0, at: 0) }),
      let before = context.sentences.last(where: { $0.index < s.index }), before.line == s.line, !before.isTitle
    else { return nil }
    return before.provinces.last(where: { $0.role == .place })?.province
  }

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
  func seatScope(_ s: AnalyzedSentence) -> UnionMention.Scope? {
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
  func visitedHost(_ s: AnalyzedSentence, subject: UnionMention?) -> Province? {
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
  func workingSessionHost(_ s: AnalyzedSentence, after subject: UnionMention?) -> Province? {
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

  func organizerName(_ f: Found) -> String? {
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
