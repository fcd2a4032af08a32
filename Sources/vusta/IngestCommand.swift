import ArgumentParser
import Foundation
import VustaCorpus
import VustaModel
import VustaPipeline
import VustaStore

/// `vusta ingest PATH…`: reads articles into the store, incrementally and idempotently.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Đọc bài viết vào kho dữ liệu (bỏ qua bài không đổi, thay dữ kiện của bài đã sửa).",
    discussion: """
      PATH là tệp hoặc thư mục bài viết (.txt, .md, .html, .htm), văn bản Word (.docx) và PDF có lớp chữ; có thể nạp thẳng dữ kiện \
      bằng --facts TỆP.json (định dạng của `vusta extract --format json`, hoặc truth.json của `vusta synth`).
      Một tệp là một bài dù gõ đường dẫn thế nào; tệp đổi tên hay chuyển chỗ được nhận ra theo nội dung; \
      bài đã lưu mà tệp không còn được liệt kê, và bị xoá khi có --prune.
      Mã thoát (exit codes): 0 xong, 65 dữ liệu hỏng, 66 thiếu đầu vào, 74 kho chỉ đọc.
      """)

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: "Nạp dữ kiện từ tệp JSON theo hợp đồng dữ kiện thay vì đọc bài.")
  var facts: [String] = []

  @Flag(name: .long, help: "Xoá khỏi kho dữ kiện của các bài đã lưu dưới PATH mà tệp không còn nữa.")
  var prune = false

  @Option(help: "Đọc mọi tệp theo bảng mã này: utf-8, windows-1258, tcvn3 (ABC), vni (mặc định: tự nhận ra từng tệp).")
  var encoding: ForcedEncoding?

  @Argument(help: "Tệp hoặc thư mục bài viết.")
  var paths: [String] = []

  func validate() throws {
    if paths.isEmpty && facts.isEmpty { throw ValidationError("cần ít nhất một PATH hoặc --facts TỆP.json") }
  }

  func run() throws {
    let started = Date()
    let db = try store.open(.readWrite)
    var tally = IngestTally()
    do {
      for file in facts { tally.add(try FactsFile.load(path: file, into: db)) }
      if !paths.isEmpty {
        // one file, one identity: however its path was typed (issue 12, item 1)
        let files = try Corpus().files(under: paths, warn: Diagnostics.warn).map(Corpus.canonical)
        let sources = try Corpus().sources(for: files, warn: Diagnostics.warn)
        let bar = ProgressBar(total: files.count)
        var runner = IngestRunner(store: db)
        runner.encoding = encoding
        tally.add(try runner.run(paths: files, sources: sources) { bar.update($0) })
        bar.finish()
        let gone = try GoneFiles.under(paths.map(Corpus.canonical), in: db)
        if prune {
          tally.pruned = try db.remove(files: gone)
        } else if !gone.isEmpty {
          Stderr.line(GoneFiles.warning(gone))
        }
      }
    } catch {
      throw Failure.report(error)
    }
    for c in tally.copies.prefix(20) {
      Stderr.line("vusta: cảnh báo: \(c.file): cùng nội dung với \(c.stored) đã có trong kho, không tính lại "
        + "(same content as a stored file; not counted twice)")
    }
    if tally.copies.count > 20 { Stderr.line("vusta: cảnh báo: … và \(tally.copies.count - 20) tệp trùng nội dung khác") }
    let seconds = Date().timeIntervalSince(started)
    Stderr.line(IngestCommand.summary(tally, seconds: seconds))
    if let orphans = try? db.orphanedCorrectionCount(), orphans > 0 {
      Stderr.line("vusta: cảnh báo: \(NumberText.grouped(orphans)) hiệu chỉnh không còn khớp dữ kiện nào "
        + "(corrections that match no fact any more: the sentence was edited?); xem `vusta facts --orphaned`")
    }
  }

  /// The one-line summary of an ingest (`IngestSummary.text`, shared with the web app).
  static func summary(_ t: IngestTally, seconds: Double) -> String { IngestSummary.text(t, seconds: seconds) }
}

extension FactsFile {
  /// Loads a facts JSON file into the store in batches of 1,000 documents, reading it in
  /// chunks (memory bounded by a batch). The whole file is checked first, so a file with a bad
  /// document stores nothing.
  static func load(path: String, into store: Store) throws -> IngestTally {
    let reader = FactsFileReader(path: path)
    try reader.validate()
    var tally = IngestTally()
    try reader.forEachBatch(of: 1000) { tally.add(try store.ingest(documents: $0, origin: .facts)) }
    return tally
  }
}
