//! Our own PNG writer: rows filtered (Sub or Up, whichever leaves smaller bytes, as libpng's
//! minimum-sum heuristic), deflated by libdeflate at a fast level, framed in CRC'd chunks.
//! Several times faster than cairo_surface_write_to_png (zlib level 6, no choice).

import CCairo
import CDeflate

/// Encodes Cairo image-surface pixels as PNG.
enum PNGEncoder {
  /// libdeflate level: 1 is fastest; charts are flat colour and compress well even so.
  static var level: Int32 = 2

  /// PNG bytes of an RGB24 (opaque, colour type 2) or ARGB32 (colour type 6) surface,
  /// with a pHYs chunk for `dpi`.
  static func encode(surface: OpaquePointer, dpi: Double) -> [UInt8] {
    cairo_surface_flush(surface)
    let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let alpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
    let bpp = alpha ? 4 : 3
    let rowBytes = w * bpp
    let data = UnsafePointer(cairo_image_surface_get_data(surface)!)
    var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * h)
    var prev = [UInt8](repeating: 0, count: rowBytes)
    var cur = [UInt8](repeating: 0, count: rowBytes)
    raw.withUnsafeMutableBufferPointer { out in
      prev.withUnsafeMutableBufferPointer { pv in
        cur.withUnsafeMutableBufferPointer { cv in
          var p = pv.baseAddress!, c = cv.baseAddress!
          for y in 0..<h {
            unpack(data + y * stride, into: c, width: w, alpha: alpha)
            let dst = out.baseAddress! + y * (rowBytes + 1)
            filter(c, prev: p, count: rowBytes, bpp: bpp, first: y == 0, into: dst)
            swap(&p, &c)
          }
        }
      }
    }
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var ihdr = be32(UInt32(w)) + be32(UInt32(h))
    ihdr += [8, alpha ? 6 : 2, 0, 0, 0]
    chunk("IHDR", ihdr, into: &png)
    let ppm = UInt32((dpi / 0.0254).rounded())
    chunk("pHYs", be32(ppm) + be32(ppm) + [1], into: &png)
    chunk("IDAT", deflate(raw), into: &png)
    chunk("IEND", [], into: &png)
    return png
  }

  /// Native-endian 0xAARRGGBB pixels → R, G, B (, A) bytes, un-premultiplying alpha.
  private static func unpack(_ src: UnsafePointer<UInt8>, into dst: UnsafeMutablePointer<UInt8>, width: Int,
                             alpha: Bool) {
    src.withMemoryRebound(to: UInt32.self, capacity: width) { px in
      if alpha {
        for x in 0..<width {
          let v = px[x], a = v >> 24
          var r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF
          if a != 0 && a != 255 { r = r * 255 / a; g = g * 255 / a; b = b * 255 / a }
          let o = x * 4
          dst[o] = UInt8(truncatingIfNeeded: r); dst[o + 1] = UInt8(truncatingIfNeeded: g)
          dst[o + 2] = UInt8(truncatingIfNeeded: b); dst[o + 3] = UInt8(truncatingIfNeeded: a)
        }
      } else {
        for x in 0..<width {
          let v = px[x], o = x * 3
          dst[o] = UInt8(truncatingIfNeeded: v >> 16); dst[o + 1] = UInt8(truncatingIfNeeded: v >> 8)
          dst[o + 2] = UInt8(truncatingIfNeeded: v)
        }
      }
    }
  }

  /// Writes the filter byte and the filtered row: Up when the row repeats or Up's sum is
  /// smaller, else Sub.
  private static func filter(_ c: UnsafeMutablePointer<UInt8>, prev p: UnsafeMutablePointer<UInt8>, count n: Int,
                             bpp: Int, first: Bool, into dst: UnsafeMutablePointer<UInt8>) {
    let body = dst + 1
    if !first && memcmp(c, p, n) == 0 {
      dst[0] = 2
      body.initialize(repeating: 0, count: n)
      return
    }
    var sumSub = 0, sumUp = first ? Int.max : 0
    for i in 0..<n {
      let s = c[i] &- (i >= bpp ? c[i - bpp] : 0)
      sumSub += Int(Int(Int8(bitPattern: s)).magnitude)
      if !first { sumUp += Int(Int(Int8(bitPattern: c[i] &- p[i])).magnitude) }
    }
    if sumUp < sumSub {
      dst[0] = 2
      for i in 0..<n { body[i] = c[i] &- p[i] }
    } else {
      dst[0] = 1
      for i in 0..<min(bpp, n) { body[i] = c[i] }
      if n > bpp { for i in bpp..<n { body[i] = c[i] &- c[i - bpp] } }
    }
  }

  /// A zlib stream of the bytes, by libdeflate.
  private static func deflate(_ raw: [UInt8]) -> [UInt8] {
    guard let comp = libdeflate_alloc_compressor(level) else { fatalError("libdeflate: out of memory") }
    defer { libdeflate_free_compressor(comp) }
    let bound = libdeflate_zlib_compress_bound(comp, raw.count)
    var out = [UInt8](repeating: 0, count: bound)
    let n = raw.withUnsafeBytes { r in
      out.withUnsafeMutableBytes { o in
        libdeflate_zlib_compress(comp, r.baseAddress, raw.count, o.baseAddress, bound)
      }
    }
    out.removeSubrange(n...)
    return out
  }

  private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
    let typeBytes = Array(type.utf8)
    png += be32(UInt32(data.count))
    var crc = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, 4) }
    crc = data.withUnsafeBytes { libdeflate_crc32(crc, $0.baseAddress, data.count) }
    png += typeBytes + data + be32(crc)
  }

  private static func be32(_ v: UInt32) -> [UInt8] {
    [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
  }
}

import Foundation
