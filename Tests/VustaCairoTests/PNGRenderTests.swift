import XCTest
import VustaCairo
import VustaFrame

final class PNGRenderTests: XCTestCase {
  func testPixelSizeFollowsDPIAndColoursAreExact() throws {
    var f = Frame(size: Size(72, 36))
    f.add(Shape(path: .rect(Rect(x: 0, y: 0, width: 36, height: 36)), fill: Color(hex: 0x0072B2)))
    for dpi in [72.0, 96, 300] {
      let png = try renderPNG(Page(frame: f), dpi: dpi)
      let r = try XCTUnwrap(Raster(png: png), "decodes with libpng")
      XCTAssertEqual(r.width, Int((72 * dpi / 72).rounded()))
      XCTAssertEqual(r.height, Int((36 * dpi / 72).rounded()))
      XCTAssertEqual(Array(r.rgba[0..<4]), [0x00, 0x72, 0xB2, 0xFF], "inside the rectangle")
      let right = (r.width - 1) * 4
      XCTAssertEqual(Array(r.rgba[right..<right + 4]), [0xFF, 0xFF, 0xFF, 0xFF], "white paper")
    }
  }

  func testPHYsChunkCarriesTheDPI() throws {
    let png = try renderPNG(Page(frame: Frame(size: Size(10, 10))), dpi: 300)
    let phys = try XCTUnwrap(findChunk("pHYs", in: png))
    let ppm = phys[0..<4].reduce(0) { $0 << 8 | Int($1) }
    XCTAssertEqual(ppm, 11811)  // 300 / 0.0254
    XCTAssertEqual(phys[8], 1)
  }

  func testTransparentPageKeepsAlpha() throws {
    var f = Frame(size: Size(10, 10))
    f.add(Shape(path: .rect(Rect(x: 0, y: 0, width: 5, height: 10)), fill: Color(hex: 0xD55E00)))
    let r = try XCTUnwrap(Raster(png: try renderPNG(Page(frame: f, fill: nil), dpi: 72)))
    XCTAssertEqual(Array(r.rgba[0..<4]), [0xD5, 0x5E, 0x00, 0xFF])
    XCTAssertEqual(r.rgba[9 * 4 + 3], 0, "transparent right half")
  }

  func testSVGIsSizedInPoints() throws {
    let svg = String(decoding: try renderSVG(RenderFixtures.barPage()), as: UTF8.self)
    XCTAssertTrue(svg.contains("<svg"))
    XCTAssertTrue(svg.contains("width=\"300pt\""))
  }

  private func findChunk(_ type: String, in png: [UInt8]) -> ArraySlice<UInt8>? {
    var i = 8
    while i + 8 <= png.count {
      let len = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
      if String(decoding: png[i + 4..<i + 8], as: UTF8.self) == type { return Array(png[i + 8..<i + 8 + len])[...] }
      i += 12 + len
    }
    return nil
  }
}

final class ImageItemRenderTests: XCTestCase {
  func testImagesAreDrawnScaledIntoTheirBox() throws {
    var small = Frame(size: Size(2, 2))
    small.add(Shape(path: .rect(Rect(x: 0, y: 0, width: 2, height: 2)), fill: Color(hex: 0x009E73)))
    let png = try renderPNG(Page(frame: small), dpi: 72)
    var f = Frame(size: Size(40, 20))
    f.add(.image(ImageItem(png: png, size: Size(20, 20), alt: "ô xanh")), at: Point(20, 0))
    let r = try XCTUnwrap(Raster(png: try renderPNG(Page(frame: f), dpi: 72)))
    let at = { (x: Int, y: Int) in Array(r.rgba[(y * r.width + x) * 4..<(y * r.width + x) * 4 + 3]) }
    XCTAssertEqual(at(30, 10), [0x00, 0x9E, 0x73])
    XCTAssertEqual(at(5, 10), [0xFF, 0xFF, 0xFF])
  }
}
