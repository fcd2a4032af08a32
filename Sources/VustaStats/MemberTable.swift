import VustaModel

/// The latest figure of one metric for one province in a period, with its date and source, and
/// its change against the previous period.
public struct MemberRow: Codable, Hashable, Sendable {
  public var province: String
  public var metric: MemberMetric
  public var value: Int
  public var qualifier: Qualifier
  /// The date of the figure ("2023-12-30", "2023").
  public var date: String?
  /// The articles (or spreadsheets) the figure comes from.
  public var sources: [String]
  /// Old units whose figures were added up, when a 34-unit row has no figure of its own.
  public var composedOf: [String]
  /// The latest figure of the previous period, when there is one.
  public var previous: Int?
  /// `value - previous`.
  public var change: Int?
}

/// The national total of one metric: the sum of the provinces' latest figures.
public struct MemberTotal: Codable, Hashable, Sendable {
  public var metric: MemberMetric
  public var total: Int
  public var provincesWithData: Int
  public var units: Int
  /// "31/63 tỉnh có số liệu".
  public var coverageText: String { "\(provincesWithData)/\(units) tỉnh có số liệu" }
}

/// Member figures per province and metric in a period, with national totals and coverage.
public struct MemberTable: Codable, Hashable, Sendable {
  public var period: Period
  /// The period the change is measured against (nil for an open period).
  public var previousPeriod: Period?
  public var division: Division
  public var province: String?
  /// Rows by province (Vietnamese order), then metric.
  public var rows: [MemberRow]
  public var totals: [MemberTotal]
  /// Figures in the period whose province is not known: not in any total.
  public var withoutProvince: Int
  public var coverage: Coverage
}
