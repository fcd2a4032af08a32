import Foundation
import XCTest

/// What `vusta extract` and `ingest` say about odd input instead of staying silent (issue 12,
/// item 6): names that are not UTF-8, sources.csv rows for missing files or in conflict, control
/// characters in a URL, UTF-16 without a BOM.
final class CorpusWarningTests: XCTestCase {
  var dir = ""
  let article = "Tin\nNgày 5/6/2023, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành."

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-corpus-warn-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try article.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func testANameThatIsNotUTF8AndAMissingRowFileAreWarnings() throws {
    let raw = Array(dir.utf8) + Array("/h".utf8) + [0xF4, 0xF2] + Array("i.txt".utf8) + [0]
    let fd = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
    XCTAssertGreaterThanOrEqual(fd, 0)
    close(fd)
    try "file,url\na.txt,https://x.vn/a\nmat.txt,https://x.vn/b\n".write(toFile: dir + "/sources.csv", atomically: true, encoding: .utf8)
    let r = try VustaProcess.run(["extract", dir, "--format", "table"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.err.contains("không phải UTF-8") && r.err.contains("not UTF-8"), r.err)
    XCTAssertTrue(r.err.contains("sources.csv:3") && r.err.contains("mat.txt"), r.err)
    XCTAssertTrue(r.out.contains("Kon Tum"), r.out)
  }

  func testConflictingRowsAndAControlCharacterInAURLStopTheRun() throws {
    try "file,url\na.txt,https://x.vn/a\na.txt,https://x.vn/b\n".write(toFile: dir + "/sources.csv", atomically: true, encoding: .utf8)
    var r = try VustaProcess.run(["ingest", "--db", dir + "/v.sqlite", dir])
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("sources.csv:3") && r.err.contains("dòng 2"), r.err)
    try Data("file,url\na.txt,https://x.vn/a\u{0}b\n".utf8).write(to: URL(fileURLWithPath: dir + "/sources.csv"))
    r = try VustaProcess.run(["extract", dir])
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("sources.csv:2") && r.err.contains("URL"), r.err)
  }

  func testUTF16WithoutABOMIsReadNotSkipped() throws {
    let bytes = article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/a.txt"))
    let r = try VustaProcess.run(["extract", dir, "--format", "table"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.out.contains("Kon Tum"), r.out)
    XCTAssertTrue(r.err.contains("UTF-16LE"), r.err)
  }
}
