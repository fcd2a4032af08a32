import Foundation
import XCTest

/// Years outside 1945…2100 (0000, 9999) are refused wherever a person types one, and the message
/// says which years are accepted (issue 12, item 6).
final class ImpossibleYearTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-years-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
    try VustaProcess.run(args, cwd: URL(fileURLWithPath: dir))
  }

  func assertRefused(_ args: [String], code: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
    let r = try run(args)
    XCTAssertEqual(r.code, code, "\(args): \(r.err)", file: file, line: line)
    XCTAssertTrue(r.err.contains("1945") && r.err.contains("2100"), "\(args): \(r.err)", file: file, line: line)
  }

  func testYearOptionsAreUsageErrors() throws {
    let db = dir + "/v.sqlite"
    XCTAssertEqual(try run(["ingest", "--db", db, VustaProcess.repoRoot.path + "/seeds"]).code, 0)
    for y in ["0", "0000", "9999", "1944", "2101"] {
      try assertRefused(["stats", "meetings", "--db", db, "--year", y], code: 2)
      try assertRefused(["facts", "--db", db, "--year", y], code: 2)
      try assertRefused(["report", "--no-ingest", "--db", db, "--year", y, "--out", dir + "/out"], code: 2)
      try assertRefused(["chart", "meetings-by-province", "--db", db, "--year", y, "-o", dir + "/c.png"], code: 2)
    }
    try assertRefused(["stats", "meetings", "--db", db, "--years", "0000-2020"], code: 2)
    try assertRefused(["stats", "members", "--db", db, "--years", "2020-9999"], code: 2)
    try assertRefused(["report", "--no-ingest", "--db", db, "--years", "9999"], code: 2)
    try assertRefused(["report", "--no-ingest", "--db", db, "--year", "2022", "--date", "9999-01-05"], code: 2)
    try assertRefused(["synth", "--articles", "3", "--years", "9999", dir + "/s"], code: 2)
    try assertRefused(["synth", "--articles", "3", "--years", "0000-2000", dir + "/s"], code: 2)
    XCTAssertEqual(try run(["stats", "meetings", "--db", db, "--year", "1945"]).code, 0)
    XCTAssertEqual(try run(["stats", "meetings", "--db", db, "--years", "2020-2100"]).code, 0)
  }

  func testCorrectDateRefusesImpossibleYears() throws {
    let db = dir + "/v.sqlite"
    XCTAssertEqual(try run(["ingest", "--db", db, VustaProcess.repoRoot.path + "/seeds"]).code, 0)
    let facts = try run(["facts", "--db", db, "--kind", "meeting", "--format", "json"])
    let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(facts.out.utf8)) as? [[String: Any]])
    let id = try XCTUnwrap(list.first?["id"] as? String)
    for d in ["31/12/9999", "0000", "9999-01-01", "01/1900"] {
      try assertRefused(["correct", "--db", db, id, "--date", d], code: 65)
    }
    XCTAssertEqual(try run(["correct", "--db", db, id, "--date", "16/10/2020"]).code, 0)
  }

  func testImportRefusesImpossibleYearsNamingTheLine() throws {
    let csv = dir + "/so-lieu.csv"
    try "Tỉnh,Ngày,Loại,Số hội viên\nHải Phòng,27/12/2022,Tổng kết,\nNam Định,9999,Hội viên,1200\nHà Nội,01/01/0000,Giao ban,\n"
      .write(toFile: csv, atomically: true, encoding: .utf8)
    let r = try run(["import", "--db", dir + "/v.sqlite", csv])
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("dòng 3") && r.err.contains("dòng 4"), r.err)
    XCTAssertTrue(r.err.contains("1945") && r.err.contains("2100"), r.err)
  }

  func testSourcesCSVRefusesImpossibleYearsNamingTheLine() throws {
    try "Tin".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    try "file,published\na.txt,9999-01-01\n".write(toFile: dir + "/sources.csv", atomically: true, encoding: .utf8)
    let r = try run(["extract", dir])
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("sources.csv:2") && r.err.contains("1945") && r.err.contains("2100"), r.err)
  }
}
