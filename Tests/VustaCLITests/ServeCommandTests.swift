import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `vusta serve` and `vusta user` as a person runs them.
final class ServeCommandTests: XCTestCase {
  var dir: URL!

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

  /// Runs vusta with `input` on stdin.
  func run(_ args: [String], input: String = "") throws -> (code: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = args
    p.currentDirectoryURL = VustaProcess.repoRoot
    let inPipe = Pipe(), out = Pipe(), err = Pipe()
    p.standardInput = inPipe
    p.standardOutput = out
    p.standardError = err
    try p.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  func testUserAddListRemove() throws {
    let db = dir.appendingPathComponent("v.sqlite").path
    let add = try run(["user", "add", "lan", "--role", "editor", "--db", db], input: "mot-mat-khau-dai\n")
    XCTAssertEqual(add.code, 0, add.err)
    XCTAssertTrue(add.err.contains("Đã thêm tài khoản lan"))
    let list = try run(["user", "list", "--db", db])
    XCTAssertTrue(list.out.hasPrefix("lan\teditor\t"), list.out)
    XCTAssertFalse(list.out.contains("mot-mat-khau-dai"))
    let short = try run(["user", "add", "minh", "--role", "viewer", "--db", db], input: "ngan\n")
    XCTAssertEqual(short.code, 65)
    XCTAssertTrue(short.err.contains("ít nhất 8 ký tự"))
    let role = try run(["user", "add", "minh", "--role", "admin", "--db", db], input: "mot-mat-khau-dai\n")
    XCTAssertEqual(role.code, 2)
    let name = try run(["user", "add", "a b", "--role", "viewer", "--db", db], input: "mot-mat-khau-dai\n")
    XCTAssertEqual(name.code, 2)
    XCTAssertEqual(try run(["user", "remove", "lan", "--db", db]).code, 0)
    XCTAssertEqual(try run(["user", "remove", "lan", "--db", db]).code, 65)
  }

  func testServeRefusesAnOfficeNetworkWithoutAccounts() throws {
    let db = dir.appendingPathComponent("v.sqlite").path
    let r = try run(["serve", "--host", "0.0.0.0", "--db", db])
    XCTAssertEqual(r.code, 2)
    XCTAssertTrue(r.err.contains("vusta user add"), r.err)
    XCTAssertEqual(try run(["serve", "--port", "0", "--db", db]).code, 2)
  }

  func testServeAnswersAndStopsOnSIGTERM() throws {
    let db = dir.appendingPathComponent("v.sqlite").path
    let port = Int.random(in: 20000...40000)
    let p = Process()
    p.executableURL = VustaProcess.binary
    p.arguments = ["serve", "--db", db, "--port", "\(port)", "--work", dir.appendingPathComponent("web").path]
    p.currentDirectoryURL = VustaProcess.repoRoot
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    defer { if p.isRunning { p.terminate() } }
    var body: String?
    for _ in 0..<100 {
      if let data = try? Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/du-kien")!) {
        body = String(decoding: data, as: UTF8.self)
        break
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    XCTAssertTrue(body?.contains("Dữ kiện") == true, body ?? "no answer")
    p.terminate()
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0)
    let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertTrue(log.contains("http://127.0.0.1:\(port)/"), log)
  }
}
