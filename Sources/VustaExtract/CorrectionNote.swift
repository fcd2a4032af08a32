import VustaModel

/// A correction the page prints about itself — "Đính chính: Lễ kỷ niệm … diễn ra ngày 26/5/2015,
/// không phải ngày 25/5/2015 như bài viết đã đưa", "Ghi chú: … ghi nhầm địa điểm là tỉnh Quảng
/// Ngãi. Hội nghị … được tổ chức tại tỉnh Quảng Trị", "Correction: … held in Buon Ma Thuot, not
/// in Pleiku" — read as pairs of a wrong value and the right one.
///
/// The facts the body gave the wrong value take the right one; the note's own sentences restate
/// a fact and hold no meeting of their own (`ArticleContext` keeps them out of its sentences).
struct CorrectionNote {
  /// A wrong day and the right one (each as written: the year may be left out).
  var dates: [(wrong: DateMention, right: DateMention)] = []
  /// A wrong province and the right one.
  var provinces: [(wrong: Province, right: Province)] = []

  /// The page's correction notes (`ArticleContext.notes`: paragraphs that say "đính chính",
  /// "ghi nhầm" or open with "Correction"), a note per paragraph.
  static func read(_ context: ArticleContext) -> [CorrectionNote] {
    var notes: [CorrectionNote] = []
    for line in Set(context.notes.map(\.line)).sorted() {
      let sentences = context.notes.filter { $0.line == line }
      var note = CorrectionNote()
      var wrongDates: [DateMention] = [], rightDates: [DateMention] = []
      var wrongPlaces: [Province] = [], rightPlaces: [Province] = []
      for s in sentences {
        for d in s.dates where d.day != nil && !d.anniversary {
          if marksWrong(s.text, start: d.start, end: d.end) { wrongDates.append(d) } else { rightDates.append(d) }
        }
        for p in s.provinces {
          if marksWrong(s.text, start: p.start, end: p.end) {
            wrongPlaces.append(p.province)
          } else if !rightPlaces.contains(where: { $0.code == p.province.code }) {
            rightPlaces.append(p.province)
          }
        }
      }
      if let right = rightDates.first { note.dates = wrongDates.map { ($0, right) } }
      if rightPlaces.count == 1, let right = rightPlaces.first {
        note.provinces = wrongPlaces.filter { $0.code != right.code }.map { ($0, right) }
      }
      if !note.dates.isEmpty || !note.provinces.isEmpty { notes.append(note) }
    }
    return notes
  }

  /// True when the sentence says a correction: "đính chính", "ghi nhầm", "là chưa chính xác",
  /// "xin cáo lỗi", or "Correction:" opening it.
  static func isNote(_ f: FoldedText) -> Bool {
    // ("đính chính" with its acute: "quyết định chính sách" folds the same)
    var from = 0
    while let at = f.find(p_dinh_chinh, from: from) {
      if let c = f.secondLetter(of: at, folded: h_dinh, length: 4), c == "í" || c == "Í" { return true }
      from = at + 1
    }
    return f.contains(any: noteWords) || (f.tokens.count > 1 && f.tokens[0].hash == h_correction && f.tokens[1].gap == UInt8(ascii: ":"))
  }

  /// True when the words right before the value say it is the wrong one ("không phải ngày
  /// 25/5", "ghi nhầm địa điểm là tỉnh Quảng Ngãi", "not in Pleiku", "thay vì …") or right after
  /// it ("… ghi ngày 8/11 là chưa chính xác", "… như bài viết đã đưa" after "không phải").
  static func marksWrong(_ f: FoldedText, start: Int, end: Int) -> Bool {
    let from = max(0, start - 6)
    if wrongBefore.contains(where: { p in
      guard let at = f.find(p, from: from, to: start) else { return false }
      return !(at + p.hashes.count..<start).contains { FoldedText.isStrongPunct(f.tokens[$0].gap) }
    }) {
      return true
    }
    return f.find(p_chua_chinh_xac, from: end, to: min(f.tokens.count, end + 3)) != nil
  }

  /// The meetings with the notes applied: wrong days and provinces put right, and a meeting the
  /// correction makes the same as another (or as another with a place) dropped.
  static func apply(_ notes: [CorrectionNote], to meetings: [Meeting], context: ArticleContext) -> [Meeting] {
    guard !notes.isEmpty else { return meetings }
    var out: [Meeting] = []
    for var m in meetings {
      for note in notes {
        for (wrong, right) in note.dates {
          guard let date = m.date, date.month == wrong.month, date.day == wrong.day, wrong.year == nil || wrong.year == date.year
          else { continue }
          m.date = FactDate(year: right.year ?? date.year, month: right.month, day: right.day)
        }
        for (wrong, right) in note.provinces where m.province == wrong.name {
          (m.province, m.province2025) = context.names(of: right, on: m.date)
        }
      }
      if !out.contains(where: { $0.date == m.date && $0.province == m.province && $0.kind == m.kind }) { out.append(m) }
    }
    // (the note's day, read before it was told right, may have made a meeting of its own without
    // a place: the one the correction dates the same, with its place, is that meeting)
    return out.filter { m in
      m.province != nil || !out.contains { $0.province != nil && $0.date == m.date && $0.kind == m.kind && m.date != nil }
    }
  }

  /// The member figures with the notes' wrong provinces put right.
  static func apply(_ notes: [CorrectionNote], to figures: [MemberFigure], context: ArticleContext) -> [MemberFigure] {
    var out = figures
    for note in notes {
      for (wrong, right) in note.provinces {
        for i in out.indices where out[i].province == wrong.name {
          (out[i].province, out[i].province2025) = context.names(of: right, on: out[i].date)
        }
      }
    }
    return out
  }

  /// ("… bài viết ghi ngày 26/12/2023 là chưa chính xác. Ban biên tập xin cáo lỗi …" under "Ghi
  /// chú của Ban biên tập" says it too)
  static let noteWords: [Phrase] = ["ghi nham", "la chua chinh xac", "xin cao loi"].phrases
  static let p_dinh_chinh = Phrase("dinh chinh"), h_dinh = Phrase.hash("dinh")
  static let h_correction = Phrase.hash("correction")
  static let p_chua_chinh_xac = Phrase("chua chinh xac")
  /// Words that put the value after them in the wrong.
  static let wrongBefore: [Phrase] = ["khong phai", "thay vi", "nham la", "ghi nham", "nham thanh", "not", "instead of",
                                      "rather than"].phrases
}
