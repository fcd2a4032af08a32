import ArgumentParser
import Foundation
import VustaModel

/// `vusta provinces`: the gazetteer — 63 pre-2025 units, 34 post-2025 units, the mapping.
struct ProvincesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "provinces",
    abstract: "Danh mục tỉnh, thành phố: 63 đơn vị trước 1/7/2025, 34 đơn vị từ 1/7/2025, và bảng chuyển đổi.")

  @Option(help: "Dạng in ra: table hoặc json (output format).")
  var format: OutputFormat = .table

  struct Row: Encodable {
    var code: String
    var system: String
    var name: String
    var official: String
    var mergedInto: String?
    var formedFrom: [String]?
    var aliases: [String]
    var ambiguous: [String]
  }

  func run() throws {
    let g = Gazetteer.shared
    let code = { (n: Int) in String(format: "%02d", n) }
    let rows: [Row] =
      g.old.map {
        Row(code: code($0.code), system: "old", name: $0.name, official: $0.official,
            mergedInto: g.newUnit(containing: $0).map { "\(code($0.code)) \($0.name)" }, formedFrom: nil,
            aliases: $0.aliases, ambiguous: $0.ambiguous)
      }
      + g.new.map {
        Row(code: code($0.code), system: "new", name: $0.name, official: $0.official, mergedInto: nil,
            formedFrom: $0.formedFrom.compactMap { g.unit(code: $0, in: .old63) }.map { "\(code($0.code)) \($0.name)" },
            aliases: $0.aliases, ambiguous: $0.ambiguous)
      }
    switch format {
    case .json:
      let e = JSONEncoder()
      e.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
      Stdout.write(try e.encode(["units": rows]) + Data("\n".utf8))
    case .table:
      var lines: [[String]] = [["Mã", "Hệ", "Tên", "Thuộc/Hợp thành"]]
      for r in rows {
        lines.append([r.code, r.system == "old" ? "63 (cũ)" : "34 (mới)", r.name,
                      r.mergedInto.map { "→ \($0)" } ?? "← " + (r.formedFrom ?? []).joined(separator: ", ")])
      }
      print(TextTable.render(lines), terminator: "")
      print("Tên dễ nhầm cần ngữ cảnh: " + g.distrusted.map(\.form).joined(separator: "; "))
    }
  }
}

/// Aligns rows of text in columns, counting each Vietnamese letter as one column.
enum TextTable {
  static func render(_ rows: [[String]]) -> String {
    let cols = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: cols)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    var out = ""
    for (n, r) in rows.enumerated() {
      var line = ""
      for (i, c) in r.enumerated() {
        line += c
        if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - c.count + 2) }
      }
      out += line + "\n"
      if n == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
    }
    return out
  }
}
