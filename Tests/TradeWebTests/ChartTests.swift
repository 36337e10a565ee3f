import Testing
import TradeModel

@testable import TradeWeb

@Suite("SVG charts")
struct ChartTests {
    @Test("the value axis uses round steps and always includes zero")
    func axis() {
        let scale = AxisScale(covering: [1.2e9, 34.6e9, -26.3e9])
        #expect(scale.step == 20e9)
        #expect(scale.lower == -40e9)
        #expect(scale.upper == 40e9)
        #expect(scale.ticks.contains(0))
        #expect(scale.label(20e9, .en) == "20 bn")
        #expect(scale.label(-20e9, .de) == "−20 Mrd.")
        let small = AxisScale(covering: [0.3e9, 1.24e9])
        #expect(small.lower == 0)
        #expect(small.step == 0.25e9)
        #expect(small.label(small.step, .en) == "0.25 bn")
    }

    @Test("missing values are gaps, never zeros; marked points carry their label")
    func gapsAndMarkers() {
        let chart = SVGChart(
            title: "Exports <test>", description: "d", categories: ["2020-01", "2020-02", "2020-03", "2020-04"],
            series: [.init(name: "Exports", color: "#000", values: [5, nil, 7, 8])],
            markers: [.init(category: 3, value: 8, label: "Peak & more", color: "#f00", level: true)],
            style: .lines, language: .en)
        let svg = chart.render()
        #expect(svg.contains("<title id=\"chart-t\">Exports &lt;test&gt;</title>"))
        #expect(svg.components(separatedBy: "<circle cx=").count - 1 == 1)  // the lone first point
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)  // March–April
        #expect(svg.contains("Peak &amp; more"))
        #expect(svg.contains("stroke-dasharray=\"5 4\""))
    }

    @Test("bars go below the axis for negative values")
    func negativeBars() {
        let chart = SVGChart(
            title: "t", description: "d", categories: ["2023", "2024"],
            series: [.init(name: "Balance", color: "#000", values: [-10, 20])], style: .bars, language: .en,
            width: 200, height: 200)
        let svg = chart.render()
        #expect(svg.contains("−10"))  // the tooltip in human units
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 1 + 2 + 1)  // background, 2 bars, legend
    }
}
