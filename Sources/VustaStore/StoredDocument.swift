import GRDB
import VustaModel

/// Reads a stored document back into the facts contract, facts as extracted (before
/// corrections), in the order they were written.
enum StoredDocument {
  static func load(id: Int64, db: Database) throws -> (ExtractedDocument, DocumentOrigin, String)? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
      return nil
    }
    var d = ExtractedDocument(
      id: row["name"], path: row["path"], sha256: row["sha256"], title: row["title"],
      published: (row["published"] as String?).flatMap(FactDate.init(iso:)), url: row["url"])
    d.meetings = try Row.fetchAll(db, sql: "SELECT * FROM meeting WHERE documentId = ? ORDER BY id", arguments: [id])
      .map { m in
        Meeting(date: (m["date"] as String?).flatMap(FactDate.init(iso:)), province: m["province"],
                province2025: m["province2025"], kind: MeetingKind(rawValue: m["kind"]) ?? .khac,
                organizer: m["organizer"], evidence: m["evidence"],
                confidence: Confidence(rawValue: m["confidence"]) ?? .high, why: m["why"])
      }
    d.memberFigures = try Row.fetchAll(db, sql: "SELECT * FROM figure WHERE documentId = ? ORDER BY id", arguments: [id])
      .map { f in
        MemberFigure(province: f["province"], province2025: f["province2025"],
                     metric: MemberMetric(rawValue: f["metric"]) ?? .khac, value: f["value"],
                     qualifier: Qualifier(rawValue: f["qualifier"]) ?? .exact,
                     date: (f["date"] as String?).flatMap(FactDate.init(iso:)), evidence: f["evidence"],
                     confidence: Confidence(rawValue: f["confidence"]) ?? .high, why: f["why"])
      }
    d.citations = try Row.fetchAll(db, sql: "SELECT * FROM citation WHERE documentId = ? ORDER BY id", arguments: [id])
      .map { c in
        Citation(id: c["cid"], number: c["number"], year: c["docYear"], code: c["code"],
                 type: DocumentType(rawValue: c["type"]) ?? .khac, issuer: c["issuer"],
                 scope: CitationScope(rawValue: c["scope"]) ?? .national, province: c["province"],
                 issued: (c["issued"] as String?).flatMap(FactDate.init(iso:)), mentions: c["mentions"],
                 evidence: StoredDocument.lines(c["evidence"]),
                 confidence: Confidence(rawValue: c["confidence"]) ?? .high, why: c["why"])
      }
    return (d, DocumentOrigin(rawValue: row["origin"]) ?? .facts, row["ingestedAt"])
  }

  /// Evidence sentences stored one a line.
  static func lines(_ text: String) -> [String] {
    text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
