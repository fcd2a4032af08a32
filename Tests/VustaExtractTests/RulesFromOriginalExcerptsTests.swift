@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from real pages in their sites' own words (round 12 of corpus/real/FIRST-RUNS.md,
/// thirty-eighth session): a ticker's label over the article itself, a dateline over another
/// body's meeting, a stored page's meta date printed before its text, the count a term started
/// from, a total grown so far. Each page is written for the test.
final class RulesFromOriginalExcerptsTests: XCTestCase {
  /// "TIN MỚI:" over the article's own headline, stamp and lead in one block is no tag page's
  /// header: the page is one article, not a listing of its later paragraphs.
  func testATickerLabelOverTheArticleItself() {
    let page = """
      TIN MỚI:
      Liên hiệp hội tỉnh Thái Bình kỷ niệm 20 năm ngày thành lập
      Ngày: 10/06/2019
      Sáng ngày 7/6, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Thái Bình đã long trọng tổ chức lễ kỷ niệm 20 năm ngày thành lập và gặp mặt các đại biểu trí thức, với sự có mặt của lãnh đạo tỉnh và lãnh đạo Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam.

      Hai mươi năm qua, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Thái Bình đã quy tụ được 25 hội thành viên với hơn 156.000 hội viên trên khắp các lĩnh vực khoa học và kỹ thuật của tỉnh.

      Phát biểu tại buổi lễ, Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam ghi nhận những đóng góp của Liên hiệp hội tỉnh trong hoạt động tư vấn, phản bi
      """
    let d = readPage(page)
    XCTAssertEqual(d.id, "t")
    XCTAssertEqual(meetingKeys(d), ["2019-06-07 Thái Bình khac"])
    XCTAssertEqual(d.memberFigures.map(\.value).sorted(), [25, 156_000])
  }

  /// A province opening the only sentence of a page that names no union is a dateline, not the
  /// subject of the meeting after it: another body's council meeting yields nothing.
  func testADatelineOverAnotherBodysMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hà Nội (TTXVN 11/3/2022) Tại hội nghị lần thứ nhất Ban Chấp hành Hội Nông dân Việt Nam chiều 10/3/2022, các ủy viên Ban Chấp hành đã bầu Chủ tịch và bốn Phó Chủ tịch của Hội nhiệm kỳ mới.
      """)), [])
    // (on a page that names the union, the dateline's province still places its meeting)
    XCTAssertEqual(meetingKeys(readPage("""
      Yên Bái - Sáng 12/10/2020, Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã họp Hội nghị lần thứ XII để chuẩn bị cho Đại hội.
      """)), ["2020-10-12 Yên Bái ban_chap_hanh"])
  }

  /// "date 2025-12-27" printed before a stored page's first line is its posting stamp: the
  /// publication date, not the day of the meeting the rest of the line tells; on a line of its
  /// own under the headline it is no part of the headline.
  func testAStoredPagesMetaDate() {
    let d = readPage("""
       date 2025-12-27 (GLO)- Sáng 26-12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai tổ chức hội nghị đánh giá kết quả hoạt động năm 2025 và triển khai nhiệm vụ năm tiếp theo.

      Năm 2025, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai đã hoàn thành tốt các nhiệm vụ được giao.
      """)
    XCTAssertEqual(d.published?.iso, "2025-12-27")
    XCTAssertEqual(meetingKeys(d), ["2025-12-26 Gia Lai tong_ket"])
    let titled = readPage("""
      Trí thức thành phố Huế trước yêu cầu phát triển mới
      date 2025-12-19

      Sáng 18/12, Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Huế tổ chức hội thảo về đội ngũ trí thức khoa học và công nghệ.
      """)
    XCTAssertEqual(titled.title, "Trí thức thành phố Huế trước yêu cầu phát triển mới")
    XCTAssertEqual(titled.published?.iso, "2025-12-19")
    // (only a label, a year and a month or a day, then text: "date of issue" is no stamp)
    for (line, end) in [("date 2021-04 Nam Định", 12), ("date 2025-12-27 Sáng 26-12", 15), ("date of issue 2021", nil), ("date 2025-12-27", nil)] {
      XCTAssertEqual(Array(line.utf8).withUnsafeBufferPointer { MainText.metaDateEnd($0, 0, $0.count) }, end, line)
    }
  }

  /// "từ 10 Hội thành viên đầu nhiệm kỳ I, đến nay … 18 Hội thành viên": the count the term started
  /// from is no total; "đến nay … đã tập hợp và phát triển được 18 Hội thành viên" is one (grown
  /// so far, not grown anew).
  func testTheCountATermStartedFromAndATotalGrownSoFar() {
    let d = readPage("""
      Liên hiệp hội tỉnh Ninh Bình hai mươi năm xây dựng và phát triển

      Qua ba kỳ Đại hội, từ 10 Hội thành viên đầu nhiệm kỳ I, đến nay Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình đã tập hợp và phát triển được 18 Hội thành viên và 2 Trung tâm trực thuộc.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["hoi_thanh_vien 18"])
    // ("… từ 10 Hội thành viên đầu nhiệm kỳ I nay đã tập hợp, phát triển được 18 …": "nay" is now too)
    let now = readPage("""
      Liên hiệp hội tỉnh Ninh Bình hai mươi năm

      Sau ba kỳ Đại hội, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình từ 10 Hội thành viên đầu nhiệm kỳ I nay đã tập hợp, phát triển được 18 Hội thành viên.
      """)
    XCTAssertEqual(now.memberFigures.map { "\($0.metric) \($0.value)" }, ["hoi_thanh_vien 18"])
    // (growth told as new stays an increment)
    let grown = readPage("""
      Liên hiệp hội tỉnh Ninh Bình tổng kết năm

      Đến nay, trong năm Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình đã phát triển thêm 3 Hội thành viên.
      """)
    XCTAssertEqual(grown.memberFigures.count, 0)
  }

  /// A union's portal prints its own name over the day and the headline ("Liên hiệp các hội khoa
  /// học và kỹ thuật Việt Nam" / "Thứ sáu, 16/05/2025 15:16 (GMT+7)" / "An Giang: Tôn vinh …"):
  /// the name is the site's, the headline the article's; with no headline the name still titles
  /// the page.
  func testAUnionsNameOverItsPortalsHeadline() {
    let d = readPage("""
      Liên hiệp các hội khoa học và kỹ thuật Việt Nam
      Thứ sáu, 16/05/2025 15:16 (GMT+7)

      An Giang: Liên hiệp hội tỉnh gặp mặt trí thức tiêu biểu

      Ngày 15/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang tổ chức buổi gặp mặt trí thức khoa học và công nghệ tiêu biểu năm 2025 tại thành phố Long Xuyên.
      """)
    XCTAssertEqual(d.title, "An Giang: Liên hiệp hội tỉnh gặp mặt trí thức tiêu biểu")
    XCTAssertEqual(meetingKeys(d), ["2025-05-15 An Giang khac"])
    XCTAssertTrue(MainText.isUnionNameLine(FoldedText("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH TIỀN GIANG")))
    XCTAssertTrue(MainText.isUnionNameLine(FoldedText("Liên hiệp các Hội Khoa học Kỹ thuật Sóc Trăng")))
    XCTAssertFalse(MainText.isUnionNameLine(FoldedText("Liên hiệp các hội khoa học và kỹ thuật Hà Nội: 20 năm một chặng đường")))
    let untitled = readPage("""
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH TIỀN GIANG
      Trang chủ | Giới thiệu | Tin tức | Liên hệ

      Sáng ngày 12/3/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang tổ chức hội nghị Ban Chấp hành lần thứ 5.
      """)
    XCTAssertEqual(untitled.title, "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH TIỀN GIANG")
  }

  /// A round-up's headline names the unions together and meetings of two kinds ("Liên hiệp hội
  /// các tỉnh sôi nổi đại hội, tổng kết …"): no main event of its own — each province's item has
  /// its own; a joint meeting of the unions under such a headline is one event.
  func testARoundUpsHeadline() {
    let d = readPage("""
      Miền Trung: Liên hiệp hội các tỉnh sôi nổi đại hội, tổng kết cuối năm 2025

      Ở Gia Lai, sáng 26/12/2025, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động năm 2025.

      Còn tại Thanh Hóa, chiều 30/12/2025, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.
      """)
    XCTAssertFalse(meetingKeys(d).contains { $0.hasSuffix("dai_hoi") }, "\(meetingKeys(d))")
    XCTAssertTrue(meetingKeys(d).contains("2025-12-26 Gia Lai tong_ket"), "\(meetingKeys(d))")
  }

  /// A run of stamps after the text ("20/10/2025 9:18:03 AM — 734" over "16/10/2025 9:00:45 AM —
  /// 1179" …) is a box of other items' days and views, not the article's posting.
  func testARunOfStampsAfterTheTextIsNoPosting() {
    let page = """
      Hội hữu nghị tỉnh tổ chức Đại hội lần thứ II

      Sáng 10-5, Hội hữu nghị Việt-Hàn tỉnh Bình Dương tổ chức Đại hội lần thứ II, nhiệm kỳ 2022-2027, với sự tham dự của lãnh đạo Liên hiệp các tổ chức hữu nghị tỉnh.

      20/10/2025 9:18:03 AM — 734
      16/10/2025 9:00:45 AM — 1179
      15/10/2025 4:50:50 PM — 1196
      """
    XCTAssertNil(readPage(page).published)
    // (one stamp under the text is still the page's)
    XCTAssertEqual(readPage(page.replacingOccurrences(of: "\n16/10/2025 9:00:45 AM — 1179\n15/10/2025 4:50:50 PM — 1196", with: "")).published?.iso, "2025-10-20")
  }

  /// "Mon, 04/09/2007 - 19:00": a weekday before a full date both orders could read names the
  /// order (9 April 2007 was a Monday, 4 September a Tuesday); the ordinal of "lần thứ 6
  /// (09/11/2009)" and a "thư" that folds like "Thu" name no weekday.
  func testAWeekdayNamesTheOrderOfDayAndMonth() {
    func first(_ s: String) -> String? {
      DateReader.mentions(in: FoldedText(s)).first.flatMap { m in m.year.map { "\($0)-\(m.month)-\(m.day ?? 0)" } }
    }
    XCTAssertEqual(first("Submitted by ctv_en_5 on Mon, 04/09/2007 - 19:00"), "2007-4-9")
    XCTAssertEqual(first("Thứ Hai, 04/09/2007"), "2007-4-9")
    XCTAssertEqual(first("Tuesday, 04/09/2007"), "2007-9-4")
    XCTAssertEqual(first("Hội nghị lần thứ 6 (09/11/2009)"), "2009-11-9")
    XCTAssertEqual(first("Ban Bí thư, ngày 10/2/2025"), "2025-2-10")
  }

  /// A page's clock labelled as today's date ("Today: 05/06/2023 08:05:50 (GMT+7)") is the day the
  /// page was looked at, not its posting, whatever time it shows; "Hôm nay (26/12), …" is still
  /// the posting day's event.
  func testAPagesClockLabelledToday() {
    XCTAssertTrue(DateReader.isDateBar(FoldedText("Today: 05/06/2023 08:05:50 (GMT+7)")))
    XCTAssertTrue(DateReader.isDateBar(FoldedText("Hôm nay: 05/06/2023")))
    XCTAssertFalse(DateReader.isDateBar(FoldedText("Hôm nay (26/12/2018), Liên hiệp hội tỉnh tiến hành Đại hội.")))
    let d = readPage("""
      Today: 05/06/2023 08:05:50 (GMT+7)

      Intellectuals form an important force: Party leader

      The Vietnam Union of Science and Technology Associations (VUSTA) held a ceremony on March 24 to mark 60 years since President Ho Chi Minh met intellectuals.
      """)
    XCTAssertNil(d.published)
  }

  /// A member association's congress named "Hiệp hội" ("… tổ chức Đại hội toàn thể Hiệp hội nuôi
  /// biển Việt Nam lần thứ II"), though the union is named before as its parent, is the
  /// association's.
  func testAnAssociationsCongressNamedHiepHoi() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hiệp hội nuôi biển Việt Nam đại hội lần thứ II

      Ngày 7/11/2023, Hiệp hội nuôi biển Việt Nam thuộc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức Đại hội toàn thể Hiệp hội nuôi biển Việt Nam lần thứ II tại Hà Nội.
      """)), [])
  }

  /// The members a congress's delegates stand for are the congress's union's, though a guest's
  /// title names the Vietnam Union earlier in the sentence; its later "trên 210.000" is the same
  /// total.
  func testTheMembersTheDelegatesStandFor() {
    let d = readPage("""
      Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái lần thứ V

      Ngày 24/11/2020, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ V. Các đồng chí: Đỗ Đức Duy - Bí thư Tỉnh ủy; Phạm Văn Tân - Phó Chủ tịch Liên hiệp Các hội Khoa học và Kỹ thuật Việt Nam cùng lãnh đạo các sở, ban, ngành của tỉnh và 140 đại biểu chính thức đại diện cho 210.000 hội viên đã về dự.

      Đến nay, Liên hiệp hội có 24 hội thành viên với trên 210.000 hội viên.
      """)
    let members = d.memberFigures.first { $0.metric == .hoi_vien }
    XCTAssertEqual(members?.province, "Yên Bái")
    XCTAssertEqual(members?.value, 210_000)
  }

  /// Associations listed among those who came ("… và 40 tổ chức hội thành viên, 08 trung tâm
  /// trực thuộc đã đến dự") are no count of the union's; nor are the counts of a phrase opened by
  /// "từ" that the sentence takes to another state ("từ 06 tổ chức hội thành viên với 1.400 hội
  /// viên, thành hệ thống …").
  func testAssociationsThatCameAndCountsGrownFrom() {
    XCTAssertEqual(readPage("""
      Liên hiệp hội tỉnh tổng kết năm 2014

      Ngày 13/01/2015, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết. Các đồng chí: Phạm Quốc Dũng, Trưởng ban Dân vận Tỉnh ủy; đại diện lãnh đạo các sở, ban, ngành và 40 tổ chức hội thành viên, 08 trung tâm trực thuộc đã đến dự.
      """).memberFigures.count, 0)
    XCTAssertEqual(readPage("""
      Mười lăm năm Liên hiệp hội tỉnh Yên Bái

      Sự tin cậy ấy thể hiện qua việc Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái phát triển từ 06 tổ chức hội thành viên với 1.400 hội viên, thành hệ thống tổ chức khá toàn diện.
      """).memberFigures.count, 0)
    // (a count grown to stays one: "tăng từ 12 lên 25 hội thành viên")
    XCTAssertEqual(readPage("""
      Liên hiệp hội tỉnh Yên Bái tổng kết nhiệm kỳ

      Trong nhiệm kỳ, số hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái đã tăng từ 12 lên 25 hội thành viên.
      """).memberFigures.map(\.value), [25])
  }

  /// A paragraph that opens "Trước đó" tells an earlier step, another event: under a
  /// ceremony's headline with no day, its workshop is a meeting of its own and gives the
  /// ceremony neither its day nor its kind.
  func testAnEarlierStepIsAnotherEvent() {
    XCTAssertEqual(meetingKeys(readPage("""
      Lễ kỷ niệm 20 năm thành lập Liên hiệp các hội Khoa học kỹ thuật tỉnh Phú Yên

      08:15, 29/06/2016

      Qua hai mươi năm hoạt động, Liên hiệp hội tỉnh đã có 25 hội thành viên và không ngừng lớn mạnh.

      Trước đó, vào chiều 24/6, Liên hiệp các hội KHKT tỉnh tổ chức hội thảo “Hai mươi năm xây dựng và phát triển” với đại diện các hội thành viên.
      """)).sorted(), ["2016-06-24 Phú Yên hoi_thao", "nil Phú Yên khac"])
  }

  /// A page that names no place but the former parts of one merged unit ("Hải Phòng cũ: 29,
  /// Hải Dương cũ: 20") is that unit's; parts of two units, or a province named plainly, are not.
  func testFormerPartsOfOneMergedUnit() {
    let d = readPage("""
      Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật thành phố phát biểu tại Hội nghị.

      Đến nay, toàn hệ thống Liên hiệp Hội có 49 Hội thành viên (Hải Phòng cũ: 29, Hải Dương cũ: 20) với hơn 108.000 hội viên.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.province ?? "nil") \($0.value)" }.sorted(), ["Hải Phòng 108000", "Hải Phòng 49"])
    let two = readPage("""
      Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật thành phố phát biểu tại Hội nghị.

      Đến nay, toàn hệ thống Liên hiệp Hội có 49 Hội thành viên (Hải Phòng cũ: 29, Quảng Ninh cũ: 20) với hơn 108.000 hội viên.
      """)
    XCTAssertEqual(two.memberFigures.map { $0.province ?? "nil" }, ["nil", "nil"])
  }

  /// A working session on days apart is one session a day, even when the sentence does not say
  /// "các buổi"; days that follow one another stay one event.
  func testAWorkingSessionOnDaysApart() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội KH&KT tỉnh Kon Tum làm việc với lãnh đạo các địa phương
      11/11/2021 10:48
      Ngày 9 và 11/11, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum làm việc với Huyện ủy, UBND huyện Tu Mơ Rông, huyện Đăk Tô.
      """)), ["2021-11-09 Kon Tum lam_viec", "2021-11-11 Kon Tum lam_viec"])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội KH&KT tỉnh Kon Tum làm việc với lãnh đạo các địa phương
      11/11/2021 10:48
      Trong hai ngày 9 và 10/11, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum làm việc với Huyện ủy huyện Đăk Tô.
      """)), ["2021-11-09 Kon Tum lam_viec"])
  }

  /// A portal's "Thông tin mới nhất" over its counter of visits, the article's headline and its
  /// view count in one block, then paragraphs with neither headline nor date: one article (its
  /// headline the title, its document cited), not a listing of its paragraphs.
  func testAHeaderBlockThatGoesOnToTheArticlesHeadline() {
    let d = readPage("""
      Thông tin mới nhất
      Thống kê truy cập
        • Đang online: 8
        • Hôm nay: 235
      Đẩy mạnh công tác thông tin, tuyên truyền và triển khai Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2023
      Lượt xem: 66

      Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam được xét trao tặng cho các tác giả có công trình khoa học công nghệ có giá trị lớn đang được áp dụng.

      Để triển khai Giải thưởng năm 2023, ngày 06/4/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đã có Văn bản số 54/LHH-BKH gửi các sở, ngành về việc tuyên truyền Giải thưởng.

      (1) Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố, thị xã; các trường chuyên nghiệp và các doanh nghiệp đóng trên địa bàn tỉnh.
      """)
    XCTAssertEqual(d.id, "t")
    XCTAssertEqual(d.title, "Đẩy mạnh công tác thông tin, tuyên truyền và triển khai Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2023")
    XCTAssertEqual(d.citations.map { "\($0.number)/\($0.code)" }, ["54/LHH-BKH"])
  }

  /// "Liên hiệp Hội Bình Định có 03 đại biểu tham dự": a delegation of a few people is no
  /// meeting's attendance; a hundred delegates are.
  func testADelegationIsNoAttendance() {
    let d = readPage("""
      Hội thảo về tư vấn, phản biện tại Hà Tĩnh
      08/04/2021
      Ngày 8/4/2021, tại thành phố Hà Tĩnh, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội thảo với 120 đại biểu tham dự. Liên hiệp Hội Bình Định có 03 đại biểu tham dự, cùng thảo luận về nội dung hội thảo.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric) \($0.value)" }, ["dai_bieu 120"])
  }

  /// A meeting on a contest's rules ("họp các ngành liên quan để thống nhất thể lệ") is the
  /// contest's business, not a meeting of the union.
  func testAMeetingOnAContestsRules() {
    XCTAssertEqual(meetingKeys(readPage("""
      Thành ủy đồng ý để Hội KH&KT thành phố tổ chức Hội thi Sáng tạo kỹ thuật lần thứ nhất

      Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh cho biết, Hội đã thành lập Ban tổ chức, tiến hành họp các ngành liên quan để thống nhất thể lệ và quy chế.
      """)), [])
  }

  /// A stored page's meta date of a month alone ("date 2024-01") gives no posting day but the
  /// year of a day written without one; "Theo dõi Báo Nghệ An trên" is a follow button, no title.
  func testAMonthStampCompletesTheYear() {
    let d = readPage("""
       date 2024-01
      Theo dõi Báo Nghệ An trên

      Chiều 19/1, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức Hội nghị tổng kết hoạt động và triển khai nhiệm vụ công tác.
      """)
    XCTAssertNil(d.published)
    XCTAssertEqual(meetingKeys(d), ["2024-01-19 Nghệ An tong_ket"])
    XCTAssertNotEqual(d.title, "Theo dõi Báo Nghệ An trên")
    // (a month after the stamp's is the year before's)
    XCTAssertEqual(meetingKeys(readPage("""
       date 2024-01

      Chiều 19/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức Hội nghị tổng kết hoạt động.
      """)), ["2023-12-19 Nghệ An tong_ket"])
  }

  /// "Được sự nhất trí của Thường vụ Tỉnh ủy, UBND tỉnh …, sáng ngày …, … đã diễn ra Đại hội …
  /// của Liên hiệp …": the bodies whose consent the clause names do not hold the congress.
  func testAConsentClauseNamesNoHolder() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban chấp hành Khóa III (2008-2013)

      Được sự nhất trí của Thường vụ Tỉnh ủy, UBND tỉnh Thừa Thiên Huế, sáng ngày 20 tháng 02 năm 2009, tại Hội trường Khách sạn Hương Giang đã diễn ra Đại hội đại biểu lần thứ III, nhiệm kỳ 2008 – 2013 của Liên hiệp các hội Khoa học Kỹ thuật tỉnh Thừa Thiên Huế.
      """)), ["2009-02-20 Thừa Thiên Huế dai_hoi"])
    // (a body that holds it after such a clause still does)
    XCTAssertEqual(meetingKeys(readPage("""
      Được sự đồng ý của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế, sáng ngày 20/02/2009, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ III.
      """)), [])
  }

  /// "… xứng đáng là diễn đàn của trí thức" calls something a forum, and "… trên các lĩnh vực: Tư
  /// vấn, phản biện, tập huấn, hội thảo khoa học,…" lists fields of work: neither is an event.
  func testAForumAsAMetaphorAndAListOfFields() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bản tin Khoa học và Ứng dụng của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương xứng đáng là diễn đàn của trí thức tỉnh nhà
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Thời gian qua, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh đạt được nhiều kết quả trên các lĩnh vực: Tư vấn, phản biện, giám định xã hội, tập huấn, hội thảo khoa học,… theo kế hoạch của Tỉnh ủy.
      """)), [])
    // (a forum held is still one)
    XCTAssertEqual(meetingKeys(readPage("""
      Ngày 12/5/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Ninh tổ chức diễn đàn trí thức về chuyển đổi số.
      """)), ["2023-05-12 Bắc Ninh hoi_thao"])
  }

  /// "Ban Thường vụ Liên hiệp … tổ chức Hội nghị Ban Chấp hành …": the organ named with the noun
  /// meets, the one before it convenes; "Ban Thường vụ … tổ chức hội nghị lần thứ 15 (khóa VII)"
  /// stays the standing board's.
  func testTheOrganNamedWithTheNounMeets() {
    XCTAssertEqual(meetingKeys(readPage("""
      Chiều ngày 21/5/2024, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng tổ chức Hội nghị Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh bầu chức danh Chủ tịch.
      """)), ["2024-05-21 Sóc Trăng ban_chap_hanh"])
    XCTAssertEqual(meetingKeys(readPage("""
      Ngày 14/12/2023, tại TP Vinh, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An tổ chức hội nghị lần thứ 15 (khóa VII) để cho ý kiến vào dự thảo báo cáo.
      """)), ["2023-12-14 Nghệ An ban_thuong_vu"])
  }

  /// "nâng tổng số chi hội thành viên và trung tâm trực thuộc lên 32 đơn vị": branches admitted
  /// as members of the union are its member organisations.
  func testMemberBranchesAreMemberOrganisations() {
    XCTAssertEqual(readPage("""
      Sáng ngày 11/10/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Bình tổ chức Lễ kết nạp Chi hội Khoa học kỹ thuật Trường Cao đẳng là chi hội thành viên, nâng tổng số chi hội thành viên và trung tâm trực thuộc lên 32 đơn vị.
      """).memberFigures.map { "\($0.metric) \($0.value)" }, ["hoi_thanh_vien 32"])
  }

  /// A blog's stamp "Đã đăng vào 9 Th1, 2019 lúc 15:16" ("Th1": tháng 1) is the posting date,
  /// and its theme's "Tùy chọn này sẽ đưa trang chủ về bố cục mặc định." no lead.
  func testABlogsShortMonthStamp() {
    let d = readPage("""
      Tùy chọn này sẽ đưa trang chủ về bố cục mặc định.

      Reset

      Liên hiệp Các hội Khoa học và Kỹ thuật tỉnh Cà Mau tổng kết hoạt động năm 2018

      Đã đăng vào 9 Th1, 2019 lúc 15:16

      Sáng 09/01, Liên hiệp Các hội Khoa học và Kỹ thuật tỉnh Cà Mau tổ chức Hội nghị tổng kết hoạt động năm 2018 và triển khai nhiệm vụ năm 2019.
      """)
    XCTAssertEqual(d.published?.iso, "2019-01-09")
    XCTAssertEqual(d.title, "Liên hiệp Các hội Khoa học và Kỹ thuật tỉnh Cà Mau tổng kết hoạt động năm 2018")
    XCTAssertEqual(meetingKeys(d), ["2019-01-09 Cà Mau tong_ket"])
  }

  /// Delegates told apart by degree or people ("có học hàm GS, PGS là 143 đại biểu; … có trình
  /// độ đại học … là 375 đại biểu") are parts of the attendance; the total before them stays.
  func testDelegatesByDegreeArePartsOfTheAttendance() {
    XCTAssertEqual(readPage("""
      Ngày 25/12/2020, Đại hội đại biểu toàn quốc lần thứ VIII của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam có 649 đại biểu tham dự, trong đó 19 đại biểu là người dân tộc thiểu số. Trình độ của đại biểu tham dự có học hàm GS, PGS là 143 đại biểu; có trình độ đại học và trên đại học là 375 đại biểu.
      """).memberFigures.map { "\($0.metric) \($0.value)" }, ["dai_bieu 649"])
  }

  /// A title that opens with a meeting of a member association ("Đại hội lần thứ IV Hội Khoa học
  /// Lịch sử Thanh Hóa", "Lễ kỷ niệm 40 năm thành lập Tổng hội Xây dựng Việt Nam …") makes the
  /// page that association's news: its counts are its own, not a union's.
  func testATitleOpeningWithAnAssociationsMeeting() {
    for title in ["Đại hội lần thứ IV Hội Khoa học Lịch sử Thanh Hóa",
                  "Lễ kỷ niệm 40 năm thành lập Tổng hội Xây dựng Việt Nam và Đại hội lần thứ IX"] {
      XCTAssertEqual(readPage("""
        \(title)

        Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa gửi lẵng hoa chúc mừng. Đến nay Hội có 14 chi hội với 2.250 hội viên.
        """).memberFigures.map(\.value), [], title)
    }
  }

  /// A club's congress ("Đại hội Câu lạc bộ (CLB) Trí thức tỉnh Tiền Giang lần thứ I") is the
  /// club's, even when the union holds it for the club.
  func testAClubsCongressIsTheClubs() {
    XCTAssertEqual(meetingKeys(readPage("""
      Đại hội Câu lạc bộ Trí thức tỉnh Tiền Giang lần thứ I

      Liên hiệp Các hội Khoa học - Kỹ thuật tỉnh Tiền Giang vừa tổ chức Đại hội Câu lạc bộ (CLB) Trí thức tỉnh Tiền Giang lần thứ I - nhiệm kỳ 2012-2017.
      """)), [])
  }

  /// "Cùng ngày" after a sentence whose day nothing on the page completes: a second meeting of
  /// that unknown date, not none.
  func testTheSameUnknownDay() {
    XCTAssertEqual(meetingKeys(readPage("""
      Theo thông tin tại Đại hội đại biểu toàn quốc lần thứ VIII của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, tại phiên nội bộ ngày 24/12, Đại hội đã bầu ra Hội đồng Trung ương khóa VIII.

      Cùng ngày, Hội đồng Trung ương Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam khóa VIII đã tổ chức phiên họp đầu tiên bầu ra Đoàn Chủ tịch.
      """)).sorted(), ["nil nil ban_chap_hanh", "nil nil dai_hoi"])
  }

  /// The union office's veterans' association or trade union holds its own gatherings ("Hội Cựu
  /// chiến binh (CCB) Liên hiệp … tổ chức gặp mặt …"); a venue named after one holds nothing.
  func testTheOfficesMassOrganisations() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ngày 18/12/2014, Hội Cựu chiến binh (CCB) Liên hiệp các hội khoa học và kỹ thuật tỉnh Hải Dương tổ chức gặp mặt kỷ niệm 70 năm ngày thành lập Quân đội nhân dân Việt Nam.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Ngày 27/10/2017, tại Trung tâm Hội nghị Công đoàn, Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức Lễ tôn vinh trí thức tiêu biểu.
      """)), ["2017-10-27 Hà Nội khac"])
  }

  /// The edges of the session's rules read safely: a one-word meeting title, a consent clause
  /// right before the noun, a field list that ends at the noun, a "Th" with no number.
  func testTheEdgesOfTheseRules() {
    XCTAssertEqual(readPage("Họp\n\nLiên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam có 25 hội thành viên.").memberFigures.map(\.value), [25])
    XCTAssertEqual(meetingKeys(readPage("Được sự đồng ý của Hội nghị, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam họp ngày 2/3/2020.")),
                   ["2020-03-02 Hà Nam khac"])
    XCTAssertEqual(meetingKeys(readPage("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam hoạt động trên các lĩnh vực: hội thảo, tập huấn.")), [])
    XCTAssertNil(readPage("Liên hiệp các hội KHKT tỉnh Hà Nam họp ngày 9 Th").published)
  }

  /// Two stamps in a row right over the headline — the site's clock (the day the page was
  /// saved), then the article's own — are one page's: the later line, against the headline,
  /// is the publication; a clock earlier than the line under it is no clock, and neither counts.
  func testTheSitesClockOverTheArticlesStamp() {
    let d = readPage("""
      Thứ hai, 18/11/2024 06:10 (GMT+7)
      Thứ năm, 23/12/2021 09:40 (GMT+7)
      Liên hiệp hội tỉnh Lào Cai làm việc với Sở Khoa học và Công nghệ
      Chiều 22/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đã có buổi làm việc với Sở Khoa học và Công nghệ tỉnh về phối hợp hoạt động năm 2022.
      """)
    XCTAssertEqual(d.published?.iso, "2021-12-23")
    XCTAssertEqual(meetingKeys(d), ["2021-12-22 Lào Cai lam_viec"])
    let other = readPage("""
      Thứ năm, 23/12/2021 09:40 (GMT+7)
      Thứ hai, 18/11/2024 06:10 (GMT+7)
      Liên hiệp hội tỉnh Lào Cai làm việc với Sở Khoa học và Công nghệ
      Chiều 22/12, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai đã có buổi làm việc với Sở Khoa học và Công nghệ tỉnh.
      """)
    XCTAssertNil(other.published)
  }

  /// Another body's workshop whose chairs are named together with its guests — "Tham dự, chủ trì
  /// hội thảo, có: ông …, Chủ tịch Liên hiệp các Hội … tỉnh, Chủ tịch hội đồng" — is chaired by the
  /// union's head: the union is a main party. A union named after "tham dự" only attends.
  func testChairsNamedWithTheGuests() {
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo phản biện đề án phát triển hợp tác xã

      Sáng ngày 17/5/2019, tại Trung tâm Thanh thiếu niên tỉnh, Hội đồng tư vấn (Ủy ban nhân dân tỉnh Kiên Giang) tổ chức Hội thảo khoa học lần thứ I, phản biện Đề án phát triển hợp tác xã nông nghiệp của tỉnh.

      Tham dự, chủ trì hội thảo, có: ông Lê Văn Khải - Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh, Chủ tịch hội đồng và ông Trần Văn Mạnh - Trưởng Ban Văn hóa, xã hội, Phó Chủ tịch hội đồng.
      """)), ["2019-05-17 Kiên Giang hoi_thao"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội thảo phản biện đề án phát triển hợp tác xã

      Sáng ngày 17/5/2019, tại Trung tâm Thanh thiếu niên tỉnh, Hội đồng tư vấn (Ủy ban nhân dân tỉnh Kiên Giang) tổ chức Hội thảo khoa học lần thứ I, phản biện Đề án phát triển hợp tác xã nông nghiệp của tỉnh.

      Chủ trì hội thảo có ông Trần Văn Mạnh - Trưởng Ban Văn hóa, xã hội; tham dự có ông Lê Văn Khải - Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh.
      """)), [])
  }

  /// A union portal's host that writes its province's short slug after its own word
  /// ("lienhiephoibrvt.vn", "baohue.vn") names that province; the short slug inside another
  /// word does not ("brvtx.vn", "chue.vn").
  func testAShortSlugInAUnionPortalsHost() {
    let g = Gazetteer.shared
    XCTAssertEqual(SourceCues.province(inHost: "http://lienhiephoibrvt.vn/ManagementNews/DetailNew/12", g)?.name, "Bà Rịa - Vũng Tàu")
    XCTAssertEqual(SourceCues.province(inHost: "https://baohue.vn/tin", g)?.name, "Thừa Thiên Huế")
    XCTAssertEqual(SourceCues.province(inHost: "https://brvt.gov.vn/tin", g)?.name, "Bà Rịa - Vũng Tàu")
    XCTAssertNil(SourceCues.province(inHost: "https://brvtx.vn/tin", g))
    XCTAssertNil(SourceCues.province(inHost: "https://chue.vn/tin", g))
  }

  /// A joint document is of its type: a joint resolution ("NQLT") a resolution, a joint circular
  /// ("TTLT") a circular — not an official letter or "other".
  func testJointDocumentsKeepTheirType() {
    let d = readPage("""
      Căn cứ Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN ngày 27 tháng 9 năm 2012 và Thông tư liên tịch số 08/2014/TTLT-BKHCN-BTC, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam tổ chức hội nghị ngày 12/10/2022.
      """)
    let types = Dictionary(uniqueKeysWithValues: d.citations.map { ($0.number, $0.type) })
    XCTAssertEqual(types["525"], .nghi_quyet)
    XCTAssertEqual(types["08"], .thong_tu)
  }

  /// A visitor counter's labels on lines of their own, the numbers under them ("Số lượt truy
  /// cập", "Người dùng Online", "Thành Viên Online:") are furniture, never the headline: the line
  /// that names the article with its posting day is.
  func testACountersLabelsAreNoHeadline() {
    let d = readPage("""
      Tìm kiếm

      Số lượt truy cập

      Người dùng Online

      Thành Viên Online Thành Viên Online:
      Khách Khách: 1

      Tin trong tỉnh

      Liên hiệp hội tỉnh tổ chức Hội nghị tổng kết hoạt động năm 2023 19/12/2023

      Sáng ngày 18/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức Hội nghị tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024.
      """)
    XCTAssertEqual(d.title, "Liên hiệp hội tỉnh tổ chức Hội nghị tổng kết hoạt động năm 2023 19/12/2023")
    XCTAssertEqual(d.published?.iso, "2023-12-19")
    XCTAssertEqual(meetingKeys(d), ["2023-12-18 Long An tong_ket"])
    // (a headline about an online meeting is no counter)
    XCTAssertEqual(readPage("Hội nghị online với người dân\n\nNgày 5/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức hội nghị.").title,
                   "Hội nghị online với người dân")
    XCTAssertEqual(readPage("Hội thảo trực tuyến về chuyển đổi số\n\nNgày 5/3/2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức hội thảo trực tuyến.").title,
                   "Hội thảo trực tuyến về chuyển đổi số")
  }

  /// A contest board's meeting, then "…, Phó Chủ tịch Liên hiệp … chủ trì buổi họp": the union
  /// named in its chair's title holds no meeting of its own — the plain "buổi họp" is the
  /// contest's. A union that holds the next meeting itself still does.
  func testTheChairOfAContestsMeeting() {
    XCTAssertEqual(meetingKeys(readPage("""
      Ban tổ chức Hội thi Sáng tạo Kỹ thuật lần thứ 27 họp triển khai thể lệ Hội thi

      Ngày 09/9/2022, Ban tổ chức, Ban thư ký Hội thi Sáng tạo Kỹ thuật tỉnh Bình Dương lần thứ 27 họp triển khai thể lệ Hội thi. Ông Lê Văn Hùng, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Dương chủ trì buổi họp.
      """)), [])
  }

  /// A plan posted as the article — its own "KẾ HOẠCH" heading under the headline — plans the
  /// meeting the headline names: no meeting. A report under the same headline holds it.
  func testAPlanPostedUnderItsHeadline() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh tổ chức Hội nghị trí thức kết hợp Tổng kết hoạt động năm 2023 19/12/2023

      Số 05-KH/LHH

      KẾ HOẠCH

      Tổ chức Hội nghị trí thức kết hợp Tổng kết hoạt động Liên hiệp hội năm 2023

      Căn cứ Kế hoạch hoạt động năm 2023 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An, Liên hiệp hội xây dựng kế hoạch tổ chức Hội nghị như sau.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp hội tỉnh tổ chức Hội nghị trí thức kết hợp Tổng kết hoạt động năm 2023 19/12/2023

      Sáng ngày 18/12/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An tổ chức Hội nghị trí thức kết hợp tổng kết hoạt động năm 2023.
      """)), ["2023-12-18 Long An tong_ket"])
  }

  /// A body named right before "tại" and the meeting is at it, not holding it: the congress a
  /// provincial leader spoke at is the union's (round 19, forty-first session).
  func testABodyAtTheMeetingDoesNotHoldIt() {
    XCTAssertEqual(meetingKeys(readPage("""
      Trí thức phải góp sức nhiều hơn cho tỉnh

      10:12, 17/12/2010

      (ĐN)- Đó là lời phát biểu của ông Lê Văn A, Phó Bí thư Thường trực Tỉnh ủy tại Đại hội Liên hiệp các Hội khoa học - kỹ thuật tỉnh Đồng Nai nhiệm kỳ III (2010-2015) được tổ chức vào ngày 17-12.
      """)), ["2010-12-17 Đồng Nai dai_hoi"])
    // (a body that holds it "at" a hall still holds it)
    XCTAssertEqual(meetingKeys(readPage("""
      Tin trong tỉnh

      10:12, 17/12/2010

      Sáng 16-12, Ban Tuyên giáo Tỉnh ủy tổ chức tại hội trường tỉnh Hội nghị quán triệt nghị quyết cho đại diện Liên hiệp các Hội khoa học - kỹ thuật tỉnh Đồng Nai.
      """)), [])
  }

  /// "Liên hiệp các tổ chức hữu nghị" is another federation: its congress, called "Liên hiệp" for
  /// short, is none of the union's meetings.
  func testTheFriendshipFederationsCongress() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bài phát biểu tại Đại hội đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang lần thứ IV
      Ngày: 12.11.2023
      Trong hai ngày 09 và 10/11/2023, tại hội trường lớn của tỉnh, Liên hiệp tổ chức Đại hội đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang lần thứ IV, nhiệm kỳ 2023-2028.
      """)), [])
  }

  /// A document cited with its issuer and then its day, no verb between — "Nghị quyết số
  /// 27-NQ/TW của Hội nghị BCH Trung ương Đảng lần thứ 7 (khóa X) ngày 06/8/2008" — was issued that
  /// day; a day after a quotation's end names the workshop the quotation titles.
  func testAnIssueDayAfterTheIssuersName() {
    func issued(_ text: String) -> [String] {
      readPage(text).citations.map { "\($0.id) \($0.issued?.iso ?? "nil")" }
    }
    XCTAssertEqual(issued("""
      Trí thức với sự nghiệp đổi mới

      Liên hiệp hội tiếp tục thực hiện Nghị quyết số 27-NQ/TW của Hội nghị BCH Trung ương Đảng lần thứ 7 (khóa X) ngày 06/8/2008 về xây dựng đội ngũ trí thức.
      """), ["27-NQ/TW 2008-08-06"])
    XCTAssertEqual(issued("""
      Tư vấn, phản biện của Liên hiệp hội

      Liên hiệp hội thực hiện Quyết định số 14/2014/QĐ-TTg của Thủ tướng Chính phủ ngày 14/02/2014 về hoạt động tư vấn, phản biện.
      """), ["14/2014/QĐ-TTg 2014-02-14"])
    XCTAssertEqual(issued("""
      Trí thức với đổi mới sáng tạo

      Phát biểu tại hội thảo "vai trò của trí thức trong thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị” (ngày 29/4/2025), Chủ tịch Liên hiệp hội cho biết nhiều việc đã làm.
      """), ["57-NQ/TW nil"])
  }

  /// The member associations delegates stand for are no member figure, and neither are their
  /// parts in brackets after them; a union's own total with a breakdown still is.
  func testTheRepresentedAssociationsParts() {
    let d = readPage("""
      Đại hội toàn quốc của Liên hiệp hội

      Ngày 25/12/2020, Đại hội có sự tham gia của 677 đại biểu đại diện cho 125 hội thành viên (gồm 55 Liên hiệp hội địa phương và 70 hội ngành toàn quốc, trong đó có 4 tổng hội với hơn 80 hội thành viên hoạt động trong cả nước) của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric.rawValue) \($0.value)" }, ["dai_bieu 677"])
    let own = readPage("""
      Liên hiệp hội tỉnh tổng kết năm 2020

      Ngày 25/12/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Nai tổng kết năm 2020. Liên hiệp hội hiện có 31 hội thành viên (gồm 25 hội ngành và 6 hội cấp huyện) với hơn 25.000 hội viên.
      """)
    XCTAssertTrue(own.memberFigures.contains { $0.metric == .hoi_thanh_vien && $0.value == 31 })
  }

  /// A passage that starts inside an article, with no headline — "Tham dự và chỉ đạo Đại hội có
  /// …" — reports the guests' meeting as the page's when the page names the union beyond its
  /// guests; a member association's congress whose only union is a guest's title stays none.
  func testAPassageWithoutItsHeadline() {
    XCTAssertEqual(meetingKeys(readPage("""
      Tham dự và chỉ đạo Đại hội có Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam; đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Cà Mau; các Hội thành viên thuộc Liên hiệp Hội tỉnh Cà Mau.

      Trong nhiệm kỳ qua, Liên hiệp Hội tỉnh Cà Mau đã tập hợp đông đảo trí thức và làm tốt công tác tư vấn, phản biện.
      """)), ["nil Cà Mau dai_hoi"])
    XCTAssertEqual(meetingKeys(readPage("""
      Tham dự Đại hội có ông Nguyễn Văn A, Phó Trưởng Ban Tuyên giáo Tỉnh ủy; bà Lê Thị B, Phó Giám đốc Sở Công thương; ông Trần Văn C, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kiên Giang.

      Về phía Hội Bảo vệ người tiêu dùng tỉnh, Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 người.
      """)), [])
  }

  /// A growth word parted from the count by a comma adds nothing: "… từng bước được củng cố và
  /// phát triển, gồm 40 hội thành viên" is what the union is made of; "phát triển thêm 6 hội
  /// thành viên" stays an increment.
  func testGrowthBeforeAClauseBreak() {
    let total = readPage("""
      Liên hiệp hội tỉnh Thừa Thiên Huế 30 năm

      Qua 30 năm, hệ thống tổ chức của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế từng bước được củng cố và phát triển, gồm 40 hội thành viên, 8 trung tâm trực thuộc.
      """)
    XCTAssertEqual(total.memberFigures.map { "\($0.metric.rawValue) \($0.value)" }, ["hoi_thanh_vien 40"])
    let added = readPage("""
      Liên hiệp hội tỉnh Thừa Thiên Huế tổng kết năm

      Trong năm, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế đã phát triển thêm 6 hội thành viên.
      """)
    XCTAssertEqual(added.memberFigures.count, 0)
  }

  /// A founding's count stays history, but a later point in time opening the next clause — "…,
  /// đến tháng 06/2015 đã có 21 Hội, với trên 15.000 hội viên" — gives that day's totals.
  func testALaterPointAfterTheFounding() {
    let d = readPage("""
      Liên hiệp hội tỉnh Đắk Lắk

      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk được thành lập năm 2001. Lúc mới thành lập, Liên hiệp hội có 11 hội thành viên, đến tháng 06/2015 đã có 21 Hội, với trên 15.000 hội viên.
      """)
    XCTAssertEqual(d.memberFigures.map { "\($0.metric.rawValue) \($0.value)" }, ["hoi_thanh_vien 21", "hoi_vien 15000"])
  }

  /// A national meeting's attendance, placed in the city it sat in, records why it is doubtful
  /// (its delegates come from the whole country; off the review list, see docs/extraction.md
  /// "Confidence"); a provincial union's congress's records nothing.
  func testANationalMeetingsAttendanceIsDoubtful() {
    let national = readPage("""
      Đại hội toàn quốc lần thứ VIII của Liên hiệp hội

      Ngày 25/12/2020, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam khai mạc Đại hội đại biểu toàn quốc lần thứ VIII. Đại hội có hơn 900 đại biểu tham dự.
      """)
    XCTAssertEqual(national.memberFigures.map { "\($0.province ?? "nil") \($0.value) \($0.confidence)" }, ["Hà Nội 900 high"])
    let recorded = Extractor.recordingAllReasons().extract(Article(
      id: "t", path: "t.txt", text: VietnameseText.normalize("""
        Đại hội toàn quốc lần thứ VIII của Liên hiệp hội

        Ngày 25/12/2020, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam khai mạc Đại hội đại biểu toàn quốc lần thứ VIII. Đại hội có hơn 900 đại biểu tham dự.
        """), sha256: ""))
    XCTAssertEqual(recorded.memberFigures.first?.why, ConfidenceReason.nationalMeetingsPlace.rawValue)
    let provincial = readPage("""
      Đại hội Liên hiệp hội tỉnh Nam Định lần thứ V

      Ngày 25/12/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Đại hội đại biểu lần thứ V. Đại hội có 150 đại biểu tham dự.
      """)
    XCTAssertEqual(provincial.memberFigures.map { "\($0.province ?? "nil") \($0.value) \($0.confidence)" }, ["Nam Định 150 high"])
  }

  /// A district's union named by its district alone, without "huyện" — "Liên hiệp các Hội KHKT
  /// Cẩm Xuyên Đại hội …" over "Liên hiệp các Hội KHKT huyện Cẩm Xuyên đã tổ chức đại hội" — is
  /// the district's, in the headline too; a province's or its city's short name stays the
  /// province's union.
  func testADistrictsUnionNamedWithoutHuyen() {
    XCTAssertEqual(meetingKeys(readPage("""
      Liên hiệp các Hội KHKT Cẩm Xuyên Đại hội nhiệm kỳ 2018-2023

      06-20-2018

      Sáng ngày 20 tháng 6, Liên hiệp các Hội KHKT huyện Cẩm Xuyên đã tổ chức đại hội đại biểu lần thứ IV, nhiệm kỳ 2018-2023. Dự đại hội có ông Nguyễn Văn A, Phó Chủ tịch thường trực Liên hiệp các Hội KHKT tỉnh.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Tin tức

      Ngày 5/3/2021, Liên hiệp các Hội KH&KT Sa Pa tổ chức hội nghị tổng kết năm 2020.
      """)), [])
    XCTAssertEqual(meetingKeys(readPage("""
      Tin tức

      Ngày 5/3/2021, Liên hiệp các Hội KH&KT Huế tổ chức hội nghị tổng kết năm 2020.
      """)), ["2021-03-05 Thừa Thiên Huế tong_ket"])
  }

  /// A count of workshop reports among a project's deliverables ("… gồm: 12 Báo cáo chuyên đề; 02
  /// Báo cáo kết quả Hội thảo; …") holds no workshop; the acceptance meeting of the sentence
  /// after it does.
  func testReportsOfWorkshopsCounted() {
    XCTAssertEqual(meetingKeys(readPage("""
      Nghiệm thu đề tài tư vấn về cây cà phê Sơn La

      Từ tháng 4/2025 đến nay, Liên hiệp Hội Sơn La đã thực hiện đủ các nội dung của Đề tài, gồm: 12 Báo cáo chuyên đề; 02 Báo cáo kết quả Hội thảo; 100 phiếu khảo sát. Ngày 14/11/2025, tại Hà Nội, Liên hiệp Hội Việt Nam tổ chức nghiệm thu Đề tài.
      """)), ["2025-11-14 Hà Nội khac"])
  }

  /// An image's address left on a line of its own, with no scheme ("//custa.cantho.gov.vn/files/
  /// images/…/ky%20ket%2018.5.jpg"), is furniture: never the headline, and its numbers cite nothing.
  func testAnImagesAddressWithoutItsScheme() {
    let d = readPage("""
      //custa.cantho.gov.vn/files/images/THANG%2011.2021/NAM%202022/ky%20ket%2018.5.jpg

      Ký kết chương trình phối hợp hoạt động khoa học và công nghệ

      Sáng ngày 17-5-2022, Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ và Sở Nông nghiệp đã ký kết chương trình phối hợp hoạt động.
      """)
    XCTAssertEqual(d.title, "Ký kết chương trình phối hợp hoạt động khoa học và công nghệ")
    XCTAssertEqual(d.citations.count, 0)
  }

  /// The province's leaders gather the intellectuals and the union's head is among the chairs
  /// named right after ("…; Chủ tịch UBND tỉnh …, Chủ tịch Liên hiệp các Hội … tỉnh … chủ trì
  /// buổi họp mặt"): the union is a main party. A chair named for another meeting told in between
  /// makes nothing of the lead's.
  func testTheUnionsHeadAmongTheChairsNamedFirst() {
    XCTAssertEqual(meetingKeys(readPage("""
      Bến Tre họp mặt trí thức tiêu biểu đầu xuân 2025

      Sáng ngày 12/02/2025, Tỉnh ủy - HĐND - UBND - UBMTTQVN tỉnh tổ chức Họp mặt trí thức đầu xuân 2025 và tôn vinh trí thức tiêu biểu tỉnh Bến Tre. Bí thư Tỉnh ủy Nguyễn Thị A; Chủ tịch UBND tỉnh Trần Văn B, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nguyễn Văn C chủ trì buổi họp mặt.
      """)), ["2025-02-12 Bến Tre khac"])
    XCTAssertEqual(meetingKeys(readPage("""
      Hội Nông dân tỉnh họp Ban Chấp hành

      Sáng 12/10/2020, Hội Nông dân tỉnh Yên Bái tổ chức Hội nghị Ban Chấp hành lần thứ 9. Cùng thời điểm, Hội nghị lần thứ XII của Ban Chấp hành Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cũng được tổ chức. Đồng chí Dương Văn D, Chủ tịch Liên hiệp các Hội KHKT tỉnh chủ trì Hội nghị.
      """)).contains("2020-10-12 Yên Bái tong_ket"), false)
  }
}
