import VustaModel

/// A union named in an English sentence: VUSTA itself, or a provincial union ("Quang Nam
/// Provincial Union of Science and Technology Associations", "the Union of Science and
/// Technology Associations of Cao Bang province", "Kon Tum union", "HUSTA").
struct EnglishUnionMention {
  /// Token where the name is anchored (the word "union", "VUSTA" or the acronym).
  var at: Int
  var national: Bool
  /// The province the name gives, when it gives one.
  var province: Province?
}

/// Finds the unions of English sentences (the English side of `UnionFinder`).
enum EnglishUnions {
  static let h_union = Phrase.hash("union"), h_unions = Phrase.hash("unions"), h_vusta = Phrase.hash("vusta")
  static let h_provincial = Phrase.hash("provincial"), h_the = Phrase.hash("the"), h_of = Phrase.hash("of")
  static let h_city = Phrase.hash("city"), h_municipal = Phrase.hash("municipal")
  /// The union's own words after "union": "… of Science and Technology Associations", "Union
  /// Science and Technology Association" (a common slip).
  static let fullNameTails: [Phrase] = [
    "of science and technology associations", "of science and technology association",
    "science and technology associations", "science and technology association", "of s t associations",
    "of science technology associations", "of sciences and technology associations",
  ].phrases
  static let nationalHeads: [Phrase] = ["vietnam", "viet nam", "the vietnam", "the viet nam"].phrases
  static let nationalTail = Phrase("of vietnam")
  /// Unions that are not ours ("Women's Union", "Farmers' Union", "European Union").
  static let otherUnions = WordSet(["women", "womens", "farmers", "youth", "european", "trade", "labour", "labor",
                                    "literature", "arts", "friendship", "cooperative", "s"].map(Phrase.hash))

  /// The unions of a sentence; `provinces` are its province mentions.
  static func mentions(in f: FoldedText, provinces: [ProvinceMention]) -> [EnglishUnionMention] {
    var out: [EnglishUnionMention] = []
    let n = f.tokens.count
    for i in 0..<n {
      let h = f.tokens[i].hash
      if h == h_vusta {
        out.append(EnglishUnionMention(at: i, national: true, province: nil))
        continue
      }
      // an acronym of a provincial union: HUSTA, DAKUSTA, TUSTA, DUSTA
      if f.tokens[i].isAllCaps, f.tokens[i].end - f.tokens[i].start >= 5, f.word(i).hasSuffix("usta") {
        out.append(EnglishUnionMention(at: i, national: false, province: nil))
        continue
      }
      guard h == h_union || h == h_unions else { continue }
      let full = fullNameTails.contains { f.matches($0, at: i + 1) }
      let tailEnd = fullNameTails.first { f.matches($0, at: i + 1) }.map { i + 1 + $0.count } ?? i + 1
      // "Vietnam Union of …", "Union of … of Vietnam": the national union
      if full, nationalHeads.contains(where: { f.endsWith($0, before: i) }) || f.matches(nationalTail, at: tailEnd) {
        out.append(EnglishUnionMention(at: i, national: true, province: nil))
        continue
      }
      // the province right before: "Quang Nam Provincial Union", "Kon Tum union", "Dak Lak Union"
      var k = i
      if k > 0, f.tokens[k - 1].hash == h_provincial || f.tokens[k - 1].hash == h_municipal || f.tokens[k - 1].hash == h_city {
        k -= 1
      }
      // ("Ho Chi Minh City Union": the city's name ends right before "Union")
      var province = provinces.last { $0.end == i || $0.end == k || $0.end == k - 1 && f.tokens[k - 1].hash == Phrase.hash("province") }?.province
      // … or after the full name: "Union of Science and Technology Associations of Cao Bang province"
      if province == nil, full, tailEnd < n, f.tokens[tailEnd].hash == h_of {
        province = provinces.first { $0.start == tailEnd + 1 || $0.start == tailEnd + 2 && f.tokens[tailEnd + 1].hash == h_the }?.province
      }
      if province == nil, i > 0, otherUnions.contains(f.tokens[i - 1].hash) { continue }
      // ("63 Unions of Science and Technology Associations in all provinces": many unions, none)
      if province == nil, h == h_unions { continue }
      // a bare "union" is ours when it is written with the full name, after "provincial", or as
      // "the Union" (the article's own, resolved by the reader)
      let provincial = k < i
      let theUnion = i > 0 && f.tokens[i - 1].hash == h_the && f.tokens[i].isCap
      guard province != nil || full || provincial || theUnion else { continue }
      out.append(EnglishUnionMention(at: i, national: false, province: province))
    }
    return out
  }
}
