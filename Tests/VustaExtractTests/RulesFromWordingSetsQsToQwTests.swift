@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qs (a broadcast's web copy), qt (the union's own notices),
/// qu (bilingual pages), qv (facts in tables) and qw (digests), twenty-second session, each with
/// the counter-case that keeps it from reaching too far.
final class RulesFromWordingSetsQsToQwTests: XCTestCase {
  func figures(_ d: ExtractedDocument) -> [String] {
    d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.qualifier) \($0.value)" }
  }

  /// A table's row with its label first and its number in the next cell ("Hội thành viên | 31"),
  /// parted by bars, a tab or a run of spaces; a label that names no member noun, a number that
  /// does not fill its cell, or an association's own row is no figure.
  func testATableRowsLabelNamesItsNumber() {
    let page = """
      Liên hiệp hội tỉnh Thanh Hóa tổng kết năm 2025
      Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa vừa tổng kết hoạt động năm 2025.
      Chỉ tiêu | Số lượng | Ghi chú
      Hội thành viên | 31 | cùng 4 trung tâm trực thuộc
      Cán bộ, hội viên | gần 23.900 | toàn hệ thống
      Đại biểu dự Đại hội (thay mặt trí thức của 04 huyện) | hơn 200
      Tổng số hội viên\t35.577
      Hội thành viên          22          duy trì
      Lượt truy cập | 1.234.567
      Hội viên | 5 hội và 2 câu lạc bộ
      """
    XCTAssertEqual(figures(readPage(page)), [
      "Thanh Hóa hoi_thanh_vien exact 31", "Thanh Hóa hoi_vien about 23900", "Thanh Hóa dai_bieu more_than 200",
      "Thanh Hóa hoi_vien exact 35577", "Thanh Hóa hoi_thanh_vien exact 22",
    ])
    // the cells as the tokens see them: a tab and a run of three spaces part them, one space does not
    XCTAssertEqual(FoldedText("Hội viên\t31").tokens[2].gap, UInt8(ascii: "|"))
    XCTAssertEqual(FoldedText("Hội viên   31").tokens[2].gap, UInt8(ascii: "|"))
    XCTAssertEqual(FoldedText("có  31 hội viên").tokens[1].gap, 0)
    XCTAssertEqual(FoldedText("(trực thuộc) | 23").tokens[2].gap, UInt8(ascii: "|"))
  }

  /// An event's row that opens with its day is read (not a ticker of headlines, nor a minor
  /// line); a text grid's wrapped cells join their row.
  func testAnEventsRowAndAGridsWrappedCells() {
    let page = """
      Bình Định đẩy mạnh hoạt động khoa học công nghệ
      Để hoạt động khoa học được lan tỏa, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã làm việc với nhiều đơn vị.
      +----------------+------------------------------------------+
      | Thời gian      | Nội dung                                 |
      +----------------+------------------------------------------+
      | 9/3/2022       | Buổi làm việc với cơ quan Trung ương đóng |
      |                | trên địa bàn tỉnh                        |
      +----------------+------------------------------------------+
      Ngày 16 tháng 3 năm 2022 | Buổi làm việc với Viện Nghiên cứu | Thành phố Quy Nhơn | Liên hiệp Hội Bình Định
      Các cơ quan trung ương luôn coi trọng công tác nghiên cứu.
      """
    XCTAssertEqual(Set(meetingKeys(readPage(page))), ["2022-03-09 Bình Định lam_viec", "2022-03-16 Bình Định lam_viec"])
    XCTAssertEqual(TableRow.joiningWrappedCells("| a | b c |\n|  | d |\nx"), "| a | b c d |\nx")
    XCTAssertNil(TableRow.joiningWrappedCells("| a | b |\n| c | d |"))
    // a ticker of headlines is still one: three long segments, none opening with a day
    XCTAssertTrue(Boilerplate.isTicker(FoldedText(
      "Liên hiệp hội tổ chức hội nghị tổng kết | Hội thảo khoa học về nông nghiệp sạch | Trao giải hội thi sáng tạo kỹ thuật")))
    XCTAssertFalse(Boilerplate.isTicker(FoldedText(
      "Ngày 7 tháng 12 năm 2018 | Lớp tập huấn nâng cao năng lực phản biện | Thành phố Vũng Tàu | Ủy ban Mặt trận")))
  }

  /// A bilingual page's English sentences are read by the English citation rules: "Decision No.
  /// 733 QĐ/LHH" and "Conclusion No. 93" count as mentions; a Vietnamese sentence is not English.
  func testABilingualPagesEnglishMentions() {
    let page = """
      Hội nghị quán triệt tại Bến Tre
      Ngày 16/4/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre tổ chức hội nghị quán triệt Kết luận số 93-KL/TW và Quyết định số 733 QĐ/LHH của Liên hiệp hội.
      ---- ENGLISH ----
      On 16 April 2021, the provincial Union held a conference on the Party's Conclusion No. 93 and on Decision No. 733 QĐ/LHH of the Union.
      """
    let c = readPage(page).citations.map { "\($0.id) \($0.mentions)" }.sorted()
    XCTAssertEqual(c, ["733/QĐ-LHH 2", "93-KL/TW 2"])
    XCTAssertTrue(PageLanguage.isEnglishSentence(FoldedText("On 16 April 2021, the provincial Union held a conference on the Party's Conclusion.")))
    XCTAssertFalse(PageLanguage.isEnglishSentence(FoldedText("Có thể nói, hội nghị đã thành công tốt đẹp và in dấu ấn trong năm.")))
  }

  /// "Gần 150 người … đã tham dự hội thảo": people attending; people counted otherwise are not.
  func testPeopleAttending() {
    let page = """
      Hội thảo khoa học tại Quảng Trị
      Ngày 12/9/2011, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị tổ chức hội thảo khoa học.
      Gần 150 người, phần lớn đến từ các tỉnh miền Trung, đã tham dự hội thảo.
      Tỉnh hiện có hơn 600.000 người sống ở nông thôn.
      """
    XCTAssertEqual(figures(readPage(page)), ["Quảng Trị dai_bieu about 150"])
  }

  /// A digest: each item's meeting in its own province, its attendance with it; "mở hội nghị"
  /// holds one; a meeting joined to the first item's but held by another province's union, or
  /// told further on with a day of its own, is not the first item's second meeting.
  func testADigestsItems() {
    let digest = """
      Điểm tin hoạt động Liên hiệp hội tuần qua
      Đại hội của Liên hiệp hội Hà Giang và hội thảo về cây hồ tiêu do Liên hiệp hội Đắk Lắk chủ trì là hai hoạt động nổi bật trong tuần.
      * Tại Hà Giang, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang đã tiến hành Đại hội nhiệm kỳ 2021 - 2026 ngày 27/12/2021.
      * Tại Lâm Đồng, Liên hiệp các Hội KH&KT tỉnh Lâm Đồng đã mở hội nghị tổng kết công tác năm 2021 vào sáng ngày 28/12/2021. Hội nghị có hơn 70 đại biểu tham dự.
      * Đắk Lắk: Sáng 20/12/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk tổ chức hội thảo về cây hồ tiêu.
      """
    let d = readPage(digest)
    XCTAssertEqual(Set(meetingKeys(d)), ["2021-12-27 Hà Giang dai_hoi", "2021-12-28 Lâm Đồng tong_ket", "2021-12-20 Đắk Lắk hoi_thao"])
    XCTAssertEqual(figures(d), ["Lâm Đồng dai_bieu more_than 70"])
    // counter-case: a workshop joined to the congress with no other holder and no day of its own
    // is the congress's second meeting
    let joint = """
      Đại hội và hội thảo khoa học của Liên hiệp hội Hà Giang
      Ngày 27/12/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang đã tiến hành Đại hội nhiệm kỳ 2021 - 2026 và hội thảo khoa học về cây chè.
      """
    XCTAssertEqual(Set(meetingKeys(readPage(joint))), ["2021-12-27 Hà Giang dai_hoi", "2021-12-27 Hà Giang hoi_thao"])
  }
}
