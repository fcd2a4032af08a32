import XCTest
import VustaCharts
import VustaFrame
import VustaModel

final class EmptyChartTests: XCTestCase {
  func testEmptyAndAllZeroTablesSayNoData() {
    let kinds: [ChartKind] = [.horizontalBar, .column, .stackedBar, .line, .tileMap(.old63), .smallMultiples(of: .column)]
    let tables = [
      ChartTable(title: "Trống", labels: [], series: []),
      ChartTable(title: "Toàn số 0", rows: [("Hà Nội", 0), ("Huế", 0)]),
    ]
    for kind in kinds {
      for table in tables {
        let f = layoutChart(ChartSpec(kind: kind, table: table), measurer: FixedWidthMeasurer())
        let texts = f.placedTexts().map(\.text)
        XCTAssertTrue(texts.contains(ChartWords.noData), "\(kind) \(table.title)")
        XCTAssertTrue(texts.contains(table.title))
        XCTAssertFalse(f.placedShapes().contains { $0.shape.fill == OkabeIto.blue }, "no bars for \(kind)")
      }
    }
  }

  func testATableWithOneNonZeroValueIsDrawn() {
    let t = ChartTable(title: "T", rows: [("Hà Nội", 0), ("Huế", 2)])
    let f = layoutChart(ChartSpec(kind: .column, table: t), measurer: FixedWidthMeasurer())
    XCTAssertFalse(f.placedTexts().contains { $0.text == ChartWords.noData })
  }
}
