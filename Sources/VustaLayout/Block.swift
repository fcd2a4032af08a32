//! The flowable contract: a block lays out the part of itself that fits a region and hands
//! back what is left (Typst's "frame plus spill", ReportLab's wrap + split as one pure call).

import VustaFrame

/// The space a block may fill: the content width and the height left on the current page.
public struct Region: Hashable, Sendable {
  public var width: Double
  public var height: Double
  /// True when nothing has been placed above on this page: a block that cannot place
  /// anything here never will, so it must throw instead of waiting for the next page.
  public var isFresh: Bool
  /// A region of a size; `isFresh` says whether it is the top of an empty page area.
  public init(width: Double, height: Double, isFresh: Bool) {
    self.width = width; self.height = height; self.isFresh = isFresh
  }
}

/// What a block's layout gives back: the part that fits (its frame, as tall as it is) and the
/// rest for the next region, if any. A layout that placed nothing has an empty frame and
/// the whole block as its rest.
public struct BlockLayout {
  public var frame: Frame
  public var rest: (any Block)?
  /// True when nothing was placed (the block waits for the next page).
  public var placedNothing: Bool
  /// The part that fits and what is left.
  public init(frame: Frame, rest: (any Block)? = nil) {
    self.frame = frame; self.rest = rest; placedNothing = false
  }
  /// Nothing of `block` fits this region; try it again on the next page.
  public static func nothing(_ block: any Block) -> BlockLayout {
    var l = BlockLayout(frame: Frame(size: Size(0, 0)), rest: block)
    l.placedNothing = true
    return l
  }
}

/// A piece of a document that lays itself out into a region, possibly across several.
///
/// `layout(in:_:)` is pure: the same region and context give the same answer, and nothing
/// changes. If nothing fits a fresh (empty) region it throws `LayoutError`, so pagination
/// can never loop.
public protocol Block {
  /// Lays out what fits in `region`; returns it and the rest.
  /// - Throws: `LayoutError.doesNotFit` when the region is fresh and nothing fits.
  func layout(in region: Region, _ context: LayoutContext) throws -> BlockLayout
  /// True when the block must share its page with the start of the next one (headings).
  var keepWithNext: Bool { get }
  /// Space above the block, dropped at the top of a page.
  var spaceBefore: Double { get }
}

// MARK: - Default implementations

extension Block {
  public var keepWithNext: Bool { false }
  public var spaceBefore: Double { 0 }
}

/// What every block's layout may read: how text is measured and the document's styles.
public struct LayoutContext {
  public let measurer: TextMeasurer
  public var style: DocumentStyle
  /// A context over a measurer and a style.
  public init(measurer: TextMeasurer, style: DocumentStyle = DocumentStyle()) {
    self.measurer = measurer; self.style = style
  }
}

/// Why a document cannot be laid out.
public enum LayoutError: Error, CustomStringConvertible, Equatable {
  /// A block (named) does not fit even an empty page area of this size.
  case doesNotFit(String, width: Double, height: Double)
  /// A page template name that no template has.
  case unknownPageTemplate(String)

  public var description: String {
    switch self {
    case let .doesNotFit(what, w, h):
      return "\(what) không vừa một trang trống (\(Int(w))×\(Int(h)) pt) (does not fit an empty page)"
    case let .unknownPageTemplate(n):
      return "không có mẫu trang \"\(n)\" (unknown page template)"
    }
  }
}
