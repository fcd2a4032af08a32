import Foundation
import GRDB
import XCTest
@testable import VustaStore

final class BadStoreTests: XCTestCase {
  func testNotSQLiteIsRefusedAndUntouched() throws {
    let path = StoreFixtures.temporaryFolder() + "/notes.sqlite"
    let bytes = Data("Báo cáo năm 2023, không phải cơ sở dữ liệu\n".utf8)
    try bytes.write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try Store.open(path: path)) { error in
      XCTAssertEqual(error as? StoreError, .notSQLite(path: path))
      XCTAssertTrue("\(error)".contains(path))
    }
    XCTAssertThrowsError(try Store.open(path: path, access: .readOnly))
    XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
    XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
  }

  func testSQLiteOfAnotherProgramIsRefused() throws {
    let path = StoreFixtures.temporaryFolder() + "/other.sqlite"
    do {
      let q = try DatabaseQueue(path: path)
      try q.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
      try q.close()
    }
    let before = FileManager.default.contents(atPath: path)
    XCTAssertThrowsError(try Store.open(path: path)) { XCTAssertEqual($0 as? StoreError, .foreignDatabase(path: path)) }
    XCTAssertEqual(FileManager.default.contents(atPath: path), before)
  }

  func testNewerSchemaIsRefusedAndUntouched() throws {
    let path = StoreFixtures.temporaryFolder() + "/newer.sqlite"
    do {
      let store = try Store.open(path: path)
      try store.ingest(documents: StoreFixtures.synthetic(5))
      try store.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9 future columns')") }
      try (store.writer as? DatabasePool)?.close()
    }
    let before = FileManager.default.contents(atPath: path)
    XCTAssertThrowsError(try Store.open(path: path)) { error in
      XCTAssertEqual(error as? StoreError, .newerSchema(path: path, unknown: ["v9 future columns"]))
      XCTAssertTrue("\(error)".contains("mới hơn"))
    }
    XCTAssertThrowsError(try Store.open(path: path, access: .readOnly))
    XCTAssertEqual(FileManager.default.contents(atPath: path), before)
  }

  func testReadOnlyStoreIsReportedNotCorrupted() throws {
    let folder = StoreFixtures.temporaryFolder()
    let path = folder + "/ro.sqlite"
    do {
      let store = try Store.open(path: path)
      try store.ingest(documents: StoreFixtures.synthetic(20))
      try (store.writer as? DatabasePool)?.close()
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    let before = FileManager.default.contents(atPath: path)
    XCTAssertThrowsError(try Store.open(path: path)) { XCTAssertEqual($0 as? StoreError, .readOnly(path: path)) }
    XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    let reader = try Store.open(path: path, access: .readOnly)
    XCTAssertEqual(try StoreFixtures.counts(reader)["document"], 20)
  }

  func testMissingStoreForReadingIsReported() {
    let path = StoreFixtures.temporaryFolder() + "/none.sqlite"
    XCTAssertThrowsError(try Store.open(path: path, access: .readOnly)) {
      XCTAssertEqual($0 as? StoreError, .missing(path: path))
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: path))
  }
}
