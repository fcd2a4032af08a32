import GRDB

extension Store {
  /// The summary tables whose rows differ from summaries rebuilt from the facts; empty when the
  /// summaries are whole. The rebuild runs in a transaction that is rolled back: nothing changes.
  public func summaryDifferences() throws -> [String] {
    try write { db in
      var differing: [String] = []
      try db.inSavepoint {
        let kept = try Store.summaryRows(db)
        try SummaryKeeper.rebuild(db: db)
        let rebuilt = try Store.summaryRows(db)
        differing = rebuilt.keys.sorted().filter { kept[$0] != rebuilt[$0] }
        return .rollback
      }
      return differing
    }
  }

  /// Every summary table's rows as sorted text.
  static func summaryRows(_ db: Database) throws -> [String: [String]] {
    var out: [String: [String]] = [:]
    for spec in SummarySpec.all {
      for table in [spec.cellTable, spec.docCellTable, spec.docSpanTable] {
        out[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\($0)" }.sorted()
      }
    }
    return out
  }
}
