import Foundation
import VustaModel
import XCTest

/// The hand-written facts JSON gives the bytes `JSONEncoder` gives, for every shape of document.
final class FactsJSONWriterTests: XCTestCase {
  private func encoded(_ docs: [ExtractedDocument]) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    return String(decoding: try e.encode(FactsFile(documents: docs)), as: UTF8.self)
  }

  private func written(_ docs: [ExtractedDocument]) -> String {
    String(decoding: FactsJSONWriter.file(docs), as: UTF8.self)
  }

  /// Every control character, quotes, backslashes, slashes, Vietnamese and emoji.
  static let awkward: String = {
    var s = "Hội nghị \"giao ban\" C:\\thư mục/tệp – 42-CT/TW 😀 \u{2028}\u{7F}"
    for c in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(UInt8(c))) }
    return s
  }()

  func testEmptyFileAndEmptyDocument() throws {
    XCTAssertEqual(written([]), try encoded([]))
    let bare = ExtractedDocument(id: "a", path: "b/a.txt", sha256: "00", title: nil, published: nil, url: nil)
    XCTAssertEqual(written([bare]), try encoded([bare]))
    XCTAssertEqual(written([bare, bare]), try encoded([bare, bare]))
  }

  func testEveryFieldFilledAndAwkwardStrings() throws {
    let s = FactsJSONWriterTests.awkward
    let date = FactDate(year: 2023, month: 3, day: 21)
    let doc = ExtractedDocument(
      id: s, path: "x/\(s).txt", sha256: "ab", title: s, published: FactDate(year: 2023, month: 3), url: "https://a.vn/b?c=d&e",
      meetings: [
        Meeting(date: date, province: "Phú Thọ", province2025: "Phú Thọ", kind: .giao_ban, organizer: s, evidence: s,
                confidence: .low, why: "date from publication"),
        Meeting(date: nil, province: nil, province2025: nil, kind: .khac, organizer: nil, evidence: ""),
      ],
      memberFigures: [
        MemberFigure(province: "Hà Nội", province2025: "Hà Nội", metric: .hoi_vien, value: 15_500, qualifier: .more_than,
                     date: FactDate(year: 2020), evidence: s, confidence: .low, why: s),
        MemberFigure(province: nil, province2025: nil, metric: .khac, value: -3, qualifier: .exact, evidence: "e"),
      ],
      citations: [
        Citation(id: "42-CT/TW", number: "42", year: 2010, code: "CT/TW", type: .chi_thi, issuer: "TW", scope: .national,
                 province: nil, issued: date, mentions: 3, evidence: [s, "b"], confidence: .high, why: nil),
        Citation(id: "5/KH", number: "5", year: nil, code: "KH", type: .khac, issuer: "UBND", scope: .local,
                 province: "Huế", issued: nil, mentions: 0, evidence: [], confidence: .low, why: s),
      ])
    XCTAssertEqual(written([doc]), try encoded([doc]))
    XCTAssertEqual(written([doc, doc]), try encoded([doc, doc]))
  }

  func testStreamedInPiecesGivesTheSameBytes() throws {
    let bare = ExtractedDocument(id: "a", path: "a", sha256: "0", title: "t", published: nil, url: nil)
    var w = FactsJSONWriter()
    var out: [UInt8] = []
    w.begin()
    for _ in 0..<3 {
      w.append(bare)
      out += w.take()
    }
    w.end()
    out += w.take()
    XCTAssertEqual(out, FactsJSONWriter.file([bare, bare, bare]))
    XCTAssertEqual(w.pending, 0)
  }
}
