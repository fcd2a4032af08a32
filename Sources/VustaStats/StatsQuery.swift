import GRDB
import VustaModel
import VustaStore

/// How rows of a statistic are grouped.
public enum Grouping: String, Codable, CaseIterable, Sendable {
  case province, month, kind, year
}

/// What a statistic is asked for: a period, optionally one province, a division and a grouping.
public struct StatsQuery: Sendable {
  public var period: Period
  /// A province name in any accepted form; resolved in the division.
  public var province: String?
  /// nil: the default for the period (63 up to 2024, 34 from 2025).
  public var division: Division?
  /// nil: the statistic's default (meetings by province; citations per document).
  public var grouping: Grouping?
  /// Members only: one metric; nil for the membership metrics.
  public var metric: MemberMetric?

  public init(period: Period = .all, province: String? = nil, division: Division? = nil,
              grouping: Grouping? = nil, metric: MemberMetric? = nil) {
    self.period = period
    self.province = province
    self.division = division
    self.grouping = grouping
    self.metric = metric
  }
}

/// Why a statistic cannot be computed as asked.
public enum StatsError: Error, CustomStringConvertible, Equatable {
  /// `--province` names no unit of the division; `nearest` are the closest names.
  case unknownProvince(String, division: Division, nearest: [String])
  /// The 63-unit division was asked for a period that reaches the 34-unit one.
  case divisionRefused(Period)
  /// A stored member figure no union can have (below 0 or above `NumberText.largestCount`),
  /// written into the store by hand or by an older vusta; sums of it would overflow.
  case implausibleFigure(fact: String, value: Int)

  public var description: String {
    switch self {
    case let .unknownProvince(name, division, nearest):
      return "\"\(name)\": không có tỉnh, thành phố này trong danh mục \(division.rawValue) đơn vị; "
        + "có phải: \(nearest.joined(separator: ", "))?"
    case let .divisionRefused(p):
      return "Không thể thống kê \(p.label) theo 63 tỉnh: từ 01/7/2025 các tỉnh đã sáp nhập thành 34 đơn vị "
        + "và không thể tách ngược lại. Dùng --division 34, hoặc chọn giai đoạn đến 2024."
    case let .implausibleFigure(fact, value):
      return "số liệu \(fact) trong kho là \(NumberText.grouped(value)), ngoài khoảng 0…\(NumberText.grouped(NumberText.largestCount)): "
        + "không thể cộng vào thống kê; hãy sửa hoặc loại bỏ nó (vusta correct \(fact) --reject) "
        + "(implausible member count in the store; reject the fact)"
    }
  }
}

/// A query resolved against the store: the division it reports in and the province filter.
struct ResolvedQuery {
  var period: Period
  var division: Division
  var province: String?
  var grouping: Grouping?
  var metric: MemberMetric?

  /// The province column of the division ("p63" or "p34").
  var column: String { division == .old63 ? "p63" : "p34" }

  /// The WHERE clause over summary tables (which hold no rejected facts): in the period, in the
  /// province.
  func summaryFilter(alias: String = "") -> (String, StatementArguments) {
    let (yc, ya) = period.condition(alias + "year")
    var sql = yc
    var args = StatementArguments(ya)
    if let province {
      sql += " AND \(alias)\(column) = ?"
      args += [province]
    }
    return (sql, args)
  }

  /// The WHERE clause over fact tables: not rejected, in the period, in the province.
  func filter(alias: String = "", province column: String? = nil) -> (String, StatementArguments) {
    let (yc, ya) = period.condition(alias + "year")
    var sql = "\(alias)rejected = 0 AND \(yc)"
    var args = StatementArguments(ya)
    if let province {
      sql += " AND \(alias)\(column ?? self.column) = ?"
      args += [province]
    }
    return (sql, args)
  }
}
