import ArgumentParser
import VustaModel
import VustaStats

/// Checks `--year`, `--years` and date options: a year outside 1945…2100 (0000, 9999) is a
/// usage error that says which years are accepted.
enum YearOptions {
  /// Throws a `ValidationError` naming `option` when `year` is outside `FactDate.acceptedYears`.
  static func check(_ year: Int?, option: String = "--year") throws {
    guard let year, !FactDate.acceptedYears.contains(year) else { return }
    throw ValidationError("\(option) \(year): \(FactDate.acceptedYearsRule)")
  }

  /// The years of "2022" or "2020-2023".
  /// - Throws: a `ValidationError` for another form, a year outside 1945…2100, or a first
  ///   year after the last.
  static func range(_ text: String, option: String = "--years") throws -> ClosedRange<Int> {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard (1...2).contains(parts.count), let a = parts[0], let b = parts.last ?? nil else {
      throw ValidationError("\(option) cần dạng A-B, ví dụ 2020-2023 (expected years A-B)")
    }
    for y in [a, b] { try check(y, option: option) }
    guard a <= b else {
      throw ValidationError("\(option) \(text): năm đầu sau năm cuối (the first year is after the last); ví dụ 2020-2023")
    }
    return a...b
  }

  /// The period of "2022" or "2020-2023" (see `range`).
  static func period(_ text: String, option: String = "--years") throws -> Period {
    let r = try range(text, option: option)
    return Period(from: r.lowerBound, to: r.upperBound)
  }
}
