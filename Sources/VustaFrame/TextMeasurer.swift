//! The one way charts and layout learn how big text is.

/// Measures and breaks text the way the backend will draw it. Production uses Pango
/// (`PangoTextMeasurer` in VustaCairo); tests use `FixedWidthMeasurer`.
///
/// Layout calls this, then places `TextRun`s; the backend never re-breaks lines.
public protocol TextMeasurer: AnyObject {
  /// The advance width, ascent and descent of one line of text in a font.
  func measure(_ text: String, font: FontSpec) -> TextMetrics
  /// Breaks a paragraph into lines no wider than `width` points (at spaces, or inside a
  /// word only when one word alone is wider). Returns at least one line.
  func lines(_ text: String, font: FontSpec, width: Double) -> [String]
}

// MARK: - Default implementations

extension TextMeasurer {
  /// A measured run of text, ready to place.
  public func run(_ text: String, font: FontSpec, color: Color = .black) -> TextRun {
    TextRun(text: text, font: font, color: color, metrics: measure(text, font: font))
  }
}
