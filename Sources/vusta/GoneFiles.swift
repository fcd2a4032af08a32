import Foundation
import VustaCorpus
import VustaStore

/// Stored articles whose files are gone: those under the folders or files an ingest was given
/// (an ingest of one folder says nothing of files stored from another).
enum GoneFiles {
  /// The stored article files under `roots` (canonical paths) that no longer exist.
  static func under(_ roots: [String], in store: Store) throws -> [String] {
    try store.storedFiles(origin: .article).filter { stored in
      // stored paths are canonical already; only a relative one (older versions) is resolved
      let path = stored.hasPrefix("/") ? stored : Corpus.canonical(stored)
      let inside = roots.contains { root in path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
      return inside && GoneFiles.isGone(path)
    }
  }

  /// True when nothing is at `path` any more: not when it cannot be looked at (a folder on the
  /// way that may not be read — its files are there, and `--prune` must not remove them).
  static func isGone(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) != 0 && (errno == ENOENT || errno == ENOTDIR)
  }

  /// "3 bài trong kho không còn tệp: …; `vusta ingest --prune …` xoá dữ kiện của chúng."
  static func warning(_ gone: [String]) -> String {
    let shown = gone.prefix(10).joined(separator: ", ") + (gone.count > 10 ? ", … (\(gone.count - 10) tệp khác)" : "")
    return "vusta: cảnh báo: \(NumberText.grouped(gone.count)) bài trong kho không còn tệp: \(shown); "
      + "chạy lại với --prune để xoá dữ kiện của chúng (files gone since they were stored; --prune removes their facts)"
  }
}
