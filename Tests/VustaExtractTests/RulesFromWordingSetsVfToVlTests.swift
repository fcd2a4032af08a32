@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets vf (formal time expressions) to vl, twenty-sixth session.
final class RulesFromWordingSetsVfToVlTests: XCTestCase {
  /// An association named in the venue before the meeting ("tại Hội trường Trụ sở các Hội Đặc
  /// thù") does not make it that association's meeting when the sentence names the union as the
  /// agent that held it ("… đã được Liên hiệp các hội … tổ chức").
  func testTheUnionAsThePassiveAgentHoldsTheMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng tổng kết hoạt động năm 2024

      Vào lúc 8 giờ 00 phút, sáng thứ Ba, ngày 24 tháng 12, tại Hội trường Trụ sở các Hội Đặc thù tỉnh Sóc Trăng, Hội nghị tổng kết hoạt động của Ban Chấp hành năm 2024 và xác định các nhiệm vụ trọng tâm cho năm 2025 đã được Liên hiệp các hội Khoa học và Kỹ thuật tỉnh (Liên hiệp Hội) tổ chức.
      """)), ["2024-12-24 Sóc Trăng tong_ket"])
    // an association's own meeting, with no union as its agent, stays that association's
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Làm vườn tỉnh Sóc Trăng tổng kết năm 2024

      Sáng ngày 24/12/2024, tại Hội trường Trụ sở các Hội Đặc thù tỉnh Sóc Trăng, Hội Làm vườn tỉnh đã tổ chức Hội nghị tổng kết hoạt động năm 2024.
      """)), [])
  }

  /// A member association's site tells the union's meeting from its side: the association that
  /// attends it ("đã tham dự", "đã cử đại diện dự") or a meeting "do Liên hiệp … tổ chức" is
  /// still the union's meeting.
  func testAnAssociationAttendingTheUnionsMeetingIsAGuest() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Y học tỉnh dự hội nghị sơ kết của Liên hiệp hội

      Sáng ngày 13-7-2020, đại diện Hội Y học tỉnh đã dự Hội nghị sơ kết công tác 6 tháng đầu năm 2020 do Liên hiệp các hội KH-KT tỉnh Quảng Nam tổ chức.
      """)), ["2020-07-13 Quảng Nam tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Đông y tỉnh dự hội nghị Ban Chấp hành Liên hiệp hội

      Hội Đông y tỉnh Bà Rịa - Vũng Tàu đã cử đoàn tham dự Hội nghị Ban chấp hành (mở rộng) lần thứ IX do Liên hiệp các Hội khoa học và Kỹ thuật (Liên hiệp Hội) tỉnh Bà Rịa-Vũng Tàu tổ chức ngày 28-01-2016 để tổng kết năm 2015.
      """)), ["2016-01-28 Bà Rịa - Vũng Tàu tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Y học tỉnh Đồng Tháp dự hội nghị

      Ngày 20/4/2021, Hội Y học tỉnh Đồng Tháp đã tham dự Hội nghị Ban Chấp hành lần thứ 5 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp.
      """)), ["2021-04-20 Đồng Tháp ban_chap_hanh"])
    // the association's own meeting, held by it, stays its own
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Y học tỉnh Đồng Tháp tổng kết năm 2020

      Ngày 20/1/2021, Hội Y học tỉnh Đồng Tháp đã tổ chức Hội nghị tổng kết công tác năm 2020, có đại diện Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp dự.
      """)), [])
  }

  /// An interview whose lead speaks of the meeting without its day: the reporter's question
  /// under it is passed over, and the answer's day ("Ông Phạm Văn Tân: Ngày 27/3/2019, …") dates
  /// it; an answer's words start after a speaker's title and name and their colon.
  func testAnInterviewsFirstAnswerDatesTheLeadsMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Phó Chủ tịch Phạm Văn Tân: Khối thi đua đã tổng kết năm 2018

      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam là một thành viên của Khối thi đua các tổ chức chính trị - xã hội. Phóng viên đã trao đổi với đồng chí Phạm Văn Tân, Phó Chủ tịch Liên hiệp Hội Việt Nam, về hội nghị tổng kết của Khối.
      Phóng viên: Thưa ông, hội nghị của Khối diễn ra khi nào?
      Ông Phạm Văn Tân: Ngày 27/3/2019, tại Hà Nội, Khối thi đua đã tổ chức Hội nghị tổng kết hoạt động năm 2018.
      """)), ["2019-03-27 Hà Nội tong_ket"])
    XCTAssertEqual(Interview.answerStart(FoldedText("Ông Phạm Văn Tân: Ngày 27/3/2019, tại Hà Nội")), 4)
    XCTAssertEqual(Interview.answerStart(FoldedText("TS. Lê Văn An: Chúng tôi đã tổ chức")), 4)
    // a label of common words is no speaker's
    XCTAssertEqual(Interview.answerStart(FoldedText("Ông bà ta có câu: uống nước nhớ nguồn")), 0)
  }

  /// A meeting named after "tại" whose name ends with its own day ("tại hội nghị BCH LHH tỉnh
  /// sáng 23/6") was held that day, though no verb of holding follows; a meeting named after
  /// "tại" with no day of its own stays a reference.
  func testAMeetingNamedWithItsOwnDayAfterTaiWasHeld() {
    XCTAssertEqual(meetingKeys(readPage("""
      LHH tỉnh dự kiến tổ chức Đại hội đại biểu vào tháng 11 tới

      Theo dự kiến, tháng 11 tới Liên hiệp các Hội KH&KT tỉnh Hải Dương (LHH tỉnh) sẽ tiến hành Đại hội đại biểu lần thứ VI, nhiệm kỳ 2022 - 2027.
      Các nội dung trên được thống nhất tại hội nghị BCH LHH tỉnh sáng 23/6/2022.
      """)), ["2022-06-23 Hải Dương ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      LHH tỉnh dự kiến tổ chức Đại hội đại biểu vào tháng 11 tới

      Theo dự kiến, tháng 11 tới Liên hiệp các Hội KH&KT tỉnh Hải Dương (LHH tỉnh) sẽ tiến hành Đại hội đại biểu lần thứ VI, nhiệm kỳ 2022 - 2027.
      Các nội dung trên được thống nhất tại hội nghị BCH LHH tỉnh, ngày 23/6/2022 vừa qua, các ủy viên đã nhất trí.
      """)), [])
    // (a long name: the parties of a working session between the noun and its day)
    XCTAssertEqual(meetingKeys(readPage("""
      Đồng Nai: Khi Liên hiệp hội tỉnh và Sở Khoa học & Công nghệ cùng ngồi một bàn

      “Hội mạnh thì trí thức mới mạnh”, bà Hoàng Thị Bích Hằng, Chủ tịch Liên hiệp hội tỉnh Đồng Nai, mở đầu câu chuyện như vậy.
      Bà chia sẻ điều đó tại buổi làm việc giữa Sở Khoa học & Công nghệ (KH&CN) và Liên hiệp hội tỉnh ngày 2/10/2025. Tại đây, hai bên đã trao đổi thông tin về tình hình hoạt động.
      """)), ["2025-10-02 Đồng Nai lam_viec"])
  }

  /// Of two lines that share most of the `<title>`'s words, the first is the headline: a
  /// repeat further down (an image's alt text) may share one word more, as the `<h1>` written
  /// apart from the `<title>` does not.
  func testTheFirstLineSharingTheTitlesWordsIsTheHeadline() {
    let kept: [(FoldedText, MainText.Role)] = [
      (FoldedText("Lien hiep Hoi Viet Nam nghiem tuc thuc hien quy hoach bao chi"), .title),
      (FoldedText("(Kiến Thức) - Thuc hien chi dao cua Thu tuong Chinh phu, viec trien khai quy hoach bao chi dang duoc tien hanh."), .body),
      (FoldedText("Lien hiep Hoi Viet Nam dang nghiem tuc thuc hien quy hoach bao chi"), .minor),
    ]
    XCTAssertEqual(MainText.headlineLine(FoldedText("Quy hoạch báo chí đang được Liên hiệp Hội Việt Nam thực hiện nghiêm túc"), in: kept), 0)
  }

  /// A second paragraph that names the meeting where something was said, "tại sự kiện tổng kết
  /// …", with its day after it, reports that meeting as "tại lễ tổng kết …" does.
  func testAtTheEventOfAReviewDatedAfterItIsTheMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên kết, hợp tác về khoa học công nghệ cần được tăng cường

      Nhận thức và hành động của các cấp ủy, chính quyền về vai trò của khoa học và công nghệ ngày càng được nâng lên.
      TTXVN - (Dưới đây là phát biểu của bà Dương Thị Thu Hiền, Chủ tịch Liên hiệp Hội, tại sự kiện tổng kết 20 năm hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tây Ninh, ngày 6-10-2022.)
      """)), ["2022-10-06 Tây Ninh tong_ket"])
  }

  /// An editor's note over a published speech is passed over for the paragraph after it, unless
  /// the note itself reports the meeting its union held on a day.
  func testAnEditorsNoteThatReportsTheMeetingIsRead() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tân Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật TP HCM được bầu

      Chức Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật TP HCM đã chính thức được giao cho GS-TS Nguyễn Văn A.
      (Sáng nay (22/11), Liên hiệp các hội Khoa học và Kỹ thuật TP HCM tiến hành Đại hội Đại biểu lần thứ VII, nhiệm kỳ 2019 – 2024. Dưới đây là bài phát biểu của Chủ tịch UBND Thành phố.)
      Kính thưa Đại hội, thưa các đồng chí và các nhà khoa học!
      """)), ["nil Hồ Chí Minh dai_hoi"])
  }

  /// "đến Phú Yên" (to the province) names the province, not Sơn La's district Phù Yên; "đền"
  /// (a temple) or "đường" (a street) named after a province names none.
  func testToAProvinceIsNoTempleNamedAfterIt() {
    let finder = ProvinceFinder.shared(Gazetteer.shared)
    XCTAssertEqual(finder.mentions(in: FoldedText("Đoàn đến Phú Yên giao lưu")).map(\.province.name), ["Phú Yên"])
    XCTAssertEqual(finder.mentions(in: FoldedText("Trụ sở ở số 5 đường Phú Yên")).map(\.province.name), [])
  }

  /// A type's own abbreviation in capitals before a number ("NQ 57 của Bộ Chính trị") is a short
  /// form as "Nghị quyết 57" is; "nq" in lower case is not read.
  func testATypesAbbreviationBeforeANumberIsAShortForm() {
    let d = readPage("""
      Hội thảo về đội ngũ trí thức

      Các đại biểu thảo luận việc triển khai NQ 57 của Bộ Chính trị về đột phá phát triển KH&CN ở địa phương.
      """)
    XCTAssertEqual(d.citations.map { "\($0.number)-\($0.code) \($0.mentions)" }, ["57-NQ/TW 1"])
  }

  /// A table's row of two cells is a record's labelled line as "Label: value" is: "Thời gian |
  /// Sáng 27/3/2024" gives the event's time, not the page's posting stamp; a menu of many cells
  /// is no record line.
  func testATablesRowOfTwoCellsIsARecordLine() {
    XCTAssertEqual(EventRecord.field(of: FoldedText("Thời gian | Sáng 27/3/2024")), .time)
    XCTAssertEqual(EventRecord.field(of: FoldedText("Địa điểm | Trụ sở Liên hiệp các Hội")), .place)
    XCTAssertNil(EventRecord.field(of: FoldedText("Trang chủ | Tin tức | Văn bản")))
  }

  /// Two news briefs on one page: the second brief's meeting, held by its union in so many words
  /// on a day whose year nothing on the page gives, is a meeting of its own (date unknown), not
  /// the first brief's undated meeting in another province.
  func testASecondBriefsUndatedMeetingIsItsOwn() {
    XCTAssertEqual(meetingKeys(readPage("""
      TIN NGẮN HOẠT ĐỘNG LIÊN HIỆP HỘI

      ▪ Liên hiệp các Hội khoa học và kỹ thuật tỉnh Kon Tum: Ban chấp hành họp hội nghị lần thứ IV
      Hội nghị lần thứ IV mở rộng của Ban chấp hành Liên hiệp các Hội khoa học và kỹ thuật tỉnh Kon Tum vừa diễn ra, nhằm đánh giá kết quả hoạt động năm 2013 và định ra phương hướng năm 2014.
      ▪ Thanh Hoá: Để Liên hiệp các Hội Khoa học và Kỹ thuật hoạt động ngày một hiệu quả
      Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hoá đã tiến hành Hội nghị tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024 vào sáng ngày 26/12.
      """)).sorted(), ["nil Kon Tum tong_ket", "nil Thanh Hóa tong_ket"])
  }

  /// "bàn họp" (the meeting table) and "phòng họp" (the meeting room) name things, not a meeting:
  /// a feature's opening scene holds none.
  func testTheMeetingTableIsNoMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Hải Phòng: không chùn bước

      Bản dự thảo báo cáo được chuyền tay quanh bàn họp của Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng, nhiều trang đã kín những dòng ghi chú.
      """)), [])
    // "Ban Thường vụ họp" (a board meets) still does
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Hải Phòng họp Ban Thường vụ

      Sáng 12/9/2022, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng họp.
      """)), ["2022-09-12 Hải Phòng ban_thuong_vu"])
  }
}

