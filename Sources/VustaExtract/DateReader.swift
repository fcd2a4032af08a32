import VustaModel

/// A date written in a sentence, as precise as written (the year may be missing).
struct DateMention: Equatable {
  /// Token range of the whole expression (including "ngày", "sáng" …).
  var start: Int
  var end: Int
  var day: Int?
  var month: Int
  var year: Int?
  /// True when a word such as "ngày", "sáng", "(…)" marks it as a date rather than a ratio.
  var cued: Bool
  /// Every day of a list written before the month ("các ngày 9, 16 & 18/3/2022": 9, 16, 18),
  /// empty for a single day; which of them are events of their own the sentence says.
  var listedDays: [Int] = []
  /// True for the two ends of an anniversary span ("(27/5/1995-27/5/2010)": the same day of two
  /// years): they name what is celebrated, never the day of the event.
  var anniversary = false
}

/// Reads the date forms of Vietnamese news: "16/10/2020", "Ngày 16/10", "Sáng 24-2", "19.3",
/// "2023/12/21", "21-VIII-2018", "ngày 26 tháng 12 năm 2023", "tháng 6/2021", "Trong hai ngày 21
/// và 22/8/2012" (the first day), "từ ngày 21 đến 23/7/2022", "25-26/5/2017", "27 và 28 - 12 - 2004".
enum DateReader {
  static let cueWords = WordSet(
    ["ngay", "sang", "chieu", "toi", "trua", "dem", "khuya", "hom", "nay", "tu", "den", "va", "luc", "vao",
     "thu", "hai", "ba", "tu", "nam", "sau", "bay", "nhat", "cn"].map(Phrase.hash))
  static let ngay = Phrase.hash("ngay")
  static let h_viet = Phrase.hash("viet")
  static let thang = Phrase.hash("thang")
  static let nam = Phrase.hash("nam")
  static let va = Lexicon.h_va
  /// Parts of the day written before a day: "sáng 26", "chiều 25".
  static let dayParts = WordSet(["sang", "chieu", "toi", "trua"].map(Phrase.hash))
  static let lan = Phrase.hash("lan")
  /// Words a number after them counts or orders: "số", "thứ", "lần", "khóa", "kỳ".
  static let numberNouns = WordSet(["so", "thu", "lan", "khoa", "ky"].map(Phrase.hash))
  /// The parts of the day as written ("sang" of "sang 6 tháng" is "to", "tới" folds like "tối").
  static let dayPartWords: Set<String> = ["sáng", "chiều", "tối", "trưa"]
  static let den = Phrase.hash("den")

  /// Every date in a text, in order.
  static func mentions(in f: FoldedText) -> [DateMention] {
    let t = f.tokens
    var out: [DateMention] = []
    var i = 0
    // (every form starts at a number or at "ngày", "tháng", "mồng"/"mùng": other words are passed by)
    // (and "hôm" of "hôm 22 tháng Hai năm 2023", "hôm hai mươi hai tháng Ba")
    let starts: (UInt64, UInt64, UInt64, UInt64, UInt64) = (ngay, thang, h_mong, h_mung, h_hom)
    while i < t.count {
      let h = t[i].hash
      guard t[i].isNumber || h == starts.0 || h == starts.1 || h == starts.2 || h == starts.3 || h == starts.4 else {
        i += 1
        continue
      }
      if let m = numeric(f, at: i, floor: out.last?.end ?? 0) ?? iso(f, at: i) ?? verbal(f, at: i) ?? bareVerbal(f, at: i)
        ?? portalStamp(f, at: i) ?? monthForm(f, at: i) ?? wordedDay(f, at: i) ?? romanMonth(f, at: i)
        ?? shortMonth(f, at: i)
      {
        out.append(m)
        i = max(m.end, i + 1)
      } else {
        i += 1
      }
    }
    // "Cuối tháng 12 vừa rồi, ngày 27/12, …", "Trong tháng 3/2024, ngày 12/3": the month names
    // the time the day after it gives exactly — one date, the day's (with the month's year)
    out = narrowedMonths(out, in: f)
    // "chiều ngày 25 và sáng 26 tháng 12 năm 2015", "chiều 21 và sáng 22/8": two days, each with
    // its part of the day; the event starts on the first
    for k in out.indices {
      // (the mention may start at its part of the day)
      let s = out[k].start, p = s < t.count && dayParts.contains(t[s].hash) ? s : s - 1
      guard let day = out[k].day, p >= 2, dayParts.contains(t[p].hash), t[p - 1].hash == va,
        let d0 = value(f, p - 2, maxDigits: 2), d0 >= 1, d0 < day, k == 0 || out[k - 1].end <= p - 2
      else { continue }
      out[k].day = d0
      out[k].start = p - 2
      out[k].cued = true
    }
    // "Từ ngày 04/11 đến ngày 06/11/2015": the start of a range takes the year of its end
    // (and "Khai mạc sáng 30/10 và bế mạc chiều 1/11/2015": the opening and the closing day; a
    // range across the new year, "từ 28/12 đến 3/1/2023", starts in the year before)
    for k in out.indices.dropLast() where out[k].year == nil && out[k + 1].year != nil {
      guard out[k].end <= out[k + 1].start else { continue }
      let between = out[k].end..<out[k + 1].start
      guard between.count <= 2 && between.allSatisfy({ t[$0].hash == den || t[$0].hash == ngay || t[$0].hash == toi })
        || (between.isEmpty && spacedDash(f, before: out[k + 1].start))
        || (between.count <= 5 && between.first.map { t[$0].hash == va || t[$0].hash == den } == true
          && closingWords.contains { f.find($0, from: between.lowerBound, to: between.upperBound) != nil })
      else { continue }
      let y = out[k + 1].year!
      out[k].year = out[k].month > out[k + 1].month ? y - 1 : y
    }
    // "thứ Tư (9/3), thứ Tư (16/3) và thứ Sáu (18/3/2022)", "ngày 9/3, 16/3 và 18/3/2022": the
    // days of a list take the year its last one writes (none in a later month than the next)
    func listed(_ k: Int) -> Bool {
      guard out[k].end <= out[k + 1].start, out[k].day != nil, out[k + 1].day != nil, out[k].month <= out[k + 1].month,
        out[k].year == nil || out[k].year == out[k + 1].year
      else { return false }
      let between = out[k].end..<out[k + 1].start
      return between.count <= 4 && out[k + 1].start < t.count
        && t[out[k].end..<min(t.count, out[k + 1].start + 1)].contains(where: { $0.gap == UInt8(ascii: ",") || $0.hash == va })
        && between.allSatisfy({ listWords.contains(t[$0].hash) || (t[$0].isNumber && $0 >= 1 && t[$0 - 1].hash == h_thu && weekdayWords.contains(t[$0].hash)) })
    }
    for k in out.indices.dropLast().reversed() where out[k].year == nil && out[k + 1].year != nil && listed(k) {
      out[k].year = out[k + 1].year
    }
    // (and such a list of days of one month, each written as a date, lists them as the numeric
    // form "9, 16 & 18/3/2022" does: `listedDays`)
    var k = 0
    while k < out.count - 1 {
      var last = k
      while last + 1 < out.count, listed(last), out[last + 1].month == out[k].month, out[last + 1].year == out[k].year,
        out[last + 1].day! > out[last].day!, out[last].listedDays.isEmpty
      {
        last += 1
      }
      if last > k, out[k].listedDays.isEmpty { out[k].listedDays = out[k...last].map { $0.day! } }
      k = last + 1
    }
    for k in out.indices.dropLast() where out[k].year != nil && out[k + 1].year != nil && out[k].end == out[k + 1].start
      && out[k].day == out[k + 1].day && out[k].month == out[k + 1].month && out[k].year! < out[k + 1].year!
    {
      out[k].anniversary = true
      out[k + 1].anniversary = true
    }
    // "(21/6/1925 - 21/6/2021)": the end of a span whose start lies before the years the reader
    // takes for dates (the press's day of 1925, the Party's of 1930) is an anniversary too
    for k in out.indices where out[k].year != nil && out[k].day != nil && !out[k].anniversary {
      let s = out[k].start
      guard s >= 3, t[s].gap == UInt8(ascii: "-"), t[s - 1].isNumber, t[s - 1].end - t[s - 1].start == 4,
        let y0 = value(f, s - 1, maxDigits: 4), y0 < out[k].year!, value(f, s - 3, maxDigits: 2) == out[k].day,
        value(f, s - 2, maxDigits: 2) == out[k].month, let j = joint(f, s - 2), isSep(j), joint(f, s - 1) == j,
        k == 0 || out[k - 1].end <= s - 3
      else { continue }
      out[k].anniversary = true
    }
    // "Nhân kỷ niệm 75 năm … (20/10/1946-20/10/2021), sáng 20/10, …": a day without its year
    // that is the anniversary a full date of the same sentence names takes that date's year
    // (before an occasion's days are set aside: "Sự kiện diễn ra sáng 20/10, đúng dịp kỷ niệm 75
    // năm … (20/10/1946-20/10/2021)" too)
    for k in out.indices where out[k].year == nil && out[k].day != nil {
      let same = out.filter { $0.year != nil && $0.day == out[k].day && $0.month == out[k].month }.compactMap(\.year)
      if let y = same.max() { out[k].year = y }
    }
    // "Tết Nguyên đán Bính Ngọ (17/2/2026)", "ngày 5 tháng Chạp năm Ất Tỵ": an occasion's day, a lunar day
    out = OccasionDays.apply(out, in: f)
    // "Hôm 15th April 2015", "ngày Jan 25, 2019", "vào Friday, March 29, 2024": an English date
    // inside a Vietnamese sentence (its month capitalised), where no Vietnamese form stands
    // (an English sentence's dates, or an English line's, are the English reader's: the sentence
    // must be written in Vietnamese, with its marked letters)
    let english = EnglishDates.mentions(in: f).filter { e in
      (e.start..<e.end).contains { f.tokens[$0].isCap && EnglishDates.months[f.tokens[$0].hash] != nil }
        && !out.contains { $0.start < e.end && e.start < $0.end }
    }
    if !english.isEmpty, f.scalars.lazy.filter({ $0.value > 0x7F && VietnameseText.isLetter($0) }).count >= 3,
      !PageLanguage.isEnglishSentence(f)
    {
      out = (out + english).sorted { $0.start < $1.start }
    }
    return out
  }

  /// Drops a month written just before a day of that month ("tháng 12 vừa rồi, ngày 27/12": at
  /// most four words between, no number, a comma before the day; or a colon and at most fourteen
  /// words, a round-up's opening: "Giữa tháng 3/2021, hoạt động … dồn dập: ngày 14/3, …"); the day
  /// keeps the month's year when it writes none.
  static func narrowedMonths(_ mentions: [DateMention], in f: FoldedText) -> [DateMention] {
    let t = f.tokens
    var out = mentions
    var k = 0
    while k + 1 < out.count {
      let m = out[k], d = out[k + 1]
      // (or further, a colon between: "Giữa tháng 3/2021, hoạt động … diễn ra dồn dập: ngày 14/3, …")
      if m.day == nil, d.day != nil, d.month == m.month, m.year == nil || d.year == nil || m.year == d.year,
        m.end <= d.start, !t[m.end..<d.start].contains(where: { $0.isNumber }), d.start < t.count,
        (d.start - m.end <= 4 && t[m.end...d.start].contains(where: { $0.gap == UInt8(ascii: ",") }))
          || (d.start - m.end <= 14 && t[m.end...d.start].contains(where: { $0.gap == UInt8(ascii: ":") }))
      {
        if out[k + 1].year == nil { out[k + 1].year = m.year }
        out.remove(at: k)
      } else {
        k += 1
      }
    }
    return out
  }

  static let toi = Phrase.hash("toi")
  /// The close of an event in a span: "bế mạc", "kết thúc".
  static let closingWords: [Phrase] = ["be mac", "ket thuc"].phrases
  /// Words between the days of a list: "và", a weekday ("thứ Tư", "Chủ nhật"), "ngày", a part of
  /// the day.
  static let listWords = WordSet(
    ["va", "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "ngay", "sang", "chieu", "toi", "trua"].map(Phrase.hash))

  /// True when a day without a year closes the name of an annual day ("Ngày Khoa học và Công nghệ
  /// Việt Nam 18/5", "Ngày Báo chí Cách mạng Việt Nam 21/6"): it names the day, it dates nothing.
  static func namesAnnualDay(_ f: FoldedText, _ d: DateMention) -> Bool {
    let t = f.tokens
    // (no year written: the mention is the day and the month alone; a later date's year may
    // have been lent to it)
    guard !d.cued, d.end - d.start == 2, d.start >= 3, d.start <= t.count, t[d.start - 1].hash == nam, t[d.start - 2].hash == h_viet
    else { return false }
    // (not "Ngày hội …", a festival held on that day)
    return (max(0, d.start - 12)..<(d.start - 2)).contains { t[$0].hash == ngay && t[$0].isCap && !(t[$0 + 1].hash == Lexicon.h_hoi) }
  }

  /// Value of a number token of at most `maxDigits` digits.
  static func value(_ f: FoldedText, _ i: Int, maxDigits: Int) -> Int? {
    guard i >= 0, i < f.tokens.count else { return nil }
    let t = f.tokens[i]
    guard t.isNumber, t.end - t.start <= maxDigits else { return nil }
    var v = 0
    for k in t.start..<t.end { v = v * 10 + Int(f.bytes[k] - 48) }
    return v
  }

  /// The separator between the parts of a numeric date: `joint`, or a slash or a dash with a
  /// space after it ("ngày 14/ 7/ 2006", "24/6/ 2016", "Ngày 12- 6," typed with spaces).
  static func dateJoint(_ f: FoldedText, _ i: Int) -> UInt8? {
    if let j = joint(f, i) { return j }
    guard i > 0, i < f.tokens.count else { return nil }
    let a = f.tokens[i - 1].end, b = f.tokens[i].start
    let slash = UInt8(ascii: "/")
    // ("17 / 9 / 2011": a slash with a space on each side — read, as every spaced slash, only
    // with its year or after "ngày")
    if b - a == 3, f.bytes[a] == 0x20, f.bytes[a + 1] == slash, f.bytes[a + 2] == 0x20 { return slash }
    guard b - a == 2 else { return nil }
    // (typing slips: a doubled slash or a space before it, "25//11/2022", "27/03 /2018")
    if (f.bytes[a] == slash || f.bytes[a] == 0x20) && f.bytes[a + 1] == slash { return slash }
    guard f.bytes[a + 1] == 0x20 else { return nil }
    // "14/ 7/ 2006"; "Ngày 12- 6," (a dash then a space: read only where `numeric` allows it)
    return f.bytes[a] == slash || f.bytes[a] == UInt8(ascii: "-") ? f.bytes[a] : nil
  }

  /// The single separator byte between tokens i-1 and i, or nil when there is none or more.
  static func joint(_ f: FoldedText, _ i: Int) -> UInt8? {
    guard i > 0, i < f.tokens.count else { return nil }
    let a = f.tokens[i - 1].end, b = f.tokens[i].start
    return b - a == 1 ? f.bytes[a] : nil
  }

  /// True when tokens `i - 1` and `i` are joined by " - " or " – " (a range).
  static func spacedDash(_ f: FoldedText, before i: Int) -> Bool {
    guard i > 0, i < f.tokens.count else { return false }
    let a = f.tokens[i - 1].end, b = f.tokens[i].start
    // " - ", " -", "- " (a dash with a space on at least one side)
    if b - a == 3 { return f.bytes[a] == 0x20 && f.bytes[a + 2] == 0x20 && f.bytes[a + 1] == UInt8(ascii: "-") }
    guard b - a == 2 else { return false }
    return (f.bytes[a] == 0x20 && f.bytes[a + 1] == UInt8(ascii: "-")) || (f.bytes[a] == UInt8(ascii: "-") && f.bytes[a + 1] == 0x20)
  }

  static func year(_ f: FoldedText, _ i: Int) -> Int? {
    guard let v = value(f, i, maxDigits: 4), f.tokens[i].end - f.tokens[i].start == 4, (1945...2100).contains(v)
    else { return nil }
    return v
  }

  /// The year of a two-digit token at `i` ("22" → 2022, "98" → 1998; "31"–"44" are none), when
  /// no other part of a number or symbol follows it ("19/7/22/QĐ", "1.2.10.5" are none).
  static func twoDigitYear(_ f: FoldedText, _ i: Int) -> Int? {
    guard let v = value(f, i, maxDigits: 2), f.tokens[i].end - f.tokens[i].start == 2 else { return nil }
    if let j = joint(f, i + 1), isSep(j) || j == UInt8(ascii: ",") && f.tokens[i + 1].isNumber { return nil }
    if v <= 30 { return 2000 + v }
    return v >= 45 ? 1900 + v : nil
  }

  /// The weekday (1 = Monday … 7 = Sunday) written in the three words before token `i` —
  /// "Mon,", "Thursday -", "Thứ Hai,", "thứ 2", "Chủ nhật" — or nil.
  /// (An English name only as written in plain letters, an abbreviation capitalised and closed by
  /// a comma — "thu" is also "thư", "mon" "môn" —; "thứ" only capitalised or after a part of the
  /// day, never the ordinal of "lần thứ 6".)
  static func namedWeekday(_ f: FoldedText, before i: Int) -> Int? {
    let t = f.tokens
    for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
      if let w = englishWeekdayNumbers[t[k].hash], f.scalars[t[k].start..<t[k].end].allSatisfy(\.isASCII),
        t[k].end - t[k].start > 4 || (t[k].isCap && k + 1 < t.count && t[k + 1].gap == UInt8(ascii: ","))
      {
        return w
      }
      if k >= 1, t[k - 1].hash == Boilerplate.h_thu, t[k].gap == 0,
        t[k - 1].isCap || (k >= 2 && RelativeWeekday.dayCues.contains(t[k - 2].hash)),
        !(k >= 2 && t[k - 2].hash == h_lan)
      {
        if let w = RelativeWeekday.weekdays[t[k].hash] { return w }
        if t[k].isNumber, let n = Int(f.word(k)), (2...7).contains(n) { return n - 1 }
      }
      if k >= 1, f.matches(Boilerplate.p_chu_nhat, at: k - 1) { return 7 }
    }
    return nil
  }

  static let englishWeekdayNumbers: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    ("mon", 1), ("monday", 1), ("tue", 2), ("tues", 2), ("tuesday", 2), ("wed", 3), ("wednesday", 3), ("thu", 4),
    ("thur", 4), ("thurs", 4), ("thursday", 4), ("fri", 5), ("friday", 5), ("sat", 6), ("saturday", 6), ("sun", 7), ("sunday", 7),
  ].map { (Phrase.hash($0.0), $0.1) })

  static func isSep(_ b: UInt8?) -> Bool {
    b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
  }

  /// "16/10/2020", "16-10", "19.3", "25-26/5/2017", "1-2/10".
  static func numeric(_ f: FoldedText, at i: Int, floor: Int = 0) -> DateMention? {
    // "27 - 12 - 2004": a full date written with spaced dashes (never without its year)
    let spaced = joint(f, i + 1) == nil && spacedDash(f, before: i + 1) && spacedDash(f, before: i + 2)
      && value(f, i + 1, maxDigits: 2) != nil && DateReader.year(f, i + 2) != nil
    guard let a = value(f, i, maxDigits: 2), let s1 = spaced ? UInt8(ascii: "-") : dateJoint(f, i + 1), isSep(s1),
      let b = value(f, i + 1, maxDigits: 2)
    else { return nil }
    // Part of a longer number or symbol ("1.2.3", "10/30/2020/NĐ")?
    if let j = joint(f, i), isSep(j) || j == UInt8(ascii: ","), f.tokens[i - 1].isNumber,
      !(j == UInt8(ascii: "-") && i >= 3 && DateReader.year(f, i - 1) != nil && joint(f, i - 1) == UInt8(ascii: "/"))
    {
      return nil
    }
    var day = a, month = b, end = i + 2, year: Int? = nil, firstDay: Int? = nil
    if spaced {
      year = DateReader.year(f, i + 2)
      end = i + 3
    } else if let s2 = dateJoint(f, i + 2), isSep(s2) {
      // ("25.12-2020": a dot then a dash before a four-digit year, a slip mixing the marks)
      if let y = DateReader.year(f, i + 2), s2 == s1 || (s1 == UInt8(ascii: "/") && s2 == UInt8(ascii: "/"))
        || (s1 == UInt8(ascii: ".") && s2 == UInt8(ascii: "-"))
      {
        year = y
        end = i + 3
      } else if s1 == UInt8(ascii: "-"), s2 == UInt8(ascii: "/") || s2 == UInt8(ascii: "."), let m = value(f, i + 2, maxDigits: 2),
        // ("10-11.10.2014" only with its year: "1-2.5" is no date)
        s2 == UInt8(ascii: "/") || (joint(f, i + 3) == s2 && DateReader.year(f, i + 3) != nil),
        // (a range runs forward from a real day: not "32-12/04", "99-21/1"; "5-5/12" is the 5th)
        a >= 1, a <= b
      {
        // "25-26/5/2017", "10-11.10.2014": a range; the first day counts.
        firstDay = a
        day = b
        month = m
        end = i + 3
        if let s3 = joint(f, i + 3), s3 == s2, let y = DateReader.year(f, i + 3) {
          year = y
          end = i + 4
        }
      } else if s1 == s2, s1 != UInt8(ascii: "-"), i == 0 || !DateReader.numberNouns.contains(f.tokens[i - 1].hash),
        let y = twoDigitYear(f, i + 2)
      {
        // "19/7/22", "12.3.98": a year typed with two digits (the century the nearest that fits;
        // never with dashes or after "số": an address's "Số 02-04-06")
        year = y
        end = i + 3
      } else if s1 == s2, s1 == UInt8(ascii: "/"), let v = value(f, i + 2, maxDigits: 3), f.tokens[i + 2].end - f.tokens[i + 2].start == 3,
        v >= 195, v <= 210
      {
        // "22/12/202": a year cut short by a typing slip; the day and month stand, the year is unknown
        end = i + 3
      } else {
        return nil
      }
    }
    // What follows must not continue the number ("1.450.000", "5395/KH").
    if let j = joint(f, end), isSep(j), end < f.tokens.count {
      // ("20/10/1946-20/10/2021": two full dates joined by a dash, a span of years)
      let span = j == UInt8(ascii: "-") && year != nil && DateReader.year(f, end + 2) != nil
        && joint(f, end + 1) == UInt8(ascii: "/") && joint(f, end + 2) == UInt8(ascii: "/")
      if !span, f.tokens[end].isNumber || year == nil { return nil }
    }
    // "12/20/2018 10:43:00 AM": a portal's stamp in the American order (month first), which a
    // day-first reading cannot be; only a full date followed by a time of day is read so
    // (also a full date alone on its line in that order, "06-20-2018": no day-first reading fits)
    // (and a day in running text after the word "ngày" or a part of the day, written with
    // slashes: "sáng ngày 12/22/2023" — month first, as an English-language form pasted in)
    if month > 12, month <= 31, (1...12).contains(day), year != nil,
      DateReader.clockFollows(f, at: end) || (i == 0 && end == f.tokens.count)
        || (firstDay == nil && s1 == UInt8(ascii: "/") && i >= 1 && (f.tokens[i - 1].hash == ngay || dayParts.contains(f.tokens[i - 1].hash))
          && f.tokens[end - 1].end - f.tokens[end - 1].start == 4)
    {
      swap(&day, &month)
    }
    // "Mon, 04/09/2007 - 19:00": a weekday before a full date both orders could read names the
    // order — 9 April 2007 was a Monday, 4 September a Tuesday
    if let y = year, day <= 12, month <= 12, day != month, let named = namedWeekday(f, before: i),
      FactDate(year: y, month: month, day: day).weekday != named, FactDate(year: y, month: day, day: month).weekday == named
    {
      swap(&day, &month)
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    // (a slash typed with a space dates only with its year: "14/ 7/ 2006", not "1/ 3 số trí thức";
    // or after the word "ngày" (or a part of the day) and before a comma, a dateline's "(ĐN) –
    // Ngày 12- 6, …", a slip's "Vào chiều 27 /7, …")
    if year == nil, !spaced, joint(f, i + 1) == nil,
      // (or at the end of its sentence: "… đã diễn ra ngày 12- 6.")
      // (or after "hôm": "Tại buổi làm việc hôm 7 / 12, …")
      !(i >= 1 && (f.tokens[i - 1].hash == ngay || dayParts.contains(f.tokens[i - 1].hash) || f.tokens[i - 1].hash == h_hom)
        && (end == f.tokens.count || f.tokens[end].gap == UInt8(ascii: ",") || f.tokens[end].gap == UInt8(ascii: ".")))
    {
      return nil
    }
    if let y = year, !FactDate.isValid(day: day, month: month, year: y) { return nil }
    var start = i
    var cued = year != nil
    // "21 và 22/8", "từ ngày 21 đến 23/7": the first day of the range.
    if firstDay == nil, i - 2 >= floor, f.tokens[i - 1].hash == va || f.tokens[i - 1].hash == den,
      let d0 = value(f, i - 2, maxDigits: 2), d0 < day, d0 >= 1
    {
      firstDay = d0
      start = i - 2
      cued = true
    } else if firstDay == nil, i - 3 >= floor, f.tokens[i - 1].hash == ngay || dayParts.contains(f.tokens[i - 1].hash),
      f.tokens[i - 2].hash == va || f.tokens[i - 2].hash == den,
      let d0 = value(f, i - 3, maxDigits: 2), d0 < day, d0 >= 1,
      // (a day alone: not the month of a date before it, "ngày 3/5 và ngày 7/6")
      i >= 4, f.tokens[i - 4].hash == ngay || dayParts.contains(f.tokens[i - 4].hash), !isSep(joint(f, i - 3))
    {
      // "Ngày 27 và ngày 28/4/2010", "từ ngày 5 đến ngày 7/6": the day word repeated (or a time
      // of day: "Từ chiều ngày 27 đến sáng 28/12/2021")
      firstDay = d0
      start = i - 3
      cued = true
    } else if firstDay == nil, i - 1 >= floor,
      joint(f, i) == UInt8(ascii: ",") || f.tokens[i].gap == UInt8(ascii: "&")
        // (", " typed with its space: "trong hai ngày 27, 28/9/1993" — not an ordinal's or a
        // number's, "lần thứ 3, 21/12", "số 12, 22/8", nor a date's part, "10/8, 12/8")
        || (f.tokens[i].gap == UInt8(ascii: ",") && !isSep(joint(f, i - 1)) && joint(f, i - 1) != UInt8(ascii: ":")
          && (i < 2 || !DateReader.numberNouns.contains(f.tokens[i - 2].hash))),
      let d0 = value(f, i - 1, maxDigits: 2), d0 < day, d0 >= 1
    {
      // "21, 22/8", "Trong 2 ngày 8&9/4/2021"
      firstDay = d0
      start = i - 1
    } else if firstDay == nil, i - 1 >= floor, spacedDash(f, before: i), let d0 = value(f, i - 1, maxDigits: 2), d0 < day, d0 >= 1,
      // (not the month of a date before it: "(16/8 -17/8)"; not a time's minutes: "08:15 - 21/12/2022")
      !isSep(joint(f, i - 1)), joint(f, i - 1) != UInt8(ascii: ":")
    {
      // "Từ 4 - 6/12": a range written with a spaced dash; the first day counts
      firstDay = d0
      start = i - 1
      cued = true
    }
    // "Trong các ngày 20, 21 và 22/12/2022": more days listed before the first one read
    while let first = firstDay, start - 1 >= floor, f.tokens[start].gap == UInt8(ascii: ","), f.tokens[start - 1].isNumber,
      joint(f, start - 1).map({ !isSep($0) && $0 != UInt8(ascii: ":") }) ?? true,
      let d0 = value(f, start - 1, maxDigits: 2), d0 < first, d0 >= 1,
      // (not a document's number, "Quyết định số 12, …", nor an ordinal or a weekday: "lần thứ 3,
      // 21 và 22/12", "khóa 4, 21 - 22/12", "thứ 3, 21/12")
      start < 2 || !DateReader.numberNouns.contains(f.tokens[start - 2].hash)
    {
      firstDay = d0
      start -= 1
    }
    // ("… Liên hiệp Hội Việt Nam 22/12/2023": the "Nam" of "Việt Nam" is no "Thứ Năm")
    let vietNam = start >= 2 && f.tokens[start - 1].hash == DateReader.nam && f.tokens[start - 2].hash == DateReader.h_viet
    if start >= 1 && cueWords.contains(f.tokens[start - 1].hash) && !vietNam {
      cued = true
      start -= 1
      // "Sáng ngày 13/11" — but not the issuer of a symbol such as "35-CTr/TU ngày 15/6/2021"
      if start >= 1 && f.tokens[start].hash == ngay && cueWords.contains(f.tokens[start - 1].hash),
        !isSymbolPart(f, start - 1)
      {
        start -= 1
      }
    } else if start >= 1 && f.tokens[start - 1].hash == ngay {
      cued = true
      start -= 1
    }
    let tokOpen = f.tokens[start].gap == UInt8(ascii: "(")
    if tokOpen && end < f.tokens.count + 1 {
      let after = end < f.tokens.count ? f.tokens[end].start : f.scalars.count
      let closeAt = f.tokens[end - 1].end
      if closeAt < after, f.bytes[closeAt] == UInt8(ascii: ")") { cued = true }
    }
    if start == 0 { cued = cued || s1 == UInt8(ascii: "/") }
    if !cued && s1 == UInt8(ascii: ".") { return nil }
    var m = DateMention(start: start, end: end, day: firstDay ?? day, month: month, year: year, cued: cued)
    let listed = DateReader.daysListed(f, before: i)
    if !listed.isEmpty { m.listedDays = listed + [day] }
    return m
  }

  /// The days written in a list before the day at token `i` ("9, 16& 18/3": 9 and 16), each
  /// smaller than the next, joined by ",", "&" or "và"; empty when none.
  static func daysListed(_ f: FoldedText, before i: Int) -> [Int] {
    var days: [Int] = []
    var k = i
    var next = value(f, i, maxDigits: 2) ?? 0
    while k >= 1 {
      let t = f.tokens[k]
      var prev = k - 1
      if f.tokens[prev].hash == va, t.gap == 0, prev >= 1 { prev -= 1 }
      // ("ngày 9 và ngày 11/11": the day word said again)
      else if f.tokens[prev].hash == ngay, t.gap == 0, prev >= 2, f.tokens[prev - 1].hash == va, f.tokens[prev].gap == 0 { prev -= 2 }
      else if !(t.gap == UInt8(ascii: ",") || t.gap == UInt8(ascii: "&")) { break }
      guard f.tokens[prev].isNumber, let d = value(f, prev, maxDigits: 2), d >= 1, d < next,
        prev == 0 || !isSep(joint(f, prev))
      else { break }
      days.insert(d, at: 0)
      next = d
      k = prev
    }
    return days
  }

  /// True when token i is glued to the one before by "/" or "-" (part of a document symbol).
  static func isSymbolPart(_ f: FoldedText, _ i: Int) -> Bool {
    guard let j = joint(f, i) else { return false }
    return j == UInt8(ascii: "/") || j == UInt8(ascii: "-")
  }

  /// "2023-05-18" (metadata and ISO timestamps).
  static func iso(_ f: FoldedText, at i: Int) -> DateMention? {
    // (also "2023/12/21", "1983.03.26": the year first with slashes or dots, as a converted
    // spreadsheet or a camera writes it)
    guard let y = year(f, i), let j = joint(f, i + 1), j == UInt8(ascii: "-") || j == UInt8(ascii: "/") || j == UInt8(ascii: "."),
      let m = value(f, i + 1, maxDigits: 2), joint(f, i + 2) == j, let d = value(f, i + 2, maxDigits: 2),
      FactDate.isValid(day: d, month: m, year: y)
    else { return nil }
    if let j = joint(f, i + 3), isSep(j) { return nil }
    return DateMention(start: i, end: i + 3, day: d, month: m, year: y, cued: true)
  }

  /// "9 Th1, 2019", "25 Th12 2020": the day, the month written "Th" and its number (as blog
  /// software prints a Vietnamese date), the year after it if any.
  static func shortMonth(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    guard i + 1 < t.count, let d = value(f, i, maxDigits: 2), t[i + 1].gap == 0, t[i + 1].isCap,
      t[i + 1].end - t[i + 1].start >= 3, t[i + 1].end - t[i + 1].start <= 4
    else { return nil }
    let word = f.scalars[t[i + 1].start..<t[i + 1].end]
    let digits = word.dropFirst(2)
    guard word.first == "T", word.dropFirst().first == "h", !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }),
      case let m = digits.reduce(0, { $0 * 10 + Int($1.value) - 48 }), (1...12).contains(m)
    else { return nil }
    if i + 2 < t.count, let y = year(f, i + 2), t[i + 2].gap == 0 || t[i + 2].gap == UInt8(ascii: ","),
      FactDate.isValid(day: d, month: m, year: y)
    {
      return DateMention(start: i, end: i + 3, day: d, month: m, year: y, cued: true)
    }
    guard FactDate.isValid(day: d, month: m, year: 2000) else { return nil }
    return DateMention(start: i, end: i + 2, day: d, month: m, year: nil, cued: true)
  }

  /// "21-VIII-2018", "5.XI.2020": the month in Roman numerals, between the day and the year
  /// (older formal writing), always with its year.
  static func romanMonth(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    guard i + 2 < t.count, let d = value(f, i, maxDigits: 2), let j = joint(f, i + 1),
      j == UInt8(ascii: "-") || j == UInt8(ascii: ".") || j == UInt8(ascii: "/"), t[i + 1].isAllCaps,
      let m = romanMonths[t[i + 1].hash], joint(f, i + 2) == j, let y = year(f, i + 2),
      FactDate.isValid(day: d, month: m, year: y)
    else { return nil }
    return DateMention(start: i, end: i + 3, day: d, month: m, year: y, cued: true)
  }

  static let romanMonths: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  ].enumerated().map { (Phrase.hash($0.element), $0.offset + 1) })

  /// "ngày 26 tháng 12 năm 2023", "ngày 5 tháng 3".
  /// "30 tháng 7 năm 2003" without "ngày" before it (after a document number, in a list): only
  /// with its year, so that "6 tháng 12" (six months, December) is never read as a date.
  /// After a part of the day the year may be left out: "Sáng 21 tháng 12, …" (a time of day
  /// never counts months).
  static func bareVerbal(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    if i >= 1, i + 2 < t.count, t[i + 1].hash == thang, dayParts.contains(t[i - 1].hash),
      let d = value(f, i, maxDigits: 2), (1...31).contains(d), let m = value(f, i + 2, maxDigits: 2), (1...12).contains(m),
      dayPartWords.contains(String(String.UnicodeScalarView(f.scalars[t[i - 1].start..<t[i - 1].end])).lowercased()),
      joint(f, i + 3) != UInt8(ascii: "/"),
      // ("… 6 tháng 1 lần": once every six months)
      !(i + 3 < t.count && t[i + 3].hash == lan)
    {
      if i + 4 < t.count, t[i + 3].hash == nam, let y = year(f, i + 4) {
        return FactDate.isValid(day: d, month: m, year: y) ? DateMention(start: i - 1, end: i + 5, day: d, month: m, year: y, cued: true) : nil
      }
      return FactDate.isValid(day: d, month: m, year: 2000) ? DateMention(start: i - 1, end: i + 3, day: d, month: m, year: nil, cued: true) : nil
    }
    guard i + 4 < t.count, i == 0 || t[i - 1].hash != ngay, let d = value(f, i, maxDigits: 2), (1...31).contains(d),
      t[i + 1].hash == thang, let m = value(f, i + 2, maxDigits: 2), (1...12).contains(m),
      t[i + 3].hash == nam, let y = year(f, i + 4), FactDate.isValid(day: d, month: m, year: y)
    else { return nil }
    return DateMention(start: i, end: i + 5, day: d, month: m, year: y, cued: true)
  }

  /// "Thứ năm, 25 Tháng 8 2022 20:15", "bởi Linh 21 Tháng 9, 2025": the stamps of Joomla- and
  /// WordPress-built portals (the day, a capitalised "Tháng", the month, the year — after a comma
  /// or not —, no "năm"); only with a capital "Tháng", a time of day after it or a posting cue
  /// right before it ("Ngày đăng: 21 tháng 12, 2022").
  static func portalStamp(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    guard i + 3 < t.count, i == 0 || t[i - 1].hash != ngay, let d = value(f, i, maxDigits: 2), (1...31).contains(d),
      t[i + 1].hash == thang, let m = value(f, i + 2, maxDigits: 2), (1...12).contains(m),
      t[i + 3].gap == 0 || t[i + 3].gap == UInt8(ascii: ","), let y = year(f, i + 3), FactDate.isValid(day: d, month: m, year: y),
      t[i + 1].isCap || clockFollows(f, at: i + 4) || (i >= 2 && postingCues.contains { f.endsWith($0, before: i) })
    else { return nil }
    return DateMention(start: i, end: i + 4, day: d, month: m, year: y, cued: true)
  }

  static func verbal(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    guard t[i].hash == ngay, let d = value(f, i + 1, maxDigits: 2) else { return nil }
    // "ngày 21, 22 tháng 12", "ngày 21 và 22 tháng 12", "ngày 21 - 22 tháng 12": the first day
    var k = i + 2
    if k + 1 < t.count, t[k].isNumber == false, [va, den].contains(t[k].hash), let d2 = value(f, k + 1, maxDigits: 2), d2 > d {
      k += 2
    } else if k + 2 < t.count, [va, den].contains(t[k].hash), t[k + 1].hash == ngay, let d2 = value(f, k + 2, maxDigits: 2),
      d2 > d
    {
      // "từ ngày 27 đến ngày 28 tháng 4 năm 2010": the first day
      k += 3
    } else if k < t.count, let d2 = value(f, k, maxDigits: 2), d2 > d,
      t[k].gap == UInt8(ascii: ",") || t[k].gap == UInt8(ascii: "-") || t[k].gap == UInt8(ascii: "&") || spacedDash(f, before: k)
    {
      k += 1
    }
    // "các ngày 9, 16 & 18 tháng 3 năm 2022", "ngày 8&9 tháng 4": every day of the list, as the
    // numeric form gives them ("9, 16& 18/3/2022")
    var listed: [Int] = []
    if k > i + 2, k < t.count, t[k].hash != thang {
      var days = [d]
      var j = i + 2
      while j < t.count, t[j].hash != thang, days.count < 8 {
        var at = j
        if t[j].hash == va, t[j].gap == 0 { at = j + 1 } else if !(t[j].gap == UInt8(ascii: ",") || t[j].gap == UInt8(ascii: "&")) { break }
        guard at < t.count, let dn = value(f, at, maxDigits: 2), dn > days.last!, dn <= 31 else { break }
        days.append(dn)
        j = at + 1
      }
      if j < t.count, t[j].hash == thang, days.count >= 3 { k = j; listed = days }
    } else if k == i + 3, t[i + 2].gap == UInt8(ascii: ",") || t[i + 2].gap == UInt8(ascii: "&"), let d2 = value(f, i + 2, maxDigits: 2) {
      listed = [d, d2]
    } else if k == i + 4, t[i + 2].hash == va, let d2 = value(f, i + 3, maxDigits: 2) {
      listed = [d, d2]
    }
    guard k + 1 < t.count, t[k].hash == thang,
      let (m, monthLength) = value(f, k + 1, maxDigits: 2).map({ ($0, 1) }) ?? monthWord(f, at: k + 1),
      (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    var end = k + 1 + monthLength
    var y: Int? = nil
    if end + 1 < t.count + 1, end < t.count, t[end].hash == nam, let v = year(f, end + 1) {
      y = v
      end += 2
    } else if end + 1 < t.count, t[end].hash == nam, let v = twoDigitYear(f, end + 1) {
      // "ngày 12 tháng 10 năm 23": the year cut to its last two digits
      y = v
      end += 2
    } else if let j = joint(f, end), j == UInt8(ascii: "/"), let v = year(f, end) {
      y = v
      end += 1
    }
    if let y, !FactDate.isValid(day: d, month: m, year: y) { return nil }
    var start = i
    // ("từ ngày …", not the "TU" of a symbol: "Nghị quyết số 02-NQ/TU ngày 03 tháng 01 năm 2012")
    if start >= 1 && cueWords.contains(t[start - 1].hash) && !isSymbolPart(f, start - 1) { start -= 1 }
    return DateMention(start: start, end: end, day: d, month: m, year: y, cued: true, listedDays: listed)
  }

  static let h_mong = Phrase.hash("mong"), h_mung = Phrase.hash("mung")

  /// True when a text without digits may still hold a day written in words: a "tháng" right
  /// after a number word (the cheap test before `wordedDay` is looked for).
  static func mayHoldWordedDay(_ f: FoldedText) -> Bool {
    let t = f.tokens
    return (1..<max(1, t.count)).contains { k in
      t[k].hash == thang && (NumberWords.digits[t[k - 1].hash] != nil || t[k - 1].hash == NumberWords.h_muoi)
    }
  }

  /// A day written in words: "ngày hai mươi sáu tháng mười hai", "mồng một tháng Ba năm hai nghìn
  /// không trăm hai mươi ba", "ngày mồng năm và mồng sáu tháng Một năm 2017" (the first day), its
  /// month in digits or words, its year in digits or words when written.
  static func wordedDay(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    let h = t[i].hash
    guard h == ngay || h == h_mong || h == h_mung || h == h_hom else { return nil }
    var at = i + 1
    if h == ngay || h == h_hom, at < t.count, t[at].hash == h_mong || t[at].hash == h_mung { at += 1 }
    // (its day in digits after "mồng" or "hôm": "Ngày mùng 6 tháng Một", "hôm 22 tháng Hai năm 2023")
    let digits = at < t.count && t[at].isNumber && (at > i + 1 || h == h_hom)
    guard at < t.count, digits || (!t[at].isNumber && NumberWords.anyStart.contains(t[at].hash)),
      let day = digits ? value(f, at, maxDigits: 2).map({ (value: $0, end: at + 1) })
        : NumberWords.number(in: f, at: at, loose: true).map({ (value: $0.value, end: $0.end) }),
      (1...31).contains(day.value)
    else { return nil }
    var k = day.end
    // "… mồng năm và mồng sáu tháng Một": a span, the first day
    if k + 1 < t.count, t[k].hash == va {
      var a = k + 1
      if t[a].hash == h_mong || t[a].hash == h_mung || t[a].hash == ngay { a += 1 }
      if let d2 = NumberWords.number(in: f, at: a, loose: true), d2.value > day.value, d2.value <= 31 { k = d2.end }
    }
    guard k + 1 < t.count, t[k].hash == thang else { return nil }
    let month: Int, monthEnd: Int
    if let m = value(f, k + 1, maxDigits: 2) {
      (month, monthEnd) = (m, k + 2)
    } else if let (m, n) = monthWord(f, at: k + 1) {
      (month, monthEnd) = (m, k + 1 + n)
    } else if let m = NumberWords.number(in: f, at: k + 1, loose: true) {
      (month, monthEnd) = (m.value, m.end)
    } else {
      return nil
    }
    guard (1...12).contains(month) else { return nil }
    var end = monthEnd
    var y: Int? = nil
    if end + 1 < t.count, t[end].hash == nam {
      if let v = year(f, end + 1) {
        y = v
        end += 2
      } else if let w = NumberWords.number(in: f, at: end + 1), (1900...2100).contains(w.value) {
        y = w.value
        end = w.end
      }
    }
    if let y, !FactDate.isValid(day: day.value, month: month, year: y) { return nil }
    var start = i
    if start >= 1 && cueWords.contains(t[start - 1].hash) { start -= 1 }
    return DateMention(start: start, end: end, day: day.value, month: month, year: y, cued: true)
  }

  /// A month written as a word after "tháng", with its capital as dates write it ("ngày 26
  /// tháng Năm năm 2016", "tháng Tư", "tháng Mười Một"; "Giêng" and "Chạp" in any case): the
  /// month and how many words it takes; nil otherwise.
  static func monthWord(_ f: FoldedText, at i: Int) -> (Int, Int)? {
    let t = f.tokens
    guard i < t.count, t[i].gap == 0 else { return nil }
    if t[i].hash == h_gieng { return (1, 1) }
    if t[i].hash == h_chap { return (12, 1) }
    guard t[i].isCap, let m = monthWords[t[i].hash] else { return nil }
    if m == 10, i + 1 < t.count, t[i + 1].isCap, t[i + 1].gap == 0 {
      if t[i + 1].hash == h_mot { return (11, 2) }
      if t[i + 1].hash == h_hai { return (12, 2) }
    }
    return (m, 1)
  }
  static let monthWords: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
    ("hai", 2), ("ba", 3), ("tu", 4), ("nam", 5), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9), ("muoi", 10),
  ].map { (Phrase.hash($0.0), $0.1) })
  static let h_hom = Phrase.hash("hom")
  static let h_gieng = Phrase.hash("gieng"), h_chap = Phrase.hash("chap"), h_mot = Phrase.hash("mot"), h_hai = Phrase.hash("hai")

  /// "tháng 6/2021", "tháng 6 năm 2021", "tháng 12" (not "10 tháng đầu năm").
  static func monthForm(_ f: FoldedText, at i: Int) -> DateMention? {
    let t = f.tokens
    guard t[i].hash == thang, let m = value(f, i + 1, maxDigits: 2), (1...12).contains(m) else { return nil }
    // (a number right before belongs to a day's verbal form; one a mark parts from it does not:
    // "Sau Đại hội lần thứ nhất (2005), tháng 9/2015 …")
    if i >= 1 && t[i - 1].isNumber && t[i].gap == 0 { return nil }
    // "tháng 6/2021" or "tháng 6 năm 2021"
    var end = i + 2
    var y: Int? = nil
    if let j = joint(f, i + 2), j == UInt8(ascii: "/") || j == UInt8(ascii: "-"), let v = year(f, i + 2) {
      y = v
      end = i + 3
    } else if i + 2 < t.count, t[i + 2].hash == nam, let v = year(f, i + 3) {
      y = v
      end = i + 4
    } else if let j = joint(f, i + 2), isSep(j) {
      return nil
    }
    return DateMention(start: i, end: end, day: nil, month: m, year: y, cued: true)
  }

  /// The four-digit years written in a text ("năm 2020", "2021-2025"), in order.
  static func years(in f: FoldedText) -> [Int] {
    var out: [Int] = []
    for i in 0..<f.tokens.count {
      if let y = year(f, i), (1983...2100).contains(y) {
        if let j = joint(f, i), isSep(j), f.tokens[i - 1].isNumber, f.tokens[i - 1].end - f.tokens[i - 1].start <= 2 {
          continue  // the year of a full date, not a year on its own
        }
        out.append(y)
      }
    }
    return out
  }

  static let timestampWords: [Phrase] = ["cap nhat", "ngay dang", "dang luc", "gmt", "chu nhat", "xuat ban",
                                         "dang ngay", "tac gia", "nguoi dang", "dang boi", "posted on"].phrases + viewCounters

  /// True for a page timestamp: a full date with a time, a weekday or "cập nhật/đăng", or a
  /// source's by-line closed by the date ("Nhân Dân 12/3/2024").
  static let h_nguon = Lexicon.p_nguon.hashes[0], h_theo = Phrase.hash("theo")

  static func isTimestampLine(_ f: FoldedText) -> Bool {
    guard f.tokens.contains(where: \.isNumber) else { return false }
    guard let first = mentions(in: f).first(where: { $0.year != nil && $0.day != nil }) else { return false }
    if hasTime(f) { return true }
    if f.contains(any: timestampWords) || hasWeekday(f) { return true }
    // Nothing but the date (and a few words of a category; up to four before a dash that the
    // date closes: "Tin nội bộ - 25.01.2019").
    if first.end == f.tokens.count, first.start <= 4, first.start >= 1, f.tokens[first.start].gap == UInt8(ascii: "-"),
      f.tokens[0].hash == DateReader.h_tin || f.matches(DateReader.p_ban_tin, at: 0)
    {
      return true
    }
    if f.tokens.count - (first.end - first.start) <= 2 { return true }
    // (a source line closed by its day: "Nguồn: Báo Bình Định, 12/3/2023", "Theo laocaitv.vn,
    // 10/5/2022" — the day the source posted it, as an office's digest copies it; not a sentence
    // closed by its stop, "Theo kế hoạch, hội nghị diễn ra ngày 12/3/2023.")
    if first.end == f.tokens.count, f.scalars.last.map({ !".!?".unicodeScalars.contains($0) }) ?? false,
      f.tokens[0].hash == DateReader.h_nguon ? f.tokens.count <= 25 : f.tokens[0].hash == DateReader.h_theo && f.tokens.count <= 12
    {
      return true
    }
    // (or the date first, then its section after a bar or a dash: "25.01.2019 | Tin nội bộ")
    if first.start == 0, first.end < f.tokens.count, f.tokens.count - first.end <= 4,
      f.tokens[first.end].gap == UInt8(ascii: "|") || f.tokens[first.end].gap == UInt8(ascii: "-")
    {
      return true
    }
    // a source's name and the date that closes the line ("Việt NamViệt Nam23/10/2025", "Nhân
    // Dân 12/3/2024"): a by-line, every word before the date capitalised
    // (not a heading in capitals, "HỘI NGHỊ BAN CHẤP HÀNH NGÀY 12/7/2024": a name's words are
    // written with capital initials only)
    return first.end == f.tokens.count && first.start <= 5
      && (0..<first.start).allSatisfy { f.tokens[$0].isCap && !f.tokens[$0].isNumber && !(f.tokens[$0].isAllCaps && f.tokens[$0].end - f.tokens[$0].start > 1) }
      && !f.contains(any: MeetingVocabulary.nouns, from: 0, to: first.start)
  }

  /// A section's name opening a stamp: "Tin nội bộ - …", "Tin hoạt động - …", "Bản tin - …".
  static let h_tin = Phrase.hash("tin"), p_ban_tin = Phrase("ban tin")

  /// A full date (day, month, year) that closes the line: a ticker's "… ( 24/04/2024 )".
  static func closingDate(in f: FoldedText) -> DateMention? {
    guard let last = mentions(in: f).last, last.year != nil, last.day != nil, last.end == f.tokens.count else { return nil }
    return last
  }

  static let viewCounters: [Phrase] = ["luot xem", "luot doc", "luot truy cap", "views"].phrases

  /// A stamp that can only be the article's own (not the site's date bar): a posting cue, a
  /// time of day or a view counter beside the date.
  static func isArticleStamp(_ f: FoldedText) -> Bool {
    hasTime(f) || f.contains(any: postingCues) || f.contains(any: viewCounters)
  }

  /// A site's date bar or licence line rather than an article's stamp: a weekday, a banner or
  /// a press licence's "cấp ngày" beside the date, and nothing only an article's stamp shows
  /// ("Chủ nhật, 21/07/2024", "Banner Ngày 12/3/2025", "* Cấp ngày: 12/12/2005"; not a social
  /// post's "05/09/2025 · 🌏", not "Thứ sáu, 08/12/2023 13:54").
  static func isDateBar(_ f: FoldedText) -> Bool {
    // (a page's clock labelled as today's date, "Today: 05/06/2023 08:05:50 (GMT+7)", "Hôm nay:
    // 05/06/2023", whatever time it shows — not "Hôm nay (26/12), …")
    if isTodayLabel(f) { return true }
    guard !isArticleStamp(f) else { return false }
    // (an English edition's "Sunday, 11/04/2021" too)
    return f.contains(any: dateBarWords) || hasWeekday(f) || (f.tokens.first.map { englishWeekdays.contains($0.hash) } ?? false)
  }

  static let englishWeekdays = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map(Phrase.hash))

  /// A weekday: "Thứ năm", "Thứ 5" — "Thứ" and a weekday word, not after "lần" ("lần thứ hai"
  /// is an ordinal).
  static func hasWeekday(_ f: FoldedText) -> Bool {
    f.tokens.indices.contains { i in
      f.tokens[i].hash == h_thu && i + 1 < f.tokens.count && weekdayWords.contains(f.tokens[i + 1].hash)
        && (i == 0 || f.tokens[i - 1].hash != h_lan)
    }
  }

  static let dateBarWords: [Phrase] = ["chu nhat", "banner", "cap ngay", "giay phep"].phrases

  /// True when the line opens with a label of today's date closed by a colon: "Today:", "Hôm nay:".
  static func isTodayLabel(_ f: FoldedText) -> Bool {
    let t = f.tokens
    if t.count >= 2, t[0].hash == h_today, t[1].gap == UInt8(ascii: ":") { return true }
    return t.count >= 3 && f.matches(p_hom_nay, at: 0) && t[2].gap == UInt8(ascii: ":")
  }

  static let h_today = Phrase.hash("today"), p_hom_nay = Phrase("hom nay")
  /// Labels of dates that are never a page's posting: a licence's ("Cấp ngày", "Ngày cấp", "Giấy
  /// phép"), a legal text's issue or effect.
  /// (Also the day a page was printed or looked at: a print view's "Ngày in: 05/12/2026 09:14",
  /// "In lúc 14:02 ngày 3/12/2026", "Truy cập ngày …".)
  static let notPostingWords: [Phrase] = [
    "cap ngay", "giay phep", "ngay ban hanh", "ngay hieu luc", "ngay co hieu luc",
    "ngay in", "in luc", "in ngay", "ngay truy cap", "truy cap ngay", "truy cap luc", "printed on",
  ].phrases
  static let p_ngay_cap = Phrase("ngay cap"), p_ngay_cap_nhat = Phrase("ngay cap nhat")

  /// True when a line labels its date as a licence's or a legal text's, never a posting ("Ngày
  /// cấp: 12/12/2015", which folds like "Ngày cập nhật" and is told from it by the word after).
  static func labelsNoPosting(_ f: FoldedText) -> Bool {
    if f.contains(any: notPostingWords) { return true }
    guard let at = f.find(p_ngay_cap) else { return false }
    return !f.matches(p_ngay_cap_nhat, at: at)
  }
  static let h_thu = Phrase.hash("thu"), h_luc = Phrase.hash("luc"), h_lan = Phrase.hash("lan")
  static let weekdayWords = WordSet(["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"].map(Phrase.hash))

  /// (and "date", the label a stored page's meta date is printed with: "date 2025-12-27")
  static let postingCues: [Phrase] = ["ngay dang", "dang ngay", "cap nhat", "xuat ban", "dang luc", "ngay cap nhat", "date"].phrases

  /// True for a line that states when the page was posted, however long its other words
  /// ("Chuyên mục: Tin hoạt động … | Đăng ngày: 19 tháng 5 năm 2023"): a posting cue with a
  /// full date right after it (within three words).
  static func isPostingLine(_ f: FoldedText) -> Bool {
    guard f.tokens.contains(where: \.isNumber), f.contains(any: postingCues) else { return false }
    let full = mentions(in: f).filter { $0.year != nil && $0.day != nil }
    for cue in postingCues {
      var from = 0
      while let at = f.find(cue, from: from) {
        var after = at + cue.count
        // "Cập nhật lúc: 15:05:57 - 22/04/2020": a time between the cue and the date
        if after < f.tokens.count, f.tokens[after].hash == DateReader.h_luc { after += 1 }
        if clockFollows(f, at: after) {
          after += 2
          while after < f.tokens.count, joint(f, after) == UInt8(ascii: ":"), f.tokens[after].isNumber { after += 1 }
        }
        if full.contains(where: { $0.start >= after - 1 && $0.start <= after + 3 }) {
          return true
        }
        from = at + 1
      }
    }
    return false
  }

  /// A line listing another article: "Tin tức - 01/10/2022 11:39".
  static func isListDateline(_ f: FoldedText) -> Bool {
    guard f.tokens.contains(where: \.isNumber) else { return false }
    guard hasTime(f), let m = mentions(in: f).first, m.year != nil, m.start >= 1 else { return false }
    return f.tokens[m.start].gap == UInt8(ascii: "-") || f.tokens[m.start].gap == UInt8(ascii: "|")
  }

  /// True when a time of day ("10:43", "10:43:00") starts at token `i`.
  static func clockFollows(_ f: FoldedText, at i: Int) -> Bool {
    guard i + 1 < f.tokens.count, joint(f, i + 1) == UInt8(ascii: ":"), let h = value(f, i, maxDigits: 2), h < 24,
      let m = value(f, i + 1, maxDigits: 2), m < 60
    else { return false }
    return true
  }

  /// "14:26" or "11h30".
  static func hasTime(_ f: FoldedText) -> Bool {
    for i in 1..<max(1, f.tokens.count) {
      if let j = joint(f, i), j == UInt8(ascii: ":"), let h = value(f, i - 1, maxDigits: 2), h < 24,
        let m = value(f, i, maxDigits: 2), m < 60
      {
        return true
      }
    }
    return false
  }

  /// The first full date of a timestamp line.
  static func fullDate(in f: FoldedText) -> FactDate? {
    guard let m = mentions(in: f).first(where: { $0.year != nil && $0.day != nil }) else { return nil }
    return FactDate(year: m.year!, month: m.month, day: m.day)
  }
}
