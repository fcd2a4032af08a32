import XCTest
import Foundation
import GRDB
@testable import VustaStore

/// Opening a store a second time in one process must not drop the first one's SQLite locks:
/// without them another process finds the store unused, checkpoints it and deletes its
/// write-ahead log under our live connections ("database disk image is malformed", lost writes).
final class OpenTwiceTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-twice-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

  /// The POSIX locks this process holds on the file at `path` (from Linux's /proc/locks).
  func ownLocks(on path: String) throws -> Int {
    guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else {
      throw XCTSkip("/proc/locks is Linux only")
    }
    var st = stat()
    guard stat(path, &st) == 0 else { return 0 }
    return table.split(separator: "\n").filter { line in
      let f = line.split(separator: " ").filter { $0 != "->" }
      return f.count >= 6 && Int32(f[4]) == getpid() && f[5].split(separator: ":").last.flatMap { UInt64($0) } == UInt64(st.st_ino)
    }.count
  }

  func testASecondOpenKeepsTheFirstStoresLocks() throws {
    let path = dir + "/v.sqlite"
    let first = try Store.open(path: path)
    _ = try first.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
    XCTAssertGreaterThan(try ownLocks(on: path), 0, "an open store holds a shared lock on its file")
    let second = try Store.open(path: path)
    _ = try second.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
    XCTAssertGreaterThan(try ownLocks(on: path), 0, "the second open dropped the first one's locks")
    XCTAssertTrue(OpenStoreFiles.isOpen(path: path))
    withExtendedLifetime((first, second)) {}
  }

  func testAnotherProcessClosingDoesNotDeleteTheLogUnderAnOpenStore() throws {
    let python = "/usr/bin/python3"
    guard FileManager.default.isExecutableFile(atPath: python) else { throw XCTSkip("needs python3's sqlite3") }
    let path = dir + "/v.sqlite"
    let first = try Store.open(path: path)
    let second = try Store.open(path: path)
    _ = try second.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
    // another process opens the store, reads and closes: it may only checkpoint and delete the
    // log when nobody else has the store open
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python)
    p.arguments = ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT COUNT(*) FROM document').fetchone(); c.close()", path]
    try p.run()
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"), "the write-ahead log was deleted under an open store")
    try first.write { db in try db.execute(sql: "INSERT INTO webUser VALUES ('a', 'viewer', 'x', '2026-01-01')") }
    XCTAssertEqual(try second.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM webUser") }, 1)
    withExtendedLifetime((first, second)) {}
  }

  func testClosingTheStoreForgetsTheFile() throws {
    let path = dir + "/v.sqlite"
    do {
      let s = try Store.open(path: path)
      XCTAssertTrue(OpenStoreFiles.isOpen(path: path))
      withExtendedLifetime(s) {}
    }
    XCTAssertFalse(OpenStoreFiles.isOpen(path: path), "a closed store's file is checked again when opened")
  }
}
