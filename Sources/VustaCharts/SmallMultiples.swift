//! Small multiples: one panel per series, all on one scale, in a grid.

import VustaFrame

extension ChartCanvas {
  /// Draws one panel of `base` per series of the table into `area`, sharing the scale.
  func drawSmallMultiples(_ table: ChartTable, base: ChartKind, in area: Rect) {
    let n = table.series.count
    let isMap: Bool = { if case .tileMap = base { return true }; return false }()
    let cols = n == 1 ? 1 : isMap ? min(n, 3) : 2
    let rows = Int((Double(n) / Double(cols)).rounded(.up))
    let gapX = 14.0, gapY = 10.0
    let pw = (area.width - gapX * Double(cols - 1)) / Double(cols)
    let ph = (area.height - gapY * Double(rows - 1)) / Double(rows)
    let shared = table.dataMax
    let headFont = style.font(style.labelSize, bold: true)
    for (i, s) in table.series.enumerated() {
      let px = area.minX + Double(i % cols) * (pw + gapX)
      let py = area.minY + Double(i / cols) * (ph + gapY)
      let head = lines(measurer.lines(s.name, font: headFont, width: pw).prefix(2).map { $0 }, headFont,
                       x: px, top: py, h: .start)
      let body = Rect(x: px, y: head.maxY + 4, width: pw, height: max(10, py + ph - head.maxY - 4))
      let panel = ChartTable(title: s.name, labelHeader: table.labelHeader, labels: table.labels,
                             series: [ChartSeries(name: s.name, values: s.values, missing: s.missing)], unit: table.unit)
      drawBody(base, panel, in: body, domainMax: shared, legend: i == 0)
    }
  }

  /// Draws the body of one chart kind (no title or note) into `area`.
  func drawBody(_ kind: ChartKind, _ table: ChartTable, in area: Rect, domainMax: Double? = nil,
                legend: Bool = true) {
    switch kind {
    case .horizontalBar: drawBars(table, in: area, stacked: false, domainMax: domainMax)
    case .stackedBar: drawBars(table, in: area, stacked: true, domainMax: domainMax)
    case .column: drawColumns(table, in: area, domainMax: domainMax)
    case .line: drawLines(table, in: area, domainMax: domainMax)
    case .tileMap(let d): drawTileMap(table, division: d, in: area, domainMax: domainMax, legend: legend)
    case .smallMultiples(let base): drawSmallMultiples(table, base: base, in: area)
    }
  }
}
