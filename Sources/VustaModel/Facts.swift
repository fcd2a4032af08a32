/// The kind of a meeting, most specific first (see `MeetingKind.precedence`).
public enum MeetingKind: String, Codable, CaseIterable, Sendable {
  case giao_ban, tong_ket, ban_chap_hanh, ban_thuong_vu, lam_viec, hoi_thao, dai_hoi, tap_huan, khac

  /// Which kind wins when a meeting fits several: dai_hoi > giao_ban > tong_ket > …
  public static let precedence: [MeetingKind] = [
    .dai_hoi, .giao_ban, .tong_ket, .ban_thuong_vu, .ban_chap_hanh, .lam_viec, .hoi_thao, .tap_huan, .khac,
  ]

  /// The Vietnamese label used in tables and reports.
  public var label: String {
    switch self {
    case .giao_ban: return "Giao ban"
    case .tong_ket: return "Tổng kết, sơ kết"
    case .ban_chap_hanh: return "Ban Chấp hành"
    case .ban_thuong_vu: return "Ban Thường vụ"
    case .lam_viec: return "Làm việc"
    case .hoi_thao: return "Hội thảo, tọa đàm"
    case .dai_hoi: return "Đại hội"
    case .tap_huan: return "Tập huấn"
    case .khac: return "Khác"
    }
  }
}

/// What a member figure counts.
public enum MemberMetric: String, Codable, CaseIterable, Sendable {
  case hoi_vien, hoi_thanh_vien, chi_hoi, tri_thuc, luot_nguoi, dai_bieu, khac

  /// The Vietnamese label used in tables and reports.
  public var label: String {
    switch self {
    case .hoi_vien: return "Hội viên"
    case .hoi_thanh_vien: return "Hội thành viên"
    case .chi_hoi: return "Chi hội"
    case .tri_thuc: return "Trí thức"
    case .luot_nguoi: return "Lượt người"
    case .dai_bieu: return "Đại biểu"
    case .khac: return "Khác"
    }
  }
}

/// How exact a figure is: "hơn 15.500" is `more_than`, "khoảng 200" is `about`.
public enum Qualifier: String, Codable, CaseIterable, Sendable {
  case exact, more_than, about
}

/// The type of a cited document.
public enum DocumentType: String, Codable, CaseIterable, Sendable {
  case chi_thi, ket_luan, nghi_quyet, ke_hoach, quyet_dinh, nghi_dinh, thong_tu, cong_van, thong_bao, huong_dan, khac

  /// The Vietnamese name ("Chỉ thị", "Kết luận" …).
  public var label: String {
    switch self {
    case .chi_thi: return "Chỉ thị"
    case .ket_luan: return "Kết luận"
    case .nghi_quyet: return "Nghị quyết"
    case .ke_hoach: return "Kế hoạch"
    case .quyet_dinh: return "Quyết định"
    case .nghi_dinh: return "Nghị định"
    case .thong_tu: return "Thông tư"
    case .cong_van: return "Công văn"
    case .thong_bao: return "Thông báo"
    case .huong_dan: return "Hướng dẫn"
    case .khac: return "Văn bản"
    }
  }
}

/// Whether a cited document binds the whole country or one province.
public enum CitationScope: String, Codable, CaseIterable, Sendable {
  case national, local
}

/// How far a fact can be trusted as extracted: `low` facts are listed for a person to review
/// (`vusta facts --needs-review`), with the reason in the fact's `why`.
public enum Confidence: String, Codable, CaseIterable, Sendable {
  case high, low
}

/// A meeting of LHH Việt Nam or a provincial union, or one where they are a main party.
public struct Meeting: Codable, Hashable, Sendable {
  public var date: FactDate?
  /// Official short name in the division in force on the date (63 before 1/7/2025, 34 after).
  public var province: String?
  /// The post-2025 unit that contains `province`.
  public var province2025: String?
  public var kind: MeetingKind
  public var organizer: String?
  /// The sentence the meeting was read from.
  public var evidence: String
  /// `low` when a value was inferred rather than read (see `why`).
  public var confidence: Confidence
  /// Why the confidence is low ("date from publication; province from article context"), else nil.
  public var why: String?

  public init(date: FactDate?, province: String?, province2025: String?, kind: MeetingKind,
              organizer: String?, evidence: String, confidence: Confidence = .high, why: String? = nil) {
    self.date = date
    self.province = province
    self.province2025 = province2025
    self.kind = kind
    self.organizer = organizer
    self.evidence = evidence
    self.confidence = confidence
    self.why = why
  }
}

/// A count of members or participants ("hơn 15.500 hội viên").
public struct MemberFigure: Codable, Hashable, Sendable {
  public var province: String?
  public var province2025: String?
  public var metric: MemberMetric
  public var value: Int
  public var qualifier: Qualifier
  /// The date the figure refers to when known (else the article's publication date is used).
  public var date: FactDate?
  public var evidence: String
  /// `low` when a value was inferred rather than read (see `why`).
  public var confidence: Confidence
  /// Why the confidence is low, else nil.
  public var why: String?

  public init(province: String?, province2025: String?, metric: MemberMetric, value: Int,
              qualifier: Qualifier, date: FactDate? = nil, evidence: String, confidence: Confidence = .high,
              why: String? = nil) {
    self.province = province
    self.province2025 = province2025
    self.metric = metric
    self.value = value
    self.qualifier = qualifier
    self.date = date
    self.evidence = evidence
    self.confidence = confidence
    self.why = why
  }
}

/// A directive or other document cited in an article, with every mention counted.
public struct Citation: Codable, Hashable, Sendable {
  /// Canonical number-symbol: "42-CT/TW", "5395/KH-UBND", "30/2020/NĐ-CP".
  public var id: String
  public var number: String
  public var year: Int?
  /// The symbol after the number: "CT/TW", "KH-UBND", "NĐ-CP".
  public var code: String
  public var type: DocumentType
  /// The issuing body's abbreviation: "TW", "UBND", "CP", "TU".
  public var issuer: String
  public var scope: CitationScope
  /// For local documents, the province whose body issued it (nil when unknown).
  public var province: String?
  public var issued: FactDate?
  public var mentions: Int
  public var evidence: [String]
  /// `low` when the document was only named in a short form or its owner is unknown (see `why`).
  public var confidence: Confidence
  /// Why the confidence is low, else nil.
  public var why: String?

  public init(id: String, number: String, year: Int?, code: String, type: DocumentType, issuer: String,
              scope: CitationScope, province: String?, issued: FactDate?, mentions: Int, evidence: [String],
              confidence: Confidence = .high, why: String? = nil) {
    self.confidence = confidence
    self.why = why
    self.id = id
    self.number = number
    self.year = year
    self.code = code
    self.type = type
    self.issuer = issuer
    self.scope = scope
    self.province = province
    self.issued = issued
    self.mentions = mentions
    self.evidence = evidence
  }
}

/// One article and the facts read from it: the unit of the facts contract.
public struct ExtractedDocument: Codable, Hashable, Sendable {
  /// The file name without extension.
  public var id: String
  public var path: String
  /// SHA-256 of the decoded, normalised text.
  public var sha256: String
  public var title: String?
  public var published: FactDate?
  public var url: String?
  public var meetings: [Meeting]
  public var memberFigures: [MemberFigure]
  public var citations: [Citation]

  public init(id: String, path: String, sha256: String, title: String?, published: FactDate?, url: String?,
              meetings: [Meeting] = [], memberFigures: [MemberFigure] = [], citations: [Citation] = []) {
    self.id = id
    self.path = path
    self.sha256 = sha256
    self.title = title
    self.published = published
    self.url = url
    self.meetings = meetings
    self.memberFigures = memberFigures
    self.citations = citations
  }

  /// Facts of every kind whose province is unknown.
  public var factsWithoutProvince: Int {
    meetings.filter { $0.province == nil }.count + memberFigures.filter { $0.province == nil }.count
  }
}

/// The top-level object of `vusta extract --format json`.
public struct FactsFile: Codable, Sendable {
  public var documents: [ExtractedDocument]
  public init(documents: [ExtractedDocument]) { self.documents = documents }
}

// MARK: - Encoding: the contract writes unknown values as null, never omits a key.

extension Meeting {
  enum CodingKeys: String, CodingKey { case date, province, province2025, kind, organizer, evidence, confidence, why }

  /// Writes every key of the contract, `null` for unknown values.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(date, forKey: .date)
    try c.encode(province, forKey: .province)
    try c.encode(province2025, forKey: .province2025)
    try c.encode(kind, forKey: .kind)
    try c.encode(organizer, forKey: .organizer)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(why, forKey: .why)
  }

  /// Reads the contract; facts written before `confidence` existed are `high`.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(date: try c.decodeIfPresent(FactDate.self, forKey: .date),
              province: try c.decodeIfPresent(String.self, forKey: .province),
              province2025: try c.decodeIfPresent(String.self, forKey: .province2025),
              kind: try c.decode(MeetingKind.self, forKey: .kind),
              organizer: try c.decodeIfPresent(String.self, forKey: .organizer),
              evidence: try c.decode(String.self, forKey: .evidence),
              confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high,
              why: try c.decodeIfPresent(String.self, forKey: .why))
  }
}

extension MemberFigure {
  enum CodingKeys: String, CodingKey {
    case province, province2025, metric, value, qualifier, date, evidence, confidence, why
  }

  /// Writes every key of the contract, `null` for unknown values.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(province, forKey: .province)
    try c.encode(province2025, forKey: .province2025)
    try c.encode(metric, forKey: .metric)
    try c.encode(value, forKey: .value)
    try c.encode(qualifier, forKey: .qualifier)
    try c.encode(date, forKey: .date)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(why, forKey: .why)
  }

  /// Reads the contract; facts written before `confidence` existed are `high`.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(province: try c.decodeIfPresent(String.self, forKey: .province),
              province2025: try c.decodeIfPresent(String.self, forKey: .province2025),
              metric: try c.decode(MemberMetric.self, forKey: .metric),
              value: try c.decode(Int.self, forKey: .value),
              qualifier: try c.decode(Qualifier.self, forKey: .qualifier),
              date: try c.decodeIfPresent(FactDate.self, forKey: .date),
              evidence: try c.decode(String.self, forKey: .evidence),
              confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high,
              why: try c.decodeIfPresent(String.self, forKey: .why))
  }
}

extension Citation {
  enum CodingKeys: String, CodingKey {
    case id, number, year, code, type, issuer, scope, province, issued, mentions, evidence, confidence, why
  }

  /// Writes every key of the contract, `null` for unknown values.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(number, forKey: .number)
    try c.encode(year, forKey: .year)
    try c.encode(code, forKey: .code)
    try c.encode(type, forKey: .type)
    try c.encode(issuer, forKey: .issuer)
    try c.encode(scope, forKey: .scope)
    try c.encode(province, forKey: .province)
    try c.encode(issued, forKey: .issued)
    try c.encode(mentions, forKey: .mentions)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(why, forKey: .why)
  }

  /// Reads the contract; facts written before `confidence` existed are `high`.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(id: try c.decode(String.self, forKey: .id), number: try c.decode(String.self, forKey: .number),
              year: try c.decodeIfPresent(Int.self, forKey: .year), code: try c.decode(String.self, forKey: .code),
              type: try c.decode(DocumentType.self, forKey: .type), issuer: try c.decode(String.self, forKey: .issuer),
              scope: try c.decode(CitationScope.self, forKey: .scope),
              province: try c.decodeIfPresent(String.self, forKey: .province),
              issued: try c.decodeIfPresent(FactDate.self, forKey: .issued),
              mentions: try c.decode(Int.self, forKey: .mentions),
              evidence: try c.decode([String].self, forKey: .evidence),
              confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high,
              why: try c.decodeIfPresent(String.self, forKey: .why))
  }
}

extension ExtractedDocument {
  /// Writes every key of the contract, `null` for unknown values.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(path, forKey: .path)
    try c.encode(sha256, forKey: .sha256)
    try c.encode(title, forKey: .title)
    try c.encode(published, forKey: .published)
    try c.encode(url, forKey: .url)
    try c.encode(meetings, forKey: .meetings)
    try c.encode(memberFigures, forKey: .memberFigures)
    try c.encode(citations, forKey: .citations)
  }
}
