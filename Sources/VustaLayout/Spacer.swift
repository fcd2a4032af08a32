//! Vertical space and page breaks: directives that live in the story like any block.

import VustaFrame

/// Empty vertical space; dropped at the top of a page.
public struct Spacer: Block {
  public var height: Double
  /// Space of a height in points.
  public init(_ height: Double) { self.height = height }
  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    if region.isFresh { return BlockLayout(frame: Frame(size: Size(region.width, 0))) }
    return BlockLayout(frame: Frame(size: Size(region.width, min(height, region.height))))
  }
}

/// Ends the page; optionally the next pages use another page template (A4 landscape for a
/// wide table). Pagination handles it; its layout places nothing.
public struct PageBreak: Block {
  /// The name of the page template from the next page on; nil keeps the current one.
  public var template: String?
  /// A page break, optionally switching the page template.
  public init(template: String? = nil) { self.template = template }
  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    BlockLayout(frame: Frame(size: Size(region.width, 0)))
  }
}

/// Keeps blocks on one page: placed whole, or moved whole to the next page; a group taller
/// than an empty page throws.
public struct KeepTogether: Block {
  public var blocks: [any Block]
  /// A group of blocks kept on one page.
  public init(_ blocks: [any Block]) { self.blocks = blocks }
  public var spaceBefore: Double { blocks.first?.spaceBefore ?? 0 }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    var frame = Frame(size: Size(region.width, 0))
    var y = 0.0
    for (i, b) in blocks.enumerated() {
      if i > 0 { y += b.spaceBefore }
      let r = Region(width: region.width, height: max(0, region.height - y), isFresh: false)
      let l = try b.layout(in: r, context)
      if l.placedNothing || l.rest != nil {
        if !region.isFresh { return .nothing(self) }
        throw LayoutError.doesNotFit("Khối giữ liền", width: region.width, height: region.height)
      }
      frame.place(l.frame, at: Point(0, y))
      y += l.frame.size.height
    }
    frame.size.height = y
    return BlockLayout(frame: frame)
  }
}
