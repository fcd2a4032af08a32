import VustaModel
import Foundation

/// A row of a table, as a line whose cells are parted by bars, tabs or runs of spaces (the
/// tokens' "|" gap in `FoldedText`; "Hội thành viên | 31 | cùng 4 trung tâm", "Cán bộ, hội
/// viên | gần 23.900 | toàn hệ thống"): a results notice or a
/// statistics post sets its counts out so, the label in one cell and the number in the next —
/// the other way round from a sentence ("31 hội thành viên") or an infographic ("31 | hội thành
/// viên", `MainText.isFigureLine`).
enum TableRow {
  static let bar = UInt8(ascii: "|")
  /// A label cell longer than this many words is no label.
  static let longestLabel = 16
  /// The label's noun stands among its first words ("Tổng số hội viên", "Đại biểu dự Đại hội
  /// (thay mặt …)", "Hội thành viên hiện có (ngoài ra còn 04 trung tâm)").
  static let labelNounWithin = 3

  /// The first number of the line that stands alone in a cell after a cell of words: the token
  /// range of the label cell and the number's first token (after its qualifier words).
  static func labelledNumber(in f: FoldedText) -> (label: Range<Int>, number: Int)? {
    let t = f.tokens
    guard t.count >= 2, t.contains(where: { $0.gap == bar }) else { return nil }
    var cellStart = 0
    for i in 1..<t.count where t[i].gap == bar {
      defer { cellStart = i }
      let label = cellStart..<i
      // (a number in the label only in brackets: "(ngoài ra còn 04 Trung tâm trực thuộc)")
      guard label.count <= longestLabel, !label.contains(where: { t[$0].isNumber && !inBrackets(f, $0, from: label.lowerBound) })
      else { continue }
      var k = i
      while k < min(i + 2, t.count), !t[k].isNumber, MainText.figureQualifiers.contains(t[k].hash) { k += 1 }
      guard k < t.count, t[k].isNumber, k == i || t[k].gap == 0 else { continue }
      // (the number fills its cell: "31", "23.900", "3,7 triệu"; not "12/5" nor "5 hội và 2 câu lạc bộ")
      var e = k + 1
      while e < t.count, t[e].isNumber, t[e].gap == UInt8(ascii: ".") || t[e].gap == UInt8(ascii: ",") { e += 1 }
      if e < t.count, t[e].gap == 0, NumberReader.scales.contains(where: { $0.0 == t[e].hash }) { e += 1 }
      guard e == t.count || t[e].gap == bar else { continue }
      return (label, k)
    }
    return nil
  }

  /// Whether token `i` stands inside brackets opened after token `start`.
  static func inBrackets(_ f: FoldedText, _ i: Int, from start: Int) -> Bool {
    var depth = 0
    for k in start...i {
      if f.tokens[k].gap == UInt8(ascii: "(") { depth += 1 } else if f.tokens[k].gap == UInt8(ascii: ")") { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// The metric a table row's label cell names for the number `n` in the next cell: a member
  /// noun of `FigureExtractor.metrics` starting within the label's first three words ("Tổng số
  /// hội viên", "Hội viên được đại diện", "Đại biểu dự Đại hội"), or staff and members ("Cán bộ,
  /// hội viên").
  static func metric(before n: WrittenNumber, in f: FoldedText) -> (MemberMetric, Int)? {
    guard n.start >= 1, let row = labelledNumber(in: f), row.number == n.start else { return nil }
    for k in row.label.prefix(labelNounWithin) {
      for (p, m) in FigureExtractor.metrics where k + p.count <= row.label.upperBound && f.matches(p, at: k) {
        return (m, n.end)
      }
      if FigureExtractor.staffAndMembers.contains(where: { k + $0.count <= row.label.upperBound && f.matches($0, at: k) }) {
        return (.hoi_vien, n.end)
      }
    }
    return nil
  }
}

extension TableRow {
  /// A text table's rows with their wrapped cells joined: in a grid drawn with bars ("| 9/3/2022
  /// | Buổi làm việc với cơ quan Trung ương đóng |" over "|  | trên địa bàn tỉnh |"), a row
  /// whose first cell is blank goes on the row above it, cell by cell. Nil when nothing is joined.
  static func joiningWrappedCells(_ text: String) -> String? {
    guard text.utf8.count >= 4, hasGridRow(text) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var changed = false
    var previous: (index: Int, cells: [String])? = nil
    var out: [String] = []
    for line in lines {
      guard let cells = gridCells(line) else {
        previous = nil
        out.append(String(line))
        continue
      }
      if let p = previous, p.cells.count == cells.count, cells[0].isEmpty, cells.contains(where: { !$0.isEmpty }) {
        let merged = zip(p.cells, cells).map { a, b in b.isEmpty ? a : (a.isEmpty ? b : a + " " + b) }
        out[p.index] = "| " + merged.joined(separator: " | ") + " |"
        previous = (p.index, merged)
        changed = true
        continue
      }
      previous = (out.count, cells)
      out.append(String(line))
    }
    return changed ? out.joined(separator: "\n") : nil
  }

  /// True when a line after the first opens with a bar, past spaces: a cheap test on the bytes
  /// before any line is split.
  static func hasGridRow(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      // (each bar found at once, then the bytes before it on its line: blanks back to a line
      // break open a row; the first line opens none)
      var from = 0
      while let bar = ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: b, from: from) {
        var k = bar - 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
        if k >= 0, b[k] == 0x0A { return true }
        from = bar + 1
      }
      return false
    }
  }

  /// The cells of a grid table's row ("| a | b |"), trimmed, or nil for any other line.
  static func gridCells<S: StringProtocol>(_ line: S) -> [String]? {
    let t = line.trimmingCharacters(in: .whitespaces)
    guard t.count >= 3, t.first == "|", t.last == "|" else { return nil }
    let cells = t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
    guard cells.count >= 2 else { return nil }
    return cells.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// True when the row's first cell holds a day ("| 9/3/2022 | Buổi làm việc … |", "Ngày 20/10/2015
  /// | Hội nghị giao ban …"): an event's row in the article, not a menu.
  static func opensWithDay(_ f: FoldedText) -> Bool {
    let t = f.tokens
    guard t.count >= 3, let firstBar = (1..<t.count).first(where: { t[$0].gap == bar }) else { return false }
    guard let d = DateReader.mentions(in: f).first, d.day != nil else { return false }
    return d.end <= firstBar
  }
}
