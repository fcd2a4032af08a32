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

  /// A file reached twice in one run — a link beside it in its folder, or typed twice — is one
  /// article (the ingest once failed on SQLite's UNIQUE constraint, English and exit 1), and a
  /// link that leads nowhere is named.
  func testALinkBesideItsFileAndAFileTypedTwiceAreOneArticle() throws {
    let seeds = dir.appendingPathComponent("seeds").path
    let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: seeds).first { $0.hasPrefix("003") })
    try FileManager.default.createSymbolicLink(atPath: seeds + "/lien-ket.txt", withDestinationPath: name)
    try FileManager.default.createSymbolicLink(atPath: seeds + "/hong.txt", withDestinationPath: "/khong-co/tep.txt")
    let r = try vusta("ingest", "--db", "v.sqlite", "seeds", "seeds/" + name, "./seeds/" + name)
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.err.contains("Đã đọc 5 bài: 5 mới"), r.err)
    XCTAssertTrue(r.err.contains("hong.txt") && r.err.contains("liên kết không dẫn tới tệp nào"), r.err)
    let listed = try vusta("extract", "seeds")
    XCTAssertEqual(listed.code, 0, listed.err)
    XCTAssertFalse(listed.out.contains("lien-ket"), "the link listed beside its file")
  }

  /// A folder that may not be read is not a folder whose files are gone: `--prune` keeps them.
  /// (Run as "nobody" through setpriv where the test runs as root, which reads every folder.)
  func testAFolderThatCannotBeReadIsNotPruned() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      throw XCTSkip("needs root and setpriv to run as another user")
    }
    func asNobody(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
      try VustaProcess.run(["--reuid=65534", "--regid=65534", "--clear-groups", VustaProcess.binary.path] + args,
                           cwd: URL(fileURLWithPath: "/"), tool: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
    let probe = try asNobody(["provinces"])
    guard probe.code == 0 else { throw XCTSkip("nobody cannot run the binary here: \(probe.err)") }
    let tree = dir.appendingPathComponent("cay")
    try FileManager.default.createDirectory(at: tree.appendingPathComponent("con"), withIntermediateDirectories: true)
    let seeds = dir.appendingPathComponent("seeds").path
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
    try FileManager.default.copyItem(atPath: seeds + "/" + names[0], toPath: tree.path + "/con/" + names[0])
    try FileManager.default.copyItem(atPath: seeds + "/" + names[1], toPath: tree.path + "/" + names[1])
    for p in [dir.path, tree.path, tree.path + "/con"] { chmod(p, 0o777) }
    let db = dir.path + "/nobody.sqlite"
    let first = try asNobody(["ingest", "--db", db, tree.path])
    XCTAssertEqual(first.code, 0, first.err)
    chmod(tree.path + "/con", 0o000)
    defer { chmod(tree.path + "/con", 0o755) }
    let r = try asNobody(["ingest", "--db", db, "--prune", tree.path])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.err.contains("không đọc được thư mục"), r.err)
    XCTAssertFalse(r.err.contains("đã xoá vì tệp không còn") || r.err.contains("không còn tệp"), r.err)
    let facts = try vusta("facts", "--db", db, "--format", "csv")
    XCTAssertTrue(facts.out.contains(names[0]), "the unreadable folder's article was pruned: \(facts.out)")
  }
}
