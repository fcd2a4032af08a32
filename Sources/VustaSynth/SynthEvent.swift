import VustaModel

/// One real-world meeting that one or more synthetic articles report.
struct SynthEvent {
  enum Host {
    /// A provincial union's own meeting.
    case provincial
    /// LHH Việt Nam meeting in a named province (a giao ban "tại tỉnh Phú Thọ").
    case nationalIn
    /// LHH Việt Nam working with a Tỉnh ủy.
    case workingVisit
    /// LHH Việt Nam with no place given: province null, a national meeting.
    case national
    /// "Liên hiệp Hội tỉnh" with no name: province null.
    case unnamed
  }

  var date: FactDate
  /// The unit in the division in force on the date (nil for national and unnamed).
  var province: Province?
  /// The post-2025 unit containing it.
  var province2025: Province?
  var host: Host
  var kind: MeetingKind
  /// Numbers the wording draws on (lần thứ, nhiệm kỳ, topic), fixed per event.
  var ordinal: Int
  var topic: String
  /// False for an event whose articles do not give its day ("Vừa qua, …").
  var dated: Bool

  /// The organiser as the facts contract writes it.
  var organizer: String {
    switch host {
    case .provincial: return "LHH \(province!.name)"
    case .nationalIn, .national: return "LHH Việt Nam"
    case .workingVisit: return "Đảng đoàn LHH Việt Nam"
    case .unnamed: return "LHH tỉnh (không nêu tên tỉnh)"
    }
  }
}
