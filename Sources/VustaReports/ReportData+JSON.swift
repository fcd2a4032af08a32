import Foundation

extension ReportData {
  /// The year's numbers as a template sees them, as JSON (`vusta report --formats json`): every
  /// named value with its printed text and its number, and every table with its rows (each cell's
  /// text, number and link). Keys sorted, so the same store gives the same bytes; a cell with no
  /// data has text "—" and number null. For other tools, and for the Typst peer of the benchmarks.
  public func json() throws -> [UInt8] {
    func cell(_ c: Cell) -> [String: Any] {
      var out: [String: Any] = ["text": c.text, "number": c.known.map { $0 as Any } ?? NSNull()]
      if let l = c.link { out["link"] = l }
      return out
    }
    let root: [String: Any] = [
      "year": year, "division": division == .new34 ? "34" : "63", "province": province.map { $0 as Any } ?? NSNull(),
      "hasData": hasData,
      "values": values.mapValues(cell),
      "datasets": datasets.mapValues { $0.rows.map { $0.mapValues(cell) } },
    ]
    let data = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return Array(data) + [UInt8(ascii: "\n")]
  }
}
