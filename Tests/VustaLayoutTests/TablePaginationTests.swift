import VustaFrame
import XCTest
@testable import VustaLayout

final class TablePaginationTests: XCTestCase {
  func table63() -> Table {
    let rows = (1...63).map { ["\($0)", "Tỉnh số \($0)", "\($0 * 3)"] }
    return Table(columns: [TableColumn("TT", alignment: .right), TableColumn("Tỉnh, thành phố"),
                           TableColumn("Số hội nghị", alignment: .right)], rows: rows)
  }

  func testSixtyThreeRowTableSpansPagesWithItsHeaderOnEach() throws {
    let doc = try LayoutFixtures.paginate([Paragraph(LayoutFixtures.paragraph(120)), table63()])
    XCTAssertGreaterThan(doc.pages.count, 1, "63 rows at 12 pt do not fit one A4 page")
    var seen: [Int] = []
    for content in doc.contents {
      let texts = LayoutFixtures.texts(content).map(\.text)
      guard texts.contains(where: { $0.hasPrefix("Tỉnh số") }) else { continue }
      XCTAssertTrue(texts.contains("Tỉnh, thành phố"), "header repeated on every page the table spans")
      let headerY = LayoutFixtures.texts(content).first { $0.text == "Tỉnh, thành phố" }!.box.minY
      let firstRowY = LayoutFixtures.texts(content).first { $0.text.hasPrefix("Tỉnh số") }!.box.minY
      XCTAssertLessThan(headerY, firstRowY, "header above the rows")
      seen += texts.filter { $0.hasPrefix("Tỉnh số") }.map { Int($0.dropFirst(8))! }
    }
    XCTAssertEqual(seen, Array(1...63), "every row exactly once, in order, none split")
  }

  func testNumbersAreRightAligned() throws {
    let l = try table63().layout(in: Region(width: 400, height: 800, isFresh: true), LayoutFixtures.context)
    let texts = LayoutFixtures.texts(l.frame)
    let n3 = texts.first { $0.text == "3" && $0.box.minX > 300 }!, n30 = texts.first { $0.text == "30" }!
    XCTAssertEqual(n3.box.maxX, n30.box.maxX, accuracy: 0.01)
  }

  func testRowsStayInsideTheContentArea() throws {
    let doc = try LayoutFixtures.paginate([table63()])
    for (i, content) in doc.contents.enumerated() {
      for t in content.placedTexts() {
        XCTAssertLessThanOrEqual(t.box.maxY, content.size.height + 0.5, "page \(i + 1): \(t.text) overflows")
        XCTAssertLessThanOrEqual(t.box.maxX, content.size.width + 0.5, "page \(i + 1): \(t.text) overflows")
      }
    }
  }

  func testATableThatCannotFitAnEmptyPageThrows() {
    let t = Table(columns: [TableColumn("A")], rows: [["x"]])
    XCTAssertThrowsError(try t.layout(in: Region(width: 200, height: 5, isFresh: true), LayoutFixtures.context))
    XCTAssertTrue(try t.layout(in: Region(width: 200, height: 5, isFresh: false), LayoutFixtures.context).placedNothing)
  }
}
