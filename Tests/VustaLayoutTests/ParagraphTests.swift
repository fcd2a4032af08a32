import VustaFrame
import XCTest
@testable import VustaLayout

final class ParagraphTests: XCTestCase {
  func testMarkupMakesBoldItalicAndLinks() {
    let spans = Markup.parse("Có **15.500** hội viên, *tăng* so với [bài gốc](https://vusta.vn/a) \\*")
    XCTAssertEqual(spans.map(\.text), ["Có ", "15.500", " hội viên, ", "tăng", " so với ", "bài gốc", " *"])
    XCTAssertTrue(spans[1].bold)
    XCTAssertTrue(spans[3].italic)
    XCTAssertEqual(spans[5].link, .uri("https://vusta.vn/a"))
  }

  func testJustifiedLinesFillTheWidthExceptTheLast() throws {
    let p = Paragraph(LayoutFixtures.paragraph(80), indent: 0)
    let l = try p.layout(in: Region(width: 300, height: 800, isFresh: true), LayoutFixtures.context)
    let lines = Dictionary(grouping: l.frame.placedTexts(), by: { ($0.box.minY * 10).rounded() })
    let ends = lines.keys.sorted().map { y in lines[y]!.map(\.box.maxX).max()! }
    XCTAssertGreaterThan(ends.count, 3)
    for e in ends.dropLast() { XCTAssertEqual(e, 300, accuracy: 0.01) }
    XCTAssertLessThan(ends.last!, 300)
  }

  func testLinesBreakOnlyAtSpaces() throws {
    let text = LayoutFixtures.paragraph(60)
    let l = try Paragraph(text, indent: 0).layout(in: Region(width: 250, height: 800, isFresh: true), LayoutFixtures.context)
    let words = l.frame.placedTexts().flatMap { $0.text.split(separator: " ").map(String.init) }
    XCTAssertEqual(words, text.split(separator: " ").map(String.init), "no word cut, none lost")
  }

  func testALongAddressBreaksAfterItsSlashesAndNothingIsLost() throws {
    let url = "https://lienhiephoibariavungtau.org.vn/tin-tuc/hoat-dong/000010_83b5d74ef7e09621"
    let l = try Paragraph(url, indent: 0).layout(in: Region(width: 250, height: 800, isFresh: true), LayoutFixtures.context)
    let lines = l.frame.placedTexts().map(\.text)
    XCTAssertGreaterThan(lines.count, 2)
    XCTAssertEqual(lines.joined(), url, "every character kept, in order")
    for line in lines.dropLast() {
      XCTAssertTrue(LineSetter.breaksAfter.contains(line.last!), "\(lines): \(line) ends at a break character")
    }
    for t in l.frame.placedTexts() { XCTAssertLessThanOrEqual(t.box.width, 250.01, t.text) }
    // a piece with no break character is still cut between characters to fit
    let hash = String(repeating: "83b5d74ef7e0", count: 6)
    let h = try Paragraph(hash, indent: 0).layout(in: Region(width: 100, height: 800, isFresh: true), LayoutFixtures.context)
    XCTAssertEqual(h.frame.placedTexts().map(\.text).joined(), hash)
    for t in h.frame.placedTexts() { XCTAssertLessThanOrEqual(t.box.width, 100.01, t.text) }
  }

  func testSplitParagraphContinuesWithTheSameWords() throws {
    let text = LayoutFixtures.paragraph(200)
    let ctx = LayoutFixtures.context
    let first = try Paragraph(text).layout(in: Region(width: 300, height: 100, isFresh: false), ctx)
    let rest = try XCTUnwrap(first.rest)
    let second = try rest.layout(in: Region(width: 300, height: 2000, isFresh: true), ctx)
    XCTAssertNil(second.rest)
    let words = (first.frame.placedTexts() + second.frame.placedTexts()).flatMap { $0.text.split(separator: " ") }
    XCTAssertEqual(words.map(String.init), text.split(separator: " ").map(String.init))
  }

  func testEmptyRegionThrows() {
    XCTAssertThrowsError(try Paragraph("Chữ").layout(in: Region(width: 300, height: 3, isFresh: true), LayoutFixtures.context))
  }
}
