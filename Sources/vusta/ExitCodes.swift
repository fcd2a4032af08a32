import ArgumentParser

/// The exit codes the command line documents (sysexits.h numbers).
enum Exit {
  static let failure = ExitCode(1)
  static let usage = ExitCode(2)
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let ioError = ExitCode(74)
}
