import VustaCorpus
import XCTest

/// WordprocessingML read in one pass: what is text, what is not.
final class WordXMLTests: XCTestCase {
  func read(_ body: String) -> [String] {
    WordXML.paragraphs(Array("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>\(body)</w:body></w:document>".utf8)).map(\.text)
  }

  func testRunsEntitiesTabsAndBreaks() {
    XCTAssertEqual(read("<w:p><w:r><w:t>Liên hiệp các Hội </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">KH&amp;KT</w:t></w:r></w:p>"),
                   ["Liên hiệp các Hội KH&KT"])
    XCTAssertEqual(read("<w:p><w:r><w:t>a &lt;b&gt; &quot;c&quot; &#7871; &#x1EBF;</w:t></w:r></w:p>"), ["a <b> \"c\" ế ế"])
    XCTAssertEqual(read("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>STT</w:t><w:tab/><w:t>Hội</w:t></w:r></w:p>"),
                   ["STT\tHội"])
    XCTAssertEqual(read("<w:p><w:r><w:t>BÁO CÁO</w:t><w:br/><w:t>Kết quả</w:t></w:r></w:p>"), ["BÁO CÁO Kết quả"])
    XCTAssertEqual(read("<w:p><w:r><w:t>kinh tế-</w:t><w:br/><w:t>xã hội; Tổng kết -</w:t><w:br/><w:t>năm</w:t></w:r></w:p>"),
                   ["kinh tế-xã hội; Tổng kết - năm"])
    XCTAssertEqual(read("<w:p><w:r><w:t>block\u{AD}chain</w:t><w:softHyphen/><w:t>-</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>"),
                   ["blockchain--x"])
    XCTAssertEqual(read("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p><w:p><w:r><w:t>a</w:t></w:r></w:p>"), ["a"])
  }

  func testDeletedMovedFieldCodesAndFallbacksAreNotText() {
    XCTAssertEqual(read("<w:p><w:del w:id=\"1\"><w:r><w:delText>cũ </w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>mới</w:t></w:r></w:ins></w:p>"),
                   ["mới"])
    XCTAssertEqual(read("<w:p><w:moveFrom w:id=\"3\"><w:r><w:t>đi</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\"><w:r><w:t>đến</w:t></w:r></w:moveTo></w:p>"),
                   ["đến"])
    XCTAssertEqual(read("<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p>"), ["3"])
    let box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Sau</w:t></w:r></w:p>"
    XCTAssertEqual(read(box), ["Hộp chữ", "Sau"])
    XCTAssertEqual(read("<!-- <w:p><w:r><w:t>chú thích</w:t></w:r></w:p> --><w:p><w:r><w:t><![CDATA[a<b]]></w:t></w:r></w:p>"), ["a<b"])
  }

  func testTablesAreRowsAndALayoutTableIsItsCells() {
    func cell(_ s: String...) -> String { "<w:tc>" + s.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>" }
    let grid = "<w:tbl><w:tr>\(cell("STT"))\(cell("Hội thành viên"))\(cell("Số hội viên"))</w:tr><w:tr>\(cell("1"))\(cell("Hội Y học", "tỉnh Nghệ An"))\(cell("2.350"))</w:tr></w:tbl>"
    XCTAssertEqual(read("<w:p><w:r><w:t>Trước</w:t></w:r></w:p>\(grid)<w:p><w:r><w:t>Sau</w:t></w:r></w:p>"),
                   ["Trước", "STT | Hội thành viên | Số hội viên", "1 | Hội Y học tỉnh Nghệ An | 2.350", "Sau"])
    let header = "<w:tbl><w:tr>\(cell("LIÊN HIỆP HỘI", "Số: 45/BC-LHH"))\(cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))</w:tr></w:tbl>"
    XCTAssertEqual(read(header), ["LIÊN HIỆP HỘI", "Số: 45/BC-LHH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    let nested = "<w:tbl><w:tr>\(cell("a"))<w:tc>\(grid)</w:tc></w:tr><w:tr>\(cell("b"))\(cell("c"))</w:tr></w:tbl>"
    XCTAssertEqual(read(nested), ["a | STT | Hội thành viên | Số hội viên; 1 | Hội Y học tỉnh Nghệ An | 2.350", "b | c"])
  }

  func testHeadingLevels() {
    let xml = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>BÁO CÁO</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>I. Kết quả</w:t></w:r></w:p><w:p><w:r><w:t>Thân</w:t></w:r></w:p>"
    XCTAssertEqual(WordXML.paragraphs(Array(xml.utf8)).map(\.headingLevel), [0, 2, nil])
  }

  func testMalformedXMLNeverCrashes() {
    for broken in ["<w:p><w:r><w:t>cắt giữa", "<w:p><w:r><w:t>a</w:t", "<w:p a=\"> <w:t>b</w:t></w:p>", "</w:p></w:tbl></w:tr>&#xFFFFFFFF;<", "<!--", "<![CDATA[", "<?x", "&amp"] {
      _ = read(broken)
      _ = WordXML.paragraphs(Array(broken.utf8))
    }
    XCTAssertEqual(read("<w:p><w:r><w:t>&#xD800; &bogus; &#12a;</w:t></w:r></w:p>"), ["&#xD800; &bogus; &#12a;"])
  }

  /// A line break in a table's cell parts the cell's lines (the header's place and date stand on
  /// their own line, as in the same document's PDF); in a body paragraph it is a space.
  func testALineBreakInACellPartsItsLines() {
    let xml = "<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/>"
      + "<w:t>Độc lập - Tự do - Hạnh phúc</w:t><w:br/><w:t>Nghệ An, ngày 18 tháng 3 năm 2024</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      + "<w:p><w:r><w:t>Báo cáo</w:t><w:br/><w:t>kết quả</w:t></w:r></w:p></w:body></w:document>"
    let lines = WordXML.paragraphs(Array(xml.utf8)).map(\.text)
    XCTAssertEqual(lines, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Nghệ An, ngày 18 tháng 3 năm 2024", "Báo cáo kết quả"])
  }
}
