import Foundation
import VustaStore

/// One person's change to a fact, from the facts page or POST /api/facts/{id}/corrections:
/// turned into the same `Correction`s `vusta correct` stores (they survive re-ingest), or an undo.
struct FactEdit: Decodable {
  var province: String?
  var clearProvince: Bool?
  var date: String?
  var clearDate: Bool?
  var kind: String?
  var reject: Bool?
  var restore: Bool?
  var reviewed: Bool?
  var undo: Bool?

  /// The corrections of fact `id`, in `vusta correct`'s order.
  func corrections(of id: String) -> [Correction] {
    var c: [Correction] = []
    if let province = province?.nonEmptyTrimmed { c.append(Correction(factKey: id, field: .province, value: province)) }
    if clearProvince == true { c.append(Correction(factKey: id, field: .province, value: nil)) }
    if let date = date?.nonEmptyTrimmed { c.append(Correction(factKey: id, field: .date, value: date)) }
    if clearDate == true { c.append(Correction(factKey: id, field: .date, value: nil)) }
    if let kind = kind?.nonEmptyTrimmed { c.append(Correction(factKey: id, field: .kind, value: kind)) }
    if reject == true { c.append(Correction(factKey: id, field: .rejected, value: "1")) }
    if restore == true { c.append(Correction(factKey: id, field: .rejected, value: "0")) }
    if reviewed == true { c.append(Correction(factKey: id, field: .reviewed, value: "1")) }
    return c
  }

  /// Applies the edit to the store: the corrections, or an undo of every correction of the fact.
  /// - Returns: how many documents hold the fact.
  /// - Throws: `WebError` 400 for an empty or contradictory edit, 404 for an id of the wrong shape;
  ///   `StoreError.unknownFact` (404) or `.badCorrection` (400) from the store; nothing is written then.
  func apply(to store: Store, id: String) throws -> Int {
    guard FactEdit.isFactID(id) else { throw WebError.notFound("dữ kiện \"\(id)\"") }
    if (province?.nonEmptyTrimmed != nil && clearProvince == true) || (date?.nonEmptyTrimmed != nil && clearDate == true)
      || (reject == true && restore == true) {
      throw WebError.badRequest("Hai thay đổi mâu thuẫn nhau (contradictory changes).")
    }
    // (an undo with another change would drop that change without a word)
    if undo == true, !corrections(of: id).isEmpty {
      throw WebError.badRequest("Hoàn tác bỏ mọi hiệu chỉnh của dữ kiện: không gửi kèm thay đổi khác "
        + "(undo cannot be combined with a change).")
    }
    if undo == true { return try store.undoCorrections(of: id) }
    let changes = corrections(of: id)
    guard !changes.isEmpty else {
      throw WebError.badRequest("Chưa có thay đổi nào: chọn tỉnh, ngày, loại, hoặc loại bỏ, tính lại, đã rà soát, hoàn tác.")
    }
    return try store.correct(changes)
  }

  /// `M-…`, `F-…` or `C-…` followed by letters, digits and dashes (at most 64 characters).
  static func isFactID(_ id: String) -> Bool {
    guard id.count >= 3, id.count <= 64, let f = id.first, "MFC".contains(f), id.dropFirst().first == "-" else { return false }
    return id.dropFirst(2).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
  }
}

extension String {
  var nonEmptyTrimmed: String? {
    let t = trimmingCharacters(in: .whitespacesAndNewlines)
    return t.isEmpty ? nil : t
  }
}
