@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from meetings the real development part still missed, thirty-fourth session. Each
/// page is written for the test.
final class RulesFromRealMissesTests: XCTestCase {
  /// A union's "about" page lists its congresses one per line with their days, in any order and
  /// with a list's marks: each is a meeting of the page's union (HistoryLine).
  func testAHistorysLinesAreMeetings() {
    XCTAssertEqual(meetingKeys(readPage("""
      Chức năng, nhiệm vụ

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tây Ninh là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ tỉnh Tây Ninh.

      Đại hội lần thứ nhất ngày 14/8/2003

      Đại hội đại biểu lần II: tổ chức ngày 9 tháng 6 năm 2009

      Liên hiệp hội có các chức năng sau: tập hợp, đoàn kết đội ngũ trí thức.
      """)), ["2003-08-14 Tây Ninh dai_hoi", "2009-06-09 Tây Ninh dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Phú Thọ nhìn lại năm 2018

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ vừa khép lại một năm công tác với nhiều kết quả.

      Các mốc hoạt động trong năm

      Ngày 12/7/2018: Hội nghị sơ kết công tác 6 tháng đầu năm 2018

      18/10/2018 — Hội nghị Ban Chấp hành Liên hiệp hội mở rộng

      Đại hội lần thứ II, nhiệm kỳ 2003 – 2008: 18.4.2003

      Năm 2019, Liên hiệp hội tiếp tục đổi mới nội dung, phương thức hoạt động.
      """)), ["2018-07-12 Phú Thọ tong_ket", "2018-10-18 Phú Thọ ban_chap_hanh", "2003-04-18 Phú Thọ dai_hoi"])
    // (not a member association's, not one to come, not one named apart from its day)
    XCTAssertEqual(meetingKeys(readPage("""
      Chức năng, nhiệm vụ

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tây Ninh là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ tỉnh Tây Ninh.

      Đại hội Hội Làm vườn tỉnh lần thứ hai ngày 9/6/2009

      Đại hội lần thứ ba sẽ diễn ra ngày 20/7/2026

      Đại hội lần thứ nhất đã bầu Ban Chấp hành. Ngày 14/8/2003 là một dấu mốc.

      Liên hiệp hội có các chức năng sau: tập hợp, đoàn kết đội ngũ trí thức.
      """, published: FactDate(year: 2026, month: 3, day: 1))), [])
  }

  /// A meeting named by what it adopted, with its day, in another meeting's sentence: held that
  /// day (AdoptedOnItsDay).
  func testAMeetingThatAdoptedATextOnItsDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành họp phiên thứ hai

      Ngày 26/11/2021, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ đã họp phiên thứ hai.

      Mở đầu cuộc họp, Chủ tịch Liên hiệp Hội Cần Thơ mời các thành viên quyết tâm thực hiện Nghị quyết đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ mà Đại hội đã thông qua vào ngày 21/10/2021.
      """)), ["2021-11-26 Cần Thơ ban_chap_hanh", "2021-10-21 Cần Thơ dai_hoi"])
    // (not a member association's congress, not a text to be adopted)
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành họp phiên thứ hai

      Ngày 26/11/2021, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ đã họp phiên thứ hai.

      Liên hiệp Hội Cần Thơ giúp Hội Làm vườn thực hiện nghị quyết mà Đại hội Hội Làm vườn đã thông qua ngày 12/10/2021.

      Quy chế mới của Liên hiệp Hội Cần Thơ sẽ được Hội nghị thông qua ngày 20/12/2021.
      """, published: FactDate(year: 2021, month: 11, day: 27))), ["2021-11-26 Cần Thơ ban_chap_hanh"])
  }

  /// A review or acceptance session told by its act and its day, no meeting noun
  /// (ReviewSession).
  func testAReviewSessionToldByItsAct() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội được giao phản biện thêm đề án

      UBND tỉnh Phú Yên vừa giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên phản biện hai đề án năm 2020: đề án tái cơ cấu ngành nông nghiệp (Liên hiệp Hội đã tổ chức phản biện ngày 13-3-2020) và đề án quản lý hạn hán.
      """, published: FactDate(year: 2020, month: 3, day: 26))), ["2020-03-13 Phú Yên khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Nghiệm thu đề tài về cây cà phê

      Ngày 14/11/2025, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức nghiệm thu đề tài tư vấn chính sách phát triển cây cà phê ở Sơn La.
      """)), ["2025-11-14 Hà Nội khac"])
    // (read by its parts: the day apart from the act, the act after "đưa … ra")
    XCTAssertEqual(meetingKeys(readPage("""
      Lấy ý kiến về đề án kinh tế tập thể

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Nông, ngày 19/7/2022, đã cùng Sở Nông nghiệp và Phát triển nông thôn đưa đề án nói trên ra lấy ý kiến phản biện của 40 nhà khoa học.
      """, published: FactDate(year: 2022, month: 7, day: 25))), ["2022-07-19 Đắk Nông khac"])
    // (not a task another body gives it, nor a letter sent)
    XCTAssertEqual(meetingKeys(readPage("""
      Giao nhiệm vụ phản biện

      Ngày 5/3/2020, UBND tỉnh Phú Yên giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên tổ chức phản biện đề án quản lý hạn hán.

      Ngày 16/5/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên đã gửi văn bản kèm dự thảo tới các chuyên gia để cùng lấy ý kiến.
      """, published: FactDate(year: 2020, month: 6, day: 1))), [])
    // (not one planned)
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp Hội được giao phản biện thêm đề án

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên dự kiến tổ chức phản biện ngày 15-7-2020 đề án quản lý hạn hán.
      """, published: FactDate(year: 2020, month: 3, day: 26))), [])
    // (named further on in passing, of that kind — thirty-fifth session; not by a deliverable's
    // "02 báo cáo kết quả hội thảo")
    XCTAssertEqual(meetingKeys(readPage("""
      Lấy ý kiến về đề án kinh tế tập thể

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Nông, ngày 19/7/2022, đã cùng Sở Nông nghiệp và Phát triển nông thôn đưa đề án nói trên ra lấy ý kiến phản biện của 40 nhà khoa học. Diễn đàn khoa học lần này hướng tới đánh giá đúng thực chất của đề án.
      """, published: FactDate(year: 2022, month: 7, day: 25))), ["2022-07-19 Đắk Nông hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Nghiệm thu đề tài về cây cà phê

      Ngày 14/11/2025, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức nghiệm thu đề tài tư vấn chính sách phát triển cây cà phê ở Sơn La.

      Từ tháng 4/2025, đề tài đã nộp 02 báo cáo kết quả hội thảo và 12 báo cáo chuyên đề.
      """)), ["2025-11-14 Hà Nội khac"])
  }

  /// "Bài viết cùng chuyên mục" ends the article: the headlines with their days under it are
  /// other articles', not the page's list of meetings.
  func testOtherArticlesUnderTheirHeadingAreNoList() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tập huấn sở hữu trí tuệ cho trí thức

      Ngày 12/4/2024, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức lớp tập huấn trực tuyến về sở hữu trí tuệ cho hơn 200 học viên.

      Thu Phương

      Bài viết cùng chuyên mục

      - Hội thảo "Trí thức với khoa học" (06/05/2024)
      """)), ["2024-04-12 nil tap_huan"])
  }

  /// A union body's meeting named as where something was decided, with its own day after its
  /// name (ReferencedMeeting).
  func testAMeetingReferredToByItsNameAndDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nhiệm vụ 6 tháng cuối năm của Liên hiệp hội

      Các nhiệm vụ trọng tâm mà Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa thực hiện trong 6 tháng cuối năm 2022 đã được Ban Thường vụ nhất trí tại Hội nghị đánh giá hoạt động Quý II, họp ngày 28/6/2022 ở trụ sở Liên hiệp hội.
      """)).filter { $0.hasPrefix("2022-06-28") }, ["2022-06-28 Thanh Hóa ban_thuong_vu"])
    // (not a review the sentence names before another body's day, nor one to come)
    XCTAssertEqual(meetingKeys(readPage("""
      Thông báo kết luận về Liên hiệp hội

      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam ra đời năm 1983 và đã trải qua nhiều giai đoạn phát triển.

      Dựa trên việc sơ kết tình hình, ngày 9-7-2004, Ban Bí thư ban hành thông báo kết luận về việc đẩy mạnh thực hiện Chỉ thị đối với Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.

      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cần Thơ sẽ tổ chức hội nghị quán triệt vào ngày 10/11/2004.
      """, published: FactDate(year: 2004, month: 10, day: 1))), [])
  }
}
