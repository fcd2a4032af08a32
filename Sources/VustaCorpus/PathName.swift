/// The parts of a file path, read the way `NSString`'s path methods read them for the paths the
/// corpus walk gives ("dir/sub/bai-1.html"), without Foundation's per-call cost (its slash fixing
/// was a fortieth of extracting a folder).
public enum PathName {
  /// The path without trailing slashes (a lone "/" kept).
  static func trimmed(_ p: Substring) -> Substring {
    var p = p
    while p.utf8.count > 1, p.utf8.last == 0x2F { p = p.dropLast() }
    return p
  }

  /// The file's name: "dir/bai.html" → "bai.html".
  public static func last(_ path: String) -> String {
    let p = trimmed(Substring(path))
    guard p != "/", let slash = p.utf8.lastIndex(of: 0x2F) else { return String(p) }
    return String(p[p.utf8.index(after: slash)...])
  }

  /// The folder holding the file: "dir/sub/bai.html" → "dir/sub", "bai.html" → "", "/bai" → "/".
  public static func folder(_ path: String) -> String {
    let p = trimmed(Substring(path))
    guard let slash = p.utf8.lastIndex(of: 0x2F) else { return "" }
    if slash == p.startIndex { return "/" }
    return String(trimmed(p[..<slash]))
  }

  /// The extension after the name's last dot, as written ("" for none or a hidden file's name).
  public static func ext(_ name: String) -> String {
    let n = last(name)
    guard let dot = n.utf8.lastIndex(of: 0x2E), dot != n.startIndex else { return "" }
    return String(n[n.utf8.index(after: dot)...])
  }

  /// The name without its extension: "bai.tar.gz" → "bai.tar".
  public static func stem(_ name: String) -> String {
    let n = last(name)
    guard let dot = n.utf8.lastIndex(of: 0x2E), dot != n.startIndex else { return n }
    return String(n[..<dot])
  }
}

