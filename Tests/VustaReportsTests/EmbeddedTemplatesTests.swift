import Foundation
import XCTest
@testable import VustaReports

/// The templates inside the binary are templates/*.yaml as they are in the repository, and each
/// parses and validates (scripts/embed-resources.py writes them; run it after editing one).
final class EmbeddedTemplatesTests: XCTestCase {
  func testEveryTemplateOfTheRepositoryIsEmbeddedAsItIs() throws {
    let folder = URL(fileURLWithPath: ReportFixtures.templates)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
    XCTAssertEqual(Set(files.map { String($0.dropLast(5)) }), Set(EmbeddedTemplates.texts.keys))
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      XCTAssertEqual(EmbeddedTemplates.texts[String(file.dropLast(5))], text, "\(file): run python3 scripts/embed-resources.py")
      let t = try TemplateParser.parse(text, file: file)
      XCTAssertNoThrow(try TemplateValidator.validate(t), file)
    }
  }
}
