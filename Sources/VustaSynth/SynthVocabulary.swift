import VustaModel

/// The words synthetic articles are made of: outlets, people, boilerplate, cited documents.
enum SynthVocabulary {
  static let outlets = [
    "Báo điện tử", "Cổng TTĐT", "Đài PT-TH", "Báo", "Tạp chí Khoa học và Kỹ thuật", "Trang tin",
  ]
  static let navigation = [
    ["Trang chủ", "Tin tức - Sự kiện", "Hoạt động Liên hiệp Hội"],
    ["Tìm kiếm tin tức", "Liên kết website", "Sở, Ban, Ngành"],
    ["TRANG CHỦ", "GIỚI THIỆU", "TIN HOẠT ĐỘNG", "PHẢN BIỆN XÃ HỘI", "LIÊN HỆ"],
    [],
  ]
  static let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Phan", "Ngô"]
  /// Given names, some of them the names of provinces ("Thái Bình", "Hòa Bình") as a trap.
  static let givenNames = [
    "Văn Hùng", "Thị Lan", "Quang Minh", "Thái Bình", "Thanh Hà", "Đức Thắng", "Hữu Nghĩa", "Thị Hương",
    "Xuân Dũng", "Ngọc Sơn", "Hòa Bình", "Minh Tuấn", "Văn Long", "Thị Thu",
  ]
  static let titles = [
    "Chủ tịch Liên hiệp Hội", "Phó Chủ tịch Thường trực Liên hiệp Hội", "Phó Chủ tịch UBND tỉnh",
    "Trưởng ban Tuyên giáo Tỉnh ủy", "Giám đốc Sở Khoa học và Công nghệ",
  ]
  static let topics = [
    "Phát triển đội ngũ trí thức khoa học và công nghệ trong thời kỳ mới",
    "Chuyển đổi số trong hoạt động của các hội thành viên",
    "Tư vấn, phản biện và giám định xã hội",
    "Ứng dụng tiến bộ khoa học kỹ thuật vào sản xuất nông nghiệp",
    "Bảo vệ môi trường và ứng phó với biến đổi khí hậu",
    "Nâng cao chất lượng Hội thi Sáng tạo kỹ thuật",
  ]
  static let hotlines = ["Đường dây nóng: 0912.345.678", "Hotline: 0243.822.1234", "Đường dây nóng: 0888.113.113"]
  static let closings = ["Copy link", "Chia sẻ", "In bài viết", "Gửi email"]

  /// A national document that articles cite.
  struct NationalDocument {
    var id: String, number: String, year: Int?, code: String, type: DocumentType, issuer: String
    var issued: FactDate
    /// How it is written the first time ("Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị").
    var full: String
    /// A later short form ("Chỉ thị 42").
    var short: String
  }

  static let nationalDocuments: [NationalDocument] = [
    NationalDocument(id: "27-NQ/TW", number: "27", year: nil, code: "NQ/TW", type: .nghi_quyet, issuer: "TW",
                     issued: FactDate(year: 2008, month: 8, day: 6),
                     full: "Nghị quyết số 27-NQ/TW ngày 6/8/2008 của Ban Chấp hành Trung ương Đảng (khóa X)",
                     short: "Nghị quyết 27"),
    NationalDocument(id: "42-CT/TW", number: "42", year: nil, code: "CT/TW", type: .chi_thi, issuer: "TW",
                     issued: FactDate(year: 2010, month: 4, day: 16),
                     full: "Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị", short: "Chỉ thị 42"),
    NationalDocument(id: "93-KL/TW", number: "93", year: nil, code: "KL/TW", type: .ket_luan, issuer: "TW",
                     issued: FactDate(year: 2020, month: 11, day: 20),
                     full: "Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư", short: "Kết luận 93"),
    NationalDocument(id: "45-NQ/TW", number: "45", year: nil, code: "NQ/TW", type: .nghi_quyet, issuer: "TW",
                     issued: FactDate(year: 2023, month: 11, day: 24),
                     full: "Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
                     short: "Nghị quyết 45"),
    NationalDocument(id: "57-NQ/TW", number: "57", year: nil, code: "NQ/TW", type: .nghi_quyet, issuer: "TW",
                     issued: FactDate(year: 2024, month: 12, day: 22),
                     full: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", short: "Nghị quyết 57"),
    NationalDocument(id: "126/2024/NĐ-CP", number: "126", year: 2024, code: "NĐ-CP", type: .nghi_dinh, issuer: "CP",
                     issued: FactDate(year: 2024, month: 10, day: 8),
                     full: "Nghị định số 126/2024/NĐ-CP ngày 8/10/2024 của Chính phủ", short: "Nghị định 126"),
  ]

  /// Local document forms: (type, code, issuer, noun, whose).
  static let localForms: [(DocumentType, String, String, String, String)] = [
    (.ke_hoach, "KH-UBND", "UBND", "Kế hoạch", "của UBND tỉnh"),
    (.ke_hoach, "KH/TU", "TU", "Kế hoạch", "của Ban Thường vụ Tỉnh ủy"),
    (.nghi_quyet, "NQ/TU", "TU", "Nghị quyết", "của Tỉnh ủy"),
  ]
}
