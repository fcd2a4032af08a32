import VustaModel

/// The rows of a union's weekly report or schedule that are no meeting of its own: a day of work
/// at the office ("Thường trực làm việc tại cơ quan; xử lý công văn đến"), and another body's
/// meeting its leaders attend ("Lãnh đạo Liên hiệp hội dự phiên họp thường kỳ cuối năm của UBND
/// tỉnh", "… dự Hội nghị tổng kết công tác năm 2021 của Ủy ban Mặt trận Tổ quốc …").
extension MeetingExtractor {
  /// True when the noun at `k` is "làm việc tại" the office ("cơ quan", "văn phòng", "trụ sở")
  /// and the clause ends there: work at the office, no working session.
  static func isOfficeWork(_ f: FoldedText, noun k: Int) -> Bool {
    guard f.matches(MeetingVocabulary.p_lam_viec_tai, at: k) else { return false }
    let at = k + 3
    guard let place = officePlaces.first(where: { f.matches($0, at: at) }) else { return false }
    let end = at + place.count
    return end == f.tokens.count || f.tokens[end].gap == UInt8(ascii: ";") || f.tokens[end].gap == UInt8(ascii: ",")
      || FoldedText.isStrongPunct(f.tokens[end].gap)
  }
  static let officePlaces: [Phrase] = ["co quan", "van phong", "tru so"].phrases

  /// True when the meeting at `k` is attended ("dự", "tham dự" right before it) and named, within
  /// its clause, as another body's ("… của UBND tỉnh", "… của Ủy ban Mặt trận Tổ quốc …"), with no
  /// union after its "của".
  func attendsAnotherBodysMeeting(_ s: AnalyzedSentence, noun k: Int) -> Bool {
    let f = s.text
    guard k >= 1, Lexicon.guestOpeners.contains(where: { f.endsWith($0, before: k) }) else { return false }
    var i = k + 1
    while i + 1 < min(f.tokens.count, k + 16) {
      if FoldedText.isStrongPunct(f.tokens[i].gap) || f.tokens[i].gap == UInt8(ascii: ";") { return false }
      if f.tokens[i].hash == MeetingExtractor.h_cua {
        if s.unions.contains(where: { $0.start == i + 1 }) { return false }
        // (the body's name may open with "Ủy ban": "của Ủy ban Mặt trận Tổ quốc …")
        return (i + 1...min(i + 3, f.tokens.count - 1)).contains { j in MeetingExtractor.otherOrganisers.contains { f.matches($0, at: j) } }
      }
      i += 1
    }
    return false
  }
}
