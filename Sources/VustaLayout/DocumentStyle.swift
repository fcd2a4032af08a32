//! Fonts and spacing of a document: the administrative defaults of Nghị định 30/2020.

import VustaFrame

/// One kind of text: family, size, weight, slant, colour and line height.
public struct TextStyle: Hashable, Sendable {
  public var font: FontSpec
  public var color: Color
  /// Distance between baselines as a multiple of the size (1.2 ≈ Word's "single" for Times).
  public var lineHeight: Double
  /// A text style from a font.
  public init(font: FontSpec, color: Color = .black, lineHeight: Double = 1.2) {
    self.font = font; self.color = color; self.lineHeight = lineHeight
  }
  /// The same style at another size.
  public func sized(_ s: Double) -> TextStyle { var t = self; t.font.size = s; return t }
  /// The same style in bold and/or italic.
  public func with(bold: Bool? = nil, italic: Bool? = nil) -> TextStyle {
    var t = self
    if let bold { t.font.bold = bold }
    if let italic { t.font.italic = italic }
    return t
  }
}

/// The styles of a document. Defaults: Liberation Serif (Times New Roman's metric twin), body
/// 14 pt justified with a 1 cm first-line indent and 6 pt after paragraphs (Nghị định 30/2020).
public struct DocumentStyle: Hashable, Sendable {
  public var family = "Liberation Serif"
  public var body: TextStyle
  /// Body text of tables.
  public var table: TextStyle
  /// Small print: notes under tables and charts, source lists.
  public var note: TextStyle
  /// First-line indent of paragraphs in points (1 cm).
  public var indent = 28.35
  /// Space after a paragraph in points.
  public var paragraphSpacing = 6.0
  /// Space above a heading of each level (1-based; the last value repeats).
  public var headingSpaceBefore: [Double] = [12, 9, 6]
  /// Whether level-1 headings are printed in capitals ("I. HỘI NGHỊ, GIAO BAN").
  public var uppercaseLevel1 = true
  /// Whether tables shade every other row.
  public var zebra = true
  public var zebraFill = Color(hex: 0xF0F0F0)
  public var headerFill = Color(hex: 0xDDE6F0)
  public var rule = Color(hex: 0x555555)
  /// Accent colour of key-figure cards.
  public var accent = Color(hex: 0x0B4F8A)

  /// The administrative defaults at a body size (13 or 14 pt).
  public init(bodySize: Double = 14, family: String = "Liberation Serif") {
    self.family = family
    body = TextStyle(font: FontSpec(family: family, size: bodySize))
    table = TextStyle(font: FontSpec(family: family, size: max(9, bodySize - 2)), lineHeight: 1.15)
    note = TextStyle(font: FontSpec(family: family, size: max(8, bodySize - 3), italic: true), lineHeight: 1.15)
  }

  /// The style of a heading level: bold, level 3 and below bold italic.
  public func heading(_ level: Int) -> TextStyle {
    body.with(bold: true, italic: level >= 3)
  }
}
