import XCTest
import VustaModel

final class VietnameseNumberTests: XCTestCase {
  func testFormat() {
    XCTAssertEqual(VietnameseNumber.format(15500), "15.500")
    XCTAssertEqual(VietnameseNumber.format(1_234_567), "1.234.567")
    XCTAssertEqual(VietnameseNumber.format(999), "999")
    XCTAssertEqual(VietnameseNumber.fixed(12.5, decimals: 1), "12,5")
    XCTAssertEqual(VietnameseNumber.fixed(0.05, decimals: 2), "0,05")
    XCTAssertEqual(VietnameseNumber.format(-2500), "-2.500")
    XCTAssertEqual(VietnameseNumber.percent(12.5), "12,5%")
    // an axis keeps its decimals, a sentence drops the trailing zeros
    XCTAssertEqual(VietnameseNumber.fixed(12.5, decimals: 2), "12,50")
    XCTAssertEqual(VietnameseNumber.format(12.5, fractionDigits: 2), "12,5")
    XCTAssertEqual(VietnameseNumber.format(0), "0")
  }

  func testParseAcceptsHowPeopleWriteNumbers() {
    XCTAssertEqual(VietnameseNumber.parse("15.500"), 15500)
    XCTAssertEqual(VietnameseNumber.parse("1.234.567"), 1_234_567)
    XCTAssertEqual(VietnameseNumber.parse("12,5"), 12.5)
    XCTAssertEqual(VietnameseNumber.parse("12.5"), 12.5)
    XCTAssertEqual(VietnameseNumber.parse("1.234,5"), 1234.5)
    XCTAssertEqual(VietnameseNumber.parse("1,234.5"), 1234.5)
    XCTAssertEqual(VietnameseNumber.parse(" 12,5% "), 12.5)
    XCTAssertEqual(VietnameseNumber.parse("15 500"), 15500)
  }

  func testParseRejectsWords() {
    for bad in ["", "abc", "12a", "1.2.3", "—", "1,2,3"] { XCTAssertNil(VietnameseNumber.parse(bad), bad) }
  }

  func testDecimalsNeeded() {
    XCTAssertEqual(VietnameseNumber.decimalsNeeded([1, 2, 300]), 0)
    XCTAssertEqual(VietnameseNumber.decimalsNeeded([1, 2.5]), 1)
  }
}
