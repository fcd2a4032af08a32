import ArgumentParser
import Foundation
import VustaCorpus
import VustaExtract
import VustaModel

/// `vusta extract PATH…`: prints the facts of the articles under the paths.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Trích xuất hội nghị, số liệu hội viên và văn bản được trích dẫn từ các bài báo.",
    discussion: """
      PATH là tệp hoặc thư mục (đọc cả thư mục con) bài viết .txt, .md, .html, .htm, văn bản Word \
      (.docx) và PDF có lớp chữ (PDF scan hoặc có mật khẩu được bỏ qua kèm cảnh báo).
      Tệp sources.csv cạnh bài viết (cột file,url,published,province,title) bổ sung điều bài không \
      ghi. Đầu ra JSON theo hợp đồng dữ kiện (docs/facts.md).
      Mã thoát (exit codes): 0 xong, 65 sources.csv hỏng, 66 đường dẫn không tồn tại.
      """)

  @Argument(help: "Tệp hoặc thư mục bài viết (article files or folders).")
  var paths: [String]

  @Option(help: "Định dạng đầu ra: json hoặc table (bảng).")
  var format: OutputFormat = .json

  @Option(help: "Đọc mọi tệp theo bảng mã này: utf-8, windows-1258, tcvn3 (ABC), vni (mặc định: nhận ra theo từng tệp).")
  var encoding: ForcedEncoding?

  @Flag(help: "In điều bộ trích xuất thấy trong từng bài (vai trò từng dòng, ngày, tỉnh, các mục của trang danh sách) thay cho dữ kiện.")
  var explain = false

  @Flag(help: ArgumentHelp("Keep every inferred-value reason in `why`, whatever the confidence (for calibrating the confidence policy).", visibility: .hidden))
  var allReasons = false

  func run() throws {
    if explain {
      let corpus = Corpus(encoding: encoding)
      for path in try corpus.files(under: paths, warn: Diagnostics.warn) {
        guard let a = corpus.read(path: path, sources: nil, warn: { Diagnostics.warning($0.description) }) else { continue }
        print("■ \(path)")
        print(Extractor().explain(a))
      }
      return
    }
    let extractor: Extractor = allReasons ? .recordingAllReasons() : Extractor()
    switch format {
    case .json:
      // Streamed: each document's JSON goes out in pieces of about 64 KB as it is extracted.
      var writer = FactsJSONWriter()
      writer.begin()
      try ExtractionRun.extract(paths: paths, extractor: extractor, encoding: encoding) { doc in
        writer.append(doc)
        if writer.pending >= 1 << 16 { Stdout.write(Data(writer.take())) }
      }
      writer.end()
      Stdout.write(Data(writer.take() + [0x0A]))
    case .table:
      let docs = try ExtractionRun.extract(paths: paths, extractor: extractor, encoding: encoding)
      print(FactsOutput.table(docs), terminator: "")
    }
  }
}

/// Output formats of commands that print facts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case json, table
}

/// Reads the articles under paths and extracts their facts, reporting skipped files on stderr.
enum ExtractionRun {
  static func extract(paths: [String], extractor: Extractor = Extractor(),
                      encoding: ForcedEncoding? = nil) throws -> [ExtractedDocument] {
    var docs: [ExtractedDocument] = []
    try extract(paths: paths, extractor: extractor, encoding: encoding) { docs.append($0) }
    return docs
  }

  /// Hands each extracted document to `each` as soon as it is read, in file order (files that
  /// cannot be read are reported and skipped); throws before any document for a missing path or
  /// a bad sources.csv.
  static func extract(paths: [String], extractor: Extractor = Extractor(), encoding: ForcedEncoding? = nil,
                      each: (ExtractedDocument) -> Void) throws {
    let corpus = Corpus(encoding: encoding)
    let files: [String]
    let sources: [String: SourcesTable]
    do {
      files = try corpus.files(under: paths, warn: Diagnostics.warn)
      sources = try corpus.sources(for: files, warn: Diagnostics.warn)
    } catch let e as CorpusError {
      Diagnostics.error(e.description)
      switch e {
      case .missing: throw Exit.noInput
      case .badSources: throw Exit.dataError
      }
    }
    for path in files {
      let table = sources[PathName.folder(path)]
      guard let article = corpus.read(path: path, sources: table, warn: { Diagnostics.warning($0.description) })
      else { continue }
      for doc in extractor.extractAll(article) { each(doc) }
    }
  }
}

/// Messages to the person at the terminal, on stderr.
enum Diagnostics {
  static func warning(_ s: String) { Stderr.line("vusta: cảnh báo: \(s)") }
  /// A corpus warning on stderr (a skipped file, an unused sources.csv row).
  static func warn(_ w: CorpusWarning) { warning(w.description) }
  static func error(_ s: String) { Stderr.line("vusta: lỗi: \(s)") }
  static func info(_ s: String) { Stderr.line(s) }
}

/// `--encoding NAME`: utf-8, windows-1258, tcvn3 (abc), vni; anything else is a usage error.
extension ForcedEncoding: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
