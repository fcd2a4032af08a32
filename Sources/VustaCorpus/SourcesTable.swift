import CSV
import Foundation
import VustaModel

/// The rows of a `sources.csv` kept beside articles: `file,url,published,province,title`
/// (all but `file` optional; UTF-8 with or without BOM; `published` as YYYY-MM-DD or DD/MM/YYYY).
public struct SourcesTable: Sendable {
  /// File name (or path relative to the CSV's folder) → what the row says.
  public var rows: [String: SourceInfo] = [:]
  /// File name → the line of its row (the header is line 1), for messages.
  public var lines: [String: Int] = [:]

  /// A table of rows (tests, and sources built in code).
  public init(rows: [String: SourceInfo] = [:]) { self.rows = rows }

  static let columns = ["file", "url", "published", "province", "title"]

  /// Parses the bytes of a sources.csv; `path` names it in errors.
  /// - Throws: `CorpusError.badSources` naming the line of the first byte that is not UTF-8,
  ///   and everything `init(csv:path:)` throws.
  public init(data: Data, path: String) throws {
    guard let text = String(data: data, encoding: .utf8) else {
      let at = UTF8Check.firstInvalid(data) ?? (line: 1, column: 1)
      throw CorpusError.badSources(path: path, line: at.line,
                                   message: "byte \(at.column) không phải UTF-8; hãy lưu tệp dạng \"CSV UTF-8\" (expected UTF-8 text)")
    }
    try self.init(csv: text, path: path)
  }

  /// Parses a sources.csv; `path` names it in errors.
  /// - Throws: `CorpusError.badSources` naming the line and what was expected: a bad date or
  ///   province, a control character in a URL, or a second row for a file that says something
  ///   else than the first (both lines named; the same row twice is accepted).
  public init(csv text: String, path: String) throws {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    // (an unclosed quote would swallow every row after it into one title without a word)
    let trims = SourcesTable.quoteNextToSpace(body)
    if let at = CSVQuotes.unclosedQuoteLine(in: body, trimsSpaces: trims) {
      throw CorpusError.badSources(path: path, line: at, message: CSVQuotes.unclosedMessage)
    }
    let reader: CSVReader
    do {
      // Fields are trimmed here, not by the reader: its trimming bridges every field to NSString,
      // most of the time of reading a big sources.csv. Only a file with a quote next to a space
      // (`a, "b, c"`, `" b "`) needs the reader's own trimming, which knows quoted fields.
      reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: trims)
    } catch {
      throw CorpusError.badSources(path: path, line: 1, message: "không đọc được tiêu đề CSV (expected a header row)")
    }
    guard let header = reader.headerRow?.map({ SourcesTable.trimmed($0).lowercased() }), header.contains("file") else {
      throw CorpusError.badSources(path: path, line: 1,
                                   message: "thiếu cột 'file' (expected columns \(SourcesTable.columns.joined(separator: ",")))")
    }
    for h in header where !SourcesTable.columns.contains(h) {
      throw CorpusError.badSources(path: path, line: 1,
                                   message: "cột lạ '\(h)' (expected \(SourcesTable.columns.joined(separator: ",")))")
    }
    var line = 1
    while let raw = reader.next() {
      line += 1
      let row = raw.map(SourcesTable.trimmed)
      if row.allSatisfy({ $0.isEmpty }) { continue }
      guard row.count == header.count else {
        throw CorpusError.badSources(path: path, line: line,
                                     message: "có \(row.count) cột, cần \(header.count) (expected \(header.count) fields)")
      }
      var values: [String: String] = [:]
      for (h, v) in zip(header, row) where !v.isEmpty { values[h] = v }
      guard let file = values["file"] else {
        throw CorpusError.badSources(path: path, line: line, message: "thiếu tên tệp ở cột 'file' (expected a file name)")
      }
      if let url = values["url"], url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        throw CorpusError.badSources(path: path, line: line,
                                     message: "URL có ký tự điều khiển (a control character in the URL): "
                                       + url.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
      }
      var info = SourceInfo(url: values["url"], province: values["province"], title: values["title"])
      if let p = values["published"] {
        guard let d = SourcesTable.parseAnyYear(p) else {
          throw CorpusError.badSources(path: path, line: line,
                                       message: "ngày '\(p)' không hợp lệ (expected YYYY-MM-DD or DD/MM/YYYY)")
        }
        guard d.hasAcceptedYear else {
          throw CorpusError.badSources(path: path, line: line, message: "ngày '\(p)': \(FactDate.acceptedYearsRule)")
        }
        info.published = d
      }
      if let p = info.province, Gazetteer.shared.resolve(p, in: .old63) == nil,
        Gazetteer.shared.resolve(p, in: .new34) == nil
      {
        let near = Gazetteer.shared.nearest(to: p, in: .old63).joined(separator: ", ")
        throw CorpusError.badSources(path: path, line: line,
                                     message: "không biết tỉnh '\(p)' (gần nhất: \(near))")
      }
      if let earlier = rows[file], let first = lines[file] {
        if earlier == info { continue }
        throw CorpusError.badSources(path: path, line: line,
                                     message: "tệp '\(file)' đã có ở dòng \(first) với nội dung khác (URL, ngày, tỉnh hoặc tiêu đề); "
                                       + "giữ một dòng (conflicting duplicate of line \(first))")
      }
      rows[file] = info
      lines[file] = line
    }
    if let error = reader.error {
      throw CorpusError.badSources(path: path, line: line + 1, message: "CSV hỏng: \(error)")
    }
  }

  /// "2022-12-30", "2022-12-30T14:26:00+07:00", "30/12/2022", "30-12-2022"; nil for anything
  /// else and for a year outside `FactDate.acceptedYears` (a page dated 9999 has no date).
  public static func parseDate(_ s: String) -> FactDate? {
    parseAnyYear(s).flatMap { $0.hasAcceptedYear ? $0 : nil }
  }

  /// True when a double quote stands next to a space or a tab.
  static func quoteNextToSpace(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for b in text.utf8 {
      if (b == 0x22 && (previous == 0x20 || previous == 0x09)) || (previous == 0x22 && (b == 0x20 || b == 0x09)) { return true }
      previous = b
    }
    return false
  }

  /// A field without the spaces and tabs around it (any Unicode space: NBSP, thin space …).
  static func trimmed(_ s: String) -> String {
    func blank(_ c: Unicode.Scalar) -> Bool {
      c == " " || c == "\t" || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
    }
    let u = s.unicodeScalars
    guard let first = u.first, let last = u.last, blank(first) || blank(last) else { return s }
    guard let start = u.firstIndex(where: { !blank($0) }), let end = u.lastIndex(where: { !blank($0) }) else { return "" }
    return String(u[start...end])
  }

  /// `parseDate` without the check of the year.
  static func parseAnyYear(_ s: String) -> FactDate? {
    let t = trimmed(s)
    if t.count >= 10, let d = FactDate(iso: String(t.prefix(10))) { return d }
    let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
    if parts.count == 3, parts[2] >= 1000, FactDate.isValid(day: parts[0], month: parts[1], year: parts[2]) {
      return FactDate(year: parts[2], month: parts[1], day: parts[0])
    }
    return nil
  }

  /// The row for an article file, by its path relative to the CSV's folder or its name.
  public func info(forRelativePath rel: String) -> SourceInfo? {
    rows[rel] ?? rows[(rel as NSString).lastPathComponent]
  }
}
