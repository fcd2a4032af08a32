//! `vusta chart`: draws a named statistic or a CSV a person brings to PNG, SVG or PDF.

import ArgumentParser
import Foundation
import VustaCairo
import VustaCharts
import VustaFrame
import VustaModel
import VustaPipeline
import VustaStats
import VustaStore

/// `vusta chart NAME [--year Y] [--division 63|34] -o FILE.(png|svg|pdf) …`
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Vẽ biểu đồ ra PNG, SVG hoặc PDF (draw a chart).",
    discussion: """
      Biểu đồ có sẵn (named charts): \(ChartName.allCases.map(\.rawValue).joined(separator: ", ")).
      --data FILE.csv vẽ bảng hai cột nhãn,giá trị có dòng tiêu đề (a two-column CSV with a header).
      Kích thước tính bằng pixel ở 96 dpi, như Word (sizes are CSS pixels at 96 dpi).
      Mã thoát (exit codes): 0 xong, 1 lỗi, 2 sai cách dùng, 65 dữ liệu hỏng, 66 thiếu đầu vào, 74 lỗi ghi tệp.
      """)

  @Argument(help: "Tên biểu đồ (chart name); có thể bỏ khi dùng --data.")
  var name: String?

  @Option(help: "Năm thống kê (year).")
  var year: Int = 2024

  func validate() throws {
    try YearOptions.check(year)
    // 0 dpi or 1e9 dpi made Cairo fail with "invalid image size" (or allocate gigabytes)
    guard dpi.isFinite, (ChartCommand.dpiRange).contains(dpi) else {
      throw ValidationError("--dpi \(ChartCommand.plain(dpi)): độ phân giải phải từ \(Int(ChartCommand.dpiRange.lowerBound)) đến "
        + "\(Int(ChartCommand.dpiRange.upperBound)) dpi (resolution out of range)")
    }
    for (name, v) in [("--width", width), ("--height", height)] {
      guard let v else { continue }
      guard v.isFinite, (1...ChartCommand.maxPixels).contains(v) else {
        throw ValidationError("\(name) \(ChartCommand.plain(v)): kích thước phải từ 1 đến \(Int(ChartCommand.maxPixels)) pixel (size out of range)")
      }
    }
  }

  /// The resolutions a PNG may have.
  static let dpiRange: ClosedRange<Double> = 10...1200
  /// The largest width or height, in CSS pixels.
  static let maxPixels: Double = 10_000

  /// "0" for 0.0, "1.5" for 1.5: a number as the person typed it.
  static func plain(_ v: Double) -> String {
    v.isFinite && v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }

  @Option(help: "Phân chia hành chính 63 hoặc 34 (division); mặc định theo năm.")
  var division: String?

  @Option(name: [.short, .customLong("output")], help: "Tệp ra: .png, .svg hoặc .pdf (output file).")
  var output: String

  @Option(help: "Chiều rộng, pixel ở 96 dpi (width in CSS pixels).")
  var width: Double?

  @Option(help: "Chiều cao, pixel ở 96 dpi (height in CSS pixels).")
  var height: Double?

  @Option(help: "Độ phân giải PNG (PNG resolution, dots per inch).")
  var dpi: Double = 192

  @Option(help: "Tiêu đề (title).")
  var title: String?

  @Option(help: "Dòng phụ đề (subtitle).")
  var subtitle: String?

  @Option(help: "Vẽ bảng CSV hai cột nhãn,giá trị (chart a label,value CSV).")
  var data: String?

  @Option(help: "Kiểu biểu đồ: bar, column, stacked, line, tile-map, small-multiples (chart kind).")
  var kind: String?

  @OptionGroup var store: StoreOptions

  @Flag(help: "Vẽ bằng số liệu mẫu, không đọc kho (draw the built-in sample data).")
  var sample = false

  @Option(help: .hidden)
  var `repeat`: Int = 0

  func run() throws {
    do {
      try draw()
    } catch let e as ChartFailure {
      Stderr.line("vusta chart: " + e.message)
      throw e.code
    }
  }

  /// The whole command: options → table → spec → Frame → bytes → file.
  func draw() throws {
    let format = try outputFormat()
    let named = try chartName()
    let div = try chartDivision()
    var table: ChartTable
    var created: Int64
    if let data {
      (table, created) = try readCSV(data)
    } else {
      guard let named else { throw ChartFailure.usage("cần tên biểu đồ hoặc --data (a chart name or --data is needed). \(ChartFailure.known)") }
      table = try namedTable(named, division: div)
      created = Self.endOfYear(year)
    }
    if let env = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Int64(env) { created = s }
    if let title { table.title = title }
    let chartKind = try kindOption(division: div) ?? named?.kind(division: div) ?? .horizontalBar
    // a kind that draws one series, asked of a table of two: the chart's own year, or the parts
    // added up (bars once drew the first series: last year's figures under this year's title)
    switch chartKind {
    case .horizontalBar, .tileMap:
      if case .stackedBar? = named?.kind(division: div) { table = table.oneSeries(parts: true) } else { table = table.oneSeries(parts: false) }
    default: break
    }
    let size: Size? = (width != nil || height != nil)
      ? Size.pixels(width ?? 600, height ?? (width ?? 600) * 0.75) : nil
    let spec = ChartSpec(kind: chartKind, table: table, size: size,
                         subtitle: subtitle ?? table.unit.map { $0 == "%" ? "Đơn vị: %" : "Đơn vị: \($0)" })
    guard spec.size.width >= 100, spec.size.height >= 80 else {
      throw ChartFailure.usage("kích thước quá nhỏ (size too small): tối thiểu 134×107 pixel")
    }
    let info = DocumentInfo(title: table.title, subject: "Biểu đồ \(named?.rawValue ?? "--data")",
                            creator: "vusta", created: created)
    let measurer = PangoTextMeasurer()
    let render = { () throws -> [UInt8] in
      let page = Page(frame: layoutChart(spec, measurer: measurer))
      switch format {
      case "png": return try renderPNG(page, dpi: dpi)
      case "svg": return try renderSVG(page)
      default: return try renderPDF([page], info: info)
      }
    }
    let bytes: [UInt8]
    do { bytes = try render() } catch { throw ChartFailure(code: Exit.failure, message: "\(error)") }
    if `repeat` > 0 {
      try time("layout + render", render)
      try time("layout only", { _ = layoutChart(spec, measurer: measurer); return [] })
    }
    do { try OutputFile.write(bytes, to: output) } catch let e as OutputError {
      throw ChartFailure(code: Exit.ioError, message: e.description)
    }
  }

  /// In-process timing for benchmarks: lays out and renders `repeat` times, prints the median.
  private func time(_ what: String, _ body: () throws -> [UInt8]) throws {
    // Wall time, and this thread's CPU time (what other processes on a busy machine cannot inflate).
    func cpu() -> Double {
      var t = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
      return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }
    var ms: [Double] = [], cpuMs: [Double] = []
    for _ in 0..<`repeat` {
      let t0 = DispatchTime.now().uptimeNanoseconds, c0 = cpu()
      _ = try body()
      cpuMs.append(cpu() - c0)
      ms.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    ms.sort(); cpuMs.sort()
    let line = String(format: "repeat %d: median %.2f ms, min %.2f ms, max %.2f ms; CPU median %.2f ms", ms.count,
                      ms[ms.count / 2], ms.first!, ms.last!, cpuMs[cpuMs.count / 2]) + " (\(what), in process)\n"
    Stderr.write(line)
  }

  private func outputFormat() throws -> String {
    let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
    guard ["png", "svg", "pdf"].contains(ext) else {
      throw ChartFailure.usage("\(output): tệp ra phải là .png, .svg hoặc .pdf (output must be .png, .svg or .pdf)")
    }
    return ext
  }

  private func chartName() throws -> ChartName? {
    guard let name else { return nil }
    guard let n = ChartName(rawValue: name) else {
      throw ChartFailure.usage("không có biểu đồ \"\(name)\" (unknown chart). \(ChartFailure.known)")
    }
    return n
  }

  private func chartDivision() throws -> Division {
    switch division {
    case nil: return year >= 2025 ? .new34 : .old63
    case "63": return .old63
    case "34": return .new34
    default: throw ChartFailure.usage("--division phải là 63 hoặc 34 (must be 63 or 34)")
    }
  }

  private func kindOption(division: Division) throws -> ChartKind? {
    switch kind {
    case nil: return nil
    case "bar": return .horizontalBar
    case "column": return .column
    case "stacked": return .stackedBar
    case "line": return .line
    case "tile-map": return .tileMap(division)
    case "small-multiples":
      let base = try chartName()?.kind(division: division) ?? .column
      return .smallMultiples(of: base == .stackedBar ? .horizontalBar : base)
    default:
      throw ChartFailure.usage("--kind: bar, column, stacked, line, tile-map, small-multiples")
    }
  }

  /// A named chart's table: from the store's statistics, or with --sample the built-in sample
  /// (said in the chart's note); without a store and without --sample, exit 66.
  private func namedTable(_ name: ChartName, division: Division) throws -> ChartTable {
    if !sample && FileManager.default.fileExists(atPath: store.path) {
      do {
        Failure.storePath = store.path
        let db = try Store.open(path: store.path, access: .readOnly, onUpgrade: StoreOptions.announce(store.path))
        return try ChartStatsSource.table(for: name, year: year, division: division, stats: Statistics(store: db))
      } catch {
        throw ChartFailure(code: Failure.code(for: error), message: Failure.message(error))
      }
    }
    // no store: invented numbers must never reach a document by accident (exit 66 like stats)
    if !sample {
      throw ChartFailure(
        code: Exit.noInput,
        message: "chưa có kho dữ liệu \(store.path): hãy chạy vusta ingest trước, hoặc thêm --sample để vẽ số liệu mẫu "
          + "(no store; run vusta ingest first, or pass --sample for the built-in sample data)")
    }
    return ChartDataSource.table(for: name, year: year, division: division)
  }

  /// The table of a CSV file and its modification time (the data's date).
  private func readCSV(_ path: String) throws -> (ChartTable, Int64) {
    if let problem = InputFile.problem(at: path) {
      throw ChartFailure(code: Exit.noInput, message: "\(path): \(problem)")
    }
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw ChartFailure(code: Exit.ioError, message: "\(path): không đọc được tệp (cannot read)")
    }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw ChartFailure(code: Exit.dataError, message: "\(path): tệp không phải UTF-8 (not UTF-8 text)")
    }
    let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var table: ChartTable
    do { table = try ChartCSV.parse(text, title: base) } catch let e as ChartCSVError {
      throw ChartFailure(code: Exit.dataError, message: "\(path):\(e.line): \(e.description)")
    }
    // The value column's header ("Số hội viên") is a better title than the file name.
    if let name = table.series.first?.name, !name.isEmpty { table.title = name }
    // stat(2) directly: FileManager's attributes also look up the owner's name in /etc/passwd.
    var st = stat()
    let mtime = stat(path, &st) == 0 ? Int64(st.st_mtim.tv_sec) : 0
    return (table, mtime)
  }

  /// 31 December of a year, 00:00 UTC, in seconds since 1970.
  static func endOfYear(_ y: Int) -> Int64 {
    var c = DateComponents()
    c.year = y; c.month = 12; c.day = 31
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC")!
    return Int64(cal.date(from: c)?.timeIntervalSince1970 ?? 0)
  }
}

/// A chart command failure: the message for stderr and the exit code.
struct ChartFailure: Error {
  var code: ExitCode
  var message: String
  static func usage(_ m: String) -> ChartFailure { ChartFailure(code: Exit.usage, message: m) }
  /// The sentence listing the known chart names.
  static let known = "Các biểu đồ có (known charts): " + ChartName.allCases.map(\.rawValue).joined(separator: ", ")
}
