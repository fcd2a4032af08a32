import GRDB
import VustaModel
import VustaStore

extension Statistics {
  /// Unique meetings in a period, by province, month, kind or year.
  public func meetings(_ query: StatsQuery) throws -> MeetingTable {
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
      let coverage = try Statistics.coverage(db, table: "meeting", cond: cond, args: args, column: col, division: q.division)
      var ordered = Statistics.order(Array(groups.values), grouping)
      if let n = nullGroup { ordered.append(n) }
      return MeetingTable(period: q.period, division: q.division, grouping: grouping, province: q.province,
                          rows: ordered, national: national, nationalArticles: nationalArticles,
                          unknownProvince: unknown, unknownArticles: unknownArticles, total: total, coverage: coverage)
    }
  }

  /// The unique meetings themselves, each with all its sources, by date (at most `limit`).
  public func meetingEvents(_ query: StatsQuery, limit: Int = 10_000) throws -> [MeetingEvent] {
    let q = try resolve(query)
    let (cond, args) = q.filter(alias: "m.")
    return try store.reader.read { db in
      try Row.fetchAll(db, sql: """
        SELECT MIN(m.eDate) AS date, MIN(m.\(q.column)) AS province, MIN(m.eKind) AS kind, MIN(m.scope) AS scope,
          GROUP_CONCAT(d.path, char(10)) AS sources, GROUP_CONCAT(m.factKey, char(10)) AS ids
        FROM meeting m JOIN document d ON d.id = m.documentId
        WHERE \(cond)
        GROUP BY m.eventId ORDER BY MIN(m.eDate) IS NULL, MIN(m.eDate), MIN(m.\(q.column)) LIMIT ?
        """, arguments: args + [limit]).map { r in
          MeetingEvent(date: r["date"], province: r["province"], kind: MeetingKind(rawValue: r["kind"]) ?? .khac,
                       scope: r["scope"], sources: Statistics.lines(r["sources"]).sorted(),
                       factIds: Statistics.lines(r["ids"]).sorted())
        }
    }
  }

  static func lines(_ s: String?) -> [String] { (s ?? "").split(separator: "\n").map(String.init) }

  /// Coverage of the facts of a table that pass `cond`.
  static func coverage(_ db: Database, table: String, cond: String, args: StatementArguments, column: String,
                       division: Division) throws -> Coverage {
    let r = try Row.fetchOne(db, sql: """
      SELECT COUNT(DISTINCT documentId) AS a, COUNT(DISTINCT \(column)) AS p, COUNT(*) AS f,
        COALESCE(SUM(\(column) IS NULL), 0) AS u FROM \(table) WHERE \(cond)
      """, arguments: args)!
    return Coverage(division: division, articles: r["a"], provinces: r["p"],
                    units: division == .old63 ? 63 : 34, facts: r["f"], factsWithoutProvince: r["u"])
  }

  /// The printed label of a group key.
  static func label(_ key: String?, _ grouping: Grouping) -> String {
    guard let key else {
      switch grouping {
      case .province: return unknownProvinceLabel
      case .month, .year: return "Chưa rõ năm"
      case .kind: return "Khác"
      }
    }
    switch grouping {
    case .province: return key
    case .year: return key
    case .kind: return MeetingKind(rawValue: key)?.label ?? key
    case .month:
      let parts = key.split(separator: "-")
      return parts.count == 2 ? "\(parts[1])/\(parts[0])" : "Chưa rõ tháng (\(key))"
    }
  }

  /// Rows in the order of their grouping.
  static func order(_ rows: [MeetingRow], _ grouping: Grouping) -> [MeetingRow] {
    switch grouping {
    case .province: return rows.sorted { VietnameseCollation.less($0.key, $1.key) }
    case .month, .year: return rows.sorted { $0.key < $1.key }
    case .kind:
      let rank = Dictionary(uniqueKeysWithValues: MeetingKind.precedence.enumerated().map { ($1.rawValue, $0) })
      return rows.sorted { (rank[$0.key] ?? 99) < (rank[$1.key] ?? 99) }
    }
  }
}
