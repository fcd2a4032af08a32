//! Section headings: numbered "I.", "1.", "a)", bookmarked, tagged, kept with what follows.

import VustaFrame

/// A heading of a level (1 = "I. …", 2 = "1. …", 3 = "a) …"): never split, never the last
/// thing on a page, with a PDF bookmark and a named destination.
public struct Heading: Block {
  public var level: Int
  /// The number shown before the text ("I.", "2.", "a)"), empty for none.
  public var number: String
  public var text: String
  /// The named destination of the heading (unique in the document).
  public var anchor: String
  public var keepWithNext: Bool { true }
  /// Space above; nil takes the document's for the level.
  public var before: Double?
  public var alignment: Alignment

  /// A heading; `anchor` must be unique in the document.
  public init(level: Int, number: String = "", text: String, anchor: String, before: Double? = nil,
              alignment: Alignment = .left) {
    self.level = level; self.number = number; self.text = text; self.anchor = anchor
    self.before = before; self.alignment = alignment
  }

  public var spaceBefore: Double { before ?? 9 }

  /// The heading as printed: number and text, in capitals at level 1 when the style says so.
  public func printed(_ style: DocumentStyle) -> String {
    let t = level == 1 && style.uppercaseLevel1 ? text.uppercased() : text
    return number.isEmpty ? t : number + " " + t
  }

  /// The bookmark title: number and text as written.
  public var outlineTitle: String { number.isEmpty ? text : number + " " + text }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let st = context.style.heading(level)
    let setter = LineSetter(measurer: context.measurer)
    let lines = setter.lines([Span(printed(context.style))], style: st, width: region.width,
                             firstIndent: alignment == .left ? context.style.indent : 0)
    let lh = st.font.size * st.lineHeight
    let after = context.style.paragraphSpacing
    let h = Double(lines.count) * lh
    if h > region.height + 0.01 {
      if region.isFresh { throw LayoutError.doesNotFit("Đề mục \"\(text)\"", width: region.width, height: region.height) }
      return .nothing(self)
    }
    var inner = Frame(size: Size(region.width, h))
    for (i, line) in lines.enumerated() {
      let x = i == 0 && alignment == .left ? context.style.indent : 0
      let baseline = Double(i) * lh + (lh - (line.ascent + line.descent)) / 2 + line.ascent
      setter.place(line, in: &inner, x: x, baseline: baseline, width: region.width - x, alignment: alignment,
                   baseStyle: st)
    }
    var frame = Frame(size: Size(region.width, min(region.height, h + after)))
    frame.add(.anchor(anchor), at: .zero)
    frame.add(.outline(OutlineEntry(level: level, title: outlineTitle, destination: anchor)))
    frame.add(.tagged(StructureTag(.heading(level)), inner))
    return BlockLayout(frame: frame)
  }
}

/// Numbering of headings in the Vietnamese administrative style: I, II… then 1, 2… then a, b…
public struct HeadingNumbering {
  private var counters: [Int] = [0, 0, 0, 0]
  /// Fresh counters.
  public init() {}
  /// The number of the next heading of a level ("I.", "1.", "a)"), resetting deeper levels.
  public mutating func next(level: Int) -> String {
    let l = max(1, min(4, level))
    counters[l - 1] += 1
    for i in l..<counters.count { counters[i] = 0 }
    let n = counters[l - 1]
    switch l {
    case 1: return HeadingNumbering.roman(n) + "."
    case 2: return "\(n)."
    case 3: return HeadingNumbering.letter(n) + ")"
    default: return "\(n))"
    }
  }
  /// Roman numerals: 1 → "I", 14 → "XIV".
  public static func roman(_ n: Int) -> String {
    let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var n = n, s = ""
    for (v, r) in table { while n >= v { s += r; n -= v } }
    return s
  }
  /// Points in the Vietnamese alphabet order: a, b, c, d, đ, e, g, h, i, k…
  public static func letter(_ n: Int) -> String {
    let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                   "u", "v", "x", "y"]
    return letters[(n - 1) % letters.count]
  }
}
