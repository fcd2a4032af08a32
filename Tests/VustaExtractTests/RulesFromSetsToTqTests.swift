import VustaExtract
import VustaModel
import XCTest

/// Rules read from the real sets to, tp and tq (nineteenth session), each with the counter-case
/// that keeps it from reaching too far.
final class RulesFromSetsToTqTests: XCTestCase {
  /// "Ngày 23/3/1998, Đại hội II …. Khi ấy, số hội thành viên đã lên 13, với trên 18 000 hội
  /// viên": a count "at that time" belongs to the narrative's past day, not to today.
  func testACountAtThatTimeIsHistory() {
    func figures(_ sentence: String) -> [String] {
      extract("Lịch sử hình thành và phát triển\nNgày 23/3/1998, Đại hội II của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thanh Hóa được tiến hành. " + sentence)
        .memberFigures.map { "\($0.metric) \($0.value)" }
    }
    XCTAssertEqual(figures("Khi ấy, số hội thành viên của Liên hiệp hội đã lên 13, với trên 18 000 hội viên."), [])
    XCTAssertEqual(figures("Lúc đó Liên hiệp hội có 13 hội thành viên."), [])
    // today's count after the story is still read
    XCTAssertEqual(figures("Khi ấy có 13 hội; đến nay, Liên hiệp hội có 31 hội thành viên."), ["hoi_thanh_vien 31"])
    XCTAssertEqual(figures("Hiện nay, Liên hiệp hội có 31 hội thành viên."), ["hoi_thanh_vien 31"])
  }

  /// "Hơn 40.000 người có trình độ cao đẳng trở lên, … đội ngũ trí thức tỉnh nhà …": the
  /// province's intellectuals, when the sentence calls them so.
  func testPeopleWithACollegeDegreeAreTheIntellectuals() {
    func figures(_ sentence: String) -> [String] {
      extract("Thừa Thiên Huế tôn vinh trí thức tiêu biểu\nTối 28/12/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức lễ tôn vinh trí thức. " + sentence)
        .memberFigures.map { "\($0.metric) \($0.value) \($0.qualifier)" }
    }
    XCTAssertEqual(figures("Chủ tịch Liên hiệp hội cho biết, với hơn 40.000 người có trình độ cao đẳng trở lên, đội ngũ trí thức tỉnh nhà đứng thứ ba toàn quốc."),
                   ["tri_thuc 40000 more_than"])
    XCTAssertEqual(figures("Với gần 40 nghìn người có trình độ từ đại học trở lên, đội ngũ trí thức tỉnh đã lớn mạnh."), ["tri_thuc 40000 about"])
    // (without the word for intellectuals, a count of graduates is no union's figure)
    XCTAssertEqual(figures("Toàn tỉnh có hơn 40.000 người có trình độ cao đẳng trở lên."), [])
  }

  /// A saved page's head with the site's date bar, then the headline again and the article's
  /// own stamp: the stamp after the repeated headline is the publication.
  func testTheStampAfterTheRepeatedHeadline() {
    let page = """
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình - mái nhà chung của trí thức
      Banner chính
      Thứ Ba, 28/03/2023
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình - mái nhà chung của trí thức
      Thứ Ba, 30/06/2015
      Gần 20 năm qua, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình đã triển khai nhiều hoạt động phong phú.
      """
    XCTAssertEqual(extract(page).published, FactDate(year: 2015, month: 6, day: 30))
    // (a site's name as the title, printed again in the footer after the text, moves nothing)
    let footer = """
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH PHÚ YÊN
      Cập nhật lúc: 15:05:57 - 22/04/2020
      Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Yên có 28 hội thành viên với gần 20.000 hội viên.
      LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH PHÚ YÊN
      """
    XCTAssertEqual(extract(footer).published, FactDate(year: 2020, month: 4, day: 22))
  }

  /// Two related headlines joined by " / " under the page's own headline are not its title.
  func testHeadlinesJoinedByASlashAreNoTitle() {
    let d = extract("""
      Thừa Thiên Huế: Tôn vinh 12 trí thức Khoa học Công nghệ tiêu biểu
      Thừa Thiên Huế: Trao giải Cuộc thi Sáng tạo Thanh thiếu niên năm 2020 / Chủ tịch tỉnh Thừa Thiên Huế: Mỗi tiểu thương là một bông hoa đẹp trong mắt du khách
      Tối 28/12/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức Lễ tôn vinh trí thức lần thứ IV.
      """)
    XCTAssertEqual(d.title, "Thừa Thiên Huế: Tôn vinh 12 trí thức Khoa học Công nghệ tiêu biểu")
    // ("năm 2020 / Chủ tịch" is no document either: a word in title case is no symbol's part)
    XCTAssertEqual(d.citations.map(\.id), [])
  }

  /// A symbol cut where the stored page was cut ("Nghị quyết số 54-NQ/T…") tells no document;
  /// a whole one before an ellipsis still does, and a type's abbreviation "CTr" is no title-case word.
  func testACutSymbolIsNoDocument() {
    func ids(_ sentence: String) -> [String] {
      extract("Liên hiệp hội Thừa Thiên Huế\nNgày 28/12/2020, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức lễ tôn vinh. " + sentence)
        .citations.map(\.id)
    }
    XCTAssertEqual(ids("Phó Chủ tịch UBND tỉnh khẳng định, Nghị quyết số 54-NQ/T…"), [])
    XCTAssertEqual(ids("Các nghị quyết 26-NQ/TW, 27-NQ/TW…"), ["26-NQ/TW", "27-NQ/TW"])
    XCTAssertEqual(ids("Tỉnh ủy ban hành Chương trình hành động số 38-CTr/TU ngày 12/4/2023."), ["38-CTr/TU"])
  }

  /// "Một Hội thảo … với chủ đề “…, … của Bộ Chính trị” đã được Hội LHPN thành phố cùng Hội Nữ
  /// trí thức thành phố và Trường Đại học Hải Phòng phối hợp tổ chức": several other bodies hold
  /// it (the theme's commas break no clause); the union's vice chairman is a guest.
  func testAWorkshopSeveralOtherBodiesHeld() {
    let guest = " Tham dự có TS. Phạm Hữu Thư - Phó Chủ tịch Liên hiệp các Hội KH&KT Hải Phòng."
    let title = "Hội thảo khoa học quốc gia: phát huy vai trò nữ trí thức Hải Phòng\n"
    let other = extract(title + "Một Hội thảo khoa học quốc gia với chủ đề “Phát huy vai trò nữ trí thức Hải Phòng trong xây dựng, phát triển thành phố theo Nghị quyết 45-NQ/TW, ngày 24/1/2019 của Bộ Chính trị” (Nghị quyết 45) đã được Hội LHPN thành phố cùng Hội Nữ trí thức thành phố và Trường Đại học Hải Phòng phối hợp tổ chức vào sáng 22/5/2025." + guest)
    XCTAssertEqual(other.meetings.count, 0)
    // (the union among the agents holds it)
    let own = extract(title + "Một Hội thảo khoa học quốc gia với chủ đề “Phát huy vai trò nữ trí thức, nhà khoa học” đã được Hội Nữ trí thức thành phố cùng Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng phối hợp tổ chức vào sáng 22/5/2025.")
    XCTAssertEqual(own.meetings.map { "\($0.date?.iso ?? "nil") \($0.kind)" }, ["2025-05-22 hoi_thao"])
  }

  // MARK: - Helpers

  func extract(_ text: String) -> ExtractedDocument {
    let a = Article(id: "t", path: "t.txt", text: VietnameseText.normalize(text), sha256: "", source: SourceInfo())
    return Extractor().extract(a)
  }
}
