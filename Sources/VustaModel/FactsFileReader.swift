import Foundation

/// Reads a facts file (`{"documents": [...]}`, the contract of `vusta extract --format json` and
/// of `truth.json`) one document at a time, in chunks, so memory stays bounded by one batch of
/// documents whatever the size of the file.
public struct FactsFileReader {
  /// The file read.
  public let path: String
  /// Bytes read from the file at a time.
  public var chunkSize = 1 << 20

  /// A reader of the file at `path`.
  public init(path: String) { self.path = path }

  /// Calls `body` with the documents in order, `batch` at a time.
  /// - Throws: `FactsFileError` naming the file, the line and what was expected, for a file that
  ///   cannot be read, is not a facts file, or has a document that does not follow the contract.
  public func forEachBatch(of batch: Int, _ body: ([ExtractedDocument]) throws -> Void) throws {
    var pending: [ExtractedDocument] = []
    let decoder = JSONDecoder()
    try forEachDocument { bytes, line, index in
      do {
        pending.append(try decoder.decode(ExtractedDocument.self, from: bytes))
      } catch {
        throw FactsFileError(path: path, line: line,
                             message: "tài liệu thứ \(index + 1) không theo hợp đồng dữ kiện: \(FactsFileReader.describe(error))")
      }
      if pending.count == batch {
        try body(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
    if !pending.isEmpty { try body(pending) }
  }

  /// Checks every document of the file without keeping them; returns how many there are.
  @discardableResult
  public func validate() throws -> Int {
    var n = 0
    try forEachBatch(of: 256) { n += $0.count }
    return n
  }

  /// Splits the file into the JSON texts of the elements of its top-level "documents" array.
  func forEachDocument(_ body: (Data, _ line: Int, _ index: Int) throws -> Void) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FactsFileError(path: path, line: nil, message: "không đọc được tệp (cannot read the file)")
    }
    defer { try? handle.close() }
    var depth = 0, line = 1, index = 0
    var inString = false, escaped = false
    var key: [UInt8] = [], lastKey = "", readingKey = false, sawDocuments = false
    var element: [UInt8] = [], elementLine = 0, inElement = false
    var sawObject = false
    while true {
      let chunk = try handle.read(upToCount: chunkSize) ?? Data()
      if chunk.isEmpty { break }
      for byte in chunk {
        if byte == 0x0A { line += 1 }
        if inElement { element.append(byte) }
        if inString {
          if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
          else if readingKey { key.append(byte) }
          continue
        }
        let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        if depth == 2 && lastKey == "documents" && !inElement && byte != 0x7B && byte != 0x5D && byte != 0x2C && !isSpace {
          throw FactsFileError(path: path, line: line, message: "tài liệu thứ \(index + 1): cần một đối tượng {…} (expected a document object)")
        }
        switch byte {
        case 0x22:  // "
          inString = true
          readingKey = depth == 1 && !inElement
          if readingKey { key.removeAll(keepingCapacity: true) }
        case 0x3A:  // :
          if depth == 1 { lastKey = String(decoding: key, as: UTF8.self) }
        case 0x7B, 0x5B:  // { [
          if depth == 0 {
            guard byte == 0x7B else { throw notFacts(line) }
            sawObject = true
          }
          if depth == 1 && byte == 0x5B && lastKey == "documents" { sawDocuments = true }
          if depth == 2 && lastKey == "documents" && !inElement {
            inElement = true
            elementLine = line
            element = [byte]
          }
          depth += 1
        case 0x7D, 0x5D:  // } ]
          depth -= 1
          if depth < 0 { throw FactsFileError(path: path, line: line, message: "dấu đóng thừa (unexpected closing bracket)") }
          if depth == 2 && inElement {
            inElement = false
            try body(Data(element), elementLine, index)
            index += 1
          }
        default:
          if depth == 0 && !(isSpace || byte == 0xEF || byte == 0xBB || byte == 0xBF) {
            throw notFacts(line)
          }
        }
      }
    }
    if depth != 0 || inString {
      throw FactsFileError(path: path, line: line, message: "tệp kết thúc giữa chừng (unexpected end of file: unclosed bracket or string)")
    }
    if !sawObject || !sawDocuments { throw notFacts(line) }
  }

  private func notFacts(_ line: Int) -> FactsFileError {
    FactsFileError(path: path, line: line, message: "không phải tệp dữ kiện (expected {\"documents\": [...]})")
  }

  /// A decoding error in a person's words: what was expected, and at which key.
  static func describe(_ error: Error) -> String {
    guard let e = error as? DecodingError else { return "\(error)" }
    func at(_ path: [CodingKey]) -> String {
      path.isEmpty ? "" : " tại " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch e {
    case let .keyNotFound(k, c): return "thiếu khóa \"\(k.stringValue)\"\(at(c.codingPath))"
    case let .typeMismatch(_, c), let .valueNotFound(_, c), let .dataCorrupted(c):
      return "\(c.debugDescription)\(at(c.codingPath))"
    @unknown default: return "\(error)"
    }
  }
}

/// A facts file that cannot be read as the contract (exit 65): file, line, what was expected.
public struct FactsFileError: Error, CustomStringConvertible, Equatable {
  public var path: String
  public var line: Int?
  public var message: String

  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
