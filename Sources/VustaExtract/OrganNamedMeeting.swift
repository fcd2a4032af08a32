import VustaModel

/// A meeting named by the union's own organ or term, the union named elsewhere on the page:
/// "Hội nghị Ban Chấp hành lần thứ 15, khóa V (2018-2025) đã diễn ra ngày 28/6/2024", "Hội nghị
/// BCH lần thứ 8, nhiệm kỳ 2016-2021 đã được tiến hành sáng 28.7", "Hội nghị Ban Thường vụ quý
/// IV đã được tổ chức ngày 17/12", "Đại hội lần thứ V, nhiệm kỳ 2022 - 2027 đã khai mạc …" — as a
/// portal writes it when its header, its headline or a later sentence already names the union.
extension MeetingExtractor {
  /// The union whose meeting the noun at `k` names by organ or term alone: the page's provincial
  /// union (else the Vietnam Union, else a bare mention), when the organ or the term follows the
  /// noun with no owner of its own after it and the page names no union of another province.
  /// Nil otherwise.
  func organsUnion(_ s: AnalyzedSentence, noun k: Int) -> UnionMention? {
    let f = s.text
    guard s.unions.isEmpty, let after = MeetingExtractor.nounEnd(f, at: k), after < f.tokens.count,
      let end = MeetingExtractor.organOrTermEnd(f, at: after)
    else { return nil }
    // (no owner after the organ: "Ban Chấp hành Hội Nông dân tỉnh", "Ban Thường vụ Tỉnh ủy"; nor
    // after "của" further on in its clause: "Đại hội lần thứ VI nhiệm kỳ 2022-2027 của Hội Phân
    // tích hóa, lý, sinh học Việt Nam")
    if end < f.tokens.count, MeetingExtractor.namesOwner(f, at: end) { return nil }
    if MeetingExtractor.ownerAfterOf(f, from: after) { return nil }
    let mentions = context.sentences.flatMap { $0.unions }.filter { !$0.partyDelegation && $0.scope != .plural }
    guard let first = mentions.first else { return nil }
    // (a provincial union the page names is the owner — the Vietnam Union beside it is its parent
    // or its guest; two provinces' unions leave the owner unknown)
    let provincial = mentions.filter { if case .province = $0.scope { return true } else { return false } }
    if let p = provincial.first {
      return provincial.allSatisfy({ $0.scope == p.scope }) ? p : nil
    }
    return mentions.first(where: { $0.scope == .national }) ?? first
  }

  /// The token after the meeting noun that starts at `k` (its longest form), or nil.
  static func nounEnd(_ f: FoldedText, at k: Int) -> Int? {
    guard k < f.tokens.count, let nouns = MeetingVocabulary.nounsByFirstWord[f.tokens[k].hash] else { return nil }
    let lengths = nouns.filter { f.matches($0, at: k) }.map(\.count)
    return lengths.max().map { k + $0 }
  }

  /// Where an organ of the union ("Ban Chấp hành", "BCH", "Ban Thường vụ", "BTV", "Đoàn Chủ tịch")
  /// or a numbered session of a term ("lần thứ V, nhiệm kỳ 2022 - 2027", "lần thứ 2, khóa VIII")
  /// written at `i` ends; nil when neither is.
  static func organOrTermEnd(_ f: FoldedText, at i: Int) -> Int? {
    if let organ = unionOrgans.first(where: { f.matches($0, at: i) }) { return i + organ.count }
    // "lần thứ N" then "khóa"/"nhiệm kỳ" (a comma may stand between)
    guard f.matches(MeetingVocabulary.p_lan_thu, at: i), i + 3 < f.tokens.count else { return nil }
    let term = i + 3
    guard f.tokens[term].hash == MeetingVocabulary.h_khoa || f.matches(p_nhiem_ky, at: term) else { return nil }
    // (not "khóa học", a course)
    if f.tokens[term].hash == MeetingVocabulary.h_khoa, term + 1 < f.tokens.count, f.tokens[term + 1].hash == MeetingVocabulary.h_hoc {
      return nil
    }
    return f.tokens.count
  }

  /// True when "của" and a capitalised name follow within the clause that starts at `from`
  /// (twelve words, up to a full stop, a semicolon or a colon): the organ or term is that body's.
  static func ownerAfterOf(_ f: FoldedText, from: Int) -> Bool {
    let t = f.tokens
    var i = from
    while i + 1 < min(t.count, from + 12) {
      if i > from, FoldedText.isStrongPunct(t[i].gap) { return false }
      if t[i].hash == h_cua, t[i + 1].isCap, t[i + 1].gap == 0 { return true }
      i += 1
    }
    return false
  }

  /// The union's own organs, as a portal names them before their session.
  static let unionOrgans: [Phrase] = ["ban chap hanh", "bch", "ban thuong vu", "btv", "doan chu tich"].phrases
  static let p_nhiem_ky = Phrase("nhiem ky")

  /// True when the words at `i` name whose organ it is: another body ("Tỉnh ủy", "Hội Nông dân",
  /// "Đảng bộ", "Công đoàn") or an association named with capitals ("Hội Làm vườn").
  static func namesOwner(_ f: FoldedText, at i: Int) -> Bool {
    let t = f.tokens[i]
    if t.gap != 0 { return false }  // a comma, a bracket: the organ's name has ended
    if otherOrganisers.contains(where: { f.matches($0, at: i) }) { return true }
    if ownerWords.contains(t.hash) && t.isCap { return true }
    return false
  }

  /// Words that open another owner's name after an organ, written with a capital: "Hội …", "Đảng
  /// …", "Công đoàn …", "Đoàn …", "Chi bộ …", "Tổng hội …".
  static let ownerWords = WordSet(["hoi", "dang", "cong", "doan", "chi", "tong", "quy", "trung", "vien", "cau"].map(Phrase.hash))
}
