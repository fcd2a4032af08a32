import Foundation
import VustaModel
import XCTest

@testable import VustaExtract

/// The reasons read from a document's facts taken together (ConflictingFacts).
final class ConflictingFactsTests: XCTestCase {
  private func extract(_ text: String) -> ExtractedDocument {
    Extractor().extract(Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "",
                                source: SourceInfo()))
  }

  func testTwoValuesOfOneCountAreBothLow() {
    let d = extract("""
      Đại hội Liên hiệp hội tỉnh Bạc Liêu
      Khi bước vào nhiệm kỳ, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu có 18 hội thành viên.
      Hiện nay Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu có 23 hội thành viên với hơn 7.000 hội viên.
      """)
    let members = d.memberFigures.filter { $0.metric == .hoi_thanh_vien }
    XCTAssertEqual(Set(members.map(\.value)), [18, 23])
    for f in members {
      XCTAssertEqual(f.confidence, .low)
      XCTAssertTrue(f.why?.contains("another value of the same count on the page") ?? false, "\(f)")
    }
    // the only count of its kind stays as it was
    XCTAssertEqual(d.memberFigures.first { $0.metric == .hoi_vien }?.confidence, .high)
  }

  func testAnUndatedNumberUnderAnotherCodeIsLowTwoDatedDocumentsAreNot() {
    // (with its type word before it, "Chỉ thị số 42-KL/TW" is a slip for the directive, one more
    // mention of it: CitationExtractor; with none, the two symbols stay apart and the undated one
    // is doubtful)
    let written = extract("""
      Quán triệt Kết luận 93
      Ngày 16/4/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre quán triệt việc thực hiện Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị.
      Sau 10 năm, việc thực hiện Chỉ thị số 42-KL/TW đã thu được kết quả quan trọng.
      """)
    XCTAssertEqual(written.citations.filter { $0.number == "42" }.map(\.code), ["CT/TW"])
    XCTAssertEqual(written.citations.first { $0.number == "42" }?.mentions, 2)
    let slip = extract("""
      Quán triệt Kết luận 93
      Ngày 16/4/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre quán triệt việc thực hiện Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị.
      Sau 10 năm, việc thực hiện văn bản 42-KL/TW đã thu được kết quả quan trọng.
      """)
    XCTAssertEqual(slip.citations.first { $0.number == "42" && $0.code == "KL/TW" }?.confidence, .low)
    XCTAssertEqual(slip.citations.first { $0.number == "42" && $0.code == "KL/TW" }?.why, "its number cited under another code")
    XCTAssertEqual(slip.citations.first { $0.code == "CT/TW" }?.confidence, .high)
    let two = extract("""
      Triển khai các văn bản
      Liên hiệp hội tỉnh Nghệ An triển khai Thông báo số 145-TB/TW ngày 9/7/2004 và Tờ trình số 145-TTr/BTGTW ngày 1/10/2009.
      """)
    XCTAssertEqual(two.citations.count, 2)
    XCTAssertTrue(two.citations.allSatisfy { $0.confidence == .high }, "\(two.citations)")
  }

  func testAFigureWhoseUnionIsNamedNowhereIsLow() throws {
    let d = extract("Hội nghị\nCó 210 đại biểu tham dự hội nghị trí thức do Liên hiệp hội tổ chức.")
    let f = try XCTUnwrap(d.memberFigures.first)
    XCTAssertNil(f.province)
    XCTAssertEqual(f.confidence, .low)
    XCTAssertEqual(f.why, "province unknown")
  }
}
