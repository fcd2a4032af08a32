import Foundation
import VustaPipeline
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
    defer { app.stopWarmUp() }
    var ready = false
    for _ in 0..<200 where !ready {
      try await Task.sleep(nanoseconds: 50_000_000)
      ready = app.dashboardPages.holds(key, stamp: stamp)
    }
    XCTAssertTrue(ready, "the default dashboard is kept within 10 s of the start")
    let facts = try FactQuery({ _ in nil }, gazetteer: app.store.gazetteer)
    var factsReady = false
    for _ in 0..<200 where !factsReady {
      factsReady = app.factPages.holds(facts.cacheKey(rows: true), stamp: try app.store.changeStamp())
      if !factsReady { try await Task.sleep(nanoseconds: 50_000_000) }
    }
    XCTAssertTrue(factsReady, "the first page of facts is kept too")
    try await withClient(app) { browser in
      let r = try await browser.get("/")
      XCTAssertEqual(r.status, .ok)
      XCTAssertTrue(String(buffer: r.body).contains("Tổng quan năm"))
    }
  }

  func testTheDefaultDashboardIsKeptCurrentWhenTheStoreChanges() async throws {
    let app = try await makeApp()
    let key = WebApp.summaryKey(nil, nil)
    app.warmUp(every: 0.2)
    defer { app.stopWarmUp() }
    func waitFor(_ stamp: String) async throws -> Bool {
      for _ in 0..<200 {
        if app.dashboardPages.holds(key, stamp: stamp) { return true }
        try await Task.sleep(nanoseconds: 50_000_000)
      }
      return false
    }
    let before = try app.store.changeStamp()
    let first = try await waitFor(before)
    XCTAssertTrue(first)
    // another article arrives (as from another process's ingest): the stamp moves
    try ingestAsAnotherProcess(into: app.store)
    let after = try app.store.changeStamp()
    XCTAssertNotEqual(after, before)
    let second = try await waitFor(after)
    XCTAssertTrue(second, "computed again without any request")
  }
}
