//! Checks a normalised template against the statistics before anything is computed or
//! drawn: every Mustache text parses, every name it uses exists, every data table and column
//! a block refers to exists.

/// Validates templates.
public enum TemplateValidator {
  /// Checks every text, name, table and column of a template.
  /// - Throws: the first `TemplateError`, with its file:line:column.
  public static func validate(_ t: ReportTemplate) throws {
    var texts: [TemplateText] = [t.docTitle, t.docSubject, t.typeName, t.title, t.footer].compactMap { $0 }
    if let h = t.header { texts += [h.parentBody, h.issuingBody, h.number, h.placeDate].compactMap { $0 } }
    if let s = t.signature { texts += [s.authority, s.title, s.name].compactMap { $0 } }
    texts += t.recipients
    for text in texts { try check(text, scope: t.scope, tables: []) }
    try blocks(t.body, scope: t.scope)
    if let e = t.empty { try blocks(e, scope: t.scope) }
    try blocks(t.appendix, scope: t.scope)
  }

  static func blocks(_ list: [BlockSpec], scope: TemplateScope) throws {
    for b in list { try block(b, scope: scope) }
  }

  static func block(_ b: BlockSpec, scope: TemplateScope) throws {
    switch b {
    case let .heading(text, _, _): try check(text, scope: scope, tables: [])
    case let .text(text, _, _): try check(text, scope: scope, tables: [])
    case let .list(items): for i in items { try check(i, scope: scope, tables: []) }
    case let .dataList(data, item, _):
      let table = try dataset(data, scope: scope)
      try check(item, scope: scope, tables: [table])
    case let .figures(items):
      for f in items { try check(f.value, scope: scope, tables: []); try check(f.label, scope: scope, tables: []) }
    case let .chart(c):
      let table = try dataset(c.data, scope: scope)
      for v in c.values {
        guard let field = table.field(v.name) else {
          throw TemplateError.unknownField(v.position, v.name, dataset: table.name, known: table.fields.map(\.name))
        }
        guard field.numeric else {
          throw TemplateError.badValue(v.position, "value", v.name, expected: table.fields.filter(\.numeric).map(\.name))
        }
      }
      if c.kind == "tile-map" && table.labelField != "province" {
        throw TemplateError.badValue(c.data.position, "data của tile-map", c.data.name,
                                     expected: ["một bảng theo tỉnh: meetings.byProvince, members.byProvince"])
      }
      for text in [c.title, c.alt, c.caption].compactMap({ $0 }) { try check(text, scope: scope, tables: []) }
    case let .table(tb):
      let table = try dataset(tb.data, scope: scope)
      for col in tb.columns {
        guard table.field(col.field) != nil else {
          throw TemplateError.unknownField(col.position, col.field, dataset: table.name, known: table.fields.map(\.name))
        }
        if let h = col.header { try check(h, scope: scope, tables: []) }
      }
      if let c = tb.caption { try check(c, scope: scope, tables: []) }
    case .spacer, .pageBreak: break
    case let .sources(title): if let title { try check(title, scope: scope, tables: []) }
    case let .section(when, body):
      if DataSchema.value(when.name, scope: scope) == nil && DataSchema.dataset(when.name, scope: scope) == nil {
        throw TemplateError.unknownName(when.position, when.name, suggestions: DataSchema.suggestions(for: when.name, scope: scope))
      }
      try blocks(body, scope: scope)
    }
  }

  static func dataset(_ ref: DataRef, scope: TemplateScope) throws -> DatasetInfo {
    guard let d = DataSchema.dataset(ref.name, scope: scope) else {
      throw TemplateError.unknownDataset(ref.position, ref.name,
                                         known: DataSchema.datasets.filter { scope == .province || !$0.provinceOnly }.map(\.name))
    }
    return d
  }

  /// Parses a text and checks each name it uses; inside `{{#table}}…{{/table}}` the table's
  /// columns are names too.
  static func check(_ text: TemplateText, scope: TemplateScope, tables: [DatasetInfo]) throws {
    _ = try text.compile()
    var stack: [DatasetInfo?] = []
    for tag in text.tags {
      switch tag.kind {
      case "!", "%", "=": continue
      case ">": throw TemplateError.partial(text.position(ofOffset: tag.offset + 2), tag.name)
      case "/": if !stack.isEmpty { stack.removeLast() }; continue
      default: break
      }
      let open = tag.kind == "#" || tag.kind == "^"
      let inScope = tables + stack.compactMap { $0 }
      if tag.name == "." || inScope.contains(where: { $0.field(tag.name) != nil })
        || DataSchema.value(tag.name, scope: scope) != nil
      {
        if open { stack.append(nil) }
        continue
      }
      if let d = DataSchema.dataset(tag.name, scope: scope) {
        guard open else { throw TemplateError.tableAsValue(text.position(ofOffset: tag.offset + 2), tag.name) }
        stack.append(d)
        continue
      }
      throw TemplateError.unknownName(text.position(ofOffset: tag.offset + 2), tag.name,
                                      suggestions: DataSchema.suggestions(for: tag.name, scope: scope)
                                        + inScope.flatMap { $0.fields.map(\.name) }.prefix(3))
    }
  }
}
