import Foundation
import XCTest

/// `vusta report --formats pdf,docx`: every .docx opens in LibreOffice (headless, as Debian
/// packages it; `make test` installs libreoffice-writer-nogui), gives about as many pages as
/// our PDF and the same words (charts are pictures in the DOCX, so their words are ours alone).
final class ReportDocxTests: XCTestCase {
  func testEveryDocxOpensInLibreOfficeWithOurPagesAndWords() throws {
    guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile),
          FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    else { throw XCTSkip("soffice or pdftotext missing (make test installs them)") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vusta-docx-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("reports").path
    let r = try VustaProcess.run(["report", "--year", "2023", "--formats", "pdf,docx", "--db", dir.appendingPathComponent("v.sqlite").path,
                                  "--out", out, "--number", "15"])
    XCTAssertEqual(r.code, 0, r.err)
    let docx = r.out.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".docx") }
    XCTAssertEqual(docx.count, 4, r.out)  // summary, one brief, all briefs, handout
    XCTAssertTrue(r.out.contains("bao-cao-nam-2023.docx"))
    let lo = dir.appendingPathComponent("lo").path
    let c = run(soffice, ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", lo] + docx)
    XCTAssertEqual(c.code, 0, c.out)
    for file in docx {
      let ours = String(file.dropLast(5)) + ".pdf"
      let theirs = lo + "/" + (file as NSString).lastPathComponent.replacingOccurrences(of: ".docx", with: ".pdf")
      let (p1, p2) = (pages(ours), pages(theirs))
      XCTAssertGreaterThan(p2, 0, "\(file): LibreOffice wrote no PDF: \(c.out)")
      // within 10% (one page for documents under ten pages: a figure the PDF floats
      // past the text after it starts the next page in Word)
      XCTAssertLessThanOrEqual(abs(p1 - p2), max(1, p1 / 10), "\(file): \(p2) pages in LibreOffice, \(p1) in ours")
      // no page LibreOffice lays out is blank (its page number alone, no picture): a page
      // break that fell at the top of a page once left one before the appendix
      for page in 1...max(1, p2) where FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfimages") {
        let text = run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", theirs, "-"]).out
        let pictures = run("/usr/bin/pdfimages", ["-list", "-f", "\(page)", "-l", "\(page)", theirs]).out
          .split(separator: "\n").count - 2
        XCTAssertTrue(text.split(whereSeparator: \.isWhitespace).count > 1 || pictures > 0,
                      "\(file): page \(page) of \(p2) is blank in LibreOffice")
      }
      let (w1, w2) = (words(ours), words(theirs))
      let extra = w2.filter { (w1[$0.key] ?? 0) < $0.value }
      XCTAssertTrue(extra.isEmpty, "\(file): words LibreOffice shows that our PDF has not: \(extra)")
      // and LibreOffice shows every word of the document's own text (paragraphs and tables)
      let w3 = docxWords(file)
      XCTAssertGreaterThan(w3.count, 20, file)
      let lost = w3.filter { (w2[$0.key] ?? 0) < $0.value }
      XCTAssertTrue(lost.isEmpty, "\(file): words of the DOCX LibreOffice does not show: \(lost)")
    }
  }

  /// The words of a .docx's paragraphs (w:t and w:tab), read with Python's zipfile.
  func docxWords(_ file: String) -> [String: Int] {
    let script = """
      import sys, zipfile, re
      x = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
      for p in re.findall(r'<w:p[ >].*?</w:p>', x):
          t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab|br)/>', p) and
                      [a if a else ' ' for a, b in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab|br)/>', p)])
          print(t.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&amp;', '&'))
      """
    var n: [String: Int] = [:]
    for w in run("/usr/bin/python3", ["-c", script, file]).out.split(whereSeparator: \.isWhitespace) {
      let s = w.replacingOccurrences(of: "-", with: "")
      if s.isEmpty || s.allSatisfy(\.isNumber) { continue }
      n[s, default: 0] += 1
    }
    return n
  }

  func pages(_ pdf: String) -> Int {
    let r = run("/usr/bin/pdfinfo", [pdf])
    return r.out.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
  }

  /// The words of a PDF's text (hyphens dropped, bare page numbers left out), counted.
  func words(_ pdf: String) -> [String: Int] {
    var n: [String: Int] = [:]
    for w in run("/usr/bin/pdftotext", [pdf, "-"]).out.split(whereSeparator: \.isWhitespace) {
      let s = w.replacingOccurrences(of: "-", with: "")
      if s.isEmpty || s.allSatisfy(\.isNumber) { continue }
      n[s, default: 0] += 1
    }
    return n
  }

  func run(_ exe: String, _ args: [String]) -> (code: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (-1, "\(error)") }
    let d = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: d, as: UTF8.self))
  }
}
