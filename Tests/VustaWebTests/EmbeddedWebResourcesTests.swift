import Foundation
import Mustache
import XCTest
@testable import VustaWeb

/// The page templates and static files inside the binary are Sources/VustaWeb/Resources as it
/// is in the repository (scripts/embed-resources.py writes them; run it after editing one), and
/// each template parses.
final class EmbeddedWebResourcesTests: XCTestCase {
  let resources = WebTestCase.repoRoot.appendingPathComponent("Sources/VustaWeb/Resources")

  func testEveryPageTemplateIsEmbeddedAsItIs() throws {
    let folder = resources.appendingPathComponent("templates")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
    XCTAssertEqual(Set(files.map { String($0.dropLast(9)) }), Set(EmbeddedWebResources.templates.keys))
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      XCTAssertEqual(EmbeddedWebResources.templates[String(file.dropLast(9))], text, "\(file): run python3 scripts/embed-resources.py")
      XCTAssertNoThrow(try MustacheTemplate(string: text), file)
    }
  }

  func testEveryStaticFileIsEmbeddedAsItIs() throws {
    let folder = resources.appendingPathComponent("static")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    XCTAssertEqual(Set(files), Set(EmbeddedWebResources.staticFiles.keys))
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      XCTAssertEqual(EmbeddedWebResources.staticFiles[file], text, "\(file): run python3 scripts/embed-resources.py")
    }
  }
}
