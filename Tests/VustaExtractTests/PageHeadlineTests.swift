import VustaModel
import XCTest
@testable import VustaExtract

/// A saved portal page: a welcome banner with the visitor's clock, a counter box, then the
/// headline (which the page's <title> repeats) with its posting date, then the article.
final class PageHeadlineTests: XCTestCase {
  static let page = """
    Thứ Sáu,19/04/2024 09:10 Chào mừng quý vị ghé thăm trang thông tin điện tử của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An !
    Số lượt truy cập
    Thành Viên Online Thành Viên Online:
    Khách: 3
    Liên hiệp các Hội KH&KT Long An tổ chức Hội nghị Ban Chấp hành; Tổng kết hoạt động năm 2023 26/12/2023
    Sáng ngày 22/12, tại Hội trường Tỉnh ủy, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An đã tổ chức hội nghị tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024.
    """

  func extract(title: String?) -> ExtractedDocument {
    let a = Article(id: "t", path: "t.html", text: VietnameseText.normalize(Self.page), sha256: "",
                    source: SourceInfo(title: title))
    return Extractor().extract(a)
  }

  func testTheLineThePageTitleRepeatsIsTheHeadlineAndItsDateThePostingDate() {
    let doc = extract(title: "Liên hiệp các Hội KH&KT Long An tổ chức Hội nghị Ban Chấp hành; Tổng kết hoạt động năm 2023")
    XCTAssertEqual(doc.published, FactDate(year: 2023, month: 12, day: 26), "the date after the headline is the posting date")
    XCTAssertEqual(doc.meetings.count, 1)
    XCTAssertEqual(doc.meetings.first?.date, FactDate(year: 2023, month: 12, day: 22))
    XCTAssertEqual(doc.meetings.first?.kind, .tong_ket)
    XCTAssertEqual(doc.meetings.first?.province, "Long An")
  }

  func testAWelcomeBannersClockIsNotThePublicationDate() {
    let doc = extract(title: nil)
    XCTAssertNotEqual(doc.published, FactDate(year: 2024, month: 4, day: 19))
    XCTAssertNotEqual(doc.meetings.first?.date?.year, 2024)
  }

  func testAPageTitleThatOnlyBeginsLikeABannerDoesNotPickTheBanner() {
    let lines = ["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LÂM ĐỒNG",
                 "Liên hiệp các Hội Khoa học và kỹ thuật Lâm Đồng tổ chức đại hội đại biểu lần thứ V",
                 "Trong 2 ngày 27 - 28/11/2017, đại hội đã diễn ra tại thành phố Đà Lạt với 120 đại biểu tham dự."]
    let main = MainText(lines.joined(separator: "\n"),
                        headline: "Liên hiệp các Hội Khoa học và kỹ thuật Lâm Đồng tổ chức đại hội đại biểu lần thứ V - Trang tin")
    XCTAssertEqual(main.title?.string, lines[1])
  }

  /// A site's <title> worded a little apart from its headline ("họp đánh giá quý III" over "họp
  /// đánh giá hoạt động quý III"): the line closest to it is still the headline, not a longer
  /// line of a box above it.
  func testATitleWordedALittleApartStillFindsItsHeadline() {
    let page = """
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Hội nghị Ban Chấp hành lần thứ 5 năm 2023 tại hội trường lớn
      Ban Thường vụ Liên hiệp Hội Hải Phòng họp đánh giá hoạt động quý III năm 2020
      Chiều 6/10/2020, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng đã họp đánh giá kết quả hoạt động quý III năm 2020.
      """
    let a = Article(id: "t", path: "t.html", text: VietnameseText.normalize(page), sha256: "",
                    source: SourceInfo(title: "Ban Thường vụ Liên hiệp Hội Hải Phòng họp đánh giá quý III năm 2020 – Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng"))
    let doc = Extractor().extract(a)
    XCTAssertEqual(doc.meetings.map { "\($0.date?.iso ?? "-") \($0.province ?? "-")" }, ["2020-10-06 Hải Phòng"])
    let main = MainText(VietnameseText.normalize(page), headline: a.source.title)
    XCTAssertEqual(main.title.map { String(String.UnicodeScalarView($0.scalars)) }, "Ban Thường vụ Liên hiệp Hội Hải Phòng họp đánh giá hoạt động quý III năm 2020")
    // a headline sharing only the union's name with a line is not that line
    XCTAssertNil(MainText.headlineLine(FoldedText("Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng tổng kết năm 2020"),
                                       in: [(FoldedText("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Hội nghị Ban Chấp hành lần thứ 5"), .title)]))
  }

  /// A notice above a newspaper's masthead (the paper stopped updating after a merger), then the
  /// site's name, its menu, the headline and the article: the notice is no article, the
  /// meeting below it is read.
  func testANoticeAboveTheMastheadIsNotTheArticle() {
    let page = """
      Từ ngày 1-7, trang tin này tạm ngừng cập nhật để chờ hướng dẫn; tin tức về địa bàn Bình Dương (cũ) được đăng trên báo Sài Gòn Giải Phóng. Trân trọng!

      BÁO BÌNH DƯƠNG ONLINE
      Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao

      Liên hiệp Hội tỉnh sơ kết hoạt động năm 2021

      Sáng 24/2/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Dương tổ chức Hội nghị Ban Chấp hành tổng kết hoạt động năm 2021, triển khai nhiệm vụ năm 2022.
      Hội nghị đã thông qua phương hướng, nhiệm vụ năm 2022.
      """
    let doc = Extractor().extract(Article(id: "t", path: "t.txt", text: VietnameseText.normalize(page), sha256: ""))
    XCTAssertEqual(doc.meetings.map { "\($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind)" }, ["2022-02-24 Bình Dương tong_ket"])
  }

  /// A one-paragraph article closed by its source line, with only short lines after it (no
  /// headline over a paragraph): the paragraph stays the article.
  func testAShortArticleClosedByItsSourceStaysTheArticle() {
    let page = """
      Sáng 24/2/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Dương tổ chức Hội nghị Ban Chấp hành tổng kết hoạt động năm 2021, triển khai nhiệm vụ năm 2022.
      Nguồn: Báo Bình Dương
      Tin liên quan
      Liên hiệp Hội tỉnh trao giải hội thi sáng tạo kỹ thuật
      """
    let doc = Extractor().extract(Article(id: "t", path: "t.txt", text: VietnameseText.normalize(page), sha256: ""))
    XCTAssertEqual(doc.meetings.map { "\($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind)" }, ["2022-02-24 Bình Dương tong_ket"])
  }
}
