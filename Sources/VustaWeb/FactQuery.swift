import Foundation
import VustaModel
import VustaStore

/// The filter of the facts page and of GET /api/facts, read from the query string and checked:
/// a bad year, province or kind is a 400 naming the field and what was expected.
struct FactQuery {
  var year: Int?
  var province: String?
  var kind: String?
  var needsReview = false
  var search: String?
  var page = 1
  var pageSize = 50

  /// Reads `nam`/`year`, `tinh`/`province`, `loai`/`kind`, `ra-soat`/`needsReview`, `q`,
  /// `trang`/`page` (and `limit` for the API, at most 500).
  init(_ value: (String) -> String?, gazetteer: Gazetteer) throws {
    func get(_ a: String, _ b: String) -> String? {
      (value(a) ?? value(b))?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
    }
    if let y = get("nam", "year") {
      guard let n = Int(y), (1945...2100).contains(n) else {
        throw WebError.badRequest("Năm \"\(y)\" không hợp lệ: cần một năm từ 1945 đến 2100 (year).")
      }
      year = n
    }
    if let p = get("tinh", "province") {
      guard let unit = gazetteer.resolve(p, in: .old63) ?? gazetteer.resolve(p, in: .new34) else {
        throw WebError.badRequest("Không có tỉnh, thành phố \"\(p)\"; có phải: "
          + gazetteer.nearest(to: p, in: .old63).joined(separator: ", ") + "? (unknown province)")
      }
      province = unit.name
    }
    if let k = get("loai", "kind") {
      guard FactFilter.isKnown(kind: k) else {
        throw WebError.badRequest("Loại \"\(k)\" không hợp lệ; chọn meeting, figure, citation hoặc một loại hội nghị, "
          + "số liệu, văn bản (unknown kind).")
      }
      kind = k
    }
    if let r = get("ra-soat", "needsReview") { needsReview = ["1", "true", "on", "yes"].contains(r.lowercased()) }
    search = get("q", "q").map { String($0.prefix(200)) }
    if let t = get("trang", "page") {
      guard let n = Int(t), n >= 1, n <= 1_000_000 else {
        throw WebError.badRequest("Trang \"\(t)\" không hợp lệ: cần một số từ 1 (page).")
      }
      page = n
    }
    if let l = value("limit") {
      guard let n = Int(l), (1...500).contains(n) else {
        throw WebError.badRequest("limit \"\(l)\" không hợp lệ: cần một số từ 1 đến 500.")
      }
      pageSize = n
    }
  }

  /// The store's filter of this page.
  var filter: FactFilter {
    FactFilter(year: year, province: province, kind: kind, limit: pageSize, needsReview: needsReview, search: search,
               offset: (page - 1) * pageSize)
  }

  /// The key a page of this query is kept under (its query string and its size: the API's
  /// `limit` is not in the query string), with `rows` for the rendered table's page.
  func cacheKey(rows: Bool) -> String { query() + "\u{1F}\(pageSize)" + (rows ? "#html" : "") }

  /// The page's query string (for links and the way back after an action), with another page.
  func query(page p: Int? = nil) -> String {
    HTML.query([("nam", year.map(String.init)), ("tinh", province), ("loai", kind),
                ("ra-soat", needsReview ? "1" : nil), ("q", search), ("trang", (p ?? page) > 1 ? String(p ?? page) : nil)])
  }
}

extension String {
  /// nil for an empty string.
  var nonEmpty: String? { isEmpty ? nil : self }
}
