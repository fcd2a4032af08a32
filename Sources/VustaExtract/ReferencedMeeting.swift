import VustaModel

/// A union body's meeting the article names only as where, or by whom, something was decided —
/// with its own day right after its name: "… theo kết luận của Hội nghị Ban Thường vụ ngày
/// 17/12", "… đã thống nhất tại hội nghị lần thứ 2, họp hôm 23.4 ở …", "Nghị quyết mà Hội nghị
/// Ban Chấp hành mở rộng của Liên hiệp … đã quyết nghị tại thành phố Thanh Hóa ngày 30/3/2018".
/// The meeting was held that day.
extension MeetingExtractor {
  /// Verbs that, after a comma, go on naming the meeting with its day: "…, họp ngày …".
  static let heldAfterComma: [Phrase] = ["hop", "dien ra", "to chuc", "khai mac", "duoc to chuc"].phrases

  /// Who a talk given to the press is given to: "với phóng viên", "với báo chí".
  static let pressWords: [Phrase] = Interview.reporterLabels + ["bao chi", "cac nha bao", "cac co quan bao chi"].phrases

  /// The meetings the article's sentences refer to by name and day.
  func referencedMeetings(main: Found?) -> [Found] {
    var out: [Found] = []
    // (only sentences that write a day and name a union: most write neither, and a page's other
    // bodies hold their own — "Ngày 5-1, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết học kỳ I")
    for s in context.sentences where !s.isTitle && !s.unions.isEmpty && s.dates.contains(where: { $0.day != nil && $0.cued }) {
      let f = s.text
      let t = f.tokens
      func goesOnNaming(_ i: Int) -> Bool { MeetingExtractor.heldAfterComma.contains { f.matches($0, at: i) } }
      var from = 0
      while from < t.count, let k = meetingNoun(in: s, allowReference: true, from: from) {
        from = k + 1
        guard let d = s.dates.first(where: { $0.start > k && $0.day != nil && $0.cued && !$0.anniversary }) else { break }
        // (close after the name: the words of a union's name and of a quoted title not counted)
        let nameWords = s.unions.reduce(0) { n, u in n + max(0, min(u.end, d.start) - max(u.start, k + 1)) }
          + MeetingExtractor.quotedNameWords(f, noun: k, before: d.start)
        guard d.start - nameWords <= k + 20 else { continue }
        // (no stop between them; a comma only before a verb that goes on naming it; no other
        // meeting named between, no plan)
        let broken = (k + 1...d.start).contains { i in
          let g = t[i].gap
          if g == UInt8(ascii: ".") || g == UInt8(ascii: ";") || g == UInt8(ascii: "!") || g == UInt8(ascii: "?") { return true }
          return g == UInt8(ascii: ",") && !goesOnNaming(i)
        }
        // (nor one to come — "sẽ tổ chức hội nghị … vào ngày 10/11" —, nor its closing day: "đã
        // bế mạc ngày 29/10/1994", "đã khép lại vào ngày 17/8")
        // (the verb that goes on naming it is no other meeting: "…, họp ngày 28/6/2022")
        let next = meetingNoun(in: s, allowReference: true, from: k + 2)
        guard !broken,
          next.map({ $0 >= d.start || (t[$0].gap == UInt8(ascii: ",") && goesOnNaming($0)) }) ?? true,
          !f.containsWill(from: max(0, k - 3), to: d.end), !f.contains(any: MeetingExtractor.planWords, from: max(0, k - 3), to: d.end),
          !f.contains(any: MeetingExtractor.closingWords, from: max(k, d.start - 6), to: d.start),
          !isContest(s, noun: k), !isOtherAssociationMeeting(s, noun: k), !heldByAnotherBody(s, noun: k),
          // (nor a talk with the press: "Trong buổi nói chuyện với phóng viên ngày 12/5/2023, …")
          !(k + 1..<d.start).contains(where: { j in
            t[j].hash == Lexicon.h_voi && (MeetingExtractor.pressWords.contains { f.matches($0, at: j + 1) })
          }),
          // (nor another body's, named in its name: "Hội nghị … của Tỉnh ủy ngày …")
          !(k + 1..<d.start).contains(where: { j in t[j].hash == MeetingExtractor.h_cua && !s.unions.contains { $0.start == j + 1 } }),
          let written = meetingDate(in: s, noun: k, requireCue: true), !written.upcoming,
          let date = context.complete(d), written.date == date,
          context.published.map({ date <= $0 }) ?? true
        else { continue }
        guard var m = placed(describe(s, noun: k, date: date), union: pageUnion(main))
        else { continue }
        if let r = written.yearReason { m.reasons.insert(r) }
        out.append(m)
      }
    }
    return out
  }
}
