import GRDB
import VustaModel
import VustaStore
@testable import VustaStats

/// The statistics computed straight from the fact tables, as the first version did: the oracle
/// the summary-based statistics are checked against (slow, obviously right).
extension Statistics {
  /// Unique meetings in a period, by province, month, kind or year.
  func scanMeetings(_ query: StatsQuery) throws -> MeetingTable {
    var q = try resolve(query)
    q.grouping = q.grouping ?? .province
    let grouping = q.grouping!
    let (cond, args) = q.filter()
    let col = q.column
    return try store.reader.read { db in
      let group: String
      switch grouping {
      case .province: group = "CASE WHEN scope = 'province' THEN \(col) END"
      case .month: group = "printf('%04d-%02d', year, month)"
      case .kind: group = "eKind"
      case .year: group = "year"
      }
      let keyed = grouping == .month ? "CASE WHEN year IS NULL THEN NULL WHEN month IS NULL THEN printf('%04d', year) ELSE \(group) END" : group
      let rows = try Row.fetchAll(db, sql: """
        SELECT CAST(\(keyed) AS TEXT) AS g, scope, COUNT(DISTINCT eventId) AS n, COUNT(DISTINCT documentId) AS a, COUNT(*) AS f
        FROM meeting WHERE \(cond) GROUP BY g, scope
        """, arguments: args)
      var national = 0, unknown = 0, nationalArticles = 0, unknownArticles = 0
      var groups: [String: MeetingRow] = [:]
      var nullGroup: MeetingRow?
      for r in rows {
        let scope: String = r["scope"]
        let n: Int = r["n"]
        if scope == "national" {
          national += n
          nationalArticles += r["a"] as Int
        }
        if scope == "unknown" {
          unknown += n
          unknownArticles += r["a"] as Int
        }
        if grouping == .province && scope != "province" { continue }
        let keyText: String? = r["g"]
        var row = keyText.flatMap { groups[$0] } ?? (keyText == nil ? nullGroup : nil)
          ?? MeetingRow(key: keyText ?? "", label: Statistics.label(keyText, grouping), meetings: 0, articles: 0, reports: 0)
        row.meetings += n
        row.articles += r["a"] as Int
        row.reports += r["f"] as Int
        if let k = keyText { groups[k] = row } else { nullGroup = row }
      }
      // An event id fixes the day, the province and the kind, so each event is in one group:
      // the groups add up to the number of distinct events without another scan.
      let total = rows.reduce(0) { $0 + ($1["n"] as Int) }
      let coverage = try Statistics.scanCoverage(db, table: "meeting", cond: cond, args: args, column: col, division: q.division)
      var ordered = Statistics.order(Array(groups.values), grouping)
      if let n = nullGroup { ordered.append(n) }
      let read = try Statistics.scanArticlesRead(db, q)
      return MeetingTable(period: q.period, division: q.division, grouping: grouping, province: q.province,
                          rows: ordered, national: national, nationalArticles: nationalArticles,
                          unknownProvince: unknown, unknownArticles: unknownArticles, total: total, coverage: coverage,
                          read: read, cells: Statistics.cells(rows: ordered, read: read, q: q, grouping: grouping))
    }
  }

  /// Articles read, each dimension counted by a query of its own.
  static func scanArticlesRead(_ db: Database, _ q: ResolvedQuery) throws -> ArticlesRead {
    let (cond, args) = q.summaryFilter()
    let base = "FROM document WHERE year IS NOT NULL AND \(cond)"
    func grouped(_ expr: String) throws -> [String: Int] {
      var out: [String: Int] = [:]
      for r in try Row.fetchAll(db, sql: "SELECT CAST(\(expr) AS TEXT) AS k, COUNT(*) AS n \(base) AND \(expr) IS NOT NULL GROUP BY k",
                                arguments: args) {
        out[r["k"]] = r["n"]
      }
      return out
    }
    return ArticlesRead(
      total: try Int.fetchOne(db, sql: "SELECT COUNT(*) \(base)", arguments: args) ?? 0,
      byYear: try grouped("year"),
      byMonth: try grouped("CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) END"),
      byProvince: try grouped(q.column))
  }

  /// Coverage of the facts of a table that pass `cond`.
  static func scanCoverage(_ db: Database, table: String, cond: String, args: StatementArguments, column: String,
                       division: Division) throws -> Coverage {
    let r = try Row.fetchOne(db, sql: """
      SELECT COUNT(DISTINCT documentId) AS a, COUNT(DISTINCT \(column)) AS p, COUNT(*) AS f,
        COALESCE(SUM(\(column) IS NULL\(table == "meeting" ? " AND scope IS NOT 'national'" : "")), 0) AS u FROM \(table) WHERE \(cond)
      """, arguments: args)!
    return Coverage(division: division, articles: r["a"], provinces: r["p"],
                    units: division == .old63 ? 63 : 34, facts: r["f"], factsWithoutProvince: r["u"])
  }

  /// Latest member figures per province and metric, change against the previous period,
  /// national totals with coverage.
  func scanMembers(_ query: StatsQuery) throws -> MemberTable {
    let q = try resolve(query)
    let metrics = q.metric.map { [$0] } ?? Statistics.membershipMetrics
    let (cond, args) = q.filter()
    let metricCond = "eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
    let coverage = try store.reader.read { db in
      try Statistics.scanCoverage(db, table: "figure", cond: "\(cond) AND \(metricCond)", args: args,
                                  column: q.column, division: q.division)
    }
    return try Statistics.memberTable(q, metrics: metrics, coverage: coverage) { period in
      var rq = q
      rq.period = period
      let (cond, args) = rq.filter(alias: "f.")
      let metricCond = "f.eMetric IN (\(metrics.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
      let rows = try store.reader.read { db in
        try Row.fetchAll(db, sql: """
          SELECT x.*, d.path FROM (
            SELECT COALESCE(f.p63, f.p34) AS unit, f.p63, f.p34, f.eMetric, f.value, f.qualifier, f.eDate, f.documentId,
              ROW_NUMBER() OVER (PARTITION BY COALESCE(f.p63, f.p34), f.eMetric ORDER BY f.eDate DESC, f.value DESC, f.factKey DESC, f.id DESC) AS rn
            FROM figure f WHERE \(cond) AND \(metricCond) AND COALESCE(f.p63, f.p34) IS NOT NULL
          ) x JOIN document d ON d.id = x.documentId WHERE x.rn = 1
          """, arguments: args)
      }
      return Statistics.composed(rows, division: q.division)
    }
  }

  /// Cited documents in a period: mentions, citing articles and provinces, first and last
  /// citation. `--by province` splits each document by the citing articles' province.
  func scanCitations(_ query: StatsQuery) throws -> CitationTable {
    let q = try resolve(query)
    let col = q.column
    let local = q.division == .old63 ? "local63" : "local34"
    var (cond, args) = q.filter()
    if let p = q.province {
      // cited by an article of the province, or a local document of the province
      cond = cond.replacingOccurrences(of: "AND \(col) = ?", with: "AND (\(col) = ? OR \(local) = ?)")
      args += [p]
    }
    let byProvince = q.grouping == .province
    let extraGroup = byProvince ? ", \(col)" : ""
    return try store.reader.read { db in
      let rows = try Row.fetchAll(db, sql: """
        SELECT directive, MIN(cid) AS cid, MIN(type) AS type, MIN(issuer) AS issuer, MIN(scope) AS scope,
          MIN(local63) AS l63, MIN(local34) AS l34, MIN(issued) AS issued, SUM(mentions) AS mentions,
          COUNT(DISTINCT documentId) AS articles, COUNT(DISTINCT \(col)) AS provinces,
          MIN(citingDate) AS first, MAX(citingDate) AS last\(byProvince ? ", \(col) AS citing" : "")
        FROM citation WHERE \(cond) GROUP BY directive\(extraGroup)
        """, arguments: args)
      let out = Statistics.citationRows(rows, division: q.division, byProvince: byProvince)
      let coverage = try Statistics.scanCoverage(db, table: "citation", cond: cond, args: args, column: col,
                                             division: q.division)
      return CitationTable(period: q.period, division: q.division, province: q.province,
                           grouping: q.grouping, rows: out, coverage: coverage)
    }
  }
}
