//! The named charts' tables from the store's statistics (VustaStats): what `vusta chart NAME`
//! draws when a store exists. Each table's note is the statistic's coverage line.

import VustaCharts
import VustaModel
import VustaStats
import VustaStore

/// Builds chart tables from `Statistics` for the named charts.
public enum ChartStatsSource {
  /// The table of a named chart for a year in a division.
  /// - Throws: the statistics' errors (`StatsError`, `StoreError`).
  public static func table(for name: ChartName, year: Int, division: Division, stats: Statistics) throws -> ChartTable {
    switch name {
    case .meetingsByProvince, .tileMap:
      let t = try stats.meetings(StatsQuery(period: .year(year), division: division, grouping: .province))
      // Every unit of the division: its meetings, 0 when articles were read there and none
      // reported a meeting, "no data" (hatched, "—") when no article of it was read; then
      // "Chưa xác định" and other rows with meetings.
      var counts: [String: Double] = [:]
      for r in t.rows { counts[r.label, default: 0] += Double(r.meetings) }
      let read = Set(t.cells.filter { $0.meetings != nil }.map(\.label))
      var labels: [String] = [], values: [Double] = [], missing: Set<Int> = []
      for unit in stats.gazetteer.units(division) {
        let n = counts.removeValue(forKey: unit.name)
        if n == nil && !read.contains(unit.name) { missing.insert(labels.count) }
        labels.append(unit.name); values.append(n ?? 0)
      }
      for (label, n) in counts.sorted(by: { $0.key < $1.key }) where n > 0 { labels.append(label); values.append(n) }
      let unread = missing.count
      let note = "Nguồn: " + t.coverage.text + "." + (unread > 0 ? " \(unread) tỉnh, thành phố chưa có bài viết nào: không có số liệu, không phải 0 hội nghị." : "")
      return ChartTable(title: "Số hội nghị theo tỉnh, thành phố năm \(year)", labelHeader: "Tỉnh, thành phố", labels: labels,
                        series: [ChartSeries(name: "Hội nghị", values: values, missing: missing)], unit: "hội nghị", note: note)
    case .meetingsByMonth:
      // a month never read is a gap, not 0
      let (series, note) = try twoYears(year, division: division, grouping: .month, stats: stats,
                                        sourceNote: "Hội nghị không rõ tháng không được tính.") { y, t in
        let cells = Dictionary(t.cells.map { ($0.key, $0.meetings) }, uniquingKeysWith: { a, _ in a })
        return (1...12).map { m in (cells[String(format: "%04d-%02d", y, m)] ?? nil).map(Double.init) ?? .nan }
      }
      return ChartTable(title: "Số hội nghị theo tháng", labelHeader: "Tháng", labels: (1...12).map { "T\($0)" },
                        series: series, unit: "hội nghị", note: note)
    case .meetingsByKind:
      let (series, note) = try twoYears(year, division: division, grouping: .kind, stats: stats) { _, t in
        let byKind = Dictionary(t.rows.map { ($0.key, Double($0.meetings)) }, uniquingKeysWith: +)
        return MeetingKind.allCases.map { byKind[$0.rawValue] ?? 0 }
      }
      return ChartTable(title: "Số hội nghị theo loại", labelHeader: "Loại hội nghị",
                        labels: MeetingKind.allCases.map(\.label), series: series, unit: "hội nghị", note: note)
    case .membersByProvince:
      let t = try stats.members(StatsQuery(period: .year(year), division: division, metric: .hoi_vien))
      let members = t.rows.filter { $0.metric == .hoi_vien }
      let rows = members.map { ($0.province, Double($0.value)) }
      let cover = t.totals.first { $0.metric == .hoi_vien }?.coverageText ?? ""
      // (a bar is a number; what the number is not says the note: a 34-unit figure added up from
      // the old provinces', a figure the article gave as "hơn"/"khoảng")
      let summed = members.filter { !$0.composedOf.isEmpty }
        .map { "\($0.province) (cộng \($0.composedOf.joined(separator: ", ")))" }
      let approximate = members.filter { $0.qualifier != .exact }.map { "\($0.province) \(NumberText.qualified($0.value, $0.qualifier))" }
      func listed(_ items: [String]) -> String {
        items.prefix(5).joined(separator: "; ") + (items.count > 5 ? "; … (\(items.count - 5) tỉnh khác)" : "")
      }
      var note = "Nguồn: " + t.coverage.text + (cover.isEmpty ? "" : "; " + cover) + ". Chỉ gồm các tỉnh có số liệu."
      if !summed.isEmpty { note += " Cộng số liệu các tỉnh cũ: " + listed(summed) + "." }
      if !approximate.isEmpty { note += " Số liệu bài viết nêu ước lượng (hơn, khoảng), cột vẽ bằng con số nêu: " + listed(approximate) + "." }
      return ChartTable(title: "Số hội viên theo tỉnh, thành phố năm \(year)", labelHeader: "Tỉnh, thành phố",
                        rows: rows, seriesName: "Hội viên", unit: "người", note: note)
    case .citationsByDirective:
      let t = try stats.citations(StatsQuery(period: .year(year), division: division))
      let top = t.rows.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.id < $1.id }.prefix(20)
      // A local document's number is only unique within its province: "07-KH/TU (Phú Thọ)".
      let labels = top.map { r in r.localProvince.map { "\(r.id) (\($0))" } ?? r.id }
      let central = top.map { $0.scope == "national" ? Double($0.mentions) : 0 }
      let local = top.map { $0.scope == "national" ? 0 : Double($0.mentions) }
      return ChartTable(title: "Số lần trích dẫn văn bản chỉ đạo năm \(year)", labelHeader: "Văn bản",
                        labels: Array(labels), series: [ChartSeries(name: "Văn bản trung ương", values: central),
                                                        ChartSeries(name: "Văn bản địa phương", values: local)],
                        unit: "lần", note: "Nguồn: " + t.coverage.text
                          + (t.rows.count > top.count ? "; \(top.count) trong \(t.rows.count) văn bản, những văn bản được nhắc nhiều nhất." : "."))
    }
  }

  /// The series "Năm <year-1>" and "Năm <year>" of a meeting table grouped by `grouping`, and
  /// the note: a year never read is no series at all (not a row of zeros) and is named in the
  /// note, as is the source of the year shown.
  static func twoYears(_ year: Int, division: Division, grouping: Grouping, stats: Statistics, sourceNote: String? = nil,
                       values: (Int, MeetingTable) -> [Double]) throws -> ([ChartSeries], String) {
    var series: [ChartSeries] = []
    var notes: [String] = []
    for y in [year - 1, year] {
      let t = try stats.meetings(StatsQuery(period: .year(y), division: division, grouping: grouping))
      guard t.hasData else {
        notes.append("Năm \(y): chưa có số liệu.")
        continue
      }
      series.append(ChartSeries(name: "Năm \(y)", values: values(y, t)))
      if y == year { notes.append(["Nguồn (năm \(year)): " + t.coverage.text + ".", sourceNote].compactMap { $0 }.joined(separator: " ")) }
    }
    return (series, notes.joined(separator: " "))
  }
}
