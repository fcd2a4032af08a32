/// What one ingest did: documents added, updated (changed since last time) or skipped
/// (unchanged), and the facts written.
public struct IngestTally: Codable, Equatable, Sendable {
  public var added = 0
  public var updated = 0
  public var skipped = 0
  /// Documents whose file was stored under another path that is gone: their facts followed.
  public var moved = 0
  /// Files whose content is stored already under another path that still exists: not stored.
  public var copies: [SameContent] = []
  /// Stored documents whose files are gone, removed by `--prune`.
  public var pruned = 0
  public var meetings = 0
  public var figures = 0
  public var citations = 0

  public init() {}

  /// Documents looked at.
  public var documents: Int { added + updated + skipped + moved + copies.count }
  /// Facts written.
  public var facts: Int { meetings + figures + citations }

  /// Adds another tally to this one.
  public mutating func add(_ o: IngestTally) {
    added += o.added
    updated += o.updated
    skipped += o.skipped
    moved += o.moved
    copies += o.copies
    pruned += o.pruned
    meetings += o.meetings
    figures += o.figures
    citations += o.citations
  }
}

/// A file not stored because its content is stored under another path that still exists.
public struct SameContent: Codable, Equatable, Sendable {
  /// The file read now.
  public var file: String
  /// The stored file with the same content.
  public var stored: String
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
