import VustaModel

/// The day of an undated main event written only on a short line of the article: a caption
/// ("Toàn cảnh hội nghị ngày 23.4"), a "Thời gian:" line under the headline ("Thời gian: từ ngày
/// 21 đến 23/7/2022"), a closing line in brackets ("(Buổi Tọa đàm diễn ra vào chiều 18/5)").
extension MeetingExtractor {
  /// The day of the first dated minor line that names a meeting of `kind` (or a plain one) or
  /// labels the event's time, and the reason to record when the posting date made it (its year
  /// taken as the one before the posting's, or its weekday counted back from it); nil when no
  /// line does, or when two such lines give two days.
  func dayOfMinorLine(kind: MeetingKind) -> (FactDate, ConfidenceReason?)? {
    var found: [(FactDate, Bool)] = []
    for s in context.datedMinorLines {
      let f = s.text
      // (nothing to come: "Hội nghị sẽ diễn ra ngày …")
      if f.containsWill() || f.contains(any: MeetingExtractor.planWords) { continue }
      guard EventRecord.field(of: f) == .time || namesTheEvent(s, kind: kind) else { continue }
      guard let m = s.dates.first, let d = context.complete(m), !context.isUpcoming(m) else { continue }
      if let p = context.published, m.year != nil, d > p { continue }
      found.append((d, m.year == nil && context.published != nil && context.steppedBack(m)))
    }
    // (a weekday and no day — "Thời gian: 8h30, thứ Năm", "8h30 khai mạc (sáng thứ Năm)" on a
    // programme line that names the meeting — counted back from the posting date)
    if found.isEmpty, let posted = context.published, posted.day != nil {
      for s in context.weekdayMinorLines {
        let f = s.text
        if f.containsWill() || f.contains(any: MeetingExtractor.planWords) { continue }
        let labelled = EventRecord.field(of: f) == .time
        guard labelled || namesTheEvent(s, kind: kind) else { continue }
        if let d = RelativeWeekday.day(in: f, posted: posted, labelled: labelled) { found.append((d, false)) }
      }
      if let first = found.first, found.allSatisfy({ $0.0 == first.0 }) { return (first.0, .dateFromPublication) }
      return nil
    }
    guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
    return (first.0, first.1 ? .yearBeforePosting : nil)
  }

  /// True when a minor line names a meeting of `kind` (or a plain one), the union's own: not a
  /// contest, a member association's or another body's ("Hội nghị … của Tỉnh ủy ngày 5/3").
  private func namesTheEvent(_ s: AnalyzedSentence, kind: MeetingKind) -> Bool {
    guard let k = meetingNoun(in: s, allowReference: true) else { return false }
    let named = MeetingVocabulary.kind(in: s.text, from: k, to: MeetingVocabulary.windowEnd(in: s.text, after: k))
    // (a review is often the council's meeting: "Hội nghị BCH lần thứ 13 …: chiều 16.12.2016")
    return (named == kind || named == .khac || (kind == .tong_ket && (named == .ban_chap_hanh || named == .ban_thuong_vu)))
      && !isContest(s, noun: k) && !isOtherAssociationMeeting(s, noun: k) && !heldByAnotherBody(s, noun: k)
      && !MeetingExtractor.namesAnotherOwner(s, after: k)
  }
}
