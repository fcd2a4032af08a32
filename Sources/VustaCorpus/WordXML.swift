/// One paragraph of a Word document as read: its text and whether Word calls it a heading.
public struct WordParagraph: Equatable, Sendable {
  public var text: String
  /// The outline level of a heading style ("Heading1" → 1, "Title" → 0); nil for body text.
  public var headingLevel: Int?
  /// The largest font size its runs set, in half-points (`w:sz`: 28 is 14 pt); nil when none is
  /// set (the style's size).
  public var size: Int?
  /// Whether a run of it is bold (`w:b`).
  public var bold: Bool

  public init(_ text: String, headingLevel: Int? = nil, size: Int? = nil, bold: Bool = false) {
    self.text = text
    self.headingLevel = headingLevel
    self.size = size
    self.bold = bold
  }
}

/// Reads the text of WordprocessingML (`word/document.xml`) in document order, in one pass over
/// the bytes without building a tree: paragraphs (`w:p`) become lines, a table's rows become
/// lines with their cells joined by " | " (a one-row table, such as the two-column header of an
/// administrative document, gives its cells' paragraphs one after another), tabs stay tabs,
/// line breaks are spaces. Deleted and moved-away text (`w:delText`, `w:moveFrom`), field codes
/// (`w:instrText`) and the fallback copy of text boxes (`mc:Fallback`) are left out. Never fails:
/// malformed XML ends the text where it stops making sense.
public enum WordXML {
  /// A line break inside a table's cell, while its paragraph is read (a byte no text holds).
  static let cellLineBreak: UInt8 = 0x0B

  /// The paragraphs of `xml`, empty ones left out.
  public static func paragraphs(_ xml: [UInt8]) -> [WordParagraph] {
    var scanner = Scanner()
    xml.withUnsafeBufferPointer { scanner.run($0) }
    return scanner.out
  }

  /// A table being read: finished rows, the row and the cell being filled.
  struct Table {
    var rows: [[[String]]] = []
    var row: [[String]] = []
    var cell: [String] = []
  }

  struct Scanner {
    var out: [WordParagraph] = []
    /// Open paragraphs (a text box's paragraphs sit inside another paragraph).
    var paragraphs: [[UInt8]] = []
    var styles: [Int?] = []
    /// The open paragraphs' largest run size and boldness, as `styles`.
    var sizes: [Int?] = []
    var bolds: [Bool] = []
    var tables: [Table] = []
    var inText = false
    /// Depth inside elements whose content is skipped (mc:Fallback, w:moveFrom, w:del).
    var skipping = 0

    mutating func run(_ b: UnsafeBufferPointer<UInt8>) {
      let n = b.count
      var i = 0
      while i < n {
        let c = b[i]
        if c != UInt8(ascii: "<") {
          // Character data: kept only inside w:t.
          var j = i
          while j < n && b[j] != UInt8(ascii: "<") { j += 1 }
          if inText && skipping == 0 && !paragraphs.isEmpty { appendText(b, i, j) }
          i = j
          continue
        }
        guard i + 1 < n else { return }
        let next = b[i + 1]
        if next == UInt8(ascii: "?") {
          i = find(b, from: i + 2, [UInt8(ascii: "?"), UInt8(ascii: ">")]) ?? n
          continue
        }
        if next == UInt8(ascii: "!") {
          // comment or CDATA
          if i + 3 < n, b[i + 2] == UInt8(ascii: "-") {
            i = find(b, from: i + 4, Array("-->".utf8)) ?? n
          } else if i + 8 < n, b[i + 2] == UInt8(ascii: "[") {
            let end = find(b, from: i + 9, Array("]]>".utf8)) ?? n
            if inText && skipping == 0 && !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].append(contentsOf: b[(i + 9)..<max(i + 9, end - 3)]) }
            i = end
          } else {
            i = find(b, from: i + 2, [UInt8(ascii: ">")]) ?? n
          }
          continue
        }
        // A tag: its name, its end (quotes respected), whether it closes itself.
        let closing = next == UInt8(ascii: "/")
        var j = closing ? i + 2 : i + 1
        let nameStart = j
        while j < n, !isNameEnd(b[j]) { j += 1 }
        let nameEnd = j
        var quote: UInt8 = 0
        while j < n {
          let d = b[j]
          if quote != 0 {
            if d == quote { quote = 0 }
          } else if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") {
            quote = d
          } else if d == UInt8(ascii: ">") {
            break
          }
          j += 1
        }
        guard j < n else { return }
        let selfClosing = b[j - 1] == UInt8(ascii: "/")
        tag(b, name: nameStart..<nameEnd, attributes: nameEnd..<j, closing: closing, selfClosing: selfClosing)
        i = j + 1
      }
    }

    func isNameEnd(_ c: UInt8) -> Bool {
      c == UInt8(ascii: " ") || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == 9 || c == 10 || c == 13
    }

    /// The index just past the first occurrence of `pattern` at or after `from`.
    func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ pattern: [UInt8]) -> Int? {
      guard pattern.count > 0, from + pattern.count <= b.count else { return nil }
      var k = from
      while k + pattern.count <= b.count {
        if b[k] == pattern[0] {
          var m = 1
          while m < pattern.count && b[k + m] == pattern[m] { m += 1 }
          if m == pattern.count { return k + m }
        }
        k += 1
      }
      return nil
    }

    func named(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString) -> Bool {
      guard r.count == s.utf8CodeUnitCount else { return false }
      let p = s.utf8Start
      for k in 0..<r.count where b[r.lowerBound + k] != p[k] { return false }
      return true
    }

    mutating func tag(_ b: UnsafeBufferPointer<UInt8>, name: Range<Int>, attributes: Range<Int>,
                      closing: Bool, selfClosing: Bool) {
      // Skipped subtrees: counted by depth so that nested ones close properly.
      if named(b, name, "mc:Fallback") || named(b, name, "w:moveFrom") || named(b, name, "w:del") {
        if selfClosing { return }
        skipping += closing ? (skipping > 0 ? -1 : 0) : 1
        return
      }
      if skipping > 0 { return }
      if named(b, name, "w:t") {
        inText = !closing && !selfClosing
      } else if named(b, name, "w:p") {
        if selfClosing { return }
        if closing { endParagraph() } else {
          paragraphs.append([])
          styles.append(nil)
          sizes.append(nil)
          bolds.append(false)
        }
      } else if named(b, name, "w:tab") || named(b, name, "w:ptab") {
        // a w:tab with w:pos is a tab stop (in w:pPr/w:tabs), not a tab character
        if !closing, !paragraphs.isEmpty, attribute(b, attributes, "w:pos") == nil {
          paragraphs[paragraphs.count - 1].append(9)
        }
      } else if named(b, name, "w:br") || named(b, name, "w:cr") {
        // a line break is a space, except right after a hyphen that ends a word ("kinh tế-⏎xã hội");
        // in a table's cell it parts the cell's lines (marked here, parted when the paragraph
        // ends): the header's "CỘNG HÒA …⏎Độc lập – Tự do – Hạnh phúc⏎Nghệ An, ngày 18 tháng 3
        // năm 2024" are three lines, as the same document's PDF reads them
        if !closing, let last = paragraphs.last {
          let hyphenated = last.count >= 2 && last[last.count - 1] == UInt8(ascii: "-") && last[last.count - 2] != UInt8(ascii: " ")
          if !hyphenated { paragraphs[paragraphs.count - 1].append(tables.isEmpty ? UInt8(ascii: " ") : WordXML.cellLineBreak) }
        }
      } else if named(b, name, "w:noBreakHyphen") {
        if !closing, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].append(UInt8(ascii: "-")) }
      } else if named(b, name, "w:sz") {
        if !closing, !sizes.isEmpty, let v = attribute(b, attributes, "w:val").flatMap({ Int($0) }) {
          sizes[sizes.count - 1] = max(sizes[sizes.count - 1] ?? 0, v)
        }
      } else if named(b, name, "w:b") {
        if !closing, !bolds.isEmpty {
          let v = attribute(b, attributes, "w:val")
          if v == nil || v == "1" || v == "true" || v == "on" { bolds[bolds.count - 1] = true }
        }
      } else if named(b, name, "w:pStyle") {
        if !closing, !styles.isEmpty, let v = attribute(b, attributes, "w:val") {
          styles[styles.count - 1] = WordXML.headingLevel(style: v)
        }
      } else if named(b, name, "w:tbl") {
        if closing { endTable() } else if !selfClosing { tables.append(Table()) }
      } else if named(b, name, "w:tr") {
        if closing, !tables.isEmpty {
          let row = tables[tables.count - 1].row
          tables[tables.count - 1].rows.append(row)
          tables[tables.count - 1].row = []
        }
      } else if named(b, name, "w:tc") {
        if closing, !tables.isEmpty {
          let cell = tables[tables.count - 1].cell
          tables[tables.count - 1].row.append(cell)
          tables[tables.count - 1].cell = []
        }
      }
    }

    /// The value of an attribute, entities left as written (style names have none).
    func attribute(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ key: StaticString) -> String? {
      let k = key.utf8CodeUnitCount
      var i = r.lowerBound
      while i + k + 2 < r.upperBound {
        if (b[i - 1] == UInt8(ascii: " ") || b[i - 1] == 9 || b[i - 1] == 10 || b[i - 1] == 13),
          named(b, i..<(i + k), key), b[i + k] == UInt8(ascii: "=")
        {
          let q = b[i + k + 1]
          var j = i + k + 2
          while j < r.upperBound && b[j] != q { j += 1 }
          return String(decoding: UnsafeBufferPointer(rebasing: b[(i + k + 2)..<j]), as: UTF8.self)
        }
        i += 1
      }
      return nil
    }

    mutating func appendText(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
      var k = from
      while k < to {
        let c = b[k]
        if c == UInt8(ascii: "&"), let (scalar, len) = WordXML.entity(b, k, to) {
          appendScalar(scalar)
          k += len
          continue
        }
        // the soft hyphen U+00AD (C2 AD) is an invisible break opportunity
        if c == 0xC2, k + 1 < to, b[k + 1] == 0xAD {
          k += 2
          continue
        }
        paragraphs[paragraphs.count - 1].append(c == 10 || c == 13 ? UInt8(ascii: " ") : c)
        k += 1
      }
    }

    mutating func appendScalar(_ s: Unicode.Scalar) {
      if s.value == 0xAD { return }
      paragraphs[paragraphs.count - 1].append(contentsOf: Array(String(Character(s)).utf8))
    }

    mutating func endParagraph() {
      guard let bytes = paragraphs.popLast() else { return }
      let level = styles.popLast() ?? nil
      let size = sizes.popLast() ?? nil
      let bold = bolds.popLast() ?? false
      if !tables.isEmpty {
        for part in bytes.split(separator: WordXML.cellLineBreak) {
          let text = WordXML.clean(String(decoding: part, as: UTF8.self))
          if !text.isEmpty { tables[tables.count - 1].cell.append(text) }
        }
        return
      }
      let text = WordXML.clean(String(decoding: bytes, as: UTF8.self))
      if !text.isEmpty {
        out.append(WordParagraph(text, headingLevel: level, size: size, bold: bold))
      }
    }

    mutating func endTable() {
      guard let table = tables.popLast() else { return }
      var rows = table.rows
      if !table.row.isEmpty { rows.append(table.row) }
      var lines: [String] = []
      if rows.count == 1 {
        // a layout table (the header's two columns): its cells' paragraphs in order
        for cell in rows[0] { lines.append(contentsOf: cell) }
      } else {
        for row in rows {
          let cells = row.map { $0.joined(separator: " ") }
          if cells.contains(where: { !$0.isEmpty }) { lines.append(cells.joined(separator: " | ")) }
        }
      }
      if !tables.isEmpty {
        // a table inside a cell: its rows go into that cell
        if !lines.isEmpty { tables[tables.count - 1].cell.append(lines.joined(separator: "; ")) }
      } else {
        out.append(contentsOf: lines.map { WordParagraph($0) })
      }
    }
  }

  /// "Heading1", "heading 2", "Title" (and LibreOffice's "Heading_20_1") → the outline level.
  static func headingLevel(style: String) -> Int? {
    let s = style.lowercased().replacingOccurrences(of: "_20_", with: "").replacingOccurrences(of: " ", with: "")
    if s == "title" { return 0 }
    guard s.hasPrefix("heading"), let n = Int(s.dropFirst("heading".count)), (1...9).contains(n) else { return nil }
    return n
  }

  /// The character an entity at `k` stands for, and the entity's length.
  static func entity(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> (Unicode.Scalar, Int)? {
    var j = k + 1
    while j < end, j - k < 12, b[j] != UInt8(ascii: ";") { j += 1 }
    guard j < end, b[j] == UInt8(ascii: ";") else { return nil }
    let body = Array(UnsafeBufferPointer(rebasing: b[(k + 1)..<j]))
    let len = j - k + 1
    switch body {
    case Array("amp".utf8): return ("&", len)
    case Array("lt".utf8): return ("<", len)
    case Array("gt".utf8): return (">", len)
    case Array("quot".utf8): return ("\"", len)
    case Array("apos".utf8): return ("'", len)
    default:
      guard body.first == UInt8(ascii: "#") else { return nil }
      let hex = body.count > 1 && (body[1] == UInt8(ascii: "x") || body[1] == UInt8(ascii: "X"))
      let digits = String(decoding: body.dropFirst(hex ? 2 : 1), as: UTF8.self)
      guard let v = UInt32(digits, radix: hex ? 16 : 10), let s = Unicode.Scalar(v) else { return nil }
      return (s, len)
    }
  }

  /// Runs of spaces (from line breaks and runs split by formatting) made one; ends trimmed.
  static func clean(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for ch in s.unicodeScalars {
      if ch == " " {
        pendingSpace = true
        continue
      }
      if pendingSpace && !out.isEmpty && ch != "\t" { out.unicodeScalars.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(ch)
    }
    return out.trimmingTabs()
  }
}

extension String {
  /// Without tabs at either end.
  fileprivate func trimmingTabs() -> String {
    var s = Substring(self)
    while s.first == "\t" { s = s.dropFirst() }
    while s.last == "\t" { s = s.dropLast() }
    return String(s)
  }
}
