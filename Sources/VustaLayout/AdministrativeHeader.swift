//! The first-page header of a Vietnamese administrative document (Nghị định 30/2020, ô 1–4):
//! issuing body and number on the left, national title, motto and place/date on the right.

import Foundation
import VustaFrame

/// The two-column header of page 1.
public struct AdministrativeHeader: Block {
  /// The parent body (ô 2, upright, optional), e.g. "BỘ NỘI VỤ".
  public var parentBody: String?
  /// The issuing body (ô 2, bold capitals), e.g. "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM".
  public var issuingBody: String
  /// The number line (ô 3): "Số: 15/BC-LHH".
  public var number: String
  /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
  public var nationalTitle: String
  /// "Độc lập - Tự do - Hạnh phúc".
  public var motto: String
  /// The place/date line (ô 4), italic: "Hà Nội, ngày 05 tháng 01 năm 2024".
  public var placeDate: String

  /// A header from its parts.
  public init(parentBody: String? = nil, issuingBody: String, number: String,
              nationalTitle: String = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              motto: String = "Độc lập - Tự do - Hạnh phúc", placeDate: String) {
    self.parentBody = parentBody; self.issuingBody = issuingBody; self.number = number
    self.nationalTitle = nationalTitle; self.motto = motto; self.placeDate = placeDate
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let m = context.measurer
    let setter = LineSetter(measurer: m)
    let family = context.style.family
    let titleFont = FontSpec(family: family, size: 12, bold: true)
    let mottoFont = FontSpec(family: family, size: 13, bold: true)
    let bodyFont = FontSpec(family: family, size: 12, bold: true)
    let parentFont = FontSpec(family: family, size: 12)
    let numberFont = FontSpec(family: family, size: 13)
    let dateFont = FontSpec(family: family, size: 13.5, italic: true)
    // The right column is as wide as the national title needs, at least 56% of the width.
    let rightWidth = min(region.width * 0.66, max(region.width * 0.56, m.measure(nationalTitle, font: titleFont).width + 6))
    let leftWidth = region.width - rightWidth
    let gutter = 10.0  // the left column's text keeps clear of the right column
    var frame = Frame(size: Size(region.width, 0))
    var left = Frame(size: Size(leftWidth, 0)), right = Frame(size: Size(rightWidth, 0))
    let rule = Stroke(color: .black, width: 0.6)

    func centred(_ text: String, _ font: FontSpec, in f: inout Frame, width: Double, y: inout Double) -> Double {
      let style = TextStyle(font: font, lineHeight: 1.15)
      var widest = 0.0
      for line in setter.lines([Span(text)], style: style, width: width - 4) {
        let lh = font.size * 1.15
        setter.place(line, in: &f, x: 2, baseline: y + line.ascent, width: width - 4, alignment: .center, baseStyle: style)
        widest = max(widest, line.width)
        y += lh
      }
      return widest
    }
    // Left: parent, issuing body, short rule, number.
    var ly = 0.0
    if let parentBody, !parentBody.isEmpty {
      _ = centred(parentBody, parentFont, in: &left, width: leftWidth - gutter, y: &ly)
    }
    let bodyWidth = centred(issuingBody, bodyFont, in: &left, width: leftWidth - gutter, y: &ly)
    ly += 2
    let lr = min(bodyWidth, leftWidth) * 0.4
    let lc = (leftWidth - gutter) / 2
    left.add(Shape(path: .line(Point(lc - lr / 2, ly), Point(lc + lr / 2, ly)), stroke: rule))
    // Right: national title, motto, rule as long as the motto.
    var ry = 0.0
    _ = centred(nationalTitle, titleFont, in: &right, width: rightWidth, y: &ry)
    let mottoWidth = centred(motto, mottoFont, in: &right, width: rightWidth, y: &ry)
    ry += 2
    right.add(Shape(path: .line(Point((rightWidth - mottoWidth) / 2, ry), Point((rightWidth + mottoWidth) / 2, ry)),
                    stroke: rule))
    // The number and the place/date share one baseline, under whichever column is longer.
    var line = max(ly, ry) + 8
    let lineStart = line
    _ = centred(number, numberFont, in: &left, width: leftWidth - gutter, y: &line)
    var dl = lineStart
    _ = centred(placeDate, dateFont, in: &right, width: rightWidth, y: &dl)
    let height = max(line, dl) + 14
    left.size.height = height; right.size.height = height
    frame.add(.tagged(StructureTag(.paragraph), left))
    frame.add(.tagged(StructureTag(.paragraph), right), at: Point(leftWidth, 0))
    frame.size.height = height
    if height > region.height {
      if region.isFresh { throw LayoutError.doesNotFit("Phần đầu văn bản", width: region.width, height: region.height) }
      return .nothing(self)
    }
    return BlockLayout(frame: frame)
  }
}

/// The type name and summary (ô 5a): "BÁO CÁO" and the title, centred, bold, with a short
/// rule under the title.
public struct DocumentTitle: Block {
  public var typeName: String
  public var title: String
  /// The named destination and bookmark of the title.
  public var anchor: String
  /// A title block.
  public init(typeName: String, title: String, anchor: String = "tieu-de") {
    self.typeName = typeName; self.title = title; self.anchor = anchor
  }
  public var keepWithNext: Bool { true }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let setter = LineSetter(measurer: context.measurer)
    let st = TextStyle(font: FontSpec(family: context.style.family, size: 14, bold: true), lineHeight: 1.2)
    var inner = Frame(size: Size(region.width, 0))
    var y = 0.0
    var widest = 0.0
    let lh = st.font.size * st.lineHeight
    for text in [typeName] + title.split(separator: "\n").map(String.init) where !text.isEmpty {
      for line in setter.lines([Span(text)], style: st, width: region.width * 0.9) {
        setter.place(line, in: &inner, x: region.width * 0.05, baseline: y + line.ascent, width: region.width * 0.9,
                     alignment: .center, baseStyle: st)
        widest = max(widest, line.width)
        y += lh
      }
    }
    y += 4
    let r = min(widest, region.width) * 0.35
    inner.add(Shape(path: .line(Point((region.width - r) / 2, y), Point((region.width + r) / 2, y)),
                    stroke: Stroke(color: .black, width: 0.6)))
    y += 14
    inner.size.height = y
    if y > region.height {
      if region.isFresh { throw LayoutError.doesNotFit("Tên văn bản", width: region.width, height: region.height) }
      return .nothing(self)
    }
    var frame = Frame(size: Size(region.width, y))
    frame.add(.anchor(anchor))
    frame.add(.outline(OutlineEntry(level: 1, title: ([typeName] + [title.replacingOccurrences(of: "\n", with: " ")])
      .joined(separator: " "), destination: anchor)))
    frame.add(.tagged(StructureTag(.heading(1)), inner))
    return BlockLayout(frame: frame)
  }
}

/// The end of an administrative document: "Nơi nhận:" and its list on the left (12 pt bold
/// italic / 11 pt), the signing authority, title, blank space and name on the right.
public struct SignatureBlock: Block {
  /// "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"…: empty for none.
  public var authority: String
  /// "CHỦ TỊCH", "PHÓ CHỦ TỊCH".
  public var title: String
  public var name: String
  /// Recipients, one per line, written with their final ";" or ".".
  public var recipients: [String]
  public var spaceBefore: Double { 12 }

  /// A signature block.
  public init(authority: String = "", title: String, name: String, recipients: [String]) {
    self.authority = authority; self.title = title; self.name = name; self.recipients = recipients
  }

  public func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout {
    let setter = LineSetter(measurer: context.measurer)
    let family = context.style.family
    let leftWidth = region.width * 0.45, rightWidth = region.width * 0.55
    var left = Frame(size: Size(leftWidth, 0)), right = Frame(size: Size(rightWidth, 0))
    let head = TextStyle(font: FontSpec(family: family, size: 12, bold: true, italic: true), lineHeight: 1.15)
    let item = TextStyle(font: FontSpec(family: family, size: 11), lineHeight: 1.15)
    let sign = TextStyle(font: FontSpec(family: family, size: 14, bold: true), lineHeight: 1.2)
    var ly = 0.0
    func put(_ text: String, _ st: TextStyle, _ f: inout Frame, width: Double, x: Double, y: inout Double,
             align: Alignment) {
      for line in setter.lines(Markup.parse(text), style: st, width: width) {
        setter.place(line, in: &f, x: x, baseline: y + line.ascent, width: width, alignment: align, baseStyle: st)
        y += st.font.size * st.lineHeight
      }
    }
    if !recipients.isEmpty {
      put("Nơi nhận:", head, &left, width: leftWidth, x: 0, y: &ly, align: .left)
      for r in recipients { put("- " + r, item, &left, width: leftWidth - 4, x: 0, y: &ly, align: .left) }
    }
    var ry = 0.0
    for t in [authority, title] where !t.isEmpty { put(t, sign, &right, width: rightWidth, x: 0, y: &ry, align: .center) }
    ry += 72  // room for the signature and the seal
    put(name, sign, &right, width: rightWidth, x: 0, y: &ry, align: .center)
    let h = max(ly, ry) + 6
    if h > region.height {
      if region.isFresh { throw LayoutError.doesNotFit("Phần ký", width: region.width, height: region.height) }
      return .nothing(self)
    }
    left.size.height = h; right.size.height = h
    var frame = Frame(size: Size(region.width, h))
    frame.add(.tagged(StructureTag(.paragraph), right), at: Point(leftWidth, 0))
    frame.add(.tagged(StructureTag(.paragraph), left))
    return BlockLayout(frame: frame)
  }
}
