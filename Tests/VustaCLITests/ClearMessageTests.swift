import Foundation
import XCTest

/// Raw errors turned into clear messages with the right exit code (issue 12, items 15 and 17):
/// `--out` naming a file, `vusta run` on a full disk, `--dpi 0`, a reversed `--years`, bytes
/// that are not UTF-8 in sources.csv or an import named by line, and a huge URL or title in the
/// sources of a report.
final class ClearMessageTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-messages-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  var seeds: String { VustaProcess.repoRoot.path + "/seeds" }

  /// A folder named where a file is read (an import, a chart's data, a template), a file named
  /// where a folder is written, and a date that does not exist: each said as it is.
  func testAFolderForAFileAndADayThatDoesNotExist() throws {
    let folder = dir + "/thu-muc"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let db = dir + "/v.sqlite"
    for args in [["import", "--db", db, folder], ["chart", "--data", folder, "-o", dir + "/x.png"],
                 ["report", "--template", folder, "--db", db, "--year", "2022", "--no-ingest", "--out", dir + "/out"]] {
      let r = try VustaProcess.run(args)
      XCTAssertNotEqual(r.code, 0, "\(args)")
      XCTAssertTrue(r.err.contains("là một thư mục, cần một tệp"), "\(args): \(r.err)")
      XCTAssertFalse(r.err.contains("không tìm thấy"), r.err)
    }
    let csv = dir + "/so.csv"
    try "Tỉnh,Số\nHuế,3\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let file = dir + "/tep"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let chart = try VustaProcess.run(["chart", "--data", csv, "-o", file + "/x.png"])
    XCTAssertEqual(chart.code, 74, chart.err)
    XCTAssertTrue(chart.err.contains("là một tệp, không phải thư mục"), chart.err)
    let date = try VustaProcess.run(["report", "--db", db, "--year", "2022", "--date", "2022-02-30", "--out", dir + "/out"])
    XCTAssertEqual(date.code, 2)
    XCTAssertTrue(date.err.contains("không có ngày 30/02/2022"), date.err)
  }

  func testOutNamingAFileIsAClearIOError() throws {
    let file = dir + "/bao-cao"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let db = dir + "/v.sqlite"
    XCTAssertEqual(try VustaProcess.run(["ingest", "--db", db, seeds]).code, 0)
    let report = try VustaProcess.run(["report", "--no-ingest", "--db", db, "--year", "2022", "--out", file])
    XCTAssertEqual(report.code, 74, report.err)
    XCTAssertTrue(report.err.contains("--out \(file)") && report.err.contains("là một tệp, không phải thư mục"), report.err)
    XCTAssertFalse(report.err.contains("NSCocoaErrorDomain"), report.err)
    let run = try VustaProcess.run(["run", seeds, "--out", file + "/sub"])
    XCTAssertEqual(run.code, 74, run.err)
    XCTAssertTrue(run.err.contains("là một tệp, không phải thư mục") && !run.err.contains("NSCocoaErrorDomain"), run.err)
    XCTAssertEqual(FileManager.default.contents(atPath: file), Data("x".utf8))
  }

  func testRunOnAFullDiskSaysTheDiskIsFullNotPermission() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    // files limited to 8 × 512 bytes, SIGXFSZ ignored: the write fails like a full disk's
    p.arguments = ["-c", "trap '' XFSZ; ulimit -f 8; exec '\(VustaProcess.binary.path)' run '\(seeds)' --out '\(dir)/out'"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 74, e)
    XCTAssertTrue(e.contains("facts.json") && e.contains("file too large"), e)
    XCTAssertFalse(e.contains("permission"), e)
    let left = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/out")) ?? []
    XCTAssertEqual(left, [], "no half-written facts.json, no temporary file")
  }

  func testBadSizesAndYearsAreUsageErrors() throws {
    for args in [["--dpi", "0"], ["--dpi", "-5"], ["--dpi", "nan"], ["--width", "0"], ["--height", "1e9"]] {
      let r = try VustaProcess.run(["chart", "--sample", "meetings-by-province", "-o", dir + "/x.png"] + args)
      XCTAssertEqual(r.code, 2, "\(args): \(r.err)")
      XCTAssertTrue(r.err.contains("lỗi cách dùng") && !r.err.contains("Cairo"), r.err)
    }
    XCTAssertEqual(try VustaProcess.run(["chart", "--sample", "meetings-by-province", "-o", dir + "/x.png", "--dpi", "96"]).code, 0)
    for cmd in [["stats", "meetings"], ["report"], ["synth", dir + "/s"]] {
      let r = try VustaProcess.run(cmd + ["--years", "2024-2020"])
      XCTAssertEqual(r.code, 2, "\(cmd): \(r.err)")
      XCTAssertTrue(r.err.contains("năm đầu sau năm cuối"), r.err)
    }
  }

  func testBytesThatAreNotUTF8AreNamedByLine() throws {
    let folder = dir + "/bai"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("Ngày 3/4/2022, Liên hiệp hội tỉnh Nam Định họp.\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
    var csv = Data("file,url\na.txt,https://example.vn/a\nb.txt,https://example.vn/".utf8)
    csv.append(contentsOf: [0xFF, 0x62])
    csv.append(Data("\n".utf8))
    try csv.write(to: URL(fileURLWithPath: folder + "/sources.csv"))
    let r = try VustaProcess.run(["ingest", "--db", dir + "/v.sqlite", folder])
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("sources.csv:3:") && r.err.contains("UTF-8"), r.err)

    var sheet = Data("Tỉnh,Ngày,Loại\nHải Phòng,1/2/2022,Giao ban\nNam Đ".utf8)
    sheet.append(0xE1)
    sheet.append(Data("nh,2/2/2022,Giao ban\n".utf8))
    try sheet.write(to: URL(fileURLWithPath: dir + "/nhap.csv"))
    let i = try VustaProcess.run(["import", "--db", dir + "/v.sqlite", dir + "/nhap.csv"])
    XCTAssertEqual(i.code, 65, i.err)
    XCTAssertTrue(i.err.contains("dòng 3") && i.err.contains("UTF-8"), i.err)
  }

  func testAHugeURLAndTitleDoNotStopTheReport() throws {
    let folder = dir + "/bai"
    try FileManager.default.copyItem(atPath: seeds, toPath: folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    let url = "https://example.vn/" + String(repeating: "a", count: 3_000)
    let title = String(repeating: "Hội nghị tổng kết công tác ", count: 150)
    let csv = "file,url,title\n" + files.map { "\($0),\(url),\(title)" }.joined(separator: "\n") + "\n"
    try? FileManager.default.removeItem(atPath: folder + "/sources.csv")
    try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/sources.csv"))
    let r = try VustaProcess.run(["report", folder, "--db", dir + "/v.sqlite", "--year", "2022", "--template", "bao-cao-nam",
                                  "--formats", "pdf", "--out", dir + "/out"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertFalse(r.err.contains("không vừa"), r.err)
    let pdf = dir + "/out/2022/bao-cao-nam-2022.pdf"
    XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), r.out)
    let text = Process()
    text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    text.arguments = [pdf, "-"]
    let out = Pipe()
    text.standardOutput = out
    do { try text.run() } catch { return }  // poppler-utils missing: the file was written, enough
    let s = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    text.waitUntilExit()
    XCTAssertTrue(s.contains("aaaa…"), "the address is shortened with …")
    XCTAssertTrue(s.contains("Hội nghị tổng kết"), "the title is shown")
  }
}
