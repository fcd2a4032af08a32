@testable import VustaExtract
import VustaModel
import XCTest

/// Citations written with a slip, read from the real development sets and their wording sets
/// (thirty-seventh session): a Party symbol whose type code disagrees with the type word before
/// it, and a year cut to three digits. Each page is written for the test.
final class RulesFromCitationSlipsTests: XCTestCase {
  /// Each citation as "number code mentions".
  func citationKeys(_ d: ExtractedDocument) -> [String] {
    d.citations.map { "\($0.number) \($0.code) \($0.mentions)" }
  }

  /// "Chỉ thị số 42-CT/TW …" then "… thực hiện Chỉ thị số 42-KL/TW …": the second is a slip for
  /// the directive (its type word says so), one more mention of it — not a conclusion 42; a
  /// conclusion written as one stays one. (The headline's "Kết luận số 93" is a mention too.)
  func testASymbolWhoseTypeDisagreesWithItsWord() {
    let page = """
      Quán triệt Kết luận số 93

      Ngày 5/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La tổ chức hội nghị quán triệt Kết luận số 93-KL/TW về tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 16-4-2010 của Bộ Chính trị.

      Kết luận số 93-KL/TW đánh giá, sau 10 năm, việc thực hiện Chỉ thị số 42-KL/TW đã thu được những kết quả quan trọng.
      """
    XCTAssertEqual(citationKeys(readPage(page)).sorted(), ["42 CT/TW 2", "93 KL/TW 3"])
    XCTAssertEqual(citationKeys(readPage(page.replacingOccurrences(of: "việc thực hiện Chỉ thị số 42-KL/TW", with: "việc thực hiện Kết luận số 42-KL/TW"))).sorted(),
                   ["42 CT/TW 1", "42 KL/TW 1", "93 KL/TW 3"])
  }

  /// "Decision No.22/200/QĐ-TTg": a year cut to three digits by a slip names no year; the
  /// document is still cited.
  func testAYearCutShortBySlip() {
    let d = readPage("""
      VUSTA's consultancy

      The Vietnam Union of Science and Technology Associations follows the Prime Minister's Decision No.22/200/QĐ-TTg on consultancy, judgement and social assessment.
      """)
    XCTAssertEqual(citationKeys(d), ["22 QĐ-TTg 1"])
    XCTAssertNil(d.citations.first?.year)
  }

  /// A state symbol written in another shape than its canonical one and read back to it — its
  /// "TYPE/ISSUER", a space or a dot for a slash — is flagged for review ("symbol written in
  /// another shape"): pages and annotators part on such symbols. A Party symbol misspelt the
  /// state's way ("42/CT-TW", the contract's own example) is not, nor one written in its own
  /// shape anywhere on the page.
  func testASymbolWrittenInAnotherShapeIsFlagged() {
    let d = readPage("""
      Liên hiệp hội ký kế hoạch phối hợp

      Liên hiệp hội tỉnh Thanh Hóa đã ký Kế hoạch số 621/KH/ĐHHĐ-LHH ngày 05/01/2022 với Trường Đại học Hồng Đức, theo quyết định số 483 TC/UBTH ngày 12/4/1994 của Chủ tịch UBND tỉnh và Chỉ thị 42/CT-TW; Quyết định số 14.2014/QĐ-TTg và Kế hoạch số 741/KH-LHH ngày 27/12/2021 cũng được nhắc lại.
      """)
    let why = Dictionary(uniqueKeysWithValues: d.citations.map { ("\($0.number) \($0.code)", $0.why) })
    XCTAssertEqual(why["621 KH-ĐHHĐ-LHH"], ConfidenceReason.symbolReshaped.rawValue)
    XCTAssertEqual(why["483 TC-UBTH"], ConfidenceReason.symbolReshaped.rawValue)
    XCTAssertEqual(why["42 CT/TW"], .some(nil))
    XCTAssertEqual(why["14 QĐ-TTg"], ConfidenceReason.symbolReshaped.rawValue)
    XCTAssertEqual(why["741 KH-LHH"], .some(nil))
    XCTAssertEqual(d.citations.first { $0.number == "741" }?.confidence, .high)
    // (written once in its own shape, the document is told plainly)
    let both = readPage("""
      Quán triệt Quyết định 14

      Liên hiệp hội tỉnh Sơn La quán triệt Quyết định số 14.2014/QĐ-TTg; các hội thành viên thực hiện Quyết định số 14/2014/QĐ-TTg của Thủ tướng Chính phủ.
      """)
    XCTAssertEqual(both.citations.map(\.confidence), [.high])
  }
}
