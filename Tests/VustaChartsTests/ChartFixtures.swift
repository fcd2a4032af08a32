import XCTest
import VustaCharts
import VustaFrame
import VustaModel

/// Tables and checks shared by the chart tests.
enum ChartFixtures {
  /// All 63 pre-2025 provinces with distinct made-up values (Hà Nội largest).
  static func provinces63() -> ChartTable {
    let rows = Gazetteer.shared.old.enumerated().map { ($0.element.name, Double(($0.offset * 37) % 61 + 1)) }
    return ChartTable(title: "Số hội nghị theo tỉnh, thành phố", rows: rows, seriesName: "Hội nghị", unit: "hội nghị",
                      note: "Nguồn: 412 bài báo; 58/63 tỉnh có số liệu.")
  }

  static func months(series: Int = 2) -> ChartTable {
    var all: [ChartSeries] = []
    for s in 0..<series {
      var values: [Double] = []
      for m in 0..<12 { values.append(Double((m * 7 + s * 5) % 23 + 2)) }
      all.append(ChartSeries(name: "Năm \(2023 + s)", values: values))
    }
    return ChartTable(title: "Số hội nghị theo tháng", labels: (1...12).map { "Tháng \($0)" }, series: all)
  }
}

/// Fails when two text boxes of the frame overlap, naming them.
func assertNoTextOverlap(_ frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
  let texts = frame.placedTexts()
  for i in texts.indices {
    for j in texts.indices where j > i && texts[i].overlaps(texts[j]) {
      XCTFail("\"\(texts[i].text)\" \(texts[i].box) overlaps \"\(texts[j].text)\" \(texts[j].box)", file: file, line: line)
      return
    }
  }
}

/// Fails when a text is under 7 pt or outside the frame.
func assertLegibleAndInside(_ frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
  let page = Rect(x: 0, y: 0, width: frame.size.width, height: frame.size.height)
  for t in frame.placedTexts() {
    XCTAssertGreaterThanOrEqual(t.font.size, 7, "\"\(t.text)\" is under 7 pt", file: file, line: line)
    XCTAssertTrue(page.contains(t.box, tolerance: 0.5), "\"\(t.text)\" \(t.box) leaves the frame", file: file, line: line)
  }
}
