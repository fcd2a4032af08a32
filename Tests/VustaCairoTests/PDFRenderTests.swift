import Foundation
import XCTest
import VustaCairo
import VustaFrame

final class PDFRenderTests: XCTestCase {
  let info = DocumentInfo(title: "Hội viên theo tỉnh", subject: "Biểu đồ", creator: "vusta", created: 1_735_603_200)

  func testSameInputGivesSameBytes() throws {
    let a = try renderPDF([RenderFixtures.barPage()], info: info)
    let b = try renderPDF([RenderFixtures.barPage()], info: info)
    XCTAssertEqual(a, b)
    var later = info
    later.created = 1_735_603_201
    XCTAssertNotEqual(try renderPDF([RenderFixtures.barPage()], info: later), a, "the date is in the bytes")
  }

  func testAPDFStreamedToAFileHasTheSameBytesAndAMissingFolderIsAnError() throws {
    let dir = NSTemporaryDirectory() + "vusta-pdf-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let pages = [RenderFixtures.barPage(), RenderFixtures.barPage()]
    try renderPDF(pages, info: info, toFile: dir + "/a.pdf")
    XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.pdf"))), try renderPDF(pages, info: info))
    XCTAssertThrowsError(try renderPDF(pages, info: info, toFile: dir + "/no-such-folder/a.pdf")) { error in
      guard case RenderError.cairo = error else { return XCTFail("\(error)") }
    }
  }

  func testCreationDateComesFromInfoNotTheClock() throws {
    let text = String(decoding: try renderPDF([RenderFixtures.barPage()], info: info), as: UTF8.self)
    XCTAssertTrue(text.contains("/CreationDate (") && text.contains("20241231000000"), "2024-12-31T00:00:00Z")
    XCTAssertTrue(text.contains("/Creator"))
  }

  func testFontsAreEmbeddedSubsetsNotType3() throws {
    let text = String(decoding: try renderPDF([RenderFixtures.barPage()], info: info), as: UTF8.self)
    XCTAssertFalse(text.contains("/Type3"))
    XCTAssertTrue(text.contains("/FontFile2"), "TrueType font program embedded")
    XCTAssertTrue(text.range(of: "/BaseFont /[A-Z]{6}\\+DejaVuSans", options: .regularExpression) != nil, "subset tag")
  }

  func testSeveralPagesLinksBookmarksAndTags() throws {
    var first = Frame(size: Size(200, 100))
    first.add(.anchor("muc-1"), at: Point(10, 10))
    first.add(.outline(OutlineEntry(level: 1, title: "I. Hội nghị", destination: "muc-1")))
    first.add(.outline(OutlineEntry(level: 2, title: "1. Giao ban", destination: "muc-1")))
    first.add(.link(Link(size: Size(50, 10), target: .uri("https://vusta.vn"))), at: Point(10, 50))
    var para = Frame(size: Size(100, 20))
    para.add(RenderFixtures.measurer.run("Đoạn văn", font: FontSpec(family: "Liberation Serif", size: 12)),
             baseline: Point(0, 14))
    first.add(.tagged(StructureTag(.paragraph), para), at: Point(10, 70))
    let pdf = try renderPDF([Page(frame: first), RenderFixtures.linePage()], info: info)
    let text = String(decoding: pdf, as: UTF8.self)
    XCTAssertTrue(text.contains("/URI (https://vusta.vn)"))
    XCTAssertTrue(text.contains("/Outlines"))
    XCTAssertEqual(text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page ").count - 1 >= 2, true)
    XCTAssertTrue(text.contains("/StructTreeRoot"))
  }

  func testNoPagesIsAnError() {
    XCTAssertThrowsError(try renderPDF([]))
  }
}
