import XCTest
import Foundation
import VustaCharts
import VustaFrame
import VustaModel

/// Rows with no data kept as 0 in `ChartSeries.missing` (so sums stay numbers) are drawn as no
/// data, never as 0: hatched tiles, "—" at the end of the bar list, an empty CSV value.
final class MissingRowsTests: XCTestCase {
  let measurer = FixedWidthMeasurer()

  private func table(_ rows: [(String, Double)], missing: Set<Int>) -> ChartTable {
    ChartTable(title: "T", labelHeader: "Tỉnh", labels: rows.map(\.0),
               series: [ChartSeries(name: "Hội nghị", values: rows.map(\.1), missing: missing)])
  }

  func testAMaskedRowIsMissingButItsValueStillSums() {
    let t = table([("Hà Nội", 5), ("Huế", 0), ("Sơn La", 0)], missing: [2])
    XCTAssertFalse(t.isMissing(0, 1), "read, no meeting: a real zero")
    XCTAssertTrue(t.isMissing(0, 2))
    XCTAssertEqual(t.series[0].values.reduce(0, +), 5)
    XCTAssertEqual(t.dataMax, 5)
  }

  func testTheTileMapHatchesAMaskedProvinceAndWritesZeroOnARealZero() {
    let units = Gazetteer.shared.units(.old63)
    let rows = units.map { ($0.name, 0.0) }
    let sonLa = units.firstIndex { $0.name == "Sơn La" }!
    var t = table(rows, missing: Set(units.indices).subtracting([0, sonLa]))
    t.series[0].values[0] = 7
    let zeros = { (t: ChartTable) in
      layoutChart(ChartSpec(kind: .tileMap(.old63), table: t), measurer: self.measurer).placedTexts().filter { $0.text == "0" }.count
    }
    var unmasked = t
    unmasked.series[0].missing = []
    // 61 provinces never read lose their "0"; Sơn La (read, no meeting) keeps it
    XCTAssertEqual(zeros(unmasked) - zeros(t), units.count - 2)
  }

  func testBarsPutRowsWithNoDataLastWithADash() {
    let t = table([("Cà Mau", 0), ("Hà Nội", 4), ("An Giang", 0), ("Huế", 2)], missing: [2])
    let f = layoutChart(ChartSpec(kind: .horizontalBar, table: t), measurer: measurer)
    let texts = f.placedTexts()
    XCTAssertEqual(texts.filter { $0.text == "—" }.count, 1)
    let y = { (name: String) in texts.first { $0.text == name }!.box.minY }
    XCTAssertGreaterThan(y("An Giang"), y("Cà Mau"), "no data after the zeros")
    XCTAssertGreaterThan(y("Cà Mau"), y("Huế"))
  }

  func testCSVEmptyOrDashValueIsNoData() throws {
    let t = try ChartCSV.parse("Tỉnh,Hội nghị\nHà Nội,4\nHuế,\nSơn La,—\nCà Mau,0\n", title: "T")
    XCTAssertEqual(t.labels, ["Hà Nội", "Huế", "Sơn La", "Cà Mau"])
    XCTAssertEqual(t.series[0].missing, [1, 2])
    XCTAssertFalse(t.isMissing(0, 3), "0 is a number")
    XCTAssertThrowsError(try ChartCSV.parse("Tỉnh,Hội nghị\nHuế,x\n", title: "T"))
  }

  func testMaskSurvivesJSONAndOlderJSONWithoutItDecodes() throws {
    let t = table([("Hà Nội", 5), ("Huế", 0)], missing: [1])
    let back = try JSONDecoder().decode(ChartTable.self, from: try JSONEncoder().encode(t))
    XCTAssertEqual(back, t)
    let old = #"{"title":"T","labelHeader":"","labels":["A"],"series":[{"name":"S","values":[1]}]}"#
    let decoded = try JSONDecoder().decode(ChartTable.self, from: Data(old.utf8))
    XCTAssertEqual(decoded.series[0].missing, [])
  }
}
