#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Searching UTF-8 bytes for an ASCII needle, without Foundation (its `contains` and
/// `range(of:)` cost a twentieth of reading a saved page): slugs in host names and datelines,
/// the `<html` of a page saved without its extension; and for one byte with the C library's
/// `memchr`, which reads many bytes a step — the readers ask "is there a NUL, a bar, a line
/// break?" of every page, and a byte-by-byte loop spent more on those questions than on what
/// follows them.
public enum ByteSearch {
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

  /// True when `needle` occurs in `haystack`; with `ignoringASCIICase`, ASCII capitals of the
  /// haystack match the needle's lower-case letters (the needle is given in lower case).
  public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                              ignoringASCIICase: Bool = false) -> Bool {
    firstIndex(of: needle, in: haystack, ignoringASCIICase: ignoringASCIICase) != nil
  }

  /// Where `needle` first starts in `haystack` (an index of `haystack`, which may be a rebased
  /// slice), nil when it does not occur; case as in `contains`.
  public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                ignoringASCIICase: Bool = false) -> Int? {
    guard let first = needle.first else { return 0 }
    guard needle.count <= haystack.count else { return nil }
    @inline(__always) func byte(_ k: Int) -> UInt8 {
      let b = haystack[k]
      return ignoringASCIICase && b &- 65 < 26 ? b + 32 : b
    }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if byte(i) == first {
        var k = 1
        while k < needle.count, byte(i + k) == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// `contains` for a haystack in an array and a needle in a string.
  public static func contains(_ haystack: [UInt8], _ needle: String, ignoringASCIICase: Bool = false) -> Bool {
    var needle = needle
    return needle.withUTF8 { n in
      haystack.withUnsafeBufferPointer { contains($0, n, ignoringASCIICase: ignoringASCIICase) }
    }
  }
}
