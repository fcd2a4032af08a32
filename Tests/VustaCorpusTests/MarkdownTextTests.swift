@testable import VustaCorpus
import VustaModel
import XCTest

/// A Markdown file (an article clipped into a notes app) read as the text of its article.
final class MarkdownTextTests: XCTestCase {
  func testFrontMatterAndMarkupAreTakenAway() {
    let md = MarkdownText(markdown: """
      ---
      title: "Tây Ninh: Liên hiệp Hội tổng kết 20 năm"
      source: https://baotayninh.vn/lien-hiep-hoi-tong-ket-20-nam.html
      clipped: 2026-11-28
      tags: [lhh, tin-tuc]
      ---

      # Tây Ninh: Liên hiệp Hội tổng kết 20 năm

      **Liên hiệp Hội tỉnh Tây Ninh tổng kết 20 năm hoạt động.**

      ![ảnh](https://baotayninh.vn/upload/2023/tayninh.jpg)
      *Quang cảnh hội nghị. (Ảnh: Thanh Tân)*

      Hôm 6-10, [Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tây Ninh](https://lhh.tayninh.gov.vn/) tổ chức hội nghị.

      > Liên hiệp hội có 25 hội thành viên.

      * mục một
      ## Tin liên quan ##
      - [Hội thảo ở Long An](https://example.vn/a)
      """)
    XCTAssertEqual(md.source.title, "Tây Ninh: Liên hiệp Hội tổng kết 20 năm")
    XCTAssertEqual(md.source.url, "https://baotayninh.vn/lien-hiep-hoi-tong-ket-20-nam.html")
    XCTAssertNil(md.source.published, "a clipping day is no posting day")
    XCTAssertEqual(md.text, """

      Tây Ninh: Liên hiệp Hội tổng kết 20 năm

      Liên hiệp Hội tỉnh Tây Ninh tổng kết 20 năm hoạt động.


      Quang cảnh hội nghị. (Ảnh: Thanh Tân)

      Hôm 6-10, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tây Ninh tổ chức hội nghị.

      Liên hiệp hội có 25 hội thành viên.

      - mục một
      Tin liên quan
      - Hội thảo ở Long An
      """)
  }

  /// A posting day the front matter names as such is the page's; escapes and underscores inside
  /// words stay.
  func testAPublishedFieldAndWordsWithUnderscores() {
    let md = MarkdownText(markdown: "---\npublished: 2023-03-21\n---\nTệp bao_cao_2023.pdf \\*không\\* in đậm")
    XCTAssertEqual(md.source.published, FactDate(year: 2023, month: 3, day: 21))
    XCTAssertEqual(md.text, "Tệp bao_cao_2023.pdf *không* in đậm")
  }

  /// Broken input: a front matter never closed, or a first "---" over prose, is text (nothing is
  /// lost); an unclosed link stays as written.
  func testBrokenMarkdownLosesNothing() {
    let unclosed = MarkdownText(markdown: "---\ntitle: Hội nghị\nNgày 12/3/2023, Liên hiệp hội tổ chức hội nghị.")
    XCTAssertTrue(unclosed.text.contains("Ngày 12/3/2023, Liên hiệp hội tổ chức hội nghị."))
    XCTAssertNil(unclosed.source.title)
    XCTAssertEqual(MarkdownText(markdown: "Xem [tại đây (hết").text, "Xem [tại đây (hết")
  }

  /// Through the corpus reader: a .md file's article, title and address.
  func testACorpusReadsMarkdownFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("md-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.md").path
    try "---\ntitle: Hội nghị tổng kết\nclipped: 2026-11-28\n---\n# Hội nghị tổng kết\n\nNgày 12/3/2023, **Liên hiệp hội** tổ chức hội nghị.\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let a = try XCTUnwrap(Corpus().read(path: path, sources: nil, warn: { _ in }))
    XCTAssertEqual(a.source.title, "Hội nghị tổng kết")
    XCTAssertFalse(a.text.contains("2026"))
    XCTAssertTrue(a.text.contains("Ngày 12/3/2023, Liên hiệp hội tổ chức hội nghị."))
  }
}
