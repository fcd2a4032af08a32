import Foundation
import XCTest

/// `vusta ingest` killed (SIGKILL) at random points, again and again, then run to the end, gives
/// the statistics of one clean ingest; so do three ingests of overlapping folders running at
/// once into one store (issue 12, "a crash-safety test").
final class CrashSafetyTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-crash-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func start(_ args: [String], stderr: String? = nil) throws -> Process {
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "VUSTA_DB")
    p.environment = env
    p.standardOutput = FileHandle.nullDevice
    if let stderr {
      FileManager.default.createFile(atPath: stderr, contents: nil)
      p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
    } else {
      p.standardError = FileHandle.nullDevice
    }
    try p.run()
    return p
  }

  /// Every statistic the store answers, as JSON, plus the stored facts: what must not differ.
  func statistics(_ db: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for what in ["meetings", "members", "citations"] {
      let r = try VustaProcess.run(["stats", what, "--db", db, "--years", "2019-2024", "--format", "json"])
      XCTAssertEqual(r.code, 0, r.err)
      out[what] = r.out
    }
    let facts = try VustaProcess.run(["facts", "--db", db, "--format", "csv"])
    XCTAssertEqual(facts.code, 0, facts.err)
    // the same facts, whatever order the processes stored them in
    out["facts"] = facts.out.split(whereSeparator: \.isNewline).sorted().joined(separator: "\n")
    return out
  }

  /// A synthetic corpus of `n` articles split into two subfolders a/ and b/.
  func corpus(_ n: Int) throws -> String {
    let c = dir + "/c"
    XCTAssertEqual(try VustaProcess.run(["synth", "--articles", "\(n)", "--years", "2019-2024", "--seed", "21", c]).code, 0)
    let fm = FileManager.default
    let files = try fm.contentsOfDirectory(atPath: c).filter { $0.hasSuffix(".txt") }.sorted()
    for sub in ["a", "b"] { try fm.createDirectory(atPath: c + "/" + sub, withIntermediateDirectories: true) }
    for (i, f) in files.enumerated() { try fm.moveItem(atPath: c + "/" + f, toPath: c + (i % 2 == 0 ? "/a/" : "/b/") + f) }
    try? fm.removeItem(atPath: c + "/sources.csv")
    return c
  }

  func testIngestKilledAtRandomPointsEndsLikeOneCleanIngest() throws {
    let c = try corpus(500)
    let clean = dir + "/clean.sqlite"
    let began = Date()
    let r = try VustaProcess.run(["ingest", "--db", clean, c])
    XCTAssertEqual(r.code, 0, r.err)
    let cleanSeconds = Date().timeIntervalSince(began)
    let expected = try statistics(clean)
    XCTAssertTrue(expected["facts"]!.split(whereSeparator: \.isNewline).count > 500, "the corpus gives facts")

    let killed = dir + "/killed.sqlite"
    var delays: [Int] = []
    // 6 kills keep the test under a minute; VUSTA_CRASH_KILLS=80 for a long run by hand
    let kills = ProcessInfo.processInfo.environment["VUSTA_CRASH_KILLS"].flatMap { Int($0) } ?? 6
    for _ in 0..<max(1, kills) {
      // anywhere from before the store exists to the last batch's commit
      let ms = Int.random(in: 20...max(100, Int(cleanSeconds * 1000)))
      delays.append(ms)
      let p = try start(["ingest", "--db", killed, c])
      usleep(useconds_t(ms * 1000))
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      if FileManager.default.fileExists(atPath: killed) {
        let opened = try VustaProcess.run(["stats", "meetings", "--db", killed, "--format", "json"])
        XCTAssertTrue([0, 66].contains(opened.code), "killed after \(delays) ms: \(opened.err)")
      }
    }
    let last = try VustaProcess.run(["ingest", "--db", killed, c])
    XCTAssertEqual(last.code, 0, last.err)
    let got = try statistics(killed)
    for key in expected.keys.sorted() {
      XCTAssertEqual(got[key], expected[key], "\(key) after SIGKILLs at \(delays) ms")
    }
  }

  func testThreeConcurrentIngestsOfOverlappingFoldersEndLikeOneCleanIngest() throws {
    let c = try corpus(400)
    let clean = dir + "/clean.sqlite"
    XCTAssertEqual(try VustaProcess.run(["ingest", "--db", clean, c]).code, 0)
    let expected = try statistics(clean)
    let shared = dir + "/shared.sqlite"
    // a/ twice (once inside c/), b/ twice: every file is ingested by two processes at once
    // into a store none of them finds: all three create and migrate it at once
    let runs = try [[c + "/a"], [c], [c + "/b"]].enumerated().map {
      try start(["ingest", "--db", shared] + $0.element, stderr: dir + "/err-\($0.offset)")
    }
    for p in runs { p.waitUntilExit() }
    let errors = (0..<3).map { (try? String(contentsOfFile: dir + "/err-\($0)", encoding: .utf8)) ?? "" }
    XCTAssertEqual(runs.map(\.terminationStatus), [0, 0, 0], "no lock error, no failure: \(errors)")
    let got = try statistics(shared)
    for key in expected.keys.sorted() { XCTAssertEqual(got[key], expected[key], key) }
    // and again: nothing changes, nothing is counted twice
    let again = try VustaProcess.run(["ingest", "--db", shared, c])
    XCTAssertTrue(again.err.contains("0 mới, 0 cập nhật, 400 không đổi"), again.err)
  }
}
