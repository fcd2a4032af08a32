//! Pagination in one place: blocks flow into the content areas of pages; keep-with-next
//! (headings, a figure's lead-in, the text before the signature: KeepTogether.swift), page
//! breaks and template switches are handled here and nowhere else. A second pass, once the
//! number of pages is known, adds the furniture ("Trang x/y", the top-centre number).

import VustaFrame

/// A laid-out document: its pages and the template each page used.
public struct LaidOutDocument {
  public var pages: [Page]
  /// The template of each page, by name.
  public var templates: [String]
  /// Each page's content (the flow, without furniture), for tests.
  public var contents: [Frame]
}

/// Lays out blocks into pages.
public struct Paginator {
  public var templates: [String: PageTemplate]
  public var context: LayoutContext
  /// Most pages a document may have (a guard against runaway input).
  public var maxPages = 5000

  /// A paginator over named page templates (the built-in ones plus `extra`).
  public init(context: LayoutContext, extra: [PageTemplate] = []) {
    var t = PageTemplate.builtIn
    for e in extra { t[e.name] = e }
    templates = t
    self.context = context
  }

  /// Flows `blocks` into pages of `first` (switching at `PageBreak(template:)`), keeping a
  /// figure's lead-in and the text before the signature with them, then adds the furniture
  /// of every page.
  /// - Throws: `LayoutError` when a block does not fit an empty page, or a template is unknown.
  public func paginate(_ blocks: [any Block], first: PageTemplate) throws -> LaidOutDocument {
    var flows: [(Frame, PageTemplate)] = []
    var template = first
    var page = Frame(size: template.content.size)
    var y = 0.0
    var queue = keepingTogether(blocks)[...]
    var pending: [any Block] = []  // pieces pushed back to the front of the queue
    // Layouts a keep-with-next check already made for the next blocks, with their regions:
    // reused when the block meets the same region (layout is pure, so the answer is the same).
    var prepared: [(Region, BlockLayout)] = []

    func newPage() {
      prepared = []
      page.size = template.content.size
      flows.append((page, template))
      page = Frame(size: template.content.size)
      y = 0
    }
    func next() -> (any Block)? {
      if let p = pending.popLast() { return p }
      return queue.popFirst()
    }
    func peek(_ k: Int) -> [any Block] {
      Array(pending.reversed().prefix(k)) + Array(queue.prefix(max(0, k - pending.count)))
    }

    while let block = next() {
      if flows.count > maxPages { throw LayoutError.doesNotFit("Tài liệu quá dài", width: 0, height: 0) }
      if let br = block as? PageBreak {
        if !page.items.isEmpty { newPage() }
        if let name = br.template {
          guard let t = templates[name] else { throw LayoutError.unknownPageTemplate(name) }
          template = t
          page = Frame(size: t.content.size)
        }
        continue
      }
      let area = template.content
      let fresh = page.items.isEmpty
      let before = fresh ? 0 : block.spaceBefore
      let region = Region(width: area.width, height: max(0, area.height - y - before), isFresh: fresh)
      if block.keepWithNext && !fresh && prepared.isEmpty {
        guard let chain = keepsFit(block, followers: peek(4), region: region) else {
          newPage()
          pending.append(block)
          continue
        }
        prepared = chain
      }
      let l: BlockLayout
      if let (r, done) = prepared.first, r.isFresh == region.isFresh, abs(r.height - region.height) < 1e-6,
        abs(r.width - region.width) < 1e-6
      {
        l = done
        prepared.removeFirst()
      } else {
        prepared = []
        l = try block.layout(in: region, context)
      }
      if l.placedNothing {
        if fresh { throw LayoutError.doesNotFit("Khối nội dung", width: region.width, height: region.height) }
        newPage()
        pending.append(block)
        continue
      }
      page.place(l.frame, at: Point(0, y + before))
      y += before + l.frame.size.height
      if let rest = l.rest {
        newPage()
        pending.append(rest)
      }
    }
    if !page.items.isEmpty || flows.isEmpty { newPage() }
    return finish(flows)
  }

  /// The layouts of a keep-with-next block and the start of what follows when they fit the
  /// region together (every keep-with-next block whole, then at least a piece of the first
  /// other block), else nil.
  private func keepsFit(_ block: any Block, followers: [any Block], region: Region) -> [(Region, BlockLayout)]? {
    var chain = [block]
    for f in followers {
      if f is PageBreak { break }
      chain.append(f)
      if !f.keepWithNext { break }
    }
    var y = 0.0
    var out: [(Region, BlockLayout)] = []
    for (i, b) in chain.enumerated() {
      let before = i == 0 ? 0 : b.spaceBefore
      let r = i == 0 ? region : Region(width: region.width, height: max(0, region.height - y - before), isFresh: false)
      guard let l = try? b.layout(in: r, context), !l.placedNothing else { return nil }
      if b.keepWithNext && l.rest != nil { return nil }
      out.append((r, l))
      y += before + l.frame.size.height
      if !b.keepWithNext { return out }
    }
    return out
  }

  /// The second pass: each flow placed in its page's content area, with the furniture of
  /// page x of y.
  private func finish(_ flows: [(Frame, PageTemplate)]) -> LaidOutDocument {
    var pages: [Page] = []
    for (i, (flow, t)) in flows.enumerated() {
      var frame = Frame(size: t.size)
      frame.place(flow, at: t.content.origin)
      let furniture = t.furniture(page: i + 1, of: flows.count, style: context.style, measurer: context.measurer)
      frame.items += furniture.items
      pages.append(Page(frame: frame))
    }
    return LaidOutDocument(pages: pages, templates: flows.map(\.1.name), contents: flows.map(\.0))
  }
}
