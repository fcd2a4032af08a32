//! Fitting category labels under columns or points without overlap: straight, wrapped,
//! thinned, rotated, and cut with "…" only when nothing else fits.

import VustaFrame

/// How the labels of a category axis will be drawn.
struct CategoryLabelPlan {
  enum Mode: Equatable { case horizontal, rotated(Double) }
  var mode: Mode
  /// The lines of each label; empty for a label left out by thinning.
  var lines: [[String]]
  /// Room needed below the axis line.
  var height: Double
  var font: FontSpec
}

extension ChartCanvas {
  /// Chooses how to draw `labels` at `pitch` points apart with at most `maxHeight` below the
  /// axis. `sequential` labels (months) prefer thinning over rotating.
  func planCategoryLabels(_ labels: [String], pitch: Double, maxHeight: Double,
                          sequential: Bool) -> CategoryLabelPlan {
    let gap = 3.0
    var font = style.font(style.labelSize)
    if labels.contains(where: { width($0, font) > pitch - gap }) { font = style.font(style.minimumSize) }
    let lh = lineHeight(font)
    let widths = labels.map { width($0, font) }
    let maxW = widths.max() ?? 0
    let all = labels.map { [$0] }
    // 1. Straight, one line.
    if maxW <= pitch - gap { return CategoryLabelPlan(mode: .horizontal, lines: all, height: lh, font: font) }
    // 2. Straight, wrapped on two lines.
    let wrapped = labels.map { measurer.lines($0, font: font, width: pitch - gap) }
    if !sequential, wrapped.allSatisfy({ $0.count <= 2 && $0.allSatisfy { width($0, font) <= pitch - gap } }),
       Double(wrapped.map(\.count).max() ?? 1) * lh <= maxHeight {
      let h = Double(wrapped.map(\.count).max() ?? 1) * lh
      return CategoryLabelPlan(mode: .horizontal, lines: wrapped, height: h, font: font)
    }
    // 3. Straight, thinned (every k-th), for ordered labels such as months.
    if sequential {
      let k = Int(((maxW + gap) / pitch).rounded(.up))
      if k <= 4 { return thinned(all, every: k, mode: .horizontal, height: lh, font: font) }
    }
    // 4. Rotated 45° when neighbours clear each other and the height allows.
    let s45 = 0.7071
    if pitch * s45 >= lh + 1, maxW * s45 + lh * s45 <= maxHeight {
      return CategoryLabelPlan(mode: .rotated(-45), lines: all, height: maxW * s45 + lh * s45, font: font)
    }
    // 5. Rotated 90°, thinned when even upright lines are too close, cut when too long.
    let k = max(1, Int(((lh + 1) / pitch).rounded(.up)))
    let room = max(lh, maxHeight)
    let cut = labels.map { [ellipsized($0, font, width: room)] }
    let h = min(maxW, room)
    return thinned(cut, every: k, mode: .rotated(-90), height: h, font: font)
  }

  private func thinned(_ ls: [[String]], every k: Int, mode: CategoryLabelPlan.Mode, height: Double,
                       font: FontSpec) -> CategoryLabelPlan {
    CategoryLabelPlan(mode: mode, lines: ls.enumerated().map { $0.offset % k == 0 ? $0.element : [] },
                      height: height, font: font)
  }

  /// Space between the axis line and category labels: clear of the "0" tick label, which is
  /// centred on the axis line.
  var labelGap: Double { lineHeight(style.font(style.tickSize)) / 2 + 1.5 }

  /// Draws planned labels under an axis at y, one per category centre x.
  func drawCategoryLabels(_ plan: CategoryLabelPlan, centers: [Double], axisY: Double) {
    for (i, ls) in plan.lines.enumerated() where !ls.isEmpty {
      switch plan.mode {
      case .horizontal:
        lines(ls, plan.font, x: centers[i], top: axisY + labelGap, h: .center)
      case .rotated(let deg):
        let lh = lineHeight(plan.font)
        let dx = deg == -90 ? 0 : lh * 0.35
        rotatedText(ls[0], plan.font, x: centers[i] + dx, y: axisY + labelGap + 1 + (deg == -90 ? 0 : lh * 0.35), degrees: deg)
      }
    }
  }
}
