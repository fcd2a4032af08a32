#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding one byte in a buffer with the C library's `memchr`, which reads many bytes a step:
/// the readers ask "is there a NUL, a bar, a line break?" of every page, and a byte-by-byte loop
/// in Swift spent more on those questions than on what follows them.
public enum ByteScan {
  /// The offset of the first `byte` at or after `from`, nil when there is none.
  @inline(__always)
  public static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    guard from < b.count, let base = b.baseAddress else { return nil }
    guard let p = memchr(base + from, Int32(byte), b.count - from) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
  }

  /// True when `byte` occurs in the buffer.
  @inline(__always)
  public static func contains(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>) -> Bool {
    firstIndex(of: byte, in: b) != nil
  }
}
