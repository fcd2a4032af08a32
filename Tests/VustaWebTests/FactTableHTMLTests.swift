import Foundation
import VustaStore
import XCTest
@testable import VustaWeb

/// The facts table's rows, written without the template engine: every value escaped, the forms
/// only for editors, the search marked.
final class FactTableHTMLTests: XCTestCase {
  func fact(_ fields: [String: Any]) throws -> StoredFact {
    var all: [String: Any] = [
      "id": "M-0123456789ab", "type": "meeting", "date": "2023-03-21", "province": "Hải Phòng", "kind": "giao_ban",
      "detail": "LHH Hải Phòng", "evidence": "Ngày 21/3/2023, Liên hiệp hội tổ chức giao ban.", "document": "a.txt",
      "corrected": false, "rejected": false, "confidence": "high", "reviewed": false,
    ]
    all.merge(fields) { _, new in new }
    return try JSONDecoder().decode(StoredFact.self, from: JSONSerialization.data(withJSONObject: all))
  }

  func testEveryValueIsEscaped() throws {
    let hostile = try fact([
      "province": "<script>alert(1)</script>", "detail": "a \"quoted\" & 'single'",
      "evidence": "<img src=x onerror=alert(1)> giao ban", "id": "M-<b>",
    ])
    let links = ["a.txt": DocumentLink(id: 7, url: "https://example.vn/a?x=1&y=\"2\"")]
    let html = FactTableHTML(editable: true, csrf: "tok\"en", back: "/du-kien?q=<x>", search: "giao ban")
      .rows([hostile], links: links)
    XCTAssertFalse(html.contains("<script>"))
    XCTAssertFalse(html.contains("<img"))
    XCTAssertFalse(html.contains("<b>"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("a &quot;quoted&quot; &amp; &#39;single&#39;"))
    XCTAssertTrue(html.contains("value=\"tok&quot;en\""))
    XCTAssertTrue(html.contains("value=\"/du-kien?q=&lt;x&gt;\""))
    XCTAssertTrue(html.contains("href=\"https://example.vn/a?x=1&amp;y=&quot;2&quot;\""))
    XCTAssertTrue(html.contains("<mark>giao ban</mark>"), "the search is marked")
    XCTAssertTrue(html.contains("href=\"/bai-viet/7\""))
  }

  func testAnAmpersandFollowedByACombiningMarkIsWrittenOnce() throws {
    let f = try fact(["detail": "x&\u{301}y"])
    let html = FactTableHTML(editable: false, csrf: "", back: "/du-kien", search: nil).rows([f], links: [:])
    XCTAssertTrue(html.contains("<td>x&amp;\u{301}y</td>"), html)
  }

  func testFormsOnlyForEditorsAndTheRightActions() throws {
    let rejected = try fact(["rejected": true, "reviewed": true, "confidence": "low", "why": "date_unknown"])
    let viewer = FactTableHTML(editable: false, csrf: "t", back: "/du-kien", search: nil).rows([rejected], links: [:])
    XCTAssertFalse(viewer.contains("<form"))
    XCTAssertTrue(viewer.contains("class=\"rejected low\""))
    XCTAssertTrue(viewer.contains("đã loại"))
    let editor = FactTableHTML(editable: true, csrf: "t", back: "/du-kien", search: nil).rows([rejected], links: [:])
    XCTAssertTrue(editor.contains("value=\"restore\""))
    XCTAssertFalse(editor.contains("value=\"reject\""))
    XCTAssertFalse(editor.contains("value=\"reviewed\""), "already reviewed")
    XCTAssertTrue(editor.contains("<option value=\"giao_ban\">"), "the meeting kinds to choose from")
    let citation = try fact(["type": "citation", "kind": "chi_thi"])
    let c = FactTableHTML(editable: true, csrf: "t", back: "/du-kien", search: nil).rows([citation], links: [:])
    XCTAssertFalse(c.contains("name=\"loai\""), "a citation's type is not chosen here")
  }

  /// The rows kept with a slot for the token give, filled, the rows rendered with the token.
  func testRowsWithATokenSlotFilledEqualRowsRenderedWithTheToken() throws {
    let facts = [try fact([:]), try fact(["id": "F-0123456789ab", "type": "figure", "kind": "hoi_vien"]),
                 try fact(["id": "C-0123456789ab", "type": "citation", "kind": "chi_thi", "rejected": true])]
    let links = ["a.txt": DocumentLink(id: 3, url: "https://example.vn/a")]
    for token in ["0123abcd", "to\"k&en"] {
      let direct = FactTableHTML(editable: true, csrf: token, back: "/du-kien?trang=2", search: "giao")
        .rows(facts, links: links)
      let slotted = TokenSlots(FactTableHTML(editable: true, csrf: TokenSlots.marker, back: "/du-kien?trang=2",
                                             search: "giao").rows(facts, links: links))
      XCTAssertEqual(slotted.pieces.count, 2 * facts.count + 1, "two forms per row, one token each")
      XCTAssertEqual(slotted.filled(with: token), direct)
      XCTAssertFalse(slotted.filled(with: token).contains(TokenSlots.marker))
    }
    XCTAssertEqual(TokenSlots("no slot").filled(with: "x"), "no slot")
  }
}
