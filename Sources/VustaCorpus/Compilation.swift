import VustaExtract

/// Several whole articles in one document — a bulletin's issue saved as PDF, an office's weekly
/// digest kept in Word —, each under its own headline set apart (in large type, or as a Word
/// heading): where each article starts. The readers mark those paragraphs
/// (`ListingPage.articleMark`) and each article is extracted whole as `FILE#N`.
enum Compilation {
  /// The paragraphs with a mark line (`ListingPage.articleMark`) before each article's start.
  static func marked(_ paragraphs: [String], starts: [Int]) -> [String] {
    var out = paragraphs
    for start in starts.sorted(by: >) where start <= out.count { out.insert(String(ListingPage.articleMark), at: start) }
    return out
  }

  /// Articles a document needs before it counts as a compilation, and the words each must hold
  /// under its headline.
  static let minimumArticles = 3
  static let minimumWords = 60

  /// The indices of the paragraphs that start an article: those marked `headline` that read as
  /// an article's headline, each followed by `minimumWords` words or more before the next; empty
  /// unless there are `minimumArticles` of them (one article's headline and its sections, a
  /// masthead over one article, are no compilation).
  static func articleStarts(_ paragraphs: [String], headline: [Bool]) -> [Int] {
    let heads = paragraphs.indices.filter { $0 < headline.count && headline[$0] && isArticleHeadline(paragraphs[$0]) }
    var starts: [Int] = []
    for (n, h) in heads.enumerated() {
      let next = n + 1 < heads.count ? heads[n + 1] : paragraphs.count
      let words = paragraphs[(h + 1)..<next].reduce(0) { $0 + $1.split(separator: " ").count }
      if words >= minimumWords { starts.append(h) }
    }
    return starts.count >= minimumArticles ? starts : []
  }

  /// A paragraph that reads as a news article's headline: 6 to 40 words, no closing stop, not a
  /// numbered section's title ("1. Tình hình chung", "II. Nhiệm vụ") — a report's section titles
  /// ("Kết quả đạt được", "Tồn tại, hạn chế") are shorter.
  static func isArticleHeadline(_ p: String) -> Bool {
    let words = p.split(separator: " ")
    guard (6...40).contains(words.count), let last = p.unicodeScalars.last, !".;".unicodeScalars.contains(last),
      let first = words.first
    else { return false }
    let number = first.dropLast()
    let numbered = (first.last == "." || first.last == ")") && !number.isEmpty
      && (number.allSatisfy(\.isNumber) || number.allSatisfy { "IVXLivxl".contains($0) } || number.count == 1)
    return !numbered
  }

  /// The paragraphs of a Word file set apart as headlines: a heading style (Heading 1 and below;
  /// not the document's Title), or bold in a size 2 pt or more above the body's — the median size
  /// of its paragraphs of 30 words or more not in bold (a long headline is no body), 12 pt when
  /// they set none.
  static func wordHeadlines(_ paragraphs: [WordParagraph]) -> [Bool] {
    let bodySizes = paragraphs.filter { !$0.bold && $0.text.split(separator: " ").count >= 30 }.compactMap(\.size).sorted()
    let body = bodySizes.isEmpty ? 24 : bodySizes[bodySizes.count / 2]
    return paragraphs.map { p in
      (p.headingLevel ?? 0) >= 1 || (p.bold && (p.size ?? 0) >= body + 4)
    }
  }
}
