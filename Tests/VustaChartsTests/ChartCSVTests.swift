import XCTest
import VustaCharts

final class ChartCSVTests: XCTestCase {
  func testReadsHeaderRowsBOMAndVietnameseNumbers() throws {
    let csv = "\u{FEFF}Tỉnh,Hội viên\nHà Nội,15.500\n\"Bà Rịa - Vũng Tàu\",\"2.950\"\nHuế,\"12,5\",\n"
    let t = try ChartCSV.parse(csv, title: "hv")
    XCTAssertEqual(t.labelHeader, "Tỉnh")
    XCTAssertEqual(t.series[0].name, "Hội viên")
    XCTAssertEqual(t.labels, ["Hà Nội", "Bà Rịa - Vũng Tàu", "Huế"])
    XCTAssertEqual(t.series[0].values, [15500, 2950, 12.5], "a quoted decimal comma; an empty field after it is no column")
  }

  /// "Huế,12,5" unquoted is three fields: drawn as 12 it would be a wrong bar, so it is an error
  /// that names the line and says to quote the number; so is a third column in the header.
  func testExtraFieldsAreAnErrorNotDropped() {
    XCTAssertThrowsError(try ChartCSV.parse("Tỉnh,Số\nHà Nội,10\nNghệ An,1,5\n", title: "x")) { e in
      let error = e as? ChartCSVError
      XCTAssertEqual(error?.line, 3)
      XCTAssertTrue(error?.reason.contains("\"1,5\"") ?? false, "\(e)")
    }
    XCTAssertThrowsError(try ChartCSV.parse("a,b,c\nx,1,2\n", title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 1)
      XCTAssertTrue((e as? ChartCSVError)?.reason.contains("3 cột") ?? false, "\(e)")
    }
  }

  /// The separator is the semicolon or tab a header holds, a comma in it being part of a label
  /// (the example of docs/charts.md, "Tỉnh, thành phố;Số hội viên", was refused); a number too
  /// long for a Double is refused, not a crash; a column is percentages or numbers, not both.
  func testHeaderCommaHugeNumbersAndMixedPercentages() throws {
    let t = try ChartCSV.parse("Tỉnh, thành phố;Số hội viên\nHà Nội;15.500\nBà Rịa - Vũng Tàu;2.950\n", title: "x")
    XCTAssertEqual(t.labelHeader, "Tỉnh, thành phố")
    XCTAssertEqual(t.series[0].values, [15500, 2950])
    XCTAssertEqual(try ChartCSV.parse("Tỉnh, thành phố\tSố\nHuế\t3\n", title: "x").labels, ["Huế"])
    XCTAssertThrowsError(try ChartCSV.parse("Mục,Giá trị\nA,\(String(repeating: "9", count: 309))\n", title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 2)
    }
    XCTAssertThrowsError(try ChartCSV.parse("Tỉnh,Số\nHà Nội,3\nHuế,5%\n", title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 3)
      XCTAssertTrue((e as? ChartCSVError)?.reason.contains("%") ?? false, "\(e)")
    }
  }

  /// A quote never closed would swallow the rows after it into one label.
  func testAnUnclosedQuoteNamesTheLineItOpensOn() {
    XCTAssertThrowsError(try ChartCSV.parse("Tỉnh,Số\nHà Nội,10\n\"Huế,3\nCà Mau,4\n", title: "x")) { e in
      XCTAssertEqual((e as? ChartCSVError)?.line, 3)
      XCTAssertTrue((e as? ChartCSVError)?.reason.contains("ngoặc kép") ?? false, "\(e)")
    }
    XCTAssertNoThrow(try ChartCSV.parse("Tỉnh,Số\n\"Huế\nmới\",3\nCà Mau,4\n", title: "x"), "a line break inside a closed quote")
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
