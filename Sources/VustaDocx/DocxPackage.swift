//! The zip container of a .docx: parts written in a fixed order with a fixed date, XML
//! deflated, pictures (already compressed PNG) stored, so the same input gives the same bytes.

import Foundation
import ZIPFoundation

/// One part of the package: its path in the zip and its bytes.
struct DocxPart {
  var path: String
  var bytes: Data
  /// Whether the part is deflated (XML) or stored as is (PNG pictures).
  var compress: Bool
}

/// Why a document could not be written.
public enum DocxError: Error, CustomStringConvertible {
  /// The zip library refused (out of memory, a bad entry).
  case package(String)
  /// A chart could not be rendered as a picture.
  case picture(String)

  public var description: String {
    switch self {
    case let .package(m): return "không ghi được gói DOCX (cannot write the DOCX package): \(m)"
    case let .picture(m): return "không vẽ được hình cho DOCX (cannot render a picture): \(m)"
    }
  }
}

/// Zips parts into the bytes of a .docx.
enum DocxPackage {
  static func zip(_ parts: [DocxPart], date: Date) throws -> [UInt8] {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for p in parts {
        let data = p.bytes
        try archive.addEntry(with: p.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                             compressionMethod: p.compress ? .deflate : .none, bufferSize: max(16_384, data.count)) {
          position, size in data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw DocxError.package("no data") }
      return [UInt8](data)
    } catch let e as DocxError {
      throw e
    } catch {
      throw DocxError.package("\(error)")
    }
  }
}
