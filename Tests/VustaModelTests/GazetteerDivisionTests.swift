import XCTest
import VustaModel

/// The skeleton's test folder; the charts branch needs the division sizes it relies on.
final class GazetteerDivisionTests: XCTestCase {
  func testDivisionSizes() {
    XCTAssertEqual(Gazetteer.shared.units(.old63).count, 63)
    XCTAssertEqual(Gazetteer.shared.units(.new34).count, 34)
  }
}
