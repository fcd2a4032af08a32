//! Raster images placed in a frame.

/// An encoded raster image (PNG bytes) drawn scaled into a box of `size` points.
public struct ImageItem: Hashable, Sendable, Codable {
  /// The PNG file's bytes.
  public var png: [UInt8]
  /// The box the image fills, in points, from the item position (top-left).
  public var size: Size
  /// Text for readers who cannot see the picture.
  public var alt: String?
  /// An image from PNG bytes drawn into a box.
  public init(png: [UInt8], size: Size, alt: String? = nil) {
    self.png = png; self.size = size; self.alt = alt
  }
}
