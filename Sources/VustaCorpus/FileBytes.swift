import Foundation

/// Reads a whole file with `open`/`fstat`/`read` into one buffer of its size: no attribute
/// lookups or progress reporting.
enum FileBytes {
  /// Why a file's bytes could not be had.
  enum Failure: Error, Equatable {
    /// Not opened or not read: a folder, no permission, gone, an I/O error.
    case unreadable
    /// A pipe or device that ran past `streamLimit` bytes (`/dev/zero`, an endless stream).
    case streamTooLong
  }

  /// The most a pipe or device named as a file is read (a regular file is read whatever its
  /// size, which `fstat` gives before reading).
  static let streamLimit = 64 << 20

  /// The file's bytes. A pipe named as a file (`vusta extract <(…)`, /dev/stdin) is read to its
  /// end, up to `streamLimit`.
  static func read(_ path: String) -> Result<Data, Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.unreadable) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_mode & S_IFMT != S_IFDIR else { return .failure(.unreadable) }
    let regular = st.st_mode & S_IFMT == S_IFREG
    // a file that grows while it is read is read to its end; st_size is only the first guess
    var data = Data(count: max(Int(st.st_size), 0) + 1)
    var filled = 0
    while true {
      if filled == data.count {
        if !regular && filled > streamLimit { return .failure(.streamTooLong) }
        data.count += max(data.count, 4096)
      }
      let n = data.withUnsafeMutableBytes { raw in
        Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable)
      }
      if n == 0 { break }
      filled += n
    }
    data.count = filled
    return .success(data)
  }
}
