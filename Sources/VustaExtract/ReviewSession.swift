import VustaModel

/// A session the union held to review a plan or accept a study, told by the act and its day
/// with no meeting noun: "… (đối với dự án này, Liên hiệp Hội đã tổ chức phản biện ngày
/// 13-3-2020)", "Ngày 14/11/2025, tại Hà Nội, Liên hiệp Hội Việt Nam tổ chức nghiệm thu Đề tài
/// …". A meeting of the union that holds it (kind `khac`), on that day.
extension MeetingExtractor {
  /// "tổ chức phản biện", "tổ chức nghiệm thu", "tổ chức thẩm định": the acts such a session is
  /// told by.
  static let reviewSessionActs: [Phrase] = ["to chuc phan bien", "to chuc nghiem thu", "to chuc tham dinh"].phrases

  /// The sessions the article's sentences tell by their act and day, the union named before the
  /// act in its clause (or the sentence opening with the day, the union after it).
  func reviewSessions() -> [Found] {
    var out: [Found] = []
    for s in context.sentences where !s.isTitle {
      let f = s.text
      let t = f.tokens
      for act in MeetingExtractor.reviewSessionActs {
        guard let a = f.find(act) else { continue }
        // its day right after the act ("phản biện ngày 13-3-2020", "… hôm 13/3/2020") or opening
        // the sentence ("Ngày 14/11/2025, …")
        guard let d = s.dates.first(where: { d in
          d.day != nil && d.cued && !d.anniversary
            && ((d.start >= a + act.count && d.start <= a + act.count + 2) || (d.start <= 1 && d.end < a))
        }),
          // the union holds it: named before the act, no comma or stop between them but a clause's
          // opening day ("Ngày 14/11/2025, tại Hà Nội, LHH Việt Nam tổ chức …")
          let u = s.unions.last(where: { $0.end <= a && $0.scope != .plural }),
          !(u.end..<a).contains(where: { FoldedText.isStrongPunct(t[$0].gap) || t[$0].gap == UInt8(ascii: ",") }),
          !f.containsWill(), !f.contains(any: MeetingExtractor.planWords),
          !context.isUpcoming(d), let date = context.complete(d), context.published.map({ date <= $0 }) ?? true
        else { continue }
        var m = describe(s, noun: a, date: date)
        m.kind = .khac
        if m.union == nil { m.union = u.scope }
        if m.province == nil, let p = m.holderProvince { m.province = p }
        if m.province == nil && !isNational(m) {
          m.province = context.contextProvince
          if m.province != nil { m.reasons.insert(.provinceFromContext) }
        }
        out.append(m)
        break
      }
    }
    return out
  }
}
