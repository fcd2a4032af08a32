import GRDB
import VustaModel
import VustaStore

extension Statistics {
  /// Unique meetings in a period, by province, month, kind or year (from the summaries).
  public func meetings(_ query: StatsQuery) throws -> MeetingTable {
    var q = try resolve(query)
    q.grouping = q.grouping ?? .province
    let grouping = q.grouping!
    let (cond, args) = q.summaryFilter()
    let col = q.column
    return try store.reader.read { db in
      let group: String
      switch grouping {
      case .province: group = "CASE WHEN scope = 'province' THEN \(col) END"
      case .month: group = "CASE WHEN year IS NULL THEN NULL WHEN month IS NULL THEN printf('%04d', year) ELSE printf('%04d-%02d', year, month) END"
      case .kind: group = "eKind"
      case .year: group = "year"
      }
      let spec: SummarySpec = grouping == .month ? .meeting : .meetingYear
      let rows = try Row.fetchAll(db, sql: """
        SELECT CAST(\(group) AS TEXT) AS g, scope, SUM(events) AS n, SUM(facts) AS f
        FROM \(spec.cellTable) WHERE \(cond) GROUP BY g, scope
        """, arguments: args)
      let articles = try Statistics.meetingArticles(db, spec: spec, grouping: grouping, group: group, cond: cond, args: args)
      var national = 0, unknown = 0, nationalArticles = 0, unknownArticles = 0
      var groups: [String: MeetingRow] = [:]
      var nullGroup: MeetingRow?
      for r in rows {
        let scope: String = r["scope"]
        let n: Int = r["n"]
        let keyText: String? = r["g"]
        let a = articles[GroupKey(group: keyText, scope: scope)] ?? 0
        if scope == "national" {
          national += n
          nationalArticles += a
        }
        if scope == "unknown" {
          unknown += n
          unknownArticles += a
        }
        if grouping == .province && scope != "province" { continue }
        var row = keyText.flatMap { groups[$0] } ?? (keyText == nil ? nullGroup : nil)
          ?? MeetingRow(key: keyText ?? "", label: Statistics.label(keyText, grouping), meetings: 0, articles: 0, reports: 0)
        row.meetings += n
        row.articles += a
        row.reports += r["f"] as Int
        if let k = keyText { groups[k] = row } else { nullGroup = row }
      }
      // An event id fixes the day, the province and the kind, so each event is in one cell:
      // the cells add up to the number of distinct events.
      let total = rows.reduce(0) { $0 + ($1["n"] as Int) }
      let coverage = try Statistics.coverage(
        db, spec: spec, cond: cond, args: args, column: col, division: q.division,
        articles: Statistics.documents(db, spec: spec, cond: cond, args: args))
      var ordered = Statistics.order(Array(groups.values), grouping)
      if let n = nullGroup { ordered.append(n) }
      let read = try Statistics.articlesRead(db, q)
      return MeetingTable(period: q.period, division: q.division, grouping: grouping, province: q.province,
                          rows: ordered, national: national, nationalArticles: nationalArticles,
                          unknownProvince: unknown, unknownArticles: unknownArticles, total: total, coverage: coverage,
                          read: read, cells: Statistics.cells(rows: ordered, read: read, q: q, grouping: grouping))
    }
  }

  /// A group of a meeting statistic and the scope of its meetings.
  struct GroupKey: Hashable {
    var group: String?
    var scope: String
  }

  /// Distinct articles per group and scope: documents whose meetings lie in one document cell,
  /// plus the documents spanning several counted once each. By kind, a document counts once in
  /// each of its kinds (expanded here from the few distinct kind sets).
  static func meetingArticles(_ db: Database, spec: SummarySpec, grouping: Grouping, group: String, cond: String,
                              args: StatementArguments) throws -> [GroupKey: Int] {
    var out: [GroupKey: Int] = [:]
    if grouping != .kind {
      for (table, count) in [(spec.docCellTable, "SUM(docs)"), (spec.docSpanTable, "COUNT(DISTINCT documentId)")] {
        let sql = "SELECT CAST(\(group) AS TEXT) AS g, scope, \(count) AS a FROM \(table) WHERE \(cond) GROUP BY g, scope"
        for r in try Row.fetchAll(db, sql: sql, arguments: args) {
          out[GroupKey(group: r["g"], scope: r["scope"]), default: 0] += r["a"] as Int
        }
      }
      return out
    }
    func kinds(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
    for r in try Row.fetchAll(db, sql: """
      SELECT kinds, scope, SUM(docs) AS a FROM \(spec.docCellTable) WHERE \(cond) GROUP BY kinds, scope
      """, arguments: args) {
      for k in kinds(r["kinds"]) { out[GroupKey(group: k, scope: r["scope"]), default: 0] += r["a"] as Int }
    }
    var spanning: [GroupKey: Set<Int64>] = [:]
    for r in try Row.fetchAll(db, sql: """
      SELECT DISTINCT documentId, kinds, scope FROM \(spec.docSpanTable) WHERE \(cond)
      """, arguments: args) {
      for k in kinds(r["kinds"]) { spanning[GroupKey(group: k, scope: r["scope"]), default: []].insert(r["documentId"]) }
    }
    for (key, ids) in spanning { out[key, default: 0] += ids.count }
    return out
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

  /// Coverage of the facts that pass `cond`, from a table's cells; `articles` is counted apart.
  static func coverage(_ db: Database, spec: SummarySpec, cond: String, args: StatementArguments, column: String,
                       division: Division, articles: Int) throws -> Coverage {
    // (a national meeting has no province and misses none: not counted as unknown, as the
    // meetings table shows it on a row of its own)
    let unknown = spec.cellDims.contains("scope") ? "\(column) IS NULL AND scope IS NOT 'national'" : "\(column) IS NULL"
    let r = try Row.fetchOne(db, sql: """
      SELECT COUNT(DISTINCT \(column)) AS p, COALESCE(SUM(facts), 0) AS f,
        COALESCE(SUM(CASE WHEN \(unknown) THEN facts ELSE 0 END), 0) AS u FROM \(spec.cellTable) WHERE \(cond)
      """, arguments: args)!
    return Coverage(division: division, articles: articles, provinces: r["p"],
                    units: division == .old63 ? 63 : 34, facts: r["f"], factsWithoutProvince: r["u"])
  }

  /// Distinct documents with a fact that passes `cond` (document dimensions only) and, when
  /// `kinds` is given, of one of those kinds.
  static func documents(_ db: Database, spec: SummarySpec, cond: String, args: StatementArguments,
                        kinds: [String]? = nil) throws -> Int {
    var where_ = cond
    if let kinds {
      where_ += " AND (" + kinds.map { "instr(kinds, ',\($0),') > 0" }.joined(separator: " OR ") + ")"
    }
    let single = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(docs), 0) FROM \(spec.docCellTable) WHERE \(where_)",
                                  arguments: args) ?? 0
    let spanning = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT documentId) FROM \(spec.docSpanTable) WHERE \(where_)",
                                    arguments: args) ?? 0
    return single + spanning
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
