import Foundation
import XCTest

/// Runs the built `vusta` binary as a person would.
final class CommandLineTests: XCTestCase {
  static var repoRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) { try VustaProcess.run(args) }

  func testMissingPathExits66WithItsName() throws {
    let r = try run(["extract", "no/such/folder"])
    XCTAssertEqual(r.code, 66)
    XCTAssertTrue(r.err.contains("no/such/folder"), r.err)
  }

  func testExtractPrintsTheFactsContract() throws {
    let r = try run(["extract", "seeds", "--format", "json"])
    XCTAssertEqual(r.code, 0, r.err)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let docs = try XCTUnwrap(json["documents"] as? [[String: Any]])
    XCTAssertEqual(docs.count, 5)
    for key in ["id", "path", "sha256", "title", "published", "url", "meetings", "memberFigures", "citations"] {
      XCTAssertTrue(docs[0].keys.contains(key), key)
    }
    let meeting = try XCTUnwrap((docs[0]["meetings"] as? [[String: Any]])?.first)
    XCTAssertEqual(meeting["date"] as? String, "2020-10-16")
    XCTAssertEqual(meeting["province"] as? String, "Phú Thọ")
    XCTAssertEqual(meeting["kind"] as? String, "giao_ban")
    XCTAssertNotNil(meeting["evidence"] as? String)
  }

  func testBinaryFileIsSkippedAndTheRunGoesOn() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    FileManager.default.createFile(atPath: dir.appendingPathComponent("a.txt").path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0]))
    try "Tin\nNgày 5/6, Liên hiệp hội tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành."
      .write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let r = try run(["extract", dir.path, "--format", "table"])
    XCTAssertEqual(r.code, 0)
    XCTAssertTrue(r.err.contains("a.txt"), r.err)
    XCTAssertTrue(r.out.contains("Kon Tum"), r.out)
  }

  func testBadSourcesCSVExits65NamingTheLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "x".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "file,published\na.txt,hôm qua\n".write(to: dir.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
    let r = try run(["extract", dir.path])
    XCTAssertEqual(r.code, 65)
    XCTAssertTrue(r.err.contains("sources.csv:2"), r.err)
  }

  func testProvincesListsBothDivisions() throws {
    let r = try run(["provinces", "--format", "json"])
    XCTAssertEqual(r.code, 0)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let units = try XCTUnwrap(json["units"] as? [[String: Any]])
    XCTAssertEqual(units.filter { $0["system"] as? String == "old" }.count, 63)
    XCTAssertEqual(units.filter { $0["system"] as? String == "new" }.count, 34)
    let hg = units.first { $0["name"] as? String == "Hà Giang" }
    XCTAssertEqual(hg?["mergedInto"] as? String, "08 Tuyên Quang")
  }
}
