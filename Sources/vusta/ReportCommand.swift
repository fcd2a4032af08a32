//! `vusta report`: ingests what is new, aggregates, and writes the annual summary, the
//! province briefs, the A5 handout and every chart under reports/<year>/.

import ArgumentParser
import Foundation
import VustaCairo
import VustaCorpus
import VustaFrame
import VustaModel
import VustaPipeline
import VustaReports
import VustaStats
import VustaStore

/// `vusta report [PATH…] [--year Y | --years A-B] [--template NAME|FILE] …`
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Lập báo cáo năm, tóm tắt từng tỉnh, tờ rơi A5 và biểu đồ (PDF, DOCX, PNG, SVG).",
    discussion: """
      Không có PATH: đọc seeds/ (nếu có) và lập báo cáo cho mọi năm có số liệu.
      Mẫu có sẵn: \(ReportTemplates.builtIn.joined(separator: ", ")) (nằm trong chương trình; bản sửa \
      trong $VUSTA_TEMPLATES hoặc templates/ của thư mục đang làm việc được dùng trước); \
      --template TỆP.yaml dùng một mẫu đã chép và sửa (xem docs/reports.md).
      Mọi tệp được ghi trọn vẹn hoặc không ghi; mẫu lỗi thì không ghi tệp nào.
      Mã thoát (exit codes): 0 xong, 2 tham số sai, 65 mẫu hoặc dữ liệu hỏng, 66 thiếu đầu vào, 74 lỗi ghi tệp.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: "Tệp hoặc thư mục bài viết cần nạp (mặc định: seeds/).")
  var paths: [String] = []

  @Option(help: "Một năm.") var year: Int?
  @Option(help: "Các năm A-B, ví dụ 2020-2023.") var years: String?
  @Option(help: "Tên mẫu (bao-cao-nam, tom-tat-tinh, to-roi-a5) hoặc tệp YAML.") var template: [String] = []
  @Option(help: "Chỉ lập tóm tắt cho một tỉnh, thành phố.") var province: String?
  @Option(help: "Danh mục 63 hoặc 34 đơn vị (mặc định theo năm).") var division: Division?
  @Option(help: "Thư mục ra.") var out: String = "reports"
  @Option(help: "Định dạng: pdf, docx (Word) cho văn bản; png (300 dpi), svg cho biểu đồ; json cho số liệu của năm.") var formats: String = "pdf,png,svg"
  @Option(help: "Cơ quan ban hành (chữ in hoa).") var org: String = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM"
  @Option(help: "Số văn bản, ví dụ 15.") var number: String = "…"
  @Option(help: "Địa danh ở dòng ngày tháng.") var place: String = "Hà Nội"
  @Option(help: "Ngày ban hành YYYY-MM-DD (mặc định 31/12 của năm).") var date: String?
  @Option(help: "Họ tên người ký.") var signer: String = ""
  @Option(help: "Số luồng dàn trang và vẽ cùng lúc (mặc định: số lõi; 1: một luồng). Kết quả như nhau.") var jobs: Int?
  @Flag(help: "Không nạp bài viết, lập báo cáo từ kho như hiện có.") var noIngest = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs: cần một số từ 1 trở lên (expected a number of threads ≥ 1).") }
    if year != nil && years != nil { throw ValidationError("chỉ dùng một trong --year và --years") }
    try YearOptions.check(year)
    if let years { _ = try YearOptions.period(years) }
    if let date, FactDate(iso: date)?.day == nil {
      // (written right but no such day, "2022-02-30": said so, not that the form is wrong)
      let parts = date.split(separator: "-")
      if parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
        throw ValidationError("--date \(date): không có ngày \(parts[2])/\(parts[1])/\(parts[0]) (no such day)")
      }
      throw ValidationError("--date cần dạng YYYY-MM-DD, ví dụ 2024-01-05")
    }
    try YearOptions.check(date.flatMap { FactDate(iso: $0)?.year }, option: "--date")
    let bad = formatList.filter { !["pdf", "docx", "png", "svg", "json"].contains($0) }
    if !bad.isEmpty { throw ValidationError("--formats chỉ gồm pdf, docx, png, svg, json (không có: \(bad.joined(separator: ", ")))") }
  }

  var formatList: [String] { formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }

  func run() throws {
    do { try OutputFile.checkFolder(out) } catch let e as OutputError {
      Stderr.line("vusta report: \(e.description)")
      throw Exit.ioError
    }
    // 1. Templates: read and validated before anything is computed or written.
    let templates: [ReportTemplate]
    do {
      templates = try (template.isEmpty ? ReportTemplates.builtIn : template).map { try ReportTemplates.load($0) }
    } catch let e as TemplateError {
      Stderr.line("vusta report: \(e)")
      throw Exit.dataError
    } catch let e as TemplateMissing {
      Stderr.line("vusta report: \(e)")
      throw Exit.noInput
    }
    // 2. Ingest what is new.
    // With nothing to ingest the store is only read, so a store on a read-only disk works.
    let inputs = noIngest ? [] : paths.isEmpty ? (FileManager.default.fileExists(atPath: "seeds") ? ["seeds"] : []) : paths
    let db = try store.open(inputs.isEmpty ? .readOnly : .readWrite)
    if !inputs.isEmpty {
      do {
        let files = try Corpus().files(under: inputs, warn: Diagnostics.warn)
        let sources = try Corpus().sources(for: files, warn: Diagnostics.warn)
        let tally = try IngestRunner(store: db).run(paths: files, sources: sources) { _ in }
        Stderr.line(IngestCommand.summary(tally, seconds: 0).replacingOccurrences(of: " trong 0,0 giây", with: ""))
      } catch { throw Failure.report(error) }
    }
    // 3. Aggregate, bind, lay out and render every document: in memory, PDFs streamed into a
    // staging folder inside --out (removed whatever happens; its files are moved into place).
    let stats = Statistics(store: db)
    let outputs: [ReportOutput]
    let staging = (out as NSString).appendingPathComponent(".vusta-staging-\(getpid())-\(UUID().uuidString.prefix(8))")
    let outExisted = FileManager.default.fileExists(atPath: out)
    do {
      try OutputFile.folder(out)
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch let e as OutputError {
      Stderr.line("vusta report: \(e.description)")
      throw Exit.ioError
    } catch {
      // (the staging folder is the first thing written inside --out: its failure is --out's)
      Stderr.line("vusta report: --out \(out): không ghi được vào thư mục (cannot write in the folder: "
        + WriteFailure.reason(WriteFailure.posixCode(of: error) ?? EIO) + ")")
      throw Exit.ioError
    }
    defer {
      try? FileManager.default.removeItem(atPath: staging)
      // a run that wrote nothing leaves no --out folder it made itself
      if !outExisted, (try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty == true {
        try? FileManager.default.removeItem(atPath: out)
      }
    }
    do {
      let list = try yearList(stats)
      guard !list.isEmpty else {
        Stderr.line("vusta report: kho chưa có số liệu năm nào; nạp bài viết trước (vusta ingest THƯ_MỤC) hoặc dùng --year")
        throw Exit.noInput
      }
      var builder = ReportBuilder(stats: stats, templates: templates, formats: Set(formatList), out: out,
                                  province: province, link: ReportCommand.link)
      if let jobs { builder.jobs = jobs }
      builder.staging = staging
      outputs = try list.flatMap { y in try builder.build(options: options(year: y)) }
    } catch let e as ExitCode {
      throw e
    } catch let e as TemplateError {
      Stderr.line("vusta report: \(e)")
      throw Exit.dataError
    } catch let RenderError.cairo(message) {
      // a PDF streamed to the disk could not be written (a full disk): nothing is put in place
      Stderr.line("vusta report: \(out): không ghi được tệp PDF (cannot write a PDF: \(message))")
      throw Exit.ioError
    } catch {
      throw Failure.report(error)
    }
    // 4. Every file written whole into the staging folder, then all put in place or none (a
    // failure half way puts the earlier files back), then listed.
    do {
      var moves: [(from: String, to: String)] = []
      for (i, o) in outputs.enumerated() {
        if let staged = o.staged { moves.append((staged, o.path)); continue }
        let file = (staging as NSString).appendingPathComponent("out-\(i)")
        try OutputFile.write(o.bytes, to: file)
        moves.append((file, o.path))
      }
      try OutputFile.replaceAll(moves, backups: staging)
    } catch let e as OutputError {
      Stderr.line("vusta report: \(e.description)")
      throw Exit.ioError
    }
    for o in outputs { print(o.path) }
  }

  func yearList(_ stats: Statistics) throws -> [Int] {
    if let year { return [year] }
    if let years, let p = Period(parsing: years), let a = p.from, let b = p.to { return Array(a...b) }
    return try stats.years()
  }

  func options(year: Int) -> ReportOptions {
    ReportOptions(year: year, division: division, org: org, number: number, place: place,
                  date: date.flatMap { FactDate(iso: $0) }, signer: signer)
  }

  /// A source's link: its URL, else a file URI of its absolute path.
  static let link: SourceLinker = { s in
    if let u = s.url, !u.isEmpty { return u }
    let abs = s.path.hasPrefix("/") ? s.path : FileManager.default.currentDirectoryPath + "/" + s.path
    return "file://" + (abs.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? abs)
  }
}
