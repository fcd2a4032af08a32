@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qc (Vietnamese without diacritics), qd (a saved office
/// e-mail) and qe (OCR of a scan), and qx's menu of middle dots, twenty-second session.
final class RulesFromWordingSetsQcToQeTests: XCTestCase {
  /// A forwarded e-mail: its header, the colleague's note and the signature are no article; the
  /// quoted text is, its quote marks gone.
  func testASavedEmailsArticle() {
    let quoted = """
      ---------- Forwarded message ---------
      Từ: Văn phòng Liên hiệp hội <vanphong@lienhiephoi.org.vn>
      Ngày: Thứ Năm, 16 thg 4, 2015 lúc 08:30
      Tiêu đề: Fwd: Tin hoạt động – hội nghị tổng kết
      Đến: Ban Tuyên truyền <tuyentruyen@lienhiephoi.org.vn>

      Anh/chị xem tin dưới đây để đưa vào báo cáo năm nhé. Hội nghị năm ngoái cũng đã đưa tin.

      > Liên hiệp hội tỉnh Nam Định tổng kết năm 2014
      >
      > Ngày 15-1-2015, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2014.
      >
      > Hội nghị có 120 đại biểu tham dự.

      --
      Trân trọng,
      Đỗ Thanh Tâm
      ĐT: 0904.123.456
      """
    let article = EmailMessage.article(in: quoted)
    XCTAssertNotNil(article)
    XCTAssertFalse(article!.contains("Anh/chị xem tin"))
    XCTAssertFalse(article!.contains("Tiêu đề"))
    XCTAssertTrue(article!.contains("\nNgày 15-1-2015, Liên hiệp"))
    let d = readPage(quoted)
    XCTAssertEqual(meetingKeys(d), ["2015-01-15 Nam Định tong_ket"])
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["dai_bieu 120"])
    // without quote marks: the article after "Nội dung tin:", the signature cut
    let labelled = """
      Từ: Văn phòng <vp@lhh.vn>
      Tiêu đề: Tin hoạt động
      Chào anh/chị, anh/chị xem tin dưới đây nhé.
      Nội dung tin:
      Liên hiệp hội tỉnh Nam Định tổng kết năm 2014
      Ngày 15-1-2015, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức hội nghị tổng kết.
      Hội nghị đã thành công tốt đẹp.
      Trân trọng,
      Nguyễn Văn A
      """
    XCTAssertEqual(EmailMessage.article(in: labelled), """
      Liên hiệp hội tỉnh Nam Định tổng kết năm 2014
      Ngày 15-1-2015, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức hội nghị tổng kết.
      Hội nghị đã thành công tốt đẹp.
      """)
    // counter-cases: a report's record ("Ngày: …", "Thời gian: …") and one "Từ:" are no e-mail
    XCTAssertNil(EmailMessage.article(in: "Báo cáo nhanh\nNgày: 15/1/2015\nTừ: 8 giờ đến 11 giờ\nĐịa điểm: Nam Định\nNội dung: tổng kết năm"))
    XCTAssertNil(EmailMessage.article(in: "Hội nghị tổng kết\nTừ: ngày 15 đến 16/1/2015, Liên hiệp hội họp."))
  }

  /// A menu parted by middle dots is a site's line, never the page's headline.
  func testAMenuOfMiddleDots() {
    XCTAssertTrue(MainText.isSiteLine(FoldedText("Trang chủ · Chính trị · Kinh tế · Xã hội · Du lịch · Biển đảo")))
    XCTAssertTrue(MainText.isMenu(FoldedText("Trang chủ · Chính trị · Kinh tế · Xã hội")))
    XCTAssertFalse(MainText.isSiteLine(FoldedText("Hội nghị điển hình tiên tiến giai đoạn 2016 - 2020")))
  }
  /// A scan's text wrapped at about 62 characters under a site's address line of 120 and beside
  /// a caption of 82 (two lines in fifteen): the width is the wrap's, not the longest line's, and the lines are joined
  /// where the next opens with a capital ("… có đồng chí\nNguyễn Trung Thảo …").
  func testAWrapWidthBesideFurniture() {
    let page = """
      Liên hiệp các hội khoa học và kỹ thuật tỉnh Cao Bằng - Trụ sở: số 5 đường Hoàng Đình Giong - Điện thoại: 0206.3852.000
      Diễn đàn trí thức chào xuân 2018

      Diễn đàn trí thức chào đón xuân Mậu Tuất do Liên hiệp các hội
      Khoa học và Kỹ thuật tỉnh Cao Bằng tổ chức ngày 15 tháng 3 năm
      2018 tại thành phố Cao Bằng. Tới dự diễn đàn có đồng chí
      Nguyễn Trung Thảo - Phó Chủ tịch UBND tỉnh cùng đại diện lãnh
      đạo một số sở, ngành và các hội viên của Câu lạc bộ trí thức.

      | Phát biểu ý kiến tại diễn đàn là đ/c Nguyễn Trung Thảo - Phó Chủ tịch UBND tỉnh.

      Trong năm 2017, nhiều hoạt động do Liên hiệp hội và Câu lạc
      bộ trí thức tổ chức đã có sự tham gia hăng hái của hội viên,
      trong đó có việc học tập các Chỉ thị, Nghị quyết của Đảng và
      chính sách pháp luật của Nhà nước trong các buổi sinh hoạt.

      Ở phần giao lưu, các đại biểu và hội viên Câu lạc bộ đã trao
      đổi kinh nghiệm thực tế trên từng lĩnh vực công tác, góp ý
      cho hoạt động của Câu lạc bộ trong năm mới, đề xuất nhiều ý
      tưởng về tư vấn, phản biện và giám định xã hội ở địa phương.
      """
    let text = MainText.unwrapped(page)
    XCTAssertTrue(text.contains("có đồng chí Nguyễn Trung Thảo"), text)
    XCTAssertTrue(text.contains("tháng 3 năm 2018 tại"), text)
    // the address line and the caption are kept whole, each its own line
    XCTAssertTrue(text.contains("0206.3852.000\nDiễn đàn"), text)
    XCTAssertTrue(text.contains("UBND tỉnh.\n\nTrong năm 2017"), text)
    XCTAssertEqual(meetingKeys(readPage(page)), ["2018-03-15 Cao Bằng hoi_thao"])
    // a text of whole paragraphs, many longer than 100 characters, is no wrap
    let whole = String(repeating: "Liên hiệp hội tỉnh đã tổ chức nhiều hoạt động thiết thực trong năm, được các hội thành viên hưởng ứng tích cực và có hiệu quả.\n", count: 5)
      + String(repeating: "Các hội thành viên đã phối hợp chặt chẽ với Liên hiệp hội trong năm\nqua.\n", count: 6)
    XCTAssertEqual(Array(whole.utf8).withUnsafeBufferPointer { MainText.wrapWidth($0) }, 0)
  }
  /// A headline over a lead typed all in lower case (no marks, no capitals) is not joined to
  /// it: the lead is a paragraph far longer than the headline, no wrap of it; a hard-wrapped
  /// line going on in lower case still is.
  func testALowerCaseLeadIsNoWrapOfTheHeadline() {
    let page = """
      Binh Dinh: Lien hiep Hoi hop Ban Chap hanh, so ket 6 thang dau nam 2024
      hoi nghi ban chap hanh lien hiep hoi lan thu 15 da duoc lien hiep cac hoi khoa hoc va ky thuat binh dinh tien hanh ngay 28-6-2024 tai thanh pho quy nhon.
      """
    XCTAssertEqual(MainText.unwrapped(page), page)
    let wrapped = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã\ntổ chức hội nghị sơ kết."
    XCTAssertEqual(MainText.unwrapped(wrapped), "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã tổ chức hội nghị sơ kết.")
  }
  /// A headline that names the Ban Chấp hành and a review ("… hop Ban Chap hanh, so ket 6 thang
  /// dau nam 2024") makes its council meeting a review, even typed without marks; a year's look
  /// back over a council meeting of March does not.
  func testAHeadlineNamingTheCouncilAndAReview() {
    let page = """
      Binh Dinh: Lien hiep Hoi hop Ban Chap hanh, so ket 6 thang dau nam 2024

      hoi nghi ban chap hanh lien hiep hoi lan thu 15, khoa v (2018-2025) da duoc lien hiep cac hoi khoa hoc va ky thuat binh dinh (lhh) tien hanh ngay 28-6-2024 tai thanh pho quy nhon.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2024-06-28 Bình Định tong_ket"])
    let lookBack = """
      Liên hiệp hội tỉnh Thái Bình: Nhìn lại một năm nhiều dấu ấn

      Ngày 18/3/2024, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức hội nghị lần thứ 8, khóa IV, cho ý kiến vào chương trình công tác năm.
      """
    XCTAssertEqual(meetingKeys(readPage(lookBack)), ["2024-03-18 Thái Bình ban_chap_hanh"])
  }
  /// A narrow column copied from a newspaper's PDF (lines of 38–50 characters, a running header
  /// of 60 and more inside a paragraph): the lines of a paragraph are joined at the column's
  /// width, as a wider wrap's are.
  func testANarrowColumnIsUnwrapped() {
    let page = """
      LIÊN HIỆP HỘI TỈNH LẠNG SƠN TỔNG KẾT
      CÔNG TÁC NĂM 2016

      Ngày 14 tháng 1 năm 2017, Liên hiệp các Hội
      Khoa học và Kỹ thuật tỉnh Lạng Sơn đã tổ chức
      Hội nghị tổng kết công tác năm 2016 và triển
      khai nhiệm vụ năm 2017 tại thành phố Lạng Sơn.
      Tham dự hội nghị có đại diện lãnh đạo Ban
      Tuyên giáo Tỉnh ủy, Sở Khoa học và Công nghệ,
      BÁO LẠNG SƠN · Số 5.870 · Thứ Hai, 16/1/2017 · Trang 3
      Sở Nội vụ cùng Chủ tịch các hội thành viên
      của Liên hiệp hội trên địa bàn tỉnh. Năm 2016
      Liên hiệp hội đã kết nạp thêm hai hội thành
      viên mới, nâng tổng số lên mười tám hội.
      """
    let text = MainText.unwrapped(page)
    XCTAssertTrue(text.contains("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn đã tổ chức Hội nghị tổng kết"), text)
    XCTAssertEqual(meetingKeys(readPage(page)), ["2017-01-14 Lạng Sơn tong_ket"])
  }
  /// A headline set over two lines, cut after its colon ("… giao ban năm 2025:" / "đổi mới hoạt
  /// động, …"), under a section's name: one line; a colon over a list's entries further down the
  /// page is not joined.
  func testAHeadlineCutAfterItsColon() {
    let page = "Chuyển động số\n\nHội KH&KT ngành toàn quốc giao ban năm 2025:\nđổi mới hoạt động, phối hợp hiệu quả hơn\n\nThế Kiên"
    XCTAssertEqual(MainText.unwrapped(page), "Chuyển động số\n\nHội KH&KT ngành toàn quốc giao ban năm 2025: đổi mới hoạt động, phối hợp hiệu quả hơn\n\nThế Kiên")
    let far = String(repeating: "Liên hiệp hội đã tổ chức nhiều hoạt động thiết thực trong năm qua.\n", count: 6) + "Kết quả gồm:\nhai hội thảo khoa học"
    XCTAssertEqual(MainText.unwrapped(far), far)
  }
}
