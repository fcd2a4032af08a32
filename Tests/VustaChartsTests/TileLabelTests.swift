import XCTest
import VustaCharts
import VustaFrame
import VustaModel

/// Measures like DejaVu Sans, the chart font: 0.55 em per character, and the font's tall
/// line (ascent 0.928 em, descent 0.236 em), which is what makes tile names run out of room.
final class DejaVuLikeMeasurer: TextMeasurer {
  func measure(_ text: String, font: FontSpec) -> TextMetrics {
    TextMetrics(width: Double(text.count) * 0.55 * font.size * (font.bold ? 1.1 : 1),
                ascent: 0.928 * font.size, descent: 0.236 * font.size)
  }
  func lines(_ text: String, font: FontSpec, width: Double) -> [String] {
    greedyLines(text, width: width) { self.measure($0, font: font).width }
  }
}

/// Every unit's name is written whole on its tile at the size the annual report uses.
final class TileLabelTests: XCTestCase {
  /// The annual report's tile map: the A4 administrative text width (165 mm), 1.42 (63 units)
  /// or 1.22 (34 units) times as tall, with a two-line note under it.
  func reportMap(_ division: Division) -> Frame {
    let width = 165 * 72 / 25.4
    let units = Gazetteer.shared.units(division)
    let table = ChartTable(title: "Số hội nghị theo tỉnh, thành phố năm 2023",
                           rows: units.map { ($0.name, Double($0.code % 30)) }, seriesName: "Hội nghị",
                           unit: "hội nghị",
                           note: "Không thể hiện trên bản đồ: Toàn quốc (LHH Việt Nam): 113; Chưa xác định: 105. "
                             + "Nguồn: 1.995 bài viết; danh mục 63 tỉnh, thành phố.")
    let spec = ChartSpec(kind: .tileMap(division), table: table,
                         size: Size(width, width * (division == .old63 ? 1.42 : 1.22)),
                         subtitle: "Năm 2023 · Đơn vị: hội nghị")
    return layoutChart(spec, measurer: DejaVuLikeMeasurer())
  }

  func testNoTileNameIsCutAtTheReportSize() {
    for division in Division.allCases {
      let f = reportMap(division)
      let texts = f.placedTexts().map(\.text)
      XCTAssertFalse(texts.contains { $0.hasSuffix("…") }, "\(division): \(texts.filter { $0.hasSuffix("…") })")
      for unit in Gazetteer.shared.units(division) where !unit.name.contains(" - ") {
        XCTAssertTrue(texts.contains(unit.name) || texts.joined(separator: " ").contains(unit.name),
                      "\(division): \(unit.name) is not written whole")
      }
      assertNoTextOverlap(f)
      assertLegibleAndInside(f)
    }
  }

  func testBaRiaVungTauBreaksAfterTheDash() {
    let texts = reportMap(.old63).placedTexts().map(\.text)
    XCTAssertTrue(texts.contains("Bà Rịa -"), "\(texts.filter { $0.contains("Bà Rịa") })")
    XCTAssertTrue(texts.contains("Vũng Tàu"))
  }
}
