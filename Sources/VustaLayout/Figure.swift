//! Figures: a vector Frame (a chart) with alternative text and a caption, scaled to the
//! text width, shrunk a little to stay on a page (FigureScale.swift), else moved whole to
//! the next page; never split.

import VustaFrame

/// A picture drawn as vectors (a chart from VustaCharts), tagged as a figure with its
/// alternative text, followed by an optional caption.
public struct Figure: Block {
  public var content: Frame
  /// What the figure says, for readers who cannot see it.
  public var alt: String
  /// "Hình 1. Số hội nghị theo tỉnh" under the figure; nil for none.
  public var caption: String?
  /// The widest the figure may be drawn, as a share of the region's width.
  public var maxWidthShare: Double
  /// How far the figure may shrink to stay on a page that has room for most of it.
  public var shrink: FigureShrink
  public var spaceBefore: Double

  /// A figure of a frame with alternative text.
  public init(_ content: Frame, alt: String, caption: String? = nil, maxWidthShare: Double = 1,
              shrink: FigureShrink = FigureShrink(), spaceBefore: Double = 6) {
    self.content = content; self.alt = alt; self.caption = caption
    self.maxWidthShare = maxWidthShare; self.shrink = shrink; self.spaceBefore = spaceBefore
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let st = context.style.note.with(italic: true)
    let setter = LineSetter(measurer: context.measurer)
    let captionLines = caption.map { setter.lines(Markup.parse($0), style: st, width: region.width) } ?? []
    let lh = st.font.size * st.lineHeight
    let captionHeight = captionLines.isEmpty ? 0 : Double(captionLines.count) * lh + 4
    let after = context.style.paragraphSpacing
    let w = content.size.width, h = content.size.height
    guard let scale = try figureScale(natural: content.size, below: captionHeight,
                                      maxWidth: region.width * maxWidthShare, floor: shrink.floor(for: content),
                                      region: region, name: "Hình \"\(alt.prefix(30))\"")
    else { return .nothing(self) }
    let dw = w * scale, dh = h * scale
    var figure = Frame(size: Size(dw, dh))
    figure.place(content, at: .zero, transform: .scale(scale, scale))
    var frame = Frame(size: Size(region.width, min(region.height, dh + captionHeight + after)))
    frame.add(.tagged(StructureTag(.figure, alt: alt), figure), at: Point((region.width - dw) / 2, 0))
    if !captionLines.isEmpty {
      var cap = Frame(size: Size(region.width, captionHeight))
      for (i, line) in captionLines.enumerated() {
        let baseline = 4 + Double(i) * lh + line.ascent
        setter.place(line, in: &cap, x: 0, baseline: baseline, width: region.width, alignment: .center, baseStyle: st)
      }
      frame.add(.tagged(StructureTag(.paragraph), cap), at: Point(0, dh))
    }
    return BlockLayout(frame: frame)
  }
}
