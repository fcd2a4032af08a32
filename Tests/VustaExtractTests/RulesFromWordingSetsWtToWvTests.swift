@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets wt (a provincial daily's rewrite), wu (a union portal's long
/// administrative manner, the day last) and wv (a national online paper), twenty-fifth session.
final class RulesFromWordingSetsWtToWvTests: XCTestCase {
  /// A comma after a closing quotation mark or bracket parts clauses as a bare one does: the
  /// purpose clause with a quoted project name ends there, and the meeting the clause after it
  /// holds is dated by the day at its end.
  func testACommaAfterAClosingQuoteEndsAPurposeClause() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lạng Sơn: Tổ chức Hội thảo khoa học lần thứ nhất của Đề tài

      Nhằm triển khai thực hiện Đề tài “Ảnh hưởng của cuộc khởi nghĩa Hoàng Đình Kinh trong phong trào đấu tranh chống thực dân Pháp của nhân dân ta”, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn (sau đây gọi tắt là Liên hiệp Hội Lạng Sơn) đã tổ chức Hội thảo khoa học lần thứ nhất của Đề tài tại xã Hòa Lạc, huyện Hữu Lũng, Lạng Sơn, vào ngày 14/3/2021, dưới sự chủ trì của Phó Chủ tịch Liên hiệp Hội Lạng Sơn.
      """)), ["2021-03-14 Lạng Sơn hoi_thao"])
    // the same after a closing bracket
    XCTAssertEqual(meetingKeys(readPage("""
      Lạng Sơn: Tổ chức Hội thảo khoa học

      Nhằm triển khai thực hiện Đề tài cấp tỉnh (mã số ĐT-12 về lịch sử cuộc khởi nghĩa Hoàng Đình Kinh trong phong trào đấu tranh của nhân dân ta), Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn (sau đây gọi tắt là Liên hiệp Hội Lạng Sơn) đã tổ chức Hội thảo khoa học lần thứ nhất của Đề tài tại xã Hòa Lạc, huyện Hữu Lũng, Lạng Sơn, vào ngày 14/3/2021.
      """)), ["2021-03-14 Lạng Sơn hoi_thao"])
    // the words are tokenised with the comma as their gap
    let f = FoldedText("Đề tài “Ảnh hưởng”, Liên hiệp (Lạng Sơn), vào ngày")
    XCTAssertEqual(f.tokens.filter { $0.gap == UInt8(ascii: ",") }.count, 2)
  }

  /// A list of those who attended ("với sự tham dự của các đồng chí trong Ban Chấp hành …") names
  /// guests, not the meeting: its words give no kind.
  func testTheGuestsListGivesNoKind() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị trí thức Khoa học và Công nghệ

      Nhằm quán triệt Chương trình số 38-Ctr/TU ngày 12/4/2023 của Ban Thường vụ Tỉnh ủy, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An (sau đây gọi tắt là Liên hiệp hội) đã tổ chức Hội nghị trí thức Khoa học và Công nghệ tại Hội trường Tỉnh ủy, vào sáng ngày 22/12/2023, với sự tham dự của các đồng chí trong Ban Chấp hành Liên hiệp hội và lãnh đạo các Sở.
      """)), ["2023-12-22 Long An khac"])
    // the meeting's own words still do: a Ban Chấp hành meeting with guests
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị Ban Chấp hành Liên hiệp hội

      Sáng ngày 22/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức Hội nghị Ban Chấp hành lần thứ 5, với sự tham dự của lãnh đạo các Sở.
      """)), ["2023-12-22 Long An ban_chap_hanh"])
  }

  /// A headline rewritten with words of its own around most of the page's <title> is still the
  /// title: the counter box above it is no headline, and the date after it is the posting's.
  func testAHeadlineThatRewordsTheTitleIsTheTitle() {
    let page = """
      Số lượt truy cập
      Thành Viên Online Thành Viên Online:
      Khách: 3
      Hội nghị trí thức Khoa học và Công nghệ gắn với Tổng kết hoạt động năm 2023 do Liên hiệp các Hội KH&KT Long An tổ chức 25/12/2023
      Sáng ngày 22/12, tại Hội trường Tỉnh ủy, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An đã tổ chức hội nghị tổng kết hoạt động năm 2023.
      """
    let a = Article(id: "t", path: "t.html", text: VietnameseText.normalize(page), sha256: "",
                    source: SourceInfo(title: "Liên hiệp các Hội KH&KT Long An mở Hội nghị trí thức; Tổng kết hoạt động năm 2023"))
    let d = Extractor().extract(a)
    XCTAssertEqual(d.published, FactDate(year: 2023, month: 12, day: 25))
    XCTAssertEqual(meetingKeys(d), ["2023-12-22 Long An tong_ket"])
    // a line with a few of the title's words is not taken for it
    let other = Article(id: "t", path: "t.html", text: VietnameseText.normalize(page), sha256: "",
                        source: SourceInfo(title: "Hội thi sáng tạo kỹ thuật tỉnh Long An lần thứ năm trao giải cho các tác giả đạt giải"))
    XCTAssertNotEqual(Extractor().extract(other).title, "Hội nghị trí thức Khoa học và Công nghệ gắn với Tổng kết hoạt động năm 2023 do Liên hiệp các Hội KH&KT Long An tổ chức 25/12/2023")
  }

  /// A purpose clause ends where a body of the union opens the main clause ("…, Đoàn công tác
  /// của Liên hiệp … đã tới thăm và làm việc …, vào ngày 7/12"): the day at its end is the visit's.
  func testAPurposeEndsAtTheUnionsBodyThatOpensTheClause() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội khoa học và kỹ thuật Việt Nam cử Đoàn công tác đến thăm và làm việc tại tỉnh ta

      Nhằm nắm bắt tình hình hoạt động của đội ngũ trí thức tại địa phương, Đoàn công tác của Liên hiệp các Hội khoa học và kỹ thuật Việt Nam, do đồng chí Chủ tịch Liên hiệp Hội Việt Nam dẫn đầu, đã tới thăm và làm việc tại tỉnh Sơn La, vào ngày 7/12.
      """, published: FactDate(year: 2021, month: 12, day: 7))), ["2021-12-07 Sơn La lam_viec"])
  }

  /// Working sessions on the days a later sentence lists ("Các buổi làm việc diễn ra trong các
  /// ngày 9, 16 và 18/3/2022") are one meeting each, as when the lead lists them itself.
  func testSessionsListedInTheSentenceThatDatesThem() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bình Định: Lan tỏa hoạt động khoa học công nghệ

      Với mục tiêu đưa các hoạt động khoa học lan tỏa tới từng đơn vị trong tỉnh, lãnh đạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã lần lượt làm việc với Trường Đại học Quy Nhơn và hai viện nghiên cứu. Các buổi làm việc diễn ra trong các ngày 9, 16 và 18/3/2022.
      """)), ["2022-03-09 Bình Định lam_viec", "2022-03-16 Bình Định lam_viec", "2022-03-18 Bình Định lam_viec"])
    // days that follow one another are one event over several days
    XCTAssertEqual(meetingKeys(readPage("""
      Bình Định: Hội thảo khoa học

      Với mục tiêu lan tỏa hoạt động khoa học, lãnh đạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã tổ chức hội thảo về nông nghiệp. Hội thảo diễn ra trong hai ngày 9 và 10/3/2022.
      """)), ["2022-03-09 Bình Định hoi_thao"])
  }

  /// A meeting referred to ("Theo báo cáo tại hội nghị, …") is no event of its own because a
  /// holding verb follows when that verb holds another meeting named right after it — the member
  /// associations' congresses of a year's report.
  func testAReferenceIsNotHeldByTheVerbOfAnotherMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội TP. Hồ Chí Minh tổng kết năm 2023

      Sáng 16/1/2024, Ban Chấp hành Liên hiệp Hội TP. Hồ Chí Minh họp hội nghị tổng kết năm 2023.

      Theo báo cáo tại hội nghị, năm 2023 Liên hiệp Hội TP. Hồ Chí Minh có 6 Hội đã tiến hành Đại hội nhiệm kỳ 2023 – 2028, gồm: Hội Ngôn ngữ học (25/3/2023), Hội Cơ học (17/6/2023).
      """)), ["2024-01-16 Hồ Chí Minh tong_ket"])
  }

  /// A preamble of what is carried out ends where the meeting opens a clause as its subject:
  /// "Thực hiện Điều lệ …, Đại hội … lần thứ VI … đã được tiến hành … từ ngày 27 đến ngày 28
  /// tháng 4 năm 2010" is a congress, dated by its first day.
  func testAPreambleEndsWhereTheMeetingOpensAClause() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nghị quyết Đại hội đại biểu toàn quốc lần thứ VI Liên hiệp các hội khoa học và kỹ thuật Việt Nam

      Thực hiện Điều lệ Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (sau đây gọi tắt là Liên hiệp hội) và được sự đồng ý của Ban Bí thư Trung ương Đảng, Đại hội đại biểu toàn quốc lần thứ VI Liên hiệp hội đã được tiến hành trọng thể tại Hà Nội, trong thời gian từ ngày 27 đến ngày 28 tháng 4 năm 2010.
      """)), ["2010-04-27 Hà Nội dai_hoi"])
  }

  /// A count runs on over the nouns listed after it: in "đã tổ chức 26 hội thảo, hội nghị tư vấn
  /// phản biện" neither noun is an event, and the meeting the next paragraph names is the one.
  func testACountRunsOnOverTheListedNouns() {
    let page = """
      Liên hiệp hội Hà Nội đề xuất tháo gỡ điểm nghẽn chính sách

      Cả năm 2023, Liên hiệp các Hội Khoa học và Kỹ thuật Hà Nội đã tổ chức 26 hội thảo, hội nghị tư vấn phản biện xã hội.

      Kết quả trên được Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Hà Nội cho biết tại hội nghị tổng kết công tác năm 2023 mà Liên hiệp hội Hà Nội tổ chức hôm 27/12/2023.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2023-12-27 Hà Nội tong_ket"])
    XCTAssertEqual(meetingKeys(readPage(page.replacingOccurrences(of: "26 hội thảo, hội nghị", with: "26 hội thảo và hội nghị"))),
                   ["2023-12-27 Hà Nội tong_ket"])
  }

  /// English pages written in the same manners: a working session that reviews is still a working
  /// session; a person who chairs makes no meeting another body's; "ran a training course" holds one.
  func testEnglishWorkingSessionsChairsAndCourses() {
    let filler = " The union brings together many associations of scientists and engineers in the province and works on advice"
      + " to the authorities, training and the spreading of knowledge among farmers and students alike."
    func keys(_ text: String, _ published: FactDate) -> [String] { meetingKeys(readPage(text, published: published)) }
    XCTAssertEqual(keys("Phu Yen Union and the Provincial Commission meet\n"
      + "With a view to reviewing the work of the Phu Yen Provincial Union of Science and Technology Associations (hereinafter"
      + " referred to as Phu Yen Union), the leaders of the Provincial Commission and Phu Yen Union met in a working session,"
      + " held in the morning of 10 November 2018." + filler, FactDate(year: 2018, month: 11, day: 12)),
                   ["2018-11-10 Phú Yên lam_viec"])
    XCTAssertEqual(keys("VUSTA's Central Council holds its 5th conference\n"
      + "The Vietnam Union of Science and Technology Associations (VUSTA) convened the 5th Central Council conference (term VII)"
      + " – on March 29, in Hanoi – chaired by Prof. Dang Vu Minh, the President of the VUSTA." + filler,
                        FactDate(year: 2019, month: 4, day: 22)), ["2019-03-29 Hà Nội ban_chap_hanh"])
    XCTAssertEqual(keys("VUSTA training course in Nha Trang\n"
      + "Implementing its plan for building the capacity of its members, the Vietnam Union of Science and Technology"
      + " Associations (VUSTA) ran a training course on policy advocacy (from 29-31 August 2017, in Khanh Hoa)." + filler,
                        FactDate(year: 2019, month: 11, day: 18)), ["2017-08-29 Khánh Hòa tap_huan"])
  }

  /// Two unions the reader takes for one mention across the comma that parts them end a preamble
  /// at that comma: "Thực hiện …, theo chỉ đạo của Thường trực Liên hiệp hội, Liên hiệp các Hội …
  /// tỉnh Bình Thuận đã tổ chức Hội nghị sơ kết … (ngày 17/7/2020)".
  func testAPreambleEndsBetweenTwoUnionsReadAsOne() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh sơ kết công tác 6 tháng đầu năm 2020

      Thực hiện Chương trình công tác năm 2020 và theo chỉ đạo của Thường trực Liên hiệp hội, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm 2020 (ngày 17/7/2020), với sự tham dự của các Ủy viên Ban chấp hành Liên hiệp hội.
      """)), ["2020-07-17 Bình Thuận tong_ket"])
  }

  /// One fact a sentence (wording set vb): the holder in a sentence of its own ("Đơn vị tổ chức
  /// là Liên hiệp …"), the day in a sentence of its own ("Thời gian là sáng 17-5-2019.").
  func testTheHolderAndTheDayInSentencesOfTheirOwn() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lần thứ VII tôn vinh Trí thức Khoa học và Công nghệ tiêu biểu

      Ngày 15 tháng 9 năm 2023, Lễ Tôn vinh Trí thức Khoa học công nghệ tiêu biểu lần thứ VII diễn ra long trọng. Đơn vị tổ chức là Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế.
      """)), ["2023-09-15 Thừa Thiên Huế khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh Ninh Bình

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình tiến hành Đại hội đại biểu lần thứ V. Đại hội bầu Ban Chấp hành mới. Thời gian là sáng 21-7-2025.
      """)), ["2025-07-21 Ninh Bình dai_hoi"])
  }

  /// What the union does as a rule ("thường xuyên tổ chức các hội thảo, lớp tập huấn", "… được
  /// duy trì đều đặn", "Theo thông lệ, …") is a habit, not the page's event, even as its lead.
  func testHabitsAreNoEvents() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tọa đàm nhân Ngày Khoa học và Công nghệ Việt Nam

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk thường xuyên tổ chức các hội thảo, lớp tập huấn cho hội viên, và các buổi làm việc với các sở, ngành.

      Buổi Tọa đàm nhân Ngày Khoa học và Công nghệ Việt Nam đã được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk tổ chức vào chiều ngày 18-5-2020.
      """)), ["2020-05-18 Đắk Lắk hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Gia Lai gắn bó với các sở, ngành

      Các buổi làm việc với các sở, ngành được Liên hiệp hội tỉnh duy trì đều đặn.
      """)), [])
  }

  /// What must be done ("… Liên hiệp hội cần tổng kết tình hình hoạt động …", "cần tổ chức Hội
  /// nghị …") is no meeting held; the meeting the next paragraph reports is the page's event.
  func testWhatMustBeDoneIsNoMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức Huế bước vào chặng đường mới

      Sau 5 năm nhiệm kỳ II (2003 – 2008), Liên hiệp các hội Khoa học Kỹ thuật tỉnh Thừa Thiên Huế cần tổng kết tình hình hoạt động và bàn phương hướng nhiệm kỳ III.

      Trong bối cảnh đó, sáng ngày 20 tháng 02 năm 2009, Đại hội đại biểu lần thứ III của Liên hiệp hội đã được tiến hành tại Hội trường Khách sạn Hương Giang.
      """)), ["2009-02-20 Thừa Thiên Huế dai_hoi"])
  }

  /// "Liên hiệp" cut short before a verb ("… đã được Liên hiệp tổ chức", "Liên hiệp đã tổ chức
  /// hội nghị") is the page's union; "Hội Liên hiệp Văn học nghệ thuật" and a count after it are not.
  func testTheUnionsNameCutShortBeforeAVerb() {
    XCTAssertEqual(meetingKeys(readPage("""
      Dự thảo kế hoạch phối hợp tập hợp trí thức được đưa ra lấy ý kiến

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình luôn chú trọng công tác tư vấn. Để chuẩn bị cho các buổi làm việc với các huyện ủy, chiều 19-4-2024, Liên hiệp đã tổ chức hội nghị lấy ý kiến đóng góp cho dự thảo kế hoạch.
      """)), ["2024-04-19 Thái Bình khac"])
    let f = FoldedText("Hội Liên hiệp Văn học nghệ thuật vẫn tổ chức; Liên hiệp có 9 tổ chức thành viên; Liên hiệp đã họp.")
    XCTAssertEqual(UnionFinder.mentions(in: f, provinces: []).count, 1)
  }

  /// A speaker's frame ("Thông tin từ Liên hiệp Hội Bình Định cho hay, …", "Bà …, Chủ tịch Liên
  /// hiệp hội, cho biết, …") is no topic of the meeting reported after it (wording set vd).
  func testASpeakersFrameIsNoTopic() {
    XCTAssertEqual(meetingKeys(readPage("""
      Theo Liên hiệp Hội Bình Định, đơn vị đã tham dự Hội thảo tập huấn về chuyển dịch năng lượng

      Thông tin từ Liên hiệp Hội Bình Định cho hay, hội thảo tập huấn “Chuyển dịch năng lượng công bằng tại Việt Nam” đã được Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức tại thành phố Hà Tĩnh trong 2 ngày 8 và 9/4/2021.
      """)), ["2021-04-08 Hà Tĩnh hoi_thao"])
  }

  /// The union that "is the place" a delegation came to is the host of the working visit (set ve).
  func testTheUnionThatIsThePlaceADelegationCameToIsTheHost() {
    XCTAssertEqual(meetingKeys(readPage("""
      Giao lưu giữa hai Liên hiệp hội

      Liên hiệp Hội tỉnh Trà Vinh là nơi mà đoàn cán bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang, do Chủ tịch Liên hiệp Hội dẫn đầu, đã tới giao lưu, học hỏi kinh nghiệm vào ngày 13-4-2012.
      """)), ["2012-04-13 Trà Vinh lam_viec"])
  }
}
