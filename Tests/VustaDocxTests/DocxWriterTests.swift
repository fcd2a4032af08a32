import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VustaDocx
import VustaFrame
import VustaLayout
import XCTest
import ZIPFoundation

/// A small administrative document with every kind of block, written as DOCX.
enum DocxSample {
  static var source: DocxSource {
    var chart = Frame(size: Size(400, 250))
    chart.add(Shape(path: .rect(Rect(x: 10, y: 10, width: 100, height: 200)), fill: .black))
    let blocks: [any Block] = [
      AdministrativeHeader(issuingBody: "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", number: "Số: 15/BC-LHH",
                           placeDate: "Hà Nội, ngày 31 tháng 12 năm 2023"),
      DocumentTitle(typeName: "BÁO CÁO", title: "Tổng kết hoạt động\nnăm 2023"),
      Heading(level: 1, number: "I.", text: "Hội nghị, giao ban", anchor: "muc-1"),
      Paragraph("Năm 2023 có **12** hội nghị; xem [nguồn](https://vusta.vn/tin?a=1&b=2) và [mục I](#muc-1)."),
      Heading(level: 2, number: "1.", text: "Theo địa bàn", anchor: "muc-2"),
      Table(columns: [TableColumn("TT", alignment: .right), TableColumn("Tỉnh, thành phố"),
                      TableColumn("Số hội nghị", alignment: .right)],
            rows: (1...40).map { ["\($0)", "Tỉnh số \($0)", "\($0 * 3)"] }),
      Figure(chart, alt: "Số hội nghị theo tỉnh. Cao nhất: Hà Nội 12.", caption: "Hình 1. Số hội nghị"),
      KeyFigures([KeyFigure(value: "12", label: "hội nghị"), KeyFigure(value: "3/63", label: "tỉnh")]),
      BulletList(["Một", "Hai"]),
      PageBreak(template: "a4-ngang"),
      Table(columns: [TableColumn("Tỉnh"), TableColumn("Hội viên", alignment: .right)], rows: [["Hà Nội", "15.500"]]),
      PageBreak(template: "a4-hanh-chinh"),
      SignatureBlock(authority: "TM. BAN THƯỜNG VỤ", title: "CHỦ TỊCH", name: "Nguyễn Văn A",
                     recipients: ["Như trên;", "Lưu: VT."]),
    ]
    return DocxSource(sections: [DocxSource.Section(blocks: blocks, page: .a4Administrative)],
                      templates: Array(PageTemplate.builtIn.values), style: DocumentStyle(),
                      info: DocumentInfo(title: "BÁO CÁO Tổng kết năm 2023", subject: "Hội nghị & hội viên", created: 1_703_980_800))
  }

  /// A 1×1 PNG.
  static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
                             8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1,
                             0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

  static func bytes() throws -> [UInt8] { try DocxWriter.write(source) { _, _ in png } }

  /// The text of every part of a .docx, by path.
  static func parts(_ bytes: [UInt8]) throws -> [String: String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var out: [String: String] = [:]
    for e in archive {
      var d = Data()
      _ = try archive.extract(e) { d.append($0) }
      out[e.path] = String(decoding: d, as: UTF8.self)
    }
    return out
  }
}

final class DocxWriterTests: XCTestCase {
  func testStructureHeadingsTablesPicturesAndProperties() throws {
    let parts = try DocxSample.parts(try DocxSample.bytes())
    let doc = try XCTUnwrap(parts["word/document.xml"])
    // heading styles with their levels, for the navigation pane
    XCTAssertTrue(doc.contains("<w:pStyle w:val=\"Heading1\"/>"))
    XCTAssertTrue(doc.contains("<w:pStyle w:val=\"Heading2\"/>"))
    XCTAssertTrue(doc.contains("I. HỘI NGHỊ, GIAO BAN"), "level 1 printed in capitals as in the PDF")
    let styles = try XCTUnwrap(parts["word/styles.xml"])
    XCTAssertTrue(styles.contains("<w:name w:val=\"heading 2\"/>"))
    XCTAssertTrue(styles.contains("<w:outlineLvl w:val=\"1\"/>"))
    XCTAssertTrue(styles.contains("Times New Roman"))
    // real tables: a repeated header row; numbers right-aligned
    XCTAssertEqual(doc.components(separatedBy: "<w:tblHeader/>").count - 1, 2)
    let cell = try XCTUnwrap(doc.range(of: ">120</w:t>")).lowerBound
    let before = doc[doc.index(cell, offsetBy: -200)..<cell]
    XCTAssertTrue(before.contains("<w:jc w:val=\"right\"/>"), String(before))
    // the picture with its alt text
    XCTAssertTrue(doc.contains("descr=\"Số hội nghị theo tỉnh. Cao nhất: Hà Nội 12.\""))
    XCTAssertNotNil(parts["word/media/image1.png"])
    // header: Số, italic place and date, title; signature and recipients
    for text in ["Số: 15/BC-LHH", "Hà Nội, ngày 31 tháng 12 năm 2023", "BÁO CÁO", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "Nguyễn Văn A"] {
      XCTAssertTrue(doc.contains(text), text)
    }
    // links: external through a relationship (escaped), internal to a bookmark
    let rels = try XCTUnwrap(parts["word/_rels/document.xml.rels"])
    XCTAssertTrue(rels.contains("Target=\"https://vusta.vn/tin?a=1&amp;b=2\" TargetMode=\"External\""))
    XCTAssertTrue(doc.contains("w:anchor=\"muc_1\"") && doc.contains("w:name=\"muc_1\""))
    // A4, Nghị định 30 margins (20/20/30/15 mm), numbers from page 2, a landscape section
    XCTAssertTrue(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    XCTAssertTrue(doc.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
    XCTAssertTrue(doc.contains("<w:titlePg/>"))
    XCTAssertTrue(doc.contains("w:orient=\"landscape\""))
    XCTAssertTrue(parts.values.contains { $0.contains(" PAGE ") })
    // properties
    let core = try XCTUnwrap(parts["docProps/core.xml"])
    XCTAssertTrue(core.contains("<dc:title>BÁO CÁO Tổng kết năm 2023</dc:title>"))
    XCTAssertTrue(core.contains("<dc:subject>Hội nghị &amp; hội viên</dc:subject>"))
  }

  func testEveryXMLPartIsWellFormed() throws {
    for (path, text) in try DocxSample.parts(try DocxSample.bytes()) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
      let parser = XMLParser(data: Data(text.utf8))
      XCTAssertTrue(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
    }
  }

  func testTheSameSourceGivesTheSameBytes() throws {
    XCTAssertEqual(try DocxSample.bytes(), try DocxSample.bytes())
  }

  func testControlCharactersAreDroppedNotWritten() throws {
    let src = DocxSource(sections: [DocxSource.Section(blocks: [Paragraph("a\u{1}b\u{0}c <d>")], page: .a4Administrative)],
                         templates: [], style: DocumentStyle(), info: DocumentInfo(title: "x\u{7}"))
    let parts = try DocxSample.parts(try DocxWriter.write(src) { _, _ in [] })
    XCTAssertTrue(parts["word/document.xml"]!.contains("abc &lt;d&gt;"))
    XCTAssertTrue(XMLParser(data: Data(parts["docProps/core.xml"]!.utf8)).parse())
  }

  func testAPictureThatCannotBeDrawnStopsTheDocument() {
    struct NoPicture: Error {}
    XCTAssertThrowsError(try DocxWriter.write(DocxSample.source) { _, _ in throw NoPicture() }) {
      XCTAssertTrue($0 is NoPicture)
    }
  }

  /// python-docx (Debian's python3-docx) reads what Word reads: headings with their levels,
  /// tables whose first row repeats, pictures with alt text.
  func testPythonDocxFindsHeadingsTablesAndPictures() throws {
    let python = "/usr/bin/python3"
    guard FileManager.default.isExecutableFile(atPath: python), run(python, ["-c", "import docx"]).code == 0 else {
      throw XCTSkip("python3-docx missing (make test installs it)")
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("bao-cao.docx")
    try Data(try DocxSample.bytes()).write(to: file)
    let script = """
      import sys, docx
      d = docx.Document(sys.argv[1])
      for p in d.paragraphs:
          if p.style.name.startswith('Heading'): print('H', p.style.name, p.text)
      for t in d.tables:
          tr = t.rows[0]._tr
          print('T', len(t.rows), len(t.columns), tr.trPr is not None and tr.trPr.find(docx.oxml.ns.qn('w:tblHeader')) is not None)
      for s in d.inline_shapes:
          print('P', s._inline.docPr.get('descr'))
      print('C', d.core_properties.title, '|', d.core_properties.subject)
      """
    let r = run(python, ["-c", script, file.path])
    XCTAssertEqual(r.code, 0, r.out)
    let lines = r.out.split(separator: "\n").map(String.init)
    XCTAssertTrue(lines.contains("H Heading 1 I. HỘI NGHỊ, GIAO BAN"), r.out)
    XCTAssertTrue(lines.contains("H Heading 2 1. Theo địa bàn"), r.out)
    XCTAssertTrue(lines.contains("T 41 3 True"), r.out)
    XCTAssertTrue(lines.contains("T 2 2 True"), r.out)
    XCTAssertTrue(lines.contains("P Số hội nghị theo tỉnh. Cao nhất: Hà Nội 12."), r.out)
    XCTAssertTrue(lines.contains("C BÁO CÁO Tổng kết năm 2023 | Hội nghị & hội viên"), r.out)
  }

  func run(_ exe: String, _ args: [String]) -> (code: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (-1, "\(error)") }
    let d = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: d, as: UTF8.self))
  }
}
