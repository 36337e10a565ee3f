import Foundation
import TradeModel

/// A chart drawn as SVG on the server: grouped bars or lines over labelled periods, a value
/// axis in human units, a legend, and optional marked points (a peak, a claimed value).
///
/// The SVG scales with its container (`viewBox`), has a `<title>` and `<desc>` for screen
/// readers, and needs no script or stylesheet, so it can be downloaded and published as is.
struct SVGChart: Sendable {
    enum Style: Sendable { case bars, lines }

    struct Series: Sendable {
        var name: String
        var color: String
        /// One value per category; `nil` where there is no data (a gap, never a zero).
        var values: [Int64?]
        /// Draw as a line even in a bar chart (a balance over bars).
        var asLine = false
    }

    struct Marker: Sendable {
        var category: Int
        var value: Int64
        var label: String
        var color: String
        /// Also draw a dashed horizontal line at the value (a claimed figure).
        var level = false
    }

    var title: String
    var description: String
    var categories: [String]
    var series: [Series]
    var markers: [Marker] = []
    var style: Style
    var language: Language
    var width = 880.0
    var height = 360.0
    /// Prefix of the element ids (title, description), unique within a page.
    var id = "chart"

    static let exportsColor = "#0072B2"
    static let importsColor = "#E69F00"
    static let balanceColor = "#333333"
    static let totalColor = "#009E73"
    static let claimColor = "#D55E00"

    /// The chart twice, for wide and for narrow screens (CSS shows one): a phone gets a
    /// drawing made for its width, with text it can read, instead of a shrunken wide one.
    func renderResponsive() -> String {
        var wide = self
        wide.id = id + "-wide"
        var narrow = self
        narrow.id = id + "-narrow"
        narrow.width = 420
        narrow.height = 320
        return "<div class=\"wide-chart\">\(wide.render())</div><div class=\"narrow-chart\">\(narrow.render())</div>"
    }

    func render() -> String {
        let margin = (top: 46.0, right: 16.0, bottom: 34.0, left: 64.0)
        let plotWidth = width - margin.left - margin.right
        let plotHeight = height - margin.top - margin.bottom
        let values = series.flatMap { $0.values.compactMap { $0.map(Double.init) } } + markers.map { Double($0.value) }
        let scale = AxisScale(covering: values)
        let count = max(categories.count, 1)
        let band = plotWidth / Double(count)
        func y(_ value: Double) -> Double {
            margin.top + plotHeight * (scale.upper - value) / (scale.upper - scale.lower)
        }
        func x(_ index: Int) -> Double { margin.left + band * (Double(index) + 0.5) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(f(width)) \(f(height))" width="100%" \
            role="img" aria-labelledby="\(id)-t \(id)-d" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" \
            font-size="13" style="height: auto;">
            <title id="\(id)-t">\(HTML.escape(title))</title>
            <desc id="\(id)-d">\(HTML.escape(description))</desc>
            <rect x="0" y="0" width="\(f(width))" height="\(f(height))" fill="#ffffff"/>

            """
        // Grid and value axis.
        for tick in scale.ticks {
            let ty = y(tick)
            svg +=
                "<line x1=\"\(f(margin.left))\" x2=\"\(f(width - margin.right))\" y1=\"\(f(ty))\" y2=\"\(f(ty))\" stroke=\"\(tick == 0 ? "#666666" : "#e3e3e3")\" stroke-width=\"1\"/>\n"
            svg +=
                "<text x=\"\(f(margin.left - 6))\" y=\"\(f(ty + 4))\" text-anchor=\"end\" fill=\"#444444\">\(HTML.escape(scale.label(tick, language)))</text>\n"
        }
        // Category labels, thinned so they do not overlap.
        let every = max(1, Int((Double(categories.count) * 46 / plotWidth).rounded(.up)))
        for (index, label) in categories.enumerated() where labelShown(index, label, every: every) {
            svg +=
                "<text x=\"\(f(x(index)))\" y=\"\(f(height - margin.bottom + 16))\" text-anchor=\"middle\" fill=\"#444444\">\(HTML.escape(shortLabel(label)))</text>\n"
        }
        // Data.
        let barSeries = style == .bars ? series.filter { !$0.asLine } : []
        let barWidth = band * 0.8 / Double(max(barSeries.count, 1))
        for (seriesIndex, item) in barSeries.enumerated() {
            svg += "<g fill=\"\(item.color)\">\n"
            for (index, value) in item.values.enumerated() {
                guard let value else { continue }
                let left = x(index) - band * 0.4 + barWidth * Double(seriesIndex)
                let top = y(max(Double(value), 0)), bottom = y(min(Double(value), 0))
                svg +=
                    "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(max(barWidth - 0.5, 0.5)))\" height=\"\(f(max(bottom - top, 0.5)))\"><title>\(HTML.escape(item.name)) \(HTML.escape(categories[index])): \(HTML.escape(MoneyFormat.human(value, language)))</title></rect>\n"
            }
            svg += "</g>\n"
        }
        for item in series where style == .lines || item.asLine {
            var segments: [[String]] = [[]]
            for (index, value) in item.values.enumerated() {
                if let value {
                    segments[segments.count - 1].append("\(f(x(index))),\(f(y(Double(value))))")
                } else if !segments[segments.count - 1].isEmpty {
                    segments.append([])
                }
            }
            for segment in segments where !segment.isEmpty {
                if segment.count == 1 {
                    let point = segment[0].split(separator: ",")
                    svg += "<circle cx=\"\(point[0])\" cy=\"\(point[1])\" r=\"2\" fill=\"\(item.color)\"/>\n"
                } else {
                    svg +=
                        "<polyline fill=\"none\" stroke=\"\(item.color)\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"\(segment.joined(separator: " "))\"/>\n"
                }
            }
        }
        // Marked points.
        for marker in markers where categories.indices.contains(marker.category) {
            let mx = x(marker.category), my = y(Double(marker.value))
            if marker.level {
                svg +=
                    "<line x1=\"\(f(margin.left))\" x2=\"\(f(width - margin.right))\" y1=\"\(f(my))\" y2=\"\(f(my))\" stroke=\"\(marker.color)\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n"
            }
            svg +=
                "<circle class=\"marker\" cx=\"\(f(mx))\" cy=\"\(f(my))\" r=\"5\" fill=\"#ffffff\" stroke=\"\(marker.color)\" stroke-width=\"2.5\"/>\n"
            let anchor =
                mx > margin.left + plotWidth * 0.7 ? "end" : mx < margin.left + plotWidth * 0.3 ? "start" : "middle"
            let labelY = max(my - 10, margin.top + 10)
            svg +=
                "<text x=\"\(f(mx))\" y=\"\(f(labelY))\" text-anchor=\"\(anchor)\" fill=\"\(marker.color)\" font-weight=\"600\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTML.escape(marker.label))</text>\n"
        }
        // Legend.
        var legendX = margin.left
        for item in series {
            svg +=
                "<rect x=\"\(f(legendX))\" y=\"12\" width=\"12\" height=\"12\" rx=\"2\" fill=\"\(item.color)\"/><text x=\"\(f(legendX + 16))\" y=\"22\" fill=\"#222222\">\(HTML.escape(item.name))</text>\n"
            legendX += 28 + Double(item.name.count) * 7
        }
        for marker in markers where marker.level {
            svg +=
                "<line x1=\"\(f(legendX))\" x2=\"\(f(legendX + 14))\" y1=\"18\" y2=\"18\" stroke=\"\(marker.color)\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"\(f(legendX + 18))\" y=\"22\" fill=\"#222222\">\(HTML.escape(language == .de ? "Angabe im Artikel" : "Claimed"))</text>\n"
            break
        }
        svg += "</svg>\n"
        return svg
    }

    /// Years every `every` steps; for months, Januaries of those years only.
    private func labelShown(_ index: Int, _ label: String, every: Int) -> Bool {
        if label.count == 7 {  // YYYY-MM
            guard label.hasSuffix("-01"), let year = Int(label.prefix(4)) else { return false }
            let yearsEvery = max(1, every / 12 + (every % 12 == 0 ? 0 : 1))
            return year % yearsEvery == 0
        }
        return (categories.count - 1 - index) % every == 0
    }

    private func shortLabel(_ label: String) -> String { label.count == 7 ? String(label.prefix(4)) : label }

    private func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
