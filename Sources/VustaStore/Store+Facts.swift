import GRDB
import VustaModel

extension Store {
  /// The stored facts that pass a filter, meetings then figures then citations, each by date.
  public func facts(_ filter: FactFilter) throws -> [StoredFact] {
    try reader.read { db in
      let corrected = Set(try String.fetchAll(db, sql: "SELECT DISTINCT factKey FROM correction"))
      var out: [StoredFact] = []
      let types = Store.types(for: filter.kind)
      for type in ["meeting", "figure", "citation"] where types.contains(type) {
        let (sql, args) = Store.factQuery(type, filter)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
        while let r = try rows.next() {
          if let limit = filter.limit, out.count >= limit { return out }
          out.append(Store.fact(type, r, corrected: corrected))
        }
      }
      return out
    }
  }

  static func types(for kind: String?) -> Set<String> {
    guard let kind else { return ["meeting", "figure", "citation"] }
    if ["meeting", "figure", "citation"].contains(kind) { return [kind] }
    var s: Set<String> = []
    if MeetingKind(rawValue: kind) != nil { s.insert("meeting") }
    if MemberMetric(rawValue: kind) != nil { s.insert("figure") }
    if DocumentType(rawValue: kind) != nil { s.insert("citation") }
    return s
  }

  static func factQuery(_ type: String, _ f: FactFilter) -> (String, StatementArguments) {
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
    if let k = f.kind, !["meeting", "figure", "citation"].contains(k) {
      conds.append(type == "meeting" ? "t.eKind = ?" : type == "figure" ? "t.eMetric = ?" : "t.type = ?")
      args += [k]
    }
    if !f.includeRejected { conds.append("t.rejected = 0") }
    let whereClause = conds.isEmpty ? "" : "WHERE " + conds.joined(separator: " AND ")
    let sql = """
      SELECT t.*, d.path AS documentPath FROM \(type) t JOIN document d ON d.id = t.documentId
      \(whereClause) ORDER BY \(dateCol) IS NULL, \(dateCol), d.path, t.id
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
        rejected: r["rejected"])
    case "figure":
      let q = Qualifier(rawValue: r["qualifier"]) ?? .exact
      let metric = MemberMetric(rawValue: r["eMetric"]) ?? .khac
      let detail = "\(NumberText.qualified(r["value"], q)) \(metric.label.lowercased())"
      return StoredFact(
        id: key, type: type, date: r["eDate"], province: r["p63"] ?? r["p34"], kind: r["eMetric"],
        detail: detail, evidence: r["evidence"], document: r["documentPath"], corrected: corrected.contains(key),
        rejected: r["rejected"])
    default:
      let local: String? = r["local63"] ?? r["local34"]
      let scope: String = r["scope"]
      var detail = "\(r["cid"] as String) ×\(r["mentions"] as Int)"
      if scope == "local" { detail += " (văn bản của \(local ?? "Chưa xác định"))" }
      return StoredFact(
        id: key, type: type, date: r["citingDate"], province: r["p63"] ?? r["p34"], kind: r["type"],
        detail: detail, evidence: StoredDocument.lines(r["evidence"]).first ?? "", document: r["documentPath"],
        corrected: corrected.contains(key), rejected: r["rejected"])
    }
  }
}
