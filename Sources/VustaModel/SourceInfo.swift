/// What is known of an article from outside its text: sources.csv, HTML meta tags, the file.
public struct SourceInfo: Codable, Hashable, Sendable {
  public var url: String?
  public var published: FactDate?
  /// A province given by sources.csv (a name in any accepted form).
  public var province: String?
  public var title: String?

  public init(url: String? = nil, published: FactDate? = nil, province: String? = nil, title: String? = nil) {
    self.url = url
    self.published = published
    self.province = province
    self.title = title
  }

  /// Fills what `self` lacks from `other` (self wins).
  public func merged(with other: SourceInfo) -> SourceInfo {
    SourceInfo(url: url ?? other.url, published: published ?? other.published,
               province: province ?? other.province, title: title ?? other.title)
  }
}

/// One article ready for extraction: decoded, NFC text plus where it came from.
public struct Article: Sendable {
  /// The file name without extension.
  public var id: String
  public var path: String
  /// Decoded text (NFC). HTML has already been reduced to its text lines.
  public var text: String
  public var sha256: String
  public var source: SourceInfo

  public init(id: String, path: String, text: String, sha256: String, source: SourceInfo = SourceInfo()) {
    self.id = id
    self.path = path
    self.text = text
    self.sha256 = sha256
    self.source = source
  }
}
