//! The second writer of a composed report: the same layout blocks the PDF is paginated from,
//! written as WordprocessingML (a .docx Word and LibreOffice open and edit). Word paginates it
//! itself; the writer gives it what the PDF has: A4 and its margins, page numbers from page 2,
//! heading styles, tables with a repeated header row, charts as pictures with alt text.

import Foundation
import VustaFrame
import VustaLayout

/// What one .docx is made of: sections of blocks, each starting on its first page template,
/// the document style and its properties.
public struct DocxSource {
  /// A run of blocks written on one page template; each section starts on a new page with its
  /// own page numbering (a province brief in the book of all briefs).
  public struct Section {
    public var blocks: [any Block]
    public var page: PageTemplate
    /// A section of blocks beginning on a page template.
    public init(blocks: [any Block], page: PageTemplate) { self.blocks = blocks; self.page = page }
  }
  public var sections: [Section]
  /// The page templates a `PageBreak(template:)` may switch to, by name.
  public var templates: [PageTemplate]
  public var style: DocumentStyle
  public var info: DocumentInfo

  /// A document of sections.
  public init(sections: [Section], templates: [PageTemplate], style: DocumentStyle, info: DocumentInfo) {
    self.sections = sections; self.templates = templates; self.style = style; self.info = info
  }
}

/// A picture for a figure: PNG bytes drawn from the figure's frame (at 300 dpi in production,
/// by VustaCairo; this target draws nothing itself). The integer counts figures from 0 in the
/// document's order.
public typealias DocxPictureRenderer = (_ index: Int, _ figure: Figure) throws -> [UInt8]

/// Writes .docx files.
public enum DocxWriter {
  /// The bytes of the .docx of `source`.
  /// - Throws: `DocxError` when a picture cannot be rendered or the zip cannot be written.
  public static func write(_ source: DocxSource, pictures: @escaping DocxPictureRenderer) throws -> [UInt8] {
    var body = DocxBody(style: source.style, templates: source.templates, pictures: pictures)
    for (i, s) in source.sections.enumerated() {
      try body.section(s.blocks, page: s.page, last: i == source.sections.count - 1)
    }
    let date = Date(timeIntervalSince1970: TimeInterval(source.info.created ?? 1_577_836_800))
    var parts: [DocxPart] = []
    func xml(_ path: String, _ text: String) { parts.append(DocxPart(path: path, bytes: Data(text.utf8), compress: true)) }
    xml("[Content_Types].xml", DocxParts.contentTypes(headers: body.headerFooters.map(\.name)))
    xml("_rels/.rels", DocxParts.packageRelationships)
    xml("docProps/core.xml", DocxParts.core(source.info))
    xml("docProps/app.xml", DocxParts.app)
    xml("word/document.xml", DocxParts.document(body.xml))
    xml("word/styles.xml", DocxParts.styles(source.style))
    xml("word/settings.xml", DocxParts.settings)
    xml("word/fontTable.xml", DocxParts.fontTable)
    for hf in body.headerFooters { xml("word/\(hf.name)", hf.xml) }
    xml("word/_rels/document.xml.rels", DocxParts.documentRelationships(body.relationships))
    for m in body.media { parts.append(DocxPart(path: "word/\(m.name)", bytes: Data(m.bytes), compress: false)) }
    return try DocxPackage.zip(parts, date: date)
  }
}
