import XCTest
import VustaFrame

final class FrameInspectionTests: XCTestCase {
  func testTextBoxFollowsGroupTranslationAndRotation() {
    let run = TextRun(text: "Huế", font: FontSpec(family: "x", size: 10),
                      metrics: TextMetrics(width: 30, ascent: 8, descent: 2))
    var inner = Frame(size: Size(30, 10))
    inner.add(run, baseline: Point(-30, 3))
    var outer = Frame(size: Size(200, 200))
    outer.add(.group(Group(frame: inner, transform: .rotate(degrees: -90))), at: Point(100, 50))
    let placed = outer.placedTexts()
    XCTAssertEqual(placed.count, 1)
    let b = placed[0].box
    XCTAssertEqual(b.width, 10, accuracy: 1e-9)
    XCTAssertEqual(b.height, 30, accuracy: 1e-9)
    XCTAssertEqual(b.minY, 50, accuracy: 1e-9)  // the run's end sits at the anchor, text runs down
  }

  func testTaggedFramesAreWalked() {
    var f = Frame(size: Size(10, 10))
    f.add(Shape(path: .rect(Rect(x: 1, y: 1, width: 2, height: 2)), fill: .black))
    var page = Frame(size: Size(100, 100))
    page.add(.tagged(StructureTag(.figure, alt: "Biểu đồ"), f), at: Point(10, 20))
    XCTAssertEqual(page.placedShapes().first?.box, Rect(x: 11, y: 21, width: 2, height: 2))
  }

  func testFramesAreCodable() throws {
    var f = Frame(size: Size(10, 10))
    f.add(.outline(OutlineEntry(level: 1, title: "I. Hội nghị", destination: "s1")))
    f.add(.link(Link(size: Size(5, 5), target: .uri("https://vusta.vn"))), at: Point(1, 1))
    let back = try JSONDecoder().decode(Frame.self, from: JSONEncoder().encode(f))
    XCTAssertEqual(back, f)
  }
}

final class PlacedTextOverlapTests: XCTestCase {
  private func placed(_ x: Double, degrees: Double) -> PlacedText {
    let run = TextRun(text: "Tháng", font: FontSpec(family: "x", size: 8),
                      metrics: TextMetrics(width: 40, ascent: 6, descent: 2))
    var inner = Frame(size: Size(40, 8))
    inner.add(run, baseline: Point(-40, 2))
    var f = Frame(size: Size(300, 300))
    f.add(.group(Group(frame: inner, transform: .rotate(degrees: degrees))), at: Point(x, 100))
    return f.placedTexts()[0]
  }

  func testParallelRotatedLabelsWithOverlappingBoxesDoNotOverlap() {
    let a = placed(100, degrees: -45), b = placed(115, degrees: -45)
    XCTAssertTrue(a.box.intersects(b.box), "bounding boxes do meet")
    XCTAssertFalse(a.overlaps(b), "the letters do not")
  }

  func testCloseRotatedLabelsOverlap() {
    XCTAssertTrue(placed(100, degrees: -45).overlaps(placed(104, degrees: -45)))
    XCTAssertTrue(placed(100, degrees: 0).overlaps(placed(130, degrees: 0)))
  }
}
