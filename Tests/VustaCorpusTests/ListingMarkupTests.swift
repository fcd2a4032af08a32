@testable import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// A category page of three news items in each markup portals use for their lists — an item
/// class, `<article>`, `<li>`, a table's rows, headings over `<hr>`, rows of columns, a headline
/// with its date run together in one line — read as three items, each its own meeting, whether a
/// pager or only the site's footer follows the last.
final class ListingMarkupTests: XCTestCase {
  static let items = [
    ("Liên hiệp hội Yên Bái tổng kết năm 2022", "21/12/2022",
     "Ngày 20/12/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái tổ chức hội nghị tổng kết hoạt động năm 2022."),
    ("Hội thảo về nông nghiệp công nghệ cao", "15/11/2022",
     "Ngày 14/11/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái tổ chức hội thảo về nông nghiệp công nghệ cao."),
    ("Tập huấn kỹ năng phản biện", "02/10/2022",
     "Ngày 1/10/2022, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái mở lớp tập huấn kỹ năng phản biện cho cán bộ hội."),
  ]

  static let markups: [String: ((String, String, String)) -> String] = [
    "item class": { "<div class=\"news-item\"><h3><a href=\"/a\">\($0.0)</a></h3><span class=\"date\">\($0.1)</span><p>\($0.2)</p></div>" },
    "article": { "<article><h2><a href=\"/a\">\($0.0)</a></h2><time datetime=\"2022\">\($0.1)</time><p>\($0.2)</p></article>" },
    "list entry": { "<li><a href=\"/a\">\($0.0)</a> (\($0.1))<p>\($0.2)</p></li>" },
    "table row": { "<tr><td><a href=\"/a\">\($0.0)</a><br>\($0.1)<br>\($0.2)</td></tr>" },
    "heading and rule": { "<h3><a href=\"/a\">\($0.0)</a></h3><div>\($0.1)</div><div>\($0.2)</div><hr>" },
    "columns": { "<div class=\"row\"><div class=\"col\"><a href=\"/a\"><b>\($0.0)</b></a><br>(\($0.1))<br>\($0.2)</div></div>" },
    "headline and date run together": { "<div class=\"item\"><a href=\"/a\">\($0.0)</a><span>\($0.1)</span><div class=\"sapo\">\($0.2)</div></div>" },
    "excerpt with a link": { "<div class=\"post\"><a class=\"title\" href=\"/a\">\($0.0)</a> <em>\($0.1)</em> <p class=\"excerpt\">\($0.2) <a>Xem tiếp</a></p></div>" },
  ]

  func page(_ markup: ((String, String, String)) -> String, name: String, pager: Bool) -> Article {
    var body = Self.items.map(markup).joined()
    if name == "list entry" { body = "<ul class=\"list-news\">" + body + "</ul>" }
    if name == "table row" { body = "<table>" + body + "</table>" }
    let html = "<html><head><title>Tin hoạt động - Liên hiệp hội Yên Bái</title></head><body><div class=\"menu\"><a href=\"/\">Trang chủ</a> <a href=\"/tin\">Tin tức</a></div><h1>Tin hoạt động</h1>"
      + body + (pager ? "<div class=\"pager\"><a>1</a> <a>2</a> <a>3</a> <a>Trang sau</a></div>" : "")
      + "<div class=\"footer\">Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái. Địa chỉ: số 1 đường Hòa Bình. Điện thoại: 0216 3852 123. Email: lhh@yenbai.gov.vn</div></body></html>"
    let h = HTMLText(html: html)
    return Article(id: "p", path: "p.html", text: VietnameseText.nfc(h.text), sha256: "", source: h.source)
  }

  func testEveryMarkupGivesThreeItems() {
    for (name, markup) in Self.markups {
      for pager in [true, false] {
        let docs = Extractor().extractAll(page(markup, name: name, pager: pager))
        let label = "\(name)\(pager ? " over a pager" : "")"
        XCTAssertEqual(docs.map(\.id), ["p#1", "p#2", "p#3"], label)
        XCTAssertEqual(docs.map { $0.published?.iso }, ["2022-12-21", "2022-11-15", "2022-10-02"], label)
        XCTAssertEqual(docs.map { $0.meetings.map { $0.date?.iso ?? "-" } }, [["2022-12-20"], ["2022-11-14"], ["2022-10-01"]], label)
      }
    }
  }

  /// An English edition's news list: its items dated "December 21, 2022", a pager of "Next", an
  /// English footer; each item (too short to tell its language alone) read by the English rules.
  func testAnEnglishEditionsListGivesItsItems() {
    let items = [
      ("Yen Bai union reviews its work in 2022", "December 21, 2022",
       "On December 20, 2022, the Yen Bai Union of Science and Technology Associations held a conference to review its activities in 2022."),
      ("Workshop on high-tech agriculture", "15/11/2022",
       "On November 14, 2022, the Yen Bai Union of Science and Technology Associations held a workshop on high-tech agriculture in Yen Bai city."),
      ("Training course on social consultancy", "02/10/2022",
       "On October 1, 2022, the Yen Bai Union of Science and Technology Associations opened a training course on consultancy and social criticism."),
    ]
    for markup in [Self.markups["item class"]!, Self.markups["list entry"]!] {
      var body = items.map(markup).joined()
      if body.hasPrefix("<li>") { body = "<ul>" + body + "</ul>" }
      let html = "<html><head><title>News - VUSTA</title></head><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><h1>News</h1>" + body
        + "<div class=\"pager\"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></div><div class=\"footer\">Vietnam Union of Science and Technology Associations. Address: 53 Nguyen Du, Hanoi. Tel: 024 3822 6436. Email: vusta@vusta.vn</div></body></html>"
      let h = HTMLText(html: html)
      let docs = Extractor().extractAll(Article(id: "p", path: "p.html", text: VietnameseText.nfc(h.text), sha256: "", source: h.source))
      XCTAssertEqual(docs.map { $0.published?.iso }, ["2022-12-21", "2022-11-15", "2022-10-02"])
      XCTAssertEqual(docs.map { $0.meetings.map { "\($0.date?.iso ?? "-") \($0.province ?? "-") \($0.kind)" } },
                     [["2022-12-20 Yên Bái tong_ket"], ["2022-11-14 Yên Bái hoi_thao"], ["2022-10-01 Yên Bái tap_huan"]])
    }
  }

  /// The review's counter-examples: a headline with "trạng sau" in it is no pager; a page's own
  /// list under "Tin mới" over a pager is the page's, beside a sidebar's list.
  func testTheReviewsListingCounterExamples() {
    var items = Self.items
    items[1].0 = "Thực trạng sau 5 năm thực hiện Nghị quyết"
    let html = "<html><body><h1>Tin hoạt động</h1>" + items.map(Self.markups["item class"]!).joined()
      + "<div class=\"footer\">Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái. Điện thoại: 0216 3852 123. Email: lhh@yenbai.gov.vn</div></body></html>"
    let h = HTMLText(html: html)
    XCTAssertEqual(Extractor().extractAll(Article(id: "p", path: "p.html", text: VietnameseText.nfc(h.text), sha256: "", source: h.source)).count, 3)
    let own = "<h1>Tin mới</h1><ul>" + Self.items.map(Self.markups["list entry"]!).joined() + "</ul><div class=\"pager\"><a>1</a> <a>2</a> <a>Trang sau</a></div>"
    let side = "<h2>Hoạt động hội thành viên</h2><ul><li><a>Hội Y học tỉnh Yên Bái tổ chức hội nghị khoa học</a> (05/09/2022)<p>Ngày 4/9/2022, Hội Y học tỉnh Yên Bái tổ chức hội nghị khoa học thường niên cho hội viên.</p></li><li><a>Hội Nông học tập huấn cho nông dân</a> (01/09/2022)<p>Ngày 31/8/2022, Hội Nông học tỉnh Yên Bái mở lớp tập huấn kỹ thuật cho nông dân hai xã.</p></li></ul>"
    let page = HTMLText(html: "<html><body>" + own + side + "</body></html>")
    let got = ListingPage.items(in: page.text)?.compactMap(\.title) ?? []
    XCTAssertEqual(Array(got.prefix(3)), Self.items.map(\.0))
  }

  /// An article saved in an `<article>` element with lists in it (the guests, the chairs, the
  /// papers) is one article, not a listing page of its entries.
  func testAnArticleWithListsIsNoListing() {
    let html = """
      <html><body><article>
      <h1>Hội thảo khoa học về cây mắc ca ở Lai Châu</h1>
      <p class="author">ThS. Nguyễn An, ThS. Trần Bình</p>
      <p><strong>Hội thảo khoa học “Phát triển cây mắc ca bền vững ở vùng núi phía Bắc” do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lai Châu tổ chức đã diễn ra sáng 14/10/2022 tại thành phố Lai Châu, tỉnh Lai Châu; nhiều nhà khoa học, doanh nghiệp và hộ trồng mắc ca trong tỉnh đã đến dự và góp ý.</strong></p>
      <h3>Thành phần tham dự</h3>
      <ul>
      <li>Đồng chí Lê Văn Cường – Phó Chủ tịch UBND tỉnh Lai Châu;</li>
      <li>Đại diện các Sở, ngành và các hộ trồng mắc ca;</li>
      </ul>
      <h3>Các tham luận được trình bày</h3>
      <ul>
      <li>Hiện trạng trồng mắc ca ở các huyện vùng cao</li>
      <li>Giống mắc ca và kỹ thuật ghép cho vùng núi phía Bắc</li>
      <li>Thị trường hạt mắc ca trong nước và xuất khẩu</li>
      <li>Liên kết doanh nghiệp với hộ trồng mắc ca trong tỉnh</li>
      </ul>
      </article></body></html>
      """
    XCTAssertNil(ListingPage.items(in: VietnameseText.nfc(HTMLText(html: html).text)))
  }
}
