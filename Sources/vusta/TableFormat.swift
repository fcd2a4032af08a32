import ArgumentParser

/// `--format table|csv|json`.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
