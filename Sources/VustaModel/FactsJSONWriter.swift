/// Writes the facts contract as JSON bytes, one document at a time: the same bytes as
/// `JSONEncoder` with `[.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]` gives for a
/// `FactsFile` (FactsJSONWriterTests compares them), at a fraction of its cost — the encoder's
/// boxing of every value was a fifth of `vusta extract`'s time.
///
/// Usage: `begin()`, then `append(_:)` for each document, then `end()`; `take()` hands over
/// the bytes written so far, so a caller can stream a large file in pieces.
public struct FactsJSONWriter {
  private var bytes: [UInt8] = []
  private var count = 0

  /// A writer with nothing written yet.
  public init() { bytes.reserveCapacity(1 << 16) }

  /// The whole file of these documents, as `JSONEncoder` would write it (no final newline).
  public static func file(_ docs: [ExtractedDocument]) -> [UInt8] {
    var w = FactsJSONWriter()
    w.begin()
    for d in docs { w.append(d) }
    w.end()
    return w.take()
  }

  /// The bytes written since the last `take()`.
  public mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  /// How many bytes wait to be taken.
  public var pending: Int { bytes.count }

  /// Opens the file's object and its `documents` array.
  public mutating func begin() {
    text("{\n  \"documents\" : [")
  }

  /// Closes the array and the object.
  public mutating func end() {
    text(count == 0 ? "\n\n  ]\n}" : "\n  ]\n}")
  }

  /// One document, after a comma when it is not the first.
  public mutating func append(_ d: ExtractedDocument) {
    text(count == 0 ? "\n" : ",\n")
    count += 1
    let i = 4
    open(i)
    array("citations", d.citations, i + 2) { w, c, n in w.citation(c, n) }
    key("id", i + 2); string(d.id); comma()
    array("meetings", d.meetings, i + 2) { w, m, n in w.meeting(m, n) }
    array("memberFigures", d.memberFigures, i + 2) { w, f, n in w.figure(f, n) }
    key("path", i + 2); string(d.path); comma()
    key("published", i + 2); date(d.published); comma()
    key("sha256", i + 2); string(d.sha256); comma()
    key("title", i + 2); optional(d.title); comma()
    key("url", i + 2); optional(d.url)
    close(i)
  }

  // MARK: - Facts

  private mutating func meeting(_ m: Meeting, _ i: Int) {
    open(i)
    key("confidence", i + 2); string(m.confidence.rawValue); comma()
    key("date", i + 2); date(m.date); comma()
    key("evidence", i + 2); string(m.evidence); comma()
    key("kind", i + 2); string(m.kind.rawValue); comma()
    key("organizer", i + 2); optional(m.organizer); comma()
    key("province", i + 2); optional(m.province); comma()
    key("province2025", i + 2); optional(m.province2025); comma()
    key("why", i + 2); optional(m.why)
    close(i)
  }

  private mutating func figure(_ f: MemberFigure, _ i: Int) {
    open(i)
    key("confidence", i + 2); string(f.confidence.rawValue); comma()
    key("date", i + 2); date(f.date); comma()
    key("evidence", i + 2); string(f.evidence); comma()
    key("metric", i + 2); string(f.metric.rawValue); comma()
    key("province", i + 2); optional(f.province); comma()
    key("province2025", i + 2); optional(f.province2025); comma()
    key("qualifier", i + 2); string(f.qualifier.rawValue); comma()
    key("value", i + 2); integer(f.value); comma()
    key("why", i + 2); optional(f.why)
    close(i)
  }

  private mutating func citation(_ c: Citation, _ i: Int) {
    open(i)
    key("code", i + 2); string(c.code); comma()
    key("confidence", i + 2); string(c.confidence.rawValue); comma()
    array("evidence", c.evidence, i + 2) { w, e, n in w.indent(n); w.string(e) }
    key("id", i + 2); string(c.id); comma()
    key("issued", i + 2); date(c.issued); comma()
    key("issuer", i + 2); string(c.issuer); comma()
    key("mentions", i + 2); integer(c.mentions); comma()
    key("number", i + 2); string(c.number); comma()
    key("province", i + 2); optional(c.province); comma()
    key("scope", i + 2); string(c.scope.rawValue); comma()
    key("type", i + 2); string(c.type.rawValue); comma()
    key("why", i + 2); optional(c.why); comma()
    key("year", i + 2); if let y = c.year { integer(y) } else { text("null") }
    close(i)
  }

  // MARK: - JSON pieces

  /// `"name" : [ … ],` with each element on its own lines; an empty array is `[`, a blank line, `]`.
  private mutating func array<T>(_ name: String, _ items: [T], _ i: Int,
                                 _ element: (inout FactsJSONWriter, T, Int) -> Void) {
    key(name, i)
    text("[")
    if items.isEmpty {
      text("\n\n"); indent(i); text("]")
    } else {
      for (n, item) in items.enumerated() {
        text(n == 0 ? "\n" : ",\n")
        element(&self, item, i + 2)
      }
      text("\n"); indent(i); text("]")
    }
    comma()
  }

  private mutating func open(_ i: Int) { indent(i); text("{\n") }
  private mutating func close(_ i: Int) { text("\n"); indent(i); text("}") }
  private mutating func comma() { text(",\n") }

  private mutating func key(_ name: String, _ i: Int) {
    indent(i)
    bytes.append(0x22)
    text(name)
    text("\" : ")
  }

  private mutating func indent(_ i: Int) {
    for _ in 0..<i { bytes.append(0x20) }
  }

  private mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }

  private mutating func optional(_ s: String?) {
    if let s { string(s) } else { text("null") }
  }

  private mutating func date(_ d: FactDate?) {
    if let d { string(d.iso) } else { text("null") }
  }

  private mutating func integer(_ n: Int) { text(String(n)) }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t` … or `\u00XX`;
  /// everything else (slashes, Vietnamese letters) written as is, in UTF-8.
  private mutating func string(_ s: String) {
    bytes.append(0x22)
    var s = s
    s.withUTF8 { buffer in
      var start = 0
      for (n, b) in buffer.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<n]))
        start = n + 1
        switch b {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
        case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        default:
          bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, FactsJSONWriter.hex[Int(b >> 4)], FactsJSONWriter.hex[Int(b & 15)]])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
    bytes.append(0x22)
  }
}
