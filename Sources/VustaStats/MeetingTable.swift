import VustaModel

/// One row of a meeting table: a province, month, kind or year and its unique meetings.
public struct MeetingRow: Codable, Hashable, Sendable {
  /// The group's key: a province name, "2020-10", a kind's raw value, a year; "" when unknown.
  public var key: String
  /// The Vietnamese label printed in the table.
  public var label: String
  /// Meetings counted once however many articles reported them.
  public var meetings: Int
  /// Articles that reported them.
  public var articles: Int
  /// Facts (reports of meetings) behind the count.
  public var reports: Int
}

/// Unique meetings in a period, grouped; national meetings and meetings whose province is not
/// known are counted apart.
public struct MeetingTable: Codable, Hashable, Sendable {
  public var period: Period
  public var division: Division
  public var grouping: Grouping
  public var province: String?
  /// Grouped rows in order (provinces in Vietnamese order; months, years, kinds in their order).
  /// With `.province` grouping, national and unknown-province meetings are not in `rows`.
  public var rows: [MeetingRow]
  /// Meetings of LHH Việt Nam with no province.
  public var national: Int
  /// Articles reporting national meetings.
  public var nationalArticles: Int
  /// Meetings whose province the articles do not say ("Chưa xác định").
  public var unknownProvince: Int
  /// Articles reporting them.
  public var unknownArticles: Int
  /// All unique meetings in the table.
  public var total: Int
  public var coverage: Coverage
}

/// One meeting counted once, with every article that reported it.
public struct MeetingEvent: Codable, Hashable, Sendable {
  public var date: String?
  public var province: String?
  public var kind: MeetingKind
  /// province | national | unknown
  public var scope: String
  public var sources: [String]
  public var factIds: [String]
}
