/// How an HTML table's rows become text: a row of short cells is one line with its cells apart
/// by " | " — the way a text table writes it, so that a label and its number ("Hội thành viên |
/// 31"), or a time and its event ("Sáng 30/12 | Hội nghị Ban Chấp hành …"), stay on one line. A
/// cell spanning rows (`rowspan`) stands in each row it spans ("Ngày 20/10/2015" beside both
/// events of the day). A row whose cells hold paragraphs (a table used to lay out a page) keeps
/// one line per block.
struct TableRows {
  /// An open row: where it began in the output, the table depth it belongs to, and the rows
  /// each of its cells spans.
  struct Row {
    var start: Int
    var depth: Int
    var spans: [Int] = []
  }

  /// A cell still spanning rows below its own: its column, its text, the rows left.
  struct Carried {
    var column: Int
    var text: ArraySlice<UInt8>
    var rows: Int
  }

  /// Between two cells of an open row, until the row is closed and judged.
  static let cellMark: UInt8 = 0x1D
  /// A cell longer than this many bytes (a paragraph of its own), or a row longer than
  /// `longestRow`, is no data table's.
  static let longestCell = 2000
  static let longestRow = 3000
  /// A span beyond this is read as this (a layout table's "rowspan=99").
  static let longestSpan = 20

  static let table = HTMLText.hash("table".utf8), tr = HTMLText.hash("tr".utf8)
  static let td = HTMLText.hash("td".utf8), th = HTMLText.hash("th".utf8)

  /// How deep in nested tables the current point is.
  private var depth = 0
  /// The rows open around the current point, innermost last.
  private var rows: [Row] = []
  /// The cells spanning rows, by table depth.
  private var carried: [Int: [Carried]] = [:]

  /// Whether the tag is a table's, a row's or a cell's.
  @inline(__always) static func handles(_ name: UInt64) -> Bool {
    name == td || name == th || name == tr || name == table
  }

  /// Reads a table, row or cell tag (its bytes `tag`, without the angle brackets) at the current
  /// point of `out`.
  mutating func tag(_ name: UInt64, closing: Bool, _ tag: UnsafeBufferPointer<UInt8>, out: inout [UInt8]) {
    if name == TableRows.table {
      // a closed table closes its rows (and those of tables left open inside it)
      if closing {
        while let last = rows.last, last.depth >= depth {
          rows.removeLast()
          finish(last, out: &out)
        }
        carried[depth] = nil
        depth = max(0, depth - 1)
      } else {
        depth += 1
        carried[depth] = nil
      }
      out.append(0x0A)
      return
    }
    if name == TableRows.tr {
      // (a row left open ends where the next one starts)
      if let last = rows.last, last.depth == depth {
        rows.removeLast()
        finish(last, out: &out)
      }
      out.append(0x0A)
      if !closing { rows.append(Row(start: out.count, depth: depth)) }
      return
    }
    // a cell: the first of its row starts it; the next ones are marked off
    guard !closing else { return }
    guard var last = rows.last, last.depth == depth else {
      out.append(0x0A)
      return
    }
    if !last.spans.isEmpty { out.append(TableRows.cellMark) }
    let span = TableRows.rowspan(in: tag)
    last.spans.append(min(max(span, 1), TableRows.longestSpan))
    rows[rows.count - 1] = last
  }

  static let rowspanName = Array("rowspan".utf8)

  /// The rows a cell's tag says it spans (`rowspan="2"`, `rowspan='2'`, `rowspan=2`), 1 when
  /// it says none or nothing readable.
  static func rowspan(in tag: UnsafeBufferPointer<UInt8>) -> Int {
    let n = tag.count, m = rowspanName.count
    var i = 0
    while i + m < n {
      if (0..<m).allSatisfy({ HTMLText.asciiLower(tag[i + $0]) == rowspanName[$0] }) {
        var j = i + m
        while j < n, tag[j] == 0x20 { j += 1 }
        guard j < n, tag[j] == UInt8(ascii: "=") else { return 1 }
        j += 1
        while j < n, tag[j] == 0x20 || tag[j] == 0x22 || tag[j] == 0x27 { j += 1 }
        var v = 0
        while j < n, tag[j] &- 0x30 < 10, v < 1000 { v = v * 10 + Int(tag[j] &- 0x30); j += 1 }
        return max(v, 1)
      }
      i += 1
    }
    return 1
  }

  /// Closes the rows still open at the page's end.
  mutating func finishAll(out: inout [UInt8]) {
    while let row = rows.popLast() { finish(row, out: &out) }
  }

  /// Judges a closed row: one line of its short cells (with the cells spanning into it from
  /// rows above), or one line per block as before.
  private mutating func finish(_ row: Row, out: inout [UInt8]) {
    guard row.start <= out.count else { return }
    let segment = out[row.start...]
    let above = carried[row.depth] ?? []
    guard segment.contains(TableRows.cellMark) || !above.isEmpty else {
      carried[row.depth] = nil
      return
    }
    // the row's own cells, each one line or none
    var own: [ArraySlice<UInt8>] = []
    var simple = segment.count <= TableRows.longestRow * 2
    if simple {
      for cell in segment.split(separator: TableRows.cellMark, omittingEmptySubsequences: false) {
        let lines = cell.split(separator: 0x0A).filter { $0.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
        if lines.count > 1 || lines.first.map({ TableRows.trimmed($0).count > TableRows.longestCell }) == true {
          simple = false
          break
        }
        own.append(lines.first.map(TableRows.trimmed) ?? [])
      }
    }
    guard simple else {
      carried[row.depth] = nil
      out.replaceSubrange(row.start..., with: segment.map { $0 == TableRows.cellMark ? 0x0A : $0 } + [0x0A])
      return
    }
    // the cells in column order: a cell carried from above takes its column, the row's own
    // cells fill the others
    var cells: [ArraySlice<UInt8>] = []
    var next: [Carried] = []
    var k = 0
    var column = 0
    func carry(_ c: Carried) {
      cells.append(c.text)
      if c.rows > 1 { next.append(Carried(column: c.column, text: c.text, rows: c.rows - 1)) }
    }
    while k < own.count || above.contains(where: { $0.column >= column }) {
      if let c = above.first(where: { $0.column == column }) {
        carry(c)
      } else if k < own.count {
        let span = k < row.spans.count ? row.spans[k] : 1
        cells.append(own[k])
        if span > 1, !own[k].isEmpty { next.append(Carried(column: column, text: own[k], rows: span - 1)) }
        k += 1
      } else {
        // (a gap with nothing left to fill it: the carried cells further right keep their order)
        column += 1
        continue
      }
      column += 1
    }
    carried[row.depth] = next
    let filled = cells.filter { !$0.isEmpty }
    var joined: [UInt8] = [0x0A]
    if filled.count >= 2, filled.reduce(0, { $0 + $1.count }) <= TableRows.longestRow {
      for (i, c) in filled.enumerated() {
        if i > 0 { joined.append(contentsOf: [0x20, 0x7C, 0x20]) }
        joined.append(contentsOf: c)
      }
    } else {
      for c in filled { joined.append(contentsOf: c); joined.append(0x0A) }
    }
    joined.append(0x0A)
    out.replaceSubrange(row.start..., with: joined)
  }

  /// The bytes without spaces at either end.
  static func trimmed(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = b.startIndex, e = b.endIndex
    while s < e, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0D { s += 1 }
    while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
    return b[s..<e]
  }
}
