//! Writing an output file whole or not at all: a temporary file in the same folder, then a
//! rename over the target, so a half-written file never replaces a good one.

import Foundation
import VustaModel

/// Why an output file could not be written (exit 74).
struct OutputError: Error, CustomStringConvertible {
  var description: String
}

enum OutputFile {
  /// Writes bytes to `path` atomically.
  /// - Throws: `OutputError` with a Vietnamese + English message when the folder is missing,
  ///   not writable, or the disk fails.
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
      if FileManager.default.fileExists(atPath: dir) {
        throw OutputError(description: "\(path): '\(dir)' là một tệp, không phải thư mục (is a file, a folder is needed)")
      }
      throw OutputError(description: "\(path): thư mục \(dir) không tồn tại (folder does not exist)")
    }
    var isDirTarget: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirTarget), isDirTarget.boolValue {
      throw OutputError(description: "\(path): là một thư mục, cần tên tệp (is a folder; a file name is needed)")
    }
    let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutputError(description: "\(path): không ghi được vào thư mục \(dir) (\(reason(errno)))")
    }
    var ok = true
    bytes.withUnsafeBytes { buf in
      var off = 0
      while off < buf.count {
        let n = Foundation.write(fd, buf.baseAddress! + off, buf.count - off)
        if n <= 0 { ok = false; break }
        off += n
      }
    }
    let err = errno
    if close(fd) != 0 { ok = false }
    guard ok else {
      unlink(tmp)
      throw OutputError(description: "\(path): ghi tệp thất bại (write failed: \(reason(err)))")
    }
    guard rename(tmp, path) == 0 else {
      let e = errno
      unlink(tmp)
      throw OutputError(description: "\(path): không thay được tệp cũ (cannot replace the file: \(reason(e)))")
    }
  }

  /// Puts a set of files written whole (in a staging folder on the same disk) in place, all or
  /// none: every destination is checked first (its folder made, no folder where a file goes),
  /// then each earlier file is set aside in `backups` and the new one renamed in; a failure half
  /// way puts every earlier file back, so a failed run leaves the earlier reports as they were
  /// (an edited .docx among them).
  /// - Throws: `OutputError` naming the destination that could not be written.
  static func replaceAll(_ moves: [(from: String, to: String)], backups: String) throws {
    for m in moves {
      try folder((m.to as NSString).deletingLastPathComponent)
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: m.to, isDirectory: &isDir), isDir.boolValue {
        throw OutputError(description: "\(m.to): là một thư mục, cần tên tệp; không tệp nào được thay "
          + "(is a folder; a file name is needed — no file was replaced)")
      }
    }
    var done: [(to: String, backup: String?)] = []
    do {
      for (i, m) in moves.enumerated() {
        var backup: String? = nil
        var st = stat()
        if lstat(m.to, &st) == 0 {
          let b = (backups as NSString).appendingPathComponent("old-\(i)")
          guard rename(m.to, b) == 0 else {
            throw OutputError(description: "\(m.to): không thay được tệp cũ; không tệp nào được thay (cannot replace the file: \(reason(errno)))")
          }
          backup = b
        }
        guard rename(m.from, m.to) == 0 else {
          let e = errno
          if let b = backup { rename(b, m.to) }
          throw OutputError(description: "\(m.to): không ghi được; không tệp nào được thay (cannot write: \(reason(e)))")
        }
        done.append((m.to, backup))
      }
    } catch {
      for d in done.reversed() {
        if let b = d.backup { rename(b, d.to) } else { unlink(d.to) }
      }
      throw error
    }
  }

  /// Makes the folder `path` (and its parents) unless it exists.
  /// - Throws: `OutputError` naming the path when it, or one of its parents, is a file and not
  ///   a folder, or when the folder cannot be made (read-only disk, no permission).
  static func folder(_ path: String, option: String = "--out") throws {
    try checkFolder(path, option: option)
    var made = true
    var code: Int32 = 0
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      made = false
      code = WriteFailure.posixCode(of: error) ?? EIO
    }
    guard made else {
      throw OutputError(description: "\(option) \(path): không tạo được thư mục (cannot create the folder: \(reason(code)))")
    }
  }

  /// Throws `OutputError` when `path` or one of its parents is a file, not a folder (checked
  /// before anything is computed, so the person learns it at once).
  static func checkFolder(_ path: String, option: String = "--out") throws {
    var isDir: ObjCBool = false
    var prefix = ""
    for part in (path as NSString).pathComponents {
      prefix = prefix.isEmpty ? part : (prefix as NSString).appendingPathComponent(part)
      if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDir), !isDir.boolValue {
        throw OutputError(description: "\(option) \(path): '\(prefix)' là một tệp, không phải thư mục; "
          + "hãy chọn một thư mục khác (is a file, a folder is needed)")
      }
    }
  }

  private static func reason(_ e: Int32) -> String { WriteFailure.reason(e) }
}
