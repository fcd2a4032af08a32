import VustaFrame
import XCTest
@testable import VustaLayout

final class PaginationTests: XCTestCase {
  /// Many sections of varying length: headings land anywhere on the page.
  func story(sections: Int) -> [any Block] {
    var blocks: [any Block] = []
    var numbering = HeadingNumbering()
    for i in 0..<sections {
      blocks.append(Heading(level: i % 3 == 0 ? 1 : 2, number: numbering.next(level: i % 3 == 0 ? 1 : 2),
                            text: "Mục \(i)", anchor: "muc-\(i)"))
      blocks.append(Paragraph(LayoutFixtures.paragraph(20 + (i * 37) % 90, seed: i)))
    }
    return blocks
  }

  func testPagesHandedOverOneByOneAreThePagesOfTheWholeLayout() throws {
    let blocks = story(sections: 60)
    let whole = try LayoutFixtures.paginate(blocks)
    XCTAssertGreaterThan(whole.pages.count, 5)
    let paginator = Paginator(context: LayoutFixtures.context)
    for keep in [1000, 3] {  // laid out once, and twice (counted first) for a document longer than `keep`
      var pages: [Page] = []
      let count = try paginator.paginate(blocks, first: .a4Administrative, keep: keep) { p, _ in pages.append(p) }
      XCTAssertEqual(count, whole.pages.count)
      XCTAssertEqual(pages, whole.pages, "keep \(keep): the same pages, furniture (page x of y) included")
    }
  }

  func testNoHeadingIsTheLastThingOnAPage() throws {
    let doc = try LayoutFixtures.paginate(story(sections: 60))
    XCTAssertGreaterThan(doc.pages.count, 3)
    for (i, content) in doc.contents.enumerated() {
      let anchors = LayoutFixtures.anchors(content)
      guard let last = anchors.map(\.1).max() else { continue }
      let below = LayoutFixtures.texts(content).filter { $0.box.minY > last + 20 }
      XCTAssertFalse(below.isEmpty, "page \(i + 1) ends with a heading")
    }
  }

  func testParagraphSplitsLeaveAtLeastTwoLines() throws {
    let doc = try LayoutFixtures.paginate(story(sections: 40))
    for content in doc.contents {
      var paragraphs: [Int] = []
      for p in content.items {
        guard case .group(let g) = p.item else { continue }
        for item in g.frame.items {
          if case .tagged(let tag, let f) = item.item, tag.role == .paragraph { paragraphs.append(f.placedTexts().count) }
        }
      }
      XCTAssertFalse(paragraphs.contains(1), "a one-line piece of a longer paragraph")
    }
  }

  func testAdministrativePagesAreNumberedTopCentreFromPageTwo() throws {
    let doc = try LayoutFixtures.paginate(story(sections: 40))
    for (i, page) in doc.pages.enumerated() {
      let top = page.frame.placedTexts().filter { $0.box.maxY < PageTemplate.a4Administrative.margins.top }
      if i == 0 {
        XCTAssertTrue(top.isEmpty, "no number on page 1")
      } else {
        XCTAssertEqual(top.map(\.text), ["\(i + 1)"])
        XCTAssertEqual(top[0].box.minX + top[0].box.width / 2, page.size.width / 2, accuracy: 0.5)
      }
    }
  }

  func testBriefPagesSayTrangXOfY() throws {
    let doc = try LayoutFixtures.paginate(story(sections: 30), template: .a4Brief)
    let n = doc.pages.count
    XCTAssertGreaterThan(n, 1)
    for (i, page) in doc.pages.enumerated() {
      let footer = page.frame.placedTexts().filter { $0.box.minY > page.size.height - PageTemplate.a4Brief.margins.bottom }
      XCTAssertTrue(footer.contains { $0.text == "Trang \(i + 1)/\(n)" }, "page \(i + 1)")
    }
  }

  func testOutlineMatchesTheHeadings() throws {
    let blocks = story(sections: 25)
    let doc = try LayoutFixtures.paginate(blocks)
    let outline = doc.pages.flatMap { LayoutFixtures.outline($0.frame) }
    let headings = blocks.compactMap { $0 as? Heading }
    XCTAssertEqual(outline.map(\.title), headings.map(\.outlineTitle))
    XCTAssertEqual(outline.map(\.level), headings.map(\.level))
    XCTAssertEqual(outline.map(\.destination), headings.map(\.anchor))
    let anchors = doc.pages.flatMap { LayoutFixtures.anchors($0.frame).map(\.0) }
    XCTAssertEqual(anchors, headings.map(\.anchor), "every bookmark has its destination")
  }

  func testPageBreakSwitchesToLandscapeAndBack() throws {
    let blocks: [any Block] = [Paragraph("Một."), PageBreak(template: "a4-ngang"), Paragraph("Hai."),
                               PageBreak(template: "a4-hanh-chinh"), Paragraph("Ba.")]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertEqual(doc.templates, ["a4-hanh-chinh", "a4-ngang", "a4-hanh-chinh"])
    XCTAssertGreaterThan(doc.pages[1].size.width, doc.pages[1].size.height)
  }

  func testABlockTooBigForAnEmptyPageThrowsInsteadOfLooping() {
    let huge = Figure(Frame(size: Size(100, 10_000)), alt: "x")
    XCTAssertThrowsError(try LayoutFixtures.paginate([huge]))
  }

  func testHeadingNumbering() {
    var n = HeadingNumbering()
    XCTAssertEqual([n.next(level: 1), n.next(level: 2), n.next(level: 2), n.next(level: 3), n.next(level: 3),
                    n.next(level: 3), n.next(level: 3), n.next(level: 3), n.next(level: 1), n.next(level: 2)],
                   ["I.", "1.", "2.", "a)", "b)", "c)", "d)", "đ)", "II.", "1."])
    XCTAssertEqual(HeadingNumbering.roman(14), "XIV")
  }
}
