//! What to draw: a chart kind, its table, its size and its words.

import VustaFrame
import VustaModel

/// The kinds of chart the product draws.
public indirect enum ChartKind: Hashable, Sendable {
  /// Horizontal bars sorted from largest, with value labels (long category names).
  case horizontalBar
  /// Vertical columns; grouped side by side when the table has several series.
  case column
  /// Horizontal bars with one segment per series, sorted by total.
  case stackedBar
  /// Lines with markers over ordered labels (months), one line per series.
  case line
  /// A grid cartogram of Vietnam: one tile per unit of the division, coloured by value.
  case tileMap(Division)
  /// One small panel of `of` per series of the table, sharing one scale.
  case smallMultiples(of: ChartKind)
}

/// A chart request: kind, data, size in points and the words around it.
public struct ChartSpec: Hashable, Sendable {
  public var kind: ChartKind
  public var table: ChartTable
  /// The whole chart's size in points (see `Size.pixels` for Word's pixel sizes).
  public var size: Size
  /// The title; the table's title when nil.
  public var title: String?
  /// A line under the title (year, division, unit).
  public var subtitle: String?
  /// The source/coverage line at the bottom; the table's note when nil.
  public var note: String?
  public var style: ChartStyle

  /// A chart of a table; size defaults to a size suited to the kind and row count.
  public init(kind: ChartKind, table: ChartTable, size: Size? = nil, title: String? = nil,
              subtitle: String? = nil, note: String? = nil, style: ChartStyle = ChartStyle()) {
    self.kind = kind; self.table = table
    self.size = size ?? ChartSpec.defaultSize(kind: kind, rows: table.labels.count, series: table.series.count)
    self.title = title; self.subtitle = subtitle; self.note = note; self.style = style
  }

  /// A size that fits A4 text width (16 cm) and keeps every label at 7 pt or more:
  /// tall for many bars and for the tile map, 4:3 otherwise.
  public static func defaultSize(kind: ChartKind, rows: Int, series: Int) -> Size {
    switch kind {
    case .horizontalBar, .stackedBar:
      return Size.pixels(600, max(450, Double(rows) * 13 + 150))
    case .tileMap(let d):
      return d == .old63 ? Size.pixels(600, 960) : Size.pixels(600, 800)
    case .smallMultiples(let base):
      if case .tileMap = base { return Size.pixels(900, 960) }
      let panelsDown = Int((Double(series) / 2).rounded(.up))
      return Size.pixels(600, max(450, Double(panelsDown) * 220 + 110))
    case .column, .line:
      return Size.pixels(600, 450)
    }
  }
}
