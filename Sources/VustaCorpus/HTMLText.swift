import Foundation
import VustaExtract
import VustaModel

/// The text of an HTML page, one line per block, with what its head says of the article:
/// the canonical URL, the published time and the title.
public struct HTMLText: Sendable {
  public var text: String
  public var source: SourceInfo

  /// Elements whose content is never article text. (Not `form`: an ASP.NET or DotNetNuke page
  /// wraps the whole page, article and all, in one `<form id="Form">`; a form's own controls —
  /// a list to choose from, a button, a text box — are dropped.)
  static let dropped: Set<String> = ["script", "style", "noscript", "nav", "aside", "footer", "iframe",
                                     "svg", "template", "select", "button", "textarea", "head"]
  /// Elements that start a new line.
  static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                    "td", "th", "table", "section", "article", "header", "blockquote", "figcaption",
                                    "figure", "dd", "dt", "hr", "main", "title", "pre"]

  /// Parses a page.
  public init(html: String) {
    var html = html
    self = html.withUTF8 { HTMLText(utf8: $0) }
  }

  /// Parses a page given as valid UTF-8, byte by byte (every character of the markup is ASCII,
  /// so letters of any script pass through untouched).
  init(utf8 s: UnsafeBufferPointer<UInt8>) {
    var out: [UInt8] = []
    out.reserveCapacity(s.count / 2)
    var source = SourceInfo()
    let n = s.count
    var i = 0
    var skipUntil: UInt64? = nil
    var titleText: String? = nil
    var inTitle = false
    var titleCloses = true
    var titleBuf: [UInt8] = []
    var inParagraph = false
    // (an inline element just closed or opened: "…Lâm Đồng</a><span class="date">16/07/2014" —
    // a word and a number the markup alone keeps apart)
    var afterInlineTag = false
    // (a link closed since the last text: "lần thứ 5</a><span>15/02/2023" are two numbers, while
    // "Ngày 2</span><span>1/12/2022", pasted from Word, is one)
    var afterLink = false
    // (a page's structured data, kept until the head's meta tags have all been read)
    var structuredDate: FactDate? = nil
    var timeDate: FactDate? = nil
    // the tables open around the current point (a row of short cells is one line)
    var tables = TableRows()
    // (where the last bold run closed, and whether any <br> was marked as cut inside a sentence)
    var boldClosedAt = -1
    var softBreaks = false
    // (an element of a headline's class being read, and the headline it held)
    var titleCapture: (UInt64, Int)? = nil
    var classTitle: String? = nil
    var classTitleWanted: Bool? = nil
    // (the name sets read once, not through their one-time initialisers at every tag)
    let blockNames = HTMLText.blockNames, droppedNames = HTMLText.droppedNames
    while i < n {
      let c = s[i]
      if c == 0x3C {  // <
        // comment
        if i + 3 < n, s[i + 1] == 0x21, s[i + 2] == 0x2D, s[i + 3] == 0x2D {
          var j = i + 4
          while j + 2 < n, !(s[j] == 0x2D && s[j + 1] == 0x2D && s[j + 2] == 0x3E) { j += 1 }
          // (the Internet Archive's toolbar over a saved snapshot — its capture dates and counts
          // are the archive's, not the page's — stands between two comments: skipped whole)
          if HTMLText.starts(s, i + 4, j, with: HTMLText.waybackBegin),
            let end = HTMLText.waybackEnd.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: $0, in: UnsafeBufferPointer(rebasing: s[j..<n])) })
          {
            j += end
            while j + 2 < n, !(s[j] == 0x2D && s[j + 1] == 0x2D && s[j + 2] == 0x3E) { j += 1 }
          }
          i = j + 3
          continue
        }
        var j = i + 1
        var quote: UInt8 = 0
        while j < n {
          let b = s[j]
          if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { break }
          j += 1
        }
        let tag = UnsafeBufferPointer(rebasing: s[(i + 1)..<min(j, n)])
        i = min(j + 1, n)  // (a tag cut off by the end of the page ends there)
        let (name, closing) = HTMLText.tagName(tag)
        afterInlineTag = true
        if closing && name == HTMLText.a { afterLink = true }
        if let until = skipUntil {
          if closing && name == until { skipUntil = nil }
          continue
        }
        if name == HTMLText.meta || name == HTMLText.link { HTMLText.readHead(tag, into: &source) }
        // a headline set in an element of its own class ("<td class="title"><b>…</b></td>" on an
        // old portal whose <title> is the site's name): its text, when no link is inside it (a
        // list's entry) — the first such
        // (looked for only under a <title> that reads as a site's name: most pages skip it)
        if classTitle == nil, !closing || titleCapture != nil, classTitleWanted ?? HTMLText.isHeadlineTag(name) {
          if classTitleWanted == nil { classTitleWanted = HTMLText.isSiteName(source.title ?? titleText) }
          if let (open, start) = titleCapture {
            if name == HTMLText.a, !closing {
              titleCapture = nil
            } else if closing, name == open {
              titleCapture = nil
              if start <= out.count { classTitle = HTMLText.headlineText(out[start...]) }
            }
          } else if !closing, classTitleWanted == true, HTMLText.isHeadlineTag(name), HTMLText.hasHeadlineClass(tag) {
            titleCapture = (name, out.count)
          }
        }
        if name == HTMLText.title {
          inTitle = !closing
          // (whether it is closed at all: only an open one ends at a block)
          if !closing {
            titleCloses = HTMLText.titleClose.withUnsafeBufferPointer {
              ByteSearch.contains(UnsafeBufferPointer(rebasing: s[i..<n]), $0, ignoringASCIICase: true)
            }
          }
          // (its line breaks and runs of spaces are one space: a title is one line)
          if closing { titleText = String(decoding: HTMLText.oneLine(titleBuf), as: UTF8.self) }
          continue
        }
        // a <title> left open ("<title>… - Báo X" then the head's other tags and the body): the
        // body's first block ends it, so the page's text is not read as its title
        if inTitle, !titleCloses, name == HTMLText.body || blockNames.contains(name) {
          inTitle = false
          titleText = String(decoding: HTMLText.oneLine(titleBuf), as: UTF8.self)
        }
        // the first `<time datetime="2018-01-19T16:07:00+07:00">` (a CMS's own date line): the
        // posting date when no meta tag or structured data gives one
        if !closing, timeDate == nil, name == HTMLText.time, let value = HTMLText.attributeBytes("datetime", in: tag) {
          timeDate = SourcesTable.parseDate(String(decoding: value, as: UTF8.self))
        }
        if !closing && droppedNames.contains(name) && tag.last != 0x2F {
          // a page's structured data (`<script type="application/ld+json">`, which most news
          // sites write): its "datePublished" is the posting date when no meta tag gave one
          if name == HTMLText.script, structuredDate == nil, let type = HTMLText.attributeBytes("type", in: tag),
            HTMLText.jsonLD.withUnsafeBufferPointer({ ByteSearch.contains(UnsafeBufferPointer(rebasing: type), $0, ignoringASCIICase: true) })
          {
            // (up to "</script": a "<" inside the data's strings does not end it)
            var end = i
            while end + 8 <= n, !(s[end] == 0x3C && s[end + 1] == 0x2F && HTMLText.asciiLower(s[end + 2]) == 0x73
              && HTMLText.asciiLower(s[end + 3]) == 0x63 && HTMLText.asciiLower(s[end + 4]) == 0x72) { end += 1 }
            structuredDate = HTMLText.datePublished(in: UnsafeBufferPointer(rebasing: s[i..<min(end, n)]))
          }
          skipUntil = name
          continue
        }
        // a table's row of short cells is one line, its cells apart by " | " ("Hội thành viên | 31",
        // "Sáng 30/12 | Hội nghị Ban Chấp hành … | Liên hiệp hội tỉnh"), as a text table writes it
        if TableRows.handles(name) {
          tables.tag(name, closing: closing, tag, out: &out)
          inParagraph = false
          continue
        }
        if closing, name == HTMLText.b || name == HTMLText.strong { boldClosedAt = out.count }
        // a <br> that an old editor put inside a sentence, every eighty to a hundred characters
        // ("… Liên hiệp các Hội<br>Khoa học và Kỹ thuật tỉnh …"): marked, and made a space below
        // when running text goes on after it (not under a bold headline just closed)
        if name == HTMLText.br, !inTitle, boldClosedAt != out.count, HTMLText.isCutLine(out) {
          out.append(HTMLText.softBreak)
          softBreaks = true
          inParagraph = inParagraph && !closing
          continue
        }
        if blockNames.contains(name) {
          out.append(0x0A)
          // inside a paragraph the source's own line breaks are spaces (a paragraph wrapped at
          // eighty columns is one paragraph); elsewhere they still end lines
          // (a <br> inside it keeps it open)
          inParagraph = (!closing && name == HTMLText.p) || (name == HTMLText.br && inParagraph)
        }
        // the start of a repeated news item (a list entry, an <article>, a "…item" box): marked
        // so that a listing page can be split into its items (VustaExtract.ListingPage)
        if !closing, HTMLText.isItemStart(name, tag) { out.append(contentsOf: [0x0A, 0x1E, 0x0A]) }
        // the end of a list: what follows (a page heading, an article's text) is no item's
        if closing, name == HTMLText.ul || name == HTMLText.ol { out.append(contentsOf: [0x0A, 0x1F, 0x0A]) }
        continue
      }
      if skipUntil != nil {
        // (inside a script or a style: straight to the next tag)
        i += 1
        while i < n, s[i] != 0x3C { i += 1 }
        continue
      }
      // a word glued by markup to a number after it is two words ("Đồng16/07/2014" is none), a
      // number after a link's end too ("lần thứ 515/02/2023")
      if afterInlineTag, !inTitle, c &- 0x30 < 10, let last = out.last, HTMLText.endsWord(last) || (afterLink && last &- 0x30 < 10) {
        out.append(0x20)
      }
      afterInlineTag = false
      afterLink = false
      // a run of plain text, copied at once
      if !inTitle, c != 0x26, c != 0xC2, c != 0x0D, !(inParagraph && c == 0x0A) {
        var j = i + 1
        while j < n, s[j] != 0x3C, s[j] != 0x26, s[j] != 0xC2, s[j] != 0x0D, !(inParagraph && s[j] == 0x0A) { j += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<j]))
        i = j
        continue
      }
      if c == 0x26 {  // &
        var j = i + 1
        while j < n, j - i < 12, s[j] != 0x3B, s[j] != 0x20, s[j] != 0x3C { j += 1 }
        if j < n, s[j] == 0x3B, var e = HTMLText.entity(s[(i + 1)..<j]) {
          // "ng&amp;agrave;y": text escaped twice by its site; the inner entity is read too
          if e == "&" {
            var k = j + 1
            while k < n, k - j < 12, s[k] != 0x3B, s[k] != 0x20, s[k] != 0x3C, s[k] != 0x26 { k += 1 }
            if k < n, k > j + 1, s[k] == 0x3B, let inner = HTMLText.entity(s[(j + 1)..<k]) {
              e = inner
              j = k
            }
          }
          if inTitle { HTMLText.append(e, to: &titleBuf) } else { HTMLText.append(e, to: &out) }
          i = j + 1
          continue
        }
      }
      if c == 0x0D || c == 0x0A {
        // a Windows line end is one line end ("\r\n"), an old Mac one too ("\r"); a space in a
        // paragraph or the title
        if c == 0x0D, i + 1 < n, s[i + 1] == 0x0A { i += 1; continue }
        if inTitle { titleBuf.append(0x20) } else { out.append(inParagraph ? 0x20 : 0x0A) }
      } else if inTitle {
        titleBuf.append(c)
      } else if c == 0xC2, i + 1 < n, s[i + 1] == 0xA0 {
        out.append(0x20)  // no-break space
        i += 1
      } else {
        out.append(c)
      }
      i += 1
    }
    tables.finishAll(out: &out)
    // the structured data's date when no meta tag gave one, wherever it stood
    if source.published == nil { source.published = structuredDate ?? timeDate }
    if source.title == nil, let t = titleText.map(HTMLText.trimmed), !t.isEmpty {
      source.title = t
    }
    // (the class's headline over a <title> that is the site's name, a banner)
    if let h = classTitle, HTMLText.isSiteName(source.title), !HTMLText.holds(source.title, h) { source.title = h }
    if softBreaks { HTMLText.resolveSoftBreaks(&out) }
    text = String(decoding: HTMLText.collapsed(out), as: UTF8.self)
    self.source = source
  }

  /// True when `b`, the last byte written, ends a word: an ASCII letter or the last byte of a
  /// letter beyond ASCII (a Vietnamese letter's UTF-8 ends in a continuation byte).
  @inline(__always) static func endsWord(_ b: UInt8) -> Bool {
    (b | 0x20) &- 0x61 < 26 || (b & 0xC0 == 0x80)
  }

  /// The bytes with every run of spaces, tabs and line breaks made one space.
  static func oneLine(_ b: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var space = false
    for c in b {
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        space = true
      } else {
        if space && !out.isEmpty { out.append(0x20) }
        space = false
        out.append(c)
      }
    }
    return out
  }

  /// The lines of the text with runs of spaces, tabs and carriage returns made one space, empty
  /// lines dropped (the reader has already made the page's own line ends "\n").
  static func collapsed(_ b: [UInt8]) -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(b.count)
    var anyLine = false
    var lineHasWord = false
    var separated = false
    var k = 0
    let m = b.count
    while k < m {
      let c = b[k]
      if c == 0x0A {
        lineHasWord = false
        separated = false
        k += 1
        continue
      }
      if c == 0x20 || c == 0x09 || c == 0x0D {
        separated = true
        k += 1
        continue
      }
      if !lineHasWord {
        if anyLine { text.append(0x0A) }
        lineHasWord = true
        anyLine = true
      } else if separated {
        text.append(0x20)
      }
      separated = false
      // (a run of words with single spaces between them copied at once: most of a line)
      var e = k + 1
      while e < m {
        let d = b[e]
        if d == 0x0A || d == 0x09 || d == 0x0D { break }
        if d == 0x20 {
          guard e + 1 < m else { break }
          let next = b[e + 1]
          if next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D { break }
        }
        e += 1
      }
      text.append(contentsOf: b[k..<e])
      k = e
    }
    return text
  }

  /// The text without white space (spaces, line breaks, NBSP …) at either end.
  static func trimmed(_ s: String) -> String {
    let u = s.unicodeScalars
    guard let start = u.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = u.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    return String(u[start...end])
  }

  static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    out.append(contentsOf: UTF8.encode(scalar)!)
  }

  /// Tag names by the FNV-1a hash of their lower-cased bytes (no name is built per tag).
  static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }
  // (the names' hashes are written out, not computed: a literal needs no one-time initialiser,
  // which every read of a computed one passes through, several times a tag; `HTMLTextTests`
  // holds each to `hash` of its name)
  static let meta: UInt64 = 0x4320_e9a2_e32e_ac38, link: UInt64 = 0xbf4b_9bad_694f_4809
  static let title: UInt64 = 0xda31_296c_0c1b_6029, body: UInt64 = 0xcd4d_e79b_c6c9_3295
  static let script: UInt64 = 0xacfc_8229_3c04_634a, a: UInt64 = 0xaf63_dc4c_8601_ec8c
  static let time: UInt64 = 0x1e54_85ef_2e9f_9384
  static let jsonLD = Array("ld+json".utf8), datePublishedKey = Array("\"datePublished\"".utf8)

  /// The date of the first `"datePublished": "2023-03-21T08:00:00+07:00"` in a page's structured
  /// data; nil when there is none or its value is no date.
  static func datePublished(in json: UnsafeBufferPointer<UInt8>) -> FactDate? {
    let key = datePublishedKey
    guard json.count > key.count else { return nil }
    var i = 0
    while i + key.count <= json.count {
      if json[i] == 0x22, json[i..<(i + key.count)].elementsEqual(key) {
        var k = i + key.count
        while k < json.count, json[k] == 0x20 || json[k] == 0x3A || json[k] == 0x0A || json[k] == 0x0D || json[k] == 0x09 { k += 1 }
        guard k < json.count, json[k] == 0x22 else { return nil }
        var e = k + 1
        while e < json.count, json[e] != 0x22, e - k < 40 { e += 1 }
        return SourcesTable.parseDate(String(decoding: json[(k + 1)..<e], as: UTF8.self))
      }
      i += 1
    }
    return nil
  }
  static let titleClose = Array("</title".utf8)
  static let ul: UInt64 = 0x08c4_5607_b567_0914, ol: UInt64 = 0x08b0_5a07_b556_66d6, li: UInt64 = 0x08ad_3707_b553_f586
  static let article: UInt64 = 0xaaa9_f11a_deb0_7af9
  static let div: UInt64 = 0xcaa8_3a18_f46e_5888, section: UInt64 = 0xa699_eae1_563f_e6ec, p: UInt64 = 0xaf63_ed4c_8602_096f
  static let br: UInt64 = 0x08a6_4607_b54d_f055
  static let droppedNames = Set(dropped.subtracting(["head"]).map { hash($0.utf8) })
  static let blockNames = Set(blocks.map { hash($0.utf8) })

  /// Class words of boxes that hold one news item on portal pages.
  static let itemClasses = ["item", "post", "entry", "story", "news-box", "article-box", "teaser", "abstract", "card"]

  static let itemClassWords: [[UInt8]] = itemClasses.map { Array($0.utf8) }

  /// True for the opening tag of a news item: `<li>`, `<article>`, or a box whose class names an item.
  static func isItemStart(_ name: UInt64, _ tag: UnsafeBufferPointer<UInt8>) -> Bool {
    if name == li || name == article { return true }
    guard name == div || name == section, let cls = attributeBytes("class", in: tag) else { return false }
    // each space-separated class word, compared without case and without copying it
    var start = cls.startIndex
    while start < cls.endIndex {
      var end = start
      while end < cls.endIndex, cls[end] != 0x20 { end += 1 }
      if end > start, isItemClass(cls[start..<end]) { return true }
      start = end + 1
    }
    return false
  }

  /// A class word that names an item ("item") or ends in one after "-" or "_" ("news-item").
  static func isItemClass(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
    for c in itemClassWords where word.count >= c.count {
      let from = word.endIndex - c.count
      guard word.count == c.count || word[from - 1] == 0x2D || word[from - 1] == 0x5F else { continue }
      var k = 0
      while k < c.count, asciiLower(word[from + k]) == c[k] { k += 1 }
      if k == c.count { return true }
    }
    return false
  }

  @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b + 32 : b }

  /// The comments the Wayback Machine puts around its toolbar.
  static let waybackBegin = Array(" BEGIN WAYBACK TOOLBAR INSERT".utf8)
  static let waybackEnd = Array("END WAYBACK TOOLBAR INSERT".utf8)

  /// True when the bytes `from..<to` start with `prefix`.
  static func starts(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, with prefix: [UInt8]) -> Bool {
    to - from >= prefix.count && s[from..<(from + prefix.count)].elementsEqual(prefix)
  }

  /// The hash of the tag's name, lower-cased (see `hash`), and whether it closes an element. A
  /// name that runs on into a letter or digit outside ASCII is no element's (that byte is
  /// hashed with it, so it matches none).
  static func tagName(_ tag: UnsafeBufferPointer<UInt8>) -> (UInt64, Bool) {
    var k = 0
    let closing = tag.first == 0x2F
    if closing { k = 1 }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    while k < tag.count {
      let b = tag[k]
      if b &- 48 < 10 || b &- 65 < 26 || b &- 97 < 26 {
        h = (h ^ UInt64(asciiLower(b))) &* 0x100_0000_01b3
        k += 1
      } else {
        if b >= 0x80, let ch = String(decoding: UnsafeBufferPointer(rebasing: tag[k..<min(tag.count, k + 4)]), as: UTF8.self).first,
          ch.isLetter || ch.isNumber
        {
          h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        break
      }
    }
    return (h, closing)
  }

  /// The value of `name="…"` (or `name='…'`) in a tag, as written; the name matched without
  /// regard to ASCII case, first with double quotes, then with single ones.
  static func attribute(_ name: String, in tag: String) -> String? {
    var tag = tag
    return tag.withUTF8 { attributeBytes(name, in: $0) }.map { String(decoding: $0, as: UTF8.self) }
  }

  static func attributeBytes(_ name: String, in tag: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>.SubSequence? {
    var name = name
    return name.withUTF8 { key in
      // `name="` (or `name='`) without building the pattern: the key, "=", then the quote
      for q in [UInt8(0x22), 0x27] {
        let length = key.count + 2
        guard tag.count >= length else { return nil }
        var i = 0
        var start = -1
        while i + length <= tag.count {
          if tag[i + key.count + 1] == q && tag[i + key.count] == 0x3D {
            var k = 0
            while k < key.count, asciiLower(tag[i + k]) == key[k] { k += 1 }
            if k == key.count { start = i + length; break }
          }
          i += 1
        }
        guard start >= 0 else { continue }
        var end = start
        while end < tag.count, tag[end] != q { end += 1 }
        return end < tag.count ? tag[start..<end] : nil
      }
      return nil
    }
  }

  static func readHead(_ tag: UnsafeBufferPointer<UInt8>, into source: inout SourceInfo) {
    func value(_ name: String) -> String? {
      attributeBytes(name, in: tag).map { String(decoding: $0, as: UTF8.self) }
    }
    let key = (value("property") ?? value("name") ?? value("itemprop") ?? "").lowercased()
    let rel = value("rel")?.lowercased()
    if rel == "canonical", let href = value("href") { source.url = decodeEntities(href); return }
    // (a description, keywords, a viewport …: no content to read)
    guard HTMLText.headKeys.contains(key), let content = value("content").map(decodeEntities) else { return }
    switch key {
    case "og:url": if source.url == nil { source.url = content }
    case "article:published_time", "pubdate", "publishdate", "datepublished", "dc.date.issued", "date",
      "og:published_time", "article:published":
      if source.published == nil { source.published = SourcesTable.parseDate(content) }
    case "og:title": source.title = content
    default: break
    }
  }

  /// The meta keys `readHead` reads a content of.
  static let headKeys: Set<String> = [
    "og:url", "article:published_time", "pubdate", "publishdate", "datepublished", "dc.date.issued", "date",
    "og:published_time", "article:published", "og:title",
  ]

  static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
    "hellip": "…", "laquo": "«", "raquo": "»", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "egrave": "è", "eacute": "é", "ecirc": "ê",
    "igrave": "ì", "iacute": "í", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ugrave": "ù",
    "uacute": "ú", "yacute": "ý", "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Egrave": "È",
    "Eacute": "É", "Ecirc": "Ê", "Igrave": "Ì", "Iacute": "Í", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
    "Otilde": "Õ", "Ugrave": "Ù", "Uacute": "Ú", "Yacute": "Ý", "deg": "°", "copy": "©",
  ]

  /// "KH&amp;KT" → "KH&KT": entities in an attribute value.
  static func decodeEntities(_ s: String) -> String {
    guard s.utf8.contains(0x26) else { return s }
    var out = String.UnicodeScalarView()
    let u = Array(s.unicodeScalars)
    var i = 0
    while i < u.count {
      if u[i] == "&", let semi = u[i...].prefix(12).firstIndex(of: ";"),
        let e = entity(String(String.UnicodeScalarView(u[(i + 1)..<semi])))
      {
        out.append(e)
        i = semi + 1
      } else {
        out.append(u[i])
        i += 1
      }
    }
    return String(out)
  }

  static func entity(_ name: UnsafeBufferPointer<UInt8>.SubSequence) -> Unicode.Scalar? {
    entity(String(decoding: name, as: UTF8.self))
  }

  static func entity(_ name: String) -> Unicode.Scalar? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
    if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
    return named[name]
  }
}
