import Foundation
import XCTest
@testable import VustaWeb

/// `vusta serve` computes the default dashboard when it starts, so the first visitors (and the
/// first requests while an ingest runs) do not all wait for it.
final class WarmUpTests: WebTestCase {
  func testWarmUpKeepsTheDefaultDashboardBeforeAnyRequest() async throws {
    let app = try await makeApp()
    let key = WebApp.summaryKey(nil, nil), stamp = try app.store.changeStamp()
    XCTAssertFalse(app.dashboardPages.holds(key, stamp: stamp), "nothing is computed by making the app")
    app.warmUp()
    var ready = false
    for _ in 0..<200 where !ready {
      try await Task.sleep(nanoseconds: 50_000_000)
      ready = app.dashboardPages.holds(key, stamp: stamp)
    }
    XCTAssertTrue(ready, "the default dashboard is kept within 10 s of the start")
    try await withClient(app) { browser in
      let r = try await browser.get("/")
      XCTAssertEqual(r.status, .ok)
      XCTAssertTrue(String(buffer: r.body).contains("Tổng quan năm"))
    }
  }
}
