@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qf (a careless correspondent), qg (clutter inside the
/// article), wa (readers' comments) and wb (HTML pasted from Word), twenty-third session.
final class RulesFromWordingSetsQfToWbTests: XCTestCase {
  /// The day, month and year of each date mention of a line.
  private func dates(_ s: String) -> [String] {
    DateReader.mentions(in: FoldedText(s)).map { "\($0.day.map(String.init) ?? "-")/\($0.month)/\($0.year.map(String.init) ?? "-")" }
  }

  /// A year typed with two digits, with slashes or dots: the nearest century that fits; never
  /// with dashes (an address's "Số 02-04-06"), after "số", or as part of a longer number.
  func testATwoDigitYear() {
    XCTAssertEqual(dates("Sở Nông nghiệp tỉnh Đắk Nông ngày 19/7/22 đã tổ chức diễn đàn"), ["19/7/2022"])
    XCTAssertEqual(dates("hội nghị ngày 12.3.98 tại Huế"), ["12/3/1998"])
    XCTAssertEqual(dates("Khách sạn (Số 02-04-06, Hoàng Văn Thụ)"), [])
    XCTAssertEqual(dates("theo văn bản số 12/3/22 của Sở"), [])
    XCTAssertEqual(dates("ngày 19/7/35 tại"), [])
    XCTAssertEqual(dates("mã 19/7/22/QĐ"), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Đắk Nông tổ chức diễn đàn khoa học

      Liên hiệp các hội khoa học và kỹ thuật tỉnh Đắk Nông ngày 19/7/22 đã tổ chức Diễn đàn khoa học về đề án phát triển kinh tế tập thể.
      """)), ["2022-07-19 Đắk Nông hoi_thao"])
  }

  /// Two days listed with a comma and a space ("trong hai ngày 27, 28/9/1993"): the first counts;
  /// not an ordinal's or a document's number before the comma, nor a date's part.
  func testTwoDaysListedWithACommaAndASpace() {
    XCTAssertEqual(dates("Đại hội diễn ra trong hai ngày 27, 28/9/1993 tại Hà Nội"), ["27/9/1993"])
    XCTAssertEqual(dates("Hội nghị lần thứ 3, 21/12/2022 tại Huế"), ["21/12/2022"])
    XCTAssertEqual(dates("các ngày 10/8, 12/8/2022"), ["10/8/2022", "12/8/2022"])
  }
  /// A name in lower case after "tỉnh" is a province only when its marks are the name's, or the
  /// text has none: "tỉnh đã nâng" folds as "tỉnh Đà Nẵng" but is "the province has raised".
  func testALowerCaseNameKeepsItsMarks() {
    let finder = ProvinceFinder(gazetteer: Gazetteer.shared)
    func names(_ s: String) -> [String] { finder.mentions(in: FoldedText(s)).map(\.province.name) }
    XCTAssertEqual(names("Liên hiệp các Hội Khoa học - kỹ thuật tỉnh đã nâng tổng số Hội thành viên lên 35"), [])
    XCTAssertEqual(names("Liên hiệp hội tỉnh hà giang tổ chức hội nghị"), ["Hà Giang"])
    XCTAssertEqual(names("Ngay 12/3/2023, lien hiep hoi tinh ha giang to chuc hoi nghi tong ket tai thanh pho ha giang."), ["Hà Giang", "Hà Giang"])
    XCTAssertEqual(names("Hội nghị tại thành phố Đà Nẵng"), ["Đà Nẵng"])
  }
  /// "Tại" capitalised after a dateline's dash opens the clause that places the event: a
  /// national body's congress "(khoahocdoisong.vn) - Tại Hà Nội hôm 16/7, …" is in Hà Nội.
  func testACapitalisedTaiAfterADateline() {
    let finder = ProvinceFinder(gazetteer: Gazetteer.shared)
    let roles = finder.mentions(in: FoldedText("(khoahocdoisong.vn) - Tại Hà Nội hôm 16/7, Đại hội đại biểu lần thứ IX đã được tiến hành.")).map(\.role)
    XCTAssertEqual(roles, [.place])
    // a "Tại" inside a name, after a plain space, places nothing
    XCTAssertNotEqual(finder.mentions(in: FoldedText("Nhà hàng Tại Gia Hà Nội")).map(\.role), [.place])
  }
  /// A delegation named after a party congress's drafting subcommittee ("Đoàn công tác Tiểu ban
  /// Văn kiện Đại hội XIII …") works with the union: "Văn kiện" names the subject, not the topic
  /// of the working session after its "đã", and the "hội" of "Đại hội XIII" is no association.
  func testADelegationNamedAfterACongressWorksWithTheUnion() {
    let page = """
      Liên hiệp Các hội khoa học và kỹ thuật Việt Nam làm việc với Đoàn Tiểu ban Văn kiện Đại hội XIII của Đảng

      Thứ Năm, 16-05-2019, 04:48

      Đoàn công tác Tiểu ban Văn kiện Đại hội XIII của Đảng, do Trưởng Ban Dân vận T.Ư, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, Thường trực Tiểu ban Trương Thị Mai làm trưởng đoàn, đã đến khảo sát và làm việc với Đảng đoàn Liên hiệp Các hội khoa học và kỹ thuật Việt Nam (Liên hiệp) tại Hà Nội vào chiều 15/5.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2019-05-15 Hà Nội lam_viec"])
    // a passive signing whose subject names its topic ("về việc …"): the signing is dated
    let signing = """
      Ký kết chương trình phối hợp phổ biến kiến thức khoa học kỹ thuật cho nông dân

      Thỏa thuận chương trình phối hợp công tác giữa Liên hiệp các Hội Khoa học và Kỹ thuật và Hội Nông dân tỉnh về việc phổ biến kiến thức khoa học kỹ thuật cho nông dân trên địa bàn tỉnh Thừa Thiên Huế đã được hai đơn vị ký kết vào ngày 7-4-2014.
      """
    XCTAssertEqual(readPage(signing).meetings.map { $0.date?.iso ?? "nil" }, ["2014-04-07"])
    // still a topic: "góp ý dự thảo văn kiện Đại hội" names no meeting held
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức góp ý dự thảo văn kiện

      Ngày 12/3/2020, trí thức tỉnh Long An góp ý vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XI.
      """)), [])
  }
  /// A workshop "thuộc khuôn khổ Hội nghị giao ban …" in the same sentence is a workshop: the
  /// larger meeting it belongs to gives it no kind.
  func testAMeetingInsideALargerOneKeepsItsKind() {
    let page = """
      Phát huy vai trò của đội ngũ trí thức trong xây dựng nông thôn mới

      Hội thảo khoa học “Phát huy vai trò của trí thức trong xây dựng nông thôn mới” đã được Liên hiệp các Hội KH&KT Việt Nam phối hợp cùng Liên hiệp các Hội KH&KT tỉnh Cao Bằng tổ chức ngày 21-4-2017, là một trong các hoạt động thuộc khuôn khổ Hội nghị giao ban Liên hiệp hội các tỉnh phía Bắc.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2017-04-21 Cao Bằng hoi_thao"])
  }
  /// Under the page's own headline, a first line as long as a lead but without its closing stop
  /// is the lead (a sapo), not a second headline; a short unclosed line there stays minor.
  func testASapoWithoutItsStopUnderThePagesHeadline() {
    let page = """
      Binh Thuan: 2nd review the Province Planning toward 2030
      Binh Thuan - The Binh Thuan Provincial Union of Science and Technology Associations (Binh Thuan PUSTA) convened on 9 March 2022 a meeting in hybrid form on “Planning of Binh Thuan province for the period of 2021 and 2030, vision to 2050”
      Dr. Luong Thanh Son, President of Binh Thuan PUSTA, chaired the meeting of the Review Council.
      """
    let main = MainText(VietnameseText.normalize(page), headline: "Binh Thuan: 2nd review the Province Planning toward 2030")
    XCTAssertEqual(main.lines.map(\.role), [.title, .body, .body])
    let short = MainText("Hội nghị tổng kết\nHoạt động của các hội thành viên trong tỉnh\nNgày 12/3/2023, Liên hiệp hội tỉnh tổ chức hội nghị tổng kết năm 2022.", headline: "Hội nghị tổng kết")
    XCTAssertEqual(short.lines.map(\.role), [.title, .minor, .body])
  }
  /// "Hòa Bình" written with capitals is the province, "hòa bình" in lower case is peace; and a
  /// count "tính tới thời điểm này" after a founding's count in the same sentence is today's.
  func testHoaBinhWithCapitalsAndTodaysCountAfterTheFoundingsOne() {
    let finder = ProvinceFinder(gazetteer: Gazetteer.shared)
    XCTAssertEqual(finder.mentions(in: FoldedText("Liên hiệp hội Hòa Bình đã có 12 hội thành viên")).map(\.province.name), ["Hòa Bình"])
    XCTAssertEqual(finder.mentions(in: FoldedText("góp phần giữ gìn hòa bình và phát triển")).map(\.province.name), [])
    let d = readPage("""
      Mười năm xây dựng và phát triển của Liên hiệp hội

      Từ chỗ chỉ có 05 hội thành viên khi mới ra đời, tính tới thời điểm này Liên hiệp hội Hòa Bình đã có 12 hội thành viên và 02 trung tâm trực thuộc, với số hội viên gần 10.000 người.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }.sorted(),
                   ["Hòa Bình hoi_thanh_vien 12", "Hòa Bình hoi_vien 10000"])
  }
  /// A numbered item labelled with a member association's name, its counts after the colon in
  /// the same sentence: the association's, not the union's.
  func testANumberedItemsCountsAreItsAssociations() {
    let d = readPage("""
      Danh sách các hội thành viên của Liên hiệp hội năm 2012

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La có 11 hội thành viên, gồm:
      2- Hội Khuyến học: thành lập ngày 24.8.2002; 169.690 hội viên trong 2812 chi hội; trí thức chừng 8%.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["hoi_thanh_vien 11"])
  }
  /// A print view: the day it was printed ("Ngày in: …", "In lúc … ngày …") is no posting day and
  /// gives no year; the article's address printed under it cites no document; the meeting its
  /// union "đã tổ chức" in the second paragraph, dated there, is the main event.
  func testAPrintView() {
    let page = """
      In trang | Đóng cửa sổ
      Cần đổi mới cách triển khai hoạt động tư vấn, phản biện xã hội

      Theo các chuyên gia, hoạt động phản biện xã hội cần được đổi mới để đạt hiệu quả cao hơn.

      Liên hiệp các Hội khoa học và kỹ thuật Việt Nam đã tổ chức Hội thảo “Đánh giá kết quả hoạt động tư vấn, phản biện” vào chiều 18/12 tại Hà Nội.

      Địa chỉ bài viết: http://vusta.vn/vi/news/savefile/Lien-hiep-hoi-1733/Phu-Tho-Lien-hiep-hoi-61665.html
      Ngày in: 09/01/2026 07:45
      """
    let d = readPage(page)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["nil Hà Nội hoi_thao"])
    XCTAssertEqual(d.citations.count, 0)
    XCTAssertTrue(DateReader.labelsNoPosting(FoldedText("In lúc 09:52 ngày 11/4/2024")))
    XCTAssertFalse(DateReader.labelsNoPosting(FoldedText("Ngày đăng: 11/4/2024")))
  }
  /// A chat export: the forwarded article (the longest message) is read, its sender and stamp
  /// taken off; the chat's stamps are no posting day; a page opening with a date line or a
  /// bracket is no chat.
  func testAChatExportsForwardedArticle() {
    let chat = """
      [08:05, 25/01/2016] Anh Phúc KHTH: Mọi người ơi, em Vy đưa tin này vào báo cáo tháng 1 giúp anh nhé
      [08:06, 25/01/2016] Thảo Vy: Dạ vâng anh ạ 👍
      [08:07, 25/01/2016] Anh Phúc KHTH: An Giang: Liên hiệp các Hội KHKT tỉnh khép lại năm hoạt động 2015
      Hội nghị tổng kết hoạt động năm 2015 của Liên hiệp Hội đã được Ban chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang tổ chức hôm 14/01/2016.
      🔗 shrc.agu.edu.vn – Liên hiệp các Hội KHKT tỉnh An Giang nhìn lại hoạt động năm 2015
      [08:09, 25/01/2016] Chị Ngọc Hân: Đã xem
      [08:31, 25/01/2016] Thảo Vy: [Sticker]
      """
    XCTAssertEqual(ChatExport.article(in: chat), """
      An Giang: Liên hiệp các Hội KHKT tỉnh khép lại năm hoạt động 2015
      Hội nghị tổng kết hoạt động năm 2015 của Liên hiệp Hội đã được Ban chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang tổ chức hôm 14/01/2016.
      """)
    let d = readPage(chat)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["2016-01-14 An Giang tong_ket"])
    XCTAssertNil(ChatExport.article(in: "12/03/2023\nHội nghị tổng kết\nNgày 12/3/2023, Liên hiệp hội tổ chức hội nghị."))
    XCTAssertNil(ChatExport.article(in: "[Tin tức] Hội nghị tổng kết\n[Ảnh] Quang cảnh\n[Video] Phát biểu\nNgày 12/3/2023, Liên hiệp hội họp."))
  }
  /// Counts admitted in the passive ("2 Hội thành viên và 1 hội viên tập thể đã được Liên hiệp …
  /// kết nạp thêm, nâng tổng số …") are increments, not totals; after a clause break they are not
  /// read as the next clause's admission.
  func testCountsAdmittedInThePassive() {
    let d = readPage("""
      Liên hiệp hội tỉnh có thêm hội thành viên

      Cũng dịp này, 2 Hội thành viên và 1 hội viên tập thể đã được Liên hiệp các Hội Khoa học - kỹ thuật tỉnh Đồng Nai kết nạp thêm, nâng tổng số Hội thành viên lên 35.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["hoi_thanh_vien 35"])
    let other = readPage("""
      Liên hiệp hội Thành phố tổng kết năm

      Đến nay Liên hiệp hội Thành phố Hồ Chí Minh có 46 Hội thành viên; 320 hội viên cá nhân đã được các Hội thành viên kết nạp mới.
      """)
    XCTAssertTrue(other.memberFigures.contains { $0.value == 46 })
  }
}
