import Foundation
import GRDB
import XCTest
@testable import VustaStore

final class MigrationTests: XCTestCase {
  func testInMemoryStoreHasEveryTable() throws {
    let store = try Store.inMemory()
    let tables = try store.reader.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    for t in ["correction", "document", "figure", "meeting", "citation", "grdb_migrations"] {
      XCTAssertTrue(tables.contains(t), "missing table \(t)")
    }
  }

  func testFileStoreRecordsNamedMigrationsAndReopens() throws {
    let path = StoreFixtures.temporaryFolder() + "/v.sqlite"
    do {
      let store = try Store.open(path: path)
      let applied = try store.reader.read { db in try Schema.migrator().appliedIdentifiers(db) }
      XCTAssertEqual(applied.sorted(), Schema.names.sorted())
    }
    let again = try Store.open(path: path)
    XCTAssertEqual(try StoreFixtures.counts(again)["document"], 0)
    let readOnly = try Store.open(path: path, access: .readOnly)
    XCTAssertEqual(try StoreFixtures.counts(readOnly)["meeting"], 0)
  }

  func testMigratingPartlyThenFullyKeepsData() throws {
    let queue = try DatabaseQueue()
    try Schema.migrator().migrate(queue, upTo: "v1 documents and facts")
    try queue.write { db in
      try db.execute(sql: """
        INSERT INTO document (path, name, sha256, origin, ingestedAt) VALUES ('a.txt', 'a', 'x', 'facts', 'now')
        """)
    }
    try Schema.migrator().migrate(queue)
    XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }, 1)
    XCTAssertTrue(try queue.read { try Schema.migrator().hasCompletedMigrations($0) })
  }
}
