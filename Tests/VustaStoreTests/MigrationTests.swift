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

  /// A store file as the first schema wrote it: one article with one meeting, no summaries.
  func firstSchemaStore() throws -> String {
    let path = StoreFixtures.temporaryFolder() + "/old.sqlite"
    let pool = try DatabasePool(path: path)
    try Schema.migrator().migrate(pool, upTo: "v1 statistics indexes")
    try pool.write { db in
      try db.execute(sql: """
        INSERT INTO document (id, path, name, sha256, origin, date, year, p63, p34, ingestedAt)
          VALUES (1, 'a.txt', 'a', 'x', 'article', '2022-05-04', 2022, 'Hải Phòng', 'Hải Phòng', 'now');
        INSERT INTO meeting (documentId, factKey, date, province, kind, evidence, eDate, year, month, eKind,
          p63, p34, scope, eventId) VALUES (1, 'M-a-1', '2022-05-04', 'Hải Phòng', 'giao_ban', 'Ngày 4/5/2022, …',
          '2022-05-04', 2022, 5, 'giao_ban', 'Hải Phòng', 'Hải Phòng', 'province', 7);
        """)
    }
    try pool.close()
    return path
  }

  func testAnOlderStoreIsUpgradedWhenOpenedForReading() throws {
    let path = try firstSchemaStore()
    var told: [String] = []
    let store = try Store.open(path: path, access: .readOnly, onUpgrade: { told = $0 })
    XCTAssertEqual(told, ["v2 statistics summaries", "v3 confidence", "v4 file identity", "v5 web users", "v6 listing indexes"])
    let cells = try store.reader.read { db in
      try Row.fetchAll(db, sql: "SELECT p63, events, facts FROM meeting_cell")
    }
    XCTAssertEqual(cells.count, 1)
    XCTAssertEqual(cells.first?["p63"], "Hải Phòng")
    XCTAssertEqual(cells.first?["events"], 1)
    XCTAssertEqual(try StoreFixtures.counts(store)["meeting"], 1)
    // facts stored before confidence existed count as high and need no review
    XCTAssertEqual(try store.needsReviewCount(year: nil), 0)
    XCTAssertEqual(try store.facts(FactFilter()).first?.confidence, "high")
    // documents stored before file identity existed know their file and its content hash
    XCTAssertEqual(try store.storedFiles(origin: .article), ["a.txt"])
    XCTAssertEqual(try store.storedHashes(files: ["a.txt"]), ["a.txt": "x"])
    // opened again, nothing is left to upgrade
    told = []
    _ = try Store.open(path: path, access: .readOnly, onUpgrade: { told = $0 })
    XCTAssertEqual(told, [])
  }

  func testAnOlderReadOnlyStoreIsReportedAndUntouched() throws {
    let path = try firstSchemaStore()
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    let before = FileManager.default.contents(atPath: path)
    XCTAssertThrowsError(try Store.open(path: path, access: .readOnly)) {
      XCTAssertEqual($0 as? StoreError, .needsUpgrade(path: path, pending: ["v2 statistics summaries", "v3 confidence", "v4 file identity", "v5 web users", "v6 listing indexes"]))
      XCTAssertTrue("\($0)".contains("cũ hơn"), "\($0)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), before)
  }
}
