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
}
