import Foundation
import VustaCairo
import VustaCharts
import VustaFrame
import VustaModel
import VustaPipeline
import VustaStats
import VustaStore

/// The dashboard's charts as inline SVG, drawn by the chart layer (VustaCharts → VustaCairo)
/// from the statistics, kept until the store changes (`Store.changeStamp`).
final class ChartCache: Sendable {
  /// Exact per stamp (the dashboard's body, drawn from these, is the cache that may lag).
  private let cache = StampedCache<[InlineChart]>(maxStale: 0, minInterval: 0)

  /// The store was changed through this server: draw again on the next request.
  func invalidate() { cache.invalidate() }

  /// The charts of a year in a division, drawn again when `stamp` changed.
  func charts(year: Int, division: Division, stamp: String, stats: Statistics) throws -> [InlineChart] {
    try cache.value("\(year)/\(division.rawValue)", stamp: stamp) {
      let measurer = PangoTextMeasurer()
      var out: [InlineChart] = []
      for (n, name) in [ChartName.tileMap, .meetingsByMonth, .meetingsByKind, .citationsByDirective].enumerated() {
        let table = try ChartStatsSource.table(for: name, year: year, division: division, stats: stats)
        let spec = ChartSpec(kind: name.kind(division: division), table: table, size: nil,
                             subtitle: table.unit.map { "Đơn vị: \($0)" })
        let svg = try renderSVG(Page(frame: layoutChart(spec, measurer: measurer)))
        out.append(InlineChart(name: name.rawValue, title: table.title,
                               svg: InlineSVG.prepare(String(decoding: svg, as: UTF8.self), prefix: "c\(n)-")))
      }
      return out
    }
  }
}

/// A chart ready to put in a page: its name, title and SVG markup.
struct InlineChart {
  var name: String
  var title: String
  var svg: String
}

/// Makes Cairo's SVG documents safe to inline several to a page: the XML declaration goes and
/// every id (glyphs, clips, patterns) gets a per-chart prefix, with the references to it.
enum InlineSVG {
  static func prepare(_ svg: String, prefix: String) -> String {
    var s = svg
    if let r = s.range(of: "<svg") { s = String(s[r.lowerBound...]) }
    s = s.replacingOccurrences(of: "id=\"", with: "id=\"\(prefix)")
    s = s.replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
    s = s.replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
    // a chart says what it is to screen readers
    s = s.replacingOccurrences(of: "<svg ", with: "<svg role=\"img\" ", options: [], range: s.range(of: "<svg "))
    return s
  }
}
