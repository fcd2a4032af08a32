import XCTest
import VustaCairo
import VustaCharts
import VustaFrame
import VustaModel

final class PangoTextMeasurerTests: XCTestCase {
  let m = PangoTextMeasurer()
  let font = FontSpec(family: "DejaVu Sans", size: 10)

  func testWidthGrowsWithTextAndSize() {
    let a = m.measure("Huế", font: font), b = m.measure("Thừa Thiên Huế", font: font)
    XCTAssertGreaterThan(a.width, 10)
    XCTAssertGreaterThan(b.width, a.width * 2)
    XCTAssertEqual(m.measure("Huế", font: font.sized(20)).width, a.width * 2, accuracy: 0.5)
    XCTAssertGreaterThan(a.ascent, 5)
    XCTAssertGreaterThan(a.descent, 1)
  }

  func testBoldIsWider() {
    XCTAssertGreaterThan(m.measure("Bà Rịa - Vũng Tàu", font: font.emboldened).width,
                         m.measure("Bà Rịa - Vũng Tàu", font: font).width)
  }

  func testLinesFitTheWidthAndKeepEveryCharacter() {
    let text = "Số liệu mẫu minh họa, chưa lấy từ kho dữ liệu. Phân chia hành chính: 63 tỉnh, thành phố."
    let lines = m.lines(text, font: font, width: 120)
    XCTAssertGreaterThan(lines.count, 2)
    for l in lines { XCTAssertLessThanOrEqual(m.measure(l, font: font).width, 120.5, l) }
    XCTAssertEqual(lines.joined(separator: " "), text)
  }

  func testSixtyThreeProvincesDoNotOverlapWithRealFonts() {
    let rows = Gazetteer.shared.old.enumerated().map { ($0.element.name, Double(($0.offset * 37) % 61 + 1)) }
    let f = layoutChart(ChartSpec(kind: .horizontalBar, table: ChartTable(title: "T", rows: rows)), measurer: m)
    let texts = f.placedTexts()
    XCTAssertGreaterThan(texts.count, 63 * 2)
    for i in texts.indices {
      for j in texts.indices where j > i {
        XCTAssertFalse(texts[i].overlaps(texts[j]),
                       "\(texts[i].text) overlaps \(texts[j].text)")
      }
    }
  }

  func testMeasurementsStayExactPastTheCachesBound() {
    let m = PangoTextMeasurer(cacheLimit: 100)
    let first = m.measure("Liên hiệp hội", font: font)
    for i in 0..<(m.cacheLimit + 10) { _ = m.measure("tỉnh \(i)", font: font) }
    XCTAssertEqual(m.measure("Liên hiệp hội", font: font), first, "measured again after the cache was emptied")
    XCTAssertEqual(PangoTextMeasurer().measure("tỉnh 5", font: font), m.measure("tỉnh 5", font: font))
  }

  /// Measurements are kept by hashes of text and font: every font attribute and the boundary
  /// between text and family tell entries apart.
  func testEveryFontAttributeKeepsItsOwnMeasurement() {
    let m = PangoTextMeasurer()
    let fonts = [font, font.sized(font.size + 3), font.emboldened, FontSpec(family: font.family, size: font.size, italic: true),
                 FontSpec(family: "DejaVu Sans", size: font.size)]
    for f in fonts {
      for text in ["Hội nghị giao ban", "Hội nghị giao ban ", "W"] {
        XCTAssertEqual(m.measure(text, font: f), PangoTextMeasurer().measure(text, font: f), "\(text) \(f)")
      }
    }
    XCTAssertNotEqual(m.measure("Hội nghị", font: fonts[0]).width, m.measure("Hội nghị", font: fonts[1]).width)
  }
}
