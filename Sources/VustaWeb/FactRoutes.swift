import Foundation
import Hummingbird
import VustaModel
import VustaStore

extension WebApp {
  /// Dữ kiện: the filterable, paginated facts with their evidence, and the correction actions.
  func addFactRoutes(_ router: Router<WebContext>) {
    router.get("/du-kien") { request, context -> Response in
      let params = request.uri.queryParameters
      let q = try FactQuery({ params[Substring($0)].map(String.init) }, gazetteer: self.store.gazetteer)
      let pageData = try await self.factPageData(q, rows: true)
      let (facts, total) = (pageData.facts, pageData.total)
      let pages = max(1, (total + q.pageSize - 1) / q.pageSize)
      // (a page past the last — an old link, facts rejected since — goes to the last page)
      if q.page > pages { return WebApp.redirect("/du-kien" + q.query(page: pages)) }
      let editable = context.user?.canEdit == true
      var data: [String: Any] = [
        "rows": editable ? pageData.editableRows?.filled(with: context.csrf) ?? "" : pageData.readOnlyRows ?? "",
        "total": NumberText.grouped(total), "page": q.page, "pages": pages,
        "year": q.year.map(String.init) ?? "", "province": q.province ?? "", "search": q.search ?? "",
        "needsReview": q.needsReview, "kindOptions": self.kindOptionsHTML(selected: q.kind),
        "provinceOptions": self.provinceOptionsHTML, "empty": facts.isEmpty,
        "editable": editable,
      ]
      if q.page > 1 { data["prev"] = "/du-kien" + q.query(page: q.page - 1) }
      if q.page < pages { data["next"] = "/du-kien" + q.query(page: q.page + 1) }
      if let done = params["da-sua"].map(String.init), FactEdit.isFactID(done) { data["done"] = done }
      return self.page("facts", title: "Dữ kiện", section: "facts", context: context, data: data)
    }
    router.post("/du-kien/{id}") { request, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let form = try await self.form(request, context, edit: true)
      var edit = FactEdit()
      switch form["action"] ?? "save" {
      case "save":
        edit.province = form["tinh"]
        edit.date = form["ngay"]
        edit.kind = form["loai"]
        edit.clearProvince = form["xoa-tinh"] != nil
        edit.clearDate = form["xoa-ngay"] != nil
      case "reviewed": edit.reviewed = true
      case "reject": edit.reject = true
      case "restore": edit.restore = true
      case "undo": edit.undo = true
      case let other: throw WebError.badRequest("Thao tác \"\(other)\" không có (unknown action).")
      }
      let change = edit
      _ = try await self.blocking { [store = self.store] in try change.apply(to: store, id: id) }
      self.storeChanged()
      let back = WebApp.localPath(form["tro-ve"]).flatMap { $0.hasPrefix("/du-kien") || $0.hasPrefix("/bai-viet/") ? $0 : nil }
        ?? "/du-kien"
      let sep = back.contains("?") ? "&" : "?"
      return WebApp.redirect(back + sep + "da-sua=" + HTML.percent(id) + "#" + HTML.percent(id))
    }
  }

  /// One row of the facts table for the template.
  func factRow(_ f: StoredFact, link: DocumentLink?, search: String?, back: String) -> [String: Any] {
    var row: [String: Any] = [
      "id": f.id, "type": WebApp.typeLabel(f.type),
      "date": f.date.flatMap(FactDate.init(iso:))?.vietnamese ?? "", "dateISO": f.date ?? "",
      "province": f.provinceLabel, "kind": WebApp.kindLabel(f.type, f.kind), "detail": f.detail,
      "evidence": HTML.marked(f.evidence, search), "document": f.document, "back": back,
      "rejected": f.rejected, "corrected": f.corrected, "reviewed": f.reviewed,
      "low": f.confidence == "low", "why": f.why.map { ConfidenceReason.vietnamese($0) } ?? "",
      "kindOptions": WebApp.kindOptionsHTML[f.type] ?? "", "hasKinds": f.type != "citation",
    ]
    if let link {
      row["articleId"] = link.id
      if let u = link.url, u.hasPrefix("http://") || u.hasPrefix("https://") { row["url"] = u }
    }
    row["status"] = WebApp.factStatus(f)
    return row
  }

  /// A fact's review state in words ("" for a fact nobody has looked at that is not doubtful).
  static func factStatus(_ f: StoredFact) -> String {
    f.rejected ? "đã loại" : f.corrected ? "đã sửa" : f.reviewed ? "đã rà soát" : f.confidence == "low" ? "cần rà soát" : ""
  }

  static func typeLabel(_ t: String) -> String {
    switch t {
    case "meeting": return "Hội nghị"
    case "figure": return "Số liệu"
    default: return "Trích dẫn"
    }
  }

  static func kindLabel(_ type: String, _ kind: String) -> String {
    switch type {
    case "meeting": return MeetingKind(rawValue: kind)?.label ?? kind
    case "figure": return MemberMetric(rawValue: kind)?.label ?? kind
    default: return DocumentType(rawValue: kind)?.label ?? kind
    }
  }

  /// The `<option>`s of the kinds a fact of each type can be set to (none for citations),
  /// escaped once: rendering them per row through the templates took most of a page's time.
  static let kindOptionsHTML: [String: String] = {
    func options(_ all: [(String, String)]) -> String {
      all.map { "<option value=\"\(HTML.escape($0.0))\">\(HTML.escape($0.1))</option>" }.joined()
    }
    return ["meeting": options(MeetingKind.allCases.map { ($0.rawValue, $0.label) }),
            "figure": options(MemberMetric.allCases.map { ($0.rawValue, $0.label) })]
  }()

  /// The filter's kind choices as `<option>`s, the chosen one selected.
  func kindOptionsHTML(selected: String?) -> String {
    var out = HTMLText(capacity: 4096)
    for o in WebApp.kindChoices {
      out.raw("<option value=\""); out.text(o.value); out.raw(o.value == selected ? "\" selected>" : "\">")
      out.text(o.label); out.raw("</option>")
    }
    return out.string
  }

  /// The filter's kind choices, grouped by fact type.
  static let kindChoices: [(value: String, label: String)] =
    [("meeting", "Hội nghị (mọi loại)"), ("figure", "Số liệu (mọi loại)"), ("citation", "Trích dẫn (mọi loại)")]
    + MeetingKind.allCases.map { (typed("meeting", $0.rawValue), "Hội nghị: " + $0.label) }
    + MemberMetric.allCases.map { (typed("figure", $0.rawValue), "Số liệu: " + $0.label) }
    + DocumentType.allCases.map { (typed("citation", $0.rawValue), "Văn bản: " + ($0 == .khac ? "Khác" : $0.label)) }

  /// A kind's filter value: the kind, or "type:kind" where the same word is a kind of another
  /// type too ("khac": three choices, one value, the filter mixing them).
  static func typed(_ type: String, _ kind: String) -> String {
    FactFilter.parse(kind: kind).types.count > 1 ? "\(type):\(kind)" : kind
  }

  /// Every province name of both divisions, for the province fields' suggestions.
  func provinceNames() -> [String] { provinceNameList }

  /// Every unit of both divisions in Vietnamese order (sorted once: sorting per page cost 8% of it).
  static func provinceNameList(_ g: Gazetteer) -> [String] {
    Array(Set(g.units(.old63).map(\.name) + g.units(.new34).map(\.name))).sorted(by: VietnameseCollation.less)
  }
}

extension WebApp {
  /// One page of facts of a query and how many facts pass its filter in all. The count (three
  /// COUNTs over every fact: about 20 ms on 286,517 facts) is kept until the store changes.
  func factPage(_ q: FactQuery) async throws -> ([StoredFact], Int) {
    let page = try await factPageData(q, rows: false)
    return (page.facts, page.total)
  }

  /// One page of facts, how many pass the filter, and their articles' links, kept per query
  /// while the store is unchanged (recomputed at most once a second while another process
  /// writes it; cleared at once by this server's own corrections). With `rows`, the table's
  /// rows are rendered too, for an editor (with a slot for each viewer's token) and a viewer.
  func factPageData(_ q: FactQuery, rows: Bool) async throws -> FactPageData {
    try await blocking { [store = self.store, counts = self.factCounts, pages = self.factPages] in
      try pages.value(q.cacheKey(rows: rows), stamp: try store.changeStamp()) {
        let filter = q.filter
        let facts = try store.facts(filter)
        let key = [filter.year.map(String.init), filter.province, filter.kind, filter.includeRejected ? "r" : nil,
                   filter.needsReview ? "n" : nil, filter.search, filter.document].map { $0 ?? "" }.joined(separator: "\u{1F}")
        let total = try counts.value(key, stamp: try store.changeStamp()) { try store.factCount(filter) }
        var page = FactPageData(facts: facts, total: total, links: try store.documentLinks(paths: facts.map(\.document)))
        if rows {
          let back = "/du-kien" + q.query()
          page.editableRows = TokenSlots(FactTableHTML(editable: true, csrf: TokenSlots.marker, back: back, search: q.search)
            .rows(facts, links: page.links))
          page.readOnlyRows = FactTableHTML(editable: false, csrf: "", back: back, search: q.search)
            .rows(facts, links: page.links)
        }
        return page
      }
    }
  }
}

/// A page of the facts listing as read from the store.
struct FactPageData: Sendable {
  var facts: [StoredFact]
  var total: Int
  var links: [String: DocumentLink]
  /// The table's rows for an editor, each form with a slot for the viewer's CSRF token.
  var editableRows: TokenSlots?
  /// The table's rows for a viewer (no forms).
  var readOnlyRows: String?
}
