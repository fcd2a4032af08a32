import XCTest
import VustaCairo
import VustaFrame

/// A few small golden PNGs guard the backend (text, shapes, hatching, rotation). Re-record
/// after an intended change with `VUSTA_RECORD_GOLDENS=1 swift test --filter GoldenImageTests`
/// and look at the new files before committing them.
final class GoldenImageTests: XCTestCase {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  /// Share of pixels allowed to differ (font or rasteriser versions move a few edge pixels).
  let tolerance = 0.01

  func testBarChart() throws { try check("bar", RenderFixtures.barPage()) }
  func testLineChart() throws { try check("line", RenderFixtures.linePage()) }
  func testTileMap() throws { try check("tile-map-34", RenderFixtures.tileMapPage()) }

  func testComparisonCanFail() throws {
    let a = try XCTUnwrap(Raster(png: try renderPNG(RenderFixtures.barPage(), dpi: 96)))
    let b = try XCTUnwrap(Raster(png: try renderPNG(RenderFixtures.linePage(), dpi: 96)))
    XCTAssertGreaterThan(a.differingFraction(from: b), tolerance)
  }

  private func check(_ name: String, _ page: Page) throws {
    let png = try renderPNG(page, dpi: 96)
    let url = Self.folder.appendingPathComponent(name + ".png")
    if ProcessInfo.processInfo.environment["VUSTA_RECORD_GOLDENS"] != nil {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(png).write(to: url)
      return
    }
    let golden = try XCTUnwrap(Raster(png: [UInt8](try Data(contentsOf: url))), "missing golden \(url.path)")
    let actual = try XCTUnwrap(Raster(png: png))
    let diff = actual.differingFraction(from: golden)
    if diff > tolerance {
      let out = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-golden-\(name)-actual.png")
      try? Data(png).write(to: out)
      XCTFail("\(name): \(Int(diff * 10000)) of 10000 pixels differ (actual written to \(out.path))")
    }
  }
}
