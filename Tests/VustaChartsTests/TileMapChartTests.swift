import XCTest
import VustaCharts
import VustaFrame
import VustaModel

final class TileMapChartTests: XCTestCase {
  let measurer = FixedWidthMeasurer()
  let tileStroke = Color(hex: 0x9A9A9A)

  private func tiles(_ f: Frame) -> [Rect] {
    f.placedShapes().filter { $0.shape.stroke?.color == tileStroke && $0.box.width > 20 }.map(\.box)
  }

  func testOneTilePerUnitOfEachDivision() {
    for division in Division.allCases {
      let units = Gazetteer.shared.units(division)
      let table = ChartTable(title: "T", rows: units.map { ($0.name, Double($0.code % 9)) })
      let f = layoutChart(ChartSpec(kind: .tileMap(division), table: table), measurer: measurer)
      let mapTiles = tiles(f)
      XCTAssertEqual(mapTiles.count, units.count, "\(division)")
      for (i, a) in mapTiles.enumerated() {
        for b in mapTiles[(i + 1)...] { XCTAssertFalse(a.intersects(b), "tiles overlap in \(division)") }
      }
      assertNoTextOverlap(f)
      assertLegibleAndInside(f)
    }
  }

  func testGridHasACellForEveryUnitAndNoSharedCells() {
    for division in Division.allCases {
      let cells = TileGrid.cells(division)
      XCTAssertEqual(Set(cells.keys), Set(Gazetteer.shared.units(division).map(\.code)), "\(division)")
      let places = cells.values.map { "\($0.col),\($0.row)" }
      XCTAssertEqual(Set(places).count, places.count, "two units share a cell in \(division)")
    }
  }

  func testNorthIsAboveSouth() {
    let c = TileGrid.cells(.old63)
    XCTAssertLessThan(c[1]!.row, c[79]!.row)   // Hà Nội above Hồ Chí Minh
    XCTAssertLessThan(c[4]!.row, c[96]!.row)   // Cao Bằng above Cà Mau
  }

  func testNamesThatAreNoUnitGoToTheNote() {
    let table = ChartTable(title: "T", rows: [("Hà Nội", 5), ("Chưa xác định", 3)])
    let f = layoutChart(ChartSpec(kind: .tileMap(.old63), table: table), measurer: measurer)
    XCTAssertTrue(f.placedTexts().contains { $0.text.contains("Chưa xác định") })
  }

  func testOldNamesFoldIntoTheNewUnit() {
    // Bà Rịa - Vũng Tàu and Bình Dương are part of Hồ Chí Minh from 1 July 2025.
    let table = ChartTable(title: "T", rows: [("Hồ Chí Minh", 5), ("Bà Rịa - Vũng Tàu", 3), ("Bình Dương", 2)])
    let f = layoutChart(ChartSpec(kind: .tileMap(.new34), table: table), measurer: measurer)
    XCTAssertTrue(f.placedTexts().contains { $0.text == "10" })
  }
}
