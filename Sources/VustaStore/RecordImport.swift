import CSV
import Crypto
import Foundation
import VustaModel

/// A problem with one row of a spreadsheet: its line and what was expected.
public struct RecordIssue: Codable, Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "dòng \(line): \(message)" }
}

/// Why a spreadsheet cannot be imported; nothing of it is stored then (exit 65, 66 if missing).
public enum RecordImportError: Error, CustomStringConvertible {
  case missing(path: String)
  /// A folder, or a file that may not be read: why.
  case unreadable(path: String, reason: String)
  /// Bytes that are not UTF-8: the line and byte column of the first one.
  case notUTF8(path: String, line: Int, column: Int)
  case noHeader(path: String, message: String)
  case badRows(path: String, issues: [RecordIssue])

  public var description: String {
    switch self {
    case .missing(let p): return "\(p): không tìm thấy tệp (no such file)"
    case let .unreadable(p, reason): return "\(p): \(reason)"
    case let .notUTF8(p, l, c): return "\(p): dòng \(l), byte \(c): tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng \"CSV UTF-8\" (expected UTF-8 text)"
    case let .noHeader(p, m): return "\(p): dòng 1: \(m)"
    case let .badRows(p, issues):
      return (["\(p): \(issues.count) dòng lỗi, không nhập dòng nào của tệp:"]
        + issues.map { "\(p): \($0)" }).joined(separator: "\n")
    }
  }
}

/// Reads a spreadsheet of meetings and member counts (CSV, UTF-8 with or without BOM,
/// Vietnamese or English headers; see docs/store.md) into one document of the facts contract.
///
/// Every row is a meeting, or, when it has a number (`Số hội viên` or `Số lượng`), a member
/// figure. All rows are checked before anything is returned.
public struct RecordImport {
  /// The columns and the header spellings accepted for each (matched on folded keys).
  public enum Column: String, CaseIterable, Sendable {
    case province, date, kind, members, value, qualifier, organizer, note, url

    /// Accepted header keys (folded: no diacritics, lower case, single spaces).
    var keys: [String] {
      switch self {
      case .province: return ["tinh", "tinh thanh pho", "tinh thanh", "dia phuong", "province"]
      case .date: return ["ngay", "thoi gian", "ngay thang", "date"]
      case .kind: return ["loai", "loai hoi nghi", "chi tieu", "kind", "metric"]
      case .members: return ["so hoi vien", "hoi vien", "members"]
      case .value: return ["so luong", "gia tri", "so lieu", "value"]
      case .qualifier: return ["muc do", "qualifier"]
      case .organizer: return ["don vi to chuc", "to chuc", "organizer"]
      case .note: return ["ghi chu", "noi dung", "note"]
      case .url: return ["nguon", "lien ket", "url", "source"]
      }
    }
  }

  /// Headers of columns that carry nothing to import (a row number): accepted and left aside.
  static let ignorable: Set<String> = ["stt", "tt", "so thu tu", "no", "#"]
  /// The accepted headers, for messages.
  static let acceptedHeaders = "Tỉnh, Ngày, Loại, Số hội viên, Số lượng, Mức độ, Đơn vị tổ chức, Ghi chú, Nguồn (và STT)"

  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

  /// Reads the file at `path` into a document whose path is `path` and whose sha256 is that of
  /// the file's bytes.
  /// - Throws: `RecordImportError` naming the file and each bad line.
  public func read(path: String) throws -> ExtractedDocument {
    if InputFile.isMissing(path) { throw RecordImportError.missing(path: path) }
    if let problem = InputFile.problem(at: path) { throw RecordImportError.unreadable(path: path, reason: problem) }
    guard let data = FileManager.default.contents(atPath: path) else { throw RecordImportError.missing(path: path) }
    return try read(data: data, path: path)
  }

  /// Reads the bytes of a spreadsheet as if they were the file at `path` (which names it in
  /// messages and in the document).
  /// - Throws: `RecordImportError` naming the file and each bad line.
  public func read(data: Data, path: String) throws -> ExtractedDocument {
    guard var text = String(data: data, encoding: .utf8) else {
      let at = UTF8Check.firstInvalid(data) ?? (line: 1, column: 1)
      throw RecordImportError.notUTF8(path: path, line: at.line, column: at.column)
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var doc = ExtractedDocument(id: name, path: path, sha256: sha, title: "Nhập từ \((path as NSString).lastPathComponent)",
                                published: nil, url: nil)
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let delimiter: UnicodeScalar = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
    // (an unclosed quote would swallow every row after it into one note without a word)
    if let at = CSVQuotes.unclosedQuoteLine(in: text, separator: delimiter, trimsSpaces: true) {
      throw RecordImportError.badRows(path: path, issues: [RecordIssue(line: at, message: CSVQuotes.unclosedMessage)])
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
    } catch {
      throw RecordImportError.noHeader(path: path, message: "tệp rỗng, thiếu dòng tiêu đề")
    }
    let header = (reader.headerRow ?? []).map { VietnameseText.key($0) }
    var index: [Column: Int] = [:]
    var unknown: [String] = []
    var twice: [String] = []
    for (i, h) in header.enumerated() where !h.isEmpty {
      if let c = Column.allCases.first(where: { $0.keys.contains(h) }) {
        // the same column twice: which one holds the data cannot be told
        if let first = index[c] { twice.append("\"\(reader.headerRow![first])\" và \"\(reader.headerRow![i])\"") }
        index[c] = i
      } else if !RecordImport.ignorable.contains(h) {
        unknown.append(reader.headerRow![i])
      }
    }
    // a misspelt header would silently lose its column ("Số hội vien" loses every member count)
    if !unknown.isEmpty || !twice.isEmpty {
      var problems: [String] = []
      if !unknown.isEmpty {
        problems.append("cột lạ: " + unknown.map { "\"\($0)\"" }.joined(separator: ", ")
          + " (unknown column); các cột nhận được: " + RecordImport.acceptedHeaders)
      }
      if !twice.isEmpty { problems.append("cột trùng: " + twice.joined(separator: ", ") + " (duplicate column)") }
      throw RecordImportError.noHeader(path: path, message: problems.joined(separator: "; "))
    }
    if index[.kind] == nil && index[.members] == nil {
      throw RecordImportError.noHeader(
        path: path, message: "thiếu cột \"Loại\" (hoặc \"Số hội viên\"); các cột nhận được: " + RecordImport.acceptedHeaders)
    }
    var issues: [RecordIssue] = []
    var line = 1
    let file = (path as NSString).lastPathComponent
    while let fields = reader.next() {
      line += 1
      if fields.allSatisfy({ $0.isEmpty }) { continue }
      // fields beyond the header belong to no column: nothing may be dropped without a word
      if fields.count > header.count, fields[header.count...].contains(where: { !$0.isEmpty }) {
        issues.append(RecordIssue(line: line, message: "\(fields.count) trường nhưng tiêu đề chỉ có \(header.count) cột (extra fields)"))
        continue
      }
      func cell(_ c: Column) -> String? {
        guard let i = index[c], i < fields.count else { return nil }
        let v = fields[i].trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
      }
      do {
        let evidence = "\(file), dòng \(line): " + fields.joined(separator: "; ")
        try readRow(cell, evidence: evidence, into: &doc)
      } catch let issue as RowIssue {
        issues.append(RecordIssue(line: line, message: issue.message))
      }
    }
    if let e = reader.error { issues.append(RecordIssue(line: line, message: "CSV hỏng: \(e)")) }
    if !issues.isEmpty { throw RecordImportError.badRows(path: path, issues: issues) }
    return doc
  }

  struct RowIssue: Error { var message: String }

  func readRow(_ cell: (Column) -> String?, evidence: String, into doc: inout ExtractedDocument) throws {
    var problems: [String] = []
    var province: String?
    var date: FactDate?
    if let p = cell(.province) {
      if let u = gazetteer.resolve(p, in: .old63) ?? gazetteer.resolve(p, in: .new34) {
        province = u.name
      } else {
        problems.append("tỉnh \"\(p)\" không có trong danh mục; gần nhất: "
          + gazetteer.nearest(to: p, in: .old63).joined(separator: ", "))
      }
    }
    if let d = cell(.date) {
      date = VietnameseDate.parse(d)
      if date == nil { problems.append("ngày \"\(d)\" không hợp lệ (cần 16/10/2020, 10/2020 hoặc 2020)") }
      if let parsed = date, !parsed.hasAcceptedYear {
        problems.append("ngày \"\(d)\": \(FactDate.acceptedYearsRule)")
        date = nil
      }
    }
    let number = cell(.members) ?? cell(.value)
    let kindText = cell(.kind)
    if let number {
      let value = NumberText.count(number)
      if value == nil {
        problems.append("số \"\(number)\" không phải số đếm (cần số nguyên như 15500, 15.500 hoặc 15 500, "
          + "không quá \(NumberText.grouped(NumberText.largestCount)); không phải số thập phân)")
      }
      var metric = MemberMetric.hoi_vien
      if let k = kindText {
        if let m = RecordImport.metric(k) { metric = m } else if cell(.members) == nil {
          problems.append("chỉ tiêu \"\(k)\" không hợp lệ; chọn: " + MemberMetric.allCases.map(\.label).joined(separator: ", "))
        }
      }
      var qualifier = Qualifier.exact
      if let q = cell(.qualifier) {
        switch VietnameseText.key(q) {
        case "hon", "tren", "more than", "more_than": qualifier = .more_than
        case "khoang", "gan", "about", "xap xi": qualifier = .about
        case "chinh xac", "exact", "": qualifier = .exact
        default: problems.append("mức độ \"\(q)\" không hợp lệ (hơn, khoảng, chính xác)")
        }
      }
      if !problems.isEmpty { throw RowIssue(message: problems.joined(separator: "; ")) }
      doc.memberFigures.append(MemberFigure(
        province: province, province2025: province.flatMap { gazetteer.resolve($0, in: .new34)?.name },
        metric: metric, value: value!, qualifier: qualifier, date: date, evidence: evidence))
    } else {
      guard let k = kindText else {
        problems.append("thiếu \"Loại\" hội nghị hoặc \"Số hội viên\"")
        throw RowIssue(message: problems.joined(separator: "; "))
      }
      guard let kind = RecordImport.meetingKind(k) else {
        problems.append("loại \"\(k)\" không hợp lệ; chọn: " + MeetingKind.allCases.map(\.label).joined(separator: ", "))
        throw RowIssue(message: problems.joined(separator: "; "))
      }
      if !problems.isEmpty { throw RowIssue(message: problems.joined(separator: "; ")) }
      doc.meetings.append(Meeting(
        date: date, province: province, province2025: province.flatMap { gazetteer.resolve($0, in: .new34)?.name },
        kind: kind, organizer: cell(.organizer) ?? (province.map { "LHH \($0)" }), evidence: evidence))
    }
  }

  /// A meeting kind from its raw value or Vietnamese name ("giao_ban", "Giao ban", "Hội thảo").
  public static func meetingKind(_ text: String) -> MeetingKind? {
    if let k = MeetingKind(rawValue: text) { return k }
    let key = VietnameseText.key(text)
    for k in MeetingKind.allCases {
      let names = [VietnameseText.key(k.rawValue.replacingOccurrences(of: "_", with: " ")), VietnameseText.key(k.label)]
      if names.contains(key) { return k }
    }
    switch key {
    case "tong ket", "so ket": return .tong_ket
    case "hoi thao", "toa dam": return .hoi_thao
    case "hoi nghi": return .khac
    default: return nil
    }
  }

  /// A member metric from its raw value or Vietnamese name ("hoi_vien", "Hội viên").
  public static func metric(_ text: String) -> MemberMetric? {
    if let m = MemberMetric(rawValue: text) { return m }
    let key = VietnameseText.key(text)
    return MemberMetric.allCases.first {
      VietnameseText.key($0.label) == key || VietnameseText.key($0.rawValue.replacingOccurrences(of: "_", with: " ")) == key
    }
  }
}
