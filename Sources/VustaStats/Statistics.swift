import GRDB
import VustaModel
import VustaStore

/// The aggregation engine: meetings, members and citations over a store, each as a typed table
/// with its coverage and division. Every aggregate is computed in SQLite.
public struct Statistics {
  public let store: Store
  public var gazetteer: Gazetteer { store.gazetteer }

  public init(store: Store) { self.store = store }

  /// The division a query reports in: asked, else 63 when the period ends by 2024 (or all the
  /// data does), else 34.
  /// - Throws: `StatsError.divisionRefused` for 63 over a period reaching 2025.
  public func division(for query: StatsQuery) throws -> Division {
    let end = try query.period.to ?? lastYear()
    let reaches34 = (end ?? 0) >= 2025
    switch query.division {
    case .old63? where reaches34: throw StatsError.divisionRefused(query.period)
    case let d?: return d
    case nil: return reaches34 ? .new34 : .old63
    }
  }

  /// The latest year any stored fact has (nil for an empty store).
  func lastYear() throws -> Int? {
    try store.reader.read { db in
      try Int.fetchOne(db, sql: """
        SELECT MAX(y) FROM (SELECT MAX(year) y FROM meeting UNION ALL SELECT MAX(year) FROM figure
        UNION ALL SELECT MAX(year) FROM citation)
        """)
    }
  }

  /// Resolves the division and the province filter.
  /// - Throws: `StatsError.unknownProvince` with the nearest names.
  func resolve(_ q: StatsQuery) throws -> ResolvedQuery {
    let division = try division(for: q)
    var province: String?
    if let name = q.province {
      guard let p = gazetteer.resolve(name, in: division) else {
        throw StatsError.unknownProvince(name, division: division, nearest: gazetteer.nearest(to: name, in: division))
      }
      province = p.name
    }
    return ResolvedQuery(period: q.period, division: division, province: province, grouping: q.grouping, metric: q.metric)
  }

  /// Sorts names in Vietnamese order.
  static func sortedNames(_ names: [String]) -> [String] { VietnameseCollation.sorted(names) }
}
