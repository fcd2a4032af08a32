import Foundation
import VustaModel

/// A file written in chunks to `PATH.tmp` and renamed to `PATH` once complete; on any failure
/// the temporary file is removed, so a full disk never leaves a half-written or empty file.
/// Errors are `WriteFailure`s naming the file and the system's reason.
final class StreamingFile {
  let path: String
  let temporary: String
  private var fd: Int32
  private var buffer: [UInt8] = []
  private var committed = false

  /// Creates `path + ".tmp"` (replacing an older one).
  init(path: String) throws {
    self.path = path
    temporary = path + ".tmp"
    fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if fd < 0 { throw WriteFailure(path: temporary, code: errno) }
    buffer.reserveCapacity(1 << 16)
  }

  deinit { discard() }

  /// Appends text; written out in 64 KiB chunks.
  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  private func flush() throws {
    try buffer.withUnsafeBytes { raw in
      var off = 0
      while off < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { throw WriteFailure(path: temporary, code: n < 0 ? errno : ENOSPC) }
        off += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left, closes, and renames the temporary file to `path`.
  func commit() throws {
    try flush()
    let closed = close(fd)
    fd = -1
    if closed != 0 { throw WriteFailure(path: temporary, code: errno) }
    if rename(temporary, path) != 0 { throw WriteFailure(path: path, code: errno) }
    committed = true
  }

  /// Closes and removes the temporary file (nothing happens after `commit`).
  func discard() {
    if fd >= 0 {
      close(fd)
      fd = -1
    }
    if !committed { unlink(temporary) }
  }

  /// Writes a whole small file through a temporary file.
  static func write(_ text: String, to path: String) throws {
    let f = try StreamingFile(path: path)
    do {
      try f.write(text)
      try f.commit()
    } catch {
      f.discard()
      throw error
    }
  }
}
