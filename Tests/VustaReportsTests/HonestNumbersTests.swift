import VustaCairo
import VustaFrame
import VustaLayout
import VustaModel
import VustaStats
import VustaStore
import XCTest
@testable import VustaReports

/// The documents say only what the data supports: no data is not zero, a year is compared only
/// with a covered year (and with the articles read on both sides), provinces are ranked among
/// provinces (issue 14, items 1–3).
final class HonestNumbersTests: XCTestCase {
  static let measurer = PangoTextMeasurer()

  func annual(_ year: Int) throws -> (ComposedReport, [String]) {
    let c = try ReportComposer(measurer: Self.measurer).compose(try ReportFixtures.template("bao-cao-nam"),
                                                                 data: try ReportFixtures.national(year))
    let doc = try c.layout(measurer: Self.measurer)
    return (c, doc.pages.flatMap { $0.frame.placedTexts().map(\.text) })
  }

  func testAYearAfterAnUnreadYearIsNotComparedWithZero() throws {
    // the fixture store holds 2022 and 2023 only: 2021 was never read
    let data = try ReportFixtures.national(2022)
    XCTAssertNil(data.values["previous.year"])
    XCTAssertFalse(data.isTrue("previous"))
    XCTAssertEqual(data.values["meetings.previousTotal"]?.text, "chưa có số liệu")
    let months = try XCTUnwrap(data.datasets["meetings.byMonth"]?.rows)
    XCTAssertTrue(months.allSatisfy { $0["previous"]?.number?.isNaN == true }, "2021 drawn as twelve zeros")
    let (c, text) = try annual(2022)
    let all = text.joined(separator: " ")
    XCTAssertFalse(all.contains("năm 2021: 0"), "an unread year compared as zero")
    XCTAssertTrue(all.contains("chưa có số liệu nên không so sánh"), all.prefix(600).description)
    let month = try XCTUnwrap(c.charts.first { $0.title.contains("theo tháng") })
    XCTAssertFalse(month.title.contains("2021"), month.title)
    let chartText = month.frame.placedTexts().map(\.text).joined(separator: " ")
    XCTAssertTrue(chartText.contains("Năm 2021: chưa có số liệu"), chartText)
  }

  func testACoveredPreviousYearIsComparedTogetherWithItsArticles() throws {
    let before = try ReportFixtures.national(2022), data = try ReportFixtures.national(2023)
    XCTAssertTrue(data.isTrue("previous"))
    let meetings = try XCTUnwrap(before.values["meetings.total"]?.text)
    let articles = try XCTUnwrap(data.values["previous.articles"]?.text)
    XCTAssertEqual(articles, before.values["coverage.articles"]?.text)
    let (_, text) = try annual(2023)
    let all = text.joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
    XCTAssertTrue(all.contains("năm 2022: \(meetings) hội nghị trên \(articles)"), all.prefix(900).description)
  }

  func testRankingsRankProvincesOnlyAndNameTheOthersBeside() throws {
    let (c, _) = try annual(2023)
    let ranking = try XCTUnwrap(c.charts.first { $0.title.contains("nhiều hội nghị nhất") })
    let runs = ranking.frame.placedTexts().map(\.text)
    XCTAssertFalse(runs.contains(nationalLabel) || runs.contains(unknownProvinceLabel), "\(runs)")
    let all = runs.joined(separator: " ")
    XCTAssertTrue(all.contains("Ngoài xếp hạng") && all.contains("Toàn quốc"), all)
  }

  func testAProvinceWithoutArticlesIsADashNotAZero() throws {
    let store = try Store.inMemory()
    let day = FactDate(year: 2024, month: 4, day: 2)
    try store.ingest(documents: [
      ExtractedDocument(id: "a", path: "a.txt", sha256: "a", title: nil, published: day, url: nil,
                        meetings: [Meeting(date: day, province: "Hải Phòng", province2025: "Hải Phòng", kind: .giao_ban,
                                           organizer: nil, evidence: "Ngày 2/4/2024, giao ban tại Hải Phòng.")]),
    ])
    let data = try ReportData.gather(from: Statistics(store: store), options: ReportOptions(year: 2024),
                                     link: { _ in nil })
    let rows = try XCTUnwrap(data.datasets["meetings.byProvince"]?.rows)
    XCTAssertEqual(rows.first { $0["province"]?.text == "Hải Phòng" }?["meetings"]?.text, "1")
    XCTAssertEqual(rows.first { $0["province"]?.text == "Hà Nội" }?["meetings"]?.text, "—")
    XCTAssertEqual(data.values["members.hoiVien"]?.text, "—", "no member figure at all is not 0 members")
  }

  /// A year with no provincial meeting says so, not "Nhiều nhất là — (0 hội nghị)".
  func testNoTopProvinceIsWrittenAsSuch() throws {
    var data = try ReportFixtures.national(2022)
    data.values["meetings.topProvince"] = Cell("—")
    data.values["meetings.topProvinceCount"] = .count(0)
    let c = try ReportComposer(measurer: Self.measurer).compose(try ReportFixtures.template("bao-cao-nam"), data: data)
    let all = try c.layout(measurer: Self.measurer).pages.flatMap { $0.frame.placedTexts().map(\.text) }.joined(separator: " ")
    XCTAssertFalse(all.contains("(0 hội nghị)"), all.prefix(800).description)
    XCTAssertTrue(all.contains("Chưa tỉnh, thành phố nào có hội nghị"), all.prefix(800).description)
  }
}
