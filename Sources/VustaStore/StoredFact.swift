import VustaModel

/// A stored fact as `vusta facts` shows it: its id, its values after corrections, its
/// evidence and the article it came from.
public struct StoredFact: Codable, Hashable, Sendable {
  /// `M-…`, `F-…` or `C-…`; the id `vusta correct` takes.
  public var id: String
  /// meeting | figure | citation
  public var type: String
  public var date: String?
  /// The province in the division in force on the fact's date (nil: "Chưa xác định").
  public var province: String?
  /// Meeting kind, member metric, or cited document type.
  public var kind: String
  /// A short description: "hơn 15.500 hội viên", "42-CT/TW ×4", the organiser.
  public var detail: String
  public var evidence: String
  public var document: String
  public var corrected: Bool
  public var rejected: Bool
  /// high | low, as extracted.
  public var confidence: String
  /// Why the confidence is low.
  public var why: String?
  /// True when a person marked the fact as reviewed.
  public var reviewed: Bool
  /// True for a meeting of the national union (LHH Việt Nam): no province, and none missing
  /// (absent otherwise).
  public var national: Bool? = nil

  /// The province as a table shows it: a national meeting is "Toàn quốc (LHH Việt Nam)", not
  /// one whose province is unknown.
  public var provinceLabel: String { province ?? (national == true ? "Toàn quốc (LHH Việt Nam)" : "Chưa xác định") }
}

/// Which facts to list.
public struct FactFilter: Sendable {
  public var year: Int?
  /// A province name already resolved (matched against both divisions' columns).
  public var province: String?
  /// meeting, figure, citation, or a meeting kind / member metric / document type.
  public var kind: String?
  /// Include rejected facts.
  public var includeRejected: Bool
  public var limit: Int?
  /// Only facts of low confidence that nobody has reviewed or rejected yet.
  public var needsReview: Bool
  /// Only facts whose evidence sentence (or article path) contains this text (SQLite LIKE:
  /// case-insensitive for ASCII letters only), or whose id it is.
  public var search: String?
  /// Only facts of the document stored under this path.
  public var document: String?
  /// Facts skipped before the first one returned (pages of `limit`).
  public var offset: Int

  /// Every value `kind` filters on: the three fact types, then the meeting kinds, member
  /// metrics and document types (any other value matches nothing).
  public static let kinds: [String] = {
    let all = ["meeting", "figure", "citation"] + MeetingKind.allCases.map(\.rawValue)
      + MemberMetric.allCases.map(\.rawValue) + DocumentType.allCases.map(\.rawValue)
    var seen: Set<String> = []
    return all.filter { seen.insert($0).inserted }  // ("khac" is a kind of each)
  }()

  public init(year: Int? = nil, province: String? = nil, kind: String? = nil, includeRejected: Bool = true,
              limit: Int? = nil, needsReview: Bool = false, search: String? = nil, document: String? = nil,
              offset: Int = 0) {
    self.needsReview = needsReview
    self.search = search
    self.document = document
    self.offset = offset
    self.year = year
    self.province = province
    self.kind = kind
    self.includeRejected = includeRejected
    self.limit = limit
  }
}
