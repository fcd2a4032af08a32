//! Bookmarks (the PDF outline) and the named places they point to.

/// One bookmark in the document outline: "I. Hội nghị, giao ban" at level 1, its
/// sub-sections at level 2. Entries appear in document order; the backend nests each under
/// the nearest earlier entry of a lower level.
public struct OutlineEntry: Hashable, Sendable, Codable {
  /// 1 for top level, 2 for its children, and so on.
  public var level: Int
  public var title: String
  /// The name of the `anchor` the bookmark opens.
  public var destination: String
  /// Whether the entry starts expanded in a PDF viewer.
  public var open: Bool
  /// A bookmark of a level and title that opens a named destination.
  public init(level: Int, title: String, destination: String, open: Bool = true) {
    self.level = level; self.title = title; self.destination = destination; self.open = open
  }
}
