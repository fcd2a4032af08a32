import VustaModel
import XCTest

@testable import VustaExtract

/// Table-driven hard cases for each extractor, written the way Vietnamese news writes them.
final class SnippetTests: XCTestCase {
  // MARK: - Dates

  func testDateForms() {
    let cases: [(String, Int?, Int, Int?)] = [  // text, day, month, year
      ("Ngày 16/10, tại Phú Thọ, hội nghị diễn ra.", 16, 10, nil),
      ("Sáng 27/12, Liên hiệp hội tổ chức hội nghị.", 27, 12, nil),
      ("Trong hai ngày 21 và 22/8/2012, hội thảo diễn ra.", 21, 8, 2012),
      ("Hội nghị diễn ra từ ngày 21 đến 23/7/2022 tại Hà Nội.", 21, 7, 2022),
      ("Đại hội diễn ra ngày 25-26/5/2017.", 25, 5, 2017),
      ("Sáng 24-2, Ban Thường vụ họp.", 24, 2, nil),
      ("Chiều 19.3, đoàn công tác làm việc với tỉnh.", 19, 3, nil),
      ("Hà Nội, ngày 26 tháng 12 năm 2023", 26, 12, 2023),
      ("Hội nghị được tổ chức vào ngày 05/01/2024.", 5, 1, 2024),
      ("Hôm nay (1/10), Thủ tướng chủ trì.", 1, 10, nil),
      ("Trong tháng 6/2021, Liên hiệp hội tập huấn.", nil, 6, 2021),
      ("Ngày 16-4-2010, Bộ Chính trị ban hành chỉ thị.", 16, 4, 2010),
      ("Tối 31/12, chương trình diễn ra.", 31, 12, nil),
      ("Từ 4 - 6/12, Liên hiệp hội mở lớp tập huấn.", 4, 12, nil),
      ("Từ 4 – 6/11/2025, lớp tập huấn diễn ra.", 4, 11, 2025),
      // a day range in dotted dates, as portals that write "06.8.2008" also write ranges
      ("Trong các ngày 10-11.10.2014, tại thành phố Quy Nhơn, hội thảo diễn ra.", 10, 10, 2014),
      // a dash typed with a space after it, in a dateline
      ("(ĐN) – Ngày 12- 6, Sở Tài nguyên - môi trường cùng Liên hiệp hội ký chương trình phối hợp.", 12, 6, nil),
    ]
    for (text, d, m, y) in cases {
      let f = FoldedText(text)
      let first = DateReader.mentions(in: f).first
      XCTAssertEqual(first?.day, d, text)
      XCTAssertEqual(first?.month, m, text)
      XCTAssertEqual(first?.year, y, text)
    }
  }

  func testNotDates() {
    for text in ["Tỷ lệ đạt 30/30 quận, huyện.", "Có 15.500 hội viên.", "Kế hoạch số 5395/KH-UBND.",
                 "Nghị định 30/2020/NĐ-CP.", "Lúc 14:26 hôm qua.", "Tăng 2.5 lần so với năm trước.",
                 "Trong 10 tháng đầu năm 2021.", "Lãi suất tăng 1-2.5 điểm.", "Mục 3-4.2 của quy chế.",
                 "Tỷ số 12- 6 nghiêng về đội nhà, ngày càng rõ."] {
      let ds = DateReader.mentions(in: FoldedText(text)).filter { $0.day != nil }
      XCTAssertTrue(ds.isEmpty, "\(text): \(ds)")
    }
  }

  func testYearComesFromPublicationThenTitle() {
    // published 2022-01-03, "Ngày 30/12" → 2021-12-30 (after publication means the year before)
    let doc = extract("Tổng kết năm\nNgày 30/12, Liên hiệp các Hội KH&KT tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2021.",
                      published: FactDate(year: 2022, month: 1, day: 3))
    XCTAssertEqual(doc.meetings.first?.date?.iso, "2021-12-30")
    // no publication date: the title's year
    let doc2 = extract("Giao ban Liên hiệp hội năm 2019 tại Nghệ An\nNgày 12/9, tại Nghệ An, Liên hiệp các Hội KH&KT Việt Nam tổ chức hội nghị giao ban.")
    XCTAssertEqual(doc2.meetings.first?.date?.iso, "2019-09-12")
    // neither: null date, still a meeting
    let doc3 = extract("Hội nghị giao ban Liên hiệp hội\nNgày 12/9, tại Nghệ An, Liên hiệp các Hội KH&KT Việt Nam tổ chức hội nghị giao ban.")
    XCTAssertEqual(doc3.meetings.count, 1)
    XCTAssertNil(doc3.meetings.first?.date)
  }

  func testPublicationTimestampForms() {
    let cases: [(String, String)] = [
      ("14:26, 30/12/2022", "2022-12-30"),
      ("15/11/2021 17:44 (GMT +7)", "2021-11-15"),
      ("Print Thứ Ba, 27/12/2022 11:25 Gốc", "2022-12-27"),
      ("Ngày cập nhật 13/11/2023", "2023-11-13"),
      ("Thứ sáu, 27/06/2025 14:46 (GMT+7)", "2025-06-27"),
    ]
    for (line, iso) in cases {
      let doc = extract("\(line)\nTiêu đề bài viết về Liên hiệp hội\nNgày 1/6, Liên hiệp các Hội KH&KT tỉnh Lào Cai tổ chức hội nghị.")
      XCTAssertEqual(doc.published?.iso, iso, line)
    }
  }

  // MARK: - Numbers and figures

  func testNumerals() {
    let cases: [(String, Int)] = [
      ("15.500 hội viên", 15500), ("1,2 nghìn hội viên", 1200), ("2 vạn trí thức", 20000),
      ("1,5 triệu hội viên", 1_500_000), ("1.234.567 người", 1_234_567), ("1,450 lượt người", 1450),
      ("80 vạn trí thức", 800_000), ("3 ngàn hội viên", 3000),
    ]
    for (text, v) in cases {
      XCTAssertEqual(NumberReader.numbers(in: FoldedText(text)).first?.value, v, text)
    }
  }

  func testFigures() {
    let cases: [(String, [String])] = [  // sentence, "metric|value|qualifier"
      ("Liên hiệp hội có 27 tổ chức thành viên, thu hút hơn 15.500 hội viên.",
       ["hoi_thanh_vien|27|exact", "hoi_vien|15500|more_than"]),
      ("Hội nghị có khoảng 200 đại biểu tham dự.", ["dai_bieu|200|about"]),
      ("Các lớp tập huấn thu hút trên 1.450 lượt người.", ["luot_nguoi|1450|more_than"]),
      ("Liên hiệp hội hiện có gần 2 vạn trí thức.", ["tri_thuc|20000|about"]),
      ("Năm qua Liên hiệp hội kết nạp thêm 7 hội thành viên.", []),
      ("Phát triển được 500 hội viên mới.", []),
      ("Hội nghị có đại diện 56 tỉnh, thành phố.", []),
      ("Liên hiệp hội có 12 chi hội với 3.000 hội viên tập thể.", ["chi_hoi|12|exact", "khac|3000|exact"]),
      ("Trang tin có 1.932.610 lượt truy cập.", []),
      ("Ủng hộ được 34 triệu đồng.", []),
      // targets, plans, honours, the union's past and parts of a total are not counts
      ("Năm 2025, Liên hiệp hội phấn đấu phát triển đạt 15.000 hội viên.", []),
      ("Theo kế hoạch, tháng 12 Liên hiệp hội sẽ tôn vinh 20 trí thức tiêu biểu.", []),
      ("Dịp này, Liên hiệp hội biểu dương 18 trí thức tiêu biểu.", []),
      ("Khi mới thành lập, Liên hiệp hội chỉ có 12 hội thành viên.", []),
      ("Liên hiệp hội có 152 hội thành viên, gồm 89 hội ngành và 63 liên hiệp hội.", ["hoi_thanh_vien|152|exact"]),
      ("Liên hiệp hội có trên 5.000 hội viên, trong đó có 12 hội viên tập thể.",
       ["hoi_vien|5000|more_than", "khac|12|exact"]),
      ("Liên hiệp hội chia sẻ kinh nghiệm, hiện có 30 hội thành viên.", ["hoi_thanh_vien|30|exact"]),
      ("Từ 7 hội thành viên khi mới thành lập, đến nay Liên hiệp hội có 32 hội thành viên với gần 9.000 hội viên.",
       ["hoi_thanh_vien|32|exact", "hoi_vien|9000|about"]),
      ("Đoàn đã kiểm tra 12 hội thành viên.", []),
      // numbers in words, ranges
      ("Liên hiệp hội hiện có hai mươi lăm hội thành viên, tập hợp gần hai vạn hội viên.",
       ["hoi_thanh_vien|25|exact", "hoi_vien|20000|about"]),
      ("Hội nghị có từ 150 - 200 đại biểu tham dự.", ["dai_bieu|150|about"]),
      ("Liên hiệp hội có 157 hội thành viên, gồm 63 liên hiệp hội tỉnh và 94 hội ngành toàn quốc.",
       ["hoi_thanh_vien|157|exact"]),
      ("Năm 2023, Liên hiệp hội có 28 hội thành viên; năm 2024 tăng lên 31 hội, với trên 14.000 hội viên.",
       ["hoi_thanh_vien|31|exact", "hoi_vien|14000|more_than"]),
      ("Dự đại hội có 300 đại biểu, đại diện cho hơn 330.000 hội viên nông dân toàn tỉnh.", ["dai_bieu|300|exact"]),
      ("Trước hợp nhất, Liên hiệp hội có 32 hội thành viên.", []),
    ]
    for (sentence, expected) in cases {
      let doc = extract("Tin Liên hiệp hội\n\(sentence) Liên hiệp các Hội KH&KT tỉnh Bắc Giang báo cáo.")
      let got = doc.memberFigures.map { "\($0.metric.rawValue)|\($0.value)|\($0.qualifier.rawValue)" }
      XCTAssertEqual(got, expected, sentence)
    }
  }

  // MARK: - Document numbers

  func testDocumentNumbers() {
    let cases: [(String, String?, DocumentType?)] = [
      ("Chỉ thị số 42-CT/TW ngày 16/4/2010", "42-CT/TW", .chi_thi),
      ("Kết luận số 93-KL/TW", "93-KL/TW", .ket_luan),
      ("theo Chỉ thị 42/CT-TW của Bộ Chính trị", "42-CT/TW", .chi_thi),
      ("Chỉ thị số 42 - CT/TW", "42-CT/TW", .chi_thi),
      ("Thông báo 234-TB/T.Ư", "234-TB/TW", .thong_bao),
      ("Chỉ thị 42-CT/TƯ", "42-CT/TW", .chi_thi),
      ("Kế hoạch số 5395/KH-UBND", "5395/KH-UBND", .ke_hoach),
      ("Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP", .nghi_dinh),
      ("Nghị định 30/2020/NÐ-CP", "30/2020/NĐ-CP", .nghi_dinh),
      ("Quyết định 22/2002/QĐ-TTg", "22/2002/QĐ-TTg", .quyet_dinh),
      // (the symbol alone: a National Assembly's number is a law or a resolution, khac; the
      // citation takes "Nghị quyết" written before it — CitationExtractor)
      ("Nghị quyết 202/2025/QH15", "202/2025/QH15", .khac),
      ("Công văn số 327/BNV-TCPCP", "327/BNV-TCPCP", .cong_van),
      ("Quyết định số 15/QĐ-LHH", "15/QĐ-LHH", .quyet_dinh),
      ("ngày 16/10/2020", nil, nil),
      ("năm 2021-2025", nil, nil),
    ]
    for (text, id, type) in cases {
      let m = DocumentNumberReader.read(FoldedText(text)).first
      XCTAssertEqual(m?.number.id, id, text)
      XCTAssertEqual(m?.number.type, type, text)
    }
  }

  func testShortFormsAreMentions() {
    let doc = extract("""
      Quán triệt Chỉ thị 42
      Ngày 5/3, Liên hiệp các Hội KH&KT tỉnh Thái Bình tổ chức hội nghị quán triệt Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị và Kế hoạch số 07-KH/TU của Tỉnh ủy Thái Bình.
      Sau 10 năm thực hiện Chỉ thị 42, Kế hoạch 7 của Tỉnh ủy đã đạt kết quả.
      """)
    let c = Dictionary(uniqueKeysWithValues: doc.citations.map { ($0.id, $0) })
    XCTAssertEqual(c["42-CT/TW"]?.mentions, 3)
    XCTAssertEqual(c["42-CT/TW"]?.issued?.iso, "2010-04-16")
    XCTAssertEqual(c["42-CT/TW"]?.scope, .national)
    XCTAssertEqual(c["07-KH/TU"]?.mentions, 2)
    XCTAssertEqual(c["07-KH/TU"]?.scope, .local)
    XCTAssertEqual(c["07-KH/TU"]?.province, "Thái Bình")
  }

  // MARK: - Provinces

  func testProvincesInSentences() {
    let finder = ProvinceFinder(gazetteer: .shared)
    let cases: [(String, [String])] = [
      ("Hội nghị tổ chức tại tỉnh Phú Thọ.", ["Phú Thọ"]),
      ("Đoàn làm việc tại TP.HCM và Thanh Hoá.", ["Hồ Chí Minh", "Thanh Hóa"]),
      ("Ông Nguyễn Thái Bình phát biểu.", []),
      ("Học tập tư tưởng Hồ Chí Minh.", []),
      ("Vì hòa bình và phát triển.", []),
      ("Tàu ra biển Thái Bình Dương.", []),
      ("Kỷ niệm chiến thắng Điện Biên Phủ.", []),
      ("Hội thảo diễn ra tại Sa Pa.", ["Lào Cai"]),
      ("Đoàn đến thành phố Buôn Ma Thuột.", ["Đắk Lắk"]),
      ("Tập huấn tại huyện An Dương và Tiên Lãng.", ["Hải Phòng", "Hải Phòng"]),
      ("Liên hiệp các Hội KH&KT tỉnh Thừa Thiên - Huế.", ["Thừa Thiên Huế"]),
      ("Tỉnh Bà Rịa–Vũng Tàu và tỉnh Đăk Lăk.", ["Bà Rịa - Vũng Tàu", "Đắk Lắk"]),
      ("Phó Chủ tịch UBND tỉnh Hồ Đại Dũng phát biểu.", []),
      ("Nhà trên đường Hải Phòng, quận Thanh Khê.", ["Đà Nẵng"]),
      ("tại tinh Ha Giang", ["Hà Giang"]),
    ]
    for (text, names) in cases {
      let got = finder.mentions(in: FoldedText(text)).map(\.province.name)
      XCTAssertEqual(got, names, text)
    }
  }

  func testMeetingsOfSession2Wordings() {
    // "Chiều cùng ngày" takes the day of the article's event, not a date the sentence only names
    var d = extract("Tin\nSáng 12/3, Liên hiệp hội tỉnh Bắc Giang tổ chức hội thảo khoa học. Chiều cùng ngày, Ban Thường vụ Liên hiệp hội họp, cho ý kiến về Ngày Khoa học và Công nghệ 18/5.",
                    published: FactDate(year: 2024, month: 3, day: 13))
    XCTAssertEqual(d.meetings.map { $0.date?.iso ?? "nil" }.sorted(), ["2024-03-12", "2024-03-12"])
    // the standing office working with someone holds a working session; "Trước Đại hội" is a time reference
    d = extract("Tin\nTrước Đại hội, ngày 10/4, Đoàn công tác Liên hiệp các Hội KH&KT Việt Nam làm việc với Thường trực Liên hiệp hội tỉnh Quảng Ngãi về công tác chuẩn bị Đại hội.",
                published: FactDate(year: 2024, month: 4, day: 26))
    XCTAssertEqual(d.meetings.first?.kind, .lam_viec)
    XCTAssertEqual(d.meetings.first?.province, "Quảng Ngãi", "held at its provincial host")
    // "tham mưu Ban Thường vụ Tỉnh ủy" is not a meeting of the union
    d = extract("Tin\nNgày 5/6, Liên hiệp hội tỉnh Quảng Trị đã tham mưu Ban Thường vụ Tỉnh ủy ban hành chương trình hành động.")
    XCTAssertTrue(d.meetings.isEmpty, "\(d.meetings)")
    // another organisation named "Liên hiệp …" is not the union
    d = extract("Tin\nNgày 14/12, Liên hiệp các tổ chức hữu nghị tỉnh Bình Phước tổ chức hội nghị tổng kết. Liên hiệp có 9 tổ chức thành viên, hơn 1.200 hội viên.")
    XCTAssertTrue(d.meetings.isEmpty && d.memberFigures.isEmpty, "\(d.meetings) \(d.memberFigures)")
    // "chương trình" is not "trình" (a topic word): the working session after it stays
    d = extract("Tin\nTrong chương trình học tập kinh nghiệm tại các tỉnh Tây Nguyên, ngày 22/8, tại TP. Đà Lạt, đoàn công tác Liên hiệp các Hội KH&KT tỉnh Quảng Bình đã có buổi làm việc với Liên hiệp các Hội KH&KT tỉnh Lâm Đồng.",
                published: FactDate(year: 2024, month: 8, day: 23))
    XCTAssertEqual(d.meetings.map { "\($0.date?.iso ?? "nil")|\($0.province ?? "nil")|\($0.kind.rawValue)" }, ["2024-08-22|Lâm Đồng|lam_viec"])
    // a meeting that took place agreed on a plan: still a meeting
    d = extract("Tin\nNgày 21.11, Ban Thường vụ Liên hiệp hội tỉnh Hưng Yên đã họp, thống nhất kế hoạch tổ chức hội thảo.",
                published: FactDate(year: 2024, month: 11, day: 25))
    XCTAssertEqual(d.meetings.map { "\($0.date?.iso ?? "nil")|\($0.kind.rawValue)" }, ["2024-11-21|ban_thuong_vu"])
    // a long venue name in front of "(Hà Nội)" still places the meeting
    d = extract("Tin\nChiều 9/1, tại trụ sở Ban Tuyên giáo và Dân vận Trung ương (Hà Nội), Đảng đoàn Liên hiệp các Hội KH&KT Việt Nam đã có buổi làm việc với lãnh đạo Ban.",
                published: FactDate(year: 2026, month: 1, day: 10))
    XCTAssertEqual(d.meetings.first?.province, "Hà Nội")
    // "Sáng nay": the day the page was published
    d = extract("Tin\nSáng nay, tại TP Bạc Liêu, Liên hiệp các Hội KH&KT tỉnh tổ chức hội thảo về nuôi tôm.",
                published: FactDate(year: 2024, month: 10, day: 15))
    XCTAssertEqual(d.meetings.first?.date?.iso, "2024-10-15")
    // the lead's day beats the title's month
    d = extract("Ban Thường vụ Liên hiệp hội tỉnh Tuyên Quang họp phiên thường kỳ tháng 12\nChiều 3/12, Ban Thường vụ Liên hiệp các Hội KH&KT tỉnh Tuyên Quang họp phiên thường kỳ tháng 12.",
                published: FactDate(year: 2025, month: 12, day: 4))
    XCTAssertEqual(d.meetings.map { $0.date?.iso ?? "nil" }, ["2025-12-03"])
  }

  func testProvinceOfAMeetingFollowsPrecedence() {
    // the place beats the union
    var d = extract("Tin\nNgày 5/6, Liên hiệp các Hội KH&KT tỉnh Bắc Ninh tổ chức hội thảo tại tỉnh Lạng Sơn.")
    XCTAssertEqual(d.meetings.first?.province, "Lạng Sơn")
    XCTAssertEqual(d.meetings.first?.kind, .hoi_thao)
    // the union when no place
    d = extract("Tin\nNgày 5/6, Liên hiệp hội tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành lần thứ 4.")
    XCTAssertEqual(d.meetings.first?.province, "Kon Tum")
    XCTAssertEqual(d.meetings.first?.kind, .ban_chap_hanh)
    // the host authority of a working session
    d = extract("Tin\nSáng 13/11, Đoàn công tác Liên hiệp các Hội KH&KT Việt Nam làm việc với Tỉnh ủy Quảng Nam.")
    XCTAssertEqual(d.meetings.first?.province, "Quảng Nam")
    XCTAssertEqual(d.meetings.first?.kind, .lam_viec)
    // a national meeting with no place stays unknown, whatever the page's weather widget says
    d = extract("Hà Nội 22°C /57%\nGiao ban\nNgày 15/11, Liên hiệp Hội Việt Nam tổ chức hội nghị giao ban.")
    XCTAssertNil(d.meetings.first?.province)
    // after the merger: a 2026 meeting in Quy Nhơn is in Gia Lai
    d = extract("Tin\nNgày 10/3, Liên hiệp các Hội KH&KT Việt Nam tổ chức hội thảo tại TP Quy Nhơn.",
                published: FactDate(year: 2026, month: 3, day: 11))
    XCTAssertEqual(d.meetings.first?.province, "Gia Lai")
    XCTAssertEqual(d.meetings.first?.province2025, "Gia Lai")
    // before the merger the old name, with its 2025 unit
    d = extract("Tin\nNgày 10/3, Liên hiệp các Hội KH&KT Việt Nam tổ chức hội thảo tại TP Quy Nhơn.",
                published: FactDate(year: 2024, month: 3, day: 11))
    XCTAssertEqual(d.meetings.first?.province, "Bình Định")
    XCTAssertEqual(d.meetings.first?.province2025, "Gia Lai")
  }

  func testProvinceFromSourceHostAndDateline() {
    var d = extract("Tin\nNgày 2/4, Liên hiệp hội tỉnh tổ chức Hội nghị Ban Thường vụ.",
                    source: SourceInfo(url: "https://vustathaibinh.org.vn/tin/1", published: FactDate(year: 2024, month: 4, day: 3)))
    XCTAssertEqual(d.meetings.first?.province, "Thái Bình")
    XCTAssertEqual(d.meetings.first?.kind, .ban_thuong_vu)
    d = extract("Tin\nBaoquangninh - Ngày 2/4, Liên hiệp hội tỉnh tổ chức Hội nghị Ban Thường vụ.")
    XCTAssertEqual(d.meetings.first?.province, "Quảng Ninh")
  }

  // MARK: - Meetings

  func testWhatIsNotAMeeting() {
    let cases: [String] = [
      "Tin\nNăm 2022, Liên hiệp hội tỉnh Yên Bái đã tổ chức 25 hội thảo khoa học.",  // recap
      "Tin\nNgày 5/3 tới, Liên hiệp hội tỉnh Yên Bái sẽ tổ chức hội nghị tổng kết.",  // plan
      "Tin\nNgày 5/3, Liên hiệp hội tỉnh Yên Bái phát động Hội thi Sáng tạo kỹ thuật lần thứ 10.",  // contest
      "Tin\nThực hiện Nghị quyết Đại hội đại biểu toàn quốc Liên hiệp Hội Việt Nam lần thứ VIII, các hội tích cực hoạt động.",
    ]
    for text in cases {
      XCTAssertEqual(extract(text).meetings.count, 0, text)
    }
  }

  func testOneEventReportedThreeTimesIsOneMeeting() {
    let d = extract("""
      Hội nghị Ban Chấp hành Liên hiệp hội tỉnh Cà Mau tổng kết năm 2023
      Quang cảnh hội nghị
      Sáng 28/12, Liên hiệp các Hội KH&KT tỉnh Cà Mau tổ chức Hội nghị Ban Chấp hành lần thứ 8 tổng kết hoạt động năm 2023.
      Phát biểu tại hội nghị, Chủ tịch Liên hiệp hội cho biết năm 2023 có hơn 8.000 hội viên.
      Cũng trong ngày 28/12, Liên hiệp hội tỉnh Cà Mau tổ chức hội nghị tổng kết Hội thi.
      """, published: FactDate(year: 2023, month: 12, day: 29))
    XCTAssertEqual(d.meetings.count, 1)
    XCTAssertEqual(d.meetings.first?.kind, .tong_ket)
    XCTAssertEqual(d.meetings.first?.date?.iso, "2023-12-28")
    XCTAssertEqual(d.memberFigures.first?.province, "Cà Mau")
  }

  func testASecondDatedMeetingCounts() {
    let d = extract("""
      Liên hiệp hội tỉnh Hà Tĩnh sơ kết 6 tháng
      Ngày 10/7, Liên hiệp các Hội KH&KT tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.
      Trước đó, ngày 2/7, Ban Thường vụ Liên hiệp hội tỉnh đã họp để chuẩn bị nội dung.
      """, published: FactDate(year: 2024, month: 7, day: 11))
    XCTAssertEqual(d.meetings.map { $0.date?.iso ?? "" }, ["2024-07-10", "2024-07-02"])
    XCTAssertEqual(d.meetings.map(\.kind), [.tong_ket, .ban_thuong_vu])
  }

  func testADatedClauseAfterASemicolonIsItsOwnReport() {
    let d = extract("""
      Tin
      Ngày 11/3, Liên hiệp các Hội KH&KT tỉnh Bắc Ninh tổ chức hội thảo về chuyển đổi số.
      Hội thảo nằm trong chuỗi hoạt động của năm; trước đó, ngày 5/3, Liên hiệp hội tỉnh Bắc Ninh đã tổ chức tọa đàm với các nhà khoa học trẻ.
      """, published: FactDate(year: 2024, month: 3, day: 12))
    XCTAssertEqual(d.meetings.map { $0.date?.iso ?? "" }, ["2024-03-11", "2024-03-05"])
  }

  func testRelatedHeadlinesAndSidebarsYieldNothing() {
    let d = extract("""
      Tin chính về Liên hiệp hội
      Ngày 30/12, Liên hiệp các Hội KH&KT tỉnh Sơn La tổ chức hội nghị quán triệt.
      Hội thảo xác định nhiệm vụ của Liên hiệp hội
      Liên hiệp hội tỉnh kỷ niệm 20 năm thành lập
      Tin liên quan
      Ngày 5/1, Liên hiệp hội tỉnh Sơn La tổ chức Hội nghị giao ban.
      """, published: FactDate(year: 2022, month: 12, day: 30))
    XCTAssertEqual(d.meetings.count, 1)
    XCTAssertEqual(d.meetings.first?.kind, .khac)
  }

  func testKindPrecedence() {
    let cases: [(String, MeetingKind)] = [
      ("Ngày 5/6, Liên hiệp hội tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ V.", .dai_hoi),
      ("Ngày 5/6, Liên hiệp hội tỉnh Gia Lai tổ chức hội nghị giao ban quý II.", .giao_ban),
      ("Ngày 5/6, Ban Chấp hành Liên hiệp hội tỉnh Gia Lai họp tổng kết năm.", .tong_ket),
      ("Ngày 5/6, Liên hiệp hội tỉnh Gia Lai tổ chức lớp tập huấn kỹ năng phản biện.", .tap_huan),
      ("Ngày 5/6, Liên hiệp hội tỉnh Gia Lai tổ chức tọa đàm về chuyển đổi số.", .hoi_thao),
      ("Ngày 5/6, Liên hiệp hội tỉnh Gia Lai tổ chức lễ kỷ niệm 25 năm thành lập.", .khac),
    ]
    for (s, kind) in cases {
      XCTAssertEqual(extract("Tin\n" + s).meetings.first?.kind, kind, s)
    }
  }

  func testToneAndFolding() {
    XCTAssertEqual(VietnameseText.normalize("Thanh Hoá, Hoà Bình, Khánh Hoà, Thuỷ, hoàn thành"),
                   "Thanh Hóa, Hòa Bình, Khánh Hòa, Thủy, hoàn thành")
    XCTAssertEqual(VietnameseText.key("Đắk Lắk"), "dak lak")
    XCTAssertEqual(VietnameseText.key("TP. Hồ Chí Minh"), "tp ho chi minh")
    XCTAssertEqual(Gazetteer.shared.resolve("Hoà Bình", in: .old63)?.name, "Hòa Bình")
    XCTAssertEqual(Gazetteer.shared.resolve("Hà Giang", in: .new34)?.name, "Tuyên Quang")
  }

  // MARK: - Helpers

  func extract(_ text: String, published: FactDate? = nil, source: SourceInfo = SourceInfo()) -> ExtractedDocument {
    var s = source
    if let published { s.published = published }
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: s)
    return Extractor().extract(a)
  }
}
