import VustaModel

/// A lead that tells what the union did, named back as an occasion by the sentences after it:
/// the page's event when no meeting word names it (`MeetingExtractor.mainEvent`).
extension MeetingExtractor {
  /// Words that open a sentence naming an occasion just told: "Tại buổi công bố, …", "Dự lễ
  /// có …", "Phát biểu tại lễ ký, …".
  static let occasionBack: [Phrase] = [
    "tai buoi", "tai le", "du le", "du buoi", "tham du buoi", "tham du le", "phat bieu tai buoi", "phat bieu tai le",
    "phat bieu khai mac buoi", "phat bieu khai mac le",
  ].phrases

  /// A lead that tells something the union did on a day, with no meeting word — "Ngày 15/4/2015,
  /// tại Hà Nội, Liên hiệp … đã công bố Dự thảo …", "Chiều 11-3, tại Hà Nội, Bộ …, Ủy ban … và
  /// Liên hiệp … đã ký chương trình phối hợp …" — when the sentences right after it speak of that
  /// as an occasion ("Tại buổi công bố, …", "Dự lễ có …", "Phát biểu tại lễ ký, …"): the lead,
  /// the token of its "đã", and the kind the occasion's words name ("buổi làm việc" a working
  /// session; a ceremony or a launch none of the kinds).
  func actNamedBack() -> (AnalyzedSentence, Int, MeetingKind)? {
    guard let lead = context.sentences.first(where: { $0.isLead }), lead.line <= 1,
      let d = lead.dates.first, d.day != nil, d.cued, d.start <= 3,
      let u = lead.unions.first(where: { $0.scope != .plural }),
      let act = lead.text.findDone(from: max(u.end, d.end)),
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
