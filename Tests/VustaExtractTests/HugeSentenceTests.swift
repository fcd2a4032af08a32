import VustaModel
import XCTest
@testable import VustaExtract

/// A page whose text has no full stops — one line of thousands of citations — is read in one
/// pass: every citation found, each with a short window of the line as its evidence (not a copy
/// of the whole line per fact, which made extraction quadratic and ran out of memory: issue 12,
/// item 11). Its speed is in BENCHMARKS.md, not timed here.
final class HugeSentenceTests: XCTestCase {
  func testAThousandsOfCitationsLineGivesEveryCitationWithAWindowAsEvidence() {
    let n = 5_000
    let line = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ quán triệt "
      + (1...n).map { "Chỉ thị \($0)-CT/TW" }.joined(separator: ", ") + "."
    let doc = Extractor().extract(Article(id: "x", path: "x.txt", text: "Tin Liên hiệp hội\n\n" + line, sha256: "h"))
    XCTAssertEqual(doc.citations.count, n)
    for c in doc.citations {
      XCTAssertEqual(c.evidence.count, 1)
      let e = c.evidence[0]
      XCTAssertLessThanOrEqual(e.count, AnalyzedSentence.evidenceLimit + 2)
      XCTAssertTrue(e.contains("Chỉ thị \(c.number)-CT/TW"), "the window shows its own citation: \(c.number)")
    }
  }

  func testAShortSentenceIsItsOwnEvidence() {
    let s = "Ngày 5/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ tổ chức hội nghị quán triệt Chỉ thị 42-CT/TW."
    let doc = Extractor().extract(Article(id: "x", path: "x.txt", text: "Tin Liên hiệp hội\n\n" + s, sha256: "h"))
    XCTAssertEqual(doc.citations.first?.evidence, [s])
  }
}
