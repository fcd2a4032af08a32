//! Pagination in one place: blocks flow into the content areas of pages; keep-with-next
//! (headings, a figure's lead-in, the text before the signature: KeepTogether.swift), floating
//! figures (a figure that does not fit the rest of a page lets the text after it fill the
//! page and starts the next one, with its lead-in), page breaks and template switches are
//! handled here and nowhere else. A second pass, once the
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
  ///
  /// A figure (with its lead-in paragraph) that does not fit what is left of a page floats:
  /// the paragraphs, lists and tables after it flow ahead to fill the page, and the figure
  /// starts the next page, before the rest of them. Figures keep their order (a figure after
  /// a floating one floats too); a heading, a page break, the signature or the end of the
  /// document ends the flow-ahead, so a figure never leaves its section.
  /// - Throws: `LayoutError` when a block does not fit an empty page, or a template is unknown.
  public func paginate(_ blocks: [any Block], first: PageTemplate) throws -> LaidOutDocument {
    var flows: [(Frame, PageTemplate)] = []
    try flow(blocks, first: first) { flows.append(($0, $1)) }
    return finish(flows)
  }

  /// Lays out `blocks` and hands each finished page to `draw` in order, with its furniture,
  /// without keeping them all: a document of at most `keep` pages is laid out once; a longer
  /// one is laid out twice, the first time only to count its pages ("Trang x/y" needs the
  /// count), so memory holds one page at a time instead of the whole document. Returns the
  /// number of pages. The pages are those `paginate` gives.
  @discardableResult
  public func paginate(_ blocks: [any Block], first: PageTemplate, keep: Int = 300,
                       draw: (Page, String) throws -> Void) throws -> Int {
    var flows: [(Frame, PageTemplate)] = []
    var count = 0
    try flow(blocks, first: first) { f, t in
      count += 1
      if count <= keep { flows.append((f, t)) } else if !flows.isEmpty { flows = [] }
    }
    if count <= keep {
      for (i, (f, t)) in flows.enumerated() { try draw(page(f, t, number: i + 1, of: count), t.name) }
      return count
    }
    var n = 0
    try flow(blocks, first: first) { f, t in
      n += 1
      try draw(page(f, t, number: n, of: count), t.name)
    }
    return count
  }

  /// Flows `blocks` into page contents (without furniture), handing each to `emit` in order.
  private func flow(_ blocks: [any Block], first: PageTemplate,
                    emit: (Frame, PageTemplate) throws -> Void) throws {
    var emitted = 0
    var template = first
    var page = Frame(size: template.content.size)
    var y = 0.0
    var queue = keepingTogether(blocks)[...]
    var pending: [any Block] = []  // pieces pushed back to the front of the queue
    // Layouts a keep-with-next check already made for the next blocks, with their regions:
    // reused when the block meets the same region (layout is pure, so the answer is the same).
    var prepared: [(Region, BlockLayout)] = []
    // Figures (and their lead-ins) waiting for the next page, in order; and how many blocks
    // on the pending stack are such figures put back at the top of a page (they may not
    // float again).
    var floats: [any Block] = []
    var placedFloats = 0
    var isPlacedFloat = false

    func newPage() throws {
      prepared = []
      page.size = template.content.size
      try emit(page, template)
      emitted += 1
      page = Frame(size: template.content.size)
      y = 0
    }
    func next() throws -> (any Block)? {
      isPlacedFloat = false
      if let p = pending.popLast() {
        if placedFloats > 0 {
          placedFloats -= 1
          isPlacedFloat = true
        }
        return p
      }
      if let q = queue.popFirst() { return q }
      if floats.isEmpty { return nil }
      try breakPage(before: nil)
      return try next()
    }
    /// Starts a new page that begins with the floating figures, then `block`.
    func breakPage(before block: (any Block)?) throws {
      try newPage()
      if let block { pending.append(block) }
      pending.append(contentsOf: floats.reversed())
      placedFloats = floats.count
      floats = []
    }
    /// True for a figure, or for the lead-in paragraph kept with the figure right after it.
    func isFloatable(_ b: any Block) -> Bool {
      if b is Figure { return true }
      return b is Paragraph && b.keepWithNext && peek(1).first is Figure
    }
    func peek(_ k: Int) -> [any Block] {
      Array(pending.reversed().prefix(k)) + Array(queue.prefix(max(0, k - pending.count)))
    }

    while let block = try next() {
      if emitted > maxPages { throw LayoutError.doesNotFit("Tài liệu quá dài", width: 0, height: 0) }
      let mayFloat = !isPlacedFloat && !page.items.isEmpty
      if !floats.isEmpty {
        if isFloatable(block) {
          floats.append(block)
          continue
        }
        if Paginator.breaksAfterFloats(block) {
          try breakPage(before: block)
          continue
        }
      }
      if let br = block as? PageBreak {
        if !page.items.isEmpty { try newPage() }
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
        if let chain = keepsFit(block, followers: peek(4), region: region) {
          prepared = chain
        } else if mayFloat && isFloatable(block) {
          floats.append(block)
          continue
        } else if mayFloat && block is Heading, !Paginator.headingFollowsFigures(peek(8)),
          keepsFit(block, followers: Paginator.skippingFigures(peek(8)), region: region, needsFollower: true) != nil
        {
          // the heading fits with the text after the figures it introduces: they float (not when
          // that text opens with a heading: it would wait for the floated figures, on the next
          // page, and this heading would stand alone at the foot of this one)
        } else {
          if floats.isEmpty { try newPage(); pending.append(block) } else { try breakPage(before: block) }
          continue
        }
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
        if mayFloat && block is Figure {
          floats.append(block)
          continue
        }
        try breakPage(before: block)
        continue
      }
      page.place(l.frame, at: Point(0, y + before))
      y += before + l.frame.size.height
      if let rest = l.rest {
        try breakPage(before: rest)
      }
    }
    if !page.items.isEmpty || emitted == 0 { try newPage() }
  }

  /// The layouts of a keep-with-next block and the start of what follows when they fit the
  /// region together (every keep-with-next block whole, then at least a piece of the first
  /// other block), else nil.
  /// `needsFollower`: nil unless a block that is not kept with the next one ends the chain.
  private func keepsFit(_ block: any Block, followers: [any Block], region: Region,
                        needsFollower: Bool = false) -> [(Region, BlockLayout)]? {
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
    return needsFollower ? nil : out
  }

  /// True for a block that waits for the floating figures before it: a heading, a page break,
  /// the signature (a new section does not start before the figures of the last one).
  static func breaksAfterFloats(_ b: any Block) -> Bool { b is Heading || b is PageBreak || b is SignatureBlock }

  /// True when, in the chain a heading keeps with it once the figures are skipped, a block that
  /// waits for floating figures (`breaksAfterFloats`) comes after a skipped figure.
  static func headingFollowsFigures(_ blocks: [any Block]) -> Bool {
    var skipped = false
    for (i, b) in blocks.enumerated() {
      if b is Figure || (b is Paragraph && b.keepWithNext && i + 1 < blocks.count && blocks[i + 1] is Figure) {
        skipped = true
        continue
      }
      if b is PageBreak { return false }
      if skipped && breaksAfterFloats(b) { return true }
      if !b.keepWithNext { return false }
    }
    return false
  }

  /// The blocks without the figures and the lead-ins kept with them (what a heading would be
  /// followed by on its page if those figures float).
  static func skippingFigures(_ blocks: [any Block]) -> [any Block] {
    var out: [any Block] = []
    for (i, b) in blocks.enumerated() {
      if b is Figure { continue }
      if b is Paragraph && b.keepWithNext && i + 1 < blocks.count && blocks[i + 1] is Figure { continue }
      out.append(b)
    }
    return out
  }

  /// The second pass: each flow placed in its page's content area, with the furniture of
  /// page x of y.
  private func finish(_ flows: [(Frame, PageTemplate)]) -> LaidOutDocument {
    let pages = flows.enumerated().map { i, f in page(f.0, f.1, number: i + 1, of: flows.count) }
    return LaidOutDocument(pages: pages, templates: flows.map(\.1.name), contents: flows.map(\.0))
  }

  /// A flow placed in its page's content area, with the furniture of page `number` of `count`.
  private func page(_ flow: Frame, _ t: PageTemplate, number: Int, of count: Int) -> Page {
    var frame = Frame(size: t.size)
    frame.place(flow, at: t.content.origin)
    frame.items += t.furniture(page: number, of: count, style: context.style, measurer: context.measurer).items
    return Page(frame: frame)
  }
}
