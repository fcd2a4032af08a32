import VustaExtract
import VustaModel
import XCTest

/// Rules read from the real sets to, tp and tq (nineteenth session), each with the counter-case
/// that keeps it from reaching too far.
final class RulesFromSetsToTqTests: XCTestCase {
  /// "Ngày 23/3/1998, Đại hội II …. Khi ấy, số hội thành viên đã lên 13, với trên 18 000 hội
  /// viên": a count "at that time" belongs to the narrative's past day, not to today.
  func testACountAtThatTimeIsHistory() {
    func figures(_ sentence: String) -> [String] {
      extract("Lịch sử hình thành và phát triển\nNgày 23/3/1998, Đại hội II của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa được tiến hành. " + sentence)
        .memberFigures.map { "\($0.metric) \($0.value)" }
    }
    XCTAssertEqual(figures("Khi ấy, số hội thành viên của Liên hiệp hội đã lên 13, với trên 18 000 hội viên."), [])
    XCTAssertEqual(figures("Lúc đó Liên hiệp hội có 13 hội thành viên."), [])
    // today's count after the story is still read
    XCTAssertEqual(figures("Khi ấy có 13 hội; đến nay, Liên hiệp hội có 31 hội thành viên."), ["hoi_thanh_vien 31"])
    XCTAssertEqual(figures("Hiện nay, Liên hiệp hội có 31 hội thành viên."), ["hoi_thanh_vien 31"])
  }

  // MARK: - Helpers

  func extract(_ text: String) -> ExtractedDocument {
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: SourceInfo())
    return Extractor().extract(a)
  }
}
