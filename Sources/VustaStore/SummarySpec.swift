import GRDB

/// The summaries kept beside one fact table so that statistics over many years read a few
/// thousand rows instead of every fact (see docs/store.md, "Summaries").
///
/// - *Cells* (`<table>_cell`): one row per combination of `cellDims` among the facts that are
///   not rejected, with the aggregates a statistic needs. Distinct counts that cannot cross cells
///   (a meeting reported by two articles) stay inside one cell because the dimensions fix them.
/// - *Document cells* (`<table>_doccell`): how many documents have all their facts in one
///   combination of `documentDims`, with the set of kinds those facts have; a document whose
///   facts span several combinations is listed in `<table>_docspan` instead. Articles counts are
///   then a sum over document cells plus a distinct count over the few spanning documents.
public struct SummarySpec: Sendable {
  /// The summary's name, the prefix of its tables ("meeting", "meeting_year").
  public let name: String
  /// The fact table it summarises ("meeting").
  public let table: String
  /// The dimensions of an aggregate cell.
  public let cellDims: [String]
  /// A cell's aggregates over its non-rejected facts, after its dimensions.
  let cellAggregates: [Aggregate]
  /// The dimensions a document is counted in.
  let documentDims: [String]
  /// The column whose values a document cell lists ("eKind"), if any.
  let kind: String?

  public var cellTable: String { "\(name)_cell" }
  public var docCellTable: String { "\(name)_doccell" }
  public var docSpanTable: String { "\(name)_docspan" }

  /// Meetings: cells by year, month, kind, scope and province; documents by all but the kind.
  public static let meeting = SummarySpec(
    name: "meeting", table: "meeting", cellDims: ["year", "month", "eKind", "scope", "p63", "p34"],
    cellAggregates: meetingAggregates(["year", "month", "eKind", "scope", "p63", "p34"]),
    documentDims: ["year", "month", "scope", "p63", "p34"], kind: "eKind")

  /// Meetings by year, for statistics not grouped by month (ten times fewer cells).
  public static let meetingYear = SummarySpec(
    name: "meeting_year", table: "meeting", cellDims: ["year", "eKind", "scope", "p63", "p34"],
    cellAggregates: meetingAggregates(["year", "eKind", "scope", "p63", "p34"]),
    documentDims: ["year", "scope", "p63", "p34"], kind: "eKind")

  /// Distinct events and reports; an added report brings a new event only if no other stored
  /// report of its cell has its event id.
  static func meetingAggregates(_ dims: [String]) -> [Aggregate] {
    let same = dims.map { "o.\($0) IS m.\($0)" }.joined(separator: " AND ")
    return [
      Aggregate("events", "COUNT(DISTINCT m.eventId)", "c.events + d.events", added: """
        COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM meeting AS o WHERE o.eventId = m.eventId
          AND o.rejected = 0 AND \(same) AND o.documentId NOT IN \(SummarySpec.addedDocuments)) THEN m.eventId END)
        """),
      Aggregate("facts", "COUNT(*)", "c.facts + d.facts"),
    ]
  }

  /// Member figures: cells by year, metric and province, each with its latest figure.
  public static let figure: SummarySpec = {
    // newest date, then the larger value, then the fact key: content only, so the same files
    // give the same figure whatever order they were stored in
    let rank = { (id: String) in "(SELECT value, factKey, id FROM figure WHERE id = \(id))" }
    let newer = "((d.latestDate IS NOT NULL AND (c.latestDate IS NULL OR d.latestDate > c.latestDate))"
      + " OR (d.latestDate IS c.latestDate AND \(rank("d.latestId")) > \(rank("c.latestId"))))"
    return SummarySpec(
      name: "figure", table: "figure", cellDims: ["year", "eMetric", "p63", "p34"],
      cellAggregates: [
        Aggregate("facts", "facts", "c.facts + d.facts"),
        Aggregate("latestId", "latestId", "CASE WHEN \(newer) THEN d.latestId ELSE c.latestId END"),
        Aggregate("latestDate", "latestDate", "CASE WHEN \(newer) THEN d.latestDate ELSE c.latestDate END"),
      ],
      documentDims: ["year", "p63", "p34"], kind: "eMetric")
  }()

  /// Citations: cells by year, cited document and citing province; documents by year and province.
  public static let citation = SummarySpec(
    name: "citation", table: "citation", cellDims: ["year", "directive", "p63", "p34"],
    cellAggregates: [
      Aggregate("cid", "MIN(m.cid)", "min(c.cid, d.cid)"), Aggregate("type", "MIN(m.type)", "min(c.type, d.type)"),
      Aggregate("issuer", "MIN(m.issuer)", "min(c.issuer, d.issuer)"),
      Aggregate("scope", "MIN(m.scope)", "min(c.scope, d.scope)"),
      .least("local63", "MIN(m.local63)"), .least("local34", "MIN(m.local34)"), .least("issued", "MIN(m.issued)"),
      Aggregate("mentions", "SUM(m.mentions)", "c.mentions + d.mentions"),
      Aggregate("facts", "COUNT(*)", "c.facts + d.facts"),
      Aggregate("docs", "COUNT(DISTINCT m.documentId)", "c.docs + d.docs"),
      .least("first", "MIN(m.citingDate)"),
      Aggregate("last", "MAX(m.citingDate)", "COALESCE(max(c.last, d.last), c.last, d.last)"),
    ],
    documentDims: ["year", "p63", "p34"], kind: nil)

  /// The documents written in a transaction, bound as the JSON array `?1`.
  static let addedDocuments = "(SELECT ja.value ->> 0 FROM json_each(?1) AS ja)"

  /// Every summary, in the order they are kept.
  static let all: [SummarySpec] = [.meeting, .meetingYear, .figure, .citation]

  /// `a IS <json element 0> AND b IS <json element 1> …`: a row of `alias` matches one element of
  /// a JSON array of arrays read with `json_each` as `j` (how a batch of keys is passed at once).
  static func matchJSON(_ columns: [String], alias: String) -> String {
    columns.enumerated().map { "\(alias).\($1) IS j.value ->> \($0)" }.joined(separator: " AND ")
  }

  /// The statement that computes cells from the facts: all of them (`batch: false`), or those of
  /// the cells listed in a JSON array bound to its one argument.
  func cellInsert(batch: Bool) -> String {
    let dims = cellDims.joined(separator: ", ")
    let names = cellAggregates.map(\.name).joined(separator: ", ")
    let source = batch
      ? "json_each(?) AS j JOIN \(table) AS m ON \(SummarySpec.matchJSON(cellDims, alias: "m"))"
      : "\(table) AS m"
    return "INSERT INTO \(cellTable) (\(dims), \(names)) " + cellSelect(from: source, where: "m.rejected = 0", added: false)
  }

  /// The cells' part of the documents written in a transaction (ids in `?1`), to be merged with
  /// `cellMerge`: rows of dimensions then aggregates.
  var cellAdded: String {
    cellSelect(from: "\(table) AS m", where: "m.documentId IN \(SummarySpec.addedDocuments) AND m.rejected = 0",
               added: true)
  }

  private func cellSelect(from source: String, where filter: String, added: Bool) -> String {
    let dims = cellDims.joined(separator: ", ")
    let mDims = cellDims.map { "m.\($0)" }.joined(separator: ", ")
    if table == "figure" {
      // the latest figure of a cell: newest date, then the larger value, then the fact key
      // (content only); the row id only between figures equal in all of these
      return """
        SELECT \(dims), facts, id, eDate FROM (
          SELECT \(mDims), m.id AS id, m.eDate AS eDate, COUNT(*) OVER w AS facts,
            ROW_NUMBER() OVER (w ORDER BY m.eDate DESC, m.value DESC, m.factKey DESC, m.id DESC) AS rn
          FROM \(source) WHERE \(filter) WINDOW w AS (PARTITION BY \(mDims)))
        WHERE rn = 1
        """
    }
    let select = cellAggregates.map { "\(added ? $0.added : $0.sql) AS \($0.name)" }.joined(separator: ", ")
    return "SELECT \(mDims), \(select) FROM \(source) WHERE \(filter) GROUP BY \(mDims)"
  }

  /// The statements that merge a JSON array of `cellAdded` rows into the cells: update those
  /// that exist, insert the others.
  var cellMerge: [String] {
    let n = cellDims.count
    let match = SummarySpec.matchJSON(cellDims, alias: "c")
    var sets: [String] = []
    for a in cellAggregates {
      var merge = a.merge
      for (i, b) in cellAggregates.enumerated() { merge = merge.replacingOccurrences(of: "d.\(b.name)", with: "(j.value ->> \(n + i))") }
      sets.append("\(a.name) = \(merge)")
    }
    let columns = (cellDims + cellAggregates.map(\.name)).joined(separator: ", ")
    let values = (0..<(n + cellAggregates.count)).map { "j.value ->> \($0)" }.joined(separator: ", ")
    return [
      "UPDATE \(cellTable) AS c SET \(sets.joined(separator: ", ")) FROM json_each(?) AS j WHERE \(match)",
      """
      INSERT INTO \(cellTable) (\(columns)) SELECT \(values) FROM json_each(?) AS j
      WHERE NOT EXISTS (SELECT 1 FROM \(cellTable) AS c WHERE \(match))
      """,
    ]
  }

  /// Deletes the cells listed in a JSON array.
  var cellDelete: String {
    """
    DELETE FROM \(cellTable) WHERE rowid IN (
      SELECT c.rowid FROM json_each(?) AS j JOIN \(cellTable) AS c ON \(SummarySpec.matchJSON(cellDims, alias: "c")))
    """
  }

  /// The statements that add a JSON array of [dims…, kinds, delta] to the document cells:
  /// update those that exist, insert the others, drop those left with no document.
  var documentCellChanges: [String] {
    let n = documentDims.count
    let match = SummarySpec.matchJSON(documentDims + ["kinds"], alias: "c")
    let dims = documentDims.joined(separator: ", ")
    let values = (0...n).map { "j.value ->> \($0)" }.joined(separator: ", ")
    return [
      "UPDATE \(docCellTable) AS c SET docs = c.docs + (j.value ->> \(n + 1)) FROM json_each(?) AS j WHERE \(match)",
      """
      INSERT INTO \(docCellTable) (\(dims), kinds, docs) SELECT \(values), j.value ->> \(n + 1) FROM json_each(?) AS j
      WHERE (j.value ->> \(n + 1)) > 0 AND NOT EXISTS (SELECT 1 FROM \(docCellTable) AS c WHERE \(match))
      """,
      """
      DELETE FROM \(docCellTable) WHERE rowid IN (
        SELECT c.rowid FROM json_each(?) AS j JOIN \(docCellTable) AS c ON \(match) WHERE c.docs <= 0)
      """,
    ]
  }

  /// Every summary of the fact table `table`.
  static func of(_ table: String) -> [SummarySpec] { all.filter { $0.table == table } }

  /// The fact tables that have summaries.
  static let factTables = ["meeting", "figure", "citation"]

  /// The columns a document's facts are read with to place them in `specs`' cells and document
  /// cells: the union of their dimensions and kinds, then `rejected`.
  static func columns(_ specs: [SummarySpec]) -> [String] {
    var out: [String] = []
    for spec in specs {
      for c in spec.cellDims + spec.documentDims + (spec.kind.map { [$0] } ?? []) where !out.contains(c) { out.append(c) }
    }
    return out + ["rejected"]
  }
}

/// One aggregate of a summary cell: how it is computed over facts (`sql`), over the facts just
/// added (`added`), and how a cell `c` takes in the added part `d` (`merge`).
struct Aggregate: Sendable {
  let name: String
  let sql: String
  let merge: String
  let added: String

  init(_ name: String, _ sql: String, _ merge: String, added: String? = nil) {
    self.name = name
    self.sql = sql
    self.merge = merge
    self.added = added ?? sql
  }

  /// The smaller of two values that may be missing.
  static func least(_ name: String, _ sql: String) -> Aggregate {
    Aggregate(name, sql, "COALESCE(min(c.\(name), d.\(name)), c.\(name), d.\(name))")
  }
}
