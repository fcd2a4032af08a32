import ArgumentParser
import VustaStore

/// `vusta correct FACT-ID …`: corrects one fact; the correction is kept apart and survives
/// re-ingest.
struct CorrectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract: "Hiệu chỉnh một dữ kiện: đặt/xóa tỉnh, ngày, loại; loại bỏ dữ kiện sai.",
    discussion: """
      Ví dụ: vusta correct M-3fa9c01b22de --province "Hải Phòng"; vusta correct F-… --reject; \
      vusta correct M-… --undo. Hiệu chỉnh được giữ khi nạp lại bài.
      Mã thoát (exit codes): 0 xong, 2 tham số sai, 65 mã hoặc giá trị sai, 66 chưa có kho, 74 kho chỉ đọc.
      """)

  @OptionGroup var store: StoreOptions
  @Argument(help: "Mã dữ kiện (cột Mã của `vusta facts`).") var id: String
  @Option(help: "Đặt tỉnh, thành phố.") var province: String?
  @Flag(help: "Xóa tỉnh (bài không nêu).") var clearProvince = false
  @Option(help: "Đặt ngày: 16/10/2020, 10/2020, 2020.") var date: String?
  @Flag(help: "Xóa ngày.") var clearDate = false
  @Option(help: "Đặt loại: giao_ban, tong_ket, … (hội nghị) hoặc hoi_vien, chi_hoi, … (số liệu).") var kind: String?
  @Flag(help: "Loại bỏ dữ kiện (không tính vào thống kê).") var reject = false
  @Flag(help: "Tính lại dữ kiện đã loại bỏ.") var restore = false
  @Flag(help: "Đánh dấu đã rà soát: dữ kiện đúng như bài viết, rời danh sách `vusta facts --needs-review`.")
  var reviewed = false
  @Flag(help: "Bỏ mọi hiệu chỉnh của dữ kiện.") var undo = false

  var changes: [Correction] {
    var c: [Correction] = []
    if let province { c.append(Correction(factKey: id, field: .province, value: province)) }
    if clearProvince { c.append(Correction(factKey: id, field: .province, value: nil)) }
    if let date { c.append(Correction(factKey: id, field: .date, value: date)) }
    if clearDate { c.append(Correction(factKey: id, field: .date, value: nil)) }
    if let kind { c.append(Correction(factKey: id, field: .kind, value: kind)) }
    if reject { c.append(Correction(factKey: id, field: .rejected, value: "1")) }
    if restore { c.append(Correction(factKey: id, field: .rejected, value: "0")) }
    if reviewed { c.append(Correction(factKey: id, field: .reviewed, value: "1")) }
    return c
  }

  func validate() throws {
    if changes.isEmpty && !undo {
      throw ValidationError("cần ít nhất một hiệu chỉnh: --province, --clear-province, --date, --clear-date, --kind, --reject, --restore, --reviewed hoặc --undo")
    }
    for (a, b) in [(province != nil && clearProvince, "--province và --clear-province"),
                   (date != nil && clearDate, "--date và --clear-date"), (reject && restore, "--reject và --restore")] where a {
      throw ValidationError("hai tùy chọn mâu thuẫn nhau: \(b)")
    }
    // (--undo takes every correction away: a change given with it would be dropped without a word)
    if undo && !changes.isEmpty {
      throw ValidationError("--undo bỏ mọi hiệu chỉnh của dữ kiện: không dùng kèm hiệu chỉnh khác")
    }
  }

  func run() throws {
    let db = try store.open(.readWrite)
    do {
      let n = undo ? try db.undoCorrections(of: id) : try db.correct(changes)
      Stderr.line("Đã hiệu chỉnh \(id) (\(n) bài viết chứa dữ kiện này).")
    } catch {
      throw Failure.report(error)
    }
  }
}
