import Foundation
import GRDB
import XCTest

/// A member count so large that sums overflow (issue 12, item 8): stats, chart and report name
/// the fact and exit 65 instead of trapping.
final class HugeFigureTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-huge-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  /// A store with two provinces' member counts of 2022, both then set to Int.max with SQL.
  func hugeStore() throws -> String {
    func doc(_ i: Int, _ province: String) -> String {
      """
      {"id":"d\(i)","path":"d\(i).txt","sha256":"\(String(repeating: "\(i)", count: 64))","title":"t","published":"2022-06-01",
       "url":null,"meetings":[],"citations":[],"memberFigures":[{"confidence":"high","date":"2022-06-01","evidence":"e",
       "metric":"hoi_vien","province":"\(province)","province2025":null,"qualifier":"exact","value":15500,"why":null}]}
      """
    }
    let facts = dir + "/facts.json"
    try "{\"documents\":[\(doc(1, "Kon Tum")),\(doc(2, "Hà Nội"))]}".write(toFile: facts, atomically: true, encoding: .utf8)
    let db = dir + "/v.sqlite"
    let r = try VustaProcess.run(["ingest", "--db", db, "--facts", facts])
    XCTAssertEqual(r.code, 0, r.err)
    let queue = try DatabaseQueue(path: db)
    try queue.write { try $0.execute(sql: "UPDATE figure SET value = 9223372036854775807") }
    try queue.close()
    return db
  }

  func assertNamesTheFact(_ r: (code: Int32, out: String, err: String), file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(r.code, 65, r.err, file: file, line: line)
    XCTAssertTrue(r.err.contains("F-"), r.err, file: file, line: line)
    XCTAssertTrue(r.err.contains("--reject"), r.err, file: file, line: line)
    XCTAssertFalse(r.err.contains("Fatal error"), r.err, file: file, line: line)
  }

  func testStatsMembersNamesTheFactInsteadOfTrapping() throws {
    let db = try hugeStore()
    assertNamesTheFact(try VustaProcess.run(["stats", "members", "--db", db]))
  }

  func testChartNamesTheFactInsteadOfTrapping() throws {
    let db = try hugeStore()
    assertNamesTheFact(try VustaProcess.run(["chart", "members-by-province", "--year", "2022", "--db", db, "-o", dir + "/c.png"]))
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/c.png"))
  }

  func testReportNamesTheFactInsteadOfTrapping() throws {
    let db = try hugeStore()
    assertNamesTheFact(try VustaProcess.run(["report", "--no-ingest", "--year", "2022", "--db", db, "--out", dir + "/out"]))
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out"))
  }
}
