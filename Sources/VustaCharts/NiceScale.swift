//! Axis scales with round ticks: steps of 1, 2 or 5 times a power of ten, from zero.

import VustaModel
import Foundation

/// A zero-based linear scale whose ticks are 0, s, 2s, … up to a round maximum that covers
/// the data, with s = 1, 2 or 5 × 10^k.
public struct NiceScale: Hashable, Sendable {
  /// The tick step.
  public let step: Double
  /// The largest tick (≥ the data maximum).
  public let max: Double

  /// A scale covering 0…`dataMax` with about `targetTicks` intervals (at least 1).
  public init(dataMax: Double, targetTicks: Int) {
    let top = dataMax > 0 ? dataMax : 1
    let target = Swift.max(1, targetTicks)
    let raw = top / Double(target)
    let mag = pow(10, (log10(raw)).rounded(.down))
    let m = raw / mag
    var s: Double = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10
    s *= mag
    // Counts are whole numbers: never a tick step below 1 for integer data above 1.
    if dataMax >= 1 && s < 1 && abs(dataMax.rounded() - dataMax) < 1e-9 { s = 1 }
    step = s
    max = (top / s - 1e-9).rounded(.up) * s
  }

  /// The tick values 0, step, …, max.
  public var ticks: [Double] {
    let n = Int((max / step).rounded())
    return (0...n).map { Double($0) * step }
  }

  /// The decimals a tick label needs.
  public var decimals: Int { VietnameseNumber.decimalsNeeded(ticks) }

  /// Where `value` lands on an axis of `length` points starting at 0.
  public func position(_ value: Double, length: Double) -> Double { value / max * length }
}
