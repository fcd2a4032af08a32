import VustaModel

/// The part of a news page that is the article: its title, header lines (timestamps) and body,
/// cut free of navigation, hotlines, weather, counters, social links and lists of other
/// headlines ("Tin liên quan", "Tin khác", "Copy link" …).
struct MainText {
  /// What a line is to the article.
  enum Role: Equatable {
    case title
    /// A short line that carries a date and time: the page's timestamp.
    case timestamp
    /// A sentence-bearing paragraph of the article.
    case body
    /// A caption, sub-heading or related headline: a short line without closing punctuation.
    case minor
  }

  struct Line {
    var text: FoldedText
    var role: Role
    /// Index among the body lines (0 = the lead), -1 for other roles.
    var bodyIndex: Int
    /// How many of its first scalars repeat the line it stands under (a figure line read with
    /// the line that announces it: "… như sau: 1 | Hội Y học | 2.350"); 0 for most lines.
    var quoted = 0
  }

  /// The kept lines, in order.
  private(set) var lines: [Line] = []
  /// Lines cut away as page furniture before the article's end (kept for source cues such as
  /// "Nguồn: …").
  private var furnitureBefore: [FoldedText] = []
  /// The text the lines were read from and the short lines after the article's end.
  private var source: String = ""
  private var tailRanges: [Range<Int>] = []

  /// Lines cut away as page furniture, those after the article's end included (folded when
  /// asked for: most pages name their source in their address).
  var furniture: [FoldedText] {
    guard !tailRanges.isEmpty else { return furnitureBefore }
    var text = source
    let tail = text.withUTF8 { b in tailRanges.map { FoldedText(utf8: UnsafeBufferPointer(rebasing: b[$0])) } }
    return furnitureBefore + tail
  }
  /// The lead as written when it opened with a newspaper's dateline in brackets ("(GLO) - Sáng
  /// 24-4, …"), which the lead line itself no longer holds: a source cue, never a sentence's word.
  private(set) var datelinedLead: FoldedText? = nil

  var title: FoldedText? { lines.first { $0.role == .title }?.text }

  /// The article in a page's text; `headline` is the page's own title when its source gives one
  /// (HTML `<title>`, sources.csv): the line that repeats it is the title, and the lines above it
  /// (a welcome banner, a visitor counter, menus) are the page's furniture, not its lead.
  init(_ text: String, headline: String? = nil) {
    let article = EmailMessage.article(in: text) ?? ChatExport.article(in: text) ?? RunOnText.split(text) ?? text
    var text = MainText.unwrapped(TableRow.joiningWrappedCells(article) ?? article)
    var (kept, furniture, tail) = text.withUTF8 { MainText.sort(MainText.lineRanges($0), of: $0) }
    furnitureBefore = furniture
    tailRanges = tail
    source = text
    if let headline, let t = MainText.headlineLine(FoldedText(headline), in: kept) {
      for i in kept.indices where i < t && (kept[i].1 == .body || kept[i].1 == .title) { kept[i].1 = .minor }
      // (the first of them, under the headline before any paragraph, is the lead when it is as
      // long as a lead: a sapo without its closing stop, "Binh Thuan - The … convened on 9 March
      // 2022 a meeting … on “Planning of …”")
      let lead = kept.indices.first { $0 > t && kept[$0].1 == .title && kept[$0].0.tokens.count >= 30 && !(t + 1..<$0).contains { kept[$0].1 == .body } }
      for i in kept.indices where i > t && kept[i].1 == .title { kept[i].1 = i == lead ? .body : .minor }
      kept[t].1 = .title
    } else {
      MainText.chooseTitle(&kept)
      MainText.outlineHeadings(&kept)
      // a stored copy that starts in the body ("TS. … phát biểu khai mạc tọa đàm." then the lead)
      // has no headline line: the page's own title (og:title, <title>, sources.csv) is its headline
      if let headline, !kept.contains(where: { $0.1 == .title }) {
        let h = FoldedText(headline)
        if h.tokens.count >= 4, h.tokens.count <= 45, !MainText.isSiteLine(h) {
          kept.insert((h, .title), at: kept.firstIndex { $0.1 == .body || $0.1 == .timestamp } ?? kept.count)
        }
      }
    }
    var bodyIndex = 0
    // (an infographic's figure lines are read with the line they stand under: "Chỉ tiêu đến năm
    // 2026:" over "35 | hội thành viên" is a target, "Hội Làm vườn tỉnh hiện có:" another
    // association's, "Sơn La" in a table that province's)
    var intro: FoldedText? = nil
    for (f, role) in kept {
      var f = f
      var quoted = 0
      if role == .body, MainText.isFigureLine(f, from: 0) {
        if let i = intro {
          let joint = i.scalars.last == ":" ? " " : ": "
          quoted = i.scalars.count + joint.unicodeScalars.count
          f = FoldedText(i.string + joint + f.string)
        }
      } else if role != .timestamp {
        // (a line that announces them, "… hiện có:", or a table's row heading that is a
        // province's name; a section heading in capitals, "TỔ CHỨC HIỆN NAY", says too little)
        intro = f.scalars.last == ":" || (f.tokens.count <= 4 && Gazetteer.shared.resolve(f.string, in: .old63) != nil) ? f : nil
      }
      if role == .body && bodyIndex == 0, let after = MainText.afterDateline(f) {
        datelinedLead = f
        f = f.slice(after, f.scalars.count)
      }
      lines.append(Line(text: f, role: role, bodyIndex: role == .body ? bodyIndex : -1, quoted: quoted))
      if role == .body { bodyIndex += 1 }
    }
  }

  /// Where the lead goes on after a newspaper's dateline in brackets and a dash ("(VUSTA) – ",
  /// "(GLO)- ", "(Chinhphu.vn) - ", "(HQ Online) - "); nil when the line opens otherwise. The
  /// bracket holds a name: one to three words, each capitalised — not a phrase ("(Ảnh minh họa)").
  static func afterDateline(_ f: FoldedText) -> Int? {
    let s = f.scalars
    guard s.first == "(", let close = s.prefix(26).firstIndex(of: ")"), close >= 2 else { return nil }
    let words = s[1..<close].split(separator: " ")
    guard (1...3).contains(words.count),
      words.allSatisfy({ w in w.first.map { $0.properties.isUppercase || ("0"..."9").contains($0) } ?? false })
    else { return nil }
    var k = close + 1
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, s[k] == "-" || s[k] == "–" || s[k] == "—" else { return nil }
    k += 1
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, VietnameseText.isLetter(s[k]) else { return nil }
    return k
  }

  /// Text copied from a PDF or a narrow column breaks lines inside sentences ("… của LHH tỉnh
  /// đã\nđược kiện toàn …"): a line break between a line of 40 characters or more that does not
  /// end a sentence and a line that starts with a lower-case letter is a space.
  static func unwrapped(_ text: String) -> String {
    var text = text
    return text.withUTF8 { b in unwrapped(b) } ?? text
  }

  /// The unwrapped bytes, or nil when no line break is a space.
  static func unwrapped(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    var out: [UInt8] = []
    var changed = false
    var lineStart = 0
    // (the line as broken, joined or not: what the wrap width measures)
    var physicalStart = 0
    var i = 0
    let width = wrapWidth(b)
    while i < b.count {
      // (the bytes of a line are passed, or copied, at once: only its break is weighed)
      if b[i] != 0x0A {
        let j = ByteSearch.firstIndex(of: 0x0A, in: b, from: i + 1) ?? b.count
        if changed { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j])) }
        i = j
        continue
      }
      // (here b[i] is a line break; a stored page's meta date, "date 2025-12-19", is a line of its own)
      if i + 1 < b.count, !opensWithMetaDate(b, i + 1),
        (i - lineStart >= 40 && !endsSentence(b, lineStart, i) && startsLowerCase(b, i + 1)
          && !startsWithLabel(b, i + 1) && !(isFirstLine(b, lineStart) && endsWithFullDate(b, lineStart, i))
          && !isParagraphAfter(b, i - physicalStart, from: i + 1))
          || breaksDate(b, lineStart, i)
          || (width > 0 && breaksAtWidth(b, physicalStart, i, width))
          || breaksHeadlineAtColon(b, lineStart, i)
      {
        physicalStart = i + 1
        if !changed { out = Array(b[0..<i]); changed = true }
        out.append(0x20)
        i += 1
        continue
      }
      lineStart = i + 1
      physicalStart = i + 1
      if changed { out.append(0x0A) }
      i += 1
    }
    return changed ? String(decoding: out, as: UTF8.self) : nil
  }

  /// True when a line at the text's head (its first 300 bytes: a headline under a section's
  /// name) is cut after a colon and goes on in lower case on the next, a short line ending no
  /// sentence ("Hội KH&KT ngành toàn quốc giao ban năm 2025:" / "đổi mới hoạt động, phối hợp
  /// hiệu quả hơn"): a headline set over two lines.
  static func breaksHeadlineAtColon(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
    guard end > from, end + 1 < b.count, b[end - 1] == UInt8(ascii: ":") || (end >= 2 && b[end - 1] == 0x0D && b[end - 2] == UInt8(ascii: ":")),
      from < 300, startsLowerCase(b, end + 1)
    else { return false }
    var k = end + 1
    while k < b.count, b[k] != 0x0A { k += 1 }
    return k - end - 1 <= 100 && !endsSentence(b, end + 1, k)
  }

  /// True when the line at `from` is a paragraph far longer than the line of `before` bytes
  /// above it (120 bytes or more, and 60 more than it): the line above was not cut by a wrap,
  /// whatever case the paragraph opens in — a headline over a lead typed in lower case
  /// ("Binh Dinh: Lien hiep Hoi … nam 2024" over "hoi nghi ban chap hanh … ngay 28-6-2024.").
  static func isParagraphAfter(_ b: UnsafeBufferPointer<UInt8>, _ before: Int, from: Int) -> Bool {
    let need = max(120, before + 60)
    var k = from
    while k < b.count, b[k] != 0x0A, k - from < need { k += 1 }
    return k - from >= need
  }

  /// The width a text was broken at, when it was ("hard-wrapped": copied from an e-mail, a
  /// terminal or a PDF, every paragraph cut into lines of at most 60–100 characters): the
  /// longest line but for up to three outliers (one in six lines), when at least six lines are
  /// 40 characters or longer and four in five of them lie within 20 characters of it; else a
  /// narrow column's (36–59 characters, ten lines or more of 25 or more, within 12 of it); 0 for
  /// a text whose paragraphs are whole lines.
  /// (And a wrap cuts sentences: at least half the near-width lines that end no sentence go on
  /// in a lower-case word — not a list of one-line items, each opening with a capital or a date.
  /// Or three in four of them leave no room for the next line's first word, when three in five
  /// lines lie near the width.)
  static func wrapWidth(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var lines: [(start: Int, end: Int, chars: Int)] = []
    var count = 0
    var start = 0
    // (a paragraph longer than any wrap: not a hard-wrapped text — unless it is one of a few
    // lines of furniture around a wrapped article, a site's address line or menu)
    var long = 0
    // (lines over 60 characters: a narrow column's furniture, its running header)
    var overNarrow = 0
    func add(_ end: Int) {
      if count >= 25 {
        if count > 60 { overNarrow += 1 }
        if count > 100 { long += 1 }
        lines.append((start, end, count))
      }
    }
    // (a line's characters are its bytes that continue none: counted without a branch per
    // byte, the line found with memchr)
    func characters(_ from: Int, _ to: Int) -> Int {
      var n = 0
      for k in from..<to { n &+= b[k] & 0xC0 == 0x80 ? 0 : 1 }
      return n
    }
    while let i = ByteSearch.firstIndex(of: 0x0A, in: b, from: start) {
      count = characters(start, i)
      add(i)
      if long > maxOutliers { return 0 }
      start = i + 1
    }
    count = characters(start, b.count)
    add(b.count)
    // (the width is the longest line but for a few outliers — a caption, a menu, an address —
    // at most one in six lines)
    let wide = lines.filter { $0.chars >= 40 }
    let sorted = wide.map(\.chars).sorted(by: >)
    let outliers = min(maxOutliers, wide.count / 6)
    if long <= outliers {
      for k in 0...outliers where k < sorted.count && sorted[k] <= 100 && sorted[k] >= 60 {
        if k > 0, sorted[k] == sorted[k - 1] { continue }
        let w = wrapWidth(wide.filter { $0.chars <= sorted[k] }, width: sorted[k], slack: 20, of: b)
        if w > 0 { return w }
      }
    }
    // a narrow column (a newspaper's PDF, 36 to 59 characters a line): lines of 25 characters or
    // more, at most a few longer than 60, ten of them near the width
    let narrowOutliers = min(maxOutliers, lines.count / 6)
    guard overNarrow <= narrowOutliers else { return 0 }
    let narrow = lines.map(\.chars).sorted(by: >)
    for k in 0...narrowOutliers where k < narrow.count && narrow[k] < 60 && narrow[k] >= 36 {
      if k > 0, narrow[k] == narrow[k - 1] { continue }
      let kept = lines.filter { $0.chars <= narrow[k] }
      guard kept.count >= 10 else { continue }
      let w = wrapWidth(kept, width: narrow[k], slack: 12, of: b)
      if w > 0 { return w }
    }
    return 0
  }

  /// Lines longer than a wrap's width a hard-wrapped text may hold (its furniture).
  static let maxOutliers = 3

  /// How far short of a wrap's width its cut lines end: 20 characters at 60 or more, 12 in a
  /// narrow column.
  static func slack(ofWidth width: Int) -> Int { width >= 60 ? 20 : 12 }

  /// `width` when `lines` (none longer than `width`) are a text hard-wrapped at it, the cut lines
  /// ending within `slack` characters of it, else 0.
  private static func wrapWidth(_ lines: [(start: Int, end: Int, chars: Int)], width: Int, slack: Int, of b: UnsafeBufferPointer<UInt8>) -> Int {
    guard lines.count >= 6, width >= 36 else { return 0 }
    let near = lines.filter { $0.chars >= width - slack }
    guard near.count * 5 >= lines.count * 3 else { return 0 }
    let cut = near.filter { $0.end + 1 < b.count && !endsSentence(b, $0.start, $0.end) }
    // (a wrap leaves no room: the next line's first word would not have fitted on the line —
    // told even where most words go on in capitals, as names and "Hội", "Tỉnh" do)
    let goesOn = cut.map { ($0.chars, firstWordChars(b, $0.end + 1)) }.filter { $0.1 > 0 }
    let full = goesOn.filter { $0.0 + 1 + $0.1 > width }
    // (lines of a wrap end short of the width as often as at it: one-line items all as long as
    // the longest are no wrap)
    if goesOn.count >= 3, full.count * 4 >= goesOn.count * 3, full.filter({ $0.0 < width }).count >= 2 { return width }
    guard near.count * 5 >= lines.count * 4 else { return 0 }
    let goesOnLower = cut.filter { startsLowerCase(b, $0.end + 1) }.count
    return goesOnLower * 2 >= cut.count ? width : 0
  }

  /// True when the line at `i` opens with a word a lead's date starts with ("Ngày", "Sáng",
  /// "Chiều", "Tối", "Trưa", "Hôm", "Vừa"), capitalised.
  static func opensWithDayWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    var k = i
    while k < b.count, b[k] != 0x20, b[k] != 0x0A, b[k] != 0x0D, b[k] != UInt8(ascii: ",") { k += 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: b[i..<k]), as: UTF8.self)
    return MainText.dayWords.contains(word)
  }

  static let dayWords: Set<String> = ["Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Hôm", "Vừa", "Mới"]

  /// The characters of the word that starts at `i` (up to a space or a line's end); 0 at a blank
  /// line.
  static func firstWordChars(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var k = i
    var chars = 0
    while k < b.count, b[k] != 0x20, b[k] != 0x0A, b[k] != 0x0D {
      if b[k] & 0xC0 != 0x80 { chars += 1 }
      k += 1
    }
    return chars
  }

  /// True when the line `from..<end` of a text wrapped at `width` characters was cut there: it
  /// runs within 20 characters of the width, does not end a sentence, and the next line is not
  /// blank; the headline when the next line's first word would not have fitted on it.
  static func breaksAtWidth(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ width: Int) -> Bool {
    // (never before a list's bullet: "- ", "+ ", "• ", "– ")
    guard end + 1 < b.count, b[end + 1] != 0x0A, b[end + 1] != 0x0D,
      !endsSentence(b, from, end) || (endsWithClosingMark(b, from, end) && startsLowerCase(b, end + 1)),
      !opensWithBullet(b, end + 1)
    else { return false }
    var chars = 0
    for k in from..<end where b[k] & 0xC0 != 0x80 { chars += 1 }
    // (a line longer than the width is none of the wrap's: furniture, a caption)
    if chars > width { return false }
    // (the headline, longer than the width as most are, was cut too: when the next line's first
    // word would not have fitted on it — a headline that ends short of the width is whole)
    // (nor over a line of its date, "… Việt Nam" over "22/12/2023", nor over a lead that opens
    // with its day: "Ngày 20/12/2022, …", "Sáng 21/3, …", "(YBĐT) - …")
    let next = firstWordChars(b, end + 1)
    if isFirstLine(b, from) {
      return b[end + 1] &- 0x30 >= 10 && b[end + 1] != UInt8(ascii: "(") && !opensWithDayWord(b, end + 1) && chars + 1 + next > width
    }
    // (a long word left for the next line — "(27/5/1995-27/5/2025)." — leaves a shorter line)
    return chars >= width - slack(ofWidth: width) || chars + 1 + next > width
  }

  /// True when the line at `i` opens with a list's bullet and a space.
  static func opensWithBullet(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    if i + 1 < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "*"), b[i + 1] == 0x20 { return true }
    // "–" (E2 80 93), "•" (E2 80 A2)
    return i + 3 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0xA2) && b[i + 3] == 0x20
  }

  /// True when only blank space stands before `lineStart`: the text's first line, its headline.
  static func isFirstLine(_ b: UnsafeBufferPointer<UInt8>, _ lineStart: Int) -> Bool {
    var k = 0
    while k < lineStart, b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09 { k += 1 }
    return k == lineStart
  }

  /// True when the line `from..<end` ends with a full date ("… Việt Nam 22/12/2023"): a headline
  /// closed by its posting date is complete, whatever starts the next line ("web analytics").
  static func endsWithFullDate(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
    var e = end
    while e > from, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
    var s = e
    while s > from, b[s - 1] != 0x20 { s -= 1 }
    let parts = b[s..<e].split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
    guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return false }
    return parts.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
  }

  /// Words that always take a number after them: a line ending with one of them ("… địa
  /// phương ngày", "Số:") goes on in the next line's number.
  static let numberTakingWords: [[UInt8]] = ["ngày", "Ngày", "tháng", "năm", "số", "Số", "số:", "Số:"].map { Array($0.utf8) }
  /// Words that go on a date: "ngày 20" at a line's end goes on in "tháng 9 năm 2024".
  static let dateGoesOn: [[UInt8]] = ["tháng", "năm"].map { Array($0.utf8) }

  /// True when a date or a document number is broken at the line break at `end` (text copied
  /// from a table or a narrow column: "Đồng Nai, ngày 20\ntháng 9 năm 2024", "Số:\n40/2024/
  /// QĐ-UBND", "… địa phương ngày\n19 tháng 6 năm 2015"): the line ends with a word that takes
  /// a number and the next starts with a digit, or it ends with "ngày N" / "tháng N" and the next
  /// starts with "tháng" / "năm".
  static func breaksDate(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
    // (most lines go on with neither a digit nor "tháng"/"năm": one byte decides)
    guard end + 1 < b.count, (0x30...0x39).contains(b[end + 1]) || b[end + 1] == UInt8(ascii: "t")
      || b[end + 1] == UInt8(ascii: "n")
    else { return false }
    var e = end
    while e > from, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
    func wordStart(_ e: Int) -> Int {
      var s = e
      while s > from, b[s - 1] != 0x20, b[s - 1] != 0x09 { s -= 1 }
      return s
    }
    func isOne(_ words: [[UInt8]], _ r: Range<Int>) -> Bool { words.contains { b[r].elementsEqual($0) } }
    let next = end + 1
    guard e > from, next < b.count else { return false }
    let s = wordStart(e)
    if (0x30...0x39).contains(b[next]) {
      guard isOne(numberTakingWords, s..<e) else { return false }
      // what follows must be what the word takes: after "năm" a year alone ("năm\n2019;" — not
      // the page's stamp "năm\n14/06/2024 11:05"), after "số" a document number ("40/2024/QĐ",
      // "42-CT" — not "chuyển đổi số\n14/06/2024"), after "ngày"/"tháng" a day or month number
      var d = next
      while d < b.count, (0x30...0x39).contains(b[d]) { d += 1 }
      let digits = d - next
      let after: UInt8 = d < b.count ? b[d] : 0x0A
      let word = b[s..<e]
      if word.elementsEqual("năm".utf8) {
        return digits == 4 && !"/-.:".utf8.contains(after) && !(0x30...0x39).contains(after)
      }
      if word.first == UInt8(ascii: "s") || word.first == UInt8(ascii: "S") {
        guard after == UInt8(ascii: "/") || after == UInt8(ascii: "-"), d + 1 < b.count else { return false }
        var y = d + 1
        while y < b.count, (0x30...0x39).contains(b[y]) { y += 1 }
        if y == d + 1 { return b[y] >= 0x41 }  // a letter (or a letter's first UTF-8 byte): "40/QĐ", "42-CT"
        return y - d - 1 == 4 && y + 1 < b.count && b[y] == UInt8(ascii: "/") && b[y + 1] >= 0x41
      }
      // (not the page's stamp under a headline that ends in "ngày": "… làm việc hai ngày" over
      // "29/09/2021 9:34 SA")
      if isStampLine(b, next) { return false }
      return digits <= 2 && (after == 0x20 || after == UInt8(ascii: "/") || after == UInt8(ascii: "-") || after == 0x0A || after == 0x0D)
    }
    guard b[s..<e].allSatisfy({ (0x30...0x39).contains($0) }), s > from else { return false }
    var nextEnd = next
    while nextEnd < b.count, b[nextEnd] != 0x20, b[nextEnd] != 0x0A, b[nextEnd] != 0x0D { nextEnd += 1 }
    guard isOne(dateGoesOn, next..<nextEnd) else { return false }
    var pe = s
    while pe > from, b[pe - 1] == 0x20 { pe -= 1 }
    return isOne([Array("ngày".utf8), Array("Ngày".utf8), Array("tháng".utf8)], wordStart(pe)..<pe)
  }

  /// True when the line at `i` opens with a full date and a time of day ("29/09/2021 9:34",
  /// "14-06-2024, 11:05"): a page's stamp.
  static func isStampLine(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    var k = i
    func digits() -> Int {
      let from = k
      while k < b.count, (0x30...0x39).contains(b[k]) { k += 1 }
      return k - from
    }
    func separator() -> Bool {
      guard k < b.count, b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") else { return false }
      k += 1
      return true
    }
    guard (1...2).contains(digits()), separator(), (1...2).contains(digits()), separator(), digits() == 4 else { return false }
    while k < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "|") || b[k] == UInt8(ascii: "-") { k += 1 }
    return (1...2).contains(digits()) && k < b.count && (b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "h"))
  }

  /// True when the line `from..<to` ends with sentence or closing punctuation (spaces aside):
  /// . ! ? : ; " ) | > and the UTF-8 of … ” ’ ».
  static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    guard let j = lastByte(b, from, to) else { return true }
    if ".!?:;\")|>".utf8.contains(b[j]) { return true }
    // … (E2 80 A6), ” (E2 80 9D), ’ (E2 80 99), » (C2 BB)
    if j >= 2, b[j - 2] == 0xE2, b[j - 1] == 0x80, [0xA6, 0x9D, 0x99].contains(b[j]) { return true }
    return j >= 1 && b[j - 1] == 0xC2 && b[j] == 0xBB
  }

  /// True when the line `from..<to` ends with a closing bracket or quote (`(LHH)`, `"…"`): in a
  /// hard-wrapped text it ends a sentence only when the next line starts one — a line that goes on
  /// in a lower-case word ("… Bình Định (LHH)\nđã tiến hành …") was cut there. (Not in a text of
  /// whole paragraphs: a headline's "(2012-2016)" over its author's "thanhsang | …" line.)
  static func endsWithClosingMark(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    guard let j = lastByte(b, from, to) else { return false }
    if b[j] == UInt8(ascii: ")") || b[j] == UInt8(ascii: "\"") { return true }
    // ” (E2 80 9D), ’ (E2 80 99), » (C2 BB)
    if j >= 2, b[j - 2] == 0xE2, b[j - 1] == 0x80, b[j] == 0x9D || b[j] == 0x99 { return true }
    return j >= 1 && b[j - 1] == 0xC2 && b[j] == 0xBB
  }

  /// The index of the last byte of `from..<to` that is no space, tab or carriage return.
  static func lastByte(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var j = to - 1
    while j >= from, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j -= 1 }
    return j >= from ? j : nil
  }

  /// True when the text at `i` starts with a lower-case letter.
  static func startsLowerCase(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c = b[i]
    if c < 0x80 { return (0x61...0x7A).contains(c) }
    var end = i + 1
    while end < b.count, end - i < 4, b[end] & 0xC0 == 0x80 { end += 1 }
    let scalar = String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first
    return scalar?.properties.isLowercase ?? false
  }

  /// True when the line at `i` opens with one word and a colon ("category: …").
  static func startsWithLabel(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    var j = i
    while j < b.count, b[j] != 0x20, b[j] != 0x0A, b[j] != UInt8(ascii: ":"), j - i < 40 { j += 1 }
    return j > i && j < b.count && b[j] == UInt8(ascii: ":")
  }

  /// Folds each line and sorts it: kept with its role, or page furniture.
  /// The lines after the article's end are furniture too: their ranges are returned unfolded
  /// (`tail`), folded only when a source cue is looked for among them.
  private static func sort(_ raw: [Range<Int>], of b: UnsafeBufferPointer<UInt8>)
    -> (kept: [(FoldedText, Role)], furniture: [FoldedText], tail: [Range<Int>])
  {
    func fold(_ r: Range<Int>) -> FoldedText { FoldedText(utf8: UnsafeBufferPointer(rebasing: b[r])) }
    func same(_ x: Range<Int>, _ y: Range<Int>) -> Bool { x.count == y.count && b[x].elementsEqual(b[y]) }
    /// The short lines from `index` on: what follows the article (kept for source cues).
    var tailRanges: [Range<Int>] = []
    func keepTail(from index: Int) { tailRanges = raw[index...].filter { $0.count <= 300 } }
    var kept: [(FoldedText, Role)] = []
    var furniture: [FoldedText] = []
    var bodyStarted = false
    var previous: Range<Int>? = nil
    var index = 0
    var inDocumentBox = false
    var inBox = false
    var boxEntries = 0
    var datedHeadlines = false
    while index < raw.count {
      let line = raw[index]
      index += 1
      if let p = previous, same(p, line) { continue }  // a caption repeated under a picture
      previous = line
      // (the end of an HTML list — ListingPage.listEndMark — ends a box of its entries)
      if inBox, MainText.isMark(line, MainText.listEnd, in: b) { inBox = false; continue }
      // (a blank line after its entries ends a box too: the page's own headline may follow)
      if inBox, boxEntries > 0, index >= 2, b[raw[index - 2].upperBound..<line.lowerBound].lazy.filter({ $0 == 0x0A }).count >= 2 {
        inBox = false
      }
      let f = fold(line)
      if f.tokens.isEmpty { continue }
      if inBox {
        // a date line, or a line right above one: an entry of the box — once one entry was
        // read, or when another follows (a page's own headline over its stamp after an ender
        // line is no box)
        func isDateLine(_ k: Int) -> Bool {
          guard k < raw.count, raw[k].count <= 60 else { return false }
          let d = fold(raw[k])
          return d.tokens.count <= 8 && DateReader.isTimestampLine(d)
        }
        // (entries are alike: each headline over its date, or each closed by it — an entry of
        // the other form after them is the page's own headline over its stamp)
        if boxEntries > 0, !datedHeadlines, DateReader.isTimestampLine(f), f.tokens.count <= 8 {
          furniture.append(f)
          continue
        }
        if !datedHeadlines, f.tokens.count <= 40, !f.scalars.contains("."), isDateLine(index), boxEntries > 0 || isDateLine(index + 2) {
          furniture.append(f)
          boxEntries += 1
          continue
        }
        // (an entry whose date closes its headline's line: "Hội thảo … tại Lâm Đồng 16/07/2014";
        // the first only with a second like it after it — one such line after "Tin mới" is the
        // page's own headline with its date)
        // (a stamp — "Thứ Hai, 04/12/2026", "08:07, 19/07/2012" — is no headline)
        func isDatedHeadline(_ f: FoldedText) -> Bool {
          f.tokens.count >= 4 && f.tokens.count <= 40 && !f.scalars.contains(".") && DateReader.closingDate(in: f) != nil
            && !DateReader.isTimestampLine(f)
        }
        func nextIsDatedHeadline() -> Bool {
          var k = index
          while k < raw.count, MainText.isMark(raw[k], MainText.itemStart, in: b) { k += 1 }
          return k < raw.count && isDatedHeadline(fold(raw[k]))
        }
        if datedHeadlines || (boxEntries == 0 && nextIsDatedHeadline()), isDatedHeadline(f) {
          furniture.append(f)
          boxEntries += 1
          datedHeadlines = true
          continue
        }
        inBox = false
      }
      // a portal's box of documents ("Văn bản mới", then "Quyết định số 1234/QĐ-UBND ngày … về …"
      // lines): none of its numbers or dates is the article's
      if Boilerplate.isDocumentBoxHeader(f) {
        inDocumentBox = true
        furniture.append(f)
        continue
      }
      if inDocumentBox {
        if Boilerplate.isDocumentTitle(f) {
          furniture.append(f)
          continue
        }
        inDocumentBox = false
      }
      let kind = Boilerplate.classify(f)
      switch kind {
      // (a page's tools — "In bài viết | Gửi email", "Copy link" — under a headline read as the
      // first body line end nothing yet: the article is still to come)
      case .end where bodyStarted && Boilerplate.isToolLine(f) && kept.filter({ $0.1 == .body }).count < 2:
        furniture.append(f)
        continue
      case .end where bodyStarted, .source where bodyStarted:
        furniture.append(f)
        // a notice standing above the page's masthead ("Kể từ ngày 1-7, … trang tin này tạm dừng
        // cập nhật … Trân trọng!", then the site's name, its menu and the article): the one
        // paragraph read so far was no article's
        if kept.count == 1, kept[0].1 == .body, MainText.articleFollows(raw, from: index, in: b) {
          furniture.append(kept[0].0)
          kept = []
          bodyStarted = false
          continue
        }
        // a newspaper's box of related headlines inside the article (an HTML list under "Tin liên
        // quan" with the article's paragraphs going on after the list's end): the box is skipped
        if kind == .end, let resume = MainText.resumeAfterInlineBox(raw, from: index, in: b) {
          for k in index..<resume { furniture.append(fold(raw[k])) }
          index = resume
          continue
        }
        keepTail(from: index)
        index = raw.count
        continue
      case .end where !bodyStarted:
        // a box above the article ("Tin mới nhất", "Đọc nhiều"): its headlines, each over its
        // date, are other articles' (`boxEntries` skips them)
        furniture.append(f)
        inBox = true
        boxEntries = 0
        datedHeadlines = false
        continue
      case .end, .drop:
        furniture.append(f)
        continue
      case .source:
        furniture.append(f)
        continue
      case .otherHeadline where bodyStarted && kept.last?.1 == .body && !kept.dropLast().contains(where: { $0.1 == .body })
        && kept.last!.0.tokens.count <= 45:
        // "Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?" then "PV - 03/04/2025 17:35": a headline
        // closed by a question mark and its own stamp, not a list's next item
        kept[kept.count - 1].1 = .title
        bodyStarted = false
      case .otherHeadline where bodyStarted:
        // "Đọc thêm: Lạng Sơn: … (03/7/2019)": a link to other news set inside the article, the
        // article going on after its box
        if MainText.relatedHeadings.contains(where: { f.matches($0, at: 0) }),
          let resume = MainText.resumeAfterInlineBox(raw, from: index, in: b)
        {
          furniture.append(f)
          for k in index..<resume { furniture.append(fold(raw[k])) }
          index = resume
          continue
        }
        // "Tin tức - 01/10/2022 11:39": the line before was another article's headline.
        if let last = kept.last, last.1 == .minor { kept.removeLast() }
        furniture.append(f)
        keepTail(from: index)
        index = raw.count
        continue
      case .otherHeadline, .keep:
        break
      }
      let role = MainText.role(of: f, bodyStarted: bodyStarted, titleSeen: kept.contains { $0.1 == .title })
      if role == .body { bodyStarted = true }
      kept.append((f, role))
    }
    return (kept, furniture, tailRanges)
  }

  /// Where the article goes on after a box of related headlines that stands inside it: the line
  /// after the HTML list's end (ListingPage.listEndMark, within twelve lines of the box's heading)
  /// or, on a text page, after the box's entries (up to six short lines that are no sentence:
  /// "│ ▸ … (12/5/2015)", "Đọc thêm: …", a rule drawn in box characters), when a paragraph (80
  /// bytes or more, a full stop in it, no page furniture) follows within eight lines, before any
  /// other list, ender, headline-like line or labelled line ("Tổng biên tập: …"); a photo's
  /// caption may stand between. Nil otherwise (a box at the article's end).
  static func resumeAfterInlineBox(_ raw: [Range<Int>], from index: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
    func isMark(_ r: Range<Int>, _ m: UInt8) -> Bool { MainText.isMark(r, m, in: b) }
    func fold(_ r: Range<Int>) -> FoldedText { FoldedText(utf8: UnsafeBufferPointer(rebasing: b[r])) }
    var resume: Int
    if let end = (index..<min(raw.count, index + 12)).first(where: { isMark(raw[$0], listEnd) }) {
      guard (index..<end).contains(where: { isMark(raw[$0], itemStart) }) else { return nil }
      resume = end + 1
    } else {
      // a text box of related headlines ("Tin liên quan", "Đọc thêm: …", not "Từ khóa" or
      // "Bình luận"): its entries, each a headline (no full stop closing it), or a drawn rule
      guard index >= 1, relatedHeadings.contains(where: { fold(raw[index - 1]).matches($0, at: 0) }) else { return nil }
      var k = index, entries = 0
      while k < min(raw.count, index + 8), raw[k].count <= 300, !isMark(raw[k], itemStart) {
        let f = fold(raw[k])
        if !f.tokens.isEmpty {
          guard f.tokens.count <= 30, closingMark(f) != ".", f.scalars.last != "…" else { break }
          if Boilerplate.classify(f) == .end, !relatedHeadings.contains(where: { f.matches($0, at: 0) }) { return nil }
          entries += 1
        }
        k += 1
      }
      guard (1...6).contains(entries) else { return nil }
      resume = k
    }
    // (the article goes on right after its box: eight lines on, it does not)
    for k in resume..<min(raw.count, resume + 8) {
      let r = raw[k]
      if isMark(r, itemStart) || isMark(r, listEnd) { return nil }
      let f = fold(r)
      if f.tokens.isEmpty || isCaption(f) { continue }
      let kind = Boilerplate.classify(f)
      if kind == .end { return nil }
      // (another article's headline over its summary, a footer's "Cơ quan chủ quản: …" or
      // "Tổng biên tập: …": the page after the article, not the article going on)
      if kind == .keep, f.tokens.count >= 4, f.tokens.count <= 30, let last = f.scalars.last, last != ".", last != ":" { return nil }
      if opensWithLabel(f) { return nil }
      // (a full stop in it, or the ellipsis of a stored copy cut short)
      guard r.count >= 80, kind == .keep, b[r].contains(UInt8(ascii: ".")) || f.scalars.last == "…" else { continue }
      return resume
    }
    return nil
  }

  /// Headings of a box of related headlines that may stand inside an article.
  static let relatedHeadings: [Phrase] = [
    "tin lien quan", "doc them", "xem them", "bai viet lien quan", "tin bai lien quan", "bai lien quan",
    "tin cung chuyen muc", "tin khac", "bai doc them", "tin tuc lien quan", "tin lien quan khac",
  ].phrases

  /// True when the site's menu ("Chính trị | Kinh tế | Xã hội …") stands within the four lines
  /// from `index`, then a headline-like line (4 to 40 words, no closing full stop) within twelve,
  /// and a paragraph (150 bytes or more, with a full stop) within the four lines after it: the
  /// page's masthead and article are still to come. (A short article closed by "Nguồn: …" or
  /// "Tin liên quan" and followed by other headlines has no menu after its end.)
  static func articleFollows(_ raw: [Range<Int>], from index: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
    let end = min(raw.count, index + 12)
    guard index < end,
      let menu = (index..<min(end, index + 4)).first(where: { k in
        raw[k].count <= 400 && isSiteLine(FoldedText(utf8: UnsafeBufferPointer(rebasing: b[raw[k]])))
      })
    else { return false }
    for k in (menu + 1)..<max(menu + 1, end) where raw[k].count >= 15 && raw[k].count <= 300 {
      guard let last = lastByte(b, raw[k].lowerBound, raw[k].upperBound), b[last] != UInt8(ascii: ".") else { continue }
      let f = FoldedText(utf8: UnsafeBufferPointer(rebasing: b[raw[k]]))
      guard (4...40).contains(f.tokens.count), !isSiteLine(f), Boilerplate.classify(f) == .keep else { continue }
      for j in (k + 1)..<min(raw.count, k + 5) where raw[j].count >= 150 && b[raw[j]].contains(UInt8(ascii: ".")) {
        return true
      }
    }
    return false
  }

  /// The bytes of the HTML reader's marks (ListingPage.itemMark, ListingPage.listEndMark).
  static let itemStart: UInt8 = 0x1E, listEnd: UInt8 = 0x1F

  /// True when the line `r` is the mark `m` alone.
  static func isMark(_ r: Range<Int>, _ m: UInt8, in b: UnsafeBufferPointer<UInt8>) -> Bool {
    r.count == 1 && b[r.lowerBound] == m
  }

  /// True when the line opens with a label of at most four words and a colon ("Cơ quan chủ
  /// quản: …", "Tổng biên tập: …").
  static func opensWithLabel(_ f: FoldedText) -> Bool {
    f.tokens.prefix(5).indices.dropFirst().contains { f.tokens[$0].gap == UInt8(ascii: ":") }
  }

  /// The line that repeats the page's title: one of the two is the other with words added at its
  /// end (a `<title>` adds the site's name, a headline its date), at least four words in common.
  /// When no line does, the line whose words are the headline's but for a few (a site's `<title>`
  /// written a little apart from its `<h1>`: "họp đánh giá quý III" over "họp đánh giá hoạt động
  /// quý III"): four in five of its words (syllables), at least eight, are the headline's and
  /// they make half the headline or more; the first such line (a headline stands above its
  /// repeats).
  static func headlineLine(_ headline: FoldedText, in kept: [(FoldedText, Role)]) -> Int? {
    let h = headline.tokens
    guard h.count >= 4 else { return nil }
    let exact = kept.indices.first { i in
      let l = kept[i].0.tokens
      let k = min(h.count, l.count)
      guard k >= 4, kept[i].1 != .timestamp, l.count <= 45 else { return false }
      return (0..<k).allSatisfy { l[$0].hash == h[$0].hash }
    }
    if exact != nil || h.count < 6 { return exact }
    let words = Set(h.map(\.hash))
    var best: (index: Int, common: Int)? = nil
    for i in kept.indices where kept[i].1 != .timestamp {
      let l = kept[i].0.tokens
      guard l.count >= 6, l.count <= 45 else { continue }
      // (the line's words the title has — a set of the title's words, its rare repeats aside —
      // never more than the title's length: a long line repeating a few of them is no match)
      var common = 0
      for t in l where words.contains(t.hash) { common += 1 }
      common = min(common, h.count)
      // (the first that qualifies: a headline stands above its repeats — an image's alt text,
      // a related box — though one of them may share a word more with the <title>)
      if common >= 8, common * 5 >= l.count * 4, common * 2 >= h.count, best == nil { best = (i, common) }
    }
    if let best { return best.index }
    // (a headline rewritten with words of its own around most of the <title>'s — "Hội nghị trí
    // thức … gắn với Tổng kết hoạt động năm 2023 do Liên hiệp … Long An tổ chức" under "Liên hiệp
    // … Long An mở Hội nghị trí thức; Tổng kết hoạt động năm 2023": the first line that holds
    // two thirds of the title's words, at least eight, and is half made of them)
    return kept.indices.first { i in
      let l = kept[i].0.tokens
      guard kept[i].1 != .timestamp, l.count >= 8, l.count <= 45 else { return false }
      var lineWords = Set<UInt64>()
      for t in l where words.contains(t.hash) { lineWords.insert(t.hash) }
      let common = lineWords.count
      return common >= 8 && common * 3 >= words.count * 2 && common * 2 >= l.count
    }
  }

  /// Of the headline-like lines before the body (menus, sections, the headline), the longest
  /// is the title; the others become minor lines. A line right above the article's own stamp (a posting cue, a time of day or a view counter
  /// on the next line: "26/12/2024 Lượt xem: 83") is the headline, whatever notices stand above it.
  private static func chooseTitle(_ kept: inout [(FoldedText, Role)]) {
    var candidates = kept.indices.filter { kept[$0].1 == .title }
    // (with no headline of its own, a union's portal page is titled by the union's name printed
    // over it — "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH TIỀN GIANG" — rather than by nothing)
    if candidates.isEmpty, let body = kept.firstIndex(where: { $0.1 == .body }),
      let name = kept[..<body].firstIndex(where: { $0.1 == .minor && isUnionNameLine($0.0) })
    {
      kept[name].1 = .title
      candidates = [name]
    }
    let stamped = candidates.filter { i in
      i + 1 < kept.count && kept[i + 1].1 == .timestamp && DateReader.isArticleStamp(kept[i + 1].0)
    }
    if !stamped.isEmpty {
      for i in candidates where !stamped.contains(i) { kept[i].1 = .minor }
      candidates = stamped
    }
    // a headline that closes with its posting date in brackets ("Hội thảo … tại Quảng Trị
    // (30/09/2011)") over a site's name above it, however long
    let dated = candidates.filter { i in
      let f = kept[i].0
      return f.scalars.last == ")" && DateReader.closingDate(in: f) != nil
    }
    if !dated.isEmpty, dated.count < candidates.count {
      for i in candidates where !dated.contains(i) { kept[i].1 = .minor }
      candidates = dated
    }
    // two headlines joined by a spaced slash ("Thừa Thiên Huế: Trao giải … năm 2020 / Chủ tịch
    // tỉnh …: Mỗi tiểu thương …", a box of related news on one line) are no page's own headline
    // when another line may be
    // (under another candidate only: a first line joining two with a slash is the headline,
    // "Hội thảo Công nghệ 4.0 / Chuyển đổi số tại Bắc Kạn")
    let joined = candidates.filter { i in joinsHeadlines(kept[i].0) && candidates.contains { $0 < i && !joinsHeadlines(kept[$0].0) } }
    if !joined.isEmpty {
      for i in joined { kept[i].1 = .minor }
      candidates.removeAll { joined.contains($0) }
    }
    if let best = candidates.max(by: { kept[$0].0.tokens.count < kept[$1].0.tokens.count }) {
      for i in candidates where i != best { kept[i].1 = .minor }
    }
  }

  /// A portal's counter words: "Số người đang trực tuyến", "Lượt truy cập", "Thống kê".
  static let counterWords: [Phrase] = [Lexicon.p_truy_cap, Lexicon.p_luot_xem, Lexicon.p_online] + ["truc tuyen", "thong ke"].phrases
  /// Labels of a byline or a credit, never an outline's entry: "• Tác giả: …", "• Nguồn: …".
  static let bylineLabels: [Phrase] = ["tac gia", "nguon", "anh", "tin", "bai", "tin va anh", "bai va anh", "phong vien"].phrases

  /// An outline's heading that names its meeting ("ĐẠI HỘI LIÊN HIỆP CÁC HỘI … TỈNH", "(THTG)
  /// HỘI NGHỊ TỔNG KẾT …") over its bulleted entries, after the headline: the article's line,
  /// not a second headline. (A section's heading — "I. THỜI GIAN, ĐƠN VỊ TỔ CHỨC", "KẾT QUẢ
  /// TRONG NĂM QUA:" — stays a minor line: a report's record is read under its own lead.)
  private static func outlineHeadings(_ kept: inout [(FoldedText, Role)]) {
    guard let title = kept.firstIndex(where: { $0.1 == .title }) else { return }
    for i in kept.indices where i > title && i + 1 < kept.count && kept[i].1 == .minor {
      let f = kept[i].0
      guard kept[i + 1].1 == .body, isBulleted(kept[i + 1].0), !isBulleted(f), f.tokens.count >= 2, f.tokens.count <= 45,
        f.tokens.allSatisfy({ $0.isAllCaps || $0.isNumber }),
        f.contains(any: MeetingVocabulary.nouns), !isSectionHeading(f), !isMenu(f)
      else { continue }
      kept[i].1 = .body
    }
  }

  /// True when a line joins two headlines with a spaced slash: " / " then a capital, with at
  /// least four words on each side.
  static func joinsHeadlines(_ f: FoldedText) -> Bool {
    let t = f.tokens
    guard t.count >= 8 else { return false }
    for i in 4..<(t.count - 3) where t[i].gap == UInt8(ascii: "/") && t[i].spaced && t[i].isCap {
      // (the slash stands alone between spaces: "2020 / Chủ", not "2010/2015" or "KH/LHH")
      let before = f.scalars[t[i - 1].end..<t[i].start]
      if before.first == " " && before.last == " " { return true }
    }
    return false
  }

  /// Body lines split into sentences, each with its line's body index.
  /// The sentences of the body lines, with their line's body index and how many of their first
  /// scalars repeat the line it stands under (`Line.quoted`).
  func bodySentences() -> [(sentence: FoldedText, bodyIndex: Int, quoted: Int)] {
    var out: [(FoldedText, Int, Int)] = []
    for line in lines where line.role == .body {
      if line.quoted == 0 {
        for s in SentenceSplitter.split(line.text) { out.append((s, line.bodyIndex, 0)) }
      } else {
        for (s, start) in SentenceSplitter.splitWithStarts(line.text) {
          out.append((s, line.bodyIndex, min(s.scalars.count, max(0, line.quoted - start))))
        }
      }
    }
    return out
  }

  /// A line that is only a union's full name — "Liên hiệp các hội khoa học và kỹ thuật Việt
  /// Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi" —, as a union's portal prints
  /// its own name over the date and the headline: the site's name, never the headline.
  static func isUnionNameLine(_ f: FoldedText) -> Bool {
    let t = f.tokens
    guard t.count >= 8, t.count <= 13, f.matches(p_union_name, at: 0) else { return false }
    var k = p_union_name.count
    if k < t.count, t[k].hash == h_va { k += 1 }
    guard f.matches(p_ky_thuat, at: k) else { return false }
    // (the rest a place: "Việt Nam", "tỉnh Quảng Ngãi", "TP. Hồ Chí Minh" — no colon, no verb)
    return t.count - (k + 2) <= 4 && !(k + 2..<t.count).contains { t[$0].gap == UInt8(ascii: ":") || FoldedText.isStrongPunct(t[$0].gap) }
  }

  static let p_union_name = Phrase("lien hiep cac hoi khoa hoc"), p_ky_thuat = Phrase("ky thuat"), h_va = Phrase.hash("va")

  static let siteNameWords: [Phrase] = [
    "bao dien tu", "cong thong tin dien tu", "trang thong tin dien tu", "trang tin dien tu", "co quan chu quan",
  ].phrases

  /// A menu ("Trang chủ | Giới thiệu | Tin tức …", "Tin trong tỉnh >> Chính trị") or the site's
  /// own name ("KIẾN THỨC – Báo điện tử của …"): never the article's title.
  static func isSiteLine(_ f: FoldedText) -> Bool {
    let separators = f.scalars.filter { $0 == "|" || $0 == "»" || $0 == "›" || $0 == ">" || $0 == "·" }.count
    if separators >= 2 { return true }
    return f.contains(any: siteNameWords)
  }

  /// A menu: entries parted by three bars, arrows or middle dots ("Trang chủ · Chính trị · Kinh
  /// tế") or more, each a few words (a page whose lines were joined into one, its menu with them,
  /// is no menu).
  static func isMenu(_ f: FoldedText) -> Bool {
    var bars = 0
    for c in f.scalars where c == "|" || c == "»" || c == "›" || c == "·" { bars += 1 }
    return bars >= 3 && f.tokens.count <= 6 * (bars + 1)
  }

  /// A report's section heading numbered in Roman figures ("I. THỜI GIAN, THÀNH PHẦN", "II)
  /// Nội dung"): never the page's headline.
  static func isSectionHeading(_ f: FoldedText) -> Bool {
    let numeral = f.scalars.prefix { "IVXL".unicodeScalars.contains($0) }
    guard !numeral.isEmpty, numeral.count <= 4, numeral.count + 1 < f.scalars.count else { return false }
    let mark = f.scalars[numeral.count], after = f.scalars[numeral.count + 1]
    return (mark == "." || mark == ")") && after == " "
  }

  /// Where someone stands in a picture, in brackets: "(đứng ngoài cùng bên phải)", "(thứ hai từ
  /// trái sang)" — a caption's words, never a headline's or a paragraph's.
  static let picturePositions: [Phrase] = ["ben phai", "ben trai", "tu trai sang", "tu phai sang", "ngoai cung"].phrases

  /// A picture's caption: a line of at most 40 words naming where someone stands in it.
  static func isCaption(_ f: FoldedText) -> Bool {
    // "Quang cảnh hội nghị. Ảnh: Minh Tuấn": a short line with its photographer's credit
    if f.tokens.count <= 25, f.tokens.indices.dropLast().contains(where: { i in
      f.tokens[i].hash == MainText.h_anh && f.tokens[i].isCap && f.tokens[i + 1].gap == UInt8(ascii: ":")
    }) {
      return true
    }
    guard f.tokens.count <= 40, f.scalars.contains("(") else { return false }
    for (i, t) in f.tokens.enumerated() where t.gap == UInt8(ascii: "(") {
      if f.contains(any: picturePositions, from: i, to: min(f.tokens.count, i + 6)) { return true }
    }
    return false
  }

  static let h_anh = Phrase.hash("anh"), h_thang = Phrase.hash("thang"), h_nam = Phrase.hash("nam")

  /// The words a written-out date takes beyond the three of its figures ("14 tháng 01 năm 2020"
  /// against "14/01/2020"), asked of a line just over a stamp's length only: a stamp's length is
  /// told as if its date were in figures.
  static func verbalDateWords(_ f: FoldedText, _ words: Int) -> Int {
    // (a sentence, closed by its full stop, is no stamp however its date is written)
    guard words > 14, words <= 18, f.scalars.last != ".",
      let d = DateReader.mentions(in: f).first(where: { $0.year != nil && $0.day != nil })
    else { return 0 }
    // (only the words "tháng" and "năm" a written-out date adds: "vào ngày 12/5/1988" adds none)
    return (d.start..<d.end).filter { f.tokens[$0].hash == MainText.h_thang || f.tokens[$0].hash == MainText.h_nam }.count
  }

  static func role(of f: FoldedText, bodyStarted: Bool, titleSeen: Bool = false) -> Role {
    let words = f.tokens.count
    if isCaption(f) { return .minor }
    // "Kính thưa các vị đại biểu!": a speech's address to the hall reports nothing
    if bodyStarted, Speech.isSalutation(f) { return .minor }
    // (a clause closed by ";" — "… địa phương ngày 19 tháng 6 năm 2015;" of a legal text broken
    // into short lines — is never a page's stamp)
    // (nor a schedule's day heading closed by ":", "Thứ Hai, ngày 07/4/2014:", over the rows of
    // that day)
    let clause = f.scalars.last == ";" || f.scalars.last == ":"
    // (a report's "- Thời gian: ngày 31 tháng 01 năm 2015." is the event's day, not a stamp)
    if words <= 14 + verbalDateWords(f, words) && !clause && DateReader.isTimestampLine(f) && !EventRecord.isTimeField(f) {
      return .timestamp
    }
    if words <= 30 && !clause && DateReader.isPostingLine(f) { return .timestamp }
    // (a digest's source line closed by its day, however long the source's name: "Nguồn: Liên
    // hiệp các Hội Khoa học & Kỹ thuật tỉnh Bình Thuận, 29/3/2013")
    if words <= 25, f.tokens.first?.hash == DateReader.h_nguon, DateReader.isTimestampLine(f) { return .timestamp }
    // closed by sentence punctuation, possibly inside a closing quote or bracket ("… lập.”)")
    // (a headline may ask a question before the body has begun: "Liên hiệp Hội: làm gì để góp
    // sức nhiều hơn cho phát triển kinh tế - xã hội?")
    let closed = closingMark(f).map { ".!?…:;".unicodeScalars.contains($0) && !(!bodyStarted && $0 == "?" && words <= 30) } ?? false
    // a lead set in bold without its full stop, under the headline ("Từ ngày 21 đến 23/7/2022,
    // tại Thành phố Hồ Chí Minh, Liên hiệp Hội Việt Nam đã tổ chức Hội nghị giao ban …"): a long
    // line that opens with the day of the event is no second headline
    if !closed && titleSeen && words >= 20 && opensWithDay(f) { return .body }
    // an outline under the headline (slides or a summary pasted from a presentation: "• Thời gian:
    // sáng 27/12/2023", "+ 47 hội thành viên", "– 114 đại biểu"): its bulleted lines are the
    // article, never a headline
    // (a closed sentence or a long line after a bullet is read as any other; and a hyphen is
    // no outline's bullet — portals type one before every paragraph, headline included: "- Tọa
    // đàm nhân Ngày Khoa học và Công nghệ Việt Nam (18/05/2020, 20:21)")
    if !bodyStarted, isBulleted(f), f.scalars.first != "-", !closed, words < 25 {
      return titleSeen && words >= 2 && !isMenu(f) && isOutlineEntry(f) ? .body : .minor
    }
    if !bodyStarted && words >= 4 && words <= 45 && !closed && !isSiteLine(f) && !isSectionHeading(f) && !isUnionNameLine(f) { return .title }
    if closed && words >= 6 { return .body }
    // "- Địa điểm: Hà Nội.": the place (or day) of the event a report's record sets out
    if bodyStarted, let field = EventRecord.field(of: f), field != .other { return .body }
    // "- Số hội thành viên: 31;": an item of a list of figures in the article
    if bodyStarted, isBulleted(f), words >= 3, f.tokens.contains(where: \.isNumber)
    {
      return .body
    }
    // "54 | hội thành viên", "Gần 10.000 | hội viên", "Trên 300: đề tài …": an infographic's
    // figure line, its number first (a qualifier word may stand before it) and its noun after a
    // bar or a colon
    if bodyStarted, words >= 3, isFigureLine(f) { return .body }
    // "Hội thành viên | 31 | ghi chú", "Cán bộ, hội viên | gần 23.900": a table's row, its label
    // first and its number in the next cell
    if bodyStarted, words >= 2, TableRow.labelledNumber(in: f) != nil { return .body }
    // "| 9/3/2022 | Buổi làm việc với … | Lãnh đạo Liên hiệp Hội Bình Định |": an event's row
    if bodyStarted, words >= 4, TableRow.opensWithDay(f) { return .body }
    // a long menu ("Trang chủ | Giới thiệu | Tin tức | Hội thành viên | …") is no paragraph:
    // the article has not begun, and a box of other news after it still comes before it
    if words >= 25, !isMenu(f) { return .body }
    return .minor
  }

  /// The line's last mark past closing quotes and brackets ("… lập.”)" ends in "."; "… xã hội?"
  /// in "?"), nil for an empty line.
  static func closingMark(_ f: FoldedText) -> Unicode.Scalar? {
    f.scalars.reversed().first { c in
      switch c { case " ", "\"", "”", "’", ")", "»": return false
      default: return true }
    }
  }

  /// True when the line opens with a list's bullet ("- ", "+ ", "• ", "* ", "– ", "▪ ", "◦ ").
  static func isBulleted(_ f: FoldedText) -> Bool {
    f.scalars.first.map(isBullet) ?? false
  }

  /// A list's bullet character.
  static func isBullet(_ c: Unicode.Scalar) -> Bool { "-+•*–▪◦●○■".unicodeScalars.contains(c) }

  /// An outline's entry that tells something: a field and its value ("• Thời gian: vừa qua",
  /// "• Tham dự hội nghị:"), a number ("+ 47 hội thành viên"), or a meeting's or the union's
  /// name — not a box of other articles' headlines, each closed by its date.
  static func isOutlineEntry(_ f: FoldedText) -> Bool {
    if DateReader.closingDate(in: f) != nil, f.tokens.count >= 6, !f.tokens.contains(where: { $0.gap == UInt8(ascii: ":") }) {
      return false
    }
    // (not a banner's stars, "*** Chào mừng Đại hội …", nor a byline, "• Tác giả: Hà Thu")
    if (f.scalars.count >= 2 && isBullet(f.scalars[1])) || f.find(Lexicon.p_chao_mung) != nil { return false }
    if MainText.bylineLabels.contains(where: { f.matches($0, at: 0) }) { return false }
    // (nor a portal's counter: "• Số người đang trực tuyến: 2", "• Lượt truy cập: 1046227")
    if f.contains(any: MainText.counterWords) { return false }
    return f.tokens.contains { $0.gap == UInt8(ascii: ":") || $0.isNumber } || f.scalars.last == ":"
      || f.contains(any: MeetingVocabulary.nouns) || f.find(Lexicon.p_lien_hiep) != nil
  }

  /// Words that may stand before a figure line's number ("Gần 10.000 | hội viên").
  static let figureQualifiers = WordSet(["gan", "hon", "tren", "khoang", "over", "nearly", "about", "more", "than", "almost"].map(Phrase.hash))

  /// True when the line opens with a number (after at most two qualifier words), then a bar or a
  /// colon, then words: "54 | hội thành viên", "Khoảng 7.500 | hội viên" — or does so after the
  /// line it was read under and its colon ("Chỉ tiêu đến năm 2026: 35 | hội thành viên").
  static func isFigureLine(_ f: FoldedText) -> Bool {
    if isFigureLine(f, from: 0) { return true }
    // (or after the line it was read under: "Chỉ tiêu đến năm 2026: 35 | hội thành viên")
    guard let colon = f.tokens.indices.first(where: { f.tokens[$0].gap == UInt8(ascii: ":") }) else { return false }
    return isFigureLine(f, from: colon)
  }

  /// The same from token `start`: a number there (a scale word may follow it), then a bar or a
  /// colon before the next word.
  static func isFigureLine(_ f: FoldedText, from start: Int) -> Bool {
    let t = f.tokens
    var i = start
    while i < min(start + 2, t.count), !t[i].isNumber, figureQualifiers.contains(t[i].hash) { i += 1 }
    guard i < t.count, t[i].isNumber else { return false }
    // (the number's groups: "10.000", "3,7")
    var j = i + 1
    while j < t.count, t[j].isNumber, t[j].gap == UInt8(ascii: ".") || t[j].gap == UInt8(ascii: ",") { j += 1 }
    // (and its scale word: "3,7 triệu | hội viên")
    if j < t.count, t[j].gap == 0, NumberReader.scales.contains(where: { $0.0 == t[j].hash }) { j += 1 }
    guard j < t.count, !t[j].isNumber else { return false }
    return t[j].gap == UInt8(ascii: "|") || t[j].gap == UInt8(ascii: ":")
  }

  /// True when the line's first words are a day ("Ngày 5/1, …", "Từ ngày 21 đến 23/7/2022, …",
  /// "Trong hai ngày 21 và 22/8, …") followed by a comma.
  static func opensWithDay(_ f: FoldedText) -> Bool {
    if f.tokens.prefix(5).contains(where: \.isNumber), let d = DateReader.mentions(in: f).first, d.start <= 3, d.day != nil,
      d.end < f.tokens.count
    {
      return f.tokens[d.end].gap == UInt8(ascii: ",")
    }
    // (an English edition's lead: "Binh Thuan - On March 9, 2022, a meeting … was convened …")
    guard f.tokens.prefix(7).contains(where: \.isNumber), let e = EnglishDates.mentions(in: f).first, e.start <= 4,
      e.day != nil, e.end < f.tokens.count
    else { return false }
    return f.tokens[e.end].gap == UInt8(ascii: ",")
  }

  /// Where a line's leading meta date ends — "date 2025-12-27" or "date 2021-04", as pages kept
  /// from a web store print their publication meta before the text — when text follows it on
  /// the same line; nil otherwise.
  static func metaDateEnd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
    guard e - s > metaDateLabel.count + 7, opensWithMetaDate(b, s) else { return nil }
    // (past "date 2025-": the month, then maybe the day)
    var k = s + metaDateLabel.count + 5
    func digits(_ n: Int) -> Bool {
      guard k + n <= e, (k..<k + n).allSatisfy({ (0x30...0x39).contains(b[$0]) }) else { return false }
      k += n
      return true
    }
    guard digits(2) else { return nil }
    if k + 2 < e, b[k] == UInt8(ascii: "-") { k += 1; guard digits(2) else { return nil } }
    guard k < e, b[k] == 0x20 else { return nil }
    return k
  }

  /// True when the bytes at `i` open with a meta date's label and year: "date 2025-".
  static func opensWithMetaDate(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i + metaDateLabel.count + 5 <= b.count, (0..<metaDateLabel.count).allSatisfy({ b[i + $0] == metaDateLabel[$0] }) else {
      return false
    }
    let y = i + metaDateLabel.count
    return (y..<y + 4).allSatisfy { (0x30...0x39).contains(b[$0]) } && b[y + 4] == UInt8(ascii: "-")
  }

  static let metaDateLabel: [UInt8] = Array("date ".utf8)

  /// The byte ranges of the trimmed, non-empty lines of UTF-8 text, split on any line break
  /// (LF, CR, U+2028, U+2029, U+0085); spaces, tabs, NBSP, BOM and zero-width spaces trimmed.
  static func lineRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let n = b.count
    var start = 0
    var i = 0
    func flush(_ end: Int) {
      var s = start, e = end
      while s < e {
        if b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0B || b[s] == 0x0C { s += 1 }
        else if s + 1 < e, b[s] == 0xC2, b[s + 1] == 0xA0 { s += 2 }
        else if s + 2 < e, b[s] == 0xEF, b[s + 1] == 0xBB, b[s + 2] == 0xBF { s += 3 }
        else if s + 2 < e, b[s] == 0xE2, b[s + 1] == 0x80, b[s + 2] == 0x8B { s += 3 }
        else { break }
      }
      while e > s {
        if b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0B || b[e - 1] == 0x0C { e -= 1 }
        else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
        else if e - 3 >= s, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0x8B { e -= 3 }
        else { break }
      }
      guard e > s else { return }
      // "date 2025-12-27 (GLO)- Sáng 26-12, …": a stored page's meta date printed before its first
      // line is a stamp of its own, the rest of the line the page's
      if let stamp = metaDateEnd(b, s, e) {
        out.append(s..<stamp)
        var r = stamp
        while r < e, b[r] == 0x20 { r += 1 }
        if r < e { out.append(r..<e) }
        return
      }
      out.append(s..<e)
    }
    // (bytes that may break a line: the rest are passed with one look-up each)
    let mayBreak = MainText.mayBreakLine
    while i < n {
      let c = b[i]
      if !mayBreak[Int(c)] {
        i += 1
      } else if c == 0x0A || c == 0x0D {
        flush(i); i += 1; start = i
      } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 {
        flush(i); i += 3; start = i  // U+2028, U+2029
      } else if c == 0xC2, i + 1 < n, b[i + 1] == 0x85 {
        flush(i); i += 2; start = i  // U+0085
      } else {
        i += 1
      }
    }
    flush(n)
    return out
  }
}

extension MainText {
  /// The bytes a line break starts with: "\n", "\r", E2 (U+2028, U+2029), C2 (U+0085).
  static let mayBreakLine: [Bool] = (0..<256).map { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 || $0 == 0xC2 }
}

extension CharacterSet {
  static let whitespacesAndNewlinesAndBOM: CharacterSet = {
    var s = CharacterSet.whitespacesAndNewlines
    s.insert(charactersIn: "\u{FEFF}\u{200B}\u{00A0}")
    return s
  }()
}

import Foundation
