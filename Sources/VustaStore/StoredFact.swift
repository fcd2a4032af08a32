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

  /// The values `kind` filters on, as a person is told them: the three fact types, the meeting
  /// kinds, member metrics and document types, and a kind written after its type where the
  /// same word is a kind of two ("figure:khac": other figures, not other meetings). Any kind
  /// may be written after its type.
  public static let kinds: [String] = {
    let all = ["meeting", "figure", "citation"] + MeetingKind.allCases.map(\.rawValue)
      + MemberMetric.allCases.map(\.rawValue) + DocumentType.allCases.map(\.rawValue)
      + ["meeting:khac", "figure:khac", "citation:khac"]
    var seen: Set<String> = []
    return all.filter { seen.insert($0).inserted }
  }()

  /// The fact types a kind filter reads and the kind it asks for among them (nil: every kind
  /// of those types); no types for a kind that is none.
  public static func parse(kind: String) -> (types: Set<String>, value: String?) {
    func types(of v: String) -> Set<String> {
      var s: Set<String> = []
      if MeetingKind(rawValue: v) != nil { s.insert("meeting") }
      if MemberMetric(rawValue: v) != nil { s.insert("figure") }
      if DocumentType(rawValue: v) != nil { s.insert("citation") }
      return s
    }
    if ["meeting", "figure", "citation"].contains(kind) { return ([kind], nil) }
    if let colon = kind.firstIndex(of: ":") {
      let type = String(kind[..<colon]), value = String(kind[kind.index(after: colon)...])
      return types(of: value).contains(type) ? ([type], value) : ([], value)
    }
    return (types(of: kind), kind)
  }

  /// True when `kind` names something `parse(kind:)` reads.
  public static func isKnown(kind: String) -> Bool { !parse(kind: kind).types.isEmpty }

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
