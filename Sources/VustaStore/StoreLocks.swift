import Foundation

/// Who holds a lock on the store: read from Linux's /proc/locks (SQLite's locks are POSIX
/// advisory locks on the store, its -wal and its -shm file). Empty elsewhere or when unknown.
enum StoreLocks {
  /// "PID 1234: vusta ingest bai-viet/" for every other process holding a lock on the store.
  static func holders(of path: String) -> [String] {
    let inodes = Set([path, path + "-wal", path + "-shm"].compactMap { p -> UInt64? in
      var st = stat()
      return stat(p, &st) == 0 ? UInt64(st.st_ino) : nil
    })
    guard !inodes.isEmpty, let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return [] }
    var pids: [Int32] = []
    for line in table.split(separator: "\n") {
      // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF" (a "->" prefix marks a waiter)
      let f = line.split(separator: " ").filter { $0 != "->" }
      guard f.count >= 6, let pid = Int32(f[4]), pid != getpid(),
        let inode = f[5].split(separator: ":").last.flatMap({ UInt64($0) }), inodes.contains(inode),
        !pids.contains(pid)
      else { continue }
      pids.append(pid)
    }
    return pids.sorted().map { pid in
      let raw = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
      let words = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      var command = words.enumerated().map { $0.offset == 0 ? ($0.element as NSString).lastPathComponent : $0.element }
        .joined(separator: " ")
      command = String(command.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
      if command.count > 80 { command = String(command.prefix(79)) + "…" }
      return command.isEmpty ? "PID \(pid)" : "PID \(pid) (\(command))"
    }
  }
}
