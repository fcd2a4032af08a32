import ArgumentParser
import Foundation
import VustaStore
import VustaWeb

/// `vusta user add|list|remove`: the accounts of `vusta serve` on an office network.
struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user",
    abstract: "Tài khoản của ứng dụng web (vusta serve): thêm, liệt kê, xoá.",
    subcommands: [Add.self, List.self, Remove.self])

  /// `vusta user add NAME --role viewer|editor`: the password is asked on the terminal (twice),
  /// or read as the first line of stdin; stored as a bcrypt hash.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Thêm tài khoản (hoặc đổi vai trò, mật khẩu của tài khoản đã có).",
      discussion: """
        Mật khẩu (ít nhất 8 ký tự) được hỏi trên terminal, hoặc đọc từ dòng đầu của stdin: \
        echo 'mật-khẩu' | vusta user add lan --role editor. Chỉ lưu mã băm bcrypt.
        Mã thoát (exit codes): 0 xong, 2 tham số sai, 65 mật khẩu không hợp lệ, 74 kho chỉ đọc.
        """)
    @OptionGroup var store: StoreOptions
    @Argument(help: "Tên đăng nhập (chữ, số, . _ -; tối đa 64 ký tự).") var name: String
    @Option(help: "viewer (chỉ xem) hoặc editor (biên tập).") var role: UserRole

    func validate() throws {
      guard UserCommand.validName(name) else {
        throw ValidationError("tên \"\(name)\" không hợp lệ: chỉ gồm chữ, số, dấu . _ -, tối đa 64 ký tự")
      }
    }

    func run() throws {
      let password = try UserCommand.readPassword()
      if let problem = PasswordHash.problem(password) {
        Stderr.line("vusta user add: \(problem)")
        throw Exit.dataError
      }
      let db = try store.open(.readWrite)
      do {
        let new = try db.saveUser(name: name, role: role, passwordHash: PasswordHash.make(password))
        Stderr.line(new ? "Đã thêm tài khoản \(name) (\(role.rawValue))." : "Đã cập nhật tài khoản \(name) (\(role.rawValue)).")
      } catch {
        throw Failure.report(error)
      }
    }
  }

  /// `vusta user list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê tài khoản.")
    @OptionGroup var store: StoreOptions
    func run() throws {
      let db = try store.open(.readOnly)
      do {
        for u in try db.users() { print("\(u.name)\t\(u.role.rawValue)\t\(u.createdAt)") }
      } catch { throw Failure.report(error) }
    }
  }

  /// `vusta user remove NAME`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Xoá tài khoản.",
                                                    discussion: "Mã thoát (exit codes): 0 xong, 65 không có tài khoản này.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "Tên đăng nhập.") var name: String
    func run() throws {
      let db = try store.open(.readWrite)
      let removed: Bool
      do { removed = try db.removeUser(named: name) } catch { throw Failure.report(error) }
      guard removed else {
        Stderr.line("vusta user remove: không có tài khoản \"\(name)\" (no such account)")
        throw Exit.dataError
      }
      Stderr.line("Đã xoá tài khoản \(name).")
    }
  }

  static func validName(_ s: String) -> Bool {
    !s.isEmpty && s.count <= 64 && s.allSatisfy { ($0.isLetter || $0.isNumber || "._-".contains($0)) }
  }

  /// The password: asked twice without echo on a terminal, else the first line of stdin.
  static func readPassword() throws -> String {
    if isatty(STDIN_FILENO) == 1 {
      guard let a = getpass("Mật khẩu: ").map({ String(cString: $0) }),
            let b = getpass("Nhập lại mật khẩu: ").map({ String(cString: $0) }) else { throw Exit.dataError }
      guard a == b else {
        Stderr.line("vusta user add: hai lần nhập mật khẩu không khớp (passwords differ)")
        throw Exit.dataError
      }
      return a
    }
    guard let line = readLine(strippingNewline: true) else {
      Stderr.line("vusta user add: không đọc được mật khẩu từ stdin (no password on standard input)")
      throw Exit.dataError
    }
    return line
  }
}

extension UserRole: ExpressibleByArgument {}
