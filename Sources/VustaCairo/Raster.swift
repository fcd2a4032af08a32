//! Pixels read back from a PNG, for golden-image comparison and inspection.

import CCairo

/// An RGBA image, 8 bits per channel, rows top to bottom.
public struct Raster: Equatable, Sendable {
  public var width: Int
  public var height: Int
  /// width × height × 4 bytes: R, G, B, A (not premultiplied for opaque pixels).
  public var rgba: [UInt8]

  /// Decodes a PNG file's bytes; nil when they are not a readable PNG.
  public init?(png: [UInt8]) {
    guard let s = decodePNGSurface(png) else { return nil }
    defer { cairo_surface_destroy(s) }
    cairo_surface_flush(s)
    width = Int(cairo_image_surface_get_width(s))
    height = Int(cairo_image_surface_get_height(s))
    let stride = Int(cairo_image_surface_get_stride(s))
    guard let data = cairo_image_surface_get_data(s) else { return nil }
    var out = [UInt8](repeating: 0, count: width * height * 4)
    for y in 0..<height {
      let row = data + y * stride
      for x in 0..<width {
        let p = (row + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let o = (y * width + x) * 4
        out[o] = UInt8((p >> 16) & 0xFF); out[o + 1] = UInt8((p >> 8) & 0xFF)
        out[o + 2] = UInt8(p & 0xFF); out[o + 3] = UInt8(p >> 24)
      }
    }
    rgba = out
  }

  /// The share of pixels whose channels differ from `other`'s by more than `threshold`
  /// (1.0 when the sizes differ).
  public func differingFraction(from other: Raster, threshold: Int = 48) -> Double {
    guard width == other.width, height == other.height else { return 1 }
    var n = 0
    for i in stride(from: 0, to: rgba.count, by: 4) {
      for c in 0..<4 where abs(Int(rgba[i + c]) - Int(other.rgba[i + c])) > threshold { n += 1; break }
    }
    return Double(n) / Double(max(1, width * height))
  }
}
