import Foundation
import VustaCairo
import VustaCharts
import VustaFrame

/// Pages the backend tests draw: small charts with Vietnamese labels.
enum RenderFixtures {
  static let measurer = PangoTextMeasurer()

  static func barPage() -> Page {
    let t = ChartTable(title: "Hội viên theo tỉnh", rows: [("Hà Nội", 15500), ("Bà Rịa - Vũng Tàu", 2950), ("Đắk Lắk", 2150), ("Huế", 3650)],
                       unit: "người", note: "Nguồn: số liệu mẫu.")
    return Page(frame: layoutChart(ChartSpec(kind: .horizontalBar, table: t, size: Size(300, 180)), measurer: measurer))
  }

  static func linePage() -> Page {
    let t = ChartTable(title: "Hội nghị theo tháng", labels: (1...12).map { "T\($0)" },
                       series: [ChartSeries(name: "2023", values: [3, 5, 2, 8, 6, 9, 4, 7, 5, 10, 6, 12]),
                                ChartSeries(name: "2024", values: [4, 3, 6, 7, 9, 5, 8, 6, 9, 8, 11, 10])])
    return Page(frame: layoutChart(ChartSpec(kind: .line, table: t, size: Size(300, 200)), measurer: measurer))
  }

  static func tileMapPage() -> Page {
    let t = ChartTable(title: "Bản đồ ô", rows: [("Hà Nội", 44), ("Huế", 5), ("Cà Mau", 12), ("Lào Cai", 0)])
    return Page(frame: layoutChart(ChartSpec(kind: .tileMap(.new34), table: t, size: Size(300, 420)), measurer: measurer))
  }
}
