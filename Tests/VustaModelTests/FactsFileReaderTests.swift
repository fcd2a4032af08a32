import Foundation
import XCTest
@testable import VustaModel

/// A facts file is read in chunks, document by document, and a broken one is reported with its
/// file, line and what was expected.
final class FactsFileReaderTests: XCTestCase {
  func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "facts-\(UUID().uuidString).json"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  func documents(_ n: Int) -> [ExtractedDocument] {
    (0..<n).map { i in
      ExtractedDocument(
        id: "a\(i)", path: "bai/a\(i).txt", sha256: "h\(i)", title: "Tiêu đề {\(i)} \"trích\" [x] \\ ",
        published: FactDate(iso: "2022-05-0\(i % 9 + 1)"), url: nil,
        meetings: [Meeting(date: FactDate(iso: "2022-05-04"), province: "Hải Phòng", province2025: nil, kind: .giao_ban,
                           organizer: "LHH Hải Phòng", evidence: "Ngày 4/5, {giao ban} \"quý\" ]")])
    }
  }

  func testReadsEveryDocumentAcrossChunkBoundaries() throws {
    let docs = documents(23)
    let data = try JSONEncoder().encode(FactsFile(documents: docs))
    let path = try write("\u{FEFF}" + String(decoding: data, as: UTF8.self))
    for chunk in [1, 7, 64, 1 << 20] {
      var reader = FactsFileReader(path: path)
      reader.chunkSize = chunk
      var read: [ExtractedDocument] = []
      var batches = 0
      try reader.forEachBatch(of: 5) { read += $0; batches += 1 }
      XCTAssertEqual(read, docs, "chunk \(chunk)")
      XCTAssertEqual(batches, 5)
      XCTAssertEqual(try reader.validate(), 23)
    }
  }

  func testBrokenFilesNameTheLineAndWhatWasExpected() throws {
    let good = String(decoding: try JSONEncoder().encode(documents(1)[0]), as: UTF8.self)
    let cases: [(String, Int?, String)] = [
      ("[1, 2]", 1, "expected {\"documents\": [...]}"),
      ("{\"other\": []}", 1, "expected {\"documents\": [...]}"),
      ("", 1, "expected {\"documents\": [...]}"),
      ("{\"documents\": [\n\(good),\n\(good)", 3, "unexpected end of file"),
      ("{\"documents\": [\n\(good),\n42]}", 3, "tài liệu thứ 2"),
      ("{\"documents\": [\n\(good),\n\n{\"id\": \"b\"}]}", 4, "thiếu khóa \"path\""),
      ("{\"documents\": [\(good)]}}", 1, "unexpected closing bracket"),
    ]
    for (text, line, expected) in cases {
      let path = try write(text)
      XCTAssertThrowsError(try FactsFileReader(path: path).validate(), text) { error in
        guard let e = error as? FactsFileError else { return XCTFail("\(error)") }
        XCTAssertEqual(e.line, line, "\(text): \(e)")
        XCTAssertTrue(e.description.hasPrefix(path), "\(e)")
        XCTAssertTrue(e.description.contains(expected), "\(text): \(e)")
      }
    }
    XCTAssertThrowsError(try FactsFileReader(path: "/no/such/facts.json").validate()) {
      XCTAssertTrue("\($0)".contains("/no/such/facts.json"), "\($0)")
    }
  }
}
