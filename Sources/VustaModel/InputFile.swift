import Foundation

/// Why a path named as an input file cannot be read as one, in Vietnamese with the English
/// gist: missing, a folder, or not readable. Readers ask it when reading fails,
/// so a person learns what to change ("là một thư mục"), not only that it failed.
public enum InputFile {
  /// The reason `path` is no readable regular file; nil when it is one.
  public static func problem(at path: String) -> String? {
    var st = stat()
    guard stat(path, &st) == 0 else {
      return errno == EACCES ? "không có quyền đọc (permission denied)" : "không tìm thấy tệp (no such file)"
    }
    // (a pipe or a device is read as a stream: `<(…)` in a shell names one)
    if st.st_mode & S_IFMT == S_IFDIR { return "là một thư mục, cần một tệp (is a folder; a file is needed)" }
    return access(path, R_OK) == 0 ? nil : "không có quyền đọc (permission denied)"
  }

  /// True when the reason `problem(at:)` gives means the path does not exist (exit 66, not 65).
  public static func isMissing(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) != 0 && errno == ENOENT
  }
}
