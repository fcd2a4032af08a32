//! Lines with markers over ordered labels (months): one line per series, each with its own
//! colour, dash and marker so they stay apart in greyscale.

import VustaFrame

extension ChartCanvas {
  /// Draws one polyline with markers per series into `area`.
  func drawLines(_ table: ChartTable, in area: Rect, domainMax: Double? = nil) {
    let fmt = ValueFormat(table: table)
    let valueFont = style.font(style.valueSize)
    let dataMax = domainMax ?? table.dataMax
    let cp = categoryPlot(table, in: area, dataMax: dataMax, headroom: lineHeight(valueFont) + 4,
                          sequential: true)
    drawVerticalValueAxis(cp.scale, plot: cp.plot, percent: fmt.percent)
    for si in table.series.indices {
      // a missing value (no data) breaks the line: one polyline per run of known values
      var runs: [[Point]] = [[]]
      for r in table.labels.indices {
        if table.isMissing(si, r) {
          if !runs[runs.count - 1].isEmpty { runs.append([]) }
          continue
        }
        runs[runs.count - 1].append(
          Point(cp.centers[r], cp.plot.maxY - cp.scale.position(table.value(si, r), length: cp.plot.height)))
      }
      for pts in runs where !pts.isEmpty {
        if pts.count > 1 {
          frame.add(Shape(path: .polyline(pts), stroke: Stroke(color: style.color(si), width: 1.8,
                                                                dash: LineStyle.dash(si), cap: .round)))
        }
        for p in pts { marker(si, at: p) }
      }
    }
    // With one series, write each value over its marker when they fit side by side.
    if table.series.count == 1,
       table.labels.indices.allSatisfy({ width(fmt.string(table.value(0, $0)), valueFont) <= cp.pitch - 2 }) {
      let vs = table.series[0].values
      for r in table.labels.indices where !table.isMissing(0, r) {
        let y = cp.plot.maxY - cp.scale.position(table.value(0, r), length: cp.plot.height)
        // Under a dip (lower than its neighbours' mean), over anything else, clear of the line.
        let near = [vs[safe: r - 1], vs[safe: r + 1]].compactMap { $0 }
        let dip = !near.isEmpty && vs[r] < near.reduce(0, +) / Double(near.count) && y + 14 < cp.plot.maxY
        text(fmt.string(vs[r]), valueFont, x: cp.centers[r], y: dip ? y + 4.5 : y - 4.5, h: .center,
             v: dip ? .top : .bottom)
      }
    }
    drawCategoryLabels(cp.labels, centers: cp.centers, axisY: cp.plot.maxY)
  }
}
