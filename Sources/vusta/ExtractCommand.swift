import ArgumentParser
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "extract")
  func run() throws {}
}
struct ProvincesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "provinces")
  func run() throws {}
}
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run")
  func run() throws {}
}
