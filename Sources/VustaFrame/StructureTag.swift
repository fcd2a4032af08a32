//! Logical structure for tagged PDF and accessibility: what a group of items *is*.

/// The role of a tagged group in the document's logical structure.
public enum StructureRole: Hashable, Sendable, Codable {
  /// A heading of a level 1…6.
  case heading(Int)
  case paragraph
  case table
  case tableRow
  case tableHeaderCell
  case tableCell
  case figure
  case list
  case listItem
  /// Content that is not part of the text (page furniture, decorations).
  case artifact
}

/// A structure element wrapped around a frame's content, with optional alternative text
/// (required for figures: what the chart says, in words).
public struct StructureTag: Hashable, Sendable, Codable {
  public var role: StructureRole
  /// Alternative text for figures and images.
  public var alt: String?
  /// A tag of a role with optional alternative text.
  public init(_ role: StructureRole, alt: String? = nil) { self.role = role; self.alt = alt }
}
