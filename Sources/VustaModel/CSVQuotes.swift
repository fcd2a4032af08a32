/// Finds a quoted CSV field that is never closed.
///
/// The CSV reader the corpus and the store use (CSV.swift) takes an unclosed quote as a field
/// that runs to the end of the file: every row after it is swallowed into one cell without a
/// word ("Hà Nội,…,\"họp quý 1" then three more rows gone). This scan follows the same rules —
/// a field is quoted when its first character (after spaces, when fields are trimmed) is `"`;
/// inside it `""` is a quote; a quote followed by the separator, a line break or the end closes
/// it; a quote followed by anything else stays inside — and tells where such a field starts.
public enum CSVQuotes {
  /// What a reader says at the line `unclosedQuoteLine` gives.
  public static let unclosedMessage =
    "dấu ngoặc kép mở ở dòng này không được đóng: các dòng sau nó sẽ bị gộp vào một ô; hãy đóng hoặc bỏ dấu \" (a quoted field is never closed)"

  /// The 1-based line on which a quoted field opens that no quote closes; nil when every quoted
  /// field is closed. Lines are counted at LF, CR LF or a lone CR.
  public static func unclosedQuoteLine(in text: String, separator: Unicode.Scalar = ",", trimsSpaces: Bool = false) -> Int? {
    let quote: Unicode.Scalar = "\"", lf: Unicode.Scalar = "\n", cr: Unicode.Scalar = "\r"
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
    var it = text.unicodeScalars.makeIterator()
    var back: Unicode.Scalar? = nil
    var line = 1
    func next() -> Unicode.Scalar? {
      if let b = back { back = nil; return b }
      return it.next()
    }
    // a line break read: CR LF counts once
    func newline(_ c: Unicode.Scalar) {
      line += 1
      if c == cr { let n = next(); if n != lf { back = n } }
    }
    var c = next()
    while c != nil {
      // the start of a field
      if trimsSpaces { while let s = c, isSpace(s) { c = next() } }
      guard let first = c else { return nil }
      if first == quote {
        let opened = line
        var closed = false
        while let q = next() {
          if q == lf || q == cr { newline(q); continue }
          guard q == quote else { continue }
          var n = next()
          if trimsSpaces { while let s = n, isSpace(s) { n = next() } }
          guard let after = n else { return nil }
          if after == quote { continue }
          if after == separator { closed = true; break }
          if after == lf || after == cr { newline(after); closed = true; break }
          // a quote followed by anything else: the reader keeps it in the field and reads on
          // (the character after it is dropped)
        }
        if !closed { return opened }
        c = next()
        continue
      }
      // an unquoted field: to the separator or the end of the line
      var u: Unicode.Scalar? = first
      while let x = u, x != separator, x != lf, x != cr { u = next() }
      if let x = u, x == lf || x == cr { newline(x) }
      if u == nil { return nil }
      c = next()
    }
    return nil
  }
}
