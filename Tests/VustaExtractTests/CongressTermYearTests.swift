@testable import VustaExtract
import VustaModel
import XCTest

/// A congress dated by a day without its year on a page with no date of its own, under a title
/// that names the congress and its term ("Đại hội … nhiệm kỳ 2018 – 2023"): the congresses that
/// open a term are held from September of its first year to February of the next, so those months
/// take the term's year (or the next); the others stay undated. Each page is written for the test.
final class CongressTermYearTests: XCTestCase {
  let title = "Đại hội Liên hiệp các hội khoa học và kỹ thuật tỉnh Lạng Sơn nhiệm kỳ 2018 – 2023"

  func page(_ lead: String) -> String { title + "\n\n" + lead + "\n" }

  /// December in the term's first year, January in the next; flagged for review either way.
  func testAutumnAndWinterDaysTakeTheTermsYear() {
    let december = readPage(page("Hôm nay (26/12), Liên hiệp các hội khoa học và kỹ thuật tỉnh Lạng Sơn tiến hành Đại hội lần thứ III."))
    XCTAssertEqual(meetingKeys(december), ["2018-12-26 Lạng Sơn dai_hoi"])
    XCTAssertEqual(december.meetings.first?.confidence, .low)
    XCTAssertEqual(december.meetings.first?.why, ConfidenceReason.yearFromTitle.rawValue)
    XCTAssertEqual(
      meetingKeys(readPage(page("Sáng 15/1, Liên hiệp các hội khoa học và kỹ thuật tỉnh Lạng Sơn tiến hành Đại hội lần thứ III."))),
      ["2019-01-15 Lạng Sơn dai_hoi"])
  }

  /// Spring and summer congresses fall in the year before the term as often as in its first: no
  /// year is made up for them.
  func testASpringDayStaysUndated() {
    XCTAssertEqual(
      meetingKeys(readPage(page("Sáng 20/5, Liên hiệp các hội khoa học và kỹ thuật tỉnh Lạng Sơn tiến hành Đại hội lần thứ III."))),
      ["nil Lạng Sơn dai_hoi"])
  }

  /// Only a title that names a congress and a term of up to five years, with no other year: a
  /// council meeting under a term, or a page with its own date, keeps the usual rules.
  func testOnlyACongressTitleWithATerm() {
    XCTAssertEqual(ArticleContext.congressTerm(inTitle: FoldedText(title)), 2018)
    XCTAssertNil(ArticleContext.congressTerm(inTitle: FoldedText("Hội nghị Ban Chấp hành Liên hiệp hội tỉnh nhiệm kỳ 2018 – 2023")))
    XCTAssertNil(ArticleContext.congressTerm(inTitle: FoldedText("Đại hội Liên hiệp hội tỉnh nhiệm kỳ 2018 – 2023 và nhìn lại năm 2017")))
    XCTAssertNil(ArticleContext.congressTerm(inTitle: FoldedText("Đại hội Liên hiệp hội tỉnh giai đoạn 2010 – 2020")))
    let dated = readPage(page("Hôm nay (26/12), Liên hiệp các hội khoa học và kỹ thuật tỉnh Lạng Sơn tiến hành Đại hội lần thứ III."),
                         published: FactDate(year: 2017, month: 12, day: 26))
    XCTAssertEqual(meetingKeys(dated), ["2017-12-26 Lạng Sơn dai_hoi"])
  }
}
