@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets ya, yb, yc, yd, ye, yf, yg, yh, yi and ym, thirtieth session.
final class RulesFromWordingSetsYaToYiTests: XCTestCase {
  /// The dates of a text as "day/month/year" ("nil" for a year not written).
  func dateKeys(_ text: String) -> [String] {
    DateReader.mentions(in: FoldedText(VietnameseText.normalize(text))).map { "\($0.day ?? 0)/\($0.month)/\($0.year.map(String.init) ?? "nil")" }
  }

  /// A lunar day ("ngày 26 tháng Chạp năm Kỷ Hợi") and a holiday's day in brackets after its
  /// name ("Tết Nguyên đán Canh Tý (25/1/2020)") date no event; the solar day after "tức" does.
  func testLunarDaysAndHolidaysDateNothing() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bắc Ninh: Liên hiệp hội tổng kết năm 2019

      Ngày 26 tháng Chạp năm Kỷ Hợi (tức ngày 20/1/2020), chỉ năm ngày trước Tết Nguyên đán Canh Tý (25/1/2020), Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh đã tổ chức hội nghị tổng kết công tác năm 2019.
      """)), ["2020-01-20 Bắc Ninh tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Khánh Hòa: Liên hiệp hội xác định nhiệm vụ năm 2026

      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa đã họp vào sáng 22-1 để tổng kết công tác năm 2025, khi chỉ còn chưa đầy một tháng nữa là đến Tết Nguyên đán Bính Ngọ (17/2/2026).
      """)), ["2026-01-22 Khánh Hòa tong_ket"])
    XCTAssertEqual(dateKeys("Ngày 15/8 âm lịch, mọi người về quê."), [])
    XCTAssertEqual(dateKeys("Nhân Ngày Khoa học và Công nghệ Việt Nam (18/5), hội thảo diễn ra ngày 17/5/2019."), ["17/5/2019"])
    // (a day with its own cue in the bracket is the event's: "(ngày 22/3/2013, tại Nhà hát lớn)")
    XCTAssertEqual(dateKeys("Lễ kỷ niệm 30 năm ngày thành lập (ngày 22/3/2013, tại Nhà hát lớn Hà Nội)."), ["22/3/2013"])
    // (nor a headline's posting stamp: "(18/05/2020, 20:21)")
    XCTAssertEqual(dateKeys("Tọa đàm nhân Ngày Khoa học và Công nghệ Việt Nam (18/05/2020, 20:21)"), ["18/5/2020"])
  }

  /// The end of an anniversary span in the lead's first words is no dateline: the page stays
  /// undated, the meeting keeps its day.
  func testAnAnniversarySpanIsNoDateline() {
    let d = readPage("""
      VUSTA tổng kết hoạt động năm 2025

      Ít ngày sau dịp kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2025) và ngay trước thềm năm mới, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức tại Hà Nội, vào ngày 26/12/2025, Hội nghị Tổng kết hoạt động năm 2025.
      """)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["2025-12-26 Hà Nội tong_ket"])
  }

  /// A page's own correction puts its facts right: a day, a province.
  func testACorrectionNotePutsTheFactsRight() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Tiền Giang kỷ niệm 10 năm thành lập

      Tại Hội trường Tỉnh ủy, ngày 25/5/2015, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tổ chức Lễ kỷ niệm 10 năm ngày thành lập.

      Đính chính: Lễ kỷ niệm 10 năm ngày thành lập Liên hiệp Hội Tiền Giang diễn ra ngày 26/5/2015, không phải ngày 25/5/2015 như bài viết đã đưa. Ban biên tập xin cáo lỗi cùng bạn đọc.
      """)), ["2015-05-26 Tiền Giang khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Giao ban Liên hiệp hội các tỉnh miền Trung tại Quảng Ngãi

      Ngày 20/10/2015, tại tỉnh Quảng Ngãi, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức Hội nghị giao ban Liên hiệp hội các tỉnh miền Trung.

      Ghi chú: Tiêu đề và đoạn mở đầu của bài viết ghi nhầm địa điểm là tỉnh Quảng Ngãi. Hội nghị giao ban được tổ chức tại tỉnh Quảng Trị. Ban biên tập xin đính chính.
      """)), ["2015-10-20 Quảng Trị giao_ban"])
    // ("quyết định chính sách" folds like "đính chính": no note)
    XCTAssertFalse(CorrectionNote.isNote(FoldedText("Hội thảo góp ý dự thảo Nghị quyết quyết định chính sách hỗ trợ hợp tác xã.")))
  }

  /// Figures in printed forms: the number said again in words, millions and thousands, a
  /// count of all of them; "nay" opening the clause after the first days' count is now.
  func testFiguresInPrintedForms() {
    let d = readPage("""
      Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên

      Ngày 5/6/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên tổ chức Đại hội lần thứ IV. Về dự đại hội có 114 (một trăm mười bốn) đại biểu. Từ 3 hội thành viên buổi đầu, nay Liên hiệp hội có 30 (ba mươi) hội thành viên, tập hợp 2 triệu 200 nghìn hội viên.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["dai_bieu 114", "hoi_thanh_vien 30", "hoi_vien 2200000"])
    let all = NumberReader.numbers(in: FoldedText("Hiện 47/47 hội thành viên đều hoạt động, 40/47 hội đã đại hội."))
    XCTAssertEqual(all.map(\.value), [47])
  }

  /// An occasion clause after the meeting's name ("…, hướng về dịp kỷ niệm … thăm và làm việc
  /// …") gives it no kind and names no second event.
  func testAnOccasionAfterTheMeetingsName() {
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức đất Cảng tọa đàm “Bác Hồ với Hải Phòng”

      Sáng 20/10/2021, Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng đã tổ chức một buổi Tọa đàm khoa học, hướng về dịp kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh lần đầu về thăm và làm việc với Đảng bộ, nhân dân thành phố Cảng (20/10/1946-20/10/2021).
      """)), ["2021-10-20 Hải Phòng hoi_thao"])
  }

  /// Days written with slips and odd orders.
  func testDaysWithSlipsAndOddOrders() {
    XCTAssertEqual(dateKeys("Ngày 21-VIII-2018, đại hội khai mạc."), ["21/8/2018"])
    XCTAssertEqual(dateKeys("Ngày 1983.03.26 và ngày 2023/12/21."), ["26/3/1983", "21/12/2023"])
    XCTAssertEqual(dateKeys("Sáng 17 / 9 / 2011, hội thảo diễn ra."), ["17/9/2011"])
    XCTAssertEqual(dateKeys("Trong hai ngày 24 và 25.12-2020, đại hội diễn ra."), ["24/12/2020"])
    // (a spaced slash without a year is no date: "1 / 3 số trí thức")
    XCTAssertEqual(dateKeys("Có 1 / 3 số trí thức tham gia."), [])
  }

  /// A meeting the union holds abroad is in no province; "Lào Cai", "Lao động", "xã Đức Long"
  /// stay Vietnamese.
  func testAMeetingAbroadIsInNoProvince() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội An Giang làm việc với đoàn công tác

      Trong hai ngày 25-26/5/2017, đoàn công tác của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam làm việc với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang.

      Thường trực cũng thông tin về chuyến công tác nước bạn vừa qua: ngày 12/5/2017, tại thị xã Đôn Kéo, tỉnh Takeo (Campuchia), Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang đã có buổi làm việc với Sở Nông nghiệp tỉnh Takeo.
      """)), ["2017-05-25 An Giang lam_viec", "2017-05-12 nil lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội Việt Nam

      Ngày 2/6/2015, Đại hội đại biểu toàn quốc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ VII đã diễn ra tại Cung Văn hóa Lao động Hữu nghị Việt - Xô (Hà Nội).
      """)), ["2015-06-02 Hà Nội dai_hoi"])
  }

  /// Regional round-ups: a ";" list of events each with its own day, a province opening its
  /// clause as the subject, sessions "lần lượt" on listed days paired with the provinces named,
  /// a headline naming several provinces bare, a month before a colon and a day of it after.
  func testRegionalRoundUps() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội các địa phương khép lại năm 2019

      Hai tuần cuối năm 2019, Liên hiệp hội nhiều tỉnh tổ chức các sự kiện quan trọng, trong đó: Tuyên Quang tiến hành Đại hội đại biểu lần thứ II ngày 18/12/2019; Bình Định họp Ban Chấp hành lần thứ 3, khóa V vào sáng 26/12/2019; Bình Thuận tổng kết hoạt động năm vào sáng 31/12/2019.
      """)).prefix(2), ["2019-12-18 Tuyên Quang dai_hoi", "2019-12-26 Bình Định ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hoạt động Liên hiệp hội các địa phương tháng 7

      Liên hiệp hội các tỉnh Đắk Lắk, Quảng Nam và Hà Giang lần lượt tổ chức hội nghị sơ kết công tác 6 tháng đầu năm vào các ngày 8, 13 và 28/7/2020.
      """)), ["2020-07-08 Đắk Lắk tong_ket", "2020-07-13 Quảng Nam tong_ket", "2020-07-28 Hà Giang tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Giữa tháng 3/2021: Hòa Bình, Quảng Nam đại hội, Lạng Sơn hội thảo

      Giữa tháng 3/2021, hoạt động của Liên hiệp hội các địa phương diễn ra dồn dập: ngày 14/3, Liên hiệp Hội Lạng Sơn tổ chức hội thảo khoa học về cuộc khởi nghĩa Hoàng Đình Kinh; ngày 17/3, Liên hiệp Hội Hòa Bình tiến hành Đại hội đại biểu lần thứ IV.
      """)).first, "2021-03-14 Lạng Sơn hoi_thao")
    // (a list of documents and their days stays one sentence)
    XCTAssertEqual(SentenceSplitter.split(FoldedText("Căn cứ Quyết định số 1795/QĐ-TTg ký ngày 21/10/2015; Quyết định số 14/2014/QĐ-TTg ban hành ngày 14/2/2014.")).count, 1)
  }

  /// A round-up's figures count the province of their paragraph's event.
  func testARoundUpsFiguresCountTheirParagraphsProvince() {
    let d = readPage("""
      Cà Mau, Đồng Tháp đánh giá hoạt động năm 2018

      Tháng 1/2019, Liên hiệp hội hai tỉnh Cà Mau và Đồng Tháp lần lượt tổ chức hội nghị đánh giá hoạt động năm 2018: tại Cà Mau là hội nghị tổng kết diễn ra sáng 9/1/2019, còn ở Đồng Tháp là hội nghị Ban chấp hành họp ngày 17/1/2019.

      Ở Đồng Tháp, hội nghị Ban chấp hành lần thứ 8 khóa IV của Liên Hiệp các Hội Khoa học và Kỹ thuật tỉnh được tổ chức ngày 17/1/2019. Suốt năm 2018, Liên hiệp hội duy trì 22 Hội thành viên; tổng số hội viên đã lên 35.577.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" },
                   ["Đồng Tháp hoi_thanh_vien 22", "Đồng Tháp hoi_vien 35577"])
  }

  /// "Cũng ngày 22/12/2020, …" is "also on" the day it writes, not the same day as the meeting
  /// before it.
  func testAlsoOnADayIsThatDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội hai tỉnh đại hội

      Ngày 21/12/2020, tại thành phố Sơn La, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La tiến hành Đại hội đại biểu lần thứ III.

      Cũng ngày 22/12/2020, tại Cao Bằng, Đại hội đại biểu lần thứ IV của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh được tổ chức trọng thể.
      """)), ["2020-12-21 Sơn La dai_hoi", "2020-12-22 Cao Bằng dai_hoi"])
  }

  /// A span's first day takes its last day's year: across an opening and a closing ("Khai mạc
  /// sáng 30/10 và bế mạc chiều 1/11/2015"), and across the new year the year before.
  func testASpansFirstDayTakesItsYear() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo tư vấn phản biện

      Khai mạc sáng 30/10 và bế mạc chiều 1/11/2015, hội thảo “Nâng cao năng lực tư vấn, phản biện” do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức đã quy tụ 70 đại biểu.
      """)), ["2015-10-30 Thừa Thiên Huế hoi_thao"])
    XCTAssertEqual(dateKeys("Từ ngày 28/12 đến ngày 3/1/2023, hội chợ diễn ra."), ["28/12/2022", "3/1/2023"])
  }
}
