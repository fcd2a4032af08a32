//! A predictable measurer for tests: every character has the same advance.

/// Measures every character (grapheme) as `advance` × font size wide, with ascent 0.8 and
/// descent 0.2 of the size; breaks lines greedily at spaces. Deterministic and fast, it
/// lets tests assert on Frames without fonts.
public final class FixedWidthMeasurer: TextMeasurer {
  /// Advance per character as a fraction of the font size.
  public let advance: Double
  /// A measurer with an advance of `advance` em per character (0.6 by default).
  public init(advance: Double = 0.6) { self.advance = advance }

  /// See `TextMeasurer.measure`.
  public func measure(_ text: String, font: FontSpec) -> TextMetrics {
    TextMetrics(width: Double(text.count) * advance * font.size * (font.bold ? 1.1 : 1),
                ascent: 0.8 * font.size, descent: 0.2 * font.size)
  }

  /// See `TextMeasurer.lines`.
  public func lines(_ text: String, font: FontSpec, width: Double) -> [String] {
    greedyLines(text, width: width) { measure($0, font: font).width }
  }
}

/// Greedy line breaking at spaces with a width function; a word wider than the line is
/// split between characters. Shared by measurers that have no paragraph engine of their own.
public func greedyLines(_ text: String, width: Double, measure: (String) -> Double) -> [String] {
  var lines: [String] = []
  var current = ""
  for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
    let candidate = current.isEmpty ? word : current + " " + word
    if measure(candidate) <= width || current.isEmpty && measure(word) <= width {
      current = candidate
      continue
    }
    if !current.isEmpty { lines.append(current); current = "" }
    if measure(word) <= width { current = word; continue }
    var piece = ""
    for ch in word {
      if !piece.isEmpty && measure(piece + String(ch)) > width { lines.append(piece); piece = "" }
      piece.append(ch)
    }
    current = piece
  }
  lines.append(current)
  return lines
}
