import Foundation
import XCTest

/// One file is one article however its path is typed, wherever it moves; a copy is not counted
/// twice; a deleted file is reported and pruned (issue 12, item 1).
final class DocumentIdentityTests: XCTestCase {
  var dir: URL!

  override func setUpWithError() throws {
    dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vusta-id-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: VustaProcess.repoRoot.appendingPathComponent("seeds"),
                                     to: dir.appendingPathComponent("seeds"))
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

  @discardableResult
  func vusta(_ args: String...) throws -> (code: Int32, out: String, err: String) {
    try VustaProcess.run(args, cwd: dir)
  }

  /// Meetings, members and citations of 2020–2023 as JSON, to compare stores.
  func statistics() throws -> String {
    try ["meetings", "members", "citations"].map {
      try vusta("stats", $0, "--db", "v.sqlite", "--years", "2020-2023", "--format", "json").out
    }.joined()
  }

  func testTheSamePathTypedThreeWaysIsStoredOnce() throws {
    XCTAssertEqual(try vusta("ingest", "--db", "v.sqlite", "seeds").code, 0)
    let once = try statistics()
    for typed in ["./seeds", dir.path + "/seeds", "seeds/../seeds/"] {
      let r = try vusta("ingest", "--db", "v.sqlite", typed)
      XCTAssertEqual(r.code, 0, r.err)
      XCTAssertTrue(r.err.contains("0 mới, 0 cập nhật, 5 không đổi"), "\(typed): \(r.err)")
    }
    // from another folder, by a relative path that leads to the same files
    let sub = dir.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let r = try VustaProcess.run(["ingest", "--db", "../v.sqlite", "../seeds"], cwd: sub)
    XCTAssertTrue(r.err.contains("5 không đổi"), r.err)
    XCTAssertEqual(try statistics(), once)
  }

  func testAMovedFolderKeepsItsFactsAndACopyIsNotCountedTwice() throws {
    XCTAssertEqual(try vusta("ingest", "--db", "v.sqlite", "seeds").code, 0)
    let once = try statistics()
    try FileManager.default.moveItem(at: dir.appendingPathComponent("seeds"), to: dir.appendingPathComponent("bai-viet"))
    let moved = try vusta("ingest", "--db", "v.sqlite", "bai-viet")
    XCTAssertTrue(moved.err.contains("5 chuyển chỗ"), moved.err)
    XCTAssertEqual(try statistics(), once)
    try FileManager.default.copyItem(at: dir.appendingPathComponent("bai-viet"), to: dir.appendingPathComponent("ban-sao"))
    let copy = try vusta("ingest", "--db", "v.sqlite", "ban-sao")
    XCTAssertEqual(copy.code, 0, copy.err)
    XCTAssertTrue(copy.err.contains("5 trùng nội dung") && copy.err.contains("cùng nội dung với"), copy.err)
    XCTAssertEqual(try statistics(), once)
  }

  func testADeletedFileIsReportedThenPruned() throws {
    XCTAssertEqual(try vusta("ingest", "--db", "v.sqlite", "seeds").code, 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("seeds").path).sorted()
    let victim = try XCTUnwrap(names.first { $0.hasPrefix("003") })
    try FileManager.default.removeItem(at: dir.appendingPathComponent("seeds/" + victim))
    let warned = try vusta("ingest", "--db", "v.sqlite", "seeds")
    XCTAssertEqual(warned.code, 0, warned.err)
    XCTAssertTrue(warned.err.contains("1 bài trong kho không còn tệp") && warned.err.contains(victim), warned.err)
    let before = try vusta("facts", "--db", "v.sqlite", "--format", "csv").out
    XCTAssertTrue(before.contains(victim))
    let pruned = try vusta("ingest", "--db", "v.sqlite", "--prune", "seeds")
    XCTAssertTrue(pruned.err.contains("1 đã xoá vì tệp không còn"), pruned.err)
    XCTAssertFalse(pruned.err.contains("không còn tệp:"), pruned.err)
    XCTAssertFalse(try vusta("facts", "--db", "v.sqlite", "--format", "csv").out.contains(victim))
  }
}
