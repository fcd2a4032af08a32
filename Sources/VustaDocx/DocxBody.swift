//! Blocks → the body of word/document.xml: one case per block kind, each written the way Word
//! expects it (heading styles, real tables, inline pictures), with the sizes and spacing the
//! PDF uses so that Word's pages come out close to ours.

import VustaFrame
import VustaLayout

/// A header or footer part and its content.
struct HeaderFooterPart {
  var name: String
  var rid: String
  var xml: String
}

/// A picture file of the package.
struct MediaPart {
  var name: String
  var bytes: [UInt8]
}

/// The body being written, with the relationships and parts it needs.
struct DocxBody {
  let style: DocumentStyle
  let templates: [PageTemplate]
  let pictures: DocxPictureRenderer
  var xml = ""
  var relationships: [DocxRelationship] = []
  var headerFooters: [HeaderFooterPart] = []
  var media: [MediaPart] = []
  private var links: [String: String] = [:]
  private var figureCount = 0
  private var bookmarkCount = 0
  /// The page template of the pages being written.
  private var page: PageTemplate = .a4Administrative
  private var sectionStart = true

  init(style: DocumentStyle, templates: [PageTemplate], pictures: @escaping DocxPictureRenderer) {
    self.style = style; self.templates = templates; self.pictures = pictures
  }

  // MARK: - Sections

  /// Writes a section: its blocks, then its section properties (inside a last paragraph, or
  /// at the end of the body for the last section).
  mutating func section(_ blocks: [any Block], page first: PageTemplate, last: Bool) throws {
    page = first
    sectionStart = true
    for b in blocks { try block(b) }
    endSection(last: last)
  }

  private mutating func endSection(last: Bool) {
    let props = sectionProperties(page, restart: sectionStart)
    if last { xml += props } else { xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>\(props)</w:pPr></w:p>" }
    sectionStart = false
  }

  /// Paper, margins, headers and footers of a page template. Nghị định 30: the number in the
  /// top margin from page 2 (a blank first-page header); briefs: "Trang x/y" in the footer.
  private mutating func sectionProperties(_ t: PageTemplate, restart: Bool) -> String {
    var refs = ""
    var titlePage = false
    let m = t.margins
    switch t.numbering {
    case .topCentreFromSecond:
      let number = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr>"
        + "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:t>2</w:t></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      refs += "<w:headerReference w:type=\"default\" r:id=\"\(part("header", number))\"/>"
      if restart {
        refs += "<w:headerReference w:type=\"first\" r:id=\"\(part("header", "<w:p/>"))\"/>"
        titlePage = true
      }
    case .footerOfTotal:
      let small = "<w:rPr><w:i/><w:color w:val=\"444444\"/><w:sz w:val=\"18\"/></w:rPr>"
      let num = "<w:rPr><w:sz w:val=\"20\"/></w:rPr>"
      func field(_ f: String) -> String {
        "<w:r>\(num)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(num)<w:instrText xml:space=\"preserve\"> \(f) </w:instrText></w:r>"
          + "<w:r>\(num)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(num)<w:t>1</w:t></w:r><w:r>\(num)<w:fldChar w:fldCharType=\"end\"/></w:r>"
      }
      let footer = "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/></w:pBdr>"
        + "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(twips(t.content.width))\"/></w:tabs></w:pPr>"
        + (t.footerText.isEmpty ? "" : "<w:r>\(small)<w:t xml:space=\"preserve\">\(xmlEscaped(t.footerText))</w:t></w:r>")
        + "<w:r>\(num)<w:tab/><w:t xml:space=\"preserve\">Trang </w:t></w:r>" + field("PAGE")
        + "<w:r>\(num)<w:t>/</w:t></w:r>" + field("SECTIONPAGES") + "</w:p>"
      refs += "<w:headerReference w:type=\"default\" r:id=\"\(part("header", "<w:p/>"))\"/>"
      refs += "<w:footerReference w:type=\"default\" r:id=\"\(part("footer", footer))\"/>"
    case .none:
      refs += "<w:headerReference w:type=\"default\" r:id=\"\(part("header", "<w:p/>"))\"/>"
    }
    let landscape = t.size.width > t.size.height ? " w:orient=\"landscape\"" : ""
    return "<w:sectPr>\(refs)<w:type w:val=\"nextPage\"/>"
      + "<w:pgSz w:w=\"\(twips(t.size.width))\" w:h=\"\(twips(t.size.height))\"\(landscape)/>"
      + "<w:pgMar w:top=\"\(twips(m.top))\" w:right=\"\(twips(m.right))\" w:bottom=\"\(twips(m.bottom))\" w:left=\"\(twips(m.left))\" "
      + "w:header=\"\(twips(max(12, m.top / 2 - 8)))\" w:footer=\"\(twips(max(12, m.bottom / 2 - 6)))\" w:gutter=\"0\"/>"
      + (restart ? "<w:pgNumType w:start=\"1\"/>" : "") + (titlePage ? "<w:titlePg/>" : "") + "</w:sectPr>"
  }

  /// The relationship id of a header or footer part with this content (written once).
  private mutating func part(_ kind: String, _ paragraphs: String) -> String {
    let xml = DocxParts.headerFooter(kind == "header" ? "hdr" : "ftr", paragraphs)
    if let p = headerFooters.first(where: { $0.xml == xml }) { return p.rid }
    let n = headerFooters.filter { $0.name.hasPrefix(kind) }.count + 1
    let p = HeaderFooterPart(name: "\(kind)\(n).xml", rid: "rIdHf\(headerFooters.count + 1)", xml: xml)
    headerFooters.append(p)
    relationships.append(DocxRelationship(id: p.rid, type: kind, target: p.name, external: false))
    return p.rid
  }

  // MARK: - Blocks

  mutating func block(_ b: any Block) throws {
    switch b {
    case let h as AdministrativeHeader: administrativeHeader(h)
    case let t as DocumentTitle: documentTitle(t)
    case let h as Heading: heading(h)
    case let p as Paragraph:
      let st = p.style ?? style.body
      xml += paragraph(runs(p.spans, st), align: p.alignment, firstLine: p.indent ?? style.indent,
                       before: p.spaceBefore, after: p.spacingAfter ?? style.paragraphSpacing,
                       line: st.font.size * st.lineHeight, keepNext: p.keepWithNext)
    case let l as BulletList: bulletList(l)
    case let k as KeyFigures: keyFigures(k)
    case let f as Figure: try figure(f)
    case let t as Table: table(t)
    case let s as Spacer:
      xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(max(20, twips(s.height)))\" w:lineRule=\"exact\"/></w:pPr></w:p>"
    case let p as PageBreak:
      if let name = p.template, let t = templates.first(where: { $0.name == name }) {
        endSection(last: false)
        page = t
      } else {
        // (a page break before an empty paragraph one point high, not a break inside it: a
        // break that falls at the top of a page — the signature filling the page before the
        // appendix — left that page blank)
        xml += "<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
          + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"
      }
    case let s as SignatureBlock: signature(s)
    case let k as KeepTogether: for inner in k.blocks { try block(inner) }
    default: break  // pieces of a split block (SetLines) exist only during pagination
    }
  }

  /// A paragraph of runs with its alignment, indents and spacing; `line` is the distance
  /// between baselines (exact, as the PDF sets it), nil for single spacing (pictures).
  func paragraph(_ runs: String, style id: String? = nil, align: Alignment? = nil, firstLine: Double = 0,
                 left: Double = 0, hanging: Double = 0, right: Double = 0, before: Double = 0, after: Double = 0,
                 line: Double? = nil, keepNext: Bool = false, keepLines: Bool = false, border: String = "") -> String {
    var p = "<w:p><w:pPr>"
    if let id { p += "<w:pStyle w:val=\"\(id)\"/>" }
    if keepNext { p += "<w:keepNext/>" }
    if keepLines { p += "<w:keepLines/>" }
    p += border
    p += "<w:spacing w:before=\"\(twips(before))\" w:after=\"\(twips(after))\""
    p += line.map { " w:line=\"\(twips($0))\" w:lineRule=\"exact\"/>" } ?? " w:line=\"240\" w:lineRule=\"auto\"/>"
    if left != 0 || hanging != 0 || firstLine != 0 || right != 0 {
      p += "<w:ind w:left=\"\(twips(left))\" w:right=\"\(twips(right))\""
      p += hanging > 0 ? " w:hanging=\"\(twips(hanging))\"/>" : " w:firstLine=\"\(twips(firstLine))\"/>"
    }
    if let align {
      p += "<w:jc w:val=\"\(align == .justify ? "both" : align == .center ? "center" : align == .right ? "right" : "left")\"/>"
    }
    return p + "</w:pPr>" + runs + "</w:p>"
  }

  /// The run properties of a text style (fonts come from the document defaults).
  func runProperties(_ st: TextStyle, bold: Bool = false, italic: Bool = false, link: Bool = false) -> String {
    var r = "<w:rPr>"
    if link { r += "<w:rStyle w:val=\"Hyperlink\"/>" }
    if st.font.bold || bold { r += "<w:b/><w:bCs/>" }
    if st.font.italic || italic { r += "<w:i/><w:iCs/>" }
    if !link && st.color != .black { r += "<w:color w:val=\"\(st.color.hexRGB)\"/>" }
    let hp = halfPoints(st.font.size)
    if hp != halfPoints(style.body.font.size) { r += "<w:sz w:val=\"\(hp)\"/><w:szCs w:val=\"\(hp)\"/>" }
    return r + "</w:rPr>"
  }

  /// Runs of a text in one style; a line feed breaks the line.
  func run(_ text: String, _ st: TextStyle, bold: Bool = false, italic: Bool = false, link: Bool = false) -> String {
    let rp = runProperties(st, bold: bold, italic: italic, link: link)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, piece in
      (i > 0 ? "<w:r>\(rp)<w:br/></w:r>" : "") + (piece.isEmpty ? "" : "<w:r>\(rp)<w:t xml:space=\"preserve\">\(xmlEscaped(String(piece)))</w:t></w:r>")
    }.joined()
  }

  /// Runs of marked-up spans; links become hyperlinks (external, or to a bookmark).
  mutating func runs(_ spans: [Span], _ st: TextStyle) -> String {
    var out = ""
    for s in spans {
      switch s.link {
      case nil: out += run(s.text, st, bold: s.bold, italic: s.italic)
      case let .uri(u)?:
        out += "<w:hyperlink r:id=\"\(linkId(u))\" w:history=\"1\">" + run(s.text, st, bold: s.bold, italic: s.italic, link: true) + "</w:hyperlink>"
      case let .destination(d)?:
        out += "<w:hyperlink w:anchor=\"\(DocxBody.bookmarkName(d))\" w:history=\"1\">"
          + run(s.text, st, bold: s.bold, italic: s.italic, link: true) + "</w:hyperlink>"
      }
    }
    return out
  }

  private mutating func linkId(_ uri: String) -> String {
    if let id = links[uri] { return id }
    let id = "rIdL\(links.count + 1)"
    links[uri] = id
    relationships.append(DocxRelationship(id: id, type: "hyperlink", target: uri, external: true))
    return id
  }

  /// Word's bookmark names: letters, digits and "_", at most 40 characters.
  static func bookmarkName(_ anchor: String) -> String {
    String(anchor.map { $0.isLetter || $0.isNumber ? $0 : "_" }.prefix(40))
  }

  private mutating func bookmarked(_ anchor: String, _ runs: String) -> String {
    bookmarkCount += 1
    return "<w:bookmarkStart w:id=\"\(bookmarkCount)\" w:name=\"\(DocxBody.bookmarkName(anchor))\"/>" + runs
      + "<w:bookmarkEnd w:id=\"\(bookmarkCount)\"/>"
  }

  /// A short centred rule under a title: an empty paragraph with a top border, indented to the
  /// rule's length.
  func rule(width: Double, length: Double, before: Double = 0, after: Double = 0) -> String {
    let side = max(0, (width - length) / 2)
    return paragraph("", left: side, right: side, before: before, after: after, line: 1,
                     border: "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>")
  }

  var contentWidth: Double { page.content.width }

  /// A rough width of a text in points (Times: half an em per character on average).
  static func estimatedWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.count) * size * (bold ? 0.54 : 0.48)
  }

  // MARK: - Administrative parts

  /// The header of Nghị định 30 as a borderless two-column table: issuing body and number on
  /// the left; national title, motto and the italic place and date on the right.
  mutating func administrativeHeader(_ h: AdministrativeHeader) {
    let w = contentWidth
    let family = style.family
    let rightW = min(w * 0.66, max(w * 0.56, DocxBody.estimatedWidth(h.nationalTitle, size: 12, bold: true) + 12))
    let leftW = w - rightW
    let title = TextStyle(font: FontSpec(family: family, size: 12, bold: true), lineHeight: 1.15)
    let motto = TextStyle(font: FontSpec(family: family, size: 13, bold: true), lineHeight: 1.15)
    let parent = TextStyle(font: FontSpec(family: family, size: 12), lineHeight: 1.15)
    let number = TextStyle(font: FontSpec(family: family, size: 13), lineHeight: 1.15)
    let date = TextStyle(font: FontSpec(family: family, size: 13.5, italic: true), lineHeight: 1.15)
    func centred(_ text: String, _ st: TextStyle, after: Double = 0) -> String {
      paragraph(run(text, st), align: .center, after: after, line: st.font.size * st.lineHeight)
    }
    var left = ""
    if let p = h.parentBody, !p.isEmpty { left += centred(p, parent) }
    left += centred(h.issuingBody, title)
    let bodyLen = min(DocxBody.estimatedWidth(h.issuingBody, size: 12, bold: true), leftW - 20) * 0.4
    left += rule(width: leftW - 2 * 5.4, length: max(30, bodyLen), before: 2)
    var right = centred(h.nationalTitle, title) + centred(h.motto, motto)
    right += rule(width: rightW - 2 * 5.4, length: DocxBody.estimatedWidth(h.motto, size: 13, bold: true), before: 2)
    let grid = "<w:tblGrid><w:gridCol w:w=\"\(twips(leftW))\"/><w:gridCol w:w=\"\(twips(rightW))\"/></w:tblGrid>"
    func cell(_ width: Double, _ content: String) -> String {
      "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(width))\" w:type=\"dxa\"/></w:tcPr>\(content)</w:tc>"
    }
    xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(twips(w))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
      + "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
      + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
      + "<w:tblLook w:val=\"0000\"/></w:tblPr>" + grid
      + "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(leftW, left) + cell(rightW, right) + "</w:tr>"
      + "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(leftW, paragraph(run(h.number, number), align: .center, before: 8, line: 15))
      + cell(rightW, paragraph(run(h.placeDate, date), align: .center, before: 8, line: 15.5)) + "</w:tr></w:tbl>"
    xml += paragraph("", line: 14)
  }

  /// "BÁO CÁO" and the title in one Title paragraph (one entry in the navigation pane), with a
  /// short rule under it.
  mutating func documentTitle(_ t: DocumentTitle) {
    let st = TextStyle(font: FontSpec(family: style.family, size: 14, bold: true), lineHeight: 1.2)
    let lines = ([t.typeName] + t.title.split(separator: "\n").map(String.init)).filter { !$0.isEmpty }
    let text = bookmarked(t.anchor, run(lines.joined(separator: "\n"), st))
    xml += paragraph(text, style: "Title", align: .center, line: 16.8, keepNext: true, keepLines: true)
    let widest = lines.map { DocxBody.estimatedWidth($0, size: 14, bold: true) }.max() ?? 100
    xml += rule(width: contentWidth, length: min(widest, contentWidth) * 0.35, before: 4, after: 13)
  }

  mutating func heading(_ h: Heading) {
    let st = style.heading(h.level)
    let level = max(1, min(3, h.level))
    xml += paragraph(bookmarked(h.anchor, run(h.printed(style), st)), style: "Heading\(level)", align: h.alignment,
                     firstLine: h.alignment == .left ? style.indent : 0, before: h.spaceBefore,
                     after: style.paragraphSpacing, line: st.font.size * st.lineHeight, keepNext: true, keepLines: true)
  }

  mutating func bulletList(_ l: BulletList) {
    let st = l.style ?? style.body
    let hang = max(DocxBody.estimatedWidth(l.bullet + " ", size: st.font.size), 14)
    for (i, item) in l.items.enumerated() {
      let last = i == l.items.count - 1
      let body = run(l.bullet, st) + "<w:r><w:tab/></w:r>" + runs(item, st)
      xml += paragraph(body, align: .justify, left: style.indent + hang, hanging: hang,
                       before: i == 0 ? l.spaceBefore : 0, after: style.paragraphSpacing / 2,
                       line: st.font.size * st.lineHeight, keepNext: last && l.keepWithNext)
    }
  }

  /// Key figures as a table of shaded cards: the number large in the accent colour, what it
  /// counts under it.
  mutating func keyFigures(_ k: KeyFigures) {
    let cols = min(k.perRow, max(1, k.figures.count))
    let w = contentWidth
    let gap = 8.0
    let cw = (w - gap * Double(cols - 1)) / Double(cols)
    let value = TextStyle(font: FontSpec(family: style.family, size: style.body.font.size + 8, bold: true),
                          color: style.accent, lineHeight: 1.15)
    let label = style.table
    let accent = style.accent.hexRGB
    // cards and empty gap columns between them (cell spacing draws frames in LibreOffice)
    let grid = (0..<cols).map { i in (i > 0 ? "<w:gridCol w:w=\"\(twips(gap))\"/>" : "") + "<w:gridCol w:w=\"\(twips(cw))\"/>" }
    var t = "<w:tbl><w:tblPr><w:tblW w:w=\"\(twips(w))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>"
      + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>" + grid.joined() + "</w:tblGrid>"
    for start in stride(from: 0, to: k.figures.count, by: cols) {
      t += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      let row = k.figures[start..<min(k.figures.count, start + cols)]
      for (i, f) in row.enumerated() {
        if i > 0 {
          t += "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(gap))\" w:type=\"dxa\"/><w:tcBorders><w:top w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
            + "</w:tcBorders></w:tcPr><w:p/></w:tc>"
        }
        t += "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(cw))\" w:type=\"dxa\"/><w:tcBorders>"
          + "<w:top w:val=\"single\" w:sz=\"6\" w:color=\"\(accent)\"/><w:left w:val=\"single\" w:sz=\"24\" w:color=\"\(accent)\"/>"
          + "<w:bottom w:val=\"single\" w:sz=\"6\" w:color=\"\(accent)\"/><w:right w:val=\"single\" w:sz=\"6\" w:color=\"\(accent)\"/>"
          + "</w:tcBorders><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F7FB\"/></w:tcPr>"
          + paragraph(run(f.value, value), align: .center, before: 6, line: value.font.size * value.lineHeight, keepNext: true)
          + paragraph(runs(Markup.parse(f.label), label), align: .center, after: 6, line: label.font.size * label.lineHeight)
          + "</w:tc>"
      }
      for _ in row.count..<cols { t += "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(gap))\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:w=\"\(twips(cw))\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>" }
      t += "</w:tr>"
    }
    xml += t + "</w:tbl>" + paragraph("", line: style.paragraphSpacing)
  }

  /// A chart as an inline PNG picture with its alt text (wp:docPr descr), as wide as in the
  /// PDF, then its caption.
  mutating func figure(_ f: Figure) throws {
    let index = figureCount
    figureCount += 1
    let png = try pictures(index, f)
    let name = "media/image\(index + 1).png"
    media.append(MediaPart(name: name, bytes: png))
    let rid = "rIdImg\(index + 1)"
    relationships.append(DocxRelationship(id: rid, type: "image", target: name, external: false))
    let size = f.content.size
    let captionRoom = f.caption == nil ? 0.0 : 30
    let scale = min(1, contentWidth * f.maxWidthShare / max(1, size.width),
                    (page.content.height - captionRoom - 12) / max(1, size.height))
    let cx = emu(size.width * scale), cy = emu(size.height * scale)
    let alt = xmlEscaped(f.alt)
    let id = index + 1
    let drawing = "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
      + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      + "<wp:docPr id=\"\(id)\" name=\"Hình \(id)\" descr=\"\(alt)\"/>"
      + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
      + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
      + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"image\(id).png\" descr=\"\(alt)\"/><pic:cNvPicPr/></pic:nvPicPr>"
      + "<pic:blipFill><a:blip r:embed=\"\(rid)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
      + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
      + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
      + "</wp:inline></w:drawing></w:r>"
    xml += paragraph(drawing, align: .center, before: f.spaceBefore, after: f.caption == nil ? style.paragraphSpacing : 0,
                     keepNext: f.caption != nil)
    if let c = f.caption {
      let st = style.note.with(italic: true)
      xml += paragraph(runs(Markup.parse(c), st), style: "Caption", align: .center, before: 4,
                       after: style.paragraphSpacing, line: st.font.size * st.lineHeight)
    }
  }

  /// A real table: the header row repeated on every page (tblHeader), rows never split,
  /// numbers right-aligned, header shaded, zebra rows, widths from content as in the PDF.
  mutating func table(_ tb: Table) {
    let st = tb.style ?? style.table
    let head = st.with(bold: true)
    let widths = DocxBody.columnWidths(tb, width: contentWidth, size: st.font.size)
    let total = widths.reduce(0, +)
    let line = st.font.size * st.lineHeight
    let zebra = tb.zebra ?? style.zebra
    var t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(twips(total))\" w:type=\"dxa\"/>"
      + "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/>"
      + "<w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
      + "</w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
      + widths.map { "<w:gridCol w:w=\"\(twips($0))\"/>" }.joined() + "</w:tblGrid>"
    func cell(_ w: Double, _ content: String, fill: Color?) -> String {
      "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(w))\" w:type=\"dxa\"/>"
        + (fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0.hexRGB)\"/>" } ?? "") + "</w:tcPr>" + content + "</w:tc>"
    }
    t += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    for (c, col) in tb.columns.enumerated() {
      t += cell(widths[c], paragraph(run(col.header, head), align: .center, line: line), fill: style.headerFill)
    }
    t += "</w:tr>"
    for (r, row) in tb.rows.enumerated() {
      t += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      let fill = zebra && r % 2 == 1 ? style.zebraFill : nil
      for c in tb.columns.indices {
        let spans = c < row.count ? row[c] : []
        let align = tb.columns[c].alignment == .justify ? .left : tb.columns[c].alignment
        t += cell(widths[c], paragraph(runs(spans, st), align: align, line: line), fill: fill)
      }
      t += "</w:tr>"
    }
    xml += t + "</w:tbl>"
  }

  /// Column widths from content, estimated from character counts the way the PDF's table
  /// measures words: each column at least its longest word, the rest shared by the columns
  /// whose text would wrap; a narrow table is widened to the full width.
  static func columnWidths(_ tb: Table, width: Double, size: Double) -> [Double] {
    let pad = 13.0  // the cell margins (4 pt each side) and room for the estimate's error
    var natural = [Double](repeating: pad, count: tb.columns.count)
    var minimum = natural
    func consider(_ c: Int, _ text: String, bold: Bool) {
      natural[c] = max(natural[c], estimatedWidth(text, size: size, bold: bold) + pad)
      for w in text.split(separator: " ") {
        minimum[c] = max(minimum[c], estimatedWidth(String(w), size: size, bold: bold) + pad)
      }
    }
    for (c, col) in tb.columns.enumerated() { consider(c, col.header, bold: true) }
    for row in tb.rows { for (c, cell) in row.enumerated() where c < tb.columns.count { consider(c, Markup.plain(cell), bold: false) } }
    for c in natural.indices {
      minimum[c] = min(minimum[c], width * 0.4)
      natural[c] = max(natural[c], minimum[c])
    }
    let nat = natural.reduce(0, +)
    if nat <= width { return natural.map { $0 * width / max(1, nat) } }
    var floor = minimum
    for c in natural.indices where natural[c] <= width * 0.15 { floor[c] = natural[c] }
    if floor.reduce(0, +) < width { minimum = floor }
    let minTotal = minimum.reduce(0, +)
    if minTotal >= width { return minimum.map { $0 * width / minTotal } }
    let want = zip(natural, minimum).map { $0 - $1 }
    let wantTotal = want.reduce(0, +)
    return zip(minimum, want).map { $0 + $1 * (width - minTotal) / max(1, wantTotal) }
  }

  /// "Nơi nhận" on the left, the signing authority, room for the signature and the name on
  /// the right: a borderless table kept on one page.
  mutating func signature(_ s: SignatureBlock) {
    let w = contentWidth
    let leftW = w * 0.45, rightW = w * 0.55
    let head = TextStyle(font: FontSpec(family: style.family, size: 12, bold: true, italic: true), lineHeight: 1.15)
    let item = TextStyle(font: FontSpec(family: style.family, size: 11), lineHeight: 1.15)
    let sign = TextStyle(font: FontSpec(family: style.family, size: 14, bold: true), lineHeight: 1.2)
    var left = ""
    if !s.recipients.isEmpty {
      left += paragraph(run("Nơi nhận:", head), align: .left, line: 13.8, keepNext: true)
      for r in s.recipients { left += paragraph(runs(Markup.parse("- " + r), item), align: .left, line: 12.65, keepNext: true) }
    } else {
      left = "<w:p/>"
    }
    var right = ""
    for t in [s.authority, s.title] where !t.isEmpty { right += paragraph(run(t, sign), align: .center, line: 16.8, keepNext: true) }
    right += paragraph(run(s.name.isEmpty ? " " : s.name, sign), align: .center, before: 72, line: 16.8)
    xml += paragraph("", line: s.spaceBefore, keepNext: true)
    xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(twips(w))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
      + "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
      + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLook w:val=\"0000\"/></w:tblPr>"
      + "<w:tblGrid><w:gridCol w:w=\"\(twips(leftW))\"/><w:gridCol w:w=\"\(twips(rightW))\"/></w:tblGrid>"
      + "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      + "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(leftW))\" w:type=\"dxa\"/></w:tcPr>\(left)</w:tc>"
      + "<w:tc><w:tcPr><w:tcW w:w=\"\(twips(rightW))\" w:type=\"dxa\"/></w:tcPr>\(right)</w:tc></w:tr></w:tbl>"
    xml += paragraph("", line: 6)
  }
}
