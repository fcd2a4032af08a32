import Foundation
import VustaModel

/// What a person can correct on a fact.
public enum CorrectionField: String, Codable, CaseIterable, Sendable {
  case province, date, kind, rejected
  /// A person checked the fact and found it right as it stands ("1"); it leaves the review list.
  case reviewed
}

/// One correction of one field of one fact, kept apart from the facts so it survives re-ingest.
/// A nil `value` clears the field (the fact does not say).
public struct Correction: Codable, Hashable, Sendable {
  public var factKey: String
  public var field: CorrectionField
  public var value: String?

  public init(factKey: String, field: CorrectionField, value: String?) {
    self.factKey = factKey
    self.field = field
    self.value = value
  }
}

/// The corrections of each fact, by fact id.
public struct CorrectionBook: Sendable {
  public var byFact: [String: [CorrectionField: String?]] = [:]

  public init(_ corrections: [Correction] = []) {
    for c in corrections { byFact[c.factKey, default: [:]][c.field] = .some(c.value) }
  }

  /// The corrected value of a field: `.none` when not corrected, `.some(nil)` when cleared.
  public func value(_ key: String, _ field: CorrectionField) -> String?? {
    byFact[key]?[field]
  }

  /// True when a person marked the fact as reviewed.
  public func isReviewed(_ key: String) -> Bool {
    if case .some(.some(let v)) = value(key, .reviewed) { return v == "1" }
    return false
  }

  /// True when the fact was rejected.
  public func isRejected(_ key: String) -> Bool {
    if case .some(.some(let v)) = value(key, .rejected) { return v == "1" }
    return false
  }
}
