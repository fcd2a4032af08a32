import XCTest
@testable import VustaReports

/// Template values outside their range or of the wrong kind (issue 12, item 18) stop the template
/// at their file:line:column before anything is rendered.
final class TemplateRangeTests: XCTestCase {
  func chart(_ field: String) -> String {
    "body:\n  - chart:\n      kind: bar\n      data: meetings.byProvince\n      \(field)\n"
  }

  func testAChartHeightIsAPositiveSizeThatFitsAPage() {
    assertTemplateError(chart("height: 0"), line: 5, column: 15, contains: "height")
    assertTemplateError(chart("height: -40"), line: 5, column: 15, contains: "height")
    assertTemplateError(chart("height: 1e6"), line: 5, column: 15, contains: "height")
    assertTemplateError(chart("height: .nan"), line: 5, column: 15, contains: "height")
    assertTemplateAccepted(chart("height: 240"))
  }

  func testStyleLineHeightAndIndentHaveRanges() {
    let body = "body:\n  - text: \"x\"\n"
    assertTemplateError("style:\n  line-height: 0\n" + body, line: 2, column: 16, contains: "line-height")
    assertTemplateError("style:\n  line-height: 40\n" + body, line: 2, column: 16, contains: "line-height")
    assertTemplateError("style:\n  indent: -5\n" + body, line: 2, column: 11, contains: "indent")
    assertTemplateError("style:\n  indent: 5000\n" + body, line: 2, column: 11, contains: "indent")
    assertTemplateAccepted("style:\n  line-height: 1.5\n  indent: 28\n" + body)
  }

  func testASpacerIsNotNegativeNorTallerThanAPage() {
    assertTemplateError("body:\n  - spacer: -12\n", line: 2, column: 13, contains: "spacer")
    assertTemplateError("body:\n  - spacer: 90000\n", line: 2, column: 13, contains: "spacer")
    assertTemplateAccepted("body:\n  - spacer: 12\n")
  }

  func testATableFontSizeHasARange() {
    let table = "body:\n  - table:\n      data: meetings.byProvince\n      columns: [province]\n"
    assertTemplateError(table + "      font-size: 1e5\n", line: 5, column: 18, contains: "font-size")
    assertTemplateError(table + "      font-size: 0\n", line: 5, column: 18, contains: "font-size")
    assertTemplateAccepted(table + "      font-size: 10\n")
  }

  func testABooleanIsTrueOrFalseNotAWord() {
    let table = "body:\n  - table:\n      data: meetings.byProvince\n      columns: [province]\n"
    assertTemplateError(table + "      zebra: \"có\"\n", line: 5, column: 14, contains: "true")
    assertTemplateError(table + "      zebra: có\n", line: 5, column: 14, contains: "true")
    assertTemplateError("style:\n  zebra: \"true\"\nbody:\n  - text: x\n", line: 2, column: 10, contains: "zebra")
    assertTemplateAccepted(table + "      zebra: true\n")
    assertTemplateAccepted(table + "      zebra: no\n")
  }

  func testATableNeedsColumns() {
    assertTemplateError("body:\n  - table:\n      data: meetings.byProvince\n      columns: []\n",
                        line: 4, column: 16, contains: "columns")
  }

  func testATableIsNotATextValue() {
    assertTemplateError("body:\n  - text: \"Tỉnh: {{meetings.byProvince}}\"\n", line: 2, column: 20,
                        contains: "meetings.byProvince")
    assertTemplateError("body:\n  - figures:\n      - { value: \"{{citations.top}}\", label: x }\n", line: 3, column: 21,
                        contains: "citations.top")
    assertTemplateAccepted("body:\n  - text: \"{{#meetings.byProvince}}{{province}} {{/meetings.byProvince}}\"\n")
  }

  func testPartialsAreRefused() {
    assertTemplateError("body:\n  - text: \"Năm {{year}} {{> chan-trang}}\"\n", line: 2, column: 27, contains: "partial")
  }
}
