import VustaModel

/// One cited document: how often and where it is cited in a period.
public struct CitationRow: Codable, Hashable, Sendable {
  /// Canonical number-symbol: "42-CT/TW".
  public var id: String
  public var type: DocumentType
  public var issuer: String
  /// national | local
  public var scope: String
  /// For a local document, whose it is (a province, or nil when unknown).
  public var localProvince: String?
  /// The date the document was issued, when an article says it.
  public var issued: String?
  /// Every mention in the citing articles, short forms included.
  public var mentions: Int
  public var articles: Int
  /// Provinces of the citing articles.
  public var provinces: Int
  /// Date of the first and the last citing article.
  public var firstCited: String?
  public var lastCited: String?
  /// With `--by province`: the citing articles' province ("" when unknown).
  public var citingProvince: String?
}

/// Cited documents in a period: national documents once, local documents once per province.
public struct CitationTable: Codable, Hashable, Sendable {
  public var period: Period
  public var division: Division
  public var province: String?
  /// `.province` when split by the citing articles' province, else nil.
  public var grouping: Grouping?
  /// Rows by mentions (most first), then id.
  public var rows: [CitationRow]
  public var coverage: Coverage
}
