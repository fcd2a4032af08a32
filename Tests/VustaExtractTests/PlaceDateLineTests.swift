import VustaExtract
import VustaModel
import XCTest

/// The place-and-date line of an administrative document dates the document.
final class PlaceDateLineTests: XCTestCase {
  func testPlaceAndDateLines() {
    XCTAssertEqual(PlaceDateLine.date(in: "Nghệ An, ngày 15 tháng 12 năm 2023"), FactDate(year: 2023, month: 12, day: 15))
    XCTAssertEqual(PlaceDateLine.date(in: "Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2024."), FactDate(year: 2024, month: 1, day: 5))
    XCTAssertEqual(PlaceDateLine.date(in: "TP. Thanh Hoá, ngày 3 tháng 2 năm 2021"), FactDate(year: 2021, month: 2, day: 3))
    // the comma left out after a place of two capitalised words (a 1991 decision's header)
    XCTAssertEqual(PlaceDateLine.date(in: "Hà Nội ngày 10 tháng 7 năm 1991"), FactDate(year: 1991, month: 7, day: 10))
    XCTAssertEqual(PlaceDateLine.date(in: "Nghệ An ngày 15 tháng 12 năm 2023"), FactDate(year: 2023, month: 12, day: 15))
  }

  func testAProvincesNameBeforeADateWithoutNgay() {
    // a Party directive's header as a legal-text site prints it: only where the caller knows it
    // stands beside the "Số: …" line (under a headline it is a news story's dateline)
    XCTAssertEqual(PlaceDateLine.date(in: "Hà Nội, 06 tháng 10 năm 1998", bareDate: true), FactDate(year: 1998, month: 10, day: 6))
    XCTAssertNil(PlaceDateLine.date(in: "Hà Nội, 06 tháng 10 năm 1998"))
    for line in ["Thứ Sáu, 20 tháng 12 năm 2018", "Tin tức, 20 tháng 12 năm 2018", "Hà Nội, 06 tháng 10", "Hà Nội, 6 tháng 10 năm 1998 lúc 8 giờ"] {
      XCTAssertNil(PlaceDateLine.date(in: line, bareDate: true), line)
    }
  }

  func testOtherLinesAreNot() {
    for line in ["Ngày 8/12/2023, Liên hiệp hội tổ chức hội nghị", "Nghệ An, ngày 15 tháng 12",
                 "Hà Nội, ngày 31 tháng 2 năm 2023", "Hội nghị diễn ra tại Vinh, ngày 15 tháng 12 năm 2023 với 200 đại biểu",
                 "Số 45, ngày 15 tháng 12 năm 2023", "Thứ Năm ngày 15 tháng 12 năm 2023", "Đăng ngày 15 tháng 12 năm 2023",
                 "Vinh ngày 15 tháng 12 năm 2023", "Sáng nay ngày 15 tháng 12 năm 2023", ""] {
      XCTAssertNil(PlaceDateLine.date(in: line), line)
    }
  }

  func testAStampWithAWrittenOutDateIsNoPlace() {
    // a portal's "Cập nhật: Thứ Ba, ngày 14 tháng 01 năm 2020" dates the posting, not a document
    for line in ["Cập nhật: Thứ Ba, ngày 14 tháng 01 năm 2020", "Chủ Nhật, ngày 05 tháng 12 năm 2021",
                 "Ngày đăng: Thứ Hai, ngày 3 tháng 2 năm 2020"] {
      XCTAssertNil(PlaceDateLine.date(in: line), line)
    }
    // (a city whose name folds like the weekday's first word is still a place)
    XCTAssertEqual(PlaceDateLine.date(in: "Thủ Dầu Một, ngày 3 tháng 2 năm 2021"), FactDate(year: 2021, month: 2, day: 3))
  }

  func testAWrittenOutStampDatesThePosting() {
    let body = "Sáng ngày 10/01, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị đã tổ chức Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020.\nDự hội nghị có lãnh đạo các sở, ngành.\n"
    for stamp in ["Cập nhật: Thứ Ba, ngày 14 tháng 01 năm 2020",
                  "Posted at: TUEsday - 14 tháng 01 năm 2020 16:56 - post name: Cộng tác viên"] {
      let page = "Liên hiệp hội tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2019\n\(stamp)\n" + body
      let doc = Extractor().extract(Article(id: "q", path: "q.txt", text: page, sha256: "h"))
      XCTAssertEqual(doc.published, FactDate(year: 2020, month: 1, day: 14), stamp)
      XCTAssertEqual(doc.title, "Liên hiệp hội tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2019", stamp)
    }
  }

  func testTheFirstSuchLineOfADocument() {
    let lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đà Nẵng, ngày 2 tháng 9 năm 2022", "Bình Định, ngày 1 tháng 1 năm 2020"]
    XCTAssertEqual(PlaceDateLine.date(inLines: lines), FactDate(year: 2022, month: 9, day: 2))
    XCTAssertNil(PlaceDateLine.date(inLines: Array(repeating: "x", count: 40) + ["Huế, ngày 2 tháng 9 năm 2022"]))
  }
}
