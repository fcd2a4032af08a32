@testable import VustaExtract
import XCTest

/// The byte-level shortcuts of the listing check stay exact: the word count told from bytes never
/// exceeds the folded text's, and an article inside an `<article>` mark is still read as one
/// article (and a list of news items after a "Tin liên quan" item is still read as it was).
final class ListingShortcutTests: XCTestCase {
  func testLeastWordCountNeverExceedsTheFoldedWords() {
    let samples = [
      "", "ở ý ủy", "Hội nghị giao ban Liên hiệp hội tỉnh Thái Bình năm 2023",
      "“Trí thức”–khoa học", "tạiTP. Hải Phòng", "có156 hội thành viên", "A-B_C.D,E", "2023Hội",
      "Đ Ư Ơ", "x\u{00A0}y", "ngày 12/5/2019 (10:30)", "a'b\"c", "e\u{0301}e", "---", "1.500 hội viên", "Ban\u{0}Chap\u{0}hanh",
    ]
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢẠẤầẩẫậếỀịỗờợụừửữựỳỵỷỹ0123456789 ,.;:-/()“”–…'\"_\t\u{00A0}\u{200B}\u{0}")
    var random: [String] = []
    for _ in 0..<3000 {
      let n = Int.random(in: 0..<60, using: &generator)
      random.append(String((0..<n).map { _ in alphabet.randomElement(using: &generator)! }))
    }
    for line in samples + random {
      XCTAssertLessThanOrEqual(ListingPage.leastWordCount(line), FoldedText(line).tokens.count, line.debugDescription)
    }
    XCTAssertEqual(ListingPage.leastWordCount("Hội nghị giao ban Liên hiệp hội tỉnh Thái Bình năm 2023"), 12)
  }

  func testNoEnderIsLongerThanTheLimit() {
    XCTAssertTrue(Boilerplate.enders.allSatisfy { $0.count <= Boilerplate.maxEnderWords })
    XCTAssertLessThan(Boilerplate.maxEnderWords, 15)
    XCTAssertTrue(Boilerplate.isEnder(FoldedText("Tin liên quan")))
    XCTAssertTrue(Boilerplate.isEnder(FoldedText("Tin cùng chuyên mục (5)")))
    XCTAssertFalse(Boilerplate.isEnder(FoldedText("Tin liên quan đến hội nghị giao ban của Liên hiệp hội tỉnh")))
  }

  func testAVerbalDateLineIsADateLine() {
    func check(_ s: String) -> Bool { var s = s; return s.withUTF8 { ListingPage.isDateLine($0) } }
    XCTAssertTrue(check("Ngày 3 tháng 1 năm 2024"))
    XCTAssertTrue(check("12/05/2019"))
    XCTAssertFalse(check("Tháng Ba năm 2024"))
    XCTAssertFalse(check("Kế hoạch tháng 5 năm nay"))
  }

  static let menu = ["\u{1E}", "Trang chủ", "\u{1E}", "Giới thiệu", "\u{1E}", "Tin tức - Sự kiện", "\u{1F}"]
  static let paragraph1 = "Sáng ngày 12/5/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định đã tổ chức hội nghị giao ban quý I với sự tham dự của hơn 40 đại biểu."
  static let paragraph2 = "Tại hội nghị, các đại biểu đã thảo luận về kết quả công tác tư vấn, phản biện và giám định xã hội trong những tháng đầu năm của các hội thành viên."

  func testAnArticleInsideAnItemIsNoListing() {
    let page = (Self.menu + ["\u{1E}", "Giao ban quý I", "12/05/2023", Self.paragraph1, Self.paragraph2]).joined(separator: "\n")
    XCTAssertNil(ListingPage.items(in: page))
  }

  func testItemsAfterAnEnderItemAreStillRead() {
    // the page's own two items, then "Tin liên quan" opening an item: the reading stops there,
    // so a long item after it does not make the page an article
    let item1 = ["\u{1E}", "Giao ban quý I của Liên hiệp hội", "12/05/2023", Self.paragraph1]
    let item2 = ["\u{1E}", "Hội thảo về phản biện xã hội", "20/06/2023", Self.paragraph2]
    let related = ["\u{1E}", "Tin liên quan", "Một bài khác", Self.paragraph1, Self.paragraph2]
    let page = (item1 + item2 + related).joined(separator: "\n")
    let items = ListingPage.items(in: page)
    XCTAssertEqual(items?.count, 2)
    XCTAssertEqual(items?.first?.title, "Giao ban quý I của Liên hiệp hội")
  }
}
