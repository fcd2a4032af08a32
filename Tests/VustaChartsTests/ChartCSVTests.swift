import XCTest
import VustaCharts

final class ChartCSVTests: XCTestCase {
  func testReadsHeaderRowsBOMAndVietnameseNumbers() throws {
    let csv = "\u{FEFF}Tỉnh,Hội viên\nHà Nội,15.500\n\"Bà Rịa - Vũng Tàu\",\"2.950\"\nHuế,12,5\n"
    // "12,5" unquoted is a third column: the value is "12" and the rest is ignored.
    let t = try ChartCSV.parse(csv, title: "hv")
    XCTAssertEqual(t.labelHeader, "Tỉnh")
    XCTAssertEqual(t.series[0].name, "Hội viên")
    XCTAssertEqual(t.labels, ["Hà Nội", "Bà Rịa - Vũng Tàu", "Huế"])
    XCTAssertEqual(t.series[0].values, [15500, 2950, 12])
  }

  func testSemicolonSeparatedWithDecimalComma() throws {
    let t = try ChartCSV.parse("Tỉnh;Tỷ lệ\r\nHà Nội;12,5%\r\nHuế;7%\r\n", title: "x")
    XCTAssertEqual(t.series[0].values, [12.5, 7])
    XCTAssertEqual(t.unit, "%")
  }

  func testQuotedLabelWithComma() throws {
    let t = try ChartCSV.parse("a,b\n\"Hội nghị, giao ban\",3\n", title: "x")
    XCTAssertEqual(t.labels, ["Hội nghị, giao ban"])
  }

  func testBadRowNamesItsLine() {
    let csv = "Tỉnh,Số\nHà Nội,10\n\nHuế,mười\nCà Mau,3\n"
    XCTAssertThrowsError(try ChartCSV.parse(csv, title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 4)
    }
  }

  func testMissingValueColumnNamesItsLine() {
    XCTAssertThrowsError(try ChartCSV.parse("Tỉnh,Số\nHà Nội\n", title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 2)
    }
  }

  func testEmptyFileIsAnError() {
    XCTAssertThrowsError(try ChartCSV.parse("", title: "x"))
  }

  func testHeaderOnlyGivesAnEmptyTable() throws {
    XCTAssertTrue(try ChartCSV.parse("Tỉnh,Số\n", title: "x").isEmpty)
  }
}
