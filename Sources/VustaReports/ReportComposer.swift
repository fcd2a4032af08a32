//! Binding a validated template to its data: Mustache texts rendered, data tables turned into
//! tables, lists and charts, the administrative header and signature placed. The result is a
//! list of layout blocks plus the charts (also written as files) and the document metadata.

import Mustache
import VustaCharts
import VustaFrame
import VustaLayout
import VustaModel

/// A chart of a report, also written on its own as PNG and SVG.
public struct ReportChart {
  /// The file name without extension ("bieu-do-01-so-hoi-nghi-theo-tinh").
  public var file: String
  public var title: String
  public var frame: Frame
}

/// A template bound to data, ready to paginate.
public struct ComposedReport {
  public var blocks: [any Block]
  /// The template of the first page (with its footer text).
  public var page: PageTemplate
  /// Templates the body switches to (landscape tables), with the same footer.
  public var templates: [PageTemplate]
  public var style: DocumentStyle
  public var charts: [ReportChart]
  public var info: DocumentInfo

  /// Paginates the blocks: the document's pages with their furniture.
  /// - Throws: `LayoutError` when a block does not fit an empty page.
  public func layout(measurer: TextMeasurer) throws -> LaidOutDocument {
    try Paginator(context: LayoutContext(measurer: measurer, style: style), extra: templates).paginate(blocks, first: page)
  }

  /// Lays out the document and hands each page to `draw` as it is finished, without keeping
  /// them all (a long document is laid out twice: `Paginator.paginate(_:first:keep:draw:)`).
  @discardableResult
  public func layout(measurer: TextMeasurer, draw: (Page) throws -> Void) throws -> Int {
    try Paginator(context: LayoutContext(measurer: measurer, style: style), extra: templates)
      .paginate(blocks, first: page) { p, _ in try draw(p) }
  }
}

/// Binds templates to data.
public struct ReportComposer {
  public let measurer: TextMeasurer
  /// A composer measuring text with `measurer` (Pango in production).
  public init(measurer: TextMeasurer) { self.measurer = measurer }

  /// Binds a template (already validated) to data.
  /// - Throws: `TemplateError` for a text Mustache refuses (validation catches these first).
  public func compose(_ t: ReportTemplate, data: ReportData) throws -> ComposedReport {
    var state = ComposeState(template: t, data: data, measurer: measurer)
    return try state.run()
  }
}

/// The work of one composition: counters for headings, charts and anchors.
struct ComposeState {
  let template: ReportTemplate
  let data: ReportData
  let measurer: TextMeasurer
  let context: [String: Any]
  var numbering = HeadingNumbering()
  var headingCount = 0
  var charts: [ReportChart] = []
  var page: PageTemplate
  var style: DocumentStyle

  init(template: ReportTemplate, data: ReportData, measurer: TextMeasurer) {
    self.template = template; self.data = data; self.measurer = measurer
    context = data.context
    var p = PageTemplate.builtIn[template.page] ?? .a4Administrative
    let a5 = template.page == "a5"
    var s = DocumentStyle(bodySize: template.style.fontSize ?? (a5 ? 10.5 : 14),
                          family: template.style.fontFamily ?? "Liberation Serif")
    if let lh = template.style.lineHeight { s.body.lineHeight = lh }
    if let z = template.style.zebra { s.zebra = z }
    if let i = template.style.indent { s.indent = i }
    if let u = template.style.uppercaseHeadings { s.uppercaseLevel1 = u }
    if a5 { s.indent = template.style.indent ?? 14; s.paragraphSpacing = 4; s.headingSpaceBefore = [8, 6, 4] }
    style = s
    page = p
    p.footerText = ""
  }

  mutating func run() throws -> ComposedReport {
    page.footerText = try template.footer.map(render) ?? ""
    var blocks: [any Block] = []
    if let h = template.header {
      var number = try render(h.number)
      if !number.hasPrefix("Số") { number = "Số: " + number }
      blocks.append(AdministrativeHeader(parentBody: try h.parentBody.map(render), issuingBody: try render(h.issuingBody),
                                         number: number, placeDate: try render(h.placeDate)))
    }
    let typeName = try template.typeName.map(render) ?? ""
    let title = try template.title.map(render) ?? ""
    if !typeName.isEmpty || !title.isEmpty {
      blocks.append(DocumentTitle(typeName: typeName, title: title))
    }
    let body = data.hasData ? template.body : (template.empty ?? ComposeState.defaultEmpty(template))
    blocks += try self.blocks(body)
    if let s = template.signature {
      blocks.append(SignatureBlock(authority: try s.authority.map(render) ?? "", title: try render(s.title),
                                   name: try render(s.name), recipients: try template.recipients.map(render)))
    }
    if data.hasData && !template.appendix.isEmpty {
      blocks.append(PageBreak())
      blocks += try self.blocks(template.appendix)
    }
    let docTitle = try template.docTitle.map(render) ?? [typeName, title].filter { !$0.isEmpty }.joined(separator: " ")
    let info = DocumentInfo(title: docTitle.replacingNewlines, subject: try template.docSubject.map(render),
                            author: data.values["org"]?.text, keywords: "LHH, VUSTA, \(data.year), \(OwnReport.keyword)", creator: "vusta",
                            created: ComposeState.epochSeconds(data.documentDate))
    var others = Array(PageTemplate.builtIn.values).sorted { $0.name < $1.name }
    for i in others.indices { others[i].footerText = page.footerText }
    return ComposedReport(blocks: blocks, page: page, templates: others, style: style, charts: charts, info: info)
  }

  /// The body of a template when the period has no data: one paragraph that says so.
  static func defaultEmpty(_ t: ReportTemplate) -> [BlockSpec] {
    let p = SourcePosition(file: t.file, line: 1, column: 1)
    return [.text(TemplateText("Không có số liệu cho năm {{year}}{{#province.name}} của {{province.name}}{{/province.name}}: "
                                 + "kho dữ liệu chưa có bài viết nào nói về hội nghị, số hội viên hay văn bản chỉ đạo trong năm này. "
                                 + "Hãy nạp thêm bài viết (vusta ingest THƯ_MỤC) rồi lập lại báo cáo.", at: p),
                  align: nil, style: nil)]
  }

  // MARK: - Texts

  /// A text rendered against the data.
  func render(_ text: TemplateText) throws -> String {
    try text.compile().render(context).trimmingTrailingSpace
  }

  /// A text rendered against the data with one table row's fields on top.
  func render(_ text: TemplateText, row: [String: Cell]) throws -> String {
    var ctx = context
    for (k, c) in row { ctx[k] = c.number.map { MustacheNumber(value: $0, text: c.text) } ?? c.text as Any }
    return try text.compile().render(ctx).trimmingTrailingSpace
  }

  // MARK: - Blocks

  mutating func blocks(_ specs: [BlockSpec]) throws -> [any Block] {
    var out: [any Block] = []
    for spec in specs { out += try block(spec) }
    return out
  }

  mutating func block(_ spec: BlockSpec) throws -> [any Block] {
    switch spec {
    case let .heading(text, level, numbered):
      headingCount += 1
      let number = numbered ? numbering.next(level: level) : ""
      return [Heading(level: level, number: number, text: try render(text), anchor: "muc-\(headingCount)",
                      before: style.headingSpaceBefore[min(level, style.headingSpaceBefore.count) - 1])]
    case let .text(text, align, st):
      var ts = style.body
      switch st {
      case "note": ts = style.note
      case "bold": ts = style.body.with(bold: true)
      case "italic": ts = style.body.with(italic: true)
      default: break
      }
      let alignment = align.flatMap(Alignment.init(rawValue:)) ?? .justify
      return [Paragraph(try render(text), alignment: alignment, indent: alignment == .justify ? nil : 0, style: ts)]
    case let .list(items):
      return [BulletList(try items.map { try render($0) })]
    case let .dataList(ref, item, limit):
      let rows = data.datasets[ref.name]?.rows ?? []
      let items = try rows.prefix(limit ?? rows.count).map { try render(item, row: $0) }
      return items.isEmpty ? [] : [BulletList(items)]
    case let .figures(items):
      return [KeyFigures(try items.map { KeyFigure(value: try render($0.value), label: try render($0.label)) },
                         perRow: template.page == "a5" ? 3 : 4)]
    case let .chart(c):
      return [try chart(c)]
    case let .table(tb):
      return try table(tb)
    case let .spacer(h):
      return [Spacer(h)]
    case let .pageBreak(name):
      return [PageBreak(template: name)]
    case let .sources(title):
      let spec = TableBlockSpec(data: DataRef(name: "sources.list", position: SourcePosition(file: template.file, line: 1, column: 1)),
                                columns: ["no", "title", "date", "source"].map {
                                  ColumnSpec(field: $0, header: nil, align: nil, position: SourcePosition(file: "", line: 1, column: 1))
                                }, caption: title, zebra: nil, limit: nil, page: nil, fontSize: max(9, style.body.font.size - 3))
      return try table(spec)
    case let .section(when, body):
      return data.isTrue(when.name) ? try blocks(body) : []
    }
  }

  mutating func table(_ tb: TableBlockSpec) throws -> [any Block] {
    guard let d = data.datasets[tb.data.name] else { return [] }
    let rows = Array(d.rows.prefix(tb.limit ?? d.rows.count))
    var out: [any Block] = []
    let switchesPage = tb.page != nil && !rows.isEmpty
    if switchesPage { out.append(PageBreak(template: tb.page)) }
    if let cap = tb.caption {
      out.append(Paragraph(try render(cap), alignment: .center, indent: 0, style: style.body.with(bold: true),
                           spacingAfter: 4, keepWithNext: true))
    }
    let columns = try tb.columns.map { c -> TableColumn in
      let info = d.info.field(c.field)
      let header = try c.header.map(render) ?? info?.header ?? c.field
      let align: Alignment = c.align.flatMap(Alignment.init(rawValue:)) ?? (info?.numeric == true ? .right : .left)
      return TableColumn(header, alignment: align)
    }
    let cells = rows.map { row in
      tb.columns.map { c -> String in
        let cell = row[c.field] ?? Cell("")
        let text = Markup.escape(cell.text)
        guard let link = cell.link else { return text }
        let safe = link.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
        return "[\(text)](\(safe))"
      }
    }
    if rows.isEmpty {
      out.append(Paragraph("*Không có số liệu.*", alignment: .center, indent: 0, style: style.note))
    } else {
      var ts = style.table
      if let fs = tb.fontSize { ts = ts.sized(fs) }
      out.append(Table(columns: columns, rows: cells, zebra: tb.zebra, style: ts, spaceBefore: 4))
      out.append(Spacer(style.paragraphSpacing))
    }
    if switchesPage { out.append(PageBreak(template: template.page)) }
    return out
  }

  mutating func chart(_ c: ChartBlockSpec) throws -> any Block {
    let d = data.datasets[c.data.name]!
    let labelField = d.info.labelField
    let valueFields = c.values.isEmpty
      ? [d.info.fields.first { $0.numeric && $0.name != "no" }?.name ?? "meetings"] : c.values.map(\.name)
    var rows = d.rows
    let title = try c.title.map(render) ?? d.info.meaning
    var note = ""
    let kind: ChartKind
    switch c.kind {
    case "tile-map":
      kind = .tileMap(data.division)
      let outside = rows.filter { Gazetteer.shared.resolve($0[labelField]?.text ?? "", in: data.division) == nil }
      rows = rows.filter { Gazetteer.shared.resolve($0[labelField]?.text ?? "", in: data.division) != nil }
      let left = ComposeState.outside(outside, label: labelField, value: valueFields[0])
      if !left.isEmpty { note = "Không thể hiện trên bản đồ: " + left + "." }
    case "bar", "stacked":
      kind = c.kind == "bar" ? .horizontalBar : .stackedBar
      if labelField == "province" {
        // a ranking of provinces ranks provinces only: national and unplaced meetings are
        // stated beside it, as the tile map does
        let outside = rows.filter { Gazetteer.shared.resolve($0[labelField]?.text ?? "", in: data.division) == nil }
        rows = rows.filter { Gazetteer.shared.resolve($0[labelField]?.text ?? "", in: data.division) != nil }
        let left = ComposeState.outside(outside, label: labelField, value: valueFields[0])
        if !left.isEmpty { note = "Ngoài xếp hạng các tỉnh, thành phố: " + left + "." }
      }
      rows = rows.filter { r in valueFields.contains { (r[$0]?.known ?? 0) > 0 } }
      if let limit = c.limit, rows.count > limit {
        let total = { (r: [String: Cell]) in valueFields.reduce(0) { $0 + (r[$1]?.known ?? 0) } }
        let kept = Set(rows.enumerated().sorted { total($0.element) != total($1.element) ? total($0.element) > total($1.element) : $0.offset < $1.offset }
          .prefix(limit).map(\.offset))
        rows = rows.enumerated().filter { kept.contains($0.offset) }.map(\.element)
      }
    case "line": kind = .line
    default: kind = .column
    }
    var labels = rows.map { $0[labelField]?.text ?? "" }
    if c.data.name.hasSuffix("byMonth") { labels = labels.map { $0.replacingOccurrences(of: "Tháng ", with: "T") } }
    var series = valueFields.map { f in
      ChartSeries(name: seriesName(f, in: d), values: rows.map { $0[f]?.number ?? 0 })
    }
    // a series with no data at all (the previous year was never read) is not drawn as zeros
    let unread = series.filter { s in !s.values.isEmpty && s.values.allSatisfy(\.isNaN) }.map(\.name)
    if !unread.isEmpty, unread.count < series.count {
      series.removeAll { unread.contains($0.name) }
      note = ([note] + ["\(unread.joined(separator: ", ")): chưa có số liệu."]).filter { !$0.isEmpty }.joined(separator: " ")
    }
    let table = ChartTable(title: title, labelHeader: d.info.field(labelField)?.header ?? "", labels: labels,
                           series: series, unit: unit(of: c.data.name),
                           note: [note, "Nguồn: \(data.values["coverage.sources"]?.text ?? "0") bài viết; danh mục \(data.values["division"]?.text ?? "")."]
                            .filter { !$0.isEmpty }.joined(separator: " "))
    let area = page.content
    let width = area.width * (c.width ?? 1)
    let height: Double
    if let h = c.height { height = h } else {
      switch kind {
      case .tileMap(let div): height = min(area.height * 0.92, width * (div == .old63 ? 1.42 : 1.22))
      case .horizontalBar, .stackedBar: height = min(area.height * 0.92, max(width * 0.5, Double(labels.count) * 13 + 110))
      default: height = width * 0.62
      }
    }
    var chartStyle = ChartStyle()
    if template.page == "a5" { chartStyle.titleSize = 10; chartStyle.margin = 6 }
    let spec = ChartSpec(kind: kind, table: table, size: Size(width, height), title: title,
                         subtitle: "\(data.values["year"]?.text.isEmpty == false ? "Năm \(data.year)" : "")"
                           + (table.unit.map { " · Đơn vị: \($0)" } ?? ""), style: chartStyle)
    let frame = layoutChart(spec, measurer: measurer)
    let n = charts.count + 1
    let file = c.file ?? "\(n < 10 ? "0" : "")\(n)-" + VietnameseFormat.slug(title)
    charts.append(ReportChart(file: file, title: title, frame: frame))
    let alt = try c.alt.map(render) ?? ComposeState.alt(title: title, labels: labels, values: series.first?.values ?? [])
    return Figure(frame, alt: alt, caption: try c.caption.map(render))
  }

  func seriesName(_ field: String, in d: Dataset) -> String {
    switch field {
    case "meetings" where d.info.name.hasPrefix("meetings.by") && d.info.field("previous") != nil: return "Năm \(data.year)"
    case "previous": return "Năm \(data.year - 1)"
    default: return d.info.field(field)?.header ?? field
    }
  }

  func unit(of dataset: String) -> String? {
    if dataset.hasPrefix("meetings") { return "hội nghị" }
    if dataset.hasPrefix("members") { return "người" }
    if dataset.hasPrefix("citations") { return "lần" }
    return nil
  }

  /// "Toàn quốc (LHH Việt Nam): 155; Chưa xác định: 147" — the rows a chart of provinces does
  /// not place, with their values (those above zero).
  static func outside(_ rows: [[String: Cell]], label: String, value: String) -> String {
    rows.compactMap { r -> String? in
      let n = Int(r[value]?.known ?? 0)
      return n > 0 ? "\(r[label]?.text ?? ""): \(VietnameseFormat.grouped(n))" : nil
    }.joined(separator: "; ")
  }

  /// Words for readers who cannot see a chart: what it counts and its largest values.
  static func alt(title: String, labels: [String], values: [Double]) -> String {
    let top = zip(labels, values).filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(3)
    if top.isEmpty { return "\(title): không có số liệu." }
    return "\(title). Cao nhất: " + top.map { "\($0.0) \(VietnameseFormat.decimal($0.1))" }.joined(separator: "; ") + "."
  }

  /// Seconds since 1970 of a date at 00:00 UTC (the PDF creation date: fixed by the data).
  static func epochSeconds(_ d: FactDate) -> Int64 {
    Int64(d.daysSince1970) * 86400
  }
}

extension String {
  var replacingNewlines: String { split(separator: "\n").joined(separator: " ") }
  var trimmingTrailingSpace: String {
    var s = Substring(self)
    while let l = s.last, l == " " || l == "\n" { s = s.dropLast() }
    while let f = s.first, f == " " || f == "\n" { s = s.dropFirst() }
    return String(s)
  }
}
