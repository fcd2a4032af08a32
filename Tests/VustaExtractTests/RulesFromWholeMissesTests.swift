@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the meetings the extractor missed whole (nothing found on the page) in the
/// wording sets and the real development sets, thirty-seventh session: a meeting named through
/// its working days, an event a feature reaches in its fourth paragraph, a second paragraph that
/// opens at the union's meeting, a sharing programme, a signing; and from the places and
/// attendance given to the wrong province: the place told before the meeting, the people's
/// origins listed after their number. Each page is written for the test.
final class RulesFromWholeMissesTests: XCTestCase {
  /// "… đã khép lại hai ngày làm việc của Đại hội …": the days of a meeting are the meeting, as
  /// its session is; the agenda or the documents "của Đại hội" still refer to another.
  func testAMeetingNamedThroughItsWorkingDays() {
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh thành công tốt đẹp

      Phiên bế mạc diễn ra ngày 18/12/2020 đã khép lại hai ngày làm việc của Đại hội đại biểu lần thứ V, nhiệm kỳ 2020-2025, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk.
      """)), ["2020-12-17 Đắk Lắk dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Lễ bế mạc của Hội nghị tổng kết Liên hiệp hội tỉnh

      Chiều 20/1/2023, lễ bế mạc của Hội nghị tổng kết năm 2022 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An đã diễn ra tại thành phố Vinh.
      """)), ["2023-01-20 Nghệ An tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức tỉnh học tập văn kiện

      Ngày 5/3/2021, các hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk học tập các văn kiện của Đại hội XIII của Đảng tại nhà văn hóa tỉnh.
      """)), [])
  }

  /// A feature that opens with the union's history and reaches its congress, undated, in a later
  /// paragraph whose next sentence lists the guests: that congress is the page's event.
  func testAnUndatedEventAFeatureReachesWithItsGuests() {
    let page = """
      Ngôi nhà chung của trí thức thành phố bước sang nhiệm kỳ mới

      Từ những ngày đầu còn non trẻ, Liên hiệp hội của thành phố đã lớn lên cùng đội ngũ trí thức.

      Trong căn phòng truyền thống của Liên hiệp hội, những tấm ảnh cũ kể lại thuở ban đầu.

      Chặng đường ấy nay được nối dài khi Liên hiệp các hội Khoa học và Kỹ thuật Hải Phòng tiến hành Đại hội đại biểu lần thứ VII nhiệm kỳ 2019 – 2024. Về dự đại hội có ông Nghiêm Vũ Khải, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["nil Hải Phòng dai_hoi"])
    // (with no guests after it, a congress a feature recalls stays a recollection)
    let recalled = page.replacingOccurrences(of: " Về dự đại hội có ông Nghiêm Vũ Khải, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.", with: "")
    XCTAssertEqual(meetingKeys(readPage(recalled)), [])
  }

  /// A second paragraph that opens at the union's meeting, undated, where its members did
  /// something: that meeting is the page's event when the lead names none.
  func testASecondParagraphThatOpensAtTheUnionsMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bầu bổ sung Phó Chủ tịch chuyên trách Liên hiệp các Hội khoa học kỹ thuật tỉnh

      Bà Trần Thị Ngọc Thu, nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, giữ chức Phó Chủ tịch chuyên trách nhiệm kỳ 2010-2015.

      Tại phiên họp của hội nghị Ban chấp hành lần 14 Liên hiệp các Hội khoa học kỹ thuật tỉnh Tây Ninh, các đại biểu đã biểu quyết bầu bổ sung bà Thu.
      """)), ["nil Tây Ninh ban_chap_hanh"])
  }

  /// "Trung tâm … phối hợp với Liên hiệp … tổ chức chương trình chia sẻ …": a sharing programme
  /// is held as a workshop is.
  func testASharingProgrammeIsAWorkshop() {
    XCTAssertEqual(meetingKeys(readPage("""
      Phối hợp bảo tồn đa dạng sinh học

      Trong 2 ngày 12 và 13/11/2023, tại xã Bạch Đằng, tỉnh Cao Bằng, Trung tâm Con người và Thiên nhiên phối hợp với Liên hiệp các Hội khoa học kỹ thuật Cao Bằng tổ chức chương trình chia sẻ về vai trò của Liên hiệp hội trong bảo tồn đa dạng sinh học.
      """)), ["2023-11-12 Cao Bằng hoi_thao"])
  }

  /// "tổ chức lễ ký chương trình phối hợp": a signing ceremony is a meeting; "… đã long trọng vinh
  /// danh các trí thức …" tells the union's honouring ceremony by its act.
  func testASigningCeremonyAndAnHonouringToldByItsAct() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hai đơn vị bắt tay bảo vệ môi trường

      Hôm qua (12-6-2019), Sở Tài nguyên - Môi trường và Liên hiệp các hội khoa học - kỹ thuật tỉnh Đồng Nai tổ chức lễ ký chương trình phối hợp công tác giữa 2 đơn vị.
      """)), ["2019-06-12 Đồng Nai khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      An Giang vinh danh 30 gương mặt trí thức

      Liên hiệp hội An Giang ngày 15/5/2025 đã long trọng vinh danh các trí thức khoa học và công nghệ tiêu biểu của năm 2025.
      """)), ["2025-05-15 An Giang khac"])
  }

  /// "Ngày 4/10 vừa qua, hội thảo … đã được tổ chức": a word the comma parts from the meeting's
  /// noun ("qua") does not make it a reference ("qua hội thảo" does).
  func testAWordPartedByACommaIsNoReference() {
    let page = """
      Giải pháp cho các tạp chí khoa học

      Các tạp chí khoa học của Liên hiệp Hội Việt Nam rất đa dạng.

      Ngày 4/10/2024 vừa qua, hội thảo khoa học về tạp chí đã được Liên hiệp Hội Việt Nam tổ chức.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2024-10-04 nil hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage(page.replacingOccurrences(of: "vừa qua, hội thảo", with: "qua hội thảo"))), [])
  }

  /// The member figures of a page as "province metric value".
  func figureKeys(_ d: ExtractedDocument) -> [String] {
    d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }
  }

  /// "Gần 300 đại biểu của Liên hiệp … Việt Nam, 60 liên hiệp hội địa phương, … đã về dự", "…
  /// đại biểu đến từ Liên hiệp … Việt Nam": where the people come from; the attendance is the
  /// meeting's, in the province it is held in.
  func testAttendanceListedByWhereThePeopleComeFrom() {
    for attendance in [
      "Gần 300 đại biểu của Liên hiệp các hội KH&KT Việt Nam, 60 liên hiệp hội địa phương và một số cơ quan Trung ương đã về dự.",
      "Tham dự có gần 300 đại biểu đến từ Liên hiệp các hội KH&KT Việt Nam và 60 liên hiệp hội địa phương.",
    ] {
      let d = readPage("""
        Giao ban toàn quốc năm 2020

        Ngày 16/10/2020, tại tỉnh Phú Thọ, Liên hiệp các hội KH&KT Việt Nam đã tổ chức giao ban toàn quốc. \(attendance)
        """)
      XCTAssertEqual(meetingKeys(d), ["2020-10-16 Phú Thọ giao_ban"])
      XCTAssertEqual(figureKeys(d), ["Phú Thọ dai_bieu 300"], attendance)
    }
  }

  /// "Địa điểm là Bảo tàng Hồ Chí Minh (Hà Nội). Tại đây, Đại hội … đã diễn ra …" and "Bảo tàng
  /// Hồ Chí Minh (Hà Nội) là nơi Liên hiệp hội Việt Nam tổ chức Đại hội …": the place is told
  /// before the meeting, in the sentence before or before "là nơi".
  func testAPlaceToldBeforeTheMeeting() {
    for told in [
      "Địa điểm là Bảo tàng Hồ Chí Minh (Hà Nội). Tại đây, Đại hội đại biểu toàn quốc lần thứ III Liên hiệp hội Việt Nam đã diễn ra ngày 27/9/1993.",
      "Bảo tàng Hồ Chí Minh (Hà Nội) là nơi Liên hiệp hội Việt Nam tổ chức Đại hội đại biểu toàn quốc lần thứ III, ngày 27/9/1993.",
    ] {
      XCTAssertEqual(meetingKeys(readPage("""
        Nhìn lại Đại hội lần thứ III

        \(told)
        """)), ["1993-09-27 Hà Nội dai_hoi"], told)
    }
    // (a place "there" with no place before it stays unknown)
    XCTAssertEqual(meetingKeys(readPage("""
      Nhìn lại Đại hội lần thứ III

      Đó là một ngày đáng nhớ. Tại đây, Đại hội đại biểu toàn quốc lần thứ III Liên hiệp hội Việt Nam đã diễn ra ngày 27/9/1993.
      """)), ["1993-09-27 nil dai_hoi"])
  }

  /// "140 đại biểu chính thức của Liên hiệp …, thay mặt cho 210.000 hội viên toàn tỉnh, đã họp lần
  /// thứ V": the members the delegates stand for are no count of associations holding their own
  /// congresses ("6 Hội đã tiến hành Đại hội" still is).
  func testMembersTheDelegatesStandForAreNoAssociations() {
    let d = readPage("""
      Liên hiệp Các hội Khoa học và Kỹ thuật tỉnh Yên Bái tổ chức Đại hội Đại biểu lần thứ V

      Ngày 24/11/2020, 140 đại biểu chính thức của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Yên Bái, thay mặt cho 210.000 hội viên toàn tỉnh, đã họp lần thứ V để cùng nhìn lại chặng đường 5 năm qua.
      """)
    XCTAssertEqual(meetingKeys(d), ["2020-11-24 Yên Bái dai_hoi"])
    XCTAssertEqual(figureKeys(d).sorted(), ["Yên Bái dai_bieu 140", "Yên Bái hoi_vien 210000"])
    XCTAssertEqual(meetingKeys(readPage("""
      Các hội thành viên đại hội nhiệm kỳ mới

      Trong tháng 10/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái có 6 Hội đã tiến hành Đại hội nhiệm kỳ 2022-2027.
      """)), [])
  }

  /// A count of member associations that held their own congresses, units listed after the
  /// member associations, and organisations among a meeting's guests are no count of the union's
  /// member associations; the count of the union's own stays.
  func testCountsOfAssociationsThatAreNoTotal() {
    let d = readPage("""
      Liên hiệp Hội Thành phố Hồ Chí Minh tổng kết năm 2022

      Ngày 10/1/2023, Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh tổ chức hội nghị tổng kết năm 2022. Năm 2022, 11 Hội thành viên của Liên hiệp Hội đã tổ chức Đại hội nhiệm kỳ. Đến nay Liên hiệp Hội có 46 Hội thành viên, 8 đơn vị trực thuộc và 3 đơn vị thành viên.
      """)
    XCTAssertEqual(figureKeys(d).sorted(), ["Hồ Chí Minh hoi_thanh_vien 46", "Hồ Chí Minh khac 3"])
    let guests = readPage("""
      Liên hiệp hội tỉnh tổng kết năm 2014

      Ngày 30/12/2014, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết năm 2014. Về dự hội nghị có các đồng chí Phạm Quốc Dũng – Ủy viên thường vụ, Trưởng ban Dân vận Tỉnh ủy; Võ Văn Chinh – Phó Chủ tịch thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện lãnh đạo các sở, ban, ngành, đoàn thể, các huyện, thị xã và thành phố Huế cùng 40 tổ chức hội thành viên.
      """)
    XCTAssertEqual(figureKeys(guests), [])
    // (a total the clause goes on from, past its comma, stays: "42 tổ chức thành viên, 40/42 tổ
    // chức đã tiến hành đại hội")
    XCTAssertEqual(figureKeys(readPage("""
      Liên hiệp Hội Lâm Đồng tổng kết năm 2022

      Ngày 27/12/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2022. Đến nay Liên hiệp Hội Lâm Đồng đã quy tụ 42 tổ chức thành viên, 40/42 tổ chức đã tiến hành đại hội nhiệm kỳ đúng hạn.
      """)), ["Lâm Đồng hoi_thanh_vien 42"])
  }

  /// "toàn tỉnh hiện có khoảng 57.680 trí thức" on a page about the union's work is the count the
  /// page gives, the province's the sentence names; set beside the union's own members in its
  /// paragraph ("…; Liên hiệp hội đã tập hợp được gần 50.000 hội viên") it is the province's, no
  /// figure of the union's.
  func testTheWholeProvincesIntellectuals() {
    let d = readPage("""
      Đoàn công tác Liên hiệp Hội Việt Nam làm việc tại Sơn La

      Ngày 7/12/2021, đoàn công tác Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam làm việc tại tỉnh Sơn La. Mấy năm trở lại đây, lực lượng trí thức của tỉnh Sơn La lớn lên nhanh; toàn tỉnh hiện có khoảng 57.680 trí thức.
      """)
    XCTAssertEqual(figureKeys(d), ["Sơn La tri_thuc 57680"])
    let beside = readPage("""
      Liên hiệp hội tỉnh Hải Dương

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương tiếp tục đổi mới. Toàn tỉnh Hải Dương hiện có khoảng 65.000 trí thức. Riêng Liên hiệp Hội Hải Dương đã thu hút, tập hợp được gần 50.000 hội viên.
      """)
    XCTAssertEqual(figureKeys(beside), ["Hải Dương hoi_vien 50000"])
  }

  /// VUSTA's English pages call the yearly conference of the local unions' reports its "Annual
  /// Conference": the briefing (giao ban).
  func testAnEnglishAnnualConferenceIsTheBriefing() {
    XCTAssertEqual(meetingKeys(readPage("""
      VUSTA holds its 2017 Annual Conference in Hai Phong

      In Hai Phong on August 10th, 2017, the Vietnam Union of Science and Technology Associations (VUSTA) held its 2017 Annual Conference. There the unions of associations affiliated to VUSTA gave reports on their work in the first six months of the year.
      """)), ["2017-08-10 Hải Phòng giao_ban"])
  }

  /// Working sessions one after another, each on its day: days written whole and joined by "và"
  /// ("vào các ngày 9/3 và 16/3/2022, … đã lần lượt làm việc với …"), or the day word said again
  /// under a count of sessions ("gồm hai buổi làm việc …, vào ngày 9 và ngày 11/11"); two days
  /// in a row are still one event over both.
  func testSessionsOneAfterAnotherEachOnItsDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Bình Định làm việc với các cơ quan Trung ương

      Ngày 18/3/2022, lãnh đạo Liên hiệp Hội Bình Định đã có buổi làm việc với lãnh đạo Trường Đại học Quy Nhơn. Trước đó, vào các ngày 9/3 và 16/3/2022, lãnh đạo Liên hiệp Hội đã lần lượt làm việc với Viện Sốt rét và Viện KHKT Nông nghiệp Duyên hải Nam Trung bộ.
      """)).sorted(), ["2022-03-09 Bình Định lam_viec", "2022-03-16 Bình Định lam_viec", "2022-03-18 Bình Định lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội KH&KT tỉnh Kon Tum đi cơ sở: hai buổi làm việc với lãnh đạo huyện

      Chuyến công tác cơ sở của Ban Thường vụ Liên hiệp các Hội Khoa học và kỹ thuật tỉnh Kon Tum gồm hai buổi làm việc với Huyện ủy, UBND huyện, vào ngày 9 và ngày 11/11/2021, một buổi tại huyện Tu Mơ Rông, một buổi tại huyện Đăk Tô.
      """)).sorted(), ["2021-11-09 Kon Tum lam_viec", "2021-11-11 Kon Tum lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh

      Ngày 27 và ngày 28/4/2010, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum tiến hành Đại hội đại biểu lần thứ III.
      """)), ["2010-04-27 Kon Tum dai_hoi"])
  }

  /// A national body's meeting held "tại Trung tâm Hội nghị tỉnh" (or "Trung tâm Hội nghị tỉnh là
  /// nơi …") on a province's page is in that province; a guest list "có sự tham dự của" names the
  /// guests, not the holder.
  func testANationalMeetingAtTheProvincesHall() {
    var s = SourceInfo()
    s.url = "http://hungyentv.vn/tin-tuc/hoi-dong-trung-uong-hop"
    s.province = "Hưng Yên"
    for lead in [
      "Hôm 23/4/2021, tại Trung tâm Hội nghị tỉnh, Liên hiệp các Hội khoa học và kỹ thuật Việt Nam đã tiến hành hội nghị Hội đồng Trung ương lần thứ 2, khóa VIII.",
      "Trung tâm Hội nghị tỉnh là nơi Liên hiệp các Hội khoa học và kỹ thuật Việt Nam tiến hành hội nghị Hội đồng Trung ương lần thứ 2, khóa VIII, ngày 23/4/2021.",
    ] {
      let text = "Hội đồng Trung ương Liên hiệp hội Việt Nam họp lần thứ 2\n\n" + lead + "\n"
      let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: s)
      XCTAssertEqual(meetingKeys(Extractor().extract(a)), ["2021-04-23 Hưng Yên ban_chap_hanh"], lead)
    }
  }

  /// A day that dates a document named by its type word ("theo quyết định điều động ngày
  /// 5/7/2023") or a deadline ("trước ngày 15/1/2026") is not the meeting's; "Hơn nửa tháng
  /// trước, ngày 28/6/2024, …" is no deadline, and a cue word the date takes in ("Triển khai
  /// hướng dẫn này, ngày 29/10/2015, …") puts no document before it.
  func testDaysOfDocumentsAndDeadlinesAreNotTheMeetings() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị Ban Chấp hành Liên hiệp hội tỉnh kiện toàn chức danh Chủ tịch

      Hội nghị Ban Chấp hành khóa V của Liên hiệp các Hội KH&KT tỉnh Thái Bình kiện toàn chức danh Chủ tịch theo quyết định điều động ngày 5/7/2023.
      """)), ["nil Thái Bình ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh sơ kết sáu tháng

      Hơn nửa tháng trước, ngày 28/6/2024, Hội nghị Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật Bình Định lần thứ 15 đã sơ kết sáu tháng đầu năm.
      """)), ["2024-06-28 Bình Định tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Lấy ý kiến trí thức

      Ngày 9/6/2015, Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn số 07-HD/TU về thảo luận các dự thảo văn kiện. Triển khai hướng dẫn này, ngày 29/10/2015, Ban Tuyên giáo Tỉnh ủy đã phối hợp với Đảng đoàn Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Long An tổ chức hội nghị lấy ý kiến trí thức.
      """)), ["2015-10-29 Long An khac"])
    XCTAssertTrue(MeetingExtractor.isDeadline(FoldedText("phải hoàn thành trước ngày 15/1/2026"),
                                              date: DateReader.mentions(in: FoldedText("phải hoàn thành trước ngày 15/1/2026"))[0]))
  }

  /// "Ban Chỉ đạo Đại hội Liên hiệp Hội tỉnh họp, thống nhất nhân sự …": the steering committee of
  /// a congress meets; its meeting is no congress.
  func testACongresssSteeringCommitteeMeets() {
    XCTAssertEqual(meetingKeys(readPage("""
      Thái Nguyên: Ban Chỉ đạo Đại hội Liên hiệp Hội tỉnh họp, thống nhất nhân sự khóa IV

      Ngày 20/1/2022, Ban Chỉ đạo Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên đã họp, thống nhất phương án nhân sự Ban Chấp hành khóa IV.
      """)), ["2022-01-20 Thái Nguyên khac"])
  }
}
