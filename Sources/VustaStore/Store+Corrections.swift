import Foundation
import GRDB
import VustaModel

extension Store {
  /// Records corrections of one fact and re-resolves the documents that hold it.
  /// - Returns: how many stored facts (rows) the id names; usually 1.
  /// - Throws: `StoreError.unknownFact` or `.badCorrection` (nothing is written then).
  @discardableResult
  public func correct(_ changes: [Correction]) throws -> Int {
    guard let key = changes.first?.factKey else { return 0 }
    return try write { db in
      let (type, docIds) = try Store.locate(key, db)
      let context = try Row.fetchOne(db, sql: """
        SELECT d.path, t.evidence FROM \(type) t JOIN document d ON d.id = t.documentId WHERE t.factKey = ? LIMIT 1
        """, arguments: [key])
      for c in changes {
        let value = try validate(c, type: type)
        try db.execute(sql: """
          INSERT INTO correction (factKey, field, value, createdAt, document, evidence) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(factKey, field) DO UPDATE SET value = excluded.value, createdAt = excluded.createdAt,
            document = excluded.document, evidence = excluded.evidence
          """, arguments: [key, c.field.rawValue, value, ISO8601DateFormatter().string(from: Date()),
                           context?["path"] as String?, context?["evidence"] as String?])
      }
      try rebuild(documents: docIds, db: db)
      return docIds.count
    }
  }

  /// Removes every correction of a fact (it goes back to what the article says).
  @discardableResult
  public func undoCorrections(of key: String) throws -> Int {
    try write { db in
      let (_, docIds) = try Store.locate(key, db)
      try db.execute(sql: "DELETE FROM correction WHERE factKey = ?", arguments: [key])
      try rebuild(documents: docIds, db: db)
      return docIds.count
    }
  }

  /// Every stored correction, by fact id then field.
  public func corrections() throws -> [Correction] {
    try reader.read { db in try Store.correctionBook(db) }
      .byFact.sorted { $0.key < $1.key }
      .flatMap { key, fields in
        fields.sorted { $0.key.rawValue < $1.key.rawValue }.map { Correction(factKey: key, field: $0.key, value: $0.value) }
      }
  }

  /// The table of a fact id and the documents holding it.
  static func locate(_ key: String, _ db: Database) throws -> (String, [Int64]) {
    let table: String
    switch key.first {
    case "M": table = "meeting"
    case "F": table = "figure"
    case "C": table = "citation"
    default: throw StoreError.unknownFact(key)
    }
    let ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT documentId FROM \(table) WHERE factKey = ?", arguments: [key])
    if ids.isEmpty { throw StoreError.unknownFact(key) }
    return (table, ids)
  }

  /// Checks a correction against its fact's kind and returns the value to store (canonical).
  func validate(_ c: Correction, type: String) throws -> String? {
    guard let v = c.value else {
      if c.field == .kind { throw StoreError.badCorrection("\(c.factKey): không thể xóa loại (kind cannot be cleared)") }
      return nil
    }
    switch c.field {
    case .province:
      guard let p = gazetteer.resolve(v, in: .old63) ?? gazetteer.resolve(v, in: .new34) else {
        let near = gazetteer.nearest(to: v, in: .old63).joined(separator: ", ")
        throw StoreError.badCorrection("\(v): không phải tên tỉnh, thành phố (unknown province); gần nhất: \(near)")
      }
      return p.name
    case .date:
      guard let d = FactDate(iso: v) ?? VietnameseDate.parse(v) else {
        throw StoreError.badCorrection("\(v): ngày không hợp lệ; dùng 16/10/2020, 10/2020, 2020 hoặc 2020-10-16")
      }
      guard d.hasAcceptedYear else { throw StoreError.badCorrection("\(v): \(FactDate.acceptedYearsRule)") }
      return d.iso
    case .kind:
      if type == "meeting", MeetingKind(rawValue: v) != nil { return v }
      if type == "figure", MemberMetric(rawValue: v) != nil { return v }
      let allowed = type == "meeting" ? MeetingKind.allCases.map(\.rawValue)
        : type == "figure" ? MemberMetric.allCases.map(\.rawValue) : []
      throw StoreError.badCorrection(
        "\(c.factKey): loại \"\(v)\" không hợp lệ cho \(type); chọn một trong: \(allowed.joined(separator: ", "))")
    case .rejected, .reviewed:
      return v == "0" ? "0" : "1"
    }
  }

  /// Re-resolves stored documents from their facts as extracted, with the current corrections.
  func rebuild(documents ids: [Int64], db: Database) throws {
    let resolver = FactResolver(gazetteer: gazetteer, corrections: try Store.correctionBook(db))
    let summaries = SummaryKeeper()
    for id in ids {
      guard let (doc, origin, at) = try StoredDocument.load(id: id, db: db) else { continue }
      try delete(document: id, summaries: summaries, db: db)
      try insert(resolver.resolve(doc), origin: origin, now: at, summaries: summaries, db: db, id: id)
    }
    try summaries.finish(db: db)
  }
}
