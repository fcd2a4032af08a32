import XCTest
@testable import VustaReports

/// A template's `name:` and a chart's `file:` become file names under --out (issue 12, item 13):
/// a path separator, "..", an empty name or a leading "-" is an error at file:line:column.
final class TemplateFileNameTests: XCTestCase {
  func testBadTemplateNamesAreRefusedWhereTheyAreWritten() {
    let body = "\nbody:\n  - text: \"x\"\n"
    assertTemplateError("name: ../../../x" + body, line: 1, column: 7, contains: "name")
    assertTemplateError("name: a/b" + body, line: 1, column: 7, contains: "/")
    assertTemplateError("name: a\\\\b" + body, line: 1, column: 7, contains: "name")
    assertTemplateError("name: \"..\"" + body, line: 1, column: 7, contains: "..")
    assertTemplateError("name: \"\"" + body, line: 1, column: 7, contains: "rỗng")
    assertTemplateError("name: \"  \"" + body, line: 1, column: 7, contains: "rỗng")
    assertTemplateError("name: -bao-cao" + body, line: 1, column: 7, contains: "-")
    assertTemplateError("name: \"a\\u0000b\"" + body, line: 1, column: 7, contains: "name")
  }

  func testBadChartFileNamesAreRefusedToo() {
    assertTemplateError("""
      body:
        - chart: { kind: bar, data: meetings.byProvince, file: ../../x }
      """, line: 2, column: 58, contains: "file")
    assertTemplateError("""
      body:
        - chart: { kind: bar, data: meetings.byProvince, file: "" }
      """, line: 2, column: 58, contains: "file")
  }

  func testOrdinaryNamesAreAccepted() {
    assertTemplateAccepted("name: bao-cao-quy.2\nbody:\n  - text: \"x\"\n")
    assertTemplateAccepted("name: báo cáo năm\nbody:\n  - chart: { kind: bar, data: meetings.byProvince, file: ban-do_1 }\n")
  }
}
