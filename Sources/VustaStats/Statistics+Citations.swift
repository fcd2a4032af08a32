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
      var out = rows.map { r -> CitationRow in
        let scope: String = r["scope"]
        let l63: String? = r["l63"]
        let l34: String? = r["l34"]
        var localName: String?
        if scope == "local" {
          let own = l63 ?? l34
          localName = q.division == .new34 && own != nil && own != l34 ? "\(own!), nay \(l34 ?? "?")" : own
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
      let coverage = try Statistics.coverage(db, table: "citation", cond: cond, args: args, column: col,
                                             division: q.division)
      return CitationTable(period: q.period, division: q.division, province: q.province,
                           grouping: q.grouping, rows: out, coverage: coverage)
    }
  }
}
