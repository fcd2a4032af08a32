/// The short forms a clerk writes for a meeting's noun: "HN" for hội nghị, "HT" for hội thảo,
/// "ĐH" for đại hội ("LHH tổ chức HN BCH lần thứ X", "Dự HT: …", "ĐH đại biểu LHH tỉnh …").
///
/// Each is read as the noun's two words only where the words around it say a meeting is meant,
/// since the same letters name other things: "HN" Hà Nội, "tỉnh HT" Hà Tĩnh, "Trường ĐH",
/// "ĐH Cần Thơ" a university, "Ảnh: HT" a photographer. A short form stands for its noun when
/// it follows a verb of holding or attending ("tổ chức HN", "dự HT", "khai mạc ĐH", "Quang cảnh
/// HN"), or when a word that goes with a meeting's noun follows, or a body's short name ("HN điển
/// hình tiên tiến", "HT khoa học", "ĐH lần thứ V", "HN BCH", "ĐH LHH"); never after "tỉnh", "TP",
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
  /// Words before a short form that make it something else: a province ("tỉnh HT", "TP HN",
  /// "thành phố HN"), a school ("Trường ĐH", "CĐ, ĐH", "Viện, ĐH"), a photo credit ("Ảnh: HT").
  static let otherBefore = WordSet(["tinh", "tp", "pho", "truong", "cd", "anh", "vien"].map(Phrase.hash))
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
    return n.isAllCaps ? bodiesAfter.contains(n.hash) : !n.isCap && meetingWordsAfter.contains(n.hash)
  }

  /// First words of what follows a meeting's noun: "HN điển hình", "HT khoa học", "ĐH lần thứ
  /// V", "ĐH đại biểu", "HN tổng kết", "HN sơ kết", "HN giao ban", "HT chuyên đề", "ĐH nhiệm kỳ",
  /// "HN thường niên", "HN trực tuyến", "HN toàn quốc", "HN cấp tỉnh", "HN triển khai", "HT
  /// về …", "HN lấy ý kiến", "ĐH thành lập", "HN ban chấp hành", "HN tập huấn", "HT quốc tế" —
  /// not any word in lower case ("học tập kinh nghiệm tại HT theo chương trình …": Hà Tĩnh).
  static let meetingWordsAfter = WordSet(
    ["dien", "khoa", "lan", "dai", "tong", "so", "giao", "chuyen", "nhiem", "thuong", "truc", "toan", "cap", "trien",
     "ve", "lay", "thanh", "ban", "tap", "quoc"].map(Phrase.hash))

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
