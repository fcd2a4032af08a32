//! The names a template may use: every statistic and data table the engine exposes, with
//! what it means. Validation checks templates against this list before anything is computed;
//! docs/reports.md is written from it.

/// A named value (`{{meetings.total}}`).
public struct ValueInfo: Hashable, Sendable {
  public var name: String
  public var meaning: String
  /// Only in province templates (`scope: tinh`).
  public var provinceOnly: Bool
}

/// A column of a data table.
public struct FieldInfo: Hashable, Sendable {
  public var name: String
  /// The default column header.
  public var header: String
  /// Numbers are right-aligned and can be charted.
  public var numeric: Bool
}

/// A named data table (`data: meetings.byProvince`).
public struct DatasetInfo: Hashable, Sendable {
  public var name: String
  public var meaning: String
  public var fields: [FieldInfo]
  public var provinceOnly: Bool
  /// The field charts use as labels.
  public var labelField: String { fields.first { !$0.numeric }?.name ?? fields[0].name }
  /// The field with this name.
  public func field(_ n: String) -> FieldInfo? { fields.first { $0.name == n } }
}

/// Every name a template can reference.
public enum DataSchema {
  private static func v(_ n: String, _ m: String, province: Bool = false) -> ValueInfo {
    ValueInfo(name: n, meaning: m, provinceOnly: province)
  }
  private static func f(_ n: String, _ h: String, _ numeric: Bool = false) -> FieldInfo {
    FieldInfo(name: n, header: h, numeric: numeric)
  }

  /// The named values.
  public static let values: [ValueInfo] = [
    v("year", "Năm báo cáo (2022)."),
    v("previousYear", "Năm trước (2021)."),
    v("org", "Cơ quan ban hành, chữ in hoa (--org)."),
    v("orgName", "Cơ quan ban hành viết thường, rút gọn như trong văn bản: \"Liên hiệp các Hội KH&KT tỉnh Nghệ An\"."),
    v("number", "Số văn bản (--number), mặc định \"…\"."),
    v("place", "Địa danh (--place), mặc định Hà Nội."),
    v("date", "Ngày ban hành dạng \"ngày 05 tháng 01 năm 2024\" (--date)."),
    v("placeDate", "\"Hà Nội, ngày 05 tháng 01 năm 2024\"."),
    v("signer", "Họ tên người ký (--signer)."),
    v("division", "Danh mục hành chính dùng: \"63 tỉnh, thành phố\" hoặc \"34 tỉnh, thành phố\"."),
    v("units", "Số đơn vị của danh mục (63 hoặc 34)."),
    v("hasData", "Có số liệu trong năm (dùng với {{#hasData}}…{{/hasData}})."),
    v("meetings.total", "Số hội nghị (mỗi sự kiện tính một lần)."),
    v("meetings.national", "Hội nghị của LHH Việt Nam, không thuộc tỉnh nào."),
    v("meetings.unknownProvince", "Hội nghị chưa xác định tỉnh."),
    v("meetings.provinces", "Số tỉnh, thành phố có hội nghị."),
    v("meetings.articles", "Số bài viết đưa tin hội nghị."),
    v("meetings.previousTotal", "Số hội nghị năm trước (\"chưa có số liệu\" khi năm trước không có bài viết nào)."),
    v("meetings.change", "Chênh lệch so với năm trước (+12, -3, 0; \"chưa có số liệu\" khi năm trước không có bài viết nào)."),
    v("meetings.noDataProvinces", "Số tỉnh, thành phố chưa có bài viết nào trong năm (chưa có số liệu, khác 0)."),
    v("previous", "Có khi năm trước có bài viết đã đọc: {{#previous}}…{{/previous}} chỉ in so sánh khi đó, {{^previous}}…{{/previous}} khi không."),
    v("previous.year", "Năm trước (chỉ có trong {{#previous}})."),
    v("previous.meetings", "Số hội nghị năm trước (chỉ có trong {{#previous}})."),
    v("previous.articles", "Số bài viết đã đọc của năm trước (chỉ có trong {{#previous}})."),
    v("previous.change", "Chênh lệch số hội nghị so với năm trước (chỉ có trong {{#previous}})."),
    v("previous.articlesChange", "Chênh lệch số bài viết đã đọc so với năm trước (chỉ có trong {{#previous}})."),
    v("meetings.topProvince", "Tỉnh có nhiều hội nghị nhất."),
    v("meetings.topProvinceCount", "Số hội nghị của tỉnh đó."),
    v("meetings.topKind", "Loại hội nghị nhiều nhất."),
    v("meetings.topKindCount", "Số hội nghị của loại đó."),
    v("meetings.busiestMonth", "Tháng có nhiều hội nghị nhất (\"tháng 12\")."),
    v("meetings.busiestMonthCount", "Số hội nghị trong tháng đó."),
    v("members.hoiVien", "Tổng số hội viên (cộng số mới nhất của các tỉnh)."),
    v("members.hoiVienProvinces", "Số tỉnh có số liệu hội viên, dạng \"12/63\"."),
    v("members.hoiThanhVien", "Tổng số hội thành viên."),
    v("members.chiHoi", "Tổng số chi hội."),
    v("members.triThuc", "Tổng số trí thức."),
    v("members.provinces", "Số tỉnh có ít nhất một số liệu hội viên."),
    v("members.withoutProvince", "Số liệu hội viên chưa xác định tỉnh (không cộng vào tổng)."),
    v("citations.documents", "Số văn bản chỉ đạo được trích dẫn."),
    v("citations.mentions", "Tổng số lần trích dẫn."),
    v("citations.topDirective", "Văn bản được trích dẫn nhiều nhất (42-CT/TW)."),
    v("citations.topMentions", "Số lần trích dẫn văn bản đó."),
    v("citations.topType", "Loại văn bản đó (Chỉ thị, Kết luận…)."),
    v("coverage.articles", "Số bài viết đã đọc có ngày thuộc năm."),
    v("coverage.sources", "Số nguồn (bài viết) có dữ kiện trong năm."),
    v("coverage.facts", "Số dữ kiện (hội nghị, số liệu, trích dẫn) trong năm."),
    v("coverage.factsWithoutProvince", "Số dữ kiện chưa xác định tỉnh."),
    v("coverage.provinces", "Số tỉnh, thành phố có dữ kiện."),
    v("coverage.unknownLabel", "Nhãn của dữ kiện không rõ tỉnh: \"Chưa xác định\"."),
    v("coverage.needsReview", "Số dữ kiện độ tin cậy thấp của năm chưa được rà soát (vusta facts --needs-review)."),
    v("province.name", "Tên tỉnh, thành phố.", province: true),
    v("province.meetings", "Số hội nghị của tỉnh.", province: true),
    v("province.rank", "Thứ hạng của tỉnh theo số hội nghị (1 = nhiều nhất).", province: true),
    v("province.ranked", "Số tỉnh có hội nghị (mẫu số của thứ hạng).", province: true),
    v("province.share", "Tỷ lệ hội nghị của tỉnh trong cả nước (\"4,2%\").", province: true),
    v("province.average", "Bình quân hội nghị mỗi tỉnh có hội nghị (\"3,1\").", province: true),
    v("province.hoiVien", "Số hội viên mới nhất của tỉnh (\"—\" khi chưa có số liệu).", province: true),
    v("province.citationCount", "Số văn bản được các bài của tỉnh trích dẫn.", province: true),
    v("province.sources", "Số bài viết có dữ kiện của tỉnh.", province: true),
  ]

  /// The data tables.
  public static let datasets: [DatasetInfo] = [
    DatasetInfo(name: "meetings.byProvince", meaning: "Hội nghị theo tỉnh: mọi đơn vị của danh mục (0 khi có bài mà "
                  + "không có hội nghị, \"—\" khi chưa có bài viết nào), rồi \"Toàn quốc (LHH Việt Nam)\" và \"Chưa xác định\" "
                  + "(biểu đồ xếp hạng chỉ xếp các tỉnh, hai dòng này ghi ở chú thích).",
                fields: [f("no", "TT", true), f("province", "Tỉnh, thành phố"), f("meetings", "Số hội nghị", true),
                         f("articles", "Số bài viết", true), f("share", "Tỷ lệ (%)", true)], provinceOnly: false),
    DatasetInfo(name: "meetings.byMonth", meaning: "Hội nghị theo tháng (12 tháng), so với năm trước; tháng chưa có "
                  + "bài viết nào là \"—\" (khoảng trống trên biểu đồ), năm trước không có bài nào thì bỏ chuỗi đó.",
                fields: [f("month", "Tháng"), f("meetings", "Năm nay", true), f("previous", "Năm trước", true)],
                provinceOnly: false),
    DatasetInfo(name: "meetings.byKind", meaning: "Hội nghị theo loại, so với năm trước.",
                fields: [f("kind", "Loại hội nghị"), f("meetings", "Năm nay", true), f("previous", "Năm trước", true)],
                provinceOnly: false),
    DatasetInfo(name: "meetings.list", meaning: "Danh sách hội nghị: ngày, tỉnh, loại, nguồn (liên kết tới bài viết).",
                fields: [f("no", "TT", true), f("date", "Ngày"), f("province", "Tỉnh, thành phố"), f("kind", "Loại"),
                         f("source", "Nguồn")], provinceOnly: false),
    DatasetInfo(name: "members.byProvince", meaning: "Số liệu hội viên mới nhất theo tỉnh, thay đổi so với năm trước.",
                fields: [f("province", "Tỉnh, thành phố"), f("hoiVien", "Hội viên", true),
                         f("hoiThanhVien", "Hội thành viên", true), f("chiHoi", "Chi hội", true),
                         f("triThuc", "Trí thức", true), f("change", "Thay đổi hội viên", true), f("date", "Ngày số liệu"),
                         f("source", "Nguồn")], provinceOnly: false),
    DatasetInfo(name: "members.totals", meaning: "Tổng từng chỉ tiêu hội viên và độ phủ.",
                fields: [f("metric", "Chỉ tiêu"), f("total", "Tổng", true), f("coverage", "Số tỉnh có số liệu")],
                provinceOnly: false),
    DatasetInfo(name: "citations.top", meaning: "Văn bản chỉ đạo được trích dẫn, nhiều nhất trước: số lần, số bài, "
                  + "số tỉnh, nơi trích dẫn.",
                fields: [f("directive", "Văn bản"), f("type", "Loại"), f("mentions", "Số lần", true),
                         f("articles", "Số bài", true), f("provinces", "Số tỉnh", true), f("where", "Nơi trích dẫn"),
                         f("first", "Lần đầu"), f("last", "Lần cuối")], provinceOnly: false),
    DatasetInfo(name: "sources.list", meaning: "Mọi nguồn (bài viết) có dữ kiện trong năm.",
                fields: [f("no", "TT", true), f("title", "Bài viết"), f("date", "Ngày đăng"), f("source", "Tệp hoặc địa chỉ"),
                         f("facts", "Số dữ kiện", true)], provinceOnly: false),
    DatasetInfo(name: "province.meetingsList", meaning: "Hội nghị của tỉnh.",
                fields: [f("no", "TT", true), f("date", "Ngày"), f("kind", "Loại"), f("source", "Nguồn")], provinceOnly: true),
    DatasetInfo(name: "province.members", meaning: "Số liệu hội viên mới nhất của tỉnh.",
                fields: [f("metric", "Chỉ tiêu"), f("value", "Số liệu", true), f("change", "Thay đổi", true),
                         f("date", "Ngày số liệu"), f("source", "Nguồn")], provinceOnly: true),
    DatasetInfo(name: "province.citations", meaning: "Văn bản được các bài của tỉnh trích dẫn.",
                fields: [f("directive", "Văn bản"), f("type", "Loại"), f("mentions", "Số lần", true)], provinceOnly: true),
    DatasetInfo(name: "province.compare", meaning: "Tỉnh so với cả nước: chỉ tiêu, của tỉnh, cả nước, thứ hạng.",
                fields: [f("indicator", "Chỉ tiêu"), f("value", "Của tỉnh", true), f("national", "Cả nước", true),
                         f("rank", "Thứ hạng")], provinceOnly: true),
  ]

  /// The value of a name, if it exists for a scope.
  public static func value(_ name: String, scope: TemplateScope) -> ValueInfo? {
    values.first { $0.name == name && (scope == .province || !$0.provinceOnly) }
  }

  /// The data table of a name, if it exists for a scope.
  public static func dataset(_ name: String, scope: TemplateScope) -> DatasetInfo? {
    datasets.first { $0.name == name && (scope == .province || !$0.provinceOnly) }
  }

  /// Every name usable in a scope (values and tables), for suggestions.
  public static func names(scope: TemplateScope) -> [String] {
    values.filter { scope == .province || !$0.provinceOnly }.map(\.name)
      + datasets.filter { scope == .province || !$0.provinceOnly }.map(\.name)
  }

  /// The names closest to a misspelt one (same prefix or small edit distance), at most 4.
  public static func suggestions(for name: String, scope: TemplateScope) -> [String] {
    let all = names(scope: scope)
    let scored = all.map { ($0, distance($0.lowercased(), name.lowercased())) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    let prefix = name.split(separator: ".").first.map(String.init) ?? name
    let close = scored.filter { $0.1 <= max(3, name.count / 3) }.map(\.0)
    let same = all.filter { $0.hasPrefix(prefix + ".") }
    return Array((close + same).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(4))
  }

  private static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var prev = row[0]
      row[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cur = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
        prev = cur
      }
    }
    return row[b.count]
  }
}
