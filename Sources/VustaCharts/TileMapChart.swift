//! The tile map: Vietnam as a grid of equal tiles, one per province of the division,
//! coloured by value class, with the value written on each tile and a class legend.

import VustaFrame
import VustaModel

/// The value classes of a tile map: zero, then equal nice intervals (a, b].
struct TileClasses {
  var scale: NiceScale
  var count: Int { max(1, Int((scale.max / scale.step).rounded())) }
  /// The ramp colour of a positive value.
  func color(_ v: Double) -> Color {
    let k = min(count - 1, max(0, Int((v / scale.step - 1e-9).rounded(.up)) - 1))
    let steps = SequentialBlues.steps
    let idx = count == 1 ? steps.count - 1 : Int((Double(k) * Double(steps.count - 1) / Double(count - 1)).rounded())
    return steps[idx]
  }
  /// The legend words of class k (1-based): "1–5" for counts, "≤ 2,5" otherwise.
  func label(_ k: Int, fmt: ValueFormat) -> String {
    let hi = scale.step * Double(k), lo = scale.step * Double(k - 1)
    if fmt.decimals == 0 && !fmt.percent && scale.step >= 1 {
      let a = lo + 1
      return a == hi ? fmt.string(hi) : fmt.string(a) + "–" + fmt.string(hi)
    }
    return "> " + fmt.string(lo) + " – " + fmt.string(hi)
  }
}

extension ChartCanvas {
  /// Draws the tile map of a division for series `series` of the table into `area`; returns
  /// the labels that name no unit of the division (reported in the note).
  @discardableResult
  func drawTileMap(_ table: ChartTable, division: Division, series: Int = 0, in area: Rect,
                   domainMax: Double? = nil, legend: Bool = true) -> [String] {
    let gaz = Gazetteer.shared
    var values: [Int: Double] = [:]
    var unplaced: [String] = []
    for (r, label) in table.labels.enumerated() {
      if let p = gaz.resolve(label, in: division) {
        // a unit with no data is left out: drawn hatched as "no data", not as 0
        if !table.isMissing(series, r) { values[p.code, default: 0] += table.value(series, r) }
      }
      else { unplaced.append(label) }
    }
    let fmt = ValueFormat(table: table)
    let classes = TileClasses(scale: NiceScale(dataMax: domainMax ?? (values.values.max() ?? 0), targetTicks: 5))
    let cells = TileGrid.cells(division)
    let (cols, rows) = TileGrid.extent(division)
    let ch = area.height / Double(rows)
    let cw = min(area.width / Double(cols), ch * 2.6)
    let x0 = area.minX + (area.width - cw * Double(cols)) / 2
    let gap = 1.5
    let fonts = tileLabelFonts(names: gaz.units(division).map(\.name), tile: Size(cw - gap, ch - gap))
    let lh = lineHeight(fonts.name)
    let zero = Color(hex: 0xF2F2F2), missing = Color(hex: 0xFFFFFF)
    for unit in gaz.units(division) {
      guard let cell = cells[unit.code] else { continue }
      let box = Rect(x: x0 + Double(cell.col) * cw + gap / 2, y: area.minY + Double(cell.row) * ch + gap / 2,
                     width: cw - gap, height: ch - gap)
      let v = values[unit.code]
      let fill = v == nil ? missing : v! == 0 ? zero : classes.color(v!)
      rect(box, fill: fill, stroke: Stroke(color: Color(hex: 0x9A9A9A), width: 0.4))
      if v == nil { hatch(box, series: 3, over: .white, ink: Color(hex: 0xBDBDBD)) }
      let ink = fill.luminance < 0.3 ? Color.white : style.text
      let valueText = v.map { fmt.string($0) }
      let name = tileNameLines(unit.name, fonts, tile: box.size, withValue: valueText != nil)
      let block = tileWordsHeight(lines: name.count, fonts, withValue: valueText != nil)
      var y = box.minY + (box.height - block) / 2
      if !name.isEmpty {
        lines(name, fonts.name, x: box.minX + box.width / 2, top: y, h: .center, color: ink)
        y += Double(name.count) * lh
      }
      if let valueText { text(valueText, fonts.value, x: box.minX + box.width / 2, y: y, h: .center, v: .top, color: ink) }
    }
    drawIslands(division, x0: x0, top: area.minY, cw: cw, ch: ch)
    if legend {
      let lx = x0 + gap, ly = area.minY + ch * (division == .old63 ? 8 : 4.5)
      drawTileLegend(classes, fmt: fmt, x: lx, top: ly, width: cw * 2 - 6)
    }
    return unplaced
  }

  /// The archipelagos, written east of the units they belong to.
  private func drawIslands(_ d: Division, x0: Double, top: Double, cw: Double, ch: Double) {
    let f = FontSpec(family: style.family, size: style.minimumSize, italic: true)
    let spots: [(String, Int, Int)] = d == .old63
      ? [("QĐ. Hoàng Sa", 6, 10), ("QĐ. Trường Sa", 6, 15)]
      : [("QĐ. Hoàng Sa", 5, 7), ("QĐ. Trường Sa", 5, 11)]
    for (name, c, r) in spots {
      let ls = measurer.lines(name, font: f, width: cw - 4)
      lines(ls, f, x: x0 + (Double(c) + 0.5) * cw, top: top + (Double(r) + 0.5) * ch - Double(ls.count) * lineHeight(f) / 2,
            h: .center, color: style.mutedText)
    }
  }

  /// The class legend: a swatch and a range per class, then zero and no data.
  private func drawTileLegend(_ c: TileClasses, fmt: ValueFormat, x: Double, top: Double, width: Double) {
    let f = style.font(style.legendSize)
    let lh = lineHeight(f) + 3
    let box = lineHeight(f)
    var y = top
    func row(_ label: String, fill: Color, hatched: Bool = false) {
      let r = Rect(x: x, y: y, width: box * 1.4, height: box)
      rect(r, fill: fill, stroke: Stroke(color: Color(hex: 0x9A9A9A), width: 0.4))
      if hatched { hatch(r, series: 3, over: .white, ink: Color(hex: 0xBDBDBD)) }
      let ls = measurer.lines(label, font: f, width: width - box * 1.4 - 4)
      lines(ls, f, x: x + box * 1.4 + 4, top: y, h: .start)
      y += Double(ls.count - 1) * lineHeight(f) + lh
    }
    for k in stride(from: c.count, through: 1, by: -1) {
      row(c.label(k, fmt: fmt), fill: c.color(c.scale.step * Double(k)))
    }
    row("0", fill: Color(hex: 0xF2F2F2))
    row(ChartWords.noData, fill: .white, hatched: true)
  }
}
