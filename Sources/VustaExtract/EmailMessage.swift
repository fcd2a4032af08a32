import Foundation

/// A news item saved as an office e-mail: a forwarded message's header ("Từ: …", "Ngày: …",
/// "Tiêu đề: Fwd: …", "Đến: …"), a colleague's covering note ("Anh/chị xem tin dưới đây …"), the
/// article quoted ("> …") or after "---------- Forwarded message ---------" or "Nội dung tin:",
/// then a signature and a confidentiality footer. Only the article is read: the note is no lead
/// and the subject no headline.
enum EmailMessage {
  /// Header labels at a line's start, before a colon.
  static let headerLabels = ["từ", "from", "đến", "to", "cc", "ngày", "date", "sent", "gửi lúc", "tiêu đề", "chủ đề", "subject"]
  /// Of those, the ones only an e-mail's header has (a report's record has "Ngày:" too).
  static let mailOnlyLabels: Set<String> = ["từ", "from", "đến", "to", "cc", "tiêu đề", "chủ đề", "subject", "sent"]
  /// Header lines kept with the article: the day the message was sent.
  static let dateLabels: Set<String> = ["ngày", "date", "sent", "gửi lúc"]
  /// The labels a message's header cannot lack, in lower case, as bytes before a colon.
  static let cues: [[UInt8]] = ["từ", "from", "tiêu đề", "subject"].map { Array($0.utf8) }

  /// True when one of `cues` stands right before a colon in the text's first 2,000 bytes (one
  /// pass over the bytes: most pages are no e-mail).
  static func hasHeaderCue(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      let n = min(b.count, 2000)
      var i = 1
      while i < n {
        if b[i] == UInt8(ascii: ":") {
          for cue in cues where i >= cue.count {
            var k = 0
            while k < cue.count {
              let c = b[i - cue.count + k]
              if (c &- 65 < 26 ? c + 32 : c) != cue[k] { break }
              k += 1
            }
            if k == cue.count { return true }
          }
        }
        i += 1
      }
      return false
    }
  }

  /// A forwarded or replied message's marker line.
  static let markers = ["forwarded message", "original message", "thư được chuyển tiếp", "thư chuyển tiếp"]
  /// The label a message puts before the news it passes on.
  static let contentLabels = ["nội dung tin:", "nội dung:", "nội dung bài:", "tin gốc:"]
  /// Lines that open a signature: everything after them is the sender's.
  static let signatureOpeners = ["--", "trân trọng", "thân ái", "best regards", "regards"]

  /// The article of a saved e-mail (header date lines kept first), or nil when the text is no
  /// e-mail: at least two header lines among its first 30, two of them labels only a message has
  /// ("Từ:", "Tiêu đề:", "Subject:" …) or one with a forwarded message's marker.
  static func article(in text: String) -> String? {
    // (a cheap test first, on the bytes: a colon after "Từ", "From", "Tiêu đề" or "Subject" near
    // the top — Foundation's `contains` would cost more than the whole reading of a page)
    guard hasHeaderCue(text) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var headerLines: [Int] = []
    var mailOnly = 0
    for (i, line) in lines.prefix(30).enumerated() {
      guard let label = label(of: line) else { continue }
      headerLines.append(i)
      if mailOnlyLabels.contains(label) { mailOnly += 1 }
    }
    // (two labels only a message has — "Từ:" and "Tiêu đề:" —, or one and a forwarded message's
    // marker: a report's "Ngày: …" over "Từ: 8 giờ …" is no e-mail)
    let marked = lines.prefix(60).contains { l in markers.contains { l.lowercased().contains($0) } }
    guard headerLines.count >= 2, mailOnly >= 2 || (mailOnly >= 1 && marked) else { return nil }
    let dates = headerLines.filter { label(of: lines[$0]).map(dateLabels.contains) ?? false }.map { lines[$0] }
    // the quoted article: every line after "> ", nested quotes too
    let quoted = lines.filter { isQuoted($0) }
    if quoted.count >= 3 {
      return (dates + quoted.map(unquoted)).joined(separator: "\n")
    }
    // else the article starts after the last of the header, the marker and a content label
    // (the covering note between them is the colleague's), and ends at the signature
    let lower = lines.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var start = (headerLines.last ?? 0) + 1
    if let m = lower.indices.last(where: { i in i < 60 && markers.contains { lower[i].contains($0) } }) { start = max(start, m + 1) }
    if let c = lower.indices.first(where: { i in i >= start - 1 && contentLabels.contains { lower[i].hasPrefix($0) } }) {
      start = max(start, c + 1)
    }
    guard start < lines.count else { return nil }
    var end = lines.count
    if let s = lower.indices.first(where: { i in i > start + 2 && opensSignature(lower[i]) }) { end = s }
    return (dates + lines[start..<end]).joined(separator: "\n")
  }

  /// True when a (lower-cased, trimmed) line opens a signature: "--", "Trân trọng,", "Best regards".
  static func opensSignature(_ line: String) -> Bool {
    if line == "--" { return true }
    for opener in signatureOpeners where opener != "--" {
      if line == opener || line == opener + "," || line == opener + "!" { return true }
    }
    return false
  }

  /// The header label a line opens with ("Từ: …", "Tiêu đề: Fwd: …", "Từ: | …" from a table),
  /// lower-cased, or nil.
  static func label(of line: String) -> String? {
    let t = line.trimmingCharacters(in: .whitespaces)
    guard let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 10 else { return nil }
    let l = t[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
    return headerLabels.contains(l) ? l : nil
  }

  /// True when the line is quoted ("> …", ">> …", or a bare ">").
  static func isQuoted(_ line: String) -> Bool {
    line.drop { $0 == " " }.first == ">"
  }

  /// The line without its quote marks.
  static func unquoted(_ line: String) -> String {
    var s = Substring(line).drop { $0 == " " }
    while s.first == ">" { s = s.dropFirst().drop { $0 == " " } }
    return String(s)
  }
}
