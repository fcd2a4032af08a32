import ArgumentParser
import VustaModel
import VustaStats
import VustaStore

/// `vusta stats meetings|members|citations`: the aggregation engine on the command line.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Thống kê hội nghị, hội viên, trích dẫn văn bản theo năm, tỉnh, tháng, loại.",
    discussion: """
      Năm đến 2024 mặc định theo 63 tỉnh, từ 2025 theo 34 đơn vị. Không thể quy đổi 34 đơn vị về 63.
      Mã thoát (exit codes): 0 xong, 2 tham số sai (tỉnh lạ, danh mục không dùng được), 65 kho hỏng, 66 chưa có kho.
      """,
    subcommands: [Meetings.self, Members.self, Citations.self])

  /// Options every statistic takes.
  struct Common: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @Option(help: "Một năm.") var year: Int?
    @Option(help: "Giai đoạn A-B, ví dụ 2020-2023.") var years: String?
    @Option(help: "Một tỉnh, thành phố.") var province: String?
    @Option(help: "Nhóm theo (chỉ với stats meetings): province, month, kind, year.") var by: Grouping?
    @Option(help: "Danh mục 63 hoặc 34 đơn vị.") var division: Division?
    @Option(help: "table, csv hoặc json.") var format: TableFormat = .table

    func validate() throws {
      if year != nil && years != nil { throw ValidationError("chỉ dùng một trong --year và --years") }
      try YearOptions.check(year)
      if let years { _ = try YearOptions.period(years) }
    }

    var period: Period {
      if let year { return .year(year) }
      if let years, let p = Period(parsing: years) { return p }
      return .all
    }

    func query(metric: MemberMetric? = nil) -> StatsQuery {
      StatsQuery(period: period, province: province, division: division, grouping: by, metric: metric)
    }

    /// A usage error for `--by` on a statistic that has one grouping of its own (printed as if
    /// grouped, the table would look like an answer it is not).
    func refuseGrouping(_ statistic: String, _ rows: String) throws {
      guard let by else { return }
      throw ValidationError("--by \(by.rawValue): stats \(statistic) không nhóm được (\(rows)); --by chỉ dùng với stats meetings")
    }

    /// Runs a statistic, reporting failures with their exit codes.
    func compute<T>(_ body: (Statistics) throws -> T) throws -> T {
      let db = try store.open(.readOnly)
      do { return try body(Statistics(store: db)) } catch { throw Failure.report(error) }
    }

    func emit<T: Encodable>(_ value: T, _ table: () -> PrintedTable) throws {
      if format == .json { Stdout.write(try JSONOutput.encode(value)) } else { table().print(format) }
    }
  }

  struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Số hội nghị (mỗi sự kiện tính một lần).")
    @OptionGroup var common: Common
    func run() throws {
      let t = try common.compute { try $0.meetings(common.query()) }
      try common.emit(t) { StatsPresentation.table(t) }
    }
  }

  struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Số hội viên mới nhất theo tỉnh và chỉ tiêu.")
    @OptionGroup var common: Common
    @Option(help: "Một chỉ tiêu: hoi_vien, hoi_thanh_vien, chi_hoi, tri_thuc, luot_nguoi, dai_bieu, khac.")
    var metric: MemberMetric?
    func validate() throws { try common.refuseGrouping("members", "số hội viên mới nhất của mỗi tỉnh và chỉ tiêu") }
    func run() throws {
      let t = try common.compute { try $0.members(common.query(metric: metric)) }
      try common.emit(t) { StatsPresentation.table(t) }
    }
  }

  struct Citations: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Văn bản được trích dẫn: số lần, số bài, số tỉnh.")
    @OptionGroup var common: Common
    func validate() throws { try common.refuseGrouping("citations", "mỗi văn bản một dòng") }
    func run() throws {
      let t = try common.compute { try $0.citations(common.query()) }
      try common.emit(t) { StatsPresentation.table(t) }
    }
  }
}

extension Grouping: ExpressibleByArgument {}
extension Division: ExpressibleByArgument {}
extension MemberMetric: ExpressibleByArgument {}
