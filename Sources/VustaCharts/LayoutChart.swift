//! The chart layer's entry point: a spec and a measurer in, a Frame out.

import VustaFrame
import VustaModel

/// Lays out a chart as a Frame of `spec.size` points.
///
/// Pipeline: title, subtitle and legend from the top, the source note from the bottom
/// (`decorate`) → the body of the kind in what is left (`drawBody`), or "Không có số liệu"
/// when the table is empty or all zero. Pure: the same spec and measurer give the same Frame.
public func layoutChart(_ spec: ChartSpec, measurer: TextMeasurer) -> Frame {
  let canvas = ChartCanvas(size: spec.size, measurer: measurer, style: spec.style)
  let m = spec.style.margin
  let area = Rect(x: m, y: m, width: spec.size.width - 2 * m, height: spec.size.height - 2 * m)
  let table = spec.table
  var note = spec.note ?? table.note ?? ""
  var legend: [String] = []
  var mark = LegendMark.swatch
  switch spec.kind {
  case .column, .stackedBar:
    if table.series.count > 1 { legend = table.series.map(\.name) }
  case .line:
    if table.series.count > 1 { legend = table.series.map(\.name); mark = .line }
  case .tileMap(let d):
    let unplaced = table.labels.filter { Gazetteer.shared.resolve($0, in: d) == nil }
    if !unplaced.isEmpty && !table.isEmpty {
      let words = "Không có trên bản đồ: " + unplaced.joined(separator: ", ") + "."
      note = note.isEmpty ? words : note + " " + words
    }
  case .horizontalBar, .smallMultiples: break
  }
  let body = canvas.decorate(title: spec.title ?? table.title, subtitle: spec.subtitle, note: note,
                             legend: table.isEmpty ? [] : legend, mark: mark, in: area)
  if table.isEmpty {
    canvas.drawNoData(in: body)
  } else {
    canvas.drawBody(spec.kind, table, in: body)
  }
  return canvas.frame
}
