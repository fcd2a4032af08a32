import VustaModel

/// The file a stored document was read from. A listing page's items are stored as documents
/// `PAGE#1`, `PAGE#2` … of one file; their hashes are the page's followed by `#N`.
public enum DocumentFile {
  /// The file of a document path, or the file hash of a document hash: `x#12` → `x`; a `#` not
  /// followed by digits only (part of a file name) is kept.
  public static func file(of path: String) -> String {
    guard let hash = path.lastIndex(of: "#") else { return path }
    let tail = path[path.index(after: hash)...]
    guard !tail.isEmpty, tail.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return path }
    return String(path[..<hash])
  }

  /// Documents grouped by file, in the order given (a file's documents are consecutive).
  static func groups(_ documents: [ExtractedDocument]) -> [[ExtractedDocument]] {
    var out: [[ExtractedDocument]] = []
    var last: String?
    for d in documents {
      let f = file(of: d.path)
      if f == last { out[out.count - 1].append(d) } else { out.append([d]); last = f }
    }
    return out
  }
}
