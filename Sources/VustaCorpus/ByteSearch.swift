/// Byte searches for the corpus reader.
enum ByteSearch {
  /// True when the lower-case ASCII `needle` occurs in the bytes, ASCII letters compared
  /// without regard to case.
  static func containsLowered(_ b: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard b.count >= needle.count, let first = needle.first else { return false }
    var i = 0
    while i + needle.count <= b.count {
      if b[i] == first {
        var k = 1
        while k < needle.count, (b[i + k] &- 65 < 26 ? b[i + k] + 32 : b[i + k]) == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
