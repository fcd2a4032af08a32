import GRDB
import VustaModel
import VustaStore

/// One article (or imported file) a period's statistics rest on.
public struct SourceRow: Codable, Hashable, Sendable {
  /// The document's name (its file name without extension).
  public var name: String
  public var path: String
  public var url: String?
  public var title: String?
  /// Publication date ("2022-10-16"), when known.
  public var published: String?
  /// Facts of the period taken from it.
  public var facts: Int

  /// A source from its parts.
  public init(name: String, path: String, url: String?, title: String?, published: String?, facts: Int) {
    self.name = name; self.path = path; self.url = url; self.title = title; self.published = published
    self.facts = facts
  }
}

extension Statistics {
  /// Every document with a fact in the period (not rejected), in the province when one is
  /// asked, by publication date then path.
  public func sources(_ query: StatsQuery) throws -> [SourceRow] {
    let q = try resolve(query)
    let (cond, args) = q.filter()
    return try store.reader.read { db in
      try Row.fetchAll(db, sql: """
        SELECT d.name, d.path, d.url, d.title, d.published, x.n FROM (
          SELECT documentId, COUNT(*) AS n FROM (
            SELECT documentId FROM meeting WHERE \(cond)
            UNION ALL SELECT documentId FROM figure WHERE \(cond)
            UNION ALL SELECT documentId FROM citation WHERE \(cond))
          GROUP BY documentId) x JOIN document d ON d.id = x.documentId
        ORDER BY d.published IS NULL, d.published, d.path
        """, arguments: args + args + args).map { r in
          SourceRow(name: r["name"], path: r["path"], url: r["url"], title: r["title"], published: r["published"],
                    facts: r["n"])
        }
    }
  }

  /// The years that stored facts fall in, ascending.
  public func years() throws -> [Int] {
    try store.reader.read { db in
      try Int.fetchAll(db, sql: """
        SELECT DISTINCT year FROM (SELECT year FROM meeting WHERE rejected = 0 UNION SELECT year FROM figure WHERE rejected = 0
        UNION SELECT year FROM citation WHERE rejected = 0) WHERE year IS NOT NULL ORDER BY year
        """)
    }
  }

  /// Documents stored with a date in the period (articles read for it), whether or not they
  /// gave a fact.
  public func documentCount(_ period: Period) throws -> Int {
    let (cond, args) = period.condition("year")
    return try store.reader.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document WHERE \(cond)", arguments: StatementArguments(args)) ?? 0
    }
  }
}
