//! The display list: a finished layout with items at fixed positions (Typst's Frame).

/// One thing to draw, positioned by the `Positioned` that holds it.
public enum FrameItem: Hashable, Sendable, Codable {
  /// A sub-frame, transformed and optionally clipped.
  case group(Group)
  /// One line of shaped text; its position is the baseline's left end.
  case text(TextRun)
  /// A filled and/or stroked path; its coordinates are relative to the position.
  case shape(Shape)
  /// A raster image; the position is its top-left corner.
  case image(ImageItem)
  /// A clickable area; the position is its top-left corner.
  case link(Link)
  /// A named destination (for links and bookmarks) at the position.
  case anchor(String)
  /// A bookmark entry; position is ignored.
  case outline(OutlineEntry)
  /// A sub-frame that is one element of the logical structure (heading, table, figure…).
  case tagged(StructureTag, Frame)
}

/// An item and where it sits in its frame.
public struct Positioned: Hashable, Sendable, Codable {
  public var position: Point
  public var item: FrameItem
  /// An item at a position.
  public init(_ position: Point, _ item: FrameItem) { self.position = position; self.item = item }
}

/// A sub-frame drawn under a transform (applied after moving to the item position),
/// clipped to its own bounds when `clip` is set, or to `clipPath` when given.
public struct Group: Hashable, Sendable, Codable {
  public var frame: Frame
  public var transform: Transform
  public var clip: Bool
  /// A clip outline in the group's coordinates, used instead of the frame bounds.
  public var clipPath: Path?
  /// A group of a frame, optionally transformed and clipped.
  public init(frame: Frame, transform: Transform = .identity, clip: Bool = false, clipPath: Path? = nil) {
    self.frame = frame; self.transform = transform; self.clip = clip; self.clipPath = clipPath
  }
}

/// A finished layout: a size and the items drawn in it, in painting order (later on top).
/// Coordinates are points from the top-left corner, y down.
public struct Frame: Hashable, Sendable, Codable {
  public var size: Size
  public var items: [Positioned]
  /// An empty frame of a size.
  public init(size: Size, items: [Positioned] = []) { self.size = size; self.items = items }

  /// Adds an item at a position (on top of what is there).
  public mutating func add(_ item: FrameItem, at position: Point = .zero) {
    items.append(Positioned(position, item))
  }
  /// Adds a shape whose path is already in frame coordinates.
  public mutating func add(_ shape: Shape) { add(.shape(shape)) }
  /// Adds a text run with its baseline's left end at `baseline`.
  public mutating func add(_ run: TextRun, baseline: Point) { add(.text(run), at: baseline) }
  /// Places another frame at a position, optionally transformed and clipped.
  public mutating func place(_ frame: Frame, at position: Point, transform: Transform = .identity,
                             clip: Bool = false) {
    add(.group(Group(frame: frame, transform: transform, clip: clip)), at: position)
  }
}

/// One page of a document: its size is its frame's size, in points.
public struct Page: Hashable, Sendable, Codable {
  public var frame: Frame
  /// Paper colour drawn under the frame; nil leaves the page transparent (PNG) or white.
  public var fill: Color?
  /// A page holding a frame.
  public init(frame: Frame, fill: Color? = .white) { self.frame = frame; self.fill = fill }
  /// The page size in points.
  public var size: Size { frame.size }
}

/// What a document says about itself (PDF metadata, SVG title).
public struct DocumentInfo: Hashable, Sendable, Codable {
  public var title: String?
  public var subject: String?
  public var author: String?
  public var keywords: String?
  /// The program that made it, e.g. "vusta 0.1".
  public var creator: String?
  /// Creation time in seconds since 1970 (UTC); fixed from the data or SOURCE_DATE_EPOCH so
  /// the same input gives the same bytes. Nil writes a fixed date, never the clock.
  public var created: Int64?
  /// Document information from its parts.
  public init(title: String? = nil, subject: String? = nil, author: String? = nil,
              keywords: String? = nil, creator: String? = nil, created: Int64? = nil) {
    self.title = title; self.subject = subject; self.author = author
    self.keywords = keywords; self.creator = creator; self.created = created
  }
}
