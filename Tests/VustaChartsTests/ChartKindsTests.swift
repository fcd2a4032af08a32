import XCTest
import VustaCharts
import VustaFrame
import VustaModel

/// Every kind at its default size: legible, inside the frame, no two texts overlapping.
final class ChartKindsTests: XCTestCase {
  let measurer = FixedWidthMeasurer()

  func testEveryKindIsLegibleWithoutOverlap() {
    let kinds: [(ChartKind, ChartTable)] = [
      (.horizontalBar, ChartFixtures.provinces63()),
      (.column, ChartFixtures.months(series: 1)),
      (.column, ChartFixtures.months(series: 3)),
      (.stackedBar, ChartFixtures.months(series: 2)),
      (.line, ChartFixtures.months(series: 2)),
      (.line, ChartFixtures.months(series: 1)),
      (.tileMap(.old63), ChartFixtures.provinces63()),
      (.smallMultiples(of: .column), ChartFixtures.months(series: 4)),
      (.smallMultiples(of: .line), ChartFixtures.months(series: 2)),
    ]
    for (kind, table) in kinds {
      let f = layoutChart(ChartSpec(kind: kind, table: table, subtitle: "Đơn vị: hội nghị"), measurer: measurer)
      assertNoTextOverlap(f)
      assertLegibleAndInside(f)
      XCTAssertGreaterThan(f.placedShapes().count, 10, "\(kind) draws something")
    }
  }

  func testGroupedColumnsShowALegendAndDifferInHatching() {
    let f = layoutChart(ChartSpec(kind: .column, table: ChartFixtures.months(series: 2)), measurer: measurer)
    let texts = f.placedTexts().map(\.text)
    XCTAssertTrue(texts.contains("Năm 2023") && texts.contains("Năm 2024"))
    let groups = f.items.filter { if case .group(let g) = $0.item { return g.clip }; return false }
    XCTAssertGreaterThanOrEqual(groups.count, 12, "the second series is hatched")
  }

  func testLongColumnLabelsWrapOrRotateWithoutEllipsisWhenThereIsRoom() {
    let names = ["Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Hồ Chí Minh", "Đắk Nông", "Quảng Ngãi", "Kiên Giang",
                 "Bình Phước", "Lâm Đồng", "Thái Nguyên", "Hải Dương", "Vĩnh Phúc", "Ninh Thuận"]
    let t = ChartTable(title: "T", rows: names.enumerated().map { ($0.element, Double($0.offset + 1)) })
    let f = layoutChart(ChartSpec(kind: .column, table: t), measurer: measurer)
    assertNoTextOverlap(f)
    XCTAssertFalse(f.placedTexts().contains { $0.text.contains("…") })
    let rotated = f.items.contains { if case .group(let g) = $0.item { return g.transform != .identity }; return false }
    XCTAssertTrue(rotated || f.placedTexts().contains { $0.text == "Bà Rịa -" }, "rotated or wrapped")
  }

  func testPercentTablesWritePercentages() {
    let t = ChartTable(title: "Tỷ lệ", rows: [("Hà Nội", 12.5), ("Huế", 7.25)], unit: "%")
    let f = layoutChart(ChartSpec(kind: .column, table: t), measurer: measurer)
    XCTAssertTrue(f.placedTexts().contains { $0.text == "12,5%" })
  }
}
