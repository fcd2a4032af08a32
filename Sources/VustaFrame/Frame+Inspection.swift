//! Reading a frame back: where each text box and shape landed on the page.

/// A text run found in a frame, with its box in the outer frame's coordinates.
public struct PlacedText: Hashable, Sendable {
  public var text: String
  public var font: FontSpec
  /// The run's bounding box after every enclosing translation and transform.
  public var box: Rect
  /// The run's four corners after every transform (a rotated label is a rotated quad).
  public var quad: [Point]

  /// True when the two runs' quads share interior area (separating-axis test), so rotated
  /// labels whose bounding boxes touch but whose letters do not are told apart.
  public func overlaps(_ other: PlacedText, margin: Double = 0.01) -> Bool {
    guard box.insetBy(margin).intersects(other.box.insetBy(margin)) else { return false }
    for poly in [quad, other.quad] {
      for i in 0..<4 {
        let a = poly[i], b = poly[(i + 1) % 4]
        let nx = -(b.y - a.y), ny = b.x - a.x
        let len = (nx * nx + ny * ny).squareRoot()
        guard len > 0 else { continue }
        let p1 = quad.map { ($0.x * nx + $0.y * ny) / len }, p2 = other.quad.map { ($0.x * nx + $0.y * ny) / len }
        if p1.max()! - margin <= p2.min()! + margin || p2.max()! - margin <= p1.min()! + margin { return false }
      }
    }
    return true
  }
}

/// A shape found in a frame, with its path's bounding box in the outer frame's coordinates.
public struct PlacedShape: Hashable, Sendable {
  public var shape: Shape
  public var box: Rect
}

extension Frame {
  /// Every text run, in painting order, with its box on this frame.
  public func placedTexts() -> [PlacedText] {
    var out: [PlacedText] = []
    walk(.identity) { item, t in
      if case .text(let run) = item {
        let b = run.bounds
        let quad = [Point(b.minX, b.minY), Point(b.maxX, b.minY), Point(b.maxX, b.maxY), Point(b.minX, b.maxY)]
        out.append(PlacedText(text: run.text, font: run.font, box: t.apply(b), quad: quad.map(t.apply)))
      }
    }
    return out
  }

  /// Every shape, in painting order, with its bounding box on this frame.
  public func placedShapes() -> [PlacedShape] {
    var out: [PlacedShape] = []
    walk(.identity) { item, t in
      if case .shape(let s) = item, let b = s.path.bounds {
        out.append(PlacedShape(shape: s, box: t.apply(b)))
      }
    }
    return out
  }

  /// Calls `visit` for every leaf item with the transform from its coordinates to this frame's.
  public func walk(_ outer: Transform, _ visit: (FrameItem, Transform) -> Void) {
    for p in items {
      let t = outer.concatenating(.translate(p.position.x, p.position.y))
      switch p.item {
      case .group(let g): g.frame.walk(t.concatenating(g.transform), visit)
      case .tagged(_, let f): f.walk(t, visit)
      default: visit(p.item, t)
      }
    }
  }
}
