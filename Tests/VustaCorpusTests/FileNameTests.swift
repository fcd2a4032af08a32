import Foundation
import VustaCorpus
import XCTest

/// A file name that is not UTF-8 (a Windows-1258 name from a zip) is reported, not skipped
/// without a word (issue 12, item 6).
final class FileNameTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-names-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Creates a file whose name has the raw bytes `name` inside `folder`.
  func create(_ folder: String, _ name: [UInt8]) {
    let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
    XCTAssertGreaterThanOrEqual(fd, 0)
    _ = write(fd, "Tin", 3)
    close(fd)
  }

  func testANameThatIsNotUTF8IsAWarning() throws {
    // "hội nghị.txt" in Windows-1258: ô = 0xF4, dot below = 0xF2, ị = i + 0xF2
    create(dir, Array("h".utf8) + [0xF4, 0xF2] + Array("i ngh".utf8) + [0x69, 0xF2] + Array(".txt".utf8))
    create(dir + "/sub", [0xE0] + Array(".md".utf8))
    try "x".write(toFile: dir + "/ok.txt", atomically: true, encoding: .utf8)
    var warnings: [CorpusWarning] = []
    let files = try Corpus().files(under: [dir], warn: { warnings.append($0) })
    XCTAssertEqual(files, [dir + "/ok.txt"])
    XCTAssertEqual(warnings.count, 2, "\(warnings)")
    XCTAssertTrue(warnings.allSatisfy { $0.message.contains("UTF-8") }, "\(warnings)")
    XCTAssertTrue(warnings.contains { $0.path.hasPrefix(dir + "/sub/") }, "\(warnings)")
  }

  func testTheWalkStillSkipsHiddenAndOtherFiles() throws {
    try "x".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
    try "x".write(toFile: dir + "/sub/a.md", atomically: true, encoding: .utf8)
    try "x".write(toFile: dir + "/c.jpg", atomically: true, encoding: .utf8)
    try "x".write(toFile: dir + "/.an.txt", atomically: true, encoding: .utf8)
    var warnings: [CorpusWarning] = []
    XCTAssertEqual(try Corpus().files(under: [dir], warn: { warnings.append($0) }), [dir + "/b.txt", dir + "/sub/a.md"])
    XCTAssertEqual(warnings.count, 0)
  }
}

/// The path parts the corpus uses agree with NSString's for the paths a folder walk gives.
final class PathNameTests: XCTestCase {
  func testAgreesWithNSString() {
    for p in ["dir/sub/bai-1.html", "bai.txt", "/bai", "/", "a/b/", "./x.tar.gz", ".an", "dir/.an", "dir/noext",
              "d.d/x", "tin tức/Hội nghị.HTML", "a//b.txt", ""] {
      let ns = p as NSString
      XCTAssertEqual(PathName.last(p), ns.lastPathComponent, p)
      XCTAssertEqual(PathName.folder(p), ns.deletingLastPathComponent, p)
      XCTAssertEqual(PathName.ext(p), ns.pathExtension, p)
      XCTAssertEqual(PathName.stem(p), (ns.lastPathComponent as NSString).deletingPathExtension, p)
    }
  }
}
