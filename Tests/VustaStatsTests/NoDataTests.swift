import Foundation
import VustaModel
import XCTest
@testable import VustaStats
@testable import VustaStore

/// A cell with no article read has no data (nil), distinct from a cell whose articles report
/// no meeting (0), for every grouping and both divisions (issue 14, item 1).
final class NoDataTests: XCTestCase {
  /// 2024 only: a Hà Nam workshop in March, and a Hà Nội article in May with a member figure
  /// and no meeting.
  static func store() throws -> Store {
    let s = try Store.inMemory()
    let march = FactDate(year: 2024, month: 3, day: 8), may = FactDate(year: 2024, month: 5, day: 20)
    try s.ingest(documents: [
      ExtractedDocument(
        id: "a", path: "a.txt", sha256: "a", title: nil, published: march, url: nil,
        meetings: [Meeting(date: march, province: "Hà Nam", province2025: "Ninh Bình", kind: .hoi_thao,
                           organizer: "LHH Hà Nam", evidence: "Ngày 8/3/2024, Liên hiệp hội tỉnh Hà Nam tổ chức hội thảo.")]),
      ExtractedDocument(
        id: "b", path: "b.txt", sha256: "b", title: nil, published: may, url: nil,
        memberFigures: [MemberFigure(province: "Hà Nội", province2025: "Hà Nội", metric: .hoi_vien, value: 5_000,
                                     qualifier: .exact, date: may, evidence: "Liên hiệp hội có 5.000 hội viên.")]),
    ])
    return s
  }

  func cells(_ t: MeetingTable) -> [String: Int?] {
    Dictionary(t.cells.map { ($0.key, $0.meetings) }, uniquingKeysWith: { a, _ in a })
  }

  func testMonthsWithoutArticlesHaveNoDataAndMonthsWithArticlesCountZero() throws {
    let stats = Statistics(store: try Self.store())
    let t = try stats.meetings(StatsQuery(period: .year(2024), grouping: .month))
    let c = cells(t)
    XCTAssertEqual(t.cells.count, 12)
    XCTAssertEqual(c["2024-03"], .some(1))
    XCTAssertEqual(c["2024-05"], .some(0), "an article was read in May: zero meetings, not no data")
    XCTAssertEqual(c["2024-01"], .some(nil), "no article in January: no data, not zero")
    XCTAssertTrue(t.hasData)
  }

  func testAYearWithoutArticlesHasNoDataInEveryGrouping() throws {
    let stats = Statistics(store: try Self.store())
    for g in Grouping.allCases {
      let t = try stats.meetings(StatsQuery(period: .year(2023), grouping: g))
      XCTAssertFalse(t.hasData, "\(g)")
      XCTAssertFalse(t.cells.isEmpty, "\(g)")
      XCTAssertTrue(t.cells.allSatisfy { $0.meetings == nil }, "\(g): a cell of 2023 claims a number")
      let json = String(decoding: try JSONEncoder().encode(t), as: UTF8.self)
      XCTAssertTrue(json.contains("\"total\":null") && json.contains("\"meetings\":null"), json)
    }
    let years = try stats.meetings(StatsQuery(period: Period(from: 2023, to: 2024), grouping: .year))
    XCTAssertEqual(cells(years), ["2023": Int?.none, "2024": Int?.some(1)])
  }

  func testProvincesWithoutArticlesHaveNoDataInBothDivisions() throws {
    let stats = Statistics(store: try Self.store())
    let old = cells(try stats.meetings(StatsQuery(period: .year(2024), division: .old63, grouping: .province)))
    XCTAssertEqual(old.count, 63)
    XCTAssertEqual(old["Hà Nam"], .some(1))
    XCTAssertEqual(old["Hà Nội"], .some(0), "Hà Nội's article was read: zero meetings")
    XCTAssertEqual(old["Hải Phòng"], .some(nil))
    let new = cells(try stats.meetings(StatsQuery(period: .year(2024), division: .new34, grouping: .province)))
    XCTAssertEqual(new.count, 34)
    XCTAssertEqual(new["Ninh Bình"], .some(1))
    XCTAssertEqual(new["Hà Nội"], .some(0))
    XCTAssertEqual(new["Hải Phòng"], .some(nil))
    let kinds = cells(try stats.meetings(StatsQuery(period: .year(2024), grouping: .kind)))
    XCTAssertEqual(kinds["hoi_thao"], .some(1))
    XCTAssertEqual(kinds["giao_ban"], .some(0))
  }
}
