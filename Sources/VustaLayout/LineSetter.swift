//! Breaking styled text into lines and placing each line as text runs: the one place that
//! turns words into TextRuns, shared by paragraphs, headings, list items and table cells.

import VustaFrame

/// How the lines of a text are aligned.
public enum Alignment: String, Hashable, Sendable {
  case left, center, right, justify
}

/// One piece of a word in one style (a word may mix styles: "(**15**)").
struct Piece: Hashable {
  var text: String
  var style: TextStyle
  var link: LinkTarget?
  var width: Double
}

/// A word: its pieces, its width and whether a space separates it from the word before.
struct Word: Hashable {
  var pieces: [Piece]
  var width: Double
  var spaceBefore: Bool
}

/// A broken line: its words and its natural width.
public struct SetLine: Hashable {
  var words: [Word]
  var width: Double
  /// The widest ascent and descent of its pieces.
  var ascent: Double
  var descent: Double
  /// True for the last line of a paragraph (never justified).
  var isLast: Bool
  /// The line's text without marks.
  public var text: String {
    var s = ""
    for (i, w) in words.enumerated() {
      if i > 0 && w.spaceBefore { s += " " }
      s += w.pieces.map(\.text).joined()
    }
    return s
  }
}

/// Breaks and places styled text with a TextMeasurer.
struct LineSetter {
  let measurer: TextMeasurer

  /// The words of spans in a base style (bold/italic spans change the weight or slant).
  func words(_ spans: [Span], style: TextStyle) -> [Word] {
    var words: [Word] = []
    var pendingSpace = false
    for span in spans {
      let st = style.with(bold: style.font.bold || span.bold, italic: style.font.italic || span.italic)
      var token = ""
      func emit() {
        guard !token.isEmpty else { return }
        let w = measurer.measure(token, font: st.font).width
        let piece = Piece(text: token, style: st, link: span.link, width: w)
        if !pendingSpace, var last = words.popLast() {
          last.pieces.append(piece); last.width += w
          words.append(last)
        } else {
          words.append(Word(pieces: [piece], width: w, spaceBefore: pendingSpace && !words.isEmpty))
        }
        pendingSpace = false
        token = ""
      }
      for ch in span.text {
        if ch == " " {
          emit()
          pendingSpace = true
        } else {
          token.append(ch)
        }
      }
      emit()
    }
    return words
  }

  /// The width of a space in a style.
  func space(_ style: TextStyle) -> Double { measurer.measure(" ", font: style.font).width }

  /// Greedy line breaking at spaces; a word wider than a line is cut between characters.
  /// `firstIndent` narrows the first line.
  func lines(_ spans: [Span], style: TextStyle, width: Double, firstIndent: Double = 0) -> [SetLine] {
    var out: [SetLine] = []
    var current: [Word] = []
    var currentWidth = 0.0
    let spaceWidth = space(style)
    let baseMetrics = measurer.measure("Ẩg", font: style.font)
    func finish(last: Bool) {
      var ascent = baseMetrics.ascent, descent = baseMetrics.descent
      for w in current {
        for p in w.pieces where p.style.font.size != style.font.size {
          let m = measurer.measure("Ẩg", font: p.style.font)
          ascent = max(ascent, m.ascent); descent = max(descent, m.descent)
        }
      }
      out.append(SetLine(words: current, width: currentWidth, ascent: ascent, descent: descent, isLast: last))
      current = []
      currentWidth = 0
    }
    for var word in words(spans, style: style) {
      let avail = width - (out.isEmpty ? firstIndent : 0)
      let add = (current.isEmpty ? 0 : (word.spaceBefore ? spaceWidth : 0)) + word.width
      if !current.isEmpty && currentWidth + add > avail + 0.01 {
        finish(last: false)
      }
      if current.isEmpty {
        word.spaceBefore = false
        let room = width - (out.isEmpty ? firstIndent : 0)
        if word.width > room + 0.01 {
          let parts = cut(word, width: room)
          for part in parts.dropLast() {
            current = [part]; currentWidth = part.width
            finish(last: false)
          }
          word = parts.last!
        }
        current = [word]
        currentWidth = word.width
      } else {
        current.append(word)
        currentWidth += add
      }
    }
    finish(last: true)
    return out
  }

  /// The first `maxLines` of `lines`, the last of them ending in "…" when some were dropped
  /// (a 3,000-character address or a page-long title in a table cell): words, then characters
  /// of the last word, give way to the ellipsis so the line stays within `width`.
  func shortened(_ lines: [SetLine], to maxLines: Int, width: Double, style: TextStyle) -> [SetLine] {
    guard lines.count > max(1, maxLines) else { return lines }
    var kept = Array(lines.prefix(max(1, maxLines)))
    var last = kept.removeLast()
    let pieceStyle = last.words.last?.pieces.last?.style ?? style
    let ellipsis = measurer.measure("…", font: pieceStyle.font).width
    let spaceWidth = space(style)
    func lineWidth(_ words: [Word]) -> Double {
      words.enumerated().reduce(0) { $0 + ($1.offset > 0 && $1.element.spaceBefore ? spaceWidth : 0) + $1.element.width }
    }
    var words = last.words
    while words.count > 1 && lineWidth(words) + ellipsis > width { words.removeLast() }
    if var word = words.popLast() {
      // one word left (a cut address): drop its characters from the end until "…" fits
      let before = lineWidth(words) + (words.isEmpty || !word.spaceBefore ? 0 : spaceWidth)
      while var piece = word.pieces.popLast() {
        var chars = Array(piece.text)
        while !chars.isEmpty && before + word.width - piece.width + measurer.measure(String(chars), font: piece.style.font).width
          + ellipsis > width
        {
          chars.removeLast(max(1, chars.count / 8 > 4 ? chars.count / 8 : 1))
        }
        if !chars.isEmpty {
          let w = measurer.measure(String(chars), font: piece.style.font).width
          word.width += w - piece.width
          piece.text = String(chars)
          piece.width = w
          word.pieces.append(piece)
          break
        }
        word.width -= piece.width
      }
      if !word.pieces.isEmpty { words.append(word) }
    }
    let mark = Piece(text: "…", style: pieceStyle, link: last.words.last?.pieces.last?.link, width: ellipsis)
    if var end = words.popLast() {
      end.pieces.append(mark)
      end.width += ellipsis
      words.append(end)
    } else {
      words = [Word(pieces: [mark], width: ellipsis, spaceBefore: false)]
    }
    last.words = words
    last.width = lineWidth(words)
    last.isLast = true
    kept.append(last)
    return kept
  }

  /// A too-long word (a path, an address, a long symbol) cut into pieces no wider than
  /// `width`: after "/", "_", "-", "." and the like where it can, as a typesetter breaks an
  /// address, else between characters.
  private func cut(_ word: Word, width: Double) -> [Word] {
    let style = word.pieces[0].style
    let link = word.pieces[0].link
    let chars = Array(word.pieces.map(\.text).joined())
    func measured(_ from: Int, _ to: Int) -> Double { measurer.measure(String(chars[from..<to]), font: style.font).width }
    // segments end after a break character
    var ends: [Int] = []
    for (i, c) in chars.enumerated() where LineSetter.breaksAfter.contains(c) && i + 1 < chars.count { ends.append(i + 1) }
    ends.append(chars.count)
    var parts: [Word] = []
    func emit(_ from: Int, _ to: Int) {
      let w = measured(from, to)
      parts.append(Word(pieces: [Piece(text: String(chars[from..<to]), style: style, link: link, width: w)],
                        width: w, spaceBefore: false))
    }
    var start = 0
    var k = 0
    while start < chars.count {
      // as many whole segments as fit, judged by their own widths, then checked as a whole
      var end = start, estimate = 0.0
      while k < ends.count {
        let w = measured(end, ends[k])
        if end > start && estimate + w > width { break }
        estimate += w
        end = ends[k]
        k += 1
      }
      while end > start && measured(start, end) > width, let previous = ends.last(where: { $0 > start && $0 < end }) {
        end = previous
        k = ends.firstIndex(of: end)! + 1
      }
      if measured(start, end) <= width {
        emit(start, end)
        start = end
        continue
      }
      // one segment wider than the line: between characters, the longest piece that fits
      var lo = start + 2, hi = end - 1
      var fit = start + 1
      while lo <= hi {
        let mid = (lo + hi) / 2
        if measured(start, mid) <= width { fit = mid; lo = mid + 1 } else { hi = mid - 1 }
      }
      emit(start, fit)
      start = fit
      k = ends.firstIndex(where: { $0 > start }) ?? ends.count
    }
    return parts
  }

  /// Characters after which a long word may break.
  static let breaksAfter: Set<Character> = ["/", "\\", "_", "-", ".", "?", "&", "=", ",", ";", ":"]

  /// Places one line with its baseline at `baseline`, from `x` in a box `width` wide.
  /// Justified lines stretch their spaces: runs carry `justifiedWidth` for their inner
  /// spaces and the gaps between runs grow by the same amount.
  func place(_ line: SetLine, in frame: inout Frame, x: Double, baseline: Double, width: Double,
             alignment: Alignment, baseStyle: TextStyle) {
    guard !line.words.isEmpty else { return }
    let spaceWidth = space(baseStyle)
    let gaps = line.words.dropFirst().filter(\.spaceBefore).count
    var extra = 0.0
    var startX = x
    switch alignment {
    case .justify where !line.isLast && gaps > 0 && line.width < width:
      extra = (width - line.width) / Double(gaps)
    case .center: startX = x + (width - line.width) / 2
    case .right: startX = x + width - line.width
    default: break
    }
    // Group consecutive pieces of one style and link into runs.
    struct RunDraft { var text: String; var style: TextStyle; var link: LinkTarget?; var natural: Double; var spaces: Int }
    var drafts: [(gapBefore: Double, draft: RunDraft)] = []
    for (wi, word) in line.words.enumerated() {
      for (pi, piece) in word.pieces.enumerated() {
        let spaced = pi == 0 && wi > 0 && word.spaceBefore
        if var last = drafts.last, last.draft.style == piece.style, last.draft.link == piece.link {
          drafts.removeLast()
          if spaced {
            last.draft.text += " "
            last.draft.natural += spaceWidth
            last.draft.spaces += 1
          }
          last.draft.text += piece.text
          last.draft.natural += piece.width
          drafts.append(last)
        } else {
          drafts.append((spaced ? spaceWidth + extra : 0,
                         RunDraft(text: piece.text, style: piece.style, link: piece.link, natural: piece.width, spaces: 0)))
        }
      }
    }
    var cx = startX
    for (gap, d) in drafts {
      cx += gap
      // The run's width is the sum of its measured words and spaces: no second measuring.
      var run = TextRun(text: d.text, font: d.style.font, color: d.style.color,
                        metrics: TextMetrics(width: d.natural, ascent: line.ascent, descent: line.descent))
      let target = d.natural + Double(d.spaces) * extra
      if extra > 0 && d.spaces > 0 {
        run.justifiedWidth = target
        run.metrics.width = target
      }
      frame.add(run, baseline: Point(cx, baseline))
      if let link = d.link {
        frame.add(.link(Link(size: Size(run.metrics.width, line.ascent + line.descent), target: link)),
                  at: Point(cx, baseline - line.ascent))
      }
      cx += extra > 0 && d.spaces > 0 ? target : run.metrics.width
    }
  }
}
