//! Fonts and positioned runs of text.

/// A font request: family, size in points, bold and italic.
public struct FontSpec: Hashable, Sendable, Codable {
  /// A fontconfig family name such as "DejaVu Sans" or "Liberation Serif".
  public var family: String
  /// Size in points.
  public var size: Double
  public var bold: Bool
  public var italic: Bool
  /// A font of a family and size.
  public init(family: String, size: Double, bold: Bool = false, italic: Bool = false) {
    self.family = family; self.size = size; self.bold = bold; self.italic = italic
  }
  /// The same font at another size.
  public func sized(_ s: Double) -> FontSpec { var f = self; f.size = s; return f }
  /// The same font in bold.
  public var emboldened: FontSpec { var f = self; f.bold = true; return f }
}

/// Measures of one line of text, in points.
public struct TextMetrics: Hashable, Sendable, Codable {
  /// Advance width of the line.
  public var width: Double
  /// Height above the baseline (positive).
  public var ascent: Double
  /// Depth below the baseline (positive).
  public var descent: Double
  /// Metrics from their parts.
  public init(width: Double, ascent: Double, descent: Double) {
    self.width = width; self.ascent = ascent; self.descent = descent
  }
  /// ascent + descent.
  public var height: Double { ascent + descent }
}

/// One line of text, already measured and placed: the backend draws it as is and never
/// breaks lines. Its item position is the left end of the baseline.
public struct TextRun: Hashable, Sendable, Codable {
  public var text: String
  public var font: FontSpec
  public var color: Color
  /// What the measurer said when layout placed the run (for boxes, links and tests).
  public var metrics: TextMetrics
  /// When set, the backend stretches the run's spaces so that it spans exactly this many
  /// points (justified text); nil draws the run at its natural width.
  public var justifiedWidth: Double?
  /// A run of text in a font and colour, with the metrics layout measured.
  public init(text: String, font: FontSpec, color: Color = .black, metrics: TextMetrics,
              justifiedWidth: Double? = nil) {
    self.text = text; self.font = font; self.color = color; self.metrics = metrics
    self.justifiedWidth = justifiedWidth
  }
  /// The box the run covers, relative to its baseline origin.
  public var bounds: Rect {
    Rect(x: 0, y: -metrics.ascent, width: metrics.width, height: metrics.height)
  }
}
