import VustaCorpus
import XCTest

/// Lines of a PDF page made into paragraphs, on characters laid out by hand: 13 pt text, 4 pt a
/// character, lines 15 pt apart, paragraphs indented 28 pt, a column 85–300 pt.
final class PDFLayoutTests: XCTestCase {
  /// One of the library's lines: `text` from x, on the line whose top is y, each character 4 pt wide
  /// (a justified line is stretched to end at `right`), "\n" at its end.
  func line(_ text: String, x: Double = 85, y: Double, right: Double? = nil, height: Double = 17, width: Double = 4) -> [PDFGlyph] {
    let scalars = Array(text.unicodeScalars)
    let natural = Double(scalars.count) * width
    let extra = right.map { max(0, $0 - x - natural) } ?? 0
    let spaces = max(1, scalars.filter { $0 == " " }.count)
    var out: [PDFGlyph] = []
    var cx = x
    for s in scalars {
      let w = width + (s == " " ? extra / Double(spaces) : 0)
      out.append(PDFGlyph(s, PDFBox(x1: cx, y1: y, x2: cx + w, y2: y + height)))
      cx += w
    }
    out.append(PDFGlyph("\n", PDFBox(x1: cx, y1: y, x2: cx, y2: y + height)))
    return out
  }

  func testLinesOfAParagraphAreJoinedAndShortOrIndentedLinesEndIt() {
    let page = line("Ngày 8/12/2023, Liên hiệp các Hội Khoa học", x: 113, y: 100, right: 300)
      + line("và Kỹ thuật tỉnh Nghệ An tổ chức hội nghị", y: 115, right: 300)
      + line("tổng kết.", y: 130)
      + line("Đến nay có 42 hội thành viên với hơn", x: 113, y: 145, right: 300)
      + line("12.000 hội viên.", y: 160)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [page]), [
      "Ngày 8/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức hội nghị tổng kết.",
      "Đến nay có 42 hội thành viên với hơn 12.000 hội viên.",
    ])
  }

  /// A headline set in 26 pt over two centred lines 36 pt apart is one paragraph (the text's
  /// pitch of 15 pt would cut it); the text under it is read as before.
  func testAHeadlineInLargeTypeOverTwoLinesIsOneParagraph() {
    let page = line("Đại hội đại biểu Đảng bộ Liên hiệp", x: 90, y: 60, height: 30, width: 6)
      + line("các Hội Khoa học và Kỹ thuật", x: 108, y: 96, height: 30, width: 6)
      + line("Ngày 16/7, tại Hà Nội, Đảng bộ Liên hiệp các", x: 113, y: 150, right: 300)
      + line("Hội đã tiến hành Đại hội đại biểu lần thứ IX.", y: 165)
      + line("Đại hội bầu Ban Chấp hành gồm 15 đồng chí, đủ", x: 113, y: 180, right: 300)
      + line("số lượng theo quy định.", y: 195)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [page]), [
      "Đại hội đại biểu Đảng bộ Liên hiệp các Hội Khoa học và Kỹ thuật",
      "Ngày 16/7, tại Hà Nội, Đảng bộ Liên hiệp các Hội đã tiến hành Đại hội đại biểu lần thứ IX.",
      "Đại hội bầu Ban Chấp hành gồm 15 đồng chí, đủ số lượng theo quy định.",
    ])
  }

  func testHyphensAtLineEnds() {
    let page = line("góp phần phát triển kinh tế-", y: 100, right: 300) + line("xã hội của tỉnh và ứng dụng block\u{AD}", y: 115, right: 300)
      + line("chain trong sản xuất, Tổng kết -", y: 130, right: 300) + line("năm 2023.", y: 145)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [page]), ["góp phần phát triển kinh tế-xã hội của tỉnh và ứng dụng blockchain trong sản xuất, Tổng kết - năm 2023."])
  }

  func testAWiderGapBetweenParagraphsEndsOne() {
    let page = line("Dòng một của đoạn một kéo dài hết cột", y: 100, right: 300) + line("đoạn một kết thúc ở đây mà vẫn dài hết", y: 115, right: 300)
      + line("Đoạn hai bắt đầu không thụt đầu dòng", y: 136, right: 300) + line("và kết thúc.", y: 151)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [page]).count, 2)
  }

  /// Single words spread evenly over a justified line are words; fragments with uneven gaps or
  /// several words are a table's cells.
  func testJustifiedWordsAreWordsAndTableCellsAreCells() {
    let justified = line("Thực hiện tốt công tác thi đua khen thưởng", y: 100, right: 300)
      + line("phát", y: 115) + line("triển", x: 152.67, y: 115) + line("kinh", x: 224.33, y: 115) + line("tế", x: 292, y: 115)
      + line("xã hội của tỉnh trong giai đoạn mới nhất", y: 130, right: 300)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [justified]),
                   ["Thực hiện tốt công tác thi đua khen thưởng phát triển kinh tế xã hội của tỉnh trong giai đoạn mới nhất"])
    let table = line("II. Số hội viên", y: 80) + line("STT", x: 100, y: 100) + line("Hội thành viên", x: 180, y: 100) + line("Số hội viên", x: 400, y: 100)
      + line("1", x: 88, y: 125) + line("Hội Y học", x: 120, y: 125) + line("2.350", x: 500, y: 125)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [table]), ["II. Số hội viên", "STT | Hội thành viên | Số hội viên", "1 | Hội Y học | 2.350"])
    // cells the library gives as one line with no space between them
    var glued = line("1Hội Y học2.350", x: 88, y: 125)
    for i in glued.indices where i >= 1 { glued[i].box.x1 += 30; glued[i].box.x2 += 30 }
    for i in glued.indices where i >= 10 { glued[i].box.x1 += 200; glued[i].box.x2 += 200 }
    XCTAssertEqual(PDFLayout.paragraphs(pages: [glued]), ["1 | Hội Y học | 2.350"])
    // two blocks on one line with a word-sized gap and no space: two words
    var blocks = line("VIỆT NAMCỘNG HÒA", y: 60)
    for i in blocks.indices where i >= 8 { blocks[i].box.x1 += 6; blocks[i].box.x2 += 6 }
    XCTAssertEqual(PDFLayout.paragraphs(pages: [blocks]), ["VIỆT NAM CỘNG HÒA"])
  }

  func testPageNumbersGoAndAParagraphGoesOnOntoTheNextPage() {
    let one = line("1", x: 190, y: 40) + line("Thực hiện tốt công tác thi đua, khen thưởng", y: 100, right: 300)
      + line("kịp thời biểu dương, tôn vinh các trí", y: 115, right: 300)
    let two = line("- 2 -", x: 185, y: 40) + line("thức của tỉnh.", y: 100) + line("Trang 2", x: 180, y: 800)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [one, two]),
                   ["Thực hiện tốt công tác thi đua, khen thưởng kịp thời biểu dương, tôn vinh các trí thức của tỉnh."])
    let closed = line("Hết đoạn ở cuối trang một mà vẫn dài.", y: 115, right: 300)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [closed, line("thức của tỉnh.", y: 100)]).count, 2)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [[], line("   ", y: 100)]), [])
  }

  func testTheNextColumnContinuesAParagraphOnlyInLowerCase() {
    let page = line("Các đại biểu thống nhất tiếp tục", y: 700, right: 300)
      + line("đẩy mạnh hoạt động tư vấn, phản biện và", x: 323, y: 100, right: 538)
      + line("giám định.", x: 323, y: 115)
      + line("Tập huấn kỹ năng", x: 323, y: 140)
      + line("Trong hai ngày 20 và 21/10/2022, Liên hiệp", x: 351, y: 158, right: 538)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [page]), [
      "Các đại biểu thống nhất tiếp tục đẩy mạnh hoạt động tư vấn, phản biện và giám định.", "Tập huấn kỹ năng",
      "Trong hai ngày 20 và 21/10/2022, Liên hiệp",
    ])
    let upper = line("Các đại biểu thống nhất tiếp tục", y: 700, right: 300) + line("Đẩy mạnh hoạt động tư vấn.", x: 323, y: 100)
    XCTAssertEqual(PDFLayout.paragraphs(pages: [upper]).count, 2)
  }

  /// A bulletin's issue — a masthead, then three articles each under a headline in large type with
  /// 60 words or more under it — is a compilation: each headline starts an article. One article
  /// with sections in large type, or only two headlines, is none. A running footer that ends with
  /// its page ("Bản tin … – Trang 2") goes as a page number does.
  func testTheArticlesOfABulletinStartAtTheirHeadlines() {
    let body = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã tổ chức hội nghị tổng kết công tác năm với sự tham gia của các hội thành viên"
    func article(_ title: String, y: Double) -> [PDFGlyph] {
      var g = line(title, x: 85, y: y, height: 26, width: 6)
      for k in 0..<3 { g += line(body + ".", x: 113, y: y + 40 + Double(k) * 30) }
      return g
    }
    let masthead = line("BẢN TIN LIÊN HIỆP HỘI", x: 120, y: 20, height: 30, width: 7)
    let page = masthead + article("Hội nghị tổng kết năm 2023 của Liên hiệp hội", y: 70)
      + article("Liên hiệp hội tỉnh tập huấn cho cán bộ hội", y: 250) + article("Tọa đàm về chuyển đổi số trong hoạt động hội", y: 430)
    var builder = PDFLayout.Builder()
    builder.add(page: page)
    XCTAssertEqual(builder.articleStarts.map { builder.paragraphs[$0] },
                   ["Hội nghị tổng kết năm 2023 của Liên hiệp hội", "Liên hiệp hội tỉnh tập huấn cho cán bộ hội",
                    "Tọa đàm về chuyển đổi số trong hoạt động hội"])
    // two headlines only, or sections numbered "1.", "2.", "3."
    var two = PDFLayout.Builder()
    two.add(page: masthead + article("Hội nghị tổng kết năm 2023 của Liên hiệp hội", y: 70) + article("Liên hiệp hội tỉnh tập huấn cho cán bộ hội", y: 250))
    XCTAssertEqual(two.articleStarts, [])
    var sections = PDFLayout.Builder()
    sections.add(page: article("1. Kết quả hoạt động năm 2023", y: 70) + article("2. Tồn tại và hạn chế của năm", y: 250)
      + article("3. Nhiệm vụ trọng tâm năm 2024 của hội", y: 430))
    XCTAssertEqual(sections.articleStarts, [])
    // a running footer with its page number
    XCTAssertEqual(PDFLayout.paragraphs(pages: [line("Ngày 8/12/2023, hội nghị tổng kết đã diễn ra.", y: 100)
      + line("Bản tin Liên hiệp hội – Số 3, Quý III/2024 – Trang 2", y: 800)]), ["Ngày 8/12/2023, hội nghị tổng kết đã diễn ra."])
  }
}
