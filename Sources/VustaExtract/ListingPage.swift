import VustaModel

/// One news item of a listing page: its headline, its own date and the lines of its summary.
public struct ListingItem: Equatable, Sendable {
  /// The item's headline, when it shows one.
  public var title: String?
  public var published: FactDate?
  /// The headline followed by the summary lines: the text extracted as the item's article.
  public var text: String
  /// Line numbers (from 0, among the page's non-empty lines) the item spans.
  public var lines: Range<Int>
}

/// Recognises a listing page — a portal's home, category or tag page that holds several news
/// items, each with its own headline, date and summary — and splits it into its items.
///
/// An item is a headline-like line (a few words, no closing full stop) with a date next to it
/// (the line before or after, or the headline's own trailing "(30/09/2011)"), followed by its
/// summary. A page is a listing when at least three such items stand before any long paragraph
/// of its own: an article followed by a "Tin liên quan" list is not one (its list comes after
/// its body, and lists after an ender line are never read).
public enum ListingPage {
  /// Items needed before a page counts as a listing.
  static let minimumItems = 3
  /// A paragraph at least this many words long that is no item's summary means an article body.
  static let bodyWords = 70

  struct LineInfo {
    var text: String
    var folded: FoldedText
    var words: Int
    var date: DateMention?
    /// The line is a date (a timestamp or a few words around a full date).
    var isDateLine: Bool
    var endsSentence: Bool
    var kind: Boilerplate.Kind
  }

  /// The line the HTML reader writes where a repeated news item (a list entry, an `<article>`,
  /// a "…item" box) starts: U+001E, the record separator.
  public static let itemMark: Character = "\u{1E}"
  /// The line the HTML reader writes where a list ends (`</ul>`, `</ol>`): U+001F, the unit
  /// separator. Text after it, up to the next item mark, belongs to no item.
  public static let listEndMark: Character = "\u{1F}"

  /// The line a reader writes before each whole article of a compilation — a bulletin's issue
  /// saved as PDF, an office's digest kept in Word, several articles one after another under
  /// their own headlines: U+001D, the group separator (`compiledArticles`).
  public static let articleMark: Character = "\u{1D}"

  /// Words a tag or topic page names itself with, on a short header line ("Trang chủ > Tag: …").
  static let topicHeaders: [Phrase] = ["tag", "tags", "tu khoa", "chu de", "tin moi", "tin moi nhat", "tin noi bat"].phrases
  static let pagerWords: [Phrase] = ["trang truoc", "trang sau", "trang tiep", "trang cuoi"].phrases

  /// A pager: "« Trang trước 1 2 3 Trang sau »", "« Trước 5 6 7 8 9 Sau »".
  static func isPager(_ line: String) -> Bool {
    let f = FoldedText(line)
    if f.contains(any: pagerWords) { return true }
    // (page numbers stand alone: a headline with its date after "»" is no pager)
    let arrows = line.unicodeScalars.filter { "«»‹›".unicodeScalars.contains($0) }.count
    guard arrows >= 1, f.tokens.count <= 16, DateReader.mentions(in: f).isEmpty else { return false }
    let pages = f.tokens.filter { $0.isNumber && $0.end - $0.start <= 3 }.count
    return pages >= 3 && f.tokens.count - pages <= 6
  }

  /// A line that is only a link to more items of the list: "Xem thêm", "Xem tiếp", "Tải thêm".
  static func isLoadMore(_ line: String) -> Bool {
    let f = FoldedText(line)
    return f.tokens.count == 2 && loadMoreLinks.contains { f.matches($0, at: 0) }
  }

  static let loadMoreLinks: [Phrase] = ["xem them", "xem tiep", "tai them"].phrases

  /// The lines of a text, split on its UTF-8 bytes (no grapheme breaking).
  static func utf8Lines(_ text: String, keepEmpty: Bool = false) -> [Substring] {
    // (the line breaks found on the contiguous bytes; the generic split over the UTF-8 view
    // walked it index by index and was a few per cent of extracting a page)
    var text = text
    let ends: [Int] = text.withUTF8 { b in
      var out: [Int] = []
      var from = 0
      while let i = ByteSearch.firstIndex(of: 0x0A, in: b, from: from) {
        out.append(i)
        from = i + 1
      }
      return out
    }
    let u = text.utf8
    var lines: [Substring] = []
    lines.reserveCapacity(ends.count + 1)
    var start = 0
    for end in ends + [u.count] {
      if end > start || keepEmpty {
        lines.append(Substring(u[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)]))
      }
      start = end + 1
    }
    return lines
  }

  /// A line without the spaces, tabs and carriage returns around it.
  static func trimmed(_ s: Substring) -> String {
    // on the bytes: space, tab, carriage return and the no-break space (C2 A0)
    let u = s.utf8
    var start = u.startIndex, end = u.endIndex
    while start < end {
      let b = u[start]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        start = u.index(after: start)
      } else if b == 0xC2, u.index(after: start) < end, u[u.index(after: start)] == 0xA0 {
        start = u.index(start, offsetBy: 2)
      } else {
        break
      }
    }
    while end > start {
      let last = u.index(before: end)
      let b = u[last]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        end = last
      } else if b == 0xA0, last > start, u[u.index(before: last)] == 0xC2 {
        end = u.index(before: last)
      } else {
        break
      }
    }
    return String(decoding: u[start..<end], as: UTF8.self)
  }

  /// UTF-8 of words with ASCII letters lower-cased (non-ASCII letters keep their case, so both
  /// spellings are listed where a cue starts with one).
  static func lowered(_ words: [String]) -> [[UInt8]] {
    words.map { Array($0.utf8).map { $0 &- 65 < 26 ? $0 + 32 : $0 } }
  }
  /// The cues by what they show: a tag or topic header, a "read more" link, a pager.
  static let headerCues = lowered(["tag", "thẻ", "chủ đề", "CHỦ ĐỀ", "từ kh", "TỪ KH", "tin mới", "TIN MỚI", "tin nổi", "TIN NỔI"])
  static let linkCues = lowered(["xem chi ti", "xem ti", "xem th", "đọc ti", "Đọc ti", "ĐỌC TI"])
  static let pagerCues = lowered(["trang tr", "trang sau", "trang ti", "trang cu", "«", "‹", "›"])
  /// The words one of which a listing page saved as text always shows: pages with none are not
  /// read line by line.
  static let textCues = headerCues + linkCues + pagerCues

  /// The first two bytes of the cues, to skip most positions at once.
  static let cueStarts: [Bool] = {
    var t = [Bool](repeating: false, count: 65536)
    for cue in textCues { t[Int(cue[0]) << 8 | Int(cue.count > 1 ? cue[1] : 0)] = true }
    return t
  }()

  /// What one pass over the text's bytes tells before any line is read: whether the HTML reader
  /// marked items, how many short lines hold a full date ("12/05/2019"), and whether a short line
  /// shows a listing's words. Long lines (paragraphs, most of the bytes) are only skipped over.
  struct Signs {
    var marked = false
    /// A reader marked the articles of a compilation.
    var compiled = false
    /// Short lines that are dates, counted up to `minimumItems` (all that is asked of them).
    var dateLines = 0
    var cued = false
  }

  static func signs(of text: String) -> Signs {
    var text = text
    // (the constants read once, not once per line: each static is a lazy global's check)
    let cues = textCues, starts = cueStarts
    return text.withUTF8 { b in
      var signs = Signs()
      // (the HTML reader's marks, anywhere in the text: asked of the whole at once)
      signs.marked = ByteSearch.contains(0x1E, in: b)
      signs.compiled = ByteSearch.contains(0x1D, in: b)
      var start = 0
      let n = b.count
      while start <= n {
        let i = ByteSearch.firstIndex(of: 0x0A, in: b, from: start) ?? n
        let length = i - start
        if length > 0 && length <= 120 {
          let line = UnsafeBufferPointer(rebasing: b[start..<i])
          // (what is asked of the count is whether it reaches `minimumItems`)
          if signs.dateLines < minimumItems, isDateLine(line) { signs.dateLines += 1 }
          if !signs.cued && hasCue(line, in: cues, starts: starts) { signs.cued = true }
        } else if length > 120 && !signs.cued {
          // (a summary closed by its link: "… Xem tiếp »" in the line's last bytes)
          let tail = UnsafeBufferPointer(rebasing: b[(i - 24)..<i])
          if hasCue(tail, in: linkCues, starts: nil) { signs.cued = true }
        }
        start = i + 1
      }
      return signs
    }
  }

  /// A short line with two separators between digits ("12/05/2019", "12-5-2019").
  static func isDateLine(_ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { isDateLine($0) }
  }

  static func isDateLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count <= 90 else { return false }
    var seps = 0
    var i = 1
    while i + 1 < b.count {
      let c = b[i]
      if c == 0x2F || c == 0x2D || c == 0x2E, b[i - 1] &- 48 < 10, b[i + 1] &- 48 < 10 { seps += 1 }
      i += 1
    }
    return seps >= 2 || isVerbalDateLine(b)
  }

  /// "Ngày 3 tháng 1 năm 2024": a month written out, then a year of four digits.
  static func isVerbalDateLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    func find(_ word: [UInt8], from: Int) -> Int? {
      guard word.count <= b.count else { return nil }
      var i = from
      while i + word.count <= b.count {
        if b[i] == word[0], (1..<word.count).allSatisfy({ b[i + $0] == word[$0] }) { return i + word.count }
        i += 1
      }
      return nil
    }
    func digits(at i: Int) -> Int {
      var k = i
      while k < b.count, b[k] == 0x20 { k += 1 }
      var n = 0
      while k + n < b.count, b[k + n] &- 48 < 10 { n += 1 }
      return n
    }
    guard let month = find(thang, from: 0), (1...2).contains(digits(at: month)), let year = find(nam, from: month) else { return false }
    return digits(at: year) == 4
  }

  static let thang = Array("tháng".utf8), nam = Array("năm".utf8)

  /// True when one of the cues occurs in the bytes of a short line (ASCII letters without case);
  /// `starts` (the cues' first two bytes) skips most positions at once.
  static func hasCue(_ b: UnsafeBufferPointer<UInt8>, in cues: [[UInt8]] = textCues, starts: [Bool]? = cueStarts) -> Bool {
    @inline(__always) func lower(_ c: UInt8) -> UInt8 { c &- 65 < 26 ? c + 32 : c }
    let n = b.count
    var i = 0
    while i + 1 < n {
      let c = lower(b[i])
      if let starts, !starts[Int(c) << 8 | Int(lower(b[i + 1]))] { i += 1; continue }
      for cue in cues where cue[0] == c && i + cue.count <= n {
        var k = 1
        while k < cue.count, lower(b[i + k]) == cue[k] { k += 1 }
        if k == cue.count { return true }
      }
      i += 1
    }
    return false
  }

  /// The items of a listing page, or nil when the text is not one.
  public static func items(in text: String, address: String? = nil) -> [ListingItem]? {
    // cheap checks first: most pages are articles
    let signs = signs(of: text)
    if signs.compiled, let items = compiledArticles(in: text) { return items }
    if signs.marked, let items = markedItems(in: text, address: address) {
      return items
    }
    let dated = signs.dateLines >= minimumItems
    let cued = signs.cued
    guard dated || cued else { return nil }
    if dated {
      let raw = utf8Lines(text)
      if likelyDatedItems(raw) {
        let lines = raw.map(trimmed).filter { !$0.isEmpty && $0 != String(itemMark) && $0 != String(listEndMark) }
        if let items = datedItems(lines) { return items }
      }
    }
    return cued ? topicPageItems(text) : nil
  }

  /// The articles of a compilation, each starting at a mark with its headline as first line and
  /// running to the next mark (its own date line, its source line and all); what stands before
  /// the first mark (a bulletin's masthead, its issue line) is no article's. Nil for fewer than two.
  static func compiledArticles(in text: String) -> [ListingItem]? {
    let mark = String(articleMark)
    var items: [ListingItem] = []
    var current: [String]? = nil
    var start = 0
    var number = 0
    func close() {
      if let lines = current, let first = lines.first {
        items.append(ListingItem(title: first, published: nil, text: lines.joined(separator: "\n"), lines: start..<number))
      }
    }
    for raw in utf8Lines(text) {
      let line = trimmed(raw)
      if line == mark {
        close()
        current = []
        start = number
        continue
      }
      if line.isEmpty { continue }
      current?.append(line)
      number += 1
    }
    close()
    return items.count >= 2 ? items : nil
  }

  /// At most the number of words `FoldedText` finds in the line, told from its bytes: runs
  /// between ASCII bytes that are neither letters nor digits, holding an ASCII letter or digit
  /// (each holds at least one word; a word of Vietnamese letters only, "ở", is not counted).
  /// (Counting stops at `limit`: a caller asking "at least 15?" needs no more.)
  static func leastWordCount(_ line: String, limit: Int = .max) -> Int {
    var line = line
    return line.withUTF8 { u in
      var count = 0
      var inRun = false
      for b in u {
        // (a NUL folds to 0, which a word runs on through: it separates nothing)
        if b >= 0x80 || b == 0 { continue }
        if b &- 48 < 10 || b &- 65 < 26 || b &- 97 < 26 {
          if !inRun {
            count += 1
            if count >= limit { return count }
            inRun = true
          }
        } else {
          inRun = false
        }
      }
      return count
    }
  }

  /// Items the HTML reader marked: each mark starts one. A page is a listing when at least two
  /// marked items hold a headline or a summary (menus and link lists are too short), no item is
  /// a whole article (more than three paragraphs), and nothing before the first item reads like
  /// an article's lead. Items after an ender line ("Tin liên quan") are not the page's own.
  static func markedItems(in text: String, address: String? = nil) -> [ListingItem]? {
    // segments of lines: the head, then items (after an item mark) and text outside any item
    // (after a list's end, up to the next item)
    // A page whose text outside its items (before the first, or between lists) reads like an
    // article (a lead of 40 words, or two paragraphs) is an article with lists in it: told while
    // the lines are read, so an article stops the reading at its lead (a line of k words has at
    // least k bytes: shorter lines are not folded).
    let item = String(itemMark), listEnd = String(listEndMark)
    var segments: [(item: Bool, lines: [String])] = [(false, [])]
    var outsideParagraphs = 0
    // An item holding two paragraphs after its first line (an article in an `<article>`) makes
    // the reading below return nil when it gets there, unless an item before it opens with a
    // list's ender: told here from bytes, so article pages skip describing their menu entries.
    var itemParagraphs = 0
    var mayStopAtArticle = true
    for raw in utf8Lines(text) {
      let line = trimmed(raw)
      if line == item { segments.append((true, [])); itemParagraphs = 0; continue }
      if line == listEnd { segments.append((false, [])); outsideParagraphs = 0; continue }
      if line.isEmpty { continue }
      // a pager ends the list as its end does: the footer after the last item is no part of it
      // (a pager line and nothing else: "Thực trạng sau 5 năm …" is a headline)
      if segments[segments.count - 1].item, isWholePager(line) {
        segments.append((false, [line]))
        outsideParagraphs = 0
        continue
      }
      segments[segments.count - 1].lines.append(line)
      if segments[segments.count - 1].item {
        guard mayStopAtArticle, segments[segments.count - 1].lines.count > 1, line.utf8.count >= 15,
          leastWordCount(line, limit: 15) >= 15
        else { continue }
        // the site's footer after the last item ("Liên hiệp … Địa chỉ: …, Điện thoại: …") ends
        // the list, whatever its length
        if itemParagraphs >= 1, Boilerplate.classify(FoldedText(line)) != .keep {
          segments[segments.count - 1].lines.removeLast()
          segments.append((false, [line]))
          outsideParagraphs = 0
          continue
        }
        itemParagraphs += 1
        if itemParagraphs >= 2 {
          if segments.contains(where: { $0.item && $0.lines.first.map { Boilerplate.isEnder(FoldedText($0)) } ?? false }) {
            mayStopAtArticle = false
          } else {
            return nil
          }
        }
      } else if line.utf8.count >= 15 {
        let folded = FoldedText(line)
        // (a portal's ticker of headlines reads like no article's lead)
        if folded.tokens.count >= 15, Boilerplate.isTicker(folded) { continue }
        let words = folded.tokens.count
        if words >= 40 { return nil }
        if words >= 15 { outsideParagraphs += 1 }
        if outsideParagraphs >= 2 { return nil }
      }
    }
    // a portal's box of documents ("Văn bản mới" over "Quyết định số … về …" entries) lists no
    // news; its entries are told by the heading above them (a list of news items about documents
    // stays a listing)
    // (the heading may stand in the list's first entry too)
    let documentBox = segments.contains { $0.lines.contains(where: mayHeadDocumentBox) }
    let head = segments.removeFirst().lines
    var items: [ListingItem] = []
    // a list under a box's heading ("Tin mới nhất", "Đọc nhiều" over other articles' headlines
    // and dates, in a column beside the page's own list): its entries are the page's items only
    // when the page has no other
    var boxItems: [ListingItem] = []
    // (a box's heading is short: longer lines are not folded to be asked)
    func isBoxHeading(_ line: String?) -> Bool { line.map { $0.utf8.count <= 60 && Boilerplate.isEnder(FoldedText($0)) } ?? false }
    var boxed = isBoxHeading(head.last)
    var lineNumber = head.count
    // (the entries of the box being read, until the list ends: a pager under them makes them the
    // page's own list, whatever its heading — "Tin mới" over a category page's news)
    var boxRun = 0
    for (isItem, segment) in segments {
      defer { lineNumber += segment.count }
      if !isItem {
        if boxRun > 0, let first = segment.first, isWholePager(first) {
          items.append(contentsOf: boxItems.suffix(boxRun))
          boxItems.removeLast(boxRun)
          items.sort { $0.lines.lowerBound < $1.lines.lowerBound }
        }
        boxRun = 0
        boxed = isBoxHeading(segment.last)
        continue
      }
      // the page's own list stops at "Tin liên quan", "Tin khác" …; a "Xem thêm" link inside an
      // item is dropped
      // (lines are read one by one: the second paragraph stops the reading)
      var info: [LineInfo] = []
      var paragraphLines = 0
      var listEnds = false
      for (n, line) in segment.enumerated() {
        let l = describe(line)
        if l.kind == .end {
          if n == 0 { listEnds = true; break }
          continue
        }
        // an item is a headline, a date and one summary paragraph: two paragraphs make an article
        if isParagraph(l, first: info.isEmpty) {
          paragraphLines += 1
          if paragraphLines > 1 { return nil }
        }
        info.append(l)
      }
      if listEnds { break }
      if documentBox, !info.isEmpty, info.allSatisfy({ Boilerplate.isDocumentTitle($0.folded) || Boilerplate.isDocumentBoxHeader($0.folded) }) {
        continue
      }
      guard let item = markedItem(info, at: lineNumber) else { continue }
      if boxed { boxItems.append(item); boxRun += 1 } else { items.append(item) }
    }
    if items.isEmpty { items = boxItems }
    // a first item holding the page's headline over items with neither headline nor date: the
    // entries of one article (a live blog's "8h56: …", "8h30: …"), not news items (a search
    // page's items are summaries alike, none with a headline)
    if isOneArticle(items) || isOutline(items) || isArticleWithLists(items) { return nil }
    if items.count >= 2 { return items }
    // one item above a pager ("1 2 3", "« Trước 5 6 7 Sau »"): a listing whose page shows one
    // (or above a lone "Xem thêm" link that loads more of them), as is one item of a page whose
    // address names a tag, topic or category page or one of its pages
    guard items.count == 1 else { return nil }
    let paged = segments.flatMap(\.lines).contains { isPager($0) || isPageNumbers($0) || isLoadMore($0) }
    return paged || (address.map(isTopicAddress) ?? false) ? items : nil
  }

  /// Path parts of a tag, topic or category page's address ("/tag/…", "…-ptag.html",
  /// "…-tag36119.html", "/chu-de/…"), and queries that page through a list ("?start=30").
  static let topicPathWords = ["tag", "tags", "ptag", "chu-de", "tu-khoa", "chuyen-muc", "danh-muc", "category", "topic"]
  static let pagingQueries = ["start=", "page=", "trang=", "paged="]

  /// True when a page's address says it is a tag, topic or category page: one of its path's
  /// parts (split on "/", "-", "_", ".") is a topic word, maybe followed by digits, or its query
  /// pages through a list.
  static func isTopicAddress(_ address: String) -> Bool {
    let lower = address.lowercased()
    let parts = lower.split(separator: "?", maxSplits: 1)
    guard let path = parts.first else { return false }
    // (the host is no part of the path: "tag.vn" names no page)
    let afterHost = path.range(of: "://").map { path[$0.upperBound...].drop { $0 != "/" } } ?? path[...]
    for segment in afterHost.split(separator: "/") {
      // a whole folder: "/chu-de/…", "/tu-khoa/…"
      if topicPathWords.contains(String(segment)) { return true }
      for word in segment.split(whereSeparator: { "-_.".contains($0) }) {
        let letters = word.prefix { !$0.isNumber }
        if topicPathWords.contains(String(letters)) && word.dropFirst(letters.count).allSatisfy(\.isNumber) { return true }
      }
    }
    if parts.count == 2 {
      return parts[1].split(separator: "&").contains { q in pagingQueries.contains { q.hasPrefix($0) } }
    }
    return false
  }

  /// A line of nothing but three or more page numbers, maybe followed by a "next" link: "1 2 3",
  /// "1 | 2 | 3 | 4", "1 2 3 Xem tiếp", "1 2 3 … Sau".
  static func isPageNumbers(_ line: String) -> Bool {
    // (three numbers need three digits: most short lines have fewer, and are not folded)
    var digits = 0
    for c in line.utf8 where c &- 48 < 10 { digits += 1 }
    guard digits >= 3 else { return false }
    let f = FoldedText(line)
    var n = f.tokens.count
    for p in nextLinks where n > p.count && f.endsWith(p, before: n) {
      n -= p.count
      break
    }
    return n >= 3 && n <= 12 && f.tokens[..<n].allSatisfy { $0.isNumber && $0.end - $0.start <= 3 }
  }

  /// A line that is a pager and nothing else: page numbers, arrows and the pager's words only
  /// ("« Trang trước 1 2 3 Trang sau »", "1 2 3 Next"): two numbers, an arrow or a pager's name
  /// told from its bytes, then every word a number or a pager's word.
  static func isWholePager(_ line: String) -> Bool {
    // (told from bytes first: at most twelve words, and two of them numbers, or an arrow — « » ‹
    // › —, or "Trang"/"Next"/"Prev"; a headline with one number, "… năm 2022", is none)
    guard line.utf8.count <= 80 else { return false }
    var words = 0, numbers = 0, inWord = false, allDigits = true
    var mayBe = false
    var previous: UInt8 = 0
    for c in line.utf8 {
      defer { previous = c }
      if c == 0x20 {
        if inWord, allDigits { numbers += 1 }
        inWord = false
        continue
      }
      if !inWord { words += 1; inWord = true; allDigits = true }
      if c &- 0x30 >= 10 { allDigits = false }
      // « » (C2 AB, C2 BB), ‹ › (E2 80 B9, E2 80 BA)
      if (previous == 0xC2 && (c == 0xAB || c == 0xBB)) || (previous == 0x80 && (c == 0xB9 || c == 0xBA)) { mayBe = true }
    }
    if inWord, allDigits { numbers += 1 }
    guard words <= 12 else { return false }
    if numbers < 2 && !mayBe {
      // ("Trang sau", "Trang trước", "Trang tiếp", "Next", "Prev" — not "Trang chủ")
      var line = line
      let named = line.withUTF8 { b in ListingPage.pagerNames.contains { n in n.withUnsafeBufferPointer { ByteSearch.contains(b, $0) } } }
      guard named else { return false }
    }
    let f = FoldedText(line)
    return !f.tokens.isEmpty && f.tokens.allSatisfy { $0.isNumber || pagerTokens.contains($0.hash) }
  }

  static let pagerNames: [[UInt8]] = ["rang sau", "rang tr", "rang ti", "ext", "rev"].map { Array($0.utf8) }

  static let pagerTokens = WordSet(["trang", "truoc", "sau", "tiep", "theo", "dau", "cuoi", "xem", "them", "next", "last",
                                    "prev", "previous", "first", "more", "page"].map(Phrase.hash))

  static let nextLinks: [Phrase] = ["xem tiep", "tiep theo", "trang sau", "sau", "tiep", "cuoi", "trang cuoi", "next", "last", "more"].phrases

  /// One marked item: its headline (a short first line), its own date (a date line, or a date
  /// ending the headline) and its summary; nil when it holds fewer than eight words of text.
  static func markedItem(_ info: [LineInfo], at first: Int) -> ListingItem? {
    let content = info.filter { !$0.isDateLine && $0.kind != .drop }
    guard content.reduce(0, { $0 + $1.words }) >= 8 else { return nil }
    let date = info.first(where: { $0.isDateLine })?.date
      ?? content.first.flatMap { l in l.date.flatMap { $0.end == l.folded.tokens.count ? $0 : nil } }
    // one short line without a date is a menu entry or a link, not a news item
    if date == nil && content.count == 1 && content[0].words < 12 { return nil }
    var title: String? = nil
    if let h = content.first, isHeadline(h) {
      title = h.text
      if let d = h.date, d.end == h.folded.tokens.count, h.folded.tokens[d.start].start > 0 {
        title = trimmedHeadline(h.folded.text(0, h.folded.tokens[d.start].start))
      }
    }
    let published = date.flatMap { d in d.year.map { FactDate(year: $0, month: d.month, day: d.day) } }
    var lines = content.map(\.text)
    if let title { lines[0] = title }
    return ListingItem(title: title, published: published, text: lines.joined(separator: "\n"),
                       lines: first..<(first + info.count))
  }

  static let readMore: [Phrase] = ["xem chi tiet", "xem tiep", "doc tiep", "chi tiet", "xem them"].phrases

  /// True when a summary's line closes with a link to the rest after an ellipsis: "… Xem tiếp »",
  /// "... Chi tiết", "… Đọc tiếp".
  static func endsWithReadMore(_ f: FoldedText) -> Bool {
    guard let p = readMore.first(where: { f.endsWith($0, before: f.tokens.count) }) else { return false }
    let first = f.tokens.count - p.count
    guard first >= 1 else { return false }
    let before = f.text(f.tokens[first - 1].end, f.tokens[first].start)
    return before.contains("…") || before.contains("...")
  }

  /// A listing page saved as text: blocks apart (blank lines or "-" between), each a news item —
  /// one summary paragraph, maybe under its headline, maybe closed by "Xem chi tiết »". It is a
  /// listing when a short header names a tag or topic ("Trang chủ > Tag: bản thảo", "TIN MỚI")
  /// and two items follow, when most items end with a "read more" link, or when a pager stands
  /// under items that all have one; an article (a title alone, then paragraphs) never is.
  /// (Three headlines over cut summaries would catch more listings, but interviews and menus
  /// look the same: tried and left out.)
  static func topicPageItems(_ text: String) -> [ListingItem]? {
    var blocks: [[String]] = [[]]
    for raw in utf8Lines(text, keepEmpty: true) {
      let line = trimmed(raw)
      if line.isEmpty || line == "-" || line == "•" || line == "*" {
        if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(line)
      }
    }
    blocks.removeAll { $0.isEmpty }
    guard blocks.count >= 3 else { return nil }
    // before reading lines: a header, a "read more" link or a pager must be there at all
    func has(_ cues: [[UInt8]], _ l: String, _ limit: Int) -> Bool {
      var l = l
      return l.utf8.count <= limit && l.withUTF8 { hasCue($0, in: cues, starts: nil) }
    }
    let maybeHeader = blocks.prefix(3).contains { $0.contains { has(headerCues, $0, 80) } }
    let maybeLinks = blocks.contains { has(linkCues, $0[$0.count - 1], 30) || has(linkCues, String($0[$0.count - 1].suffix(16)), 30) }
    let maybePager = blocks.contains { $0.contains { has(pagerCues, $0, 80) || ($0.utf8.count <= 40 && isPageNumbers($0)) } }
    guard maybeHeader || maybeLinks || maybePager else { return nil }
    // the header: a short line naming a tag or topic, in the first blocks
    // (not a box of the newest headlines with their dates, "Tin mới nhất" over "… / 02/03/2024 /
    // … / 03/03/2018": the page's own article may follow it)
    let headerBlock = blocks.prefix(3).firstIndex(where: { block in
      block.contains(where: isTopicHeader)
        // (nor a ticker's label over the article itself, its headline, stamp and lead in one
        // block: "TIN MỚI:" / "… tổ chức kỷ niệm 20 năm ngày thành lập" / "Ngày: 10/06/2019" /
        // "Sáng ngày 7/6, …" — a header's block holds no paragraph)
        && !block.contains(where: { $0.utf8.count >= 200 && FoldedText($0).tokens.count >= 30 })
        && block.filter({ line in
        var l = line
        // (a date on a line of its own, or closing a headline: "Khai mạc Lễ hội Hoa Ban - 12/3/2023")
        return l.withUTF8 { isDateLine($0) } || (l.utf8.count <= 300 && DateReader.closingDate(in: FoldedText(l)) != nil)
      }).count < 2
    })
    var items: [ListingItem] = []
    var linked = 0
    // items that end with their own credit line ("Tin, ảnh: Trần Quốc Tuấn"): an article has one
    // credit at its end, a list of news items one per item
    var credited = 0
    var lineNumber = headerBlock.map { blocks[...$0].reduce(0) { $0 + $1.count } } ?? 0
    let first = (headerBlock ?? -1) + 1
    // a headline whose summary stands in the next block, right above the pager ("Phát huy vai
    // trò …" / "Ngày 12/8 tại Hà Nội, …" / "‹ Trang trước 1 … 5 [6] 7 … ›"): the one item a
    // stored copy of a paged list kept
    var pendingHeadline: (info: [LineInfo], line: Int)? = nil
    var datedHead = false
    // (a portal's box of documents under its heading, "Văn bản mới", is none of the items)
    let documentBox = blocks.contains { $0.contains(where: mayHeadDocumentBox) }
    for b in first..<blocks.count {
      let block = blocks[b]
      defer { lineNumber += block.count }
      // menus and the site's name are no part of any item
      var info = block.map(describe).filter {
        !MainText.isSiteLine($0.folded) && $0.kind != .source && !Boilerplate.isTicker($0.folded)
          && !(documentBox && (Boilerplate.isDocumentBoxHeader($0.folded) || Boilerplate.isDocumentTitle($0.folded)))
      }
      if info.isEmpty { continue }
      if info.first?.kind == .end { break }
      if paragraphs(info) > 1 { return nil }
      // a lone headline before the first item is an article's title (a short line there is
      // the tag's own name: "7 tỉnh Tây Bắc")
      // (a line in capitals there is the site's or the section's name)
      // (under a tag header, the lone line is the tag's name, however long)
      if items.isEmpty, info.count == 1, isHeadline(info[0]) {
        if headerBlock == nil, info[0].words >= 6, !info[0].folded.tokens.allSatisfy({ $0.isAllCaps || $0.isNumber }) {
          if b + 2 < blocks.count, blocks[b + 1].count == 1, blocks[b + 2].contains(where: isPager) {
            pendingHeadline = (info, lineNumber)
            continue
          }
          // (a magazine's name above its section's name: "NHÀ QUẢN LÝ - Tạp chí điện tử" /
          // "Thực tiễn quản lý" — the headline, if any, comes later)
          if b + 1 < blocks.count, blocks[b + 1].count == 1, let next = blocks[b + 1].first.map(describe),
            next.words < 6, isHeadline(next) || next.words <= 5
          {
            continue
          }
          return nil
        }
        continue
      }
      var at = lineNumber
      if let h = pendingHeadline {
        info = h.info + info
        at = h.line
        pendingHeadline = nil
      }
      guard info.contains(where: { $0.words >= 15 }), let item = markedItem(info, at: at) else {
        // a short headline over its date line, before any item: an article's head
        // (not a section's name over the portal's date bar, "Thứ Tư, ngày 12/06/2019")
        if items.isEmpty, info.count == 2, isHeadline(info[0]), info[1].isDateLine, !DateReader.isDateBar(info[1].folded) {
          datedHead = true
        }
        continue
      }
      if block.count >= 3, item.title != nil, isCredit(block[block.count - 1]) { credited += 1 }
      // (or closing the summary's own line: "… đóng góp ý kiến vào dự thảo các văn kiện… Xem tiếp »")
      if let last = info.last?.folded,
        last.tokens.count <= 4 ? readMore.contains(where: { last.matches($0, at: 0) }) : endsWithReadMore(last)
      {
        linked += 1
      }
      items.append(item)
    }
    // a headline with a date and then paragraphs with none ("… kỷ niệm 20 năm ngày thành lập /
    // Ngày: 10/06/2019", then the article's paragraphs) is one article under a section's name,
    // not a list of news items
    if isOneArticle(items) { return nil }
    // (the same with a headline too short to pass for an item's summary: "Liên hiệp Hội tỉnh Thái
    // Bình kỷ niệm 20 năm ngày thành lập" / "Ngày: 10/06/2019", then paragraphs with neither)
    // (or under a header whose block goes on to the article's own headline: paragraphs with
    // neither a headline nor a date of their own, no link to read more, are that article's —
    // "Thông tin mới nhất" / a counter of visits / "Đẩy mạnh công tác thông tin, tuyên truyền …
    // năm 2023" / "Lượt xem: 66" in one block, then its paragraphs)
    if let h = headerBlock, linked == 0, items.allSatisfy({ $0.title == nil && $0.published == nil }),
      blocks[h].drop(while: { !isTopicHeader($0) }).dropFirst().contains(where: { line in
        let l = describe(line)
        return l.words >= 8 && isHeadline(l) && !isMenu(l.text)
      })
    {
      return nil
    }
    // a pager ("« Trang trước 1 2 3 Trang sau »") under items with links: a listing even of one
    let paged = blocks.contains { $0.contains(where: isPager) }
    let isListing = (headerBlock != nil && items.count >= 2) || (linked >= 2 && linked * 3 >= items.count * 2)
      || (credited >= 2 && credited * 3 >= items.count * 2)
      || (paged && items.count >= 1 && (linked == items.count || headerBlock == nil))
    return isListing ? items : nil
  }

  /// A tag's or topic's header line: a short line naming a tag, a topic or the newest news
  /// (`topicHeaders`), or ending "Thẻ" / holding "Thẻ:".
  static func isTopicHeader(_ line: String) -> Bool {
    let f = FoldedText(line)
    return f.tokens.count <= 10 && (topicHeaders.contains { f.find($0) != nil } || line.hasSuffix("Thẻ") || line.contains("Thẻ:"))
  }

  /// A document box's heading ("Văn bản mới"), told on its first letter before it is folded.
  static func mayHeadDocumentBox(_ line: String) -> Bool {
    guard let first = line.utf8.first, first == UInt8(ascii: "V") || first == UInt8(ascii: "v"), line.utf8.count <= 60 else { return false }
    return Boilerplate.isDocumentBoxHeader(FoldedText(line))
  }

  /// True when the entries are an outline's, not news items: a third of them or more open with
  /// a word in lower case ("đồng chí Phan Văn Phấn – Chủ tịch …", "thay mặt cho các sở …",
  /// "góp phần hoàn thành …") and none carries a date — a headline opens with a capital.
  static func isOutline(_ items: [ListingItem]) -> Bool {
    // (the first may carry the page's own stamp: the outline's heading over its entries)
    guard items.count >= 3, items.dropFirst().allSatisfy({ $0.published == nil }) else { return false }
    func opensLower(_ item: ListingItem) -> Bool {
      let first = item.text.unicodeScalars.first { !" \t\"“(-–•+*".unicodeScalars.contains($0) }
      return first.map { $0.properties.isLowercase } ?? false
    }
    let lower = items.filter(opensLower).count
    if lower * 3 >= items.count { return true }
    // (labelled entries only when the lower-case ones fall short: folding each entry costs)
    var labelled = lower
    for item in items where !opensLower(item) && isLabelledEntry(item.text) {
      labelled += 1
      if labelled * 3 >= items.count { return true }
    }
    return false
  }

  /// An outline's labelled entry: a label of common words and a colon before its value ("Đơn vị
  /// tổ chức: Liên hiệp …", "Tham dự: …") — not a headline's place or name before its colon,
  /// every word capitalised ("Hà Tĩnh: Hội thảo …", "VUSTA: …").
  static func isLabelledEntry(_ text: String) -> Bool {
    // (a colon among the first 80 bytes, or no label: most entries have none)
    guard text.utf8.prefix(80).contains(UInt8(ascii: ":")) else { return false }
    let line = text.prefix { $0 != "\n" }
    let f = FoldedText(String(line.prefix(120)))
    guard EventRecord.field(of: f) != nil,
      let colon = (1..<min(f.tokens.count, 7)).first(where: { f.tokens[$0].gap == UInt8(ascii: ":") })
    else { return false }
    return f.tokens[0..<colon].contains { !$0.isCap }
  }

  /// True when only the first of several items has a headline and none of the others a
  /// headline or a date: one article's parts under its headline, not news items.
  static func isOneArticle(_ items: [ListingItem]) -> Bool {
    items.count >= 2 && items[0].title != nil && items.dropFirst().allSatisfy { $0.title == nil && $0.published == nil }
  }

  /// A first item holding the page's headline and an article's lead (a paragraph of forty words
  /// or more) over one-line entries with no date of their own: an article in an `<article>` with
  /// lists in it ("Thành phần tham dự", "Các tham luận được trình bày" over their entries), not a
  /// listing — a listing's later items have a summary or a date.
  static func isArticleWithLists(_ items: [ListingItem]) -> Bool {
    guard items.count >= 2, items[0].title != nil,
      items.dropFirst().allSatisfy({ $0.published == nil && $0.lines.count == 1 })
    else { return false }
    return items[0].text.split(separator: "\n").dropFirst().contains { leastWordCount(String($0), limit: 40) >= 40 }
  }

  /// Paragraphs of fifteen words or more, a long headline that opens the item aside.
  static func paragraphs(_ info: [LineInfo]) -> Int {
    info.enumerated().filter { i, l in isParagraph(l, first: i == 0) }.count
  }

  /// A paragraph of fifteen words or more; the item's first line is not when it is a headline.
  static func isParagraph(_ l: LineInfo, first: Bool) -> Bool {
    l.words >= 15 && !(first && isHeadline(l))
  }

  static func trimmedHeadline(_ s: String) -> String {
    String(s.reversed().drop { " (-–|[".contains($0) }.reversed())
  }

  /// At least three date lines with a headline-like line (a short line without a closing full
  /// stop) next to them and a longer line after: told from bytes, before any line is folded.
  static func likelyDatedItems(_ all: [Substring]) -> Bool {
    // (blank lines and spaces aside: byte lengths are all this needs)
    let lines = all.filter { $0.utf8.contains { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 } }
    func headlineLike(_ l: Substring) -> Bool {
      let n = l.utf8.count
      return n >= 15 && n <= 260 && l.utf8.last != UInt8(ascii: ".") && l.utf8.last != UInt8(ascii: ":")
    }
    var found = 0
    for (i, l) in lines.enumerated() where l.utf8.count <= 90 && isDateLine(Array(l.utf8)) {
      let before = i >= 1 && headlineLike(lines[i - 1])
      let after = i + 1 < lines.count && headlineLike(lines[i + 1])
      let summary = lines.indices.contains(i + (after ? 2 : 1)) && lines[i + (after ? 2 : 1)].utf8.count >= 40
      if (before || after) && summary { found += 1 }
      if found >= minimumItems { return true }
    }
    return false
  }

  /// Items whose headline and date stand on lines of their own (text or HTML without marks).
  static func datedItems(_ raw: [String]) -> [ListingItem]? {
    guard raw.count >= minimumItems * 2 else { return nil }
    // an article's body before the first date line (a related list after it): not a listing —
    // told from byte lengths before any line is folded
    if let firstDate = raw.firstIndex(where: { $0.utf8.count <= 90 && isDateLine(Array($0.utf8)) }),
      raw[..<firstDate].contains(where: { $0.utf8.count >= 350 && !Boilerplate.isTicker(FoldedText($0)) })
    {
      return nil
    }
    let info = DescribedLines(raw)
    var items: [ListingItem] = []
    var i = 0
    while i < info.count {
      if info[i].kind == .end && !items.isEmpty { break }
      guard let (item, next) = item(at: i, info, allowUndated: items.count >= 2) else {
        // a long paragraph that belongs to no item: this page has an article of its own (a
        // portal's ticker of headlines is no article's paragraph) — whatever follows, the page
        // is no listing: an item after it is the article's related list, and without one there
        // are no items at all
        if info[i].words >= bodyWords && items.isEmpty && info[i].kind != .drop { return nil }
        i += 1
        continue
      }
      items.append(item)
      i = next
    }
    guard items.count >= minimumItems else { return nil }
    // "Đọc thêm: Lạng Sơn: … (03/7/2019)": links to other news set inside an article, each under
    // its label, not a list's headlines (no listing labels its items so)
    if items.contains(where: { item in
      let f = FoldedText(item.title ?? String(item.text.prefix(80)))
      return MainText.relatedHeadings.contains { p in f.matches(p, at: 0) && p.count < f.tokens.count && f.tokens[p.count].gap == UInt8(ascii: ":") }
    }) {
      return nil
    }
    // most items must carry a date of their own
    guard items.filter({ $0.published != nil }).count * 3 >= items.count * 2 else { return nil }
    // "2. Nhiệm kỳ 1998-2003 – Đại hội lần thứ hai" / "3. Nhiệm kỳ 2003-2008 – …": the numbered
    // sections of one history, not news items
    if isNumberedSections(items.compactMap(\.title)) { return nil }
    return items
  }

  /// True when at least two headlines open with section numbers that follow each other ("2.",
  /// "3.", "4.").
  static func isNumberedSections(_ titles: [String]) -> Bool {
    let numbers = titles.compactMap { t -> Int? in
      let digits = t.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, digits.count <= 2, t.dropFirst(digits.count).first == "." else { return nil }
      return Int(digits)
    }
    guard numbers.count >= 2, numbers.count == titles.count else { return false }
    return zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
  }

  /// The lines of a text, each described the first time it is asked for: a page that turns out
  /// to be an article stops being read at its first paragraph, most of its lines never folded.
  final class DescribedLines {
    private let lines: [String]
    private var described: [LineInfo?]

    init(_ lines: [String]) {
      self.lines = lines
      described = Array(repeating: nil, count: lines.count)
    }

    var count: Int { lines.count }

    subscript(i: Int) -> LineInfo {
      if let l = described[i] { return l }
      let l = ListingPage.describe(lines[i])
      described[i] = l
      return l
    }

    subscript(r: Range<Int>) -> [LineInfo] { r.map { self[$0] } }
  }

  static func describe(_ line: String) -> LineInfo {
    let f = FoldedText(line)
    let numbered = f.tokens.contains(where: \.isNumber)
    let dates = numbered ? DateReader.mentions(in: f) : []
    // (an English edition's list dates its items "December 21, 2022")
    let full = dates.first { $0.year != nil && $0.day != nil }
      ?? (numbered ? EnglishDates.mentions(in: f).first { $0.year != nil && $0.day != nil } : nil)
    let dateWords = full.map { $0.end - $0.start } ?? 0
    let isDateLine = full != nil && f.tokens.count <= 12 && (DateReader.isTimestampLine(f) || f.tokens.count - dateWords <= 4)
    let last = line.unicodeScalars.last
    let endsSentence = last == "." || last == "!" || last == "?" || last == "…" || last == ":"
    return LineInfo(text: line, folded: f, words: f.tokens.count, date: full, isDateLine: isDateLine,
                    endsSentence: endsSentence, kind: Boilerplate.classify(f))
  }

  /// A credit line: "Tin, ảnh: Trần Quốc Tuấn", "Ảnh: …", "Nguồn: …", "Bài và ảnh: …" — a short
  /// line whose first words name what the author gave, then a colon.
  static func isCredit(_ line: String) -> Bool {
    guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 16 else { return false }
    let f = FoldedText(String(line[..<colon]))
    guard f.tokens.count <= 4, FoldedText(line).tokens.count <= 14, let first = f.tokens.first else { return false }
    return ListingPage.creditWords.contains(first.hash)
  }

  static let creditWords = WordSet(["tin", "anh", "bai", "nguon", "theo", "video", "clip"].map(Phrase.hash))

  /// A headline: 4 to 40 words, not a date line, no closing full stop, not page furniture.
  static func isHeadline(_ l: LineInfo) -> Bool {
    guard (4...40).contains(l.words), !l.isDateLine, l.kind != .drop, l.kind != .end, l.kind != .source else {
      return false
    }
    let last = l.text.unicodeScalars.last
    return last != "." && last != ":" && last != ";" && last != ","
  }

  /// A summary line: a sentence, not a headline of the next item.
  static func isSummary(_ l: LineInfo) -> Bool {
    !l.isDateLine && l.kind != .drop && l.kind != .end && (l.endsSentence || l.words >= 15) && !isMenu(l.text)
  }

  /// A menu line: "Trang chủ | Giới thiệu | Tin tức - Sự kiện | …" — three bars or more (a
  /// portal's banner over its today line, then its menu, is no item).
  static func isMenu(_ line: String) -> Bool {
    line.utf8.lazy.filter { $0 == UInt8(ascii: "|") }.count >= 3
  }

  /// The item starting at line `i` and the line after it, or nil. With `allowUndated` (two
  /// dated items read already), a headline right over its summary, with no date, is an item too
  /// ("Liên hiệp hội Lạng Sơn nhìn lại năm 2017, …" / "Ngày 11/01/2017, …" closing the list).
  static func item(at i: Int, _ info: DescribedLines, allowUndated: Bool = false) -> (ListingItem, Int)? {
    var head = i
    var date: DateMention? = nil
    var dateFolded: FoldedText? = nil
    var j = i
    // a date line before the headline ("12/05/2019" then the headline)
    if info[i].isDateLine, i + 1 < info.count, isHeadline(info[i + 1]) {
      date = info[i].date; dateFolded = info[i].folded
      head = i + 1
      j = i + 2
    } else if isHeadline(info[i]) {
      j = i + 1
      if let d = info[i].date, d.end == info[i].folded.tokens.count {
        date = d; dateFolded = info[i].folded  // "… (30/09/2011)"
      } else if j < info.count, info[j].isDateLine {
        date = info[j].date; dateFolded = info[j].folded
        j += 1
      } else if !(allowUndated && j < info.count && startsUndatedItem(i, info)) {
        return nil
      }
    } else {
      return nil
    }
    // the summary: sentence lines up to the next item
    var end = j
    while end < info.count, isSummary(info[end]), self.item(startsAt: end, info) == false,
      !(end > j && (info[end - 1].endsSentence || endsWithReadMore(info[end - 1].folded)) && startsUndatedItem(end, info))
    {
      end += 1
      if end - j >= 4 { break }
    }
    guard end > j, date != nil || allowUndated else { return nil }
    var title = info[head].text
    if let d = date, dateFolded.map({ $0.string == info[head].folded.string }) == true {
      // drop the trailing date from the headline
      let cut = info[head].folded.tokens[d.start].start
      title = trimmedHeadline(info[head].folded.text(0, cut))
    }
    let published = date.flatMap { d in d.year.map { FactDate(year: $0, month: d.month, day: d.day) } }
    let text = ([title] + info[j..<end].map(\.text)).joined(separator: "\n")
    return (ListingItem(title: title, published: published, text: text, lines: i..<end), end)
  }

  /// True when line `k` reads as an undated item's headline: no closing mark, no bullet, no
  /// pager, at most twenty words, a summary sentence under it.
  static func startsUndatedItem(_ k: Int, _ info: DescribedLines) -> Bool {
    guard k + 1 < info.count, isHeadline(info[k]), info[k].words <= 20, !info[k].endsSentence, info[k].date == nil,
      let first = info[k].text.unicodeScalars.first, !"-•*+–".unicodeScalars.contains(first),
      // (nor a pager over the site's footer: "1 2 3 Trang sau" / "Cơ quan chủ quản: …")
      !isPager(info[k].text), !isPageNumbers(info[k].text)
    else { return false }
    let next = info[k + 1]
    return !next.isDateLine && next.words >= 15 && next.kind != .drop && next.kind != .end
  }

  /// True when a new item (date line then headline, or headline then date) starts at `k`.
  static func item(startsAt k: Int, _ info: DescribedLines) -> Bool {
    if info[k].isDateLine { return true }
    guard isHeadline(info[k]) else { return false }
    if let d = info[k].date, d.end == info[k].folded.tokens.count { return true }
    return k + 1 < info.count && info[k + 1].isDateLine
  }
}

