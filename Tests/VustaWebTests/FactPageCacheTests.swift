import Foundation
import VustaPipeline
import XCTest
@testable import VustaWeb

/// While another process writes the store, a page of facts is read again on another thread:
/// requests get the page read a moment before at once, and the new page follows.
final class FactPageCacheTests: WebTestCase {
  func testAPageOfFactsIsReadAgainInTheBackgroundWhileAnotherProcessWrites() async throws {
    let app = try await makeApp()
    let query = try FactQuery({ _ in nil }, gazetteer: app.store.gazetteer)
    let before = try await app.factPage(query).1
    XCTAssertGreaterThan(before, 0)
    // another article arrives, as from another process's ingest (this server is not told)
    try ingestAsAnotherProcess(into: app.store)
    try await Task.sleep(nanoseconds: 1_200_000_000)  // older than the 1 s interval, younger than 5 s
    let shown = try await app.factPage(query).1
    XCTAssertEqual(shown, before, "the page read before is shown at once while the next is read")
    var after = shown
    for _ in 0..<200 where after == before {
      try await Task.sleep(nanoseconds: 50_000_000)
      after = try await app.factPage(query).1
    }
    XCTAssertEqual(after, before + 1, "the new fact shows once the background read is done")
  }

  func testAfterAQuietSpellTheKeptPageIsShownAtOnceWhenAnIngestStarts() async throws {
    let app = try await makeApp()
    let query = try FactQuery({ _ in nil }, gazetteer: app.store.gazetteer)
    let before = try await app.factPage(query).1
    app.warmUp(every: 0.5)
    defer { app.stopWarmUp() }
    // a quiet spell longer than the 5 s a kept page may be shown while the next is read
    try await Task.sleep(nanoseconds: 5_600_000_000)
    try ingestAsAnotherProcess(into: app.store)
    let shown = try await app.factPage(query).1
    XCTAssertEqual(shown, before, "the keeper kept the page current through the spell: shown at once, read again behind")
  }
}
