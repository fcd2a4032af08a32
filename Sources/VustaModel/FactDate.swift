/// A date as precise as the text that gave it: a year, a month of a year, or a day.
///
/// Facts carry it as `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"` in the facts contract.
public struct FactDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  /// Makes a date; `day` is ignored without `month`.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Parses `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`; nil for anything else or an impossible day.
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
    var m: Int?
    var d: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
      m = v
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let v = Int(parts[2]), v >= 1, v <= FactDate.daysIn(month: m!, year: y)
      else { return nil }
      d = v
    }
    self.init(year: y, month: m, day: d)
  }

  /// The contract form: `"2020-10-16"`, `"2020-10"` or `"2020"`.
  public var iso: String {
    var s = FactDate.padded(year, 4)
    if let month { s += "-" + FactDate.padded(month, 2) }
    if let day { s += "-" + FactDate.padded(day, 2) }
    return s
  }

  /// `n` in decimal with leading zeros to `width` digits (String(format:) is slow on Linux).
  static func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  public var description: String { iso }

  /// The Vietnamese short form: `16/10/2020`, `10/2020` or `2020`.
  public var vietnamese: String {
    switch (day, month) {
    case let (d?, m?): return FactDate.padded(d, 2) + "/" + FactDate.padded(m, 2) + "/" + FactDate.padded(year, 4)
    case let (nil, m?): return FactDate.padded(m, 2) + "/" + FactDate.padded(year, 4)
    default: return String(year)
    }
  }

  /// True when the day (or month) is known.
  public var isDay: Bool { day != nil }

  public static func < (a: FactDate, b: FactDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }

  /// The day `days` days later (earlier when negative), for a date with its day; the date itself
  /// otherwise.
  public func adding(days: Int) -> FactDate {
    guard var d = day, let m = month else { return self }
    var (y, mo) = (year, m)
    d += days
    while d < 1 {
      mo -= 1
      if mo < 1 { mo = 12; y -= 1 }
      d += FactDate.daysIn(month: mo, year: y)
    }
    while d > FactDate.daysIn(month: mo, year: y) {
      d -= FactDate.daysIn(month: mo, year: y)
      mo += 1
      if mo > 12 { mo = 1; y += 1 }
    }
    return FactDate(year: y, month: mo, day: d)
  }

  /// Days from 1970-01-01 to this date (a missing month or day read as the first), by Howard
  /// Hinnant's days-from-civil algorithm: for the PDF's fixed creation date and for weekdays.
  public var daysSince1970: Int {
    let m = month ?? 1
    let y = m <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + (day ?? 1) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The weekday of a date with its day, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday);
  /// nil without a day.
  public var weekday: Int? {
    guard month != nil, day != nil else { return nil }
    return ((daysSince1970 % 7 + 7) % 7 + 3) % 7 + 1
  }

  /// Number of days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The years a date typed by a person may have (an option, a correction, a spreadsheet,
  /// sources.csv): from 1945, the first year of the republic, to 2100. 0000 or 9999 is a typo.
  public static let acceptedYears = 1945...2100

  /// The rule in Vietnamese with the English gist, for messages.
  public static let acceptedYearsRule = "năm phải từ 1945 đến 2100 (a year from 1945 to 2100)"

  /// True when the year is in `acceptedYears`.
  public var hasAcceptedYear: Bool { FactDate.acceptedYears.contains(year) }

  /// True when `day`/`month`/`year` name a real calendar day.
  public static func isValid(day: Int, month: Int, year: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
  }

  public init(from decoder: Decoder) throws {
    let s = try decoder.singleValueContainer().decode(String.self)
    guard let d = FactDate(iso: s) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(s)"))
    }
    self = d
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }
}
