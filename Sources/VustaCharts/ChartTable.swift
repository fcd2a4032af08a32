//! The data a chart draws: labelled rows with one or more value series.

/// One named column of values, one value per row of its table; NaN marks a value with no data.
public struct ChartSeries: Hashable, Sendable, Codable {
  /// The series name shown in legends ("Hội nghị", "2024").
  public var name: String
  public var values: [Double]
  /// A series from its name and values.
  public init(name: String, values: [Double]) { self.name = name; self.values = values }
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

  /// True when series `s` has no data at row `r` (a NaN value: nothing was read for it, which
  /// is not zero): drawn as a gap or hatched, never as 0.
  public func isMissing(_ s: Int, _ r: Int) -> Bool {
    r < series[s].values.count && series[s].values[r].isNaN
  }

  /// The largest value of every series, missing values left out (0 for none).
  public var dataMax: Double { series.flatMap(\.values).filter { !$0.isNaN }.max() ?? 0 }

  /// The sum of all series at row `r`.
  public func total(_ r: Int) -> Double { series.indices.reduce(0) { $0 + value($1, r) } }

  /// Whether values are percentages.
  public var isPercent: Bool { unit == "%" }
}
