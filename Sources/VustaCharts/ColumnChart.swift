//! Vertical columns in table order; several series stand side by side (grouped columns).

import VustaFrame

/// The plot rectangle, scale and category centres shared by column and line charts.
struct CategoryPlot {
  var plot: Rect
  var scale: NiceScale
  var centers: [Double]
  var pitch: Double
  var labels: CategoryLabelPlan
}

extension ChartCanvas {
  /// Fits a value axis on the left and category labels below inside `area`, leaving `headroom`
  /// above the plot for value labels.
  func categoryPlot(_ table: ChartTable, in area: Rect, dataMax: Double, headroom: Double,
                    sequential: Bool) -> CategoryPlot {
    let fmt = ValueFormat(table: table)
    let n = max(1, table.labels.count)
    let tickH = lineHeight(style.font(style.tickSize))
    let spacing = max(28, tickH * 2.5)
    let guess = scale(dataMax: dataMax, length: area.height * 0.7, spacing: spacing)
    let yLabelW = tickLabelWidth(guess, percent: fmt.percent) + 6
    let x0 = area.minX + yLabelW
    let pitch = (area.maxX - x0) / Double(n)
    let labels = planCategoryLabels(table.labels, pitch: pitch, maxHeight: area.height * 0.3,
                                    sequential: sequential)
    let top = area.minY + headroom + tickH / 2
    let plot = Rect(x: x0, y: top, width: area.maxX - x0, height: max(10, area.maxY - labels.height - labelGap - 3 - top))
    let s = scale(dataMax: dataMax, length: plot.height, spacing: spacing)
    let centers = (0..<table.labels.count).map { x0 + pitch * (Double($0) + 0.5) }
    return CategoryPlot(plot: plot, scale: s, centers: centers, pitch: pitch, labels: labels)
  }

  /// Draws columns (grouped when the table has several series) into `area`.
  func drawColumns(_ table: ChartTable, in area: Rect, domainMax: Double? = nil) {
    let fmt = ValueFormat(table: table)
    let valueFont = style.font(style.valueSize)
    let dataMax = domainMax ?? table.dataMax
    let cp = categoryPlot(table, in: area, dataMax: dataMax, headroom: lineHeight(valueFont) + 2,
                          sequential: false)
    drawVerticalValueAxis(cp.scale, plot: cp.plot, percent: fmt.percent)
    let k = table.series.count
    let groupW = cp.pitch * (k == 1 ? 0.7 : 0.82)
    let barW = groupW / Double(k)
    // Value labels only where every label of a series fits over its column.
    let showValues = table.series.indices.map { si in
      table.labels.indices.allSatisfy {
        width(table.isMissing(si, $0) ? "—" : fmt.string(table.value(si, $0)), valueFont) <= (k == 1 ? cp.pitch - 2 : barW + 1)
      }
    }
    let allFit = showValues.allSatisfy { $0 }
    for r in table.labels.indices {
      let gx = cp.centers[r] - groupW / 2
      for si in 0..<k {
        let v = table.value(si, r)
        let h = cp.scale.position(v, length: cp.plot.height)
        let box = Rect(x: gx + barW * Double(si), y: cp.plot.maxY - h, width: barW, height: h)
        if v > 0 {
          rect(box, fill: style.color(si))
          hatch(box, series: si, over: style.color(si))
        }
        if allFit {
          // no data: a dash where the column would stand, never a 0
          let label = table.isMissing(si, r) ? "—" : fmt.string(v)
          text(label, valueFont, x: box.minX + barW / 2, y: box.minY - 2, h: .center, v: .bottom)
        }
      }
    }
    drawCategoryLabels(cp.labels, centers: cp.centers, axisY: cp.plot.maxY)
  }
}
