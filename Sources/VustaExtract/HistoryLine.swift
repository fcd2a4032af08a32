import VustaModel

/// A union's meeting as an entry of a list inside the article — the congresses on an "about"
/// page, a box of the year's milestones, a table of the term's conferences: a short line that
/// holds a meeting's name and its full day (day, month and year) and nothing between them but the
/// name's own words and a list's marks, in either order ("Đại hội lần thứ nhất ngày 11/7/2004",
/// "11/7/2004 — Đại hội lần thứ nhất", "Ngày 12/7/2018: Hội nghị sơ kết …", "Đại hội lần thứ II,
/// nhiệm kỳ 2003 – 2008: 18.4.2003", "• Hội thảo “…” (22/6/2017)", "Hội nghị tổng kết … |
/// 14-1-2022 | …"). A meeting of the page's union on that day.
extension MeetingExtractor {
  /// The meetings the article's list entries name; none on a page that names no union of its own.
  func historyLineEvents(main: Found?) -> [Found] {
    guard let union = pageUnion(main) else { return [] }
    var out: [Found] = []
    // (inside the article, after a paragraph: a line above the lead is a caption or a headline;
    // and the short body lines a list is made of, one entry each)
    // (a line under the last paragraph belongs to what follows the article: "Bài viết cùng
    // chuyên mục", then other articles' headlines with their days)
    let lastLine = context.sentences.map(\.line).max() ?? 0
    func fullDay(_ s: AnalyzedSentence) -> Bool { s.dates.contains { $0.day != nil && $0.year != nil } }
    let lines = context.datedMinorLines.filter { $0.line >= 1 && $0.line <= lastLine && fullDay($0) }
      + context.sentences.filter { !$0.isTitle && !$0.isLead && $0.text.tokens.count <= 30 && fullDay($0) }
    for s in lines {
      guard let m = listEntry(s, union: union) else { continue }
      out.append(m)
    }
    return out
  }

  /// The meeting a list entry names with its day, or nil when the line is no such entry.
  private func listEntry(_ s: AnalyzedSentence, union: UnionMention.Scope) -> Found? {
    let f = s.text
    let t = f.tokens
    // (an entry opens with its bullet, its day or its name: past a bullet, the first word)
    // (not a link to other news: "Xem thêm: Tọa đàm … (18/05/2020, 20:21)")
    guard !MainText.relatedHeadings.contains(where: { f.matches($0, at: 0) }),
      let k = meetingNoun(in: s, allowReference: true), k <= 2 || (s.dates.first.map { $0.start <= 1 && k <= $0.end + 1 } ?? false),
      let d = s.dates.first(where: { $0.day != nil && $0.year != nil && !$0.anniversary }),
      s.dates.filter({ $0.day != nil }).count == 1
    else { return nil }
    // the day and the name side by side: the day right before the name ("11/7/2004 — Đại hội",
    // "Ngày 12/7/2018: Hội nghị"), or after it within the name's words, a list's marks between
    // (a comma inside the name, "lần thứ II, nhiệm kỳ 2003 – 2008:", but no stop or verb)
    if d.start < k {
      guard k <= d.end + 1, d.start <= 1 else { return nil }
    } else {
      // (a day read from the noun's own first word is no entry's: the range below needs it after)
      guard d.start > k, d.start <= k + 16,
        !(k + 1..<d.start).contains(where: { i in
          let g = t[i].gap
          return g == UInt8(ascii: ".") || g == UInt8(ascii: ";") || g == UInt8(ascii: "!") || g == UInt8(ascii: "?")
        })
      else { return nil }
    }
    // (nor a row of an office's diary: "- Thứ Sáu, ngày 24/12/2021: Làm việc tại cơ quan, …")
    guard !f.containsWill(), !f.contains(any: MeetingExtractor.planWords), !MeetingExtractor.isOfficeWork(f, noun: k),
      !isContest(s, noun: k), !isOtherAssociationMeeting(s, noun: k), !heldByAnotherBody(s, noun: k),
      !MeetingExtractor.namesAnotherOwner(s, after: k),
      let date = context.complete(d), context.published.map({ date <= $0 }) ?? true
    else { return nil }
    var m = describe(s, noun: k, date: date)
    // (a minor line is none of the article's sentences: the meeting is told by its evidence only)
    if s.isMinorLine { m.sentences = [] }
    return placed(m, union: union)
  }
}
