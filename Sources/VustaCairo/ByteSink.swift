//! Collecting what a Cairo stream surface writes, and reading PNG bytes back into Cairo.

import CCairo

/// A growing byte buffer that Cairo's stream surfaces write into.
final class ByteSink {
  var bytes: [UInt8] = []
  init() { bytes.reserveCapacity(64 * 1024) }

  /// The C callback for cairo_*_surface_create_for_stream; `closure` is an unretained ByteSink.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}

/// A cursor over PNG bytes for cairo_image_surface_create_from_png_stream.
private final class ByteSource {
  let bytes: [UInt8]
  var offset = 0
  init(_ b: [UInt8]) { bytes = b }
  static let read: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let src = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    let n = Int(length)
    guard src.offset + n <= src.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    src.bytes.withUnsafeBufferPointer { buf in
      data.update(from: buf.baseAddress! + src.offset, count: n)
    }
    src.offset += n
    return CAIRO_STATUS_SUCCESS
  }
}

/// Decodes PNG bytes into a Cairo image surface (nil when they are not a PNG).
func decodePNGSurface(_ png: [UInt8]) -> OpaquePointer? {
  let src = ByteSource(png)
  let s = withExtendedLifetime(src) {
    cairo_image_surface_create_from_png_stream(ByteSource.read, Unmanaged.passUnretained(src).toOpaque())
  }
  guard let s, cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
    if let s { cairo_surface_destroy(s) }
    return nil
  }
  return s
}
