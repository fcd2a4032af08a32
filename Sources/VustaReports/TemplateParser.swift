//! YAML text → `ReportTemplate`: shorthand expanded, unknown keys and block types refused,
//! missing fields named, each with its file:line:column. Mustache and statistic names are
//! checked after this, by `TemplateValidator`.

import Foundation
import VustaModel
import Yams

/// Parses and normalises report templates.
public enum TemplateParser {
  static let topKeys = ["name", "scope", "page", "style", "info", "header", "type", "title", "footer", "body",
                        "empty", "signature", "noi-nhan", "appendix"]
  static let pageNames = ["a4-hanh-chinh", "a4-tom-tat", "a4-ngang", "a5"]
  static let chartKinds = ["tile-map", "bar", "column", "line", "stacked"]

  /// Reads and normalises a template file.
  /// - Throws: `TemplateError` with the file's line and column.
  public static func load(path: String) throws -> ReportTemplate {
    if let problem = InputFile.problem(at: path) { throw TemplateError.unreadable(path, problem) }
    guard let data = FileManager.default.contents(atPath: path) else { throw TemplateError.unreadable(path, "không đọc được") }
    guard let text = String(data: data, encoding: .utf8) else { throw TemplateError.unreadable(path, "không phải UTF-8") }
    return try parse(text, file: path)
  }

  /// Normalises a template's YAML text; `file` names it in messages.
  public static func parse(_ yaml: String, file: String) throws -> ReportTemplate {
    let root: Node
    do {
      guard let n = try Yams.compose(yaml: yaml) else {
        throw TemplateError(SourcePosition(file: file, line: 1, column: 1), "mẫu rỗng (empty template)",
                            expected: "body: [...]")
      }
      root = n
    } catch let e as YamlError {
      throw yamlError(e, file: file)
    }
    let top = try Fields(TemplateNode(node: root, file: file), "mẫu báo cáo", allowed: topKeys)
    let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    var t = ReportTemplate(file: file, name: try top["name"]?.fileName("name") ?? base, scope: .national,
                           page: "a4-hanh-chinh", style: TemplateStyle(), body: [], recipients: [])
    if let s = top["scope"] {
      let v = try s.string("scope")
      guard let scope = TemplateScope(rawValue: v) else {
        throw TemplateError.badValue(s.position, "scope", v, expected: TemplateScope.allCases.map(\.rawValue))
      }
      t.scope = scope
    }
    if let p = top["page"] {
      let v = try p.string("page")
      guard pageNames.contains(v) else { throw TemplateError.badValue(p.position, "page", v, expected: pageNames) }
      t.page = v
    }
    if let s = top["style"] { t.style = try style(s) }
    if let i = top["info"] {
      let f = try Fields(i, "info", allowed: ["title", "subject"])
      t.docTitle = try f["title"]?.text("info.title")
      t.docSubject = try f["subject"]?.text("info.subject")
    }
    if let h = top["header"] { t.header = try header(h) }
    t.typeName = try top["type"]?.text("type")
    if let title = top["title"] {
      var tt = try title.text("title")
      if t.typeName == nil, let nl = tt.source.firstIndex(of: "\n") {
        t.typeName = TemplateText(String(tt.source[..<nl]), at: tt.position, quoted: tt.quoted)
        tt.source = String(tt.source[tt.source.index(after: nl)...])
      }
      t.title = tt
    }
    t.footer = try top["footer"]?.text("footer")
    t.body = try blocks(try top.required("body"), "body")
    if let e = top["empty"] { t.empty = try blocks(e, "empty") }
    if let s = top["signature"] {
      let f = try Fields(s, "signature", allowed: ["quyen-han", "chuc-vu", "ho-ten"])
      t.signature = SignatureSpec(authority: try f["quyen-han"]?.text("quyen-han"),
                                  title: try f.required("chuc-vu").text("chuc-vu"),
                                  name: try f.required("ho-ten").text("ho-ten"))
    }
    if let a = top["appendix"] { t.appendix = try blocks(a, "appendix") }
    if let r = top["noi-nhan"] { t.recipients = try r.sequence("noi-nhan").map { try $0.text("noi-nhan") } }
    return t
  }

  static func yamlError(_ e: YamlError, file: String) -> TemplateError {
    switch e {
    case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
      return .yaml(SourcePosition(file: file, line: mark.line, column: mark.column), problem)
    default:
      return .yaml(SourcePosition(file: file, line: 1, column: 1), "\(e)")
    }
  }

  static func style(_ n: TemplateNode) throws -> TemplateStyle {
    let f = try Fields(n, "style", allowed: ["font", "font-size", "line-height", "zebra", "indent", "uppercase-headings"])
    var s = TemplateStyle()
    s.fontFamily = try f["font"]?.string("font")
    s.fontSize = try f["font-size"]?.number("font-size")
    if let size = s.fontSize, !(8...20).contains(size), let p = f["font-size"] {
      throw TemplateError.badValue(p.position, "font-size", "\(size)", expected: ["8…20 (13 hoặc 14 theo Nghị định 30)"])
    }
    s.lineHeight = try f["line-height"]?.number("line-height", in: 0.8...3, "0.8 … 3 (lần cỡ chữ, a factor of the font size)")
    s.zebra = try f["zebra"]?.bool("zebra")
    s.indent = try f["indent"]?.number("indent", in: 0...100, "0 … 100 pt")
    s.uppercaseHeadings = try f["uppercase-headings"]?.bool("uppercase-headings")
    return s
  }

  static func header(_ n: TemplateNode) throws -> HeaderSpec {
    let f = try Fields(n, "header", allowed: ["co-quan-chu-quan", "co-quan", "so", "dia-danh-ngay"])
    let date = try f["dia-danh-ngay"]?.text("dia-danh-ngay")
      ?? TemplateText("{{placeDate}}", at: f.position)
    return HeaderSpec(parentBody: try f["co-quan-chu-quan"]?.text("co-quan-chu-quan"),
                      issuingBody: try f.required("co-quan").text("co-quan"),
                      number: try f.required("so").text("so"), placeDate: date)
  }

  /// A list of blocks; each item is a one-key mapping `type: content` (or a bare
  /// `page-break`).
  static func blocks(_ n: TemplateNode, _ what: String) throws -> [BlockSpec] {
    try n.sequence(what).map(block)
  }

  static func block(_ n: TemplateNode) throws -> BlockSpec {
    if n.isScalar {
      let name = try n.string("khối")
      if name == "page-break" { return .pageBreak(template: nil) }
      if name == "sources" { return .sources(title: nil) }
      throw BlockSpec.typeNames.contains(name) ? TemplateError.missing(n.position, name + ": …", in: "khối")
        : TemplateError.unknownBlock(n.position, name)
    }
    let entries = try n.mapping("khối (block)")
    guard let first = entries.first else { throw TemplateError.missing(n.position, "loại khối", in: "khối") }
    guard BlockSpec.typeNames.contains(first.key) else { throw TemplateError.unknownBlock(first.keyPosition, first.key) }
    if entries.count > 1 {
      let extra = entries[1]
      throw TemplateError.unknownKey(extra.keyPosition, extra.key, in: "khối \(first.key)",
                                     known: ["(một khối mỗi mục; viết các trường bên trong \(first.key): {...})"])
    }
    let v = first.value
    switch first.key {
    case "heading":
      if v.isScalar { return .heading(try v.text("heading"), level: 1, numbered: true) }
      let f = try Fields(v, "heading", allowed: ["text", "level", "numbered"])
      let level = try f["level"]?.integer("level") ?? 1
      guard (1...3).contains(level) else {
        throw TemplateError.badValue(f["level"]!.position, "level", "\(level)", expected: ["1", "2", "3"])
      }
      return .heading(try f.required("text").text("text"), level: level, numbered: try f["numbered"]?.bool("numbered") ?? true)
    case "text":
      if v.isScalar { return .text(try v.text("text"), align: nil, style: nil) }
      let f = try Fields(v, "text", allowed: ["text", "align", "style"])
      let align = try f["align"]?.string("align")
      if let align, !["left", "center", "right", "justify"].contains(align) {
        throw TemplateError.badValue(f["align"]!.position, "align", align, expected: ["left", "center", "right", "justify"])
      }
      let style = try f["style"]?.string("style")
      if let style, !["body", "note", "bold", "italic"].contains(style) {
        throw TemplateError.badValue(f["style"]!.position, "style", style, expected: ["body", "note", "bold", "italic"])
      }
      return .text(try f.required("text").text("text"), align: align, style: style)
    case "list":
      if v.isSequence { return .list(try v.sequence("list").map { try $0.text("list") }) }
      let f = try Fields(v, "list", allowed: ["data", "item", "limit"])
      let data = try f.required("data")
      return .dataList(data: DataRef(name: try data.string("data"), position: data.position),
                       item: try f.required("item").text("item"), limit: try f["limit"]?.count("limit"))
    case "figures":
      return .figures(try v.sequence("figures").map { item in
        let f = try Fields(item, "figures", allowed: ["value", "label"])
        return FigureSpec(value: try f.required("value").text("value"), label: try f.required("label").text("label"))
      })
    case "chart": return .chart(try chart(v))
    case "table": return .table(try table(v))
    case "spacer": return .spacer(try v.number("spacer", in: 0...400, "0 … 400 pt"))
    case "page-break":
      if case .scalar(let s) = v.node, s.string.isEmpty || s.string == "~" || s.string == "null" { return .pageBreak(template: nil) }
      if v.isMapping, try v.mapping("page-break").isEmpty { return .pageBreak(template: nil) }
      let name = try v.string("page-break")
      guard pageNames.contains(name) else { throw TemplateError.badValue(v.position, "page-break", name, expected: pageNames) }
      return .pageBreak(template: name)
    case "sources":
      if v.isMapping {
        let f = try Fields(v, "sources", allowed: ["title"])
        return .sources(title: try f["title"]?.text("title"))
      }
      if case .scalar(let s) = v.node, !s.string.isEmpty, s.string != "~", s.string != "null" {
        return .sources(title: try v.text("sources"))
      }
      return .sources(title: nil)
    case "section":
      let f = try Fields(v, "section", allowed: ["when", "body"])
      let when = try f.required("when")
      return .section(when: DataRef(name: try when.string("when"), position: when.position),
                      body: try blocks(try f.required("body"), "section.body"))
    default:
      throw TemplateError.unknownBlock(first.keyPosition, first.key)
    }
  }

  static func chart(_ v: TemplateNode) throws -> ChartBlockSpec {
    let f = try Fields(v, "chart", allowed: ["kind", "data", "value", "values", "title", "alt", "caption", "height",
                                             "width", "file", "limit"])
    let kindNode = try f.required("kind")
    let kind = try kindNode.string("kind")
    guard chartKinds.contains(kind) else { throw TemplateError.badValue(kindNode.position, "kind", kind, expected: chartKinds) }
    let data = try f.required("data")
    var values: [DataRef] = []
    if let one = f["value"] { values = [DataRef(name: try one.string("value"), position: one.position)] }
    if let many = f["values"] {
      values = try many.sequence("values").map { DataRef(name: try $0.string("values"), position: $0.position) }
    }
    let width = try f["width"]?.number("width")
    if let width, !(0.2...1).contains(width) {
      throw TemplateError.badValue(f["width"]!.position, "width", "\(width)", expected: ["0.2 … 1 (phần bề rộng trang)"])
    }
    return ChartBlockSpec(kind: kind, data: DataRef(name: try data.string("data"), position: data.position), values: values,
                          title: try f["title"]?.text("title"), alt: try f["alt"]?.text("alt"),
                          caption: try f["caption"]?.text("caption"),
                          height: try f["height"]?.number("height", in: 20...800, "20 … 800 pt (không cao hơn một trang)"),
                          width: width, file: try f["file"]?.fileName("file"), limit: try f["limit"]?.count("limit"),
                          position: v.position)
  }

  static func table(_ v: TemplateNode) throws -> TableBlockSpec {
    let f = try Fields(v, "table", allowed: ["data", "columns", "caption", "zebra", "limit", "page", "font-size"])
    let data = try f.required("data")
    let cols = try f.required("columns").sequence("columns").map { c -> ColumnSpec in
      if c.isScalar { return ColumnSpec(field: try c.string("column"), header: nil, align: nil, position: c.position) }
      let cf = try Fields(c, "column", allowed: ["field", "header", "align"])
      let field = try cf.required("field")
      let align = try cf["align"]?.string("align")
      if let align, !["left", "center", "right"].contains(align) {
        throw TemplateError.badValue(cf["align"]!.position, "align", align, expected: ["left", "center", "right"])
      }
      return ColumnSpec(field: try field.string("field"), header: try cf["header"]?.text("header"), align: align,
                        position: field.position)
    }
    let page = try f["page"]?.string("page")
    if let page, !pageNames.contains(page) { throw TemplateError.badValue(f["page"]!.position, "page", page, expected: pageNames) }
    let spec = TableBlockSpec(data: DataRef(name: try data.string("data"), position: data.position), columns: cols,
                              caption: try f["caption"]?.text("caption"), zebra: try f["zebra"]?.bool("zebra"),
                              limit: try f["limit"]?.count("limit"), page: page,
                              fontSize: try f["font-size"]?.number("font-size", in: 6...20, "6 … 20 pt"))
    if cols.isEmpty {
      throw TemplateError.wrongType(try f.required("columns").position, "columns",
                                    expected: "ít nhất một cột, ví dụ [province, meetings] (at least one column)")
    }
    return spec
  }
}
