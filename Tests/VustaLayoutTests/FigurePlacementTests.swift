import VustaFrame
import XCTest
@testable import VustaLayout

/// Figures near the foot of a page: shrunk a little to stay, else moved with their heading
/// and lead-in; the signature keeps the text before it.
final class FigurePlacementTests: XCTestCase {
  let pageHeight = PageTemplate.a4Administrative.content.height

  /// A chart-like frame `height` points tall whose only text is `textSize` points.
  func chart(height: Double, textSize: Double) -> Frame {
    var f = Frame(size: Size(400, height))
    f.add(LayoutFixtures.measurer.run("Hà Nội", font: FontSpec(family: "DejaVu Sans", size: textSize)),
          baseline: Point(10, 20))
    return f
  }

  /// The scale each page's figures (400 pt wide) are drawn at, by page.
  func figureScales(_ doc: LaidOutDocument) -> [[Double]] {
    func scales(_ f: Frame) -> [Double] {
      f.items.flatMap { p -> [Double] in
        switch p.item {
        case .tagged(let tag, let inner): return tag.role == .figure ? [inner.size.width / 400] : scales(inner)
        case .group(let g): return scales(g.frame)
        default: return []
        }
      }
    }
    return doc.contents.map(scales)
  }

  func testAFigureThatFitsAtEightyPercentStaysOnThePage() throws {
    let fig = Figure(chart(height: 500, textSize: 10), alt: "Bản đồ")
    let doc = try LayoutFixtures.paginate([Filler(pageHeight - 400 - fig.spaceBefore), fig])
    XCTAssertEqual(doc.pages.count, 1, "the figure left its page")
    let scale = try XCTUnwrap(figureScales(doc).first?.first)
    XCTAssertEqual(scale, 0.8, accuracy: 0.01)
  }

  func testAFigureShrinksNoFurtherThanItsSmallestTextAllows() throws {
    // 7 pt text may go down to 6 pt (6/7 ≈ 0.86): 80 % is too small, so the figure moves.
    let fig = Figure(chart(height: 500, textSize: 7), alt: "Bản đồ")
    let doc = try LayoutFixtures.paginate([Filler(pageHeight - 400 - fig.spaceBefore), fig])
    XCTAssertEqual(doc.pages.count, 2)
    XCTAssertEqual(figureScales(doc), [[], [1]])
  }

  func testAFigureThatMustMoveTakesItsHeadingAndLeadIn() throws {
    let blocks: [any Block] = [
      Paragraph(LayoutFixtures.paragraph(120)),
      Heading(level: 1, number: "II.", text: "Hội nghị, giao ban", anchor: "muc-1"),
      Heading(level: 2, number: "1.", text: "Theo địa bàn", anchor: "muc-2"),
      Paragraph("Bản đồ dưới đây cho thấy số hội nghị của từng tỉnh, thành phố."),
      Figure(chart(height: 680, textSize: 7), alt: "Bản đồ"),
    ]
    let doc = try LayoutFixtures.paginate(blocks)
    XCTAssertEqual(doc.pages.count, 2)
    XCTAssertTrue(LayoutFixtures.anchors(doc.contents[0]).isEmpty, "a heading stayed behind on page 1")
    XCTAssertEqual(LayoutFixtures.anchors(doc.contents[1]).map(\.0), ["muc-1", "muc-2"])
    XCTAssertTrue(LayoutFixtures.texts(doc.contents[1]).contains { $0.text.contains("Bản") }, "the lead-in stayed behind")
    XCTAssertFalse(LayoutFixtures.texts(doc.contents[0]).contains { $0.text.contains("dưới") })
    // On page 2, below two headings and the lead-in, the figure shrinks a little to fit.
    let scale = try XCTUnwrap(figureScales(doc)[1].first)
    XCTAssertLessThan(scale, 1)
    XCTAssertGreaterThanOrEqual(scale, 6.0 / 7 - 1e-9)
  }

  func testTheSignatureNeverStandsAloneOnALastPage() throws {
    let list = BulletList((0..<5).map { LayoutFixtures.paragraph(12, seed: $0) })
    let sig = SignatureBlock(authority: "TM. BAN THƯỜNG VỤ", title: "CHỦ TỊCH", name: "", recipients: ["- Lưu: VT."])
    let probe = try sig.layout(in: Region(width: 400, height: 1000, isFresh: true), LayoutFixtures.context)
    // Room for the list but not for the list and the signature.
    let listHeight = try list.layout(in: Region(width: PageTemplate.a4Administrative.content.width, height: 1000,
                                                isFresh: true), LayoutFixtures.context).frame.size.height
    let filler = pageHeight - listHeight - probe.frame.size.height / 2
    let doc = try LayoutFixtures.paginate([Filler(filler), list, sig])
    XCTAssertEqual(doc.pages.count, 2)
    let signature = Set(probe.frame.placedTexts().map(\.text))
    XCTAssertTrue(LayoutFixtures.texts(doc.contents[1]).contains { !signature.contains($0.text) },
                  "the last page has only the signature")
  }
}

/// A block of fixed height that takes its room even at the top of a page.
struct Filler: Block {
  var height: Double
  init(_ height: Double) { self.height = height }
  func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    BlockLayout(frame: Frame(size: Size(region.width, height)))
  }
}
