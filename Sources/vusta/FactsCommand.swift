import ArgumentParser
import Foundation
import VustaModel
import VustaStore

/// `vusta facts`: the stored facts with their ids, values after corrections and evidence.
struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "Liệt kê dữ kiện trong kho với mã, bằng chứng và nguồn (để hiệu chỉnh bằng `vusta correct`).",
    discussion: "Mã thoát (exit codes): 0 xong, 2 tham số sai, 65 kho hỏng, 66 chưa có kho.")

  @OptionGroup var store: StoreOptions
  @Option(help: "Chỉ năm này.") var year: Int?
  @Option(help: "Chỉ tỉnh, thành phố này (tên cũ hoặc mới).") var province: String?
  @Option(help: "meeting, figure, citation, hoặc một loại: giao_ban, hoi_vien, chi_thi … (meeting:khac, figure:khac, citation:khac: loại khác của từng thứ)") var kind: String?
  @Option(help: "Số dòng tối đa.") var limit: Int?
  @Flag(help: "Chỉ các dữ kiện độ tin cậy thấp chưa ai rà soát (needs review): kiểm tra rồi dùng `vusta correct ID --reviewed` hoặc sửa, loại bỏ.")
  var needsReview = false
  @Flag(help: "Chỉ các hiệu chỉnh không còn khớp dữ kiện nào (câu trong bài đã bị sửa): xem lại rồi hiệu chỉnh dữ kiện mới.")
  var orphaned = false
  @Option(help: "table, csv hoặc json.") var format: TableFormat = .table

  func validate() throws {
    try YearOptions.check(year)
    // (a misspelt kind would list nothing, as if the store had no such fact)
    if let kind, !FactFilter.isKnown(kind: kind) {
      throw ValidationError("--kind \"\(kind)\": không có loại này; chọn một trong: " + FactFilter.kinds.joined(separator: ", "))
    }
    if let limit, limit < 1 { throw ValidationError("--limit \(limit): cần một số dương (a positive number)") }
  }

  func run() throws {
    let db = try store.open(.readOnly)
    if orphaned { return try FactsCommand.printOrphans(db, format: format) }
    var filter = FactFilter(year: year, kind: kind, limit: limit, needsReview: needsReview)
    if let province {
      let g = db.gazetteer
      guard let p = g.resolve(province, in: .old63) ?? g.resolve(province, in: .new34) else {
        Stderr.line("vusta: \"\(province)\": không có tỉnh, thành phố này; có phải: "
          + g.nearest(to: province, in: .old63).joined(separator: ", ") + "?")
        throw Exit.usage
      }
      filter.province = p.name
    }
    let facts: [StoredFact]
    do { facts = try db.facts(filter) } catch { throw Failure.report(error) }
    if format == .json {
      Stdout.write(try JSONOutput.encode(facts))
      return
    }
    // (a list cut by --limit says how many there are in all)
    var all = facts.count
    if let limit, facts.count >= limit {
      var whole = filter
      whole.limit = nil
      do { all = try db.factCount(whole) } catch { throw Failure.report(error) }
    }
    let count = all > facts.count ? "\(NumberText.grouped(facts.count)) trên \(NumberText.grouped(all))" : NumberText.grouped(facts.count)
    let table = PrintedTable(
      title: (needsReview ? "Dữ kiện cần rà soát" : "Dữ kiện trong kho") + " (\(count))",
      columns: ["Mã", "Loại dữ kiện", "Ngày", "Tỉnh, thành phố", "Loại", "Nội dung", "Bằng chứng", "Nguồn", "Tin cậy",
                "Hiệu chỉnh"]
        .map { PrintedTable.Column(header: $0, alignment: .left) },
      rows: facts.map { f in
        [f.id, FactsCommand.typeLabel(f.type), f.date.flatMap(FactDate.init(iso:))?.vietnamese ?? "",
         f.provinceLabel, f.kind, f.detail,
         format == .table ? FactsCommand.clip(f.evidence, 60) : f.evidence, f.document,
         FactsCommand.confidenceLabel(f.confidence, f.why),
         f.rejected ? "đã loại" : f.corrected ? "đã sửa" : f.reviewed ? "đã rà soát" : ""]
      })
    table.print(format)
  }

  /// `--orphaned`: the corrections that match no fact, with the article and sentence they were made on.
  static func printOrphans(_ db: Store, format: TableFormat) throws {
    let orphans: [OrphanedCorrection]
    do { orphans = try db.orphanedCorrections() } catch { throw Failure.report(error) }
    if format == .json {
      Stdout.write(try JSONOutput.encode(orphans))
      return
    }
    PrintedTable(
      title: "Hiệu chỉnh không còn khớp dữ kiện nào (\(NumberText.grouped(orphans.count)))",
      columns: ["Mã", "Trường", "Giá trị", "Lúc sửa", "Bài viết", "Câu đã sửa trên"]
        .map { PrintedTable.Column(header: $0, alignment: .left) },
      rows: orphans.map { o in
        [o.factKey, o.field, o.value ?? "(xoá)", o.createdAt, o.document ?? "",
         format == .table ? clip(o.evidence ?? "", 60) : o.evidence ?? ""]
      }).print(format)
  }

  /// "cao", or "thấp: <why>" — the reasons are in English words of the contract
  /// ("date from publication"), shown after their Vietnamese gist.
  static func confidenceLabel(_ c: String, _ why: String?) -> String {
    guard c == "low" else { return "cao" }
    return "thấp" + (why.map { ": " + ConfidenceReason.vietnamese($0) } ?? "")
  }

  static func typeLabel(_ t: String) -> String {
    switch t {
    case "meeting": return "Hội nghị"
    case "figure": return "Số liệu"
    default: return "Trích dẫn"
    }
  }

  /// Shortens a sentence to `n` characters with an ellipsis.
  static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}
