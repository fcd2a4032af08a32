import Foundation
import GRDB
import XCTest
@testable import VustaStore

/// A store cut short or damaged is "hỏng", not "not SQLite"; a 0-byte store is empty, not
/// "no such table"; SQLite's full-disk and lock errors become store errors (issue 12, items 14–15).
final class DamagedStoreTests: XCTestCase {
  func goodStore() throws -> (path: String, bytes: Data) {
    let path = StoreFixtures.temporaryFolder() + "/v.sqlite"
    let store = try Store.open(path: path)
    try store.ingest(documents: StoreFixtures.synthetic(40))
    try (store.writer as? DatabasePool)?.close()
    return (path, try XCTUnwrap(FileManager.default.contents(atPath: path)))
  }

  func testATruncatedStoreIsDamagedAndUntouched() throws {
    let (path, bytes) = try goodStore()
    for keep in [bytes.count / 2, 4096, 200, 16, 9] {
      let cut = bytes.prefix(keep)
      try cut.write(to: URL(fileURLWithPath: path))
      for access in [Store.Access.readOnly, .readWrite] {
        var error: Error?
        do {
          let store = try Store.open(path: path, access: access)
          // a cut in the middle of the data is found when the pages are read
          _ = try store.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meeting") }
          _ = try store.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document") }
        } catch let e { error = e }
        let mapped = (error as? DatabaseError).flatMap { StoreError.from($0, path: path) } ?? error as? StoreError
        XCTAssertEqual(mapped, .damaged(path: path), "\(keep) bytes kept, \(access): \(String(describing: error))")
        XCTAssertTrue(mapped?.description.contains("hỏng") ?? false)
      }
      XCTAssertEqual(FileManager.default.contents(atPath: path), Data(cut), "left as it was")
    }
  }

  func testAZeroByteStoreIsEmptyForReadingAndBecomesAStoreForWriting() throws {
    let path = StoreFixtures.temporaryFolder() + "/zero.sqlite"
    FileManager.default.createFile(atPath: path, contents: Data())
    XCTAssertThrowsError(try Store.open(path: path, access: .readOnly)) { error in
      XCTAssertEqual(error as? StoreError, .empty(path: path))
      XCTAssertTrue("\(error)".contains("trống") && "\(error)".contains("vusta ingest"))
    }
    let store = try Store.open(path: path)
    try store.ingest(documents: StoreFixtures.synthetic(3))
    try (store.writer as? DatabasePool)?.close()
    XCTAssertNoThrow(try Store.open(path: path, access: .readOnly))
  }

  func testSQLiteFailuresBecomeStoreErrors() {
    let p = "kho.sqlite"
    XCTAssertEqual(StoreError.from(DatabaseError(resultCode: .SQLITE_FULL), path: p), .diskFull(path: p))
    XCTAssertEqual(StoreError.from(DatabaseError(resultCode: .SQLITE_CORRUPT), path: p), .damaged(path: p))
    XCTAssertEqual(StoreError.from(DatabaseError(resultCode: .SQLITE_READONLY), path: p), .readOnly(path: p))
    if case .locked(let path, _, _)? = StoreError.from(DatabaseError(resultCode: .SQLITE_BUSY), path: p) {
      XCTAssertEqual(path, p)
    } else {
      XCTFail("SQLITE_BUSY is a lock")
    }
    XCTAssertNil(StoreError.from(DatabaseError(resultCode: .SQLITE_CONSTRAINT), path: p), "a query's own error is not about the file")
    XCTAssertTrue(StoreError.diskFull(path: p).description.contains("đĩa đầy"))
  }

  func testALockHeldByAnotherProcessNamesIt() throws {
    let (path, _) = try goodStore()
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = ["python3", "-c", """
      import sqlite3, sys, time
      c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE')
      print('held', flush=True); time.sleep(20)
      """, path]
    let out = Pipe()
    holder.standardOutput = out
    do { try holder.run() } catch { throw XCTSkip("python3 is not available to hold a lock") }
    defer { holder.terminate(); holder.waitUntilExit() }
    _ = out.fileHandleForReading.availableData  // "held"
    setenv("VUSTA_BUSY_TIMEOUT", "1", 1)
    defer { unsetenv("VUSTA_BUSY_TIMEOUT") }
    let store = try Store.open(path: path, access: .readOnly)
    XCTAssertNoThrow(try store.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meeting") }, "readers are not blocked")
    XCTAssertThrowsError(try Store.open(path: path).ingest(documents: StoreFixtures.synthetic(2))) { error in
      guard case let .locked(p, seconds, holders)? = error as? StoreError else { return XCTFail("\(error)") }
      XCTAssertEqual(p, path)
      XCTAssertEqual(seconds, 1)
      XCTAssertEqual(holders.count, 1, "\(holders)")
      XCTAssertTrue(holders.first?.contains("PID \(holder.processIdentifier)") ?? false, "\(holders)")
      XCTAssertTrue("\(error)".contains("khoá"))
    }
  }
}
