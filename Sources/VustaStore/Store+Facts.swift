import Foundation
import GRDB
import VustaModel

extension Store {
  /// The stored facts that pass a filter, meetings then figures then citations, each by date
  /// (undated last), then in the order their articles were stored (the `*_listing` indexes).
  public func facts(_ filter: FactFilter) throws -> [StoredFact] {
    try reader.read { db in
      let corrected = Set(try String.fetchAll(db, sql: "SELECT DISTINCT factKey FROM correction WHERE field != 'reviewed'"))
      let reviewed = Set(try String.fetchAll(
        db, sql: "SELECT factKey FROM correction WHERE field = 'reviewed' AND value = '1'"))
      var out: [StoredFact] = []
      var skip = max(0, filter.offset)
      let types = Store.types(for: filter.kind)
      for type in ["meeting", "figure", "citation"] where types.contains(type) {
        var (sql, args) = Store.factQuery(type, filter)
        if skip > 0 {
          // skip whole tables by counting, then rows of the table the page starts in
          let (countSQL, countArgs) = Store.factQuery(type, filter, counting: true)
          let n = try Int.fetchOne(db, sql: countSQL, arguments: countArgs) ?? 0
          if n <= skip {
            skip -= n
            continue
          }
          sql += " LIMIT -1 OFFSET \(skip)"
          skip = 0
        }
        let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
        while let r = try rows.next() {
          if let limit = filter.limit, out.count >= limit { return out }
          var fact = Store.fact(type, r, corrected: corrected)
          fact.reviewed = reviewed.contains(fact.id)
          out.append(fact)
        }
      }
      return out
    }
  }

  /// How many stored facts pass a filter (its limit and offset aside).
  public func factCount(_ filter: FactFilter) throws -> Int {
    try reader.read { db in
      var n = 0
      for type in ["meeting", "figure", "citation"] where Store.types(for: filter.kind).contains(type) {
        let (sql, args) = Store.factQuery(type, filter, counting: true)
        n += try Int.fetchOne(db, sql: sql, arguments: args) ?? 0
      }
      return n
    }
  }

  /// How many facts of a year (all years when nil) are of low confidence and not yet looked at
  /// by a person (not reviewed, corrected or rejected).
  public func needsReviewCount(year: Int?) throws -> Int {
    try reader.read { db in
      var n = 0
      for type in ["meeting", "figure", "citation"] {
        let (sql, args) = Store.factQuery(type, FactFilter(year: year, needsReview: true), counting: true)
        n += try Int.fetchOne(db, sql: sql, arguments: args) ?? 0
      }
      return n
    }
  }

  static func types(for kind: String?) -> Set<String> {
    guard let kind else { return ["meeting", "figure", "citation"] }
    return FactFilter.parse(kind: kind).types
  }

  /// The listing query of one fact table, or with `counting` its count: no ordering, and the
  /// documents joined only when a filter reads their path (counting 286,517 facts through the
  /// ordered listing took 1.5 s a table; this takes milliseconds).
  static func factQuery(_ type: String, _ f: FactFilter, counting: Bool = false) -> (String, StatementArguments) {
    var conds: [String] = []
    var args: StatementArguments = []
    let dateCol = type == "meeting" ? "t.eDate" : type == "figure" ? "t.eDate" : "t.citingDate"
    if let y = f.year {
      conds.append("t.year = ?")
      args += [y]
    }
    if let p = f.province {
      conds.append(type == "citation" ? "(t.p63 = ? OR t.p34 = ? OR t.local63 = ? OR t.local34 = ?)" : "(t.p63 = ? OR t.p34 = ?)")
      args += type == "citation" ? [p, p, p, p] : [p, p]
    }
    if let k = f.kind, let value = FactFilter.parse(kind: k).value {
      conds.append(type == "meeting" ? "t.eKind = ?" : type == "figure" ? "t.eMetric = ?" : "t.type = ?")
      args += [value]
    }
    if !f.includeRejected { conds.append("t.rejected = 0") }
    if let q = f.search?.trimmingCharacters(in: .whitespacesAndNewlines), !q.isEmpty {
      let pattern = "%" + q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
        .replacingOccurrences(of: "_", with: "\\_") + "%"
      conds.append("(t.evidence LIKE ? ESCAPE '\\' OR d.path LIKE ? ESCAPE '\\' OR t.factKey = ?)")
      args += [pattern, pattern, q]
    }
    if let doc = f.document {
      conds.append("d.path = ?")
      args += [doc]
    }
    if f.needsReview {
      // a person who corrected, rejected or reviewed a fact has looked at it
      conds.append("t.confidence = 'low' AND t.rejected = 0")
      conds.append("NOT EXISTS (SELECT 1 FROM correction c WHERE c.factKey = t.factKey AND (c.field != 'reviewed' OR c.value = '1'))")
    }
    let whereClause = conds.isEmpty ? "" : "WHERE " + conds.joined(separator: " AND ")
    if counting {
      let readsPath = f.document != nil || !(f.search?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
      let join = readsPath ? " JOIN document d ON d.id = t.documentId" : ""
      return ("SELECT COUNT(*) FROM \(type) t\(join) \(whereClause)", args)
    }
    let sql = """
      SELECT t.*, d.path AS documentPath FROM \(type) t JOIN document d ON d.id = t.documentId
      \(whereClause) ORDER BY \(dateCol) IS NULL, \(dateCol), t.documentId, t.id
      """
    return (sql, args)
  }

  static func fact(_ type: String, _ r: Row, corrected: Set<String>) -> StoredFact {
    let key: String = r["factKey"]
    switch type {
    case "meeting":
      let scope: String = r["scope"]
      let province: String? = r["p63"] ?? r["p34"]
      return StoredFact(
        id: key, type: type, date: r["eDate"], province: province, kind: r["eKind"],
        detail: (r["organizer"] as String?) ?? (scope == "national" ? "LHH Việt Nam" : ""),
        evidence: r["evidence"], document: r["documentPath"], corrected: corrected.contains(key),
        rejected: r["rejected"], confidence: r["confidence"], why: r["why"], reviewed: false,
        national: province == nil && scope == "national" ? true : nil)
    case "figure":
      let q = Qualifier(rawValue: r["qualifier"]) ?? .exact
      let metric = MemberMetric(rawValue: r["eMetric"]) ?? .khac
      let detail = "\(NumberText.qualified(r["value"], q)) \(metric.label.lowercased())"
      return StoredFact(
        id: key, type: type, date: r["eDate"], province: r["p63"] ?? r["p34"], kind: r["eMetric"],
        detail: detail, evidence: r["evidence"], document: r["documentPath"], corrected: corrected.contains(key),
        rejected: r["rejected"], confidence: r["confidence"], why: r["why"], reviewed: false)
    default:
      let local: String? = r["local63"] ?? r["local34"]
      let scope: String = r["scope"]
      var detail = "\(r["cid"] as String) ×\(r["mentions"] as Int)"
      if scope == "local" { detail += " (văn bản của \(local ?? "Chưa xác định"))" }
      return StoredFact(
        id: key, type: type, date: r["citingDate"], province: r["p63"] ?? r["p34"], kind: r["type"],
        detail: detail, evidence: StoredDocument.lines(r["evidence"]).first ?? "", document: r["documentPath"],
        corrected: corrected.contains(key), rejected: r["rejected"], confidence: r["confidence"], why: r["why"],
        reviewed: false)
    }
  }
}
