import ArgumentParser
import VustaStore

/// `vusta import FILE.csv`: meetings and member counts kept in spreadsheets.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Nhập hội nghị và số hội viên từ bảng tính CSV (cột: Tỉnh, Ngày, Loại, Số hội viên …).",
    discussion: """
      Tệp CSV UTF-8 (có hoặc không có BOM). Nếu có dòng lỗi, không dòng nào của tệp được nhập; \
      lỗi được báo theo số dòng. Xem docs/store.md.
      Exit codes: 0 ok, 65 dòng lỗi, 66 không có tệp, 74 kho chỉ đọc.
      """)

  @OptionGroup var store: StoreOptions
  @Argument(help: "Tệp CSV.") var files: [String]

  func run() throws {
    do {
      let docs = try files.map { try RecordImport().read(path: $0) }
      let db = try Store.open(path: store.path)
      let t = try db.ingest(documents: docs, origin: .imported)
      Stderr.line("Đã nhập \(files.count) tệp: \(t.added) mới, \(t.updated) cập nhật, \(t.skipped) không đổi; "
        + "\(t.meetings) hội nghị, \(t.figures) số liệu hội viên.")
    } catch {
      throw Failure.report(error)
    }
  }
}
