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

  /// Chosen on the real-page development sets (corpus/real/dev, 812 facts, 54 wrong; with
  /// `--all-reasons`), eighteenth session: reasons added one at a time by how many wrong facts
  /// each newly flags per fact it flags, while well under a quarter of all facts are low — a
  /// meeting's province from the article's context (14 wrong of 111 in the whole corpus, the
  /// largest catch), a figure's metric guessed, a national total, another count of the kind set
  /// aside, a year from the title, a province unknown; kept from earlier rounds because far more
  /// often wrong than the base rate (one in fifteen), never right, or read from no text at all:
  /// an undated meeting on a dated page (3 of 12 on dev), a member total under 1,000, a date
  /// from the publication, a province from the site's host. Dropped as right at least as often as
  /// the average fact on dev: a kind guessed (4 of 52: the kinds are right for 98% of the
  /// meetings found), a guest list (0 of 9), several provinces (0 of 10), an English page (2 of
  /// 18 meetings, 0 of 40 figures and citations), a listing item (1 of 12), the year before the
  /// posting's (0 of 3), an unknown issuer (0 of 2). Dev: 43% of the wrong facts low (was 22%)
  /// with 20% of all facts low (was 19%); the kept-aside sets, not looked at to choose: 60% (was
  /// 36%) with 21% (was 22%). Twenty-fifth session, chosen on the development and wording pages:
  /// a figure's province unknown, and the reasons `ConflictingFacts` reads from two facts of one
  /// page (another value of the same count; an undated number under another code) — kept-aside
  /// 71% of the wrong facts low with 23% of all facts when added; 67% (16 of 24) with 22% after
  /// the session's extraction rules removed four wrong facts, three of them low. Thirty-fourth
  /// session, chosen on the development and wording pages together (872 + 5,339 facts): a
  /// meeting read from an English page (wrong 3 of 23 on dev, 33 of 160 on the wording pages,
  /// twice the base rate on both) — dev 44% → 47% of the wrong facts low with 22% → 24% of all
  /// facts, wording pages 54% → 57% with 27% → 29%; every other reason left out adds more low
  /// facts than wrong ones caught on one of the two (a meeting's date unknown would flag a
  /// further 8% of all facts for 9 points).
  /// Thirty-eighth session: a state symbol written in another shape than its canonical one and
  /// read back to it ("621/KH/ĐHHĐ-LHH", "483 TC/UBTH", "14.2014/QĐ-TTg") — wrong 3 of 7 on dev,
  /// against one citation in 25 over all (a Party symbol misspelt "42/CT-TW" is right far more
  /// often and stays out); dev 47% → 53% of the wrong facts low, with 24.0% → 24.8% of all facts.
  static let standard = ConfidencePolicy(
    meetings: [.provinceUnknown, .provinceFromContext, .provinceFromHost, .yearFromTitle, .dateFromPublication,
               .undatedOnADatedPage, .englishPage],
    figures: [.metricGuessed, .nationalTotal, .otherCountSetAside, .unusuallySmall, .provinceUnknown,
              .anotherValueOnThePage],
    citations: [.numberUnderAnotherCode, .symbolReshaped])

  /// Every reason flags: for measuring them (`vusta extract --all-reasons`).
  static let everything = ConfidencePolicy(
    meetings: Set(ConfidenceReason.allCases), figures: Set(ConfidenceReason.allCases),
    citations: Set(ConfidenceReason.allCases))

  /// The confidence and `why` for the reasons recorded in a fact's `why`.
  func assess(_ recorded: String?, review: Set<ConfidenceReason>) -> (Confidence, String?) {
    guard let recorded else { return (.high, nil) }
    // (most facts carry one or two reasons, written in the fixed order: when every one of them
    // is on the list, the recorded text is already the `why`)
    var flagged: Set<ConfidenceReason> = []
    var every = true, canonical = true, last = -1
    // (parted on the bytes of ";": the reasons are this program's own words, and a split by
    // characters cost more than the rest of the policy)
    let u = recorded.utf8
    var parts: [Substring] = []
    var partStart = u.startIndex
    while true {
      let partEnd = u[partStart...].firstIndex(of: UInt8(ascii: ";")) ?? u.endIndex
      parts.append(recorded[partStart..<partEnd])
      guard partEnd < u.endIndex else { break }
      partStart = u.index(after: partEnd)
    }
    for (n, part) in parts.enumerated() {
      let name = part.drop { $0 == " " }
      // (written as `why` writes it: "a; b", each part once, in the fixed order)
      if part.utf8.count - name.utf8.count != (n == 0 ? 0 : 1) { canonical = false }
      guard let reason = ConfidenceReason.named(name) else { every = false; continue }
      if review.contains(reason) { flagged.insert(reason) } else { every = false }
      let k = reason.order
      if k <= last { canonical = false }
      last = k
    }
    if flagged.isEmpty { return (.high, nil) }
    return (.low, every && canonical ? recorded : ConfidenceReason.why(flagged))
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
