import XCTest
import VustaFrame

final class GeometryTests: XCTestCase {
  func testRectIntersectionIgnoresTouchingEdges() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    XCTAssertTrue(a.intersects(Rect(x: 9, y: 9, width: 5, height: 5)))
    XCTAssertFalse(a.intersects(Rect(x: 10, y: 0, width: 5, height: 5)))
    XCTAssertFalse(a.intersects(Rect(x: 0, y: 11, width: 5, height: 5)))
  }

  func testConcatenationAppliesFirstThenSelf() {
    let t = Transform.translate(10, 0).concatenating(.scale(2, 2))
    let p = t.apply(Point(1, 1))
    XCTAssertEqual(p.x, 12, accuracy: 1e-9)
    XCTAssertEqual(p.y, 2, accuracy: 1e-9)
  }

  func testRotationIsClockwiseOnThePage() {
    let p = Transform.rotate(degrees: 90).apply(Point(1, 0))
    XCTAssertEqual(p.x, 0, accuracy: 1e-9)
    XCTAssertEqual(p.y, 1, accuracy: 1e-9)  // y down: +x turns to +y
  }

  func testRotatedRectBoundingBox() {
    let box = Transform.rotate(degrees: -90).apply(Rect(x: -20, y: -5, width: 20, height: 10))
    XCTAssertEqual(box.width, 10, accuracy: 1e-9)
    XCTAssertEqual(box.height, 20, accuracy: 1e-9)
    XCTAssertEqual(box.minY, 0, accuracy: 1e-9)
  }

  func testPixelsAreThreeQuartersOfAPoint() {
    XCTAssertEqual(Size.pixels(800, 600), Size(600, 450))
  }
}
