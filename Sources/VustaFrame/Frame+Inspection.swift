//! Reading a frame back: where each text box and shape landed on the page.

/// A text run found in a frame, with its box in the outer frame's coordinates.
public struct PlacedText: Hashable, Sendable {
  public var text: String
  public var font: FontSpec
  /// The run's bounding box after every enclosing translation and transform.
  public var box: Rect
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
        out.append(PlacedText(text: run.text, font: run.font, box: t.apply(run.bounds)))
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
