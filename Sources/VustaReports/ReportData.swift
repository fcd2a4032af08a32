//! The statistics a template is bound to: named values and data tables, each cell with its
//! printed text (Vietnamese forms), its number and, for sources, its link.

import VustaModel

/// One printed value: text as it appears, the number behind it, and a link when it names a
/// source.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var number: Double?
  public var link: String?
  /// A cell of text, optionally a number and a link.
  public init(_ text: String, number: Double? = nil, link: String? = nil) {
    self.text = text; self.number = number; self.link = link
  }
  /// A whole number printed "15.500".
  public static func count(_ n: Int) -> Cell { Cell(VietnameseFormat.grouped(n), number: Double(n)) }
  /// No data (nothing was read for this cell): "—" in tables, missing (NaN) in charts, false in
  /// template sections; never 0.
  public static let noData = Cell("—", number: .nan)
  /// The number, nil when there is none or no data.
  public var known: Double? { number.flatMap { $0.isNaN ? nil : $0 } }
}

/// A data table: rows of named cells.
public struct Dataset: Hashable, Sendable {
  public var info: DatasetInfo
  public var rows: [[String: Cell]]
}

/// What report options say about the document itself (from the command line).
public struct ReportOptions: Sendable {
  public var year: Int
  /// nil: 63 units up to 2024, 34 from 2025.
  public var division: Division?
  public var org: String
  public var number: String
  public var place: String
  /// The document's date; nil: 31 December of the year.
  public var date: FactDate?
  public var signer: String

  /// Options for a year with the administrative defaults.
  public init(year: Int, division: Division? = nil, org: String = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM",
              number: String = "…", place: String = "Hà Nội", date: FactDate? = nil, signer: String = "") {
    self.year = year; self.division = division; self.org = org; self.number = number
    self.place = place; self.date = date; self.signer = signer
  }

  /// The date printed on the document.
  public var documentDate: FactDate { date ?? FactDate(year: year, month: 12, day: 31) }
}

/// The statistics of one period (and one province for province templates), ready to bind.
public struct ReportData: Sendable {
  public var year: Int
  public var division: Division
  /// The province of a province brief; nil for national documents.
  public var province: String?
  public var values: [String: Cell]
  public var datasets: [String: Dataset]
  /// False when the period has no facts at all.
  public var hasData: Bool
  /// The date the document is dated (and its PDF creation date).
  public var documentDate = FactDate(year: 1970, month: 1, day: 1)

  /// The Mustache context: dotted names become nested dictionaries; numbers count as false
  /// in sections when zero; tables are lists of rows.
  public var context: [String: Any] {
    var root: [String: Any] = [:]
    func insert(_ path: [Substring], _ value: Any, into dict: inout [String: Any]) {
      let key = String(path[0])
      if path.count == 1 { dict[key] = value; return }
      var child = dict[key] as? [String: Any] ?? [:]
      insert(Array(path.dropFirst()), value, into: &child)
      dict[key] = child
    }
    for (name, cell) in values {
      let v: Any = cell.number.map { MustacheNumber(value: $0, text: cell.text) } ?? cell.text
      insert(name.split(separator: "."), v, into: &root)
    }
    root["hasData"] = hasData
    for (name, d) in datasets {
      let rows: [[String: Any]] = d.rows.map { row in
        var r: [String: Any] = [:]
        for (k, c) in row { r[k] = c.number.map { MustacheNumber(value: $0, text: c.text) } ?? c.text as Any }
        return r
      }
      insert(name.split(separator: "."), rows, into: &root)
    }
    return root
  }

  /// True when a value is non-zero and non-empty, or a table has rows.
  public func isTrue(_ name: String) -> Bool {
    if name == "hasData" { return hasData }
    if values[name] == nil && values.keys.contains(where: { $0.hasPrefix(name + ".") }) { return true }
    if let d = datasets[name] { return !d.rows.isEmpty }
    guard let c = values[name] else { return false }
    if let n = c.number { return n != 0 && !n.isNaN }
    return !c.text.isEmpty
  }
}

extension ReportData {
  /// The words of a number with no data behind it.
  public static let noDataText = "chưa có số liệu"
}

/// Vietnamese forms of numbers and dates for print.
public enum VietnameseFormat {
  /// 15500 → "15.500".
  public static func grouped(_ n: Int) -> String {
    let s = String(abs(n))
    var out = ""
    for (i, ch) in s.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { out.append(".") }
      out.append(ch)
    }
    return (n < 0 ? "-" : "") + String(out.reversed())
  }
  /// "+1.200", "-35", "0".
  public static func change(_ n: Int) -> String { n > 0 ? "+" + grouped(n) : grouped(n) }
  /// 12.5 → "12,5" (one decimal; whole numbers without one).
  public static func decimal(_ v: Double, digits: Int = 1) -> String {
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let r = (v * p).rounded() / p
    if r == r.rounded() { return grouped(Int(r)) }
    let whole = Int(r.magnitude)
    var frac = String(Int(((r.magnitude - Double(whole)) * p).rounded()))
    while frac.count < digits { frac = "0" + frac }
    while frac.hasSuffix("0") { frac.removeLast() }
    return (r < 0 ? "-" : "") + grouped(whole) + "," + frac
  }
  /// 1 → "1,0", 12.46 → "12,5": always one decimal (shares in a column).
  public static func fixed(_ v: Double) -> String {
    let tenths = Int((v * 10).rounded())
    return (tenths < 0 ? "-" : "") + grouped(abs(tenths) / 10) + "," + String(abs(tenths) % 10)
  }
  /// "2022-10-16" → "16/10/2022", "2022-10" → "10/2022", "2022" → "2022"; nil → "Chưa rõ".
  public static func date(_ iso: String?) -> String {
    guard let iso, let d = FactDate(iso: iso) else { return "Chưa rõ" }
    return date(d)
  }
  /// A fact date in day-first form, with two-digit day and month.
  public static func date(_ d: FactDate) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    switch (d.month, d.day) {
    case let (m?, day?): return "\(two(day))/\(two(m))/\(d.year)"
    case let (m?, nil): return "\(two(m))/\(d.year)"
    default: return "\(d.year)"
    }
  }
  /// The administrative date: "ngày 05 tháng 01 năm 2024" (leading zero for days 1–9 and
  /// months 1–2, Nghị định 30/2020).
  public static func administrativeDate(_ d: FactDate) -> String {
    let day = d.day ?? 1, month = d.month ?? 1
    let dd = day < 10 ? "0\(day)" : "\(day)"
    let mm = month <= 2 ? "0\(month)" : "\(month)"
    return "ngày \(dd) tháng \(mm) năm \(d.year)"
  }
  /// A safe ASCII file name for a Vietnamese name: "Thừa Thiên Huế" → "thua-thien-hue".
  public static func slug(_ name: String) -> String {
    let key = VietnameseText.key(name)
    let s = key.split(separator: " ").joined(separator: "-")
    return s.isEmpty ? "khong-ten" : s
  }
}
