@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets pt (a fanpage post), pu (an interview) and pv (a quick report
/// with labelled lines), twentieth session, each with the counter-case that keeps it from
/// reaching too far.
final class RulesFromWordingSetsPtPuPvTests: XCTestCase {


  /// A report's record: "- Hội nghị: …", "- Thời gian: …", "- Địa điểm: …" on lines of their own.
  /// The time line dates the meeting and is no posting stamp; the place line places it.
  func testARecordsTimeAndPlaceLines() {
    let page = """
      Báo cáo nhanh: Liên hiệp các hội Khoa học và Kỹ thuật thành phố Cần Thơ tổng kết hoạt động năm 2014
      I. THỜI GIAN, THÀNH PHẦN
      - Hội nghị: hội nghị tổng kết hoạt động năm 2014 và đề ra phương hướng nhiệm vụ năm 2015.
      - Thời gian: ngày 31 tháng 01 năm 2015.
      - Đơn vị tổ chức: Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ (Liên hiệp Hội).
      - Chủ trì: GS.TS Nguyễn Văn A, Chủ tịch Liên hiệp Hội.
      II. KẾT QUẢ NĂM 2014
      Liên hiệp Hội năm 2014 đạt nhiều thành quả, trưởng thành rõ nét cả về tổ chức lẫn hoạt động chuyên môn.
      """
    let d = readPage(page)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["2015-01-31 Cần Thơ tong_ket"])
    // the place line, and a day without its year completed from the page's stamp
    let national = """
      Kết quả bầu cử Phó Chủ tịch Liên hiệp Hội Việt Nam
      26/02/2024 - 04:44 PM - 62 lượt xem
      BÁO CÁO NHANH Hội nghị Hội đồng Trung ương Liên hiệp Hội Việt Nam lần thứ 9 (khóa VIII).
      - Thời gian: ngày 28/7/2023.
      - Địa điểm: Hà Nội.
      - Đơn vị tổ chức: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.
      """
    XCTAssertEqual(meetingKeys(readPage(national)), ["2023-07-28 Hà Nội ban_chap_hanh"])
    // a record the prose interrupts gives nothing: the time line must follow the meeting's
    let apart = """
      Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ tổng kết hoạt động
      Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ tổ chức hội nghị tổng kết hoạt động năm 2014.
      Năm qua, Liên hiệp Hội đạt nhiều thành quả, trưởng thành rõ nét cả về tổ chức lẫn hoạt động chuyên môn và phong trào.
      - Thời gian: ngày 31 tháng 01 năm 2015.
      """
    XCTAssertEqual(meetingKeys(readPage(apart)).map { $0.hasPrefix("2015-01-31") }, [false])
  }

  /// A portal's "Thời gian đăng: …" or "Ngày: …" line is still the posting's stamp.
  func testAPostingLineWithALabelIsStillAStamp() {
    let posted = """
      Liên hiệp hội tỉnh Thái Bình lấy ý kiến dự thảo kế hoạch
      Thời gian đăng: 22/04/2024 09:15
      Chiều 19/4, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức hội nghị lấy ý kiến dự thảo kế hoạch phối hợp tập hợp trí thức.
      """
    XCTAssertEqual(readPage(posted).published, FactDate(year: 2024, month: 4, day: 22))
    let day = posted.replacingOccurrences(of: "Thời gian đăng: 22/04/2024 09:15", with: "Ngày: 22/04/2024")
    XCTAssertEqual(readPage(day).published, FactDate(year: 2024, month: 4, day: 22))
  }

  /// "Thông báo kết quả hội thảo khoa học …" heads the report of a workshop held; "kết quả hội
  /// thảo" alone is still what workshops yield.
  func testANoticeOfAWorkshopsResults() {
    func kinds(_ lead: String) -> [String] {
      readPage("Tin tức\nTiêu đề của bản tin ở đây\n" + lead).meetings.map { "\($0.kind)" }
    }
    XCTAssertEqual(kinds("Thông báo kết quả hội thảo khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật Hà Nội."), ["hoi_thao"])
    XCTAssertEqual(kinds("Báo cáo kết quả Hội thảo khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật Hà Nội."), ["hoi_thao"])
    XCTAssertEqual(kinds("Kết quả hội thảo khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật Hà Nội được ứng dụng."), [])
  }

  /// A headline that asks a question is the page's headline, and the stamp after it dates the
  /// posting (not a site's date bar above it).
  func testAQuestionHeadline() {
    let page = """
      Thứ 5, 18/07/2024, 08:00
      Liên hiệp Hội và các hội thành viên: làm gì để góp sức nhiều hơn cho phát triển kinh tế - xã hội?
      Thứ 6, 26/07/2019 | 14:48:16
      Sáng 26/7, một hội thảo bàn về phát huy vai trò của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình đã được Liên hiệp hội tổ chức.
      """
    let d = readPage(page)
    XCTAssertEqual(d.title, "Liên hiệp Hội và các hội thành viên: làm gì để góp sức nhiều hơn cho phát triển kinh tế - xã hội?")
    XCTAssertEqual(d.published, FactDate(year: 2019, month: 7, day: 26))
    XCTAssertEqual(meetingKeys(d), ["2019-07-26 Thái Bình hoi_thao"])
    // (a question in the body is still a sentence of it)
    let body = """
      Liên hiệp hội tỉnh Thái Bình tổ chức hội thảo
      Sáng 26/7/2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức hội thảo về vai trò của trí thức.
      Làm gì để Liên hiệp Hội góp sức nhiều hơn cho phát triển kinh tế - xã hội của tỉnh?
      """
    XCTAssertEqual(readPage(body).title, "Liên hiệp hội tỉnh Thái Bình tổ chức hội thảo")
  }

  /// A dateline in brackets after a headline the text joined to the lead ("… KHKT.jpg(KHCN -
  /// 22/9/2017) - 🔹 Hôm 21/9, …") dates the posting, past a post's pictographs, and not the event.
  func testABracketedDatelineBehindAJoinedHeadline() {
    let page = """
      📌 Đắk Nông: nhiều tiến bộ khoa học kỹ thuật đi vào sản xuất, phát huy hiệu quả
      áp dụng tiến bộ KHKT.jpg(KHCN - 22/9/2017) - 🔹 Hôm 21/9, Liên hiệp các Hội khoa học và kỹ thuật tỉnh Đắk Nông (Liên hiệp Hội) đã tổ chức Đại hội lần thứ II, nhiệm kỳ 2017 – 2022.
      🔹 Trong thời gian tới, Liên hiệp Hội đặt trọng tâm vào tuyên truyền, phổ biến kiến thức.
      """
    let d = readPage(page)
    XCTAssertEqual(d.published, FactDate(year: 2017, month: 9, day: 22))
    XCTAssertEqual(meetingKeys(d), ["2017-09-21 Đắk Nông dai_hoi"])
    // (a bracketed date deep in a sentence, with no dash after it, is no dateline)
    let inside = """
      Đắk Nông tổng kết
      Liên hiệp các Hội khoa học và kỹ thuật tỉnh Đắk Nông nhìn lại chặng đường phát triển từ khi thành lập đến nay qua nhiều giai đoạn khác nhau (từ 22/9/2007) và đã tổ chức Đại hội lần thứ II hôm 21/9/2017.
      """
    XCTAssertNil(readPage(inside).published)
  }

  /// "Hơn 60 chuyên gia, nhà khoa học đã có mặt tại tọa đàm": the people of a list attending.
  func testAListOfPeopleAttending() {
    func figures(_ sentence: String) -> [String] {
      readPage("Lâm Đồng tọa đàm về trí thức\nSáng 18/5/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng tổ chức tọa đàm về trí thức. " + sentence)
        .memberFigures.map { "\($0.metric) \($0.value) \($0.qualifier)" }
    }
    XCTAssertEqual(figures("Hơn 60 chuyên gia, nhà khoa học đã có mặt tại tọa đàm."), ["dai_bieu 60 more_than"])
    XCTAssertEqual(figures("Hơn 60 chuyên gia và nhà khoa học đã tham dự tọa đàm."), ["dai_bieu 60 more_than"])
    // (people who did something else are not the attendance)
    XCTAssertEqual(figures("Hơn 60 chuyên gia, nhà khoa học của tỉnh đã được tôn vinh trong năm qua."), [])
  }

  /// An interview: the reporter's question names the meeting but reports nothing; the first
  /// answer reports it, past the speaker's name, and "do tôi chủ trì" is the speaker's own union.
  func testAnInterviewsQuestionAndAnswer() {
    let page = """
      Liên hiệp các hội khoa học và kỹ thuật Việt Nam
      Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa (Liên hiệp Hội) vừa phản biện “Quy hoạch xây dựng vùng huyện Thạch Thành”. Phóng viên đã trao đổi với ông Nguyễn Văn Phát, Chủ tịch Liên hiệp hội.
      Phóng viên (PV): Thưa ông, việc phản biện Quy hoạch đã được Liên hiệp Hội tiến hành như thế nào?
      — Ông Nguyễn Văn Phát: Ngày 14/10/2021, Liên hiệp Hội đã tổ chức Hội thảo khoa học phản biện Quy hoạch, do tôi chủ trì.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2021-10-14 Thanh Hóa hoi_thao"])
    // (held by another body, the answer's meeting is still that body's)
    let other = page.replacingOccurrences(of: "Liên hiệp Hội đã tổ chức Hội thảo khoa học phản biện Quy hoạch, do tôi chủ trì",
                                          with: "đã diễn ra Hội thảo khoa học phản biện Quy hoạch do Sở Xây dựng tỉnh chủ trì")
    XCTAssertEqual(meetingKeys(readPage(other)), [])
    // a question that names a meeting reports none
    let question = """
      Liên hiệp hội Việt Nam tổng kết công tác tư vấn
      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam vừa tổng kết công tác tư vấn, phản biện năm 2018.
      Phóng viên (PV): Thưa ông, Hội thảo Tổng kết năm nay của Liên hiệp Hội Việt Nam được tổ chức ở đâu, khi nào?
      — Ông Đặng Vũ Minh: Công tác tư vấn, phản biện của Liên hiệp Hội Việt Nam năm qua có nhiều tiến bộ.
      """
    XCTAssertEqual(meetingKeys(readPage(question)).filter { $0.hasSuffix("hoi_thao") }, [])
  }

  /// "BÁO CÁO NHANH kết quả Hội nghị Ban Chấp hành …" over a record whose time line gives the day
  /// (its year from the page's stamp): the meeting of the record.
  func testAQuickReportsHeadingOverItsRecord() {
    let page = """
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang: Đẩy mạnh ký kết chương trình phối hợp
      Thứ Tư, 04/01/2023, 14:35 (GMT+7)
      Báo cáo nhanh – Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang:
      (ABO) BÁO CÁO NHANH kết quả Hội nghị Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang.
      - Thời gian: sáng 4-1.
      - Đơn vị tổ chức: Liên hiệp Hội.
      """
    let d = readPage(page)
    XCTAssertEqual(d.published, FactDate(year: 2023, month: 1, day: 4))
    XCTAssertEqual(d.meetings.map { $0.date?.iso ?? "nil" }, ["2023-01-04"])
    // (without the record, a bare "kết quả Hội nghị" under the heading dates nothing)
    let bare = page.replacingOccurrences(of: "- Thời gian: sáng 4-1.\n", with: "")
    XCTAssertEqual(readPage(bare).meetings.map { $0.date?.iso ?? "nil" }.filter { $0 == "2023-01-04" }, [])
  }

  /// English pages: a headline's undated event told with its day in an answer further on is one
  /// event; a headline's closing posting date is the page's, not the event's; a chairman who
  /// "meets" a union's Executive Board holds a working session with it.
  func testEnglishInterviewPages() {
    let seminar = """
      Consultancy and social evaluation: VUSTA and Yen Bai hold a capacity-building seminar
      Putting Conclusion No. 93-KL/TW of the Party Secretariat into practice was the aim of a scientific seminar in Yen Bai. Our reporter asked VUSTA President Phan Xuan Dung about it.
      Reporter: Mr. President, who organised the seminar, and when and where did it take place?
      — Mr. Phan Xuan Dung: The Vietnam Union of Science and Technology Associations (VUSTA), together with the Yen Bai Provincial Union of Science and Technology Associations, held this scientific seminar in Yen Bai on June 9th and 10th, 2022.
      Reporter: Who took part in it?
      — We welcomed delegates of 18 Unions of Science and Technology Associations from the Northern provinces, together with representatives of departments and sectors of Yen Bai province.
      """
    XCTAssertEqual(meetingKeys(readPage(seminar)), ["2022-06-09 Yên Bái hoi_thao"])
    let board = """
      HUSTA - Thua Thien Hue Union of Science and Technology Associations
      Provincial People's Committee Chairman Phan Ngoc Tho meets HUSTA's Executive Board (28/09/2018)
      Phan Ngoc Tho, Chairman of the Provincial People's Committee, has met the Executive Board of Thua Thien Hue Union of Science and Technology Associations (HUSTA). Our reporter talked with HUSTA Chairman Tran Huu Dang about the meeting.
      Reporter: Mr. Chairman, what was the working session about?
      — Mr. Tran Huu Dang: On the morning of September 27th, the Chairman of the Provincial People's Committee held a working session with the Executive Board of HUSTA to discuss how HUSTA is performing and which tasks it should take up next.
      """
    let d = readPage(board)
    XCTAssertEqual(d.published, FactDate(year: 2018, month: 9, day: 28))
    XCTAssertEqual(meetingKeys(d), ["2018-09-27 Thừa Thiên Huế lam_viec"])
  }

  /// A report's section heading in Roman figures ("I. THỜI GIAN, THÀNH PHẦN") is never the
  /// page's headline, even when the headline above it is taken for a site's line.
  func testASectionHeadingIsNoHeadline() {
    let page = """
      Báo cáo nhanh chuyến giao lưu của Liên hiệp Hội tỉnh Tiền Giang với Liên hiệp Hội tỉnh Trà Vinh | |
      I. THỜI GIAN, THÀNH PHẦN
      - Thời gian: 13/4/2012.
      - Đoàn công tác: cán bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang.
      """
    XCTAssertNotEqual(readPage(page).title, "I. THỜI GIAN, THÀNH PHẦN")
    XCTAssertEqual(readPage("Liên hiệp hội tỉnh Tiền Giang\nI. THỜI GIAN, THÀNH PHẦN\nNgày 13/4/2012, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang làm việc với Liên hiệp Hội tỉnh Trà Vinh.").title,
                   "Liên hiệp hội tỉnh Tiền Giang")
  }

  /// The review's counter-examples of the record (twentieth session): a record of a day after the
  /// page's own is an invitation or a course to come; a portal's "Thời gian: 14:35 04/01/2023"
  /// under the headline is its stamp; a record announced by "… như sau:" after the headline's
  /// meeting dates it; what the meeting did after the record makes a council's meeting a review.
  func testTheRecordsCounterExamples() {
    let invitation = """
      Giấy mời dự Hội nghị giao ban Cụm thi đua số 3 năm 2024
      Ngày đăng: 15/11/2024
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình trân trọng kính mời lãnh đạo Liên hiệp hội các tỉnh trong Cụm dự hội nghị:
      - Hội nghị: Giao ban Cụm thi đua số 3 năm 2024.
      - Thời gian: 8h00 ngày 25/11/2024 (thứ Hai).
      - Địa điểm: Hội trường Liên hiệp hội tỉnh Thái Bình.
      """
    XCTAssertEqual(meetingKeys(readPage(invitation)).filter { $0.hasPrefix("2024-11-25") }, [])
    let stamp = """
      Liên hiệp hội tỉnh Thái Bình triển khai nhiệm vụ năm 2023
      Thời gian: 14:35 04/01/2023
      Sáng 3/1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2022.
      """
    let d = readPage(stamp)
    XCTAssertEqual(d.published, FactDate(year: 2023, month: 1, day: 4))
    XCTAssertEqual(meetingKeys(d), ["2023-01-03 Thái Bình tong_ket"])
    let announced = """
      Khánh Hòa: Hội thảo phát triển cây sầu riêng vùng Khánh Sơn
      Ngày đăng: 22/10/2021
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa thông tin kết quả hội thảo như sau:
      - Hội thảo: Phát triển bền vững cây sầu riêng tại huyện Khánh Sơn.
      - Thời gian: ngày 19 tháng 10 năm 2021.
      - Đơn vị tổ chức: Liên hiệp hội tỉnh Khánh Hòa phối hợp với UBND huyện Khánh Sơn.
      Hơn 100 nông dân, cán bộ kỹ thuật đã tham dự hội thảo.
      """
    let a = readPage(announced)
    XCTAssertEqual(meetingKeys(a), ["2021-10-19 Khánh Hòa hoi_thao"])
    XCTAssertEqual(a.memberFigures.map { "\($0.metric) \($0.value)" }, ["dai_bieu 100"])
    let council = """
      Hội nghị Ban Chấp hành Liên hiệp hội tỉnh Quảng Bình lần thứ 5, khóa VI
      Ngày đăng: 03/02/2015
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Bình (Liên hiệp hội) đã tổ chức thành công hội nghị, cụ thể như sau:
      - Hội nghị: Hội nghị lần thứ 5 Ban Chấp hành Liên hiệp hội khóa VI, nhiệm kỳ 2012 - 2017.
      - Thời gian: ngày 31 tháng 01 năm 2015.
      - Địa điểm: Hội trường Liên hiệp hội, TP Đồng Hới.
      - Đơn vị tổ chức: Thường trực Liên hiệp hội tỉnh Quảng Bình.
      Hội nghị đã đánh giá kết quả hoạt động năm 2014 và thông qua chương trình công tác năm 2015.
      """
    XCTAssertEqual(meetingKeys(readPage(council)), ["2015-01-31 Quảng Bình tong_ket"])
  }

  /// A meeting's day thirty words after its verb of holding, in the same clause, dates it; the
  /// visit an occasion clause recalls ("nhân kỷ niệm … về thăm và làm việc với …") is no kind.
  func testALongClauseAndAnOccasionsVisit() {
    let late = """
      Cần Thơ: Ban Chấp hành Liên hiệp Hội họp phiên thứ hai
      Phiên họp lần thứ 2 của Ban Chấp hành Liên hiệp Hội khóa VI (2021 – 2026) đã được tiến hành theo hình thức trực tuyến tại trụ sở Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ vào ngày 26-11-2021.
      """
    XCTAssertEqual(readPage(late).meetings.map { $0.date?.iso ?? "nil" }, ["2021-11-26"])
    // (past a comma, the day is another clause's)
    let other = late.replacingOccurrences(of: "thành phố Cần Thơ vào ngày 26-11-2021", with: "thành phố Cần Thơ, nơi các ủy viên đã nhận quyết định chuẩn y vào ngày 26-11-2021")
    XCTAssertEqual(readPage(other).meetings.map { $0.date?.iso ?? "nil" }, ["nil"])
    let occasion = """
      Tọa đàm khoa học “Bác Hồ với Hải Phòng”
      Sáng 20/10/2021, Tọa đàm khoa học “Bác Hồ với Hải Phòng” đã được Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng tổ chức, nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh lần đầu về thăm và làm việc với Đảng bộ và nhân dân thành phố Hải Phòng.
      """
    XCTAssertEqual(meetingKeys(readPage(occasion)), ["2021-10-20 Hải Phòng hoi_thao"])
  }

  /// Wording set pw (an aggregator's repost): a bracket that holds the date alone inside the
  /// sentence dates what it says, not the posting; "Phó chủ tịch thường trực" is an office.
  func testABracketedDayInTheSentenceAndAStandingVicePresident() {
    let page = """
      Tọa đàm bàn cách giữ gìn văn hoá truyền thống ở Thành phố Hồ Chí Minh
      (NVH KH) – Nhà Văn hóa Khoa học tổ chức (04/7/2024) buổi tọa đàm "Giữ gìn và phát huy giá trị văn hoá truyền thống", do PGS.TS. Nguyễn Thế Nghĩa, Phó chủ tịch thường trực Liên hiệp các Hội Khoa học và Kỹ thuật TP. Hồ Chí Minh kiêm Giám đốc Nhà văn hóa Khoa học chủ trì.
      """
    let d = readPage(page)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["2024-07-04 Hồ Chí Minh hoi_thao"])
    // (a source's name in the bracket, or a dash after it, keeps it the posting's dateline)
    let dateline = """
      Tọa đàm về văn hoá truyền thống ở Thành phố Hồ Chí Minh
      (Baotintuc 05/7/2024) Ngày 04/7, Liên hiệp các Hội Khoa học và Kỹ thuật TP. Hồ Chí Minh tổ chức buổi tọa đàm về văn hoá truyền thống.
      """
    XCTAssertEqual(readPage(dateline).published, FactDate(year: 2024, month: 7, day: 5))
    // (nor a headline's closing date run on into its lead, the lead opening in a capital)
    let joined = """
      HUSTA - Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế
      Trang chủ > Tin tức - Sự kiện Liên hiệp hội Việt Nam tổ chức hội thảo tại Quảng Trị (30/09/2011)  Trong hai ngày 12 và 13/09/2011 tại thành phố Đông Hà, hội thảo đã được Liên hiệp các hội khoa học và kỹ thuật Việt Nam tổ chức.
      """
    XCTAssertEqual(readPage(joined).published, FactDate(year: 2011, month: 9, day: 30))
    // (a real standing committee meeting stays one)
    let standing = """
      Liên hiệp hội Hải Phòng họp Ban Thường vụ
      Sáng 14/8/2023, Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng họp phiên thường kỳ, do Phó Chủ tịch thường trực Liên hiệp hội chủ trì.
      """
    XCTAssertEqual(readPage(standing).meetings.map { "\($0.kind)" }, ["ban_thuong_vu"])
  }

  /// The second review's counter-examples: people sent over a period are no attendance; a day
  /// early in January on a late-December page is a meeting to come.
  func testTheSecondReviewsCounterExamples() {
    let sent = """
      Ninh Thuận: Đánh giá hiệu quả mô hình tưới nhỏ giọt cho cây nho
      Thứ sáu, 14/08/2020 15:30
      Ngày 13/8, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Thuận tổ chức hội thảo đánh giá hiệu quả mô hình tưới nhỏ giọt cho cây nho.
      Trong 3 năm thực hiện, dự án đã cử 45 nông dân, cán bộ kỹ thuật tham dự khóa đào tạo về nông nghiệp tiết kiệm nước tại Israel.
      """
    XCTAssertEqual(readPage(sent).memberFigures.map { "\($0.metric) \($0.value)" }, [])
    let invitation = """
      Thông báo tổ chức Hội nghị giao ban Liên hiệp hội các tỉnh
      Ngày đăng: 28/12/2023
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên thông báo tổ chức hội nghị như sau:
      - Hội nghị: giao ban Liên hiệp hội các tỉnh Nam Trung Bộ.
      - Thời gian: 8h00 ngày 05/01.
      - Địa điểm: TP Tuy Hòa.
      """
    XCTAssertEqual(meetingKeys(readPage(invitation)), [])
    // (a year's look back that says the early-January meeting was held keeps it, in that January)
    let lookBack = """
      Liên hiệp hội Bắc Kạn: một năm nhìn lại
      Ngày 28/12/2023 | 16:10
      Năm 2023 khép lại với nhiều dấu ấn của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Kạn (Liên hiệp hội).
      Ngày 05/01, Liên hiệp hội đã tổ chức Hội nghị tổng kết hoạt động năm 2022, triển khai nhiệm vụ năm 2023.
      """
    XCTAssertEqual(meetingKeys(readPage(lookBack)), ["2023-01-05 Bắc Kạn tong_ket"])
  }

  /// Wording set pz (a timeline): a bulleted entry of a history's list ("• Đại hội lần thứ III:
  /// tiến hành tại Hà Nội …") belongs to the union the line over the list names, however many
  /// sentences the entries before it hold.
  func testAHistorysBulletedEntries() {
    let page = """
      Dòng thời gian: những người lãnh đạo Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam
      Theo đó, VUSTA tính đến nay đã tổ chức thành công 8 kỳ Đại hội. Các mốc chính:
      • Đại hội lần thứ nhất: tiến hành tại Hà Nội vào ngày 26-3-1983. GS.VS Trần Đại Nghĩa được bầu làm Chủ tịch. Ông là Anh hùng lao động. Ông là Thiếu tướng.
      • Đại hội lần thứ II: tiến hành tại Hà Nội ngày 12-5-1988. Đoàn Chủ tịch gồm 9 ủy viên. GS.TS Nguyễn Văn A được bầu làm Chủ tịch. Ông là nhà vật lý. Ông là nhà giáo.
      • Đại hội lần thứ III: tiến hành tại Hà Nội từ ngày 27 đến 28-9-1993. Đại hội thảo luận, thông qua các văn kiện.
      """
    XCTAssertEqual(meetingKeys(readPage(page)).filter { $0.hasPrefix("1993") }, ["1993-09-27 Hà Nội dai_hoi"])
    // (a plain paragraph reaches back four sentences only)
    let plain = page.replacingOccurrences(of: "• ", with: "")
    XCTAssertEqual(meetingKeys(readPage(plain)).filter { $0.hasPrefix("1993") }, [])
  }

  /// Wording set qh (an infographic): a line that opens with its number, then a bar or a colon
  /// and the noun ("54 | hội thành viên", "Gần 10.000 | hội viên", "3,7 triệu | hội viên",
  /// "13.557 | số trí thức") is a figure line of the article's union.
  func testAnInfographicsFigureLines() {
    let page = """
      Liên hiệp hội tỉnh Yên Bái: chặng đường 15 năm qua những con số
      Sau 15 năm, Liên hiệp Các hội khoa học và kỹ thuật tỉnh Yên Bái (Liên hiệp hội) đã khẳng định được vị thế.
      TỔ CHỨC
      21 | tổ chức hội thành viên chuyên ngành
      Gần 10.000 | hội viên
      13.557 | số trí thức (từ cao đẳng trở lên)
      """
    XCTAssertEqual(readPage(page).memberFigures.map { "\($0.metric) \($0.value) \($0.qualifier)" },
                   ["hoi_thanh_vien 21 exact", "hoi_vien 10000 about", "tri_thuc 13557 exact"])
    XCTAssertTrue(MainText.isFigureLine(FoldedText("3,7 triệu | hội viên")))
    // (the union whose count it is may be named after "của" a few words on)
    let named = """
      An Giang: bộ máy mới của Liên hiệp Hội qua những con số
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang đã kiện toàn bộ máy sau khi hợp nhất.
      54 | hội thành viên trong bộ máy mới của Liên hiệp Hội tỉnh An Giang
      """
    XCTAssertEqual(readPage(named).memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }, ["An Giang hoi_thanh_vien 54"])
    // (a bar between words elsewhere — a menu, a byline — makes no figure line)
    XCTAssertFalse(MainText.isFigureLine(FoldedText("Trang chủ | Tin tức | 2 hội viên")))
    XCTAssertFalse(MainText.isFigureLine(FoldedText("21 hội thành viên | Liên hiệp hội")))
  }

  /// The third review's counter-examples: a figure line is read with the line that announces it
  /// ("Chỉ tiêu đến năm 2026:" a target, "Hội Làm vườn tỉnh Đồng Tháp hiện có:" another
  /// association's, "Liên hiệp … Việt Nam hiện có:" the national union's) or a table's province.
  func testFigureLinesAreReadWithTheLineTheyStandUnder() {
    func figures(_ text: String) -> [String] {
      readPage(text).memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }
    }
    let target = """
      Đại hội Liên hiệp hội tỉnh Sóc Trăng lần thứ IV
      Ngày 12/8/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ IV.
      Chỉ tiêu đến năm 2026:
      35 | hội thành viên
      Trên 20.000 | hội viên
      """
    XCTAssertEqual(figures(target), [])
    let other = """
      Liên hiệp hội Đồng Tháp làm việc với Hội Làm vườn tỉnh
      Ngày 18/4/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp làm việc với Hội Làm vườn tỉnh.
      Hội Làm vườn tỉnh Đồng Tháp hiện có:
      Gần 10.000 | hội viên
      """
    XCTAssertEqual(figures(other), [])
    let table = """
      Cụm thi đua các tỉnh Tây Bắc tổng kết năm 2023
      Ngày 14/12/2023, tại TP Sơn La, Cụm thi đua Liên hiệp các Hội Khoa học và Kỹ thuật các tỉnh Tây Bắc tổ chức hội nghị tổng kết.
      Số hội thành viên của các đơn vị trong Cụm:
      Sơn La
      21 | hội thành viên
      Điện Biên
      17 | hội thành viên
      """
    // (each row's count is not the first province's: with no union of a province named, the
    // rows' counts stay without one rather than all going to Sơn La)
    XCTAssertFalse(figures(table).contains("Sơn La hoi_thanh_vien 17"))
    XCTAssertEqual(figures(table).count, 2)
  }
}

