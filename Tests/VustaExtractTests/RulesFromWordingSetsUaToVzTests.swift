@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets ua to ud, uo, vy and vz, twenty-seventh session.
final class RulesFromWordingSetsUaToVzTests: XCTestCase {
  /// Each citation as "number code issued mentions".
  func citationKeys(_ d: ExtractedDocument) -> [String] {
    d.citations.map { "\($0.number) \($0.code ?? "nil") \($0.issued?.iso ?? "nil") \($0.mentions)" }.sorted()
  }

  /// The issue date later in the document's clause, after its issuer (and a quoted subject),
  /// right after an issuing verb, or in brackets after the issuer.
  func testTheIssueDateAfterTheIssuerAndSubject() {
    XCTAssertEqual(citationKeys(readPage("""
      Liên hiệp hội tỉnh Bến Tre học tập Chỉ thị 42

      Sáng 9/3/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bến Tre tổ chức hội nghị học tập Chỉ thị số 42-CT/TW của Bộ Chính trị (khóa X), ban hành ngày 16/4/2010, về đổi mới hoạt động của Liên hiệp hội.
      """)), ["42 CT/TW 2010-04-16 2"])  // (the headline's short form is a mention)
    XCTAssertEqual(citationKeys(readPage("""
      Hội thảo về công nghệ sinh học

      Thực hiện Nghị quyết 36-NQ/TW của Bộ Chính trị về “Phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới”, ban hành ngày 23/01/2023, sáng 22/12/2023 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức hội thảo.
      """)).first, "36 NQ/TW 2023-01-23 1")
    XCTAssertEqual(citationKeys(readPage("""
      Quy chế phối hợp

      Ngày 5/6/2013, Liên hiệp hội tỉnh Nghệ An triển khai Quyết định 433-QĐ/TU của Ban Thường vụ Tỉnh ủy, ký ngày 04/4/2012, về quy chế phối hợp.
      """)), ["433 QĐ/TU 2012-04-04 1"])
    XCTAssertEqual(citationKeys(readPage("""
      Diễn đàn khoa học

      Diễn đàn được tổ chức theo Công văn 252/LHHVN-KHCNMT mà Đoàn Chủ tịch Liên hiệp hội Việt Nam gửi ngày 21/4/2015 tới các tỉnh.
      """)).first, "252 LHHVN-KHCNMT 2015-04-21 1")
    XCTAssertEqual(citationKeys(readPage("""
      Tổng kết Chỉ thị 42

      Hội nghị nhìn lại việc thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị (ngày 16/4/2010) tại tỉnh Đồng Nai.
      """)), ["42 CT/TW 2010-04-16 2"])
    // "diễn ra ngày …" after a quoted title that names the document is the workshop's day
    XCTAssertEqual(citationKeys(readPage("""
      Hội thảo về Nghị quyết 57

      Tại hội thảo “Vai trò của trí thức trong thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị”, diễn ra ngày 29/4/2025 ở Hà Nội, các nhà khoa học đã góp nhiều ý kiến.
      """)), ["57 NQ/TW nil 2"])
  }

  /// A date and an issuing verb before a pair of documents ("ký cùng ngày …, số A và số B")
  /// dates both; an English participle after the number ("42-CT/TW, issued on April 16, 2010").
  func testTheIssueDateBeforeAPairAndTheEnglishParticiple() {
    XCTAssertEqual(citationKeys(readPage("""
      Kết nạp hội thành viên mới

      Theo hai Quyết định mà Ban Thường vụ Liên hiệp hội tỉnh Thừa Thiên Huế ký cùng ngày 15/3/2017, số 41/QĐ-LHH và số 42/QĐ-LHH, hai hội mới đã trở thành hội thành viên.
      """)), ["41 QĐ-LHH 2017-03-15 1", "42 QĐ-LHH 2017-03-15 1"])
    XCTAssertEqual(citationKeys(readPage("""
      Workshop on Directive 42

      On March 9, 2021, the Union of Science and Technology Associations of Ben Tre province held a workshop reviewing Directive 42-CT/TW, issued on April 16, 2010, by the Politburo.
      """)), ["42 CT/TW 2010-04-16 1"])
  }

  /// "ban hành ngày …" after a document and a long quoted title in the same clause is the
  /// document's day, not the meeting's (the meeting's day stands later, without its year).
  func testAnIssueDateAfterALongTitleIsNoMeetingDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị trí thức khoa học và công nghệ tỉnh Long An

      Nhằm thực hiện Nghị quyết 36-NQ/TW của Bộ Chính trị về “Phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới”, ban hành ngày 23/01/2023, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Long An đã tổ chức Hội nghị trí thức vào sáng ngày 22/12 tại Hội trường Tỉnh ủy.
      """, published: FactDate(year: 2023, month: 12, day: 25))), ["2023-12-22 Long An khac"])
  }

  /// A notice or an invitation posted before the meeting names no meeting held: the lead plans
  /// it, and a later undated sentence about it ("Đại hội có nhiệm vụ …") is the planned one; an
  /// invitation ("trân trọng kính mời … đến dự") and a full date a week after the posting are
  /// still to come.
  func testANoticeOrAnInvitationBeforeTheMeetingIsNoMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Thông báo: Liên hiệp hội tỉnh Yên Bái sẽ tổ chức Đại hội đại biểu lần thứ III

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái thông báo: Đại hội đại biểu lần thứ III của Liên hiệp hội tỉnh sẽ được tổ chức vào ngày 20/11/2020 tại thành phố Yên Bái. Đại hội có nhiệm vụ tổng kết nhiệm kỳ qua và bầu Ban Chấp hành khóa mới.
      """, published: FactDate(year: 2020, month: 11, day: 10))), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Giấy mời dự Hội thảo về phát triển du lịch tỉnh Ninh Thuận

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Thuận trân trọng kính mời các chuyên gia đến dự Hội thảo phản biện Đề án phát triển du lịch.
      Thời gian: 8 giờ, sáng thứ Sáu, ngày 14/6/2019.
      Địa điểm: Hội trường Liên hiệp hội tỉnh.
      """, published: FactDate(year: 2019, month: 6, day: 7))), [])
    // the report of the same meeting, posted after it, is a meeting
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo về phát triển du lịch tỉnh Ninh Thuận

      Sáng ngày 14/6/2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Thuận tổ chức Hội thảo phản biện Đề án phát triển du lịch.
      """, published: FactDate(year: 2019, month: 6, day: 15))), ["2019-06-14 Ninh Thuận hoi_thao"])
  }

  /// After the 2025 merger: a headline that reviews one year and sets the tasks of the next
  /// dates a January day in the later year; the former unions a merged one was made of ("Liên
  /// hiệp hội tỉnh Ninh Thuận cũ") are its history, not the party a figure belongs to.
  func testAMergedUnionAndItsFormerOnes() {
    let lead = "Công tác năm 2025 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai (mới), hợp nhất từ "
      + "Liên hiệp hội tỉnh Gia Lai cũ và Liên hiệp hội tỉnh Bình Định cũ, đã được Ban Chấp hành tổng kết vào sáng 15-1."
    XCTAssertEqual(meetingKeys(readPage("""
      Gia Lai (mới): Liên hiệp hội tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026

      \(lead)
      """)), ["2026-01-15 Gia Lai tong_ket"])
    // (with no year to be had, the province is still the merged union's, not the last former one's)
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh sau hợp nhất tổng kết công tác

      \(lead)
      """)), ["nil Gia Lai tong_ket"])
  }

  /// A headline that ends in "ngày" ("… làm việc hai ngày") over the page's stamp ("29/09/2021
  /// 9:34 SA") is not a date broken over two lines: the stamp stays the page's date.
  func testAStampUnderAHeadlineEndingInNgay() {
    let d = readPage("""
      Đại hội lần thứ V của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình khai mạc, làm việc hai ngày
      29/09/2021 9:34 SA 145 lượt xem

      Khai mạc ngày 27/9, Đại hội lần thứ V của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình làm việc qua hai ngày.
      """)
    XCTAssertEqual(d.published?.iso, "2021-09-29")
    XCTAssertEqual(meetingKeys(d), ["2021-09-27 Thái Bình dai_hoi"])
    // a date broken after "ngày" still joins: "… vào ngày" / "27/9/2021, …"
    XCTAssertTrue(MainText.unwrapped("Hội nghị diễn ra vào ngày\n27/9/2021 tại Thái Bình.").contains("ngày 27/9/2021"))
  }

  /// Member figures in other words: a count in brackets after its noun ("hội thành viên (28)",
  /// "hội thành viên (31 hội)"), a total the label says has risen to ("số hội thành viên đã lên
  /// tới 14"), "trên dưới" as about; the nation's count said again is not the page's province's.
  func testMemberFiguresInOtherWords() {
    func figures(_ text: String) -> [String] {
      readPage(text).memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value) \($0.qualifier)" }.sorted()
    }
    XCTAssertEqual(figures("""
      Liên hiệp hội tỉnh Tiền Giang tổng kết năm

      Hiện nay, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang gồm hội thành viên (28) và thành viên liên kết (17).
      """), ["Tiền Giang hoi_thanh_vien 28 exact", "Tiền Giang khac 17 exact"])
    XCTAssertEqual(figures("""
      Liên hiệp hội tỉnh Thanh Hóa tổng kết năm

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa hiện tập hợp hội thành viên (31 hội) và trên dưới 23 nghìn hội viên.
      """), ["Thanh Hóa hoi_thanh_vien 31 exact", "Thanh Hóa hoi_vien 23000 about"])
    XCTAssertEqual(figures("""
      Đại hội Liên hiệp hội tỉnh Hưng Yên

      Nhiệm kỳ qua, số hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên đã lên tới 14.
      """), ["Hưng Yên hoi_thanh_vien 14 exact"])
    // (a year in brackets is no count)
    XCTAssertEqual(figures("""
      Liên hiệp hội tỉnh Nam Định

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định kết nạp hội thành viên (2019) và tổ chức hội nghị.
      """), [])
    XCTAssertEqual(figures("""
      Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ VII

      Đại hội đại biểu toàn quốc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ VII diễn ra ngày 2/6/2015 tại Hà Nội, với 600 đại biểu thay mặt cho trên 2,8 triệu hội viên cả nước.

      Phó Chủ tịch nhấn mạnh: hiện tổng số hội viên của toàn hệ thống đã lên tới trên 2,8 triệu người.
      """), ["Hà Nội dai_bieu 600 exact", "nil hoi_vien 2800000 more_than"])
  }

  /// A year's look back whose lead lists the events of its paragraphs ("… điểm lại những sự kiện
  /// …, từ hội nghị tổng kết đầu năm đến …") names no event of its own: each paragraph's counts once.
  func testAYearsLookBackNamesNoEventInItsLead() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nhìn lại năm 2019 của Liên hiệp hội tỉnh Nam Định

      Khép lại năm 2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định điểm lại những sự kiện đã đánh dấu chặng đường một năm hoạt động của tổ chức Hội, từ hội nghị tổng kết đầu năm đến chương trình phối hợp với giới doanh nghiệp và hội nghị Ban Chấp hành giữa năm.

      Mở đầu năm, vào chiều ngày 20/01/2019, Liên hiệp hội đã tiến hành Hội nghị tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019.

      Giữa năm, chiều ngày 18/6/2019, Liên hiệp hội và Hiệp hội Doanh nghiệp tỉnh đã cùng tổ chức Lễ ký kết Chương trình phối hợp hoạt động.
      """)), ["2019-01-20 Nam Định tong_ket", "2019-06-18 Nam Định khac"])
  }

  /// An opening phrase closed by its comma that names no meeting ("Được chuẩn bị chu đáo, …")
  /// does not make the noun after it a topic: the congress is the clause's subject, held that day.
  func testAnOpeningPhraseWithATopicWordLeavesTheSubject() {
    XCTAssertEqual(meetingKeys(readPage("""
      Góp sức cho thành công của Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai lần thứ III

      Được chuẩn bị kỹ lưỡng, Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai lần thứ III đã diễn ra trong hai ngày 12 và 13/10/2020 tại thành phố Lào Cai. Tổng số đại biểu dự Đại hội là 150.
      """)), ["2020-10-12 Lào Cai dai_hoi"])
  }

  /// A history told backwards: "Trước đó, Đại hội lần thứ nhất đã diễn ra ngày …", "Trước đó hơn
  /// ba năm, trong hai ngày 28-29/10/1994, Đại hội …" — the congress after the connective (and the
  /// interval and day it opens with) is the union's of the sentences before.
  func testAHistoryToldBackwards() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Long An qua các kỳ đại hội

      Đại hội lần thứ hai của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An được tổ chức ngày 27/5/2010 tại thành phố Tân An.

      Trước đó, Đại hội lần thứ nhất đã diễn ra ngày 11/7/2004.

      Trước đó hơn ba năm, trong hai ngày 28-29/10/2000, Hội nghị thành lập Ban vận động đã được tổ chức.
      """)).sorted(), ["2000-10-28 Long An khac", "2004-07-11 Long An dai_hoi", "2010-05-27 Long An dai_hoi"])
    // (a congress of the history dated by its month and year, right after it)
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Hải Dương qua các kỳ đại hội

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương được thành lập năm 1997.

      Tháng 9 năm 2007, Đại hội lần thứ 3 được tổ chức, bầu ra Ban Chấp hành gồm 41 ủy viên.
      """)), ["2007-09 Hải Dương dai_hoi"])
  }
}
