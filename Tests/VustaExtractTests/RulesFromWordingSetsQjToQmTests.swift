@testable import VustaExtract
import VustaModel
import XCTest

/// Rules read from the wording sets qj (a clerk's abbreviated brief), qk (a leader-centred
/// portal), ql (a published speech) and qm (minutes), twenty-first session, each with the
/// counter-case that keeps it from reaching too far.
final class RulesFromWordingSetsQjToQmTests: XCTestCase {


  func figures(_ d: ExtractedDocument) -> [String] {
    d.memberFigures.map { "\($0.metric) \($0.value)" }
  }

  /// "HN", "HT", "ĐH" stand for hội nghị, hội thảo, đại hội after a verb of holding or before
  /// words in lower case or a body's short name; the same letters for a province, a university
  /// or a photographer are left alone.
  func testAClerksShortFormsOfMeetingNouns() {
    let brief = """
      Bạc Liêu: LHH tỉnh tổ chức HN điển hình tiên tiến lần II
      Ngày 4/9/2015, LH các Hội KH&KT tỉnh Bạc Liêu (LHH) tổ chức HN điển hình tiên tiến lần thứ II, GĐ 2010 – 2015.
      """
    XCTAssertEqual(meetingKeys(readPage(brief)), ["2015-09-04 Bạc Liêu khac"])
    let board = """
      HN BCH LH các Hội KH&KT tỉnh lần thứ X
      Chiều 31/3/2023, LH các Hội KH&KT tỉnh Kon Tum (LHH) tổ chức HN BCH lần thứ X (khóa III), NK 2017-2022.
      """
    XCTAssertEqual(meetingKeys(readPage(board)), ["2023-03-31 Kon Tum ban_chap_hanh"])
    let workshop = """
      HT khoa học về du lịch bền vững
      Ngày 18/9/2021, LH các hội KH&KT tỉnh Lạng Sơn tổ chức HT khoa học phát triển du lịch bền vững.
      """
    XCTAssertEqual(meetingKeys(readPage(workshop)), ["2021-09-18 Lạng Sơn hoi_thao"])
    // the token stream: the short form becomes the noun's two words over the same letters
    let f = FoldedText("LHH tổ chức HN BCH")
    XCTAssertEqual((0..<f.tokens.count).map { String(f.word($0)) }.count, 6)
    XCTAssertEqual(f.text(f.tokens[3].start, f.tokens[4].end), "HN")
    // counter-cases: a province, a university, a photo credit
    for other in ["tỉnh HT giai đoạn 2022-2025", "Trường ĐH Cần Thơ", "Quang cảnh. Ảnh: HT", "ĐH Quốc gia Hà Nội",
                  "đoàn học tập kinh nghiệm tại HT theo chương trình phối hợp", "lãnh đạo Liên hiệp Hội HT bày tỏ"] {
      let g = FoldedText(other)
      XCTAssertFalse(g.contains(any: ["hoi thao", "dai hoi", "hoi nghi"].phrases), other)
    }
  }

  /// "LH các Hội KH&KT tỉnh …" is the union, its province the union's; a lower-case "lh" or an
  /// "LH" before another word is not.
  func testTheShortLHOfTheUnionsName() {
    let f = FoldedText("LH các Hội KH&KT tỉnh Lạng Sơn tổ chức hội thảo")
    let p = ProvinceFinder(gazetteer: Gazetteer.shared).mentions(in: f)
    XCTAssertEqual(UnionFinder.mentions(in: f, provinces: p).map(\.scope), [.province(Gazetteer.shared.resolve("Lạng Sơn", in: .old63)!)])
    XCTAssertEqual(UnionFinder.mentions(in: FoldedText("LH Việt Nam tổ chức"), provinces: []).count, 0)
  }

  /// A speech's "sẽ cho thấy" tells what a report will show, not a plan: the count after it is
  /// today's; a plan ("sẽ có") is still no count.
  func testAReportAboutToShowIsNoPlan() {
    let speech = """
      Hội thảo chuyển đổi số
      Thưa các vị đại biểu, như báo cáo trình bày tại Hội thảo sẽ cho thấy, VUSTA chúng ta hiện có 156 hội thành viên.
      """
    XCTAssertEqual(figures(readPage(speech)), ["hoi_thanh_vien 156"])
    let plan = """
      Hội thảo chuyển đổi số
      Thưa các vị đại biểu, đến năm 2030 VUSTA chúng ta sẽ có 200 hội thành viên.
      """
    XCTAssertEqual(figures(readPage(plan)), [])
    // (a report that will set out a target: no word of today after the "sẽ")
    let target = """
      Liên hiệp Hội Sơn La xây dựng Đề án phát triển tổ chức
      Ngày 9/3/2023, Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La họp phiên thường kỳ quý I.
      Theo Văn phòng, bản hoàn chỉnh của Đề án sẽ nêu rõ đến năm 2027 toàn hệ thống có trên 20.000 hội viên và 35 hội thành viên.
      """
    XCTAssertEqual(figures(readPage(target)), [])
  }

  /// Minutes list those attending under "Thành phần tham dự:"; a committee among them does not
  /// make the meeting the committee's.
  func testACommitteeAmongTheAttendingIsNotTheKind() {
    let minutes = """
      Kết luận hội thảo: Liên hiệp các Hội KH-KT tỉnh Ninh Bình góp ý vào Dự thảo sửa đổi Hiến pháp
      Thành phần tham dự hội thảo: lãnh đạo một số sở, ban, ngành tỉnh; Ban chấp hành Liên hiệp Hội và Chủ tịch các hội thành viên.
      """
    XCTAssertEqual(meetingKeys(readPage(minutes)).map { $0.hasSuffix("hoi_thao") }, [true])
    let board = """
      Liên hiệp các Hội KH-KT tỉnh Ninh Bình họp Ban chấp hành
      Ngày 12/3/2024, Ban chấp hành Liên hiệp các Hội KH-KT tỉnh Ninh Bình tổ chức hội nghị lần thứ 5.
      """
    XCTAssertEqual(meetingKeys(readPage(board)), ["2024-03-12 Ninh Bình ban_chap_hanh"])
  }

  /// A published speech: the lines addressing the hall and the editor's note in brackets are
  /// passed over, and the opening paragraph gives the meeting.
  func testASpeechsOpeningGivesTheMeeting() {
    let speech = """
      Chủ tịch VUSTA: chuyển đổi số là bước đi cấp bách – trích phát biểu khai mạc của Chủ tịch VUSTA.
      (Ban biên tập: Chủ tịch VUSTA và Tổng Thư ký VUSTA cùng chủ trì Hội thảo; dưới đây là bài phát biểu khai mạc.)
      Kính thưa đại diện lãnh đạo các ban, đơn vị trực thuộc, các Hội ngành toàn quốc; thưa các chuyên gia, diễn giả!
      Chiều nay, 25/8, tại Hà Nội, VUSTA tổ chức Hội thảo "Giải pháp nâng cao năng lực quản trị trên môi trường số". Thay mặt Ban Tổ chức, tôi xin nhiệt liệt chào mừng quý vị.
      """
    // (no year anywhere: only the page's own meeting is read undated)
    XCTAssertEqual(meetingKeys(readPage(speech)), ["nil Hà Nội hoi_thao"])
    XCTAssertTrue(Speech.isSalutation(FoldedText("Kính thưa các vị đại biểu, thưa các nhà khoa học!")))
    XCTAssertFalse(Speech.isSalutation(FoldedText("Thưa quý vị, đất nước đang bước vào kỷ nguyên mới. Xin cảm ơn!")))
  }

  /// English: an event "attended and addressed by" the union's leader, in the passive, is another
  /// body's event.
  func testAnEventAttendedInThePassiveIsAnotherBodys() {
    let page = """
      Vice Chairman Pham Ngoc Linh attends and speaks at the International Science Council (ISC) 2023 Mid-term Conference
      2023-06-30 12:04
      The 2023 Mid-term Conference of the International Science Council (ISC), held in Paris on May 10th 2023, was attended and addressed by VUSTA Vice Chairman Pham Ngoc Linh.
      In his speech, Dr. Pham Ngoc Linh reaffirmed that the Vietnam Union of Science and Technology Associations (VUSTA) values its membership.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), [])
  }

  /// Review of the session's rules: a member association's congress, the union named only as
  /// its parent ("…, hội thành viên của Liên hiệp các Hội …, đã tổ chức ĐH …"), is not the
  /// union's; "Hội nghị lần thứ 7, khóa V" is the executive committee's.
  func testAMemberAssociationsCongressAndANumberedSessionOfATerm() {
    let member = """
      Hội Làm vườn tỉnh Vĩnh Phúc đại hội nhiệm kỳ 2019-2024
      Ngày 14/10/2019, Hội Làm vườn tỉnh Vĩnh Phúc, hội thành viên của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, đã tổ chức ĐH đại biểu lần thứ V, nhiệm kỳ 2019-2024.
      """
    XCTAssertEqual(meetingKeys(readPage(member)), [])
    let session = """
      Liên hiệp Hội tỉnh Tuyên Quang tổ chức Hội nghị lần thứ 7, khóa V
      Ngày 20/7/2021, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tuyên Quang tổ chức Hội nghị lần thứ 7, khóa V, nhiệm kỳ 2020-2025.
      """
    XCTAssertEqual(meetingKeys(readPage(session)), ["2021-07-20 Tuyên Quang ban_chap_hanh"])
    XCTAssertFalse(MeetingVocabulary.isNumberedSessionOfATerm(FoldedText("Hội nghị lần thứ 3 khoa học trẻ"), from: 0, to: 7))
  }

  /// A portal's long menu is no paragraph: a box of other news after it, before the article,
  /// is still a box (its dated headlines skipped) and the article after it is read.
  func testAMenuBeforeABoxOfOtherNews() {
    let page = """
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BÌNH THUẬN
      Trang chủ | Giới thiệu | Tin tức | Hội thành viên | Tư vấn - Phản biện | Xét chọn tôn vinh trí thức | Thư viện ảnh | Văn bản | Liên hệ | Sơ đồ trang
      Tin cùng chuyên mục
      Hòa Bình: Đồng chí Bùi Văn Thắng giữ chức Chủ tịch Liên hiệp Hội (10/4/2019)
      Kiên Giang: Liên hiệp các hội khoa học và kỹ thuật tổ chức đại hội nhiệm kỳ 2014 - 2019 (18/9/2014)
      Cao Bằng: Liên hiệp hội tổng kết công tác năm 2018 (26/12/2018)
      Giới thiệu chung về Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận
      Ngày 07 tháng 7 năm 2004, Đại hội thành lập Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận đã khai mạc trọng thể tại thành phố Phan Thiết.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2004-07-07 Bình Thuận dai_hoi"])
    XCTAssertTrue(MainText.isMenu(FoldedText("Trang chủ | Giới thiệu | Tin tức | Liên hệ")))
    XCTAssertFalse(MainText.isMenu(FoldedText("54 | hội thành viên")))
  }

  /// Wording set qo (calque Vietnamese): a union's long name between the verb of holding and the
  /// day counts as one word — "… đã được phối hợp tổ chức bởi Liên hiệp các Hội … Việt Nam
  /// (Liên hiệp hội) cùng Liên hiệp các Hội … tỉnh Bình Định trong các ngày 10-11/10/2014".
  func testUnionNamesBetweenTheVerbAndTheDay() {
    let page = """
      Tăng Cường Năng Lực Tư Vấn, Phản Biện: Hội Thảo – Tập Huấn Cho Khu Vực Miền Trung (14/10/2014)
      Một hội thảo –  tập huấn về nâng cao năng lực tư vấn, phản biện và giám định xã hội đã được phối hợp tổ chức bởi Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (Liên hiệp hội) cùng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định trong các ngày 10-11/10/2014 tại thành phố Quy Nhơn, tỉnh Bình Định.
      """
    XCTAssertEqual(meetingKeys(readPage(page)).first, "2014-10-10 Bình Định hoi_thao")
    // (other words as many still part the day from the meeting)
    let far = """
      Hội thảo tư vấn, phản biện
      Một hội thảo về tư vấn, phản biện đã được tổ chức theo kế hoạch đã đề ra từ đầu năm với nhiều nội dung phong phú gắn với nhu cầu thực tiễn của địa phương và yêu cầu đổi mới của các cơ quan chuyên môn cũng như mong đợi của đông đảo đội ngũ trí thức trong các ngày 10-11/10/2014.
      """
    XCTAssertNotEqual(meetingKeys(readPage(far)).first?.hasPrefix("2014-10-10"), true)
  }

  /// Wording set qp (a newspaper's noise): a box of related headlines drawn inside a text article
  /// ("┌ TIN LIÊN QUAN ─", "Đọc thêm: …" lines) is passed over and the article read on after it
  /// (a photo's caption may stand between, the paragraph may end cut short with "…"); readers'
  /// comments under "Ý kiến (5)" are no part of it.
  func testATextBoxOfRelatedHeadlinesInsideTheArticle() {
    let page = """
      Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tiến hành Đại hội lần thứ VII
      Ngày 3/6/2015, tại Hà Nội, Đại hội Đại biểu toàn quốc Liên hiệp các Hội KH&KT Việt Nam lần thứ VII đã khai mạc với sự tham dự của nhiều đại biểu.

      ┌ TIN LIÊN QUAN ─────────────
      │ ▸ Liên hiệp các Hội KH&KT các tỉnh miền Trung giao ban năm 2015 (12/5/2015)
      │ ▸ Hội nghị Hội đồng Trung ương lần thứ 6 bàn chuẩn bị Đại hội VII (25/3/2015)
      └────────────────────────────

      Đến nay LHH Việt Nam có 140 hội thành viên, trong đó có 63 Liên hiệp các Hội KH&KT ở các tỉnh, thành phố và 77 hội ngành toàn quốc, quy tụ hơn 2,8 triệu hội viên…

      Ý kiến (2)
      - Nguyễn Văn Hùng – 14:20 4/6/2015: Rất hoan nghênh! Tỉnh tôi cũng có hơn 20 hội thành viên mong được quan tâm hơn nữa.
      """
    XCTAssertEqual(figures(readPage(page)).sorted(), ["hoi_thanh_vien 140", "hoi_vien 2800000"])
    XCTAssertTrue(Boilerplate.isEnder(FoldedText("Ý kiến (5)")))
    XCTAssertFalse(Boilerplate.isEnder(FoldedText("Ý kiến của các nhà khoa học về dự thảo")))
    // (a box at the article's end, comments after it: nothing read on)
    let end = """
      Liên hiệp hội tỉnh Bắc Kạn tổng kết năm 2019
      Ngày 20/12/2019, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2019.
      Tin liên quan
      Liên hiệp hội tỉnh Lạng Sơn sơ kết 6 tháng đầu năm (03/7/2019)
      Bình luận (1)
      Tỉnh tôi cũng có hơn 20 hội thành viên với gần 10.000 hội viên, mong được học hỏi kinh nghiệm của Bắc Kạn.
      """
    XCTAssertEqual(figures(readPage(end)), [])
  }

  /// "trong số đại biểu dự Đại hội có 143 đại biểu mang học hàm GS, PGS; 129 đại biểu có học vị
  /// TS": parts of a group named after "trong số" are no attendance; the group counted right after
  /// "trong số" ("Trong số 125 hội thành viên, …") is still read.
  func testPartsOfAGroupNamedAfterAmong() {
    let page = """
      Đại hội đại biểu toàn quốc Liên hiệp hội Việt Nam
      Ngày 25/12/2020, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam khai mạc Đại hội đại biểu toàn quốc lần thứ VIII.
      Xét về trình độ, trong số đại biểu dự Đại hội có 143 đại biểu mang học hàm GS, PGS; 129 đại biểu có học vị TS; 19 đại biểu là người dân tộc thiểu số.
      """
    XCTAssertEqual(figures(readPage(page)), [])
  }

  /// Wording set qn: a box of the newest headlines, each closed by its date ("Khai mạc Lễ hội Hoa
  /// Ban năm 2023 - 12/3/2023"), under "Tin mới" at the top of a text page is no topic header: the
  /// article's paragraphs after it, apart by blank lines, are not a listing's items.
  func testANewestHeadlinesBoxIsNoTopicHeader() {
    let page = """
      Trang chủ | Chính trị | Mặt trận | Xã hội | Kinh tế | Văn hóa | Giáo dục | Y tế

      Tin mới
      Hòa Bình: Đồng chí Bùi Văn Thắng giữ chức Chủ tịch Liên hiệp Hội - 10/4/2019
      Khai mạc Lễ hội Hoa Ban năm 2023 - 12/3/2023
      Tăng cường kiểm soát tải trọng xe trên các tuyến đường tỉnh - 11/4/2022

      A-  A+  |  Chia sẻ | In bài | Gửi email  |  Lượt xem: 987

      Ứng dụng thành tựu khoa học, kỹ thuật vào công cuộc xây dựng đất nước

      Tiến Đạt

      Ngày 8/11, tại Hà Nội, Liên hiệp các hội Khoa học và Kỹ thuật (Liên hiệp Hội) Việt Nam đã mở diễn đàn khoa học về vai trò của trí thức.

      Tham dự diễn đàn có TS Phạm Văn Tân, Phó Chủ tịch - Tổng thư ký Liên hiệp hội Việt Nam.

      Những năm qua, Liên hiệp Hội Việt Nam đặc biệt quan tâm việc tập hợp, đoàn kết đội ngũ trí thức.
      """
    XCTAssertNil(ListingPage.items(in: VietnameseText.normalize(page)))
    XCTAssertEqual(meetingKeys(readPage(page)), ["nil Hà Nội hoi_thao"])
  }

  /// Wording set qr: a union portal's work calendar ("Lịch công tác", "• Thứ Sáu 19/5: 8h00 Hội
  /// thảo … tại TP. Bắc Ninh") is furniture, never the page's headline nor its meeting; a stamp
  /// with its year ("Thứ tư, 25/12/2024 16:26 (GMT+7)") is still the posting's.
  func testAWorkCalendarIsFurniture() {
    XCTAssertTrue(Boilerplate.isCalendarEntry(FoldedText("• Thứ Sáu 19/5: 8h00 Hội thảo \"Bảo tồn dân ca\" tại TP. Bắc Ninh")))
    XCTAssertTrue(Boilerplate.isCalendarEntry(FoldedText("Thứ Hai 15/5: 8h00 Hội nghị giao ban quý II tại trụ sở")))
    XCTAssertFalse(Boilerplate.isCalendarEntry(FoldedText("Thứ tư, 25/12/2024 16:26 (GMT+7)")))
    XCTAssertFalse(Boilerplate.isCalendarEntry(FoldedText("Thứ Sáu 19/5, Liên hiệp hội tỉnh tổ chức hội thảo về dân ca quan họ")))
    let page = """
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẮC NINH
      [ LỊCH CÔNG TÁC ]
      • Thứ Hai 15/5: 8h00 Hội nghị giao ban quý II tại trụ sở
      • Thứ Sáu 19/5: 8h00 Hội thảo "Bảo tồn và phát huy giá trị Dân ca Quan họ" tại TP. Bắc Ninh
      Đại hội đại biểu toàn quốc lần 5 Liên hiệp Các hội KH-KT Việt Nam
      Trong 2 ngày 27 và 28.12.2004, Đại hội đại biểu toàn quốc lần 5 Liên hiệp Các hội KH-KT Việt Nam đã họp tại Hội trường Ba Đình, Hà Nội.
      """
    XCTAssertEqual(meetingKeys(readPage(page)), ["2004-12-27 Hà Nội dai_hoi"])
  }

  /// Wording set qm: "Lúc mới thành lập chỉ có 15 hội thành viên; hiện nay con số này đã lên đến
  /// 92, trong đó …": "con số này" counts what the count before it named — today's total, the
  /// founding count and the parts left out.
  func testThisFigureCountsWhatTheCountBeforeItNamed() {
    let page = """
      Kết luận về tổ chức của Liên hiệp hội
      Về tổ chức: Lúc mới thành lập Liên hiệp hội chỉ có 15 hội thành viên; hiện nay con số này đã lên đến 92, trong đó có 56 hội ngành Trung ương và 36 Liên hiệp hội địa phương.
      """
    XCTAssertEqual(figures(readPage(page)), ["hoi_thanh_vien 92"])
    // (a figure of another thing: no count before it to refer to)
    let other = """
      Kết luận về tổ chức của Liên hiệp hội
      Về tổ chức: năm 2010 Liên hiệp hội có 15 đề tài; hiện nay con số này đã lên đến 92.
      """
    XCTAssertEqual(figures(readPage(other)), [])
    // (a page whose lines were joined into one, its menu with them, is no menu)
    XCTAssertFalse(MainText.isMenu(FoldedText("Trang chủ | Tin tức | Liên hệ | " + String(repeating: "Liên hiệp hội tỉnh tổ chức hội nghị tổng kết năm. ", count: 10))))
  }

  /// Wording set qp: "Đọc thêm: … (03/7/2019)" lines between an article's paragraphs are links to
  /// other news — no listing's items, no other article's headline ending this one —, and "Tin
  /// cùng chủ đề:" heads a list of other news after it.
  func testReadMoreLinksInsideAnArticle() {
    let page = """
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Kạn không ngừng đổi mới
      (Cập nhật lúc: 05/07/2019 09:30:33 )
      Thu Trang - Liên hiệp Hội tỉnh
      Triển khai Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương về xây dựng đội ngũ trí thức, Liên hiệp Hội tỉnh Bắc Kạn đã đổi mới nội dung và phương thức hoạt động.
      Đọc thêm: Lạng Sơn: Liên hiệp hội tỉnh sơ kết 6 tháng đầu năm, bàn nhiệm vụ nửa cuối năm 2019 (03/7/2019)
      Đọc thêm: Thái Nguyên tổ chức hội thảo góp ý dự thảo Luật Giáo dục đại học sửa đổi
      Đọc thêm: Bắc Kạn: Trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ II (21/6/2019)
      Từ khi thành lập tới nay, Liên hiệp Hội đã có 10 tổ chức thành viên với hơn 15.000 hội viên; đội ngũ trí thức đã góp ý, phản biện trên 80 văn bản.
      Tin cùng chủ đề:
      - Liên hiệp Hội tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 5 - 15/01/2019
      """
    XCTAssertNil(ListingPage.items(in: VietnameseText.normalize(page)))
    let d = readPage(page)
    XCTAssertEqual(figures(d).sorted(), ["hoi_thanh_vien 10", "hoi_vien 15000"])
    XCTAssertEqual(meetingKeys(d), [])
    XCTAssertTrue(Boilerplate.isEnder(FoldedText("Tin cùng chủ đề:")))
  }

  /// Wording set qr: "hơn 3 triệu trí thức khoa học công nghệ trên cả nước" is the country's count,
  /// the metric's own words between it and "cả nước", on whatever portal the article stands.
  func testACountOfTheWholeCountry() {
    let page = """
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH KON TUM
      Đại hội đại biểu toàn quốc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần thứ VIII
      Ngày 25/12/2020, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum cử đoàn dự Đại hội cùng gần 700 đại biểu thay mặt cho hơn 3 triệu trí thức khoa học công nghệ trên cả nước.
      """
    let d = readPage(page)
    XCTAssertEqual(d.memberFigures.filter { $0.metric == .tri_thuc }.map { $0.province ?? "nil" }, ["nil"])
  }
}
