import Foundation
import GRDB
import XCTest
@testable import VustaStore

/// The store's change stamp moves with every change — this process's, another connection's, a
/// deletion — and stays put while nothing changes.
final class ChangeStampTests: XCTestCase {
  var dir = ""
  override func setUp() { dir = StoreFixtures.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

  func testTheStampMovesWithEveryChangeAndOnlyThen() throws {
    let path = dir + "/v.sqlite"
    let store = try Store.open(path: path)
    let empty = try store.changeStamp()
    XCTAssertTrue(empty.hasPrefix("v"), "a store opened to write asks SQLite: \(empty)")
    XCTAssertEqual(try store.changeStamp(), empty, "nothing changed")
    _ = try store.ingest(documents: StoreFixtures.synthetic(5))
    let ingested = try store.changeStamp()
    XCTAssertNotEqual(ingested, empty, "this process's ingest")
    _ = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
    XCTAssertEqual(try store.changeStamp(), ingested, "a read changes nothing")
    // another process (another connection to the file) deletes a document
    let other = try Store.open(path: path)
    try other.writer.write { try $0.execute(sql: "DELETE FROM document WHERE id = (SELECT MIN(id) FROM document)") }
    let deleted = try store.changeStamp()
    XCTAssertNotEqual(deleted, ingested, "another connection's deletion")
    _ = try other.ingest(documents: StoreFixtures.synthetic(3, seed: 99))
    XCTAssertNotEqual(try store.changeStamp(), deleted, "another connection's ingest")
  }

  func testAStoreInMemoryStampsItsContents() throws {
    let store = try Store.inMemory()
    let empty = try store.changeStamp()
    XCTAssertEqual(try store.changeStamp(), empty)
    _ = try store.ingest(documents: StoreFixtures.synthetic(2))
    XCTAssertNotEqual(try store.changeStamp(), empty)
  }
}
