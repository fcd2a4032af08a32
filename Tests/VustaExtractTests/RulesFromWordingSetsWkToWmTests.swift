@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets wk (the whole page copied with select-all), wl (places named
/// by district, town or venue) and wm (a daily desk's time words), twenty-fourth session.
final class RulesFromWordingSetsWkToWmTests: XCTestCase {
  /// A lead that tells what the union did on a day, with no meeting word, is an event when the
  /// next sentences call it an occasion ("Tại buổi công bố", "Phát biểu tại lễ ký"); not when
  /// nothing names it back, nor for a contest's launch, nor for what the union will do.
  func testAnActNamedBackAsAnOccasion() {
    XCTAssertEqual(meetingKeys(readPage("""
      Công bố dự thảo văn kiện Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ VII

      Ngày 15/4/2015, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (Liên hiệp Hội Việt Nam) đã công bố Dự thảo văn kiện Đại hội lần thứ VII.

      Tại buổi công bố, Phó Chủ tịch Liên hiệp Hội Việt Nam cho biết Liên hiệp Hội có 140 hội thành viên.
      """)), ["2015-04-15 Hà Nội khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Phát huy vai trò giám sát, phản biện

      Chiều 11-3-2015, tại Hà Nội, Bộ Khoa học và Công nghệ, Ủy ban T.Ư MTTQ Việt Nam và Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã ký chương trình phối hợp giám sát.

      Phát biểu tại lễ ký, đồng chí Chủ tịch Ủy ban cho biết năm 2014 các bên đã phối hợp tốt.
      """)), ["2015-03-11 Hà Nội khac"])
    // nothing names the act back as an occasion: a report of work, no event
    XCTAssertEqual(meetingKeys(readPage("""
      Công bố dự thảo văn kiện

      Ngày 15/4/2015, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã công bố Dự thảo văn kiện Đại hội lần thứ VII.

      Dự thảo nêu rõ các nhiệm vụ của nhiệm kỳ tới.
      """)), [])
    // a contest's launch
    XCTAssertEqual(meetingKeys(readPage("""
      Phát động Hội thi sáng tạo kỹ thuật tỉnh Cao Bằng

      Sáng ngày 16/5/2018, Liên hiệp các Hội Khoa học kỹ thuật tỉnh Cao Bằng đã tổ chức lễ phát động Hội thi sáng tạo kỹ thuật lần thứ 6.

      Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh Cao Bằng.
      """)), [])
  }

  /// "Hội nghị (bàn việc) phối hợp tổ chức Diễn đàn …" is a meeting to arrange the forum, none of
  /// the kinds; "Hội thảo … do Liên hiệp … phối hợp tổ chức" stays a workshop.
  func testAMeetingToArrangeAnotherEvent() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bàn phối hợp tổ chức Diễn đàn Khoa học và công nghệ

      Hội nghị phối hợp tổ chức Diễn đàn Khoa học và Công nghệ do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế chủ trì đã diễn ra chiều 7/3/2016.
      """)), ["2016-03-07 Thừa Thiên Huế khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bàn phối hợp tổ chức Diễn đàn

      Chiều 7/3/2016, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế đã tổ chức Hội nghị bàn việc phối hợp tổ chức Diễn đàn Khoa học và Công nghệ.
      """)), ["2016-03-07 Thừa Thiên Huế khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo về phát triển nông nghiệp

      Ngày 20/10/2021, Hội thảo khoa học về phát triển nông nghiệp do Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng và Sở Nông nghiệp phối hợp tổ chức đã diễn ra tại Hải Phòng.
      """)), ["2021-10-20 Hải Phòng hoi_thao"])
  }

  /// The member figures of a page read from `text`, carried by the site at `url`, as short keys.
  private func figureKeys(_ text: String, url: String? = nil) -> [String] {
    var source = SourceInfo()
    if let url { source.url = url }
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: source)
    return Extractor().extract(a).memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }
  }

  /// A count of the union's first days ("thuở mới thành lập", English "Its beginnings were …")
  /// is no figure of today's.
  func testACountOfTheFirstDays() {
    XCTAssertEqual(figureKeys("""
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh lớn mạnh

      Từ chỉ 15 hội thành viên thuở mới thành lập, đến nay Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh đã có 31 hội thành viên.
      """), ["Hà Tĩnh hoi_thanh_vien 31"])
    // the term's opening congress just ended: the counts of then
    XCTAssertEqual(figureKeys("""
      Nhiệm kỳ II: những kết quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bà Rịa - Vũng Tàu

      Lúc Đại hội II vừa kết thúc, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bà Rịa - Vũng Tàu có 17 Hội thành viên với 250 chi hội và trên 6.800 hội viên. Đến nay, Liên hiệp Hội có 21 hội thành viên.
      """), ["Bà Rịa - Vũng Tàu hoi_thanh_vien 21"])
    XCTAssertEqual(figureKeys("""
      Ha Tinh Union of Science and Technology Associations grows

      Its beginnings were hard: the member organizations of the Ha Tinh Union of Science and Technology Associations numbered only 5 associations, with over 100 members, among nearly 14,000 intellectuals.

      Today the Ha Tinh Union of Science and Technology Associations counts 31 member unions.
      """), ["Hà Tĩnh hoi_thanh_vien 31"])
  }

  /// On a page about LHH Việt Nam that names no provincial union, "Liên hiệp hội" is the national
  /// union, even on a provincial union's site: its count has no province.
  func testTheNationalUnionsShortNameOnAProvincialSite() {
    XCTAssertEqual(figureKeys("""
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM: 40 năm phát triển

      Được thành lập theo Quyết định số 121/HĐBT ngày 29/7/1983, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã lớn mạnh nhanh chóng.

      Đến nay Liên hiệp hội đã có 92 hội thành viên.
      """, url: "https://husta.org/gioi-thieu/"), ["nil hoi_thanh_vien 92"])
  }

  /// A committee that prepares an event meets: "Ban tổ chức Hội thảo … nhóm họp", "Tiểu ban Văn
  /// kiện Đại hội … họp", "Biên bản họp Ban tổ chức Hội thảo …" — none of the kinds, not the event
  /// its name holds; "Ban Chấp hành … họp" stays the council's meeting.
  func testACommitteeOfAnEventMeets() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban tổ chức Hội thảo khoa học “Lao động việc làm ở nông thôn” nhóm họp

      Ngày 7/6/2016, Ban tổ chức Hội thảo khoa học “Lao động việc làm ở nông thôn” của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang đã nhóm họp.
      """)), ["2016-06-07 Tiền Giang khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tiểu ban Văn kiện Đại hội họp phiên làm việc

      Ngày 5/3/2025, Tiểu ban Văn kiện Đại hội đại biểu lần thứ IX của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã họp phiên làm việc thứ nhất.
      """)), ["2025-03-05 nil khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Biên bản họp Ban tổ chức Hội thảo khoa học của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cà Mau

      Sáng 12/4/2019, tại Cà Mau, Ban tổ chức Hội thảo khoa học đã họp.
      """)).map { String($0.split(separator: " ").last!) }, ["khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành Liên hiệp hội họp

      Ngày 20/12/2019, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định đã họp lần thứ 3.
      """)), ["2019-12-20 Bình Định ban_chap_hanh"])
  }

  /// "với sự tham gia của 22 hội thành viên" counts who took part in an event, not the union's
  /// members; "với sự tham gia của 150 đại biểu" is the event's attendance.
  func testMemberAssociationsTakingPart() {
    XCTAssertEqual(figureKeys("""
      Tọa đàm nâng cao chất lượng Bản tin

      Ngày 12/5/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tổ chức buổi Tọa đàm về Bản tin, với sự tham gia của 22 hội thành viên trực thuộc.
      """), [])
    XCTAssertEqual(figureKeys("""
      Hội nghị tổng kết

      Ngày 12/12/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tổ chức Hội nghị tổng kết năm 2021, với sự tham gia của 150 đại biểu.
      """), ["Tiền Giang dai_bieu 150"])
  }

  /// A compilation's articles (a bulletin's issue read from PDF, a mark line before each headline)
  /// are items FILE#N, each read whole as its own article with its own date line; the masthead
  /// before the first belongs to none; one marked article is no compilation.
  func testTheArticlesOfACompilation() {
    let m = String(ListingPage.articleMark)
    let text = """
      BẢN TIN LIÊN HIỆP HỘI
      Số 3 – Quý III/2024
      \(m)
      Tập huấn kỹ thuật trồng cây ăn quả cho hội viên
      Ngày đăng: 10/04/2024
      Lớp tập huấn dành cho 60 hội viên đã được Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên phối hợp cùng Hội Làm vườn tỉnh mở hôm 09/4 vừa qua.
      \(m)
      Hội nghị Ban Chấp hành Liên hiệp hội tỉnh Sóc Trăng
      Ngày 21/5/2024, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng đã họp.
      """
    let items = ListingPage.items(in: text)
    XCTAssertEqual(items?.map(\.title), ["Tập huấn kỹ thuật trồng cây ăn quả cho hội viên", "Hội nghị Ban Chấp hành Liên hiệp hội tỉnh Sóc Trăng"])
    let a = Article(id: "b", path: "b.pdf", text: text, sha256: "", source: SourceInfo())
    let docs = Extractor().extractAll(a)
    XCTAssertEqual(docs.map(\.id), ["b#1", "b#2"])
    XCTAssertEqual(docs.map(meetingKeys), [["2024-04-09 Thái Nguyên tap_huan"], ["2024-05-21 Sóc Trăng ban_chap_hanh"]])
    XCTAssertNil(ListingPage.items(in: "BẢN TIN\n\(m)\nMột bài duy nhất của số này\nNgày 21/5/2024, Liên hiệp hội đã họp."))
  }

  /// A page pasted as one run of text: the posting stamp near its start ("06:33, 29/06/2016
  /// [GMT+7]", "11/11/2021 10:48") parts the headline from the body; a clock after a weekday
  /// ("Thứ Năm,18/07/2024 01:56"), a text of many lines, or a run with no stamp stay as they are.
  func testARunOnPageIsPartedAtItsStamp() {
    let body = String(repeating: "Liên hiệp hội tỉnh đã tập hợp đội ngũ trí thức đóng góp cho sự phát triển của tỉnh. ", count: 14)
    let run = "PHÁT THANH - TRUYỀN HÌNH PHÚ YÊN | Thời sự Liên hiệp hội tỉnh Phú Yên kỷ niệm 20 năm thành lập 06:33, 29/06/2016 [GMT+7] " + body
    XCTAssertEqual(RunOnText.split(run)?.split(separator: "\n").map { String($0.prefix(20)) },
                   ["PHÁT THANH - TRUYỀN ", "06:33, 29/06/2016 [G", "Liên hiệp hội tỉnh đ"])
    XCTAssertEqual(readPage(run).published, FactDate(year: 2016, month: 6, day: 29))
    XCTAssertEqual(RunOnText.split("Trang tin tổng hợp Liên hiệp các Hội KH&KT tỉnh làm việc với lãnh đạo các địa phương 11/11/2021 10:48 " + body)?
      .split(separator: "\n").count, 3)
    XCTAssertNil(RunOnText.split("Thứ Năm,18/07/2024 01:56 Liên hiệp hội tỉnh Long An qua các kỳ đại hội " + body))
    XCTAssertNil(RunOnText.split("Liên hiệp hội tỉnh Long An qua các kỳ đại hội " + body))
    XCTAssertNil(RunOnText.split("Tiêu đề\n06:33, 29/06/2016\nMột\nHai\nBa\n" + body))
  }

  /// A source line closed by its day under a digest's headline ("Nguồn: Đài … Lào Cai
  /// (laocaitv.vn), 10/5/2022", "Theo Báo Bình Định, 12/3/2023") is the posting date; a source
  /// line without a day, or a sentence that opens with "Theo" and ends on a date, is none.
  func testASourceLineClosedByItsDay() {
    XCTAssertEqual(readPage("""
      Lào Cai: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Đại hội lần thứ V
      Nguồn: Đài Phát thanh và Truyền hình Lào Cai (laocaitv.vn), 10/5/2022
      Đại hội lần thứ V của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đã diễn ra ngày 10/5.
      """).published, FactDate(year: 2022, month: 5, day: 10))
    XCTAssertNil(readPage("""
      Lào Cai: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Đại hội lần thứ V
      Nguồn: Đài Phát thanh và Truyền hình Lào Cai
      Theo kế hoạch, Đại hội lần thứ V của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai được tổ chức trong hai ngày từ 9 đến 10/5/2022.
      """).published)
    // at the article's end, however long the source's name
    XCTAssertEqual(readPage("""
      Liên hiệp hội tỉnh Bình Thuận tổ chức Đại hội lần thứ II nhiệm kỳ 2004 - 2009
      Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận lần thứ II đã diễn ra ngày 7/7/2004 tại thành phố Phan Thiết.
      Đại hội đã bầu Ban Chấp hành mới gồm 15 ủy viên.
      Nguồn: Liên hiệp các Hội Khoa học & Kỹ thuật tỉnh Bình Thuận, 29/3/2013
      """).published, FactDate(year: 2013, month: 3, day: 29))
    // a short sentence that opens with "Theo" and closes on its day, stop and all
    XCTAssertNil(readPage("""
      Lào Cai: Liên hiệp hội chuẩn bị Đại hội lần thứ V
      Theo kế hoạch, Đại hội khai mạc ngày 10/5/2022.
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đang chuẩn bị các văn kiện.
      """).published)
  }
}
