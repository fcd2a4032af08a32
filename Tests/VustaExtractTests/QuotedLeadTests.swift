@testable import VustaExtract
import VustaModel
import XCTest

/// A figure line is read with the line that announces it ("… như sau:" over "1 | Hội Y học tỉnh
/// Nghệ An | 2.350"), the announcing line repeated before each row: a directive cited in that
/// line is one mention where the line stands, not one more under each row.
final class QuotedLeadTests: XCTestCase {
  func testADirectiveInTheLineOverATableIsCountedOnce() {
    let d = readPage("""
      Liên hiệp Hội tỉnh Nghệ An báo cáo số liệu

      Ngày 15/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức Hội nghị giao ban.

      Thực hiện Kết luận số 93-KL/TW, số liệu các hội thành viên lớn như sau:
      1 | Hội Y học tỉnh Nghệ An | 2.350
      2 | Hội Kỹ sư xây dựng tỉnh Nghệ An | 1.120
      3 | Hội Nông học | 900

      Hết.
      """)
    let c = d.citations.first { $0.id == "93-KL/TW" }
    XCTAssertEqual(c?.mentions, 1)
    XCTAssertFalse(c?.evidence.contains { $0.contains("|") } ?? true, "\(c?.evidence ?? [])")
    // written as a short form in that line, it is one mention too
    let short = readPage("""
      Liên hiệp Hội tỉnh Nghệ An báo cáo số liệu

      Ngày 15/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức Hội nghị giao ban quán triệt Kết luận số 93-KL/TW.

      Thực hiện Kết luận 93, số liệu các hội thành viên lớn như sau:
      1 | Hội Y học tỉnh Nghệ An | 2.350
      2 | Hội Kỹ sư xây dựng tỉnh Nghệ An | 1.120
      """)
    XCTAssertEqual(short.citations.first { $0.id == "93-KL/TW" }?.mentions, 2)
  }
}
