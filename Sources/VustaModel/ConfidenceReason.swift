import Foundation

/// Why a fact was given `low` confidence: the short English reason written in the contract's
/// `why` (several joined by "; ") and its Vietnamese wording for people.
public enum ConfidenceReason: String, CaseIterable, Sendable {
  case dateFromPublication = "date from publication"
  case dateUnknown = "date unknown"
  case yearFromTitle = "year from title"
  case provinceFromContext = "province from article context"
  case provinceFromHost = "province from host name"
  case provinceUnknown = "province unknown"
  case kindGuessed = "kind guessed"
  case metricGuessed = "metric guessed"
  case severalUnions = "several unions in the sentence"
  case shortFormOnly = "short form only"
  case ownerUnknown = "issuing province unknown"
  case listingItem = "from a listing page summary"
  case yearDiffersFromTitle = "year differs from the title's"
  case earlierPeriod = "sentence about an earlier period"
  case guestList = "in a list of guests"
  case severalProvinces = "several provinces in the sentence"
  case nationalTotal = "national total"
  case unusuallySmall = "unusually small for a union's total"
  case otherCountSetAside = "another count of the kind set aside"
  case undatedOnADatedPage = "date unknown on a dated page"
  case yearBeforePosting = "year before the posting's"
  case englishPage = "read from an English page"
  case anotherValueOnThePage = "another value of the same count on the page"
  case numberUnderAnotherCode = "its number cited under another code"
  case namedInCaption = "meeting named only in a caption"
  case symbolReshaped = "symbol written in another shape"
  case nationalMeetingsPlace = "a national meeting's attendance placed where it sat"

  /// The reason in Vietnamese, as `vusta facts` and the reports show it.
  public var vietnamese: String {
    switch self {
    case .dateFromPublication: return "ngày lấy theo ngày đăng bài"
    case .dateUnknown: return "không rõ ngày"
    case .yearFromTitle: return "năm lấy theo tiêu đề"
    case .provinceFromContext: return "tỉnh suy từ bối cảnh bài viết"
    case .provinceFromHost: return "tỉnh theo đơn vị chủ nhà"
    case .provinceUnknown: return "không rõ tỉnh"
    case .kindGuessed: return "loại hội nghị phỏng đoán"
    case .metricGuessed: return "loại số liệu phỏng đoán"
    case .severalUnions: return "câu nêu nhiều liên hiệp hội"
    case .shortFormOnly: return "chỉ có dạng viết tắt"
    case .ownerUnknown: return "không rõ tỉnh ban hành"
    case .listingItem: return "từ tóm tắt trên trang danh sách"
    case .yearDiffersFromTitle: return "năm khác năm nêu ở tiêu đề"
    case .earlierPeriod: return "câu nói về giai đoạn trước"
    case .guestList: return "trong câu liệt kê khách mời"
    case .severalProvinces: return "câu nêu nhiều tỉnh"
    case .nationalTotal: return "số liệu toàn quốc"
    case .unusuallySmall: return "nhỏ bất thường với tổng số của một liên hiệp hội"
    case .otherCountSetAside: return "bài còn nêu số khác cùng loại"
    case .undatedOnADatedPage: return "không rõ ngày dù bài có ngày đăng"
    case .yearBeforePosting: return "năm suy ra là năm trước năm đăng bài"
    case .englishPage: return "đọc từ trang tiếng Anh"
    case .anotherValueOnThePage: return "bài nêu giá trị khác cho cùng số liệu"
    case .numberUnderAnotherCode: return "số hiệu này còn được nêu với ký hiệu khác"
    case .namedInCaption: return "hội nghị chỉ được nêu trong chú thích ảnh hoặc tiêu đề phụ"
    case .symbolReshaped: return "số hiệu viết khác dạng chuẩn, đã đọc lại theo dạng chuẩn"
    case .nationalMeetingsPlace: return "đại biểu của hội nghị toàn quốc, tính cho nơi họp"
    }
  }

  /// The `why` text of a set of reasons, in a fixed order ("date unknown; kind guessed"), or nil.
  public static func why(_ reasons: Set<ConfidenceReason>) -> String? {
    if reasons.isEmpty { return nil }
    if reasons.count == 1 { return reasons.first!.rawValue }
    var out = ""
    for reason in allCases where reasons.contains(reason) {
      if !out.isEmpty { out += "; " }
      out += reason.rawValue
    }
    return out
  }

  /// The reason a `why` part names, read by a table (one hash instead of comparing the part with
  /// every case in turn).
  public static func named(_ part: Substring) -> ConfidenceReason? { byName[part] }

  private static let byName: [Substring: ConfidenceReason] = Dictionary(
    uniqueKeysWithValues: allCases.map { (Substring($0.rawValue), $0) })

  /// The position of the reason in the fixed order `why` writes.
  public var order: Int { ConfidenceReason.orderOf[self]! }

  private static let orderOf: [ConfidenceReason: Int] = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

  /// The Vietnamese wording of a `why` text; unknown reasons are kept as written.
  public static func vietnamese(_ why: String) -> String {
    why.split(separator: ";").map { part in
      let p = part.trimmingCharacters(in: .whitespaces)
      return ConfidenceReason(rawValue: p)?.vietnamese ?? p
    }.joined(separator: "; ")
  }
}
