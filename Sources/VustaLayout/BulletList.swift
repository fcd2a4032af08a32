//! Bulleted lists: "- " items with a hanging indent, split between items.

import VustaFrame

/// A list of marked-up items, each starting with a bullet ("-" in the administrative style)
/// and wrapped under its own text.
public struct BulletList: Block {
  public var items: [[Span]]
  public var bullet: String
  public var style: TextStyle?
  public var spaceBefore: Double
  /// Tagging: the first piece of a list opens the list.
  public var keepWithNext: Bool

  /// A list of marked-up items.
  public init(_ items: [String], bullet: String = "-", style: TextStyle? = nil, spaceBefore: Double = 0,
              keepWithNext: Bool = false) {
    self.items = items.map(Markup.parse); self.bullet = bullet; self.style = style
    self.spaceBefore = spaceBefore; self.keepWithNext = keepWithNext
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let st = style ?? context.style.body
    let setter = LineSetter(measurer: context.measurer)
    let indent = context.style.indent
    let bulletWidth = context.measurer.measure(bullet + " ", font: st.font).width
    let hang = max(bulletWidth, 14)
    let lh = st.font.size * st.lineHeight
    let gap = context.style.paragraphSpacing / 2
    var y = 0.0
    var inner = Frame(size: Size(region.width, 0))
    var placed = 0
    for item in items {
      let lines = setter.lines(item, style: st, width: region.width - indent - hang)
      let h = Double(lines.count) * lh
      if y + h > region.height + 0.01 {
        if placed == 0 {
          if region.isFresh { throw LayoutError.doesNotFit("Mục liệt kê", width: region.width, height: region.height) }
          return .nothing(self)
        }
        break
      }
      var itemFrame = Frame(size: Size(region.width, h))
      let first = lines.first!
      let b0 = (lh - (first.ascent + first.descent)) / 2 + first.ascent
      itemFrame.add(context.measurer.run(bullet, font: st.font, color: st.color), baseline: Point(indent, b0))
      for (i, line) in lines.enumerated() {
        let baseline = Double(i) * lh + (lh - (line.ascent + line.descent)) / 2 + line.ascent
        setter.place(line, in: &itemFrame, x: indent + hang, baseline: baseline, width: region.width - indent - hang,
                     alignment: .justify, baseStyle: st)
      }
      inner.add(.tagged(StructureTag(.listItem), itemFrame), at: Point(0, y))
      y += h + gap
      placed += 1
    }
    inner.size.height = min(region.height, y + gap)
    var frame = Frame(size: inner.size)
    frame.add(.tagged(StructureTag(.list), inner))
    guard placed < items.count else { return BlockLayout(frame: frame) }
    var rest = self
    rest.items = Array(items[placed...])
    rest.spaceBefore = 0
    return BlockLayout(frame: frame, rest: rest)
  }
}
