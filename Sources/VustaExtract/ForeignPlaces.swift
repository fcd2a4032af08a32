import VustaModel

/// Places outside Việt Nam where a union meets abroad: "tại thủ đô Viêng Chăn", "tại thị xã Đôn
/// Kéo, tỉnh Takeo (Campuchia)", "ngay tại thủ đô Seoul", "chuyến công tác nước bạn Lào: … tại
/// thành phố Kaysone Phomvihane". The facts contract's provinces are Việt Nam's: such a meeting
/// has none.
enum ForeignPlaces {
  /// Countries and cities in the forms Vietnamese pages write them, as written (marks and all:
  /// "Lào" is not "Lao" of "Cung Văn hóa Lao động").
  static let written: [String] = [
    "lào", "campuchia", "cam pu chia", "trung quốc", "nhật bản", "hàn quốc", "thái lan", "singapore", "xingapo",
    "malaysia", "indonesia", "philippines", "myanmar", "hoa kỳ", "pháp", "liên bang nga",
    "australia", "canada", "ấn độ", "israel", "hà lan", "thụy điển", "thụy sĩ", "đan mạch", "phần lan", "na uy",
    "italy", "tây ban nha", "cuba", "belarus", "cộng hòa séc", "ba lan", "hungary", "new zealand", "đài loan",
    "mông cổ", "brunei", "đông timor", "vương quốc anh",
    "viêng chăn", "vientiane", "luông pha bang", "luang prabang", "savannakhet", "champasak", "chămpasắc", "hủa phăn",
    "xiêng khoảng", "phnôm pênh", "phnom penh", "siem reap", "takeo", "bangkok", "băng cốc", "chiang mai", "tokyo",
    "osaka", "kyoto", "seoul", "busan", "bắc kinh", "côn minh", "nam ninh", "thượng hải", "quảng châu", "paris",
    "berlin", "moscow", "mát-xcơ-va", "london", "washington", "new york", "sydney", "melbourne", "kuala lumpur",
    "jakarta", "manila", "yangon",
  ]
  /// The same, folded, each with its written words.
  static let names: [(phrase: Phrase, words: [String])] = written.map { w in
    let spaced = w.replacingOccurrences(of: "-", with: " ")
    return (Phrase(VietnameseText.fold(spaced)), spaced.split(separator: " ").map(String.init))
  }
  static let firstWords = WordSet(names.map { $0.phrase.hashes[0] })
  /// "tại", "ở": the place of what the clause tells.
  static let placeWords = WordSet(["tai", "o"].map(Phrase.hash))
  /// Words that open a place's name: "thủ đô", "thành phố", "tỉnh", "thị xã", "bang".
  static let placeGenerics: [Phrase] = ["thu do", "thanh pho", "tinh", "thi xa", "bang", "quan", "huyen", "dao"].phrases
  /// Trips abroad: "nước bạn Lào", "sang Nhật Bản", "công tác tại Hàn Quốc".
  static let tripWords: [Phrase] = ["nuoc ban", "sang"].phrases

  /// The length of the foreign name that starts at token `i`; nil when none does. Only a whole
  /// capitalised name counts ("Lào", not "lao" of "lao động" nor of "Lào Cai"; names that are
  /// also parts of Vietnamese ones — "Mỹ", "Đức", "Nga" — are not listed).
  static func name(_ f: FoldedText, at i: Int) -> Int? {
    let t = f.tokens
    guard i < t.count, t[i].isCap, firstWords.contains(t[i].hash) else { return nil }
    // (the whole of a name: "Lào" of "đường Lào Cai", "Đức" of "xã Đức Long" are not the countries)
    return names.first { (p, words) in
      let end = i + p.hashes.count
      return f.matches(p, at: i) && (i..<end).allSatisfy { t[$0].isCap }
        && zip(i..<end, words).allSatisfy { f.text(t[$0.0].start, t[$0.0].end).lowercased() == $0.1 }
        && !(end < t.count && t[end].isCap && t[end].gap == 0) && !(i >= 1 && t[i - 1].isCap && t[i].gap == 0 && !placeWords.contains(t[i - 1].hash))
    }?.phrase.hashes.count
  }

  /// True when the sentence sets its event abroad: a place clause ("tại …", "ở …", up to its
  /// comma or end) names a foreign country or city, or, on a trip the sentence names ("nước bạn
  /// Lào", "sang Nhật Bản"), a place clause names no province of Việt Nam.
  static func placesAbroad(_ s: AnalyzedSentence) -> Bool {
    let f = s.text, t = f.tokens
    guard t.contains(where: { $0.isCap && firstWords.contains($0.hash) }) else { return false }
    let trip = (0..<t.count).contains { i in tripWords.contains { w in f.matches(w, at: i) && name(f, at: i + w.hashes.count) != nil } }
    for k in t.indices where placeWords.contains(t[k].hash) && k + 1 < t.count && t[k + 1].gap == 0 {
      var end = k + 1
      // (the clause runs on over a larger unit after a comma: "tại thị xã Đôn Kéo, tỉnh Takeo")
      while end < t.count, end - k <= 10, !FoldedText.isStrongPunct(t[end].gap),
        !(end > k + 1 && t[end].gap == UInt8(ascii: ",") && !t[end].isCap && !placeGenerics.contains(where: { f.matches($0, at: end) }))
      {
        end += 1
      }
      // (a bracket after the place may hold its country: "tỉnh Takeo (Campuchia)")
      if end < t.count, t[end].gap == UInt8(ascii: "("), name(f, at: end) != nil { return true }
      if (k + 1..<end).contains(where: { name(f, at: $0) != nil }) { return true }
      if trip, t[k + 1].isCap || placeGenerics.contains(where: { f.matches($0, at: k + 1) }),
        !s.provinces.contains(where: { $0.start > k && $0.start < end })
      {
        return true
      }
    }
    return false
  }
}
