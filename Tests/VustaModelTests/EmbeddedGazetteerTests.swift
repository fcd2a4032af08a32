import Foundation
import XCTest
@testable import VustaModel

/// The gazetteer inside the binary is Resources/gazetteer.json as it is in the repository
/// (scripts/embed-resources.py writes it; run it after editing the JSON).
final class EmbeddedGazetteerTests: XCTestCase {
  func testTheEmbeddedGazetteerIsTheRepositorysFile() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/VustaModel/Resources/gazetteer.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertEqual(embeddedGazetteerJSON, text, "run python3 scripts/embed-resources.py")
    XCTAssertEqual(Gazetteer.shared.units(.old63).count, 63)
  }
}
