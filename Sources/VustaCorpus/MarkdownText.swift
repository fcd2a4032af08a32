import VustaModel

/// The text of a Markdown file (an article clipped into a notes app, a colleague's notes): the
/// front matter read for the page's title and address (never for its own dates: a clipping day
/// is no posting day), the markup taken away so the lines read as a text copy of the page would
/// — headings, emphasis, images, links and block quotes. (Written by hand: no Markdown library,
/// swift-markdown or cmark, is among the packages this machine provides; only the line-level
/// markup a clipper writes is needed, not a document tree.)
struct MarkdownText {
  /// The article's lines without their markup.
  var text: String
  /// What the front matter says of the page: its title and address (`title:`, `source:`/`url:`)
  /// and a posting day it names as such (`published:`, `publish_date:`) — never a bare `date:`,
  /// `created:` or `clipped:`, which clippers use for the day of the clipping.
  var source = SourceInfo()

  init(markdown: String) {
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let end = MarkdownText.frontMatterEnd(lines) {
      for line in lines[1..<end] { source.read(frontMatter: line) }
      lines.removeSubrange(0...end)
    }
    var out: [String] = []
    var inCode = false
    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inCode.toggle(); continue }
      if inCode { out.append(line); continue }
      out.append(MarkdownText.plain(line))
    }
    text = out.joined(separator: "\n")
  }

  /// The index of the line that closes a front matter opened by "---" on the first line (within
  /// 60 lines, every line between a "key: value" or a list's entry), nil when there is none.
  static func frontMatterEnd(_ lines: [String]) -> Int? {
    guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    for i in 1..<min(lines.count, 60) {
      let l = lines[i].trimmingCharacters(in: .whitespaces)
      if l == "---" || l == "..." { return i }
      if l.isEmpty || l.hasPrefix("-") || l.hasPrefix("#") || l.first == " " { continue }
      guard let colon = l.firstIndex(of: ":"), l.distance(from: l.startIndex, to: colon) <= 40,
        !l[..<colon].contains(" ")
      else { return nil }
    }
    return nil
  }

  /// One line without its Markdown: a heading's "#" marks, a block quote's ">", images (gone),
  /// links (their text), emphasis marks, a hard break's trailing backslash, escaped marks.
  static func plain(_ line: String) -> String {
    var s = Substring(line)
    // a heading's marks, a block quote's (nested too)
    var t = s.drop { $0 == " " }
    while t.first == ">" { t = t.dropFirst().drop { $0 == " " } }
    if t.first == "#" {
      let marks = t.prefix { $0 == "#" }
      let rest = t.dropFirst(marks.count)
      if marks.count <= 6, rest.isEmpty || rest.first == " " {
        t = rest.drop { $0 == " " }
        // a closing sequence: "## Tin liên quan ##"
        while t.last == "#" { t = t.dropLast() }
        while t.last == " " { t = t.dropLast() }
      }
    }
    s = t
    // a rule ("---", "***", "___") is no text
    let bare = s.filter { $0 != " " }
    if bare.count >= 3, let c = bare.first, "-*_".contains(c), bare.allSatisfy({ $0 == c }) { return "" }
    var out = ""
    let chars = Array(s)
    var i = 0
    // ("* " opening a list's entry is its bullet, kept as "- ")
    if chars.count >= 2, chars[0] == "*" || chars[0] == "+", chars[1] == " " { out = "- "; i = 2 }
    while i < chars.count {
      let c = chars[i]
      if c == "\\", i + 1 < chars.count, "\\`*_{}[]()#+-.!>|~".contains(chars[i + 1]) {
        out.append(chars[i + 1]); i += 2; continue
      }
      // an image: ![alt](address) — gone (its address is no text of the article)
      if c == "!", i + 1 < chars.count, chars[i + 1] == "[", let (_, after) = link(chars, at: i + 1) {
        i = after; continue
      }
      // a link: [text](address) — its text
      if c == "[", let (label, after) = link(chars, at: i) {
        out += plain(label); i = after; continue
      }
      // emphasis: "**", "__", "*", "_" around words, "~~" strike; "`" code
      if c == "*" || c == "~" || c == "`" { i += 1; continue }
      if c == "_", isEmphasisUnderscore(chars, i) { i += 1; continue }
      out.append(c)
      i += 1
    }
    if out.hasSuffix("\\") { out.removeLast() }
    while out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// A link at `i` ("[text](address)" or "[text][ref]"): its text and the index after it.
  static func link(_ c: [Character], at i: Int) -> (String, Int)? {
    guard c[i] == "[" else { return nil }
    var depth = 0
    var j = i
    while j < c.count {
      if c[j] == "[" { depth += 1 } else if c[j] == "]" { depth -= 1; if depth == 0 { break } }
      j += 1
    }
    guard j < c.count, j + 1 < c.count, c[j + 1] == "(" || c[j + 1] == "[" else { return nil }
    let close: Character = c[j + 1] == "(" ? ")" : "]"
    guard let end = c[(j + 2)...].firstIndex(of: close) else { return nil }
    return (String(c[(i + 1)..<j]), end + 1)
  }

  /// True when the underscore at `i` marks emphasis: at a word's edge (not inside
  /// "file_name_2023").
  static func isEmphasisUnderscore(_ c: [Character], _ i: Int) -> Bool {
    let before = i > 0 ? c[i - 1] : " "
    let after = i + 1 < c.count ? c[i + 1] : " "
    return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
  }
}

extension SourceInfo {
  /// Reads one "key: value" line of a Markdown front matter: the title, the page's address and
  /// a posting day named as such; a clipping or creation day is the note's, never the page's.
  mutating func read(frontMatter line: String) {
    guard let colon = line.firstIndex(of: ":") else { return }
    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
      value = String(value.dropFirst().dropLast())
    }
    guard !value.isEmpty else { return }
    switch key {
    case "title": if title == nil { title = value }
    case "source", "url", "link", "canonical": if url == nil { url = value }
    case "published", "date_published", "datepublished", "publish_date":
      if published == nil { published = SourcesTable.parseDate(value) }
    default: break
    }
  }
}
