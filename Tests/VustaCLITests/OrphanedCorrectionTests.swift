import Foundation
import XCTest

/// A correction whose sentence was edited in the article is not lost in silence: ingest counts
/// it and `vusta facts --orphaned` shows it with the sentence it was made on (issue 12, item 5).
final class OrphanedCorrectionTests: XCTestCase {
  func testAnEditedSentenceLeavesItsCorrectionListedAsOrphaned() throws {
    let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vusta-orphan-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(at: VustaProcess.repoRoot.appendingPathComponent("seeds"),
                                     to: dir.appendingPathComponent("seeds"))
    func vusta(_ args: String...) throws -> (code: Int32, out: String, err: String) {
      try VustaProcess.run(args, cwd: dir)
    }
    XCTAssertEqual(try vusta("ingest", "--db", "v.sqlite", "seeds").code, 0)
    let facts = try vusta("facts", "--db", "v.sqlite", "--kind", "meeting", "--format", "json")
    let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(facts.out.utf8)) as? [[String: Any]])
    let fact = try XCTUnwrap(list.first { ($0["document"] as? String)?.hasSuffix(".txt") == true })
    let id = try XCTUnwrap(fact["id"] as? String), file = try XCTUnwrap(fact["document"] as? String)
    let evidence = try XCTUnwrap(fact["evidence"] as? String)
    XCTAssertEqual(try vusta("correct", "--db", "v.sqlite", id, "--province", "Hà Nam").code, 0)
    let none = try vusta("facts", "--db", "v.sqlite", "--orphaned", "--format", "json").out
    XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(none.utf8)) as? [Any])?.count, 0, none)

    // the sentence is edited: its fact gets another id, the correction matches nothing
    var text = try String(contentsOfFile: file, encoding: .utf8)
    let words = evidence.split(separator: " ")
    let edited = words.prefix(6).joined(separator: " ")
    XCTAssertTrue(text.contains(edited), "the evidence starts as written in the file")
    text = text.replacingOccurrences(of: edited, with: edited + " (đã sửa)")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let again = try vusta("ingest", "--db", "v.sqlite", "seeds")
    XCTAssertEqual(again.code, 0, again.err)
    XCTAssertTrue(again.err.contains("1 hiệu chỉnh không còn khớp dữ kiện nào"), again.err)
    let orphans = try vusta("facts", "--db", "v.sqlite", "--orphaned", "--format", "json")
    let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(orphans.out.utf8)) as? [[String: Any]])
    XCTAssertEqual(rows.count, 1)
    XCTAssertEqual(rows.first?["factKey"] as? String, id)
    XCTAssertEqual(rows.first?["value"] as? String, "Hà Nam")
    XCTAssertEqual(rows.first?["evidence"] as? String, evidence)
    let table = try vusta("facts", "--db", "v.sqlite", "--orphaned")
    XCTAssertTrue(table.out.contains("Hiệu chỉnh không còn khớp dữ kiện nào (1)") && table.out.contains(id), table.out)
  }
}
