import Foundation
import XCTest

/// An installed `vusta` — the binary alone, copied elsewhere and run from a folder with no
/// repository around it — has its templates and gazetteer (issue 13, item 1).
final class InstalledBinaryTests: XCTestCase {
  func testACopiedBinaryWritesTheReportsFromAnyFolder() throws {
    let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vusta-installed-" + UUID().uuidString)
    let bin = root.appendingPathComponent("bin"), work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.copyItem(at: VustaProcess.binary, to: bin.appendingPathComponent("vusta"))
    try FileManager.default.copyItem(at: VustaProcess.repoRoot.appendingPathComponent("seeds"),
                                     to: work.appendingPathComponent("bai-viet"))
    func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
      let p = Process()
      p.executableURL = bin.appendingPathComponent("vusta")
      p.arguments = args
      p.currentDirectoryURL = work
      p.environment = ["PATH": "/usr/bin:/bin", "HOME": root.path]
      let out = Pipe(), err = Pipe()
      p.standardOutput = out
      p.standardError = err
      try p.run()
      let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
    let ingest = try run(["ingest", "bai-viet"])
    XCTAssertEqual(ingest.code, 0, ingest.err)
    XCTAssertTrue(ingest.err.contains("5 mới"), ingest.err)
    let report = try run(["report", "--year", "2022", "--out", "ra"])
    XCTAssertEqual(report.code, 0, report.err)
    XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("ra/2022/bao-cao-nam-2022.pdf").path),
                  report.err)
    // a user's copy in templates/ of the working folder overrides the built-in one
    try FileManager.default.createDirectory(at: work.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try "name: [khong-dong\n".write(to: work.appendingPathComponent("templates/bao-cao-nam.yaml"), atomically: true, encoding: .utf8)
    let broken = try run(["report", "--year", "2022", "--out", "ra2", "--template", "bao-cao-nam"])
    XCTAssertEqual(broken.code, 65, broken.err)
    XCTAssertTrue(broken.err.contains("templates/bao-cao-nam.yaml"), broken.err)
  }
}
