/// Generated alt text for bar charts whose spec gives no `description`.
///
/// It names the chart type, the title, and the largest and smallest values, which is what a
/// reader of a screen reader needs to decide whether the chart matters to them.
enum AltText {
    static func bar(spec: ChartSpec, data: BarData) -> String {
        let cs = spec.locale.identifier == "cs"
        let kind =
            data.orientation == .vertical
            ? (cs ? "Sloupcový graf" : "Column chart") : (cs ? "Pruhový graf" : "Bar chart")
        var parts: [String] = []
        parts.append(spec.title.map { "\(kind): \($0)." } ?? "\(kind).")
        let totals = data.values.map { row in row.reduce(0) { $0 + ($1 ?? 0) } }
        let format = data.valueChannel.format ?? NumberFormat.automatic(forStep: 1)
        if let maxIndex = totals.indices.max(by: { totals[$0] < totals[$1] }),
            let minIndex = totals.indices.min(by: { totals[$0] < totals[$1] }), totals.count > 1
        {
            let hi = "\(data.categories[maxIndex]) (\(format.string(totals[maxIndex], locale: spec.locale)))"
            let lo = "\(data.categories[minIndex]) (\(format.string(totals[minIndex], locale: spec.locale)))"
            parts.append(cs ? "Nejvyšší hodnota: \(hi), nejnižší: \(lo)." : "Highest: \(hi); lowest: \(lo).")
        }
        if data.hasSeries {
            parts.append((cs ? "Řady: " : "Series: ") + data.series.joined(separator: ", ") + ".")
        }
        if let source = spec.source { parts.append(ChartFrame.sourceLine(source, locale: spec.locale) + ".") }
        return parts.joined(separator: " ")
    }

    /// "Spojnicový graf: <title>. Nejvyšší hodnota: … Řady: … Zdroj: …"
    static func line(spec: ChartSpec, data: LineData) -> String {
        let cs = spec.locale.identifier == "cs"
        var parts: [String] = []
        let kind = cs ? "Spojnicový graf" : "Line chart"
        parts.append(spec.title.map { "\(kind): \($0)." } ?? "\(kind).")
        let format = data.yChannel.format ?? NumberFormat.automatic(forStep: 1)
        var best: (name: String, y: Double, x: Double)?
        for s in data.series {
            for p in s.points {
                guard let y = p.y else { continue }
                if best == nil || y > (best?.y ?? 0) { best = (s.name, y, p.x) }
            }
        }
        if let best {
            let when = describe(best.x, kind: data.xKind, spec: spec)
            let whose = best.name.isEmpty ? "" : " (\(best.name))"
            parts.append(
                (cs ? "Nejvyšší hodnota: " : "Highest value: ") + format.string(best.y, locale: spec.locale)
                    + whose
                    + (when.isEmpty ? "" : ", \(when)") + ".")
        }
        if data.hasSeries {
            parts.append((cs ? "Řady: " : "Series: ") + data.series.map(\.name).joined(separator: ", ") + ".")
        }
        if let source = spec.source { parts.append(ChartFrame.sourceLine(source, locale: spec.locale) + ".") }
        return parts.joined(separator: " ")
    }

    /// An x value in words: "5. ledna 2024", "leden 2024", "2024", a number or a category.
    private static func describe(_ x: Double, kind: LineData.XKind, spec: ChartSpec) -> String {
        switch kind {
        case .temporal(let precision):
            let (y, m, d) = CalendarDate.civil(daysSince1970: Int(x))
            let date =
                switch precision {
                case .year: CalendarDate(year: y)
                case .quarter: CalendarDate(year: y, quarter: (m - 1) / 3 + 1)
                case .month: CalendarDate(year: y, month: m)
                case .day: CalendarDate(year: y, month: m, day: d)
                }
            return date?.phrase(spec.locale) ?? ""
        case .ordinal(let categories):
            let i = Int(x)
            return categories.indices.contains(i) ? categories[i] : ""
        case .quantitative(let years):
            return years ? String(Int(x)) : NumberFormat.automatic(forStep: 1).string(x, locale: spec.locale)
        }
    }
}
