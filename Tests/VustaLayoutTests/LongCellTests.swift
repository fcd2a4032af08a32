import VustaFrame
import XCTest
@testable import VustaLayout

/// One 3,000-character address or a page-long title in a table cell (issue 12, item 17): the
/// table is laid out (the report is written), the cell is shortened with "…", nothing overflows.
final class LongCellTests: XCTestCase {
  let url = "https://example.vn/" + String(repeating: "tin-tuc/", count: 372) + "bai.html"  // 3,000+ characters
  let title = String(repeating: "Hội nghị tổng kết công tác năm ", count: 120)

  func sourcesTable(rows: [[String]]) -> Table {
    Table(columns: [TableColumn("TT", alignment: .right), TableColumn("Bài viết"), TableColumn("Tệp hoặc địa chỉ")],
          rows: rows)
  }

  func testAHugeAddressAndTitleAreShortenedAndTheTableIsLaidOut() throws {
    XCTAssertGreaterThanOrEqual(url.count, 3_000)
    let table = sourcesTable(rows: [["1", "Bài ngắn", "a.txt"], ["2", title, url], ["3", "Bài khác", "b.txt"]])
    let doc = try LayoutFixtures.paginate([table])
    let texts = doc.contents.flatMap { LayoutFixtures.texts($0) }.map(\.text)
    XCTAssertTrue(texts.contains("Bài ngắn") && texts.contains("Bài khác"), "the other rows are kept")
    let ellipsized = texts.filter { $0.hasSuffix("…") }
    XCTAssertEqual(ellipsized.count, 2, "the title and the address each end in …: \(ellipsized)")
    for content in doc.contents {
      for t in content.placedTexts() {
        XCTAssertLessThanOrEqual(t.box.maxX, content.size.width + 0.5, "\(t.text) overflows")
        XCTAssertLessThanOrEqual(t.box.maxY, content.size.height + 0.5, "\(t.text) overflows")
      }
    }
  }

  func testACellKeepsAtMostItsLineLimit() throws {
    let l = try sourcesTable(rows: [["1", title, url]]).layout(in: Region(width: 450, height: 700, isFresh: true),
                                                                 LayoutFixtures.context)
    let lines = LayoutFixtures.texts(l.frame).filter { $0.text != "1" && $0.box.minX > 40 }
    let columns = Dictionary(grouping: lines) { Int($0.box.minX / 10) }
    for (_, cell) in columns where cell.count > 1 {
      XCTAssertLessThanOrEqual(cell.count, Table.maxCellLines)
    }
  }

  func testARowTallerThanAnEmptyPageIsShortenedToFit() throws {
    // a short page: even eight lines do not fit, the cell gives way to what does
    let l = try sourcesTable(rows: [["1", title, url]]).layout(in: Region(width: 450, height: 60, isFresh: true),
                                                                 LayoutFixtures.context)
    XCTAssertLessThanOrEqual(l.frame.size.height, 60.01)
    XCTAssertTrue(LayoutFixtures.texts(l.frame).contains { $0.text.hasSuffix("…") })
  }

  func testShortCellsAreUntouched() throws {
    let l = try sourcesTable(rows: [["1", "Hội nghị tổng kết", "a.txt"]]).layout(
      in: Region(width: 450, height: 700, isFresh: true), LayoutFixtures.context)
    XCTAssertFalse(LayoutFixtures.texts(l.frame).contains { $0.text.contains("…") })
  }
}
