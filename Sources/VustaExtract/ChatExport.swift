import Foundation

/// A news item passed on in a chat group (Zalo, Messenger, WhatsApp) and exported as text: each
/// message opens with its stamp and sender ("[08:12, 14/03/2023] Chị Hoa VP: …", "[14/03/2023
/// 08:12] Tuấn: …", "14/03/2023, 08:12 - Tuấn: …"), the article forwarded as one message of many
/// lines among short replies, reactions, stickers and files. Only the article is read: the
/// chat's stamps are the days it was passed on, never the page's posting day or the meeting's.
enum ChatExport {
  /// The article of a chat export — the longest message, its stamp and sender taken off its
  /// first line, a link preview ("🔗 …") dropped — or nil when the text is no chat export: at
  /// least three stamped lines, the first among the text's first five lines, and a message of
  /// two lines or more.
  static func article(in text: String) -> String? {
    var text = text
    // (a cheap test first on the bytes: the text's first non-blank byte opens a stamp, "[" or
    // a digit — most pages open otherwise)
    let opens: Bool = text.withUTF8 { b in
      var i = 0
      while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 || b[i] == 0xEF || b[i] == 0xBB || b[i] == 0xBF { i += 1 }
      return i < b.count && (b[i] == UInt8(ascii: "[") || (b[i] >= 0x30 && b[i] <= 0x39))
    }
    // (the first stamp among the first five lines, looked for before the whole text is cut up)
    guard opens, text.split(separator: "\n", maxSplits: 5, omittingEmptySubsequences: false).prefix(5).contains(where: { messageBody($0) != nil })
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var starts: [(line: Int, body: Substring)] = []
    for (i, line) in lines.enumerated() {
      if let body = messageBody(line) { starts.append((i, body)) }
    }
    guard starts.count >= 3, let first = starts.first, first.line < 5 else { return nil }
    // each message: its first line's text, then the lines up to the next stamp
    var best: (lines: [Substring], bytes: Int)? = nil
    for (k, s) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1].line : lines.count
      let body = [s.body] + lines[(s.line + 1)..<end].filter { !$0.hasPrefix("🔗") }
      let bytes = body.reduce(0) { $0 + $1.utf8.count }
      if body.filter({ !$0.allSatisfy(\.isWhitespace) }).count >= 2, bytes > (best?.bytes ?? 0) { best = (body, bytes) }
    }
    guard let article = best else { return nil }
    return article.lines.joined(separator: "\n")
  }

  /// The text after a message's stamp and sender ("[08:12, 14/03/2023] Chị Hoa VP: " or
  /// "14/03/2023, 08:12 - Chị Hoa VP: "), nil for a line that opens no message. The stamp holds
  /// a date (two slashes) and a time (a colon); the sender is up to 40 characters before ": ".
  static func messageBody(_ line: Substring) -> Substring? {
    var rest: Substring
    if line.first == "[" {
      guard let close = line.prefix(32).firstIndex(of: "]") else { return nil }
      let stamp = line[line.index(after: line.startIndex)..<close]
      guard isStamp(stamp) else { return nil }
      rest = line[line.index(after: close)...]
    } else {
      // "14/03/2023, 08:12 - Tuấn: …"
      guard line.first?.isNumber == true, let dash = line.prefix(28).range(of: " - ") else { return nil }
      guard isStamp(line[..<dash.lowerBound]) else { return nil }
      rest = line[dash.upperBound...]
    }
    rest = rest.drop { $0 == " " }
    guard let colon = rest.prefix(42).range(of: ": ") else {
      // a message without a sender's colon ("[08:31, 25/01/2016] Thảo Vy [Sticker]") opens one too
      return rest.isEmpty ? nil : rest
    }
    return rest[colon.upperBound...]
  }

  /// True for a chat stamp: a date written with two slashes and a time of day, nothing else but
  /// spaces and commas ("08:12, 14/03/2023", "14/03/2023 08:12:05").
  static func isStamp(_ s: Substring) -> Bool {
    let slashes = s.filter { $0 == "/" }.count
    let colons = s.filter { $0 == ":" }.count
    return slashes == 2 && (1...2).contains(colons) && s.count <= 24
      && s.allSatisfy { $0.isNumber || $0 == "/" || $0 == ":" || $0 == "," || $0 == " " || $0 == "-" || $0 == "." }
  }
}
