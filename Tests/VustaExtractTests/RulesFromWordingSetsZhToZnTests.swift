@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets zh to zn, thirty-second session (third sets in the manners of
/// the day away from the lead and of weekdays; the page's date and province in its markup).
/// Each page is written for the test.
final class RulesFromWordingSetsZhToZnTests: XCTestCase {
  /// An undated lead's event named again further on with its day right after the noun: "tại Hội
  /// thảo sáng …", "Buổi lễ ngày …", "phần làm việc sáng thứ Năm (9/5)"; not a day it is planned
  /// for.
  func testTheEventNamedAgainWithItsDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Góp ý dự thảo đề án phát triển nguồn nhân lực

      Mới đây, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi đã tổ chức Hội thảo góp ý dự thảo Đề án phát triển nguồn nhân lực của tỉnh.

      Hơn 50 nhà khoa học và chuyên gia đã gửi ý kiến bằng văn bản trước khi họp.

      Các ý kiến nêu tại Hội thảo sáng 26/05/2016 đều cho rằng dự thảo được chuẩn bị kỹ lưỡng.
      """)), ["2016-05-26 Quảng Ngãi hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh quán triệt Nghị quyết về trí thức

      Vừa qua, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình đã tổ chức hội nghị quán triệt nghị quyết của Trung ương về đội ngũ trí thức.

      Hơn 100 đại biểu là cán bộ các hội thành viên đã tham dự.

      Trong phần làm việc sáng thứ Năm (9/5), lãnh đạo Liên hiệp hội trình bày những nội dung chính của nghị quyết.
      """, published: FactDate(year: 2024, month: 5, day: 10))), ["2024-05-09 Thái Bình khac"])
    // (a day the event is planned for further on dates nothing held)
    XCTAssertEqual(meetingKeys(readPage("""
      Góp ý dự thảo đề án phát triển nguồn nhân lực

      Mới đây, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi đã tổ chức Hội thảo góp ý dự thảo Đề án phát triển nguồn nhân lực của tỉnh.

      Các ý kiến sẽ được tổng hợp để trình bày tại Hội thảo ngày 30/5/2016 của Ủy ban nhân dân tỉnh.
      """)), ["nil Quảng Ngãi hoi_thao"])
  }

  /// Weekdays in digits ("Sáng thứ 3 tuần trước", "2 ngày thứ 2 và thứ 3 đầu tuần này"), the week
  /// named before the weekday ("Cuối tuần trước, vào hôm thứ Sáu"), and a weekday in the
  /// sentence after an undated headline; "ngày thứ 2 của hội nghị" is no weekday.
  func testWeekdaysInDigitsAndTheWeekNamedFirst() {
    let posted = FactDate(year: 2025, month: 1, day: 2)  // a Thursday
    XCTAssertEqual(RelativeWeekday.day(in: FoldedText("Sáng thứ 3 tuần trước, Liên hiệp hội đã tổ chức hội nghị"), posted: posted),
                   FactDate(year: 2024, month: 12, day: 24))
    XCTAssertEqual(RelativeWeekday.day(in: FoldedText("trong 2 ngày thứ 2 và thứ 3 đầu tuần này, đại hội đã diễn ra"), posted: posted),
                   FactDate(year: 2024, month: 12, day: 30))
    XCTAssertEqual(RelativeWeekday.day(in: FoldedText("Cuối tuần trước, vào hôm thứ Sáu, hội nghị đã khai mạc"), posted: posted),
                   FactDate(year: 2024, month: 12, day: 27))
    XCTAssertNil(RelativeWeekday.day(in: FoldedText("Sang ngày thứ 2 của hội nghị, các đại biểu thảo luận"), posted: posted))
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh Bắc Ninh lần thứ V khai mạc

      Cuối tuần trước, vào hôm thứ Sáu, tại thành phố Bắc Ninh đã khai mạc phiên chính thức của Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh lần thứ V.
      """, published: posted)), ["2024-12-27 Bắc Ninh dai_hoi"])
  }

  /// "… tổ chức Hội nghị Ban Chấp hành … tại Hội trường Tỉnh ủy vào sáng nay.": the posting day,
  /// told at the end of the clause.
  func testTodayAtTheEndOfTheClause() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh họp Ban Chấp hành

      Để sơ kết hoạt động 6 tháng đầu năm, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Long đã tổ chức Hội nghị Ban Chấp hành lần thứ 10 tại Hội trường Tỉnh ủy vào sáng nay.
      """, published: FactDate(year: 2016, month: 7, day: 1))), ["2016-07-01 Vĩnh Long tong_ket"])
  }
}
