//! The words and keys around a chart: title, subtitle, legend on top; source note below.

import VustaFrame

/// What a legend entry shows beside its name.
enum LegendMark {
  /// A filled, hatched box in the series colour (bars, columns).
  case swatch
  /// A short line with the series marker (line charts).
  case line
}

extension ChartCanvas {
  /// Draws the title and subtitle from the top of `area`, the note from its bottom, and
  /// a legend under the subtitle; returns the rectangle left for the chart body.
  func decorate(title: String, subtitle: String?, note: String?, legend: [String], mark: LegendMark,
                in area: Rect) -> Rect {
    var top = area.minY
    let width = area.width
    if !title.isEmpty {
      let f = style.font(style.titleSize, bold: true)
      let ls = measurer.lines(title, font: f, width: width)
      let b = lines(ls, f, x: area.minX, top: top, h: .start)
      top = b.maxY + 3
    }
    if let subtitle, !subtitle.isEmpty {
      let f = style.font(style.subtitleSize)
      let b = lines(measurer.lines(subtitle, font: f, width: width), f, x: area.minX, top: top, h: .start,
                    color: style.mutedText)
      top = b.maxY + 3
    }
    if legend.count > 1 || (legend.count == 1 && !legend[0].isEmpty) {
      top = drawLegend(legend, mark: mark, x: area.minX, top: top + 3, width: width) + 4
    }
    var bottom = area.maxY
    if let note, !note.isEmpty {
      let f = style.font(style.noteSize)
      let ls = measurer.lines(note, font: f, width: width)
      let h = Double(ls.count) * lineHeight(f)
      lines(ls, f, x: area.minX, top: bottom - h, h: .start, color: style.mutedText)
      bottom -= h + 5
    }
    return Rect(x: area.minX, y: top + 4, width: width, height: max(0, bottom - top - 4))
  }

  /// Lays legend entries left to right, wrapping; returns the y under the last row.
  func drawLegend(_ names: [String], mark: LegendMark, x: Double, top: Double, width: Double) -> Double {
    let f = style.font(style.legendSize)
    let lh = lineHeight(f)
    let box = lh * 0.9
    let markW = mark == .swatch ? box : 22.0
    var cx = x, cy = top
    for (i, name) in names.enumerated() {
      let w = markW + 4 + self.width(name, f)
      if cx > x && cx + w > x + width { cx = x; cy += lh + 4 }
      let mid = cy + lh / 2
      switch mark {
      case .swatch: swatch(Rect(x: cx, y: mid - box / 2, width: box, height: box), series: i)
      case .line:
        line(Point(cx, mid), Point(cx + markW, mid), color: style.color(i), width: 1.8, dash: LineStyle.dash(i))
        marker(i, at: Point(cx + markW / 2, mid))
      }
      text(name, f, x: cx + markW + 4, y: mid, v: .middle)
      cx += w + 14
    }
    return cy + lh
  }

  /// Draws the "no data" message centred in a rectangle.
  func drawNoData(in r: Rect) {
    rect(r.insetBy(2), fill: Color(hex: 0xF5F5F5), stroke: Stroke(color: style.grid, width: 0.5))
    text(ChartWords.noData, style.font(style.titleSize, bold: true), x: r.minX + r.width / 2,
         y: r.minY + r.height / 2, h: .center, v: .middle, color: style.mutedText)
  }

  /// `s` cut with "…" so it is at most `width` wide (the last resort of label fitting).
  func ellipsized(_ s: String, _ font: FontSpec, width maxW: Double) -> String {
    if self.width(s, font) <= maxW { return s }
    var chars = Array(s)
    while !chars.isEmpty {
      chars.removeLast()
      let t = String(chars).trimmingCharacters(in: .whitespaces) + "…"
      if self.width(t, font) <= maxW { return t }
    }
    return "…"
  }
}

/// The fixed words charts write.
public enum ChartWords {
  /// Written on a chart whose table is empty or all zero.
  public static let noData = "Không có số liệu"
}

import Foundation
