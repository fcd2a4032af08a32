//! The data a chart draws: labelled rows with one or more value series.

/// One named column of values, one value per row of its table. A row with no data (nothing was
/// read for it, which is not zero) is either a NaN value or listed in `missing` with value 0,
/// so that sums over the values stay numbers.
public struct ChartSeries: Hashable, Sendable, Codable {
  /// The series name shown in legends ("Hội nghị", "2024").
  public var name: String
  public var values: [Double]
  /// Rows with no data whose value is kept as 0 (drawn hatched or as "—", never as 0).
  public var missing: Set<Int>
  /// A series from its name, values and rows with no data.
  public init(name: String, values: [Double], missing: Set<Int> = []) {
    self.name = name; self.values = values; self.missing = missing
  }

  private enum CodingKeys: String, CodingKey { case name, values, missing }
  /// Decodes a series; `missing` may be absent (tables written before it existed).
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    values = try c.decode([Double].self, forKey: .values)
    missing = try c.decodeIfPresent(Set<Int>.self, forKey: .missing) ?? []
  }
  /// Encodes a series (`missing` as a sorted list of row numbers).
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(values, forKey: .values)
    if !missing.isEmpty { try c.encode(missing.sorted(), forKey: .missing) }
  }
}

/// A table to chart: a label column (provinces, months, directives) and value series.
/// The statistics layer and `vusta chart --data` fill it; charts only read it.
public struct ChartTable: Hashable, Sendable, Codable {
  /// What the table counts ("Số hội nghị theo tỉnh, thành phố năm 2024").
  public var title: String
  /// The header of the label column ("Tỉnh, thành phố").
  public var labelHeader: String
  /// Row labels, in the table's order.
  public var labels: [String]
  /// Value columns; each has one value per label.
  public var series: [ChartSeries]
  /// The unit of the values ("hội nghị", "người", "%"); "%" formats values as percentages.
  public var unit: String?
  /// The source and coverage line ("Nguồn: 412 bài báo; 37/63 tỉnh có số liệu").
  public var note: String?

  /// A table from its parts.
  public init(title: String, labelHeader: String = "", labels: [String], series: [ChartSeries],
              unit: String? = nil, note: String? = nil) {
    self.title = title; self.labelHeader = labelHeader; self.labels = labels
    self.series = series; self.unit = unit; self.note = note
  }

  /// A one-series table from (label, value) pairs.
  public init(title: String, labelHeader: String = "", rows: [(String, Double)], seriesName: String = "",
              unit: String? = nil, note: String? = nil) {
    self.init(title: title, labelHeader: labelHeader, labels: rows.map(\.0),
              series: [ChartSeries(name: seriesName, values: rows.map(\.1))], unit: unit, note: note)
  }

  /// True when there is nothing to draw: no rows, no series, or every value zero or missing.
  public var isEmpty: Bool {
    labels.isEmpty || series.isEmpty || series.allSatisfy { $0.values.allSatisfy { $0 == 0 || $0.isNaN } }
  }

  /// The value of series `s` at row `r` (0 when the series is shorter or the value is missing).
  public func value(_ s: Int, _ r: Int) -> Double {
    r < series[s].values.count && !series[s].values[r].isNaN ? series[s].values[r] : 0
  }

  /// True when series `s` has no data at row `r` (a NaN value or a row of its `missing`: nothing
  /// was read for it, which is not zero): drawn as a gap, hatched or "—", never as 0.
  public func isMissing(_ s: Int, _ r: Int) -> Bool {
    r < series[s].values.count && (series[s].values[r].isNaN || series[s].missing.contains(r))
  }

  /// True when every series has no data at row `r`.
  public func isRowMissing(_ r: Int) -> Bool { !series.isEmpty && series.indices.allSatisfy { isMissing($0, r) } }

  /// The largest value of every series, missing values left out (0 for none).
  public var dataMax: Double {
    series.indices.flatMap { s in series[s].values.indices.filter { !isMissing(s, $0) }.map { series[s].values[$0] } }.max() ?? 0
  }

  /// The sum of all series at row `r`.
  public func total(_ r: Int) -> Double { series.indices.reduce(0) { $0 + value($1, r) } }

  /// Whether values are percentages.
  public var isPercent: Bool { unit == "%" }

  /// The table with one series for a kind that draws one (bars, the tile map): the series added
  /// up when they are parts of one whole (central and local documents: `parts`), else the last
  /// one — the year the chart is of, where the series are years. A row is missing only where
  /// every series is.
  public func oneSeries(parts: Bool) -> ChartTable {
    guard series.count > 1 else { return self }
    var t = self
    if parts {
      let rows = labels.indices
      let values = rows.map { r in series.indices.reduce(0.0) { $0 + (isMissing($1, r) ? 0 : value($1, r)) } }
      let missing = Set(rows.filter { r in series.indices.allSatisfy { isMissing($0, r) } })
      t.series = [ChartSeries(name: series.map(\.name).joined(separator: " và "), values: values, missing: missing)]
    } else {
      t.series = [series[series.count - 1]]
    }
    return t
  }
}
