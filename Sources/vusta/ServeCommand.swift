import ArgumentParser
import Foundation
import VustaStore
import VustaWeb

/// `vusta serve`: the office web app over the store (docs/web.md).
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Chạy ứng dụng web: xem số liệu, rà soát và hiệu chỉnh dữ kiện, nạp bài, lập báo cáo.",
    discussion: """
      Mặc định chỉ máy này truy cập được (127.0.0.1). Mở cho mạng nội bộ (--host 0.0.0.0) cần \
      tài khoản: vusta user add TÊN --role editor. Tệp tải lên và báo cáo được ghi vào --work \
      (mặc định vusta-web/ cạnh kho dữ liệu).
      Mã thoát (exit codes): 0 dừng bình thường (Ctrl+C), 1 không mở được cổng, 2 tham số sai hoặc thiếu tài khoản, \
      65 kho hỏng, 74 kho chỉ đọc.
      """)

  @OptionGroup var store: StoreOptions
  @Option(help: "Địa chỉ lắng nghe.") var host: String = "127.0.0.1"
  @Option(help: "Cổng.") var port: Int = 8080
  @Option(help: "Thư mục làm việc của máy chủ (tệp tải lên, báo cáo).") var work: String?
  @Option(help: "Dung lượng tối đa mỗi lần tải lên, MB.") var maxUploadMb: Int = 20

  func validate() throws {
    guard (1...65535).contains(port) else { throw ValidationError("--port cần một số từ 1 đến 65535") }
    guard (1...1024).contains(maxUploadMb) else { throw ValidationError("--max-upload-mb cần một số từ 1 đến 1024") }
  }

  func run() throws {
    let db = try store.open(.readWrite)
    let users: [StoredUser]
    do { users = try db.users() } catch { throw Failure.report(error) }
    if !WebConfig.isLoopback(host) && users.isEmpty {
      Stderr.line("vusta serve: --host \(host) mở ứng dụng cho cả mạng nên cần tài khoản; tạo trước bằng "
        + "`vusta user add TÊN --role editor` (a non-loopback host needs accounts)")
      throw Exit.usage
    }
    let config = WebConfig(dbPath: store.path, host: host, port: port, workDir: work,
                           maxUploadBytes: maxUploadMb * 1024 * 1024)
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var failure: Error?
    Task {
      do {
        let app = try await WebApp.make(config: config, store: db)
        app.warmUp()
        let shown = host.contains(":") ? "[\(host)]" : host
        Stderr.line("vusta serve: mở http://\(shown):\(port)/ trong trình duyệt; kho \(store.path); "
          + (users.isEmpty ? "không cần đăng nhập (chỉ máy này)" : "\(users.count) tài khoản") + ". Ctrl+C để dừng.")
        try await app.application().runService()
      } catch {
        failure = error
      }
      done.signal()
    }
    done.wait()
    if let failure {
      if let e = failure as? StoreError { throw Failure.report(e) }
      Stderr.line("vusta serve: không chạy được máy chủ trên \(host):\(port) (cannot serve): \(failure)")
      throw Exit.failure
    }
  }
}
