import GRDB

extension Store {
  /// The files stored documents of `origin` were read from, sorted.
  public func storedFiles(origin: DocumentOrigin) throws -> [String] {
    try reader.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT file FROM document WHERE origin = ? ORDER BY file",
                          arguments: [origin.rawValue])
    }
  }

  /// Removes the documents read from `files`, with their facts, in one transaction (the
  /// summaries follow). Corrections stay: they apply again if the file comes back.
  /// - Returns: the number of documents removed.
  @discardableResult
  public func remove(files: [String]) throws -> Int {
    guard !files.isEmpty else { return 0 }
    return try write { db in
      let summaries = SummaryKeeper()
      var removed = 0
      let lookup = try db.cachedStatement(sql: "SELECT id FROM document WHERE file = ?")
      for f in files {
        for id in try Int64.fetchAll(lookup, arguments: [f]) {
          try delete(document: id, summaries: summaries, db: db)
          removed += 1
        }
      }
      try summaries.finish(db: db)
      return removed
    }
  }
}
