/// How an HTML table's rows become text: a row of short cells is one line with its cells apart
/// by " | " — the way a text table writes it, so that a label and its number ("Hội thành viên |
/// 31"), or a time and its event ("Sáng 30/12 | Hội nghị Ban Chấp hành …"), stay on one line. A
/// row whose cells hold paragraphs (a table used to lay out a page) keeps one line per block.
enum TableRows {
  /// An open row: where it began in the output, the table depth it belongs to, its cells so far.
  struct Row {
    var start: Int
    var depth: Int
    var cells: Int
  }

  /// Between two cells of an open row, until the row is closed and judged.
  static let cellMark: UInt8 = 0x1D
  /// A cell longer than this many bytes (a paragraph of its own), or a row longer than
  /// `longestRow`, is no data table's.
  static let longestCell = 2000
  static let longestRow = 3000

  static let table = HTMLText.hash("table".utf8), tr = HTMLText.hash("tr".utf8)
  static let td = HTMLText.hash("td".utf8), th = HTMLText.hash("th".utf8)

  /// Whether the tag is a table's, a row's or a cell's.
  @inline(__always) static func handles(_ name: UInt64) -> Bool {
    name == td || name == th || name == tr || name == table
  }

  /// Reads a table, row or cell tag at the current point of `out`.
  static func tag(_ name: UInt64, closing: Bool, depth: inout Int, rows: inout [Row], out: inout [UInt8]) {
    if name == table {
      // a closed table closes its rows (and those of tables left open inside it)
      if closing {
        while let last = rows.last, last.depth >= depth {
          rows.removeLast()
          finish(last, out: &out)
        }
        depth = max(0, depth - 1)
      } else {
        depth += 1
      }
      out.append(0x0A)
      return
    }
    if name == tr {
      // (a row left open ends where the next one starts)
      if let last = rows.last, last.depth == depth {
        rows.removeLast()
        finish(last, out: &out)
      }
      out.append(0x0A)
      if !closing { rows.append(Row(start: out.count, depth: depth, cells: 0)) }
      return
    }
    // a cell: the first of its row starts it; the next ones are marked off
    guard !closing else { return }
    if var last = rows.last, last.depth == depth {
      if last.cells > 0 { out.append(cellMark) }
      last.cells += 1
      rows[rows.count - 1] = last
    } else {
      out.append(0x0A)
    }
  }

  /// Judges a closed row: one line of its short cells, or one line per block as before.
  static func finish(_ row: Row, out: inout [UInt8]) {
    guard row.start <= out.count else { return }
    let segment = out[row.start...]
    guard segment.contains(cellMark) else { return }
    var cells: [ArraySlice<UInt8>] = []
    var simple = segment.count <= longestRow * 2
    if simple {
      for cell in segment.split(separator: cellMark, omittingEmptySubsequences: false) {
        let lines = cell.split(separator: 0x0A).filter { $0.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
        if lines.count > 1 || lines.first.map({ trimmed($0).count > longestCell }) == true { simple = false; break }
        if let line = lines.first { cells.append(trimmed(line)) }
      }
    }
    var joined: [UInt8] = [0x0A]
    if simple, cells.count >= 2, cells.reduce(0, { $0 + $1.count }) <= longestRow {
      for (k, c) in cells.enumerated() {
        if k > 0 { joined.append(contentsOf: [0x20, 0x7C, 0x20]) }
        joined.append(contentsOf: c)
      }
    } else {
      joined = segment.map { $0 == cellMark ? 0x0A : $0 }
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
