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
}
