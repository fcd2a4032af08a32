//! Tables: column widths from content, a header row repeated on every page the table spans,
//! optional zebra rows, numbers right-aligned, split only between rows.

import VustaFrame

/// A column of a table.
public struct TableColumn: Hashable, Sendable {
  public var header: String
  public var alignment: Alignment
  /// The narrowest the column may get, in points (its longest word otherwise).
  public var minWidth: Double?
  /// A column with a header and an alignment (right for numbers).
  public init(_ header: String, alignment: Alignment = .left, minWidth: Double? = nil) {
    self.header = header; self.alignment = alignment; self.minWidth = minWidth
  }
}

/// A table of marked-up cells. Rows are never split: a row that does not fit goes to the next
/// page, under a repeated header. A cell shows at most `maxCellLines` lines (fewer when even
/// that does not fit an empty page); a longer text ends in "…".
public struct Table: Block {
  public var columns: [TableColumn]
  public var rows: [[[Span]]]
  /// Shade every other row; nil follows the document style.
  public var zebra: Bool?
  public var style: TextStyle?
  public var spaceBefore: Double
  /// The index of the first row (for the zebra phase of a table's rest).
  var firstRow = 0
  /// Widths decided on the first page, kept for the rest.
  var widths: [Double]?
  /// Remembers the widths computed for a region width, so that trying the table on a page
  /// and then placing it measures its cells once (a memo: layout stays pure).
  let memo = WidthMemo()
  /// Whether this piece continues a table begun on an earlier page.
  var continued = false

  /// A table of marked-up cell texts.
  public init(columns: [TableColumn], rows: [[String]], zebra: Bool? = nil, style: TextStyle? = nil,
              spaceBefore: Double = 0) {
    self.columns = columns
    self.rows = rows.map { $0.map(Markup.parse) }
    self.zebra = zebra; self.style = style; self.spaceBefore = spaceBefore
  }

  /// Cell padding, points.
  static let padX = 4.0, padY = 2.5
  /// The most lines a cell shows: a longer text (a 3,000-character address, a page-long
  /// title) is shortened with "…" so one cell cannot fill pages or fail the report.
  public static let maxCellLines = 8

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let st = style ?? context.style.table
    let header = st.with(bold: true)
    let setter = LineSetter(measurer: context.measurer)
    let ws = widths ?? memo.widths(for: region.width) {
      columnWidths(width: region.width, setter: setter, body: st, header: header)
    }
    let lh = st.font.size * st.lineHeight
    func rowLines(_ cells: [[Span]], _ s: TextStyle, maxLines: Int = Table.maxCellLines) -> [[SetLine]] {
      cells.enumerated().map { i, c in
        let w = max(1, ws[i] - 2 * Table.padX)
        return setter.shortened(setter.lines(c, style: s, width: w), to: maxLines, width: w, style: s)
      }
    }
    func height(_ lines: [[SetLine]]) -> Double {
      Double(lines.map(\.count).max() ?? 1) * lh + 2 * Table.padY
    }
    let headLines = rowLines(columns.map { [Span($0.header)] }, header)
    let headHeight = height(headLines)
    var y = headHeight
    var placed: [(lines: [[SetLine]], y: Double, h: Double)] = []
    for r in rows.indices {
      var lines = rowLines(rows[r], st)
      var h = height(lines)
      if y + h > region.height + 0.01 && region.isFresh && placed.isEmpty {
        // even alone under its header on an empty page the row is too tall: shorten its cells
        let fit = Int(((region.height - y - 2 * Table.padY) / lh).rounded(.down))
        if fit >= 1 {
          lines = rowLines(rows[r], st, maxLines: fit)
          h = height(lines)
        }
      }
      if y + h > region.height + 0.01 { break }
      placed.append((lines, y, h))
      y += h
    }
    // Not a header with one lonely row at the foot of a page: at least three rows (or all).
    if !region.isFresh && placed.count < min(3, rows.count) { return .nothing(self) }
    if placed.isEmpty {
      if region.isFresh {
        throw LayoutError.doesNotFit("Bảng (tiêu đề và một hàng)", width: region.width, height: region.height)
      }
      return .nothing(self)
    }
    let total = ws.reduce(0, +)
    var inner = Frame(size: Size(total, y))
    let zebraOn = zebra ?? context.style.zebra
    func drawRow(_ lines: [[SetLine]], top: Double, h: Double, style s: TextStyle, fill: Color?, head: Bool) {
      var rowFrame = Frame(size: Size(total, h))
      if let fill { rowFrame.add(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: h)), fill: fill)) }
      var x = 0.0
      for (c, cellLines) in lines.enumerated() {
        var cell = Frame(size: Size(ws[c], h))
        for (i, line) in cellLines.enumerated() {
          let baseline = Table.padY + Double(i) * lh + (lh - (line.ascent + line.descent)) / 2 + line.ascent
          let align: Alignment = head ? .center : columns[c].alignment == .justify ? .left : columns[c].alignment
          setter.place(line, in: &cell, x: Table.padX, baseline: baseline, width: ws[c] - 2 * Table.padX,
                       alignment: align, baseStyle: s)
        }
        rowFrame.add(.tagged(StructureTag(head ? .tableHeaderCell : .tableCell), cell), at: Point(x, 0))
        x += ws[c]
      }
      inner.add(.tagged(StructureTag(.tableRow), rowFrame), at: Point(0, top))
    }
    drawRow(headLines, top: 0, h: headHeight, style: header, fill: context.style.headerFill, head: true)
    for (k, p) in placed.enumerated() {
      let shaded = zebraOn && (firstRow + k) % 2 == 1
      drawRow(p.lines, top: p.y, h: p.h, style: st, fill: shaded ? context.style.zebraFill : nil, head: false)
    }
    // Grid: outer box, column rules, row rules.
    let stroke = Stroke(color: context.style.rule, width: 0.5)
    var grid = Path.rect(Rect(x: 0, y: 0, width: total, height: y))
    var x = 0.0
    for w in ws.dropLast() { x += w; grid.elements += Path.line(Point(x, 0), Point(x, y)).elements }
    for p in placed { grid.elements += Path.line(Point(0, p.y), Point(total, p.y)).elements }
    inner.add(Shape(path: grid, stroke: stroke))
    var frame = Frame(size: Size(region.width, y))
    frame.add(.tagged(StructureTag(.table), inner), at: Point((region.width - total) / 2, 0))
    guard placed.count < rows.count else { return BlockLayout(frame: frame) }
    var rest = self
    rest.rows = Array(rows[placed.count...])
    rest.firstRow = firstRow + placed.count
    rest.widths = ws
    rest.continued = true
    rest.spaceBefore = 0
    return BlockLayout(frame: frame, rest: rest)
  }

  /// Column widths from content (the automatic table algorithm): each column gets at least
  /// its longest word, then the room left goes to the columns whose text would wrap, in
  /// proportion to how much they want; a table narrower than the region keeps its natural
  /// widths widened to the full width.
  func columnWidths(width: Double, setter: LineSetter, body: TextStyle, header: TextStyle) -> [Double] {
    let pad = 2 * Table.padX
    var natural = [Double](repeating: 0, count: columns.count)
    var minimum = [Double](repeating: 0, count: columns.count)
    let sp = setter.space(body)
    func consider(_ c: Int, _ spans: [Span], _ s: TextStyle) {
      let words = setter.words(spans, style: s)
      var line = 0.0
      for (i, w) in words.enumerated() {
        line += (i > 0 && w.spaceBefore ? sp : 0) + w.width
        minimum[c] = max(minimum[c], w.width + pad)
      }
      natural[c] = max(natural[c], line + pad)
    }
    for (c, col) in columns.enumerated() { consider(c, [Span(col.header)], header) }
    for row in rows { for (c, cell) in row.enumerated() where c < columns.count { consider(c, cell, body) } }
    // A very long word (a URL) is cut between characters rather than starving the others.
    for c in columns.indices {
      minimum[c] = min(minimum[c], width * 0.4)
      if let m = columns[c].minWidth { minimum[c] = max(minimum[c], m) }
      natural[c] = max(natural[c], minimum[c])
    }
    let natTotal = natural.reduce(0, +)
    if natTotal <= width {
      return natural.map { $0 * width / max(1, natTotal) }
    }
    // Short columns (a number, "Kế hoạch") keep their natural width when the others can
    // still get their minimum: wrapping them saves little and reads badly.
    var floor = minimum
    for c in columns.indices where natural[c] <= width * 0.15 { floor[c] = natural[c] }
    if floor.reduce(0, +) < width { minimum = floor }
    let minTotal = minimum.reduce(0, +)
    if minTotal >= width { return minimum.map { $0 * width / minTotal } }
    let want = zip(natural, minimum).map { $0 - $1 }
    let wantTotal = want.reduce(0, +)
    return zip(minimum, want).map { $0 + $1 * (width - minTotal) / max(1, wantTotal) }
  }
}

/// A table's column widths by region width, computed once.
final class WidthMemo {
  private var cache: [Double: [Double]] = [:]
  func widths(for width: Double, _ compute: () -> [Double]) -> [Double] {
    if let w = cache[width] { return w }
    let w = compute()
    cache[width] = w
    return w
  }
}
