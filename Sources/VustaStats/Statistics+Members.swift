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
    let (cond, args) = q.summaryFilter()
    let metricCond = "eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
    let coverage = try store.reader.read { db in
      let articles = try Statistics.documents(db, spec: .figure, cond: cond, args: args, kinds: metrics.map(\.rawValue))
      return try Statistics.coverage(db, spec: .figure, cond: "\(cond) AND \(metricCond)", args: args,
                                     column: q.column, division: q.division, articles: articles)
    }
    return try Statistics.memberTable(q, metrics: metrics, coverage: coverage) { period in
      try Statistics.composed(latest(q, period: period, metrics: metrics), division: q.division)
    }
  }

  /// The coverage of every member figure of a query, attendance (`luot_nguoi`, `dai_bieu`) and
  /// `khac` included: the figures a year's count of facts rests on, as `vusta facts` and the
  /// web app's dashboard count them (`members` covers the membership metrics it shows).
  public func figureCoverage(_ query: StatsQuery) throws -> Coverage {
    let q = try resolve(query)
    let (cond, args) = q.summaryFilter()
    let all = MemberMetric.allCases.map(\.rawValue)
    return try store.reader.read { db in
      let articles = try Statistics.documents(db, spec: .figure, cond: cond, args: args, kinds: all)
      return try Statistics.coverage(db, spec: .figure, cond: cond, args: args, column: q.column, division: q.division,
                                     articles: articles)
    }
  }

  /// The member table from the latest figures of a period and of the one before it.
  static func memberTable(_ q: ResolvedQuery, metrics: [MemberMetric], coverage: Coverage,
                          latest: (Period) throws -> [MemberRow]) rethrows -> MemberTable {
    let current = try latest(q.period)
    var previous: [String: MemberRow] = [:]
    if let p = q.period.previous {
      for r in try latest(p) { previous["\(r.province)|\(r.metric.rawValue)"] = r }
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
    return MemberTable(period: q.period, previousPeriod: q.period.previous, division: q.division,
                       province: q.province, rows: rows, totals: totals,
                       withoutProvince: coverage.factsWithoutProvince, coverage: coverage)
  }

  /// The latest figure per unit and metric in a period: the latest of each cell's latest (newest
  /// date, then the larger value, then the fact key: the same files give the same figure).
  /// Rows: unit, p63, p34, eMetric, value, qualifier, eDate, path.
  /// - Throws: `StatsError.implausibleFigure` for a value outside 0…`NumberText.largestCount`
  ///   (only the store itself can hold one; summing it would overflow), naming the fact.
  func latest(_ q: ResolvedQuery, period: Period, metrics: [MemberMetric]) throws -> [Row] {
    var rq = q
    rq.period = period
    let (cond, args) = rq.summaryFilter(alias: "c.")
    let metricCond = "c.eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
    let rows = try store.reader.read { db in
      try Row.fetchAll(db, sql: """
        SELECT x.unit, x.p63, x.p34, x.eMetric, f.value, f.qualifier, f.eDate, d.path, f.factKey FROM (
          SELECT COALESCE(c.p63, c.p34) AS unit, c.p63, c.p34, c.eMetric, c.latestId,
            ROW_NUMBER() OVER (PARTITION BY COALESCE(c.p63, c.p34), c.eMetric
                               ORDER BY c.latestDate DESC, l.value DESC, l.factKey DESC, l.id DESC) AS rn
          FROM figure_cell c JOIN figure l ON l.id = c.latestId
          WHERE \(cond) AND \(metricCond) AND COALESCE(c.p63, c.p34) IS NOT NULL
        ) x JOIN figure f ON f.id = x.latestId JOIN document d ON d.id = f.documentId WHERE x.rn = 1
        """, arguments: args)
    }
    for r in rows {
      let value: Int = r["value"]
      if !(0...NumberText.largestCount).contains(value) {
        throw StatsError.implausibleFigure(fact: r["factKey"], value: value)
      }
    }
    return rows
  }

  /// Member rows from the latest figures of the units; in the 34-unit division a unit with no
  /// figure of its own adds up the latest figures of the old units it was formed from.
  static func composed(_ rows: [Row], division: Division) -> [MemberRow] {
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
    if division == .old63 { return found.map(\.row) }
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
