import VustaModel

/// The place-and-date line of a Vietnamese administrative document — "Nghệ An, ngày 15 tháng
/// 12 năm 2023", "Hà Nội, ngày 05 tháng 01 năm 2024." — which dates the document itself.
public enum PlaceDateLine {
  /// The date of `line` when the whole line is a place (one to eight words, no numbers) a comma
  /// and a full written-out date, else nil. The comma may be missing after a place of two or more
  /// capitalised words ("Hà Nội ngày 10 tháng 7 năm 1991"; not a weekday's "Thứ Năm ngày …").
  /// With `bareDate`, also "Hà Nội, 06 tháng 10 năm 1998" — no "ngày" after a province's name —,
  /// which only a document's header beside its "Số: …" line may be (under a headline it is a
  /// news story's dateline).
  public static func date(in line: String, bareDate: Bool = false) -> FactDate? {
    guard line.unicodeScalars.count <= 120 else { return nil }
    return date(in: FoldedText(line), bareDate: bareDate)
  }

  /// The same, for a line already folded (a page's lines are).
  static func date(in f: FoldedText, bareDate: Bool = false) -> FactDate? {
    guard f.scalars.count <= 120 else { return nil }
    let t = f.tokens
    guard t.count >= 6 else { return nil }
    for i in 1..<min(t.count, 9) where t[i].hash == DateReader.ngay {
      // (without the comma, the words before "ngày" must name a province: not "Cập Nhật ngày …")
      let named = i >= 2 && t[0..<i].allSatisfy(\.isCap) && !weekdayOpeners.contains(t[0].hash)
        && Gazetteer.shared.resolve(f.text(t[0].start, t[i - 1].end), in: .old63) != nil
      // (a page's stamp is no place: "Cập nhật: Thứ Ba, ngày 14 tháng 01 năm 2020", "Chủ Nhật,
      // ngày …" — a label's colon or a weekday before the date)
      guard t[i].gap == UInt8(ascii: ",") || (t[i].gap == 0 && named), !t[0..<i].contains(where: \.isNumber),
        !t[1..<i].contains(where: { $0.gap == UInt8(ascii: ":") }), !f.contains(any: [p_chu_nhat], from: 0, to: i),
        !DateReader.hasWeekday(f),
        let m = DateReader.verbal(f, at: i), let day = m.day, let year = m.year, m.end == t.count
      else { return nil }
      return FactDate(year: year, month: m.month, day: day)
    }
    // "Hà Nội, 06 tháng 10 năm 1998": without "ngày", after a comma, when the words before it
    // name a province (not a weekday's "Thứ Sáu, 20 tháng 12 năm 2018")
    if bareDate, t.count <= 10, let i = (1..<min(t.count, 5)).first(where: { t[$0].isNumber }),
      t[i].gap == UInt8(ascii: ","), !weekdayOpeners.contains(t[0].hash), t[0..<i].allSatisfy(\.isCap),
      Gazetteer.shared.resolve(f.text(t[0].start, t[i - 1].end), in: .old63) != nil,
      let m = DateReader.bareVerbal(f, at: i), let day = m.day, let year = m.year, m.end == t.count
    {
      return FactDate(year: year, month: m.month, day: day)
    }
    return nil
  }

  /// "Chủ nhật": a weekday, no place.
  static let p_chu_nhat = Phrase("chu nhat")
  /// First words of a weekday ("Thứ Năm", "Chủ nhật"), which no place starts with.
  static let weekdayOpeners = WordSet(["thu", "chu"].map(Phrase.hash))

  /// The document's date: the first place-and-date line among its first `within` lines.
  public static func date(inLines lines: [String], within: Int = 40) -> FactDate? {
    for line in lines.prefix(within) {
      if let d = date(in: line) { return d }
    }
    return nil
  }
}
