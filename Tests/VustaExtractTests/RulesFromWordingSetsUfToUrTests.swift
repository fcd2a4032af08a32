@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets uf, ug, uh, uk, uq and ur, twenty-eighth session.
final class RulesFromWordingSetsUfToUrTests: XCTestCase {
  /// The dates of a text as "day/month/year" ("nil" for a year not written).
  func dateKeys(_ text: String) -> [String] {
    DateReader.mentions(in: FoldedText(VietnameseText.normalize(text))).map { "\($0.day ?? 0)/\($0.month)/\($0.year.map(String.init) ?? "nil")" }
  }

  /// A meeting named by the union's organ or term, the union named only further on: the union's
  /// meeting, in its province; not when the term is another body's ("… của Hội Phân tích …").
  func testAMeetingNamedByItsOrganWithTheUnionNamedElsewhere() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị Ban chấp hành mở rộng lần thứ 8 và sơ kết công tác 6 tháng đầu năm 2020

      Hội nghị Ban chấp hành mở rộng lần thứ 8 đã diễn ra ngày 08 tháng 07 năm 2020, kết hợp sơ kết hoạt động 6 tháng đầu năm.

      Trong sáu tháng đầu năm, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk đã phát huy tốt vai trò tập hợp trí thức.
      """)), ["2020-07-08 Đắk Lắk tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tháng 11 tới, Liên hiệp các hội khoa học và kỹ thuật tỉnh Hải Dương dự kiến tiến hành Đại hội đại biểu

      Theo dự kiến, Đại hội đại biểu lần thứ VI nhiệm kỳ 2022 - 2027 của liên hiệp sẽ được tổ chức vào tháng 11.

      Hội nghị Ban Chấp hành khóa V, nhiệm kỳ 2017-2022 diễn ra sáng 23.6 đã đưa ra những nội dung nêu trên.
      """, published: FactDate(year: 2022, month: 6, day: 23))), ["2022-06-23 Hải Dương ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Hội Phân tích hóa, lý, sinh học Việt Nam

      Sáng 1/7, Đại hội lần thứ VI nhiệm kỳ 2022-2027 của Hội Phân tích hóa, lý, sinh học Việt Nam đã được tổ chức.

      Là hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Hội đã có nhiều đóng góp.
      """, published: FactDate(year: 2022, month: 7, day: 2))), [])
  }

  /// A number a comma parts from a meeting noun counts nothing: "nhiệm kỳ 2019 – 2024, Hội nghị …".
  func testANumberBeforeACommaCountsNoMeetings() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hải Phòng: nhìn lại công tác quý IV

      Thực hiện Chương trình công tác toàn khóa, nhiệm kỳ 2019 – 2024, Hội nghị Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng quý IV đã được tổ chức ngày 17/12/2020.
      """)), ["2020-12-17 Hải Phòng ban_thuong_vu"])
  }

  /// Provincial unions' acronyms written in capitals are the unions; a page's own definition
  /// wins; a source tag opening the text is no party.
  func testProvincialUnionsAcronyms() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo về chuyển đổi số

      Sáng 12/5/2023, HUSTA tổ chức hội thảo về chuyển đổi số trong nông nghiệp.
      """)), ["2023-05-12 Thừa Thiên Huế hoi_thao"])
    let defined = readPage("""
      Diễn đàn trí thức với kinh tế số

      Sáng 19/11/2022, Liên hiệp các Hội Khoa học và Kỹ thuật TP.HCM (HUSTA) tổ chức Diễn đàn về kinh tế số.

      Dịp này, HUSTA kết nạp thêm 2 hội thành viên mới, nâng tổng số lên 52 hội thành viên.
      """)
    XCTAssertEqual(meetingKeys(defined), ["2022-11-19 Hồ Chí Minh hoi_thao"])
    XCTAssertEqual(defined.memberFigures.map { "\($0.province ?? "nil") \($0.value)" }, ["Hồ Chí Minh 52"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội đồng Trung ương VUSTA họp lần thứ VI

      (HCMUSTA) Hội nghị lần thứ VI của Hội đồng Trung ương Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam diễn ra ngày 23/8/2020 tại Hà Nội.
      """)), ["2020-08-23 Hà Nội ban_chap_hanh"])
  }

  /// "6 Hội của <union> đã tổ chức Đại hội": the associations' congresses, not the union's.
  func testAssociationsOfTheUnionHoldTheirOwnCongresses() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành HCMUSTA nhìn lại năm 2023

      Sáng 16/1/2024, Ban Chấp hành HCMUSTA họp tổng kết công tác năm 2023.

      Năm 2023, 6 Hội của HCMUSTA đã tổ chức Đại hội nhiệm kỳ 2023 – 2028, như Hội Cơ khí ngày 25/3/2023.
      """)), ["2024-01-16 Hồ Chí Minh tong_ket"])
  }

  /// An undated main event takes the day of a caption, a "Thời gian:" line or a closing line
  /// in brackets that names it; not an anniversary's span.
  func testTheDayOfACaptionATimeLineOrAClosingLine() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội đồng Trung ương Liên hiệp hội Việt Nam khóa VIII họp lần thứ 2

      Vừa qua, tại Trung tâm Hội nghị tỉnh Hưng Yên, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tiến hành hội nghị Hội đồng Trung ương lần thứ 2, khóa VIII.

      Toàn cảnh hội nghị ngày 23.4

      Về dự hội nghị có lãnh đạo Tỉnh ủy, Ủy ban nhân dân tỉnh.
      """, published: FactDate(year: 2021, month: 4, day: 26))), ["2021-04-23 Hưng Yên ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị giao ban năm 2022 của Liên hiệp hội Việt Nam

      Thời gian: từ ngày 21 đến 23/7/2022

      Vừa qua, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức tại Thành phố Hồ Chí Minh Hội nghị giao ban năm 2022.
      """)), ["2022-07-21 Hồ Chí Minh giao_ban"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Thanh Hóa làm việc với Thị ủy Bỉm Sơn

      Mới đây, Thường trực Thị ủy thị xã Bỉm Sơn đã tiếp và làm việc với đoàn công tác của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa.

      Hai bên trao đổi về phát triển tổ chức hội ở cơ sở.

      (Buổi làm việc diễn ra ngày 21/10/2020)
      """)), ["2020-10-21 Thanh Hóa lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hà Tĩnh: 15 năm ngày thành lập Liên hiệp hội

      KỶ NIỆM 15 NĂM NGÀY THÀNH LẬP (27/5/1995-27/5/2010)

      Lễ kỷ niệm 15 năm ngày thành lập, kết hợp sơ kết công tác 5 tháng đầu năm 2010, vừa được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh tổ chức.
      """)), ["nil Hà Tĩnh tong_ket"])
  }

  /// "Lễ tổng kết, trao giải thưởng …" is a prize's closing ceremony: no review.
  func testAPrizesClosingCeremonyIsNoReview() {
    XCTAssertEqual(meetingKeys(readPage("""
      VIFOTEC kỷ niệm 30 năm thành lập

      Tối 27/10/2022, tại Hà Nội, Quỹ Hỗ trợ sáng tạo kỹ thuật Việt Nam trực thuộc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức Lễ kỷ niệm 30 năm ngày thành lập Quỹ, đồng thời tổ chức Lễ tổng kết, trao giải thưởng Sáng tạo khoa học công nghệ Việt Nam năm 2021.
      """)), ["2022-10-27 Hà Nội khac"])
  }

  /// The days of a list take the year its last one writes, and list the sessions as
  /// "9, 16 & 18/3/2022" does; a month written as a word after "tháng".
  func testListsOfDaysAndMonthsWrittenAsWords() {
    XCTAssertEqual(dateKeys("vào thứ Tư (9/3), thứ Tư (16/3) và thứ Sáu (18/3/2022), đoàn đã làm việc"),
                   ["9/3/2022", "16/3/2022", "18/3/2022"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bình Định: Liên hiệp hội làm việc với các đơn vị

      Vào thứ Tư (9/3), thứ Tư (16/3) và thứ Sáu (18/3/2022), lãnh đạo Liên hiệp Hội Bình Định lần lượt làm việc với Trường Đại học Quy Nhơn, Viện Nghiên cứu Hải sản và Trung tâm Quan trắc.
      """)), ["2022-03-09 Bình Định lam_viec", "2022-03-16 Bình Định lam_viec", "2022-03-18 Bình Định lam_viec"])
    XCTAssertEqual(dateKeys("sáng ngày 26 tháng Năm năm 2016"), ["26/5/2016"])
    XCTAssertEqual(dateKeys("ngày 12 tháng Mười Một năm 2019"), ["12/11/2019"])
    XCTAssertEqual(dateKeys("ngày 3 tháng Giêng"), ["3/1/nil"])
    // (not a lower-case "năm" after "tháng": no month)
    XCTAssertEqual(dateKeys("ngày 26 tháng năm 2016"), [])
  }

  /// Typing slips in a date: a doubled slash, a space before the slash ("25//11/2022", "27/03
  /// /2018"; "chiều 27 /7," after a part of the day and before a comma).
  func testSlipsInADate() {
    XCTAssertEqual(dateKeys("ngày 25//11/2022"), ["25/11/2022"])
    XCTAssertEqual(dateKeys("sáng ngày 27/03 /2018"), ["27/3/2018"])
    XCTAssertEqual(dateKeys("Vào chiều 27 /7, Liên hiệp hội đã tổ chức"), ["27/7/nil"])
    XCTAssertEqual(dateKeys("Lễ ký kết đã diễn ra ngày 12- 6."), ["12/6/nil"])
    // (a space before a slash with nothing to cue a day is no date: "1 /3 số trí thức")
    XCTAssertEqual(dateKeys("chiếm 1 /3 số trí thức"), [])
  }

  /// A rally is a meeting ("Lễ mít tinh …"); the union whose founding it celebrates is not its
  /// holder.
  func testARallyAndTheUnionItCelebrates() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bắc Ninh mít tinh kỷ niệm 40 năm ngày thành lập Liên hiệp các Hội khoa học và Kỹ thuật Việt Nam

      Lễ mít tinh do Liên hiệp các hội khoa học và kỹ thuật tỉnh tổ chức ngày 23-3, có Phó Chủ tịch UBND tỉnh đến dự.

      Hiện Liên hiệp Hội KH&KT Bắc Ninh có 18 tổ chức Hội với hơn 400 nghìn Hội viên.
      """, published: FactDate(year: 2023, month: 3, day: 23))), ["2023-03-23 Bắc Ninh khac"])
  }

  /// A council meeting that passes the results of a half-year is a review; so is one under the
  /// union's headline look back at the turn of the half year — not one that reviews its term.
  func testACouncilMeetingThatReviewsAPeriod() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang họp Ban Chấp hành lần thứ 8

      Hội nghị BCH lần thứ 8, nhiệm kỳ 2016-2021 đã được tiến hành sáng 28.7.

      Tại hội nghị, kết quả hoạt động 6 tháng đầu năm được thông qua, các nhiệm vụ 6 tháng cuối năm được bàn triển khai.
      """, published: FactDate(year: 2020, month: 7, day: 28))), ["2020-07-28 Hà Giang tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bình Định: Liên hiệp Hội nhìn lại hoạt động nửa đầu năm 2024

      Hội nghị Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật Bình Định lần thứ 15, khóa V đã diễn ra ngày 28/6/2024.
      """)), ["2024-06-28 Bình Định tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Bình Định khép lại nhiệm kỳ

      Ngày 30/6/2025, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định tổ chức Hội nghị Ban Chấp hành mở rộng lần thứ 12 (khóa V).

      Tại hội nghị, Ban Chấp hành đã đánh giá nhanh kết quả hoạt động của Liên hiệp hội kể từ đầu nhiệm kỳ.
      """)), ["2025-06-30 Bình Định ban_chap_hanh"])
  }

  /// An event reported at its close is dated by its first day: the closing day less the days it
  /// lasted, or the opening day the paragraph writes; a span already written is left as it is.
  func testAnEventReportedAtItsClose() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bế mạc Đại hội Liên hiệp hội tỉnh Nghệ An

      Khép lại hai ngày làm việc, Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An lần thứ VI đã bế mạc vào ngày 26/7/2019.
      """)), ["2019-07-25 Nghệ An dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Vĩnh Phúc: Bế giảng lớp bồi dưỡng kiến thức

      Ngày 07/10/2022, lớp tập huấn mà Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc mở cho cán bộ hội đã bế giảng. Khóa học khai giảng từ ngày 03/10/2022.
      """)), ["2022-10-03 Vĩnh Phúc tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bế mạc Đại hội Liên hiệp hội tỉnh Hà Giang

      Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang (05 - 06/01/2017) đã bế mạc sau hai ngày làm việc.
      """)), ["2017-01-05 Hà Giang dai_hoi"])
    XCTAssertEqual(MeetingExtractor.daysLasted(in: FoldedText("sau 02 ngày làm việc khẩn trương")), 2)
    XCTAssertEqual(FactDate(year: 2021, month: 3, day: 1).adding(days: -1), FactDate(year: 2021, month: 2, day: 28))
    XCTAssertEqual(FactDate(year: 2020, month: 1, day: 1).adding(days: -1), FactDate(year: 2019, month: 12, day: 31))
  }

  /// Figures the union gathers "dưới mái nhà" of its name, later in their clause, are its own.
  func testFiguresGatheredUnderTheUnionsRoof() {
    let d = readPage("""
      Năm 2022: trí thức Bắc Ninh góp sức phát triển kinh tế - xã hội

      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam ghi nhận đóng góp của trí thức các tỉnh.

      Đến năm 2022, 16 Hội thành viên với hơn 400.000 hội viên đã quy tụ dưới mái nhà Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }.sorted(),
                   ["Bắc Ninh hoi_thanh_vien 16", "Bắc Ninh hoi_vien 400000"])
  }

  /// A weekly report's rows: work at the office and another body's meeting attended are no
  /// meetings of the union; its own event is.
  func testAWeeklyReportsRows() {
    XCTAssertEqual(meetingKeys(readPage("""
      Báo cáo kết quả công tác tuần 51 (từ ngày 20/12 đến ngày 24/12/2021)

      Trong tuần 51 năm 2021, Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh đã thực hiện các công việc sau:

      - Thứ Hai, ngày 20/12/2021: Thường trực làm việc tại cơ quan; duyệt kịch bản phim tư liệu.

      - Thứ Ba, ngày 21/12/2021: Liên hiệp Hội long trọng tổ chức Lễ kỷ niệm 35 năm ngày thành lập.

      - Thứ Tư, ngày 22/12/2021: Lãnh đạo Liên hiệp Hội dự Hội nghị tổng kết công tác năm 2021 của Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố.

      - Thứ Sáu, ngày 24/12/2021: Làm việc tại cơ quan, xử lý công văn đến.
      """, published: FactDate(year: 2021, month: 12, day: 27))), ["2021-12-21 Hồ Chí Minh khac"])
  }

  /// "…, năm 2022, Liên hiệp … đã tổ chức tập huấn …": the year opening the held event's clause
  /// dates it when nothing else does; not when the sentence names another year.
  func testAYearOpeningTheClauseOfTheHeldEvent() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tập huấn kỹ thuật nuôi lươn cho nông dân

      Thuộc chương trình phối hợp với Sở Khoa học và Công nghệ, năm 2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Long đã tổ chức lớp tập huấn kỹ thuật nuôi lươn cho 50 hộ dân.
      """)), ["2022 Vĩnh Long tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tập huấn kỹ thuật nuôi lươn cho nông dân

      Trong giai đoạn 2022-2023, năm 2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Long đã tổ chức lớp tập huấn kỹ thuật nuôi lươn cho 50 hộ dân.
      """)), ["nil Vĩnh Long tap_huan"])
  }

  /// A schedule's day heading closed by ":" ("Thứ Hai, ngày 07/4/2014:") heads the rows under it:
  /// it is no page stamp, so it neither dates the page nor leaves its first row undated as a
  /// meeting of its own.
  func testAScheduleDayHeadingIsNoStamp() {
    XCTAssertNotEqual(MainText.role(of: FoldedText(VietnameseText.normalize("Thứ Hai, ngày 07/4/2014:")), bodyStarted: true),
                      .timestamp)
    XCTAssertEqual(MainText.role(of: FoldedText(VietnameseText.normalize("Thứ Hai, 07/4/2014 08:30")), bodyStarted: true),
                   .timestamp)
  }
}
