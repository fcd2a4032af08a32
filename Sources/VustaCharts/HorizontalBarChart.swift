//! Horizontal bars, largest first, with the value at the end of each bar: the chart for
//! many long category names (63 provinces).

import VustaFrame
import VustaModel

extension ChartCanvas {
  /// Draws sorted horizontal bars of series 0 (or stacked segments of every series when
  /// `stacked`) into `area`; `domainMax` shares a scale across small multiples. A row with no
  /// data (every drawn series missing) comes after the zeros and shows "—", not 0.
  func drawBars(_ table: ChartTable, in area: Rect, stacked: Bool, domainMax: Double? = nil) {
    let fmt = ValueFormat(table: table)
    let rowTotal: (Int) -> Double = { stacked ? table.total($0) : table.value(0, $0) }
    let noData: (Int) -> Bool = { stacked ? table.isRowMissing($0) : table.isMissing(0, $0) }
    let order = table.labels.indices.sorted {
      if noData($0) != noData($1) { return noData($1) }
      return rowTotal($0) != rowTotal($1) ? rowTotal($0) > rowTotal($1) : VietnameseCollation.less(table.labels[$0], table.labels[$1])
    }
    let n = order.count
    let tickFont = style.font(style.tickSize)
    let axisH = lineHeight(tickFont) + 5
    let pitch = (area.height - axisH) / Double(max(n, 1))
    // Label font: the normal size, else the minimum; thin out only when even that is too tall.
    var font = style.font(style.labelSize)
    if pitch < lineHeight(font) + 1 { font = style.font(style.minimumSize) }
    let lh = lineHeight(font)
    let every = max(1, Int(((lh + 0.5) / pitch).rounded(.up)))
    // Label column: as wide as the longest name, at most 38% of the width; longer names wrap
    // on two lines when the row is tall enough, else are cut with "…".
    let maxCol = area.width * 0.38
    let colW = min(maxCol, order.map { width(table.labels[$0], font) }.max() ?? 0)
    let labelLines: [[String]] = order.map { r in
      let s = table.labels[r]
      if width(s, font) <= colW { return [s] }
      let ls = measurer.lines(s, font: font, width: colW)
      if pitch >= 2 * lh + 1 && ls.count <= 2 { return ls }
      return [ellipsized(s, font, width: colW)]
    }
    let valueFont = style.font(style.valueSize)
    let values = order.map { rowTotal($0) }
    let valueTexts = order.map { noData($0) ? "—" : fmt.string(rowTotal($0)) }
    let valueW = (valueTexts.map { width($0, valueFont) }.max() ?? 0) + 4
    let x0 = area.minX + colW + 6
    let axisLen = max(10, area.maxX - valueW - x0)
    let maxV = domainMax ?? (values.max() ?? 0)
    let s = scale(dataMax: maxV, length: axisLen, spacing: max(40, tickLabelWidth(NiceScale(dataMax: maxV, targetTicks: 5), percent: fmt.percent) + 14))
    let plot = Rect(x: x0, y: area.minY, width: axisLen, height: pitch * Double(n))
    drawHorizontalValueAxis(s, plot: plot, percent: fmt.percent, labelRight: area.maxX)
    let barH = min(pitch * 0.72, 22)
    for (i, r) in order.enumerated() {
      let cy = area.minY + pitch * (Double(i) + 0.5)
      var x = x0
      let parts = stacked ? Array(table.series.indices) : [0]
      for si in parts {
        let v = table.value(si, r)
        guard v > 0 else { continue }
        let w = s.position(v, length: axisLen)
        let box = Rect(x: x, y: cy - barH / 2, width: w, height: barH)
        rect(box, fill: style.color(si))
        if stacked { hatch(box, series: si, over: style.color(si)) }
        x += w
      }
      if i % every == 0 {
        text(valueTexts[i], valueFont, x: x + 3, y: cy, v: .middle)
        let ls = labelLines[i]
        let top = cy - Double(ls.count) * lh / 2
        lines(ls, font, x: x0 - 6, top: top, h: .end)
      }
    }
  }
}
