/// A speech published as news ("Diễn văn khai mạc …", "Phát biểu của đồng chí Chủ tịch …"):
/// its lines that address the hall and the editor's note in brackets above it.
enum Speech {
  /// Words that open an address to the hall: "Kính thưa …", "Thưa …", "Kính gửi …".
  static let addressWords: [Phrase] = ["kinh thua", "thua", "kinh gui", "dear"].phrases

  /// True when the line only addresses the hall — "Kính thưa các vị đại biểu, thưa các nhà khoa
  /// học!", "Thưa các đồng chí phóng viên, thưa các vị khách quý!": it opens with words of
  /// address and ends with "!" (or ",", ":") without a full stop inside. Such a line reports
  /// nothing; "Thưa quý vị, đất nước đang bước vào …." goes on to say something and is kept.
  static func isSalutation(_ f: FoldedText) -> Bool {
    guard addressWords.contains(where: { f.matches($0, at: 0) }), let last = MainText.closingMark(f),
      last == "!" || last == "," || last == ":"
    else { return false }
    return !f.tokens.dropFirst().contains { $0.gap == UInt8(ascii: ".") || $0.gap == UInt8(ascii: "?") }
  }

  /// True when the sentences of paragraph `line` make one note in brackets — "(Ban biên tập: …;
  /// dưới đây là bài phát biểu khai mạc.)": the editor's words about the speech under them,
  /// not the article's lead.
  static func isEditorsNote(line: Int, in sentences: [AnalyzedSentence]) -> Bool {
    guard let first = sentences.first(where: { $0.line == line }), let last = sentences.last(where: { $0.line == line }),
      first.text.scalars.first == "(", let end = last.text.scalars.last(where: { $0 != " " })
    else { return false }
    return end == ")" || (end == "." && last.text.scalars.dropLast().last(where: { $0 != " " }) == ")")
  }
}
