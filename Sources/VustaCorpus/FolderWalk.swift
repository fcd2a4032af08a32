import Foundation

/// Walks a folder with `readdir`, so that names that are not UTF-8 are seen (FileManager's
/// enumerator drops them without a word) and reported instead of lost.
enum FolderWalk {
  /// Calls `visit` with the path of every regular file (or link to one: `viaLink`) under
  /// `root`, in no particular order; hidden names (".…") are left out and links to folders are
  /// not followed. A name that is not UTF-8, and a link that leads nowhere, are reported to
  /// `warn` and left out.
  static func walk(_ root: String, warn: (CorpusWarning) -> Void, visit: (_ path: String, _ viaLink: Bool) -> Void) {
    guard let dir = opendir(root) else {
      warn(CorpusWarning(path: root, message: "không đọc được thư mục, bỏ qua (unreadable folder, skipped)"))
      return
    }
    defer { closedir(dir) }
    var folders: [String] = []
    while let entry = readdir(dir) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if bytes.first == UInt8(ascii: ".") { continue }
      guard let name = String(validating: bytes, as: UTF8.self) else {
        let shown = TextDecoder.windows1258(bytes)
        warn(CorpusWarning(path: (root as NSString).appendingPathComponent(shown),
                           message: "tên tệp không phải UTF-8 (có lẽ từ tệp zip của Windows), không đọc được, bỏ qua; hãy đổi tên "
                             + "(file name is not UTF-8; skipped — rename it)"))
        continue
      }
      let full = (root as NSString).appendingPathComponent(name)
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): folders.append(full)
      case Int32(DT_REG): visit(full, false)
      default:
        // a link or an unknown type: follow it for a file only
        var st = stat()
        guard stat(full, &st) == 0 else {
          if Int32(entry.pointee.d_type) == Int32(DT_LNK), Corpus.extensions.contains(PathName.ext(name).lowercased()) {
            warn(CorpusWarning(path: full, message: "liên kết không dẫn tới tệp nào, bỏ qua (a broken link; skipped)"))
          }
          continue
        }
        if st.st_mode & S_IFMT == S_IFREG { visit(full, Int32(entry.pointee.d_type) == Int32(DT_LNK)) }
        if st.st_mode & S_IFMT == S_IFDIR && Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) { folders.append(full) }
      }
    }
    for f in folders { walk(f, warn: warn, visit: visit) }
  }
}
