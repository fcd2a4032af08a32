//! A frame under construction plus the measurer and style: the drawing vocabulary charts use.

import VustaFrame

/// Horizontal placement of a text relative to its x.
enum HAlign { case start, center, end }
/// Vertical placement of a text relative to its y.
enum VAlign { case top, middle, baseline, bottom }

/// Builds one chart's Frame: shapes and measured text runs, nothing else.
final class ChartCanvas {
  let measurer: TextMeasurer
  let style: ChartStyle
  var frame: Frame

  init(size: Size, measurer: TextMeasurer, style: ChartStyle) {
    self.measurer = measurer; self.style = style; frame = Frame(size: size)
  }

  /// Width of a text in a font.
  func width(_ s: String, _ font: FontSpec) -> Double { measurer.measure(s, font: font).width }

  /// The height one line of a font takes (ascent + descent).
  func lineHeight(_ font: FontSpec) -> Double { measurer.measure("Ág", font: font).height }

  /// Fills (and optionally strokes) a rectangle.
  func rect(_ r: Rect, fill: Color?, stroke: Stroke? = nil) {
    frame.add(Shape(path: .rect(r), fill: fill, stroke: stroke))
  }

  /// Strokes a segment.
  func line(_ a: Point, _ b: Point, color: Color, width: Double = 0.5, dash: [Double] = []) {
    frame.add(Shape(path: .line(a, b), stroke: Stroke(color: color, width: width, dash: dash)))
  }

  /// Places one line of text aligned at (x, y); returns its box.
  @discardableResult
  func text(_ s: String, _ font: FontSpec, x: Double, y: Double, h: HAlign = .start,
            v: VAlign = .baseline, color: Color? = nil) -> Rect {
    let run = measurer.run(s, font: font, color: color ?? style.text)
    let m = run.metrics
    let x0: Double = h == .start ? x : h == .center ? x - m.width / 2 : x - m.width
    let base: Double
    switch v {
    case .baseline: base = y
    case .top: base = y + m.ascent
    case .bottom: base = y - m.descent
    case .middle: base = y + (m.ascent - m.descent) / 2
    }
    frame.add(run, baseline: Point(x0, base))
    return Rect(x: x0, y: base - m.ascent, width: m.width, height: m.height)
  }

  /// Places one line of text rotated by `degrees` (negative is counter-clockwise, as axis
  /// labels read upwards), its end (right) anchored at (x, y) and vertically centred there.
  @discardableResult
  func rotatedText(_ s: String, _ font: FontSpec, x: Double, y: Double, degrees: Double,
                   color: Color? = nil) -> Rect {
    let run = measurer.run(s, font: font, color: color ?? style.text)
    var inner = Frame(size: Size(run.metrics.width, run.metrics.height))
    let m = run.metrics
    inner.add(run, baseline: Point(-m.width, (m.ascent - m.descent) / 2))
    let t = Transform.rotate(degrees: degrees)
    frame.add(.group(Group(frame: inner, transform: t)), at: Point(x, y))
    let box = Rect(x: -m.width, y: -m.height / 2, width: m.width, height: m.height)
    return Transform.translate(x, y).concatenating(t).apply(box)
  }

  /// Places several lines centred or aligned in a column starting at top y; returns the box.
  @discardableResult
  func lines(_ ls: [String], _ font: FontSpec, x: Double, top: Double, h: HAlign,
             color: Color? = nil) -> Rect {
    let lh = lineHeight(font)
    var box: Rect?
    for (i, l) in ls.enumerated() {
      let b = text(l, font, x: x, y: top + Double(i) * lh, h: h, v: .top, color: color)
      box = box.map { union($0, b) } ?? b
    }
    return box ?? Rect(x: x, y: top, width: 0, height: 0)
  }

  /// Draws hatching inside a rectangle (pattern by series index; index 0 has none) so series
  /// differ in greyscale as well as in colour.
  func hatch(_ r: Rect, series: Int, over fill: Color, ink custom: Color? = nil) {
    let kind = series % 5
    guard kind != 0, r.width > 1, r.height > 1 else { return }
    let ink = custom ?? (fill.luminance > 0.4 ? Color(hex: 0x000000, alpha: 0.4) : Color(hex: 0xFFFFFF, alpha: 0.7))
    var p = Path()
    let gap = 4.0
    let w = r.width, h = r.height
    func diagonal(_ sign: Double) {
      var k = -h
      while k < w + h {
        if sign > 0 { p.move(to: Point(k, h)); p.line(to: Point(k + h, 0)) }
        else { p.move(to: Point(k, 0)); p.line(to: Point(k + h, h)) }
        k += gap
      }
    }
    switch kind {
    case 1: diagonal(1)
    case 2: var y = gap / 2; while y < h { p.move(to: Point(0, y)); p.line(to: Point(w, y)); y += gap }
    case 3: diagonal(-1)
    default: diagonal(1); diagonal(-1)
    }
    var inner = Frame(size: r.size)
    inner.add(Shape(path: p, stroke: Stroke(color: ink, width: 0.6)))
    frame.add(.group(Group(frame: inner, clip: true)), at: r.origin)
  }

  /// A colour swatch (with hatching) for legends.
  func swatch(_ r: Rect, series: Int) {
    let c = style.color(series)
    rect(r, fill: c)
    hatch(r, series: series, over: c)
  }
}

/// The smallest rectangle holding both.
func union(_ a: Rect, _ b: Rect) -> Rect {
  let x0 = min(a.minX, b.minX), y0 = min(a.minY, b.minY)
  return Rect(x: x0, y: y0, width: max(a.maxX, b.maxX) - x0, height: max(a.maxY, b.maxY) - y0)
}

extension Array {
  /// The element at i, or nil past the end.
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
