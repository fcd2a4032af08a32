import VustaModel

/// How the passes read after the sentence-by-sentence one (HistoryLine, AdoptedOnItsDay,
/// ReferencedMeeting, ReviewSession) complete a meeting they found: its union, when its sentence
/// names none, the one given (the page's event's or the page's own); its province the holder's,
/// else the article's context (recorded as a reason).
extension MeetingExtractor {
  /// The union a meeting whose sentence names none is the page's: its event's, else the union
  /// the page names as its own.
  func pageUnion(_ main: Found?) -> UnionMention.Scope? {
    main?.union ?? context.unionProvince.map { .province($0) }
  }

  /// The meeting with its union and province completed; nil when no union holds it.
  func placed(_ found: Found, union: UnionMention.Scope?) -> Found? {
    var m = found
    if m.union == nil { m.union = union }
    guard m.union != nil else { return nil }
    if m.province == nil, let p = m.holderProvince { m.province = p }
    if m.province == nil && !isNational(m) {
      m.province = context.contextProvince
      if m.province != nil { m.reasons.insert(.provinceFromContext) }
    }
    return m
  }
}
