import Foundation
import TradeModel

/// A value axis with round ticks ("0, 5 bn, 10 bn") that always includes zero.
struct AxisScale: Sendable, Equatable {
    var lower: Double
    var upper: Double
    var step: Double

    /// A scale covering `values` (and zero) with about `targetTicks` round steps.
    init(covering values: [Double], targetTicks: Int = 5) {
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 0)
        if high == low { high = low + 1 }
        let raw = (high - low) / Double(max(targetTicks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    var ticks: [Double] {
        var ticks: [Double] = []
        var tick = lower
        while tick <= upper + step / 1000 {
            ticks.append(abs(tick) < step / 1000 ? 0 : tick)
            tick += step
        }
        return ticks
    }

    /// The label of a tick in human units, as short as the step allows: "2.5 bn", "−500 mn", "0".
    func label(_ value: Double, _ language: Language) -> String {
        guard value != 0 else { return "0" }
        let units: [(Double, String, String)] = [
            (1e12, "tn", "Bio."), (1e9, "bn", "Mrd."), (1e6, "mn", "Mio."), (1e3, "k", "Tsd."),
        ]
        let reference = max(abs(upper), abs(lower))
        guard let unit = units.first(where: { reference >= $0.0 }) else {
            return MoneyFormat.decimal(value, digits: 0, language)
        }
        let scaled = value / unit.0
        let stepScaled = step / unit.0
        let digits =
            stepScaled >= 1 && stepScaled.rounded() == stepScaled
            ? 0 : (stepScaled * 10).rounded() == stepScaled * 10 ? 1 : 2
        return "\(MoneyFormat.decimal(scaled, digits: digits, language)) \(language == .de ? unit.2 : unit.1)"
    }
}
