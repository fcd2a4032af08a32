@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets yn to yy, thirty-first session (listing pages, visits,
/// event synonyms, and second sets in the manners of round-ups, holidays, slips, numbers in
/// words, weekdays, events dated by each other and closes). Each page is written for the test.
final class RulesFromWordingSetsYnToYyTests: XCTestCase {
  /// The dates of a text as "day/month/year" ("nil" for a year not written).
  func dateKeys(_ text: String) -> [String] {
    DateReader.mentions(in: FoldedText(VietnameseText.normalize(text))).map { "\($0.day ?? 0)/\($0.month)/\($0.year.map(String.init) ?? "nil")" }
  }

  /// The member figures of a page as "province metric value".
  func figureKeys(_ d: ExtractedDocument) -> [String] {
    d.memberFigures.map { "\($0.province ?? "nil") \($0.metric) \($0.value)" }
  }

  /// A portal's banner over its "today" line and its menu is no item of a listing page; items
  /// with no stamp, each closed by "… Xem tiếp »" under a pager, are a listing all the same.
  func testListingBannersAndItemsClosedByTheirLink() {
    let banner = """
      SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÀO CAI
      Thứ ba, Ngày 15 Tháng 8 Năm 2023
      Trang chủ | Giới thiệu | Tin tức - Sự kiện | Hoạt động Khoa học công nghệ | Văn bản | Thủ tục hành chính | Liên hệ

      Hoạt động khoa học công nghệ

      Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm 2023
      28/07/2023 09:10
      Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai họp hội nghị lần thứ 5 sơ kết hoạt động 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm… Chi tiết

      Cảnh báo mưa lớn ở các huyện vùng cao
      12/07/2023 15:00
      Mưa lớn kéo dài nhiều ngày khiến nhiều huyện vùng cao có nguy cơ sạt lở đất, người dân cần chủ động phòng tránh… Chi tiết

      Liên hiệp hội tỉnh tổ chức hội thảo về cây chè
      05/02/2021 10:20
      Sáng 5.2, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai tổ chức hội thảo về phát triển vùng chè chất lượng cao… Chi tiết

      Liên hiệp hội tỉnh tập huấn kỹ năng phản biện
      10/11/2020 08:00
      Sáng 10/11, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai mở lớp tập huấn kỹ năng phản biện cho cán bộ các hội thành viên… Chi tiết
      """
    let items = ListingPage.items(in: VietnameseText.normalize(banner))
    XCTAssertEqual(items?.count, 4)
    XCTAssertEqual(items?.first?.title, "Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm 2023")
    XCTAssertEqual(items?.first?.published, FactDate(year: 2023, month: 7, day: 28))
    let unstamped = """
      Liên hiệp các hội khoa học và kỹ thuật Nghệ An - Địa chỉ: 12 Trường Thi - Thành phố Vinh. Số ĐT: (0238) 3 844 123
      Trang chủ | Giới thiệu | Tin hoạt động | Văn bản
      Tìm kiếm [          ]

      TIN HOẠT ĐỘNG

      Liên hiệp các Hội KH&KT Nghệ An góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh
      Sáng 12/8/2025, ủy viên Ban Chấp hành và lãnh đạo các hội thành viên đã dự hội nghị do Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An tổ chức để góp ý vào dự thảo văn kiện… Xem tiếp »

      Liên hiệp các Hội KH&KT Nghệ An ký kết phối hợp với Hội Nông dân tỉnh
      Ngày 20/6/2024, Hội Nông dân tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An đã ký chương trình phối hợp giai đoạn 2024 - 2029, chủ tịch hai bên cùng chủ trì buổi lễ… Xem tiếp »

      Nghệ An ra quân diệt bọ gậy phòng chống sốt xuất huyết
      Ngành y tế tỉnh đề nghị các địa phương ra quân diệt bọ gậy và hướng dẫn người dân đi khám sớm khi có biểu hiện sốt cao, xuất huyết dưới da… Xem tiếp »

      Ban Thường vụ Liên hiệp các Hội KH&KT Nghệ An họp phiên quý II/2023
      Tại trụ sở Liên hiệp hội, ngày 29/6/2023, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật Nghệ An đã họp, đánh giá kết quả quý II và bàn việc của nửa cuối năm… Xem tiếp »

      Trang 1 2 3 4 … ›› Trang cuối

      Thống kê truy cập
      """
    let list = ListingPage.items(in: VietnameseText.normalize(unstamped))
    XCTAssertEqual(list?.count, 4)
    XCTAssertEqual(list?.last?.title, "Ban Thường vụ Liên hiệp các Hội KH&KT Nghệ An họp phiên quý II/2023")
  }

  /// An item with no stamp after dated ones, its headline over a summary closed by "… Chi tiết",
  /// is an item of its own, not more of the summary before it (zd).
  func testAnUndatedLastItemIsItsOwn() {
    let page = """
      TIN TỨC - SỰ KIỆN

      Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm 2022
      (28/07/2022 10:05)
      Chiều 27/7, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng tổ chức hội nghị sơ kết 6 tháng đầu năm, bàn nhiệm vụ nửa cuối năm… Chi tiết

      Nắng nóng gay gắt kéo dài ở các huyện phía Đông
      (12/06/2021 07:50)
      Do ảnh hưởng của áp thấp nóng phía Tây, nhiệt độ cao nhất tại các huyện phía Đông của tỉnh có nơi trên 38 độ C… Chi tiết

      Liên hiệp hội tỉnh tổ chức hội thảo về cây hồi
      (16/03/2021 11:25)
      Sáng 15/3, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng tổ chức hội thảo khoa học về phát triển vùng trồng cây hồi bền vững… Chi tiết

      Liên hiệp hội Cao Bằng nhìn lại năm 2018, đề ra nhiệm vụ năm 2019
      Ngày 10/01/2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng họp hội nghị tổng kết hoạt động năm 2018 và bàn phương hướng năm 2019… Chi tiết

      Trang 1 2 [3] 4 5 … Trang sau
      """
    let items = ListingPage.items(in: VietnameseText.normalize(page))
    XCTAssertEqual(items?.count, 4)
    XCTAssertEqual(items?.last?.title, "Liên hiệp hội Cao Bằng nhìn lại năm 2018, đề ra nhiệm vụ năm 2019")
    XCTAssertNil(items?.last?.published)
    XCTAssertEqual(items?[2].lines, 7..<10)
  }

  /// "Cuộc làm việc" names a working session; "đã được … đón tiếp và làm việc" too, the delegation
  /// named before as the subject.
  func testWorkingSessionNouns() {
    XCTAssertEqual(meetingKeys(readPage("""
      Cuộc làm việc giữa Đảng đoàn Liên hiệp Hội Việt Nam và Tỉnh ủy Lào Cai

      Đoàn công tác của Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã đến thăm, trao đổi công việc với Ban Thường vụ Tỉnh ủy Lào Cai; cuộc làm việc diễn ra chiều 14/9/2022 tại trụ sở Tỉnh ủy.
      """)), ["2022-09-14 Lào Cai lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tin hoạt động

      Trong chuyến công tác tại các tỉnh Tây Nguyên, Đoàn công tác của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã được Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum đón tiếp và làm việc trong hai ngày 12-13/6/2019.
      """)), ["2019-06-12 Kon Tum lam_viec"])
  }

  /// A council meeting named by its formal title and dated only by the next sentence ("Phiên
  /// họp diễn ra ngày 15/7") is the report of a day, not a year's review read from the paragraphs.
  func testACouncilMeetingDatedByTheNextSentenceKeepsItsKind() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội đồng Trung ương Liên hiệp Hội Việt Nam kiện toàn nhân sự

      20/02/2023 - 04:44 PM - 62 lượt xem

      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tiến hành “Hội nghị lần thứ 7 Hội đồng Trung ương Liên hiệp Hội Việt Nam, khóa VIII”. Phiên họp diễn ra ngày 15/7 tại Hà Nội.
      Mở đầu kỳ họp, Chủ tịch Liên hiệp Hội Việt Nam cho biết trong năm 2022, Đoàn Chủ tịch đã chỉ đạo triển khai nhiều nhiệm vụ, hệ thống tổ chức tiếp tục được củng cố.
      """)), ["2022-07-15 Hà Nội ban_chap_hanh"])
  }

  /// An occasion's days beside the meeting's: "đúng dịp kỷ niệm … (20/10/1946-20/10/2021)" after
  /// the day lends it its year; "Trong không khí …", "Hướng tới …" open occasions; a holiday's
  /// lunar day with its solar day after "tức" is the holiday's; an anniversary's first day is no
  /// second event.
  func testOccasionsBesideTheMeetingsDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội thành phố tổ chức tọa đàm về Bác Hồ

      Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng đã tổ chức một diễn đàn khoa học với chủ đề “Bác Hồ với Hải Phòng”. Sự kiện diễn ra sáng 20/10, đúng dịp kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh lần đầu về thăm và làm việc với Đảng bộ và nhân dân thành phố (20/10/1946-20/10/2021).
      """)), ["2021-10-20 Hải Phòng hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Ban Chấp hành Liên hiệp hội tỉnh Hậu Giang tổng kết năm 2024

      26/12/2024 Lượt xem: 51

      Trong không khí cả nước kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2024) và 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 – 22/12/2024), sáng ngày 23/12, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh đã tổ chức Hội nghị tổng kết hoạt động của Ban Chấp hành năm 2024
      """)), ["2024-12-23 Hậu Giang tong_ket"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo về kinh tế biển

      (Đăng lúc: 20/05/2017 04:54:42 PM)

      Hướng tới Tuần lễ Biển và Hải đảo Việt Nam năm 2017 (từ ngày 1 đến 8/6), sáng 20/05/2017, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên tổ chức hội thảo góp ý đề án phát triển kinh tế biển.
      """)), ["2017-05-20 Phú Yên hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội Cà Mau tìm giải pháp cho làng nghề

      ngày đăng: 27/9/2018

      Ngay sau Tết Trung thu Mậu Tuất (rằm tháng Tám, tức ngày 24/9/2018), ngày 26/9, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cà Mau tổ chức hội thảo về phát triển làng nghề.
      """)), ["2018-09-26 Cà Mau hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh tổng kết thi đua năm 2018

      Ngày 27/2/2019, Liên hiệp các Hội khoa học kỹ thuật Long An đã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2018, đồng thời phát động phong trào thi đua năm 2019 hướng tới kỷ niệm 36 năm Ngày thành lập Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (26/3/1983 – 26/3/2019).
      """)), ["2019-02-27 Long An tong_ket"])
  }

  /// "Văn phòng khu vực Đông Nam Á tại Hà Nội" is an office's seat, not the venue; a delegation
  /// the subject sent ("…, đoàn công tác Bình Định đã tới thăm và làm việc với Liên hiệp hội
  /// Nghệ An") meets at the host's.
  func testPlacesOfOfficesAndHostsOfVisits() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lớp tập huấn kỹ năng phản biện cho các tỉnh phía Bắc

      Liên hiệp hội Việt Nam đã mở Hội nghị tập huấn kỹ năng phản biện xã hội cho Liên hiệp hội các tỉnh phía Bắc, trong khuôn khổ dự án hợp tác với tổ chức Rosa Luxemburg Stiftung, Văn phòng khu vực Đông Nam Á tại Hà Nội. Khóa bồi dưỡng diễn ra từ ngày 04/11 đến ngày 06/11/2015 tại thành phố Vĩnh Yên (Vĩnh Phúc).
      """)), ["2015-11-04 Vĩnh Phúc tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh Bình Định cử đoàn đến trao đổi kinh nghiệm

      Sáng 18/6/2013, trong chuyến đi học hỏi kinh nghiệm tại một số tỉnh phía Bắc của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Bình Định, đoàn công tác Bình Định đã tới thăm và làm việc với Liên hiệp hội Nghệ An.
      """)), ["2013-06-18 Nghệ An lam_viec"])
  }

  /// An event reported at its close takes its first day: told further on ("Ngày 15 - 10 - 2005,
  /// sau hai ngày làm việc …, Đại hội … đã bế mạc"), "Qua hai ngày làm việc (14/8 - 15/8) … khép
  /// lại vào ngày 15/8" (the first day written), a closing verb right before the day; the main
  /// event's own close is no second event.
  func testDaysReportedAtTheClose() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nhìn lại Đại hội đại biểu lần thứ IV của Liên hiệp hội tỉnh

      Đầu những năm 2000, hoạt động của Liên hiệp hội tỉnh Nghệ An có nhiều khởi sắc.

      Đoàn Chủ tịch ra mắt Đại hội

      Ngày 15 - 10 - 2005, sau hai ngày làm việc tại Hội trường tỉnh, Đại hội đại biểu lần thứ IV Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An đã bế mạc.
      """)), ["2005-10-14 Nghệ An dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Khép lại Hội nghị giao ban Liên hiệp hội khu vực miền Trung 2023

      Qua hai ngày làm việc (14/8 - 15/8) tại thành phố Đà Nẵng, hội nghị giao ban do Liên hiệp Hội Việt Nam tổ chức đã khép lại vào ngày 15/8/2023.
      """)), ["2023-08-14 Đà Nẵng giao_ban"])
    XCTAssertEqual(meetingKeys(readPage("""
      Bế giảng lớp tập huấn kỹ thuật trồng chè

      Sau một ngày học tập, lớp tập huấn “Kỹ thuật trồng chè an toàn” do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên phối hợp với Hội Làm vườn tỉnh mở cho 50 hội viên Hội làm vườn ở xã Phú Đô, huyện Phú Lương đã bế giảng vào ngày 12/5/2023.
      """)), ["2023-05-12 Thái Nguyên tap_huan"])
    XCTAssertEqual(meetingKeys(readPage("""
      Thái Bình: Bế mạc Đại hội lần thứ V Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh

      Trong 2 ngày đại hội (27- 28/9/2021), đại biểu dự đại hội lần thứ V của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình đã hoàn thành toàn bộ chương trình đề ra; đại hội bế mạc ngày 28/9/2021.
      """)), ["2021-09-27 Thái Bình dai_hoi"])
  }

  /// "Hôm qua, thứ Ba", "Cách đây ba ngày" count back from the posting; "ngày 29/10 cùng năm" takes
  /// the year of the date before it; a purpose clause ends at the organs named first.
  func testDaysCountedFromThePostingAndFromEachOther() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lễ kỷ niệm 10 năm thành lập Liên hiệp hội Tiền Giang

      Hôm qua, thứ Ba, Hội trường Tỉnh ủy là nơi Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tổ chức Lễ kỷ niệm 10 năm ngày thành lập.
      """, published: FactDate(year: 2015, month: 5, day: 27))), ["2015-05-26 Tiền Giang khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội nghị Ban Chấp hành Liên hiệp hội tỉnh Hưng Yên

      Cách đây ba ngày, Trung tâm Hội nghị tỉnh là nơi Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên tổ chức Hội nghị Ban Chấp hành lần thứ 2.
      """, published: FactDate(year: 2021, month: 4, day: 26))), ["2021-04-23 Hưng Yên ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Văn nghệ sĩ, trí thức Long An học tập hướng dẫn của Tỉnh ủy

      Ngày 9/6/2015, Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn số 07-HD/TU về công tác trí thức. Triển khai hướng dẫn này, ngày 29/10 cùng năm, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An đã tổ chức hội nghị quán triệt.
      """)), ["2015-10-29 Long An khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội làm việc với các huyện

      Để bàn việc triển khai nhiệm vụ tư vấn, phản biện trong năm 2022, Đảng đoàn cùng Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum đã có các buổi làm việc với Huyện ủy Tu Mơ Rông và Huyện ủy Đăk Tô vào Thứ 3(9/11/2021) và Thứ 5(11/11/2021).
      """)), ["2021-11-09 Kon Tum lam_viec", "2021-11-11 Kon Tum lam_viec"])
  }

  /// "hôm" opens a day written in digits or in words ("hai ngàn không trăm mười ba"); digits
  /// after "mùng" ("Ngày mùng 8 tháng Một năm 2026").
  func testDaysOpenedByHomAndMong() {
    XCTAssertEqual(meetingKeys(readPage("""
      Kỷ niệm 30 năm thành lập Liên hiệp hội Việt Nam

      Tại Nhà hát lớn Hà Nội, hôm hai mươi hai tháng Ba năm hai ngàn không trăm mười ba, lễ kỷ niệm 30 năm ngày thành lập Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã được long trọng tổ chức.
      """)), ["2013-03-22 Hà Nội khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Liên hiệp hội tỉnh Quảng Ngãi lần thứ nhất

      Ngày mùng 8 tháng Một năm 2026, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi đã tổ chức Đại hội đại biểu lần thứ nhất.
      """)), ["2026-01-08 Quảng Ngãi dai_hoi"])
  }

  /// Organisations listed with the guests an attending verb opens are no member figure.
  func testOrganisationsAttendingAreNoFigure() {
    XCTAssertEqual(figureKeys(readPage("""
      Liên hiệp hội tỉnh tổng kết năm 2014

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị vừa tổng kết hoạt động năm 2014. Hội nghị diễn ra ngày 13/01/2015; đến dự còn có đại diện lãnh đạo các sở, ban, ngành cùng 40 tổ chức hội thành viên và 08 trung tâm trực thuộc.
      """)), [])
  }

  /// The members' part who are intellectuals, its noun after "là": "3,7 triệu hội viên, trong số
  /// đó 2,2 triệu là trí thức" (yu, zg).
  func testThePartThatAreIntellectuals() {
    XCTAssertEqual(figureKeys(readPage("""
      Liên hiệp hội Việt Nam giao ban trực tuyến

      Sáng 15/11/2021, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội nghị giao ban trực tuyến. Phát biểu khai mạc, Chủ tịch Liên hiệp hội cho biết toàn hệ thống hiện có 3,7 triệu hội viên, trong số đó 2,2 triệu là trí thức.
      """)), ["nil hoi_vien 3700000", "nil tri_thuc 2200000"])
  }

  /// Day forms with slips: a capital O typed for zero, a two-digit year after "năm", a month
  /// first after "ngày".
  func testDaysWithSlips() {
    XCTAssertEqual(dateKeys("Hội thảo diễn ra ngày 3O/3/2018 tại Thanh Hóa."), ["30/3/2018"])
    XCTAssertEqual(dateKeys("Hội thảo khai mạc ngày 12 tháng 10 năm 23."), ["12/10/2023"])
    XCTAssertEqual(dateKeys("Hội nghị được tổ chức sáng ngày 12/22/2023 tại Tân An."), ["22/12/2023"])
    XCTAssertEqual(dateKeys("Nước (H2O) và khí CO2 được đo lúc 9 giờ."), [])
  }
}
