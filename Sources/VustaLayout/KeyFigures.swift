//! Key-figure cards: a row of boxes, each with a big number and what it counts.

import VustaFrame

/// One key figure: "128" over "hội nghị".
public struct KeyFigure: Hashable, Sendable {
  public var value: String
  public var label: String
  /// A figure and its label.
  public init(value: String, label: String) { self.value = value; self.label = label }
}

/// Cards of key figures, up to `perRow` in a row; kept whole on one page.
public struct KeyFigures: Block {
  public var figures: [KeyFigure]
  public var perRow: Int
  public var spaceBefore: Double
  /// Cards of figures.
  public init(_ figures: [KeyFigure], perRow: Int = 4, spaceBefore: Double = 6) {
    self.figures = figures; self.perRow = max(1, perRow); self.spaceBefore = spaceBefore
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let setter = LineSetter(measurer: context.measurer)
    let cols = min(perRow, max(1, figures.count))
    let gap = 8.0
    let cw = (region.width - gap * Double(cols - 1)) / Double(cols)
    let valueStyle = TextStyle(font: FontSpec(family: context.style.family, size: context.style.body.font.size + 8,
                                              bold: true), color: context.style.accent, lineHeight: 1.15)
    let labelStyle = context.style.table
    let vlh = valueStyle.font.size * valueStyle.lineHeight, llh = labelStyle.font.size * labelStyle.lineHeight
    let rows = stride(from: 0, to: figures.count, by: cols).map { Array(figures[$0..<min(figures.count, $0 + cols)]) }
    var inner = Frame(size: Size(region.width, 0))
    var y = 0.0
    for row in rows {
      let labelLines = row.map { setter.lines(Markup.parse($0.label), style: labelStyle, width: cw - 12) }
      let valueLines = row.map { setter.lines([Span($0.value)], style: valueStyle, width: cw - 8) }
      let vh = Double(valueLines.map(\.count).max() ?? 1) * vlh
      let ch = 10 + vh + Double(labelLines.map(\.count).max() ?? 1) * llh + 10
      for (i, _) in row.enumerated() {
        var card = Frame(size: Size(cw, ch))
        card.add(Shape(path: .rect(Rect(x: 0, y: 0, width: cw, height: ch)), fill: Color(hex: 0xF4F7FB),
                       stroke: Stroke(color: context.style.accent, width: 0.8)))
        card.add(Shape(path: .rect(Rect(x: 0, y: 0, width: 4, height: ch)), fill: context.style.accent))
        var text = Frame(size: Size(cw, ch))
        for (k, line) in valueLines[i].enumerated() {
          setter.place(line, in: &text, x: 4, baseline: 8 + Double(k) * vlh + line.ascent, width: cw - 8,
                       alignment: .center, baseStyle: valueStyle)
        }
        for (k, line) in labelLines[i].enumerated() {
          setter.place(line, in: &text, x: 6, baseline: 10 + vh + Double(k) * llh + line.ascent, width: cw - 12,
                       alignment: .center, baseStyle: labelStyle)
        }
        card.add(.tagged(StructureTag(.paragraph), text))
        inner.place(card, at: Point(Double(i) * (cw + gap), y))
      }
      y += ch + gap
    }
    inner.size.height = y
    let total = y - gap + context.style.paragraphSpacing
    if total > region.height + 0.01 {
      if region.isFresh { throw LayoutError.doesNotFit("Thẻ số liệu", width: region.width, height: region.height) }
      return .nothing(self)
    }
    var frame = Frame(size: Size(region.width, total))
    frame.add(.tagged(StructureTag(.list), inner))
    return BlockLayout(frame: frame)
  }
}
