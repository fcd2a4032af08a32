import VustaModel
import VustaStats
import VustaStore

/// Typed statistics → printable tables with Vietnamese labels, coverage and division notes.
enum StatsPresentation {
  static func divisionText(_ d: Division) -> String {
    d == .old63 ? "63 tỉnh, thành phố (trước 01/7/2025)" : "34 tỉnh, thành phố (từ 01/7/2025)"
  }

  static func notes(_ c: Coverage, extra: [String] = []) -> [String] {
    extra + ["Phạm vi: \(c.text)", "Danh mục: \(divisionText(c.division))"]
  }

  static func date(_ iso: String?) -> String { iso.flatMap(FactDate.init(iso:))?.vietnamese ?? "" }

  static func scopeTitle(_ province: String?, _ period: Period) -> String {
    (province.map { " — \($0)" } ?? "") + ", \(period.label)"
  }

  /// Meetings.
  static func table(_ t: MeetingTable) -> PrintedTable {
    let head: String
    switch t.grouping {
    case .province: head = "Tỉnh, thành phố"
    case .month: head = "Tháng"
    case .kind: head = "Loại hội nghị"
    case .year: head = "Năm"
    }
    var rows = t.rows.map { [$0.label, NumberText.grouped($0.meetings), NumberText.grouped($0.articles)] }
    if t.grouping == .month || t.grouping == .year {
      // every month or year of the period: 0 where articles were read, "no data" where none was
      let articles = Dictionary(t.rows.map { ($0.key, $0.articles) }, uniquingKeysWith: +)
      rows = t.cells.map { c in
        [c.label, c.meetings.map(NumberText.grouped) ?? PrintedTable.noData,
         c.meetings == nil ? PrintedTable.noData : NumberText.grouped(articles[c.key] ?? 0)]
      } + t.rows.filter { $0.key.count < (t.grouping == .month ? 7 : 4) }
        .map { [$0.label, NumberText.grouped($0.meetings), NumberText.grouped($0.articles)] }
    }
    if t.grouping == .province {
      if t.national > 0 { rows.append([nationalLabel, NumberText.grouped(t.national), NumberText.grouped(t.nationalArticles)]) }
      if t.unknownProvince > 0 {
        rows.append([unknownProvinceLabel, NumberText.grouped(t.unknownProvince), NumberText.grouped(t.unknownArticles)])
      }
    }
    return PrintedTable(
      title: "Số hội nghị\(scopeTitle(t.province, t.period))",
      columns: [.init(header: head, alignment: .left), .init(header: "Hội nghị", alignment: .right),
                .init(header: "Bài viết", alignment: .right)],
      rows: rows,
      footer: [["Tổng cộng", t.hasData ? NumberText.grouped(t.total) : PrintedTable.noData,
                 t.hasData ? NumberText.grouped(t.coverage.articles) : PrintedTable.noData]],
      notes: notes(t.coverage, extra: (t.hasData ? [] : ["Chưa có số liệu: không có bài viết nào đã đọc trong \(t.period.label) — không phải 0 hội nghị."]) + [
        "Trong đó: \(t.national) hội nghị toàn quốc của LHH Việt Nam, \(t.unknownProvince) hội nghị chưa xác định tỉnh.",
        "Một sự kiện do nhiều bài đưa tin (cùng ngày, tỉnh, loại) được tính một lần.",
      ]))
  }

  /// Members.
  static func table(_ t: MemberTable) -> PrintedTable {
    let rows = t.rows.map { r -> [String] in
      [r.province + (r.composedOf.isEmpty ? "" : " (cộng \(r.composedOf.joined(separator: ", ")))"),
       r.metric.label, NumberText.qualified(r.value, r.qualifier), date(r.date), r.sources.joined(separator: "; "),
       r.previous.map(NumberText.grouped) ?? "", r.change.map(NumberText.change) ?? ""]
    }
    let footer = t.totals.map {
      ["Tổng toàn quốc", $0.metric.label, NumberText.grouped($0.total), "", $0.coverageText, "", ""]
    }
    var extra: [String] = []
    if let p = t.previousPeriod { extra.append("Thay đổi so với kỳ trước (\(p.label)).") }
    extra.append("Số liệu mới nhất trong kỳ của mỗi tỉnh; \(t.withoutProvince) số liệu chưa xác định tỉnh không cộng vào tổng.")
    return PrintedTable(
      title: "Số liệu hội viên\(scopeTitle(t.province, t.period))",
      columns: [.init(header: "Tỉnh, thành phố", alignment: .left), .init(header: "Chỉ tiêu", alignment: .left),
                .init(header: "Số liệu", alignment: .right), .init(header: "Ngày", alignment: .left),
                .init(header: "Nguồn", alignment: .left), .init(header: "Kỳ trước", alignment: .right),
                .init(header: "Thay đổi", alignment: .right)],
      rows: rows, footer: footer, notes: notes(t.coverage, extra: extra))
  }

  /// Citations.
  static func table(_ t: CitationTable) -> PrintedTable {
    let byProvince = t.grouping == .province
    let rows = t.rows.map { r -> [String] in
      var id = r.id
      if r.scope == "local" { id += " (\(r.localProvince ?? unknownProvinceLabel))" }
      let lead = byProvince ? [r.citingProvince.flatMap { $0.isEmpty ? nil : $0 } ?? unknownProvinceLabel] : []
      return lead + [id, r.type.label, r.issuer, date(r.issued), NumberText.grouped(r.mentions),
                     NumberText.grouped(r.articles), NumberText.grouped(r.provinces), date(r.firstCited), date(r.lastCited)]
    }
    let heads: [(String, PrintedTable.Alignment)] = (byProvince ? [("Tỉnh trích dẫn", .left)] : []) + [
      ("Văn bản", .left), ("Loại", .left), ("Cơ quan", .left), ("Ngày ban hành", .left), ("Lượt nhắc", .right),
      ("Bài viết", .right), ("Tỉnh", .right), ("Lần đầu", .left), ("Lần cuối", .left),
    ]
    return PrintedTable(
      title: "Văn bản được trích dẫn\(scopeTitle(t.province, t.period))",
      columns: heads.map { .init(header: $0.0, alignment: $0.1) }, rows: rows,
      notes: notes(t.coverage, extra: ["Văn bản địa phương (…/TU, …-UBND) được tính riêng cho từng tỉnh."]))
  }
}
