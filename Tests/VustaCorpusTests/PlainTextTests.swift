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
    let page = """
      <html><head><title>Hội nghị Ban Chấp hành lần thứ VI - Liên hiệp các Hội KH&KT tỉnh Yên Bái</title></head>
      <body><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul>
      <div class="date">20/02/2023</div>
      <h1>Hội nghị Ban Chấp hành lần thứ VI, nhiệm kỳ 2020 - 2025</h1>
      <p>Ngày 5/1/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái đã tiến hành Hội nghị Ban Chấp hành lần thứ VI
      để tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.</p>
      <p>Hội nghị do đồng chí Chủ tịch Liên hiệp hội chủ trì, với sự tham dự của các ủy viên Ban Chấp hành.</p>
      </body></html>
      """
    func facts(_ text: String) throws -> [String] {
      let a = try XCTUnwrap(Corpus().article(path: "p.html", data: Data(text.utf8), sources: nil, warn: { _ in }))
      let docs = Extractor().extractAll(a)
      return docs.flatMap { d in d.meetings.map { "\(d.id) \($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind.rawValue)" } }
    }
    let unix = try facts(page)
    XCTAssertEqual(unix, ["p 2023-01-05 Yên Bái ban_chap_hanh"])
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
