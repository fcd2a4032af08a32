import Foundation
import VustaCorpus

/// A fresh folder under the work folder's uploads/ for one upload; the only place a request's
/// files are ever written. File names from the browser are reduced to a safe base name.
struct UploadFolder {
  let path: String

  /// Makes `uploads/<random id>/` (mode 0700).
  init(root: String) throws {
    let dir = (root as NSString).appendingPathComponent("uploads/" + Tokens.id())
    guard mkdir(dir, 0o700) == 0 else {
      throw WebError(.internalServerError, "Không tạo được thư mục tải lên (cannot create the upload folder).")
    }
    path = dir
  }

  /// A safe file name from what the browser sent: the last path component, control characters,
  /// slashes and leading dots removed, at most 120 characters; nil when nothing is left.
  static func safeName(_ sent: String) -> String? {
    let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    var name = String(last.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 && !":*?\"<>|".unicodeScalars.contains($0) }
      .map(Character.init))
    while name.hasPrefix(".") { name.removeFirst() }
    name = name.trimmingCharacters(in: .whitespaces)
    if name.count > 120 {
      let ext = (name as NSString).pathExtension
      name = String(name.prefix(110)) + (ext.isEmpty ? "" : "." + ext)
    }
    return name.isEmpty ? nil : name
  }

  /// True for the files an upload keeps: the article formats the corpus reads, and sources.csv.
  static func accepted(_ name: String) -> Bool {
    name.lowercased() == "sources.csv" || Corpus.extensions.contains((name as NSString).pathExtension.lowercased())
  }

  /// Writes a file under this folder (a new name when taken); returns its path.
  func write(_ bytes: [UInt8], name: String) throws -> String {
    var candidate = name
    var n = 2
    let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
    while FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(candidate)) {
      candidate = "\(base)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
      n += 1
    }
    let target = (path as NSString).appendingPathComponent(candidate)
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
    } catch {
      throw WebError(.internalServerError, "Không ghi được tệp tải lên (cannot write the upload): \(candidate)")
    }
    return target
  }
}
