import Foundation
@testable import VustaCorpus
import VustaExtract
import VustaModel
import XCTest
import ZIPFoundation

/// Broken Word and PDF files: each is read or skipped with a warning naming it, never a crash,
/// and the rest of the folder is read.
final class OfficeBadInputTests: XCTestCase {
  var dir: URL!
  let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/office")

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-office-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

  func write(_ name: String, _ data: Data) -> String {
    let p = dir.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: p, contents: data)
    return p
  }

  func copy(_ fixture: String, as name: String) throws -> String {
    let p = dir.appendingPathComponent(name)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: p)
    return p.path
  }

  func read(_ path: String) -> (Article?, [CorpusWarning]) {
    var warnings: [CorpusWarning] = []
    let a = Corpus().read(path: path, sources: nil, warn: { warnings.append($0) })
    return (a, warnings)
  }

  func assertSkipped(_ path: String, saying words: [String], file: StaticString = #filePath, line: UInt = #line) {
    let (a, w) = read(path)
    XCTAssertNil(a, file: file, line: line)
    XCTAssertEqual(w.map(\.path), [path], file: file, line: line)
    for word in words { XCTAssertTrue(w.first?.message.contains(word) == true, "\(w)", file: file, line: line) }
  }

  func testABrokenZipIsSkipped() throws {
    let whole = try Data(contentsOf: fixtures.appendingPathComponent("bao-cao-nghe-an.docx"))
    assertSkipped(write("cut.docx", whole.prefix(whole.count / 2)), saying: ["hỏng", "broken"])
    assertSkipped(write("zip-header-only.docx", Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3])), saying: ["hỏng"])
  }

  func testDamagedDataInsideTheZipIsSkipped() throws {
    var bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("bao-cao-nghe-an.docx")))
    // scribble over the compressed data of every entry (the directory at the end stays intact)
    for i in stride(from: 200, to: bytes.count / 2, by: 7) { bytes[i] ^= 0x5A }
    let (a, w) = read(write("scribbled.docx", Data(bytes)))
    XCTAssertNil(a)
    XCTAssertEqual(w.count, 1)
    XCTAssertTrue(w[0].message.contains("hỏng") || w[0].message.contains("word/document.xml"), w[0].message)
  }

  func testAZipWithoutWordDocumentIsSkipped() throws {
    let url = dir.appendingPathComponent("khong-phai-word.docx")
    let archive = try Archive(url: url, accessMode: .create)
    let content = Data("xin chào".utf8)
    try archive.addEntry(with: "content.xml", type: .file, uncompressedSize: Int64(content.count)) { position, size in
      content.subdata(in: Int(position)..<Int(position) + size)
    }
    assertSkipped(url.path, saying: ["word/document.xml"])
  }

  func testARenamedTextFileIsReadAsTextWithAWarning() throws {
    let text = "Hội nghị\nNgày 5/6/2023, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành."
    let path = write("that-ra-la-txt.docx", Data(text.utf8))
    let (a, w) = read(path)
    XCTAssertEqual(a?.text, text)
    XCTAssertEqual(w.map(\.path), [path])
    XCTAssertTrue(w[0].message.contains("văn bản thuần") && w[0].message.contains("plain text"), w[0].message)
    XCTAssertEqual(Extractor().extract(try XCTUnwrap(a)).meetings.first?.province, "Kon Tum")
  }

  func testOtherFilesNamedDocxOrPdf() throws {
    assertSkipped(write("anh.docx", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])), saying: ["không phải tệp Word"])
    assertSkipped(write("cu.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])), saying: [".doc", "Word 97"])
    assertSkipped(write("rong.pdf", Data()), saying: ["tệp rỗng", "empty"])
    assertSkipped(write("hong.pdf", Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> rác rác".utf8)), saying: ["PDF hỏng", "damaged"])
    // a PDF named .docx is read as the PDF it is
    let pdf = try copy("ban-tin-hai-cot.pdf", as: "ban-tin.docx")
    let (a, w) = read(pdf)
    XCTAssertTrue(a?.text.contains("Thái Bình") == true)
    XCTAssertTrue(w.first?.message.contains("thật ra là tệp PDF") == true, "\(w)")
  }

  func testACutOffPDFGivesWhatItHoldsOrAWarning() throws {
    let whole = try Data(contentsOf: fixtures.appendingPathComponent("bao-cao-nghe-an.pdf"))
    for fraction in [0.2, 0.5, 0.9] {
      let path = write("cut-\(fraction).pdf", whole.prefix(Int(Double(whole.count) * fraction)))
      let (a, w) = read(path)
      XCTAssertTrue(a != nil || (w.count == 1 && w[0].path == path), "\(fraction): \(w)")
    }
  }

  /// A 50 MB picture is never decompressed: the .docx reads as fast as without it.
  func testAFiftyMegabytePictureIsNeverRead() throws {
    let path = try copy("bao-cao-nghe-an.docx", as: "anh-lon.docx")
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
    let size = 50 << 20
    var noise = [UInt8](repeating: 0, count: 1 << 20)
    var x: UInt32 = 2_463_534_242
    for i in noise.indices {
      x ^= x << 13; x ^= x >> 17; x ^= x << 5
      noise[i] = UInt8(truncatingIfNeeded: x)
    }
    try archive.addEntry(with: "word/media/image1.png", type: .file, uncompressedSize: Int64(size),
                         compressionMethod: .none) { _, chunk in
      Data(noise[0..<min(chunk, noise.count)])
    }
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    XCTAssertGreaterThan((attributes[.size] as? Int) ?? 0, size)
    let start = Date()
    let (a, w) = read(path)
    XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
    XCTAssertTrue(w.isEmpty, "\(w)")
    XCTAssertEqual(a?.source.published, FactDate(year: 2023, month: 12, day: 15))
  }

  func testADocumentXMLOverTheLimitIsRefusedNotTruncated() throws {
    let archive = try Archive(url: fixtures.appendingPathComponent("bao-cao-nghe-an.docx"), accessMode: .read)
    let entry = try XCTUnwrap(archive["word/document.xml"])
    XCTAssertThrowsError(try DocxText.bytes(of: entry, in: archive, limit: 1000, failure: .damagedDocument)) { e in
      guard case DocxText.Failure.tooLarge? = e as? DocxText.Failure else { return XCTFail("\(e)") }
      XCTAssertTrue("\(e)".contains("quá lớn"))
    }
    XCTAssertEqual(try DocxText.bytes(of: entry, in: archive, limit: 1 << 20, failure: .damagedDocument).count,
                   Int(entry.uncompressedSize))
  }

  /// The place-and-date line in a table row beside the document's number (a header table of two
  /// rows, as vusta's own reports have) still dates the document.
  func testThePlaceAndDateLineInAHeaderTableRow() throws {
    let url = dir.appendingPathComponent("bao-cao.docx")
    let archive = try Archive(url: url, accessMode: .create)
    func cell(_ s: String) -> String { "<w:tc><w:p><w:r><w:t>\(s)</w:t></w:r></w:p></w:tc>" }
    let xml = Data(("<w:document><w:body><w:tbl><w:tr>\(cell("LIÊN HIỆP HỘI"))\(cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))</w:tr>"
      + "<w:tr>\(cell("Số: 12/BC-LHH"))\(cell("Hà Nội, ngày 31 tháng 12 năm 2023"))</w:tr></w:tbl>"
      + "<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p></w:body></w:document>").utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                         compressionMethod: .deflate) { position, size in xml.subdata(in: Int(position)..<Int(position) + size) }
    let (a, w) = read(url.path)
    XCTAssertTrue(w.isEmpty, "\(w)")
    XCTAssertEqual(a?.text.components(separatedBy: "\n").dropFirst().first, "Số: 12/BC-LHH | Hà Nội, ngày 31 tháng 12 năm 2023")
    XCTAssertEqual(a?.source.published, FactDate(year: 2023, month: 12, day: 31))
  }

  /// vusta's own reports (PDF Creator "vusta", .docx Application "vusta") are not read back: their
  /// figures come from the store and would be counted twice.
  func testVustasOwnReportsAreNotReadBack() throws {
    let url = dir.appendingPathComponent("bao-cao-nam-2023.docx")
    let archive = try Archive(url: url, accessMode: .create)
    for (name, text) in [("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Năm 2023 có 5 hội nghị</w:t></w:r></w:p></w:body></w:document>"),
                         ("docProps/app.xml", "<Properties><Application>vusta</Application></Properties>")] {
      let data = Data(text.utf8)
      try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { p, n in data.subdata(in: Int(p)..<Int(p) + n) }
    }
    assertSkipped(url.path, saying: ["do vusta tạo ra", "not read back"])
    // a PDF whose Creator is vusta
    assertSkipped(write("bao-cao-nam-2023.pdf", emptyPDF(info: "/Creator (vusta) /Producer (cairo)")), saying: ["do vusta tạo ra"])
  }

  /// A one-page PDF with no text whose document information dictionary holds `info`.
  func emptyPDF(info: String) -> Data {
    let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "<< \(info) >>"]
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, o) in objects.enumerated() {
      offsets.append(pdf.utf8.count)
      pdf += "\(i + 1) 0 obj\n\(o)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 5\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(pdf.utf8)
  }

  /// A report edited and saved again by Word or LibreOffice (its application theirs), or made a
  /// PDF by them (its creator "Writer"), keeps its keywords: still not read back. A document
  /// whose keywords merely mention the union is read.
  func testAnEditedReportIsKnownByItsKeywords() throws {
    func docx(_ name: String, keywords: String) throws -> URL {
      let url = dir.appendingPathComponent(name)
      let archive = try Archive(url: url, accessMode: .create)
      for (part, text) in [("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Năm 2023 có 5 hội nghị</w:t></w:r></w:p></w:body></w:document>"),
                           ("docProps/app.xml", "<Properties><Application>LibreOffice/7.4.7.2$Linux_X86_64</Application></Properties>"),
                           ("docProps/core.xml", "<cp:coreProperties><dc:creator>LIÊN HIỆP</dc:creator><cp:keywords>\(keywords)</cp:keywords></cp:coreProperties>")] {
        let data = Data(text.utf8)
        try archive.addEntry(with: part, type: .file, uncompressedSize: Int64(data.count)) { p, n in data.subdata(in: Int(p)..<Int(p) + n) }
      }
      return url
    }
    assertSkipped(try docx("sua-lai.docx", keywords: "LHH VUSTA 2023 vusta-bao-cao").path, saying: ["do vusta tạo ra"])
    assertSkipped(try docx("ban-cu.docx", keywords: "LHH VUSTA 2023").path, saying: ["do vusta tạo ra"])
    let (a, w) = read(try docx("tin.docx", keywords: "LHH, hội nghị, 2023").path)
    XCTAssertNotNil(a, "\(w)")
    assertSkipped(write("sua-lai.pdf", emptyPDF(info: "/Creator (Writer) /Producer (LibreOffice 7.4) /Keywords (LHH, VUSTA, 2023, vusta-bao-cao)")),
                  saying: ["do vusta tạo ra"])
  }

  func testTheTitleIsTheSummaryUnderTheDocumentsKind() {
    XCTAssertEqual(Corpus.documentTitle(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kết quả hoạt động năm 2023 và phương hướng"]),
                   "Kết quả hoạt động năm 2023 và phương hướng")
    XCTAssertEqual(Corpus.documentTitle(["BÁO CÁO Tổng kết hoạt động của hệ thống Liên hiệp Hội năm 2023"]),
                   "Tổng kết hoạt động của hệ thống Liên hiệp Hội năm 2023")
    XCTAssertNil(Corpus.documentTitle(["KẾ HOẠCH", "Số 5"]))
    XCTAssertNil(Corpus.documentTitle(["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2023 CỦA LIÊN HIỆP HỘI"]))
    XCTAssertNil(Corpus.documentTitle(["Báo cáo viên phát biểu tại hội nghị"]))
    XCTAssertNil(Corpus.documentTitle([]))
  }

  /// A folder of good and bad files: every good one read, every bad one named once.
  func testTheRestOfTheFolderIsRead() throws {
    _ = try copy("bao-cao-nghe-an.docx", as: "bao-cao.docx")
    _ = try copy("ban-tin-hai-cot.pdf", as: "ban-tin.pdf")
    _ = try copy("ban-scan.pdf", as: "scan.pdf")
    _ = try copy("bao-cao-mat-khau.pdf", as: "mat-khau.pdf")
    _ = write("hong.docx", Data([0x50, 0x4B, 0x03, 0x04, 9, 9, 9]))
    _ = write("tin.txt", Data("Tin\nNgày 5/6/2023, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành.".utf8))
    let corpus = Corpus()
    var warnings: [CorpusWarning] = []
    let articles = try corpus.files(under: [dir.path]).compactMap { corpus.read(path: $0, sources: nil, warn: { warnings.append($0) }) }
    XCTAssertEqual(articles.map(\.id), ["ban-tin", "bao-cao", "tin"])
    XCTAssertEqual(warnings.map { ($0.path as NSString).lastPathComponent }, ["hong.docx", "mat-khau.pdf", "scan.pdf"])
    let provinces = Set(articles.flatMap { Extractor().extract($0).meetings.compactMap(\.province) })
    XCTAssertEqual(provinces, ["Nghệ An", "Thái Bình", "Kon Tum"])
  }
}
