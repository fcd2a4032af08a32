@testable import VustaExtract
import VustaModel
import XCTest

/// What the real sets ts and tt showed on their first runs (thirty-sixth session): a union's
/// conference on a contest's progress, a member association's congress named with its nature
/// before its name, the members that association's delegates stand for, and an association whose
/// name opens with the union's words. Each page is written for the test.
final class RulesFromRealSetTsTests: XCTestCase {
  /// A meeting on carrying out a contest is the contest's business, even when the union holds it;
  /// the union's own review of its year on the same day stays a meeting.
  func testAMeetingOnAContestsProgressIsTheContests() {
    XCTAssertEqual(meetingKeys(readPage("""
      Đẩy mạnh cuộc thi sáng tạo dành cho thanh thiếu niên

      Ngày 7/3/2024, một hội nghị nhằm đánh giá tiến độ triển khai Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh đã được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc tổ chức.

      Ban Tổ chức đề nghị các trường đẩy mạnh tuyên truyền để học sinh tham gia.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh sơ kết một năm triển khai Hội thi

      Ngày 12/12/2017, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tiến hành sơ kết 1 năm triển khai Hội thi sáng tạo khoa học kỹ thuật lần thứ 12.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh tổng kết năm 2023

      Ngày 20/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 và phát động Cuộc thi sáng tạo.
      """)), ["2023-12-20 Vĩnh Phúc tong_ket"])
  }

  /// "Đại hội hợp nhất Hội Lâm nghiệp tỉnh …", "Đại hội lần thứ VI Hội Làm vườn …": what the
  /// congress is stands between its noun and the association that holds it.
  func testACongressNamedWithItsNatureBeforeTheAssociation() {
    for headline in [
      "Đại hội hợp nhất Hội Lâm nghiệp tỉnh Thanh Hóa nhiệm kỳ 2018-2023",
      "Đại hội lần thứ VI Hội Làm vườn tỉnh Thanh Hóa",
      "Đại hội nhiệm kỳ 2018-2023 Hội Khoa học Kỹ thuật Lâm nghiệp Thanh Hóa",
    ] {
      XCTAssertEqual(meetingKeys(readPage("""
        Liên hiệp các hội khoa học và kỹ thuật Thanh Hoá - Địa chỉ: 17 Hạc Thành - Thành phố Thanh Hoá

        \(headline)

        Ngày 30/11/2018 tại trung tâm hội nghị 25B của tỉnh, Hội Khoa học Kỹ thuật Lâm nghiệp tỉnh Thanh Hóa và Câu lạc bộ Lâm nghiệp Thanh Hóa đã cùng tổ chức Đại hội hợp nhất.

        Đại hội có sự tham dự của đại diện Sở Nông nghiệp, Liên hiệp các hội Khoa học và Kỹ thuật, cùng 120 đại biểu.
        """)), [], headline)
    }
    // the union's own congress, named so, is still the union's
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội lần thứ V Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái

      Ngày 24/11/2020, Đại hội lần thứ V Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái đã diễn ra tại thành phố Yên Bái.
      """)), ["2020-11-24 Yên Bái dai_hoi"])
  }

  /// At a member association's congress the members its delegates represent are its own; the
  /// union's greeting that gives the union's totals keeps them.
  func testMembersRepresentedAtAnotherAssociationsCongress() {
    let page = """
      Hội Làm vườn tỉnh Quảng Ngãi tiến hành Đại hội lần thứ VI

      Sáng ngày 25/11/2022, Hội Làm vườn tỉnh Quảng Ngãi đã tiến hành Đại hội lần thứ VI, nhiệm kỳ 2022-2027 tại Hội trường Trung tâm Giống tỉnh.

      Về dự và chỉ đạo Đại hội có ông Lê Quang Thích, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi; lãnh đạo các sở, cùng hơn 120 đại biểu chính thức, thay mặt cho 6.530 hội viên trong toàn tỉnh.

      Phát biểu chúc mừng, đại diện Liên hiệp các Hội KH&KT tỉnh cho biết Liên hiệp Hội hiện có hơn 12.000 hội viên, đại diện cho gần 30.000 trí thức trong tỉnh.
      """
    let d = readPage(page)
    XCTAssertEqual(meetingKeys(d), [])
    XCTAssertEqual(d.memberFigures.map { "\($0.metric.rawValue) \($0.value)" }.sorted(), ["hoi_vien 12000", "tri_thuc 30000"])
  }

  /// A headline opening with an association whose name starts with the union's words ("Hội Khoa
  /// học Lịch sử …") is the association's: its counts are its own, the union's stay the union's.
  func testAHeadlineOpeningWithAScienceAssociation() {
    let d = readPage("""
      Hội Khoa học Lịch sử Thanh Hóa tiến hành Đại hội lần thứ IV

      Ngày 25/11/2017, tại Thành phố Thanh Hóa, Hội Khoa học Lịch sử Thanh Hóa đã tiến hành Đại hội lần thứ IV; dự có ông Lê Đình Sơn, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa.

      Hiện Hội có 14 chi hội với 2.250 hội viên.
      """)
    XCTAssertEqual(meetingKeys(d), [])
    XCTAssertEqual(d.memberFigures.count, 0)
  }
}
