import VustaModel

/// A meeting the article names by what it adopted, with the day it did: "… quyết tâm thực hiện
/// Nghị quyết … mà Đại hội đã thông qua vào ngày 21/10/2021", "… nghị quyết được Đại hội thông
/// qua hôm 21-10-2021". The meeting that adopted a text on a day was held that day, wherever the
/// sentence stands (in the lead of another meeting too).
extension MeetingExtractor {
  /// The meetings the article's sentences name as adopting a text on a day of their own.
  func adoptingMeetings(main: Found?) -> [Found] {
    var out: [Found] = []
    // (only sentences that write a day)
    for s in context.sentences where !s.isTitle && s.dates.contains(where: { $0.day != nil && $0.cued }) {
      let f = s.text
      let t = f.tokens
      var from = 0
      while let p = f.find(MeetingExtractor.p_thong_qua, from: from) {
        from = p + 2
        // the meeting's noun right before the verb, "đã" between them or not
        let verbAt = p >= 1 && t[p - 1].hash == FoldedText.h_da && f.findDone(from: p - 1, to: p) != nil ? p - 1 : p
        guard let k = (max(0, verbAt - 3)..<verbAt).first(where: { i in
          (MeetingVocabulary.nounsByFirstWord[t[i].hash] ?? []).contains { f.matches($0, at: i) && i + $0.count == verbAt }
        }),
          // (its day right after the verb: "thông qua vào ngày 21/10/2021", "thông qua hôm 21-10")
          let d = s.dates.first(where: { $0.day != nil && $0.cued && !$0.anniversary && $0.start >= p + 2 && $0.start <= p + 4 }),
          !(k + 1...p).contains(where: { FoldedText.isStrongPunct(t[$0].gap) || t[$0].gap == UInt8(ascii: ",") }),
          !f.containsWill(), !isContest(s, noun: k), !isOtherAssociationMeeting(s, noun: k), !heldByAnotherBody(s, noun: k),
          !context.isUpcoming(d), let date = context.complete(d), context.published.map({ date <= $0 }) ?? true
        else { continue }
        if let m = placed(describe(s, noun: k, date: date), union: pageUnion(main)) {
          out.append(m)
        }
      }
    }
    return out
  }

  static let p_thong_qua = Phrase("thong qua")
}
