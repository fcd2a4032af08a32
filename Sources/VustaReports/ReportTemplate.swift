//! A report template after normalisation: every shorthand expanded, every text a
//! `TemplateText` that knows where it came from. Code after `TemplateParser` sees only this.

/// A Mustache text and the position of its first character in the template file.
public struct TemplateText: Hashable, Sendable {
  public var source: String
  public var position: SourcePosition
  /// Whether the YAML scalar was quoted (its text starts one column after the mark).
  public var quoted: Bool
  /// A text at a position.
  public init(_ source: String, at position: SourcePosition, quoted: Bool = false) {
    self.source = source; self.position = position; self.quoted = quoted
  }
}

/// Who a template is about.
public enum TemplateScope: String, Hashable, Sendable, CaseIterable {
  /// The whole country (the annual summary, the handout).
  case national = "toan-quoc"
  /// One province at a time (the province briefs): its `province.*` names are bound.
  case province = "tinh"
}

/// A column of a table block: a field of the data table, its header and alignment.
public struct ColumnSpec: Hashable, Sendable {
  public var field: String
  public var header: TemplateText?
  public var align: String?
  public var position: SourcePosition
}

/// One block of a template body.
public indirect enum BlockSpec: Hashable, Sendable {
  case heading(TemplateText, level: Int, numbered: Bool)
  case text(TemplateText, align: String?, style: String?)
  case list([TemplateText])
  /// A list with one item per row of a data table.
  case dataList(data: DataRef, item: TemplateText, limit: Int?)
  case figures([FigureSpec])
  case chart(ChartBlockSpec)
  case table(TableBlockSpec)
  case spacer(Double)
  case pageBreak(template: String?)
  /// The numbered list of every source, with anchors the tables link to.
  case sources(title: TemplateText?)
  /// Blocks shown only when a statistic is non-zero (or non-empty).
  case section(when: DataRef, body: [BlockSpec])

  /// The block type names a template may use.
  public static let typeNames = ["heading", "text", "list", "figures", "chart", "table", "spacer", "page-break",
                                 "sources", "section"]

}

/// One key figure of a `figures` block.
public struct FigureSpec: Hashable, Sendable {
  public var value: TemplateText
  public var label: TemplateText
}

/// A reference to a statistic or data table by name, with where it was written.
public struct DataRef: Hashable, Sendable {
  public var name: String
  public var position: SourcePosition
}

/// A chart block.
public struct ChartBlockSpec: Hashable, Sendable {
  /// tile-map, bar, column, line, stacked.
  public var kind: String
  public var data: DataRef
  /// The value fields charted (one series each); empty: the table's first number column.
  public var values: [DataRef]
  public var title: TemplateText?
  public var alt: TemplateText?
  public var caption: TemplateText?
  /// Height in points; nil: a height suited to the kind.
  public var height: Double?
  /// Share of the text width, 0…1.
  public var width: Double?
  /// The file name the chart is also written under (PNG, SVG); nil: from its title.
  public var file: String?
  /// Bars and stacked bars: only the `limit` largest rows.
  public var limit: Int?
  public var position: SourcePosition
}

/// A table block.
public struct TableBlockSpec: Hashable, Sendable {
  public var data: DataRef
  public var columns: [ColumnSpec]
  public var caption: TemplateText?
  public var zebra: Bool?
  public var limit: Int?
  /// The page template for the table ("a4-ngang" for wide tables); the pages after it return
  /// to the document's template.
  public var page: String?
  /// Font size of the table text.
  public var fontSize: Double?
}

/// Style settings a template may change.
public struct TemplateStyle: Hashable, Sendable {
  public var fontFamily: String?
  public var fontSize: Double?
  public var lineHeight: Double?
  public var zebra: Bool?
  public var indent: Double?
  public var uppercaseHeadings: Bool?
}

/// The header of an administrative document.
public struct HeaderSpec: Hashable, Sendable {
  public var parentBody: TemplateText?
  public var issuingBody: TemplateText
  public var number: TemplateText
  public var placeDate: TemplateText
}

/// The signature block.
public struct SignatureSpec: Hashable, Sendable {
  public var authority: TemplateText?
  public var title: TemplateText
  public var name: TemplateText
}

/// A whole report template, normalised.
public struct ReportTemplate: Hashable, Sendable {
  /// The file it was read from (for messages).
  public var file: String
  /// The output name without extension ("bao-cao-nam").
  public var name: String
  public var scope: TemplateScope
  /// A page template name: a4-hanh-chinh, a4-tom-tat, a4-ngang, a5.
  public var page: String
  public var style: TemplateStyle
  public var docTitle: TemplateText?
  public var docSubject: TemplateText?
  public var header: HeaderSpec?
  /// The type name ("BÁO CÁO") and the title under it.
  public var typeName: TemplateText?
  public var title: TemplateText?
  public var footer: TemplateText?
  public var body: [BlockSpec]
  /// The body used when the period has no data.
  public var empty: [BlockSpec]?
  public var signature: SignatureSpec?
  public var recipients: [TemplateText]
  /// Blocks after the signature, from a new page (Phụ lục).
  public var appendix: [BlockSpec] = []
}
