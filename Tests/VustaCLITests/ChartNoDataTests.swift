import Foundation
import VustaModel
import VustaPipeline
import VustaStats
import VustaStore
import XCTest

/// The named charts (the CLI's `vusta chart` and the web dashboard) draw a year never read as no
/// series and a month never read as a gap, not as zeros (issue 14, item 1).
final class ChartNoDataTests: XCTestCase {
  func testAnUnreadYearIsNoSeriesAndAnUnreadMonthIsAGap() throws {
    let store = try Store.inMemory()
    let day = FactDate(year: 2024, month: 3, day: 8)
    try store.ingest(documents: [
      ExtractedDocument(id: "a", path: "a.txt", sha256: "a", title: nil, published: day, url: nil,
                        meetings: [Meeting(date: day, province: "Hà Nam", province2025: "Ninh Bình", kind: .hoi_thao,
                                           organizer: nil, evidence: "Ngày 8/3/2024, hội thảo tại Hà Nam.")]),
    ])
    let stats = Statistics(store: store)
    let months = try ChartStatsSource.table(for: .meetingsByMonth, year: 2024, division: .old63, stats: stats)
    XCTAssertEqual(months.series.map(\.name), ["Năm 2024"], "2023 was never read: no series of twelve zeros")
    XCTAssertTrue(months.note?.contains("Năm 2023: chưa có số liệu") ?? false, months.note ?? "")
    XCTAssertEqual(months.series[0].values[2], 1)
    XCTAssertTrue(months.series[0].values[0].isNaN, "January was never read: a gap, not 0")
    let kinds = try ChartStatsSource.table(for: .meetingsByKind, year: 2024, division: .old63, stats: stats)
    XCTAssertEqual(kinds.series.map(\.name), ["Năm 2024"])
  }
}
