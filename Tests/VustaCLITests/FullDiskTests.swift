import Foundation
import XCTest

/// `vusta synth` when the disk fills up or the folder cannot be made (issue 12, item 10): a clear
/// error with exit 74, and no `.tmp` file left behind; a full stdout is exit 74 too, not a trap.
final class FullDiskTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-synth-full-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Runs vusta with files limited to `blocks` × 512 bytes and SIGXFSZ ignored, so a write past
  /// the limit fails (EFBIG) the way a write to a full disk does, for any user.
  func runLimited(_ args: [String], blocks: Int) throws -> (code: Int32, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    let quoted = ([VustaProcess.binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
    p.arguments = ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \(quoted)"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  func leftovers(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp") }
  }

  func testAFullDiskIsAnIOErrorAndLeavesNoTemporaryFiles() throws {
    let out = dir + "/out"
    let r = try runLimited(["synth", "--articles", "60", out], blocks: 40)
    XCTAssertEqual(r.code, 74, r.err)
    XCTAssertTrue(r.err.contains("không ghi được") && r.err.contains("cannot write"), r.err)
    XCTAssertFalse(r.err.contains("Fatal error"), r.err)
    XCTAssertEqual(leftovers(out), [])
    XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/truth.json"))
  }

  func testAFolderThatCannotBeMadeIsAnIOError() throws {
    FileManager.default.createFile(atPath: dir + "/tep", contents: Data("x".utf8))
    let r = try VustaProcess.run(["synth", "--articles", "3", dir + "/tep/out"])
    XCTAssertEqual(r.code, 74, r.err)
    XCTAssertTrue(r.err.contains("không ghi được") && r.err.contains("cannot write"), r.err)
  }

  func testAFullStdoutIsAnIOErrorNotATrap() throws {
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = ["provinces", "--format", "json"]
    p.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
    let err = Pipe()
    p.standardError = err
    try p.run()
    let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 74, e)
    XCTAssertTrue(e.contains("stdout") && e.contains("hết chỗ trên đĩa"), e)
  }
}
