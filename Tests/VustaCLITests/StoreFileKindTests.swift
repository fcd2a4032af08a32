import Foundation
import XCTest

/// A store path that is a FIFO, a folder or a device (issue 12, item 12) is refused at once with
/// exit 74 and a message naming it, for read and write commands alike; nothing blocks.
final class StoreFileKindTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-store-kind-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Runs vusta; a run still going after `seconds` is killed and reported as blocked (code -1).
  func runWithin(_ seconds: Double, _ args: [String]) throws -> (code: Int32, err: String) {
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: dir)
    let errFile = dir + "/stderr-\(UUID().uuidString)"
    FileManager.default.createFile(atPath: errFile, contents: nil)
    p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(seconds)
    while p.isRunning && Date() < deadline { usleep(20_000) }
    if p.isRunning {
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      return (-1, "blocked for \(seconds) s")
    }
    return (p.terminationStatus, (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "")
  }

  func assertRefused(_ path: String, readOnly: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
    let writing = [["ingest", VustaProcess.repoRoot.path + "/seeds", "--db", path]]
    for args in [["stats", "meetings", "--db", path], ["facts", "--db", path]] + (readOnly ? [] : writing) {
      let r = try runWithin(10, args)
      XCTAssertEqual(r.code, 74, "\(args[0]): \(r.err)", file: file, line: line)
      XCTAssertTrue(r.err.contains(path) && r.err.contains("không phải tệp thường"), "\(args[0]): \(r.err)", file: file, line: line)
    }
  }

  func testAFIFOIsRefusedAtOnce() throws {
    let fifo = dir + "/kho.sqlite"
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    try assertRefused(fifo)
  }

  func testAFolderIsRefused() throws {
    let folder = dir + "/kho"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try assertRefused(folder)
  }

  /// Read commands only: before the fix SQLite wrote /dev/null-journal beside the device.
  func testADeviceIsRefused() throws {
    try assertRefused("/dev/null", readOnly: true)
  }
}
