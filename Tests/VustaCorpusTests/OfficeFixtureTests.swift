import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// .docx and .pdf files made by LibreOffice from Vietnamese text (scripts/make-office-fixtures.sh):
/// a two-page union report (header table, place-and-date line, a table of member counts, page
/// numbers, a paragraph running onto page 2, the signature table) and a two-column newsletter
/// page, each as .docx and .pdf; a scanned page; the report with a password.
final class OfficeFixtureTests: XCTestCase {
  static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/office")

  func fixture(_ name: String) -> String { Self.folder.appendingPathComponent(name).path }

  func read(_ name: String) -> (Article?, [CorpusWarning]) {
    var warnings: [CorpusWarning] = []
    let a = Corpus().read(path: fixture(name), sources: nil, warn: { warnings.append($0) })
    return (a, warnings)
  }

  func lines(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
    let (a, w) = read(name)
    XCTAssertTrue(w.isEmpty, "\(w)", file: file, line: line)
    return try XCTUnwrap(a, file: file, line: line).text.components(separatedBy: "\n")
  }

  func testTheReportDocxIsReadInDocumentOrderWithItsTableAsRows() throws {
    let l = try lines("bao-cao-nghe-an.docx")
    XCTAssertEqual(Array(l.prefix(7)), [
      "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH NGHỆ AN", "Số: 45/BC-LHH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Nghệ An, ngày 15 tháng 12 năm 2023", "BÁO CÁO",
      "Kết quả hoạt động năm 2023 và phương hướng nhiệm vụ năm 2024",
    ])
    let table = try XCTUnwrap(l.firstIndex(of: "STT | Hội thành viên | Số hội viên"))
    XCTAssertEqual(Array(l[(table + 1)...(table + 3)]), [
      "1 | Hội Y học tỉnh Nghệ An | 2.350", "2 | Hội Kỹ sư Xây dựng | 1.120", "3 | Hội Làm vườn | 860",
    ])
    XCTAssertEqual(l[table - 1], "II. Số hội viên của một số hội thành viên")
    XCTAssertEqual(l[table + 4], "III. Phương hướng nhiệm vụ năm 2024")
    XCTAssertEqual(Array(l.suffix(7)), [
      "Nơi nhận:", "- Liên hiệp các Hội KH&KT Việt Nam;", "- Tỉnh ủy, UBND tỉnh;", "- Lưu: VT.",
      "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn Hùng",
    ])
  }

  /// The PDF of the same report gives the same lines: paragraphs joined across line ends and
  /// across the page break, the page number "2" left out, the table's cells as rows.
  func testTheReportPDFReadsLikeItsDocx() throws {
    let pdf = try lines("bao-cao-nghe-an.pdf")
    XCTAssertEqual(pdf, try lines("bao-cao-nghe-an.docx"))
    XCTAssertTrue(pdf.contains { $0.hasPrefix("Củng cố, kiện toàn") && $0.hasSuffix("vào sản xuất và đời sống.") })
    XCTAssertFalse(pdf.contains("2"))
  }

  func testTheReportsFactsAndItsOwnDateInBothFormats() throws {
    for name in ["bao-cao-nghe-an.docx", "bao-cao-nghe-an.pdf"] {
      let a = try XCTUnwrap(read(name).0)
      XCTAssertEqual(a.source.published, FactDate(year: 2023, month: 12, day: 15), name)
      let d = Extractor().extract(a)
      XCTAssertEqual(d.published, FactDate(year: 2023, month: 12, day: 15), name)
      let m = try XCTUnwrap(d.meetings.first { $0.date == FactDate(year: 2023, month: 12, day: 8) }, name)
      XCTAssertEqual(m.province, "Nghệ An", name)
      XCTAssertEqual(m.kind, .tong_ket, name)
      XCTAssertTrue(d.memberFigures.contains { $0.metric == .hoi_thanh_vien && $0.value == 42 && $0.province == "Nghệ An" }, name)
      XCTAssertTrue(d.memberFigures.contains { $0.metric == .hoi_vien && $0.value == 12000 && $0.province == "Nghệ An" }, name)
      // (its own header "Số: 45/BC-LHH", dated by "Nghệ An, ngày 15 tháng 12 năm 2023" after the
      // national motto, is the page's own number, cited once — as the real pages' gold counts it)
      XCTAssertEqual(Set(d.citations.map(\.id)), ["45/BC-LHH", "42-CT/TW", "52-KL/TW"], name)
      XCTAssertEqual(d.citations.first { $0.id == "45/BC-LHH" }?.issued, FactDate(year: 2023, month: 12, day: 15), name)
    }
  }

  /// Two columns are read one after the other; a paragraph running from the foot of the first
  /// column to the top of the second is one paragraph; "kinh tế-" at a line end joins "xã hội".
  func testTheTwoColumnPageIsReadColumnByColumn() throws {
    let pdf = try lines("ban-tin-hai-cot.pdf")
    XCTAssertEqual(pdf, try lines("ban-tin-hai-cot.docx"))
    XCTAssertTrue(pdf.contains(
      "Các đại biểu thống nhất tiếp tục đẩy mạnh hoạt động tư vấn, phản biện và giám định, góp phần phát triển kinh tế-xã hội của tỉnh trong giai đoạn mới."))
    XCTAssertTrue(pdf.contains { $0.hasPrefix("Ngày 14/10/2022, tại thành phố Thái Bình, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức") })
    let first = try XCTUnwrap(pdf.firstIndex(of: "Hội nghị giao ban quý III"))
    let second = try XCTUnwrap(pdf.firstIndex(of: "Tập huấn kỹ năng phản biện"))
    XCTAssertLessThan(first, second)
    let d = Extractor().extract(try XCTUnwrap(read("ban-tin-hai-cot.pdf").0))
    XCTAssertEqual(Set(d.meetings.compactMap(\.date)), [FactDate(year: 2022, month: 10, day: 14), FactDate(year: 2022, month: 10, day: 20)])
    XCTAssertTrue(d.meetings.allSatisfy { $0.province == "Thái Bình" })
    XCTAssertTrue(d.memberFigures.contains { $0.metric == .hoi_thanh_vien && $0.value == 35 })
  }

  func testAScannedPDFIsSkippedWithAWarningNamingIt() {
    let (a, w) = read("ban-scan.pdf")
    XCTAssertNil(a)
    XCTAssertEqual(w.count, 1)
    XCTAssertTrue(w[0].description.hasPrefix(fixture("ban-scan.pdf") + ": "), w[0].description)
    XCTAssertTrue(w[0].message.contains("ảnh quét") && w[0].message.contains("scanned"), w[0].message)
  }

  func testAPasswordProtectedPDFIsSkippedWithAWarningNamingIt() {
    let (a, w) = read("bao-cao-mat-khau.pdf")
    XCTAssertNil(a)
    XCTAssertEqual(w.map(\.path), [fixture("bao-cao-mat-khau.pdf")])
    XCTAssertTrue(w[0].message.contains("mật khẩu") && w[0].message.contains("password"), w[0].message)
  }

  func testFoldersListWordAndPDFFiles() throws {
    let files = try Corpus().files(under: [Self.folder.path])
    XCTAssertEqual(files.map { ($0 as NSString).lastPathComponent }, [
      "ban-scan.pdf", "ban-tin-hai-cot.docx", "ban-tin-hai-cot.pdf", "bao-cao-mat-khau.pdf",
      "bao-cao-nghe-an.docx", "bao-cao-nghe-an.pdf",
    ])
  }
}
