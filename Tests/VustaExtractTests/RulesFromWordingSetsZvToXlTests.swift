@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets zv to zz and xj to xl, thirty-third session (the meeting told
/// by its verbs, the day only in a box or a programme line, slips in the day, one meeting of a
/// series). Each page is written for the test.
final class RulesFromWordingSetsZvToXlTests: XCTestCase {
  /// Acts the lead tells a meeting by: "điểm lại" a year's work (a review), "khai mạc lớp" (a
  /// class), "tôn vinh" (a ceremony); the organ nearest the act is its subject.
  func testMoreActsTellAMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Khánh Hòa: xác định nhiệm vụ trọng tâm năm 2026

      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa sáng 22-1-2026 đã điểm lại công tác năm 2025, từ đó đề ra phương hướng cho năm 2026.
      """)), ["2026-01-22 Khánh Hòa tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Nâng cao năng lực phản biện xã hội

      Tại thành phố Vũng Tàu, ngày 7/12/2018, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bà Rịa - Vũng Tàu đã khai mạc lớp nâng cao năng lực tư vấn, phản biện cho cán bộ hội viên.
      """)), ["2018-12-07 Bà Rịa - Vũng Tàu tap_huan"])
    // (not a plan: "sẽ tôn vinh")
    XCTAssertEqual(meetingKeys(readPage("""
      Tôn vinh trí thức tiêu biểu

      Ngày 10/8/2017, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương sẽ tôn vinh 65 trí thức tiêu biểu của tỉnh.
      """)), [])
  }

  /// A headline that names the meeting over a lead that tells it by its acts, its day after the
  /// act ("… đã tề tựu tại Thành phố Hồ Chí Minh từ ngày 21 đến 23/7/2022"): the lead's day and
  /// place.
  func testTheLeadsActsDateTheHeadlinesMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Việt Nam: Hội nghị giao ban năm 2022

      Theo lời mời của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Liên hiệp các Hội Khoa học và Kỹ thuật các tỉnh, thành phố đã tề tựu tại Thành phố Hồ Chí Minh từ ngày 21 đến 23/7/2022, cùng trình bày báo cáo, nêu kiến nghị về công việc của năm.
      """)), ["2022-07-21 Hồ Chí Minh giao_ban"])
  }

  /// The day only on a record's time line that writes a weekday ("Thời gian: 8h30, thứ Năm"),
  /// even in a box above the headline, or on a programme line that names the meeting ("8h30 khai
  /// mạc tọa đàm (sáng thứ Năm)"): counted back from the posting date.
  func testAWeekdayOnABoxOrProgrammeLine() {
    let posted = FactDate(year: 2015, month: 7, day: 10)  // a Friday
    XCTAssertEqual(meetingKeys(readPage("""
      THÔNG TIN SỰ KIỆN
      Thời gian: 8h30, thứ Năm
      Địa điểm: trụ sở Liên hiệp hội, số 53 Nguyễn Du, Hà Nội

      Hội đồng bảo trợ Quỹ sáng tạo họp phiên thứ nhất

      Hội nghị phiên thứ nhất của Hội đồng bảo trợ Quỹ Hỗ trợ sáng tạo do Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức đã được tiến hành tại trụ sở Liên hiệp hội.

      Các đại biểu đã thảo luận về kế hoạch hoạt động của Quỹ trong nhiệm kỳ mới.
      """, published: posted)).map { $0.hasPrefix("2015-07-09") }, [true])
    XCTAssertEqual(meetingKeys(readPage("""
      Tọa đàm chào mừng ngày Báo chí cách mạng

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đã tổ chức buổi tọa đàm chào mừng ngày Báo chí Cách mạng Việt Nam.

      Chương trình tọa đàm: 8h00 đón tiếp đại biểu; 8h30 khai mạc tọa đàm (sáng thứ Năm)

      Các đại biểu đã trao đổi về vai trò của báo chí trong phổ biến khoa học.
      """, published: posted)), ["2015-07-09 Lào Cai hoi_thao"])
  }

  /// A lower-case "l" typed for the digit one at the start of a number ("ngày l2 tháng 9 năm
  /// 1995", "l993") folds to "1"; inside a word it stays a letter.
  func testAnLTypedForOne() {
    XCTAssertEqual(String(decoding: FoldedText("ngày l2 tháng 9 năm l995").bytes, as: UTF8.self), "ngay 12 thang 9 nam 1995")
    XCTAssertEqual(String(decoding: FoldedText("hội viên l2").bytes, as: UTF8.self), "hoi vien 12")
    XCTAssertEqual(String(decoding: FoldedText("cl2 và l").bytes, as: UTF8.self), "cl2 va l")
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh Nghệ An

      Ngày l2/9/l995, tại thành phố Vinh, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An đã tổ chức Đại hội lần thứ nhất.
      """)), ["1995-09-12 Nghệ An dai_hoi"])
  }

  /// An earlier part of the event's series told with its own day ("Đợt 1 …, đã được mở vào tháng
  /// 8/2022 tại …", "Lần thứ nhất … đã được tổ chức trong hai ngày 25-26/9/2014 tại Quảng Ninh")
  /// is a meeting of the same kind; a later part planned ("dự kiến") is not, and no member figure
  /// of the page is the earlier part's.
  func testAnEarlierPartOfASeries() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo - tập huấn thứ hai về phản biện xã hội

      Tại thành phố Quy Nhơn, tỉnh Bình Định, trong các ngày 10-11/10/2014, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức Hội thảo – tập huấn về tư vấn, phản biện và giám định xã hội cho khu vực miền Trung.

      Lần thứ nhất, dành cho khu vực phía Bắc, đã được Liên hiệp hội tổ chức trong hai ngày 25-26/9/2014 tại tỉnh Quảng Ninh; lần thứ ba dự kiến vào tháng 11/2014 tại Cần Thơ.

      Hội thảo – tập huấn tại Quy Nhơn có hơn 70 đại biểu tham dự.
      """)), ["2014-10-10 Bình Định hoi_thao", "2014-09-25 Quảng Ninh hoi_thao"])
    // (a first part planned is no meeting)
    XCTAssertEqual(meetingKeys(readPage("""
      Mở lớp tập huấn kỹ thuật trồng cây ăn quả

      Ngày 9/4/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên đã tổ chức lớp tập huấn kỹ thuật trồng cây ăn quả tại huyện Đại Từ.

      Đợt 1 của chương trình ở các huyện phía Nam dự kiến sẽ mở vào tháng 5/2024.
      """)), ["2024-04-09 Thái Nguyên tap_huan"])
  }

  // MARK: - Round two (sets xn to xs)

  /// A later sentence that opens with the bare noun and says it was held on a day ("(*) Hội nghị
  /// được tổ chức sáng ngày 19-1.") dates the undated event; a day it is planned for does not.
  func testTheBareNounHeldOnADay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tăng cường nghiên cứu khoa học, phát triển công nghệ

      Hội nghị tổng kết công tác năm 2017 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên đã được tổ chức.

      Với 24 hội thành viên, Liên hiệp hội năm 2017 đã ký kết nhiều chương trình phối hợp.

      (*) Hội nghị được tổ chức sáng ngày 19-1.
      """, published: FactDate(year: 2018, month: 1, day: 19))), ["2018-01-19 Thái Nguyên tong_ket"])
  }

  /// A sentence that opens with the series' first part and its day ("Sau hội thảo lần thứ nhất
  /// tổ chức ngày 27/5 tại thành phố Việt Trì, ngày 16/6, …"): that day and place are the first
  /// part's, the main clause's day the page's event's.
  func testAnOpeningClauseAboutTheFirstPart() {
    XCTAssertEqual(meetingKeys(readPage("""
      Phú Thọ: Hội thảo lần thứ hai góp ý quy hoạch tỉnh

      Sau hội thảo lần thứ nhất tổ chức ngày 27/5/2022 tại thành phố Việt Trì, ngày 16/6/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ tiếp tục tổ chức hội thảo lần thứ hai góp ý dự thảo quy hoạch tỉnh.
      """)).sorted(), ["2022-05-27 Phú Thọ hoi_thao", "2022-06-16 Phú Thọ hoi_thao"])
    XCTAssertEqual(MeetingExtractor.openingPartClause(analyzed(
      "Sau lớp đầu tiên tổ chức từ ngày 14 đến ngày 16/10/2015 tại thành phố Đà Nẵng, Liên hiệp hội Việt Nam tiếp tục mở lớp thứ hai.")).map { $0 > 10 }, true)
    XCTAssertNil(MeetingExtractor.openingPartClause(analyzed("Sau hội nghị, Liên hiệp hội tỉnh đã tổ chức lớp tập huấn ngày 5/6/2022.")))
  }

  /// The lead's act before the day that closes it ("… đã họp lần thứ VII, rà soát và đánh giá
  /// công tác năm 2020, vào ngày 25/1/2021.") and the organ's members as the subject ("Các ủy
  /// viên Ban Chấp hành … đã … kiện toàn …").
  func testTheActBeforeTheDayThatClosesTheLead() {
    XCTAssertEqual(meetingKeys(readPage("""
      Đắk Nông: bắt tay hợp tác chuyển giao tiến bộ kỹ thuật

      Tại tỉnh Đắk Nông, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Nông và Sở Nông nghiệp đã thống nhất, cùng ký chương trình hợp tác giai đoạn 2022 - 2025 vào chiều ngày 25/5/2022.
      """)), ["2022-05-25 Đắk Nông khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Sóc Trăng: kiện toàn chức danh Chủ tịch Liên hiệp hội

      Theo triệu tập của Ban Thường vụ, chiều ngày 21/5/2024, các Ủy viên Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng đã có mặt tại trụ sở để kiện toàn chức danh Chủ tịch Liên hiệp hội.
      """)), ["2024-05-21 Sóc Trăng ban_chap_hanh"])
  }

  /// "Chiều cùng ngày, Hội nghị Ban Chấp hành … của Liên hiệp hội …" after another body's dated
  /// meeting ("Sáng 10/01/2023, Sở Khoa học và Công nghệ tổ chức hội nghị …"): that day.
  func testTheSameDayAsAnotherBodysMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Sở Khoa học và Công nghệ, Liên hiệp hội tỉnh Bắc Kạn triển khai nhiệm vụ năm 2023

      Sáng 10/01/2023, Sở Khoa học và Công nghệ tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2022 của ngành.

      Chiều cùng ngày, Hội nghị Ban Chấp hành của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Kạn đã được tổ chức nhằm tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.
      """)), ["2023-01-10 Bắc Kạn tong_ket"])
  }

  // MARK: - Round three (sets xt to xy)

  /// The union's meeting told from another body's dated meeting two sentences before it ("Ngày
  /// 18/01/2018, Sở … tổ chức Hội nghị …. Nhiều ý kiến …." then "Hai ngày sau, … Liên hiệp …
  /// đã tổ chức Đại hội …"), right after it ("Ngay sau đó, …") or on the posting day ("Cũng
  /// trong sáng nay, …").
  func testRelativeDaysFromAnotherBodysMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Sở Khoa học và Công nghệ tổng kết năm 2017; Liên hiệp hội tỉnh đại hội nhiệm kỳ mới

      Ngày 18/01/2018, Sở Khoa học và Công nghệ tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác năm 2017. Nhiều ý kiến đề nghị đẩy mạnh ứng dụng tiến bộ kỹ thuật.

      Hai ngày sau, vào buổi sáng, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Bình đã tổ chức Đại hội đại biểu lần thứ V.
      """)), ["2018-01-20 Quảng Bình dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Ủy ban nhân dân tỉnh họp phiên thường kỳ; Liên hiệp hội tỉnh tổng kết 6 tháng

      Sáng 16/7/2019, Ủy ban nhân dân tỉnh Lạng Sơn họp phiên thường kỳ tháng 7.

      Ngay sau đó, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2019.
      """)), ["2019-07-16 Lạng Sơn tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tỉnh đoàn tập huấn cán bộ; Liên hiệp hội tỉnh tổng kết năm

      Sáng nay, Tỉnh đoàn Vĩnh Phúc mở lớp tập huấn cán bộ đoàn cơ sở.

      Cũng trong sáng nay, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc đã tổ chức hội nghị tổng kết công tác năm 2021.
      """, published: FactDate(year: 2022, month: 1, day: 20))), ["2022-01-20 Vĩnh Phúc tong_ket"])
  }

  /// A later sentence that names the meeting with its weekday right after the noun ("… phát
  /// biểu tại buổi gặp mặt với báo chí sáng thứ Tư."), and a council meeting's line dating a
  /// review ("Hội nghị BCH lần thứ 13: chiều 16.12.2016").
  func testAWeekdayAfterTheNounAndACouncilsLine() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Việt Nam gặp mặt báo chí

      Hướng tới Ngày Báo chí Cách mạng Việt Nam, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức buổi gặp mặt các cơ quan báo chí trong hệ thống.

      Chủ tịch Liên hiệp hội phát biểu tại buổi gặp mặt với báo chí sáng thứ Tư.
      """, published: FactDate(year: 2024, month: 6, day: 21))), ["2024-06-19 nil khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành Liên hiệp hội tỉnh Hà Giang tổng kết năm 2016

      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang đã họp, tổng kết công tác năm 2016 và bàn nhiệm vụ năm 2017.

      Hội nghị BCH lần thứ 13: chiều 16.12.2016

      Các đại biểu thống nhất cao với báo cáo.
      """)), ["2016-12-16 Hà Giang tong_ket"])
  }

  /// A day chosen for a meeting ("… thống nhất chọn ngày 18/5/2017 … để tổ chức Hội nghị biểu
  /// dương …") plans it: no meeting held that day.
  func testADayChosenPlansTheMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Sóc Trăng tổng kết năm 2016

      Ngày 11/01/2017, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng tổ chức hội nghị tổng kết hoạt động năm 2016.

      Hội nghị cũng thống nhất chọn ngày 18/5/2017 để tổ chức Hội nghị biểu dương trí thức tiêu biểu của tỉnh.
      """)), ["2017-01-11 Sóc Trăng tong_ket"])
  }

  // MARK: - Round four (sets xz, oa to od)

  /// Relative days read by their parts: a count of "hôm" ("Ba hôm sau", not the "hôm sau" in
  /// it), "hôm kế tiếp", "hôm trước đó", the same day ("Liền sau đó", "chiều hôm ấy", "Trong
  /// buổi chiều"), a weekday of the anchor's week ("vào thứ Tư cùng tuần").
  func testRelativeDaysByTheirParts() {
    let anchor = FactDate(year: 2019, month: 10, day: 14)  // a Monday
    func day(_ text: String) -> FactDate? { RelativeDay.day(in: FoldedText(text), before: 8, anchor: anchor) }
    XCTAssertEqual(day("Ba hôm sau, Liên hiệp hội tổ chức hội nghị"), FactDate(year: 2019, month: 10, day: 17))
    XCTAssertEqual(day("Sáng hôm kế tiếp, Liên hiệp hội tổ chức hội nghị"), FactDate(year: 2019, month: 10, day: 15))
    XCTAssertEqual(day("Hôm trước đó, Liên hiệp hội tổ chức hội nghị"), FactDate(year: 2019, month: 10, day: 13))
    XCTAssertEqual(day("Liền sau đó, Liên hiệp hội tổ chức hội nghị"), anchor)
    XCTAssertEqual(day("Trong buổi chiều, Liên hiệp hội tổ chức hội nghị"), anchor)
    XCTAssertEqual(day("Liên hiệp hội tổ chức hội nghị tổng kết vào thứ Tư cùng tuần"), FactDate(year: 2019, month: 10, day: 16))
    XCTAssertNil(day("Liên hiệp hội tổ chức hội nghị tổng kết"))
  }

  /// A sentence read as the extractor reads one (dates and places found).
  private func analyzed(_ text: String) -> AnalyzedSentence {
    let f = FoldedText(VietnameseText.normalize(text))
    return AnalyzedSentence(text: f, line: 1, index: 1, provinces: [], unions: [], dates: DateReader.mentions(in: f))
  }
}
