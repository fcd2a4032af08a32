//! Clickable areas and the places they lead to.

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable, Codable {
  /// A web address or file URI.
  case uri(String)
  /// A named destination in the same document (see `FrameItem.anchor`).
  case destination(String)
}

/// A clickable rectangle (from the item position, top-left) leading to a target.
public struct Link: Hashable, Sendable, Codable {
  public var size: Size
  public var target: LinkTarget
  /// A link area of a size to a target.
  public init(size: Size, target: LinkTarget) { self.size = size; self.target = target }
}
