import Foundation
import GRDB
import VustaModel

extension Store {
  /// Stores documents and their facts in one transaction, file by file (a listing page's items
  /// are one file): a file stored with the same content is skipped, a changed one has its facts
  /// replaced, a new one is added. For articles and imports a file is also known by its content:
  /// content stored under another path whose file is gone (or is this very file, named another
  /// way) is the same file moved, and its stored facts follow it; content stored under a path
  /// that still exists is a copy, and is not counted twice. Corrections are applied as the facts
  /// are written. Safe against another process ingesting at the same time (the transaction
  /// takes the write lock before it looks).
  /// - Parameter locate: the canonical path of a stored file if it still exists, else nil.
  @discardableResult
  public func ingest(documents: [ExtractedDocument], origin: DocumentOrigin = .facts,
                     locate: (String) -> String? = { FileManager.default.fileExists(atPath: $0) ? $0 : nil })
    throws -> IngestTally {
    if documents.isEmpty { return IngestTally() }
    return try write { db in
      let resolver = FactResolver(gazetteer: gazetteer, corrections: try Store.correctionBook(db))
      var tally = IngestTally()
      let summaries = SummaryKeeper()
      let now = ISO8601DateFormatter().string(from: Date())
      let byFile = try db.cachedStatement(sql: "SELECT id, path, sha256 FROM document WHERE file = ?")
      let byContent = try db.cachedStatement(
        sql: "SELECT file FROM document WHERE fileHash = ? AND file <> ? AND origin = ? ORDER BY id LIMIT 1")
      for docs in DocumentFile.groups(documents) {
        let file = DocumentFile.file(of: docs[0].path), fileHash = DocumentFile.file(of: docs[0].sha256)
        let stored = try Row.fetchAll(byFile, arguments: [file])
        if !stored.isEmpty
          && Set(stored.map { "\($0["path"] as String)\u{1F}\($0["sha256"] as String)" })
          == Set(docs.map { "\($0.path)\u{1F}\($0.sha256)" }) {
          tally.skipped += docs.count
          continue
        }
        if origin != .facts, let other = try String.fetchOne(byContent, arguments: [fileHash, file, origin.rawValue]) {
          for row in stored { try delete(document: row["id"], summaries: summaries, db: db) }
          let whereNow = locate(other)
          if whereNow == nil || whereNow == file {
            try db.execute(
              sql: "UPDATE document SET file = ?1, path = ?1 || substr(path, length(?2) + 1) WHERE file = ?2",
              arguments: [file, other])
            tally.moved += docs.count
          } else {
            tally.copies.append(SameContent(file: file, stored: other))
          }
          continue
        }
        if stored.isEmpty {
          tally.added += docs.count
        } else {
          for row in stored { try delete(document: row["id"], summaries: summaries, db: db) }
          tally.updated += docs.count
        }
        // (a changed file keeps its documents' ids: their pages and links stay)
        let earlierIds = Dictionary(stored.map { ($0["path"] as String, $0["id"] as Int64) }, uniquingKeysWith: { a, _ in a })
        for d in docs {
          let r = resolver.resolve(d)
          try insert(r, origin: origin, now: now, summaries: summaries, db: db, id: earlierIds[d.path])
          tally.meetings += r.meetings.count
          tally.figures += r.figures.count
          tally.citations += r.citations.count
        }
      }
      try summaries.finish(db: db)
      return tally
    }
  }

  /// The stored content hash of each of `files` that is stored (to skip unchanged files before
  /// extracting them).
  public func storedHashes(files: [String]) throws -> [String: String] {
    guard !files.isEmpty else { return [:] }
    return try reader.read { db in
      var out: [String: String] = [:]
      for chunk in stride(from: 0, to: files.count, by: 500) {
        let part = Array(files[chunk..<min(files.count, chunk + 500)])
        let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
        let rows = try Row.fetchAll(
          db, sql: "SELECT file, fileHash FROM document WHERE file IN (\(marks))", arguments: StatementArguments(part))
        for row in rows { out[row["file"]] = row["fileHash"] as String }
      }
      return out
    }
  }

  static func correctionBook(_ db: Database) throws -> CorrectionBook {
    let rows = try Row.fetchAll(db, sql: "SELECT factKey, field, value FROM correction")
    return CorrectionBook(rows.compactMap { row in
      guard let f = CorrectionField(rawValue: row["field"]) else { return nil }
      return Correction(factKey: row["factKey"], field: f, value: row["value"])
    })
  }

  /// Deletes a document with its facts, taking them out of the summaries.
  func delete(document id: Int64, summaries: SummaryKeeper, db: Database) throws {
    try summaries.removing(document: id, db: db)
    try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
  }

  /// Writes a resolved document and its facts, adding them to the summaries. `id`: the id the
  /// document had before it was deleted to be written again (a correction, a changed file), so
  /// its page and every link to it (`/bai-viet/ID`) stay where they were; nil for a new one.
  func insert(_ r: ResolvedDocument, origin: DocumentOrigin, now: String, summaries: SummaryKeeper,
              db: Database, id: Int64? = nil) throws {
    let d = r.document
    try db.cachedStatement(sql: """
      INSERT INTO document (id, path, name, sha256, title, published, url, origin, date, year, p63, p34, ingestedAt,
        file, fileHash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """).execute(arguments: [
        id, d.path, d.id, d.sha256, d.title, d.published?.iso, d.url, origin.rawValue,
        r.date?.iso, r.date?.year, r.place.p63, r.place.p34, now,
        DocumentFile.file(of: d.path), DocumentFile.file(of: d.sha256),
      ])
    let docId = db.lastInsertedRowID
    let meeting = try db.cachedStatement(sql: """
      INSERT INTO meeting (documentId, factKey, date, province, province2025, kind, organizer, evidence,
        eDate, year, month, eKind, p63, p34, scope, eventId, rejected, confidence, why)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for m in r.meetings {
      try meeting.execute(arguments: [
        docId, m.key, m.fact.date?.iso, m.fact.province, m.fact.province2025, m.fact.kind.rawValue,
        m.fact.organizer, m.fact.evidence, m.date?.iso, m.date?.year, m.date?.month, m.kind.rawValue,
        m.place.p63, m.place.p34, m.scope, m.eventId, m.rejected, m.fact.confidence.rawValue, m.fact.why,
      ])
    }
    let figure = try db.cachedStatement(sql: """
      INSERT INTO figure (documentId, factKey, province, province2025, metric, value, qualifier, date, evidence,
        eDate, year, eMetric, p63, p34, rejected, confidence, why)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for f in r.figures {
      try figure.execute(arguments: [
        docId, f.key, f.fact.province, f.fact.province2025, f.fact.metric.rawValue, f.fact.value,
        f.fact.qualifier.rawValue, f.fact.date?.iso, f.fact.evidence, f.date?.iso, f.date?.year,
        f.metric.rawValue, f.place.p63, f.place.p34, f.rejected, f.fact.confidence.rawValue, f.fact.why,
      ])
    }
    let citation = try db.cachedStatement(sql: """
      INSERT INTO citation (documentId, factKey, cid, number, docYear, code, type, issuer, scope, province,
        issued, mentions, evidence, directive, local63, local34, citingDate, year, p63, p34, rejected,
        confidence, why)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for c in r.citations {
      try citation.execute(arguments: [
        docId, c.key, c.fact.id, c.fact.number, c.fact.year, c.fact.code, c.fact.type.rawValue, c.fact.issuer,
        c.fact.scope.rawValue, c.fact.province, c.fact.issued?.iso, c.fact.mentions,
        c.fact.evidence.joined(separator: "\n"), c.directive, c.local.p63, c.local.p34, r.date?.iso,
        r.date?.year, r.place.p63, r.place.p34, c.rejected, c.fact.confidence.rawValue, c.fact.why,
      ])
    }
    summaries.added(document: docId)
  }
}
