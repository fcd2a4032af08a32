import VustaFrame
import XCTest
@testable import VustaLayout

/// A figure that does not fit the rest of a page floats: the text after it fills the page, the
/// figure starts the next page with its lead-in, figures keep their order, and a heading ends
/// the flow-ahead (issue 14, item 4).
final class FloatingFigureTests: XCTestCase {
  let pageHeight = PageTemplate.a4Administrative.content.height

  func chart(_ height: Double, _ label: String) -> Figure {
    var f = Frame(size: Size(400, height))
    f.add(LayoutFixtures.measurer.run(label, font: FontSpec(family: "DejaVu Sans", size: 7)), baseline: Point(10, 20))
    return Figure(f, alt: label)
  }

  func text(_ page: Int, _ doc: LaidOutDocument) -> String {
    LayoutFixtures.texts(doc.contents[page]).map(\.text).joined(separator: " ")
  }

  /// The vertical position of the first run containing `word` on a page.
  func top(of word: String, page: Int, _ doc: LaidOutDocument) -> Double? {
    LayoutFixtures.texts(doc.contents[page]).first { $0.text.contains(word) }?.box.minY
  }

  func testTextAfterAFigureFillsThePageAndTheFigureStartsTheNext() throws {
    let blocks: [any Block] = [
      Filler(pageHeight / 2),
      Paragraph("Bản đồ dưới đây cho thấy số hội nghị."),
      chart(pageHeight * 0.8, "BẢNĐỒ"),
      Paragraph("Đoạn SAU một."),
      Paragraph("Đoạn SAU hai."),
    ]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertEqual(doc.pages.count, 2)
    XCTAssertTrue(text(0, doc).contains("một") && text(0, doc).contains("hai"), "the text after the figure did not flow ahead")
    XCTAssertFalse(text(0, doc).contains("dưới"), "the lead-in was separated from its figure")
    let leadIn = try XCTUnwrap(top(of: "dưới", page: 1, doc)), figure = try XCTUnwrap(top(of: "BẢNĐỒ", page: 1, doc))
    XCTAssertLessThan(leadIn, figure, "the lead-in comes just before the figure it introduces")
  }

  func testFloatingFiguresKeepTheirOrderAndAHeadingEndsTheFlow() throws {
    let blocks: [any Block] = [
      Filler(pageHeight / 2),
      chart(pageHeight * 0.6, "HÌNHMỘT"),
      Paragraph("Đoạn XEN giữa."),
      Paragraph("Hình sau đây DẪN vào hình hai."),
      chart(pageHeight * 0.3, "HÌNHHAI"),
      Paragraph("Đoạn SAU hình hai."),
      Heading(level: 1, number: "III.", text: "Hội viên", anchor: "hoi-vien"),
      Paragraph("Đoạn của mục mới."),
    ]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertTrue(text(0, doc).contains("XEN") && text(0, doc).contains("SAU"), text(0, doc))
    XCTAssertFalse(text(0, doc).contains("HÌNH"), "a figure stayed on page 1 out of order")
    XCTAssertFalse(text(0, doc).contains("DẪN"), "the second figure's lead-in was left behind")
    XCTAssertFalse(text(0, doc).contains("mới"), "a new section's text flowed ahead of the figures")
    XCTAssertTrue(LayoutFixtures.anchors(doc.contents[0]).isEmpty)
    let one = try XCTUnwrap(top(of: "HÌNHMỘT", page: 1, doc)), two = try XCTUnwrap(top(of: "HÌNHHAI", page: 1, doc))
    XCTAssertLessThan(one, two, "the figures changed order")
  }

  func testAHeadingIntroducingAFigureStaysWithTheTextAfterTheFigure() throws {
    let blocks: [any Block] = [
      Filler(pageHeight / 2),
      Heading(level: 2, number: "1.", text: "Theo địa bàn", anchor: "dia-ban"),
      Paragraph("Bản đồ dưới đây cho thấy số hội nghị."),
      chart(pageHeight * 0.8, "BẢNĐỒ"),
      Paragraph("Bảng SAU bản đồ."),
    ]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertEqual(LayoutFixtures.anchors(doc.contents[0]).map(\.0), ["dia-ban"])
    XCTAssertTrue(text(0, doc).contains("SAU"), "the page ends half empty")
    XCTAssertNotNil(top(of: "dưới", page: 1, doc))
    XCTAssertNotNil(top(of: "BẢNĐỒ", page: 1, doc))
  }

  /// A heading whose figures do not fit, followed after them by the next section's heading,
  /// goes to the next page with its figures: the next heading waits for the figures, so the
  /// heading would otherwise stand alone at the foot of the page (the annual summary's "2. Theo
  /// tháng và theo loại" under the end of table 1).
  func testAHeadingWhoseFiguresFloatDoesNotStayAloneBeforeTheNextSection() throws {
    let blocks: [any Block] = [
      Filler(pageHeight * 0.8),
      Heading(level: 2, number: "2.", text: "Theo THÁNG", anchor: "thang"),
      chart(pageHeight * 0.3, "HÌNHMỘT"),
      chart(pageHeight * 0.3, "HÌNHHAI"),
      Heading(level: 2, number: "3.", text: "Danh sách", anchor: "danh-sach"),
      Paragraph("Đoạn của mục ba."),
    ]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertTrue(LayoutFixtures.anchors(doc.contents[0]).isEmpty, "a heading was left at the foot of page 1")
    XCTAssertEqual(LayoutFixtures.anchors(doc.contents[1]).map(\.0).first, "thang")
    let heading = try XCTUnwrap(top(of: "THÁNG", page: 1, doc)), figure = try XCTUnwrap(top(of: "HÌNHMỘT", page: 1, doc))
    XCTAssertLessThan(heading, figure)
  }
}
