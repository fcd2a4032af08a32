/// A box on a PDF page, in points, y growing downwards.
public struct PDFBox: Equatable, Sendable {
  public var x1, y1, x2, y2: Double
  public init(x1: Double, y1: Double, x2: Double, y2: Double) {
    self.x1 = x1
    self.y1 = y1
    self.x2 = x2
    self.y2 = y2
  }
  var height: Double { y2 - y1 }
  var center: Double { (x1 + x2) / 2 }
}

/// One character of a page's text layer, in the reading order the PDF library gives, with its box
/// ("\n" ends one of the library's lines).
public struct PDFGlyph: Equatable, Sendable {
  public var scalar: Unicode.Scalar
  public var box: PDFBox
  public init(_ scalar: Unicode.Scalar, _ box: PDFBox) {
    self.scalar = scalar
    self.box = box
  }
}

/// Turns the characters of PDF pages (in reading order, with their boxes) into paragraphs:
/// the library's line fragments on one baseline become one row — the words of a widely
/// justified line joined by spaces, a table's cells by " | " — and rows become paragraphs where
/// the line spacing, the indentation and the line lengths say a paragraph goes on: a line break
/// inside a paragraph is a space, a line ending in a hyphen right after a letter is joined
/// without a space ("kinh tế-" + "xã hội" → "kinh tế-xã hội"), a soft hyphen is dropped.
/// A page number alone on the first or last line of a page is left out; a paragraph cut by the
/// page end goes on from the next page when that page starts in lower case. Pure: no Poppler.
public enum PDFLayout {
  /// The paragraphs of pages, in order.
  public static func paragraphs(pages: [[PDFGlyph]]) -> [String] {
    var builder = Builder()
    for page in pages { builder.add(page: page) }
    return builder.paragraphs
  }

  /// Paragraphs built page by page, so that only one page's characters are held at a time.
  public struct Builder: Sendable {
    /// The paragraphs so far.
    public private(set) var paragraphs: [String] = []
    /// For each paragraph, whether it is set in large type (its first line half again as tall
    /// as the page's text lines: a headline).
    public private(set) var large: [Bool] = []
    var lastRowOpen = false

    public init() {}

    /// Adds the next page's characters.
    public mutating func add(page glyphs: [PDFGlyph]) {
      var rows = PDFLayout.rows(glyphs)
      while let r = rows.first, isPageNumber(r.text) { rows.removeFirst() }
      while let r = rows.last, isPageNumber(r.text) { rows.removeLast() }
      let (paras, open, big) = PDFLayout.paragraphs(rows: rows)
      guard !paras.isEmpty else { return }
      var rest = paras[...]
      var restBig = big[...]
      if lastRowOpen, let first = rest.first, let c = first.unicodeScalars.first, c.properties.isLowercase,
        !paragraphs.isEmpty
      {
        paragraphs[paragraphs.count - 1] = join(paragraphs[paragraphs.count - 1], first)
        rest = rest.dropFirst()
        restBig = restBig.dropFirst()
      }
      paragraphs.append(contentsOf: rest)
      large.append(contentsOf: restBig)
      lastRowOpen = open
    }

    /// Where each article of a compilation starts (a bulletin's issue: several whole articles,
    /// each under its own headline in large type): `Compilation.articleStarts`.
    public var articleStarts: [Int] { Compilation.articleStarts(paragraphs, headline: large) }
  }

  /// A row: the text of one visual line and its box; `cells` when it holds table cells.
  struct Row {
    var text: String
    var box: PDFBox
    var cells = false
  }

  /// One of the library's line fragments: its text (cells split where characters are far apart
  /// with no space between them), its box, and whether it is a single word.
  struct Fragment {
    var cells: [String]
    var box: PDFBox
    var singleWord: Bool
  }

  static func fragments(_ glyphs: [PDFGlyph]) -> [Fragment] {
    var out: [Fragment] = []
    var cells: [String] = []
    var current = ""
    var box: PDFBox? = nil
    var previous: PDFBox? = nil
    var spaced = false
    var words = 0
    func finish() {
      if !current.isEmpty { cells.append(current) }
      if let b = box, !cells.isEmpty {
        out.append(Fragment(cells: cells.map { trimmed($0) }, box: b, singleWord: cells.count == 1 && words <= 1))
      }
      cells = []
      current = ""
      box = nil
      previous = nil
      spaced = false
      words = 0
    }
    for g in glyphs {
      if g.scalar == "\n" {
        finish()
        continue
      }
      if isSpace(g.scalar) {
        if !current.isEmpty { spaced = true }
        continue
      }
      let b = g.box
      if let p = previous {
        let gap = b.x1 - p.x2
        let h = max(p.height, b.height, 1)
        if !spaced && gap > 0.6 * h && abs(b.y2 - p.y2) < 0.5 * h {
          // far apart with no space between: two cells of a table
          cells.append(current)
          current = ""
          words += 1
        } else if spaced || gap > 0.25 * h {
          // a space, or a gap as wide as one that the library gave without a space (two blocks
          // on one line: "VIỆT NAM" and "CỘNG HÒA" of a header)
          current.unicodeScalars.append(" ")
          words += 1
        }
      } else {
        words = 1
      }
      spaced = false
      current.unicodeScalars.append(g.scalar)
      previous = b
      if let bb = box {
        box = PDFBox(x1: min(bb.x1, b.x1), y1: min(bb.y1, b.y1), x2: max(bb.x2, b.x2), y2: max(bb.y2, b.y2))
      } else {
        box = b
      }
    }
    finish()
    return out
  }

  /// Fragments on one baseline, each to the right of the one before, make one row.
  static func rows(_ glyphs: [PDFGlyph]) -> [Row] {
    var groups: [[Fragment]] = []
    for f in fragments(glyphs) {
      if var g = groups.last, let last = g.last {
        let h = max(last.box.height, f.box.height, 1)
        if abs(f.box.y2 - last.box.y2) < 0.25 * h, f.box.x1 >= last.box.x2 - 0.5 {
          g.append(f)
          groups[groups.count - 1] = g
          continue
        }
      }
      groups.append([f])
    }
    var rows: [Row] = groups.map { g in
      let box = g.dropFirst().reduce(g[0].box) {
        PDFBox(x1: min($0.x1, $1.box.x1), y1: min($0.y1, $1.box.y1), x2: max($0.x2, $1.box.x2), y2: max($0.y2, $1.box.y2))
      }
      let cells = g.flatMap(\.cells)
      return Row(text: cells.joined(separator: " | "), box: box, cells: cells.count > 1)
    }
    // A widely justified line comes as single words evenly spaced, spanning the same measure as
    // the lines around it: its words, not cells.
    for (k, g) in groups.enumerated() where g.count > 1 && g.allSatisfy(\.singleWord) {
      let gaps = zip(g, g.dropFirst()).map { $1.box.x1 - $0.box.x2 }
      guard let lo = gaps.min(), let hi = gaps.max(), hi - lo <= 0.15 * hi + 0.5 else { continue }
      let row = rows[k]
      let h = row.box.height
      let neighbours = [k - 1, k + 1].filter { rows.indices.contains($0) && !rows[$0].cells }.map { rows[$0].box }
      if neighbours.contains(where: { abs($0.x2 - row.box.x2) <= 2 && row.box.x1 >= $0.x1 - 1.5 && row.box.x1 <= $0.x1 + 3 * h }) {
        rows[k].text = g.flatMap(\.cells).joined(separator: " ")
        rows[k].cells = false
      }
    }
    return rows
  }

  /// Rows → paragraphs; also whether the last paragraph may go on onto the next page, and for
  /// each paragraph whether it is set in large type (a headline).
  static func paragraphs(rows: [Row]) -> ([String], Bool, [Bool]) {
    guard !rows.isEmpty else { return ([], false, []) }
    let pitch = typicalPitch(rows)
    // (a headline set larger than the text goes on at its own pitch: the text's would cut it)
    let heights = rows.map(\.box.height).sorted()
    let textHeight = heights[heights.count / 2]
    var out: [String] = []
    var big: [Bool] = []
    var text = rows[0].text
    var textIsBig = rows[0].box.height > 1.3 * textHeight
    var right = rows[0].box.x2
    var last = rows[0]
    for b in rows.dropFirst() {
      let a = last
      let h = max(a.box.height, b.box.height, 1)
      let step = b.box.y1 - a.box.y1
      var continues = !a.cells && !b.cells
        && abs(a.box.height - b.box.height) <= 0.15 * h
        && step > 0.3 * h && (step <= pitch * 1.2 || (a.box.height > 1.3 * textHeight && step <= 1.5 * h))
        && b.box.x1 < a.box.x2 && a.box.x1 < b.box.x2
        && (b.box.x1 <= a.box.x1 + 0.5 * h || abs(a.box.center - b.box.center) < 0.5 * h)
      let measure = max(right, b.box.x2)
      if continues && a.box.x2 < measure - 1.5 * h { continues = false }  // a short line ends its paragraph
      // the next column: a full line without a closing stop, then a line higher up to the right
      // that starts in lower case
      var nextColumn = false
      if !continues, !a.cells, !b.cells, b.box.y1 < a.box.y1 - h, b.box.x1 > a.box.x2 - 0.5 * h,
        abs(a.box.height - b.box.height) <= 0.15 * h, a.box.x2 >= right - 1.5 * h,
        let end = a.text.unicodeScalars.last, !".:;!?".unicodeScalars.contains(end),
        b.text.unicodeScalars.first?.properties.isLowercase == true
      {
        continues = true
        nextColumn = true
      }
      if continues {
        text = join(text, b.text)
        right = nextColumn ? b.box.x2 : measure
      } else {
        out.append(text)
        big.append(textIsBig)
        text = b.text
        textIsBig = b.box.height > 1.3 * textHeight
        right = b.box.x2
      }
      last = b
    }
    out.append(text)
    big.append(textIsBig)
    let end = last.text.unicodeScalars.last.map { ".:;!?".unicodeScalars.contains($0) } ?? true
    let open = !last.cells && !end && last.box.x2 >= right - 1.5 * max(last.box.height, 1)
    return (out, open, big)
  }

  /// The distance between the tops of consecutive lines of the same size inside a paragraph: the
  /// lower quartile of those distances (headings, tables and paragraph spacing make the rest).
  static func typicalPitch(_ rows: [Row]) -> Double {
    var steps: [Double] = []
    for (a, b) in zip(rows, rows.dropFirst()) {
      let h = max(a.box.height, 1)
      let s = b.box.y1 - a.box.y1
      if abs(a.box.height - b.box.height) <= 0.15 * h && s > 0.5 * h && s < 2 * h { steps.append(s) }
    }
    guard !steps.isEmpty else { return 1.2 * (rows.map(\.box.height).max() ?? 12) }
    steps.sort()
    return steps[steps.count / 4]
  }

  /// Two pieces of one paragraph across a line end.
  static func join(_ a: String, _ b: String) -> String {
    var a = a
    if a.unicodeScalars.last == "\u{AD}" {
      a.unicodeScalars.removeLast()
      return a + b
    }
    let tail = Array(a.unicodeScalars.suffix(2))
    if tail.count == 2, tail[1] == "-" || tail[1] == "\u{2010}", tail[0].properties.isAlphabetic,
      b.unicodeScalars.first?.properties.isAlphabetic == true
    {
      return a + b
    }
    return a + " " + b
  }

  /// "3", "- 3 -", "Trang 3", "3/12": a page number, not text.
  static func isPageNumber(_ s: String) -> Bool {
    var t = s.lowercased()
    // (a running footer or header that ends with its page: "Bản tin Liên hiệp hội – Số 3, Quý
    // III/2024 – Trang 2")
    if t.count <= 90, let r = t.range(of: " trang ", options: .backwards), t[r.upperBound...].allSatisfy(\.isNumber),
      !t[r.upperBound...].isEmpty
    {
      return true
    }
    if t.hasPrefix("trang ") { t = String(t.dropFirst(6)) }
    let core = t.unicodeScalars.filter { $0 != "-" && $0 != " " && $0 != "–" }
    guard !core.isEmpty, core.count <= 7 else { return false }
    return core.allSatisfy { ("0"..."9").contains($0) || $0 == "/" } && core.first != "/"
  }

  /// A space of any width (ASCII first: Unicode properties are dear for every character).
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F
  }

  static func trimmed(_ s: String) -> String {
    var u = Substring(s)
    while u.first == " " { u = u.dropFirst() }
    while u.last == " " { u = u.dropLast() }
    return String(u)
  }
}
