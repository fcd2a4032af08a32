import VustaModel

/// Turns the reasons the extractors recorded for each fact (what was inferred rather than read)
/// into the contract's `confidence`: `low` when any reason on the review list applies, with
/// those reasons as `why`; `high` and no `why` otherwise.
///
/// Which reasons are on the list was measured on the real-page development sets
/// (scripts/evaluate.py --reasons): a reason is listed when facts carrying it are wrong far more
/// often than facts without it, so that most wrong facts are flagged while few right ones are.
struct ConfidencePolicy: Sendable {
  var meetings: Set<ConfidenceReason>
  var figures: Set<ConfidenceReason>
  var citations: Set<ConfidenceReason>

  /// Measured on the real-page corpus (corpus/real, 532 facts of 13 sets, 66 wrong; with
  /// `--all-reasons`): each listed reason marks facts that are wrong far more often than the base
  /// rate (one in eight). Taken off the list in round 4 because right far more often than wrong:
  /// a meeting's province from the article's context (9 wrong of 56) and a citation seen only in
  /// its short form (0 of 7); with them 53% of the wrong facts were low but so were 26% of all
  /// facts, without them 50% and 16%. Not listed either: an undated meeting (19 wrong of 91), a
  /// figure's province from the article's context (14 of 88), a year from the title (1 of 6), a
  /// sentence about an earlier period (4 of 13). Added: a member or intellectual total under
  /// 1,000 (no right one in the gold). A date taken from the publication ("Sáng nay") is listed
  /// because nothing dates the event but the page. Added in round 20: a year taken as the one
  /// before the posting's (a day later in the year than the stamp's) — 2 facts of 914, both
  /// right once the round's fixes were in, but the one wrong of its first run (a portal's date
  /// bar read as the stamp) is what it flags.
  static let standard = ConfidencePolicy(
    meetings: [.kindGuessed, .provinceUnknown, .provinceFromHost, .dateFromPublication, .listingItem, .undatedOnADatedPage,
               .yearBeforePosting, .englishPage],
    figures: [.guestList, .nationalTotal, .severalProvinces, .provinceUnknown, .listingItem, .unusuallySmall, .englishPage],
    citations: [.ownerUnknown, .englishPage])

  /// Every reason flags: for measuring them (`vusta extract --all-reasons`).
  static let everything = ConfidencePolicy(
    meetings: Set(ConfidenceReason.allCases), figures: Set(ConfidenceReason.allCases),
    citations: Set(ConfidenceReason.allCases))

  /// The confidence and `why` for the reasons recorded in a fact's `why`.
  func assess(_ recorded: String?, review: Set<ConfidenceReason>) -> (Confidence, String?) {
    guard let recorded else { return (.high, nil) }
    let reasons = Set(recorded.split(separator: ";").compactMap { part in
      ConfidenceReason(rawValue: String(part.drop { $0 == " " }))
    })
    let flagged = reasons.intersection(review)
    return flagged.isEmpty ? (.high, nil) : (.low, ConfidenceReason.why(flagged))
  }

  /// Applies the policy to every fact of a document.
  func apply(to d: inout ExtractedDocument) {
    for i in d.meetings.indices {
      (d.meetings[i].confidence, d.meetings[i].why) = assess(d.meetings[i].why, review: meetings)
    }
    for i in d.memberFigures.indices {
      (d.memberFigures[i].confidence, d.memberFigures[i].why) = assess(d.memberFigures[i].why, review: figures)
    }
    for i in d.citations.indices {
      (d.citations[i].confidence, d.citations[i].why) = assess(d.citations[i].why, review: citations)
    }
  }
}
