import Foundation
import XCTest

/// `vusta report` end to end on seeds/: files written, safe names, bad templates write nothing,
/// a failed run leaves earlier reports intact.
final class ReportCommandTests: XCTestCase {
  /// Runs the built binary from the repository root.
  func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) { try VustaProcess.run(args) }

  func temp() -> String {
    let p = NSTemporaryDirectory() + "vusta-report-cli-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: p) }
    return p
  }

  func testSeedsGiveEveryDocumentWithSafeNames() throws {
    let dir = temp()
    let r = try run(["report", "seeds", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--year", "2023"])
    XCTAssertEqual(r.code, 0, r.err)
    let files = r.out.split(separator: "\n").map(String.init)
    XCTAssertTrue(files.contains(dir + "/out/2023/bao-cao-nam-2023.pdf"), r.out)
    XCTAssertTrue(files.contains(dir + "/out/2023/to-roi-a5-2023.pdf"), r.out)
    XCTAssertTrue(files.contains { $0.hasSuffix(".png") } && files.contains { $0.hasSuffix(".svg") })
    for f in files {
      XCTAssertTrue(FileManager.default.fileExists(atPath: f), f)
      let name = (f as NSString).lastPathComponent
      XCTAssertTrue(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }, name)
    }
    XCTAssertTrue(files.contains { $0.contains("/tom-tat-tinh/thua-thien-hue.pdf") }, r.out)
  }

  func testABadTemplateWritesNothingAndKeepsEarlierReports() throws {
    let dir = temp()
    let ok = try run(["report", "seeds", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--year", "2022",
                          "--template", "to-roi-a5"])
    XCTAssertEqual(ok.code, 0, ok.err)
    let earlier = try Data(contentsOf: URL(fileURLWithPath: dir + "/out/2022/to-roi-a5-2022.pdf"))
    let bad = dir + "/bad.yaml"
    try "name: to-roi-a5\npage: a5\nbody:\n  - text: \"{{meetings.totl}}\"\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let r = try run(["report", "--no-ingest", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--year", "2022",
                         "--template", bad])
    XCTAssertEqual(r.code, 65)
    XCTAssertTrue(r.err.contains("bad.yaml:4:14"), r.err)
    XCTAssertEqual(r.out, "", "nothing written")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/2022/to-roi-a5-2022.pdf")), earlier)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/out/2022").filter { $0.hasPrefix(".") }
    XCTAssertEqual(leftovers, [])
  }

  /// A run that fails while putting its files in place (here a folder where the handout goes)
  /// replaces none of them: an edited .docx of an earlier run is kept, and the message names the
  /// file.
  func testAFailureWhilePuttingFilesInPlaceReplacesNone() throws {
    let dir = temp()
    let args = ["report", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--year", "2022", "--formats", "pdf,docx"]
    XCTAssertEqual(try run(["ingest", "seeds", "--db", dir + "/s.sqlite"]).code, 0)
    let first = try run(args + ["--no-ingest"])
    XCTAssertEqual(first.code, 0, first.err)
    let edited = dir + "/out/2022/bao-cao-nam-2022.docx"
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: edited))
    handle.seekToEndOfFile()
    handle.write(Data("đã sửa".utf8))
    try handle.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: edited))
    let summaryPDF = try Data(contentsOf: URL(fileURLWithPath: dir + "/out/2022/bao-cao-nam-2022.pdf"))
    let handout = dir + "/out/2022/to-roi-a5-2022.pdf"
    try FileManager.default.removeItem(atPath: handout)
    try FileManager.default.createDirectory(atPath: handout, withIntermediateDirectories: false)
    let r = try run(args + ["--no-ingest", "--date", "2023-01-15"])
    XCTAssertEqual(r.code, 74)
    XCTAssertTrue(r.err.contains("to-roi-a5-2022.pdf") && r.err.contains("không tệp nào được thay"), r.err)
    XCTAssertEqual(r.out, "")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: edited)), before, "the edited report is kept")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/2022/bao-cao-nam-2022.pdf")), summaryPDF)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").filter { $0.hasPrefix(".") }, [],
                   "no staging folder left")
  }

  func testTheYearsNumbersAsJSON() throws {
    let dir = temp()
    let r = try run(["report", "seeds", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--year", "2022",
                     "--template", "bao-cao-nam", "--formats", "json"])
    XCTAssertEqual(r.code, 0, r.err)
    XCTAssertEqual(r.out.split(separator: "\n").map(String.init), [dir + "/out/2022/so-lieu-2022.json"])
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/2022/so-lieu-2022.json")))
    let root = try XCTUnwrap(json as? [String: Any])
    XCTAssertEqual(root["year"] as? Int, 2022)
    let values = try XCTUnwrap(root["values"] as? [String: [String: Any]])
    XCTAssertNotNil(values["meetings.total"]?["number"] as? Double)
    let datasets = try XCTUnwrap(root["datasets"] as? [String: [[String: [String: Any]]]])
    let list = try XCTUnwrap(datasets["meetings.list"])
    XCTAssertFalse(list.isEmpty)
    XCTAssertEqual(Set(list[0].keys), ["no", "date", "province", "kind", "source"])
    // a province never read is "—" with no number, not 0
    let byProvince = try XCTUnwrap(datasets["meetings.byProvince"])
    XCTAssertTrue(byProvince.contains { $0["meetings"]?["text"] as? String == "—" && $0["meetings"]?["number"] is NSNull })
    let bad = try run(["report", "seeds", "--db", dir + "/s.sqlite", "--out", dir + "/out", "--formats", "xml"])
    XCTAssertEqual(bad.code, 2)
    XCTAssertTrue(bad.err.contains("pdf, docx, png, svg, json"), bad.err)
  }

  func testTheSameRunTwiceGivesTheSameBytes() throws {
    let dir = temp()
    let args = ["report", "seeds", "--db", dir + "/s.sqlite", "--year", "2022", "--template", "bao-cao-nam", "--formats", "pdf"]
    XCTAssertEqual(try run(args + ["--out", dir + "/a"]).code, 0)
    XCTAssertEqual(try run(args + ["--out", dir + "/b"]).code, 0)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/a/2022/bao-cao-nam-2022.pdf")),
                   try Data(contentsOf: URL(fileURLWithPath: dir + "/b/2022/bao-cao-nam-2022.pdf")))
    // the PDFs were streamed into a staging folder inside --out, moved into place, the folder removed
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/a"), ["2022"])
  }

  func testOneThreadAndTwoGiveTheSameFilesAndBytes() throws {
    let dir = temp()
    let base = ["report", "seeds", "--db", dir + "/s.sqlite", "--year", "2022", "--formats", "pdf,docx,png,svg"]
    let one = try run(base + ["--out", dir + "/one", "--jobs", "1"])
    XCTAssertEqual(one.code, 0, one.err)
    let two = try run(base + ["--out", dir + "/two", "--jobs", "2", "--no-ingest"])
    XCTAssertEqual(two.code, 0, two.err)
    let files = one.out.split(separator: "\n").map { String($0).replacingOccurrences(of: dir + "/one/", with: "") }
    XCTAssertEqual(files, two.out.split(separator: "\n").map { String($0).replacingOccurrences(of: dir + "/two/", with: "") })
    XCTAssertGreaterThan(files.count, 20)
    for f in files {
      XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/one/" + f)),
                     try Data(contentsOf: URL(fileURLWithPath: dir + "/two/" + f)), f)
    }
    // the month chart compares the year before with the year (not "năm 2021 và 2021")
    XCTAssertTrue(files.contains("2022/bieu-do/bao-cao-nam-03-so-hoi-nghi-theo-thang-nam-2021-va-nam-2022.svg"),
                  files.joined(separator: "\n"))
    XCTAssertNotEqual(try run(base + ["--out", dir + "/x", "--jobs", "0", "--no-ingest"]).code, 0)
  }
}
