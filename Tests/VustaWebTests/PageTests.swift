import Foundation
import HTTPTypes
import HummingbirdTesting
import VustaStore
import VustaWeb
import XCTest

/// The pages: dashboard, facts, the security headers, escaping and the Vietnamese error pages.
final class PageTests: WebTestCase {
  func testDashboardShowsTheYearWithChartsAndSecurityHeaders() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.get("/?nam=2022")
      XCTAssertEqual(r.status, .ok)
      XCTAssertTrue(r.text.contains("Tổng quan năm 2022"))
      XCTAssertTrue(r.text.contains("<svg"), "charts inline as SVG")
      XCTAssertFalse(r.text.contains("<?xml"), "no XML declaration inside HTML")
      XCTAssertTrue(r.text.contains("dữ kiện độ tin cậy thấp chưa rà soát"))
      XCTAssertEqual(r.headers[.xContentTypeOptions], "nosniff")
      XCTAssertTrue(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
      XCTAssertTrue(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
      XCTAssertEqual(r.headers[HTTPField.Name("X-Frame-Options")!], "DENY")
      XCTAssertEqual(r.headers[HTTPField.Name("Referrer-Policy")!], "no-referrer")
      let cookie = r.headers[values: .setCookie].first { $0.hasPrefix("vusta_csrf=") } ?? ""
      XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
      // ids of several inline SVGs do not collide
      let ids = r.text.components(separatedBy: "id=\"c1-").count
      XCTAssertGreaterThan(ids, 1)
    }
  }

  func testDashboardBadYearAndDivisionAre400InVietnamese() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.get("/?nam=abc")
      XCTAssertEqual(r.status, .badRequest)
      XCTAssertTrue(r.text.contains("Năm &quot;abc&quot; không hợp lệ"), r.text)
      try await b.expect("/?nam=9999", .badRequest)
      try await b.expect("/?danh-muc=12", .badRequest)
    }
  }

  func testUnknownPageIsA404InVietnameseWithoutTrace() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let r = try await b.get("/khong-co")
      XCTAssertEqual(r.status, .notFound)
      XCTAssertTrue(r.text.contains("Không tìm thấy"))
      XCTAssertTrue(r.text.contains("<html lang=\"vi\">"))
      XCTAssertEqual(r.headers[.xContentTypeOptions], "nosniff")
      let api = try await b.get("/api/khong-co")
      XCTAssertEqual(api.status, .notFound)
      XCTAssertTrue(api.text.contains("\"error\""))
    }
  }

  func testFactsPageFiltersAndPages() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let all = try await b.get("/du-kien")
      XCTAssertEqual(all.status, .ok)
      XCTAssertTrue(all.text.contains("Dữ kiện <span class=\"muted\">(16)</span>"), "the 16 seed facts")
      XCTAssertTrue(all.text.contains("href=\"/bai-viet/"), "a link to the article")
      let y = try await b.get("/du-kien?nam=2022&loai=meeting")
      XCTAssertTrue(y.text.contains("M-64d2fe5937a7"))
      XCTAssertFalse(y.text.contains("M-d6e3216ef5c0"), "a 2020 meeting is filtered out")
      let p = try await b.get("/du-kien?tinh=Hai%20Phong")
      XCTAssertTrue(p.text.contains("Hải Phòng"))
      XCTAssertFalse(p.text.contains("Phú Thọ</td>"))
      let review = try await b.get("/du-kien?ra-soat=1")
      XCTAssertTrue(review.text.contains("cần rà soát"))
      XCTAssertFalse(review.text.contains("M-fe7f5898ce8e"), "a high-confidence fact is not listed")
      XCTAssertTrue(review.text.contains("M-d6e3216ef5c0"), "a meeting whose year comes from the title is")
      let q = try await b.get("/du-kien?q=giao%20ban")
      XCTAssertTrue(q.text.contains("<mark>giao ban</mark>"), "matched words are marked")
    }
  }

  func testFactsPageBadFiltersAre400AndEscaped() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let p = try await b.get("/du-kien?tinh=%3Cscript%3Ealert(1)%3C/script%3E")
      XCTAssertEqual(p.status, .badRequest)
      XCTAssertFalse(p.text.contains("<script>"), "input is HTML-escaped")
      XCTAssertTrue(p.text.contains("&lt;script&gt;"))
      try await b.expect("/du-kien?loai=khong-co", .badRequest)
      try await b.expect("/du-kien?nam=1800", .badRequest)
      try await b.expect("/du-kien?trang=0", .badRequest)
      // a search with markup is shown escaped, never as markup
      let s = try await b.get("/du-kien?q=%3Cb%3Ex")
      XCTAssertEqual(s.status, .ok)
      XCTAssertFalse(s.text.contains("<b>x"))
    }
  }

  func testStylesheetAndOpenAPIDocument() async throws {
    let app = try await makeApp()
    try await withClient(app) { b in
      let css = try await b.get("/static/app.css")
      XCTAssertEqual(css.status, .ok)
      XCTAssertEqual(css.headers[.contentType], "text/css; charset=utf-8")
      let api = try await b.get("/api/openapi.json")
      XCTAssertEqual(api.status, .ok)
      let doc = try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any]
      XCTAssertEqual(doc?["openapi"] as? String, "3.0.3")
      let paths = (doc?["paths"] as? [String: Any])?.keys.sorted() ?? []
      for p in ["/api/facts", "/api/facts/{id}/corrections", "/api/stats", "/api/documents", "/api/reports"] {
        XCTAssertTrue(paths.contains(p), p)
      }
    }
  }
}

/// The store's new listing calls the pages rest on.
final class StoreListingTests: WebTestCase {
  func testFactSearchOffsetCountAndDocuments() throws {
    let store = try Store.open(path: dbPath, access: .readOnly)
    let all = try store.facts(FactFilter())
    XCTAssertEqual(try store.factCount(FactFilter()), all.count)
    // pages of 4 put together are the whole list, in order, across the three fact tables
    var paged: [StoredFact] = []
    for page in 0..<((all.count + 3) / 4) { paged += try store.facts(FactFilter(limit: 4, offset: page * 4)) }
    XCTAssertEqual(paged.map(\.id), all.map(\.id))
    XCTAssertEqual(try store.facts(FactFilter(offset: all.count)).count, 0)
    XCTAssertEqual(try store.facts(FactFilter(search: all[3].id)).map(\.id), [all[3].id], "an id is found")
    XCTAssertEqual(try store.factCount(FactFilter(search: "100%_\\")), 0, "LIKE wildcards are literal")
    let byDoc = try store.facts(FactFilter(document: all[0].document))
    XCTAssertTrue(byDoc.allSatisfy { $0.document == all[0].document } && !byDoc.isEmpty)
    XCTAssertEqual(try store.documentCount(), 5)
    XCTAssertEqual(try store.documents(limit: 2, offset: 4).count, 1)
    let links = try store.documentLinks(paths: all.map(\.document))
    XCTAssertEqual(Set(links.keys), Set(all.map(\.document)))
    XCTAssertNil(try store.document(id: 999_999))
    let stamp = try store.changeStamp()
    let writable = try Store.open(path: dbPath)
    try writable.correct([Correction(factKey: all[0].id, field: .reviewed, value: "1")])
    XCTAssertNotEqual(try writable.changeStamp(), stamp, "a correction changes the stamp")
  }
}
