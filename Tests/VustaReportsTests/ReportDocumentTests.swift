import VustaCairo
import VustaFrame
import VustaLayout
import VustaModel
import XCTest
@testable import VustaReports

/// Whole documents from the synthetic store: the annual summary's shape, identical bytes, valid
/// PDFs with embedded fonts, and the short document of a year without data.
final class ReportDocumentTests: XCTestCase {
  static let measurer = PangoTextMeasurer()

  func annual(_ year: Int) throws -> (ComposedReport, LaidOutDocument) {
    let c = try ReportComposer(measurer: Self.measurer).compose(try ReportFixtures.template("bao-cao-nam"),
                                                                 data: try ReportFixtures.national(year))
    return (c, try c.layout(measurer: Self.measurer))
  }

  func testAnnualSummaryHasTheAdministrativeShape() throws {
    let (c, doc) = try annual(2023)
    XCTAssertGreaterThanOrEqual(c.charts.count, 6)
    XCTAssertGreaterThanOrEqual(doc.pages.count, 8)
    let first = doc.pages[0].frame.placedTexts().map(\.text)
    XCTAssertTrue(first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    XCTAssertTrue(first.contains("Độc lập - Tự do - Hạnh phúc"))
    XCTAssertTrue(first.contains("Hà Nội, ngày 05 tháng 01 năm 2024"), "\(first)")
    XCTAssertTrue(first.contains("Số: …/BC-LHH"))
    XCTAssertTrue(first.contains("BÁO CÁO"))
    let all = doc.pages.flatMap { $0.frame.placedTexts().map(\.text) }
    XCTAssertTrue(all.contains("Nơi nhận:"))
    XCTAssertTrue(all.contains { $0.contains("Chưa xác định") })
    XCTAssertTrue(doc.templates.contains("a4-ngang"), "the wide members table is on a landscape page")
    for (i, page) in doc.pages.enumerated() where i > 0 && doc.templates[i] != "a4-ngang" {
      let top = page.frame.placedTexts().filter { $0.box.maxY < 56 }.map(\.text)
      XCTAssertEqual(top, ["\(i + 1)"], "page number at the top centre of page \(i + 1)")
    }
  }

  func testNothingOverflowsTheContentArea() throws {
    let (_, doc) = try annual(2023)
    for (i, content) in doc.contents.enumerated() {
      let area = Rect(x: 0, y: 0, width: content.size.width, height: content.size.height)
      for t in content.placedTexts() where !area.contains(t.box, tolerance: 1) {
        XCTFail("page \(i + 1): \"\(t.text)\" at \(t.box) outside \(area)")
      }
    }
  }

  func testSameInputGivesIdenticalValidPDFs() throws {
    let (c1, d1) = try annual(2023)
    let (c2, d2) = try annual(2023)
    let a = try renderPDF(d1.pages, info: c1.info), b = try renderPDF(d2.pages, info: c2.info)
    XCTAssertEqual(a, b, "identical bytes for identical input")
    let path = ReportFixtures.temporaryFolder() + "/bao-cao.pdf"
    try Data(a).write(to: URL(fileURLWithPath: path))
    guard let check = ReportFixtures.run("qpdf", ["--check", path]) else { throw XCTSkip("qpdf is not installed") }
    XCTAssertEqual(check.status, 0, check.output)
    guard let fonts = ReportFixtures.run("pdffonts", [path]) else { throw XCTSkip("pdffonts is not installed") }
    let rows = fonts.output.split(separator: "\n").dropFirst(2)
    XCTAssertFalse(rows.isEmpty)
    for row in rows {
      XCTAssertFalse(row.contains("Type 3"), String(row))
      let cols = row.split(separator: " ")
      XCTAssertTrue(row.contains("TrueType"), String(row))
      XCTAssertEqual(cols[cols.count - 5], "yes", "embedded: \(row)")
      XCTAssertEqual(cols[cols.count - 4], "yes", "subset: \(row)")
    }
  }

  func testAYearWithoutDataGivesAShortDocumentThatSaysSo() throws {
    let (_, doc) = try annual(2010)
    XCTAssertEqual(doc.pages.count, 1)
    let text = doc.pages[0].frame.placedTexts().map(\.text).joined(separator: " ")
    XCTAssertTrue(text.contains("Không có số liệu cho năm 2010"), text)
  }

  func testProvinceBriefPlacesTheProvinceAgainstTheCountry() throws {
    let national = try ReportFixtures.national(2023)
    let name = national.datasets["meetings.byProvince"]!.rows.first { ($0["meetings"]?.number ?? 0) > 0 }!["province"]!.text
    let data = try ReportData.gather(province: name, national: national, from: ReportFixtures.stats,
                                     options: ReportOptions(year: 2023), link: ReportFixtures.link)
    let c = try ReportComposer(measurer: Self.measurer).compose(try ReportFixtures.template("tom-tat-tinh"), data: data)
    let doc = try c.layout(measurer: Self.measurer)
    let text = doc.pages.flatMap { $0.frame.placedTexts().map(\.text) }
    XCTAssertTrue(text.contains("Liên hiệp Hội \(name)"), "\(text.prefix(10))")
    XCTAssertTrue(text.contains("Trang 1/\(doc.pages.count)"))
    XCTAssertTrue(text.contains("So với cả nước"))
  }

  func testHandoutIsOneA5Sheet() throws {
    let c = try ReportComposer(measurer: Self.measurer).compose(try ReportFixtures.template("to-roi-a5"),
                                                                 data: try ReportFixtures.national(2023))
    let doc = try c.layout(measurer: Self.measurer)
    XCTAssertEqual(doc.pages.count, 1)
    XCTAssertEqual(doc.pages[0].size, Size.a5)
    XCTAssertEqual(c.charts.count, 2)
  }

  func testFormats() {
    XCTAssertEqual(VietnameseFormat.administrativeDate(FactDate(year: 2024, month: 1, day: 5)), "ngày 05 tháng 01 năm 2024")
    XCTAssertEqual(VietnameseFormat.administrativeDate(FactDate(year: 2019, month: 6, day: 29)), "ngày 29 tháng 6 năm 2019")
    XCTAssertEqual(VietnameseFormat.date("2020-10-16"), "16/10/2020")
    XCTAssertEqual(VietnameseFormat.grouped(15500), "15.500")
    XCTAssertEqual(VietnameseFormat.decimal(12.5), "12,5")
    XCTAssertEqual(VietnameseFormat.slug("Thừa Thiên Huế"), "thua-thien-hue")
    XCTAssertEqual(VietnameseFormat.slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau")
    XCTAssertEqual(VietnameseFormat.slug("Đắk Lắk"), "dak-lak")
  }
}
