import Foundation
import VustaModel

/// The years a statistic covers, inclusive; nil ends are open ("mọi năm").
public struct Period: Codable, Hashable, Sendable {
  public var from: Int?
  public var to: Int?

  public init(from: Int? = nil, to: Int? = nil) {
    self.from = from
    self.to = to
  }

  /// One year.
  public static func year(_ y: Int) -> Period { Period(from: y, to: y) }
  /// Every year, undated facts included.
  public static let all = Period()

  /// Parses "2022" or "2020-2023"; nil for another form or a year outside
  /// `FactDate.acceptedYears` (1945…2100).
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard (1...2).contains(parts.count), let a = Int(parts[0]), FactDate.acceptedYears.contains(a) else { return nil }
    if parts.count == 1 {
      self.init(from: a, to: a)
      return
    }
    guard let b = Int(parts[1]), b >= a, FactDate.acceptedYears.contains(b) else { return nil }
    self.init(from: a, to: b)
  }

  /// True when every year is included.
  public var isAll: Bool { from == nil && to == nil }

  /// The period of the same length just before this one; nil for an open period.
  public var previous: Period? {
    guard let from, let to else { return nil }
    let n = to - from + 1
    return Period(from: from - n, to: to - n)
  }

  /// "năm 2022", "2020–2023", "mọi năm".
  public var label: String {
    switch (from, to) {
    case let (a?, b?) where a == b: return "năm \(a)"
    case let (a?, b?): return "\(a)–\(b)"
    case let (a?, nil): return "từ \(a)"
    case let (nil, b?): return "đến \(b)"
    default: return "mọi năm"
    }
  }

  /// The SQL condition on a `year` column and its arguments.
  func condition(_ column: String) -> (String, [Int]) {
    switch (from, to) {
    case let (a?, b?): return ("\(column) BETWEEN ? AND ?", [a, b])
    case let (a?, nil): return ("\(column) >= ?", [a])
    case let (nil, b?): return ("\(column) <= ?", [b])
    default: return ("1", [])
    }
  }
}
