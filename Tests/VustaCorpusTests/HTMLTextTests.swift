@testable import VustaCorpus
import VustaExtract
import VustaModel
import XCTest

/// The HTML reader works on bytes: what it keeps of a page's text, head and item boxes.
final class HTMLTextTests: XCTestCase {
  /// The tag names' hashes are written out as literals (no lazy initialiser per read): each must
  /// be the hash of its name.
  func testTagNameConstantsAreTheHashesOfTheirNames() {
    let written: [(String, UInt64)] = [
      ("meta", HTMLText.meta), ("link", HTMLText.link), ("title", HTMLText.title), ("body", HTMLText.body),
      ("script", HTMLText.script), ("a", HTMLText.a), ("time", HTMLText.time), ("ul", HTMLText.ul),
      ("ol", HTMLText.ol), ("li", HTMLText.li), ("article", HTMLText.article), ("div", HTMLText.div),
      ("section", HTMLText.section), ("p", HTMLText.p), ("br", HTMLText.br), ("b", HTMLText.b),
      ("strong", HTMLText.strong),
    ]
    for (name, value) in written {
      XCTAssertEqual(value, HTMLText.hash(name.utf8), name)
      var tag = Array(name.uppercased().utf8) + Array(" class=\"x\"".utf8)
      let (h, closing) = tag.withUnsafeMutableBufferPointer { HTMLText.tagName(UnsafeBufferPointer($0)) }
      XCTAssertEqual(h, value, "<\(name.uppercased()) …> read as \(name)")
      XCTAssertFalse(closing)
    }
  }

  func testBlocksSpacesAndEntities() {
    let page = HTMLText(html: "<p>Hội&nbsp;nghị   giao\tban</p><div>ng&amp;agrave;y 21/3</div><br>\u{A0}x  <!-- y --> z")
    XCTAssertEqual(page.text, "Hội nghị giao ban\nngày 21/3\nx z")
  }

  /// A <title> the page never closes ends where the body's first block starts: the page's text
  /// is not its title.
  /// A page saved from the Wayback Machine: the archive's toolbar between its two comments
  /// (capture dates, counts, "About this capture") is no part of the page's text; an unclosed
  /// begin comment skips nothing.
  func testTheWaybackToolbarIsSkipped() {
    let page = HTMLText(html: """
      <body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><a href="/web/">The Wayback Machine</a>
      <div>47 captures · 12 Aug 2017 - 9 Jan 2021</div><div>About this capture</div></div>
      <!-- END WAYBACK TOOLBAR INSERT --><h1>Hội nghị tổng kết</h1><p>Ngày 11/1/2017, Liên hiệp hội tổ chức hội nghị.</p></body>
      """)
    XCTAssertEqual(page.text, "Hội nghị tổng kết\nNgày 11/1/2017, Liên hiệp hội tổ chức hội nghị.")
    XCTAssertEqual(HTMLText(html: "<!-- BEGIN WAYBACK TOOLBAR INSERT --><p>Hội nghị</p>").text, "Hội nghị")
  }

  /// A page cut off inside a tag ("<title Liên hiệp", an unclosed structured-data script's
  /// opening tag, a bare "<") is read up to the cut; nothing traps (the fuzzer found the title's
  /// case: the reader looked for "</title>" from past the page's end).
  func testAPageCutOffInsideATag() {
    for html in [
      "<html><head><title Liên hiệp", "<p>Hội nghị</p><title", "<p>Hội nghị</p><script type=\"application/ld+json\"",
      "<p>Hội nghị</p><", "<p>Hội nghị</p><!-- ", "<p>Hội nghị</p><a href=\"x",
    ] {
      let page = HTMLText(html: html)
      XCTAssertTrue(page.text.isEmpty || page.text.hasPrefix("Hội nghị"), html)
    }
  }

  func testAnUnclosedTitleEndsAtTheFirstBlock() {
    let page = HTMLText(html: "<html><head><title>Hội nghị tổng kết - Báo X\n<meta name=\"description\" content=\"y\"></head><body><h1>Hội nghị tổng kết</h1><p>Ngày 12/5, Liên hiệp hội họp.</p></body></html>")
    XCTAssertEqual(page.source.title, "Hội nghị tổng kết - Báo X")
    XCTAssertEqual(page.text, "Hội nghị tổng kết\nNgày 12/5, Liên hiệp hội họp.")
    // a closed title is read as before, a line break in it too
    XCTAssertEqual(HTMLText(html: "<title>A <b>B</b></title><p>C</p>").source.title, "A B")
    XCTAssertEqual(HTMLText(html: "<title>Liên hiệp hội<br>Hội nghị</title><p>C</p>").source.title, "Liên hiệp hộiHội nghị")
  }

  func testDroppedElementsAndSelfClosingOnes() {
    let page = HTMLText(html: "<nav>menu</nav><script>var a = '<p>';</script><p>còn</p><iframe/><p>lại</p>")
    XCTAssertEqual(page.text, "còn\nlại")
  }

  /// An ASP.NET or DotNetNuke page wraps everything in one `<form id="Form">`, and a poll's own
  /// `<form>` inside it closes first: the article is read; a form's controls are not.
  func testAPageWideFormKeepsItsArticle() {
    let page = HTMLText(html: """
      <form method="post" id="Form"><div class="LeftPane"><form class="poll"><p>Bạn đánh giá thế nào?</p>\
      <select><option>Tốt</option></select><button>Gửi</button><textarea>ý kiến</textarea></form></div>\
      <article><p>Ngày 25/12/2024, Liên hiệp Hội tỉnh An Giang tổ chức hội nghị tổng kết.</p></article></form>
      """)
    XCTAssertTrue(page.text.contains("Ngày 25/12/2024, Liên hiệp Hội tỉnh An Giang tổ chức hội nghị tổng kết."), page.text)
    for control in ["Tốt", "Gửi", "ý kiến"] { XCTAssertFalse(page.text.contains(control), control) }
  }

  /// A Windows line end ("\r\n") and an old Mac one ("\r") are line ends like "\n" (they had been
  /// kept glued together, as the string reader's `Character` had them, and a Windows-saved page
  /// then read as a listing: PlainTextTests); a title is one line, its breaks spaces.
  func testCarriageReturnsAreLineEnds() {
    XCTAssertEqual(HTMLText(html: "<div>một \r\n hai\rba</div>").text, "một\nhai\nba")
    XCTAssertEqual(HTMLText(html: "<div>một \n hai\nba</div>").text, "một\nhai\nba")
    XCTAssertEqual(HTMLText(html: "<p>một \r\n hai\rba</p>").text, "một hai ba")  // (a paragraph's wraps)
    XCTAssertEqual(HTMLText(html: "<title>Tiêu\r\nđề</title><p>x</p>").source.title, "Tiêu đề")
    XCTAssertEqual(HTMLText(html: "<title>Tiêu\n  đề\rmới</title><p>x</p>").source.title, "Tiêu đề mới")
  }

  /// A paragraph wrapped in the page's source is one paragraph (its date and its union stay in
  /// one sentence); a <br> inside it keeps it open; outside paragraphs line breaks still end lines.
  func testAWrappedParagraphIsOneLine() {
    XCTAssertEqual(HTMLText(html: "<p>Ngày 20/12/2019, Liên hiệp các Hội\nKhoa học và Kỹ thuật tỉnh\r\nHà Giang tổ chức hội nghị.</p>").text,
                   "Ngày 20/12/2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang tổ chức hội nghị.")
    XCTAssertEqual(HTMLText(html: "<p>một<br>hai\nba</p>\nbốn\nnăm").text, "một\nhai ba\nbốn\nnăm")
  }

  func testHeadWithAnyCaseAndQuotes() {
    let page = HTMLText(html: """
      <HEAD><META PROPERTY="og:title" CONTENT="Hội KH&amp;KT"><meta name='date' content='2023-03-21'>
      <LINK REL="canonical" HREF="https://a.vn/b?c=1&amp;d=2"><title> Khác </title></HEAD><p>x</p>
      """)
    XCTAssertEqual(page.source.title, "Hội KH&KT")
    XCTAssertEqual(page.source.published, FactDate(year: 2023, month: 3, day: 21))
    XCTAssertEqual(page.source.url, "https://a.vn/b?c=1&d=2")
    XCTAssertEqual(HTMLText(html: "<title>\n Tiêu đề &amp; trang </title><p>x</p>").source.title, "Tiêu đề & trang")
  }

  func testItemBoxesAndListEnds() {
    let page = HTMLText(html: "<DIV CLASS='box news-item'>a</DIV><div class=\"itemize\">b</div><ul><li>c</li></ul>d")
    XCTAssertEqual(page.text, "\u{1E}\na\nb\n\u{1E}\nc\n\u{1F}\nd")
  }

  func testBrokenMarkupEndsQuietly() {
    XCTAssertEqual(HTMLText(html: "<p>a<!-- never closed").text, "a")
    XCTAssertEqual(HTMLText(html: "<p>a<div class=\"x").text, "a")
    XCTAssertEqual(HTMLText(html: "a &amp b &#xZZ; c &#99999999; d").text, "a &amp b &#xZZ; c &#99999999; d")
  }

  /// A word or a number that markup alone keeps apart from a number after it ("Lâm Đồng</a><span
  /// class="date">16/07/2014") is two words; letters split by markup stay one word.
  func testMarkupBetweenAWordAndANumberIsASpace() {
    let page = HTMLText(html: "<ul><li><a href=\"/n/1\">Hội thảo tại Lâm Đồng</a><span class=\"date\">16/07/2014</span></li><li><a>Hội nghị lần thứ 5</a><span>15/02/2023</span></li></ul><p>Liên <b>hiệp</b> hội, <b>Hội</b>nghị</p>")
    XCTAssertTrue(page.text.contains("Hội thảo tại Lâm Đồng 16/07/2014"), page.text)
    XCTAssertTrue(page.text.contains("Hội nghị lần thứ 5 15/02/2023"), page.text)
    XCTAssertTrue(page.text.contains("Liên hiệp hội, Hộinghị"), page.text)
  }

  /// A category page with a column of the newest headlines before its own list: the column's
  /// entries (under "Tin mới nhất") are not the page's items; a page whose only list stands under
  /// such a heading keeps it.
  func testAColumnOfTheNewestHeadlinesIsNotAListingsItems() throws {
    let column = "<div class=\"left-col\"><h3>Tin mới nhất</h3><ul><li><a href=\"/n/1\">Hội thảo khoa học về phát triển nông nghiệp công nghệ cao tại Lâm Đồng</a><span class=\"date\">16/07/2014</span></li><li><a href=\"/n/2\">Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Hội nghị Ban Chấp hành lần thứ 5</a><span class=\"date\">15/02/2023</span></li></ul></div>"
    let own = (1...3).map { n in
      "<li><h3><a href=\"/a/\(n)\">Liên hiệp hội Thái Bình tổ chức hội thảo chuyên đề số \(n)</a></h3><span>0\(n)/03/2024</span><p>Ngày \(n)/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức hội thảo chuyên đề cho các hội thành viên.</p></li>"
    }.joined()
    let page = HTMLText(html: "<html><body>" + column + "<h2>Hoạt động</h2><ul>" + own + "</ul></body></html>")
    let items = try XCTUnwrap(ListingPage.items(in: page.text))
    XCTAssertEqual(items.map(\.title), (1...3).map { "Liên hiệp hội Thái Bình tổ chức hội thảo chuyên đề số \($0)" })
    // the column alone: its entries are the page's items
    let only = HTMLText(html: "<html><body><h3>Tin mới nhất</h3><ul>" + own + "</ul></body></html>")
    XCTAssertEqual(ListingPage.items(in: only.text)?.count, 3)
  }

  /// A page's structured data gives its posting date when no meta tag does; broken or absent, it
  /// gives none, and its text is never the page's.
  func testStructuredDataGivesThePostingDate() {
    let ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Hội nghị\", \"datePublished\" : \"2023-03-21T08:00:00+07:00\"}</script>"
    let page = HTMLText(html: "<html><head>" + ld + "</head><body><h1>Hội nghị</h1><p>Ngày 20/3, Liên hiệp hội họp.</p></body></html>")
    XCTAssertEqual(page.source.published, FactDate(year: 2023, month: 3, day: 21))
    XCTAssertEqual(page.text, "Hội nghị\nNgày 20/3, Liên hiệp hội họp.")
    // a meta tag's date stands
    let meta = HTMLText(html: "<head><meta property=\"article:published_time\" content=\"2023-03-22\">" + ld + "</head><p>x</p>")
    XCTAssertEqual(meta.source.published, FactDate(year: 2023, month: 3, day: 22))
    // broken: no value, a value that is no date, the key in another script
    for broken in ["{\"datePublished\": }", "{\"datePublished\": \"hôm qua\"}", "{\"datePublished\"", "{\"datePublished\": \"2023-13-45\"}"] {
      XCTAssertNil(HTMLText(html: "<script type=\"application/ld+json\">" + broken + "</script><p>x</p>").source.published, broken)
    }
    XCTAssertNil(HTMLText(html: "<script>var a = {\"datePublished\": \"2023-03-21\"};</script><p>x</p>").source.published)
  }

  /// The first `<time datetime>` gives the posting date when no meta tag or structured data
  /// does; a broken or missing value gives none, and its text stays the page's.
  func testATimeElementGivesThePostingDate() {
    let page = HTMLText(html: "<body><h1>Hội nghị</h1><time class=\"time\" datetime=\"2018-01-19T16:07:00+07:00\">Thứ Sáu, 16:07</time><p>Sáng nay, Liên hiệp hội họp.</p><time datetime=\"2017-05-02\">02/05</time></body>")
    XCTAssertEqual(page.source.published, FactDate(year: 2018, month: 1, day: 19))
    XCTAssertTrue(page.text.contains("Thứ Sáu, 16:07"))
    let meta = HTMLText(html: "<head><meta property=\"article:published_time\" content=\"2018-01-20\"></head><body><time datetime=\"2018-01-19\">x</time><p>y</p></body>")
    XCTAssertEqual(meta.source.published, FactDate(year: 2018, month: 1, day: 20))
    for broken in ["<time datetime=\"hôm qua\">x</time>", "<time datetime>x</time>", "<time>19/01/2018</time>", "<time datetime=\"2018-13-45\">x</time>"] {
      XCTAssertNil(HTMLText(html: "<body>" + broken + "<p>y</p></body>").source.published, broken)
    }
  }

  /// The review's counter-examples: a number split by Word's spans is one number; the meta tag's
  /// date wins over structured data before it; a "<" inside the data's strings does not end it.
  func testTheReviewsMarkupCounterExamples() {
    XCTAssertEqual(HTMLText(html: "<p><span>Ngày 2</span><span>1/12/2022, hội có 4</span><span>7 hội thành viên</span></p>").text,
                   "Ngày 21/12/2022, hội có 47 hội thành viên")
    let ld = "<script type=\"application/ld+json\">{\"headline\":\"a <b> tag\",\"datePublished\":\"2020-01-05\"}</script>"
    XCTAssertEqual(HTMLText(html: "<head>" + ld + "<meta property=\"article:published_time\" content=\"2022-12-21\"></head><p>x</p>").source.published,
                   FactDate(year: 2022, month: 12, day: 21))
    XCTAssertEqual(HTMLText(html: "<head>" + ld + "</head><p>x</p>").source.published, FactDate(year: 2020, month: 1, day: 5))
  }

  /// An old editor's <br> inside a sentence, every eighty characters or so, is a space when a word
  /// goes on after it; a short line, a sentence's end, a bold headline, a bracket or a link list's
  /// mark after it keep the line end; <br><br> parts paragraphs.
  func testABreakInsideASentenceIsASpace() {
    let wrapped = "<p>Để tập hợp, đoàn kết và phát huy trí tuệ, năng lực sáng tạo của đội ngũ trí thức, Liên hiệp các Hội<br>"
      + "Khoa học và Kỹ thuật tỉnh Nam Định đã dồn sức xây dựng, củng cố, phát triển các tổ chức<br>Hội thành viên.<br><br>"
      + "Những năm qua, Tỉnh ủy luôn nhận được sự tham mưu của Liên hiệp Hội.</p>"
    XCTAssertEqual(HTMLText(html: wrapped).text, """
      Để tập hợp, đoàn kết và phát huy trí tuệ, năng lực sáng tạo của đội ngũ trí thức, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định đã dồn sức xây dựng, củng cố, phát triển các tổ chức Hội thành viên.
      Những năm qua, Tỉnh ủy luôn nhận được sự tham mưu của Liên hiệp Hội.
      """)
    // a short line, a sentence's end, a bold headline, a date in brackets, a list's mark keep the
    // line end; a bracket after a cut line goes on
    let cases: [(String, String)] = [
      ("<p>Cập nhật lúc 08:15 ngày 12/03/2011<br>Sáng 11/3, hội nghị đã diễn ra.</p>",
       "Cập nhật lúc 08:15 ngày 12/03/2011\nSáng 11/3, hội nghị đã diễn ra."),
      ("<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã tổng kết hoạt động của năm 2023.<br>Sáng 11/3, hội nghị đã diễn ra.</p>",
       "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã tổng kết hoạt động của năm 2023.\nSáng 11/3, hội nghị đã diễn ra."),
      ("<p><b>Nam Định: Phát huy tinh thần đoàn kết, trí tuệ, sáng tạo của đội ngũ trí thức tỉnh nhà</b><br>Để tập hợp đội ngũ.</p>",
       "Nam Định: Phát huy tinh thần đoàn kết, trí tuệ, sáng tạo của đội ngũ trí thức tỉnh nhà\nĐể tập hợp đội ngũ."),
      ("<td>» <a href=\"#\">Liên hiệp hội tỉnh tổ chức tập huấn kỹ năng phản biện cho cán bộ hội</a> (12/03/2011)<br>» <a href=\"#\">Hội nghị</a></td>",
       "» Liên hiệp hội tỉnh tổ chức tập huấn kỹ năng phản biện cho cán bộ hội (12/03/2011)\n» Hội nghị"),
      ("<p>Liên hiệp Hội tỉnh đã kết nạp thêm 04 hội thành viên mới, gồm Trường Cao đẳng Kon Tum<br>(năm 2022). Đến nay, LHH có 12 Hội thành viên.</p>",
       "Liên hiệp Hội tỉnh đã kết nạp thêm 04 hội thành viên mới, gồm Trường Cao đẳng Kon Tum (năm 2022). Đến nay, LHH có 12 Hội thành viên."),
      ("<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định đã dồn sức xây dựng các tổ chức<br>» Tin khác</p>",
       "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định đã dồn sức xây dựng các tổ chức\n» Tin khác"),
    ]
    for (html, text) in cases { XCTAssertEqual(HTMLText(html: html).text, text, html) }
  }

  /// A headline in an element of its own class ("<td class="title">") is the page's title when the
  /// <title> is the site's name (in capitals, or four words at most); a <title> that reads as a
  /// headline stays (a sidebar's box may carry the class); a link in the class (a list's entry)
  /// or a label of three words is none.
  func testAHeadlineByItsClass() {
    let page = "<head><title>TIN TỨC NAM ĐỊNH</title></head><body><table><tr><td><b>TIN TỨC NAM ĐỊNH</b></td></tr>"
      + "<tr><td class=\"title\"><b>Nam Định: Phát huy trí tuệ của đội ngũ trí thức</b></td></tr><tr><td><p>Để tập hợp …</p></td></tr></table></body>"
    XCTAssertEqual(HTMLText(html: page).source.title, "Nam Định: Phát huy trí tuệ của đội ngũ trí thức")
    XCTAssertEqual(HTMLText(html: "<head><title>Nam Định: Phát huy trí tuệ của đội ngũ trí thức - Báo Nam Định</title></head><div class=\"title\">Tin mới nhất trong tuần qua</div><p>x</p>").source.title,
                   "Nam Định: Phát huy trí tuệ của đội ngũ trí thức - Báo Nam Định")
    XCTAssertEqual(HTMLText(html: "<head><title>Hội nghị tổng kết năm 2023 của Liên hiệp hội</title></head><div class=\"title\">Tin mới nhất trong tuần qua</div><p>x</p>").source.title,
                   "Hội nghị tổng kết năm 2023 của Liên hiệp hội")
    XCTAssertEqual(HTMLText(html: "<head><title>TIN TỨC</title></head><div class=\"title\"><a href=\"/a\">Liên hiệp hội tỉnh tổ chức tập huấn</a></div><p>x</p>").source.title, "TIN TỨC")
    XCTAssertEqual(HTMLText(html: "<head><title>TIN TỨC</title></head><div class=\"title\">Tin mới nhất</div><p>x</p>").source.title, "TIN TỨC")
    // broken: the class's element never closed
    XCTAssertEqual(HTMLText(html: "<head><title>TIN TỨC</title></head><td class=\"title\">Liên hiệp hội tỉnh tổ chức tập huấn").source.title, "TIN TỨC")
  }
}
