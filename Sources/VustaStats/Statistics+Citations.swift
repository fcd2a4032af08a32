import GRDB
import VustaModel
import VustaStore

extension Statistics {
  /// Cited documents in a period: mentions, citing articles and provinces, first and last
  /// citation. `--by province` splits each document by the citing articles' province.
  public func citations(_ query: StatsQuery) throws -> CitationTable {
    let q = try resolve(query)
    let col = q.column
    let local = q.division == .old63 ? "local63" : "local34"
    var (cond, args) = q.summaryFilter()
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
          SUM(docs) AS articles, COUNT(DISTINCT \(col)) AS provinces,
          MIN(first) AS first, MAX(last) AS last\(byProvince ? ", \(col) AS citing" : "")
        FROM citation_cell WHERE \(cond) GROUP BY directive\(extraGroup)
        """, arguments: args)
      let out = Statistics.citationRows(rows, division: q.division, byProvince: byProvince)
      let coverage = try Statistics.coverage(db, spec: .citation, cond: cond, args: args, column: col,
                                             division: q.division, articles: citingArticles(db, q))
      return CitationTable(period: q.period, division: q.division, province: q.province,
                           grouping: q.grouping, rows: out, coverage: coverage)
    }
  }

  /// Distinct articles citing a document in the period (and, with a province, articles of the
  /// province or citing one of its local documents). A document's citations share its year and
  /// province, so its document cells are whole.
  func citingArticles(_ db: Database, _ q: ResolvedQuery) throws -> Int {
    let (cond, args) = q.summaryFilter()
    let own = try Statistics.documents(db, spec: .citation, cond: cond, args: args)
    guard let p = q.province else { return own }
    let col = q.column
    let local = q.division == .old63 ? "local63" : "local34"
    let (yc, ya) = q.period.condition("year")
    let others = try Int.fetchOne(db, sql: """
      SELECT COUNT(DISTINCT documentId) FROM citation
      WHERE \(local) = ? AND rejected = 0 AND \(yc) AND (\(col) IS NULL OR \(col) <> ?)
      """, arguments: StatementArguments([p]) + StatementArguments(ya) + [p]) ?? 0
    return own + others
  }

  /// Citation rows from grouped rows (directive, cid, type, issuer, scope, l63, l34, issued,
  /// mentions, articles, provinces, first, last[, citing]), most cited first.
  static func citationRows(_ rows: [Row], division: Division, byProvince: Bool) -> [CitationRow] {
    var out = rows.map { r -> CitationRow in
      let scope: String = r["scope"]
      let l63: String? = r["l63"]
      let l34: String? = r["l34"]
      var localName: String?
      if scope == "local" {
        let own = l63 ?? l34
        localName = division == .new34 && own != nil && own != l34 ? "\(own!), nay \(l34 ?? "?")" : own
      }
      return CitationRow(
        id: r["cid"], type: DocumentType(rawValue: r["type"]) ?? .khac, issuer: r["issuer"], scope: scope,
        localProvince: localName, issued: r["issued"], mentions: r["mentions"], articles: r["articles"],
        provinces: r["provinces"], firstCited: r["first"], lastCited: r["last"],
        citingProvince: byProvince ? ((r["citing"] as String?) ?? "") : nil)
    }
    out.sort {
      if let a = $0.citingProvince, let b = $1.citingProvince, a != b {
        if a.isEmpty || b.isEmpty { return !a.isEmpty }
        return VietnameseCollation.less(a, b)
      }
      if $0.mentions != $1.mentions { return $0.mentions > $1.mentions }
      if $0.id != $1.id { return $0.id < $1.id }
      return ($0.localProvince ?? "") < ($1.localProvince ?? "")
    }
    return out
  }
}
