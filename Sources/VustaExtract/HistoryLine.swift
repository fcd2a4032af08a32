import VustaModel

/// A union's meeting on a line of its own inside the article, the meeting's name opening the line
/// and its day, month and year closing it — the list of congresses on a union's "about" page
/// ("Đại hội lần thứ nhất ngày 11/7/2004", "Đại hội lần thứ hai ngày 27/5/2010" under the
/// paragraph that names the union). A meeting of the page's union on that day.
extension MeetingExtractor {
  /// The meetings the article's history lines name; none on a page that names no union of its own.
  func historyLineEvents(main: Found?) -> [Found] {
    guard let union = main?.union ?? context.unionProvince.map({ .province($0) }) else { return [] }
    var out: [Found] = []
    // (inside the article, after a paragraph: a line above the lead is a caption or a headline)
    for s in context.datedMinorLines where s.line >= 1 && s.text.tokens.count <= 14 {
      let f = s.text
      guard let k = meetingNoun(in: s, allowReference: false),
        k == 0 || (k == 1 && f.tokens[0].hash == MeetingExtractor.h_ky),
        // (its day within a few words, nothing but a colon between: "Đại hội đại biểu lần I:
        // tổ chức ngày 11 tháng 7 năm 2004")
        let d = s.dates.first(where: { $0.start > k && $0.start <= k + 12 && $0.day != nil && $0.year != nil && $0.cued && !$0.anniversary }),
        !(k + 1..<d.start).contains(where: { i in
          let g = f.tokens[i].gap
          return g == UInt8(ascii: ",") || (FoldedText.isStrongPunct(g) && g != UInt8(ascii: ":"))
        }),
        !f.containsWill(), !f.contains(any: MeetingExtractor.planWords),
        !isContest(s, noun: k), !isOtherAssociationMeeting(s, noun: k), !heldByAnotherBody(s, noun: k),
        !MeetingExtractor.namesAnotherOwner(s, after: k),
        let date = context.complete(d), context.published.map({ date <= $0 }) ?? true
      else { continue }
      var m = describe(s, noun: k, date: date)
      // (a minor line is none of the article's sentences: the meeting is told by its evidence only)
      m.sentences = []
      if m.union == nil { m.union = union }
      if m.province == nil, case .province(let p) = union { m.province = p }
      if m.province == nil && !isNational(m) {
        m.province = context.contextProvince
        if m.province != nil { m.reasons.insert(.provinceFromContext) }
      }
      out.append(m)
    }
    return out
  }
}
