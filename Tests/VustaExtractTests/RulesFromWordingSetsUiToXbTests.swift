@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets ui, un, uv, up, xa, xb, then xc, xd, xe, xf, xg, xh, and xi,
/// xm, twenty-ninth session.
final class RulesFromWordingSetsUiToXbTests: XCTestCase {
  /// The dates of a text as "day/month/year" ("nil" for a year not written).
  func dateKeys(_ text: String) -> [String] {
    DateReader.mentions(in: FoldedText(VietnameseText.normalize(text))).map { "\($0.day ?? 0)/\($0.month)/\($0.year.map(String.init) ?? "nil")" }
  }

  /// The member figures of a page as "province metric value".
  func figureKeys(_ d: ExtractedDocument) -> [String] {
    d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }
  }

  /// A month written just before a day of it ("Cuối tháng 12 vừa rồi, ngày 27/12") is that
  /// day, which a posting in the next January dates to the year before.
  func testAMonthJustBeforeADayOfItIsThatDay() {
    XCTAssertEqual(dateKeys("Cuối tháng 12 vừa rồi, ngày 27/12, Liên hiệp hội tổ chức hội nghị."), ["27/12/nil"])
    XCTAssertEqual(dateKeys("Trong tháng 3/2024, ngày 12/3, hội thảo đã diễn ra."), ["12/3/2024"])
    // (a month and a day of another month stay two dates)
    XCTAssertEqual(dateKeys("Tháng 11 vừa qua, ngày 2/12 hội nghị mới diễn ra."), ["0/11/nil", "2/12/nil"])
    XCTAssertEqual(meetingKeys(readPage("""
      Lâm Đồng: bàn nhiệm vụ năm mới

      Cuối tháng 12 vừa rồi, ngày 27/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng đã tổ chức Hội nghị tổng kết công tác năm qua.
      """, published: FactDate(year: 2024, month: 1, day: 4))), ["2023-12-27 Lâm Đồng tong_ket"])
  }

  /// Other provinces' names in a venue's own name, or where a person works, place nothing.
  func testOtherPlacesInNamesAndWorkplaces() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nghệ An: hội thảo về thu hút trí thức

      Sáng 27/11/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức hội thảo tại hội trường Khách sạn Sài Gòn Kim Liên.
      """))[0], "2023-11-27 Nghệ An hoi_thao")
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh nhiệm kỳ 2020-2025

      Ngày 30/5/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Đại hội lần thứ III.

      Nhiệm kỳ qua, Liên hiệp hội đã kết nối nhiều trí thức quê hương đang làm việc tại Hà Nội và TP Hồ Chí Minh.
      """)), ["2020-05-30 Nam Định dai_hoi"])
  }

  /// A union in a list of guests after "có" ("…; cùng dự có đoàn đại biểu Liên hiệp hội tỉnh An
  /// Giang") holds nothing; one after "Với sự tham dự của …," still holds the event.
  func testAUnionInAGuestListAfterCo() {
    XCTAssertEqual(meetingKeys(readPage("""
      Kiên Giang: Đại hội Liên hiệp các hội khoa học và kỹ thuật nhiệm kỳ 2014 - 2019

      Ngày 12/5/2014, Đại hội có 170 đại biểu về dự, thay mặt cho hơn 16.000 hội viên; cùng dự có đoàn đại biểu Liên hiệp hội tỉnh An Giang.

      Nhiệm kỳ qua, Liên hiệp hội Kiên Giang đã thành lập mới 1 hội cấp tỉnh.
      """)), ["2014-05-12 Kiên Giang dai_hoi"])
  }

  /// "Liên hiệp … Việt Nam có 150 thành viên, gồm …" counts the union's member associations; a
  /// board's members ("Đoàn Chủ tịch … gồm 26 thành viên") are none.
  func testAUnionsBareCountOfMembers() {
    let d = readPage("""
      Hội thảo về tổ chức của Liên hiệp các hội khoa học và kỹ thuật khu vực miền Trung

      Tới thời điểm này, Liên hiệp các Hội KH&KT Việt Nam có 150 thành viên, gồm 63 liên hiệp và 87 hội chuyên ngành. Toàn hệ thống đã tập hợp được khoảng 2,8 triệu hội viên.
      """)
    XCTAssertEqual(figureKeys(d), ["nil hoi_thanh_vien 150", "nil hoi_vien 2800000"])
    XCTAssertEqual(figureKeys(readPage("""
      Hội nghị Hội đồng Trung ương Liên hiệp Hội Việt Nam

      Hội đồng Trung ương đã bầu Đoàn Chủ tịch khóa VIII của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam có 26 thành viên.
      """)), [])
  }

  /// A meeting's noun in capitals after "HỌP" is the meeting, not an association called "Hội
  /// Nghị …".
  func testAMeetingNounInCapitals() {
    XCTAssertEqual(meetingKeys(readPage("""
      BAN CHẤP HÀNH LIÊN HIỆP CÁC HỘI KHOA HỌC KỸ THUẬT TỈNH HỌP HỘI NGHỊ LẦN THỨ 14

      Bà Trần Thị Ngọc Thu được bầu giữ chức Phó Chủ tịch Liên hiệp Hội tỉnh Tây Ninh.
      """)), ["nil Tây Ninh ban_chap_hanh"])
  }

  /// When the lead names no meeting, a next paragraph whose meeting opens its clause after a
  /// fronted phrase ("Với chủ đề “…”, Đại hội … đã được tiến hành vào sáng nay (22/11)") gives
  /// the main event.
  func testAMeetingOpeningItsClauseAfterAFrontedPhrase() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tân Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật TP.HCM

      GS-TS Nguyễn Văn Phước chính thức trúng cử Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật Tp. HCM.

      Với chủ đề “Đoàn kết – Đổi mới – Phát triển”, Đại hội Đại biểu lần thứ VII của Liên hiệp các hội Khoa học và Kỹ thuật TPHCM đã được tiến hành vào sáng nay (22/11).
      """)), ["nil Hồ Chí Minh dai_hoi"])
  }

  /// A count of the union's first days ("Những ngày đầu, …", "…, khi Liên hiệp Hội mới tập hợp
  /// được 7 hội thành viên") is no figure of today's.
  func testACountOfTheUnionsFirstDays() {
    XCTAssertEqual(figureKeys(readPage("""
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh tổng kết năm 2017

      Ngày 15/1/2018, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh tổ chức hội nghị tổng kết.

      Những ngày đầu, Liên hiệp Hội chỉ có 5 hội thành viên. Đại hội lần thứ nhất diễn ra vào cuối năm 2007, khi Liên hiệp Hội mới tập hợp được 7 hội thành viên.
      """)), [])
  }

  /// Congresses named after "Sau" and listed with "và" are referred to; the one the clause then
  /// says was held in a month ("(năm 2005), tháng 9/2015 …") is a meeting of its own.
  func testAnEarlierCongressAfterReferredOnes() {
    XCTAssertEqual(dateKeys("Sau Đại hội lần thứ nhất (2005), tháng 9/2015 Liên hiệp hội tổ chức Đại hội."), ["0/9/2015"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng tổng kết năm 2023

      Ngày 20/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng tổ chức Hội nghị tổng kết công tác năm 2023.

      Sau Đại hội lần thứ nhất (năm 2005) và Đại hội lần thứ II (năm 2010), tháng 9/2015 Liên hiệp hội tổ chức Đại hội lần thứ III.
      """, published: FactDate(year: 2023, month: 12, day: 21))), ["2023-12-20 Cao Bằng tong_ket", "2015-09 Cao Bằng dai_hoi"])
  }

  /// Days and numbers written in words: "ngày hai mươi sáu tháng mười hai", "Mồng bảy tháng Mười
  /// Hai năm hai nghìn không trăm hai mươi mốt", "một trăm linh sáu", "hai vạn rưỡi".
  func testDaysAndNumbersInWords() {
    XCTAssertEqual(dateKeys("Sáng ngày hai mươi sáu tháng mười hai, đại hội khai mạc."), ["26/12/nil"])
    XCTAssertEqual(dateKeys("Mồng bảy tháng Mười Hai năm hai nghìn không trăm hai mươi mốt, đoàn làm việc."), ["7/12/2021"])
    XCTAssertEqual(dateKeys("Trong hai ngày mồng năm và mồng sáu tháng Một năm 2017, đại hội diễn ra."), ["5/1/2017"])
    XCTAssertEqual(NumberWords.numbers(in: FoldedText("một trăm linh sáu đại biểu")).map(\.value), [106])
    XCTAssertEqual(NumberWords.numbers(in: FoldedText("trên hai vạn rưỡi hội viên")).map(\.value), [25000])
    XCTAssertEqual(NumberWords.numbers(in: FoldedText("hai nghìn không trăm hai mươi ba")).map(\.value), [2023])
    XCTAssertEqual(meetingKeys(readPage("""
      Đoàn công tác Liên hiệp Hội Việt Nam làm việc tại Sơn La

      Mồng bảy tháng Mười Hai năm hai nghìn không trăm hai mươi mốt, Đoàn công tác của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã làm việc với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La.
      """)), ["2021-12-07 Sơn La lam_viec"])
  }

  /// An online meeting: its main point places it ("tại điểm cầu chính Hà Nội"), its other points
  /// do not ("tại các điểm cầu Hải Phòng, Đà Nẵng …"); a union attending online from its seat
  /// places the meeting there.
  func testOnlineMeetingsPoints() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội đồng Trung ương Liên hiệp Hội Việt Nam họp trực tiếp kết hợp trực tuyến

      Hội nghị Hội đồng Trung ương Liên hiệp Hội Việt Nam lần thứ 9 đã được Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tiến hành ngày 28/7/2023 theo hình thức trực tiếp kết hợp trực tuyến, tại điểm cầu chính Hà Nội, kết nối tới 63 điểm cầu; tại các điểm cầu Hải Phòng, Đà Nẵng, Cần Thơ, các ủy viên theo dõi và tham gia ý kiến.
      """)), ["2023-07-28 Hà Nội ban_chap_hanh"])
    var s = SourceInfo()
    s.url = "https://lienhiephoi.thuathienhue.gov.vn/tin-tuc/giao-ban"
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize("""
      Liên hiệp hội tỉnh tham gia giao ban trực tuyến toàn quốc

      Ngày 15/11/2021, Cơ quan Liên hiệp Hội dự hội nghị giao ban toàn quốc theo hình thức trực tuyến do Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức.
      """), sha256: "", source: s)
    XCTAssertEqual(meetingKeys(Extractor().extract(a)), ["2021-11-15 Thừa Thiên Huế giao_ban"])
  }

  /// A meeting's quoted title counts as one word between it and its day; a purpose clause after
  /// a place's dateline ("YênBái - Để chuẩn bị tổ chức Đại hội …,") names the meeting prepared,
  /// not the one held.
  func testAQuotedTitleAndAPurposeAfterADateline() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo về tư vấn, phản biện

      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã phối hợp cùng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức Hội thảo “Tư vấn, phản biện và giám định xã hội – Những vấn đề đặt ra trong thời gian tới” theo hình thức trực tiếp kết hợp trực tuyến, với điểm cầu chính tại thành phố Huế, ngày 12 tháng 10 năm 2023.
      """))[0], "2023-10-12 Thừa Thiên Huế hoi_thao")
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp các Hội khoa học kỹ thuật tỉnh Yên Bái sẽ được tổ chức trong tháng 11/2020

      YênBái - Để chuẩn bị tổ chức Đại hội nhiệm kỳ 2020 - 2025, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái đã họp Hội nghị lần thứ XII vào sáng 12/10/2020 theo hình thức trực tiếp kết hợp trực tuyến.
      """)), ["2020-10-12 Yên Bái ban_chap_hanh"])
  }

  /// A day told by its weekday against the posting date: "sáng thứ Ba vừa qua" (the latest
  /// Tuesday before), "chiều thứ Sáu tuần trước" (the Friday of the week before), "hôm thứ Hai
  /// đầu tuần này"; an ordinal ("lần thứ hai") is no day.
  func testAWeekdayAgainstThePostingDate() {
    let monday = FactDate(year: 2023, month: 12, day: 25)
    func day(_ text: String, _ posted: FactDate = monday) -> String? {
      RelativeWeekday.day(in: FoldedText(VietnameseText.normalize(text)), posted: posted)?.iso
    }
    XCTAssertEqual(RelativeWeekday.weekday(monday), 1)
    XCTAssertEqual(RelativeWeekday.weekday(FactDate(year: 2019, month: 12, day: 31)), 2)
    XCTAssertEqual(day("Chiều thứ Sáu tuần trước, hội nghị đã diễn ra."), "2023-12-22")
    XCTAssertEqual(day("Sáng thứ Ba vừa qua, Liên hiệp hội tổ chức hội nghị.", FactDate(year: 2020, month: 1, day: 2)), "2019-12-31")
    XCTAssertEqual(day("Hôm thứ Hai đầu tuần này, đại hội khai mạc.", FactDate(year: 2023, month: 12, day: 27)), "2023-12-25")
    XCTAssertEqual(day("Chủ nhật vừa rồi, hội thảo diễn ra."), "2023-12-24")
    XCTAssertNil(day("Đại hội lần thứ hai của Liên hiệp hội."))
    XCTAssertNil(day("Sáng thứ Hai (13/3), hội nghị diễn ra."))
    XCTAssertEqual(meetingKeys(readPage("""
      Long An: tổng kết hoạt động năm 2023

      Sáng thứ Sáu tuần trước, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An đã tổ chức Hội nghị tổng kết hoạt động năm 2023.
      """, published: monday)), ["2023-12-22 Long An tong_ket"])
  }

  /// An English date inside a Vietnamese sentence ("ngày Jan 25, 2019") is read; an English
  /// line's is left to the English reader.
  func testAnEnglishDateInAVietnameseSentence() {
    XCTAssertEqual(dateKeys("Hội nghị tổng kết (Year-end Review) đã diễn ra ngày Jan 25, 2019 tại Phú Thọ."), ["25/1/2019"])
    XCTAssertEqual(dateKeys("Wednesday, August 19, 2026"), [])
  }

  /// An average ("bình quân mỗi hội có 4 đến 5 đại biểu") is no total.
  func testAnAverageIsNoFigure() {
    XCTAssertEqual(figureKeys(readPage("""
      Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ II

      Tại Hà Nội, ngày 12/5/1988, Đại hội của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã diễn ra với trên 100 đại biểu tham dự, bình quân mỗi hội có 4 đến 5 đại biểu.
      """)), ["Hà Nội dai_bieu 100"])
  }

  /// Another body that holds its meeting in the union's hall ("Chiều cùng ngày, cũng tại hội
  /// trường này, Hội Liên hiệp Phụ nữ tỉnh tổ chức Hội nghị Ban Chấp hành …") holds it: the
  /// place words stand in a clause of their own.
  func testAnotherBodyAfterThePlaceClause() {
    XCTAssertEqual(meetingKeys(readPage("""
      Sóc Trăng: tổng kết năm 2015

      Sáng ngày 11/01/2016, tại Hội trường Sở Khoa học và Công nghệ, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật Sóc Trăng đã họp tổng kết hoạt động năm 2015.

      Chiều cùng ngày, cũng tại hội trường này, Hội Liên hiệp Phụ nữ tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 3, khóa IX.
      """)), ["2016-01-11 Sóc Trăng tong_ket"])
  }

  /// A main event told "Sáng hôm sau" (or "hai ngày sau đó", "Trước đó một ngày") takes its day
  /// from the day the sentence before it in the paragraph writes.
  func testADayToldFromTheSentenceBefore() {
    let anchor = FactDate(year: 2016, month: 12, day: 29)
    func day(_ text: String) -> String? {
      RelativeDay.day(in: FoldedText(VietnameseText.normalize(text)), before: 8, anchor: anchor)?.iso
    }
    XCTAssertEqual(day("Sáng hôm sau, tại hội nghị tổng kết …"), "2016-12-30")
    XCTAssertEqual(day("Hai ngày sau đó, hội thảo diễn ra."), "2016-12-31")
    XCTAssertEqual(day("Trước đó một ngày, đoàn đã làm việc."), "2016-12-28")
    XCTAssertEqual(day("Đúng một tuần sau, đoàn trở lại."), "2017-01-05")
    XCTAssertNil(day("Sau hội nghị, đoàn đi thăm cơ sở."))
    XCTAssertEqual(meetingKeys(readPage("""
      Thừa Thiên Huế: kết nạp hội thành viên mới

      Ngày 29/12/2016, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế ban hành hai quyết định kết nạp hội thành viên mới. Sáng hôm sau, tại hội nghị tổng kết hoạt động năm 2016 của Liên hiệp hội, Thường trực Liên hiệp hội đã công bố hai quyết định này.
      """))[0], "2016-12-30 Thừa Thiên Huế tong_ket")
  }
}
