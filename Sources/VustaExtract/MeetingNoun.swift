import VustaModel

/// Reading one sentence for a meeting: where its preamble ends, the noun that names a meeting
/// held, and the nouns that name no meeting held — a reference, a habit, a plan, a document's
/// content (one part of `MeetingExtractor`).
extension MeetingExtractor {
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
  static let p_la_noi = Lexicon.p_la_noi
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
    // (asked again and again of one sentence — the main event, other meetings, kinds, dates —
    // and a function of the sentence alone: read once per question)
    let key = from &* 2 &+ (allowReference ? 1 : 0)
    if let known = s.nounsFound.first(where: { $0.key == key }) { return known.at }
    let at = findMeetingNoun(in: s, allowReference: allowReference, from: from)
    s.nounsFound.append((key, at))
    return at
  }

  private func findMeetingNoun(in s: AnalyzedSentence, allowReference: Bool, from: Int) -> Int? {
    let f = s.text
    let t = f.tokens
    let preamble = MeetingExtractor.preambleEnd(s)
    let from = max(from, preamble)
    // one pass: the first position where a meeting noun (or "họp") names an event
    var countedEnd = -2  // where the last counted noun ended ("26 hội thảo"); none yet
    var referredAt: Int? = nil  // the last noun passed over as a reference ("Sau Đại hội …")
    // (the first words read once, not once per word: a static is a lazy global's check)
    let firstWords = MeetingVocabulary.firstWords
    for at in from..<max(from, t.count) {
      let h = t[at].hash
      guard firstWords.contains(h) else { continue }
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
      if MeetingExtractor.isVenueName(f, noun: at) { continue }  // "tại Trung tâm Hội nghị tỉnh"
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
        // "Bản tin … xứng đáng là diễn đàn của trí thức": what something is called, no event
        if noun.words == MeetingExtractor.p_dien_dan.words, MeetingExtractor.copulaForms.contains(where: { f.endsWith($0, before: at) }) { continue }
        // "… trên các lĩnh vực: Tư vấn, phản biện, giám định xã hội, tập huấn, hội thảo khoa học,…":
        // an item of a list of fields of work, no event
        // (its first item too: "trên các lĩnh vực: hội thảo, tập huấn")
        if at >= 1, let field = f.find(MeetingExtractor.p_linh_vuc, from: max(0, at - 14), to: at),
          field + 2 <= at, t[field + 2].gap == UInt8(ascii: ":"), t[at].gap == UInt8(ascii: ",") || at == field + 2,
          !(field + 2...at).contains(where: { FoldedText.isStrongPunct(t[$0].gap) && t[$0].gap != UInt8(ascii: ":") })
        {
          continue
        }
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
  static let p_trung_tam = Phrase("trung tam")

  /// True when the meeting noun at `k` names a hall, not a meeting: "tại trung tâm hội nghị 25B",
  /// "Trung tâm Hội nghị tỉnh".
  static func isVenueName(_ f: FoldedText, noun k: Int) -> Bool {
    k >= 2 && f.matches(p_trung_tam, at: k - 2)
  }

  /// A count of one to three sessions ("2 lớp tập huấn").
  func smallCount(_ f: FoldedText, _ i: Int) -> Bool {
    guard let v = Int(f.text(f.tokens[i].start, f.tokens[i].end)) else { return false }
    return (1...3).contains(v)
  }

  func isSince(_ f: FoldedText, _ at: Int) -> Bool {
    MeetingExtractor.sinceWords.contains { f.endsWith($0, before: at) }
  }

  func isReference(_ f: FoldedText, _ at: Int) -> Bool {
    if isSince(f, at) { return true }
    // ("Thông báo kết quả hội thảo …", "Báo cáo kết quả Hội nghị …": a report's heading on the
    // meeting it reports, not what workshops yield)
    // (not a count of such reports among deliverables: "… gồm: 12 Báo cáo chuyên đề; 02 Báo cáo
    // kết quả Hội thảo; …")
    if f.endsWith(MeetingExtractor.p_ket_qua, before: at),
      let heading = MeetingExtractor.reportHeadings.first(where: { f.endsWith($0, before: at - 2) })
    {
      let before = at - 2 - heading.count - 1
      return before >= 0 && f.tokens[before].isNumber && f.tokens[before + 1].gap == 0
    }
    // ("Ngày 4/10 vừa qua, hội thảo … đã được tổ chức": a word the comma parts from the noun
    // does not refer to it)
    if at >= 1, f.tokens[at].gap == UInt8(ascii: ",") || FoldedText.isStrongPunct(f.tokens[at].gap) { return false }
    for r in MeetingExtractor.referenceBefore where f.endsWith(r, before: at) {
      // "tổ chức hội nghị" after "tại Hà Nội, …" is still an event; only a word right before counts
      // ("phiên chính thức của Đại hội …", "phiên bế mạc của Hội nghị": a session of the meeting
      // is the meeting)
      if r.words == ["cua"], at >= 2, (max(0, at - 4)..<(at - 1)).contains(where: { f.tokens[$0].hash == MeetingExtractor.h_phien }) {
        return false
      }
      // (nor its days or its ceremonies: "đã khép lại hai ngày làm việc của Đại hội …", "lễ bế
      // mạc của Hội nghị …")
      if r.words == ["cua"], MeetingExtractor.sessionOfMeeting.contains(where: { f.endsWith($0, before: at - 1) }) {
        return false
      }
      return true
    }
    return false
  }

  static let h_phien = Phrase.hash("phien"), p_su_kien = Phrase("su kien")
  /// What of a meeting is the meeting itself: its working days and its opening or closing.
  static let sessionOfMeeting: [Phrase] = ["ngay lam viec", "buoi lam viec", "le khai mac", "le be mac"].phrases
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
    let la = p_la.hashes[0]
    return (0..<min(k, f.tokens.count)).last { f.tokens[$0].hash == la }.map { $0 + 1 } ?? 0
  }

  /// "về", "việc": what follows is a subject ("về tổ chức Hội thảo", "việc tổ chức Đại hội").
  static let subjectMarkers = WordSet(["ve", "viec"].map(Phrase.hash))
  /// Verbs that hold a meeting after a document was issued ("… và triệu tập Hội nghị …").
  static let documentContentHeld: [Phrase] = holdingVerbs + ["trieu tap", "mo lop"].phrases
  /// Verbs after a meeting's noun that say it took place ("Hội nghị … đã diễn ra").
  static let heldAfterNoun: [Phrase] = ["da dien ra", "dien ra", "da duoc to chuc", "duoc to chuc", "da khai mac", "khai mac"].phrases
}
