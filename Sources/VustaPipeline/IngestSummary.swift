import Foundation
import VustaStore

/// The one-line Vietnamese summary of an ingest, as `vusta ingest` prints it and the web app shows it.
public enum IngestSummary {
  /// "Đã đọc 5 bài: 3 mới, 1 cập nhật, 1 không đổi[, 2 chuyển chỗ, 1 trùng nội dung, 4 đã xoá vì tệp
  /// không còn]; 12 dữ kiện (4 hội nghị, 3 số liệu hội viên, 5 trích dẫn) trong 0,4 giây."
  public static func text(_ t: IngestTally, seconds: Double) -> String {
    let s = String(format: "%.1f", seconds).replacingOccurrences(of: ".", with: ",")
    var parts = ["\(NumberText.grouped(t.added)) mới", "\(NumberText.grouped(t.updated)) cập nhật",
                 "\(NumberText.grouped(t.skipped)) không đổi"]
    if t.moved > 0 { parts.append("\(NumberText.grouped(t.moved)) chuyển chỗ") }
    if !t.copies.isEmpty { parts.append("\(NumberText.grouped(t.copies.count)) trùng nội dung") }
    if t.pruned > 0 { parts.append("\(NumberText.grouped(t.pruned)) đã xoá vì tệp không còn") }
    return "Đã đọc \(NumberText.grouped(t.documents)) bài: " + parts.joined(separator: ", ") + "; "
      + "\(NumberText.grouped(t.facts)) dữ kiện (\(NumberText.grouped(t.meetings)) hội nghị, "
      + "\(NumberText.grouped(t.figures)) số liệu hội viên, \(NumberText.grouped(t.citations)) trích dẫn) trong \(s) giây."
  }
}
