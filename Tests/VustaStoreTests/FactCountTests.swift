import VustaModel
import XCTest
@testable import VustaStore

/// The count of a facts filter (the web app's pager and review count) equals the facts the same
/// filter lists, though it is computed without ordering or joining what it does not need.
final class FactCountTests: XCTestCase {
  func testTheCountOfEveryFilterEqualsWhatItLists() throws {
    let store = try Store.inMemory()
    try store.ingest(documents: StoreFixtures.synthetic(60))
    let filters = [
      FactFilter(), FactFilter(year: 2022), FactFilter(kind: "meeting"), FactFilter(kind: "hoi_vien"),
      FactFilter(includeRejected: false), FactFilter(needsReview: true), FactFilter(search: "hội"),
      FactFilter(province: "Hà Nội"),
    ]
    for f in filters {
      XCTAssertEqual(try store.factCount(f), try store.facts(f).count, "\(f)")
    }
  }
}
