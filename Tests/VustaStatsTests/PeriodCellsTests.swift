@testable import VustaStats
import VustaModel
import XCTest

/// A meeting table's cells for a period that holds none of the years seen (an open period that
/// starts after them, a period given backwards through the library's initialiser): no cells, no trap.
final class PeriodCellsTests: XCTestCase {
  func testAPeriodOutsideTheYearsSeenHasNoCells() {
    let read = ArticlesRead(total: 3, byYear: ["2020": 2, "2021": 1], byMonth: [:], byProvince: [:])
    for period in [Period(from: 2030), Period(to: 2010), Period(from: 2025, to: 2020)] {
      for grouping in [Grouping.year, .month] {
        let q = ResolvedQuery(period: period, division: .old63, province: nil, grouping: grouping, metric: nil)
        XCTAssertEqual(Statistics.cells(rows: [], read: read, q: q, grouping: grouping).count, 0, "\(period) \(grouping)")
      }
    }
    // (a period over them keeps its years)
    let q = ResolvedQuery(period: Period(from: 2021), division: .old63, province: nil, grouping: .year, metric: nil)
    XCTAssertEqual(Statistics.cells(rows: [], read: read, q: q, grouping: .year).map(\.key), ["2021"])
  }
}
