@testable import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// A newspaper's article page with what newspapers put inside and after their articles: a box of
/// related headlines between two paragraphs, a "Xem thêm" link, a ">>" link, a footer with a licence.
final class ArticleMarkupTests: XCTestCase {
  static let lead = "(YBĐT) - Ngày 20/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái tổ chức hội nghị tổng kết hoạt động năm 2022."
  static let second = "Báo cáo tại hội nghị cho biết, năm 2022 Liên hiệp hội đã tổ chức 5 hội thảo khoa học và tư vấn, phản biện 12 đề án của tỉnh."
  static let third = "Hiện nay, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái có 25 hội thành viên với hơn 12.000 hội viên."
  static let related = "<div class=\"related\"><b>Tin liên quan</b><ul><li><a href=\"/x\">Liên hiệp hội Nam Định tổ chức Đại hội lần thứ V (12/05/2021)</a></li><li><a href=\"/y\">Hội thảo khoa học tại Lâm Đồng (03/03/2020)</a></li></ul></div>"
  static let footer = "<div class=\"footer\"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Yên Bái. Giấy phép số 123/GP-BTTTT ngày 05/03/2019 của Bộ Thông tin và Truyền thông.</p><p>Địa chỉ: số 1 đường Hòa Bình, thành phố Yên Bái. Điện thoại: 0216 3852 123. Email: baoyenbai@gmail.com.</p></div>"

  func extract(_ body: String) -> ExtractedDocument {
    let html = "<html><head><title>Liên hiệp hội Yên Bái tổng kết năm 2022</title><meta property=\"article:published_time\" content=\"2022-12-21T08:00:00+07:00\"></head><body><h1>Liên hiệp hội Yên Bái tổng kết năm 2022</h1>" + body + "</body></html>"
    let h = HTMLText(html: html)
    return Extractor().extract(Article(id: "a", path: "a.html", text: VietnameseText.nfc(h.text), sha256: "", source: h.source))
  }

  func summary(_ d: ExtractedDocument) -> [String] {
    d.meetings.map { "\($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind)" }
      + d.memberFigures.map { "\($0.metric) \($0.value)" } + d.citations.map(\.id)
  }

  func testABoxOfRelatedHeadlinesInsideTheArticleIsSkipped() {
    let want = ["2022-12-20 Yên Bái tong_ket", "hoi_thanh_vien 25", "hoi_vien 12000"]
    // the box between the second and the third paragraph: the article goes on after it
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p>\(Self.second)</p>" + Self.related + "<p>\(Self.third)</p><p>\(Self.second)</p>")), want)
    // links of one line inside it
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p><strong>Xem thêm: <a href=\"/z\">Liên hiệp hội Hà Giang tổng kết năm 2021</a></strong></p><p>\(Self.third)</p>")), want)
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p>&gt;&gt; Liên hiệp hội Hà Giang tổng kết năm 2021</p><p>\(Self.third)</p>")), want)
    // at the article's end, over the site's footer: the footer's licence is no citation
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p>\(Self.third)</p>" + Self.related + Self.footer)), want)
  }

  /// The review's counter-example: after the related box, a "more news" block of another
  /// article's headline over its summary, and a footer of labelled lines, are not the article.
  func testOtherNewsAfterTheBoxIsNotTheArticle() {
    let more = "<div class=\"more\"><h4>Lào Cai tổng kết năm 2022</h4><p>Ngày 15/12/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai tổ chức Hội nghị tổng kết hoạt động năm 2022 và triển khai nhiệm vụ năm 2023.</p><h4>Hội thảo về cây dược liệu</h4><p>Ngày 10/12/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai tổ chức hội thảo về phát triển cây dược liệu vùng cao.</p></div>"
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p>\(Self.third)</p>" + Self.related + more)),
                   ["2022-12-20 Yên Bái tong_ket", "hoi_thanh_vien 25", "hoi_vien 12000"])
    let labelled = "<p>Cơ quan chủ quản: Tỉnh ủy Yên Bái. Giấy phép số 123/GP-BTTTT cấp ngày 05/03/2019 của Bộ Thông tin và Truyền thông.</p><p>Tổng biên tập: Nguyễn Văn A. Ghi rõ nguồn Báo Yên Bái khi phát hành lại thông tin từ website này.</p>"
    XCTAssertEqual(summary(extract("<p>\(Self.lead)</p><p>\(Self.third)</p>" + Self.related + labelled)),
                   ["2022-12-20 Yên Bái tong_ket", "hoi_thanh_vien 25", "hoi_vien 12000"])
  }
}
