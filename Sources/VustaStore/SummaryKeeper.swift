import GRDB

/// Keeps the statistics summaries (`SummarySpec`) in step with the facts inside one write
/// transaction. Told which documents are about to be deleted and which were just written, it
/// applies everything at `finish` in a few set-based statements per summary: the written
/// documents' part is merged into the cells (cost proportional to what was written, not to the
/// size of the cells), cells that lost facts are recomputed, document cells move by their net
/// change. The summaries commit or roll back with the facts.
final class SummaryKeeper {
  /// Cells to recompute because facts left them, by summary name: their dimension values.
  private var touched: [String: Set<[DatabaseValue]>] = [:]
  /// Net change of each document cell, by summary name.
  private var deltas: [String: [DocumentCell: Int]] = [:]
  /// Documents written in this transaction, read back at `finish`.
  private var written: [Int64] = []

  init() {}

  /// Call before a document's facts are deleted (its spanning rows go with it, by cascade).
  func removing(document id: Int64, db: Database) throws {
    for table in SummarySpec.factTables {
      let facts = FactRows(specs: SummarySpec.of(table))
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT documentId, \(facts.columns.joined(separator: ", ")) FROM \(table) WHERE documentId = ?",
        arguments: [id])
      while let row = try cursor.next() { facts.rows.append(Array(row.databaseValues.dropFirst())) }
      for spec in SummarySpec.of(table) { touched[spec.name, default: []].formUnion(facts.cells(spec)) }
      try note(facts, table: table, document: id, by: -1, db: db)
    }
  }

  /// Call after a document's facts are written.
  func added(document id: Int64) { written.append(id) }

  /// Applies the collected changes; call once, before the transaction commits.
  func finish(db: Database) throws {
    let ids = SummaryJSON.array(written.map { [$0.databaseValue] })
    if !written.isEmpty {
      for table in SummarySpec.factTables {
        try SummaryKeeper.forEachDocument(table: table, db: db, sql: """
          SELECT documentId, %@ FROM \(table) WHERE documentId IN (SELECT j.value ->> 0 FROM json_each(?) AS j)
          ORDER BY documentId
          """, arguments: [ids]) { id, facts in try note(facts, table: table, document: id, by: 1, db: db) }
      }
    }
    for spec in SummarySpec.all {
      if !written.isEmpty {
        // cells only gain facts from the documents written: merge their part in
        let rows = try Row.fetchAll(db.cachedStatement(sql: spec.cellAdded), arguments: [ids])
        if !rows.isEmpty {
          let json = SummaryJSON.array(rows.map { Array($0.databaseValues) })
          for sql in spec.cellMerge { try db.cachedStatement(sql: sql).execute(arguments: [json]) }
        }
      }
      if let changes = deltas[spec.name], !changes.isEmpty {
        let rows = SummaryJSON.array(changes.map { $0.dims + [$0.kinds.databaseValue, $1.databaseValue] })
        for sql in spec.documentCellChanges { try db.cachedStatement(sql: sql).execute(arguments: [rows]) }
      }
      if let cells = touched[spec.name], !cells.isEmpty {
        let rows = SummaryJSON.array(Array(cells))
        try db.cachedStatement(sql: spec.cellDelete).execute(arguments: [rows])
        try db.cachedStatement(sql: spec.cellInsert(batch: true)).execute(arguments: [rows])
      }
    }
    touched = [:]
    deltas = [:]
    written = []
  }

  /// Empties and recomputes every summary from the facts (a migration, or a repair).
  static func rebuild(db: Database) throws {
    for spec in SummarySpec.all {
      try db.execute(sql: "DELETE FROM \(spec.cellTable); DELETE FROM \(spec.docCellTable); DELETE FROM \(spec.docSpanTable)")
      try db.execute(sql: spec.cellInsert(batch: false))
    }
    let keeper = SummaryKeeper()
    for table in SummarySpec.factTables {
      try forEachDocument(table: table, db: db, sql: "SELECT documentId, %@ FROM \(table) ORDER BY documentId",
                          arguments: []) { id, facts in
        for spec in SummarySpec.of(table) { try keeper.count(spec, facts.documentCells(spec), document: id, by: 1, db: db) }
      }
    }
    keeper.touched = [:]  // the cells were computed whole above
    try keeper.finish(db: db)
  }

  // MARK: - pieces

  /// Runs `body` on each document's facts of `table`, read with `sql` (its `%@` stands for the
  /// columns of `FactRows`; rows ordered by document).
  private static func forEachDocument(table: String, db: Database, sql: String, arguments: StatementArguments,
                                      _ body: (Int64, FactRows) throws -> Void) throws {
    let facts = FactRows(specs: SummarySpec.of(table))
    let cursor = try Row.fetchCursor(
      db, sql: sql.replacingOccurrences(of: "%@", with: facts.columns.joined(separator: ", ")), arguments: arguments)
    var current: Int64?
    while let row = try cursor.next() {
      let id: Int64 = row[0]
      if id != current {
        if let current { try body(current, facts) }
        current = id
        facts.rows.removeAll(keepingCapacity: true)
      }
      facts.rows.append(Array(row.databaseValues.dropFirst()))
    }
    if let current { try body(current, facts) }
  }

  /// Moves one document into or out of its document cells.
  private func note(_ facts: FactRows, table: String, document id: Int64, by delta: Int, db: Database) throws {
    if facts.rows.isEmpty { return }
    for spec in SummarySpec.of(table) {
      try count(spec, facts.documentCells(spec), document: id, by: delta, db: db)
    }
  }

  /// A document in one document cell moves that cell's count; one spanning several is listed
  /// apart (and leaves with its document row).
  private func count(_ spec: SummarySpec, _ cells: [DocumentCell], document id: Int64, by delta: Int,
                     db: Database) throws {
    if cells.count == 1 {
      deltas[spec.name, default: [:]][cells[0], default: 0] += delta
    } else if cells.count > 1 && delta > 0 {
      let dims = spec.documentDims.joined(separator: ", ")
      let marks = Array(repeating: "?", count: spec.documentDims.count + 2).joined(separator: ", ")
      let insert = try db.cachedStatement(
        sql: "INSERT INTO \(spec.docSpanTable) (documentId, \(dims), kinds) VALUES (\(marks))")
      for cell in cells {
        try insert.execute(arguments: StatementArguments([id.databaseValue] + cell.dims + [cell.kinds.databaseValue]))
      }
    }
  }
}

/// One document's facts of one table, read with `SummarySpec.columns`, and where they fall.
final class FactRows {
  let columns: [String]
  var rows: [[DatabaseValue]] = []
  private let rejected: Int

  init(specs: [SummarySpec]) {
    columns = SummarySpec.columns(specs)
    rejected = columns.count - 1
  }

  private func indices(_ names: [String]) -> [Int] { names.map { columns.firstIndex(of: $0)! } }

  /// The aggregate cells the facts are in, rejected ones included (their cells change too).
  func cells(_ spec: SummarySpec) -> Set<[DatabaseValue]> {
    let at = indices(spec.cellDims)
    return Set(rows.map { row in at.map { row[$0] } })
  }

  /// The document cells of the facts that are not rejected, in the order first met.
  func documentCells(_ spec: SummarySpec) -> [DocumentCell] {
    let at = indices(spec.documentDims)
    let kindAt = spec.kind.map { columns.firstIndex(of: $0)! }
    var kinds: [[DatabaseValue]: Set<String>] = [:]
    var order: [[DatabaseValue]] = []
    for row in rows where row[rejected] == 0.databaseValue {
      let dims = at.map { row[$0] }
      if kinds[dims] == nil { order.append(dims) }
      kinds[dims, default: []].insert(kindAt.flatMap { String.fromDatabaseValue(row[$0]) } ?? "")
    }
    return order.map { DocumentCell(dims: $0, kinds: "," + kinds[$0]!.sorted().joined(separator: ",") + ",") }
  }
}

/// One combination of a document's dimensions and the kinds of its facts there
/// (",hoi_nghi,toa_dam,": sorted, comma-framed so a kind is found with `instr`).
struct DocumentCell: Hashable {
  var dims: [DatabaseValue]
  var kinds: String
}

/// Rows of values as one JSON array of arrays, bound as a single argument and read in SQL with
/// `json_each` (integers, reals, text and null; what the summaries' keys hold).
enum SummaryJSON {
  static func array(_ rows: [[DatabaseValue]]) -> String {
    var out = "["
    for (i, row) in rows.enumerated() {
      if i > 0 { out += "," }
      out += "["
      for (k, v) in row.enumerated() {
        if k > 0 { out += "," }
        switch v.storage {
        case .null, .blob: out += "null"
        case .int64(let n): out += String(n)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): string(s, into: &out)
        }
      }
      out += "]"
    }
    return out + "]"
  }

  private static func string(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where u.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count)
        + String(u.value, radix: 16)
      default: out.unicodeScalars.append(u)
      }
    }
    out += "\""
  }
}
