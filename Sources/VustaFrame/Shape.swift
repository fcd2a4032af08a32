//! Filled and stroked paths.

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable, Codable {
  public var color: Color
  /// Line width in points.
  public var width: Double
  /// Dash lengths in points, alternating on and off; empty for a solid line.
  public var dash: [Double]
  /// Line ends: butt (default), round or square.
  public var cap: LineCap
  /// A stroke of a colour and width, optionally dashed.
  public init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .butt) {
    self.color = color; self.width = width; self.dash = dash; self.cap = cap
  }
}

/// The shape of a stroked line's ends.
public enum LineCap: String, Hashable, Sendable, Codable { case butt, round, square }

/// A path with an optional fill and an optional stroke (fill is drawn first).
public struct Shape: Hashable, Sendable, Codable {
  public var path: Path
  public var fill: Color?
  public var stroke: Stroke?
  /// A shape from a path, a fill and a stroke.
  public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
    self.path = path; self.fill = fill; self.stroke = stroke
  }
}
