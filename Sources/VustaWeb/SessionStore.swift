import Foundation
import VustaStore

/// Signed-in sessions, in memory: a random token (the HttpOnly, SameSite=Strict cookie) → the
/// account. A restart signs everyone out; nothing stored is lost.
actor SessionStore {
  struct Session {
    var user: WebUser
    /// The account's password hash when the session opened: the account changed since (its
    /// password or role set again with `vusta user add`) when the stored one differs.
    var passwordHash: String
    var expires: Date
  }

  private var sessions: [String: Session] = [:]
  /// How long a session lasts without use.
  let lifetime: TimeInterval = 12 * 3600

  /// A new session for `user`, whose stored password hash is `passwordHash`; returns its token.
  func open(_ user: WebUser, passwordHash: String) -> String {
    let token = Tokens.random()
    sessions[token] = Session(user: user, passwordHash: passwordHash, expires: Date().addingTimeInterval(lifetime))
    if sessions.count > 10_000 { sessions = sessions.filter { $0.value.expires > Date() } }
    return token
  }

  /// The user of a live session (and extends it) with the account's password hash when it
  /// opened; nil when unknown or expired.
  func session(_ token: String) -> (user: WebUser, passwordHash: String)? {
    guard var s = sessions[token] else { return nil }
    guard s.expires > Date() else {
      sessions[token] = nil
      return nil
    }
    s.expires = Date().addingTimeInterval(lifetime)
    sessions[token] = s
    return (s.user, s.passwordHash)
  }

  /// Ends a session.
  func close(_ token: String) { sessions[token] = nil }
}
