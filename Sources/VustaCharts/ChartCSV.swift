//! Reading the two-column table a person brings: `label,value` with a header row.

import VustaModel
import Foundation

/// A CSV row that cannot be charted; `line` is the 1-based line in the file.
public struct ChartCSVError: Error, Equatable, CustomStringConvertible {
  public var line: Int
  public var reason: String
  /// An error at a line.
  public init(line: Int, reason: String) { self.line = line; self.reason = reason }
  public var description: String { "dòng \(line) (line \(line)): \(reason)" }
}

/// Parses a two-column CSV (UTF-8, with or without BOM; comma, semicolon or tab separated;
/// quotes allowed) into a one-series ChartTable. The header names the label column and the
/// series; values may be written "15.500", "15500", "12,5", "12,5%"; an empty value or "—" means
/// no data for that row (drawn hatched or as "—", not as 0).
public enum ChartCSV {
  /// The table of a CSV text.
  /// - Throws: `ChartCSVError` naming the first bad line (too few columns, not a number,
  ///   no data rows).
  public static func parse(_ text: String, title: String) throws -> ChartTable {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let (rows, unclosed) = splitRows(body)
    // (an unclosed quote swallows every row after it into one label)
    if let at = unclosed { throw ChartCSVError(line: at, reason: CSVQuotes.unclosedMessage) }
    guard let header = rows.first(where: { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } })
    else { throw ChartCSVError(line: 1, reason: "tệp rỗng, cần dòng tiêu đề nhãn,giá trị (empty file; a header row label,value is needed)") }
    guard header.fields.count >= 2 else {
      throw ChartCSVError(line: header.line, reason: "cần hai cột nhãn,giá trị (two columns label,value are needed)")
    }
    // a third column would be dropped without a word: one series is drawn, from the second
    let headerColumns = header.fields.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0 + 1 } ?? 0
    guard headerColumns <= 2 else {
      throw ChartCSVError(line: header.line, reason: "tiêu đề có \(headerColumns) cột, biểu đồ vẽ đúng hai cột nhãn,giá trị; "
        + "hãy bỏ các cột khác (expected two columns label,value)")
    }
    var labels: [String] = [], values: [Double] = []
    var missing: Set<Int> = []
    var percent = false
    var percentSeen: (line: Int, isPercent: Bool)? = nil
    for row in rows where row.line > header.line {
      let f = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
      if f.allSatisfy(\.isEmpty) { continue }
      guard f.count >= 2 else {
        throw ChartCSVError(line: row.line, reason: "thiếu cột giá trị (missing the value column): \"\(f.joined())\"")
      }
      guard !f[0].isEmpty else { throw ChartCSVError(line: row.line, reason: "nhãn trống (empty label)") }
      // "Nghệ An,1,5": a decimal comma left unquoted splits the value — never drawn as 1
      if f.count > 2, f[2...].contains(where: { !$0.isEmpty }) {
        let hint = f.count == 3 && f[1].allSatisfy(\.isNumber) && !f[2].isEmpty
          && f[2].allSatisfy({ $0.isNumber || $0 == "%" }) && f[2].first!.isNumber
          ? "; số thập phân có dấu phẩy phải đặt trong ngoặc kép: \"\(f[1]),\(f[2])\"" : ""
        throw ChartCSVError(line: row.line, reason: "\(f.count) trường nhưng tiêu đề có 2 cột\(hint) (extra fields)")
      }
      // an empty value or a dash is "no data" (as `vusta stats --csv` writes it), not zero
      if ["", "—", "–", "-"].contains(f[1]) {
        missing.insert(labels.count)
        labels.append(f[0]); values.append(0)
        continue
      }
      guard let v = VietnameseNumber.parse(f[1]) else {
        throw ChartCSVError(line: row.line, reason: "\"\(f[1])\" không phải là số (is not a number)")
      }
      guard v >= 0 else { throw ChartCSVError(line: row.line, reason: "giá trị âm (negative value) \(f[1])") }
      // (a column is percentages or plain numbers: one "%" would make every plain number one)
      let isPercent = f[1].hasSuffix("%")
      if let first = percentSeen, first.isPercent != isPercent {
        throw ChartCSVError(line: row.line, reason: "\"\(f[1])\" \(isPercent ? "có" : "không có") dấu %, còn dòng \(first.line) "
          + "\(first.isPercent ? "có" : "không có"); cả cột phải cùng là tỷ lệ % hoặc cùng là số (mixed percentages and numbers)")
      }
      if percentSeen == nil { percentSeen = (row.line, isPercent) }
      if isPercent { percent = true }
      labels.append(f[0]); values.append(v)
    }
    let h = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    return ChartTable(title: title, labelHeader: h[0], labels: labels,
                      series: [ChartSeries(name: h[1], values: values, missing: missing)], unit: percent ? "%" : nil)
  }

  /// Splits CSV text into rows of fields with the line each row starts on. Quoted fields may
  /// hold separators, doubled quotes and line breaks.
  /// (`unclosed`: the line a quoted field opens on that no quote closes.)
  static func splitRows(_ text: String) -> (rows: [(line: Int, fields: [String])], unclosed: Int?) {
    // (a semicolon or a tab in the header is the separator: a comma there is part of a label,
    // "Tỉnh, thành phố;Số hội viên" as `vusta stats` and a Vietnamese spreadsheet write it)
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let sep: Character = firstLine.contains(";") ? ";" : firstLine.contains("\t") ? "\t" : ","
    var rows: [(Int, [String])] = []
    var fields: [String] = [], field = "", quoted = false, line = 1, start = 1
    var it = Array(text).makeIterator()
    var pending: Character? = nil
    var openedAt = 1
    func endRow() { fields.append(field); rows.append((start, fields)); fields = []; field = "" }
    while let ch = pending ?? it.next() {
      pending = nil
      if quoted {
        if ch == "\"" {
          if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } }
          else { quoted = false }
        } else {
          if ch == "\n" || ch == "\r\n" { line += 1 }
          field.append(ch)
        }
        continue
      }
      switch ch {
      case "\"" where field.isEmpty: quoted = true; openedAt = line
      case sep: fields.append(field); field = ""
      case "\n", "\r\n", "\r": endRow(); line += 1; start = line
      default: field.append(ch)
      }
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return (rows.map { (line: $0.0, fields: $0.1) }, quoted ? openedAt : nil)
  }
}
