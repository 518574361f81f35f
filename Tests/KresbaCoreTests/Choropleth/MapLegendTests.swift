import Testing

@testable import KresbaCore

/// Legend texts of maps: class ranges with the unit written once, in the chart's locale.
@Suite struct MapLegendTests {
    @Test func rangesWriteTheUnitOnce() throws {
        let percent = try NumberFormat(pattern: "0.0 '%'")
        #expect(MapLegend.range(10.5, 20, format: percent, locale: .cs) == "10,5–20,0\u{A0}%")
        let people = try NumberFormat(pattern: "#,##0")
        #expect(MapLegend.range(8719, 40000, format: people, locale: .en) == "8,719–40,000")
    }

    @Test func defaultDecimalsFollowTheSpread() {
        #expect(MapLegend.defaultFormat(8.7, 36.3).string(12.34, locale: .cs) == "12,3")
        #expect(MapLegend.defaultFormat(8719, 188_190).string(12345.6, locale: .cs) == "12\u{A0}346")
    }

    @Test func divergingColoursCentreOnTheMidpoint() {
        let c = Classification(minimum: 40, bins: [60, 90, 110, 150, 1200])
        let colors = MapScale.divergingColors("rdbu", classification: c, midpoint: 100)
        let five = ColorSchemes.colors("rdbu", count: 5)
        // Two classes below, one around 100, two above: RdBu's five colours in order.
        #expect(colors == five)
        let onlyAbove = MapScale.divergingColors(
            "rdbu", classification: Classification(minimum: 100, bins: [120, 140]), midpoint: 100)
        #expect(onlyAbove == Array(ColorSchemes.colors("rdbu", count: 4).suffix(2)))
    }
}
