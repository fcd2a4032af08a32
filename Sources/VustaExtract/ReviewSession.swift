import VustaModel

/// A session the union held to review a plan or accept a study, told by the act and its day
/// with no meeting noun, read by its parts — the union as the clause's subject, a review act,
/// the day anywhere in the sentence: "… (đối với dự án này, Liên hiệp Hội đã tổ chức phản biện
/// ngày 13-3-2020)", "Ngày 14/11/2025, tại Hà Nội, Liên hiệp Hội Việt Nam tổ chức nghiệm thu Đề
/// tài …", "Liên hiệp …, ngày 19/7/2022, đã cùng Sở … đưa Đề án nói trên ra lấy ý kiến phản biện
/// khoa học", "… đã đưa “Dự thảo …” ra tư vấn, phản biện … trước hơn 50 đại biểu vào sáng
/// 26/05/2016". A meeting (kind `khac`) of that union, on that day.
extension MeetingExtractor {
  /// The review acts such a session is told by: "phản biện", "nghiệm thu", "thẩm định", "lấy ý
  /// kiến", "rà soát".
  static let reviewActs: [Phrase] = ["phan bien", "nghiem thu", "tham dinh", "lay y kien", "ra soat"].phrases
  /// What the union does to hold one, within four words before the act: "tổ chức", "tiến hành",
  /// "đưa … ra", "cùng".
  static let reviewLeads: [Phrase] = ["to chuc", "tien hanh", "ra", "cung"].phrases
  /// Words that make the union the act's object, not its subject ("UBND tỉnh giao Liên hiệp hội
  /// phản biện …"), or the act a desk task ("gửi văn bản góp ý").
  static let reviewBlockers: [Phrase] = ["giao", "de nghi", "dat hang", "gui", "ban hanh", "moi"].phrases

  /// The sessions the article's sentences tell by their act and day.
  func reviewSessions() -> [Found] {
    var out: [Found] = []
    // (only sentences that name a union and write one day, nothing planned)
    for s in context.sentences where !s.isTitle && !s.unions.isEmpty
      && s.dates.filter({ $0.day != nil && $0.cued && !$0.anniversary }).count == 1
      && !s.text.containsWill() && !s.text.contains(any: MeetingExtractor.planWords)
    {
      let f = s.text
      let t = f.tokens
      // (every place an act is named: "… giao Liên hiệp hội phản biện hai đề án: … (Liên hiệp
      // Hội đã tổ chức phản biện ngày 13-3-2020)")
      var places: [Int] = []
      for act in MeetingExtractor.reviewActs {
        var from = 0
        while let a = f.find(act, from: from) {
          places.append(a)
          from = a + 1
        }
      }
      places.sort()
      for a in places {
        guard a >= 1,
          f.contains(any: MeetingExtractor.reviewLeads, from: max(0, a - 4), to: a),
          // the union holds it: named before the act in the same sentence, no stop between them,
          // not the object of another's verb
          let u = s.unions.last(where: { $0.end <= a && $0.scope != .plural }),
          !(u.end..<a).contains(where: { FoldedText.isStrongPunct(t[$0].gap) && t[$0].gap != UInt8(ascii: ",") }),
          !f.contains(any: MeetingExtractor.reviewBlockers, from: max(0, u.start - 2), to: a),
          // its day anywhere in the sentence, none of a document's or an occasion's
          let written = meetingDate(in: s, noun: a, requireCue: true), !written.upcoming,
          context.published.map({ written.date <= $0 }) ?? true
        else { continue }
        guard var m = placed(describe(s, noun: a, date: written.date), union: u.scope) else { continue }
        // (named further on in passing — "Thư ký Hội đồng đã trình bày trước hội thảo …" — of
        // that kind)
        m.kind = kindNamedFurtherOn(after: s, referenceOnly: true) ?? .khac
        if let r = written.yearReason { m.reasons.insert(r) }
        out.append(m)
        break
      }
    }
    return out
  }
}
