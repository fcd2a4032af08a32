//! Page templates: paper, margins and the furniture (page numbers, running header and
//! footer) drawn once the number of pages is known.

import VustaFrame

/// Margins in points.
public struct Margins: Hashable, Sendable {
  public var top, bottom, left, right: Double
  /// Margins in millimetres.
  public init(mm top: Double, _ bottom: Double, _ left: Double, _ right: Double) {
    let k = 72 / 25.4
    self.top = top * k; self.bottom = bottom * k; self.left = left * k; self.right = right * k
  }
}

/// Where a template prints page numbers.
public enum PageNumbering: Hashable, Sendable {
  /// Nghị định 30: the bare number centred in the top margin, from page 2 on.
  case topCentreFromSecond
  /// "Trang x/y" at the right of the footer on every page.
  case footerOfTotal
  case none
}

/// A page of a size with margins and furniture.
public struct PageTemplate: Hashable, Sendable {
  public var name: String
  public var size: Size
  public var margins: Margins
  public var numbering: PageNumbering
  /// Text at the left of the footer (document title, province), or empty.
  public var footerText: String
  /// Text at the top of pages after the first (running header), or empty.
  public var headerText: String

  /// A template from its parts.
  public init(name: String, size: Size, margins: Margins, numbering: PageNumbering, footerText: String = "",
              headerText: String = "") {
    self.name = name; self.size = size; self.margins = margins; self.numbering = numbering
    self.footerText = footerText; self.headerText = headerText
  }

  /// The content area.
  public var content: Rect {
    Rect(x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
         height: size.height - margins.top - margins.bottom)
  }

  /// A4 portrait, Nghị định 30/2020: margins 20/20/30/15 mm, number top centre from page 2.
  public static let a4Administrative = PageTemplate(
    name: "a4-hanh-chinh", size: .a4, margins: Margins(mm: 20, 20, 30, 15), numbering: .topCentreFromSecond)
  /// A4 landscape for wide tables: same margins turned with the page, numbered the same way.
  public static let a4Landscape = PageTemplate(
    name: "a4-ngang", size: Size(Size.a4.height, Size.a4.width), margins: Margins(mm: 20, 20, 20, 20),
    numbering: .topCentreFromSecond)
  /// A4 portrait with "Trang x/y" in the footer (province briefs).
  public static let a4Brief = PageTemplate(
    name: "a4-tom-tat", size: .a4, margins: Margins(mm: 20, 20, 25, 15), numbering: .footerOfTotal)
  /// A5 portrait for handouts: narrow margins, "Trang x/y" in the footer.
  public static let a5 = PageTemplate(
    name: "a5", size: .a5, margins: Margins(mm: 12, 14, 14, 12), numbering: .footerOfTotal)

  /// The built-in templates by name.
  public static let builtIn: [String: PageTemplate] = Dictionary(
    uniqueKeysWithValues: [a4Administrative, a4Landscape, a4Brief, a5].map { ($0.name, $0) })

  /// The furniture of page `number` of `count`: page number, running header and footer,
  /// in the margins (never in the content area).
  public func furniture(page number: Int, of count: Int, style: DocumentStyle, measurer: TextMeasurer) -> Frame {
    var f = Frame(size: size)
    let font = FontSpec(family: style.family, size: numbering == .topCentreFromSecond ? 13 : 10)
    let small = FontSpec(family: style.family, size: 9, italic: true)
    switch numbering {
    case .topCentreFromSecond where number > 1:
      let run = measurer.run("\(number)", font: font)
      f.add(run, baseline: Point((size.width - run.metrics.width) / 2, margins.top / 2 + run.metrics.ascent / 2))
    case .footerOfTotal:
      let run = measurer.run("Trang \(number)/\(count)", font: font)
      let base = size.height - margins.bottom / 2 + run.metrics.ascent / 2
      f.add(run, baseline: Point(size.width - margins.right - run.metrics.width, base))
      var rule = base - run.metrics.ascent - 4
      if !footerText.isEmpty {
        // the whole footer, never cut: a smaller size first, then two lines at its last " · "
        // (a long place, "Thành phố Hồ Chí Minh, ngày 15 tháng 01 năm 2023", lost its year to "…")
        let room = content.width - run.metrics.width - 12
        var footerFont = small
        while footerFont.size > 7.5 && measurer.measure(footerText, font: footerFont).width > room { footerFont.size -= 0.5 }
        var lines = [footerText]
        if measurer.measure(footerText, font: footerFont).width > room, let cut = footerText.range(of: " · ", options: .backwards) {
          lines = [String(footerText[..<cut.lowerBound]), String(footerText[cut.upperBound...])]
        }
        let step = footerFont.size + 1.5
        for (i, line) in lines.enumerated() {
          let text = fitted(line, footerFont, width: room, measurer: measurer)
          let y = base - Double(lines.count - 1 - i) * step
          f.add(measurer.run(text, font: footerFont, color: Color(hex: 0x444444)), baseline: Point(margins.left, y))
        }
        rule -= Double(lines.count - 1) * step
      }
      f.add(Shape(path: .line(Point(margins.left, rule), Point(size.width - margins.right, rule)),
                  stroke: Stroke(color: Color(hex: 0x999999), width: 0.4)))
    default: break
    }
    if !headerText.isEmpty && number > 1 && numbering != .topCentreFromSecond {
      let text = fitted(headerText, small, width: content.width, measurer: measurer)
      let run = measurer.run(text, font: small, color: Color(hex: 0x444444))
      f.add(run, baseline: Point(size.width - margins.right - run.metrics.width, margins.top / 2 + 3))
    }
    return f
  }

  /// The text cut with "…" to fit a width.
  private func fitted(_ text: String, _ font: FontSpec, width: Double, measurer: TextMeasurer) -> String {
    if measurer.measure(text, font: font).width <= width { return text }
    var t = text
    while !t.isEmpty && measurer.measure(t + "…", font: font).width > width { t.removeLast() }
    return t + "…"
  }
}
