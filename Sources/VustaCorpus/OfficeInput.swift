import Foundation
import VustaExtract
import VustaModel

/// Word (.docx) and PDF files as articles: what the file really is is read from its first bytes
/// (a .docx that is a renamed text file is read as text, with a warning), its paragraphs become
/// the article's lines, and its own place-and-date line ("Nghệ An, ngày 15 tháng 12 năm 2023")
/// dates it when sources.csv does not.
extension Corpus {
  /// What the first bytes of a file say it is.
  enum Signature {
    case zip, pdf, oldWord, other

    init(_ head: [UInt8]) {
      if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
        self = .zip
      } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        self = .oldWord
      } else if Signature.contains(head, Array("%PDF-".utf8)) {
        self = .pdf  // a PDF may have some bytes before its header
      } else {
        self = .other
      }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
      guard hay.count >= needle.count else { return false }
      return (0...(hay.count - needle.count)).contains { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
  }

  /// The names of administrative documents that head their summary line (trích yếu).
  static let documentKinds = ["BÁO CÁO", "KẾ HOẠCH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "THÔNG BÁO", "TỜ TRÌNH",
                              "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "BIÊN BẢN", "CHỈ THỊ", "KẾT LUẬN", "ĐỀ ÁN"]

  /// The title of an administrative document: the summary line under its kind ("BÁO CÁO" /
  /// "Kết quả hoạt động năm 2023 …", or both on one line), among its first 15 lines; else nil
  /// (the extractor then picks the title as for any article).
  static func documentTitle(_ lines: [String]) -> String? {
    let head = Array(lines.prefix(15))
    for (i, line) in head.enumerated() {
      for kind in documentKinds where line.hasPrefix(kind) {
        let rest = line.dropFirst(kind.count)
        if rest.isEmpty, i + 1 < lines.count, (4...60).contains(lines[i + 1].split(separator: " ").count) {
          return lines[i + 1]
        }
        if rest.first == " ", rest.dropFirst().first?.isLowercase == false {
          let summary = rest.dropFirst()
          if (4...60).contains(summary.split(separator: " ").count), summary.first?.isUppercase == true,
            summary.uppercased() != String(summary)
          {
            return String(summary)
          }
        }
      }
    }
    return nil
  }

  /// Reads a .docx or .pdf file; nil (with a warning naming the file) when it cannot be read.
  func readOffice(path: String, declared ext: String, sources: SourcesTable?, warn: (CorpusWarning) -> Void) -> Article? {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      warn(CorpusWarning(path: path, message: "không đọc được tệp, bỏ qua (unreadable, skipped)"))
      return nil
    }
    let head = [UInt8]((try? handle.read(upToCount: 1024)) ?? Data())
    try? handle.close()
    let url = URL(fileURLWithPath: path)
    let paragraphs: [String]
    switch Signature(head) {
    case .zip:
      if ext != "docx" {
        warn(CorpusWarning(path: path, message: "tên là .\(ext) nhưng thật ra là tệp zip, đọc như tệp Word .docx (a zip file named .\(ext); read as .docx)"))
      }
      do {
        let read = try DocxText.read(url)
        // (a digest of whole articles: a mark line before each one's headline, ListingPage)
        let texts = read.map(\.text)
        paragraphs = Compilation.marked(texts, starts: Compilation.articleStarts(texts, headline: Compilation.wordHeadlines(read)))
      } catch {
        warn(CorpusWarning(path: path, message: (error as? DocxText.Failure)?.description ?? "\(error)"))
        return nil
      }
    case .pdf:
      if ext != "pdf" {
        warn(CorpusWarning(path: path, message: "tên là .\(ext) nhưng thật ra là tệp PDF, đọc như PDF (a PDF named .\(ext); read as PDF)"))
      }
      do {
        let content = try PDFText.read(url)
        if content.scannedPages > 0 {
          warn(CorpusWarning(path: path, message: "\(content.scannedPages)/\(content.pages) trang là ảnh quét không có chữ, chỉ đọc các trang có chữ (\(content.scannedPages) scanned pages without text were not read)"))
        }
        // (a compilation's articles: a mark line before each one's headline, ListingPage)
        paragraphs = Compilation.marked(content.paragraphs, starts: content.articleStarts)
      } catch {
        warn(CorpusWarning(path: path, message: (error as? PDFText.Failure)?.description ?? "\(error)"))
        return nil
      }
    case .oldWord:
      warn(CorpusWarning(path: path, message: "tệp Word 97–2003 (.doc) chưa đọc được; hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx, bỏ qua (legacy .doc format, skipped)"))
      return nil
    case .other:
      guard let data = FileManager.default.contents(atPath: path) else {
        warn(CorpusWarning(path: path, message: "không đọc được tệp, bỏ qua (unreadable, skipped)"))
        return nil
      }
      let kind = ext == "pdf" ? "PDF" : "Word .docx"
      if data.isEmpty {
        warn(CorpusWarning(path: path, message: "tệp rỗng (0 byte), không phải tệp \(kind), bỏ qua (empty file, skipped)"))
        return nil
      }
      if (try? TextDecoder.decode(data.prefix(65536))) == nil {
        warn(CorpusWarning(path: path, message: "không phải tệp \(kind) (không nhận ra định dạng), bỏ qua (not a \(kind) file, skipped)"))
        return nil
      }
      warn(CorpusWarning(path: path, message: "không phải tệp \(kind) mà là văn bản thuần, đọc như tệp .txt (not a \(kind) file but plain text; read as text)"))
      return article(path: path, data: data, sources: sources, warn: warn)
    }
    let name = (path as NSString).lastPathComponent
    var source = sources?.info(forRelativePath: name) ?? SourceInfo()
    if source.title == nil { source.title = Corpus.documentTitle(paragraphs) }
    if source.published == nil {
      // the place-and-date line may share a row with the document's number ("Số: 45/BC-LHH | Hà Nội, ngày …")
      let cells = paragraphs.prefix(40).flatMap { $0.components(separatedBy: " | ") }
      source.published = PlaceDateLine.date(inLines: cells, within: cells.count)
    }
    return finish(path: path, text: paragraphs.joined(separator: "\n"), source: source)
  }
}
