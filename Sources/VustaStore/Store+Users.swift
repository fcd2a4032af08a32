import Foundation
import GRDB

/// What a web app account may do: look (viewer) or also correct facts, upload and generate
/// documents (editor).
public enum UserRole: String, Codable, CaseIterable, Sendable {
  case viewer, editor
}

/// An account of the web app (`vusta user add`); the password only as its hash.
public struct StoredUser: Codable, Hashable, Sendable {
  public var name: String
  public var role: UserRole
  /// A password hash in its own self-describing format (bcrypt: `$2b$12$…`); never the password.
  public var passwordHash: String
  public var createdAt: String

  public init(name: String, role: UserRole, passwordHash: String, createdAt: String) {
    self.name = name
    self.role = role
    self.passwordHash = passwordHash
    self.createdAt = createdAt
  }
}

extension Store {
  /// Adds an account, or replaces the role and password of an existing one.
  /// - Returns: true when the account is new.
  /// - Throws: `StoreError.badCorrection`-free: only SQLite errors (a read-only store).
  @discardableResult
  public func saveUser(name: String, role: UserRole, passwordHash: String) throws -> Bool {
    try write { db in
      let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM webUser WHERE name = ?", arguments: [name]) ?? false
      try db.execute(sql: """
        INSERT INTO webUser (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)
        ON CONFLICT(name) DO UPDATE SET role = excluded.role, passwordHash = excluded.passwordHash
        """, arguments: [name, role.rawValue, passwordHash, ISO8601DateFormatter().string(from: Date())])
      return !existed
    }
  }

  /// The account of that name, nil when there is none.
  public func user(named name: String) throws -> StoredUser? {
    try reader.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM webUser WHERE name = ?", arguments: [name]).map(Store.user)
    }
  }

  /// Every account, by name.
  public func users() throws -> [StoredUser] {
    try reader.read { db in try Row.fetchAll(db, sql: "SELECT * FROM webUser ORDER BY name").map(Store.user) }
  }

  /// Removes an account. - Returns: false when there was none.
  @discardableResult
  public func removeUser(named name: String) throws -> Bool {
    try write { db in
      try db.execute(sql: "DELETE FROM webUser WHERE name = ?", arguments: [name])
      return db.changesCount > 0
    }
  }

  static func user(_ r: Row) -> StoredUser {
    StoredUser(name: r["name"], role: UserRole(rawValue: r["role"]) ?? .viewer, passwordHash: r["passwordHash"],
               createdAt: r["createdAt"])
  }
}
