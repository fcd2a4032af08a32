import GRDB
import VustaModel
import VustaStore

/// How many articles were read (stored, whatever facts they hold) in each year, month and
/// province of a query: what tells "no data" from zero. A cell with no article read has no
/// data ("chưa có số liệu", empty in CSV, `null` in JSON), never 0.
public struct ArticlesRead: Codable, Hashable, Sendable {
  /// Articles dated in the period (in the province, when the query names one).
  public var total: Int
  /// By year ("2024").
  public var byYear: [String: Int]
  /// By month ("2024-03"); articles dated by year only are in no month.
  public var byMonth: [String: Int]
  /// By province of the division (an article's province: the one its facts name).
  public var byProvince: [String: Int]

  /// Articles read in the cell of a group key of `grouping` (kinds share the period's articles).
  public func count(_ key: String, _ grouping: Grouping) -> Int {
    switch grouping {
    case .province: return byProvince[key] ?? 0
    case .month: return byMonth[key] ?? 0
    case .year: return byYear[key] ?? 0
    case .kind: return total
    }
  }
}

/// One cell of a meeting table: a group with its number of meetings, or nil when no article
/// of that group was read (no data is not zero).
public struct MeetingCell: Codable, Hashable, Sendable {
  public var key: String
  public var label: String
  /// Unique meetings; nil when nothing was read for this cell.
  public var meetings: Int?
  /// Articles read in the cell.
  public var articlesRead: Int

  enum CodingKeys: String, CodingKey { case key, label, meetings, articlesRead }

  /// Encodes a cell with no data as `"meetings": null` (not left out, not 0).
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(key, forKey: .key)
    try c.encode(label, forKey: .label)
    try c.encode(meetings, forKey: .meetings)
    try c.encode(articlesRead, forKey: .articlesRead)
  }
}

extension Statistics {
  /// Articles read per year, month and province for a query's period (and province).
  public func articlesRead(_ query: StatsQuery) throws -> ArticlesRead {
    let q = try resolve(query)
    return try store.reader.read { db in try Statistics.articlesRead(db, q) }
  }

  static func articlesRead(_ db: Database, _ q: ResolvedQuery) throws -> ArticlesRead {
    let (cond, args) = q.summaryFilter()
    var out = ArticlesRead(total: 0, byYear: [:], byMonth: [:], byProvince: [:])
    for r in try Row.fetchAll(db, sql: """
      SELECT year, CAST(substr(date, 6, 2) AS INTEGER) AS month, \(q.column) AS p, COUNT(*) AS n
      FROM document WHERE year IS NOT NULL AND \(cond) GROUP BY year, month, p
      """, arguments: args) {
      let n: Int = r["n"], year: Int = r["year"], month: Int = r["month"] ?? 0
      out.total += n
      out.byYear[String(year), default: 0] += n
      if (1...12).contains(month) { out.byMonth[String(format: "%04d-%02d", year, month), default: 0] += n }
      if let p: String = r["p"] { out.byProvince[p, default: 0] += n }
    }
    return out
  }

  /// Every cell of a meeting table's grouping: the units of the division (or the one province
  /// asked for), every month or year of the period, every kind; a cell with no article read has
  /// `meetings == nil`. An open period spans the years that have articles or meetings.
  static func cells(rows: [MeetingRow], read: ArticlesRead, q: ResolvedQuery, grouping: Grouping) -> [MeetingCell] {
    let counts = Dictionary(rows.map { ($0.key, $0.meetings) }, uniquingKeysWith: +)
    func cell(_ key: String, _ label: String) -> MeetingCell {
      let n = read.count(key, grouping), m = counts[key] ?? 0
      return MeetingCell(key: key, label: label, meetings: m > 0 || n > 0 ? m : nil, articlesRead: n)
    }
    var years: [Int] {
      if let a = q.period.from, let b = q.period.to, a <= b, b - a < 200 { return Array(a...b) }
      let seen = read.byYear.keys.compactMap { Int($0) } + rows.compactMap { Int($0.key.prefix(4)) }
      guard let lo = seen.min(), let hi = seen.max() else { return [] }
      // (a period wholly after or before the years seen has none of them)
      let first = max(lo, q.period.from ?? lo), last = min(hi, q.period.to ?? hi)
      return first <= last ? Array(first...last) : []
    }
    switch grouping {
    case .province:
      let names = q.province.map { [$0] }
        ?? Gazetteer.shared.units(q.division).map(\.name).sorted(by: VietnameseCollation.less)
      return names.map { cell($0, $0) }
    case .month:
      return years.flatMap { y in
        (1...12).map { m in cell(String(format: "%04d-%02d", y, m), "Tháng \(m)/\(y)") }
      }
    case .year:
      return years.map { cell(String($0), "Năm \($0)") }
    case .kind:
      return MeetingKind.allCases.map { cell($0.rawValue, $0.label) }
    }
  }
}
