import XCTest
import VustaCharts
import VustaFrame

final class HorizontalBarChartTests: XCTestCase {
  let measurer = FixedWidthMeasurer()

  private func bars(_ f: Frame, color: Color = OkabeIto.blue) -> [Rect] {
    f.placedShapes().filter { $0.shape.fill == color }.map(\.box)
  }

  func testBarsAreProportionalToValuesAndSortedLargestFirst() {
    let table = ChartTable(title: "T", rows: [("Huế", 10), ("Hà Nội", 40), ("Cà Mau", 25), ("Sơn La", 5)])
    let f = layoutChart(ChartSpec(kind: .horizontalBar, table: table), measurer: measurer)
    let b = bars(f)
    XCTAssertEqual(b.count, 4)
    XCTAssertEqual(b.map(\.minY), b.map(\.minY).sorted(), "drawn top to bottom")
    let widths = b.map(\.width)
    XCTAssertEqual(widths, widths.sorted(by: >), "largest first")
    for (w, v) in zip(widths, [40.0, 25, 10, 5]) {
      XCTAssertEqual(w / widths[0], v / 40, accuracy: 1e-9)
    }
    XCTAssertEqual(Set(b.map(\.minX)).count, 1, "all bars start at zero")
    XCTAssertEqual(f.placedTexts().first { $0.text == "40" } != nil, true, "value label")
  }

  func testSixtyThreeProvincesFitWithoutOverlapAtDefaultSize() {
    let spec = ChartSpec(kind: .horizontalBar, table: ChartFixtures.provinces63())
    let f = layoutChart(spec, measurer: measurer)
    let texts = Set(f.placedTexts().map(\.text))
    XCTAssertTrue(texts.contains("Bà Rịa - Vũng Tàu"), "long names are written whole")
    XCTAssertEqual(bars(f).count, 63)
    assertNoTextOverlap(f)
    assertLegibleAndInside(f)
  }

  func testThousandsAreWrittenTheVietnameseWay() {
    let table = ChartTable(title: "Hội viên", rows: [("Hà Nội", 15500), ("Huế", 3650)])
    let f = layoutChart(ChartSpec(kind: .horizontalBar, table: table), measurer: measurer)
    let texts = f.placedTexts().map(\.text)
    XCTAssertTrue(texts.contains("15.500"))
    XCTAssertTrue(texts.contains("3.650"))
  }

  func testTooSmallAChartThinsLabelsInsteadOfOverlapping() {
    let spec = ChartSpec(kind: .horizontalBar, table: ChartFixtures.provinces63(), size: Size(300, 260))
    let f = layoutChart(spec, measurer: measurer)
    assertNoTextOverlap(f)
    assertLegibleAndInside(f)
  }
}
