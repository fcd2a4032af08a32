import VustaCairo
import VustaFrame
import VustaLayout
import XCTest
@testable import VustaReports

/// The running footer of the A5 handout and the briefs: the issuing body `--org` names, and the
/// whole text, never cut with "…" (a long place lost the year).
final class HandoutFooterTests: XCTestCase {
  func testTheOrganisationAsARunningTextNamesIt() {
    XCTAssertEqual(ReportData.orgName("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM"), "Liên hiệp các Hội KH&KT Việt Nam")
    XCTAssertEqual(ReportData.orgName("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH NGHỆ AN"), "Liên hiệp các Hội KH&KT tỉnh Nghệ An")
    XCTAssertEqual(ReportData.orgName("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THÀNH PHỐ HỒ CHÍ MINH"),
                   "Liên hiệp các Hội KH&KT thành phố Hồ Chí Minh")
    XCTAssertEqual(ReportData.orgName("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TP. HCM"), "Liên hiệp các Hội KH&KT TP. HCM")
    XCTAssertEqual(ReportData.orgName("HỘI NÔNG DÂN TỈNH NGHỆ AN"), "HỘI NÔNG DÂN TỈNH NGHỆ AN", "another body as given")
  }

  func testALongFooterIsNeverCut() {
    let measurer = PangoTextMeasurer()
    var page = PageTemplate.a5
    page.footerText = "Liên hiệp các Hội KH&KT thành phố Hồ Chí Minh · Thành phố Hồ Chí Minh, ngày 15 tháng 01 năm 2023"
    let texts = page.furniture(page: 1, of: 2, style: DocumentStyle(), measurer: measurer).placedTexts()
    let all = texts.map(\.text).joined(separator: " ")
    XCTAssertTrue(all.contains("năm 2023"), all)
    XCTAssertFalse(all.contains("…"), all)
    for t in texts { XCTAssertLessThanOrEqual(t.box.maxX, page.size.width - page.margins.right + 0.5, t.text) }
    XCTAssertTrue(texts.allSatisfy { $0.box.minY > page.size.height - page.margins.bottom }, "in the bottom margin")
  }
}
