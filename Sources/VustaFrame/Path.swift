//! Vector paths: lines, curves, rectangles and circles.

/// One step of a path.
public enum PathElement: Hashable, Sendable, Codable {
  case move(Point)
  case line(Point)
  /// A cubic Bézier curve through two control points to an end point.
  case cubic(Point, Point, Point)
  case close
}

/// A vector outline made of moves, lines and curves, in the coordinates of its item.
public struct Path: Hashable, Sendable, Codable {
  public var elements: [PathElement]
  /// A path from its elements (empty by default).
  public init(_ elements: [PathElement] = []) { self.elements = elements }

  /// Starts a new sub-path at p.
  public mutating func move(to p: Point) { elements.append(.move(p)) }
  /// Draws a straight line to p.
  public mutating func line(to p: Point) { elements.append(.line(p)) }
  /// Closes the current sub-path.
  public mutating func close() { elements.append(.close) }

  /// A rectangle.
  public static func rect(_ r: Rect) -> Path {
    Path([.move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
          .line(Point(r.minX, r.maxY)), .close])
  }
  /// A straight segment from a to b.
  public static func line(_ a: Point, _ b: Point) -> Path { Path([.move(a), .line(b)]) }
  /// A polyline through the points (not closed).
  public static func polyline(_ points: [Point]) -> Path {
    guard let first = points.first else { return Path() }
    return Path([.move(first)] + points.dropFirst().map { .line($0) })
  }
  /// A circle of radius r about c, as four cubic arcs.
  public static func circle(center c: Point, radius r: Double) -> Path {
    let k = 0.5522847498 * r
    return Path([
      .move(Point(c.x + r, c.y)),
      .cubic(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
      .cubic(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
      .cubic(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
      .cubic(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
      .close,
    ])
  }
  /// The bounding box of the path's points (control points included).
  public var bounds: Rect? {
    var xs: [Double] = [], ys: [Double] = []
    for e in elements {
      switch e {
      case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
      case .cubic(let a, let b, let c): xs += [a.x, b.x, c.x]; ys += [a.y, b.y, c.y]
      case .close: break
      }
    }
    guard let x0 = xs.min(), let y0 = ys.min() else { return nil }
    return Rect(x: x0, y: y0, width: xs.max()! - x0, height: ys.max()! - y0)
  }
}
