import Foundation
import VustaCorpus
import VustaModel
import XCTest

/// sources.csv rows a person must hear about (issue 12, item 6): a row for a file that is not
/// there is a warning naming the line, two different rows for one file an error naming both
/// lines, a control character in a URL an error naming the line.
final class SourcesCheckTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "vusta-sources-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "Tin".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

  func sources(_ csv: String) throws -> [CorpusWarning] {
    try csv.write(toFile: dir + "/sources.csv", atomically: true, encoding: .utf8)
    var warnings: [CorpusWarning] = []
    _ = try Corpus().sources(for: [dir + "/a.txt"], warn: { warnings.append($0) })
    return warnings
  }

  func testARowForAMissingFileIsAWarningNamingTheLine() throws {
    let w = try sources("file,url\na.txt,https://x.vn/a\nkhong-co.txt,https://x.vn/b\n")
    XCTAssertEqual(w.count, 1)
    XCTAssertTrue(w[0].description.contains("sources.csv:3"), w[0].description)
    XCTAssertTrue(w[0].description.contains("khong-co.txt"), w[0].description)
  }

  /// A row naming the file in decomposed letters (as macOS writes names) applies to the file
  /// named in composed ones: no warning that it is ignored. A headline in decomposed letters is
  /// stored composed, as the text is.
  func testDecomposedNamesAndTitles() throws {
    let composed = "Hà Tĩnh.txt"
    try "Tin".write(toFile: dir + "/" + composed, atomically: true, encoding: .utf8)
    let w = try sources("file,published\n\(composed.decomposedStringWithCanonicalMapping),2024-03-29\n")
    XCTAssertEqual(w.map(\.description), [])
    let page = "<html><head><title>\("Hội nghị Hà Tĩnh".decomposedStringWithCanonicalMapping)</title></head><body><p>Tin</p></body></html>"
    try page.write(toFile: dir + "/p.html", atomically: true, encoding: .utf8)
    let a = try XCTUnwrap(Corpus().read(path: dir + "/p.html", sources: nil, warn: { _ in }))
    XCTAssertEqual(a.source.title.map { Array($0.unicodeScalars) }, Array("Hội nghị Hà Tĩnh".precomposedStringWithCanonicalMapping.unicodeScalars))
  }

  func testConflictingDuplicateRowsAreAnErrorNamingBothLines() {
    let csv = "file,url,published\na.txt,https://x.vn/a,2022-12-30\nb.txt,,\na.txt,https://x.vn/khac,2022-12-30\n"
    XCTAssertThrowsError(try SourcesTable(csv: csv, path: "sources.csv")) { e in
      guard case .badSources(_, let line, let m)? = e as? CorpusError else { return XCTFail("\(e)") }
      XCTAssertEqual(line, 4)
      XCTAssertTrue(m.contains("dòng 2") && m.contains("a.txt"), m)
    }
    XCTAssertThrowsError(try SourcesTable(csv: "file,published\na.txt,2022-12-30\na.txt,2023-01-02\n", path: "s.csv"))
    XCTAssertNoThrow(try SourcesTable(csv: "file,url\na.txt,https://x.vn/a\na.txt,https://x.vn/a\n", path: "s.csv"),
                     "the same row twice says nothing new")
  }

  /// The CSV reader takes an unclosed quote as a field to the end of the file: the rows after
  /// it would be one title, their URLs, dates and provinces lost.
  func testAnUnclosedQuoteIsAnErrorNamingTheLineItOpensOn() {
    let csv = "file,url,published,province,title\na.txt,https://x.vn/1,2022-12-30,,\"Tiêu đề chưa đóng\nb.txt,https://x.vn/3,2022-12-27,Hải Phòng,HP\n"
    XCTAssertThrowsError(try SourcesTable(csv: csv, path: "sources.csv")) { e in
      guard case .badSources(_, let line, let m)? = e as? CorpusError else { return XCTFail("\(e)") }
      XCTAssertEqual(line, 2)
      XCTAssertTrue(m.contains("ngoặc kép"), m)
    }
    let closed = "file,title\na.txt,\"Hai dòng\ntrong một ô, có \"\"ngoặc\"\"\"\nb.txt, \"có dấu cách\" \n"
    XCTAssertNoThrow(try SourcesTable(csv: closed, path: "sources.csv"))
  }

  func testAControlCharacterInAURLIsAnErrorNamingTheLine() {
    for url in ["https://x.vn/a\u{0}b", "https://x.vn/a\u{1}", "https://x.vn/\u{7F}"] {
      XCTAssertThrowsError(try SourcesTable(csv: "file,url\na.txt,\"\(url)\"\n", path: "sources.csv")) { e in
        guard case .badSources(_, let line, let m)? = e as? CorpusError else { return XCTFail("\(e)") }
        XCTAssertEqual(line, 2)
        XCTAssertTrue(m.contains("URL"), m)
      }
    }
  }
}

/// Fields are trimmed the same whether or not the file has a quote next to a space (two ways of
/// reading it, one fast).
final class SourcesTrimTests: XCTestCase {
  func testPlainAndQuotedFieldsWithSpaces() throws {
    let plain = try SourcesTable(csv: " file , url,published ,province,title\n a.txt ,\thttps://a.vn/x , 2023-03-21 ,Nghệ An\u{A0}, Hội nghị \n",
                                 path: "s.csv")
    XCTAssertEqual(plain.rows["a.txt"], SourceInfo(url: "https://a.vn/x", published: FactDate(year: 2023, month: 3, day: 21),
                                                   province: "Nghệ An", title: "Hội nghị"))
    let quoted = try SourcesTable(csv: "file,url,published,province,title\na.txt, https://a.vn/x, 21/03/2023, Nghệ An, \"Hội nghị, tổng kết\" \n",
                                  path: "s.csv")
    XCTAssertEqual(quoted.rows["a.txt"]?.title, "Hội nghị, tổng kết")
    XCTAssertEqual(quoted.rows["a.txt"]?.province, "Nghệ An")
    let inner = try SourcesTable(csv: "file,title\na.txt,\"Hội thảo \"\"Trí thức\"\" năm 2023\"\n", path: "s.csv")
    XCTAssertEqual(inner.rows["a.txt"]?.title, "Hội thảo \"Trí thức\" năm 2023")
  }
}
