import ArgumentParser
import VustaCorpus
import VustaStore

/// `vusta import FILE.csv`: meetings and member counts kept in spreadsheets.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Nhập hội nghị và số hội viên từ bảng tính CSV (cột: Tỉnh, Ngày, Loại, Số hội viên …).",
    discussion: """
      Tệp CSV UTF-8 (có hoặc không có BOM). Nếu có dòng lỗi, không dòng nào của tệp được nhập; \
      lỗi được báo theo số dòng. Xem docs/store.md.
      Mã thoát (exit codes): 0 xong, 65 dòng lỗi, 66 không có tệp, 74 kho chỉ đọc.
      """)

  @OptionGroup var store: StoreOptions
  @Argument(help: "Tệp CSV.") var files: [String]

  func run() throws {
    do {
      // one spreadsheet, one identity, however its path was typed (issue 12, item 1)
      let docs = try files.map { file in
        var d = try RecordImport().read(path: file)
        d.path = Corpus.canonical(file)
        return d
      }
      Failure.storePath = store.path
      let db = try Store.open(path: store.path)
      let t = try db.ingest(documents: docs, origin: .imported, locate: Corpus.locate)
      for c in t.copies {
        Stderr.line("vusta: cảnh báo: \(c.file): cùng nội dung với \(c.stored) đã nhập, không tính lại "
          + "(same content as an imported file; not counted twice)")
      }
      let moved = t.moved > 0 ? ", \(t.moved) chuyển chỗ" : ""
      Stderr.line("Đã nhập \(files.count) tệp: \(t.added) mới, \(t.updated) cập nhật, \(t.skipped) không đổi\(moved); "
        + "\(t.meetings) hội nghị, \(t.figures) số liệu hội viên.")
    } catch {
      throw Failure.report(error)
    }
  }
}
