/// What one ingest did: documents added, updated (changed since last time) or skipped
/// (unchanged), and the facts written.
public struct IngestTally: Codable, Equatable, Sendable {
  public var added = 0
  public var updated = 0
  public var skipped = 0
  public var meetings = 0
  public var figures = 0
  public var citations = 0

  public init() {}

  /// Documents looked at.
  public var documents: Int { added + updated + skipped }
  /// Facts written.
  public var facts: Int { meetings + figures + citations }

  /// Adds another tally to this one.
  public mutating func add(_ o: IngestTally) {
    added += o.added
    updated += o.updated
    skipped += o.skipped
    meetings += o.meetings
    figures += o.figures
    citations += o.citations
  }
}

/// Where a stored document came from.
public enum DocumentOrigin: String, Codable, Sendable {
  /// An article read and extracted by `vusta ingest`.
  case article
  /// A spreadsheet imported by `vusta import`.
  case imported = "import"
  /// Facts given directly (`Store.ingest(documents:)`, a facts JSON file).
  case facts
}
