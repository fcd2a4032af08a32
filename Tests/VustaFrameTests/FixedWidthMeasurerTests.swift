import XCTest
import VustaFrame

final class FixedWidthMeasurerTests: XCTestCase {
  let m = FixedWidthMeasurer()
  let font = FontSpec(family: "DejaVu Sans", size: 10)

  func testWidthCountsGraphemesNotBytes() {
    // "Đắk Lắk" is 7 characters but more UTF-8 bytes and scalars in NFD.
    XCTAssertEqual(m.measure("Đắk Lắk", font: font).width, 7 * 6, accuracy: 1e-9)
  }

  func testLinesBreakAtSpacesWithinWidth() {
    let lines = m.lines("Bà Rịa - Vũng Tàu", font: font, width: 50)
    XCTAssertEqual(lines, ["Bà Rịa -", "Vũng Tàu"])
    for l in lines { XCTAssertLessThanOrEqual(m.measure(l, font: font).width, 50) }
  }

  func testOverlongWordIsSplit() {
    let lines = m.lines("5395/KH-UBND", font: font, width: 30)
    XCTAssertEqual(lines.joined(), "5395/KH-UBND")
    XCTAssertTrue(lines.allSatisfy { m.measure($0, font: font).width <= 30 })
  }
}
