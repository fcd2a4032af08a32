//! Fonts, sizes and colours of charts: legible in print, distinct for colour-blind readers
//! and in greyscale.

import VustaFrame

/// The look of a chart. Sizes are points at print size; nothing is drawn under `minimumSize`.
public struct ChartStyle: Hashable, Sendable {
  /// The chart font family (a sans with full Vietnamese coverage).
  public var family = "DejaVu Sans"
  public var titleSize = 12.0
  public var subtitleSize = 9.0
  public var labelSize = 8.0
  public var tickSize = 7.5
  public var valueSize = 7.5
  public var noteSize = 7.0
  public var legendSize = 8.0
  /// The smallest text allowed at print size.
  public var minimumSize = 7.0
  /// Space around the chart.
  public var margin = 10.0
  public var text = Color(hex: 0x1A1A1A)
  public var mutedText = Color(hex: 0x4D4D4D)
  public var axis = Color(hex: 0x4D4D4D)
  public var grid = Color(hex: 0xD9D9D9)
  /// Series colours: Okabe-Ito, in an order whose neighbours differ in lightness.
  public var palette: [Color] = OkabeIto.seriesOrder

  /// The default style.
  public init() {}

  /// A font of the chart family.
  public func font(_ size: Double, bold: Bool = false) -> FontSpec {
    FontSpec(family: family, size: max(size, minimumSize), bold: bold)
  }
  /// The colour of series `i` (cycling).
  public func color(_ i: Int) -> Color { palette[i % palette.count] }
}

/// The Okabe-Ito palette (Okabe & Ito 2008), told apart by readers with any common colour
/// vision deficiency.
public enum OkabeIto {
  public static let black = Color(hex: 0x000000)
  public static let orange = Color(hex: 0xE69F00)
  public static let skyBlue = Color(hex: 0x56B4E9)
  public static let bluishGreen = Color(hex: 0x009E73)
  public static let yellow = Color(hex: 0xF0E442)
  public static let blue = Color(hex: 0x0072B2)
  public static let vermillion = Color(hex: 0xD55E00)
  public static let reddishPurple = Color(hex: 0xCC79A7)
  /// The order series take: dark blue first, then alternating light and dark.
  public static let seriesOrder = [blue, orange, bluishGreen, skyBlue, vermillion, yellow, reddishPurple, black]
}

/// A sequential single-hue blue ramp (light → dark) for the tile map: lightness alone carries
/// the order, so it reads in greyscale and for colour-blind readers.
public enum SequentialBlues {
  public static let steps: [Color] = [0xDEEBF7, 0xB3D3EA, 0x6BAED6, 0x3182BD, 0x08519C].map { Color(hex: $0) }
}
