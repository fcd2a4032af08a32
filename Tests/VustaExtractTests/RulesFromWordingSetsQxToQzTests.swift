@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qx (a long-form feature), qy (a chronology), qz (an outline
/// of bullets) and qq (a commentary), twenty-second session, each with the counter-case that
/// keeps it from reaching too far.
final class RulesFromWordingSetsQxToQzTests: XCTestCase {
  /// A feature's scene first, its event a few paragraphs on: the first paragraph that opens with
  /// a day and goes on to a union holding a meeting gives the main event; a document's day that
  /// opens a paragraph does not.
  func testAFeaturesDeferredEvent() {
    let feature = """
      Khép lại một chặng, mở ra một chặng
      Từ những đề tài đưa vào đồng ruộng đến những bước tiến trong xây dựng tổ chức, trí thức tỉnh nhà đã đi một chặng đường dài.
      Trong hội trường, những bó hoa tươi còn đọng hơi nước được đặt ngay ngắn trên bàn đoàn chủ tịch.
      Những trang báo cáo ghi lại một điều quen thuộc với những người làm khoa học ở địa phương.
      Ngày 13/8/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Thuận đã khai mạc và tiến hành Đại hội đại biểu lần thứ III.
      """
    XCTAssertEqual(meetingKeys(readPage(feature)), ["2020-08-13 Ninh Thuận dai_hoi"])
    let report = """
      Báo cáo của Tỉnh ủy
      Tỉnh ủy Sơn La gửi báo cáo tới Ban Tuyên giáo Trung ương.
      Báo cáo gồm ba phần.
      Theo yêu cầu tại Công văn số 6552-CV/BTGTW ngày 29/5/2019, Tỉnh ủy Sơn La báo cáo kết quả tổng kết 10 năm hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.
      """
    XCTAssertEqual(meetingKeys(readPage(report)), [])
  }

  /// An outline under the headline: its bulleted entries are the article (a field and its value,
  /// a number), a heading naming the meeting over them too; a portal's counter, a banner's stars
  /// and a byline in bullets are not.
  func testAnOutlinesEntries() {
    let outline = """
      Liên hiệp hội Hưng Yên: ông Nguyễn Khắc Hào tái đắc cử Chủ tịch
      ĐẠI HỘI LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH HƯNG YÊN
          • Thời gian: ngày 20/6/2018
          • Thành phần đến dự:
              – 114 đại biểu
      KẾT QUẢ NHIỆM KỲ:
          + tổng số hội thành viên nâng lên 14 hội
          + tổng số 13 nghìn hội viên
      """
    let d = readPage(outline)
    XCTAssertEqual(meetingKeys(d), ["2018-06-20 Hưng Yên dai_hoi"])
    XCTAssertEqual(Set(d.memberFigures.map { "\($0.metric) \($0.value)" }), ["dai_bieu 114", "hoi_thanh_vien 14", "hoi_vien 13000"])
    for furniture in ["• Số người đang trực tuyến: 2", "*** Chào mừng Đại hội đại biểu toàn quốc lần thứ VII", "• Tác giả: Hà Thu"] {
      XCTAssertFalse(MainText.isOutlineEntry(FoldedText(furniture)), furniture)
    }
    XCTAssertTrue(MainText.isOutlineEntry(FoldedText("• Đơn vị tổ chức: Liên hiệp các Hội Khoa học kỹ thuật Tiền Giang")))
    // before any headline a bulleted line is a menu's or a box's: never the page's headline
    XCTAssertEqual(MainText.role(of: FoldedText("• Hội nghị tổng kết công tác năm 2023 của Liên hiệp hội"), bodyStarted: false), .minor)
  }

  /// A list whose entries open in lower case a third of the time, none dated after the first, is
  /// an outline inside an article, not a listing page's news items.
  func testAnOutlineIsNoListing() {
    func item(_ t: String, _ p: FactDate? = nil) -> ListingItem { ListingItem(title: t, published: p, text: t, lines: 0..<1) }
    XCTAssertTrue(ListingPage.isOutline([item("Đơn vị tổ chức: Liên hiệp hội"), item("đồng chí Phan Văn Phấn – Chủ tịch"),
                                         item("thay mặt cho các sở, ban, ngành"), item("Thành quả: nhiều đề tài")]))
    XCTAssertFalse(ListingPage.isOutline([item("Hội nghị tổng kết năm 2023", FactDate(year: 2023, month: 12, day: 27)),
                                          item("Hội thảo khoa học về chuyển đổi số", FactDate(year: 2023, month: 12, day: 20)),
                                          item("Đại hội Liên hiệp hội tỉnh", FactDate(year: 2023, month: 12, day: 2))]))
    // (twenty-third session) the heading may carry the page's stamp, and labelled entries of
    // common words count with the lower-case ones — a headline's place before its colon does not
    XCTAssertTrue(ListingPage.isOutline([item("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ VI LIÊN HIỆP HỘI", FactDate(year: 2021, month: 3, day: 19)),
                                         item("Đơn vị tổ chức: Liên hiệp các hội khoa học và kỹ thuật tỉnh"),
                                         item("Tham dự: Phó Bí thư Thường trực Tỉnh ủy"), item("Vai trò của đội ngũ trí thức: phát huy tốt"),
                                         item("20.556 hội viên, trong đó 4.652 hội viên là trí thức"), item("tham mưu, tư vấn, phản biện")]))
    XCTAssertFalse(ListingPage.isOutline([item("Hà Tĩnh: Hội thảo mô hình Liên hiệp hội cấp huyện"), item("Bắc Ninh: Tổng kết năm 2022"),
                                          item("Nghệ An: Đại hội Liên hiệp hội"), item("Huế: Tọa đàm trí thức")]))
  }
}
