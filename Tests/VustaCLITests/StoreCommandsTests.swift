import Foundation
import GRDB
import VustaStore
import XCTest

/// Runs the built `vusta` binary: ingest, facts, correct, import, stats, synth.
final class StoreCommandsTests: XCTestCase {
  struct Run {
    var status: Int32
    var out: String
    var err: String
  }

  /// The `vusta` built beside the test bundle (Linux: the bundle's folder; macOS: its parent).
  static var binary: URL {
    let candidates = [Bundle.main.bundleURL.appendingPathComponent("vusta")]
      + Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }
      .map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("vusta") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func process(_ args: [String], cwd: String? = nil) -> Process {
    let p = Process()
    p.executableURL = Self.binary
    p.arguments = args
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "VUSTA_DB")
    p.environment = env
    return p
  }

  @discardableResult
  func vusta(_ args: String..., cwd: String? = nil) throws -> Run {
    let r = try VustaProcess.run(args, cwd: cwd.map { URL(fileURLWithPath: $0) }
      ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    return Run(status: r.code, out: r.out, err: r.err)
  }

  func folder() -> String {
    let p = NSTemporaryDirectory() + "vusta-cli-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: p) }
    return p
  }

  /// A synthetic corpus and a store holding its truth.
  func synthetic(_ n: Int) throws -> (dir: String, db: String) {
    let dir = folder()
    XCTAssertEqual(try vusta("synth", "--articles", "\(n)", "--years", "2019-2024", "--seed", "3", dir + "/corpus").status, 0)
    let db = dir + "/v.sqlite"
    let r = try vusta("ingest", "--db", db, "--facts", dir + "/corpus/truth.json")
    XCTAssertEqual(r.status, 0, r.err)
    XCTAssertTrue(r.err.contains("Đã đọc \(n) bài: \(n) mới"), r.err)
    return (dir, db)
  }

  func testStatsTablesCSVAndJSON() throws {
    let (_, db) = try synthetic(80)
    let table = try vusta("stats", "meetings", "--db", db, "--year", "2022")
    XCTAssertEqual(table.status, 0, table.err)
    XCTAssertTrue(table.out.contains("Tỉnh, thành phố"))
    XCTAssertTrue(table.out.contains("Danh mục: 63 tỉnh"))
    let lines = table.out.split(separator: "\n").map(String.init)
    let header = try XCTUnwrap(lines.first { $0.hasPrefix("Tỉnh, thành phố") })
    let rows = lines.drop { !$0.hasPrefix("───") }.dropFirst().prefix { !$0.hasPrefix("───") }
    for r in rows { XCTAssertEqual(r.count, header.count, "misaligned: \(r)") }
    let csv = try vusta("stats", "members", "--db", db, "--years", "2020-2024", "--format", "csv")
    XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}Tỉnh, thành phố") || csv.out.hasPrefix("\u{FEFF}\"Tỉnh, thành phố\""), csv.out)
    XCTAssertTrue(csv.out.contains("\r\n"))
    let json = try vusta("stats", "citations", "--db", db, "--format", "json")
    let obj = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    XCTAssertNotNil(obj?["coverage"])
    XCTAssertEqual(obj?["division"] as? String, "63")
  }

  func testUnknownProvinceListsNearestNamesAndRefusedDivision() throws {
    let (_, db) = try synthetic(20)
    let r = try vusta("stats", "meetings", "--db", db, "--province", "Hai Phongg")
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(r.err.contains("Hải Phòng"), r.err)
    let d = try vusta("stats", "meetings", "--db", db, "--year", "2025", "--division", "63")
    XCTAssertEqual(d.status, 2)
    XCTAssertTrue(d.err.contains("34"), d.err)
  }

  func testNotSQLiteStoreIsRefusedUntouched() throws {
    let dir = folder()
    let db = dir + "/notes.sqlite"
    try Data("ghi chú".utf8).write(to: URL(fileURLWithPath: db))
    let r = try vusta("ingest", "--db", db, "--facts", dir + "/none.json")
    XCTAssertEqual(r.status, 65)
    XCTAssertTrue(r.err.contains(db) && r.err.contains("SQLite"), r.err)
    XCTAssertEqual(FileManager.default.contents(atPath: db), Data("ghi chú".utf8))
    let s = try vusta("stats", "meetings", "--db", dir + "/missing.sqlite")
    XCTAssertEqual(s.status, 66)
  }

  func testABrokenFactsFileStoresNothingAndNamesTheLine() throws {
    let dir = folder()
    XCTAssertEqual(try vusta("synth", "--articles", "1050", "--years", "2021-2022", "--seed", "4", dir + "/c").status, 0)
    var text = try String(contentsOfFile: dir + "/c/truth.json", encoding: .utf8)
    text = text.replacingOccurrences(of: "\"sha256\"", with: "\"sha\"", options: [], range: text.range(of: "\"sha256\"", options: .backwards))
    let bad = dir + "/bad.json"
    try text.write(toFile: bad, atomically: true, encoding: .utf8)
    let db = dir + "/v.sqlite"
    let r = try vusta("ingest", "--db", db, "--facts", bad)
    XCTAssertEqual(r.status, 65, r.err)
    XCTAssertTrue(r.err.contains(bad + ":") && r.err.contains("tài liệu thứ 1050") && r.err.contains("thiếu khóa \"sha256\""), r.err)
    let facts = try vusta("facts", "--db", db, "--format", "json")
    XCTAssertEqual(facts.status, 0, facts.err)
    XCTAssertFalse(facts.out.contains("\"document\""), "the 1,049 good documents before it (a whole first batch) are not stored either")
  }

  func testAnOlderStoreIsUpgradedAndAReadOnlyOneIsRefusedWithExit74() throws {
    let dir = folder()
    let db = dir + "/old.sqlite", ro = dir + "/old-ro.sqlite"
    for path in [db, ro] {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator().migrate(queue, upTo: "v1 statistics indexes")
      try queue.write { db in
        try db.execute(sql: """
          INSERT INTO document (id, path, name, sha256, origin, date, year, p63, p34, ingestedAt)
            VALUES (1, 'a.txt', 'a', 'x', 'article', '2022-05-04', 2022, 'Hải Phòng', 'Hải Phòng', 'now');
          INSERT INTO meeting (documentId, factKey, date, province, kind, evidence, eDate, year, month, eKind,
            p63, p34, scope, eventId) VALUES (1, 'M-a-1', '2022-05-04', 'Hải Phòng', 'giao_ban', 'Ngày 4/5/2022',
            '2022-05-04', 2022, 5, 'giao_ban', 'Hải Phòng', 'Hải Phòng', 'province', 7);
          """)
      }
      try queue.close()
    }
    let r = try vusta("stats", "meetings", "--year", "2022", "--db", db)
    XCTAssertEqual(r.status, 0, r.err)
    XCTAssertTrue(r.err.contains("nâng cấp kho dữ liệu"), r.err)
    XCTAssertTrue(r.out.contains("Hải Phòng"), r.out)
    XCTAssertEqual(try vusta("stats", "meetings", "--year", "2022", "--db", db).err, "", "upgraded once")

    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: ro)
    let before = FileManager.default.contents(atPath: ro)
    let refused = try vusta("stats", "meetings", "--db", ro)
    XCTAssertEqual(refused.status, 74, refused.err)
    XCTAssertTrue(refused.err.contains("cũ hơn") && refused.err.contains("chỉ đọc"), refused.err)
    XCTAssertEqual(FileManager.default.contents(atPath: ro), before)
  }

  func testReadOnlyStoreIsReportedWithExit74() throws {
    let (_, db) = try synthetic(10)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
    let before = FileManager.default.contents(atPath: db)
    let r = try vusta("import", "--db", db, Self.repo.path + "/Package.swift")
    XCTAssertEqual(r.status, 65, r.err)  // the CSV is checked first
    let csv = folder() + "/ok.csv"
    try Data("Tỉnh,Ngày,Loại\nHải Phòng,1/2/2022,Giao ban\n".utf8).write(to: URL(fileURLWithPath: csv))
    let w = try vusta("import", "--db", db, csv)
    XCTAssertEqual(w.status, 74, w.err)
    XCTAssertTrue(w.err.contains("chỉ đọc"), w.err)
    XCTAssertEqual(FileManager.default.contents(atPath: db), before)
    XCTAssertEqual(try vusta("stats", "meetings", "--db", db).status, 0)
  }

  func testImportWithABadRowNamesTheLineAndImportsNothing() throws {
    let dir = folder()
    let db = dir + "/v.sqlite"
    let csv = dir + "/hoi-nghi.csv"
    try Data("\u{FEFF}Tỉnh,Ngày,Loại,Số hội viên\nHải Phòng,27/12/2022,Tổng kết,\nNam Đinh x,2022,Hội viên,1200\n".utf8)
      .write(to: URL(fileURLWithPath: csv))
    let r = try vusta("import", "--db", db, csv)
    XCTAssertEqual(r.status, 65)
    XCTAssertTrue(r.err.contains("dòng 3"), r.err)
    XCTAssertTrue(r.err.contains("Nam Định"), r.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: db))
    try Data("\u{FEFF}Tỉnh,Ngày,Loại,Số hội viên\nHải Phòng,27/12/2022,Tổng kết,\nNam Định,2022,Hội viên,1200\n".utf8)
      .write(to: URL(fileURLWithPath: csv))
    XCTAssertEqual(try vusta("import", "--db", db, csv).status, 0)
    let facts = try vusta("facts", "--db", db, "--format", "json")
    let list = try JSONSerialization.jsonObject(with: Data(facts.out.utf8)) as? [[String: Any]]
    XCTAssertEqual(list?.count, 2)
  }

  func testCorrectionThroughTheCommandLine() throws {
    let (_, db) = try synthetic(30)
    let facts = try vusta("facts", "--db", db, "--kind", "meeting", "--format", "json")
    let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(facts.out.utf8)) as? [[String: Any]])
    let id = try XCTUnwrap(list.first?["id"] as? String)
    XCTAssertEqual(try vusta("correct", "--db", db, id, "--province", "Hải Phòng").status, 0)
    let after = try vusta("facts", "--db", db, "--province", "Hai Phong", "--format", "csv")
    XCTAssertTrue(after.out.contains(id), after.out)
    let bad = try vusta("correct", "--db", db, "M-ffffffffffff", "--reject")
    XCTAssertEqual(bad.status, 65)
  }

  func testDoubtfulFactsAreListedForReviewUntilAPersonLooks() throws {
    let dir = folder()
    let corpus = dir + "/bai"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    // a meeting read in full, and one whose province comes only from the portal and whose kind is a guess
    try "Giao ban\nNgày 12/9/2019, tại Nghệ An, Liên hiệp các Hội KH&KT Việt Nam tổ chức hội nghị giao ban.\n"
      .write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
    try "Hội nghị\nNgày 5/6/2020, Liên hiệp hội tỉnh tổ chức hội nghị quán triệt nghị quyết.\n"
      .write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
    try "file,url\nb.txt,https://lienhiephoikontum.org.vn/tin/1\n".write(toFile: corpus + "/sources.csv", atomically: true, encoding: .utf8)
    let db = dir + "/v.sqlite"
    XCTAssertEqual(try vusta("ingest", "--db", db, corpus).status, 0)
    let review = try vusta("facts", "--db", db, "--needs-review", "--format", "json")
    XCTAssertEqual(review.status, 0, review.err)
    let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(review.out.utf8)) as? [[String: Any]])
    XCTAssertEqual(list.count, 1, review.out)
    XCTAssertEqual(list.first?["confidence"] as? String, "low")
    XCTAssertEqual(list.first?["why"] as? String, "province from article context")
    XCTAssertEqual(list.first?["province"] as? String, "Kon Tum")
    let table = try vusta("facts", "--db", db, "--needs-review")
    XCTAssertTrue(table.out.contains("Dữ kiện cần rà soát (1)"), table.out)
    XCTAssertTrue(table.out.contains("tỉnh suy từ bối cảnh bài viết"), table.out)
    let id = try XCTUnwrap(list.first?["id"] as? String)
    XCTAssertEqual(try vusta("correct", "--db", db, id, "--reviewed").status, 0)
    let after = try vusta("facts", "--db", db, "--needs-review", "--format", "json")
    XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(after.out.utf8)) as? [Any])?.count, 0, after.out)
    // the review survives a changed article being ingested again
    try "Hội nghị\nNgày 5/6/2020, Liên hiệp hội tỉnh tổ chức hội nghị quán triệt nghị quyết.\nBài viết được cập nhật.\n"
      .write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
    XCTAssertEqual(try vusta("ingest", "--db", db, corpus).status, 0)
    let again = try vusta("facts", "--db", db, "--needs-review", "--format", "csv")
    XCTAssertFalse(again.out.contains(id), again.out)
    let all = try vusta("facts", "--db", db, "--format", "csv")
    XCTAssertTrue(all.out.contains("đã rà soát"), all.out)
  }

  func testAListingPageIsStoredAsItsItems() throws {
    let dir = folder()
    let page = """
      Tin hoạt động
      Liên hiệp hội tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 5
      12/05/2019
      Sáng 10/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức Hội nghị Ban Chấp hành lần thứ 5.
      Tập huấn nâng cao năng lực tư vấn phản biện
      03/05/2019
      Ngày 2/5, Liên hiệp hội tỉnh Thái Bình phối hợp mở lớp tập huấn cho cán bộ hội.
      Cảnh báo ùn tắc giao thông dịp nghỉ lễ
      29/04/2019
      Công an tỉnh khuyến cáo người dân chủ động lộ trình khi di chuyển trong dịp nghỉ lễ 30/4.
      """
    try page.write(toFile: dir + "/trang.txt", atomically: true, encoding: .utf8)
    let x = try vusta("extract", dir + "/trang.txt")
    let docs = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(x.out.utf8)) as? [String: Any])?["documents"] as? [[String: Any]])
    XCTAssertEqual(docs.compactMap { $0["id"] as? String }, ["trang#1", "trang#2", "trang#3"])
    let db = dir + "/v.sqlite"
    let r = try vusta("ingest", "--db", db, dir + "/trang.txt")
    XCTAssertEqual(r.status, 0, r.err)
    let facts = try vusta("facts", "--db", db, "--format", "csv")
    XCTAssertTrue(facts.out.contains("trang.txt#1") && facts.out.contains("trang.txt#2"), facts.out)
    // ingesting the same page again changes nothing
    let again = try vusta("ingest", "--db", db, dir + "/trang.txt")
    XCTAssertEqual(again.status, 0, again.err)
    XCTAssertEqual(try vusta("facts", "--db", db, "--format", "csv").out, facts.out)
  }

  func testKilledIngestLeavesAStoreThatOpensAndReingestsCleanly() throws {
    let dir = folder()
    XCTAssertEqual(try vusta("synth", "--articles", "2500", "--years", "2016-2024", "--seed", "8", dir + "/c").status, 0)
    let clean = dir + "/clean.sqlite"
    XCTAssertEqual(try vusta("ingest", "--db", clean, "--facts", dir + "/c/truth.json").status, 0)
    let killed = dir + "/killed.sqlite"
    let p = process(["ingest", "--db", killed, "--facts", dir + "/c/truth.json", dir + "/c"])
    p.standardError = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: killed + "-wal") && Date() < deadline { usleep(5_000) }
    usleep(150_000)
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationReason, .uncaughtSignal)
    let opened = try vusta("stats", "meetings", "--db", killed, "--format", "json")
    XCTAssertEqual(opened.status, 0, opened.err)
    let again = try vusta("ingest", "--db", killed, "--facts", dir + "/c/truth.json")
    XCTAssertEqual(again.status, 0, again.err)
    for what in ["meetings", "members", "citations"] {
      let a = try vusta("stats", what, "--db", killed, "--years", "2016-2024", "--format", "json")
      let b = try vusta("stats", what, "--db", clean, "--years", "2016-2024", "--format", "json")
      XCTAssertEqual(a.out, b.out, what)
    }
  }

  func testSeedsGiveTheHandCheckedStatistics() throws {
    let dir = folder()
    let db = dir + "/seeds.sqlite"
    let r = try vusta("ingest", "--db", db, Self.repo.path + "/seeds")
    XCTAssertEqual(r.status, 0, r.err)
    if r.err.contains("Đã đọc 0 bài") { throw XCTSkip("the extraction is not merged yet: Corpus.files is a stub") }
    func meetings(_ year: Int) throws -> [String: Any] {
      let j = try vusta("stats", "meetings", "--db", db, "--year", "\(year)", "--format", "json")
      return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(j.out.utf8)) as? [String: Any])
    }
    func rows(_ t: [String: Any]) -> [String] {
      ((t["rows"] as? [[String: Any]]) ?? []).map { "\($0["key"]!)=\($0["meetings"]!)" }
    }
    XCTAssertEqual(rows(try meetings(2020)), ["Phú Thọ=1"])
    let y2021 = try meetings(2021)
    XCTAssertEqual(rows(y2021), [])
    XCTAssertEqual(y2021["national"] as? Int, 1)
    let y2022 = try meetings(2022)
    XCTAssertEqual(rows(y2022), ["Hải Phòng=1"])
    XCTAssertEqual(y2022["unknownProvince"] as? Int, 1)
    XCTAssertEqual(rows(try meetings(2023)), ["Thừa Thiên Huế=1"])
    let c = try vusta("stats", "citations", "--db", db, "--years", "2020-2024", "--format", "json")
    let cites = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(c.out.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
    let ct42 = try XCTUnwrap(cites.first { $0["id"] as? String == "42-CT/TW" })
    XCTAssertEqual(ct42["articles"] as? Int, 2)
    XCTAssertEqual(ct42["mentions"] as? Int, 5)
    let again = try vusta("ingest", "--db", db, Self.repo.path + "/seeds")
    XCTAssertTrue(again.err.contains("0 mới, 0 cập nhật, 5 không đổi"), again.err)
  }
}
