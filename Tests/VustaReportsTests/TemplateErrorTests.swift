import XCTest
@testable import VustaReports

/// Bad templates fail before anything is computed, naming file:line:column and what was expected.
final class TemplateErrorTests: XCTestCase {
  func check(_ yaml: String, line: Int, column: Int, contains words: String,
             file: StaticString = #filePath, at: UInt = #line) {
    assertTemplateError(yaml, line: line, column: column, contains: words, file: file, at: at)
  }

  func testUnknownBlockType() {
    check("""
      body:
        - text: "Một"
        - bieu-do: { data: meetings.byMonth }
      """, line: 3, column: 5, contains: "bieu-do")
  }

  func testALimitIsAPositiveCount() {
    // "limit: -1" once crashed the report on a negative prefix
    check("""
      body:
        - table:
            data: meetings.byProvince
            columns: []
            limit: -1
      """, line: 5, column: 14, contains: "từ 1 đến 10.000")
    check("""
      body:
        - list: { data: meetings.byProvince, item: "{{name}}", limit: 0 }
      """, line: 2, column: 65, contains: "limit")
  }

  func testMissingField() {
    check("""
      body:
        - chart:
            kind: bar
            title: "Không có dữ liệu"
      """, line: 3, column: 7, contains: "data")
    check("page: a5\n", line: 1, column: 1, contains: "body")
  }

  func testMustacheError() {
    check("""
      body:
        - text: "Năm {{year}} có {{#meetings.byKind}}{{kind}} hội nghị"
      """, line: 2, column: 28, contains: "Mustache")
  }

  func testUnknownStatistic() {
    check("""
      body:
        - heading: "Hội nghị"
        - text: "Tổng cộng {{meetings.totl}} hội nghị."
      """, line: 3, column: 24, contains: "meetings.total")
  }

  func testUnknownTableAndColumn() {
    check("body:\n  - table: { data: meetings.byProvinces, columns: [province] }\n", line: 2, column: 20,
          contains: "meetings.byProvince")
    check("body:\n  - table: { data: meetings.byProvince, columns: [province, hoiVien] }\n", line: 2, column: 61,
          contains: "hoiVien")
  }

  func testProvinceNamesNeedAProvinceTemplate() {
    check("body:\n  - text: \"{{province.name}}\"\n", line: 2, column: 14, contains: "province.name")
  }

  func testFieldsOfATableAreNamesInsideItsSection() throws {
    let t = try TemplateParser.parse("""
      body:
        - text: "{{#meetings.byKind}}{{kind}}: {{meetings}}; {{/meetings.byKind}}"
        - list: { data: meetings.byProvince, item: "{{province}} {{meetings}}" }
      """, file: "mau.yaml")
    XCTAssertNoThrow(try TemplateValidator.validate(t))
  }

  func testTheRepositoryTemplatesAreValid() throws {
    for name in ["bao-cao-nam", "tom-tat-tinh", "to-roi-a5"] { XCTAssertNoThrow(try ReportFixtures.template(name), name) }
  }

  func testNoValueNameIsAlsoATableName() {
    let tables = Set(DataSchema.datasets.map(\.name))
    for v in DataSchema.values {
      XCTAssertFalse(tables.contains(v.name), v.name)
      XCTAssertFalse(tables.contains { $0.hasPrefix(v.name + ".") }, v.name)
    }
  }
}
