//! How line-chart series differ beyond colour: dash patterns and marker shapes.

import VustaFrame

/// Per-series dashes and markers, so lines stay apart in greyscale.
enum LineStyle {
  /// The dash pattern of series i (solid for the first).
  static func dash(_ i: Int) -> [Double] {
    [[], [5, 2.5], [1.5, 2], [6, 2, 1.5, 2]][i % 4]
  }
}

extension ChartCanvas {
  /// Draws the marker of series i (circle, square, triangle, diamond) centred at p.
  func marker(_ i: Int, at p: Point, radius r: Double = 2.8) {
    let c = style.color(i)
    let path: Path
    switch i % 4 {
    case 0: path = .circle(center: p, radius: r)
    case 1: path = .rect(Rect(x: p.x - r * 0.9, y: p.y - r * 0.9, width: r * 1.8, height: r * 1.8))
    case 2:
      path = Path([.move(Point(p.x, p.y - r * 1.1)), .line(Point(p.x + r, p.y + r * 0.8)),
                   .line(Point(p.x - r, p.y + r * 0.8)), .close])
    default:
      path = Path([.move(Point(p.x, p.y - r * 1.2)), .line(Point(p.x + r * 1.1, p.y)),
                   .line(Point(p.x, p.y + r * 1.2)), .line(Point(p.x - r * 1.1, p.y)), .close])
    }
    frame.add(Shape(path: path, fill: c, stroke: Stroke(color: .white, width: 0.8)))
  }
}
