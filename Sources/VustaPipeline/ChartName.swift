//! The charts every face can draw by name (`vusta chart NAME`, the web dashboard).

import VustaCharts
import VustaModel

/// The charts `vusta chart NAME` knows.
public enum ChartName: String, CaseIterable {
  case meetingsByProvince = "meetings-by-province"
  case meetingsByMonth = "meetings-by-month"
  case meetingsByKind = "meetings-by-kind"
  case membersByProvince = "members-by-province"
  case citationsByDirective = "citations-by-directive"
  case tileMap = "tile-map"

  /// The kind each named chart is drawn as, unless --kind says otherwise.
  public func kind(division: Division) -> ChartKind {
    switch self {
    case .meetingsByProvince, .membersByProvince: return .horizontalBar
    case .meetingsByMonth: return .line
    case .meetingsByKind: return .column
    case .citationsByDirective: return .stackedBar
    case .tileMap: return .tileMap(division)
    }
  }
}

