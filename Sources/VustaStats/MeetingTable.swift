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
  /// Articles read per year, month and province: what tells no data from zero.
  public var read: ArticlesRead
  /// Every cell of the grouping (every unit, month or year of the period, every kind), with
  /// `meetings == nil` where no article was read.
  public var cells: [MeetingCell]

  /// True when at least one article of the period was read (else every number is "no data").
  public var hasData: Bool { read.total > 0 || total > 0 }

  enum CodingKeys: String, CodingKey {
    case period, division, grouping, province, rows, national, nationalArticles, unknownProvince, unknownArticles,
      total, coverage, read, cells, hasData
  }

  /// Encodes the counts of a period with no article read as `null` (no data is not zero).
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(period, forKey: .period)
    try c.encode(division, forKey: .division)
    try c.encode(grouping, forKey: .grouping)
    try c.encode(province, forKey: .province)
    try c.encode(rows, forKey: .rows)
    let known = hasData
    try c.encode(known ? national : nil, forKey: .national)
    try c.encode(nationalArticles, forKey: .nationalArticles)
    try c.encode(known ? unknownProvince : nil, forKey: .unknownProvince)
    try c.encode(unknownArticles, forKey: .unknownArticles)
    try c.encode(known ? total : nil, forKey: .total)
    try c.encode(coverage, forKey: .coverage)
    try c.encode(read, forKey: .read)
    try c.encode(cells, forKey: .cells)
    try c.encode(known, forKey: .hasData)
  }

  /// Decodes what `encode(to:)` writes (a `null` count is 0 with `hasData` false).
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    period = try c.decode(Period.self, forKey: .period)
    division = try c.decode(Division.self, forKey: .division)
    grouping = try c.decode(Grouping.self, forKey: .grouping)
    province = try c.decodeIfPresent(String.self, forKey: .province)
    rows = try c.decode([MeetingRow].self, forKey: .rows)
    national = try c.decodeIfPresent(Int.self, forKey: .national) ?? 0
    nationalArticles = try c.decode(Int.self, forKey: .nationalArticles)
    unknownProvince = try c.decodeIfPresent(Int.self, forKey: .unknownProvince) ?? 0
    unknownArticles = try c.decode(Int.self, forKey: .unknownArticles)
    total = try c.decodeIfPresent(Int.self, forKey: .total) ?? 0
    coverage = try c.decode(Coverage.self, forKey: .coverage)
    read = try c.decode(ArticlesRead.self, forKey: .read)
    cells = try c.decode([MeetingCell].self, forKey: .cells)
  }

  /// A table from its parts.
  public init(period: Period, division: Division, grouping: Grouping, province: String?, rows: [MeetingRow],
              national: Int, nationalArticles: Int, unknownProvince: Int, unknownArticles: Int, total: Int,
              coverage: Coverage, read: ArticlesRead, cells: [MeetingCell]) {
    self.period = period; self.division = division; self.grouping = grouping; self.province = province
    self.rows = rows; self.national = national; self.nationalArticles = nationalArticles
    self.unknownProvince = unknownProvince; self.unknownArticles = unknownArticles; self.total = total
    self.coverage = coverage; self.read = read; self.cells = cells
  }
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
