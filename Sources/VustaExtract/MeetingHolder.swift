import VustaModel

/// Who holds a meeting a sentence names: a union, or another body — a member association, a
/// party or state body, a contest's machinery, a body honouring the union (one part of
/// `MeetingExtractor`).
extension MeetingExtractor {
  /// "Đại hội Hội Làm vườn tỉnh", "Hội Nông dân tỉnh tổ chức hội thảo": a member association's
  /// own meeting, with no LHH body holding it.
  func isOtherAssociationMeeting(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    let t = f.tokens
    // after the noun: "Đại hội (đại biểu) Hội Làm vườn …"
    var j = f.tokens[k].hash == Lexicon.h_dai ? k + 2 : k + 1
    if f.matches(Lexicon.p_dai_bieu, at: j) { j += 2 }
    // (past what the congress is — "Đại hội hợp nhất Hội Lâm nghiệp tỉnh …", "Đại hội thành lập
    // Hội …", "Đại hội lần thứ VI Hội …", "Đại hội nhiệm kỳ 2022-2027 Hội …")
    j = MeetingExtractor.afterCongressQualifiers(f, from: j)
    // (not a meeting's own noun in capitals: "… TỈNH HỌP HỘI NGHỊ LẦN THỨ 14")
    // (an "Hiệp hội" as well: "Đại hội toàn thể Hiệp hội nuôi biển Việt Nam lần thứ II")
    if j + 2 < t.count, t[j].hash == MeetingExtractor.h_hiep, t[j].isCap, t[j + 1].hash == Lexicon.h_hoi, t[j + 1].gap == 0,
      !s.unions.contains(where: { $0.start <= j && j < $0.end })
    {
      return true
    }
    // (a club's: "Đại hội Câu lạc bộ (CLB) Trí thức tỉnh Tiền Giang lần thứ I", even one the union
    // holds for it)
    if j < t.count, t[j].isCap, f.matches(MeetingExtractor.p_cau_lac_bo, at: j) || t[j].hash == MeetingExtractor.h_clb,
      !s.unions.contains(where: { $0.start <= j && j < $0.end })
    {
      return true
    }
    if j + 1 < t.count, t[j].hash == Lexicon.h_hoi, t[j].isCap, t[j + 1].isCap,
      !UnionFinder.body.contains(t[j + 1].hash) || MeetingExtractor.isScienceAssociation(f, at: j + 1, provinces: s.provinces),
      !s.unions.contains(where: { $0.start <= j && j < $0.end }),
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
    // (not members: "140 đại biểu …, thay mặt cho 210.000 hội viên toàn tỉnh, đã họp …")
    for i in max(0, k - 8)..<max(0, k - 1) where t[i].isNumber && t[i + 1].hash == Lexicon.h_hoi
      && !(i + 2 < t.count && t[i + 2].hash == MeetingExtractor.h_vien)
    {
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
    guard let open = (t[k].end..<t[min(t.count - 1, k + 12)].start).first(where: { FoldedText.isOpeningQuote(f.scalars[$0]) }),
      let close = f.closingQuote(after: open, before: t[min(t.count - 1, k + 72)].start)
    else { return nil }
    return t.firstIndex { $0.start > close }
  }

  /// Words that join a co-holder: "phối hợp với", "cùng".
  static let coHolding: [Phrase] = ["phoi hop voi", "phoi hop", "cung voi", "cung"].phrases

  /// The LHH body holding the meeting when the sentence after `s`, in the same paragraph, names
  /// the meeting again and that body ("Hội thảo do Liên hiệp … phối hợp với … tổ chức"), not as a guest.
  func heldInNextSentence(_ s: AnalyzedSentence, noun k: Int) -> UnionMention? {
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
  func chairedByUnion(after s: AnalyzedSentence, noun: Int? = nil) -> UnionMention? {
    for (step, next) in context.sentences.lazy.filter({ $0.index > s.index && !$0.isTitle }).prefix(2).enumerated() {
      let f = next.text
      // (or opens with those who attended and chaired it together: "Tham dự, chủ trì hội thảo, có:
      // ông …, Chủ tịch Liên hiệp các Hội …, Chủ tịch hội đồng")
      let attendedAndChaired = f.matches(Lexicon.p_tham_du, at: 0)
        && (f.matches(MeetingExtractor.p_chu_tri, at: 2) || (f.tokens.count > 3 && f.tokens[2].hash == Lexicon.h_va && f.matches(MeetingExtractor.p_chu_tri, at: 3)))
      // (or names its chairs first, the union's head among them, and then "chủ trì …": "Quyền Bí
      // thư Tỉnh ủy …; Chủ tịch UBND tỉnh …, Chủ tịch Liên hiệp các Hội … tỉnh Nguyễn Văn A chủ trì
      // buổi họp mặt" — the union's head in the last chair's clause, right before the verb)
      // (the verb's object the lead's meeting named again, "buổi họp mặt" after "Họp mặt trí thức
      // …", and no other meeting named before it)
      // (the very next sentence: after one that names another meeting, "chủ trì Hội nghị" is that one's)
      if step == 0, let noun, noun < s.text.tokens.count, let k = f.find(MeetingExtractor.p_chu_tri, from: 2), k + 2 >= f.tokens.count - 3,
        MeetingExtractor.namesAgain(s.text, noun: noun, in: f, at: k + 2),
        !MeetingVocabulary.nouns.contains(where: { f.find($0, from: 0, to: k) != nil }),
        !f.contains(any: [Lexicon.p_tham_du], from: 0, to: k),
        let u = next.unions.last(where: { u in
          !u.partyDelegation && u.scope != .plural && u.end <= k
            && !(u.end..<k).contains { f.tokens[$0].gap == UInt8(ascii: ";") || FoldedText.isStrongPunct(f.tokens[$0].gap) }
        })
      {
        return u
      }
      guard f.tokens.count > 2, f.matches(MeetingExtractor.p_chu_tri, at: 0) || f.matches(MeetingExtractor.p_chu_tri, at: 1) || attendedAndChaired
      else { continue }
      // (in the chair's clause: before a ";" and before those attending — "Chủ trì hội thảo có ông
      // A, Phó Chủ tịch UBND tỉnh; tham dự có đại diện Liên hiệp …" is not chaired by the union)
      let clauseEnd = [f.tokens.indices.first { $0 > 1 && f.tokens[$0].gap == UInt8(ascii: ";") },
                       f.find(Lexicon.p_tham_du, from: attendedAndChaired ? 4 : 2)].compactMap { $0 }.min() ?? f.tokens.count
      if let u = next.unions.first(where: { !$0.partyDelegation && $0.scope != .plural && $0.start < clauseEnd }) { return u }
    }
    return nil
  }

  /// True when the words at `at` of `f` name again the meeting whose noun stands at `noun` in
  /// `lead`: "buổi họp mặt" for "Họp mặt trí thức …", "Hội nghị" for "Hội nghị tổng kết …".
  static func namesAgain(_ lead: FoldedText, noun: Int, in f: FoldedText, at: Int) -> Bool {
    var i = at
    if i < f.tokens.count, f.tokens[i].hash == Lexicon.h_buoi || f.tokens[i].hash == Lexicon.h_cuoc { i += 1 }
    return i < f.tokens.count && f.tokens[i].hash == lead.tokens[noun].hash
      && (noun + 1 >= lead.tokens.count || i + 1 >= f.tokens.count || f.tokens[i + 1].hash == lead.tokens[noun + 1].hash)
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
    // (nor those whose consent or direction a clause opens with: "Được sự nhất trí của Thường vụ
    // Tỉnh ủy, UBND tỉnh …, sáng ngày 20 tháng 02 năm 2009, … đã diễn ra Đại hội … của Liên hiệp …")
    let lo = max(occasionClauseEnd(s.text, before: k) ?? 0, MeetingExtractor.consentClauseEnd(s.text, dates: s.dates.map(\.start), before: k) ?? 0)
    // "Chi bộ Liên hiệp các hội … tổ chức Đại hội": the union office's Party cell holds it, and so
    // do its other mass organisations ("Hội Cựu chiến binh (CCB) Liên hiệp các hội khoa học và kỹ
    // thuật tỉnh tổ chức gặp mặt kỷ niệm …", its trade union, its youth union) — when no union is
    // named before them, and not as a venue's name ("tại Trung tâm Hội nghị Công đoàn")
    if let body = MeetingExtractor.officeBodies.compactMap({ s.text.find($0, from: lo, to: k) }).min(),
      s.text.contains(any: MeetingExtractor.holdingVerbs, from: body + 2, to: k + 1),
      !s.unions.contains(where: { $0.start < body }),
      !s.text.contains(any: MeetingExtractor.placeWords + MeetingExtractor.venueWords + [MeetingExtractor.p_trung_tam],
                       from: max(lo, body - 4), to: body)
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
      || (k - at <= 4 && !((at + 1)...k).contains { MeetingExtractor.commaBefore(f, $0) }
        // (a body "at" the meeting attends it: "Đó là phát biểu của ông …, Phó Bí thư Tỉnh ủy tại
        // Đại hội Liên hiệp …")
        && !(at + 1..<k).contains { f.tokens[$0].hash == Lexicon.h_tai })
  }

  /// Openings of a clause naming whose consent or direction an event had: "Được sự nhất trí của",
  /// "Được sự đồng ý của", "Với sự cho phép của", "Dưới sự chỉ đạo của".
  static let consentOpenings: [Phrase] = [
    "duoc su nhat tri cua", "duoc su dong y cua", "duoc su cho phep cua", "duoc su chi dao cua",
    "voi su nhat tri cua", "voi su dong y cua", "voi su cho phep cua", "duoi su chi dao cua",
  ].phrases

  /// Where a consent clause opening the sentence ends (the first word after the comma that closes
  /// its bodies' names: the last comma before the first date after it, else the first comma),
  /// when it does before token `k`; else nil.
  static func consentClauseEnd(_ f: FoldedText, dates: [Int], before k: Int) -> Int? {
    guard let p = consentOpenings.first(where: { f.matches($0, at: 0) }), p.count + 1 < min(k, f.tokens.count) else { return nil }
    // (its names may be listed with commas, "Thường vụ Tỉnh ủy, UBND tỉnh Thừa Thiên Huế", before
    // "sáng ngày 20 tháng 02 năm 2009")
    let commas = (p.count + 1..<min(k, f.tokens.count)).filter { commaBefore(f, $0) }
    guard let first = commas.first else { return nil }
    if let d = dates.filter({ $0 > p.count && $0 < k }).min(), let c = commas.last(where: { $0 <= d }) { return c }
    return first
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
    // "hội nghị nhằm đánh giá tiến độ triển khai Cuộc thi …", "sơ kết 1 năm triển khai Hội thi
    // …": a meeting on carrying out a contest is the contest's business, whoever holds it (its
    // topic, in the noun's clause, up to a dozen words on)
    if !training, let at = s.text.find(MeetingExtractor.p_trien_khai, from: k + 1, to: MeetingExtractor.clauseEnd(s.text, after: k, within: 12)),
      s.text.contains(any: MeetingExtractor.contestWords, from: at + 2, to: min(s.text.tokens.count, at + 3))
    {
      return true
    }
    // "… tiến hành họp các ngành liên quan để thống nhất thể lệ": a meeting on a contest's rules
    // ("thể lệ", in the noun's clause) is the contest's business
    if !training, s.text.find(MeetingExtractor.p_the_le, from: k + 1, to: MeetingExtractor.clauseEnd(s.text, after: k, within: 12)) != nil {
      return true
    }
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

  static let p_trien_khai = Phrase("trien khai"), p_the_le = Phrase("the le")
  static let p_cau_lac_bo = Phrase("cau lac bo"), h_clb = Phrase.hash("clb")
  static let h_hiep = Phrase.hash("hiep")
  static let congressNatures: [Phrase] = ["hop nhat", "thanh lap", "sap nhap", "toan the"].phrases

  /// The word after what a congress's noun says of it — its nature ("hợp nhất", "thành lập",
  /// "sáp nhập"), its number ("lần thứ VI") and its term ("nhiệm kỳ 2022-2027") — from `j`, the
  /// word right after the noun.
  static func afterCongressQualifiers(_ f: FoldedText, from j: Int) -> Int {
    let t = f.tokens
    var j = j
    for _ in 0..<3 {
      if let p = congressNatures.first(where: { f.matches($0, at: j) }) {
        j += p.count
      } else if f.matches(MeetingVocabulary.p_lan_thu, at: j), j + 2 < t.count {
        j += 3
      } else if f.matches(p_nhiem_ky, at: j) {
        j += 2
        while j < t.count, t[j].isNumber { j += 1 }
      } else {
        break
      }
    }
    return j
  }

  /// Where the clause that goes on after token `k` ends: the first comma or strong stop after
  /// it, at most `within` words on.
  static func clauseEnd(_ f: FoldedText, after k: Int, within: Int) -> Int {
    let limit = min(f.tokens.count, k + 1 + within)
    var j = k + 1
    while j < limit, !(FoldedText.isStrongPunct(f.tokens[j].gap) || f.tokens[j].gap == UInt8(ascii: ",")) { j += 1 }
    return j
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

  static let h_cua = Phrase.hash("cua"), h_vien = Phrase.hash("vien")
  static let p_chi_bo = Phrase("chi bo"), p_chao_mung = Phrase("chao mung")
  /// The bodies of a union's office: its Party cell, its veterans' association, its trade union,
  /// its youth union.
  static let officeBodies: [Phrase] = [p_chi_bo] + ["hoi cuu chien binh", "cong doan", "chi doan", "doan thanh nien"].phrases
  static let p_hoi_dong = Phrase("hoi dong"), p_ban_to_chuc = Phrase("ban to chuc")
}
