import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// Line ends and invisible characters: a page saved on Windows, pasted from a word processor or
/// a social site reads as the same page without them.
final class PlainTextTests: XCTestCase {
  func testLineEndsAndSpacesAreMadePlain() {
    XCTAssertEqual(PlainText.normalized("a\r\nb\rc\n"), "a\nb\nc\n")
    XCTAssertEqual(PlainText.normalized("Đại hội\u{A0}đại biểu\u{202F}lần\u{3000}thứ"), "Đại hội đại biểu lần thứ")
    XCTAssertEqual(PlainText.normalized("Liên\u{200B} hiệp\u{FEFF} các Hội Kho\u{AD}a học\u{2060}"), "Liên hiệp các Hội Khoa học")
    // letters, typographic quotes and dashes stay (their bytes start like the odd ones')
    let kept = "“Hội nghị” – ngày 21/3 … « » ° · ạ ễ ự"
    XCTAssertEqual(PlainText.normalized(kept), kept)
    XCTAssertEqual(PlainText.normalized(""), "")
    XCTAssertEqual(PlainText.normalized("\r"), "\n")
    XCTAssertEqual(PlainText.normalized("a\u{C2}"), "a\u{C2}")  // (Â, not a cut sequence)
  }

  /// A saved HTML page with Windows line ends had its carriage returns glued to its line feeds:
  /// the article's paragraphs were read as the items of a listing page, and the facts lost.
  func testAWindowsSavedPageGivesTheSameFactsAsTheSamePage() throws {
    // (a portal's "Tin nổi bật" link made it a topic page whose items were the paragraphs: with
    // "\r" at their ends, none read as closed by a full stop)
    let page = """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <title>Hội nghị Ban Chấp hành lần thứ VI - Liên hiệp các Hội khoa học và kỹ thuật tỉnh Yên Bái</title>
      </head>
      <body>
      <div class="top">Kính chào quý độc giả của trang tin Liên hiệp hội tỉnh Yên Bái</div>
      <ul class="menu"><li><a href="/">Trang chủ</a></li></ul>
      <p class="links"><a href="/tin/">Tin tức</a> | <a href="/tin/noi-bat/">Tin nổi bật</a></p>
      <div class="bai-viet">
      <h1>Hội nghị Ban Chấp hành lần thứ VI, nhiệm kỳ 2020 - 2025</h1>
      <span class="ngay">Ngày xuất bản: 20/02/2023 1:49:10 CH</span>
      <p>Ngày 5/1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái họp Hội nghị Ban Chấp hành lần thứ VI, nhiệm kỳ 2020-2025 (mở rộng) để nhìn lại hoạt động năm 2022 và bàn nhiệm vụ năm 2023. Chủ tịch Liên hiệp hội chủ trì hội nghị.</p>
      <p class="caption"><img src="/a.jpg" alt=""><br>Chủ tịch Liên hiệp hội trao quyết định công nhận 2 hội thành viên mới.</p>
      <p>Trong năm 2022, Liên hiệp Hội tỉnh Yên Bái triển khai các văn bản chỉ đạo của Trung ương và của tỉnh, phát hành 3.000 cuốn bản tin khoa học và góp ý nhiều dự thảo luật.</p>
      </div>
      </body>
      </html>
      """
    func facts(_ text: String) throws -> [String] {
      let a = try XCTUnwrap(Corpus().article(path: "p.html", data: Data(text.utf8), sources: nil, warn: { _ in }))
      let docs = Extractor().extractAll(a)
      return docs.flatMap { d in d.meetings.map { "\(d.id) \($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind.rawValue)" } }
    }
    let unix = try facts(page)
    XCTAssertEqual(unix, ["p 2023-01-05 Yên Bái tong_ket"])
    XCTAssertEqual(try facts(page.replacingOccurrences(of: "\n", with: "\r\n")), unix)
    XCTAssertEqual(try facts(page.replacingOccurrences(of: " ", with: "\u{A0}")), unix)
    XCTAssertEqual(try facts(page.replacingOccurrences(of: "Liên hiệp", with: "Liên\u{200B} hiệp")), unix)
  }

  func testATextFileWithNoBreakSpacesReadsAsWithout() throws {
    let text = "Hội thảo phản biện\nNgày 10/10/2014, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định tổ chức hội thảo phản biện dự thảo quy hoạch."
    let a = try XCTUnwrap(Corpus().article(path: "a.txt", data: Data(text.replacingOccurrences(of: " ", with: "\u{A0}").utf8),
                                           sources: nil, warn: { _ in }))
    XCTAssertEqual(a.text, text)
  }
}
