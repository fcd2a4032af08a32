//! How large a figure is drawn in a region: at the text width, shrunk proportionally (down to
//! a floor that keeps its smallest text legible) to stay on a page that has room for most of
//! it, shrunk further only on an empty page, which it must fit anyway.

import VustaFrame

/// How far a figure may shrink to stay on a page that already has something on it.
public struct FigureShrink: Hashable, Sendable {
  /// The smallest share of its natural size a figure may take (0.75: three quarters).
  public var minimumScale: Double
  /// The smallest text size, in points, the figure's smallest text may be shrunk to.
  public var minimumTextSize: Double

  /// A floor of `minimumScale` of the natural size and `minimumTextSize` points of text.
  public init(minimumScale: Double = 0.75, minimumTextSize: Double = 6) {
    self.minimumScale = minimumScale; self.minimumTextSize = minimumTextSize
  }

  /// The smallest scale allowed for `content`: the larger of `minimumScale` and the scale
  /// that brings its smallest text down to `minimumTextSize` (a chart whose smallest text is
  /// 7 pt shrinks to 6/7 at most).
  public func floor(for content: Frame) -> Double {
    guard let smallest = content.placedTexts().map(\.font.size).min(), smallest > 0 else { return minimumScale }
    return min(1, max(minimumScale, minimumTextSize / smallest))
  }
}

/// The scale of a figure `natural` points large with `below` points under it (the caption),
/// drawn at most `maxWidth` wide in `region`; nil when it must wait for the next page.
/// - Throws: `LayoutError.doesNotFit` when even an empty page holds less than 0.3 of it.
func figureScale(natural: Size, below: Double, maxWidth: Double, floor: Double, region: Region,
                 name: String) throws -> Double? {
  let scale = min(1, maxWidth / natural.width)
  let room = region.height - below
  if natural.height * scale <= room + 0.01 { return scale }
  let fitting = room / natural.height
  // Shrunk proportionally to stay here when the loss is small; else the next page.
  if fitting >= scale * floor { return fitting }
  guard region.isFresh else { return nil }
  guard fitting > 0.3 else { throw LayoutError.doesNotFit(name, width: region.width, height: region.height) }
  return fitting
}
