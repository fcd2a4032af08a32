import ArgumentParser
import XCTest
import VustaCairo
import VustaStats
import VustaStore
@testable import vusta
import VustaPipeline

/// The chart command's paths that people get wrong: names, CSV rows, output places.
final class ChartCommandTests: XCTestCase {
  var dir: URL!

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-chart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    try? FileManager.default.removeItem(at: dir)
  }

  private func failure(_ args: [String]) throws -> ChartFailure? {
    let cmd = try ChartCommand.parse(args)
    do { try cmd.draw() } catch let f as ChartFailure { return f }
    return nil
  }

  private func csv(_ text: String) throws -> String {
    let p = dir.appendingPathComponent("data.csv").path
    try text.write(toFile: p, atomically: true, encoding: .utf8)
    return p
  }

  func testUnknownNameListsTheKnownOnes() throws {
    let f = try XCTUnwrap(try failure(["meetings-by-provnce", "-o", dir.appendingPathComponent("x.png").path]))
    XCTAssertEqual(f.code, Exit.usage)
    for n in ChartName.allCases { XCTAssertTrue(f.message.contains(n.rawValue), n.rawValue) }
  }

  func testCSVWithABadRowNamesTheLine() throws {
    let data = try csv("Tỉnh,Số hội nghị\nHà Nội,44\nHuế,năm\n")
    let f = try XCTUnwrap(try failure(["--data", data, "-o", dir.appendingPathComponent("x.png").path]))
    XCTAssertEqual(f.code, Exit.dataError)
    XCTAssertTrue(f.message.contains("data.csv:3:"), f.message)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.png").path))
  }

  func testMissingCSVIsMissingInput() throws {
    let f = try XCTUnwrap(try failure(["--data", dir.appendingPathComponent("none.csv").path, "-o", dir.appendingPathComponent("x.png").path]))
    XCTAssertEqual(f.code, Exit.noInput)
  }

  func testOutputInAMissingFolderIsAnIOErrorInBothLanguages() throws {
    let out = dir.appendingPathComponent("khong-co/x.png").path
    let f = try XCTUnwrap(try failure(["meetings-by-month", "--sample", "-o", out]))
    XCTAssertEqual(f.code, Exit.ioError)
    XCTAssertTrue(f.message.contains("không tồn tại") && f.message.contains("does not exist"), f.message)
  }

  func testOutputInAReadOnlyFolderIsAnIOError() throws {
    try XCTSkipIf(geteuid() == 0, "root may write anywhere; checked by hand as a normal user")
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    let f = try XCTUnwrap(try failure(["meetings-by-month", "--sample", "-o", dir.appendingPathComponent("x.png").path]))
    XCTAssertEqual(f.code, Exit.ioError)
  }

  func testUnknownExtensionIsAUsageError() throws {
    let f = try XCTUnwrap(try failure(["tile-map", "-o", dir.appendingPathComponent("x.jpg").path]))
    XCTAssertEqual(f.code, Exit.usage)
  }

  func testDataChartIsWrittenByRenameNotInPlace() throws {
    let data = try csv("Tỉnh,Số hội nghị\r\nHà Nội,44\r\nBà Rịa - Vũng Tàu,\"1.500\"\r\n")
    let out = dir.appendingPathComponent("x.png").path
    try Data("old good file".utf8).write(to: URL(fileURLWithPath: out))
    let before = try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? UInt64
    XCTAssertNil(try failure(["--data", data, "-o", out, "--width", "400", "--height", "300", "--dpi", "96"]))
    let after = try FileManager.default.attributesOfItem(atPath: out)[.systemFileNumber] as? UInt64
    XCTAssertNotEqual(before, after, "a new file was renamed over the old one")
    let r = try XCTUnwrap(Raster(png: [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))))
    XCTAssertEqual(r.width, 400)
    XCTAssertEqual(r.height, 300)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
    XCTAssertEqual(leftovers, [])
  }

  func testSamePDFTwice() throws {
    let a = dir.appendingPathComponent("a.pdf").path, b = dir.appendingPathComponent("b.pdf").path
    XCTAssertNil(try failure(["meetings-by-kind", "--sample", "-o", a]))
    XCTAssertNil(try failure(["meetings-by-kind", "--sample", "-o", b]))
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)))
  }

  func testANamedChartWithoutAStoreIsMissingInputUnlessSampleIsAsked() throws {
    let out = dir.appendingPathComponent("x.png").path
    let db = dir.appendingPathComponent("none.sqlite").path
    let f = try XCTUnwrap(try failure(["meetings-by-month", "--db", db, "-o", out]))
    XCTAssertEqual(f.code, Exit.noInput)
    XCTAssertTrue(f.message.contains("--sample") && f.message.contains("none.sqlite"), f.message)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing drawn")
    XCTAssertNil(try failure(["meetings-by-month", "--db", db, "--sample", "-o", out]))
    XCTAssertTrue(FileManager.default.fileExists(atPath: out))
  }

  func testNamedChartsReadTheStoreWhenThereIsOne() throws {
    let corpus = dir.appendingPathComponent("corpus").path, db = dir.appendingPathComponent("s.sqlite").path
    var synth = try SynthCommand.parse(["--articles", "120", "--years", "2023-2024", "--seed", "5", corpus])
    try synth.run()
    var ingest = try IngestCommand.parse(["--db", db, "--facts", corpus + "/truth.json"])
    try ingest.run()
    let stats = Statistics(store: try Store.open(path: db, access: .readOnly))
    let table = try ChartStatsSource.table(for: .meetingsByProvince, year: 2024, division: .old63, stats: stats)
    let truth = try stats.meetings(StatsQuery(period: .year(2024), division: .old63, grouping: .province))
    XCTAssertGreaterThanOrEqual(table.labels.count, 63, "every unit, zero where nothing was found")
    XCTAssertEqual(table.series[0].values.reduce(0, +), Double(truth.rows.map(\.meetings).reduce(0, +)))
    // a province no article was read in is no data (hatched, "—"), not 0; a read one is a number
    let read = try stats.articlesRead(StatsQuery(period: .year(2024), division: .old63))
    for (r, label) in table.labels.enumerated() where r < 63 {
      XCTAssertEqual(table.isMissing(0, r), (read.byProvince[label] ?? 0) == 0 && table.series[0].values[r] == 0, label)
    }
    XCTAssertTrue(table.series[0].missing.isEmpty == (read.byProvince.count >= 63), "120 articles leave provinces unread")
    XCTAssertFalse(table.note?.contains("mẫu") ?? true, "not the sample")
    // a member bar is a number: the note says which are "hơn"/"khoảng" figures (drawn as the
    // number given) and which 34-unit figures were added up from the old provinces
    let members = try ChartStatsSource.table(for: .membersByProvince, year: 2024, division: .old63, stats: stats)
    let rows = try stats.members(StatsQuery(period: .year(2024), division: .old63, metric: .hoi_vien)).rows
    if let approx = rows.first(where: { $0.metric == .hoi_vien && $0.qualifier != .exact }) {
      XCTAssertTrue(members.note?.contains("\(approx.province) \(NumberText.qualified(approx.value, approx.qualifier))") ?? false,
                    members.note ?? "")
    }
    for name in ChartName.allCases {
      let out = dir.appendingPathComponent(name.rawValue + ".png").path
      XCTAssertNil(try failure([name.rawValue, "--db", db, "-o", out, "--dpi", "72"]), name.rawValue)
    }
  }
}
