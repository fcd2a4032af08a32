/// What old provincial portals (2008–2014) do to an article's markup, read by `HTMLText`: an
/// editor's `<br>` every eighty to a hundred characters inside sentences (a soft break, made a
/// space when a word goes on after it), and the headline set in an element of its own class
/// (`<td class="title">`) under a `<title>` that is only the site's name.
extension HTMLText {
  /// Elements a headline class is looked for on: td, div, span, h1–h3, p (compared one by one:
  /// cheaper than a set's hashing on every tag).
  static let headlineTagList: [UInt64] = ["td", "div", "span", "h1", "h2", "h3", "p"].map { hash($0.utf8) }
  @inline(__always) static func isHeadlineTag(_ name: UInt64) -> Bool {
    let l = headlineTagList
    return name == l[0] || name == l[1] || name == l[2] || name == l[3] || name == l[4] || name == l[5] || name == l[6]
  }
  /// Class words of a page's own headline on old portals and news sites.
  static let headlineClasses: [[UInt8]] = [
    "title", "tieude", "tieu-de", "tieu_de", "news-title", "news_title", "newstitle", "article-title", "post-title",
    "entry-title", "detail-title", "title-detail", "title_detail", "titledetail",
  ].map { Array($0.utf8) }

  /// True when the tag's class holds a headline's class word.
  static func hasHeadlineClass(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let cls = attributeBytes("class", in: tag) else { return false }
    var start = cls.startIndex
    while start < cls.endIndex {
      var end = start
      while end < cls.endIndex, cls[end] != 0x20 { end += 1 }
      let word = cls[start..<end]
      if headlineClasses.contains(where: { c in c.count == word.count && zip(c, word).allSatisfy { $0 == asciiLower($1) } }) { return true }
      start = end + 1
    }
    return false
  }

  /// The text read inside a headline's element, one line, when it reads as a headline: four
  /// words or more, at most 400 bytes.
  static func headlineText(_ b: ArraySlice<UInt8>) -> String? {
    let line = oneLine(b.map { $0 < 0x20 ? 0x20 : $0 })
    guard line.count <= 400, line.filter({ $0 == 0x20 }).count >= 3 else { return nil }
    return trimmed(String(decoding: line, as: UTF8.self))
  }

  /// True when a page's title reads as its site's name, not a headline: none, all in capitals
  /// ("TIN TỨC NAM ĐỊNH"), or four words at most.
  static func isSiteName(_ title: String?) -> Bool {
    guard let title else { return true }
    guard title.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return true }
    // (its words counted on the bytes: a String's split walks grapheme clusters, dear on every page)
    var words = 0
    var inWord = false
    for b in title.utf8 {
      if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1; if words > 4 { return false } }
    }
    return true
  }

  /// True when the page's title holds the headline's first four words (a "Headline - Site"
  /// title), compared without case.
  static func holds(_ title: String?, _ headline: String) -> Bool {
    guard let title else { return false }
    let words = headline.lowercased().split(separator: " ").prefix(4).joined(separator: " ")
    return title.lowercased().contains(words)
  }

  /// The byte that marks a <br> written inside a sentence until `resolveSoftBreaks` decides.
  static let softBreak: UInt8 = 0x1C  // (not TableRows.cellMark, 0x1D, nor the listing marks 0x1E, 0x1F)
  static let b: UInt64 = 0xaf63_df4c_8601_f1a5, strong: UInt64 = 0xa5e9_f6d9_1985_a3da
  /// What opens a bracket or a quotation.
  static let openers: Set<Unicode.Scalar> = ["(", "“", "\"", "'", "«"]

  /// True when the line written last (since the last line end) looks cut by a <br> inside a
  /// sentence: 60 characters or more, ending in a letter, a digit, a comma or a dash — not a
  /// sentence's end, a bracket or a link list's date.
  static func isCutLine(_ out: [UInt8]) -> Bool {
    var end = out.count
    while end > 0, out[end - 1] == 0x20 { end -= 1 }
    guard end > 0 else { return false }
    // the last character first (most lines a <br> ends are short or end otherwise)
    var lead = end - 1
    while lead > 0, out[lead] & 0xC0 == 0x80 { lead -= 1 }
    guard let scalar = scalar(in: out, at: lead, end: end),
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "," || scalar == "–" || scalar == "-"
    else { return false }
    var chars = 0
    var k = end - 1
    while k >= 0, out[k] != 0x0A, out[k] != softBreak {
      if out[k] & 0xC0 != 0x80 { chars += 1 }
      if chars >= 60 { return true }
      k -= 1
    }
    return false
  }

  /// The character whose UTF-8 bytes are `out[lead..<end]` (nil for a broken sequence), read
  /// without building a string.
  static func scalar(in out: [UInt8], at lead: Int, end: Int) -> Unicode.Scalar? {
    let first = out[lead]
    let count = end - lead
    var value: UInt32
    switch (first, count) {
    case (0..<0x80, 1): value = UInt32(first)
    case (0xC0..<0xE0, 2): value = UInt32(first & 0x1F)
    case (0xE0..<0xF0, 3): value = UInt32(first & 0x0F)
    case (0xF0..<0xF8, 4): value = UInt32(first & 0x07)
    default: return nil
    }
    for k in (lead + 1)..<end { value = value << 6 | UInt32(out[k] & 0x3F) }
    return Unicode.Scalar(value)
  }

  /// Each marked <br>: a space when the text after it goes on with a word (a letter, a digit, an
  /// opening bracket or quote: "… Trường Cao đẳng<br>(năm 2022)"), a line end otherwise (another
  /// break, a list's mark, the end of the text).
  static func resolveSoftBreaks(_ out: inout [UInt8]) {
    for k in out.indices where out[k] == softBreak {
      var j = k + 1
      while j < out.count, out[j] == 0x20 { j += 1 }
      var e = min(j + 1, out.count)
      while e < out.count, out[e] & 0xC0 == 0x80 { e += 1 }
      let next = j < out.count ? scalar(in: out, at: j, end: e) : nil
      let goesOn = next.map { $0.properties.isAlphabetic || $0.properties.numericType != nil || HTMLText.openers.contains($0) } ?? false
      out[k] = goesOn ? 0x20 : 0x0A
    }
  }
}
