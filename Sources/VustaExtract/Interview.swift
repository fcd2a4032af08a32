/// An interview's lines: the reporter's questions ("Phóng viên (PV): Thưa ông, Hội nghị … được tổ
/// chức khi nào?") report nothing held; the official's answers ("— Ông Nguyễn Văn A: Ngày
/// 14/10/2021, Liên hiệp Hội đã tổ chức Hội thảo …") report as a lead does, after the speaker's
/// name.
enum Interview {
  /// Labels of the reporter's lines.
  static let reporterLabels: [Phrase] = ["pv", "phong vien", "phong vien pv", "nha bao", "reporter"].phrases

  /// True when the sentence asks (it ends with a question mark) or its line is the reporter's
  /// (the line's first sentence opens with a reporter's label and a colon).
  static func isQuestion(_ s: AnalyzedSentence, in sentences: [AnalyzedSentence]) -> Bool {
    if MainText.closingMark(s.text) == "?" { return true }
    guard !s.isTitle else { return false }
    var first = s.index
    while first > 0, first - 1 < sentences.count, sentences[first - 1].line == s.line { first -= 1 }
    guard first < sentences.count else { return false }
    return opensWithReporter(sentences[first].text)
  }

  /// True when the text opens with a reporter's label and a colon: "PV:", "Phóng viên (PV):".
  static func opensWithReporter(_ f: FoldedText) -> Bool {
    reporterLabels.contains { p in
      f.matches(p, at: 0) && p.count < f.tokens.count && f.tokens[p.count].gap == UInt8(ascii: ":")
    }
  }

  /// The line that follows the lead as its second paragraph: the first answer (line 3) when the
  /// lead's next line is the reporter's question, line 2 otherwise.
  static func secondParagraph(in sentences: [AnalyzedSentence]) -> Int {
    guard let q = sentences.first(where: { $0.line == 2 }), opensWithReporter(q.text) else { return 2 }
    return 3
  }

  /// Where an answer's words begin: after the speaker's name and its colon, within the first
  /// eight words — a line opening with a dash ("— Ông Nguyễn Văn Phát: Ngày 14/10/2021, …") or
  /// with a speaker's title and a capitalised name ("Ông Phạm Văn Tân: Ngày 27/3/2019, …",
  /// "TS. Lê Văn A: …"); else 0.
  static func answerStart(_ f: FoldedText) -> Int {
    guard let first = f.scalars.first else { return 0 }
    if "—–-".unicodeScalars.contains(first) {
      return (1..<min(f.tokens.count, 9)).first { f.tokens[$0].gap == UInt8(ascii: ":") } ?? 0
    }
    guard f.tokens.count > 2, f.tokens[0].isCap, speakerTitles.contains(f.tokens[0].hash),
      let colon = (2..<min(f.tokens.count, 9)).first(where: { f.tokens[$0].gap == UInt8(ascii: ":") }),
      (1..<colon).allSatisfy({ f.tokens[$0].isCap })
    else { return 0 }
    return colon
  }

  /// Words a speaker's label opens with: "Ông", "Bà", "TS.", "PGS.TS", "GS", "ThS." …
  static let speakerTitles = WordSet(["ong", "ba", "ts", "ths", "pgs", "gs", "tskh", "bs", "ks"].map(Phrase.hash))
}
