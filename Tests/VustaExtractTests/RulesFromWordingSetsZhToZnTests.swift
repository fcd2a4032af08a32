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

  /// A round-up's provinces with their days in brackets, the month told once ("Đồng Nai (ngày 23
  /// và 24) và Hà Giang (chiều 27, sáng 28) lần lượt tiến hành Đại hội …"); one bracket alone is
  /// no round-up.
  func testRoundUpDaysInBrackets() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội các địa phương tháng 12/2021

      Tháng 12/2021 có nhiều sự kiện của các Liên hiệp hội. Liên hiệp hội các tỉnh Đồng Nai (ngày 23 và 24) và Hà Giang (chiều 27, sáng 28) lần lượt tiến hành Đại hội đại biểu nhiệm kỳ 2021 - 2026, còn Liên hiệp hội Đắk Lắk (sáng 20) tổ chức một hội thảo khoa học về cây hồ tiêu.
      """, published: FactDate(year: 2022, month: 1, day: 13))).sorted(),
      ["2021-12-20 Đắk Lắk hoi_thao", "2021-12-23 Đồng Nai dai_hoi", "2021-12-27 Hà Giang dai_hoi"])
    let one = AnalyzedSentence(text: FoldedText("Liên hiệp hội tỉnh Đồng Nai (ngày 23) tổ chức Đại hội"), line: 1, index: 1,
                               provinces: [], unions: [], dates: [])
    XCTAssertTrue(RoundUpDays.entries(in: one).isEmpty)
  }

  /// The month a round-up opens with gives way to a day of it written further on in the
  /// sentence; the next sentence that reports another union's event, or a meeting of another
  /// kind, does not place the first one.
  func testARoundUpsMonthAndTheNextUnionsPlace() {
    XCTAssertEqual(meetingKeys(readPage("""
      Miền Trung: Liên hiệp hội các tỉnh tổng kết năm 2025

      Những ngày cuối tháng 12, hoạt động của các Liên hiệp hội diễn ra dồn dập: mở đầu là hội nghị đánh giá kết quả năm 2025 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai vào sáng 26-12; tiếp đó, trong hai ngày 29-30/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức thành công Đại hội Đại biểu lần thứ VII tại tỉnh Nghệ An.

      Đại hội ở Nghệ An đã bầu ông Đậu Quang Vinh làm Chủ tịch.
      """, published: FactDate(year: 2025, month: 12, day: 31))).sorted(),
      ["2025-12-26 Gia Lai tong_ket", "2025-12-29 Nghệ An dai_hoi"])
  }

  /// A paragraph a few lines down that opens with a weekday and reports the union's meeting,
  /// its verb after the noun, is the article's event when neither headline nor lead names one.
  func testAWeekdayOpeningTheEventsParagraph() {
    XCTAssertEqual(meetingKeys(readPage("""
      Cụm thi đua số 6 góp sức xây dựng hệ thống Liên hiệp hội

      Cụm thi đua số 6 gồm sáu tỉnh duyên hải Nam Trung Bộ, hoạt động đều đặn nhiều năm nay.

      Thứ Sáu tuần rồi, Hội nghị tổng kết thi đua năm 2022 đã được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi tổ chức tại thành phố Quảng Ngãi.
      """, published: FactDate(year: 2022, month: 11, day: 29))), ["2022-11-25 Quảng Ngãi tong_ket"])
  }

  /// A day with no year takes the year of a full date written after it in the sentence, a few
  /// weeks on at most ("Khai giảng từ ngày 04/11 … bế giảng ngày 06/11/2015") — not a cited
  /// document's day ("Sáng 14/11, … Kết luận số 93-KL/TW ngày 20/11/2020").
  func testAYearFromTheCloseWrittenAfter() {
    XCTAssertEqual(dateKeys("Khai giảng từ ngày 04/11 tại Vĩnh Yên, lớp tập huấn đã bế giảng ngày 06/11/2015."), ["4/11/2015", "6/11/2015"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bế giảng lớp tập huấn kỹ năng phản biện

      Khai giảng từ ngày 04/11 tại thành phố Vĩnh Yên, lớp tập huấn kỹ năng phản biện do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc tổ chức đã bế giảng ngày 06/11/2015.
      """)), ["2015-11-04 Vĩnh Phúc tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Sơ kết 3 năm thực hiện Kết luận 93

      Sáng 14/11, tại TP. Đồng Hới, Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Bình tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư.
      """, published: FactDate(year: 2023, month: 11, day: 14))), ["2023-11-14 Quảng Bình tong_ket"])
  }

  /// "Chỉ hai ngày sau khi quyết định ra đời, hội đồng … đã họp hội nghị …" opening the paragraph
  /// after the decision's day: the undated headline's meeting, two days on.
  func testARelativeDayOpeningTheNextParagraph() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội đồng tư vấn họp bàn đề án phát triển khoa học và công nghệ Thanh Hóa

      Ngày 15 tháng 9 năm 2011, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa đã ban hành quyết định thành lập hội đồng tư vấn cho đề án.

      Chỉ hai ngày sau khi quyết định ra đời, hội đồng tư vấn đã họp hội nghị tại trụ sở Liên hiệp hội để nghiên cứu đề án.
      """)), ["2011-09-17 Thanh Hóa khac"])
  }

  /// The dates of a text as "day/month/year" ("nil" for a year not written).
  func dateKeys(_ text: String) -> [String] {
    let f = FoldedText(VietnameseText.normalize(text))
    return ArticleContext.yearsFromLaterDates(DateReader.mentions(in: f), in: f).map { "\($0.day ?? 0)/\($0.month)/\($0.year.map(String.init) ?? "nil")" }
  }

  /// A round-up's item headed by its province and day ("Hà Giang (ngày 28/7): Lãnh đạo … đã dự
  /// Hội nghị Ban chấp hành … của Liên hiệp … tỉnh Hà Giang, nơi nhìn lại kết quả nửa đầu năm …")
  /// reports that union's meeting; a Ban Chấp hành meeting its own sentence says looks back on
  /// the half year is a review.
  func testARoundUpItemHeadedByItsProvinceAndDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội các tỉnh phía Bắc sơ kết 6 tháng đầu năm 2023

      Tháng 7/2023, Liên hiệp hội ba tỉnh Bắc Kạn, Thái Bình và Hà Giang đã sơ kết nửa đầu năm.

      Hà Giang (ngày 28/7): Lãnh đạo một số sở, ngành của tỉnh đã dự Hội nghị Ban chấp hành (mở rộng) lần thứ 4 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang, nơi nhìn lại kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm.
      """, published: FactDate(year: 2023, month: 9, day: 22))), ["2023-07-28 Hà Giang tong_ket"])
  }

  /// A lead that tells the union's meeting by what its people did, with no meeting word for it
  /// (`actTold`): its acts name the kind, a meeting word in passing further on names it better;
  /// nothing done ("sẽ"), or a document issued, is no meeting.
  func testAMeetingToldByItsActs() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội kết nạp thêm hai hội thành viên

      Sáng ngày 30/12/2016, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế đã cùng nhìn lại những việc làm được trong năm 2016 và bàn cách triển khai nhiệm vụ năm 2017.
      """)), ["2016-12-30 Thừa Thiên Huế tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Vĩnh Phúc: trang bị kỹ năng phản biện cho cán bộ hội

      Từ ngày 03-07/10/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc đã bồi dưỡng cho 50 cán bộ các hội thành viên kỹ năng tư vấn, phản biện, với các bài giảng về quy trình phản biện.

      Cũng tại lớp bồi dưỡng, các học viên được trao đổi kinh nghiệm.
      """)), ["2022-10-03 Vĩnh Phúc tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh ban hành kế hoạch năm 2017

      Ngày 30/12/2016, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế đã ban hành kế hoạch hoạt động năm 2017.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh chuẩn bị tổng kết năm

      Ngày 30/12/2016, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế đã thông báo sẽ nhìn lại những việc làm được trong năm 2016.
      """)), [])
  }

  /// An act the next sentence names as an occasion is the page's event even with no day ("Tại
  /// Hà Nội, Liên hiệp … vừa công bố …" then "Thông tin tại buổi công bố, …"); a month written
  /// after the act is its object's, not the event's.
  func testAnUndatedActNamedBack() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Việt Nam công bố dự thảo văn kiện Đại hội lần thứ VII

      Tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam vừa công bố dự thảo văn kiện Đại hội đại biểu toàn quốc lần thứ VII, dự kiến diễn ra vào tháng 6. Thông tin tại buổi công bố, Phó Chủ tịch Liên hiệp hội cho biết hiện có 140 hội thành viên.
      """, published: FactDate(year: 2015, month: 4, day: 16))), ["nil Hà Nội khac"])
    XCTAssertEqual(FoldedText("Liên hiệp hội vừa công bố").findJust(), 3)
    XCTAssertNil(FoldedText("Hội thảo vừa vặn một ngày, vựa lúa của vua").findJust(from: 3))
  }

  /// "Tính đến ngày 30/11/2019, Liên hiệp Hội có 38 tổ chức …": the day a count is made to dates
  /// no meeting, even right after an undated one.
  func testTheDayACountIsMadeTo() {
    XCTAssertEqual(meetingKeys(readPage("""
      24 tập thể, cá nhân nhận giấy khen của Liên hiệp hội

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận vừa tổ chức hội nghị tổng kết hoạt động năm 2019.

      Tính đến ngày 30/11/2019, Liên hiệp hội có 38 tổ chức hội thành viên.
      """)), ["nil Bình Thuận tong_ket"])
  }

  /// The organ named as the act's subject names its meeting ("Ban Chấp hành … đã ngồi lại …");
  /// "bầu ra bộ máy lãnh đạo nhiệm kỳ …" is a congress's act.
  func testTheActsSubjectAndACongresssActs() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Hải Dương bàn nhiệm vụ mới

      Sáng 23/6/2022, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương đã ngồi lại bàn việc kết nạp hội thành viên mới.
      """)), ["2022-06-23 Hải Dương ban_chap_hanh"])
    XCTAssertEqual(MeetingExtractor.act(in: FoldedText("các đại biểu đã về họp, bầu ra bộ máy lãnh đạo nhiệm kỳ 2011-2016"))?.kind, .dai_hoi)
  }

  /// Read on zt (habits mixed on one page): "hôm 7 / 12" is a day as "ngày 7 / 12" is; "Tại buổi
  /// tọa đàm diễn ra chiều thứ Năm vừa qua, …" further on dates the undated lead's event.
  func testDaysWhereHabitsMeet() {
    XCTAssertEqual(dateKeys("Tại buổi làm việc hôm 7 / 12, lãnh đạo tỉnh đã thông tin với Đoàn."), ["7/12/nil"])
    XCTAssertEqual(dateKeys("Có 7 / 12 hội đã báo cáo."), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Lâm Đồng tọa đàm về chuyển đổi số

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng vừa tổ chức buổi tọa đàm về chuyển đổi số, quy tụ hơn 60 chuyên gia.

      Hai phó chủ tịch Liên hiệp hội cùng chủ trì.

      Tại buổi tọa đàm diễn ra chiều thứ Năm vừa qua, các chuyên gia đã đề xuất nhiều giải pháp.
      """, published: FactDate(year: 2023, month: 5, day: 19))), ["2023-05-18 Lâm Đồng hoi_thao"])
  }
}
