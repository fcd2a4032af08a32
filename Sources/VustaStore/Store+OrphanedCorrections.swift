import GRDB

/// A stored correction whose fact no longer exists (the article's sentence was edited, or the
/// article removed): it applies to nothing until a fact with its id comes back.
public struct OrphanedCorrection: Codable, Equatable, Sendable {
  /// The id of the fact it was made on.
  public var factKey: String
  /// province, date, kind, rejected or reviewed.
  public var field: String
  /// The value it sets (nil: cleared).
  public var value: String?
  /// When it was made (ISO 8601).
  public var createdAt: String
  /// The article and the sentence it was made on, when known (corrections made before vusta
  /// kept them do not know).
  public var document: String?
  public var evidence: String?
}

extension Store {
  /// The corrections that match no stored fact, by fact id then field.
  public func orphanedCorrections() throws -> [OrphanedCorrection] {
    try reader.read { db in
      try Row.fetchAll(db, sql: """
        SELECT c.factKey, c.field, c.value, c.createdAt, c.document, c.evidence FROM correction c
        WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE factKey = c.factKey)
          AND NOT EXISTS (SELECT 1 FROM figure WHERE factKey = c.factKey)
          AND NOT EXISTS (SELECT 1 FROM citation WHERE factKey = c.factKey)
        ORDER BY c.factKey, c.field
        """).map { r in
          OrphanedCorrection(factKey: r["factKey"], field: r["field"], value: r["value"], createdAt: r["createdAt"],
                             document: r["document"], evidence: r["evidence"])
        }
    }
  }

  /// How many corrections match no stored fact.
  public func orphanedCorrectionCount() throws -> Int {
    try reader.read { db in
      try Int.fetchOne(db, sql: """
        SELECT COUNT(*) FROM correction c
        WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE factKey = c.factKey)
          AND NOT EXISTS (SELECT 1 FROM figure WHERE factKey = c.factKey)
          AND NOT EXISTS (SELECT 1 FROM citation WHERE factKey = c.factKey)
        """) ?? 0
    }
  }
}
