import VustaModel
/// Splits a paragraph into sentences at ".", "!", "?" (and "…") followed by a capital letter,
/// a quote or a digit, but not after the abbreviations news text uses ("TP.", "TS.", "PGS.").
enum SentenceSplitter {
  /// Words that end with a dot without ending a sentence.
  static let abbreviations: Set<String> = [
    "tp", "ts", "ths", "gs", "pgs", "tskh", "ks", "bs", "cn", "ls", "nsnd", "nsut", "tt", "tx", "q", "p", "h",
    "ong", "ba", "st", "no", "v", "vv", "mr", "ms", "dr", "tr", "sdt", "dt", "d", "x",
    // (English editions' titles and companies: "Assoc. Prof. Dr.", "Co., Ltd.")
    "prof", "assoc", "mrs", "msc", "phd", "ltd", "inc", "vs",
  ]

  static func split(_ text: FoldedText) -> [FoldedText] {
    let cuts = cutPoints(text)
    if cuts.isEmpty { return [text] }
    var out: [FoldedText] = []
    pieces(text, cuts) { piece, _ in out.append(piece) }
    return out
  }

  /// The sentences with the scalar offset each starts at in `text`.
  static func splitWithStarts(_ text: FoldedText) -> [(FoldedText, Int)] {
    let cuts = cutPoints(text)
    if cuts.isEmpty { return [(text, 0)] }
    var out: [(FoldedText, Int)] = []
    pieces(text, cuts) { out.append(($0, $1)) }
    return out
  }

  /// The sentences between the cuts, spaces before each cut left out, each with its start.
  @inline(__always)
  private static func pieces(_ text: FoldedText, _ cuts: [Int], _ body: (FoldedText, Int) -> Void) {
    let s = text.scalars
    var start = 0
    for cut in cuts + [s.count] {
      var end = cut
      while end > start, s[end - 1] == " " { end -= 1 }
      if end > start { body(text.slice(start, end), start) }
      start = cut
    }
  }

  /// Where the sentences of `text` start, after the first (scalar offsets).
  private static func cutPoints(_ text: FoldedText) -> [Int] {
    let s = text.scalars
    let b = text.bytes
    var cuts: [Int] = []
    var i = 0
    // (bytes that may end a sentence or a clause: the rest are passed with one look-up each)
    let stops = SentenceSplitter.mayEnd
    while i < b.count {
      let c = b[i]
      if !stops[Int(c)] { i += 1; continue }
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
        var j = i + 1
        while j < b.count, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: ")") { j += 1 }
        guard j < b.count, b[j] == 0x20 else { i = j; continue }
        var k = j
        while k < b.count, b[k] == 0x20 { k += 1 }
        guard k < b.count else { break }
        let next = s[k]
        let startsSentence = VietnameseText.isUpper(next) || next == "\"" || next == "“" || next == "("
          || (b[k] >= 48 && b[k] <= 57)
        if startsSentence && !(c == UInt8(ascii: ".") && endsWithAbbreviation(b, before: i, scalars: s)) {
          cuts.append(k)
        }
        i = k
        continue
      }
      // "…; trước đó, ngày 5/3, …": a clause that starts its own dated report
      if c == UInt8(ascii: ";"), i + 1 < b.count, b[i + 1] == 0x20,
        startsDatedClause(b, at: i + 2) || reportsAnotherDay(b, s, at: i + 2, since: cuts.last ?? 0)
      {
        cuts.append(i + 2)
      }
      i += 1
    }
    return cuts
  }

  /// True when the clause from `k` (to the next ";" or the end) writes a day ("26/12") and starts
  /// with a capital or a linking word ("tiếp đó", "đến", "còn"), and the part before it since
  /// `since` writes one too: a round-up's list of events, each with its own day ("… Tuyên Quang
  /// tiến hành Đại hội … ngày 18/12/2019; Bình Định họp Ban Chấp hành … vào sáng 26/12; …").
  static func reportsAnotherDay(_ b: [UInt8], _ s: [Unicode.Scalar], at k: Int, since: Int) -> Bool {
    guard k < b.count else { return false }
    let startsClause = VietnameseText.isUpper(s[k]) || linkingOpenings.contains { o in
      k + o.count < b.count && b[k..<(k + o.count)].elementsEqual(o)
    }
    guard startsClause else { return false }
    var end = k
    while end < b.count, b[end] != UInt8(ascii: ";") { end += 1 }
    // (not a list of documents and their days: "…, ký ngày 21/10/2015; Quyết định … số
    // 14/2014/QĐ-TTg (ban hành ngày 14/2/2014) …")
    return writesDay(b, from: k, to: end) && writesDay(b, from: since, to: k) && !writesDocumentNumber(b, from: since, to: end)
  }

  /// True when the bytes hold a document's number: digits, then "/" or "-", then a letter
  /// ("14/2014/QĐ-TTg", "25/KH-LHH", "42-CT/TW").
  static func writesDocumentNumber(_ b: [UInt8], from: Int, to: Int) -> Bool {
    var i = max(from, 1)
    while i + 1 < min(to, b.count) {
      if b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "-"), b[i - 1] >= 48, b[i - 1] <= 57,
        b[i + 1] >= UInt8(ascii: "a"), b[i + 1] <= UInt8(ascii: "z")
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// Openings that link a round-up's next event: "tiếp đó, …", "đến ngày …", "đến lượt …", "còn …".
  static let linkingOpenings: [[UInt8]] = ["tiep do", "tiep theo", "den ngay", "den luot", "con ", "roi ", "va "].map { Array($0.utf8) }

  /// True when the bytes hold a day and month in digits ("26/12", "21-22/12", "9.1").
  static func writesDay(_ b: [UInt8], from: Int, to: Int) -> Bool {
    var i = max(from, 1)
    while i + 1 < min(to, b.count) {
      let c = b[i]
      if (c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")), b[i - 1] >= 48, b[i - 1] <= 57,
        b[i + 1] >= 48, b[i + 1] <= 57
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// The bytes a sentence or a clause may end at: ".", "!", "?", ";".
  static let mayEnd: [Bool] = (0..<256).map { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3B }

  /// Folded openings of a clause that reports another, dated event.
  static let datedOpenings: [[UInt8]] = ["truoc do, ngay ", "sau do, ngay ", "truoc do ngay ", "ngay ", "sang ngay ",
                                          "chieu ngay ", "sang ", "chieu ", "toi ", "hom ", "cung ngay", "chieu cung ngay",
                                          "sang cung ngay"].map { Array($0.utf8) }

  static func startsDatedClause(_ b: [UInt8], at k: Int) -> Bool {
    for o in datedOpenings where k + o.count < b.count && b[k..<(k + o.count)].elementsEqual(o) {
      // the opening must lead to a number ("ngày 5/3") or be "cùng ngày"
      let after = k + o.count
      return o.last == UInt8(ascii: "y") || (b[after] >= 48 && b[after] <= 57)
    }
    return false
  }

  /// True when the word before position `dot` is a known abbreviation or a single letter (a
  /// word glued to the one before it, "tạiTP.", is read from its capital, as the words are).
  static func endsWithAbbreviation(_ b: [UInt8], before dot: Int, scalars: [Unicode.Scalar]) -> Bool {
    var k = dot
    let flags = VietnameseText.flags
    while k > 0, FoldedText.isWordByte(b[k - 1]) {
      k -= 1
      if k >= 2, k + 1 < b.count, FoldedText.startsGluedWord(scalars, b, k, flags) { break }
    }
    let word = String(decoding: b[k..<dot], as: UTF8.self)
    if word.isEmpty { return false }
    // "… sáng 17/5. Buổi ký kết …": a date or a number ends the sentence (a single letter may not)
    if word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return false }
    if word.count == 1 {
      // "… Đại hội đại biểu lần thứ V. Về dự …": an ordinal's Roman numeral ends the sentence
      var j = k
      while j > 0, b[j - 1] == 0x20 { j -= 1 }
      var i = j
      while i > 0, FoldedText.isWordByte(b[i - 1]) { i -= 1 }
      let before = String(decoding: b[i..<j], as: UTF8.self)
      return !(j < k && ["thu", "khoa"].contains(before) && "ivxl".contains(word))
    }
    return abbreviations.contains(word)
  }
}
