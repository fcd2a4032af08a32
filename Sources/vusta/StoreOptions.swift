import ArgumentParser
import Foundation
import VustaStore

/// `--db PATH`, else `$VUSTA_DB`, else `vusta.sqlite` in the working folder.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: "Kho dữ liệu SQLite (mặc định: $VUSTA_DB, hoặc vusta.sqlite ở thư mục hiện tại).")
  var db: String?

  /// The store's path.
  var path: String {
    if let db, !db.isEmpty { return db }
    if let env = ProcessInfo.processInfo.environment["VUSTA_DB"], !env.isEmpty { return env }
    return "vusta.sqlite"
  }

  /// Opens the store, reporting a refusal on stderr with its exit code.
  func open(_ access: Store.Access) throws -> Store {
    Failure.storePath = path
    do {
      return try Store.open(path: path, access: access, onUpgrade: StoreOptions.announce(path))
    } catch {
      throw Failure.report(error)
    }
  }

  /// Tells the person on stderr that an older store is being upgraded (it can take a while).
  static func announce(_ path: String) -> ([String]) -> Void {
    { pending in
      Stderr.line("vusta: \(path): nâng cấp kho dữ liệu lên lược đồ mới (\(pending.joined(separator: ", "))); dữ kiện được giữ nguyên…")
    }
  }
}
