import Foundation

/// A part of a multipart/form-data body: its field name, the file name the browser sent (only a
/// hint, never a path we use) and its bytes.
struct MultipartPart {
  var name: String
  var filename: String?
  var data: [UInt8]

  /// The part as text (UTF-8, invalid bytes replaced) — for the small fields.
  var text: String { String(decoding: data, as: UTF8.self) }
}

/// Parses multipart/form-data bodies (RFC 7578), all in memory (the body is already limited).
enum Multipart {
  /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, nil otherwise.
  static func boundary(contentType: String?) -> String? {
    guard let ct = contentType, ct.lowercased().hasPrefix("multipart/form-data") else { return nil }
    for param in ct.split(separator: ";").dropFirst() {
      let kv = param.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if kv.count == 2, kv[0].lowercased() == "boundary" {
        let b = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return b.isEmpty || b.count > 200 ? nil : b
      }
    }
    return nil
  }

  /// The parts of `body`.
  /// - Throws: `WebError` 400 when the body does not follow the boundary's format.
  static func parse(_ body: [UInt8], boundary: String) throws -> [MultipartPart] {
    let bad = WebError.badRequest("Dữ liệu tải lên không đúng định dạng multipart/form-data (malformed upload).")
    let delimiter = Array(("--" + boundary).utf8)
    var positions: [Int] = []
    var i = 0
    while let p = find(delimiter, in: body, from: i) {
      positions.append(p)
      i = p + delimiter.count
    }
    guard positions.count >= 2 else { throw bad }
    var parts: [MultipartPart] = []
    for k in 0..<(positions.count - 1) {
      var start = positions[k] + delimiter.count
      // "--" after the delimiter ends the body
      if start + 1 < body.count, body[start] == 0x2D, body[start + 1] == 0x2D { break }
      guard start + 1 < body.count, body[start] == 0x0D, body[start + 1] == 0x0A else { throw bad }
      start += 2
      var end = positions[k + 1]
      guard end >= start + 2, body[end - 2] == 0x0D, body[end - 1] == 0x0A else { throw bad }
      end -= 2
      guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: start), headerEnd <= end else { throw bad }
      let headers = String(decoding: body[start..<headerEnd], as: UTF8.self)
      var name: String?
      var filename: String?
      for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
        name = param("name", in: line)
        filename = param("filename", in: line)
      }
      guard let name else { throw bad }
      parts.append(MultipartPart(name: name, filename: filename, data: Array(body[(headerEnd + 4)..<end])))
    }
    return parts
  }

  /// A `key="value"` parameter of a header line.
  static func param(_ key: String, in line: String) -> String? {
    guard let r = line.range(of: "; \(key)=\"") ?? line.range(of: ";\(key)=\"") else { return nil }
    var value = ""
    var escaped = false
    for c in line[r.upperBound...] {
      if escaped { value.append(c); escaped = false; continue }
      if c == "\\" { escaped = true; continue }
      if c == "\"" { return value }
      value.append(c)
    }
    return nil
  }

  /// The first index of `needle` in `hay` at or after `from`.
  static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
    let first = needle[0]
    var i = from
    let last = hay.count - needle.count
    while i <= last {
      if hay[i] == first {
        var j = 1
        while j < needle.count && hay[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
