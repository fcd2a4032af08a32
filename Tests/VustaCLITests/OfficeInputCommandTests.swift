import Foundation
import GRDB
import XCTest

/// `vusta extract` and `vusta ingest` on a folder of Word documents, PDFs and text, good and
/// broken (issue 11, item 2): the good ones read, each bad one named in a warning, exit 0.
final class OfficeInputCommandTests: XCTestCase {
  var dir = ""
  let fixtures = VustaProcess.repoRoot.appendingPathComponent("Tests/VustaCorpusTests/Fixtures/office")

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-office-cli-" + UUID().uuidString
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir + "/tai-lieu", withIntermediateDirectories: true)
    for (from, to) in [("bao-cao-nghe-an.docx", "bao-cao.docx"), ("ban-tin-hai-cot.pdf", "ban-tin.pdf"),
                       ("ban-scan.pdf", "scan.pdf"), ("bao-cao-mat-khau.pdf", "mat-khau.pdf")] {
      try fm.copyItem(atPath: fixtures.appendingPathComponent(from).path, toPath: dir + "/tai-lieu/" + to)
    }
    let docx = try Data(contentsOf: fixtures.appendingPathComponent("bao-cao-nghe-an.docx"))
    try docx.prefix(docx.count / 3).write(to: URL(fileURLWithPath: dir + "/tai-lieu/hong.docx"))
    try "Tin\nNgày 5/6/2023, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành."
      .write(toFile: dir + "/tai-lieu/tin.txt", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func testExtractReadsTheGoodFilesAndNamesTheBadOnes() throws {
    let r = try VustaProcess.run(["extract", dir + "/tai-lieu", "--format", "table"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.out.contains("■ bao-cao  15/12/2023  Kết quả hoạt động năm 2023 và phương hướng nhiệm vụ năm 2024"), r.out)
    XCTAssertTrue(r.out.contains("08/12/2023  Nghệ An"), r.out)
    XCTAssertTrue(r.out.contains("14/10/2022  Thái Bình"), r.out)
    XCTAssertTrue(r.out.contains("Kon Tum"), r.out)
    for (file, words) in [("hong.docx", "hỏng"), ("scan.pdf", "ảnh quét"), ("mat-khau.pdf", "mật khẩu")] {
      XCTAssertTrue(r.err.contains("vusta: cảnh báo: \(dir)/tai-lieu/\(file): ") && r.err.contains(words), r.err)
    }
    let json = try VustaProcess.run(["extract", dir + "/tai-lieu/bao-cao.docx"])
    XCTAssertEqual(json.code, 0, json.err)
    XCTAssertTrue(json.out.contains("\"published\" : \"2023-12-15\""), json.out)
  }

  func testIngestStoresTheirFactsAndAgainChangesNothing() throws {
    let db = dir + "/v.sqlite"
    var r = try VustaProcess.run(["ingest", "--db", db, dir + "/tai-lieu"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertTrue(r.err.contains("scan.pdf") && r.err.contains("mat-khau.pdf") && r.err.contains("hong.docx"), r.err)
    let queue = try DatabaseQueue(path: db)
    let provinces = try queue.read { try String.fetchAll($0, sql: "SELECT DISTINCT province FROM meeting ORDER BY province") }
    XCTAssertEqual(provinces, ["Kon Tum", "Nghệ An", "Thái Bình"])
    let count = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meeting") }
    r = try VustaProcess.run(["ingest", "--db", db, dir + "/tai-lieu"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meeting") }, count)
  }
}
