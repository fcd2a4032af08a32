//! The fixed parts of a .docx: content types, relationships, styles (Times New Roman, the
//! heading styles Word's navigation pane and table of contents read), settings, properties.

import Foundation
import VustaFrame
import VustaLayout

/// A relationship of the main document: a picture, a hyperlink, a header or footer.
struct DocxRelationship {
  var id: String
  var type: String
  var target: String
  var external: Bool
}

enum DocxParts {
  static let decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
  static let relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

  static func contentTypes(headers: [String]) -> String {
    var s = decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
      + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    for h in headers {
      let kind = h.hasPrefix("header") ? "header" : "footer"
      s += "<Override PartName=\"/word/\(h)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.\(kind)+xml\"/>"
    }
    return s + "</Types>"
  }

  static let packageRelationships = decl
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relBase)officeDocument\" Target=\"word/document.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"\(relBase)extended-properties\" Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  static func documentRelationships(_ rels: [DocxRelationship]) -> String {
    var s = decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rIdStyles\" Type=\"\(relBase)styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rIdSettings\" Type=\"\(relBase)settings\" Target=\"settings.xml\"/>"
      + "<Relationship Id=\"rIdFonts\" Type=\"\(relBase)fontTable\" Target=\"fontTable.xml\"/>"
    for r in rels {
      s += "<Relationship Id=\"\(r.id)\" Type=\"\(relBase)\(r.type)\" Target=\"\(xmlEscaped(r.target))\""
        + (r.external ? " TargetMode=\"External\"/>" : "/>")
    }
    return s + "</Relationships>"
  }

  /// The title, subject, author and keywords (File ▸ Properties), dated by the data.
  static func core(_ info: DocumentInfo) -> String {
    let date = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(info.created ?? 1_577_836_800)))
    func el(_ name: String, _ v: String?) -> String {
      guard let v, !v.isEmpty else { return "" }
      return "<\(name)>\(xmlEscaped(v))</\(name)>"
    }
    return decl + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + el("dc:title", info.title) + el("dc:subject", info.subject) + el("dc:creator", info.author)
      + el("cp:keywords", info.keywords) + "<dc:language>vi-VN</dc:language>"
      + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified>"
      + "</cp:coreProperties>"
  }

  static let app = decl + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    + "<Application>vusta</Application></Properties>"

  static let settings = decl + "<w:settings \(ns)><w:defaultTabStop w:val=\"567\"/>"
    + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
    + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
    + "</w:compat></w:settings>"

  static let fontTable = decl + "<w:fonts \(ns)><w:font w:name=\"Times New Roman\"><w:altName w:val=\"Liberation Serif\"/>"
    + "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>"

  /// The styles: Normal (Times New Roman at the body size, justified), Heading 1–3 with their
  /// outline levels, Title, Caption, Table Grid, Hyperlink.
  static func styles(_ style: DocumentStyle) -> String {
    let body = halfPoints(style.body.font.size)
    let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
    var s = decl + "<w:styles \(ns)><w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val=\"\(body)\"/><w:szCs w:val=\"\(body)\"/>"
      + "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:widowControl/></w:pPr></w:style>"
    for level in 1...3 {
      let st = style.heading(level)
      let before = style.headingSpaceBefore[min(level, style.headingSpaceBefore.count) - 1]
      s += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
        + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(twips(before))\" w:after=\"\(twips(style.paragraphSpacing))\"/>"
        + "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
        + "<w:rPr>" + (st.font.bold ? "<w:b/><w:bCs/>" : "") + (st.font.italic ? "<w:i/><w:iCs/>" : "")
        + "<w:sz w:val=\"\(halfPoints(st.font.size))\"/><w:szCs w:val=\"\(halfPoints(st.font.size))\"/></w:rPr></w:style>"
    }
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
      + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:qFormat/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:i/><w:iCs/>"
      + "<w:sz w:val=\"\(halfPoints(style.note.font.size))\"/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
      + "<w:rPr><w:color w:val=\"\(style.accent.hexRGB)\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
      + "</w:tblCellMar></w:tblPr></w:style>"
      + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
      + "<w:tblPr><w:tblBorders>"
      + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
        "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"\(style.rule.hexRGB)\"/>"
      }.joined()
      + "</w:tblBorders></w:tblPr></w:style>"
    return s + "</w:styles>"
  }

  static func document(_ body: String) -> String {
    decl + "<w:document \(ns)><w:body>" + body + "</w:body></w:document>"
  }

  /// A header or footer part holding paragraphs.
  static func headerFooter(_ kind: String, _ paragraphs: String) -> String {
    decl + "<w:\(kind) \(ns)>" + paragraphs + "</w:\(kind)>"
  }
}
