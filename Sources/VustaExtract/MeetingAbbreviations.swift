/// The short forms a clerk writes for a meeting's noun: "HN" for hội nghị, "HT" for hội thảo,
/// "ĐH" for đại hội ("LHH tổ chức HN BCH lần thứ X", "Dự HT: …", "ĐH đại biểu LHH tỉnh …").
///
/// Each is read as the noun's two words only where the words around it say a meeting is meant,
/// since the same letters name other things: "HN" Hà Nội, "tỉnh HT" Hà Tĩnh, "Trường ĐH",
/// "ĐH Cần Thơ" a university, "Ảnh: HT" a photographer. A short form stands for its noun when
/// it follows a verb of holding or attending ("tổ chức HN", "dự HT", "khai mạc ĐH", "Quang cảnh
/// HN"), or when what follows goes on in lower case or with a body's short name ("HN điển hình
/// tiên tiến", "HT khoa học", "ĐH lần thứ V", "HN BCH", "ĐH LHH"); never after "tỉnh", "TP",
/// "Trường", "CĐ" or a photo credit, nor before a capitalised name ("ĐH Quốc gia").
enum MeetingAbbreviations {
  /// The short forms (folded) and the words they stand for.
  static let forms: [UInt64: (UInt64, UInt64)] = [
    Phrase.hash("hn"): (Phrase.hash("hoi"), Phrase.hash("nghi")),
    Phrase.hash("ht"): (Phrase.hash("hoi"), Phrase.hash("thao")),
    Phrase.hash("dh"): (Phrase.hash("dai"), Phrase.hash("hoi")),
  ]

  /// Words before a short form that make it a meeting: "tổ chức", "dự", "khai mạc", "bế mạc",
  /// "Quang cảnh", "chủ trì", "tham dự".
  static let holdingBefore = WordSet(["chuc", "du", "mac", "canh", "tri"].map(Phrase.hash))
  /// Words before a short form that make it something else: a province ("tỉnh HT", "TP HN"), a
  /// school ("Trường ĐH", "CĐ, ĐH"), a photo credit ("Ảnh: HT").
  static let otherBefore = WordSet(["tinh", "tp", "pho", "truong", "cd", "anh", "vien", "ha"].map(Phrase.hash))
  /// Short names of bodies that may follow a meeting's short form ("HN BCH", "ĐH LHH").
  static let bodiesAfter = WordSet(["bch", "btv", "lhh", "nk", "lhhvn"].map(Phrase.hash))

  /// True when the token at `k` (a short form in capitals) stands for a meeting's noun.
  static func standsForMeeting(_ tokens: [Token], _ k: Int) -> Bool {
    let prev = k >= 1 ? tokens[k - 1] : nil
    if let p = prev, otherBefore.contains(p.hash) { return false }
    let next = k + 1 < tokens.count ? tokens[k + 1] : nil
    if let n = next, n.isCap, !(n.isAllCaps && bodiesAfter.contains(n.hash)), n.gap == 0 { return false }
    if let p = prev, holdingBefore.contains(p.hash), tokens[k].gap == 0 || tokens[k].gap == UInt8(ascii: ":") {
      return true
    }
    guard let n = next, n.gap == 0 else { return false }
    return !n.isCap || bodiesAfter.contains(n.hash)
  }

  /// The tokens with each short form that stands for a meeting written as its noun's two words:
  /// the first spans the short form as written, the second is empty at its end.
  static func expand(_ tokens: [Token]) -> [Token] {
    var out: [Token] = []
    out.reserveCapacity(tokens.count + 4)
    for (k, t) in tokens.enumerated() {
      guard t.isAllCaps, t.end - t.start == 2, let (a, b) = forms[t.hash], standsForMeeting(tokens, k) else {
        out.append(t)
        continue
      }
      out.append(Token(start: t.start, end: t.end, hash: a, gap: t.gap, spaced: t.spaced, isCap: true, isAllCaps: false,
                       isNumber: false))
      out.append(Token(start: t.end, end: t.end, hash: b, gap: 0, spaced: true, isCap: false, isAllCaps: false,
                       isNumber: false))
    }
    return out
  }
}
