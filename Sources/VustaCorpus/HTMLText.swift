import Foundation
import VustaExtract
import VustaModel

/// The text of an HTML page, one line per block, with what its head says of the article:
/// the canonical URL, the published time and the title.
public struct HTMLText: Sendable {
  public var text: String
  public var source: SourceInfo

  /// Elements whose content is never article text.
  static let dropped: Set<String> = ["script", "style", "noscript", "nav", "aside", "footer", "form", "iframe",
                                     "svg", "template", "select", "button", "head"]
  /// Elements that start a new line.
  static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                    "td", "th", "table", "section", "article", "header", "blockquote", "figcaption",
                                    "figure", "dd", "dt", "hr", "main", "title", "pre"]

  /// Parses a page.
  public init(html: String) {
    var out = String.UnicodeScalarView()
    var source = SourceInfo()
    let s = Array(html.unicodeScalars)
    var i = 0
    var skipUntil: String? = nil
    var titleText: String? = nil
    var inTitle = false
    var titleBuf = String.UnicodeScalarView()
    while i < s.count {
      let c = s[i]
      if c == "<" {
        // comment
        if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
          var j = i + 4
          while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
          i = j + 3
          continue
        }
        var j = i + 1
        var quote: Unicode.Scalar? = nil
        while j < s.count {
          if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { break }
          j += 1
        }
        let tag = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)]))
        i = j + 1
        let (name, closing) = HTMLText.tagName(tag)
        if let until = skipUntil {
          if closing && name == until { skipUntil = nil }
          continue
        }
        if name == "meta" || name == "link" { HTMLText.readHead(tag, into: &source) }
        if name == "title" { inTitle = !closing; if closing { titleText = String(titleBuf) }; continue }
        if !closing && HTMLText.dropped.contains(name) && name != "head" && !tag.hasSuffix("/") {
          skipUntil = name
          continue
        }
        if HTMLText.blocks.contains(name) { out.append("\n") }
        // the start of a repeated news item (a list entry, an <article>, a "…item" box): marked
        // so that a listing page can be split into its items (VustaExtract.ListingPage)
        if !closing, HTMLText.isItemStart(name, tag) { out.append(contentsOf: "\n\(ListingPage.itemMark)\n".unicodeScalars) }
        // the end of a list: what follows (a page heading, an article's text) is no item's
        if closing, name == "ul" || name == "ol" { out.append(contentsOf: "\n\(ListingPage.listEndMark)\n".unicodeScalars) }
        continue
      }
      if skipUntil != nil { i += 1; continue }
      if c == "&" {
        var j = i + 1
        while j < s.count, j - i < 12, s[j] != ";", s[j] != " ", s[j] != "<" { j += 1 }
        if j < s.count, s[j] == ";", var e = HTMLText.entity(String(String.UnicodeScalarView(s[(i + 1)..<j]))) {
          // "ng&amp;agrave;y": text escaped twice by its site; the inner entity is read too
          if e == "&" {
            var k = j + 1
            while k < s.count, k - j < 12, s[k] != ";", s[k] != " ", s[k] != "<", s[k] != "&" { k += 1 }
            if k < s.count, k > j + 1, s[k] == ";", let inner = HTMLText.entity(String(String.UnicodeScalarView(s[(j + 1)..<k]))) {
              e = inner
              j = k
            }
          }
          if inTitle { titleBuf.append(e) } else { out.append(e) }
          i = j + 1
          continue
        }
      }
      if inTitle { titleBuf.append(c) } else { out.append(c == "\u{00A0}" ? " " : c) }
      i += 1
    }
    if source.title == nil, let t = titleText?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty {
      source.title = t
    }
    // Collapse runs of spaces within lines.
    let lines = String(out).split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
    text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
    self.source = source
  }

  /// Class words of boxes that hold one news item on portal pages.
  static let itemClasses = ["item", "post", "entry", "story", "news-box", "article-box", "teaser", "abstract", "card"]

  /// True for the opening tag of a news item: `<li>`, `<article>`, or a box whose class names an item.
  static func isItemStart(_ name: String, _ tag: String) -> Bool {
    if name == "li" || name == "article" { return true }
    guard name == "div" || name == "section", let cls = attribute("class", in: tag)?.lowercased() else { return false }
    return cls.split(separator: " ").contains { word in
      itemClasses.contains { word == $0 || word.hasSuffix("-" + $0) || word.hasSuffix("_" + $0) }
    }
  }

  static func tagName(_ tag: String) -> (String, Bool) {
    var t = Substring(tag)
    let closing = t.hasPrefix("/")
    if closing { t = t.dropFirst() }
    let name = t.prefix { $0.isLetter || $0.isNumber }.lowercased()
    return (name, closing)
  }

  static func attribute(_ name: String, in tag: String) -> String? {
    let lower = tag.lowercased()
    for q in ["\"", "'"] {
      if let r = lower.range(of: "\(name)=\(q)") {
        let start = r.upperBound
        guard let end = lower[start...].firstIndex(of: Character(q)) else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: start)
        let length = lower.distance(from: start, to: end)
        let s = tag.index(tag.startIndex, offsetBy: offset)
        return String(tag[s..<tag.index(s, offsetBy: length)])
      }
    }
    return nil
  }

  static func readHead(_ tag: String, into source: inout SourceInfo) {
    let key = (attribute("property", in: tag) ?? attribute("name", in: tag) ?? attribute("itemprop", in: tag) ?? "")
      .lowercased()
    let rel = attribute("rel", in: tag)?.lowercased()
    if rel == "canonical", let href = attribute("href", in: tag) { source.url = decodeEntities(href); return }
    guard let content = attribute("content", in: tag).map(decodeEntities) else { return }
    switch key {
    case "og:url": if source.url == nil { source.url = content }
    case "article:published_time", "pubdate", "publishdate", "datepublished", "dc.date.issued", "date",
      "og:published_time", "article:published":
      if source.published == nil { source.published = SourcesTable.parseDate(content) }
    case "og:title": source.title = content
    default: break
    }
  }

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
    guard s.contains("&") else { return s }
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

  static func entity(_ name: String) -> Unicode.Scalar? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
    if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
    return named[name]
  }
}
