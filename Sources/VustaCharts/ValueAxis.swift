//! Value formatting and the value axis (gridlines and tick labels) shared by chart kinds.

import VustaModel
import VustaFrame

/// How a chart writes its values: decimals and whether they are percentages.
struct ValueFormat {
  /// The most decimals a value is written with.
  var decimals: Int
  var percent: Bool
  /// Each value with the decimals it needs (up to `decimals`): a table's labels; an axis writes
  /// all its ticks alike.
  var eachItsOwn = false
  /// The format that writes every value of a table as given (up to 3 decimals, each value its
  /// own: 0,04 is not "0,0", 99,95% not "100,0%", and one decimal elsewhere does not make
  /// 15.500 "15.500,0").
  init(table: ChartTable) {
    decimals = VietnameseNumber.decimalsNeeded(table.series.flatMap(\.values).filter { !$0.isNaN }, upTo: 3)
    percent = table.isPercent
    eachItsOwn = true
  }
  init(decimals: Int, percent: Bool) { self.decimals = decimals; self.percent = percent }
  func string(_ v: Double) -> String {
    let d = eachItsOwn ? VietnameseNumber.decimalsNeeded([v], upTo: decimals) : decimals
    return percent ? VietnameseNumber.percent(v, decimals: d) : VietnameseNumber.fixed(v, decimals: d)
  }
}

extension ChartCanvas {
  /// A scale for `dataMax` over `length` points, with ticks at least `spacing` apart.
  func scale(dataMax: Double, length: Double, spacing: Double) -> NiceScale {
    var target = min(10, max(1, Int(length / spacing)))
    var s = NiceScale(dataMax: dataMax, targetTicks: target)
    while target > 1 && Double(s.ticks.count - 1) * spacing > length * 1.15 {
      target -= 1
      s = NiceScale(dataMax: dataMax, targetTicks: target)
    }
    return s
  }

  /// The widest tick label of a scale.
  func tickLabelWidth(_ s: NiceScale, percent: Bool) -> Double {
    let f = style.font(style.tickSize)
    let fmt = ValueFormat(decimals: s.decimals, percent: percent)
    return s.ticks.map { width(fmt.string($0), f) }.max() ?? 0
  }

  /// Horizontal gridlines and left tick labels for a vertical value axis over `plot`.
  func drawVerticalValueAxis(_ s: NiceScale, plot: Rect, percent: Bool) {
    let f = style.font(style.tickSize)
    let fmt = ValueFormat(decimals: s.decimals, percent: percent)
    for t in s.ticks {
      let y = plot.maxY - s.position(t, length: plot.height)
      line(Point(plot.minX, y), Point(plot.maxX, y), color: t == 0 ? style.axis : style.grid,
           width: t == 0 ? 0.8 : 0.5)
      text(fmt.string(t), f, x: plot.minX - 4, y: y, h: .end, v: .middle, color: style.mutedText)
    }
  }

  /// Vertical gridlines and bottom tick labels for a horizontal value axis over `plot`.
  func drawHorizontalValueAxis(_ s: NiceScale, plot: Rect, percent: Bool, labelRight: Double) {
    let f = style.font(style.tickSize)
    let fmt = ValueFormat(decimals: s.decimals, percent: percent)
    for t in s.ticks {
      let x = plot.minX + s.position(t, length: plot.width)
      line(Point(x, plot.minY), Point(x, plot.maxY), color: t == 0 ? style.axis : style.grid,
           width: t == 0 ? 0.8 : 0.5)
      let label = fmt.string(t)
      let w = width(label, f)
      let cx = min(x, labelRight - w / 2)
      text(label, f, x: cx, y: plot.maxY + 3, h: .center, v: .top, color: style.mutedText)
    }
  }
}
