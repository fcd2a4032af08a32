@testable import VustaCorpus
import XCTest

/// An HTML table's rows as text: a row of short cells is one line with " | " between its cells,
/// a cell spanning rows stands in each of them, and a table that lays out a page keeps its blocks.
final class TableRowsTests: XCTestCase {
  func testARowOfShortCellsIsOneLine() {
    let page = HTMLText(html: """
      <p>Lead.</p><table border="1"><tr><th>Chỉ tiêu</th><th>Số lượng</th><th>Ghi chú</th></tr>
      <tr><td><p>Hội thành viên</p></td><td>31</td><td></td></tr>
      <tr><td>Cán bộ, hội viên</td><td>gần 23.900</td><td>toàn hệ thống</td></tr></table><p>Tail.</p>
      """)
    XCTAssertEqual(page.text, "Lead.\nChỉ tiêu | Số lượng | Ghi chú\nHội thành viên | 31\nCán bộ, hội viên | gần 23.900 | toàn hệ thống\nTail.")
  }

  /// "Ngày 20/10/2015" spans the two events of the day: each row carries it.
  func testACellSpanningRowsStandsInEachRow() {
    let page = HTMLText(html: """
      <table><tr><td rowspan="2">Ngày 20/10/2015</td><td>Hội nghị giao ban</td><td rowspan=2>Quảng Trị</td></tr>
      <tr><td>Hội thảo chuyên đề</td></tr><tr><td>Ngày 21/10/2015</td><td>Tham quan</td><td>Đông Hà</td></tr></table>
      """)
    XCTAssertEqual(page.text, "Ngày 20/10/2015 | Hội nghị giao ban | Quảng Trị\nNgày 20/10/2015 | Hội thảo chuyên đề | Quảng Trị\nNgày 21/10/2015 | Tham quan | Đông Hà")
  }

  /// A layout table (cells of paragraphs, a table inside a cell) keeps one line per block; a row
  /// left open ends where the next begins; a page ending inside a table loses nothing.
  func testALayoutTableKeepsItsBlocks() {
    let layout = HTMLText(html: """
      <table><tr><td><p>Menu</p><p>Tin tức</p></td><td><p>Ngày 5/3/2024, Liên hiệp hội họp.</p>\
      <table><tr><td>A</td><td>1</td></tr></table><p>Đoạn hai.</p></td></tr></table>
      """)
    XCTAssertEqual(layout.text, "Menu\nTin tức\nNgày 5/3/2024, Liên hiệp hội họp.\nA | 1\nĐoạn hai.")
    XCTAssertEqual(HTMLText(html: "<table><tr><td>a</td><td>b<tr><td>c</td><td>d").text, "a | b\nc | d")
    XCTAssertEqual(HTMLText(html: "<table><tr><td rowspan=\"x\">a</td><td>b</td></tr><tr><td>c").text, "a | b\nc")
  }
}
