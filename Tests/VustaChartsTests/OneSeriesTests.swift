import XCTest
@testable import VustaCharts

/// A kind that draws one series, asked of a table of two: the chart's own year (the last
/// series), or the parts added up — never the first series under the chart's title.
final class OneSeriesTests: XCTestCase {
  func testYearsKeepTheLastAndPartsAddUp() {
    let t = ChartTable(title: "x", labels: ["Giao ban", "Hội thảo", "Đại hội"],
                       series: [ChartSeries(name: "Năm 2023", values: [82, 0, 18], missing: [1]),
                                ChartSeries(name: "Năm 2024", values: [61, 68, 0], missing: [2])])
    let year = t.oneSeries(parts: false)
    XCTAssertEqual(year.series.map(\.name), ["Năm 2024"])
    XCTAssertEqual(year.series[0].values, [61, 68, 0])
    XCTAssertEqual(year.series[0].missing, [2])
    let whole = t.oneSeries(parts: true)
    XCTAssertEqual(whole.series.count, 1)
    XCTAssertEqual(whole.series[0].values, [143, 68, 18])
    XCTAssertEqual(whole.series[0].missing, [], "a row is missing only where every series is")
  }

  /// Each value label with the decimals it needs: 0,04 is not "0,0", 15.500 not "15.500,0".
  func testLabelsKeepTheirOwnDecimals() {
    let f = ValueFormat(table: ChartTable(title: "x", labels: ["a", "b", "c"],
                                          series: [ChartSeries(name: "s", values: [0.04, 15500, 0.004])]))
    XCTAssertEqual([0.04, 15500, 0.004].map(f.string), ["0,04", "15.500", "0,004"])
  }
}
