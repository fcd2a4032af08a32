import Foundation
import XCTest

/// Usage errors exit 2 as the README says, in Vietnamese with the English gist; a file name that
/// starts with "-" is a usage error with a hint, never help and exit 0 (issue 12, item 16).
final class UsageErrorTests: XCTestCase {
  func run(_ args: [String], cwd: URL = VustaProcess.repoRoot) throws -> (code: Int32, out: String, err: String) {
    try VustaProcess.run(args, cwd: cwd)
  }

  func testParserErrorsExit2InVietnameseWithTheEnglishGist() throws {
    for args in [["stats", "meetings", "--bogus"], ["stats", "meetings", "--year"], ["ingest"],
                 ["stats", "meetings", "--years", "abc"], ["stats", "meetings", "--by", "tinh"], ["nope"]] {
      let r = try run(args)
      XCTAssertEqual(r.code, 2, "\(args): \(r.err)")
      XCTAssertTrue(r.err.contains("lỗi cách dùng") && r.err.contains("usage error"), "\(args): \(r.err)")
      XCTAssertTrue(r.err.contains("vusta"), r.err)
    }
  }

  /// An option that would print an answer it is not — a misspelt kind listing nothing, a
  /// grouping a statistic ignores — is a usage error naming what is accepted (checked before
  /// the store is opened: no store is needed).
  func testOptionsThatWouldBeIgnoredAreUsageErrors() throws {
    let kind = try run(["facts", "--db", "/nonexistent/none.sqlite", "--kind", "giaoban"])
    XCTAssertEqual(kind.code, 2, kind.err)
    XCTAssertTrue(kind.err.contains("giao_ban") && kind.err.contains("\"giaoban\""), kind.err)
    XCTAssertEqual(try run(["facts", "--db", "/nonexistent/none.sqlite", "--limit", "0"]).code, 2)
    let undo = try run(["correct", "M-64d2fe5937a7", "--undo", "--province", "Hà Nội", "--db", "/nonexistent/none.sqlite"])
    XCTAssertEqual(undo.code, 2, undo.err)
    XCTAssertTrue(undo.err.contains("--undo"), undo.err)
    let both = try run(["correct", "M-64d2fe5937a7", "--reject", "--restore", "--db", "/nonexistent/none.sqlite"])
    XCTAssertTrue(both.err.contains("--reject và --restore"), both.err)
    for statistic in ["members", "citations"] {
      let r = try run(["stats", statistic, "--db", "/nonexistent/none.sqlite", "--by", "year"])
      XCTAssertEqual(r.code, 2, r.err)
      XCTAssertTrue(r.err.contains("--by chỉ dùng với stats meetings"), r.err)
    }
  }

  func testADashedFileNameIsAUsageErrorWithAHintNotHelp() throws {
    let r = try run(["ingest", "-hoi-nghi.txt"])
    XCTAssertEqual(r.code, 2, r.err)
    XCTAssertFalse(r.out.contains("USAGE") || r.out.contains("OVERVIEW"), r.out)
    XCTAssertTrue(r.err.contains("vusta ingest -- -hoi-nghi.txt"), r.err)
    XCTAssertTrue(r.err.contains("./-hoi-nghi.txt"), r.err)
    XCTAssertTrue(r.err.contains("lỗi cách dùng") && r.err.contains("usage error"), r.err)
  }

  func testTheDoubleDashTerminatorReadsTheFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-usage-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Tin\nNgày 5/6/2023, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành."
      .write(to: dir.appendingPathComponent("-hoi-nghi.txt"), atomically: true, encoding: .utf8)
    let extracted = try run(["extract", "--format", "table", "--", "-hoi-nghi.txt"], cwd: dir)
    XCTAssertEqual(extracted.code, 0, extracted.err)
    XCTAssertTrue(extracted.out.contains("Kon Tum"), extracted.out)
    let ingested = try run(["ingest", "--db", "v.sqlite", "--", "-hoi-nghi.txt"], cwd: dir)
    XCTAssertEqual(ingested.code, 0, ingested.err)
    XCTAssertTrue(ingested.err.contains("1 mới"), ingested.err)
  }

  func testHelpStillExits0() throws {
    let r = try run(["ingest", "--help"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.out.contains("CÁCH DÙNG (USAGE)") && r.out.contains("TÙY CHỌN (OPTIONS)"), r.out)
    XCTAssertTrue(r.out.contains("In hướng dẫn này"), r.out)
    XCTAssertFalse(r.out.contains("Show help information"), r.out)
    XCTAssertEqual(try run(["ingest", "-h"]).code, 0)
    let top = try run(["help"])
    XCTAssertEqual(top.code, 0)
    XCTAssertTrue(top.out.contains("LỆNH CON (SUBCOMMANDS)") && top.out.contains("Mã thoát"), top.out)
    let completion = try run(["--generate-completion-script", "bash"])
    XCTAssertEqual(completion.code, 0)
    XCTAssertFalse(completion.out.contains("TÙY CHỌN"), "a completion script is not translated")
  }
}
