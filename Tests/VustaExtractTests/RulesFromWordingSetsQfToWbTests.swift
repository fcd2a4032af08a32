@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qf (a careless correspondent), qg (clutter inside the
/// article), wa (readers' comments) and wb (HTML pasted from Word), twenty-third session.
final class RulesFromWordingSetsQfToWbTests: XCTestCase {
  /// The day, month and year of each date mention of a line.
  private func dates(_ s: String) -> [String] {
    DateReader.mentions(in: FoldedText(s)).map { "\($0.day.map(String.init) ?? "-")/\($0.month)/\($0.year.map(String.init) ?? "-")" }
  }

  /// A year typed with two digits, with slashes or dots: the nearest century that fits; never
  /// with dashes (an address's "Số 02-04-06"), after "số", or as part of a longer number.
  func testATwoDigitYear() {
    XCTAssertEqual(dates("Sở Nông nghiệp tỉnh Đắk Nông ngày 19/7/22 đã tổ chức diễn đàn"), ["19/7/2022"])
    XCTAssertEqual(dates("hội nghị ngày 12.3.98 tại Huế"), ["12/3/1998"])
    XCTAssertEqual(dates("Khách sạn (Số 02-04-06, Hoàng Văn Thụ)"), [])
    XCTAssertEqual(dates("theo văn bản số 12/3/22 của Sở"), [])
    XCTAssertEqual(dates("ngày 19/7/35 tại"), [])
    XCTAssertEqual(dates("mã 19/7/22/QĐ"), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Đắk Nông tổ chức diễn đàn khoa học

      Liên hiệp các hội khoa học và kỹ thuật tỉnh Đắk Nông ngày 19/7/22 đã tổ chức Diễn đàn khoa học về đề án phát triển kinh tế tập thể.
      """)), ["2022-07-19 Đắk Nông hoi_thao"])
  }

  /// Two days listed with a comma and a space ("trong hai ngày 27, 28/9/1993"): the first counts;
  /// not an ordinal's or a document's number before the comma, nor a date's part.
  func testTwoDaysListedWithACommaAndASpace() {
    XCTAssertEqual(dates("Đại hội diễn ra trong hai ngày 27, 28/9/1993 tại Hà Nội"), ["27/9/1993"])
    XCTAssertEqual(dates("Hội nghị lần thứ 3, 21/12/2022 tại Huế"), ["21/12/2022"])
    XCTAssertEqual(dates("các ngày 10/8, 12/8/2022"), ["10/8/2022", "12/8/2022"])
  }
  /// A name in lower case after "tỉnh" is a province only when its marks are the name's, or the
  /// text has none: "tỉnh đã nâng" folds as "tỉnh Đà Nẵng" but is "the province has raised".
  func testALowerCaseNameKeepsItsMarks() {
    let finder = ProvinceFinder(gazetteer: Gazetteer.shared)
    func names(_ s: String) -> [String] { finder.mentions(in: FoldedText(s)).map(\.province.name) }
    XCTAssertEqual(names("Liên hiệp các Hội Khoa học - kỹ thuật tỉnh đã nâng tổng số Hội thành viên lên 35"), [])
    XCTAssertEqual(names("Liên hiệp hội tỉnh hà giang tổ chức hội nghị"), ["Hà Giang"])
    XCTAssertEqual(names("Ngay 12/3/2023, lien hiep hoi tinh ha giang to chuc hoi nghi tong ket tai thanh pho ha giang."), ["Hà Giang", "Hà Giang"])
    XCTAssertEqual(names("Hội nghị tại thành phố Đà Nẵng"), ["Đà Nẵng"])
  }
  /// "Tại" capitalised after a dateline's dash opens the clause that places the event: a
  /// national body's congress "(khoahocdoisong.vn) - Tại Hà Nội hôm 16/7, …" is in Hà Nội.
  func testACapitalisedTaiAfterADateline() {
    let finder = ProvinceFinder(gazetteer: Gazetteer.shared)
    let roles = finder.mentions(in: FoldedText("(khoahocdoisong.vn) - Tại Hà Nội hôm 16/7, Đại hội đại biểu lần thứ IX đã được tiến hành.")).map(\.role)
    XCTAssertEqual(roles, [.place])
    // a "Tại" inside a name, after a plain space, places nothing
    XCTAssertNotEqual(finder.mentions(in: FoldedText("Nhà hàng Tại Gia Hà Nội")).map(\.role), [.place])
  }
}
