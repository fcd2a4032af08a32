import GRDB

/// A stored article as the web app lists it: where it was read from, what it says about itself
/// and how many facts of each type it holds.
public struct DocumentSummary: Codable, Hashable, Sendable {
  /// The row id: the article's address in the web app (`/bai-viet/ID`).
  public var id: Int64
  public var path: String
  public var title: String?
  public var url: String?
  public var published: String?
  /// article | import | facts
  public var origin: String
  public var ingestedAt: String
  public var meetings: Int
  public var figures: Int
  public var citations: Int
}

/// Where a fact's article is: its row id and the URL it was published at.
public struct DocumentLink: Codable, Hashable, Sendable {
  public var id: Int64
  public var url: String?

  public init(id: Int64, url: String?) {
    self.id = id
    self.url = url
  }
}

extension Store {
  /// Stored documents, newest ingest first, then by path; `search` matches the path or title.
  public func documents(search: String? = nil, limit: Int = 50, offset: Int = 0) throws -> [DocumentSummary] {
    try reader.read { db in
      let (cond, args) = Store.documentCondition(search)
      return try Row.fetchAll(db, sql: """
        SELECT d.*, (SELECT COUNT(*) FROM meeting WHERE documentId = d.id) AS nm,
          (SELECT COUNT(*) FROM figure WHERE documentId = d.id) AS nf,
          (SELECT COUNT(*) FROM citation WHERE documentId = d.id) AS nc
        FROM document d \(cond) ORDER BY d.ingestedAt DESC, d.path LIMIT ? OFFSET ?
        """, arguments: args + [limit, max(0, offset)]).map(Store.summary)
    }
  }

  /// How many documents `documents(search:)` pages through.
  public func documentCount(search: String? = nil) throws -> Int {
    try reader.read { db in
      let (cond, args) = Store.documentCondition(search)
      return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document d \(cond)", arguments: args) ?? 0
    }
  }

  /// One stored document by id, nil when there is none.
  public func document(id: Int64) throws -> DocumentSummary? {
    try reader.read { db in
      try Row.fetchOne(db, sql: """
        SELECT d.*, (SELECT COUNT(*) FROM meeting WHERE documentId = d.id) AS nm,
          (SELECT COUNT(*) FROM figure WHERE documentId = d.id) AS nf,
          (SELECT COUNT(*) FROM citation WHERE documentId = d.id) AS nc
        FROM document d WHERE d.id = ?
        """, arguments: [id]).map(Store.summary)
    }
  }

  /// The ids and source URLs of the documents stored under `paths` (the paths
  /// `StoredFact.document` gives).
  public func documentLinks(paths: [String]) throws -> [String: DocumentLink] {
    guard !paths.isEmpty else { return [:] }
    return try reader.read { db in
      var out: [String: DocumentLink] = [:]
      let unique = Array(Set(paths))
      for start in stride(from: 0, to: unique.count, by: 500) {
        let chunk = Array(unique[start..<min(unique.count, start + 500)])
        let marks = chunk.map { _ in "?" }.joined(separator: ",")
        for r in try Row.fetchAll(db, sql: "SELECT id, path, url FROM document WHERE path IN (\(marks))",
                                  arguments: StatementArguments(chunk)) {
          out[r["path"]] = DocumentLink(id: r["id"], url: r["url"])
        }
      }
      return out
    }
  }

  static func documentCondition(_ search: String?) -> (String, StatementArguments) {
    guard let q = search?.trimmingCharacters(in: .whitespacesAndNewlines), !q.isEmpty else { return ("", []) }
    let pattern = "%" + q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
    return ("WHERE d.path LIKE ? ESCAPE '\\' OR d.title LIKE ? ESCAPE '\\'", [pattern, pattern])
  }

  static func summary(_ r: Row) -> DocumentSummary {
    DocumentSummary(id: r["id"], path: r["path"], title: r["title"], url: r["url"], published: r["published"],
                    origin: r["origin"], ingestedAt: r["ingestedAt"], meetings: r["nm"], figures: r["nf"],
                    citations: r["nc"])
  }
}
