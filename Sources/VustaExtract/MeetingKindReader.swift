import VustaModel

/// Words that name a meeting, and the kind each points to.
enum MeetingVocabulary {
  /// Nouns that introduce a meeting ("hội nghị", "giao ban", "buổi làm việc" …).
  static let nouns: [Phrase] = [
    "hoi nghi", "giao ban", "dai hoi", "hoi thao", "toa dam", "tap huan", "lop tap huan", "buoi lam viec", "cuoc lam viec",
    "lam viec voi", "le ky niem", "ky niem", "gap mat", "hop mat", "dien dan", "phien hop", "cuoc hop",
    "so ket", "tong ket", "le ra mat", "le cong bo", "le ton vinh", "le trao", "boi duong", "ky ket",
    "tham va lam viec", "den lam viec", "lam viec tai", "buoi giao luu", "giao luu trao doi", "tiep doan",
    // ("Đoàn công tác … đã được Thường trực Liên hiệp … tỉnh An Giang đón tiếp và làm việc trong
    // hai ngày 25-26/5/2017": received, the delegation named before as the subject)
    "tiep va lam viec",
    "gap go bao chi", "hop bao", "giao luu hoc hoi", "don doan", "buoi doi thoai", "buoi gap go",
    // ceremonies the union holds besides its anniversaries: an inauguration, an opening
    "le khanh thanh", "le khai truong",
    // an admission of member associations, a decoration received ("Lễ kết nạp …", "Lễ đón nhận
    // Huân chương Lao động …")
    "le ket nap", "le don nhan",
    // a signing ceremony ("tổ chức lễ ký chương trình phối hợp công tác giữa 2 đơn vị")
    "le ky",
    // a talk the union gives farmers or students ("tổ chức buổi nói chuyện về biến đổi khí hậu")
    "buoi noi chuyen",
    // a rally ("Lễ mít tinh kỷ niệm 40 năm ngày thành lập … do Liên hiệp … tổ chức ngày 23-3")
    "le mit tinh", "mit tinh",
    // a sharing programme, held like a workshop ("Trung tâm … phối hợp với Liên hiệp … tổ chức
    // chương trình chia sẻ về vai trò …")
    "chuong trinh chia se",
  ].phrases

  /// The first words of the nouns (and "họp"), to skip sentences that name no meeting.
  static let firstWords = WordSet(nouns.map { $0.hashes[0] } + [Phrase.hash("hop")])
  /// The nouns by their first word, in list order.
  static let nounsByFirstWord = WordMap(Dictionary(grouping: nouns, by: { $0.hashes[0] }))

  /// Kind cues in precedence order (most specific first).
  static let kinds: [(MeetingKind, [Phrase])] = [
    (.dai_hoi, ["dai hoi"].phrases),
    (.giao_ban, ["giao ban"].phrases),
    (.tong_ket, ["tong ket", "so ket"].phrases),
    (.ban_thuong_vu, ["ban thuong vu", "btv", "thuong truc"].phrases),
    (.ban_chap_hanh, ["ban chap hanh", "bch", "hoi dong trung uong"].phrases),
    (.lam_viec, ["lam viec voi", "buoi lam viec", "cuoc lam viec", "tiep va lam viec", "doan cong tac", "tiep doan", "tham va lam viec",
                 "den lam viec", "lam viec tai", "buoi giao luu", "giao luu trao doi", "giao luu hoc hoi",
                 "hoc hoi kinh nghiem", "trao doi kinh nghiem", "don doan"].phrases),
    // (a dialogue session, "buổi đối thoại", is held like a tọa đàm; a scientific conference,
    // "hội nghị khoa học", is a workshop)
    (.hoi_thao, ["hoi thao", "toa dam", "dien dan", "buoi doi thoai", "hoi nghi khoa hoc", "chuong trinh chia se"].phrases),
    (.tap_huan, ["tap huan", "boi duong", "lop huan luyen"].phrases),
  ]

  /// Words after which a sentence speaks of the meeting's topic, not of the meeting:
  /// "… họp, cho ý kiến vào dự thảo báo cáo tổng kết", "… để chuẩn bị Đại hội".
  static let topicStarts: [Phrase] = [
    "cho y kien", "du thao", "ve viec", "chuan bi", "tien toi", "huong toi", "phuc vu", "trinh",
    "thong qua", "bau", "thong nhat", "ban ve", "gop y", "kien toan", "cong bo", "ve cong tac",
    "nham thong tin", "thong tin ve", "tieu ban", "van kien", "thong bao ket qua", "cung cap thong tin", "chuyen di",
    // "… đã họp để nghe thông tin từ Đại hội Liên hiệp Hội Việt Nam": news of another meeting
    "nghe thong tin", "thong tin tu",
    // "cuộc họp … bàn cách tiến hành hội thảo …": how to hold another event
    "ban cach",
    // "Hội nghị phối hợp tổ chức Diễn đàn …": a meeting to arrange another event, not that
    // event (right after the meeting's word only: firstTopicStart)
    "phoi hop to chuc",
    // "Hội nghị bàn (việc) phối hợp tổ chức Diễn đàn …": what the meeting discussed
    "ban viec", "ban phoi hop",
  ].phrases

  /// Where the words that name the meeting end: the first topic word after the noun at `k`,
  /// or another meeting joined to it ("Hội nghị … cùng với Hội thảo …").
  static func windowEnd(in f: FoldedText, after k: Int) -> Int {
    // (the guests' list ends the name too: "Hội nghị trí thức … tại Hội trường …, vào sáng ngày
    // 22/12, với sự tham dự của các đồng chí trong Ban Chấp hành …" is no Ban Chấp hành meeting)
    let topic = firstTopicStart(in: f, from: k + 1, to: f.tokens.count) ?? f.tokens.count
    var end = attendanceStart(in: f, after: k, to: topic) ?? topic
    // (an occasion after a comma ends it too: "… tổ chức buổi Tọa đàm khoa học …, hướng về dịp kỷ
    // niệm 75 năm Ngày Chủ tịch Hồ Chí Minh lần đầu về thăm và làm việc …" is no working visit)
    if let occasion = (k + 2..<max(k + 2, end)).first(where: { j in
      occasionFirstWords.contains(f.tokens[j].hash) && MeetingExtractor.commaBefore(f, j)
        && occasionsAfter.contains { f.matches($0, at: j) }
    }) {
      end = occasion
    }
    for j in (k + 2)..<max(k + 2, end) where firstWords.contains(f.tokens[j].hash) {
      guard nouns.contains(where: { f.matches($0, at: j) }) else { continue }
      if joiners.contains(where: { f.endsWith($0, before: j) }) || frames.contains(where: { f.endsWith($0, before: j) }) { return j }
    }
    return end
  }

  /// The openings of an occasion clause after the meeting's name ("nhân dịp", "hướng về dịp", "chào mừng" …).
  static let occasionsAfter: [Phrase] = MeetingExtractor.occasionOpenings
  static let occasionFirstWords = WordSet(occasionsAfter.map { $0.hashes[0] })

  /// Where the list of those who attended or chaired opens after the noun at `k` ("với sự tham dự
  /// của", "với sự tham gia của", "dưới sự chủ trì của"), before `to`; nil when none does.
  static func attendanceStart(in f: FoldedText, after k: Int, to: Int) -> Int? {
    attendanceStarts.compactMap { f.find($0, from: k + 2, to: to) }.min()
  }

  /// The words that open such a list.
  static let attendanceStarts: [Phrase] = ["voi su tham du", "voi su tham gia", "voi su co mat", "duoi su chu tri"].phrases

  static let joiners: [Phrase] = ["va", "cung voi", "cung", "ket hop voi", "ket hop", "dong thoi"].phrases
  /// Words that set the meeting inside a larger one, which gives it no kind: "Hội thảo … là một
  /// trong các hoạt động thuộc khuôn khổ Hội nghị giao ban …", "bên lề Hội nghị".
  static let frames: [Phrase] = ["khuon kho", "khuon kho cua", "ben le", "ben le cua"].phrases

  /// The first topic word from `from` to `to` ("trình" of "chương trình" is not one): one pass
  /// over the words, looking up the phrases that start with each.
  static func firstTopicStart(in f: FoldedText, from: Int, to: Int) -> Int? {
    let t = f.tokens
    let end = min(to, t.count)
    var i = max(0, from)
    while i < end {
      let h = t[i].hash
      if topicFirstWords.contains(h), let phrases = topicByFirstWord[h] {
        for p in phrases where f.matches(p, at: i) {
          if p.hashes == [h_trinh], i >= 1, t[i - 1].hash == h_chuong { continue }
          // (only right after "hội nghị" or "họp": not "Hội thảo … do Liên hiệp … phối hợp tổ chức")
          if p.hashes[0] == h_phoi, i == 0 || (t[i - 1].hash != h_nghi && t[i - 1].hash != Lexicon.h_hop) { continue }
          return i
        }
      }
      i += 1
    }
    return nil
  }

  static let topicFirstWords = WordSet(topicStarts.map { $0.hashes[0] })
  static let topicByFirstWord: [UInt64: [Phrase]] = Dictionary(grouping: topicStarts, by: { $0.hashes[0] })

  static let h_trinh = Phrase.hash("trinh")
  static let h_phoi = Phrase.hash("phoi"), h_nghi = Phrase.hash("nghi")
  static let h_chuong = Phrase.hash("chuong")

  /// The most specific kind the words from token `from` to `to` point to.
  static func kind(in f: FoldedText, from: Int, to: Int) -> MeetingKind {
    // (the stretch's words gathered once: a cue whose first word is not among them is not searched)
    let end = min(to, f.tokens.count)
    let bloom = from >= 0 && from < end ? WordBloom(f, from: from, to: end) : nil
    for (kind, cues) in kinds {
      for cue in cues {
        if let bloom, let first = cue.hashes.first, !bloom.mayContain(first) { continue }
        var i = from
        while let at = f.find(cue, from: i, to: to) {
          if accepts(kind, f, at) { return kind }
          i = at + 1
        }
      }
    }
    return isNumberedSessionOfATerm(f, from: from, to: to) ? .ban_chap_hanh : .khac
  }

  /// "Hội nghị lần thứ 7, khóa V": a conference numbered within a committee's term is the
  /// executive committee's, though the words "Ban Chấp hành" are not written.
  static func isNumberedSessionOfATerm(_ f: FoldedText, from: Int, to: Int) -> Bool {
    guard let h = f.find(p_hoi_nghi, from: from, to: to),
      let l = f.find(p_lan_thu, from: h + 2, to: min(f.tokens.count, h + 3)), l + 2 < f.tokens.count
    else { return false }
    let k = l + 3
    return k < f.tokens.count && f.tokens[k].hash == h_khoa && !(k + 1 < f.tokens.count && f.tokens[k + 1].hash == h_hoc)
  }

  static let p_hoi_nghi = Phrase("hoi nghi"), p_lan_thu = Phrase("lan thu")
  static let h_khoa = Phrase.hash("khoa"), h_hoc = Phrase.hash("hoc")

  static let h_so = Phrase.hash("so")

  /// True when the word at `at` is "số" (number: "Một số kết quả") rather than "sơ" of "sơ
  /// kết" (a half-year review): both fold to "so".
  static func isSoOfNumber(_ f: FoldedText, _ at: Int) -> Bool {
    let t = f.tokens[at]
    guard t.hash == h_so, t.end - t.start == 2 else { return false }
    return !"ơƠ".unicodeScalars.contains(f.scalars[t.start + 1])
  }

  static let lamViec = Phrase("lam viec")
  static let h_lam = Phrase.hash("lam")
  static let p_lam_viec_tai = Phrase("lam viec tai"), p_cong_tac = Phrase("cong tac")

  /// The label of a list of those attending: "Thành phần tham dự: …", "Thành phần: …".
  static let attendeesLabel = Phrase("thanh phan")
  /// Words that make a committee's name a person's title: "Ủy viên Ban Thường vụ".
  static let memberTitles: [Phrase] = ["uy vien", "thanh vien"].phrases
  static let h_hoi = Phrase.hash("hoi")
  static let p_chu_tich = Phrase("chu tich")
  static let p_hoi_dong = Phrase("hoi dong")
  static let h_truoc = Phrase.hash("truoc")
  static let h_sau = Phrase.hash("sau")
  static let higherBodies: [Phrase] = [
    "tinh uy", "thanh uy", "trung uong", "huyen uy", "dang uy", "dang bo", "ubnd", "tu",
  ].phrases

  /// The union's own Party committee named ("Đảng bộ Liên hiệp các Hội …", "Đảng ủy cơ quan LHH
  /// Việt Nam"): its congress and its executive committee's meetings are of their kind (rf09, sc12).
  static func namesUnionsPartyCommittee(_ f: FoldedText) -> Bool {
    f.contains(any: unionsPartyCommittee)
  }
  static let unionsPartyCommittee: [Phrase] = [
    "dang bo lien hiep", "dang uy lien hiep", "dang bo lhh", "dang uy lhh", "dang bo co quan lien hiep",
    "dang uy co quan lien hiep", "dang bo co quan lhh", "dang uy co quan lhh",
  ].phrases

  /// Rules that stop a cue from counting: "Thường trực Tỉnh ủy" is not the union's standing
  /// committee; "Ban Chấp hành Trung ương Đảng" is not the union's executive committee.
  static func accepts(_ kind: MeetingKind, _ f: FoldedText, _ at: Int) -> Bool {
    if isSoOfNumber(f, at) { return false }
    switch kind {
    case .ban_thuong_vu, .ban_chap_hanh:
      // "Hội đồng Trung ương" is LHH Việt Nam's own council, its executive committee
      if f.tokens[at].hash == MeetingVocabulary.h_hoi && f.matches(MeetingVocabulary.p_hoi_dong, at: at) { return true }
      let after = at + (f.tokens[at].hash == Lexicon.h_ban ? 3 : 2)
      if MeetingVocabulary.higherBodies.contains(where: { f.matches($0, at: after) || f.matches($0, at: after - 1) }),
        !namesUnionsPartyCommittee(f)
      {
        return false
      }
      // "đồng chí …, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy": a person's title
      if MeetingVocabulary.memberTitles.contains(where: { f.endsWith($0, before: at) }) { return false }
      // "Thành phần tham dự hội thảo: …; Ban chấp hành Liên hiệp Hội …": a committee among the
      // people attending, as minutes list them, is not what meets
      if let label = f.find(attendeesLabel, from: max(0, at - 40), to: at),
        !(label..<at).contains(where: { f.tokens[$0].gap == UInt8(ascii: ".") })
      {
        return false
      }
      // ("PGS.TS …, Phó chủ tịch thường trực Liên hiệp các Hội …": an office, no standing committee)
      if kind == .ban_thuong_vu && f.tokens[at].hash == Lexicon.h_thuong && f.endsWith(MeetingVocabulary.p_chu_tich, before: at) {
        return false
      }
      if kind == .ban_thuong_vu && f.tokens[at].hash == Lexicon.h_thuong {
        // "làm việc với Thường trực Liên hiệp hội", "Thường trực … làm việc với Hội Y học": the
        // standing office meets someone — a working session, not a meeting of the committee
        let near = f.tokens.count
        if f.find(lamViec, from: max(0, at - 8), to: min(near, at + 24)) != nil { return false }
        return f.matches(Lexicon.p_thuong_truc_lien_hiep, at: at) || f.matches(Lexicon.p_thuong_truc_lhh, at: at)
      }
      return true
    case .dai_hoi:
      // "Nghị quyết Đại hội …", "Đại hội Đảng": a reference, not this meeting.
      if at >= 2, f.matches(Lexicon.p_nghi_quyet, at: at - 2) { return false }
      if f.matches(Lexicon.p_dai_hoi_dang, at: at), !namesUnionsPartyCommittee(f) { return false }
      // "Trước Đại hội, …", "Sau Đại hội, …": a time reference to the congress
      if at >= 1, f.tokens[at - 1].hash == MeetingVocabulary.h_truoc || f.tokens[at - 1].hash == MeetingVocabulary.h_sau {
        return false
      }
      return true
    case .lam_viec:
      // "cán bộ … đang làm việc tại các sở", "trí thức trẻ đang công tác, làm việc tại …": where
      // people work, not a working session ("đang" as written: "Đảng làm việc với …" is one)
      if f.tokens[at].hash == MeetingVocabulary.h_lam, f.matches(MeetingVocabulary.p_lam_viec_tai, at: at) {
        let before = at >= 3 && f.matches(MeetingVocabulary.p_cong_tac, at: at - 2) ? at - 3 : at - 1
        if before >= 0, f.isProgressiveDang(before) { return false }
      }
      // ("Tọa đàm … nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh lần đầu về thăm và làm việc với
      // Đảng bộ …": the occasion's visit, not the event's kind)
      if MeetingExtractor.inOccasionClause(f, at) { return false }
      return true
    case .tong_ket:
      // "Lễ tổng kết, trao giải thưởng …", "lễ tổng kết và trao giải Hội thi …": the closing of a
      // contest or a prize, not a review of the union's work
      return !isPrizeClosing(f, at)
    default:
      return true
    }
  }

  /// True when the "tổng kết" at `at` is followed by "trao giải"/"trao thưởng", with only a comma
  /// or "và" between.
  static func isPrizeClosing(_ f: FoldedText, _ at: Int) -> Bool {
    var k = at + 2
    guard k < f.tokens.count else { return false }
    if f.tokens[k].hash == Lexicon.h_va { k += 1 } else if f.tokens[k].gap != UInt8(ascii: ",") { return false }
    return prizeGiving.contains { f.matches($0, at: k) }
  }
  static let prizeGiving: [Phrase] = ["trao giai", "trao thuong"].phrases
}
