import VustaModel
import XCTest
@testable import VustaStats
@testable import VustaStore

/// The published member figure depends on the articles' content only: the same files stored in
/// any order (or stored again) give the same figure (issue 12, item 4).
final class MembersTieBreakTests: XCTestCase {
  /// Two articles giving Hà Nam's member count on the same day, with different values.
  static func documents() -> [ExtractedDocument] {
    let day = FactDate(year: 2023, month: 5, day: 12)
    func doc(_ name: String, _ value: Int) -> ExtractedDocument {
      ExtractedDocument(
        id: name, path: "bai/\(name).txt", sha256: name, title: nil, published: day, url: nil,
        memberFigures: [MemberFigure(province: "Hà Nam", province2025: "Ninh Bình", metric: .hoi_vien,
                                     value: value, qualifier: .exact, date: day,
                                     evidence: "Hiện nay Liên hiệp hội có \(value) hội viên.")])
    }
    return [doc("a", 3_100), doc("b", 2_900), doc("c", 3_000)]
  }

  func published(_ docs: [ExtractedDocument], oneByOne: Bool) throws -> MemberRow {
    let store = try Store.inMemory()
    if oneByOne {
      for d in docs { try store.ingest(documents: [d]) }
    } else {
      try store.ingest(documents: docs)
    }
    let table = try Statistics(store: store).members(StatsQuery(period: .year(2023)))
    return try XCTUnwrap(table.rows.first { $0.province == "Hà Nam" && $0.metric == .hoi_vien })
  }

  func testTheSameFilesInAnyOrderGiveTheSameFigure() throws {
    let docs = Self.documents()
    var seen: Set<Int> = []
    for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0]] {
      for oneByOne in [false, true] {
        seen.insert(try published(order.map { docs[$0] }, oneByOne: oneByOne).value)
      }
    }
    XCTAssertEqual(seen, [3_100], "the figure must not depend on the order the files were stored in")
  }

  func testAnArticleStoredAgainDoesNotChangeTheFigure() throws {
    let store = try Store.inMemory()
    var docs = Self.documents()
    try store.ingest(documents: docs)
    // the article with the smallest figure is edited (a typo fixed) and stored again: now last
    docs[1].sha256 = "b2"
    docs[1].title = "Sửa lỗi chính tả"
    try store.ingest(documents: [docs[1]])
    try store.ingest(documents: [docs[0]]) // unchanged: skipped
    let table = try Statistics(store: store).members(StatsQuery(period: .year(2023)))
    XCTAssertEqual(table.rows.first { $0.province == "Hà Nam" }?.value, 3_100)
  }
}
