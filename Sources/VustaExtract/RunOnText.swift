/// A page pasted as one run of text, its line breaks lost (copied from a PDF viewer, a chat app,
/// a web view): "… Khoa học - Công nghệ Liên hiệp các hội … kỷ niệm 20 năm ngày thành lập 06:33,
/// 29/06/2016 [GMT+7] Trải qua 4 kỳ đại hội …". The posting stamp inside it — a time and a full
/// date side by side — parts the headline before it from the body after it, as the page showed
/// them, so that the headline is a title and the stamp the posting date.
enum RunOnText {
  /// Lines a run-on text has at most, and the bytes its long line has at least.
  static let maxLines = 3
  static let minRun = 1000
  /// How far into the run the stamp may stand (past a headline and a site's menu).
  static let stampWithin = 800

  /// The text with the headline, the stamp and the body on lines of their own; nil when the text
  /// is no run-on (more lines, none long, no stamp near the start of the long one).
  static func split(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { b -> String? in
      var newlines = 0
      var longest = (start: 0, end: 0)
      var start = 0
      for i in 0...b.count {
        guard i == b.count || b[i] == 0x0A else { continue }
        if i < b.count {
          newlines += 1
          if newlines > maxLines { return nil }
        }
        if i - start > longest.end - longest.start { longest = (start, i) }
        start = i + 1
      }
      guard longest.end - longest.start >= minRun,
        let (from, to) = stamp(in: b, from: longest.start, to: min(longest.end, longest.start + stampWithin)),
        from > longest.start + 10
      else { return nil }
      var out = Array(b[0..<from])
      while out.last == 0x20 { out.removeLast() }
      out.append(0x0A)
      out.append(contentsOf: b[from..<to])
      out.append(0x0A)
      var rest = to
      while rest < b.count, b[rest] == 0x20 { rest += 1 }
      out.append(contentsOf: b[rest..<b.count])
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The first posting stamp in `b[from..<to]`: "06:33, 29/06/2016" or "11/11/2021 10:48", with a
  /// time zone after it ("[GMT+7]", "(GMT+7)") taken along; its byte range.
  static func stamp(in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (Int, Int)? {
    var i = from
    while i < to {
      // (not a clock after a weekday, "Thứ Năm,18/07/2024 01:56": the day the page was seen)
      if let t = time(b, i), let d = date(b, skipping(b, t)) {
        if !afterWeekday(b, i) { return (i, zone(b, d)) }
      } else if let d = date(b, i), i == from || !isDigit(b[i - 1]), let t = time(b, skipping(b, d)) {
        if !afterWeekday(b, i) { return (i, zone(b, t)) }
      }
      i += 1
    }
    return nil
  }

  /// True when a weekday's name ("Thứ …", "Chủ nhật") stands in the 16 bytes before `i`.
  static func afterWeekday(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let before = String(decoding: b[max(0, i - 16)..<i], as: UTF8.self)
    return before.contains("Thứ ") || before.contains("Chủ nhật") || before.contains("Chủ Nhật")
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

  /// Past a comma and spaces, or " - ".
  static func skipping(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var k = i
    while k < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "|") { k += 1 }
    return k
  }

  /// "06:33" (one or two digits, a colon, two digits) at `i`, not inside a longer number: its end.
  static func time(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    guard i < b.count, isDigit(b[i]), i == 0 || !isDigit(b[i - 1]) else { return nil }
    var k = i + 1
    if k < b.count, isDigit(b[k]) { k += 1 }
    guard k + 2 < b.count, b[k] == UInt8(ascii: ":"), isDigit(b[k + 1]), isDigit(b[k + 2]) else { return nil }
    let end = k + 3
    return end < b.count && isDigit(b[end]) ? nil : end
  }

  /// "29/06/2016" (a day, a month, a four-digit year, with "/" or "-") at `i`: its end.
  static func date(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    var k = i
    for part in 0..<3 {
      let first = k
      while k < b.count, isDigit(b[k]) { k += 1 }
      let digits = k - first
      guard part < 2 ? (1...2).contains(digits) : digits == 4 else { return nil }
      if part < 2 {
        guard k < b.count, b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-") else { return nil }
        k += 1
      }
    }
    return k
  }

  /// The end of a time zone right after the stamp ("[GMT+7]", "(GMT+7)"), else `end`.
  static func zone(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
    var k = end
    while k < b.count, b[k] == 0x20 { k += 1 }
    guard k < b.count, b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "(") else { return end }
    var e = k + 1
    while e < b.count, e - k < 12, b[e] != UInt8(ascii: "]"), b[e] != UInt8(ascii: ")") { e += 1 }
    guard e < b.count, e - k < 12, b[k + 1] == UInt8(ascii: "G") else { return end }
    return e + 1
  }
}
