import VustaModel

/// Turns the reasons the extractors recorded for each fact (what was inferred rather than read)
/// into the contract's `confidence`: `low` when any reason on the review list applies, with
/// those reasons as `why`; `high` and no `why` otherwise.
///
/// Which reasons are on the list was measured on the real-page development sets
/// (scripts/evaluate.py --reasons): a reason is listed when facts carrying it are wrong far more
/// often than facts without it, so that most wrong facts are flagged while few right ones are.
struct ConfidencePolicy: Sendable {
  var review: Set<ConfidenceReason>

  static let standard = ConfidencePolicy(review: [
    .dateUnknown, .dateFromPublication, .yearFromTitle, .provinceUnknown, .provinceFromHost, .kindGuessed,
    .metricGuessed, .shortFormOnly, .ownerUnknown, .listingItem,
  ])

  /// The confidence and `why` for the reasons recorded in a fact's `why`.
  func assess(_ recorded: String?) -> (Confidence, String?) {
    guard let recorded else { return (.high, nil) }
    let reasons = Set(recorded.split(separator: ";").compactMap {
      ConfidenceReason(rawValue: $0.trimmingCharacters(in: .whitespaces))
    })
    let flagged = reasons.intersection(review)
    return flagged.isEmpty ? (.high, nil) : (.low, ConfidenceReason.why(flagged))
  }

  /// Applies the policy to every fact of a document.
  func apply(to d: inout ExtractedDocument) {
    for i in d.meetings.indices { (d.meetings[i].confidence, d.meetings[i].why) = assess(d.meetings[i].why) }
    for i in d.memberFigures.indices {
      (d.memberFigures[i].confidence, d.memberFigures[i].why) = assess(d.memberFigures[i].why)
    }
    for i in d.citations.indices { (d.citations[i].confidence, d.citations[i].why) = assess(d.citations[i].why) }
  }
}
