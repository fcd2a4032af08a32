import XCTest
import VustaExtract

/// The skeleton's test folder: the extractor uses the shipped gazetteer by default.
final class ExtractorDefaultsTests: XCTestCase {
  func testDefaultGazetteerIsShipped() {
    XCTAssertEqual(Extractor().gazetteer.old.count, 63)
  }
}
