import Foundation
import XCTest

/// `vusta report --template` with values a template must not have: exit 65 at file:line:column,
/// nothing written anywhere (issue 12, items 13 and 18).
final class ReportTemplateCheckTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-template-check-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir + "/a/b", withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Runs the report with a template; returns the run and every file under the test folder.
  func report(_ yaml: String) throws -> (code: Int32, err: String, files: [String]) {
    let template = dir + "/mau.yaml"
    try yaml.write(toFile: template, atomically: true, encoding: .utf8)
    let r = try VustaProcess.run(["report", "seeds", "--year", "2022", "--db", dir + "/v.sqlite",
                                  "--template", template, "--out", dir + "/a/b/out"])
    let files = (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? [])
      .filter { !$0.hasPrefix("v.sqlite") && $0 != "mau.yaml" && $0 != "a" && $0 != "a/b" }
    return (r.code, r.err, files)
  }

  func testANameThatLeavesTheOutputFolderIsRefused() throws {
    let r = try report("name: ../../../x\nbody:\n  - text: \"Năm {{year}}\"\n")
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("mau.yaml:1:7:"), r.err)
    XCTAssertEqual(r.files, [])
  }

  func testAnEmptyNameIsRefused() throws {
    let r = try report("name: \"\"\nbody:\n  - text: \"Năm {{year}}\"\n")
    XCTAssertEqual(r.code, 65, r.err)
    XCTAssertTrue(r.err.contains("mau.yaml:1:7:"), r.err)
    XCTAssertEqual(r.files, [])
  }

  func testOutOfRangeValuesAreRefusedBeforeAnythingIsRendered() throws {
    let cases: [(String, String)] = [
      ("body:\n  - chart: { kind: bar, data: meetings.byProvince, height: -5 }\n", "mau.yaml:2:"),
      ("style: { line-height: 0 }\nbody:\n  - text: x\n", "mau.yaml:1:"),
      ("body:\n  - spacer: -12\n", "mau.yaml:2:"),
      ("body:\n  - table: { data: meetings.byProvince, columns: [province], font-size: 1e5 }\n", "mau.yaml:2:"),
      ("body:\n  - table: { data: meetings.byProvince, columns: [province], zebra: \"có\" }\n", "mau.yaml:2:"),
      ("body:\n  - table: { data: meetings.byProvince, columns: [] }\n", "mau.yaml:2:"),
      ("body:\n  - text: \"{{meetings.byProvince}}\"\n", "mau.yaml:2:"),
    ]
    for (yaml, place) in cases {
      let r = try report(yaml)
      XCTAssertEqual(r.code, 65, "\(yaml)\n\(r.err)")
      XCTAssertTrue(r.err.contains(place), "\(yaml)\n\(r.err)")
      XCTAssertEqual(r.files, [], yaml)
    }
  }
}
