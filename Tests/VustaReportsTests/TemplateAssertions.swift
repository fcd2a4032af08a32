import XCTest
@testable import VustaReports

/// Parses and validates `yaml` as "mau.yaml" and checks that it fails at line:column with a
/// message containing `words` (every template error test uses it).
func assertTemplateError(_ yaml: String, line: Int, column: Int, contains words: String,
                         file: StaticString = #filePath, at: UInt = #line) {
  do {
    let t = try TemplateParser.parse(yaml, file: "mau.yaml")
    try TemplateValidator.validate(t)
    XCTFail("no error for:\n\(yaml)", file: file, line: at)
  } catch let e as TemplateError {
    XCTAssertEqual(e.position, SourcePosition(file: "mau.yaml", line: line, column: column), "\(e)", file: file, line: at)
    XCTAssertTrue(e.description.hasPrefix("mau.yaml:\(line):\(column): "), e.description, file: file, line: at)
    XCTAssertTrue(e.description.contains(words), e.description, file: file, line: at)
  } catch {
    XCTFail("\(error)", file: file, line: at)
  }
}

/// Parses and validates `yaml`, failing the test on any error.
func assertTemplateAccepted(_ yaml: String, file: StaticString = #filePath, at: UInt = #line) {
  do {
    try TemplateValidator.validate(try TemplateParser.parse(yaml, file: "mau.yaml"))
  } catch {
    XCTFail("\(error)\n\(yaml)", file: file, line: at)
  }
}
