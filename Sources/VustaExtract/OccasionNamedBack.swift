import VustaModel

/// A lead that tells what the union did, named back as an occasion by the sentences after it:
/// the page's event when no meeting word names it (`MeetingExtractor.mainEvent`).
extension MeetingExtractor {
  /// Words that open a sentence naming an occasion just told: "Tại buổi công bố, …", "Dự lễ
  /// có …", "Phát biểu tại lễ ký, …".
  static let occasionBack: [Phrase] = [
    "tai buoi", "tai le", "du le", "du buoi", "tham du buoi", "tham du le", "phat bieu tai buoi", "phat bieu tai le",
    "phat bieu khai mac buoi", "phat bieu khai mac le",
    // ("Thông tin tại buổi công bố, Phó Chủ tịch … cho biết …", "Chia sẻ tại buổi lễ, …")
    "thong tin tai buoi", "thong tin tai le", "chia se tai buoi", "chia se tai le",
  ].phrases

  /// A lead that tells something the union did (on a day, or with none), with no meeting word — "Ngày 15/4/2015,
  /// tại Hà Nội, Liên hiệp … đã công bố Dự thảo …", "Chiều 11-3, tại Hà Nội, Bộ …, Ủy ban … và
  /// Liên hiệp … đã ký chương trình phối hợp …" — when the sentences right after it speak of that
  /// as an occasion ("Tại buổi công bố, …", "Dự lễ có …", "Phát biểu tại lễ ký, …"): the lead,
  /// the token of its "đã", and the kind the occasion's words name ("buổi làm việc" a working
  /// session; a ceremony or a launch none of the kinds).
  func actNamedBack() -> (AnalyzedSentence, Int, MeetingKind)? {
    guard let lead = context.sentences.first(where: { $0.isLead }), lead.line <= 1 else { return nil }
    // (the lead opens with its day, or writes none: "Tại Hà Nội, Liên hiệp … đã công bố …")
    let day = lead.dates.first { $0.day != nil }
    guard day.map({ $0.cued && $0.start <= 3 }) ?? true,
      let u = lead.unions.first(where: { $0.scope != .plural }),
      // ("đã", or "vừa": "… vừa công bố Dự thảo văn kiện Đại hội")
      let act = lead.text.findDone(from: max(u.end, day?.end ?? 0)) ?? lead.text.findJust(from: max(u.end, day?.end ?? 0)),
      lead.unions.contains(where: { $0.end <= act && act - $0.end <= 3 }), !lead.text.containsWill(),
      // (not the launch of a contest: "… đã tổ chức lễ phát động Hội thi sáng tạo kỹ thuật")
      !lead.text.contains(any: MeetingExtractor.contestWords, from: act, to: min(lead.text.tokens.count, act + 8))
    else { return nil }
    for s in context.sentences where s.index > lead.index && s.index <= lead.index + 2 && s.line <= lead.line + 1 {
      guard let at = MeetingExtractor.occasionBack.first(where: { s.text.matches($0, at: 0) }) else { continue }
      let from = at.hashes.count
      return (lead, act, MeetingVocabulary.kind(in: s.text, from: from - 1, to: min(s.text.tokens.count, from + 3)))
    }
    return nil
  }
}
