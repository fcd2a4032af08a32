//! Points, sizes, rectangles and affine transforms in PostScript points (1/72 inch), y down.

/// A position in points; y grows downwards, as on a page.
public struct Point: Hashable, Sendable, Codable {
  public var x: Double
  public var y: Double
  /// A point at (x, y).
  public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
  /// The origin.
  public static let zero = Point(0, 0)
}

/// A width and a height in points.
public struct Size: Hashable, Sendable, Codable {
  public var width: Double
  public var height: Double
  /// A size of width × height points.
  public init(_ width: Double, _ height: Double) { self.width = width; self.height = height }
  /// A size given in CSS pixels (1/96 inch), as people size pictures in Word.
  public static func pixels(_ width: Double, _ height: Double) -> Size {
    Size(width * 0.75, height * 0.75)
  }
  /// ISO A4 portrait, 210 × 297 mm.
  public static let a4 = Size(595.2756, 841.8898)
  /// ISO A5 portrait, 148 × 210 mm.
  public static let a5 = Size(419.5276, 595.2756)
}

/// An axis-aligned rectangle: origin (top-left) and size.
public struct Rect: Hashable, Sendable, Codable {
  public var origin: Point
  public var size: Size
  /// A rectangle from its top-left corner and size.
  public init(x: Double, y: Double, width: Double, height: Double) {
    origin = Point(x, y); size = Size(width, height)
  }
  public var minX: Double { origin.x }
  public var minY: Double { origin.y }
  public var maxX: Double { origin.x + size.width }
  public var maxY: Double { origin.y + size.height }
  public var width: Double { size.width }
  public var height: Double { size.height }

  /// True when the two rectangles share interior area (touching edges do not count).
  public func intersects(_ other: Rect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }
  /// True when `other` lies inside this rectangle, allowing `tolerance` points of slack.
  public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
    other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
      && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
  }
  /// The rectangle moved by (dx, dy).
  public func offsetBy(_ dx: Double, _ dy: Double) -> Rect {
    Rect(x: minX + dx, y: minY + dy, width: width, height: height)
  }
  /// The rectangle grown by `d` points on every side (shrunk when negative).
  public func insetBy(_ d: Double) -> Rect {
    Rect(x: minX + d, y: minY + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
  }
}

/// An affine transform: x' = a·x + c·y + tx, y' = b·x + d·y + ty (Cairo's and PDF's order).
public struct Transform: Hashable, Sendable, Codable {
  public var a, b, c, d, tx, ty: Double
  /// A transform from its six coefficients.
  public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
    self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
  }
  /// The transform that changes nothing.
  public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)
  /// A translation by (x, y).
  public static func translate(_ x: Double, _ y: Double) -> Transform {
    Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
  }
  /// A scaling by (sx, sy).
  public static func scale(_ sx: Double, _ sy: Double) -> Transform {
    Transform(a: sx, b: 0, c: 0, d: sy, tx: 0, ty: 0)
  }
  /// A rotation by `degrees`, clockwise on the page (y down), about the origin.
  public static func rotate(degrees: Double) -> Transform {
    let r = degrees * Double.pi / 180
    let cs = cos(r), sn = sin(r)
    return Transform(a: cs, b: sn, c: -sn, d: cs, tx: 0, ty: 0)
  }
  /// `self` applied after `first`: (self ∘ first)(p) = self(first(p)).
  public func concatenating(_ first: Transform) -> Transform {
    Transform(
      a: a * first.a + c * first.b, b: b * first.a + d * first.b,
      c: a * first.c + c * first.d, d: b * first.c + d * first.d,
      tx: a * first.tx + c * first.ty + tx, ty: b * first.tx + d * first.ty + ty)
  }
  /// The image of a point.
  public func apply(_ p: Point) -> Point {
    Point(a * p.x + c * p.y + tx, b * p.x + d * p.y + ty)
  }
  /// The axis-aligned bounding box of a transformed rectangle.
  public func apply(_ r: Rect) -> Rect {
    let ps = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.minX, r.maxY), Point(r.maxX, r.maxY)]
      .map(apply)
    let xs = ps.map(\.x), ys = ps.map(\.y)
    let x0 = xs.min()!, y0 = ys.min()!
    return Rect(x: x0, y: y0, width: xs.max()! - x0, height: ys.max()! - y0)
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
