//! A paragraph: marked-up text broken into lines, justified with a first-line indent, split
//! between lines across pages (never fewer than two lines left behind or carried over).

import VustaFrame

/// A paragraph of body text.
public struct Paragraph: Block {
  public var spans: [Span]
  public var alignment: Alignment
  /// First-line indent; nil takes the document's (1 cm).
  public var indent: Double?
  /// The text style; nil takes the document's body style.
  public var style: TextStyle?
  /// Space after the paragraph; nil takes the document's.
  public var spacingAfter: Double?
  public var spaceBefore: Double
  public var keepWithNext: Bool
  /// The structure role (paragraph; a caption or note may say otherwise).
  public var role: StructureRole

  /// A paragraph of marked-up text (`**bold**`, `*italic*`, `[text](link)`).
  public init(_ markup: String, alignment: Alignment = .justify, indent: Double? = nil, style: TextStyle? = nil,
              spacingAfter: Double? = nil, spaceBefore: Double = 0, keepWithNext: Bool = false) {
    self.init(spans: Markup.parse(markup), alignment: alignment, indent: indent, style: style,
              spacingAfter: spacingAfter, spaceBefore: spaceBefore, keepWithNext: keepWithNext)
  }

  /// A paragraph of spans.
  public init(spans: [Span], alignment: Alignment = .justify, indent: Double? = nil, style: TextStyle? = nil,
              spacingAfter: Double? = nil, spaceBefore: Double = 0, keepWithNext: Bool = false) {
    self.spans = spans; self.alignment = alignment; self.indent = indent; self.style = style
    self.spacingAfter = spacingAfter; self.spaceBefore = spaceBefore; self.keepWithNext = keepWithNext
    role = .paragraph
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let st = style ?? context.style.body
    let ind = indent ?? context.style.indent
    let lines = LineSetter(measurer: context.measurer).lines(spans, style: st, width: region.width, firstIndent: ind)
    let set = SetLines(lines: lines, style: st, alignment: alignment, firstIndent: ind,
                       spacingAfter: spacingAfter ?? context.style.paragraphSpacing, role: role,
                       keepWithNext: keepWithNext)
    return try set.layout(in: region, context)
  }
}

/// Lines already broken, as a paragraph's rest on the next page: laid out without breaking
/// again, so the words do not move.
public struct SetLines: Block {
  var lines: [SetLine]
  var style: TextStyle
  var alignment: Alignment
  var firstIndent: Double
  var spacingAfter: Double
  var role: StructureRole
  public var keepWithNext: Bool
  /// Fewest lines left at the foot of a page or carried to the next (orphans and widows).
  var minimumLines = 2

  /// The distance between baselines.
  var leading: Double { style.font.size * style.lineHeight }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let lh = max(leading, lines.map { $0.ascent + $0.descent }.max() ?? 0)
    let room = Int((region.height + 0.01) / lh)
    var fit = min(room, lines.count)
    if fit < lines.count {
      // Orphans and widows: at least `minimumLines` here and on the next page.
      if lines.count - fit < minimumLines { fit = lines.count - minimumLines }
      if fit < minimumLines {
        if !region.isFresh { return .nothing(self) }
        fit = min(room, lines.count - 1)
      }
      if fit <= 0 {
        throw LayoutError.doesNotFit("Dòng chữ \"\(lines[0].text.prefix(30))\"", width: region.width, height: region.height)
      }
    }
    let setter = LineSetter(measurer: context.measurer)
    var inner = Frame(size: Size(region.width, Double(fit) * lh))
    for i in 0..<fit {
      let line = lines[i]
      let x = i == 0 ? firstIndent : 0
      let top = Double(i) * lh
      let baseline = top + (lh - (line.ascent + line.descent)) / 2 + line.ascent
      setter.place(line, in: &inner, x: x, baseline: baseline, width: region.width - x, alignment: alignment,
                   baseStyle: style)
    }
    let done = fit == lines.count
    let height = done ? min(region.height, inner.size.height + spacingAfter) : inner.size.height
    var frame = Frame(size: Size(region.width, height))
    frame.add(.tagged(StructureTag(role), inner))
    guard !done else { return BlockLayout(frame: frame) }
    var rest = self
    rest.lines = Array(lines[fit...])
    rest.firstIndent = 0
    return BlockLayout(frame: frame, rest: rest)
  }
}
