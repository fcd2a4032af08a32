import ArgumentParser

/// `--format table|csv|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
