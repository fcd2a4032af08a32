/// The labelled lines of an event's record, as a union's quick report or notice sets them out
/// instead of a lead sentence: "- Hội nghị: tổng kết hoạt động năm 2014 …", "- Thời gian: ngày 31
/// tháng 01 năm 2015.", "- Địa điểm: Hội trường …", "- Đơn vị tổ chức: …". A record is a run of
/// such lines one after another; its time line dates the event the record (or the line just
/// before it) names, and is never the page's posting stamp.
enum EventRecord {
  /// What a labelled line gives.
  enum Field {
    /// The event's day ("Thời gian:", "Thời điểm:").
    case time
    /// Where it took place ("Địa điểm:", "Nơi tổ chức:").
    case place
    /// Anything else a record lists ("Đơn vị tổ chức:", "Chủ trì:", "Hội nghị:", "Tham dự:").
    case other
  }

  /// Labels of the event's time. "Ngày:" alone is not one: portals print their posting date so.
  static let timeLabels: [Phrase] = [
    "thoi gian", "thoi diem", "thoi gian to chuc", "thoi gian dien ra", "ngay to chuc", "ngay dien ra", "ngay gio",
    "ngay tien hanh", "thoi gian tien hanh",
  ].phrases
  /// Labels of the event's place.
  static let placeLabels: [Phrase] = ["dia diem", "noi to chuc", "dia diem to chuc"].phrases
  /// Words of a posting line that a label may carry ("Thời gian đăng:", "Thời gian cập nhật:").
  static let postingWords: [Phrase] = ["dang", "cap nhat", "xuat ban", "dang tai"].phrases

  /// The field of a line that opens (after a bullet, if any) with a label of one to six words
  /// and a colon (or a table's row of two cells, "Thời gian | Sáng 27/3/2024"), with something
  /// after it; nil for any other line. A label holds no number.
  static func field(of f: FoldedText) -> Field? {
    let t = f.tokens
    guard t.count >= 2 else { return nil }
    // (the colon closes the label: the gap before the first word after it; or the bar between
    // the two cells of a table's row, "Thời gian | Sáng 27/3/2024", the line's only bar)
    let bar = UInt8(ascii: "|")
    guard let colon = (1..<min(t.count, 7)).first(where: { t[$0].gap == UInt8(ascii: ":") })
      ?? (1..<min(t.count, 7)).first(where: { t[$0].gap == bar }).flatMap({ b in
        t[(b + 1)...].contains(where: { $0.gap == bar }) ? nil : b
      }),
      !t[0..<colon].contains(where: \.isNumber)
    else { return nil }
    if timeLabels.contains(where: { $0.count == colon && f.matches($0, at: 0) }) {
      return f.contains(any: postingWords, from: 0, to: colon) ? nil : .time
    }
    if placeLabels.contains(where: { $0.count == colon && f.matches($0, at: 0) }) { return .place }
    return .other
  }

  /// True when the line gives the event's time under its label: not a stamp of the page. (A
  /// line with a clock time and no bullet before its label — "Thời gian: 14:35 04/01/2023"
  /// under a headline — is a portal's stamp.)
  static func isTimeField(_ f: FoldedText) -> Bool {
    guard let first = f.tokens.first, first.hash == h_thoi || first.hash == h_ngay, field(of: f) == .time else { return false }
    return MainText.isBulleted(f) || !DateReader.hasTime(f)
  }

  static let h_thoi = Phrase.hash("thoi"), h_ngay = Phrase.hash("ngay")

  /// The sentences of the record around `s` (by position in `sentences`): the labelled lines
  /// that follow its line, one after another, and — when `s`'s line is one of them — those that
  /// precede it, up to `reach` lines each way. `s` may also be the line (or headline) just before
  /// the record, or before a line that announces it ("… như sau:"). A line is labelled when its
  /// first sentence is ("- Chủ trì: GS.TS …, Chủ tịch …" may be split in two).
  static func around(_ s: AnalyzedSentence, in sentences: [AnalyzedSentence], reach: Int = 8) -> [AnalyzedSentence] {
    guard let at = sentences.firstIndex(where: { $0.index == s.index }) else { return [] }
    func sameLine(_ a: Int, _ b: Int) -> Bool { sentences[a].line == sentences[b].line && sentences[a].isTitle == sentences[b].isTitle }
    func lineStart(_ k: Int) -> Int {
      var k = k
      while k > 0, sameLine(k - 1, k) { k -= 1 }
      return k
    }
    var out: [AnalyzedSentence] = []
    var i = at + 1
    while i < sentences.count, sameLine(i, at) { i += 1 }
    // (past one line that announces the record: "Liên hiệp … thông tin kết quả hội thảo như sau:")
    if i < sentences.count, !sentences[i].isTitle, field(of: sentences[i].text) == nil {
      var end = i
      while end + 1 < sentences.count, sameLine(end + 1, i) { end += 1 }
      if sentences[end].text.scalars.last == ":", end + 1 < sentences.count, field(of: sentences[end + 1].text) != nil { i = end + 1 }
    }
    var lines = 0
    while i < sentences.count, !sentences[i].isTitle, lines < reach, field(of: sentences[i].text) != nil {
      let first = i
      while i < sentences.count, sameLine(i, first) {
        out.append(sentences[i])
        i += 1
      }
      lines += 1
    }
    let start = lineStart(at)
    guard !s.isTitle, field(of: sentences[start].text) != nil else { return out }
    var j = start - 1
    lines = 0
    while j >= 0, !sentences[j].isTitle, lines < reach {
      let ls = lineStart(j)
      guard field(of: sentences[ls].text) != nil else { break }
      out.append(contentsOf: sentences[ls...j])
      j = ls - 1
      lines += 1
    }
    return out
  }
}
