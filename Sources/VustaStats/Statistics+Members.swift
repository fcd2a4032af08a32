import GRDB
import VustaModel
import VustaStore

extension Statistics {
  /// The metrics shown when none is asked: membership, not attendance.
  public static let membershipMetrics: [MemberMetric] = [.hoi_vien, .hoi_thanh_vien, .chi_hoi, .tri_thuc]

  /// Latest member figures per province and metric, change against the previous period,
  /// national totals with coverage.
  public func members(_ query: StatsQuery) throws -> MemberTable {
    let q = try resolve(query)
    let metrics = q.metric.map { [$0] } ?? Statistics.membershipMetrics
    let current = try latest(q, period: q.period, metrics: metrics)
    var previous: [String: MemberRow] = [:]
    if let p = q.period.previous {
      for r in try latest(q, period: p, metrics: metrics) { previous["\(r.province)|\(r.metric.rawValue)"] = r }
    }
    var rows = current.map { r -> MemberRow in
      var r = r
      if let p = previous["\(r.province)|\(r.metric.rawValue)"] {
        r.previous = p.value
        r.change = r.value - p.value
      }
      return r
    }
    let metricRank = Dictionary(uniqueKeysWithValues: MemberMetric.allCases.enumerated().map { ($1, $0) })
    rows.sort {
      $0.province != $1.province ? VietnameseCollation.less($0.province, $1.province)
        : metricRank[$0.metric]! < metricRank[$1.metric]!
    }
    let units = q.division == .old63 ? 63 : 34
    let totals = metrics.compactMap { m -> MemberTotal? in
      let of = rows.filter { $0.metric == m }
      return of.isEmpty ? nil
        : MemberTotal(metric: m, total: of.reduce(0) { $0 + $1.value }, provincesWithData: of.count, units: units)
    }
    let (cond, args) = q.filter()
    let metricCond = "eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
    return try store.reader.read { db in
      let coverage = try Statistics.coverage(db, table: "figure", cond: "\(cond) AND \(metricCond)", args: args,
                                             column: q.column, division: q.division)
      return MemberTable(period: q.period, previousPeriod: q.period.previous, division: q.division,
                         province: q.province, rows: rows, totals: totals,
                         withoutProvince: coverage.factsWithoutProvince, coverage: coverage)
    }
  }

  /// The latest figure per unit and metric in a period; in the 34-unit division a unit with no
  /// figure of its own adds up the latest figures of the old units it was formed from.
  func latest(_ q: ResolvedQuery, period: Period, metrics: [MemberMetric]) throws -> [MemberRow] {
    var rq = q
    rq.period = period
    let (cond, args) = rq.filter(alias: "f.")
    let metricCond = "f.eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
    let rows = try store.reader.read { db in
      try Row.fetchAll(db, sql: """
        SELECT x.*, d.path FROM (
          SELECT COALESCE(f.p63, f.p34) AS unit, f.p63, f.p34, f.eMetric, f.value, f.qualifier, f.eDate, f.documentId,
            ROW_NUMBER() OVER (PARTITION BY COALESCE(f.p63, f.p34), f.eMetric ORDER BY f.eDate DESC, f.id DESC) AS rn
          FROM figure f WHERE \(cond) AND \(metricCond) AND COALESCE(f.p63, f.p34) IS NOT NULL
        ) x JOIN document d ON d.id = x.documentId WHERE x.rn = 1
        """, arguments: args)
    }
    struct Latest { var unit: String; var p34: String?; var own34: Bool; var row: MemberRow }
    let found = rows.map { r -> Latest in
      let unit: String = r["unit"]
      let p63: String? = r["p63"]
      return Latest(
        unit: unit, p34: r["p34"], own34: p63 == nil,
        row: MemberRow(province: unit, metric: MemberMetric(rawValue: r["eMetric"]) ?? .khac, value: r["value"],
                       qualifier: Qualifier(rawValue: r["qualifier"]) ?? .exact, date: r["eDate"],
                       sources: [r["path"]], composedOf: [], previous: nil, change: nil))
    }
    if q.division == .old63 { return found.map(\.row) }
    var byUnit: [String: [Latest]] = [:]
    for l in found { byUnit["\(l.p34 ?? l.unit)|\(l.row.metric.rawValue)", default: []].append(l) }
    return byUnit.keys.sorted().map { key -> MemberRow in
      let parts = byUnit[key]!
      let name = parts[0].p34 ?? parts[0].unit
      if let own = parts.first(where: { $0.own34 }) {
        var r = own.row
        r.province = name
        return r
      }
      let sorted = parts.sorted { VietnameseCollation.less($0.unit, $1.unit) }
      let quals = Set(sorted.map(\.row.qualifier))
      return MemberRow(
        province: name, metric: sorted[0].row.metric, value: sorted.reduce(0) { $0 + $1.row.value },
        qualifier: quals.contains(.more_than) ? .more_than : quals.contains(.about) ? .about : .exact,
        date: sorted.compactMap(\.row.date).max(), sources: sorted.flatMap(\.row.sources),
        composedOf: sorted.count == 1 && sorted[0].unit == name ? [] : sorted.map(\.unit),
        previous: nil, change: nil)
    }
  }
}
