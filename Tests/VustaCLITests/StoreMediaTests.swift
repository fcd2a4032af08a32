import Foundation
import XCTest

/// A store on a read-only file system, on a full disk, locked, cut short or empty (issue 12,
/// items 14 and 15): read commands work on a read-only store, write commands say "chỉ đọc",
/// a full disk says "đĩa đầy", a lock names its holder — each with its exit code, nothing lost.
/// The mounts need root (`mount -t tmpfs`); those tests are skipped where mounting is refused.
final class StoreMediaTests: XCTestCase {
  var dir = ""
  var mounts: [String] = []

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-media-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    for m in mounts.reversed() { _ = sh("/bin/umount", ["-l", m]) }
    try? FileManager.default.removeItem(atPath: dir)
  }

  @discardableResult
  func sh(_ tool: String, _ args: [String]) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
  }

  /// A fresh tmpfs of `kilobytes` at `path`, or a skip where this user cannot mount.
  func tmpfs(_ path: String, kilobytes: Int) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard sh("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) == 0 else {
      throw XCTSkip("cannot mount a tmpfs here (needs root)")
    }
    mounts.append(path)
  }

  func vusta(_ args: String...) throws -> (code: Int32, out: String, err: String) {
    try VustaProcess.run(args, cwd: URL(fileURLWithPath: dir))
  }

  /// The seeds in a store at `path`.
  func seedStore(_ path: String) throws {
    let r = try VustaProcess.run(["ingest", "--db", path, VustaProcess.repoRoot.path + "/seeds"])
    XCTAssertEqual(r.code, 0, r.err)
  }

  func testAStoreOnAReadOnlyFileSystemIsReadAndNotWritten() throws {
    let good = dir + "/good.sqlite"
    try seedStore(good)
    let ro = dir + "/ro"
    try tmpfs(ro, kilobytes: 4096)
    try FileManager.default.copyItem(atPath: good, toPath: ro + "/v.sqlite")
    guard sh("/bin/mount", ["-o", "remount,ro", ro]) == 0 else { throw XCTSkip("cannot remount read-only") }
    let db = ro + "/v.sqlite"
    let before = FileManager.default.contents(atPath: db)

    // read commands: the same answers as from the writable copy
    for args in [["stats", "meetings", "--year", "2022"], ["stats", "members", "--year", "2023"], ["stats", "citations"],
                 ["facts", "--format", "csv"], ["facts", "--needs-review"]] {
      let a = try VustaProcess.run(args + ["--db", db]), b = try VustaProcess.run(args + ["--db", good])
      XCTAssertEqual(a.code, 0, "\(args): \(a.err)")
      XCTAssertFalse(a.err.contains("SQLite"), a.err)
      XCTAssertEqual(a.out, b.out, "\(args)")
    }
    let chart = try vusta("chart", "meetings-by-province", "--year", "2022", "--db", db, "-o", dir + "/c.svg")
    XCTAssertEqual(chart.code, 0, chart.err)
    let report = try vusta("report", "--no-ingest", "--year", "2022", "--template", "to-roi-a5", "--formats", "pdf",
                           "--db", db, "--out", dir + "/out")
    XCTAssertEqual(report.code, 0, report.err)
    XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/out/2022/to-roi-a5-2022.pdf"), report.out)

    // write commands: exit 74, "chỉ đọc", nothing changed
    let csv = dir + "/ok.csv"
    try Data("Tỉnh,Ngày,Loại\nHải Phòng,1/2/2022,Giao ban\n".utf8).write(to: URL(fileURLWithPath: csv))
    let fact = try XCTUnwrap(try vusta("facts", "--db", db, "--format", "csv").out.split(whereSeparator: \.isNewline).dropFirst().first?
      .split(separator: ",").first.map(String.init))
    for args in [["ingest", VustaProcess.repoRoot.path + "/seeds"], ["import", csv], ["correct", fact, "--reviewed"],
                 ["report", "--year", "2022", VustaProcess.repoRoot.path + "/seeds", "--out", dir + "/out2"]] {
      let w = try VustaProcess.run(args + ["--db", db])
      XCTAssertEqual(w.code, 74, "\(args): \(w.err)")
      XCTAssertTrue(w.err.contains("chỉ đọc") && !w.err.contains("không phải cơ sở dữ liệu"), "\(args): \(w.err)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: db), before)
  }

  func testAStoreInAFolderThisUserCannotWriteIsReadAndNotWritten() throws {
    // root writes any folder: the commands run as "nobody" (setpriv), which cannot
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      throw XCTSkip("needs root and setpriv to run as another user")
    }
    let folder = dir + "/ro-folder"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let db = folder + "/v.sqlite"
    try seedStore(db)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    let before = FileManager.default.contents(atPath: db)
    func asNobody(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
      try VustaProcess.run(["--reuid=65534", "--regid=65534", "--clear-groups", VustaProcess.binary.path] + args,
                           cwd: URL(fileURLWithPath: "/"), tool: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
    let probe = try asNobody(["provinces"])
    guard probe.code == 0 else { throw XCTSkip("nobody cannot run the binary here: \(probe.err)") }
    let read = try asNobody(["stats", "meetings", "--year", "2022", "--db", db])
    XCTAssertEqual(read.code, 0, read.err)
    XCTAssertEqual(read.out, try VustaProcess.run(["stats", "meetings", "--year", "2022", "--db", db]).out)
    let write = try asNobody(["ingest", "--db", db, VustaProcess.repoRoot.path + "/seeds"])
    XCTAssertEqual(write.code, 74, write.err)
    XCTAssertTrue(write.err.contains("chỉ đọc"), write.err)
    XCTAssertEqual(FileManager.default.contents(atPath: db), before)
  }

  func testAFullDiskIsExit74AndKeepsWhatWasStored() throws {
    let full = dir + "/full"
    try tmpfs(full, kilobytes: 900)
    let db = full + "/v.sqlite"
    try seedStore(db)
    let before = try vusta("stats", "meetings", "--db", db, "--years", "2019-2024", "--format", "json")
    XCTAssertEqual(try vusta("synth", "--articles", "400", "--seed", "2", dir + "/many").code, 0)
    let r = try vusta("ingest", "--db", db, dir + "/many")
    XCTAssertEqual(r.code, 74, r.err)
    XCTAssertTrue(r.err.contains("đĩa đầy") && r.err.contains("disk full") && !r.err.contains("SQLite error"), r.err)
    _ = sh("/bin/sh", ["-c", "rm -f '\(dir)'/many/*"])  // nothing more to read; the store must still answer
    let after = try vusta("stats", "meetings", "--db", db, "--years", "2019-2024", "--format", "json")
    XCTAssertEqual(after.code, 0, after.err)
    XCTAssertEqual(after.out, before.out, "the failed batch was rolled back; the seeds are intact")
  }

  func testALockedStoreNamesItsHolderAfterTheTimeout() throws {
    let db = dir + "/v.sqlite"
    try seedStore(db)
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = ["python3", "-c", """
      import sqlite3, sys, time
      c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE')
      print('held', flush=True); time.sleep(20)
      """, db]
    let out = Pipe()
    holder.standardOutput = out
    do { try holder.run() } catch { throw XCTSkip("python3 is not available to hold a lock") }
    defer { holder.terminate(); holder.waitUntilExit() }
    _ = out.fileHandleForReading.availableData
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = ["ingest", "--db", db, VustaProcess.repoRoot.path + "/seeds/../seeds/"]
    p.environment = ["VUSTA_BUSY_TIMEOUT": "1", "PATH": "/usr/bin:/bin"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 74, e)
    XCTAssertTrue(e.contains("khoá") && e.contains("PID \(holder.processIdentifier)") && e.contains("python3"), e)
    XCTAssertFalse(e.contains("SQLite error"), e)
    XCTAssertEqual(try vusta("stats", "meetings", "--db", db).code, 0, "readers are not blocked")
  }

  func testAZeroByteStoreIsEmptyAndACutStoreIsDamaged() throws {
    let zero = dir + "/zero.sqlite"
    FileManager.default.createFile(atPath: zero, contents: Data())
    for args in [["stats", "meetings"], ["facts"], ["chart", "meetings-by-province", "-o", dir + "/x.png"]] {
      let r = try VustaProcess.run(args + ["--db", zero])
      XCTAssertEqual(r.code, 66, "\(args): \(r.err)")
      XCTAssertTrue(r.err.contains("trống") && !r.err.contains("no such table"), r.err)
    }
    XCTAssertEqual(try vusta("ingest", "--db", zero, VustaProcess.repoRoot.path + "/seeds").code, 0, "a 0-byte file becomes a store")
    XCTAssertEqual(try vusta("stats", "meetings", "--db", zero).code, 0)

    let good = dir + "/good.sqlite"
    try seedStore(good)
    let bytes = try XCTUnwrap(FileManager.default.contents(atPath: good))
    let cut = dir + "/cut.sqlite"
    try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: cut))
    for args in [["stats", "meetings", "--year", "2022"], ["facts"], ["ingest", VustaProcess.repoRoot.path + "/seeds"]] {
      let r = try VustaProcess.run(args + ["--db", cut])
      XCTAssertEqual(r.code, 65, "\(args): \(r.err)")
      XCTAssertTrue(r.err.contains("hỏng") && !r.err.contains("không phải cơ sở dữ liệu SQLite"), "\(args): \(r.err)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: cut), bytes.prefix(bytes.count / 3), "left untouched")
  }
}
