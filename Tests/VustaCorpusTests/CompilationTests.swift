@testable import VustaCorpus
import XCTest

/// Several whole articles in one document — a bulletin's issue, an office's weekly digest in
/// Word — told by their headlines (`Compilation`), and the run properties the Word reader keeps
/// for that (size, bold).
final class CompilationTests: XCTestCase {
  let body = String(repeating: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã tổ chức hội nghị tổng kết công tác năm. ", count: 5)

  /// Three headlines with 60 words or more under each start articles; a masthead, a Title, two
  /// articles only, short or numbered section titles start none.
  func testArticlesStartAtTheirHeadlines() {
    let heads = ["Hội nghị tổng kết năm 2023 của Liên hiệp hội tỉnh", "Liên hiệp hội tỉnh tập huấn cho cán bộ hội",
                 "Tọa đàm về chuyển đổi số trong hoạt động của hội"]
    let paragraphs = ["BẢN TIN LIÊN HIỆP HỘI"] + heads.flatMap { [$0, body] }
    let flags = paragraphs.map { $0 == "BẢN TIN LIÊN HIỆP HỘI" || heads.contains($0) }
    XCTAssertEqual(Compilation.articleStarts(paragraphs, headline: flags), [1, 3, 5])
    XCTAssertEqual(Compilation.articleStarts(Array(paragraphs.prefix(5)), headline: Array(flags.prefix(5))), [])
    let sections = ["Kết quả đạt được", body, "Tồn tại, hạn chế", body, "Phương hướng nhiệm vụ", body]
    XCTAssertEqual(Compilation.articleStarts(sections, headline: sections.map { $0 != body }), [])
    let numbered = ["1. Kết quả hoạt động của Liên hiệp hội năm 2023", body, "2. Tồn tại và hạn chế của Liên hiệp hội năm 2023", body,
                    "3. Nhiệm vụ trọng tâm của Liên hiệp hội năm 2024", body]
    XCTAssertEqual(Compilation.articleStarts(numbered, headline: numbered.map { $0 != body }), [])
    // broken: flags shorter than the paragraphs
    XCTAssertEqual(Compilation.articleStarts(paragraphs, headline: [true]), [])
  }

  /// A Word digest's headlines: a heading style, or bold 2 pt above the body (12 pt when the body
  /// sets no size; a long bold headline is no body size); the Title is the digest's own.
  func testWordHeadlinesByStyleOrByBoldLargeType() {
    func run(_ text: String, size: Int? = nil, bold: Bool = false) -> String {
      let props = (bold ? "<w:b/>" : "") + (size.map { "<w:sz w:val=\"\($0)\"/>" } ?? "")
      return "<w:p><w:r><w:rPr>\(props)</w:rPr><w:t>\(text)</w:t></w:r></w:p>"
    }
    let xml = "<w:document xmlns:w=\"x\"><w:body>"
      + "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>TỔNG HỢP TIN HOẠT ĐỘNG</w:t></w:r></w:p>"
      + run("Sơn La: Liên hiệp các Hội khoa học và kỹ thuật tỉnh tổ chức Đại hội khóa III, nhiệm kỳ 2020 - 2025 tại thành phố", size: 28, bold: true)
      + run(body) + run("Một dòng đậm cỡ thường", bold: true) + run("Chú thích <w:b w:val=\"0\"/> cỡ lớn", size: 28)
      + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Hội nghị giao ban</w:t></w:r></w:p>"
      + "</w:body></w:document>"
    let ps = WordXML.paragraphs(Array(xml.utf8))
    XCTAssertEqual(ps.map(\.size), [nil, 28, nil, nil, 28, nil])
    XCTAssertEqual(ps.map(\.bold), [false, true, false, true, false, false])
    XCTAssertEqual(Compilation.wordHeadlines(ps), [false, true, false, false, false, true])
  }
}
