import Foundation
import GRDB
import XCTest
@testable import VustaStore

/// An ingest folds the write-ahead log back into the store file, even while readers keep
/// reading the store (a server): otherwise the log grows with every import and reads slow down.
final class LogCheckpointTests: XCTestCase {
  var dir = ""
  override func setUp() { dir = StoreFixtures.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

  func logSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int) ?? 0
  }

  func testTheLogIsEmptiedWhileAnotherConnectionKeepsReading() throws {
    let path = dir + "/v.sqlite"
    let store = try Store.open(path: path)
    _ = try store.ingest(documents: StoreFixtures.synthetic(200))
    let reader = try Store.open(path: path, access: .readOnly)
    let stop = NSLock(), done = DispatchSemaphore(value: 0)
    var running = true
    DispatchQueue.global().async {
      while stop.withLock({ running }) {
        _ = try? reader.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM meeting") }
      }
      done.signal()
    }
    defer { stop.withLock { running = false }; done.wait() }
    _ = try store.ingest(documents: StoreFixtures.synthetic(200, seed: 12))
    let before = logSize(path)
    XCTAssertGreaterThan(before, 100_000, "writes went to the log")
    XCTAssertFalse(store.foldLog(above: before), "a log under the limit is left as it is")
    XCTAssertEqual(logSize(path), before)
    XCTAssertTrue(store.foldLog(above: 0))
    XCTAssertEqual(logSize(path), 0, "the log is emptied while the other connection reads")
    let total = try reader.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
    XCTAssertEqual(total, 400, "nothing written is lost")
  }

  func testAStoreInMemoryHasNoLogToFold() throws {
    XCTAssertFalse(try Store.inMemory().foldLog(above: 0))
  }
}
