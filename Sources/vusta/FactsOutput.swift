import Foundation
import VustaModel

/// Prints extracted facts as the JSON contract or as a table for people.
enum FactsOutput {
  /// "  ⚑ cần rà soát: ngày lấy theo ngày đăng bài" after a low-confidence fact, else nothing.
  static func flag(_ c: Confidence, _ why: String?) -> String {
    c == .low ? "  ⚑ cần rà soát" + (why.map { ": " + ConfidenceReason.vietnamese($0) } ?? "") : ""
  }

  /// One block per document: its meetings, figures and citations, a line each.
  static func table(_ docs: [ExtractedDocument]) -> String {
    var out = ""
    for d in docs {
      out += "■ \(d.id)  \(d.published?.vietnamese ?? "(không rõ ngày đăng)")  \(d.title ?? "")\n"
      for m in d.meetings {
        out += "  Hội nghị   \(m.date?.vietnamese ?? "?")  \(m.province ?? "Chưa xác định")  \(m.kind.label)"
          + "  (\(m.organizer ?? "?"))\(flag(m.confidence, m.why))\n"
      }
      for f in d.memberFigures {
        let q = f.qualifier == .more_than ? "hơn " : f.qualifier == .about ? "khoảng " : ""
        out += "  Số liệu    \(f.metric.label): \(q)\(VietnameseNumber.format(f.value))  \(f.province ?? "Chưa xác định")"
          + "\(flag(f.confidence, f.why))\n"
      }
      for c in d.citations {
        let issued = c.issued.map { " ngày \($0.vietnamese)" } ?? ""
        out += "  Văn bản    \(c.id)\(issued)  \(c.type.label), \(c.mentions) lần\(flag(c.confidence, c.why))\n"
      }
      if d.meetings.isEmpty && d.memberFigures.isEmpty && d.citations.isEmpty { out += "  (không có dữ kiện)\n" }
    }
    return out
  }
}
