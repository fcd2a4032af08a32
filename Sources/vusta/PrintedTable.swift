import CSV
import Foundation

/// A table ready to print: a title, columns, rows and notes (coverage, division).
struct PrintedTable {
  enum Alignment { case left, right }

  struct Column {
    var header: String
    var alignment: Alignment
  }

  var title: String
  var columns: [Column]
  var rows: [[String]]
  /// Rows printed under a rule (totals).
  var footer: [[String]] = []
  /// Lines printed after the table ("Nguồn dữ liệu: …").
  var notes: [String] = []

  /// Width of a cell in terminal columns: one per grapheme cluster (Vietnamese letters with
  /// their marks are one column each).
  static func width(_ s: String) -> Int { s.count }

  /// Aligned text for a terminal.
  func terminal() -> String {
    let all = [columns.map(\.header)] + rows + footer
    var widths = columns.map { _ in 0 }
    for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], PrintedTable.width(c)) } }
    func line(_ r: [String]) -> String {
      r.enumerated().map { i, c in
        let pad = String(repeating: " ", count: max(0, widths[i] - PrintedTable.width(c)))
        return columns[i].alignment == .right ? pad + c : c + pad
      }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    let rule = String(repeating: "─", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
    var out = [title, "", line(columns.map(\.header)), rule] + rows.map(line)
    if !footer.isEmpty { out += [rule] + footer.map(line) }
    out += notes.isEmpty ? [] : [""] + notes
    return out.joined(separator: "\n") + "\n"
  }

  /// The text of a cell with no data (nothing was read for it): empty in CSV, never 0.
  static let noData = "chưa có số liệu"

  /// CSV for spreadsheet programs: UTF-8 with BOM, CRLF line ends, quoted where needed.
  /// Notes become `# …` rows after a blank row.
  func csv() -> String {
    let stream = OutputStream.toMemory()
    stream.open()
    guard let writer = try? CSVWriter(stream: stream, delimiter: ",", newline: .crlf) else { return "" }
    try? writer.write(row: columns.map(\.header))
    for r in rows + footer { try? writer.write(row: r.map { $0 == PrintedTable.noData ? "" : $0 }) }
    writer.stream.close()
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    var text = "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    if !notes.isEmpty { text += "\r\n" + notes.map { "\"# \($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: "\r\n") + "\r\n" }
    return text
  }
}
