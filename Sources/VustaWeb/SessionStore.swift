import Foundation
import VustaStore

/// Signed-in sessions, in memory: a random token (the HttpOnly, SameSite=Strict cookie) → the
/// account. A restart signs everyone out; nothing stored is lost.
actor SessionStore {
  struct Session {
    var user: WebUser
    var expires: Date
  }

  private var sessions: [String: Session] = [:]
  /// How long a session lasts without use.
  let lifetime: TimeInterval = 12 * 3600

  /// A new session for `user`; returns its token.
  func open(_ user: WebUser) -> String {
    let token = Tokens.random()
    sessions[token] = Session(user: user, expires: Date().addingTimeInterval(lifetime))
    if sessions.count > 10_000 { sessions = sessions.filter { $0.value.expires > Date() } }
    return token
  }

  /// The user of a live session (and extends it), nil when unknown or expired.
  func user(_ token: String) -> WebUser? {
    guard var s = sessions[token] else { return nil }
    guard s.expires > Date() else {
      sessions[token] = nil
      return nil
    }
    s.expires = Date().addingTimeInterval(lifetime)
    sessions[token] = s
    return s.user
  }

  /// Ends a session.
  func close(_ token: String) { sessions[token] = nil }

  /// Ends every session of an account (its role or password changed).
  func closeAll(of name: String) { sessions = sessions.filter { $0.value.user.name != name } }
}
