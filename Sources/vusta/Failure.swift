import VustaModel
import ArgumentParser
import Foundation
import GRDB
import VustaCorpus
import VustaStats
import VustaStore

/// Turns an error into its message on stderr and the documented exit code.
enum Failure {
  /// Prints `error` to stderr and returns the `ExitCode` to throw.
  static func report(_ error: Error) -> ExitCode {
    if let code = error as? ExitCode { return code }
    Stderr.line("vusta: \(message(error))")
    return code(for: error)
  }

  /// The store the command opened, to name it when SQLite fails later (a read, a write).
  nonisolated(unsafe) static var storePath = "vusta.sqlite"

  static func message(_ error: Error) -> String {
    if let e = error as? DatabaseError, let known = StoreError.from(e, path: storePath) { return known.description }
    return String(describing: error)
  }

  /// The exit code of an error (see ExitCodes.swift and docs/store.md).
  static func code(for error: Error) -> ExitCode {
    switch error {
    case let e as StoreError:
      switch e {
      case .notSQLite, .damaged, .foreignDatabase, .newerSchema, .unknownFact, .badCorrection: return Exit.dataError
      case .readOnly, .needsUpgrade, .notRegularFile, .diskFull, .locked, .ioFailure: return Exit.ioError
      case .missing, .empty: return Exit.noInput
      }
    case let e as DatabaseError:
      if let known = StoreError.from(e, path: storePath) { return code(for: known) }
      return Exit.failure
    case let e as StatsError:
      switch e {
      case .unknownProvince, .divisionRefused: return Exit.usage
      case .implausibleFigure: return Exit.dataError
      }
    case let e as RecordImportError:
      switch e {
      case .missing, .unreadable: return Exit.noInput
      default: return Exit.dataError
      }
    case let e as CorpusError:
      if case .missing = e { return Exit.noInput }
      return Exit.dataError
    case is FactsFileError: return Exit.dataError
    case is WriteFailure: return Exit.ioError
    case is CocoaError: return Exit.ioError
    default: return Exit.failure
    }
  }
}

/// Writes diagnostics to stderr. A stderr that cannot be written (closed, full) is ignored:
/// never a trap (Foundation's `FileHandle.write(_:)` uses `try!`).
enum Stderr {
  static func line(_ s: String) { write(s + "\n") }

  static func write(_ s: String) {
    try? FileHandle.standardError.write(contentsOf: Data(s.utf8))
  }

  /// True when stderr is a terminal (progress bars go there only then).
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Writes results to stdout. When stdout cannot be written (a full disk behind `>`, a closed
/// pipe) the command stops with a message and exit 74 instead of trapping.
enum Stdout {
  static func write(_ s: String) { write(Data(s.utf8)) }

  static func write(_ data: Data) {
    do {
      try FileHandle.standardOutput.write(contentsOf: data)
    } catch {
      let code = WriteFailure.posixCode(of: error) ?? EIO
      Stderr.line("vusta: không ghi được kết quả ra stdout (cannot write to standard output): \(WriteFailure.reason(code))")
      exit(Exit.ioError.rawValue)
    }
  }
}
