@testable import VustaExtract
import VustaModel
import XCTest

/// The page's meeting named only in a caption, a photo line or a subheading (CaptionedMeeting,
/// thirty-fifth session). Each page is written for the test.
final class CaptionedMeetingTests: XCTestCase {
  /// The headline and the lead speak of the topic; the caption names the meeting; the lead's
  /// opening day and place date and place it.
  func testACaptionNamesTheLeadsEvent() {
    let text = """
      Chủ tịch Liên hiệp Hội: trí thức phải đi đầu trong đổi mới sáng tạo

      Chiều 15-5-2019, tại Hà Nội, những kết quả mà các hội thành viên đạt được trong năm qua đã được lãnh đạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình cùng nhìn lại.

      Hội nghị giao ban Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình quý II

      Tại hội nghị, các đại biểu thống nhất nhiều giải pháp cho 6 tháng cuối năm.
      """
    XCTAssertEqual(meetingKeys(readPage(text)), ["2019-05-15 Hà Nội giao_ban"])
    // (the lead with no act of its own: the caption's meeting, which records where it was read)
    let plain = text.replacingOccurrences(of: "cùng nhìn lại", with: "ghi nhận")
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(plain), sha256: "", source: SourceInfo())
    let d = Extractor.recordingAllReasons().extract(a)
    XCTAssertEqual(meetingKeys(d), ["2019-05-15 Hà Nội giao_ban"])
    XCTAssertEqual(d.meetings.first?.why?.contains("meeting named only in a caption"), true)
  }

  /// Lead-ins stack ("Ảnh: Đại biểu dự …"), and a union that holds it after the noun ("do Liên
  /// hiệp … tổ chức") outweighs a "của" of the topic ("kế hoạch của UBND tỉnh").
  func testACaptionWithLeadInsAndAHolderAfterTheNoun() {
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức hiến kế cho kế hoạch phát triển khoa học của tỉnh

      Sáng 11/11/2023, nhiều nhà khoa học đã cùng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định góp ý cho bản kế hoạch.

      Ảnh: Đại biểu dự Hội thảo góp ý kế hoạch của UBND tỉnh do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức

      Các ý kiến tập trung vào nguồn lực và cơ chế đặt hàng nhiệm vụ.
      """)), ["2023-11-11 Nam Định hoi_thao"])
  }

  /// A council meeting's caption with no day: the page's event as the picture under the lead, a
  /// review when it says so.
  func testAnUndatedCaptionUnderTheLead() {
    XCTAssertEqual(meetingKeys(readPage("""
      Một năm nhiều dấu ấn của trí thức Sóc Trăng

      Năm 2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng hoàn thành các chỉ tiêu đề ra dù còn nhiều khó khăn.

      HỘI NGHỊ TỔNG KẾT HOẠT ĐỘNG NĂM 2022 CỦA BAN CHẤP HÀNH LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SÓC TRĂNG

      Các hội thành viên đã tổ chức nhiều lớp phổ biến kiến thức cho nông dân.
      """)), ["nil Sóc Trăng tong_ket"])
  }

  /// Not a meeting: a feature's photo of some council meeting further down, with no day and no
  /// meeting of its kind in the text (only a list of other activities); another body's meeting;
  /// a caption that closes with a stop in the middle of prose.
  func testCaptionsThatAreNoEvent() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Kon Tum: đẩy mạnh phổ biến kiến thức

      Trong nhiệm kỳ 2017-2022, Liên hiệp Hội tỉnh Kon Tum đã kết nạp thêm 04 hội thành viên mới.

      Liên hiệp hội đã cụ thể hóa qua các hoạt động hội thảo, tọa đàm, tập huấn phổ biến kiến thức.

      Hội nghị Ban Chấp hành Liên hiệp Hội tỉnh lần thứ X (khóa III)

      Suốt nhiệm kỳ qua, Liên hiệp hội đã tham gia nhiều hội đồng thẩm định của tỉnh.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức Lâm Đồng góp sức xây dựng quê hương

      Sáng 12/3/2024, các nhà khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng đã trình bày nhiều kiến nghị.

      Quang cảnh Hội nghị tổng kết công tác năm 2023 của Tỉnh ủy Lâm Đồng

      Các kiến nghị được ghi nhận để nghiên cứu.
      """)), [])
  }

  /// The lead tells the event by its acts with the council as subject; the caption names its
  /// kind (a review).
  func testACaptionNamesTheKindOfAnActToldLead() {
    XCTAssertEqual(meetingKeys(readPage("""
      An Giang: Liên hiệp Hội góp ý, phản biện 03 đề án trong năm 2019

      Ngày 15/01/2020, những việc Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang làm được trong năm 2019 đã được các ủy viên Ban Chấp hành cùng nhau xem xét.

      Hội nghị Ban Chấp hành tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020 của Liên hiệp Hội tỉnh An Giang

      Báo cáo tại hội nghị điểm lại các hoạt động nổi bật.
      """)), ["2020-01-15 An Giang tong_ket"])
  }

  /// A subheading that opens with a slogan or a question, the meeting's name after it; "Hình:"
  /// and a broken picture's ".jpg)" before a caption; the day that opens the second paragraph
  /// under a one-line summary.
  func testOtherCaptionForms() {
    XCTAssertEqual(meetingKeys(readPage("""
      Làng nghề Cà Mau cần lối ra để phát triển bền vững

      Làm thế nào để khôi phục làng nghề theo hướng bền vững là câu hỏi mà các nhà khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cà Mau đặt ra.

      Bảo tồn làng nghề bằng cách nào? Hội thảo khoa học “Làng nghề ở Cà Mau - thực trạng và giải pháp”

      Toàn tỉnh hiện có 37 làng nghề còn hoạt động.
      """)), ["nil Cà Mau hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội Thái Bình biểu dương 05 tập thể và 03 cá nhân

      05 tập thể và 03 cá nhân được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình biểu dương vì thành tích nổi bật.

      Vào chiều ngày 25/01/2018, những tập thể, cá nhân tiêu biểu của phong trào Hội năm 2017 đã được khen thưởng.

      Hình: Hội nghị tổng kết công tác Hội năm 2017 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình

      Trong cả năm 2017, vai trò tập hợp của Liên hiệp Hội được phát huy.
      """)), ["2018-01-25 Thái Bình tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đưa tiến bộ kỹ thuật đến với nông dân

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa đẩy mạnh phổ biến kiến thức cho nông dân.

      .jpg) (Buổi làm việc giữa Thường trực Liên hiệp hội với lãnh đạo Trường Đại học Hồng Đức)

      Các bên thống nhất phối hợp trong năm tới.
      """)), ["nil Thanh Hóa lam_viec"])
  }

  /// A schedule's row ("- 7h30: Hội nghị …") and an earlier step in the second paragraph
  /// ("Trước đó, ngày 16/5, …") give no caption's meeting and no day.
  func testScheduleRowsAndEarlierStepsAreNoCaptionsDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lịch công tác tuần 28 năm 2020 của Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk

      Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk thông báo lịch công tác tuần 28.

      - 7h30: Hội nghị Ban chấp hành mở rộng lần thứ 8 của Liên hiệp Hội: sơ kết hoạt động 6 tháng đầu năm

      - 14h00: Tiếp khách tại cơ quan.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức Quảng Ngãi góp ý đề án kinh tế biển

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi đã lắng nghe ý kiến của nhiều chuyên gia về đề án.

      Trước đó, ngày 16/5/2016, Liên hiệp Hội đã gửi văn bản kèm dự thảo tới các chuyên gia.

      Hình: Hội thảo góp ý đề án phát triển kinh tế biển do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi tổ chức

      Quảng Ngãi có 130 km bờ biển.
      """)).filter { $0.hasPrefix("2016-05-16") }, [])
  }

  /// A subheading that opens with the union and tells its act; a caption that names the people
  /// first and the meeting after "tại" (the person's union a title, not the holder), dated by the
  /// lead's one day wherever it stands.
  func testUnionFirstSubheadingsAndPeopleFirstCaptions() {
    XCTAssertEqual(meetingKeys(readPage("""
      Phát huy vai trò của đội ngũ trí thức trong phát triển kinh tế - xã hội

      Những năm gần đây, đội ngũ trí thức Thái Bình đã đóng góp đáng kể trên mọi lĩnh vực.

      Liên hiệp các hội khoa học và kỹ thuật Thái Bình sơ kết công tác 6 tháng đầu năm 2020

      Kể từ đầu năm tới nay, Liên hiệp hội cùng các hội thành viên đã triển khai nhiều hoạt động.
      """, published: FactDate(year: 2020, month: 7, day: 7))), ["nil Thái Bình tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đắk Lắk: hai mươi năm một chặng đường

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk, ngày 27/10/2021, đã trang trọng mừng tròn 20 năm ngày thành lập.

      TSKH. Phan Xuân Dũng – Chủ tịch Liên hiệp hội Việt Nam phát biểu tại hội nghị

      Sau 20 năm, tổ chức của Liên hiệp hội đã lớn mạnh rõ rệt.
      """)), ["2021-10-27 Đắk Lắk khac"])
    // (not what a contest's subheading tells, nor one planned)
    XCTAssertEqual(meetingKeys(readPage("""
      Phát huy vai trò của đội ngũ trí thức

      Những năm gần đây, đội ngũ trí thức Thái Bình đã đóng góp đáng kể trên mọi lĩnh vực.

      Liên hiệp các hội khoa học và kỹ thuật Thái Bình sẽ tổng kết Hội thi sáng tạo kỹ thuật lần thứ 10

      Kể từ đầu năm tới nay, Liên hiệp hội cùng các hội thành viên đã triển khai nhiều hoạt động.
      """, published: FactDate(year: 2020, month: 7, day: 7))), [])
  }
}
