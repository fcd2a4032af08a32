import Foundation
import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// Broken and odd input: every file is either read or skipped with a warning, never a crash.
final class BadInputTests: XCTestCase {
  var dir: URL!

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let p = dir.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }

  func read(_ path: String) -> (Article?, [CorpusWarning]) {
    var warnings: [CorpusWarning] = []
    let a = Corpus().read(path: path, sources: nil, warn: { warnings.append($0) })
    return (a, warnings)
  }

  func testMissingPathIsAnError() {
    XCTAssertThrowsError(try Corpus().files(under: [dir.appendingPathComponent("nope").path])) { e in
      guard case CorpusError.missing(let p)? = e as? CorpusError else { return XCTFail("\(e)") }
      XCTAssertTrue(p.hasSuffix("nope"))
    }
  }

  func testBinaryFilesAreSkippedWithAWarning() {
    let png = write("a.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    let (a, w) = read(png)
    XCTAssertNil(a)
    XCTAssertEqual(w.count, 1)
    XCTAssertTrue(w[0].message.contains("nhị phân"))
    let nul = write("b.txt", Array("Ngày 16/10".utf8) + [0, 0, 1])
    XCTAssertNil(read(nul).0)
  }

  func testAFileThatCannotBeReadIsSkippedWithAWarning() {
    // a folder where a file was expected, and a file gone between the walk and the read
    let folder = dir.appendingPathComponent("not-a-file.txt").path
    XCTAssertNoThrow(try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false))
    for path in [folder, dir.appendingPathComponent("gone.txt").path] {
      let (a, w) = read(path)
      XCTAssertNil(a, path)
      XCTAssertEqual(w.map(\.path), [path])
      XCTAssertTrue(w.first?.message.contains("không đọc được tệp") == true, "\(w)")
    }
  }

  func testALargeFileIsReadWhole() throws {
    // (more than one read's worth: every byte arrives, in order)
    let line = "Ngày 16/10, Liên hiệp các Hội KH&KT tỉnh Phú Thọ tổ chức hội nghị giao ban.\n"
    let text = String(repeating: line, count: 40_000)
    let (a, w) = read(write("large.txt", Array(text.utf8)))
    XCTAssertTrue(w.isEmpty)
    XCTAssertEqual(try XCTUnwrap(a).text.utf8.count, text.utf8.count)
    XCTAssertEqual(a?.text, text)
  }

  func testAPipeNamedAsAFileIsReadToItsEnd() throws {
    // (`vusta extract <(…)`: a FIFO, no size to go by)
    let fifo = dir.appendingPathComponent("pipe.txt").path
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let text = "Ngày 16/10/2020, Liên hiệp các Hội KH&KT tỉnh Phú Thọ tổ chức hội nghị giao ban."
    let writer = Thread {
      let h = FileHandle(forWritingAtPath: fifo)
      h?.write(Data(text.utf8))
      try? h?.close()
    }
    writer.start()
    let (a, w) = read(fifo)
    XCTAssertTrue(w.isEmpty, "\(w)")
    XCTAssertEqual(a?.text, text)
  }

  func testAnEndlessDeviceIsRefusedAfterItsLimit() {
    // (/dev/zero named as a file: read no further than a stream's limit, then skipped with a word)
    let (a, w) = read("/dev/zero")
    XCTAssertNil(a)
    XCTAssertEqual(w.map(\.path), ["/dev/zero"])
    XCTAssertTrue(w.first?.message.contains("luồng dài quá 64 MB") == true, "\(w)")
  }

  /// A file with no letter in it is no article (stored, it would count among the articles read):
  /// skipped with a word, as an empty .docx or .pdf is.
  func testAnEmptyFileIsSkippedWithAWarning() throws {
    for (name, bytes) in [("empty.txt", [UInt8]()), ("blank.txt", Array(" \n\t\r\n".utf8)),
                          ("markup.html", Array("<html><body><div> </div></body></html>".utf8))] {
      let (a, w) = read(write(name, bytes))
      XCTAssertNil(a, name)
      XCTAssertEqual(w.count, 1, name)
      XCTAssertTrue(w.first?.message.contains("tệp rỗng") == true, "\(w)")
    }
    let (a, _) = read(write("one-word.txt", Array("Hội".utf8)))
    XCTAssertNotNil(a)
    let (headline, w) = read(write("headline.html", Array("<html><head><title>Hội nghị giao ban quý I</title></head><body></body></html>".utf8)))
    XCTAssertNotNil(headline, "a page with its headline in its head only is read by it")
    XCTAssertTrue(w.isEmpty, "\(w)")
  }

  func testEncodings() throws {
    let text = "Hội nghị giao ban năm 2020\nNgày 16/10, Liên hiệp các Hội KH&KT tỉnh Phú Thọ tổ chức hội nghị giao ban."
    // UTF-8 with BOM
    let (a1, w1) = read(write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8)))
    XCTAssertEqual(a1?.text.hasPrefix("Hội nghị"), true)
    XCTAssertTrue(w1.isEmpty)
    // UTF-16 LE with BOM
    var le: [UInt8] = [0xFF, 0xFE]
    for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    XCTAssertEqual(read(write("le.txt", le)).0?.text, VietnameseText.normalize(text))
    // Windows-1258: "Hà Nội" = H, a + grave (0xCC), space, N, ô (0xF4) + dot below (0xF2), i
    let (a3, w3) = read(write("cp.txt", [0x48, 0x61, 0xCC, 0x20, 0x4E, 0xF4, 0xF2, 0x69]))
    XCTAssertEqual(a3?.text, "Hà Nội")
    XCTAssertEqual(w3.count, 1)
    XCTAssertTrue(w3[0].message.contains("Windows-1258"))
  }

  func testTruncatedUTF8AndRandomBytesNeverCrash() {
    var rng = SystemRandomNumberGenerator()
    let sample = Array("Sáng 27/12, LHH Hải Phòng tổ chức Hội nghị Ban Chấp hành tổng kết năm 2022 với hơn 200 đại biểu. Chỉ thị 42-CT/TW".utf8)
    let extractor = Extractor()
    for n in 0..<200 {
      var bytes: [UInt8]
      if n % 2 == 0 {
        bytes = Array(sample.prefix(Int.random(in: 0...sample.count, using: &rng)))
        if !bytes.isEmpty && n % 4 == 0 { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0x80...0xFF, using: &rng) }
      } else {
        bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 1...255, using: &rng) }
      }
      if let a = Corpus().article(path: "r\(n).txt", data: Data(bytes), sources: nil, warn: { _ in }) {
        _ = extractor.extract(a)
      }
    }
  }

  func testSourcesCSVBadRowNamesTheLine() {
    let csv = "file,url,published\na.txt,https://x.vn/a,2022-12-30\nb.txt,https://x.vn/b,32/13/2022\n"
    XCTAssertThrowsError(try SourcesTable(csv: csv, path: "sources.csv")) { e in
      XCTAssertEqual(e as? CorpusError, .badSources(path: "sources.csv", line: 3,
        message: "ngày '32/13/2022' không hợp lệ (expected YYYY-MM-DD or DD/MM/YYYY)"))
    }
    XCTAssertThrowsError(try SourcesTable(csv: "url\nx\n", path: "s.csv")) { e in
      guard case .badSources(_, let line, let m)? = e as? CorpusError else { return XCTFail() }
      XCTAssertEqual(line, 1)
      XCTAssertTrue(m.contains("file"))
    }
    XCTAssertThrowsError(try SourcesTable(csv: "file,province\na.txt,Thai Binhh\n", path: "s.csv")) { e in
      guard case .badSources(_, 2, let m)? = e as? CorpusError else { return XCTFail("\(e)") }
      XCTAssertTrue(m.contains("Thái Bình"), m)
    }
  }

  func testSourcesCSVGivesURLDateAndProvince() throws {
    let csv = "\u{FEFF}file,url,published,province,title\nx.txt,https://vustathaibinh.org.vn/a,30/12/2022,Thái Bình,Tiêu đề\n"
    let table = try SourcesTable(csv: csv, path: "sources.csv")
    let info = try XCTUnwrap(table.info(forRelativePath: "x.txt"))
    XCTAssertEqual(info.published, FactDate(year: 2022, month: 12, day: 30))
    XCTAssertEqual(info.url, "https://vustathaibinh.org.vn/a")
    let text = "Ngày 30/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Hội nghị tổng kết năm 2022."
    let a = Article(id: "x", path: "x.txt", text: text, sha256: "", source: info)
    let d = Extractor().extract(a)
    XCTAssertEqual(d.meetings.first?.province, "Thái Bình")
    XCTAssertEqual(d.url, "https://vustathaibinh.org.vn/a")
  }

  func testHTMLIsReducedToTextWithItsMeta() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Trang</title>
      <link rel="canonical" href="https://lienhiephoikontum.org.vn/tin/1">
      <meta property="article:published_time" content="2023-05-20T08:00:00+07:00">
      <style>p{color:red}</style><script>var a = "Ngày 1/1, hội nghị";</script></head>
      <body><nav>Trang chủ | Tin tức</nav><h1>Hội nghị Ban Chấp hành Liên hiệp hội tỉnh</h1>
      <p>Ngày 19/5, Liên hiệp các Hội KH&amp;KT tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 4.</p>
      <aside>Tin liên quan: Hội thảo ngày 2/5</aside></body></html>
      """
    let p = write("a.html", Array(html.utf8))
    let a = try XCTUnwrap(read(p).0)
    XCTAssertFalse(a.text.contains("color"))
    XCTAssertFalse(a.text.contains("var a"))
    XCTAssertEqual(a.source.url, "https://lienhiephoikontum.org.vn/tin/1")
    XCTAssertEqual(a.source.published, FactDate(year: 2023, month: 5, day: 20))
    XCTAssertEqual(HTMLText(html: "<meta property=\"og:title\" content=\"Hội KH&amp;KT tỉnh\">").source.title, "Hội KH&KT tỉnh")
    let d = Extractor().extract(a)
    XCTAssertEqual(d.meetings.count, 1)
    XCTAssertEqual(d.meetings.first?.date?.iso, "2023-05-19")
    XCTAssertEqual(d.meetings.first?.province, "Kon Tum")
    XCTAssertEqual(d.meetings.first?.kind, .ban_chap_hanh)
  }

  func testFolderWalkIsRecursiveSortedAndFiltered() throws {
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    _ = write("b.txt", Array("x".utf8))
    _ = write("sub/a.md", Array("x".utf8))
    _ = write("c.jpg", [0xFF, 0xD8, 0xFF])
    _ = write(".hidden.txt", Array("x".utf8))
    let files = try Corpus().files(under: [dir.path]).map { String($0.dropFirst(dir.path.count + 1)) }
    XCTAssertEqual(files, ["b.txt", "sub/a.md"])
  }
}

/// A very long text is read in pieces and the pieces' facts merged.
final class LongTextTests: XCTestCase {
  func testAVeryLongTextIsReadInPiecesAndMerged() {
    let para = { (n: Int) in
      "Đoạn \(n): Ngày 5/6, Liên hiệp các Hội KH&KT tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành, quán triệt Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị.\n"
    }
    let text = "Tin Liên hiệp hội Kon Tum năm 2023\n" + (0..<1_000).map(para).joined()
    let extractor = Extractor(pieceBytes: 20_000)
    XCTAssertGreaterThan(text.utf8.count, 5 * extractor.pieceBytes)
    let d = extractor.extract(Article(id: "long", path: "long.txt", text: text, sha256: ""))
    XCTAssertEqual(d.citations.first?.id, "42-CT/TW")
    XCTAssertEqual(d.citations.first?.mentions, 1_000)
    XCTAssertEqual(d.meetings.count, 1)
    XCTAssertEqual(d.meetings.first?.province, "Kon Tum")
  }
}
